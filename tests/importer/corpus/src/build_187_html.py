"""Builds 187_twentythird_tribunal_learning_review.html and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "187_twentythird_tribunal_learning_review"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>SEND Tribunal learning review – Q4 2026/27 | Westmoor Staff Intranet</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;max-width:960px;margin:auto;color:#222}
.crumb{font-size:.85em;color:#555}.crumb a{color:#005ea5}
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef3f8}.commit{border-left:4px solid #005ea5;padding:.3em .8em;margin:.6em 0;background:#f6f9fc}
.done{color:#2e7d32}.muted{color:#666;font-size:.9em}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<header>
<p class="crumb"><a href="/">Intranet home</a> › <a href="/childrens">Children's Services</a> › <a href="/childrens/send">SEND</a> › <a href="/childrens/send/quality">Quality and learning</a> › Tribunal learning review Q4</p>
<p class="muted">Restricted – staff and partnership members only. Page owner: SEND Quality Lead. Last updated 10 June 2027.</p>
</header>
<main>
<h1>SEND Tribunal appeals: learning review panel – Quarter 4 2026/27</h1>
<p><strong>Panel met:</strong> Tuesday 8 June 2027, 09:30–11:30, Westmoor House room G.07 and Teams<br>
<strong>Chair:</strong> Anne Price, Independent Chair, Westmoor SEND Partnership<br>
<strong>Panel:</strong> Mary Walker (Head of SEND), James Whitfield (AD SEND &amp; Inclusion), David Lowe (Principal EP), Yusuf Okafor (DCO),
Liam Porter (Data &amp; Performance), Sarah Khan (Participation Officer), Tom Evans (PCF co-chair), Claire Dunmore (SENDIASS, observer)<br>
<strong>Apologies:</strong> Priya Shah, Grace Adeyemi<br>
<strong>Notes:</strong> Ruth Hill</p>
<p class="muted">Individual children are not named on this page. Case references are the council's internal tribunal log numbers.</p>

<h2>1. The quarter in numbers</h2>
<table>
<thead><tr><th>Measure</th><th>Q3 2026/27</th><th>Q4 2026/27</th></tr></thead>
<tbody>
<tr><td>Appeals registered</td><td>31</td><td>38</td></tr>
<tr><td>of which refusal to assess</td><td>9</td><td>14</td></tr>
<tr><td>Conceded by the council before hearing</td><td>12</td><td>17</td></tr>
<tr><td>Conceded within 10 days of hearing</td><td>3</td><td>6</td></tr>
<tr><td>Heard – decided in parent's favour (in full or part)</td><td>8</td><td>9</td></tr>
<tr><td>Heard – council's position upheld</td><td>1</td><td>1</td></tr>
<tr><td>Mediation certificates issued</td><td>44</td><td>52</td></tr>
</tbody>
</table>
<p>Liam Porter noted that the rise in refusal-to-assess appeals matches the national picture. The panel noted the figures.</p>

<h2>2. What the cases told us</h2>
<ol>
<li><strong>Refusal to assess.</strong> 11 of the 14 refusal-to-assess appeals were conceded. In most, the evidence from school already met the
legal test; the decision had been made on a checklist score. Tom Evans said families experience this as "being made to fight for the legal minimum".</li>
<li><strong>Section F wording.</strong> In four heard cases the Tribunal ordered the council to amend Section F because provision was not
specified or quantified ("access to", "regular", "as appropriate"). <em>These orders have been complied with – see case log; no further action for the panel.</em></li>
<li><strong>Late concessions.</strong> Six cases were conceded in the final ten days, three of them after families had prepared bundles and
arranged expert witnesses. The panel agreed this is the most damaging pattern for trust.</li>
<li><strong>Health and social care recommendations.</strong> In two cases the Tribunal made non-binding recommendations on health provision
(extended appeals). The ICB has responded to both within the statutory five weeks; the ICB's responses are a matter for the ICB.</li>
</ol>

<h2>3. What we have already done</h2>
<ul class="done">
<li>Refusal-to-assess decisions now recorded with reasons against the legal test (from 1 May 2027) – done.</li>
<li>Section F "banned phrases" list shared with caseworkers at the May team meeting – done.</li>
<li>Monthly tribunal tracker shared with SENDIASS – done (Claire confirmed it is helpful).</li>
</ul>

<h2>4. What we will do</h2>
<p>The panel agreed the following. Progress will be checked at the next learning review panel on <strong>Tuesday 7 September 2027</strong>.</p>

<div class="commit"><p><strong>We will</strong> review every refusal to assess decision at panel stage by a senior officer before it is issued.<br>
<span class="muted">Who: Head of SEND &nbsp;·&nbsp; When: in place by 1 July 2027</span></p></div>

<div class="commit"><p><strong>We will</strong> write to the three families whose appeals were conceded late, to apologise and explain what has changed.<br>
<span class="muted">Who: AD SEND &amp; Inclusion &nbsp;·&nbsp; When: within 10 working days</span></p></div>

<div class="commit"><p><strong>We will</strong> deliver refresher training on writing specified Section F provision to all caseworkers and EPs.<br>
<span class="muted">Who: Principal EP (David) &nbsp;·&nbsp; When: by 30 September 2027</span></p></div>

<div class="commit"><p><strong>We will</strong> add tribunal outcome data to the quarterly SEND dashboard, split by appeal type.<br>
<span class="muted">Who: Liam P &nbsp;·&nbsp; When: by 13 August</span></p></div>

<div class="commit"><p><strong>We will</strong> agree a protocol for DCO input before concession decisions where health provision is in dispute.<br>
<span class="muted">Who: Yusuf (DCO) with Mary &nbsp;·&nbsp; When: for the September panel</span></p></div>

<div class="commit"><p><strong>We will</strong> publish a plain-English summary of this learning on the Local Offer.<br>
<span class="muted">Who: Participation Officer &nbsp;·&nbsp; When: by Friday 30 July</span></p></div>

<h2>5. Other points</h2>
<ul>
<li>Claire Dunmore said SENDIASS plans to run its own mediation awareness sessions for families in the autumn. The panel welcomed this (SENDIASS activity, not a panel action).</li>
<li>The panel would like, in time, to move to a position where no appeal is conceded after the 10-day point. This is an aspiration rather than an agreed target.</li>
<li>Tom asked whether the council would consider paying families' reasonable costs in late-concession cases. James said officers would consider this with Legal, but nothing was agreed.</li>
<li>The panel agreed to keep the learning review quarterly for 2027/28.</li>
</ul>
</main>
<footer><p class="muted">© Westmoor Council · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · Report a problem with this page</p></footer>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-08",
    "style": ("Held-out batch twentythird. Tribunal/appeals learning review panel write-up published as a staff intranet "
              "HTML page: breadcrumb, restricted banner, statistics table, numbered 'What the cases told us', green 'What we "
              "have already done' list, and 'We will …' commitment boxes each with a 'Who · When' line. Traps: Tribunal "
              "orders on Section F already complied with; ICB responses to Tribunal recommendations are another body's; the "
              "already-done list; SENDIASS's own mediation sessions are another body's plan; 'no appeal conceded after the "
              "10-day point' is an aspiration; 'officers would consider this with Legal, but nothing was agreed' is a "
              "consider; keeping the review quarterly is a decision; 'The panel noted the figures'. Labelling choices: 'in "
              "place by 1 July 2027' = 2027-07-01; 'within 10 working days' of Tue 8 June = Tue 22 June 2027; 'for the "
              "September panel' = meeting 2027-09 (panel 7 Sept); 'by 13 August' and 'by Friday 30 July' are 2027 dates; "
              "'Yusuf (DCO) with Mary' labelled as Yusuf Okafor (lead named first); 'Participation Officer' = Sarah Khan; "
              "'AD SEND & Inclusion' = James Whitfield."),
    "held_out": True,
    "actions": [
        {"key": "review every refusal to assess decision at panel stage", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-07-01"},
        {"key": "write to the three families whose appeals were conceded", "owner": "AD SEND & Inclusion", "person": "James Whitfield", "due": "2027-06-22"},
        {"key": "deliver refresher training on writing specified Section F", "owner": "Principal EP (David)", "person": "David Lowe", "due": "2027-09-30"},
        {"key": "add tribunal outcome data to the quarterly SEND dashboard", "owner": "Liam P", "person": "Liam Porter", "due": "2027-08-13"},
        {"key": "agree a protocol for DCO input before concession decisions", "owner": "Yusuf (DCO)", "person": "Yusuf Okafor", "due": "meeting 2027-09"},
        {"key": "publish a plain-English summary of this learning", "owner": "Participation Officer", "person": "Sarah Khan", "due": "2027-07-30"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
