"""650: council committee-management web page (modern.gov style) - printable minutes of the Children and Young
People Scrutiny Committee, with RESOLVED paragraphs, recommendations to Cabinet and officer undertakings."""
from common import OUT, write_labels

STEM = "650_eightyninth_scrutiny_committee_minutes_web_page"

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Children and Young People Scrutiny Committee - Tuesday, 13th July, 2027 6.00 pm - Westmoor Council</title>
<link rel="stylesheet" href="/mgTheme/westmoor/mgStyles.css">
<style>
 body{font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1d1d1d;margin:0}
 #mgHeader{background:#00594c;color:#fff;padding:10px 20px}
 .mgBreadCrumb{font-size:13px;padding:6px 20px;background:#eef3f2}
 #modgov{padding:10px 24px;max-width:960px}
 h2.mgSubTitleTxt{font-size:17px;margin-top:26px;border-bottom:1px solid #ccc}
 .mgSectionTitle{font-weight:bold}
 .mgUserLink{color:#00594c}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<div id="mgHeader"><a href="/" style="color:#fff">Westmoor Council</a> | Councillors, meetings and committees</div>
<div class="mgBreadCrumb"><a href="mgListCommittees.aspx">Committees</a> &gt; <a href="ieListMeetings.aspx?CommitteeId=412">Children and Young People Scrutiny Committee</a> &gt; Meeting</div>
<div id="modgov">
<h1 class="mgMainTitleTxt">Minutes</h1>
<p class="mgSubTitleTxt">Children and Young People Scrutiny Committee<br>Tuesday, 13th July, 2027 6.00 pm</p>
<p>Venue: Council Chamber, County Hall, Westmoor. <a href="ieListDocuments.aspx?CId=412&amp;MId=9031">View directions</a></p>
<p>Contact: Democratic Services, 01632 960 200</p>
<p><a href="documents/g9031/Printed%20minutes%2013th-Jul-2027%2018.00.pdf">Printed minutes PDF 214 KB</a> | <a href="ieListDocuments.aspx?CId=412&amp;MId=9031&amp;Ver=4">Agenda frontsheet</a> | <a href="https://westmoor.public-i.tv/core/portal/webcast_interactive/811204">Webcast</a></p>

<div class="mgAttendance">
<p class="mgSectionTitle">Attendance</p>
<p>Councillors: Bethan Jones (Chair), Imran Ahmed (Vice-Chair), Paula Grant, Steve Hollis, Janet Mercer and Kevin Wright. Co-opted members: Rev. Alan Sykes (Diocesan representative), Mrs Nina Cole (Parent governor representative).</p>
<p>Officers: Priya Shah (Director of Education), James Whitfield (Assistant Director, SEND and Inclusion), Mark Walsh (Head of Transport), Sarah Khan (Participation Officer), Helen Ward (Scrutiny Officer), Lucy Bright (Democratic Services Officer).</p>
<p>Also present: Councillor Dean Morris (Cabinet Member for Children and Families).</p>
</div>

<h2 class="mgSubTitleTxt">Items</h2>

<h2 class="mgSubTitleTxt">1. Apologies for absence</h2>
<div class="mgWordPara"><p>Apologies were received from Councillor Tariq Hussain. Councillor Wright attended as substitute.</p></div>

<h2 class="mgSubTitleTxt">2. Declarations of interest</h2>
<div class="mgWordPara"><p>Councillor Grant declared a non-registrable interest in item 5 as a governor of a special school in the borough.</p></div>

<h2 class="mgSubTitleTxt">3. Minutes of the previous meeting</h2>
<div class="mgWordPara"><p><b>RESOLVED:</b> That the minutes of the meeting held on 22 March 2027 be approved as a correct record and signed by the Chair.</p></div>

<h2 class="mgSubTitleTxt">4. Public questions</h2>
<div class="mgWordPara">
<p>One question had been received from a member of the public, Ms K. Doyle, asking why her son's EHC needs assessment had taken 34 weeks and what the Council was doing about families in a similar position.</p>
<p>The Chair thanked Ms Doyle and explained that, as the question related in part to an individual case, a written response would be sent by the Director of Education within 10 working days. The general points would be covered under item 5.</p>
</div>

<h2 class="mgSubTitleTxt">5. SEND Priority Action Plan - progress report</h2>
<div class="mgWordPara">
<p>The Director of Education and the Assistant Director, SEND and Inclusion introduced the report, which set out progress against the Priority Action Plan following the area SEND inspection. Key points included:</p>
<ul>
<li>20-week timeliness had risen from 38% to 47% between quarter 2 and quarter 4 of 2026/27;</li>
<li>the number of assessments open beyond 20 weeks had fallen from 212 to 131;</li>
<li>new letters now give families the name of their EHCP coordinator and an expected date.</li>
</ul>
<p>Members asked a number of questions, including:</p>
<ul>
<li>Whether demand was higher in some parts of the borough. In response to Councillor Ahmed, the Assistant Director undertook to provide members with a breakdown of EHCP requests by ward before the next meeting.</li>
<li>Whether the parent survey results would be shared. The Director said the survey closed on 30 June and would be reported in the autumn.</li>
<li>Councillor Grant proposed that the Committee set up a task and finish group on EHCP quality. Following discussion, the proposal was not supported, members feeling that the issue was already covered by the Partnership Board's workstream and that the Committee should instead monitor it through the progress reports.</li>
</ul>
<p><b>RESOLVED:</b></p>
<ol>
<li>That the report be noted.</li>
<li>That Cabinet be recommended to ensure that the 2028/29 budget protects the additional EHCP coordinator posts funded through the Priority Action Plan.</li>
<li>That the Director of Education bring a further progress report to the Committee's meeting on 21 September 2027, including the outcome of the parent survey.</li>
</ol>
</div>

<h2 class="mgSubTitleTxt">6. Home to School Transport Policy 2028/29 - pre-decision scrutiny</h2>
<div class="mgWordPara">
<p>The Head of Transport presented the draft policy, which is out to public consultation until 13 August 2027. The Cabinet Member explained that Cabinet will take the final decision on 14 September 2027.</p>
<p>Members raised concerns about the impact on post-16 learners and on families who do not drive. Councillor Mercer asked for the equality impact assessment, which had not been included with the agenda. The Head of Transport agreed to circulate the equality impact assessment to members by 23 July.</p>
<p><b>RESOLVED:</b> That the Committee's comments, as set out above, be included in the report to Cabinet on 14 September 2027.</p>
</div>

<h2 class="mgSubTitleTxt">7. Work programme 2027/28</h2>
<div class="mgWordPara">
<p>Members considered the draft work programme. The Chair asked that members be invited to a meeting of the Network of SEND Champions so that they could hear directly from parents. Sarah Khan (Participation Officer) agreed to send the dates of the autumn Champions meetings to the Democratic Services Officer.</p>
<p><b>RESOLVED:</b> That the work programme be agreed, subject to the addition of an item on SEND sufficiency and specialist places in November 2027, and that the Scrutiny Officer update the work programme accordingly and circulate it to members.</p>
</div>

<h2 class="mgSubTitleTxt">8. Date of next meeting</h2>
<div class="mgWordPara"><p>Tuesday 21 September 2027 at 6.00 pm.</p></div>

<p>The meeting ended at 8.27 pm.</p>
<p class="mgSubTitleTxt">Chair</p>
<div class="mgFooter"><p>Supporting documents: <a href="documents/s77120/PAP%20progress%20July%202027.pdf">PAP progress July 2027, item 5 PDF 1 MB</a>; <a href="documents/s77121/Transport%20policy%20draft.pdf">Appendix A - draft transport policy, item 6 PDF 690 KB</a></p></div>
</div>
<footer style="background:#333;color:#eee;padding:12px 20px;font-size:12px">&copy; Westmoor Council 2027 | <a href="/accessibility" style="color:#eee">Accessibility</a> | <a href="/privacy" style="color:#eee">Privacy and cookies</a> | Powered by modern.gov</footer>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

write_labels(STEM, "2027-07-13", (
    "A council committee-management web page (modern.gov style 'Minutes' page saved as HTML, with breadcrumbs, "
    "attendance block, links to the printed PDF and webcast, and a site footer) for the Children and Young People "
    "Scrutiny Committee chaired by Cllr Bethan Jones. Formal committee wording: officers are named by role "
    "('the Director of Education', 'the Assistant Director', 'the Head of Transport', 'the Scrutiny Officer') and "
    "actions appear as undertakings inside question summaries and as RESOLVED paragraphs. Traps: 'That the report be "
    "noted' and the recommendation to Cabinet about the budget are not actions for a person (Cabinet is another "
    "body); Cllr Grant's task and finish group proposal was not supported; the parent survey 'would be reported in "
    "the autumn' is a statement, but it is also covered by resolution 3 (labelled once); Cabinet's decision on 14 "
    "September and the consultation closing are not actions; the resolution to include comments in the Cabinet "
    "report is procedural with no owner and is not labelled; minutes approval and declarations are not actions. "
    "Owners: the role words as written; 'the Director of Education' = Priya Shah, 'the Assistant Director' = James "
    "Whitfield (Assistant Director, SEND and Inclusion), 'The Head of Transport' = Mark Walsh; Helen Ward, the "
    "Scrutiny Officer, is outside the partnership (person null). Dates: 'within 10 working days' of Tuesday 13 July "
    "= Tuesday 27 July 2027; 'before the next meeting' and 'the Committee's meeting on 21 September 2027' = "
    "2027-09-21 (item 8); 'by 23 July' = Friday 23 July 2027; Sarah Khan's dates and the work programme update have "
    "no date (null)."), [
    ("a written response would be sent by", "the Director of Education", "Priya Shah", "2027-07-27"),
    ("breakdown of EHCP requests by ward", "the Assistant Director", "James Whitfield", "2027-09-21"),
    ("bring a further progress report to the Committee's meeting", "the Director of Education", "Priya Shah", "2027-09-21"),
    ("circulate the equality impact assessment to members", "The Head of Transport", "Mark Walsh", "2027-07-23"),
    ("send the dates of the autumn Champions meetings", "Sarah Khan", "Sarah Khan", None),
    ("the Scrutiny Officer update the work programme", "the Scrutiny Officer", None, None),
])
