"""Build 207_twentysixth_dfe_stocktake_followup.eml and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "207_twentysixth_dfe_stocktake_followup"

TEXT = """Return-Path: <send.adviser.northwest@education.gov.uk>
Message-ID: <AM9PR02MB7740A1C2F3E4@AM9PR02MB7740.eurprd02.prod.outlook.com>
Date: Thu, 11 Mar 2027 16:42:08 +0000
From: "SEND Adviser - North West (DfE)" <send.adviser.northwest@education.gov.uk>
To: "Whitfield, James" <james.whitfield@westmoor.gov.uk>
Cc: "Walker, Mary" <mary.walker@westmoor.gov.uk>, "Okafor, Yusuf" <yusuf.okafor1@nhs.net>,
 "NHSE NW SEND Team" <england.nw-send@nhs.net>, "Price, Anne" <anne.price@westmoorsendpartnership.org.uk>
Subject: Westmoor SEND stocktake 2 March 2027 - note of meeting and agreed follow-up
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

OFFICIAL-SENSITIVE

Dear James,

Thank you again to you and colleagues for your time at the joint DfE/NHS England SEND stocktake
on Tuesday 2 March. As promised, below is my note of the discussion and the follow-up we agreed.
Please let me know by 19 March if anything is inaccurate; otherwise I will treat it as final and
share it with the DfE regional director and the NHSE regional SEND lead.

Attendees: James Whitfield (AD SEND and Inclusion), Mary Walker (Head of SEND), Yusuf Okafor (DCO,
ICB), Anne Price (Independent Chair, SEND Partnership), Tom Evans (PCF co-chair), Liam Porter
(Data and Performance) for item 2; DfE SEND Adviser (me); Rachel from NHSE North West.

1. Progress since the inspection
The area talked through progress against the priority action plan. We recognised the real
improvement in 20-week timeliness (48% in January against 22% a year ago) and the strengthened
co-production with the forum. Tom was clear that families are not yet feeling the difference,
especially on communication, and we agreed that should stay a focus.

Thank you for sending the EHCP audit summary ahead of the meeting - received 26 February, nothing
further needed on that.

2. Data
Liam walked us through the partnership dashboard. We discussed whether the annual review
backlog figure was comparable with other areas; it is not yet, because of how "overdue" is counted.

3. Health
Yusuf described the ADHD and autism assessment position. Waits for school-age autism assessment
are now 68 weeks at the median. The ICB has commissioned additional capacity through two
independent providers. We discussed, but did not agree, whether the ICB should set a local
maximum wait standard - Yusuf will consider this with the ICB executive but it is a matter for them.

4. Finance
You confirmed the DSG high needs deficit forecast and that the management plan was refreshed in
January. No further follow-up needed from this stocktake.

AGREED FOLLOW-UP - for Westmoor
  a) Share the refreshed SEND data dashboard including 20-week timeliness and the annual
     review backlog with the new counting rules - Liam Porter, by 31 March.
  b) Send the updated priority action plan with RAG ratings and evidence of impact - Mary,
     Friday 16 April.
  c) Confirm the ICB's trajectory for school-age autism assessments, with quarterly milestones -
     Yusuf, by end of April (30/04).
  d) Tom offered to set up a session for me to meet parent carers directly - summer term,
     date to be agreed with the forum.
  e) Forward the alternative provision commissioning paper once it has been through Cabinet -
     James.

FOR DfE / NHSE (not for you to action)
  - I will share the North West benchmarking pack on annual reviews (w/c 22 March).
  - Rachel will link Yusuf with the NHSE neurodevelopmental pathway improvement programme.
  - We will both attend the Partnership Board in July if the Chair is happy to invite us.

Our next check-in will be on Tuesday 8 June (virtual, 1 hour). The next full stocktake is
provisionally in the autumn term.

It would also be helpful - though not an ask from this meeting - if the partnership could think
about how young people's voice features more visibly in the next stocktake.

Kind regards

SEND Adviser - North West
Regions Group | Department for Education
Mobile: 07700 900 412

Working pattern: Mon-Thu

This email and any files transmitted with it are intended solely for the addressee. If you have
received this email in error please notify the sender. Communications with the Department for
Education may be monitored and/or recorded for lawful purposes.
"""

(OUT / f"{STEM}.eml").write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))

labels = {
 "meeting_date": "2027-03-02",
 "style": ("Held-out batch twentysixth. DfE SEND adviser's follow-up email after a joint DfE/NHS England stocktake "
           "meeting (sent nine days later), with narrative by agenda item and a lettered 'AGREED FOLLOW-UP - for "
           "Westmoor' list followed by a 'FOR DfE / NHSE (not for you to action)' list. Traps: the email date (11 March) "
           "is not the meeting date (2 March); 'let me know by 19 March if anything is inaccurate' is an accuracy "
           "request not an agreed action; EHCP audit summary already received; Yusuf 'will consider' a local maximum "
           "wait standard, a matter for the ICB; finance 'no further follow-up'; DfE/NHSE actions (benchmarking pack, "
           "linking Yusuf, attending Board) are another body's; the young people's voice point is explicitly 'not an "
           "ask'. Labelling choices: the owners are as written after the dash ('Liam Porter', 'Mary', 'Yusuf', 'Tom', "
           "'James'); 'summer term, date to be agreed' and 'once it has been through Cabinet' have no date (null); "
           "'by end of April (30/04)' = 2027-04-30."),
 "held_out": True,
 "actions": [
  {"key": "Share the refreshed SEND data dashboard including 20-week timeliness", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-03-31"},
  {"key": "Send the updated priority action plan with RAG ratings", "owner": "Mary", "person": "Mary Walker", "due": "2027-04-16"},
  {"key": "Confirm the ICB's trajectory for school-age autism assessments", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-04-30"},
  {"key": "set up a session for me to meet", "owner": "Tom", "person": "Tom Evans", "due": None},
  {"key": "Forward the alternative provision commissioning paper", "owner": "James", "person": "James Whitfield", "due": None},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
