"""620: Outlook FW: of a workstream recap thread, multipart/alternative, quoted-printable, banners and disclaimers."""
import html
import json
import quopri
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "620_eightyfifth_forwarded_nd_pathway_recap_corrections"

EXT = "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe."
COUNCIL_DISC = ("Westmoor Council: This email and any files transmitted with it are confidential and intended solely for the use of the "
                "individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. "
                "The Council may monitor email traffic data and the content of email for security and staff training purposes.")
NHS_DISC = ("********************************************************************\n"
            "This message may contain confidential information. If you are not the intended recipient please inform the\n"
            "sender that you have received the message in error before deleting it.\n"
            "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.\n"
            "********************************************************************")

GROUP = ("David Lowe <David.Lowe@westmoor.gov.uk>; Grace Adeyemi <grace.adeyemi@nhs.net>; Patel Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST) "
         "<anita.patel14@nhs.net>; Liam Porter <Liam.Porter@westmoor.gov.uk>; Helen Brooks <hbrooks@riverside.westmoor.sch.uk>; "
         "OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor1@nhs.net>; Sarah Khan <Sarah.Khan@westmoor.gov.uk>; Priya Shah <Priya.Shah@westmoor.gov.uk>")
CC = "Ruth Hill <Ruth.Hill@westmoor.gov.uk>"
SUBJ = "ND pathway T&F group - recap of actions 15/04"

chain = [  # oldest first: sender, sent, body
    ("David Lowe <David.Lowe@westmoor.gov.uk>", "Friday, April 16, 2027 8:41 AM", f"""All,

Quick recap of what we agreed yesterday - full notes to follow from Ruth next week.

* GA to provide the therapy waiting list data broken down by locality - for next meeting (13 May)
* Anita to draft the revised referral criteria for the ND assessment pathway - by end of April
* LP to pull the number of EHCP requests where an ND diagnosis was cited - by 7 May
* HB to pilot the school observation form in two Riverside classes - before May half term
* YO to take ND waiting times to the ICB commissioning committee - at its May meeting
* SK to organise a parent focus group on the pre-diagnosis support offer
* DL to write to the DfE about the PINS (Partnerships for Inclusion of Neurodiversity in Schools) funding

Thanks for a really productive session.

David

David Lowe
Principal Educational Psychologist
Westmoor Educational Psychology Service
Westmoor Council

{COUNCIL_DISC}"""),
    ("OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor1@nhs.net>", "Friday, April 16, 2027 11:05 AM", f"""{EXT}

David

One correction - I didn't agree to take this to the commissioning committee myself, I said I'd ask Nicola (Head of Commissioning) whether it could go on the agenda. Happy for it to read:

YO to ask the ICB Head of Commissioning to add ND waiting times to the May agenda

I'll have asked her by the end of next week.

Yusuf

Yusuf Okafor | Designated Clinical Officer (SEND) | NHS Westmoor ICB

{NHS_DISC}"""),
    ("Liam Porter <Liam.Porter@westmoor.gov.uk>", "Friday, April 16, 2027 2:17 PM", f"""Hi David

The EHCP requests citing ND - done, figures attached. 142 of the 388 requests received in 2026-27 mentioned an ND diagnosis or assessment. Happy to talk anyone through it.

Liam

{COUNCIL_DISC}"""),
    ("Grace Adeyemi <grace.adeyemi@nhs.net>", "Monday, April 19, 2027 9:32 AM", f"""{EXT}

Hi David

On the waiting list data - SystmOne doesn't hold locality for our caseload, so I can't do it that way by 13 May. I could do it by PCN instead, but I'd need until the June meeting (10 June) to get it validated. Would that work?

Grace

{NHS_DISC}"""),
    ("David Lowe <David.Lowe@westmoor.gov.uk>", "Monday, April 19, 2027 10:03 AM", """By PCN is fine Grace, June it is.

D"""),
    ("Helen Brooks <hbrooks@riverside.westmoor.sch.uk>", "Monday, April 19, 2027 4:48 PM", f"""{EXT}

Hi David,

Small correction on the observation form - Nadia asked that we don't start anything new with Year 6 until after SATs, so it would be after May half term rather than before. Could we say w/c 7 June?

Thanks, Helen"""),
    ("David Lowe <David.Lowe@westmoor.gov.uk>", "Tuesday, April 20, 2027 8:15 AM", """Thanks Helen - yes, w/c 7 June.

D"""),
    ("Priya Shah <Priya.Shah@westmoor.gov.uk>", "Tuesday, April 20, 2027 12:50 PM", f"""David

On the PINS letter - I'll do that one myself, it needs to come from me as Director rather than from the service. Leave it with me.

Priya

Priya Shah
Director of Education
Westmoor Council

{COUNCIL_DISC}"""),
    ("Sarah Khan <Sarah.Khan@westmoor.gov.uk>", "Tuesday, April 20, 2027 3:22 PM", f"""Hi David,

Yes SK is me (not Sarah Kent!). I'll aim to run the focus group by the end of June - will liaise with Tom at the PCF about invites.

Thanks
Sarah

{COUNCIL_DISC}"""),
]

fwd_note = """James

FYI ahead of our 1:1 on Thursday - thread below from David's ND pathway group. Nothing for you to do; the only one that touches us directly is the PINS letter, which I've taken.

P

Priya Shah
Director of Education
Westmoor Council
"""


def history():
    parts = []
    for frm, sent, body in reversed(chain):
        pre = "" if (frm, sent, body) == chain[0] else "RE: "
        to = GROUP if frm.startswith("David") and pre == "" else GROUP
        parts.append("\n\n-----Original Message-----\n" if False else "\n\nFrom: " + frm + "\nSent: " + sent + "\nTo: " + to + "\nCc: " + CC + "\nSubject: " + pre + SUBJ + "\n\n" + body)
    return "".join(parts)


plain = fwd_note + "\n" + "\n\n".join("________________________________" + p for p in history().split("\n\nFrom: ")[1:] and
                                   ["\nFrom: " + p for p in history().split("\n\nFrom: ")[1:]])
plain = plain.replace("\r\n", "\n")


def wrap_qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


body_html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head><body lang=\"EN-GB\"><div class=\"WordSection1\">"
for para in plain.split("\n"):
    body_html += "<p class=\"MsoNormal\">" + (html.escape(para) or "&nbsp;") + "</p>\n"
body_html += "</div></body></html>"

boundary = "_000_CWLP265MB5290F1A3B2C4D6E8F0A1B2C3D4E5FCWLP265MB5290GBRP_"
eml = f"""From: Priya Shah <Priya.Shah@westmoor.gov.uk>
To: James Whitfield <James.Whitfield@westmoor.gov.uk>
Subject: FW: {SUBJ}
Thread-Topic: {SUBJ}
Thread-Index: AQHdMq8z1Yb0xw2fT0aUZGlVbnPZ3gAAeQkAAAHkXIAAA5zvgAAB0ELg
Date: Wed, 21 Apr 2027 07:58:12 +0000
Message-ID: <CWLP265MB5290F1A3B2C4D6E8F0A1B2C3D4E5F@CWLP265MB5290.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: yes
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
\tboundary="{boundary}"
MIME-Version: 1.0

--{boundary}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{plain}
--{boundary}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{wrap_qp(body_html)}
--{boundary}--
"""
(OUT / f"{STEM}.eml").write_bytes(eml.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))

labels = {
    "meeting_date": "2027-04-15",
    "style": (
        "Held-out batch eightyfifth. An Outlook 'FW:' saved as .eml (multipart/alternative, quoted-printable plain and Word-style HTML "
        "parts): Priya Shah forwards to James Whitfield, 'FYI ... nothing for you to do', the reply-all thread that followed David Lowe's "
        "bullet recap of the ND pathway task-and-finish group on Thursday 15 April 2027 ('yesterday' in his Friday 16 April email). Owners "
        "are initials (GA, LP, HB, YO, SK, DL) and replies (external-sender CAUTION banners, NHSmail and council disclaimers, US-format "
        "Sent lines) correct the chair's recap by topic. Labelling: GA's waiting list data changes from locality for 13 May to by PCN for "
        "the June meeting, Thursday 10 June (David: 'June it is'); Anita's referral criteria 'by end of April' = 30 April; LP's EHCP "
        "request count is reported done with figures (not labelled); HB's observation pilot moves from 'before May half term' to 'w/c 7 "
        "June' = Friday 11 June; Yusuf rewrites his action (he only asks the Head of Commissioning to add ND waiting times to the May "
        "agenda), keyed from his reworded line, 'by the end of next week' written Friday 16 April = Friday 30 April; SK is confirmed as "
        "Sarah Khan, focus group 'by the end of June' = 30 June; DL's PINS letter is taken by Priya Shah ('I'll do that one myself ... "
        "Leave it with me'), owner as written 'Priya', no date (null). The forwarding note gives James nothing to do."),
    "held_out": True,
    "actions": [
        {"key": "provide the therapy waiting list data broken down", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-06-10"},
        {"key": "draft the revised referral criteria for the ND", "owner": "Anita", "person": "Anita Patel", "due": "2027-04-30"},
        {"key": "pilot the school observation form in two Riverside", "owner": "HB", "person": "Helen Brooks", "due": "2027-06-11"},
        {"key": "ask the ICB Head of Commissioning to add", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-04-30"},
        {"key": "organise a parent focus group on the pre-diagnosis", "owner": "SK", "person": "Sarah Khan", "due": "2027-06-30"},
        {"key": "write to the DfE about the PINS", "owner": "Priya", "person": "Priya Shah", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
