"""491: SEND Written Statement of Action Progress Board minutes as a CMIS-style committee web page (.html):
items in a two-column table, 'ACTION:' at the end of paragraphs, owners by job title / body / initials."""
OUT = "/tmp/b66/491_sixtysixth_wsoa_progress_board_cmis_minutes_page.html"

items = [
 ("1", "Welcome, apologies and substitutions", """
<p>The Chair welcomed members, and in particular the DfE SEND Adviser and the NHS England SEND Adviser, who attend
this Board quarterly as part of the monitoring of the Written Statement of Action (WSoA).</p>
<p>Apologies were received from Claire Dunmore (SENDIASS Service Manager), substituted by Lucy Ward (SENDIASS
Team Leader), and from Sarah Kent (School Improvement Adviser).</p>"""),
 ("2", "Declarations of interest", "<p>None.</p>"),
 ("3", "Minutes of the previous meeting (28 January 2027) and action log", """
<p>The minutes were agreed as a correct record.</p>
<p>Action 14 (Head of SEND to publish the revised EHC needs assessment timeline on the Local Offer): complete.
Closed.</p>
<p>Action 16 (Data and Performance Manager to add tribunal outcomes to the WSoA dashboard): complete. Closed.</p>
<p>Action 17 (DCO to circulate the health advice quality audit): the version circulated on 3 February was the
draft rather than the final report, which includes the Trust's response. The action was re-opened: the DCO will
re-circulate the final audit report to Board members by Friday 23 April. <b>ACTION: DCO</b></p>"""),
 ("4", "Area of weakness 1: timeliness and quality of EHC plans", """
<p>The Head of SEND reported that 57% of new EHC plans were issued within 20 weeks in March (excluding exceptions),
against the WSoA milestone of 65% by March 2027. The milestone has therefore been missed, although the direction of
travel is positive.</p>
<p>The DfE SEND Adviser challenged whether the July milestone (75%) was realistic, given EP vacancies. She asked
for a month-by-month trajectory. The Head of SEND will provide a month-by-month trajectory to the DfE SEND Adviser
by the end of April, showing the effect of the locum EP capacity approved in February. <b>ACTION: Head of SEND</b></p>"""),
 ("5", "Area of weakness 2: the neurodevelopmental pathway", """
<p>The Designated Clinical Officer reported that the median wait for an ND assessment has fallen from 94 to 88
weeks. The ICB has commissioned an independent review of demand on the pathway, due to report in May.</p>
<p>The NHS England SEND Adviser asked that the Board sees the review's findings before any decision on pathway
redesign. Agreed: the ICB will share the outcome of the ND pathway demand review with the Board at the June
meeting. <b>ACTION: the ICB</b></p>
<p>Dr Anita Patel offered to present the clinical audit of the under-5s assessment clinic. The Chair suggested
this waits until the demand review has reported; no action at this stage.</p>"""),
 ("6", "Area of weakness 3: co-production and communication with families", """
<p>TE (PCF co-chair) presented the results of the forum's spring survey: 48% of respondents now feel informed about
what is happening with their child's plan, up from 29% a year ago. Parents still report that the Local Offer is
hard to navigate on a phone.</p>
<p>The Board agreed that the partnership's response to the survey should be presented back to families in person.
TE and the Participation Officer will present the 'you said, we did' response at the PCF annual conference on
Saturday 15 May. <b>ACTION: TE / Participation Officer</b></p>"""),
 ("7", "Area of weakness 4: preparing for adulthood", """
<p>Owen Reid (Preparing for Adulthood Lead) reported that 87% of Year 11 pupils with EHC plans have a confirmed
post-16 destination, compared with 71% at the same point last year. Members asked to see the destinations data by
school and by type of need. The PfA Lead will circulate the post-16 destinations dashboard to Board members
w/c 26 April. <b>ACTION: PfA Lead</b></p>
<p>Cllr Bethan Jones (observing) asked about independent travel training. It was noted that this is being taken
forward through the Cabinet's response to the Scrutiny review and is monitored there.</p>"""),
 ("8", "Area of weakness 5: the Local Offer", """
<p>The relaunch of the Local Offer website is planned for June. Following the PCF survey findings, the Board agreed
that the Commissioning team will complete accessibility testing of the new Local Offer on mobile devices with the
young people's SEND advisory group by half term (Friday 28 May), before the relaunch. <b>ACTION: Commissioning
team</b></p>"""),
 ("9", "WSoA risk register", """
<p>The Board reviewed the risk register. Risk 5 (educational psychology capacity) remains scored at 20 despite
mitigations. The Board AGREED to escalate risk 5 to the Westmoor Children's Partnership. The Assistant Director,
SEND and Inclusion will write the escalation report to the Children's Partnership. <b>ACTION: AD SEND and
Inclusion</b></p>
<p>Risk 8 (data quality in the case management system) was reduced from 12 to 8 and will be closed at the next
review if the position holds.</p>"""),
 ("10", "Feedback from the DfE and NHS England advisers", """
<p>The DfE SEND Adviser said that progress on co-production and preparing for adulthood was clear, and that the
area's evidence on timeliness needed to show a credible trajectory. The DfE SEND Adviser will send her formal
review note to the Chair within 10 working days. <b>ACTION: DfE SEND Adviser</b></p>
<p>The NHS England SEND Adviser had no further comments beyond those at item 5.</p>"""),
 ("11", "Any other business and date of next meeting", """
<p>No other business. The next meeting will be held on Thursday 24 June 2027 at 2.00 pm, Committee Room 2,
County Hall.</p>"""),
]

rows = "\n".join(f"""<tr class="cmisItem">
<td class="cmisItemNo">{n}.</td>
<td><h3 class="cmisItemTitle">{t}</h3>{body}</td>
</tr>""" for n, t, body in items)

html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meeting details - SEND Written Statement of Action Progress Board - Thursday, 15 April 2027 2.00 pm</title>
<meta name="generator" content="CMIS">
<style>
body{{font-family:Verdana,Arial,sans-serif;font-size:13px;margin:0;background:#f4f4f4}}
#cmisMasthead{{background:#4b2c5e;color:#fff;padding:12px 20px;font-size:18px}}
#cmisTabs a{{display:inline-block;padding:6px 14px;background:#ddd;margin-right:2px;color:#333;text-decoration:none}}
#cmisTabs a.current{{background:#fff;font-weight:bold}}
#cmisBody{{background:#fff;margin:0 20px;padding:14px 20px}}
table.cmisMinutes{{width:100%;border-collapse:collapse}}
table.cmisMinutes td{{border-top:1px solid #ccc;padding:6px;vertical-align:top}}
td.cmisItemNo{{width:40px;font-weight:bold}}
h3.cmisItemTitle{{font-size:14px;margin:0 0 6px 0;color:#4b2c5e}}
.cmisAttendees td{{padding:2px 8px}}
</style>
<script type="text/javascript">var cmisMeetingId = 30418; function printMinutes(){{window.print();}}</script>
</head>
<body>
<div id="cmisMasthead">Westmoor Council - Committee Meetings</div>
<div style="padding:6px 20px;font-size:11px"><a href="/cmis5/">Home</a> &gt; <a href="/cmis5/Meetings.aspx">Meetings</a> &gt; <a href="/cmis5/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/381/id/1187/Default.aspx">SEND Written Statement of Action Progress Board</a> &gt; 15 Apr 2027</div>
<div id="cmisTabs" style="padding:0 20px"><a href="#agenda">Agenda</a><a href="#docs">Documents</a><a class="current" href="#minutes">Minutes</a><a href="#attendance">Attendance</a></div>
<div id="cmisBody">
<h1 style="font-size:18px">SEND Written Statement of Action Progress Board</h1>
<p><b>Date:</b> Thursday, 15 April 2027 &nbsp; <b>Time:</b> 2.00 pm &nbsp; <b>Venue:</b> Committee Room 2, County Hall<br>
<b>Status:</b> Draft minutes - to be confirmed at the next meeting &nbsp; <a href="javascript:printMinutes()">Print</a></p>
<h2 style="font-size:15px" id="attendance">Attendance</h2>
<table class="cmisAttendees">
<tr><td>Anne Price</td><td>Independent Chair, Westmoor SEND Partnership (Chair)</td></tr>
<tr><td>Priya Shah</td><td>Director of Education, Westmoor Council</td></tr>
<tr><td>James Whitfield</td><td>Assistant Director, SEND and Inclusion</td></tr>
<tr><td>Mary Walker</td><td>Head of SEND</td></tr>
<tr><td>Yusuf Okafor</td><td>Designated Clinical Officer (DCO), Westmoor ICB</td></tr>
<tr><td>Tom Evans (TE)</td><td>Co-chair, Westmoor Parent Carer Forum</td></tr>
<tr><td>Owen Reid</td><td>Preparing for Adulthood (PfA) Lead</td></tr>
<tr><td>Sarah Khan</td><td>Participation Officer</td></tr>
<tr><td>Dr Anita Patel</td><td>Consultant Community Paediatrician, Westmoor Community Health NHS Trust</td></tr>
<tr><td>Lucy Ward</td><td>SENDIASS Team Leader (substitute)</td></tr>
<tr><td>Rebecca Hinds</td><td>SEND Adviser, Department for Education (DfE SEND Adviser)</td></tr>
<tr><td>Martin Cole</td><td>SEND Adviser, NHS England</td></tr>
<tr><td>Cllr Bethan Jones</td><td>Chair, Children and Young People Scrutiny Committee (observer)</td></tr>
<tr><td>Ruth Hill</td><td>Partnership Business Support Officer (minutes)</td></tr>
</table>
<h2 style="font-size:15px" id="minutes">Minutes</h2>
<table class="cmisMinutes" summary="Minutes of the meeting">
{rows}
</table>
<p style="font-size:11px;color:#666">Meeting ended 4.20 pm. Minutes published 21/04/2027. For queries contact Ruth Hill, send.partnership@westmoor.gov.uk</p>
</div>
<div style="padding:8px 20px;font-size:11px">Powered by CMIS &copy; Civica. <a href="/cmis5/Accessibility.aspx">Accessibility</a></div>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(html)
print("wrote", OUT)
