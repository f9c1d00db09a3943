import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
STEM = "655_ninetieth_coffee_morning_you_said_we_did"
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>You said, we did: July coffee morning at Oakfield Family Hub | Westmoor Local Offer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/localoffer.min.css">
<style>
 .ysd-table th{background:#00594f;color:#fff;text-align:left;padding:6px}
 .ysd-table td{border-bottom:1px solid #ccc;padding:6px;vertical-align:top}
 .callout{border-left:6px solid #f3a712;padding:8px 12px;background:#fff8e6}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="logo">Westmoor Local Offer</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/send-news">SEND news</a></li><li><a href="/have-your-say">Have your say</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/have-your-say">Have your say</a></li><li>You said, we did: July coffee morning</li></ol></nav>
<main id="main">
<h1>You said, we did: July coffee morning at Oakfield Family Hub</h1>
<p class="meta">Published 21 July 2027 by the SEND Participation Team</p>

<p>Thank you to the 23 parents and carers who came to our coffee morning at Oakfield Family Hub on
<strong>Friday 16 July 2027</strong>, and to the Westmoor Parent Carer Forum for co-hosting. The coffee
morning was run by Sarah Khan (Participation Officer) and Tom Evans (PCF co-chair). Also there to answer
questions were Helen Brooks (SENCo at Riverside Primary), Yusuf Okafor (Designated Clinical Officer for
the NHS) and a caseworker from the SEND Assessment Team. Colleagues from SENDIASS sent their apologies.</p>

<h2>What we did about the things you told us in the spring</h2>
<p>At the spring coffee mornings you told us several things. Here is what has happened since.</p>
<table class="ysd-table">
<thead><tr><th>You said</th><th>We did</th></tr></thead>
<tbody>
<tr><td>It is hard to find out who your child's EHCP caseworker is.</td>
<td>Every family with an EHCP was sent a letter in May naming their caseworker and giving a direct phone number. The caseworker list is now on the Local Offer.</td></tr>
<tr><td>The Local Offer is hard to search on a phone.</td>
<td>The new search went live on 1 June and works on phones. Thank you to the six parents who tested it.</td></tr>
<tr><td>We want to know how long EHCP assessments are taking.</td>
<td>Our data team now publishes the 20-week figure on the SEND dashboard.</td></tr>
<tr><td>Coffee mornings are always in the same place.</td>
<td>This one was at Oakfield, and the next ones will be in different parts of the borough (see below).</td></tr>
</tbody>
</table>

<h2>What you told us on 16 July</h2>
<ul>
<li>Waiting for the sensory assessment (occupational therapy) is very long and families don't hear anything while they wait.</li>
<li>Moving from primary to secondary is worrying, especially for children who don't have an EHCP.</li>
<li>Several families had problems with the time that school transport picks up in the morning.</li>
<li>Parents asked whether the SEND Assessment Team could open on Saturday mornings.</li>
<li>People would like more help with appeals and tribunals.</li>
</ul>

<h3>Questions answered on the day</h3>
<p><strong>Do I need a diagnosis to get support at school?</strong> No. Helen explained that schools must
support children's needs whether or not they have a diagnosis, and that SEN support does not need an EHCP.</p>
<p><strong>Who do I ring about my child's school transport?</strong> The SEND Transport team on 01632 960 412
(or transport.send@westmoor.gov.uk). Three families gave their details to the caseworker on the day and
these have been passed on as individual enquiries.</p>
<p><strong>Can we get the caseworker list on paper?</strong> Yes, copies were handed out on the day and
are available from any family hub.</p>

<h2>What we will do next</h2>
<div class="callout">
<ul>
<li>Sarah Khan, our Participation Officer, will publish the autumn coffee morning dates and venues by the end of July.</li>
<li>The Designated Clinical Officer will write to families on the sensory assessment waiting list to explain the waits and what help is available meanwhile. This will happen by the end of September.</li>
<li>Helen Brooks has offered to share Riverside's transition booklet with other SENCos at the SENCo network meeting on 15 September.</li>
<li>Tom Evans will take the transport pick-up concerns to the SEND Partnership Board on 22 September.</li>
<li>The SENDIASS team will run a drop-in on appeals and tribunals at Oakfield Family Hub during September.</li>
<li>Liam Porter in our Data and Performance team will keep updating the SEND dashboard every month.</li>
</ul>
</div>
<p>You asked whether the SEND Assessment Team could open on Saturday mornings. We are sorry but we are not
able to do this at the moment because of staffing. We will continue to offer evening phone appointments
on Tuesdays until 7pm.</p>
<p>We will tell you what happened in our next <em>You said, we did</em> after the autumn coffee mornings.</p>

<h2>Get involved</h2>
<p>You can join the SEND Champions Network or the Westmoor Parent Carer Forum at any time. Email
<a href="mailto:participation@westmoor.gov.uk">participation@westmoor.gov.uk</a>.</p>
</main>
<footer class="site-footer"><p>&copy; Westmoor Council 2027 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
<p>Was this page useful? <a href="/feedback">Yes</a> / <a href="/feedback">No</a></p></footer>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")
write_labels(STEM, "2027-07-16",
  "A public Local Offer web page (HTML with navigation, breadcrumb, footer and a tracking script) published on 21 July "
  "2027 about a parent coffee morning held on Friday 16 July 2027, laid out as 'You said, we did' for the spring items "
  "and 'What we will do next' for the new ones. The meeting date is the coffee morning, not the publication date. "
  "Traps: the whole 'We did' table is already done (caseworker letters, new search, dashboard figure, venues); questions "
  "answered on the day are not actions; the three transport enquiries were passed on as individual casework; the "
  "Saturday opening request was turned down and the evening phone appointments just 'continue'; 'we will tell you what "
  "happened' is a general promise; SENDIASS sent apologies but is given an action as a team (owner 'The SENDIASS team', "
  "person null, because the team is not Claire Dunmore by name). Owners are written as a role ('The Designated "
  "Clinical Officer' = Yusuf Okafor) and full names with job titles. Liam's monthly dashboard update is an ongoing "
  "commitment given as a 'we will' with a named owner, so it is labelled with due null. Dates: 'by the end of July' = "
  "Saturday 31 July 2027 (the calendar end of the month); 'by the end of September' = 2027-09-30; SENCo network 'on 15 "
  "September' = 2027-09-15; Board 'on 22 September' = 2027-09-22; 'during September' = 2027-09-30.",
  [("will publish the autumn coffee morning dates and venues", "Sarah Khan", "Sarah Khan", "2027-07-31"),
   ("will write to families on the sensory assessment", "The Designated Clinical Officer", "Yusuf Okafor", "2027-09-30"),
   ("offered to share Riverside's transition booklet with other SENCos", "Helen Brooks", "Helen Brooks", "2027-09-15"),
   ("will take the transport pick-up concerns", "Tom Evans", "Tom Evans", "2027-09-22"),
   ("The SENDIASS team will run a drop-in", "The SENDIASS team", None, "2027-09-30"),
   ("will keep updating the SEND dashboard every month", "Liam Porter", "Liam Porter", None)])
