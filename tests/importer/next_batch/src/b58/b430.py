"""430: CMIS (Civica) 'Meeting details' web page saved as HTML: scrutiny committee minutes per agenda item."""
from common import OUT, write_labels

STEM = "430_fiftyeighth_cmis_scrutiny_meeting_page_minutes"
P = "dnn_ctr397_ViewMeetingPublic"

items = [
 ("1", "Apologies for Absence and Substitutions", [], """
<p>Apologies for absence were received from Councillor R Mehta and Councillor D Osei. Councillor F Lyle attended as substitute for Councillor Osei.</p>
<p>Apologies were also received from Mr A Quint (Church of England Diocesan co-optee).</p>"""),
 ("2", "Declarations of Interest", [], """
<p>Councillor F Lyle declared a non-registrable interest in items 5 and 6 as the parent of a child with an Education, Health and Care Plan. She remained in the meeting and took part in the discussion.</p>"""),
 ("3", "Minutes of the Previous Meeting", ["Minutes 21 September 2027 (PDF, 212 KB)"], """
<p><strong>RESOLVED</strong> - That the minutes of the meeting held on 21 September 2027 be approved as a correct record.</p>"""),
 ("4", "Action and Recommendation Tracker", ["Action Tracker November 2027 (PDF, 96 KB)"], """
<p>The Committee considered the action and recommendation tracker. Members were advised that:</p>
<ul>
<li>action 27/14 (SENDIASS demand data) was complete and the data had been included in the Members' Bulletin of 7 October;</li>
<li>action 27/15 (briefing note on wheelchair services) had been circulated on 2 November;</li>
<li>action 27/12 (transport appeals timescales) would be answered under item 6.</li>
</ul>
<p><strong>RESOLVED</strong> - That the tracker be noted.</p>"""),
 ("5", "Education, Health and Care Plans - Timeliness and Quality Update", ["Report of the Director of Education (PDF, 640 KB)", "Appendix A - Performance Dashboard (PDF, 1 MB)"], """
<p>James Whitfield, Assistant Director, SEND and Inclusion, and Mary Walker, Head of SEND, presented the report. Timeliness of new plans issued within 20 weeks had risen from 41% in 2026 to 58% for the year to date; the service expected to reach the national average by the end of the financial year. Annual review backlogs remained the main concern, with 1,140 reviews outstanding beyond the statutory timescale.</p>
<p>During the discussion Members made the following comments and asked questions:</p>
<ul>
<li>Councillor Patterson asked for the timeliness data broken down by locality, as families in the north of the borough were reporting longer waits. The Assistant Director undertook to provide this to all Members of the Committee within ten working days.</li>
<li>Mr T Evans (co-opted Member, Parent Carer Forum) asked whether the additional caseworkers recruited in the summer were now in post. The Head of SEND confirmed that all six had started in September.</li>
<li>Claire Dunmore, SENDIASS Service Manager, who attended at the invitation of the Chair, described the impact of delayed annual reviews on school moves at phase transfer. She agreed to provide anonymised case studies of families' experience of annual review delays for the task and finish group.</li>
<li>Councillor Lyle asked whether the Council would consider a dedicated annual review team. The Assistant Director said that this was one of the options in the Service's own improvement plan and a decision was expected in the new year.</li>
</ul>
<p><strong>RESOLVED</strong> -</p>
<ol>
<li>That the report be noted.</li>
<li>That a task and finish group be established to examine annual reviews, comprising Councillors Jones, Patterson and Lyle and Mr Evans.</li>
<li>That the Scrutiny Officer draft terms of reference for the task and finish group for approval at the next meeting on 25 January 2028.</li>
</ol>"""),
 ("6", "Home to School Transport for Children and Young People with SEND - Policy Review", ["Cabinet draft report (PDF, 880 KB)", "Appendix C - Appeals data (PDF, 140 KB)"], """
<p>Mark Walsh, Head of Transport, presented the draft revised policy, which Cabinet would consider on 9 December 2027 before a six-week public consultation. He tabled the appeals timescales data requested at the last meeting (Appendix C), which completed action 27/12.</p>
<p>Members welcomed the proposal to extend personal travel budgets but were concerned that the proposed mileage rate had not been reviewed since 2022. In response to a question from Councillor Jones, the Head of Transport agreed to provide a written briefing on independent travel training take-up and outcomes by the end of December.</p>
<p><strong>RESOLVED</strong> - That Cabinet be recommended:</p>
<ol type="a">
<li>to review the personal travel budget mileage rate before the policy is adopted; and</li>
<li>to ensure that the Parent Carer Forum is engaged in the design of the consultation.</li>
</ol>
<p><em>Note: the Cabinet Member for Children's Services is required to respond to the Committee's recommendations within two months.</em></p>"""),
 ("7", "Health Contribution to SEND - Report of the Designated Clinical Officer", ["DCO Annual Report 2026-27 (PDF, 1.2 MB)"], """
<p>Yusuf Okafor, Designated Clinical Officer, NHS Westmoor Integrated Care Board, presented his annual report. The proportion of health advice returned within six weeks had improved to 87%. Members expressed serious concern about waiting times for the wheelchair service (up to 44 weeks) and for neurodevelopmental assessment.</p>
<p>Councillor Patterson asked whether the ICB had set a target date for clearing the neurodevelopmental waiting list. The Designated Clinical Officer said that a validated trajectory was being prepared by the Trust and would be taken to the ICB Board.</p>
<p><strong>RESOLVED</strong> -</p>
<ol>
<li>That the report be noted.</li>
<li>That the Chair write to the Chief Executive of NHS Westmoor ICB seeking assurance on the wheelchair service recovery plan.</li>
<li>That the Designated Clinical Officer be asked to return to the meeting on 14 March 2028 with an update on the neurodevelopmental pathway waiting list.</li>
</ol>"""),
 ("8", "Work Programme 2027/28", ["Work Programme (PDF, 74 KB)"], """
<p><strong>RESOLVED</strong> - That the work programme be agreed, with the addition of an item on Preparing for Adulthood outcomes at the meeting in March 2028.</p>"""),
 ("9", "Date of Next Meeting", [], """
<p>Tuesday, 25 January 2028 at 10.00 am, Council Chamber, Westmoor Civic Centre.</p>"""),
]

rows = []
for i, (no, title, docs, mins) in enumerate(items):
    d = "".join(f'<li><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=7kq{i}{j}Q%3d%3d&amp;rUzwRPf%2bZ3zd4E7Ikn8Lyw%3d%3d=pwRE6AGJFLDNlh225F5QMaQWCtPHwdhUfCZ%2fLUQzgA2uL5jNRG4jdQ%3d%3d" class="DocLink">{x}</a></li>' for j, x in enumerate(docs))
    d = f'<div class="SupportingDocs"><span class="Label">Supporting documents:</span><ul>{d}</ul></div>' if docs else ""
    rows.append(f"""
<tr class="{'AltRow' if i % 2 else 'Row'}">
 <td class="ItemNumber" valign="top"><span id="{P}_rptAgendaItems_ctl{i:02d}_lblNumber">{no}.</span></td>
 <td class="ItemDetail">
  <div class="AgendaItemTitle"><a id="{P}_rptAgendaItems_ctl{i:02d}_lnkTitle" href="#AI{4410+i}">{title}</a></div>
  {d}
  <div class="Minutes"><span class="Label">Minutes:</span>
   <div id="{P}_rptAgendaItems_ctl{i:02d}_divMinutes" class="MinutesText">{mins}
   </div>
  </div>
 </td>
</tr>""")

html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
<!-- saved from url=(0136)https://democracy.westmoor.gov.uk/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/6119/Committee/41/SelectedTab/Documents/Default.aspx -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Meeting Details - Children and Young People Scrutiny Committee, 16/11/2027 10:00 - Westmoor Council CMIS</title>
<link href="/Portals/_default/Skins/CMIS5/skin.css?cdv=412" rel="stylesheet" type="text/css" />
<style>.ItemNumber{{width:40px;font-weight:bold}} .Label{{font-weight:bold;display:block;margin-top:6px}} .AltRow{{background:#f3f6f9}}</style>
<script type="text/javascript">var dnn = dnn || {{}}; dnn.setVar('__scdoff','1');</script>
</head>
<body id="Body">
<form method="post" action="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/6119/Committee/41/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAg9kFgICBw8WAh4EaHJlZgUxL1BvcnRhbHMvMC9Ta2lucy9DTUlTNS9pbWFnZXMvZmF2aWNvbi5pY29kAgQPZBYCZg8WAh4HVmlzaWJsZWg=" />
<div id="skinHeader"><a href="/cmis5/" class="logo"><img src="/Portals/0/westmoor_logo.png" alt="Westmoor Council" /></a>
<ul class="topnav"><li><a href="/cmis5/Meetings.aspx">Meetings</a></li><li><a href="/cmis5/Committees.aspx">Committees</a></li><li><a href="/cmis5/Councillors.aspx">Councillors</a></li><li><a href="/cmis5/Decisions.aspx">Decisions</a></li><li><a href="/cmis5/ForwardPlan.aspx">Forward Plan</a></li></ul></div>
<div id="breadcrumb"><a href="/cmis5/">Home</a> &gt; <a href="/cmis5/Meetings.aspx">Meetings</a> &gt; <span>Meeting Details</span></div>
<div id="dnn_ContentPane" class="ContentPane">
<div class="DnnModule DnnModule-CMIS-MeetingDetails">
<h1 id="{P}_lblTitle">Children and Young People Scrutiny Committee</h1>
<table class="MeetingHeader" summary="Meeting details">
<tr><th scope="row">Date:</th><td><span id="{P}_lblDate">Tuesday, 16th November, 2027</span></td></tr>
<tr><th scope="row">Time:</th><td><span id="{P}_lblTime">10:00 a.m.</span></td></tr>
<tr><th scope="row">Venue:</th><td>Council Chamber, Westmoor Civic Centre</td></tr>
<tr><th scope="row">Meeting Status:</th><td>Minutes published (draft - subject to approval at the next meeting)</td></tr>
<tr><th scope="row">Contact:</th><td>Scrutiny Officer: Hannah Cole, tel. 01632 960 418, <a href="mailto:scrutiny@westmoor.gov.uk">scrutiny@westmoor.gov.uk</a></td></tr>
</table>
<div class="Tabs"><span class="TabOff"><a href="?SelectedTab=Agenda">Agenda</a></span><span class="TabOn">Documents and Minutes</span><span class="TabOff"><a href="?SelectedTab=Attendance">Attendance</a></span><span class="TabOff"><a href="?SelectedTab=Webcast">Webcast</a></span></div>
<div class="Attendance" id="{P}_divAttendance"><span class="Label">Present:</span>
<p>Councillor Bethan Jones (Chair), Councillors Patterson (Vice-Chair), Abbott, Lyle (substitute), Ngata and Whitmore. Co-opted Members: Mr T Evans (Parent Carer Forum) and Mrs S Greaves (Parent Governor representative).</p>
<p><span class="Label">Officers/others in attendance:</span> James Whitfield (Assistant Director, SEND and Inclusion), Mary Walker (Head of SEND), Mark Walsh (Head of Transport), Yusuf Okafor (Designated Clinical Officer, NHS Westmoor ICB), Claire Dunmore (SENDIASS Service Manager), Hannah Cole (Scrutiny Officer).</p>
</div>
<table class="AgendaItems" id="{P}_tblAgendaItems" cellspacing="0" cellpadding="4" width="100%">
{''.join(rows)}
</table>
<div class="Footnote"><p>The meeting closed at 12:47 p.m.</p>
<p><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=minutespack6119">Printed minutes PDF 16/11/2027 (PDF, 388 KB)</a> | <a href="#">Download all documents (ZIP)</a></p></div>
</div></div>
<div id="skinFooter"><p>&copy; Westmoor Council 2027 | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | CMIS version 5.4.2</p></div>
</form>
</body></html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

write_labels(STEM, "2027-11-16",
    "Held-out batch fiftyeighth. A Civica CMIS 'Meeting Details - Documents and Minutes' web page saved from the "
    "browser (DotNetNuke skin, VIEWSTATE, navigation, supporting-document links per item, 'Minutes:' blocks in a "
    "table) for the Children and Young People Scrutiny Committee on Tuesday 16 November 2027, chaired by Cllr "
    "Bethan Jones. Traps: apologies and substitution; declaration of interest; action tracker items reported complete "
    "(27/14, 27/15) and 27/12 completed by the tabled Appendix C; questions answered in the meeting (caseworkers in "
    "post); the Service's own dedicated annual review team option (someone else's plan); Cabinet's 9 December "
    "decision and the statutory Cabinet Member response (other bodies); recommendations to Cabinet (requests to "
    "another body, not actions); the Trust's trajectory going to the ICB Board; noting resolutions, the decision to "
    "set up a task and finish group, and the work programme addition. Labels: 'undertook to' and 'agreed to' "
    "commitments plus resolved actions on named post-holders. 'Within ten working days' of Tue 16 Nov = Tue "
    "2027-11-30; 'by the end of December' = Fri 2027-12-31; the ToR due 'at the next meeting on 25 January 2028'; "
    "the DCO returns 'to the meeting on 14 March 2028'; the Chair is Bethan Jones (Chair of the scrutiny committee); "
    "the Scrutiny Officer (Hannah Cole) is not in people.json.",
    [("The Assistant Director undertook to provide this", "The Assistant Director", "James Whitfield", "2027-11-30"),
     ("She agreed to provide anonymised case studies", "Claire Dunmore", "Claire Dunmore", None),
     ("the Scrutiny Officer draft terms of reference", "the Scrutiny Officer", None, "2028-01-25"),
     ("provide a written briefing on independent travel training", "the Head of Transport", "Mark Walsh", "2027-12-31"),
     ("That the Chair write to the Chief Executive", "the Chair", "Bethan Jones", None),
     ("asked to return to the meeting on 14 March", "the Designated Clinical Officer", "Yusuf Okafor", "2028-03-14")])
