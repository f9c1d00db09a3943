import json, html
from pathlib import Path
OUT = Path("/tmp/b84")
STEM = "614_eightyfourth_dco_health_group_notes_email_thread"

top = """Hi all,

Thanks Grace - yes, that makes sense. Let's bring the SALT trajectory to the June meeting (21 June) rather than
end of May; there's no point doing it on data that's about to be refreshed.

One other change: Jo has let me know she starts her secondment to the regional team on 4 May, so she can't
do the health advice audit. Anita Patel has kindly agreed to take it on - same scope (20 advices) and same
date, 28 May. Anita, Jo will hand over the sampling list before she goes.

I've updated the action log on the Teams channel. Everything else stands as in my note below.

Best wishes
Yusuf

Yusuf Okafor | Designated Clinical Officer for SEND
NHS Westmoor Integrated Care Board
"""

grace = """Hi Yusuf,

Thanks for these - very helpful.

On the SALT trajectory: end of May falls on the bank holiday Monday, and more to the point our waiting list
data isn't refreshed until the first week of June. Could we bring it to the June meeting instead? I'd rather
give the group something accurate.

Happy with everything else.

Grace

Grace Adeyemi
Head of Children's Therapies, Westmoor Community Health NHS Trust
"""

orig = """Dear colleagues,

Below are the notes and actions from Monday's SEND Health Steering Group (19 April 2027, 2-4pm, Teams).
Please let me know of any corrections by Friday.

Present: Yusuf Okafor (DCO, chair); Grace Adeyemi (Children's Therapies); Dr Anita Patel (Community
Paediatrics); Jo Carr (Named Nurse for SEND, Community Health Trust); Dr Hamid Rahman (CAMHS clinical lead,
Westmoor Mental Health Trust); Tom Evans (PCF co-chair); Liam Porter (Data and Performance, council);
Ruth Hill (notes).
Apologies: Mary Walker; Nicola Grant (Designated Nurse, Looked After Children).

1. Previous actions (February)
- Anita to update the medical advice template to include the "impact on learning" section: done, in use
  since 1 March.
- Tom and Yusuf to meet about the PCF neurodevelopmental pathway survey: done (met 9 March); results below.
- Liam to check whether health advice dates can be reported from the case system: partly - see item 4.

2. Neurodevelopmental (ND) pathway
Dr Patel reported the autism/ADHD assessment waiting list at 1,140 children, longest wait 29 months. The
Trust's ND improvement plan is being monitored by the Trust board and the ICB contract meeting, so this group
is not duplicating that. Tom said the PCF survey (212 responses) shows families feel "on hold" with no support
while they wait. Group agreed the survey should inform the partnership's self-evaluation.
ACTION: Tom to share the full PCF survey results with the group by Friday 7 May.

3. Speech and language therapy waits
GA: school-age SALT wait 38 weeks (down from 41). Early years 22 weeks. Two vacancies filled in March.
The group asked for a realistic trajectory rather than a target.
ACTION: GA to produce a trajectory for reducing SALT waits by the end of May.

4. Health advice for EHC needs assessments
Only 55% of health advices returned within six weeks in the last quarter. Most late ones are paediatrics,
where the clinic capacity is going on the ND list. Jo described the quality problems - advices that list
diagnoses but don't say what the child needs.
ACTION: Jo Carr to lead an audit of 20 health advices against the quality standard by 28 May.
ACTION: YO to write to the Trust's Chief Operating Officer about health advice returns, by 30 April.
ACTION: Liam to add health advice timeliness to the SEND dashboard, for the next meeting.
Liam explained the case system holds the request date but not the return date; he will use the SEN team's
tracker in the meantime.

5. Self-evaluation (SEF) and inspection readiness
The health section of the partnership SEF needs updating before the Partnership Board signs off the whole
SEF. Yusuf has drafted it (circulated with the papers).
ACTION: Ruth to put the health section of the SEF on the Partnership Board agenda for 12 May.
The DCO annual report goes to the ICB Quality Committee in June - that's an ICB process, for information.

6. CAMHS
Dr Rahman updated on the new CAMHS single point of access. Noted. He offered to bring the eating disorder
pathway to a future meeting - not needed yet, we'll come back to it if the group wants it.

7. AOB
Decision: the group will move to meeting every two months from June. No other business.

Next meeting: Monday 21 June 2027, 2-4pm, Teams.

Kind regards
Yusuf
"""

def quote(s):
    return "\n".join((">" + (" " + l if l else "")) for l in s.splitlines())

plain = (top + "\n-----Original Message-----\nFrom: Grace Adeyemi <grace.adeyemi@westmoorhealth.nhs.uk>\n"
         "Sent: Thursday, 22 April 2027 09:14\nTo: Yusuf Okafor <yusuf.okafor@westmoor-icb.nhs.uk>\n"
         "Cc: SEND Health Steering Group\nSubject: RE: SEND Health Steering Group 19 April - notes and actions\n\n"
         + grace + "\n" + quote("-----Original Message-----\nFrom: Yusuf Okafor\nSent: Wednesday, 21 April 2027 17:02\n"
         "Subject: SEND Health Steering Group 19 April - notes and actions\n\n" + orig))

def to_html(s):
    out = []
    for para in s.split("\n\n"):
        out.append("<p>" + html.escape(para, quote=False).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

htmlbody = ("<html><head><meta charset=\"utf-8\"><style>p{font-family:Calibri,sans-serif;font-size:11pt}"
            "blockquote{border-left:2px solid #999;padding-left:8px;margin-left:4px}</style></head><body>\n"
            + to_html(top) +
            "\n<hr><p><b>From:</b> Grace Adeyemi<br>\n<b>Sent:</b> Thursday, 22 April 2027 09:14<br>\n"
            "<b>Subject:</b> RE: SEND Health Steering Group 19 April - notes and actions</p>\n"
            "<blockquote>\n" + to_html(grace) +
            "\n<hr><p><b>From:</b> Yusuf Okafor<br>\n<b>Sent:</b> Wednesday, 21 April 2027 17:02</p>\n<blockquote>\n"
            + to_html(orig) + "\n</blockquote>\n</blockquote>\n</body></html>\n")

eml = f"""Return-Path: <yusuf.okafor@westmoor-icb.nhs.uk>
Received: from mail.westmoor-icb.nhs.uk (10.4.2.17) by mx.nhs.net; Fri, 23 Apr 2027 08:41:55 +0100
From: Yusuf Okafor <yusuf.okafor@westmoor-icb.nhs.uk>
To: Grace Adeyemi <grace.adeyemi@westmoorhealth.nhs.uk>, Anita Patel <anita.patel@westmoorhealth.nhs.uk>,
 Jo Carr <jo.carr@westmoorhealth.nhs.uk>, Tom Evans <chair@westmoorpcf.org.uk>,
 Liam Porter <liam.porter@westmoor.gov.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>,
 Hamid Rahman <hamid.rahman@westmoormh.nhs.uk>
Cc: Mary Walker <mary.walker@westmoor.gov.uk>, Nicola Grant <nicola.grant@westmoor-icb.nhs.uk>
Subject: RE: RE: SEND Health Steering Group 19 April - notes and actions
Date: Fri, 23 Apr 2027 08:41:50 +0100
Message-ID: <DB9PR03MB7731.84A1@westmoor-icb.nhs.uk>
In-Reply-To: <AM0PR06MB5523.22F0@westmoorhealth.nhs.uk>
References: <DB9PR03MB7702.11C3@westmoor-icb.nhs.uk> <AM0PR06MB5523.22F0@westmoorhealth.nhs.uk>
Thread-Topic: SEND Health Steering Group 19 April - notes and actions
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_8841_2027042308"

------=_Part_8841_2027042308
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{plain}

------=_Part_8841_2027042308
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

{htmlbody}
------=_Part_8841_2027042308--
"""
(OUT / f"{STEM}.eml").write_text(eml.replace("\n", "\r\n"), encoding="utf-8", newline="")

labels = {
    "meeting_date": "2027-04-19",
    "style": ("Held-out batch eightyfourth. A full RFC 822 email (multipart/alternative, plain text with '>'-quoted history "
              "and an HTML part with nested blockquotes): the Designated Clinical Officer's reply of Friday 23 April 2027 on "
              "top of Grace Adeyemi's reply (22 April) on top of his original notes (21 April) of the SEND Health Steering "
              "Group held Monday 19 April 2027. Traps: February actions are done (Anita's template, Tom and Yusuf's meeting) "
              "or folded into a new action (Liam's reporting check becomes the dashboard action); the ND waiting list is "
              "monitored by the Trust board and ICB contract meeting (not this group's action); Liam using the SEN team's "
              "tracker 'in the meantime' is not a separate action; the DCO annual report is an ICB process; Dr Rahman's "
              "offer is declined for now; bi-monthly meetings are a decision; 'corrections by Friday' is not an action. "
              "Changes in the thread: GA's SALT trajectory was 'by the end of May' (31 May 2027 is the spring bank holiday) "
              "and is moved by agreement to the June meeting, Monday 21 June 2027; Jo Carr's audit of 20 health advices "
              "is handed to Anita Patel with the same date, 28 May 2027 - labelled in final form (owner as the reply writes "
              "it, 'Anita Patel', key from the original wording). Other dates: Tom 'by Friday 7 May' = 2027-05-07; YO 'by 30 "
              "April' = Friday 30 April 2027; Liam 'for the next meeting' dated Monday 21 June 2027; Ruth 'for 12 May' Board "
              "= Wednesday 12 May 2027."),
    "held_out": True,
    "actions": [
        {"key": "Tom to share the full PCF survey results", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-07"},
        {"key": "GA to produce a trajectory for reducing SALT waits", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-06-21"},
        {"key": "to lead an audit of 20 health advices", "owner": "Anita Patel", "person": "Anita Patel", "due": "2027-05-28"},
        {"key": "YO to write to the Trust's Chief Operating Officer", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-04-30"},
        {"key": "Liam to add health advice timeliness", "owner": "Liam", "person": "Liam Porter", "due": "2027-06-21"},
        {"key": "Ruth to put the health section of the SEF", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-05-12"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
