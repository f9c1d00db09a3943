"""530: SharePoint classic wiki page ('Save page as', complete) with the minutes in the wiki field and an
'Open actions' list-view web part below showing this meeting's actions mixed with older open ones."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "530_seventysecond_sharepoint_wiki_page_saved_html_open_actions_list_webpart"


def person(*names):
    return "; ".join(
        f'<span class="ms-noWrap"><span class="ms-imnSpan"><a href="#" onclick="IMNImageOnClick(event);return false;" class="ms-imnlink ms-spimn-presenceLink">'
        f'<span class="ms-spimn-presenceWrapper ms-imnImg ms-spimn-imgSize-10x10"><img name="imnmark" title="" class="ms-spimn-img ms-spimn-presence-disconnected-10x10x32" src="PfA-Steering-Group-19-November-2026_files/spimn.png" alt="No presence information"/></span></a></span>'
        f'<span class="ms-noWrap ms-imnSpan"><a href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/_layouts/15/userdisp.aspx?ID={sum(map(ord, n)) % 900 + 10}" class="ms-subtleLink" onclick="GoToLinkOrDialogNewWindow(this);return false;">{n}</a></span></span>'
        for n in names)


rows = [
    ("24", "Publish easy-read version of the PfA outcomes framework", ["Khan, Sarah"], "30/10/2026", "17/09/2026", "In progress", "15/10/2026"),
    ("29", "Agree protocol for starting Care Act assessments from age 17", ["Marsh, Lisa"], "31/01/2027", "15/10/2026", "In progress", "19/11/2026"),
    ("31", "Update the PfA outcomes tracker with autumn term data", ["Porter, Liam"], "08/01/2027", "15/10/2026", "Re-assigned 19/11 (was Reid, Owen)", "19/11/2026"),
    ("32", "Draft letter to Year 11 parents explaining post-16 options", ["Reid, Owen"], "20/11/2026", "15/10/2026", "In progress", "15/10/2026"),
    ("33", "Map supported internship places for 2027/28 against Year 13 demand", ["Reid, Owen", "Sharma, Dev"], "14/01/2027", "19/11/2026", "Not started", "19/11/2026"),
    ("34", "Share anonymised list of Y13/14 young people awaiting Care Act assessment", ["Marsh, Lisa"], "04/12/2026", "19/11/2026", "Not started", "19/11/2026"),
    ("35", "Confirm which adult health teams accept referrals from 17.5", ["Okafor, Yusuf"], "11/12/2026", "19/11/2026", "Not started", "19/11/2026"),
    ("36", "Young people's session on the PfA pages of the Local Offer", ["Khan, Sarah"], "18/12/2026", "19/11/2026", "Not started", "19/11/2026"),
    ("37", "Recruit two parent reps for the transition pathway review", ["Lang, Kerry"], "", "19/11/2026", "Not started", "19/11/2026"),
    ("38", "Invite Paul Ng (DWP) to January meeting - Access to Work item", ["Hill, Ruth"], "27/11/2026", "19/11/2026", "Not started", "19/11/2026"),
]

trs = []
for i, (rid, title, who, due, raised, status, mod) in enumerate(rows):
    cls = ' class="ms-alternating"' if i % 2 else ""
    trs.append(f"""<tr{cls} iid="7,{rid},0" setedgeborder="true">
<td class="ms-cellStyleNonEditable ms-vb-itmcbx ms-vb-imgFirstCell" tabindex="0"><div role="checkbox" class="s4-itm-cbx s4-itm-imgCbx" tabindex="-1" title="{title}" aria-checked="false"><span class="s4-itm-imgCbx-inner"><span class="ms-selectitem-span"><img class="ms-selectitem-icon" alt="" src="PfA-Steering-Group-19-November-2026_files/spcommon.png"/></span></span></div></td>
<td class="ms-cellstyle ms-vb2">{rid}</td>
<td class="ms-cellstyle ms-vb-title" height="100%"><div class="ms-vb ms-tableCell ms-list-TitleLink ms-vb-menuPadding itx" ctxname="ctx29" id="{rid}" app="" el="0"><a class="ms-listlink ms-draggable" onfocus="OnLink(this)" href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/Lists/PfAActions/DispForm.aspx?ID={rid}" onclick="EditLink2(this,29);return false;" target="_self" draggable="true">{title}</a></div><div class="s4-ctx" onmouseover="OnChildItem(this.parentNode); return false;"><span>&nbsp;</span><a onfocus="OnChildItem(this.parentNode.parentNode); return false;" onclick="PopMenuFromChevron(event); return false;" href="javascript:;" title="Open Menu"></a><span>&nbsp;</span></div></td>
<td class="ms-cellstyle ms-vb-user">{person(*who)}</td>
<td class="ms-cellstyle ms-vb2"><span class="ms-noWrap" title="{due}">{due}</span></td>
<td class="ms-cellstyle ms-vb2"><span class="ms-noWrap">{raised}</span></td>
<td class="ms-cellstyle ms-vb2">{status}</td>
<td class="ms-cellstyle ms-vb2"><span class="ms-noWrap" title="{mod}">{mod}</span></td>
</tr>""")

head_scripts = """<script type="text/javascript">var _fV4UI=true;var _spPageContextInfo={webServerRelativeUrl:"/sites/SENDPartnership",webAbsoluteUrl:"https://westmoorcouncil.sharepoint.com/sites/SENDPartnership",siteAbsoluteUrl:"https://westmoorcouncil.sharepoint.com/sites/SENDPartnership",serverRequestPath:"/sites/SENDPartnership/SitePages/PfA-Steering-Group-19-November-2026.aspx",layoutsUrl:"_layouts/15",webTitle:"SEND Partnership",webTemplate:"1",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts/15/images/siteicon.png",webLanguage:1033,currentLanguage:1033,currentUICultureName:"en-GB",currentCultureName:"en-GB",clientServerTimeDelta:new Date("2026-11-20T16:02:11.0000000Z")-new Date(),userId:41,pageListId:"{6b0e0f4a-4c1d-4a9e-bf62-0c6f1e7d2a90}",pageItemId:58};</script>
<script type="text/javascript" src="PfA-Steering-Group-19-November-2026_files/init.js"></script>
<script type="text/javascript" src="PfA-Steering-Group-19-November-2026_files/sp.core.js"></script>
<script type="text/javascript">RegisterSod("sp.ribbon.js", "\\u002f_layouts\\u002f15\\u002fsp.ribbon.js?rev=1F\\u00252F0CUjm5yY2eHN0p9ZqXA\\u00253D\\u00253D");
function ctx29(){ var ctx = new ContextInfo(); ctx.listName="{A1E3C6D2-0B5F-4E47-9C1A-77F0E7F3B512}"; ctx.view="{0A44D1F2-52C3-4F6A-8E0B-3DDE1B6F9C11}"; ctx.listUrlDir="/sites/SENDPartnership/Lists/PfAActions"; ctx.ListTitle="PfA Actions"; return ctx; }</script>
<style type="text/css">.ms-wikicontent{font-family:"Segoe UI",Segoe,Tahoma,sans-serif;font-size:13px}.ms-listviewtable td{padding:4px 8px}.ms-alternating{background:#f4f4f4}</style>"""

html = f"""<!DOCTYPE html>
<!-- saved from url=(0103)https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/SitePages/PfA-Steering-Group-19-November-2026.aspx -->
<html dir="ltr" lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="X-UA-Compatible" content="IE=10">
<title>SEND Partnership - PfA Steering Group 19 November 2026</title>
<link rel="stylesheet" type="text/css" href="PfA-Steering-Group-19-November-2026_files/corev15.css">
{head_scripts}
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="PfA-Steering-Group-19-November-2026_files/spcommon.png"><img src="PfA-Steering-Group-19-November-2026_files/siteicon.png"></div>
<form method="post" action="./PfA-Steering-Group-19-November-2026.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value=""><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8C2A1F0D7E9B4A3C,20 Nov 2026 16:02:11 -0000"></div>
<div id="ms-designer-ribbon">
<div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft"><div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignMiddle"><div class="ms-core-brandingText">SharePoint</div></div>
<div id="suiteLinksBox" class="ms-core-deltaSuiteLinks"><ul class="ms-core-suiteLinkList"><li class="ms-core-suiteLink"><a class="ms-core-suiteLink-a" href="#">Newsfeed</a></li><li class="ms-core-suiteLink"><a class="ms-core-suiteLink-a" href="#">OneDrive</a></li><li class="ms-core-suiteLink"><a class="ms-core-suiteLink-a" href="#">Sites</a></li></ul></div></div></div></div>
<div id="suiteBarRight"><span class="ms-menu-althov ms-welcome-root" title="Open Menu">Hill, Ruth</span> <a href="#">Help</a></div></div>
<div id="s4-ribbonrow"><div id="globalNavBox"><div id="Ribbon"><ul class="ms-cui-tts"><li class="ms-cui-tt"><a class="ms-cui-tt-a" href="#"><span class="ms-cui-tt-span">Browse</span></a></li><li class="ms-cui-tt"><a class="ms-cui-tt-a" href="#"><span class="ms-cui-tt-span">Page</span></a></li></ul></div>
<span id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg"><a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Share</span></a><a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Follow</span></a><a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Edit</span></a><a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Focus on Content</span></a></span></div></div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div class="ms-fullWidth"><div class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership"><img src="PfA-Steering-Group-19-November-2026_files/siteicon.png" alt="SEND Partnership"></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation"><div class="ms-displayInline ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">Home</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">Partnership Board</span></a></li>
<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">PfA Steering Group</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">Workstreams</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">Documents</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="#"><span class="menu-item-text">EDIT LINKS</span></a></li></ul></div></div></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/SitePages/Home.aspx">Pages</a><span class="ms-ltr">&nbsp;&#8250;&nbsp;</span><span>PfA Steering Group 19 November 2026</span></span></h1></div>
<div class="ms-tableCell ms-verticalAlignTop"><div id="searchInputBox"><input type="text" value="" maxlength="2048" title="Search this site" placeholder="Search this site" class="ms-textSmall ms-srch-sb-prompt"></div></div></div></div></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><div class="ms-core-sideNavBox-removeLeftMargin"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Recent</span></a><ul class="static"><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">PfA Actions</span></a></li><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">PfA Steering Group 15 October 2026</span></a></li><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Terms of reference (PfA)</span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Site contents</span></a></li></ul></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-rte-layoutszone-outer"><div class="ms-rte-layoutszone-inner">
<div id="ctl00_PlaceHolderMain_WikiField" class="ms-wikicontent ms-rtestate-field" style="display:inline">
<h1 class="ms-rteElement-H1">PfA Steering Group – 19 November 2026</h1>
<p><strong>Thursday 19th November 2026, 1.30–3pm, Westmoor College (Learning Hub, room LH2) and Teams</strong></p>
<p><strong>Present:</strong> Owen Reid (Preparing for Adulthood Lead, chair); Sarah Khan (Participation Officer); Kerry Lang (“Kez”, PCF Parent Champion); Yusuf Okafor (DCO, ICB); Lisa Marsh (Transitions Team Manager, Adult Social Care); Dev Sharma (Learning Support Manager, Westmoor College); Liam Porter (Data and Performance); Ruth Hill (notes)<br>
<strong>Apologies:</strong> Mary Walker (Head of SEND); Paul Ng (Disability Employment Adviser, DWP)</p>
<h2 class="ms-rteElement-H2">1. Actions from 15 October</h2>
<p>Went through the open actions list (see web part at the bottom of the page – it now pulls straight from the PfA Actions list, so please update your own rows rather than emailing Ruth).</p>
<ul><li>#27 (College open evening for families of young people with EHCPs) – done, 31 families attended. Closed.</li>
<li>#29 – Lisa has a draft protocol; still going through ASC management team. Stays open, date unchanged.</li>
<li>#31 – Owen is on leave for most of December so this was <strong>re-assigned to Liam</strong>, who already holds the data: Liam to update the PfA outcomes tracker with autumn term data by Fri 8th Jan.</li>
<li>#24 and #32 – not discussed, carry forward.</li></ul>
<h2 class="ms-rteElement-H2">2. Supported internships 2027/28</h2>
<p>Dev reported 18 confirmed places with the college’s employer partners and 6 with the NHS Trust. Sarah said young people at the Youth Forum wanted internships closer to home, not just in the town centre.</p>
<p><strong>Decision:</strong> the group agreed a target of 30 supported internship places for September 2027.</p>
<p><strong>Action:</strong> Owen and Dev to map supported internship places for 2027/28 against demand from the current Year 13 cohort, for the next meeting (Thu 14th Jan).</p>
<h2 class="ms-rteElement-H2">3. Adult social care transitions</h2>
<p>Lisa said 23 young people who turn 18 in 2027 do not yet have a Care Act assessment started. Kez said families are told “wait until 18” by some social workers, which contradicts the protocol being drafted.</p>
<p><strong>Action:</strong> Lisa to share an anonymised list of Year 13/14 young people awaiting a Care Act assessment with Owen and Liam by Fri 4th Dec (secure email only).</p>
<h2 class="ms-rteElement-H2">4. Health transitions</h2>
<p>Yusuf explained that adult learning disability services accept referrals from 17½ but the picture for adult mental health and neurodevelopmental services is unclear.</p>
<p><strong>Action:</strong> Yusuf to confirm in writing which adult health teams accept referrals at 17½, by 11/12.</p>
<h2 class="ms-rteElement-H2">5. Youth voice – Local Offer PfA pages</h2>
<p>Sarah to run a young people’s session on the PfA pages of the Local Offer before the Christmas break (schools and the college finish on Friday 18 December), using the Youth Forum and the college student council.</p>
<h2 class="ms-rteElement-H2">6. Parent carers</h2>
<p>The transition pathway review needs two parent reps. Kez to recruit two parent reps for the review through the PCF newsletter and coffee mornings – no date set, Kez to update at the next meeting.</p>
<p>Kez also suggested a PfA “market place” event for parents. The group liked the idea but agreed it is for the summer term and will come back to it in March – no action now.</p>
<h2 class="ms-rteElement-H2">7. Employment</h2>
<p>Paul (DWP) sent apologies. Ruth to invite Paul Ng to the January meeting for an Access to Work item, by Friday 27th.</p>
<h2 class="ms-rteElement-H2">8. AOB</h2>
<p>None. <strong>Next meeting: Thursday 14 January 2027, 1.30pm, Teams.</strong></p>
<p>&#8203;</p>
</div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title" id="WebPartWPQ2_ChromeTitle"><span title="Open actions - PfA Steering Group - Displays a list of items that need to be completed." id="WebPartTitleWPQ2" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><a accesskey="W" href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/Lists/PfAActions"><nobr><span>Open actions - PfA Steering Group</span><span id="WebPartCaptionWPQ2"></span></nobr></a></h2></span></div>
<div webpartid="0a44d1f2-52c3-4f6a-8e0b-3dde1b6f9c11" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div id="script29"></div>
<table summary="PfA Actions" xmlns:o="urn:schemas-microsoft-com:office:office" o:webquerysourcehref="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/_vti_bin/owssvr.dll?CS=65001&amp;XMLDATA=1&amp;RowLimit=0&amp;List={{A1E3C6D2-0B5F-4E47-9C1A-77F0E7F3B512}}&amp;View={{0A44D1F2-52C3-4F6A-8E0B-3DDE1B6F9C11}}" border="0" cellspacing="0" cellpadding="1" id="{{A1E3C6D2-0B5F-4E47-9C1A-77F0E7F3B512}}-{{0A44D1F2-52C3-4F6A-8E0B-3DDE1B6F9C11}}" class="ms-listviewtable" dir="None">
<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr">
<th class="ms-headerCellStyleIcon ms-vh-icon ms-vh-selectAllIcon" scope="col"><span class="ms-selectall-span" tabindex="0" title="Select or deselect all items"><span class="ms-selectall-iconouter"><img class="ms-selectall-icon" alt="" src="PfA-Steering-Group-19-November-2026_files/spcommon.png"></span></span></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="ID" displayname="ID">ID</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="LinkTitle" displayname="Action">Action</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="AssignedTo" displayname="Assigned To">Assigned To</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="DueDate" displayname="Due Date">Due Date</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="RaisedAt" displayname="Raised at meeting">Raised at meeting</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="Status" displayname="Status">Status</div></th>
<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="Modified" displayname="Modified">Modified</div></th>
</tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody></table>
<table class="ms-bottompaging" id="bottomPagingCellWPQ2"><tr><td class="ms-paging">1 - 10</td></tr></table>
<div class="ms-list-addnew ms-textXLarge ms-list-addnew-aligntop ms-soften"><a class="ms-heroCommandLink ms-hero-command-enabled-alt" href="https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/Lists/PfAActions/NewForm.aspx" title="Add a new item to this list or library."><span class="ms-list-addnew-imgSpan20"><img class="ms-list-addnew-img20" src="PfA-Steering-Group-19-November-2026_files/spcommon.png"></span><span>new item</span></a> or <a class="ms-heroCommandLink" href="#">edit</a> this list</div>
</div></div></div></div>
</div></div>
<div class="ms-descriptiontext ms-subtleText" id="pageModified">Last modified at 20/11/2026 16:02 by Hill, Ruth</div>
</div></div></div></div></div>
</form>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;ExecuteOrDelayUntilScriptLoaded(function(){{ SP.SOD.executeFunc("sp.ribbon.js", "SP.Ribbon.PageManager", null); }}, "init.js");
//]]></script>
</body></html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

labels = {
    "meeting_date": "2026-11-19",
    "style": (
        "Held-out batch seventysecond. A SharePoint classic wiki page for the PfA Steering Group of Thursday 19 November 2026 saved with "
        "'Save page as' (suite bar, ribbon, breadcrumbs, quick launch, scripts, presence images) - the minutes are in the wiki field and "
        "an 'Open actions' list-view web part below lists every open row of the PfA Actions list: this meeting's new rows (#33-#38, raised "
        "19/11/2026) mixed with older rows from 17/09 and 15/10 (#24, #29, #32 not labelled). #31 was re-assigned at this meeting from Owen "
        "to Liam with a new date, so it is labelled; #27 closed; Kez's market place event is deferred ('no action now'); the target of 30 "
        "internships is a decision. People appear as 'Surname, First' in the web part and as first names/nickname ('Kez' = Kerry Lang) "
        "in the text. 'Owen and Dev' is shared (person = Owen Reid; Dev Sharma not cast); Lisa Marsh and Paul Ng are not in the cast. "
        "Dates: 'by Fri 8th Jan' = 2027-01-08; 'for the next meeting (Thu 14th Jan)' = 2027-01-14; 'by Fri 4th Dec' = 2026-12-04; "
        "'by 11/12' = 11 December 2026; 'before the Christmas break (... finish on Friday 18 December)' = 2026-12-18; Kez 'no date set' "
        "= null; 'by Friday 27th' = Friday 27 November 2026."
    ),
    "held_out": True,
    "actions": [
        {"key": "Liam to update the PfA outcomes tracker", "owner": "Liam", "person": "Liam Porter", "due": "2027-01-08"},
        {"key": "Owen and Dev to map supported internship places", "owner": "Owen and Dev", "person": "Owen Reid", "due": "2027-01-14"},
        {"key": "Lisa to share an anonymised list", "owner": "Lisa", "person": None, "due": "2026-12-04"},
        {"key": "Yusuf to confirm in writing which adult health teams", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2026-12-11"},
        {"key": "Sarah to run a young people’s session", "owner": "Sarah", "person": "Sarah Khan", "due": "2026-12-18"},
        {"key": "Kez to recruit two parent reps", "owner": "Kez", "person": "Kerry Lang", "due": None},
        {"key": "Ruth to invite Paul Ng to the January meeting", "owner": "Ruth", "person": "Ruth Hill", "due": "2026-11-27"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
