"""599: EHCP timeliness subgroup notes exported from Confluence as HTML."""
import json

OUT = "/tmp/b82/599_eightysecond_confluence_export_ehcp_timeliness_subgroup"


def user(name, key):
    return f'<a class="confluence-userlink user-mention" data-username="{key}" href="/display/~{key}" data-linked-resource-type="userinfo">{name}</a>'


def task(tid, checked, body, date=None):
    cls = ' class="checked"' if checked else ''
    d = f' <time datetime="{date[0]}" class="date-{date[2]}">{date[1]}</time>' if date else ''
    return f'<li data-inline-task-id="{tid}"{cls}><span class="placeholder-inline-tasks">{body}{d}</span></li>'


MW, LP, DL, RH, CD, TE, YO, PS = (user("Mary Walker", "mwalker"), user("Liam Porter", "lporter"), user("David Lowe", "dlowe"),
                                  user("Ruth Hill", "rhill"), user("Claire Dunmore", "cdunmore"), user("Tom Evans", "tevans.pcf"),
                                  user("Yusuf Okafor", "yokafor.icb"), user("Priya Shah", "pshah"))

html = f"""<!DOCTYPE html>
<html>
<head>
<title>SEND Partnership : 2027-04-21 EHCP Timeliness Subgroup notes</title>
<link rel="stylesheet" href="styles/site.css" type="text/css" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
<div id="main-header">
<div id="breadcrumb-section">
<ol id="breadcrumbs">
<li class="first"><span><a href="index.html">SEND Partnership</a></span></li>
<li><span><a href="Workstreams_98311.html">Workstreams</a></span></li>
<li><span><a href="EHCP-Timeliness_98344.html">EHCP Timeliness</a></span></li>
<li><span><a href="Meeting-notes_98345.html">Meeting notes</a></span></li>
</ol>
</div>
<h1 id="title-heading" class="pagetitle"><span id="title-text">SEND Partnership : 2027-04-21 EHCP Timeliness Subgroup notes</span></h1>
</div>
<div id="content" class="view">
<div class="page-metadata">
Created by <span class="author">Liam Porter</span>, last modified by <span class="editor">Ruth Hill</span> on Apr 22, 2027
</div>
<div id="main-content" class="wiki-content group">

<h2 id="ehcp-date">Date</h2>
<p><time datetime="2027-04-21" class="date-past">21 Apr 2027</time> 10:00&ndash;11:30, Civic Centre Committee Room 1 / Teams</p>

<h2 id="ehcp-participants">Participants</h2>
<ul>
<li>{MW} (chair)</li>
<li>{LP}</li>
<li>{DL}</li>
<li>{CD}</li>
<li>{TE} (PCF)</li>
<li>{YO} (joined 10:40)</li>
<li>{RH} (notes)</li>
</ul>
<p>Apologies: {PS}, Grace Adeyemi</p>

<h2 id="ehcp-goals">Goals</h2>
<ul>
<li>Review March 20-week performance</li>
<li>Agree how the locum EP capacity is used</li>
<li>Families waiting longest &ndash; what do we tell them?</li>
</ul>

<h2 id="ehcp-previous">Previous actions</h2>
<div class="expand-container">
<div class="expand-control"><span class="expand-control-icon icon">&nbsp;</span><span class="expand-control-text">Click here to expand...</span></div>
<div class="expand-content expand-hidden">
<div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Action (from 17 March)</th><th class="confluenceTh">Owner</th><th class="confluenceTh">Status</th></tr>
<tr><td class="confluenceTd">Circulate PCF survey results on the EHCP process</td><td class="confluenceTd">{TE}</td><td class="confluenceTd"><span class="status-macro aui-lozenge aui-lozenge-success">DONE</span></td></tr>
<tr><td class="confluenceTd">Get approval for locum EPs</td><td class="confluenceTd">{MW}</td><td class="confluenceTd"><span class="status-macro aui-lozenge aui-lozenge-success">DONE</span> &ndash; approved by Priya Shah 6 April</td></tr>
<tr><td class="confluenceTd">Draft letter template for families over 20 weeks</td><td class="confluenceTd">{RH}</td><td class="confluenceTd"><span class="status-macro aui-lozenge aui-lozenge-current">IN PROGRESS</span> &ndash; see item 3</td></tr>
</tbody></table></div>
</div>
</div>

<h2 id="ehcp-discussion">Discussion items</h2>
<div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Time</th><th class="confluenceTh">Item</th><th class="confluenceTh">Who</th><th class="confluenceTh">Notes</th></tr>
<tr><td class="confluenceTd">10:00</td><td class="confluenceTd">1. March performance</td><td class="confluenceTd">{LP}</td>
<td class="confluenceTd"><p>20-week timeliness for March: <strong>44%</strong> (Feb 39%, target 60% by September). 12-month rolling 41%. 318 open assessments, 96 already past 20 weeks.</p>
<p>The biggest single cause remains EP advice (median 9 weeks against 6). Health advice is improving &ndash; Yusuf's data later.</p>
<p>Tom asked for the dashboard to show the weekly position rather than the month end, because the month-end figure hides what families are experiencing &ndash; agreed. Liam said this is possible from the case management system with a bit of work.</p></td></tr>
<tr><td class="confluenceTd">10:20</td><td class="confluenceTd">2. Locum EP capacity</td><td class="confluenceTd">{DL}</td>
<td class="confluenceTd"><p>Three locum EPs approved (Priya Shah signed off on 6 April &ndash; this is already decided, not for discussion). Agency has confirmed two; third TBC.</p>
<p>David proposed locums take the oldest statutory advices first, with the core team keeping new requests so the backlog does not move around. Agreed (see Decisions).</p>
<p>Claire asked that families are told when their child's advice is being done by a locum &ndash; David agreed, it will go in the standard appointment letter (the EP admin team will change the letter; no separate action).</p></td></tr>
<tr><td class="confluenceTd">10:45</td><td class="confluenceTd">3. Families waiting over 20 weeks</td><td class="confluenceTd">{MW}</td>
<td class="confluenceTd"><p>Ruth has drafted the letter template (previous action). Comments from Tom: too long, and it should say who to contact by name. Claire: include SENDIASS details.</p>
<p>Mary will finalise and sign the letters herself rather than them going from the casework team. All 96 families to get one.</p>
<p>Yusuf (joined 10:40) asked whether health could be copied in &ndash; not needed, agreed.</p></td></tr>
<tr><td class="confluenceTd">11:05</td><td class="confluenceTd">4. Health advice (ICB)</td><td class="confluenceTd">{YO}</td>
<td class="confluenceTd"><p>Health advice in 6 weeks: 66% in March. Paediatrics still the weakest. Yusuf will raise paediatric advice returns at the Trust's contract quality meeting on 5 May.</p>
<p>The Health Workstream is also looking at a shorter paediatric template &ndash; for them, not this group.</p></td></tr>
<tr><td class="confluenceTd">11:20</td><td class="confluenceTd">5. What SENDIASS is hearing</td><td class="confluenceTd">{CD}</td>
<td class="confluenceTd"><p>Calls about delayed plans are up 40% on last year. Claire offered to bring anonymised themes to the next meeting; welcomed.</p>
<p>Next meeting is <strong>19 May</strong>; June meeting to be a longer workshop session on the annual review backlog (Ruth to book a room).</p></td></tr>
</tbody></table></div>

<h2 id="ehcp-decisions">Decisions</h2>
<ul class="decision-list">
<li data-decision-id="d1" data-decision-state="DECIDED">Locum EPs take the oldest statutory advices first; core team keeps new requests.</li>
<li data-decision-id="d2" data-decision-state="DECIDED">Letters to families waiting over 20 weeks go from the Head of SEND, not the casework team.</li>
<li data-decision-id="d3" data-decision-state="DECIDED">The dashboard will show the weekly position as well as month end.</li>
</ul>

<h2 id="ehcp-actions">Action items</h2>
<ul class="inline-task-list" data-inline-tasks-content-id="98412">
{task(1, True, f"{TE} circulate PCF survey results (from March)")}
{task(2, False, f"{DL} confirm locum EP start dates and caseload allocation by the end of next week", ("2027-04-30", "30 Apr 2027", "upcoming"))}
{task(3, False, f"{LP} add a weekly 20-week tracker to the timeliness dashboard in a fortnight", ("2027-05-05", "05 May 2027", "upcoming"))}
{task(4, False, f"{MW} finalise and send the letter to every family waiting over 20 weeks before May half term", ("2027-05-28", "28 May 2027", "upcoming"))}
{task(5, False, f"{YO} raise paediatric advice returns at the Trust contract quality meeting", ("2027-05-05", "05 May 2027", "upcoming"))}
{task(6, False, f"{CD} bring anonymised themes from SENDIASS calls to the next meeting")}
{task(7, False, f"{RH} book a room for the June workshop session on annual reviews", ("2027-05-07", "07 May 2027", "upcoming"))}
{task(8, False, "Find out how neighbouring authorities report weekly timeliness")}
</ul>
<p><em>Task 8 has no owner &ndash; Mary to decide at the next meeting whether we need it.</em></p>

</div>
</div>
</div>
<div id="footer" role="contentinfo">
<section class="footer-body">
<p>Document generated by Confluence on Apr 22, 2027 16:03</p>
<div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
</section>
</div>
</div>
</body>
</html>
"""
open(OUT + ".html", "w", encoding="utf-8").write(html)

labels = {
    "meeting_date": "2027-04-21",
    "style": ("Held-out batch eightysecond. An EHCP Timeliness Subgroup meeting-notes page exported from Confluence as HTML: breadcrumbs, page "
              "metadata ('last modified ... on Apr 22, 2027'), user-mention links, a collapsed 'Previous actions' expand macro with status lozenges, "
              "a Time/Item/Who/Notes discussion table, a Decisions list and an inline task list whose tasks carry <time> due dates. Traps: task 1 "
              "is ticked (class 'checked') and is the old March action; the previous-actions table is old (locum approval done; Ruth's letter "
              "template is superseded by Mary's new task); the three Decisions are decisions, not actions (the dashboard decision is carried by "
              "Liam's task); the EP admin team changing the appointment letter is explicitly 'no separate action'; the shorter paediatric template "
              "belongs to the Health Workstream; task 8 has no owner and Mary will only decide next time whether it is needed, so it is not labelled; "
              "the export/modified date (22 April) is not the meeting date (21 April). Dates: each task's <time> agrees with its wording - 'by the "
              "end of next week' from Wednesday 21 April = Friday 30 April 2027; 'in a fortnight' = Wednesday 5 May 2027; 'before May half term' "
              "(half term w/c 31 May, Spring bank holiday) = Friday 28 May 2027; Yusuf's task is dated 5 May, the Trust quality meeting date; Claire's "
              "'to the next meeting' = 19 May 2027 (given at item 5); Ruth's room booking 7 May 2027."),
    "held_out": True,
    "actions": [
        {"key": "confirm locum EP start dates and caseload allocation", "owner": "David Lowe", "person": "David Lowe", "due": "2027-04-30"},
        {"key": "add a weekly 20-week tracker to the timeliness dashboard", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-05-05"},
        {"key": "finalise and send the letter to every family", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-05-28"},
        {"key": "raise paediatric advice returns at the Trust contract", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-05-05"},
        {"key": "bring anonymised themes from SENDIASS calls", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-05-19"},
        {"key": "book a room for the June workshop session", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-05-07"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
