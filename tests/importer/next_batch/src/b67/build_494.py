"""Builds 494: Outlook .eml, a forward of a reply-all chain with in-line answers (CAPS and [brackets])."""
import email.quoprimime as qp
import html, json, textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

SIG_RUTH = """Ruth Hill | Partnership Business Support Officer
Children's Services | Westmoor Council
Civic Centre, Market Street, Westmoor WM1 2AA
T: 01632 960 418 | Teams: ruth.hill@westmoor.gov.uk
Working days Mon-Thurs"""

plain = f"""Anne,

FYI - see below. Between Mary and Yusuf everything from Wednesday now has
an owner except no.4 (Local Offer), which I'd suggest goes back on the May
agenda if you're happy?

Updates since their replies:
- David has confirmed no.3 but says 14 May isn't doable with the EP
  recruitment going on, he will do it by 28 May instead. Log updated.
- Grace rang this morning, she's fine to do the therapy workforce figures
  for Cllr Jones (no.5) by the 30th.
- Tom is happy to share the survey results, he'll do it at the PCF members'
  meeting on 5 May.
- Liam's on leave this week so no reply on 7, I'm treating it as for the May
  board as Mary says.

Have a good weekend
Ruth

{SIG_RUTH}

From: Yusuf Okafor <yusuf.okafor3@nhs.net>
Sent: 22 April 2027 17:58
To: Mary Walker <Mary.Walker@westmoor.gov.uk>; Ruth Hill <Ruth.Hill@westmoor.gov.uk>; Liam Porter <Liam.Porter@westmoor.gov.uk>; Priya Shah <Priya.Shah@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>; Grace Adeyemi <grace.adeyemi2@nhs.net>
Subject: RE: Board 21 April - loose ends

Ruth - my bits in [brackets] below. Have copied Grace in for 5.

Yusuf

Yusuf Okafor
Designated Clinical Officer (SEND)
NHS Westmoor Integrated Care Board
Mob: 07700 900 377

*** This email and any attachments are confidential and may contain
information that is privileged. If you are not the intended recipient
please notify the sender and delete it. ***

From: Mary Walker <Mary.Walker@westmoor.gov.uk>
Sent: Thursday, April 22, 2027 11:20 AM
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>; Yusuf Okafor <yusuf.okafor3@nhs.net>; Liam Porter <Liam.Porter@westmoor.gov.uk>; Priya Shah <Priya.Shah@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: RE: Board 21 April - loose ends

Ruth, answers in CAPS below, think that covers mine. Sorry, on phone.
M

Sent from Outlook for iOS

From: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Sent: Thursday, April 22, 2027 9:12 AM
To: Mary Walker <Mary.Walker@westmoor.gov.uk>; Yusuf Okafor <yusuf.okafor3@nhs.net>; Liam Porter <Liam.Porter@westmoor.gov.uk>; Priya Shah <Priya.Shah@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: Board 21 April - loose ends

Hi all,

A few things from yesterday's Board didn't get a clear owner or date in
the room (we ran out of time on item 7!). Could you reply inline please so
I can finish the action log? May board is Wed 19 May, Civic Centre.

1. Annual review backlog - recovery plan. Mary, I think you said you'd do
this?
YES ME - I'LL WRITE THE RECOVERY PLAN, DRAFT TO THE MAY BOARD.
[YO - health input will come via me, I'll send Mary a health paragraph by
Fri 7 May]

2. Post-16 transport appeals - Mark Walsh to review the decision letters?
ALREADY DONE - MARK SENT THE REVISED LETTERS 20/4, CAN COME OFF.

3. EP statutory advice timeliness - who is pulling the report on the 6
week breaches?
NOT ME - DAVID LOWE. HAVE SPOKEN TO HIM, HE WILL DO THE BREACHES REPORT BY
14 MAY.

4. Local Offer pages - refresh of the short breaks section
NOT SURE THIS IS US? COMMS TEAM OWN THE SITE NOW.
[not ICB either sorry!]

5. Cllr Jones asked for the therapy workforce figures for scrutiny
[these sit with Grace's team at the Trust not ICB. Grace can you pick this
up? think she'll be ok with it]

6. Parent survey results - who shares with PCF members?
TOM? HE'S NOT ON THIS EMAIL - RUTH CAN YOU CHECK WITH HIM.

7. Dashboard - Liam offered to add the tribunal data - by when?
LIAM SAID NEXT BOARD IN THE MEETING I'M SURE. LIAM??

8. Joint commissioning workshop - date
AGREED IN THE ROOM, 9 JUNE. PRIYA'S PA HAS ALREADY SENT THE INVITE.
[yes got it thanks]

Thanks all, sorry for the homework!

Ruth

{SIG_RUTH}
"""


def html_body(text):
    out = []
    for line in text.split("\n"):
        e = html.escape(line)
        if line.isupper() or (line[:3].isupper() and any(c.isalpha() for c in line) and line.replace("'", "").upper() == line.replace("'", "")):
            out.append(f'<p class="MsoNormal"><b><span style="color:red">{e}</span></b><o:p></o:p></p>')
        elif line.startswith("[") or line.endswith("]"):
            out.append(f'<p class="MsoNormal"><span style="color:#0070C0">{e}</span><o:p></o:p></p>')
        elif line.startswith(("From:", "Sent:", "To:", "Cc:", "Subject:")):
            k, _, v = line.partition(":")
            out.append(f'<p class="MsoNormal"><b>{k}:</b>{html.escape(v)}<o:p></o:p></p>')
        elif not line:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{e}<o:p></o:p></p>')
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Aptos\",sans-serif;}\n"
            "span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:\"Aptos\",sans-serif;\n\tcolor:windowtext;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
            "--></style>\n</head>\n<body lang=\"EN-GB\" link=\"#467886\" vlink=\"#96607D\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


B = "_000_CWXP265MB5127A1B93F0C4E7D2E81CWXP265MB5127GBRP_"
eml = f"""Received: from CWXP265MB5127.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:13f::9) by
 LO0P265MB6613.GBRP265.PROD.OUTLOOK.COM with HTTPS; Fri, 23 Apr 2027 13:37:52 +0000
From: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
To: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: FW: Board 21 April - loose ends
Thread-Topic: Board 21 April - loose ends
Thread-Index: AQHbs2Xk7yR1vF0m2k6Qz1b4hWq9dLKz3TqAgAAXv4CAAH1NgIAAG0pQ
Date: Fri, 23 Apr 2027 13:37:51 +0000
Message-ID: <CWXP265MB5127A1B93F0C4E7D2E81CWXP265MB5127@CWXP265MB5127.GBRP265.PROD.OUTLOOK.COM>
References: <CWXP265MB51279C21D0@CWXP265MB5127.GBRP265.PROD.OUTLOOK.COM>
 <DB9PR02MB7241C7@DB9PR02MB7241.eurprd02.prod.outlook.com>
 <LO4P265MB3902AA@LO4P265MB3902.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <LO4P265MB3902AA@LO4P265MB3902.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Classification: OFFICIAL
msip_labels: MSIP_Label_3a1f2c08-official_Enabled=true
Content-Type: multipart/alternative;
\tboundary="{B}"
MIME-Version: 1.0

--{B}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp.body_encode(plain, maxlinelen=76)}
--{B}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp.body_encode(html_body(plain), maxlinelen=76)}
--{B}--
"""
name = "494_sixtyseventh_outlook_forward_reply_all_inline_caps_and_brackets"
(OUT / f"{name}.eml").write_text(eml.replace("\n", "\r\n"), encoding="utf-8", newline="")
labels = {
    "meeting_date": "2027-04-21",
    "style": ("Held-out batch sixtyseventh. Outlook .eml (multipart/alternative, quoted-printable plain and HTML parts, CRLF): Ruth forwards to "
              "the chair (Fri 23 April 2027) a reply-all chain about 'loose ends' from the Board of Wednesday 21 April 2027. Her original "
              "questions are numbered; Mary answers in CAPITALS beneath each (sent from phone, US-style Sent date) and Yusuf adds [bracketed] "
              "answers under the same items; Ruth's covering note on top updates three of them. Traps: item 2 is already done (Mark Walsh, not "
              "labelled); item 4 has no owner and only goes back on an agenda (not labelled); item 8 is a date already fixed and the invite already "
              "sent; Mary agrees item 3 for David Lowe and Ruth's note changes his date from 14 May to 28 May (label 28 May); item 5 is pushed by "
              "Yusuf to Grace, confirmed by phone in Ruth's note; item 6 Tom is not on the email and confirms via Ruth; item 7 Liam is on leave "
              "and Mary's 'next board' stands. Dates: 'May board is Wed 19 May' = 2027-05-19 (items 1 and 7); 'Fri 7 May' = 2027-05-07; 'by 28 "
              "May' = 2027-05-28; Grace 'by the 30th' (of April, said 23 April) = Fri 30 April 2027; Tom 'PCF members' meeting on 5 May' = "
              "Wed 5 May 2027."),
    "held_out": True,
    "actions": [
        {"key": "WRITE THE RECOVERY PLAN, DRAFT TO THE MAY BOARD", "owner": "Mary", "person": "Mary Walker", "due": "2027-05-19"},
        {"key": "I'll send Mary a health paragraph", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-05-07"},
        {"key": "HE WILL DO THE BREACHES REPORT", "owner": "DAVID LOWE", "person": "David Lowe", "due": "2027-05-28"},
        {"key": "do the therapy workforce figures for Cllr Jones", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-04-30"},
        {"key": "Tom is happy to share the survey results", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-05"},
        {"key": "Liam offered to add the tribunal data", "owner": "Liam", "person": "Liam Porter", "due": "2027-05-19"},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
