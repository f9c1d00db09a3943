"""517: multi-agency Early Help (TAF) review, family hub case system 'print view' (.html)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "517_seventieth_early_help_family_review_case_system_print_view"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Print view - Family Review - FH-2026-03391</title>
<style>
 body{font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#222;margin:18px}
 .banner{border-bottom:3px solid #5b2a86;padding-bottom:4px;margin-bottom:8px}
 .banner .sys{color:#5b2a86;font-weight:bold;font-size:15px}
 .prot{float:right;font-weight:bold;color:#b00}
 h2{font-size:13px;background:#efe8f6;padding:3px 6px;margin:14px 0 4px}
 table{border-collapse:collapse;width:100%;margin-bottom:6px}
 th,td{border:1px solid #aaa;padding:3px 5px;text-align:left;vertical-align:top}
 th{background:#f4f4f4}
 dl.form{display:grid;grid-template-columns:170px 1fr 170px 1fr;gap:2px 8px;margin:0}
 dl.form dt{font-weight:bold;color:#555}
 .status-open{color:#0a58ca}.status-closed{color:#777}.status-cf{color:#b35c00}
 .audit{color:#888;font-size:9px}
 .noprint{display:none}
 @media print{.noprint{display:none}}
</style>
</head>
<body>
<div class="banner">
 <span class="prot">OFFICIAL-SENSITIVE</span>
 <span class="sys">Westmoor Family Hubs &ndash; Case Management</span><br>
 <span>Print view &raquo; Episode: Early Help (Level 2) &raquo; Form: <b>Family Review (TAF)</b></span>
</div>
<div class="noprint"><a href="#">Back to case</a> | <a href="#">Edit</a> | <a href="#">Print</a></div>

<h2>Review details</h2>
<dl class="form">
 <dt>Case ID</dt><dd>FH-2026-03391</dd>
 <dt>Family</dt><dd>D family (Doyle)</dd>
 <dt>Review type</dt><dd>TAF review 3</dd>
 <dt>Review date</dt><dd>27/04/2027 10:00</dd>
 <dt>Venue</dt><dd>Family Hub North (meeting room 2)</dd>
 <dt>Lead Practitioner</dt><dd>Jess Okonjo, Family Support Worker (JO)</dd>
 <dt>Team manager</dt><dd>Paul Whelan</dd>
 <dt>Form status</dt><dd>Completed &ndash; authorised 28/04/2027</dd>
</dl>

<h2>Family members</h2>
<table>
 <tr><th>Name</th><th>Relationship</th><th>Age / DOB</th><th>School / setting</th></tr>
 <tr><td>Shannon Doyle</td><td>Mother</td><td>31</td><td>&ndash;</td></tr>
 <tr><td>Darren Doyle</td><td>Father</td><td>34</td><td>&ndash;</td></tr>
 <tr><td>Riley Doyle (RD)</td><td>Child</td><td>11 (Year 6)</td><td>Riverside Primary School &ndash; SEN support (ADHD, awaiting ND assessment)</td></tr>
 <tr><td>Mia Doyle (MD)</td><td>Child</td><td>2 yrs 9 mths</td><td>Little Acorns Day Nursery (2 sessions, paid)</td></tr>
</table>

<h2>Attendees</h2>
<table>
 <tr><th>Name</th><th>Role</th><th>Agency</th><th>Attendance</th></tr>
 <tr><td>Shannon Doyle</td><td>Mum</td><td>&ndash;</td><td>Attended</td></tr>
 <tr><td>Darren Doyle</td><td>Dad</td><td>&ndash;</td><td>Apologies (at work) &ndash; spoke to JO by phone 26/04</td></tr>
 <tr><td>Jess Okonjo</td><td>Lead Practitioner</td><td>Westmoor Family Hubs</td><td>Attended</td></tr>
 <tr><td>Helen Brooks</td><td>SENCo</td><td>Riverside Primary School</td><td>Attended</td></tr>
 <tr><td>Ann-Marie Cole</td><td>Health Visitor</td><td>Westmoor Community Health NHS Trust</td><td>Attended</td></tr>
 <tr><td>Tina Fox</td><td>Manager / SENCo</td><td>Little Acorns Day Nursery</td><td>Attended</td></tr>
 <tr><td>Phil Grant</td><td>Housing Officer</td><td>Westmoor Homes</td><td>Apologies &ndash; update sent by email 26/04</td></tr>
</table>

<h2>Family's views</h2>
<p>Mum said things are &ldquo;a bit better&rdquo;: she has started the Talking Therapies course and is sleeping better.
The biggest worry is still the damp and mould in Riley's bedroom &ndash; Riley has been sleeping on the sofa. Mum is anxious
about Riley going to secondary school in September and about money now that Dad's hours have been cut.
Dad (by phone) said he wants Riley to have &ldquo;a proper plan&rdquo; for secondary.</p>

<h2>Child's views</h2>
<p><b>Riley:</b> &ldquo;I want the mould gone from my room. I want to go to big school with my friend K. I help Mum with Mia
when she's tired.&rdquo; Riley scored himself 4/10 for &lsquo;ready for secondary&rsquo;.<br>
<b>Mia:</b> observed at nursery by TF &ndash; happy, few words (mostly single words and pointing), enjoys water play.</p>

<h2>Scaling (0 = very worried, 10 = no worries)</h2>
<table>
 <tr><th>Area</th><th>Review 2 (02/03/2027)</th><th>Review 3 (today)</th></tr>
 <tr><td>Housing</td><td>2</td><td>3</td></tr>
 <tr><td>Parent wellbeing</td><td>3</td><td>6</td></tr>
 <tr><td>Riley &ndash; school / transition</td><td>5</td><td>4</td></tr>
 <tr><td>Mia &ndash; development</td><td>5</td><td>5</td></tr>
 <tr><td>Money</td><td>4</td><td>3</td></tr>
</table>

<h2>Progress on previous plan (Review 2, 02/03/2027)</h2>
<table>
 <tr><th>Ref</th><th>Action</th><th>Responsible</th><th>Target date</th><th>Status</th><th>Review comment</th></tr>
 <tr><td>P2.1</td><td>Apply for 2-year-old funded childcare (15 hrs) for Mia</td><td>Mum</td><td>30/03/2027</td>
  <td class="status-cf">Carried forward</td><td>Not done &ndash; Mum could not get the online form to work. Re-assigned: see R3.4.</td></tr>
 <tr><td>P2.2</td><td>Refer Riley to school ELSA</td><td>Helen Brooks</td><td>19/03/2027</td>
  <td class="status-closed">Complete</td><td>6 sessions started 15/03; going well.</td></tr>
 <tr><td>P2.3</td><td>Chase damp and mould repair (Riley's bedroom)</td><td>Phil Grant</td><td>31/03/2027</td>
  <td class="status-cf">In progress</td><td>Phil's email: inspection done 20/04, works order raised, start date not yet confirmed. See R3.5.</td></tr>
 <tr><td>P2.4</td><td>See GP about low mood</td><td>Mum</td><td>16/03/2027</td>
  <td class="status-closed">Complete</td><td>Mum started Westmoor Talking Therapies 07/04.</td></tr>
 <tr><td>P2.5</td><td>Apply for free school meals</td><td>Dad</td><td>16/03/2027</td>
  <td class="status-closed">Closed &ndash; not required</td><td>Riley already receives FSM (checked with school office).</td></tr>
</table>

<h2>Summary of review discussion</h2>
<p>HB said Riley is doing well in ELSA but transition is a worry: he has told staff he will &ldquo;just not go&rdquo;. Castle Hill
Academy runs two transition days for all Year 6 in July, but the group agreed Riley needs more than this. HB will arrange
enhanced transition visits with the Castle Hill SENCo during the summer term (Year 6 finish on Wednesday 21 July 2027).</p>
<p>Riley is helping to care for Mia and Mum when Mum is unwell. JO will refer Riley to Westmoor Young Carers for a young
carer's assessment; Mum is happy for this.</p>
<p>AMC is due to do Mia's 2&ndash;2&frac12; year review and will do it at home using the ASQ-3, as Mia has few words and
Mum is worried. TF said nursery have also noticed Mia's speech and will share their observations with AMC. It was
agreed that TF will help Mum complete the 2-year-old funding application at nursery, as the online form has been the problem.</p>
<p>Money: JO went through the Household Support Fund. Mum will apply, with JO's help, for a dehumidifier and new bedding.
Mum and Dad would like to do the Incredible Years parenting course (starts Wednesday 5 May at Family Hub North);
Mum will book both of them on.</p>
<p><b>Step-down:</b> considered. Not agreed &ndash; family to remain at Early Help Level 2 until the next review because of
housing and transition. <b>Note:</b> Westmoor SENDIASS leaflet given to Mum re possible EHC needs assessment for Riley;
HB explained she does not think a request is needed at this point. No action.</p>

<h2>Family Plan &ndash; updated at Review 3</h2>
<table>
 <tr><th>Ref</th><th>Need / worry</th><th>What will happen</th><th>Responsible</th><th>Target date</th><th>Status</th></tr>
 <tr><td>R3.1</td><td>Riley &ndash; caring role</td><td>Refer Riley to Westmoor Young Carers for a young carer's assessment</td>
  <td>Jess Okonjo (Lead Practitioner)</td><td>11/05/2027</td><td class="status-open">Open</td></tr>
 <tr><td>R3.2</td><td>Riley &ndash; transition to secondary</td><td>Arrange enhanced transition visits to Castle Hill Academy with the Y7 SENCo</td>
  <td>Helen Brooks (SENCo)</td><td>Summer term</td><td class="status-open">Open</td></tr>
 <tr><td>R3.3</td><td>Mia &ndash; speech and development</td><td>Complete Mia's 2&ndash;2&frac12; year review at home (ASQ-3)</td>
  <td>Ann-Marie Cole (HV)</td><td>21/05/2027</td><td class="status-open">Open</td></tr>
 <tr><td>R3.4</td><td>Mia &ndash; childcare</td><td>Complete the 2-year-old funding application with Mum at nursery (c/f P2.1)</td>
  <td>Tina Fox (Little Acorns)</td><td>14/05/2027</td><td class="status-open">Open</td></tr>
 <tr><td>R3.5</td><td>Housing &ndash; damp and mould</td><td>Confirm the start date for the damp works and let JO know</td>
  <td>Phil Grant (Westmoor Homes)</td><td>14/05/2027</td><td class="status-open">Open</td></tr>
 <tr><td>R3.6</td><td>Money</td><td>Apply to the Household Support Fund for a dehumidifier and bedding</td>
  <td>Mum (with JO)</td><td>07/05/2027</td><td class="status-open">Open</td></tr>
 <tr><td>R3.7</td><td>Parenting / routines</td><td>Book both parents onto the Incredible Years course</td>
  <td>Mum</td><td>04/05/2027</td><td class="status-open">Open</td></tr>
</table>
<p><b>Outcomes we are working towards (by next review):</b> Riley to rate himself 7/10 for &lsquo;ready for secondary&rsquo;;
Riley to sleep in his own room; Mia to be attending 15 funded hours; housing score 6 or more.</p>

<h2>Next review</h2>
<dl class="form">
 <dt>Next review date</dt><dd>13/07/2027 10:00</dd>
 <dt>Venue</dt><dd>Family Hub North</dd>
 <dt>Plan shared with family</dt><dd>Yes &ndash; copy given by hand 27/04/2027</dd>
 <dt>Plan shared with TAF</dt><dd>Yes &ndash; secure email 28/04/2027</dd>
</dl>

<p class="audit">Form created by j.okonjo 27/04/2027 14:52 &middot; Last modified by j.okonjo 28/04/2027 09:03 &middot;
Authorised by p.whelan 28/04/2027 11:40<br>
Plan items R3.1&ndash;R3.7 created 27/04/2027 15:10 (j.okonjo)<br>
Printed by h.brooks@riverside.westmoor.sch.uk on 29/04/2027 08:17 &middot; Page 1 of 1 &middot; This print is uncontrolled once printed.</p>
</body>
</html>
"""

(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")

labels = {
    "meeting_date": "2027-04-27",
    "style": (
        "Held-out batch seventieth. Multi-agency Early Help 'Family Review (TAF)' form printed from a family hub case "
        "management system (HTML print view: banner, definition-list fields, attendee and plan tables, audit trail "
        "with created / authorised / printed timestamps 27-29 April). Review 3 held Tuesday 27 April 2027 for the D "
        "family (children Riley 'RD' and Mia 'MD'). Traps: the children own nothing and the 'Outcomes we are working "
        "towards' ('Riley to rate himself ...', 'Riley to sleep in his own room') are outcomes, not actions; the "
        "'Progress on previous plan' table is history (complete / closed items not labelled), except P2.1, which is "
        "re-assigned from Mum to Tina Fox as R3.4, and P2.3, re-set as R3.5 for Phil Grant (sent apologies but "
        "assigned) - each labelled once from the updated Family Plan wording; step-down decision and the SENDIASS "
        "leaflet ('No action') are not actions; Castle Hill's standard transition days are context. Actions are "
        "labelled from the 'Family Plan - updated at Review 3' table (also described in the prose summary). Helen "
        "Brooks is the cast SENCo; other practitioners are not in the cast. Dates come from the Target date column "
        "(dd/mm/yyyy); R3.2 'Summer term' is resolved from the prose 'Year 6 finish on Wednesday 21 July 2027' = "
        "2027-07-21; the 13/07/2027 next review is not a due date for any item."),
    "held_out": True,
    "actions": [
        {"key": "Refer Riley to Westmoor Young Carers", "owner": "Jess Okonjo (Lead Practitioner)", "person": None, "due": "2027-05-11"},
        {"key": "Arrange enhanced transition visits to Castle Hill Academy", "owner": "Helen Brooks (SENCo)", "person": "Helen Brooks", "due": "2027-07-21"},
        {"key": "Complete Mia's 2–2½ year review at home", "owner": "Ann-Marie Cole (HV)", "person": None, "due": "2027-05-21"},
        {"key": "Complete the 2-year-old funding application with Mum", "owner": "Tina Fox (Little Acorns)", "person": None, "due": "2027-05-14"},
        {"key": "Confirm the start date for the damp works", "owner": "Phil Grant (Westmoor Homes)", "person": None, "due": "2027-05-14"},
        {"key": "Apply to the Household Support Fund", "owner": "Mum (with JO)", "person": None, "due": "2027-05-07"},
        {"key": "Book both parents onto the Incredible Years course", "owner": "Mum", "person": None, "due": "2027-05-04"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
