"""524: PCF/council liaison 'you said, we did' follow-up email, with a PCF reply adding a missed commitment (.eml)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
STEM = "524_seventyfirst_pcf_council_liaison_you_said_we_did_followup_email_reply_adds"

orig = (HERE / "524_mary_original.txt").read_text(encoding="utf-8").rstrip("\n")
quoted_orig = "\n".join(("> " + l) if l else ">" for l in orig.split("\n"))

tom = f"""Hi Mary,

Thanks for this - it's a fair summary and really helpful to have it in writing. I'll put it on the PCF page at the weekend.

One thing I think is missing: at the end of the meeting Liam agreed to send us the tribunal outcomes for 2026 by the end of February, broken down by appeal type, so we can compare with what families are telling us. Could that go on the list?

On number 2, it will be me and Priya M from the PCF. We also said we'd like an update on the sufficiency strategy at some point, but that can wait.

Thanks
Tom

Tom Evans
Co-chair, Westmoor Parent Carer Forum
(volunteer - I usually pick up emails in the evening)

On Wed, 10 Feb 2027 at 09:14, Mary Walker <mary.walker@westmoor.gov.uk> wrote:

{quoted_orig}
"""

mary2 = f"""Hi Tom,

Quite right, sorry - I missed it off. Liam has confirmed he will send the tribunal figures by appeal type to you and Priya by Friday 26th. The sufficiency strategy update is already on the May agenda so no need to add it.

I've copied Yusuf so he has Priya's name for the letter meeting.

Mary

Mary Walker
Head of SEND
Westmoor Council

From: Tom Evans <tom.evans.pcf@gmail.com>
Sent: 10 February 2027 20:03
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: Priya Mistry <priya.mistry.pcf@gmail.com>; Ruth Hill <ruth.hill@westmoor.gov.uk>; Liam Porter <liam.porter@westmoor.gov.uk>
Subject: Re: PCF / LA liaison 8 Feb - you said, we did + what we will do next

{tom}"""

hdrs = [
    ("From", "Mary Walker <mary.walker@westmoor.gov.uk>"),
    ("To", "Tom Evans <tom.evans.pcf@gmail.com>"),
    ("Cc", "Priya Mistry <priya.mistry.pcf@gmail.com>; Ruth Hill <ruth.hill@westmoor.gov.uk>; "
           "Liam Porter <liam.porter@westmoor.gov.uk>; Yusuf Okafor <yusuf.okafor@nhs.net>"),
    ("Subject", "RE: PCF / LA liaison 8 Feb - you said, we did + what we will do next"),
    ("Date", "Thu, 11 Feb 2027 08:47:31 +0000"),
    ("Message-ID", "<DB9PR06MB8123A1B2C3D4E5F6@DB9PR06MB8123.eurprd06.prod.outlook.com>"),
    ("In-Reply-To", "<CAJx7pQv=Rk2mTt9@mail.gmail.com>"),
    ("Thread-Topic", "PCF / LA liaison 8 Feb - you said, we did + what we will do next"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("Accept-Language", "en-GB, en-US"),
    ("Content-Language", "en-GB"),
]
raw = "MIME-Version: 1.0\n" + "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n"
body = mary2
ctype = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
(OUT / f"{STEM}.eml").write_text(raw + ctype + "\n" + body, encoding="utf-8")

labels = {
    "meeting_date": "2027-02-08",
    "style": (
        "Held-out batch seventyfirst. An .eml (8bit plain text, Outlook) from the Head of SEND on Thursday 11 "
        "February 2027, replying to the PCF co-chair's Gmail reply, which quotes (with '>') her original 'you said, we "
        "did' follow-up to the PCF / council SEND liaison meeting of Monday 8 February 2027. The original has three "
        "parts: November 'YOU SAID / WE DID' pairs (all done - not actions), 'still in progress' (short breaks report "
        "to Cabinet, no owner - not labelled), and 'WE WILL' numbered commitments agreed on Monday with owners named "
        "only by role: 'The Head of SEND' = Mary Walker, 'The DCO' = Yusuf Okafor, 'The Head of Transport' = Mark "
        "Walsh, 'The SEND Assessment Team Manager (Nicola Barton)' (not in cast, person null). Tom's reply adds a "
        "missed commitment from the meeting (Liam to send tribunal outcomes), confirmed in Mary's top reply; Tom's "
        "sufficiency-strategy wish is 'already on the May agenda' (not labelled); 'going through the list in May' "
        "is not an action. Dates: 'by 31 March 2027'; 'before half term (half term starts 15 February)' = Friday 12 "
        "February 2027; 'by the start of the summer term (Monday 12 April)' = 2027-04-12; 'w/c 1 March' = Monday 1 "
        "March 2027 (week labelled by its Monday); 'by Friday 19th' = Friday 19 February 2027; Liam's 'by the end of "
        "February' is firmed up in the top reply as 'by Friday 26th' = 2027-02-26."
    ),
    "held_out": True,
    "actions": [
        {"key": "publish the revised annual review timetable on the", "owner": "The Head of SEND", "person": "Mary Walker", "due": "2027-03-31"},
        {"key": "go through the revised ND waiting list letter", "owner": "The DCO", "person": "Yusuf Okafor", "due": "2027-02-12"},
        {"key": "launch the named caseworker pilot", "owner": "The SEND Assessment Team Manager (Nicola Barton)", "person": None, "due": "2027-04-12"},
        {"key": "send the PCF the draft post-16 travel policy", "owner": "The Head of Transport", "person": "Mark Walsh", "due": "2027-03-01"},
        {"key": "send Ruth three possible dates for the next", "owner": "Tom", "person": "Tom Evans", "due": "2027-02-19"},
        {"key": "send us the tribunal outcomes for 2026", "owner": "Liam", "person": "Liam Porter", "due": "2027-02-26"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
