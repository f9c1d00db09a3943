"""Build 209_twentysixth_pcf_committee_minutes.html and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "209_twentysixth_pcf_committee_minutes"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Committee minutes – June 2027 | Westmoor Parent Carer Forum</title>
<link rel="stylesheet" href="/wp-content/themes/astra/style.css?ver=4.6.2">
<style>.entry-content h3{margin-top:1.4em}.mins-note{background:#fff7e0;padding:.5em 1em;border-left:4px solid #f0a500}</style>
</head>
<body class="post-template-default single single-post postid-2291">
<header class="site-header">
  <a class="skip-link" href="#content">Skip to content</a>
  <div class="site-branding"><a href="/">Westmoor Parent Carer Forum</a> – <span>Parents and carers of children and young people with SEND, working together</span></div>
  <nav><ul><li><a href="/about/">About us</a></li><li><a href="/events/">Events</a></li><li><a href="/category/minutes/">Minutes</a></li><li><a href="/join/">Join (it's free)</a></li></ul></nav>
</header>
<main id="content">
<article class="post-2291 post type-post status-publish category-minutes">
<h1 class="entry-title">Steering Committee minutes – Monday 7th June 2027</h1>
<div class="entry-meta">Posted on 21 June 2027 by Lou (Secretary) in <a href="/category/minutes/">Minutes</a></div>
<div class="entry-content">

<p class="mins-note">These minutes were approved at the committee meeting on 5 July. Personal details about
individual families have been removed before publishing.</p>

<p><strong>Held:</strong> online (Zoom), 7.30pm – 9.10pm<br>
<strong>Present:</strong> Tom Evans (co-chair, in the chair), Kerry Lang (Parent Champion), Priya Mistry (Parent Rep),
Sam (Treasurer), Lou (Secretary), Becky, Imran<br>
<strong>Apologies:</strong> Nicola (co-chair) – unwell</p>

<h3>1. Welcome and declarations</h3>
<p>Tom welcomed everyone. Imran declared that his son attends Brookside Special School, relevant to item 5. No others.</p>

<h3>2. Minutes of 10 May and matters arising</h3>
<p>Approved as a true record (proposed Kerry, seconded Becky).</p>
<ul>
<li>Transport survey – Priya has already sent the survey out; 96 responses so far. Closes 14 June.</li>
<li>Banner for the county show – ordered and paid for. Done.</li>
<li>Letter to the ICB about therapy waits – Tom sent this on 18 May. We're waiting for a reply (nothing for us to do till then).</li>
</ul>

<h3>3. Treasurer's report</h3>
<p>Sam reported a balance of £6,412.18. The Contact/DfE grant for 2027–28 has been confirmed at the same level as last year.
Sam reminded us the grant monitoring return is due at the end of the month and said she'll submit the Contact grant monitoring return by 30 June.
The committee <strong>agreed</strong> to spend up to £350 on the summer coffee morning (decision).</p>

<h3>4. Reports from meetings our reps attended</h3>
<p><em>SEND Partnership Board (11 May)</em> – Tom reported that the Board discussed ND waiting times. The council is
going to publish a new Local Offer page on assessment waits in July (council's job).</p>
<p><em>ND Pathway Operational Group</em> – Kerry attended her first meeting. She felt listened to. The leaflet
about returned referrals is being updated by the pathway team.</p>
<p><em>Co-production group</em> – Priya said the young people's strand is going well.</p>

<h3>5. SEND sufficiency plan consultation</h3>
<p>The council has opened its consultation on the sufficiency plan (new resourced provisions and a second special
free school). Members felt the plan says little about post-16. Imran did not take part in the discussion about Brookside.
We agreed the forum should send a formal response as well as encouraging families to respond individually.
Tom to respond to the council's consultation on the sufficiency plan on behalf of the forum, using members' comments,
before it closes on Friday 2nd July.</p>

<h3>6. Summer coffee morning</h3>
<p>Kerry will book the venue for the summer coffee morning (the community centre is our first choice) – by 18th June.
Becky offered to bake; lovely but not something we need minuting as a task!</p>
<p>We'd love to start a dads' group if we can find a volunteer to lead it – please get in touch if you're interested.</p>

<h3>7. Newsletter</h3>
<p>Priya M to write up the transport feedback for the summer newsletter once the survey closes – draft to the July committee.</p>

<h3>8. Data protection</h3>
<p>Lou to update the membership privacy statement to reflect the new mailing system – no deadline set, when she has time.</p>

<h3>9. Relationship with the council</h3>
<p>We haven't had a PCF/LA strategic meeting since March. Tom will ask Mary Walker for a date for the next PCF/LA strategic meeting – this week.</p>

<h3>10. AOB</h3>
<p>None.</p>

<p><strong>Next committee:</strong> Monday 5th July 2027, 7.30pm, Zoom.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/minutes/">Minutes</a></span> <span class="tags-links">Tagged committee, sufficiency, transport</span></footer>
</article>
<nav class="post-navigation"><a href="/2027/05/committee-minutes-may-2027/" rel="prev">← Committee minutes – May 2027</a></nav>
</main>
<footer class="site-footer"><p>© 2027 Westmoor Parent Carer Forum CIO · Registered charity no. 1187654 · <a href="/privacy/">Privacy</a> · Funded by the Department for Education via Contact</p></footer>
</body>
</html>
"""

(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")

labels = {
 "meeting_date": "2027-06-07",
 "style": ("Held-out batch twentysixth. Parent carer forum steering committee minutes published as a WordPress blog "
           "post (site header/nav/footer, posted two weeks after the meeting, approval note), actions written in "
           "flowing prose with first names and no 'Action' labels. Traps: the post date (21 June) and approval date "
           "(5 July) are not the meeting date; matters arising done (survey sent, banner ordered, ICB letter sent and "
           "waiting); spending up to £350 is an agreed decision; the council publishing a Local Offer page and the "
           "pathway team updating the leaflet are other bodies'; Becky's baking is explicitly not a task; the dads' "
           "group is a wish; AOB none. Labelling choices: 'Priya M' resolves to Priya Mistry (PCF), not Priya Shah; "
           "'draft to the July committee' = meeting 2027-07; 'this week' = Friday 11 June 2027; 'no deadline set' = "
           "null; Sam and Lou are not in people.json."),
 "held_out": True,
 "actions": [
  {"key": "she'll submit the Contact grant monitoring return", "owner": "Sam", "person": None, "due": "2027-06-30"},
  {"key": "respond to the council's consultation on the sufficiency plan", "owner": "Tom", "person": "Tom Evans", "due": "2027-07-02"},
  {"key": "book the venue for the summer coffee morning", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-06-18"},
  {"key": "write up the transport feedback for the summer newsletter", "owner": "Priya M", "person": "Priya Mistry", "due": "meeting 2027-07"},
  {"key": "update the membership privacy statement", "owner": "Lou", "person": None, "due": None},
  {"key": "ask Mary Walker for a date for the next", "owner": "Tom", "person": "Tom Evans", "due": "2027-06-11"},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
