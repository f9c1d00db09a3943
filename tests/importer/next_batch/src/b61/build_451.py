"""451: EHCP annual review outcome sheet (AR5) - print view saved from the council's EHC Hub portal."""
from common import OUT, write_labels

STEM = "451_sixtyfirst_ehcp_annual_review_outcome_sheet_portal_print"

html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>AR5 Annual Review Outcome - EHC Hub - Westmoor Council</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222;margin:24px}
.hub-bar{background:#00594f;color:#fff;padding:6px 10px;font-size:12px}
h1{font-size:19px;margin:12px 0 2px} h2{font-size:15px;background:#e6efee;padding:4px 6px;margin-top:18px}
table{border-collapse:collapse;width:100%;margin:4px 0} td,th{border:1px solid #9bb;padding:4px 6px;vertical-align:top}
th{background:#f1f5f5;text-align:left} .lbl{width:28%;font-weight:600;background:#fafafa}
.tick{font-family:Segoe UI Symbol} .la{border:2px dashed #00594f;padding:6px} .small{font-size:11px;color:#555}
@media print{.noprint{display:none}}
</style></head>
<body>
<div class="hub-bar noprint">EHC Hub &rsaquo; Cases &rsaquo; WM-EHC-18832 &rsaquo; Annual reviews &rsaquo; 2027 &rsaquo; <b>Print view</b> &nbsp;|&nbsp; <a style="color:#fff" href="#">Back to case</a> &nbsp; <a style="color:#fff" href="#">Download PDF</a></div>
<h1>Annual Review of an Education, Health and Care Plan &ndash; Outcome Sheet (AR5)</h1>
<p class="small">Form AR5 v3 &middot; Completed by the setting after the review meeting and returned to the SEND Team within 2 weeks (SEND Regulations 2014, reg. 20). Part 9 completed by the Local Authority.</p>

<h2>Part 1 &ndash; Child / young person</h2>
<table>
<tr><td class="lbl">Name</td><td>Lily Achebe</td><td class="lbl">Date of birth</td><td>03/11/2012</td></tr>
<tr><td class="lbl">NC year</td><td>Year 9 (Preparing for Adulthood review)</td><td class="lbl">Setting</td><td>Westmoor Academy (with Hearing Impairment Resource Base)</td></tr>
<tr><td class="lbl">Current plan issued</td><td>14/06/2026</td><td class="lbl">SEND Case Officer</td><td>Jas Bhogal</td></tr>
<tr><td class="lbl">Primary need</td><td colspan="3">Hearing impairment (bilateral cochlear implants); secondary: social, emotional and mental health (anxiety)</td></tr>
</table>

<h2>Part 2 &ndash; The review meeting</h2>
<table>
<tr><td class="lbl">Date of meeting</td><td>Thursday 20 May 2027, 1.30&ndash;3.00pm, Westmoor Academy</td></tr>
<tr><td class="lbl">Chaired by</td><td>Daniel Fairweather, SENCo</td></tr>
<tr><td class="lbl">Attended</td><td>Lily (first 30 minutes, with her key worker Ms Ioana Pop); Mrs Funmi Achebe (Mum); Daniel Fairweather (SENCo); Rhys Morgan (Teacher of the Deaf, Sensory Support Service); Owen Reid (Preparing for Adulthood Lead, Westmoor Council); Mr P. Gill (Form tutor)</td></tr>
<tr><td class="lbl">Apologies</td><td>Jas Bhogal (SEND Case Officer) &ndash; sent written comments; Educational Psychology Service (no EP allocated); Westmoor CAMHS &ndash; no report</td></tr>
<tr><td class="lbl">Advice / reports received</td><td>School report (10/05/27); ToD report (12/05/27); audiology clinic letter (Feb 2027 &ndash; out of date, see actions); SaLT discharge letter (Jan 2027); private counselling summary &ndash; <i>not yet received</i></td></tr>
</table>

<h2>Part 3 &ndash; Progress towards outcomes (summary)</h2>
<table>
<tr><th>Section E outcome</th><th>Progress</th><th>Comment</th></tr>
<tr><td>By the end of KS3 Lily will follow whole-class teaching using her radio aid with no more than 2 prompts per lesson</td><td>Achieved</td><td>Consistent since January; Lily now sets up the radio aid herself.</td></tr>
<tr><td>Lily will use 3 strategies to manage anxiety in busy environments</td><td>Partly achieved</td><td>Uses the exit card and the quiet room; still avoids the canteen.</td></tr>
<tr><td>Lily will contribute to her own reviews</td><td>Achieved</td><td>Prepared a one-page profile and presented it.</td></tr>
</table>

<h2>Part 4 &ndash; Views</h2>
<table>
<tr><td class="lbl">Lily's views</td><td>&ldquo;I want to go to college to do animal care. I want to stop having the TA sitting next to me in every lesson, it's embarrassing. I like the deaf youth club on Wednesdays.&rdquo; (Lily started the deaf youth club in April.)</td></tr>
<tr><td class="lbl">Parent's views</td><td>Mrs Achebe is pleased with progress at school but worried about Lily's anxiety and about what happens after Year 11. Asked whether Lily could get a personal assistant for evenings &ndash; Owen explained this would be a social care assessment, not something the review can agree; Mum will think about whether she wants a referral.</td></tr>
<tr><td class="lbl">Case Officer's written comments</td><td>&ldquo;Please make sure the recommendation section is specific about hours of ToD input. Transport: Lily's taxi provision is not part of the review &ndash; eligibility will be re-checked by the Transport team at Year 11 in the usual way.&rdquo;</td></tr>
</table>

<h2>Part 5 &ndash; Recommendation of the review meeting</h2>
<table>
<tr><td class="tick">&#9744; Maintain the plan without changes &nbsp;&nbsp; <b>&#9746; Amend the plan</b> &nbsp;&nbsp; &#9744; Cease the plan</td></tr>
<tr><td>Reasons: Section B out of date (SaLT discharged; anxiety needs now greater than described); Section E needs new PfA outcomes (employment, independent travel); Section F hours of TA support to change to a <i>fading support</i> model as Lily requested.</td></tr>
</table>

<h2>Part 6 &ndash; Proposed amendments (recommendations to the LA, not decisions)</h2>
<table>
<tr><th>Section</th><th>Recommended change</th></tr>
<tr><td>B</td><td>Update communication needs; add anxiety in crowded/noisy spaces; remove reference to SaLT programme.</td></tr>
<tr><td>E</td><td>Add PfA outcomes: work experience in an animal care setting in Y10; travel independently to school by end of Y10.</td></tr>
<tr><td>F</td><td>ToD visits from termly to half-termly; TA support to reduce from 25 to 18 hours, faded over autumn term; remove SaLT.</td></tr>
<tr><td>I</td><td>No change &ndash; Westmoor Academy.</td></tr>
</table>

<h2>Part 7 &ndash; Actions agreed at the meeting</h2>
<table>
<tr><th>#</th><th>Action</th><th>By whom</th><th>By when</th></tr>
<tr><td>1</td><td>Return this AR5 with all reports attached to the SEND Team (send.reviews@westmoor.gov.uk)</td><td>SENCo (D. Fairweather)</td><td>within 2 weeks &ndash; 03/06/2027</td></tr>
<tr><td>2</td><td>Send Lily and Mrs Achebe the Preparing for Adulthood &lsquo;Moving On&rsquo; pack and the college open evenings list</td><td>Owen Reid</td><td>04/06/2027</td></tr>
<tr><td>3</td><td>Obtain an up to date audiology report from the cochlear implant centre for the amended plan</td><td>Rhys Morgan (ToD)</td><td>11/06/2027</td></tr>
<tr><td>4</td><td>Send school a copy of the private counselling summary so it can go with the paperwork</td><td>Mrs Achebe</td><td>Fri 28/05/2027</td></tr>
<tr><td>5</td><td>Confirm in writing that the January SaLT discharge means the Section F SaLT provision can come out (Grace agreed by email 19/05)</td><td>Grace Adeyemi, Head of Children's Therapies</td><td>11/06/2027</td></tr>
<tr><td>6</td><td>Decide whether updated psychological advice is needed and, if so, allocate an EP (last EP advice is from 2023)</td><td>David Lowe, Principal EP &ndash; via Case Officer</td><td>25/06/2027</td></tr>
</table>

<h2>Part 8 &ndash; Actions from the last review (June 2026)</h2>
<table>
<tr><th>Action</th><th>Who</th><th>Status</th></tr>
<tr><td>Radio aid to be replaced (faulty)</td><td>Sensory Support</td><td>Completed Sept 2026</td></tr>
<tr><td>Refer to SaLT for review of social communication</td><td>SENCo</td><td>Completed &ndash; seen, then discharged Jan 2027</td></tr>
<tr><td>Introduce Lily to the deaf youth club</td><td>Rhys Morgan</td><td>Completed &ndash; attending since April 2027</td></tr>
<tr><td>Apply for Year 9 options with access arrangements</td><td>School</td><td>Completed</td></tr>
</table>

<p><b>Date of next annual review:</b> no later than 20/05/2028 (Year 10). <b>Signed:</b> D. Fairweather, SENCo &nbsp; <b>Date returned to LA:</b> 28/05/2027</p>

<div class="la">
<h2>Part 9 &ndash; For Local Authority use</h2>
<table>
<tr><td class="lbl">AR5 received</td><td>28/05/2027</td></tr>
<tr><td class="lbl">LA decision</td><td>&#9746; Amend &nbsp; (decision made by Jas Bhogal, SEND Case Officer, with Team Manager, 03/06/2027)</td></tr>
<tr><td class="lbl">Decision notified to parent</td><td>Letter sent 03/06/2027 (within 4 weeks of the meeting)</td></tr>
<tr><td class="lbl">Next step</td><td>Case Officer to issue the proposed amended EHCP and draft to Mrs Achebe and Lily &ndash; target 24/06/2027. Final plan no later than 8 weeks after the proposed amendments are sent.</td></tr>
</table>
</div>
<p class="small">Printed from EHC Hub by jbhogal on 04/06/2027 09:41. Page 1 of 1. This document contains personal data &ndash; handle in line with the council's information governance policy.</p>
</body></html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

write_labels(STEM, "2027-05-20",
    "Print view of an EHCP annual review outcome sheet (AR5) from a council EHC portal for a Year 9 Preparing for Adulthood "
    "review held Thursday 20 May 2027 at a secondary academy; Part 9 was filled in later by the LA. "
    "Traps: Part 6 'proposed amendments' are recommendations, not actions; Part 5 recommendation and Part 9 LA decision are "
    "decisions; the decision letter is already sent; Part 8 lists last year's actions, all completed; the case officer's comment "
    "that transport eligibility 'will be re-checked by the Transport team at Year 11 in the usual way' is routine other-team "
    "business; the PA question is answered and Mum 'will think about' a referral (no action); Lily already started the deaf youth "
    "club; next review date is an arrangement. "
    "Labels: Part 7's six actions plus the Part 9 'Next step' (issuing the proposed amended plan, target 24/06/2027), which is the "
    "one forward action in the LA section. SENCo Daniel Fairweather, Rhys Morgan, Mrs Achebe and Case Officer Jas Bhogal are not in "
    "people.json (person null). David Lowe's owner cell is written 'David Lowe, Principal EP – via Case Officer'; owner given as "
    "'David Lowe'.",
    [
        ("Return this AR5 with all reports attached", "SENCo (D. Fairweather)", None, "2027-06-03"),
        ("Send Lily and Mrs Achebe the Preparing for Adulthood", "Owen Reid", "Owen Reid", "2027-06-04"),
        ("Obtain an up to date audiology report", "Rhys Morgan (ToD)", None, "2027-06-11"),
        ("Send school a copy of the private counselling summary", "Mrs Achebe", None, "2027-05-28"),
        ("Confirm in writing that the January SaLT discharge", "Grace Adeyemi", "Grace Adeyemi", "2027-06-11"),
        ("Decide whether updated psychological advice is needed", "David Lowe", "David Lowe", "2027-06-25"),
        ("Case Officer to issue the proposed amended EHCP", "Case Officer", None, "2027-06-24"),
    ])
print("ok 451")
