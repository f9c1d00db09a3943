"""487: Executive Member Decision Session minutes as a committee system (modern.gov-like) web page, saved as .html."""
OUT = "/tmp/b66/487_sixtysixth_executive_member_decision_session_moderngov_page.html"
html = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Minutes - Decision Session - Executive Member for Children, Education and Families, Monday, 1st March, 2027 - Westmoor Council</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
<style>
 body{font-family:Arial,Helvetica,sans-serif;font-size:0.9em;color:#222;margin:0}
 #mgHeader{background:#00465f;color:#fff;padding:10px 24px}
 #mgHeader a{color:#fff}
 .mgBreadCrumbs{padding:6px 24px;background:#eef3f5;font-size:0.85em}
 #mgContent{display:flex;padding:0 24px}
 #mgSideNav{width:210px;margin-right:24px;font-size:0.85em}
 #mgMain{flex:1;max-width:820px}
 .mgSectionTitle{color:#00465f;border-bottom:2px solid #00465f}
 .mgItemTitle{font-weight:bold;margin-top:1.2em}
 .mgSubItemTitleTxt{font-weight:bold}
 table.mgTable{border-collapse:collapse;width:100%}
 table.mgTable td,table.mgTable th{border:1px solid #ccc;padding:4px;text-align:left;vertical-align:top}
 .mgNotice{background:#fff8e1;border:1px solid #e0c36b;padding:8px;margin:10px 0}
</style>
<script>window.mgPageId='mgMinutes';</script>
</head>
<body>
<div id="mgHeader"><a href="/">Westmoor Council</a> &nbsp;|&nbsp; <a href="/mgListCommittees.aspx">Councillors, meetings and decisions</a>
 <form style="display:inline;float:right" action="/mgSearchDocuments.aspx"><input type="text" name="s" placeholder="Search documents"><input type="submit" value="Go"></form></div>
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committee structure</a> &gt; <a href="/mgCommitteeDetails.aspx?ID=612">Decision Session - Executive Member for Children, Education and Families</a> &gt; <a href="/ieListDocuments.aspx?CId=612&amp;MId=14877">Meeting of 01/03/2027</a> &gt; Minutes</div>
<div id="mgContent">
<div id="mgSideNav">
 <ul>
  <li><a href="/ieListDocuments.aspx?CId=612&amp;MId=14877">Agenda and draft minutes</a></li>
  <li><a href="/mgMeetingAttendance.aspx?ID=14877">Attendance details</a></li>
  <li><a href="/mgIssueHistoryHome.aspx?IId=40992">Issue history</a></li>
  <li><a href="/mgAi.aspx?ID=61223">Decision details</a></li>
  <li><a href="/mgCalendarMonthView.aspx?M=3&amp;Y=2027">Calendar</a></li>
  <li><a href="/ieDocHome.aspx?bcr=1">Browse meetings</a></li>
 </ul>
 <p><b>Contact:</b> Democratic Services, 01632 960 418, democratic.services@westmoor.gov.uk</p>
</div>
<div id="mgMain">
<h1 class="mgSectionTitle">Minutes</h1>
<p><b>Decision Session - Executive Member for Children, Education and Families</b><br>
Monday, 1st March, 2027 10.00 am<br>
<b>Venue:</b> Room F027 - Severn Room, West Offices, Westmoor. <a href="/mgWebcast.aspx?MId=14877">View the webcast</a></p>

<table class="mgTable" summary="Attendance">
<tr><th scope="row">Executive Member</th><td>Councillor S. Morgan (Executive Member for Children, Education and Families)</td></tr>
<tr><th scope="row">Officers in attendance</th><td>Mary Walker (Head of SEND); James Whitfield (Assistant Director, SEND and Inclusion); Simon Adebayo (Capital Programme Manager, Corporate Property); Mark Walsh (Head of Transport) - remotely; Nadia Khan (Headteacher, Riverside Primary School) - for item 31</td></tr>
</table>

<div class="mgNotice"><b>Decisions</b> - the decisions at minute 31 were published on Wednesday 3 March 2027 and will come into force at 5.00 pm on Wednesday 10 March 2027 unless called in. Any call-in must be submitted to Democratic Services by 4.00 pm on Tuesday 9 March 2027.</div>

<div class="mgItemTitle">28. Declarations of Interest</div>
<p>The Executive Member was asked to declare any personal, prejudicial or disclosable pecuniary interests. None were declared.</p>

<div class="mgItemTitle">29. Minutes <a href="/documents/g14612/Printed%20minutes%2014th-Dec-2026.pdf">PDF 212 KB</a></div>
<p><b>Resolved:</b> That the minutes of the Decision Session held on 14 December 2026 be approved as a correct record and signed by the Executive Member.</p>

<div class="mgItemTitle">30. Public Participation</div>
<p>It was reported that there had been two registrations to speak under the Council's Public Participation Scheme.</p>
<p>Kerry Lang, Parent Champion at Westmoor Parent Carer Forum, spoke on item 31. She welcomed the expansion, which parents had asked for at the forum's autumn listening events, but asked that parents see the admissions criteria for the provision before they are published, and that transport is in place from the first day.</p>
<p>Mr D. Fraser, a local resident, spoke on item 31. He raised concerns about parking and traffic on Mill Lane during construction and asked the Council to consider a second site instead.</p>

<div class="mgItemTitle">31. Expansion of Resourced Provision for Autistic Pupils at Riverside Primary School: Outcome of Consultation <a href="/documents/s198221/Report%20Riverside%20RP.pdf">PDF 488 KB</a></div>
<p><a href="/documents/s198222/Annex%20A%20Consultation%20responses.pdf">Annex A - Consultation responses PDF 301 KB</a> &nbsp; <a href="/documents/s198223/Annex%20B%20EIA.pdf">Annex B - Equalities Impact Assessment PDF 190 KB</a></p>
<div class="mgSubItemTitleTxt">Additional documents:</div>
<p>The Executive Member considered a report which set out the outcome of the pre-statutory consultation (11 January to 12 February 2027) on expanding the resourced provision for autistic pupils at Riverside Primary School from 10 to 16 places from September 2027. There were 118 responses, of which 84% supported the proposal.</p>
<p>The Head of SEND presented the report. Ms Khan confirmed that the governing board of Riverside Primary School supported the proposal and had been involved in the design of the additional space.</p>
<p>In response to the points raised under Public Participation:</p>
<ul>
<li>The Assistant Director, SEND and Inclusion agreed to meet Ms Lang and the PCF within the next fortnight to go through the draft admissions criteria before they are finalised.</li>
<li>The Executive Member asked the Head of Transport to confirm transport arrangements for pupils placed at the new provision before the representation period closes on 12 April 2027.</li>
<li>The Capital Programme Manager confirmed that a construction management plan would be a condition of planning consent. Corporate Property will complete the feasibility design and construction management plan by the end of the spring term (25/03/27), and will share the construction management plan with the school's neighbours.</li>
<li>On the request for a second site, officers advised that no other mainstream primary in the planning area has the space or a governing board willing to host the provision; option 3 in the report (a second site) had been considered and rejected. The Executive Member agreed with that advice.</li>
</ul>
<p>The Executive Member thanked respondents and noted that the Participation Officer will publish a summary of the consultation responses on the Local Offer, in a 'you said, we did' format, by Friday 5 March.</p>
<p><b>Resolved:</b></p>
<ol type="i">
<li>That the outcome of the consultation be noted.</li>
<li>That the publication of statutory proposals to expand the resourced provision at Riverside Primary School from 10 to 16 places from 1 September 2027 be approved, and that the Director of Education publish the statutory notice on 15 March 2027, starting a four-week representation period.</li>
<li>That the Head of SEND bring a report on the outcome of the representation period to the Decision Session on 14 June 2027 for a final decision.</li>
<li>That £640,000 from the High Needs Provision Capital Allocation be provisionally allocated to the scheme, subject to the final decision.</li>
</ol>
<p><b>Reason:</b> To increase specialist provision for autistic pupils in the north of the county, in line with the SEND Sufficiency Strategy 2026-2030, and to reduce reliance on independent non-maintained special school placements.</p>

<div class="mgItemTitle">32. Urgent Business</div>
<p>There was no urgent business.</p>

<p><i>Cllr S. Morgan, Executive Member<br>[The meeting started at 10.00 am and finished at 10.47 am].</i></p>
<hr>
<p style="font-size:0.8em"><a href="/mgRss.aspx">RSS</a> | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | &copy; Westmoor Council 2027 | Powered by modern.gov</p>
</div>
</div>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(html)
print("wrote", OUT)
