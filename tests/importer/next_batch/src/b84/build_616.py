import json
from pathlib import Path
OUT = Path("/tmp/b84")
STEM = "616_eightyfourth_champions_network_questions_log"

rows = [
    # (no, asked by, question, answer on the day, follow-up, who, by when)
    ("Q1", "Parent champion, Northside",
     "My son is going to the summer holiday club at Brook Park. Will SEND transport run in the summer holidays?",
     "Mark Walsh's team were not at the session. Sarah K said transport is usually term-time only but would not guess.",
     "Mark Walsh to confirm in writing whether transport will run for summer holiday clubs",
     "Mark Walsh", "before the summer holidays (term ends Wed 21 July)"),
    ("Q2", "SENCo champion, Hollins Park",
     "Are the annual review timeliness figures published anywhere? Parents keep asking us.",
     "Not currently published. Liam (by Teams) said the figures exist and could go on the Local Offer.",
     "Liam Porter to publish the annual review figures on the Local Offer",
     "Liam Porter", "end of June"),
    ("Q3", "Parent champion, Westmoor town",
     "How long is the wait for OT for a 7 year old, and can schools refer?",
     "Partly answered - school-age OT wait is roughly 30 weeks. Whether schools can refer directly was not known.",
     "Grace Adeyemi to provide a written answer on school referrals to OT",
     "Grace Adeyemi", "next session"),
    ("Q4", "Parent champion, Eastfield",
     "How long will I wait for a SENDIASS caseworker?",
     "ANSWERED on the day by Claire Dunmore: no waiting list for advice line; casework allocation within 10 working days. No follow-up needed.",
     "-", "-", "-"),
    ("Q5", "Youth worker champion",
     "What happens to young people's support at 18 - who do we talk to about Preparing for Adulthood?",
     "Too big for today. Owen Reid has offered to come to the September session and take questions.",
     "Owen to attend the September session to answer PfA questions in person",
     "Owen Reid", "23 September session"),
    ("Q6", "Parent champion, Northside",
     "My complaint to the ICB about wheelchair services has had no reply in 12 weeks.",
     "Individual complaint - Kerry gave the parent the ICB PALS/complaints contact. Not for the network; not tracked here.",
     "-", "ICB complaints team", "-"),
    ("Q7", "SENCo champion, Oakfield",
     "Can champions have the Ordinarily Available Provision guidance before it's published?",
     "ANSWERED: the final OAP was published on 1 June; link in the chat. Nothing further.",
     "-", "-", "-"),
    ("Q8", "Several",
     "There are no parent champions covering Northside secondary schools.",
     "Agreed this is a gap.",
     "Kerry to recruit two more parent champions for Northside",
     "Kerry Lang", "-"),
]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

trs = "\n".join(
    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)

page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Network of SEND Champions - Summer session - notes and questions log</title>
<style>
 body {{ font-family: "Segoe UI", Arial, sans-serif; font-size: 14px; max-width: 1100px; margin: 20px auto; color:#222 }}
 h1 {{ color:#5b2a86 }} h2 {{ color:#5b2a86; border-bottom:1px solid #ccc }}
 table {{ border-collapse: collapse; width: 100% }} td, th {{ border:1px solid #bbb; padding:5px; vertical-align:top }}
 th {{ background:#efe6f7 }} .note {{ background:#fff8d6; padding:8px; border-left:4px solid #e0b400 }}
</style>
<script>/* Local Offer site template: accordion toggles */ function toggle(id){{var e=document.getElementById(id);e.hidden=!e.hidden;}}</script>
</head>
<body>
<nav><a href="/localoffer">Westmoor Local Offer</a> &gt; <a href="/localoffer/champions">SEND Champions</a> &gt; Session notes</nav>
<h1>Network of SEND Champions &ndash; summer term session</h1>
<p><strong>Thursday 17 June 2027</strong>, 6.00pm&ndash;8.00pm, Westmoor Civic Centre (Council Chamber) and online.<br>
Facilitated by Sarah Khan (Participation Officer, Westmoor Council) and Kerry Lang (Parent Champion, Westmoor PCF).</p>
<p>About 40 champions came: 22 parent champions, 11 school staff (mostly SENCos and teaching assistants), 4 from health and
3 youth workers. Also present to answer questions: Claire Dunmore (SENDIASS), Liam Porter (online, for item 3). Apologies:
Mark Walsh, Grace Adeyemi, Owen Reid, Anne Price (who sends her thanks to all champions).</p>

<h2>1. Welcome and what champions have done this term</h2>
<p>Kerry thanked champions for running 19 coffee mornings and drop-ins this term. Highlights: the Eastfield champion got the
school's SEN information report rewritten in plain English; two special schools moved parents' evenings after a champion
raised taxi times (already done &ndash; see the PCF You Said We Did page).</p>

<h2>2. Local Offer &ndash; what's new</h2>
<p>Sarah K walked through the new Local Offer pages: the short breaks directory and the new &ldquo;What to expect at each
age&rdquo; pages. Champions liked the easy-read pages. Several asked for the pages to be translated. Sarah said translation
is part of the Local Offer workstream's plan for next year, so it isn't promised here.</p>

<h2>3. Questions raised by champions</h2>
<p class="note">How this works: questions are answered on the night where we can. Where we can't, we say who will answer
and by when, and the answer goes on this page and in the next champions' bulletin. Sarah K keeps this log.</p>
<table>
<thead><tr><th>No.</th><th>Asked by</th><th>Question</th><th>Answer on the night</th><th>Follow-up promised</th><th>Who</th><th>By when</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>

<h2>4. Training for champions</h2>
<p>Claire Dunmore ran a 30-minute session on &ldquo;helping a parent prepare for an annual review&rdquo;. Slides will go out
with the notes. The network agreed the autumn training topic will be exclusions and part-time timetables &ndash; decision,
Sarah K and Claire will just plan it as usual.</p>

<h2>5. Housekeeping</h2>
<ul>
 <li>Ruth Hill to circulate the slides and this Q&amp;A log to all champions within a week.</li>
 <li>Expenses forms: champions can claim travel &ndash; forms on the page (no action).</li>
 <li>The Partnership Board will receive a short report on the network in July &ndash; Sarah K writes this every term as part
  of her role; not tracked as a network action.</li>
</ul>

<h2>Next session</h2>
<p>Thursday 23 September 2027, 6pm, Civic Centre. Owen Reid to join (see Q5).</p>

<footer><p><small>Page last updated 18 June 2027. Questions about this page: <a href="mailto:participation@westmoor.gov.uk">participation@westmoor.gov.uk</a></small></p></footer>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(page, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-17",
    "style": ("Held-out batch eightyfourth. A Local Offer web page (HTML with nav, script, style, a questions log table) "
              "recording the Network of SEND Champions' summer session, Thursday 17 June 2027, with 'questions raised and "
              "answers promised'. Traps: Q4 and Q7 were answered on the night; Q6 is an individual complaint passed to the "
              "ICB complaints route and 'not tracked here'; translation of the Local Offer is the workstream's plan and 'isn't "
              "promised'; the autumn training topic is a decision; the termly report to the Board is Sarah Khan's routine; "
              "expenses is housekeeping; the 'You Said We Did' taxi item was already done. 'Sarah K' here is Sarah Khan "
              "(facilitator), not Sarah Kent. Mark Walsh, Grace Adeyemi and Owen Reid are apologies but are given promised "
              "answers. Keys come from the 'Follow-up promised' column. Dates: 'before the summer holidays (term ends Wed 21 "
              "July)' = Wednesday 21 July 2027; 'end of June' = Wednesday 30 June 2027; Grace's 'next session' is dated "
              "Thursday 23 September 2027, as is Owen's '23 September session'; Ruth 'within a week' = Thursday 24 June "
              "2027; Kerry's recruitment has no date (null)."),
    "held_out": True,
    "actions": [
        {"key": "Mark Walsh to confirm in writing whether transport", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-07-21"},
        {"key": "Liam Porter to publish the annual review figures", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-06-30"},
        {"key": "Grace Adeyemi to provide a written answer", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-09-23"},
        {"key": "Owen to attend the September session", "owner": "Owen", "person": "Owen Reid", "due": "2027-09-23"},
        {"key": "Kerry to recruit two more parent champions", "owner": "Kerry", "person": "Kerry Lang", "due": None},
        {"key": "Ruth Hill to circulate the slides", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-06-24"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
