"""Builds 180_twentysecond_pcf_blog_workshop.html: a parent champion's blog write-up of a co-production workshop."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "180_twentysecond_pcf_blog_workshop"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>&#8220;What happens after 16?&#8221; &#8211; our PfA workshop write-up &#8211; Westmoor Parent Carer Forum</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://westmoorpcf.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.2" media="all">
<style>.entry-content h3{color:#6b2c91}.next-steps{background:#f4eefa;border-left:4px solid #6b2c91;padding:1em}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-8QX2PCF1');</script>
</head>
<body class="post-template-default single single-post postid-2214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header">
  <div class="site-branding"><a href="https://westmoorpcf.org.uk/"><img src="/wp-content/uploads/2025/03/wpcf-logo.png" alt="Westmoor Parent Carer Forum logo"></a></div>
  <nav class="main-navigation" aria-label="Primary">
    <ul>
      <li><a href="/">Home</a></li><li><a href="/about-us/">About us</a></li><li><a href="/events/">Events</a></li>
      <li class="current-menu-parent"><a href="/news/">News &amp; blog</a></li><li><a href="/join/">Join (it&#8217;s free!)</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>

<main id="content" class="site-main">
<article class="post-2214 post type-post status-publish category-co-production category-preparing-for-adulthood">
<header class="entry-header">
<h1 class="entry-title">&#8220;What happens after 16?&#8221; &#8211; our PfA workshop write-up</h1>
<div class="entry-meta">Posted on <time datetime="2027-06-29T19:42:11+01:00">29th June 2027</time> by <span class="author">Kerry Lang, Parent Champion</span> &middot; <a href="#comments">3 comments</a></div>
</header>

<div class="entry-content">
<p>Hello everyone! A huge thank you to the <strong>41 parents and carers</strong> (and 6 young people!) who came along to our Preparing for Adulthood co-production workshop at the Westmoor Hub last <strong>Thursday 24th June</strong>. It was a warm one in that hall &#8211; sorry about the fans.</p>

<p>We were joined by Owen Reid (the council&#8217;s Preparing for Adulthood Lead), Mary Walker (Head of SEND), Yusuf Okafor (Designated Clinical Officer at the ICB), Sarah Khan from the participation team and staff from Westmoor College. Tom, our co-chair, chaired the morning and I facilitated the table work.</p>

<p>This post is my write-up. It&#8217;s long, so grab a cuppa &#9749;</p>

<h3>What you told us</h3>
<ul>
<li>Nobody knows what the options after Year 11 actually are until it&#8217;s too late &#8211; &#8220;we found out about supported internships from another mum in Tesco&#8221;.</li>
<li>Year 9 reviews often don&#8217;t mention adulthood at all.</li>
<li>Moving from children&#8217;s to adult health services feels like &#8220;falling off a cliff&#8221;, especially for autistic young people with no learning disability.</li>
<li>Young people want to be asked themselves, not just their parents.</li>
</ul>

<h3>What the council and health said</h3>
<p>Owen agreed the information is scattered and said the council wants to put it in one place. Mary was honest that Year 9 reviews are patchy. Yusuf said the ICB doesn&#8217;t currently have good figures on how many young people transfer to adult services and when.</p>
<p>Owen also said the council <em>hopes</em> to recommission the supported internships provider next year with more places &#8211; but that depends on the budget, so no promises. Westmoor College told us they will be reviewing their own SEND admissions process in the autumn (that&#8217;s the college&#8217;s piece of work, and they&#8217;ll report to their governors).</p>
<p>One thing already done: Sarah sent the easy read invitation to the youth forum before the day, which is why we had six young people there &#127881;.</p>

<div class="next-steps">
<h3>Next steps for the council (and health)</h3>
<ol>
<li><strong>Owen Reid</strong> will publish a post-16 options map on the Local Offer, by <strong>Friday 23rd July</strong> (before the schools break up).</li>
<li><strong>Mary Walker</strong> said her team would add a Preparing for Adulthood section to the Year 9 annual review paperwork, ready for the new school year on 1st September.</li>
<li><strong>Yusuf Okafor</strong> will bring back figures on transition to adult health services for autistic young people to the September Partnership Board.</li>
</ol>

<h3>Next steps for the forum</h3>
<ol>
<li><strong>Tom</strong> will take your top three asks to the Partnership Board on 2nd September.</li>
<li><strong>We</strong> will hold a second session just for young people, with the youth forum, on Saturday 23rd October.</li>
<li><strong>Kerry</strong> (that&#8217;s me!) will send the feedback form results to everyone who came by Friday 9th July.</li>
</ol>
</div>

<h3>Things we didn&#8217;t get to</h3>
<p>We ran out of time for transport for over-19s and for short breaks. These will go on the list for the autumn term&#8217;s forum meetings &#8211; we haven&#8217;t decided which one yet.</p>

<p>The slides from the day are on our <a href="/resources/">Resources page</a> already.</p>

<p>As always, if you couldn&#8217;t make it but want your views heard, email <a href="mailto:hello@westmoorpcf.org.uk">hello@westmoorpcf.org.uk</a>.</p>
<p>Kerry x</p>
</div>

<footer class="entry-footer">Categories: <a href="/category/co-production/">Co-production</a>, <a href="/category/preparing-for-adulthood/">Preparing for Adulthood</a> &middot; Tags: PfA, post-16, workshop</footer>
</article>

<section id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &#8220;&#8220;What happens after 16?&#8221; &#8211; our PfA workshop write-up&#8221;</h2>
<ol class="comment-list">
<li class="comment"><div class="comment-author"><b>Jo (mum of 2)</b> &middot; 30th June 2027 at 8:12 am</div>
<p>Thank you for this Kerry. Really hope someone looks at the over-19 transport, it&#8217;s a nightmare for us.</p></li>
<li class="comment byuser comment-author-kerry"><div class="comment-author"><b>Kerry Lang</b> &middot; 30th June 2027 at 9:03 am</div>
<p>Thanks Jo &#8211; it&#8217;s on our list for the autumn, as above x</p></li>
<li class="comment"><div class="comment-author"><b>Priya M</b> &middot; 1st July 2027 at 10:47 pm</div>
<p>Great morning, loved the young people&#8217;s table. Would be amazing if the college came back to the forum too!</p></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div>
</section>
</main>

<footer class="site-footer">
<p>Westmoor Parent Carer Forum CIO &middot; Registered charity no. 1187443 &middot; Part of the National Network of Parent Carer Forums</p>
<p><a href="/privacy-policy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; &copy; 2027</p>
</footer>
</body>
</html>
"""

LABELS = {
    "meeting_date": "2027-06-24",
    "style": ("Held-out batch twentysecond. Parent carer forum WordPress blog post by a parent champion writing up a "
              "Preparing for Adulthood co-production workshop, with 'Next steps for the council (and health)' and "
              "'Next steps for the forum' lists, page furniture, and a comments thread. Traps: council 'hopes' to "
              "recommission supported internships (hope, budget-dependent); Westmoor College reviewing its own "
              "admissions (another body); Sarah's easy read invite already sent (done); slides already on the "
              "Resources page (done); over-19 transport and short breaks parked with no owner or date; comments are "
              "wishes from readers. Labelling choices: meeting date is the workshop date (24 June), not the post "
              "date (29 June). 'to the September Partnership Board' and 'to the Partnership Board on 2nd "
              "September' labelled meeting 2027-09. 'ready for the new school year on 1st September' labelled "
              "2027-09-01. 'We' (the forum) is an organisation so person null. 'Kerry (that's me!)' = Kerry Lang."),
    "held_out": True,
    "actions": [
        {"key": "publish a post-16 options map on the Local Offer", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-07-23"},
        {"key": "Preparing for Adulthood section to the Year 9", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-09-01"},
        {"key": "bring back figures on transition to adult health services", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "meeting 2027-09"},
        {"key": "Tom will take your top three asks", "owner": "Tom", "person": "Tom Evans", "due": "meeting 2027-09"},
        {"key": "hold a second session just for young people", "owner": "We", "person": None, "due": "2027-10-23"},
        {"key": "send the feedback form results to everyone who came", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-07-09"},
    ],
}

(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
