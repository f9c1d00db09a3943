"""469: an Outlook HTML email (saved as .html) after a transport policy review group; the
actions sit in a presentation/layout table with inline styles (coloured name cell, action
cell, date cell), plus a 'done' box, an 'information only' box and the quoted previous email."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "469_sixtythird_transport_review_html_email_layout_table_inline_styles"

F = "font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;color:#222222;"


def action_row(who, colour, what, when):
    return f"""
<tr>
<td width="120" valign="top" style="background:{colour};padding:8px 10px;border-bottom:2px solid #ffffff;{F}color:#ffffff;font-weight:bold;">{who}</td>
<td valign="top" style="background:#F5F7FA;padding:8px 10px;border-bottom:2px solid #ffffff;{F}">{what}</td>
<td width="110" valign="top" style="background:#F5F7FA;padding:8px 10px;border-bottom:2px solid #ffffff;{F}text-align:right;white-space:nowrap;"><span style="color:#B00020;font-weight:bold;">{when}</span></td>
</tr>"""


rows = "".join([
    action_row("Kerry Lang (PCF)", "#00796B",
               "Gather three anonymised parent case studies on post-16 transport costs, with permission to quote", "Fri 3 Dec"),
    action_row("Liam", "#1565C0",
               "Re-run the cost model using the 3-mile threshold for primary and the proposed post-16 contribution", "Tue 30 Nov"),
    action_row("Claire D", "#6A1B9A",
               "Check SENDIASS enquiry data for transport appeal queries over the last 12 months", "10 Dec"),
    action_row("Me", "#37474F",
               "Redraft section 6 (post-16) of the policy and circulate to the group", "Fri 26 Nov"),
    action_row("Cllr Jones", "#AD1457",
               "Raise the consultation timetable at the scrutiny pre-meeting", "7 Dec"),
    action_row("Mary", "#EF6C00",
               "Confirm how placements named in EHCPs will be reflected in the eligibility wording", "Next meeting"),
])

HTML = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>Transport policy review group - Tuesday 16 November - actions</title>
<!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-compose;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:0 6pt 0 0;{F}"><b>From:</b></td><td style="{F}">Mark Walsh &lt;mark.walsh@westmoor.gov.uk&gt;</td></tr>
<tr><td style="padding:0 6pt 0 0;{F}"><b>Sent:</b></td><td style="{F}">17 November 2027 09:12</td></tr>
<tr><td style="padding:0 6pt 0 0;{F}"><b>To:</b></td><td style="{F}">HTST Policy Review Group</td></tr>
<tr><td style="padding:0 6pt 0 0;{F}"><b>Cc:</b></td><td style="{F}">Ruth Hill; Cllr Bethan Jones</td></tr>
<tr><td style="padding:0 6pt 0 0;{F}"><b>Subject:</b></td><td style="{F}">Transport policy review group - Tuesday 16 November - actions</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<table role="presentation" width="640" border="0" cellspacing="0" cellpadding="0" align="left" style="width:480.0pt;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;">
<tr><td style="padding:0 0 12px 0;{F}">
<p style="margin:0 0 10px 0;">Hi all,</p>
<p style="margin:0 0 10px 0;">Thanks for a really useful session yesterday, especially to Kerry and Tom for bringing the parents' side so clearly.
Quick summary below so we don't lose momentum - the actions are in the coloured boxes, everything else is for information.</p>
</td></tr>
<tr><td style="background:#0B3D5C;padding:10px 12px;{F}color:#ffffff;font-size:13pt;font-weight:bold;">ACTIONS</td></tr>
<tr><td style="padding:0;">
<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">{rows}
</table>
</td></tr>
<tr><td style="padding:6px 0 14px 0;{F}font-size:9pt;color:#666666;">Next meeting: Tuesday 14 December, 10.00, Committee Room 1 (Mary's item first please).</td></tr>
<tr><td style="background:#E0E0E0;padding:10px 12px;{F}font-weight:bold;">DONE SINCE LAST TIME &#10003;</td></tr>
<tr><td style="background:#FAFAFA;padding:8px 12px;{F}color:#555555;">
&#8226; Legal advice on the post-16 contribution received and shared (thanks Mary).<br>
&#8226; Stage 2 appeal panel dates for 2028 published on the website.<br>
&#8226; Liam's count of post-16 learners currently receiving transport (312) - in the pack.
</td></tr>
<tr><td style="height:14px;font-size:0;line-height:0;">&nbsp;</td></tr>
<tr><td style="background:#FFF8E1;padding:10px 12px;{F}font-weight:bold;border-left:4px solid #FFB300;">FOR INFORMATION - NOT ACTIONS FOR THIS GROUP</td></tr>
<tr><td style="background:#FFFDF5;padding:8px 12px;{F}border-left:4px solid #FFB300;">
&#8226; Cabinet will be asked on 9 December to approve the draft for consultation. If it does, consultation runs 13 December to 7 February. That's Cabinet's call, not ours.<br>
&#8226; We agreed the group will recommend keeping independent travel training available to all post-16 learners, whatever happens to the contribution.<br>
&#8226; Tom asked whether the PCF can see the draft before it goes out - yes, it is already on the agenda for the PCF steering group on 9 December.
</td></tr>
<tr><td style="padding:14px 0 0 0;{F}">
<p style="margin:0 0 8px 0;">Shout if I've missed anything or got a date wrong.</p>
<p style="margin:0;">Mark</p>
<p style="margin:10px 0 0 0;font-size:9pt;color:#0B3D5C;"><b>Mark Walsh</b> | Head of Transport | Westmoor Council<br>Tel 01632 960 418 | Civic Centre, Westmoor</p>
<p style="margin:10px 0 0 0;font-size:7.5pt;color:#999999;">This email and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient please notify the sender and delete it. Westmoor Council may monitor email traffic.</p>
</td></tr>
</table>
<p class="MsoNormal" style="clear:both">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Mark Walsh<br><b>Sent:</b> 20 October 2027 15:47<br><b>To:</b> HTST Policy Review Group<br><b>Subject:</b> Transport policy review group - 19 October - actions</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hi all, actions from today:</p>
<p class="MsoNormal">Mary - get legal advice on whether the post-16 contribution can be means-tested - by 12 Nov<br>
Liam - count of post-16 learners currently receiving transport - by 12 Nov<br>
Me - book Committee Room 1 for the November and December meetings</p>
<p class="MsoNormal">Mark</p>
</div>
</body>
</html>
"""

LABELS = {
    "meeting_date": "2027-11-16",
    "style": (
        "Held-out batch sixtythird. An Outlook HTML email saved as .html (Word 'filtered medium' generator, mso "
        "conditional comments, Outlook From/Sent/To header table) sent by Mark Walsh, Head of Transport, the "
        "morning after the home to school transport policy review group on Tuesday 16 November 2027. The actions "
        "are in a role=presentation layout table with inline styles: a coloured name cell, an action cell and a "
        "right-aligned red date cell, so owner, text and date are three separate text runs once tags are stripped. "
        "Traps: the grey 'DONE SINCE LAST TIME' box; the 'FOR INFORMATION - NOT ACTIONS' box (Cabinet's decision "
        "and consultation dates, the group's recommendation on travel training, Tom's question already answered - "
        "PCF steering group on 9 December as already planned); the quoted 19 October email below with its old "
        "actions (the legal advice and the count are reported in the DONE box; the room booking evidently happened, "
        "as the next meeting is in Committee Room 1); signature and disclaimer. Labels: 'Me' = Mark Walsh; 'Liam' = "
        "Liam Porter; 'Claire D' = Claire Dunmore (SENDIASS); 'Cllr Jones' = Bethan Jones; 'Mary' = Mary Walker; "
        "dates Fri 3 Dec, Tue 30 Nov, 10 Dec (Fri), Fri 26 Nov, 7 Dec (Tue) 2027; Mary's 'Next meeting' resolved "
        "to the stated next meeting, Tuesday 14 December 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "Gather three anonymised parent case studies", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-12-03"},
        {"key": "Re-run the cost model using the 3-mile threshold", "owner": "Liam", "person": "Liam Porter", "due": "2027-11-30"},
        {"key": "Check SENDIASS enquiry data for transport appeal queries", "owner": "Claire D", "person": "Claire Dunmore", "due": "2027-12-10"},
        {"key": "Redraft section 6 (post-16) of the policy", "owner": "Me", "person": "Mark Walsh", "due": "2027-11-26"},
        {"key": "Raise the consultation timetable at the scrutiny pre-meeting", "owner": "Cllr Jones", "person": "Bethan Jones", "due": "2027-12-07"},
        {"key": "Confirm how placements named in EHCPs will be", "owner": "Mary", "person": "Mary Walker", "due": "2027-12-14"},
    ],
}

(OUT / f"{STEM}.html").write_text(HTML, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
