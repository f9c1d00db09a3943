"""Complaints, Ombudsman and Tribunal learning review panel: council quality-assurance intranet page (HTML)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
stem = "175_twentyfirst_learning_review_panel"
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>SEND Learning Review Panel – 8 July 2027 | Quality Assurance &amp; Learning | Westmoor Council intranet</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:auto;color:#222}
.crumbs{font-size:.8em;color:#666}.case{border:1px solid #ccc;border-left:6px solid #7b2d8e;padding:.6em 1em;margin:1em 0}
dl.change dt{font-weight:bold;margin-top:.5em}.meta{font-size:.85em;color:#555}.tag{background:#eee;padding:0 .4em;border-radius:3px}
.lead,.by{display:inline-block;min-width:14em}
</style>
<script>/* analytics stub */ window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<header>
<p class="crumbs"><a href="/">Intranet home</a> › <a href="/cfe">Children, Families &amp; Education</a> › <a href="/cfe/qa">Quality Assurance &amp; Learning</a> › SEND Learning Review Panel</p>
<p><a href="#main">Skip to content</a> | <a href="/search">Search</a> | Signed in as: <em>Ruth Hill</em></p>
</header>
<main id="main">
<h1>SEND Learning Review Panel – notes of meeting</h1>
<p class="meta">Meeting held: <time datetime="2027-07-08">Thursday 8th July 2027</time>, 09:30–11:30, Room 4, Civic Centre.
Page owner: Quality Assurance &amp; Learning. Published 13/07/2027. Review date: 13/10/2027.</p>

<h2>Who attended</h2>
<p>James Whitfield, AD SEND &amp; Inclusion (chair); Mary Walker, Head of SEND; Priya Shah, Director of Education (items 1–3);
Grace Adeyemi, Head of Children's Therapies (Trust); Liam Porter, Data &amp; Performance; Helen Brooks, SENCo representative;
Claire Dunmore, SENDIASS (observer, non-voting); Mark Walsh, Head of Transport (item 3); Ruth Hill (notes).</p>
<p>Apologies: Yusuf Okafor (DCO). Declarations: none.</p>

<h2>About this panel</h2>
<p>The panel meets each term to look at upheld complaints, Local Government and Social Care Ombudsman (LGSCO) decisions
and SEND Tribunal outcomes, and to agree what we will change. Individual cases are anonymised. Remedies for families
are agreed through the complaints process, not by this panel.</p>

<h2>Cases reviewed</h2>

<section class="case" id="c1">
<h3>Case 1 – LGSCO decision, delay in issuing an EHC plan <span class="tag">Fault and injustice</span></h3>
<p><strong>What happened:</strong> the final plan was issued at week 41. Health and EP advice arrived late and the case
was not escalated. The Ombudsman recommended an apology, a £1,200 payment and a service review.</p>
<p><strong>Status of the Ombudsman's recommendations:</strong> apology sent 19 May; payment made 2 June; evidence sent to
the LGSCO 9 June. <em>Complete – no further action on the remedy.</em></p>
<p><strong>Learning:</strong> caseworkers were not alerted when advice was overdue.</p>
<dl class="change">
<dt>What we will change</dt>
<dd>Build a week-12 escalation flag for missing advice into the case management system.
<br><span class="lead">Lead: LP</span> <span class="by">By: 30 September 2027</span></dd>
<dd>Write a one-page learning bulletin for caseworkers on escalating late advice.
<br><span class="lead">Lead: Mary W</span> <span class="by">By: Fri 23rd July</span></dd>
</dl>
</section>

<section class="case" id="c2">
<h3>Case 2 – SEND Tribunal appeal (Section I), conceded <span class="tag">Conceded before hearing</span></h3>
<p><strong>What happened:</strong> the LA conceded the parent's choice of school three working days before the hearing.
The Tribunal's order has been complied with and the amended plan issued (complete).</p>
<p><strong>Learning:</strong> the decision to defend was not reviewed after new evidence arrived. Families and SENDIASS
describe late concessions as causing avoidable stress (Claire Dunmore gave examples).</p>
<dl class="change">
<dt>What we will change</dt>
<dd>Put every appeal in front of a senior officer at the LA response stage, before the case statement is filed.
<br><span class="lead">Lead: AD SEND &amp; Inclusion</span> <span class="by">By: from 1 September 2027</span></dd>
<dd>Add a short tribunal learning slot to the SENCo network agenda.
<br><span class="lead">Lead: HB</span> <span class="by">By: SENCo network, 23 September</span></dd>
</dl>
<p>The panel would like a parent who has been through the Tribunal to speak at a future panel. <em>To think about – no action agreed yet.</em></p>
</section>

<section class="case" id="c3">
<h3>Case 3 – Stage 2 complaint, home to school transport <span class="tag">Partly upheld</span></h3>
<p><strong>What happened:</strong> the refusal letter did not explain the right of appeal. The apology letter to the
family was signed by PS during the meeting (done).</p>
<dl class="change">
<dt>What we will change</dt>
<dd>Update the transport eligibility decision letter template so it sets out appeal rights.
<br><span class="lead">Lead: Mark Walsh</span> <span class="by">By: Friday 30 July 2027</span></dd>
</dl>
</section>

<section class="case" id="c4">
<h3>Case 4 – NHS complaint, speech and language therapy not delivered <span class="tag">Trust process</span></h3>
<p><strong>What happened:</strong> the Trust is investigating under the NHS complaints procedure and will respond to the
family directly; the timescale for that is the Trust's. The panel noted the overlap with Priority Area 3 of the PAP.</p>
<dl class="change">
<dt>What we will change</dt>
<dd>Share the Trust's improvement plan from this complaint with the panel.
<br><span class="lead">Lead: GA</span> <span class="by">By: next panel (October)</span></dd>
</dl>
</section>

<section class="case" id="c5">
<h3>Case 5 – Stage 1 complaint, communication about annual review <span class="tag">Not upheld</span></h3>
<p>Reviewed for completeness. No learning identified; closed.</p>
</section>

<h2>Themes and data</h2>
<p>LP presented the half-year figures: 23 SEND complaints (Stage 1: 17, Stage 2: 6), 4 LGSCO decisions, 19 appeals
registered (Section I: 12). The panel noted the figures. It was agreed that the panel will keep meeting termly
(decision, no action).</p>

<h2>Next meeting</h2>
<p>Thursday 14 October 2027, 09:30, Room 4.</p>
</main>
<footer>
<p>© Westmoor Council. This page is for internal use. <a href="/cfe/qa/panel-terms">Panel terms of reference</a> |
<a href="/accessibility">Accessibility</a> | Last edited by R. Hill.</p>
</footer>
</body>
</html>
"""
(OUT / f"{stem}.html").write_text(html, encoding="utf-8")

labels = {
    "meeting_date": "2027-07-08",
    "style": ("Held-out batch twentyfirst. Complaints, Ombudsman and Tribunal learning review panel notes published as "
              "a council intranet HTML page: breadcrumb and footer furniture, one bordered section per anonymised case "
              "with 'What happened / Learning' and a definition list 'What we will change' whose entries carry "
              "'Lead:' and 'By:' spans. Traps: the Ombudsman's remedy (apology, payment) is already complete; the "
              "Tribunal order complied with; apology letter signed during the meeting; the Trust's own complaint "
              "investigation is another body's; the parent-speaker idea is 'to think about – no action agreed'; case 5 "
              "closed with no learning; figures noted and 'keep meeting termly' is a decision. Labelling choices: "
              "'Mary W' is Mary Walker; 'AD SEND & Inclusion' is James Whitfield; 'By: from 1 September 2027' taken as "
              "2027-09-01; 'SENCo network, 23 September' = 2027-09-23; 'next panel (October)' = 'meeting 2027-10'."),
    "held_out": True,
    "actions": [
        {"key": "Build a week-12 escalation flag for missing advice", "owner": "LP", "person": "Liam Porter", "due": "2027-09-30"},
        {"key": "Write a one-page learning bulletin for caseworkers", "owner": "Mary W", "person": "Mary Walker", "due": "2027-07-23"},
        {"key": "Put every appeal in front of a senior officer", "owner": "AD SEND & Inclusion", "person": "James Whitfield", "due": "2027-09-01"},
        {"key": "Add a short tribunal learning slot to the SENCo", "owner": "HB", "person": "Helen Brooks", "due": "2027-09-23"},
        {"key": "Update the transport eligibility decision letter template", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-07-30"},
        {"key": "Share the Trust's improvement plan from this complaint", "owner": "GA", "person": "Grace Adeyemi", "due": "meeting 2027-10"},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
