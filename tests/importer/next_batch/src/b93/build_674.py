"""674: HTML email, reply-all corrections quoted Outlook-style beneath."""
from email.message import EmailMessage
from email.policy import SMTP
import html as H

OUT = "/tmp/b93/674_ninetythird_board_actions_reply_all_corrections.eml"

ruth_plain = """Hi all,

Thank you for attending yesterday's Partnership Board. Below are the actions as I noted them; the draft minutes will follow once Anne has approved them.

Apologies: Helen Brooks, Sarah Khan. Bethan Jones attended as an observer for item 5.

ACTIONS
1. Draft minutes to Anne for approval - RH - by 19 March
2. Mary to write new annual review guidance for SENCos and circulate before Easter
3. EHCP timeliness recovery plan to come to April Board - MW
4. Therapy waiting list paper - YO - end of March
5. Tom to share the PCF survey results with the Board once the survey has closed
6. Liam to add tribunal outcomes to the performance dashboard - next meeting
7. David Lowe to meet Helen Brooks re the EP traded offer to schools - by May half term

NOTED / DECIDED
- The Board agreed the revised Terms of Reference. No further action.
- Local Offer refresh: Sarah Kent's update noted, the work is complete.
- Previous action (parent champion recruitment) closed - Kerry has recruited 9 champions.
- The PCF survey closes on 31 March (PCF's own timetable).
- Anne reminded members of the duty to declare any interests at the start of each item.

Next meeting: Thursday 13 May, 2pm, Civic Centre Room 2 / Teams.

Kind regards
Ruth

Ruth Hill
Partnership Business Support Officer
Westmoor Council | Children's Services
"""

mary_plain = """Thanks Ruth - two corrections please before these go into the log:

Item 2 - I didn't say I'd write new guidance. I said I'd circulate the DfE annual review guidance to SENCos, with a short covering note. Easter is too late for the SENCo forum on the 23rd, so put me down for Friday 19 March.

Item 3 - the recovery plan is Liam's, with me as sponsor, so owner should be Liam. And it's the May Board, there isn't an April one.

Everything else looks right to me.

Mary

Mary Walker
Head of SEND, Westmoor Council
"""

yusuf_plain = """Morning all,

Sorry to add to the corrections. Item 4 - I didn't take that one. Grace agreed at the meeting she'd bring the therapy waiting list paper as it's her service's data (Grace, shout if I've got that wrong). End of March was the date we talked about.

What I did say was that I'd circulate the DCO annual report, which I'll do by Friday 9 April once it has been through our Quality Committee.

Thanks
Yusuf

Yusuf Okafor
Designated Clinical Officer (SEND)
NHS Westmoor Integrated Care Board
"""

def para(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [H.escape(l, quote=False) for l in block.split("\n")]
        out.append("<p class=MsoNormal>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)

def hdr(frm, sent, to, cc, subj):
    cc_line = f"<b>Cc:</b> {H.escape(cc)}<br>\n" if cc else ""
    return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class=MsoNormal><b>From:</b> {H.escape(frm)}<br>\n<b>Sent:</b> {sent}<br>\n'
            f'<b>To:</b> {H.escape(to)}<br>\n{cc_line}<b>Subject:</b> {H.escape(subj)}</p>\n</div>\n')

ALL = "Price, Anne; Walker, Mary; Okafor, Yusuf; Shah, Priya; Evans, Tom; Brooks, Helen; Lowe, David; Khan, Sarah; Adeyemi, Grace; Porter, Liam"
html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72">
<div class=WordSection1>
{para(yusuf_plain)}
<p class=MsoNormal>&nbsp;</p>
{hdr("Walker, Mary <Mary.Walker@westmoor.gov.uk>", "15 March 2027 17:42", "Hill, Ruth", ALL, "RE: Partnership Board 11 March - actions")}
<p class=MsoNormal>&nbsp;</p>
{para(mary_plain)}
<p class=MsoNormal>&nbsp;</p>
{hdr("Hill, Ruth <Ruth.Hill@westmoor.gov.uk>", "12 March 2027 09:15", ALL, "", "Partnership Board 11 March - actions")}
<p class=MsoNormal>&nbsp;</p>
{para(ruth_plain)}
</div>
</body></html>
"""

def quote_plain():
    q = yusuf_plain + "\n"
    q += ("From: Walker, Mary <Mary.Walker@westmoor.gov.uk>\nSent: 15 March 2027 17:42\nTo: Hill, Ruth\n"
          f"Cc: {ALL}\nSubject: RE: Partnership Board 11 March - actions\n\n" + mary_plain + "\n")
    q += ("From: Hill, Ruth <Ruth.Hill@westmoor.gov.uk>\nSent: 12 March 2027 09:15\n"
          f"To: {ALL}\nSubject: Partnership Board 11 March - actions\n\n" + ruth_plain)
    return q

m = EmailMessage(policy=SMTP)
m["From"] = "\"Okafor, Yusuf (NHS WESTMOOR ICB)\" <yusuf.okafor1@nhs.net>"
m["To"] = "\"Walker, Mary\" <Mary.Walker@westmoor.gov.uk>, \"Hill, Ruth\" <Ruth.Hill@westmoor.gov.uk>"
m["Cc"] = "\"Price, Anne\" <anne.price@westmoorsendpartnership.org.uk>, \"Shah, Priya\" <Priya.Shah@westmoor.gov.uk>, \"Evans, Tom\" <tom@westmoorpcf.org.uk>, \"Brooks, Helen\" <senco@riverside.westmoor.sch.uk>, \"Lowe, David\" <David.Lowe@westmoor.gov.uk>, \"Khan, Sarah\" <Sarah.Khan@westmoor.gov.uk>, \"Adeyemi, Grace\" <grace.adeyemi@nhs.net>, \"Porter, Liam\" <Liam.Porter@westmoor.gov.uk>"
m["Subject"] = "RE: Partnership Board 11 March - actions"
m["Date"] = "Tue, 16 Mar 2027 08:03:11 +0000"
m["Message-ID"] = "<LO2P265MB4471A3C2E9F0B1D7@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>"
m["In-Reply-To"] = "<CWLP123MB5530E1F2@CWLP123MB5530.GBRP123.PROD.OUTLOOK.COM>"
m["Thread-Topic"] = "Partnership Board 11 March - actions"
m["X-MS-Has-Attach"] = ""
m.set_content(quote_plain(), cte="8bit")
m.add_alternative(html, subtype="html", cte="8bit")
open(OUT, "wb").write(bytes(m))
