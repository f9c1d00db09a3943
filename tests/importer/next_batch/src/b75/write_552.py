# Writes the Outlook multipart/alternative email (plain text + Word-generated HTML with a table).
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "552_seventyfifth_outlook_html_email_action_table_section_rows_initials_clash.eml"

rows = [
    ("section", "1. Place planning forecast"),
    ("SP/01", "Refresh the 5-year specialist place forecast using the January 2027 census, split by primary need and phase", "LP", "w/e 19/3", "New"),
    ("SP/02", "Share the forecast method note with PCF ahead of publication", "LP", "&#8211;", "Complete &#8211; sent 05/03"),
    ("section", "2. Capital programme"),
    ("SP/03", "Letter to DfE setting out our case for the High Needs Provision Capital Allocation re-profiling", "PS", "Before Easter", "New"),
    ("SP/04", "Commission a feasibility study for a resource base at Kingsmead from Property Services, incl. indicative costs", "MW", "April mtg", "New"),
    ("SP/05", "DfE special free school wave &#8211; outcome of Westmoor application", "DfE", "June (DfE)", "For info only &#8211; DfE decision"),
    ("section", "3. Travel implications"),
    ("SP/06", "Model the home to school travel cost impact of the two proposed resource bases", "MWa", "31/03", "New"),
    ("section", "4. Schools and families"),
    ("SP/07", "Test appetite among primary heads for hosting a resource base &#8211; raise at Primary Heads Forum", "NK", "Forum 17/03", "New"),
    ("SP/08", "EP input into the draft entry criteria for resource bases", "DL", "ASAP", "New"),
    ("SP/09", "PCF to be consulted on locations before any options go to Cabinet", "TE", "Standing item", "Ongoing"),
    ("SP/10", "Hollybank satellite &#8211; progress update (from Jan log)", "JW", "&#8211;", "Closed &#8211; verbal update given"),
]

def plain(s):
    return (s.replace("&#8211;", "-").replace("&amp;", "&"))

# ---------- text/plain part (what Outlook generates from the HTML) ----------
t = []
t.append("Dear all,\n")
t.append("Thank you for a really productive session on Thursday. The action table is below - please check your rows. Mary, I've put you down for SP/04 as we discussed on the way out; shout if not. Note MWa is Mark (Walsh) not Mary - sorry, I ran out of initials.\n")
t.append("I'll circulate a revised ToR by the end of March - we need to add Health now that Yusuf's team are joining from April.\n")
t.append("Present: James Whitfield (JW, Chair), Priya Shah (PS), Mary Walker (MW), Mark Walsh (MWa), Liam Porter (LP), David Lowe (DL), Nadia Khan (NK, Riverside Primary), Tom Evans (TE, PCF)")
t.append("Apologies: Owen Reid\n")
t.append("Ref\nAction\nLead\nBy when\nStatus")
for r in rows:
    if r[0] == "section":
        t.append(plain(r[1]))
    else:
        t.append("\n".join(plain(c) for c in r))
t.append("")
t.append("Also noted (no action): the Cabinet report on specialist sufficiency is now scheduled for July rather than June. The DfE's SEND capital announcement is expected in the summer and could change the picture on SP/03.\n")
t.append("Next meeting: Thursday 15 April 2027, 2-4pm, Civic Centre Committee Room 3.\n")
t.append("Best wishes\nJames\n")
t.append("James Whitfield\nAssistant Director, SEND and Inclusion\nChildren's Services | Westmoor Council\nCivic Centre, Market Square, Westmoor WM1 1AA\nT: 01632 960 100\n")
t.append("This e-mail is intended for the named recipient(s) only. It may contain privileged and confidential information. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it. Westmoor Council accepts no liability for any loss or damage arising from this e-mail.")
text_part = "\n".join(t)

# ---------- text/html part ----------
td = ("<td width={w} valign=top style='width:{w}pt;border:solid windowtext 1.0pt;{extra}padding:0cm 5.4pt 0cm 5.4pt'>"
      "<p class=MsoNormal><span style='font-size:10.0pt'>{c}<o:p></o:p></span></p></td>")
widths = [42, 230, 36, 60, 110]
h = []
h.append("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Dear all,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for a really productive session on Thursday. The action table is below &#8211; please check your rows. Mary, I&#8217;ve put you down for SP/04 as we discussed on the way out; shout if not. Note MWa is Mark (Walsh) not Mary &#8211; sorry, I ran out of initials.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>I&#8217;ll circulate a revised ToR by the end of March &#8211; we need to add Health now that Yusuf&#8217;s team are joining from April.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Present:</b> James Whitfield (JW, Chair), Priya Shah (PS), Mary Walker (MW), Mark Walsh (MWa), Liam Porter (LP), David Lowe (DL), Nadia Khan (NK, Riverside Primary), Tom Evans (TE, PCF)<br>
<b>Apologies:</b> Owen Reid<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>""")
for w, c in zip(widths, ["Ref", "Action", "Lead", "By when", "Status"]):
    h.append(td.format(w=w, c="<b>" + c + "</b>", extra="background:#1F3864;color:white;"))
h.append("</tr>")
for r in rows:
    h.append("<tr>")
    if r[0] == "section":
        h.append("<td width=478 colspan=5 valign=top style='width:478pt;border:solid windowtext 1.0pt;border-top:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>"
                 f"<p class=MsoNormal><b><span style='font-size:10.0pt'>{r[1]}<o:p></o:p></span></b></p></td>")
    else:
        for w, c in zip(widths, r):
            extra = "border-top:none;"
            if c.startswith("Complete") or c.startswith("Closed"):
                extra += "background:#E2EFD9;"
            h.append(td.format(w=w, c=c, extra=extra))
    h.append("</tr>")
h.append("""</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><i>Also noted (no action):</i> the Cabinet report on specialist sufficiency is now scheduled for July rather than June. The DfE&#8217;s SEND capital announcement is expected in the summer and could change the picture on SP/03.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Next meeting:</b> Thursday 15 April 2027, 2-4pm, Civic Centre Committee Room 3.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Best wishes<o:p></o:p></p>
<p class=MsoNormal>James<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F3864'>James Whitfield<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='font-size:10.0pt;color:#1F3864'>Assistant Director, SEND and Inclusion<br>Children&#8217;s Services | Westmoor Council<br>Civic Centre, Market Square, Westmoor WM1 1AA<br>T: 01632 960 100<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>This e-mail is intended for the named recipient(s) only. It may contain privileged and confidential information. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it. Westmoor Council accepts no liability for any loss or damage arising from this e-mail.<o:p></o:p></span></p>
</div>
</body>
</html>""")
html_part = "\n".join(h)

B = "_000_LO3P265MB2091C7E4A1B8F2D60E9C44A7B3LO3P265MB2091GBRP_"
eml = f"""Received: from LO3P265MB2091.GBRP265.PROD.OUTLOOK.COM ([fe80::4c1e:2a7b:91f0:d3e6]) by
 LO3P265MB2091.GBRP265.PROD.OUTLOOK.COM ([fe80::4c1e:2a7b:91f0:d3e6%4]) with
 mapi id 15.20.8207.017; Mon, 8 Mar 2027 09:14:22 +0000
From: James Whitfield <James.Whitfield@westmoor.gov.uk>
To: Priya Shah <Priya.Shah@westmoor.gov.uk>, Mary Walker <Mary.Walker@westmoor.gov.uk>,
 Mark Walsh <Mark.Walsh@westmoor.gov.uk>, Liam Porter <Liam.Porter@westmoor.gov.uk>,
 David Lowe <David.Lowe@westmoor.gov.uk>, "head@riverside.westmoor.sch.uk" <head@riverside.westmoor.sch.uk>,
 Tom Evans <westmoorpcf.tom@gmail.com>
CC: Owen Reid <Owen.Reid@westmoor.gov.uk>, Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Subject: Specialist Place Sufficiency WG - 4 March - action table
Thread-Topic: Specialist Place Sufficiency WG - 4 March - action table
Thread-Index: AdqR3xK7m4Qz0c1VTe2Yb8hP1fN6Wg==
Date: Mon, 8 Mar 2027 09:14:21 +0000
Message-ID: <LO3P265MB2091C7E4A1B8F2D60E9C44A7B3@LO3P265MB2091.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
msip_labels: MSIP_Label_3c1f0a8e-6b2d-4d0e-9f7a-OFFICIAL_Enabled=true;
 MSIP_Label_3c1f0a8e-6b2d-4d0e-9f7a-OFFICIAL_Name=OFFICIAL;
 MSIP_Label_3c1f0a8e-6b2d-4d0e-9f7a-OFFICIAL_SetDate=2027-03-08T09:10:03Z
Content-Type: multipart/alternative;
	boundary="{B}"
MIME-Version: 1.0

--{B}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{text_part}

--{B}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

{html_part}

--{B}--
"""
OUT.write_text(eml, encoding="utf-8")
print(OUT)
