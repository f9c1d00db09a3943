"""Build 203: chair's long reflective notes with a 'Chair's summary' at the end (.html)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "203_twentyfifth_chair_ramble_summary"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Board development afternoon - Chair's notes - Westmoor SEND Partnership</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;max-width:46em;margin:auto;color:#222;line-height:1.5}
nav a{margin-right:1em} .crumb{font-size:.85em;color:#555} .summary{background:#eef5ec;padding:1em;border-left:4px solid #2e7d32}
footer{font-size:.8em;color:#666;border-top:1px solid #ccc;margin-top:2em}
</style>
</head>
<body>
<header>
<nav><a href="/">Partnership home</a><a href="/board">Board</a><a href="/board/papers">Papers</a><a href="/contact">Contact</a></nav>
<p class="crumb">You are here: Home &gt; Board &gt; Meetings 2027 &gt; 13 October development afternoon</p>
</header>
<main>
<h1>Board development afternoon &ndash; Wednesday 13 October 2027</h1>
<p><em>Chair's notes. These are my own notes rather than formal minutes &ndash; Ruth was given the afternoon off
the keyboard so she could take part. Anne Price, Independent Chair.</em></p>

<p>Present: Anne Price, Mary Walker, Yusuf Okafor, Priya Shah, Tom Evans, Helen Brooks, David Lowe, Sarah Khan,
Grace Adeyemi, Liam Porter, Ruth Hill. With us for the first hour: Kerry Lang and Priya Mistry from the forum.
Apologies: none, which I think is a first.</p>

<h2>How the afternoon went</h2>
<p>We started, as we'd planned, with Kerry and Priya M telling us about their families' experience of annual
reviews over the last year. I won't try to capture all of it here, and some of it was personal, but the
thread running through it was that families don't know what is supposed to happen, when, or who to ring
when it doesn't. Priya M said at one point that she had learned more about the process from a Facebook group
than from anyone paid to tell her, and I think that landed with everyone in the room.</p>

<p>Mary was very open about where the service is. The three new case officers have made a difference to the
backlog but she was clear that the numbers only tell half of it. She said she'd happily put together something
short for parents &ndash; a single page, plain English &ndash; about what to expect at an annual review, and
Tom immediately said the forum would want to test it with families before it went anywhere. We came back to
this later.</p>

<p>Helen talked about what Riverside does with one-page profiles and how much easier reviews are when the child's
own page is the first thing on the table. There was a lot of enthusiasm for that. Helen said she didn't mind
sharing her template with other SENCos if people wanted it &ndash; I think everyone did.</p>

<p>David then floated an idea about EPs attending every Year 9 review, which got a mixed reception. Priya S pointed
out that we don't yet have the capacity even for statutory advice, and David accepted that. He said he might
look at a light-touch version, but I don't think we landed anywhere on it, and I come back to this below.</p>

<p>After the break (excellent cake from Grace, thank you) we turned to the data. Liam showed the tribunal figures
he added to the dashboard in the summer. Tom asked whether we could see outcomes by type of appeal going back
a few years, because parents' perception is that the local authority concedes almost everything at the last
minute. Liam thought he could probably pull that together without too much trouble. Mary didn't disagree with
Tom's perception, which I think was honest of her.</p>

<p>Yusuf raised health contributions to reviews. Special schools in particular say they can't get hold of the
right therapist or nurse in time. He suggested each special school should have a named health contact and
thought the trust would support it, though he needs to agree it with them. Grace was supportive. Grace also
mentioned, in passing, that the OT waiting lists by school went out to SENCos in July as promised, so that one
is done.</p>

<p>Priya S mentioned that the council's capital board is looking at adding review meeting rooms to the two new
resource bases. That's for the capital board to decide, not us, but it was good to hear.</p>

<p>We had a slightly circular conversation about communication with families more generally. Sarah pointed out
that families write to individual officers, to councillors, to the forum and sometimes to me, and nobody has
the whole picture. Someone &ndash; I think Liam &ndash; suggested a single inbox for questions to the Board.
Ruth said that was easy enough to set up. Sarah also wondered about a termly newsletter from the Board, which
people liked in principle, though we all know how these things go.</p>

<p>Towards the end Tom asked about scrutiny. Councillor Jones's committee is planning an inquiry into SEND
transport and EHCP timeliness in the new year, and Tom felt the Board should be on the front foot rather than
waiting to be asked. I agreed with him.</p>

<p>We finished a little after five. People were tired but I thought it was one of our better afternoons.</p>

<section class="summary">
<h2>Chair's summary</h2>
<p>Having read all that back, it was a long and fairly wandering conversation, so to pull it together here is
what I think we actually agreed. If your name is against something and you don't recognise it, tell Ruth
by Friday.</p>
<ol>
<li>Mary will draft a one-page &ldquo;what to expect at your annual review&rdquo; guide for parents and bring it to the
November board.</li>
<li>Tom will ask around ten forum families to road-test Mary's draft before it comes to the board.</li>
<li>Helen will share Riverside's one-page profile template with the SENCo network.</li>
<li>Liam will pull tribunal outcomes by type of appeal for the last three years, by the end of October.</li>
<li>Yusuf will agree a named health contact for each special school with the trust, by half term.</li>
<li>Ruth will set up a shared inbox for families' questions to the Board in the next fortnight.</li>
<li>I will meet Councillor Jones about the scrutiny inquiry before Christmas.</li>
</ol>
<p>Things we talked about but did <strong>not</strong> agree: EPs at Year 9 reviews (David, let's leave this until
the helpline evaluation comes in December); a Board newsletter (nice idea, let's revisit next year); and the
review rooms, which are for the capital board.</p>
<p>Next formal meeting: Thursday 18 November 2027, 2pm.</p>
</section>
</main>
<footer>
<p>Westmoor SEND Partnership &middot; Civic Centre, Mill Lane, Westmoor WM1 2AB &middot; Page last updated 15 October 2027</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""

LABELS = {
    "meeting_date": "2027-10-13",
    "style": ("Held-out batch twentyfifth. A chair's long reflective write-up of a board development afternoon on the "
              "partnership website (nav, breadcrumb, footer), in first person, with soft offers scattered through the "
              "narrative and a boxed 'Chair's summary' numbered list at the end that is what was actually agreed. "
              "Traps: David 'might look at' a light-touch Year 9 EP idea, explicitly not agreed; Board newsletter "
              "'revisit next year'; capital board's review rooms (another body); Grace's OT list already done in "
              "July; Liam's tribunal figures already added in the summer; 'tell Ruth by Friday' is a request to "
              "everyone. Labelling choices: keys taken from the summary wording, not the ramble; 'bring it to the "
              "November board' = meeting 2027-11; Tom's road-test 'before it comes to the board' tied to the same "
              "November board = meeting 2027-11; 'by the end of October' = 2027-10-31 (a Sunday, kept as written); "
              "'by half term' = the Friday before October half term, 2027-10-22; 'in the next fortnight' = "
              "2027-10-27; 'I will' = Anne Price, 'before Christmas' = 2027-12-24; Helen's template has no date."),
    "held_out": True,
    "actions": [
        {"key": "one-page what to expect at your annual review", "owner": "Mary", "person": "Mary Walker",
         "due": "meeting 2027-11"},
        {"key": "ask around ten forum families to road-test", "owner": "Tom", "person": "Tom Evans",
         "due": "meeting 2027-11"},
        {"key": "share Riverside's one-page profile template with the SENCo network", "owner": "Helen",
         "person": "Helen Brooks", "due": None},
        {"key": "pull tribunal outcomes by type of appeal", "owner": "Liam", "person": "Liam Porter",
         "due": "2027-10-31"},
        {"key": "agree a named health contact for each special school", "owner": "Yusuf", "person": "Yusuf Okafor",
         "due": "2027-10-22"},
        {"key": "set up a shared inbox for families' questions", "owner": "Ruth", "person": "Ruth Hill",
         "due": "2027-10-27"},
        {"key": "I will meet Councillor Jones about the scrutiny inquiry", "owner": "I", "person": "Anne Price",
         "due": "2027-12-24"},
    ],
}

(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
