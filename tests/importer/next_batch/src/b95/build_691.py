html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Young Voices meeting – June 2027 (easy read) | Westmoor Local Offer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:20px;line-height:1.6;max-width:60em;margin:auto;color:#1a1a1a}
.er{display:flex;gap:1em;align-items:flex-start;margin:1em 0}
.er img{width:90px;height:90px}
table{border-collapse:collapse;width:100%}td,th{border:2px solid #333;padding:.5em;vertical-align:top}
th{background:#ffe680}
nav a{margin-right:1em}
</style>
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<header>
<p><a href="/">Westmoor Local Offer</a> &gt; <a href="/young-people">Young people</a> &gt; <a href="/young-people/young-voices">Young Voices</a></p>
<nav><a href="#talked">What we talked about</a><a href="#next">What will happen next</a><a href="#contact">Contact us</a></nav>
</header>
<main>
<h1>Young Voices meeting</h1>
<p class="er"><img src="/img/er/calendar.png" alt="Picture of a calendar"><span>We met on <strong>Tuesday 15 June 2027</strong>.<br>
The meeting was at the Youth Hub from 5pm to 6.30pm.</span></p>

<p class="er"><img src="/img/er/group.png" alt="Picture of a group of young people"><span>11 young people came.<br>
Sarah Khan from the council helped run the meeting. Sarah is the Participation Officer.<br>
Grace Adeyemi came to talk about therapy. Grace is in charge of children's therapies.<br>
Owen Reid came to talk about college and getting ready for being an adult.</span></p>

<p class="er"><img src="/img/er/sorry.png" alt="Picture of a sad face"><span>Mo, Ellie-Rose and Callum could not come. They said sorry.</span></p>

<h2 id="talked">What we talked about</h2>

<h3>1. Last time you said, we did</h3>
<p class="er"><img src="/img/er/wifi.png" alt="Picture of wifi sign"><span>Last time you said the wifi at the Youth Hub was bad.<br>
We did: the council put in a new wifi box in May. It is much better now.</span></p>
<p class="er"><img src="/img/er/food.png" alt="Picture of pizza"><span>You said you wanted better food.<br>
We did: there is pizza now. Everyone said thank you.</span></p>

<h3>2. The quiet room</h3>
<p class="er"><img src="/img/er/vote.png" alt="Picture of a hand putting paper in a box"><span>The Youth Hub has a new quiet room.<br>
We voted for a name. The new name is <strong>The Chill Zone</strong>. 8 people voted for it.</span></p>
<p>Jayden and Amira said they will make a poster about the Chill Zone. They will bring it to the next meeting.</p>

<h3>3. Therapy</h3>
<p class="er"><img src="/img/er/talk.png" alt="Picture of two people talking"><span>Grace told us about speech therapy and OT.<br>
Some people said the leaflets are hard to read. They have too many long words.<br>
Grace said she will send us the easy read leaflet about therapy to check. She will send it in 2 weeks.</span></p>
<p>Kai asked: can I still see a therapist after I leave school? Grace said yes, up to 19 if you are at school or college, and sometimes after that.</p>

<h3>4. College and being an adult</h3>
<p class="er"><img src="/img/er/college.png" alt="Picture of a college building"><span>Owen told us about the new course at Westmoor College.
It is for young people who want to get a job.<br>
The start date is not fixed yet. Owen will tell us the new college course dates when he knows.</span></p>

<h3>5. Buses</h3>
<p>Lots of people are unhappy with the school buses. The buses are late. Some drivers are not kind.<br>
We want to ask the person in charge of transport some questions.</p>

<h3>6. Meeting on Saturdays?</h3>
<p>Some people want to meet on Saturdays. Some people said no because of work and sport.<br>
We did not agree. We will stay on Tuesdays for now.</p>

<h3>7. Summer trip</h3>
<p>We voted to go bowling in August. 9 people voted for bowling. 2 people voted for the cinema.</p>

<h2 id="next">What will happen next</h2>
<table>
<thead><tr><th>What</th><th>Who</th><th>When</th></tr></thead>
<tbody>
<tr><td>Book the bowling trip for August</td><td>Sarah</td><td>Before the end of June</td></tr>
<tr><td>Ask the Head of Transport to come to a meeting</td><td>Sarah</td><td>This week</td></tr>
<tr><td>Make a poster about the Chill Zone</td><td>Jayden and Amira</td><td>Next meeting</td></tr>
<tr><td>Send the easy read therapy leaflet to check</td><td>Grace</td><td>In 2 weeks</td></tr>
<tr><td>Tell us the college course dates</td><td>Owen</td><td>When he knows</td></tr>
</tbody>
</table>

<p class="er"><img src="/img/er/calendar.png" alt="Picture of a calendar"><span>Our next meeting is on <strong>Tuesday 13 July 2027</strong> at 5pm.</span></p>

<h2 id="contact">Contact us</h2>
<p>If you want to join Young Voices, talk to Sarah Khan. Email: youngvoices@westmoor.gov.uk<br>
You can bring a friend. Everyone is welcome.</p>
</main>
<footer><p>Page last updated 21 June 2027. <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
"""
open("/tmp/b95/691_ninetyfifth_youth_forum_easy_read.html", "w", encoding="utf-8").write(html)
