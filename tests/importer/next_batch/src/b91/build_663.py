OUT = "/tmp/b91/663_ninetyfirst_schools_forum_minutes.html"
html = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Agenda item - Minutes of Schools Forum, Thursday 24th June 2027 - Westmoor Council</title>
<link rel="stylesheet" href="/mgTheme.css">
<style>.mgSubTitleTxt{font-weight:bold}.mgDecision{border:1px solid #999;padding:6px;background:#f4f4f4}</style>
</head>
<body>
<div id="mgSkip"><a href="#mgMain">Skip to content</a></div>
<div class="mgBreadCrumbs"><a href="/mgListCommittees.aspx">Committees</a> &gt; <a href="/ieListMeetings.aspx?CId=212">Schools Forum</a> &gt; Meeting 24/06/2027</div>
<div id="mgMain">
<h1 class="mgMainTitleTxt">Minutes: Schools Forum</h1>
<p>Date: Thursday, 24th June, 2027 8.00 am<br>Venue: Training Room 1, Westmoor Professional Development Centre, Old Mill Lane</p>
<p>Contact: Sam Oyelaran, Clerk to the Schools Forum</p>

<h2>Attendance</h2>
<p><strong>Schools members:</strong> Joanna Clarke (Chair, Headteacher, Hillside Academy - academy secondary), Nadia Khan (Headteacher, Riverside Primary - maintained primary), Neil Ferris (maintained primary), Bev Ahmed (maintained primary governor), Chris Holt (academy secondary), Karen Doyle (academy primary), Martin Quinn (academy primary), Rachel Sims (special school academy), Lee Barnes (pupil referral unit), Fiona Tait (maintained nursery).</p>
<p><strong>Non-schools members:</strong> Helen Brooks (SENCo network), Pat Green (Early Years PVI), Canon D. Heale (Diocese), Graham Pye (NEU, observer).</p>
<p><strong>Officers:</strong> Priya Shah (Director of Education), James Whitfield (Assistant Director, SEND and Inclusion), Rob Turner (Head of Schools Finance), Anil Mehta (Senior Finance Business Partner).</p>
<p><strong>Apologies:</strong> Steve Lomas (maintained secondary), Jane Rudd (16-19 providers).</p>

<h2>Items</h2>

<div class="mgItem">
<p class="mgSubTitleTxt">15. Minutes of the previous meeting and matters arising</p>
<p>Minutes:</p>
<p>The minutes of the meeting held on 29 April 2027 were agreed.</p>
<p>Matters arising: the Forum had asked for the number of pupils in out-of-county independent special schools. Rob Turner confirmed the figure (187) had been included in the high needs monitoring paper at item 17. The request to share the DfE's letter on the deficit management plan had been actioned on 6 May.</p>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">16. 2026-27 Dedicated Schools Grant outturn</p>
<p>Minutes:</p>
<p>Anil Mehta presented the DSG outturn. The Schools Block underspent by &pound;212k, mainly growth funding not required. The Early Years Block was balanced. The High Needs Block overspent by &pound;6.8m, taking the cumulative DSG deficit to &pound;21.4m. The statutory override remains in place until March 2028.</p>
<p>Neil Ferris asked whether the Schools Block underspend could be returned to schools. Rob Turner explained that it must be carried forward within the DSG and under the regulations would be offset against the cumulative deficit unless the Forum agreed otherwise; officers recommended the latter.</p>
<div class="mgDecision"><p>RESOLVED: That the Forum note the outturn and agree that the Schools Block underspend is carried forward against the cumulative deficit.</p></div>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">17. High Needs Block - monitoring and deficit management plan</p>
<p>Minutes:</p>
<p>Rob Turner presented the report. The number of EHCPs had risen to 4,912, 11% higher than a year ago. Placements in independent special schools remained the biggest cost pressure. The deficit management plan submitted to the DfE in March assumed growth of 7%; the actual growth was higher and the plan will need to be revised.</p>
<p>Chris Holt asked to see the assumptions behind the revised plan before the Forum was asked to comment on it. Rob Turner will circulate the revised high needs recovery model to members by Friday 9 July, with a note of the main assumptions.</p>
<p>James Whitfield updated on the new specialist resource provisions: two primary SRPs open in September (24 places) and a secondary SRP in January 2028. The capital for these was approved by Cabinet in February.</p>
<p>Helen Brooks asked whether SENCos would be involved in the admissions criteria for the SRPs. James Whitfield confirmed that the criteria had been drafted with the SENCo network in March and were now published.</p>
<div class="mgDecision"><p>RESOLVED: That the report be noted.</p></div>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">18. Proposed transfer from the Schools Block to the High Needs Block 2028-29</p>
<p>Minutes:</p>
<p>Priya Shah introduced the proposal to transfer 0.5% (about &pound;1.9m) from the Schools Block to the High Needs Block in 2028-29, subject to consultation with all schools in the autumn.</p>
<p>Several members spoke against a transfer while school budgets were under pressure. Martin Quinn said academies in his trust had already cut teaching assistant hours. Rachel Sims spoke in favour, noting the pressure on special school places. Fiona Tait asked what would happen if the Forum did not agree; the Director explained that the local authority could apply to the Secretary of State for a disapplication.</p>
<p>On being put to the vote, the proposal to consult schools on a 0.5% transfer was not agreed (For 5, Against 9, Abstentions 1).</p>
<p>The Director of Education said it would now be for the local authority to decide whether to apply for a disapplication. Members asked that any letter to the DfE should also set out the Forum's concerns about the level of high needs funding nationally, and the Director of Education agreed to write to the DfE setting out the Forum's concerns on behalf of the Forum.</p>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">19. Top-up funding banding review</p>
<p>Minutes:</p>
<p>James Whitfield gave a verbal update on the review of mainstream top-up bands. A working group of headteachers, SENCos and officers had met twice. Draft descriptors would go out to schools for consultation in September.</p>
<p>Nadia Khan said primary heads had not seen the draft descriptors and she was concerned the bands did not reflect the needs of younger children. Mrs Khan agreed to canvass primary heads on the draft descriptors before schools break up on 21 July and feed back to the working group. James Whitfield will bring the outcome of the banding consultation to the Forum's October meeting.</p>
<div class="mgDecision"><p>RESOLVED: That the update be noted.</p></div>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">20. Membership</p>
<p>Minutes:</p>
<p>The Clerk reported that the special school academy place held by Tony Marsh had become vacant on his retirement. Rachel Sims continues as the other special school academy member. The Clerk will seek nominations for the vacant special academy place in time for the next meeting.</p>
<p>The Chair reminded members that they represent their phase or sector and not their own school, and should share the papers with the schools they represent.</p>
</div>

<div class="mgItem">
<p class="mgSubTitleTxt">21. Forward plan and date of next meeting</p>
<p>Minutes:</p>
<p>The forward plan was noted. Next meeting: Thursday 7th October 2027, 8.00 am.</p>
</div>
</div>
<div id="mgFooter"><p>Westmoor Council, County Hall, Westmoor. <a href="/mgGeneric.aspx?bcr=1">Help</a> | <a href="/ieDocHome.aspx">Committee home</a></p></div>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(html)
