"""Builds 707: Outlook email saved as HTML, with the action log pasted in as a table (sufficiency group, Mon 10 Jan 2028)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "707_ninetyseventh_email_pasted_action_table"

rows = [
    ("S-14", "Confirm capital funding bid outcome for Riverside resource base", "PS", "27/11/27", "Complete &#8211; bid approved 02/12"),
    ("S-17", "Map projected demand for specialist places 2028-31 by ward", "Liam Porter", "28/01/28", "Ongoing &#8211; carried"),
    ("S-19", "Visit two independent special schools re. spot purchase costs", "Mary W / James W", "17/12/27", "Closed &#8211; visits done, notes on Teams"),
    ("S-20", "Explore a joint free school bid with the Trust", "JW", "&#8211;", "Not agreed &#8211; revisit after DfE wave announced"),
    ("S-21", "Draft the consultation paper for the new ASD base", "Mary Walker", "Feb Board", "New"),
    ("S-22", "Share PCF views on locations for resource bases", "PCF (Tom)", "11/02/28", "New"),
    ("S-23", "Check therapy capacity to support the new base", "GA", "TBC", "New"),
    ("S-24", "Update the sufficiency statement on the Local Offer", "SK", "31/03/28", "New"),
    ("S-25", "Host a site visit to the Riverside unit for Board members", "Nadia Khan", "18/02/28", "New"),
]

trs = "\n".join(
    "<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{c}</p></td>' for c in r) + "</tr>"
    for r in rows
)

doc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>Actions - SEND Sufficiency and Place Planning Group 10.01.28</title>
<style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}
span.EmailStyle19 {{font-family:"Calibri",sans-serif; color:windowtext;}}
.MsoChpDefault {{font-size:10.0pt;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal"><b>From:</b> Ruth Hill &lt;ruth.hill@westmoor.gov.uk&gt;<br>
<b>Sent:</b> 11 January 2028 14:07<br>
<b>To:</b> Priya Shah; Mary Walker; James Whitfield; Liam Porter; Grace Adeyemi; Tom Evans; Sarah Khan; Nadia Khan; Mark Walsh<br>
<b>Cc:</b> Anne Price<br>
<b>Subject:</b> Actions - SEND Sufficiency and Place Planning Group 10.01.28<br>
<b>Attachments:</b> Sufficiency action log v14.xlsx</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hi all,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see below the action log from yesterday&#8217;s Sufficiency and Place Planning group (Monday 10 January). I&#8217;ve pasted it in as well as attaching it as a few of you said you can&#8217;t open attachments on your phones. Completed and closed items will drop off next time.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3;border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Ref</b></p></td><td style="background:#D9E2F3;border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Action</b></p></td><td style="background:#D9E2F3;border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Owner</b></p></td><td style="background:#D9E2F3;border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Due</b></p></td><td style="background:#D9E2F3;border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Status</b></p></td></tr>
{trs}
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A few notes:</p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">S-24 &#8211; SK is Sarah Khan (Local Offer), not Sarah Kent &#8211; sorry, the log only takes initials!</li>
<li class="MsoNormal">S-22 &#8211; Tom, the date is the Friday before the Feb Board so Mary can use it in the consultation paper.</li>
<li class="MsoNormal">Noted at the meeting: DfE capital allocations for 2028-29 were published on 14 December. No action for the group.</li>
<li class="MsoNormal">Mark asked me to add that the transport team will be reviewing routes for the new resource base from April as part of their own route review &#8211; for information only.</li>
<li class="MsoNormal">Also &#8211; I promised to send the updated place-planning map to Cllr Jones&#8217; office before scrutiny; I&#8217;ll do that by Friday.</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Next meeting is Monday 7 February, 10:00&#8211;11:30, Room 2.06 Civic Centre.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Ruth</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Ruth Hill</span></b><br>
<span style="color:#1F3864">Partnership Business Support Officer | Westmoor SEND Partnership</span><br>
<span style="color:#1F3864">Westmoor Council | Civic Centre | Westmoor WM1 1AA</span><br>
<span style="color:#1F3864">Tel: 01632 960 101</span></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">OFFICIAL. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Westmoor Council may monitor emails to and from its network.</span></p>
</div>
</body>
</html>
"""

labels = {
    "meeting_date": "2028-01-10",
    "style": (
        "Held-out batch ninetyseventh. An Outlook email saved as HTML (Word-generated markup, header block, signature, "
        "OFFICIAL disclaimer) sent by Ruth Hill on Tuesday 11 January 2028 with the action log of the SEND Sufficiency "
        "and Place Planning group of Monday 10 January 2028 pasted in as a table (Ref/Action/Owner/Due/Status), "
        "followed by bullet notes with one more action in prose. Labelling choices: open carried row S-17 counts; "
        "owners as written in the Owner column (initials GA = Grace Adeyemi; SK explained in the notes as Sarah Khan, "
        "not Sarah Kent; 'PCF (Tom)' = Tom Evans); Ruth's own map action from the notes, owner written as Ruth. "
        "Traps: S-14 complete and S-19 closed (carried rows); S-20 'Not agreed'; DfE capital allocations only noted; "
        "Mark Walsh's transport route review is his team's own project, 'for information only'; the next meeting "
        "date is information. Dates: S-17 28/01/28 = Friday 28 January 2028; S-21 'Feb Board' = meeting 2028-02; "
        "S-22 11/02/28 = Friday 11 February 2028; S-23 TBC = null; S-24 31/03/28 = Friday 31 March 2028; S-25 "
        "18/02/28 = Friday 18 February 2028; Ruth 'by Friday' in an email sent Tuesday 11 January = Friday 14 "
        "January 2028."
    ),
    "held_out": True,
    "actions": [
        {"key": "Map projected demand for specialist places 2028-31 by ward", "owner": "Liam Porter", "person": "Liam Porter", "due": "2028-01-28"},
        {"key": "Draft the consultation paper for the new ASD base", "owner": "Mary Walker", "person": "Mary Walker", "due": "meeting 2028-02"},
        {"key": "Share PCF views on locations for resource bases", "owner": "PCF (Tom)", "person": "Tom Evans", "due": "2028-02-11"},
        {"key": "Check therapy capacity to support the new base", "owner": "GA", "person": "Grace Adeyemi", "due": None},
        {"key": "Update the sufficiency statement on the Local Offer", "owner": "SK", "person": "Sarah Khan", "due": "2028-03-31"},
        {"key": "Host a site visit to the Riverside unit", "owner": "Nadia Khan", "person": "Nadia Khan", "due": "2028-02-18"},
        {"key": "send the updated place-planning map to Cllr Jones", "owner": "Ruth", "person": "Ruth Hill", "due": "2028-01-14"},
    ],
}

(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
