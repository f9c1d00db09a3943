import json
STEM = "/tmp/b81/596_eightyfirst_trust_quality_committee_portal_html_minutes"
html = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Quality and Safety Committee - Minutes - 12 Oct 2027 | BoardPack</title>
<style>
body{font-family:"Segoe UI",Helvetica,sans-serif;font-size:14px;margin:0}
.bp-bar{background:#1d2b3a;color:#fff;padding:8px 16px}
.bp-doc{max-width:880px;margin:20px auto;padding:0 20px}
.item h3{background:#eef2f6;padding:4px 8px;font-size:15px}
.assure{font-weight:bold;color:#7a4b00}
.act{border-left:4px solid #c00;padding-left:8px;margin:6px 0}
table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:3px 6px;font-size:13px}
</style>
<script src="/static/bp-viewer.min.js"></script>
</head>
<body>
<div class="bp-bar">BoardPack &rsaquo; Westmoor Community Health NHS Trust &rsaquo; Quality and Safety Committee &rsaquo; 12/10/2027 &rsaquo; Item 1.3 Draft minutes <span style="float:right">Page 1 of 1 &nbsp;|&nbsp; Annotate &nbsp;|&nbsp; Download</span></div>
<div class="bp-doc">
<p style="text-align:right"><strong>Westmoor Community Health NHS Trust</strong></p>
<h1>Quality and Safety Committee</h1>
<p><strong>Minutes of the meeting held on Tuesday 12 October 2027, 09:30&ndash;12:00, Trust HQ, Meeting Room 2 and MS Teams</strong></p>
<table>
<tr><th>Members</th><td>Catherine Lowry, Non-Executive Director (Chair); Dr Imran Baig, Non-Executive Director; Deborah Quayle, Director of Nursing and Quality; Dr Michael Fenn, Medical Director; Simon Akers, Chief Operating Officer</td></tr>
<tr><th>In attendance</th><td>Grace Adeyemi, Head of Children's Therapies (items 4&ndash;5); Dr Anita Patel, Consultant Community Paediatrician (item 5); Dr Yusuf Okafor, Designated Clinical Officer, Westmoor ICB (item 5); Priya Mistry, Parent Representative, Westmoor Parent Carer Forum (observer, items 4&ndash;5); Lisa Grant, Head of Patient Safety (item 6); Karen Hope, Corporate Governance Officer (minutes)</td></tr>
<tr><th>Apologies</th><td>Jonathan Rees, Non-Executive Director</td></tr>
</table>

<div class="item"><h3>1. Opening business</h3>
<p>1.1 The Chair welcomed members and attendees, including Mrs Mistry, who was observing on behalf of the Parent Carer Forum under the Trust's lay observer arrangement. The meeting was quorate.</p>
<p>1.2 No new declarations of interest were made.</p>
<p>1.3 The minutes of the meeting held on 10 August 2027 were approved.</p>
<p>1.4 Action log: the Committee noted that the deep dive into tongue-tie referrals requested in July had been completed and presented to the Clinical Effectiveness Group; the action was closed. All other actions were closed or not yet due.</p>
</div>

<div class="item"><h3>2. Director of Nursing and Quality report</h3>
<p>2.1 The Director of Nursing presented her report. Members noted the outcome of the CQC engagement meeting in September and the continued improvement in mandatory training compliance (91%). There were no new never events.</p>
<p class="assure">Level of assurance: SUBSTANTIAL</p>
</div>

<div class="item"><h3>3. Integrated quality dashboard</h3>
<p>3.1 The Chief Operating Officer presented the dashboard. Members discussed adult community nursing vacancies, which are being overseen by the People Committee. The Committee noted the dashboard.</p>
</div>

<div class="item"><h3>4. Children's therapies: waiting times deep dive</h3>
<p>4.1 Grace Adeyemi presented the deep dive. Speech and language therapy waits had improved (median 19 weeks, down from 31) since the four new posts started in the spring. Occupational therapy waits, however, had deteriorated sharply, with a median wait of 44 weeks and 612 children waiting, because of two long-term vacancies and a 40% rise in referrals linked to sensory needs.</p>
<p>4.2 Dr Baig asked whether the Committee could be assured that children waiting were safe. Ms Adeyemi described the clinical prioritisation process and the 'waiting well' advice line. The Committee felt that the plan presented did not yet show how waits would be brought down.</p>
<p class="act"><strong>ACTION:</strong> GA to bring a recovery plan for occupational therapy waiting times, with a trajectory, to the next meeting.</p>
<p>4.3 Ms Adeyemi explained that, to release capacity, the link therapist model in mainstream schools would be reduced from the spring term, with some schools losing their named link therapist. Dr Okafor asked that the ICB be told which schools would be affected so that the SEND Partnership could prepare schools and families. Ms Adeyemi agreed to confirm to Dr Okafor by Friday which schools would lose their link therapist.</p>
<p>4.4 Mrs Mistry said that the PCF's recent survey of families using therapy services showed that many did not know the advice line existed. The Chair invited her to share the results. Mrs Mistry offered to send the PCF therapy survey results to the Corporate Governance Officer within a fortnight, for circulation to members.</p>
<p class="assure">Level of assurance: LIMITED. To be escalated to the Trust Board.</p>
</div>

<div class="item"><h3>5. SEND: health advice for EHC needs assessments</h3>
<p>5.1 Dr Patel presented the quarterly report. 84% of health advices had been returned within the statutory six weeks in Q2, but 12 had breached the deadline in August, mostly from community paediatrics during the summer leave period.</p>
<p>5.2 Dr Fenn asked whether there were common themes. Dr Patel said she thought most were linked to late or incomplete requests but had not reviewed them individually. Dr Patel will review the 12 health advices that breached the six-week deadline in August and report the themes to the December meeting.</p>
<p>5.3 Dr Okafor said that late requests from the local authority were a recurring issue across providers. Dr Okafor would raise the issue of late and incomplete requests from the local authority at the SEND Partnership Board on 3 November.</p>
<p>5.4 The Committee noted that the audit of the quality of 30 health advices against the new template, commissioned by the SEND Improvement Board, had been completed in September and had found 26 of 30 to be good or better.</p>
<p class="assure">Level of assurance: REASONABLE</p>
</div>

<div class="item"><h3>6. Patient safety and incidents</h3>
<p>6.1 Lisa Grant presented the patient safety report. Two PSIRF learning responses had concluded; learning would be shared through the Patient Safety Group. The Committee noted the report.</p>
</div>

<div class="item"><h3>7. Risk register and escalation to Board</h3>
<p>7.1 The Committee reviewed the quality risks. It agreed that risk 1142 (children's occupational therapy waiting times) should be increased to a score of 16. The Director of Nursing would update the risk register entry for risk 1142 ahead of the Trust Board meeting on 28 October.</p>
<p>7.2 Items for escalation to the Trust Board: children's occupational therapy waiting times (limited assurance). The Chair would include this in her Chair's report to the Board.</p>
</div>

<div class="item"><h3>8. Any other business and date of next meeting</h3>
<p>8.1 None. The next meeting will be held on Tuesday 14 December 2027 at 09:30.</p>
</div>

<h4>Action log extract (new)</h4>
<table>
<tr><th>Ref</th><th>Item</th><th>Action</th><th>Lead</th><th>Due</th></tr>
<tr><td>QSC-27-41</td><td>4.2</td><td>OT recovery plan and trajectory</td><td>GA</td><td>Dec-27</td></tr>
<tr><td>QSC-27-42</td><td>7.1</td><td>Update risk 1142</td><td>DoN</td><td>28/10/27</td></tr>
</table>
</div>
</body></html>
"""
open(STEM + ".html", "w", encoding="utf-8").write(html)
labels = {
 "meeting_date": "2027-10-12",
 "style": ("Held-out batch eightyfirst. An NHS community trust's Quality and Safety Committee minutes as HTML exported from a board-portal viewer (toolbar text, CSS, script tag), numbered paragraphs, assurance levels in bold, and only one paragraph flagged 'ACTION:' plus a two-row action log extract; the other actions are buried in reported speech. "
  "Traps: the tongue-tie deep dive is done; adult nursing vacancies belong to the People Committee; the 30-advice quality audit (an Improvement Board action) is already complete; the Chair's report to the Trust Board and 'to be escalated' are the Chair's own governance steps, not tracked; PSIRF learning shared through the Patient Safety Group is routine; the link therapist reduction is a decision, and the action is Grace's confirmation of affected schools; the Director of Nursing (Deborah Quayle) is not in the people list (person null). Mrs Mistry is Priya Mistry of the PCF, not Priya Shah. "
  "Dates: 'GA ... to the next meeting' with the next meeting given as Tuesday 14 December 2027 = 2027-12-14 (the log's 'Dec-27' agrees); Ms Adeyemi 'by Friday' = Friday 15 October 2027; Mrs Mistry 'within a fortnight' = Tuesday 26 October 2027 (half-term week, still a working day); Dr Patel 'report the themes to the December meeting' = 2027-12-14; Dr Okafor 'at the SEND Partnership Board on 3 November' = Wednesday 3 November 2027; risk 1142 'ahead of the Trust Board meeting on 28 October' = Thursday 28 October 2027."),
 "held_out": True,
 "actions": [
  {"key": "GA to bring a recovery plan for occupational therapy", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-12-14"},
  {"key": "confirm to Dr Okafor by Friday which schools", "owner": "Ms Adeyemi", "person": "Grace Adeyemi", "due": "2027-10-15"},
  {"key": "send the PCF therapy survey results", "owner": "Mrs Mistry", "person": "Priya Mistry", "due": "2027-10-26"},
  {"key": "review the 12 health advices that breached", "owner": "Dr Patel", "person": "Anita Patel", "due": "2027-12-14"},
  {"key": "raise the issue of late and incomplete requests", "owner": "Dr Okafor", "person": "Yusuf Okafor", "due": "2027-11-03"},
  {"key": "update the risk register entry for risk 1142", "owner": "The Director of Nursing", "person": None, "due": "2027-10-28"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
