"""475: A council officer's Outlook meeting request (.eml) whose body carries the actions from the last meeting."""
import base64
import json
import quopri
from pathlib import Path

OUT = Path("/tmp/b64")
STEM = "475_sixtyfourth_council_officer_outlook_invite_actions_body"

plain = """Hi all,

Please accept this invite for our next Preparing for Adulthood workstream meeting on Wednesday 10 February, 2-3.30pm
on Teams. I have put the actions from last Wednesday (13 January) below so they don't get lost in an email chain -
please update me by reply before the meeting rather than waiting until we are in the room.

ACTIONS FROM 13 JANUARY

1. Owen to share the draft PfA outcomes framework with the three FE colleges for comment - by Friday 29 January.
2. Sarah Khan to arrange a session with the young people's forum on the outcomes framework, and feed back at the
   next meeting.
3. Liam Porter to pull the NEET figures for 16-25s with an EHCP, split by college / no setting, for the next meeting.
4. Grace Adeyemi to confirm the named contact for the adult speech and language therapy referral pathway by
   5 February.
5. Travel training numbers - this was with Mark Walsh but Mark has asked that it sits with his team manager Kath
   Doyle from now on. Kath Doyle to bring the travel training numbers for this academic year to the February meeting.
6. Owen to circulate the slides from the college transitions presentation - DONE, sent 14 January.
7. Supported internship job coach funding (carried forward from November) - CLOSED. Mary Walker confirmed at the
   January meeting that the DSG high needs budget will fund two job coaches from September; no further action
   for this group.

Also noted on 13 January (not actions): the group agreed to meet monthly until the PfA strategy is signed off in
April, and agreed that the employment forum will be run by Westmoor College, not by us.

DRAFT AGENDA - 10 FEBRUARY
1. Welcome and actions (Owen Reid)
2. Supported internships - September 2027 cohort (Hannah Gill, Westmoor College)
3. Outcomes framework - college feedback (Owen Reid)
4. Young people's forum feedback (Sarah Khan)
5. Data - NEET and destinations (Liam Porter)
6. AOB

If you can't make it please send a deputy - we were not quorate for the decision items last time.

Thanks
Owen

Owen Reid
Preparing for Adulthood Lead
Children's Services | Westmoor Council
Tel: 01632 960 418 | Teams: Owen.Reid@westmoor.gov.uk
Working pattern: Mon-Thu

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 348 112 907 554
Passcode: Xh7Ue2
________________________________________________________________________________
"""

html_body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=EN-GB>" + \
    "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in plain.split("\n")) + "</body></html>"
html_qp = quopri.encodestring(html_body.encode("utf-8")).decode("ascii")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 75:
        out.append(b[:75].decode("utf-8", "ignore"))
        b = b" " + b[75:]
    out.append(b.decode("utf-8"))
    return "\r\n".join(out)


ics_lines = [
    "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
    "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
    "ORGANIZER;CN=Owen Reid:mailto:Owen.Reid@westmoor.gov.uk",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Khan:mailto:Sarah.Khan@westmoor.gov.uk",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Porter:mailto:Liam.Porter@westmoor.gov.uk",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grace Adeyemi:mailto:grace.adeyemi@westmoorhealth.nhs.uk",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kath Doyle:mailto:Kath.Doyle@westmoor.gov.uk",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Walsh:mailto:Mark.Walsh@westmoor.gov.uk",
    "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mary Walker:mailto:Mary.Walker@westmoor.gov.uk",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Gill:mailto:hgill@westmoor-college.ac.uk",
    "DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(plain),
    "UID:040000008200E00074C5B7101A82E00800000000B0E1F3C2D3EADB01000000000000000010000000C4B1",
    "SUMMARY;LANGUAGE=en-GB:PfA Workstream - February",
    "DTSTART;TZID=GMT Standard Time:20270210T140000", "DTEND;TZID=GMT Standard Time:20270210T153000",
    "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270115T113205Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
    "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    "X-MS-OLK-CONFTYPE:0",
    "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
    "END:VEVENT", "END:VCALENDAR",
]
ics = "\r\n".join(fold(l) for l in ics_lines) + "\r\n"
ics_b64 = base64.encodebytes(ics.encode("utf-8")).decode("ascii")

eml = f"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (10.44.2.19) by
 WMC-EX02.westmoor.local (10.44.2.12) with Microsoft SMTP Server id 15.2.1544.4;
 Fri, 15 Jan 2027 11:32:07 +0000
From: Owen Reid <Owen.Reid@westmoor.gov.uk>
To: Sarah Khan <Sarah.Khan@westmoor.gov.uk>, Liam Porter <Liam.Porter@westmoor.gov.uk>,
 Grace Adeyemi <grace.adeyemi@westmoorhealth.nhs.uk>, Kath Doyle <Kath.Doyle@westmoor.gov.uk>,
 Hannah Gill <hgill@westmoor-college.ac.uk>
CC: Mark Walsh <Mark.Walsh@westmoor.gov.uk>, Mary Walker <Mary.Walker@westmoor.gov.uk>
Subject: PfA Workstream - February
Thread-Topic: PfA Workstream - February
Thread-Index: AdtnK0q1xv2mP9ZcQ0u9jYb2l0e3hA==
Date: Fri, 15 Jan 2027 11:32:05 +0000
Message-ID: <LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42@LO4P265MB5983.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAACw4fPC0+rbAQAAAAAAAAAAEAAAAMSx
X-Classification: OFFICIAL
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="_000_LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42_"

--_000_LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{plain}
--_000_LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{html_qp}
--_000_LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42_
Content-Type: text/calendar; charset="utf-8"; method=REQUEST
Content-Transfer-Encoding: base64

{ics_b64}
--_000_LO4P265MB5983A1E0C2B2B0C7D0E7F41BA1E42_--
"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8", newline="\n")

labels = {
    "meeting_date": "2027-01-13",
    "style": "Held-out batch sixtyfourth. An Outlook meeting request saved as .eml from a council officer (Owen Reid, "
             "PfA Lead) for the next Preparing for Adulthood workstream meeting, whose body carries the numbered actions "
             "from the previous meeting (Wednesday 13 January 2027, which is the meeting labelled) and a draft agenda; "
             "multipart/alternative with a plain text part, a quoted-printable HTML part and a base64 text/calendar part "
             "(VEVENT with DTSTART 10 February, DESCRIPTION repeating the body), Teams join block and signature. Traps: "
             "action 6 DONE, action 7 carried forward from November but CLOSED, 'also noted (not actions)' decisions "
             "(monthly meetings, college runs the employment forum), the draft agenda with presenters (Hannah Gill, "
             "Owen, Sarah Khan, Liam Porter), the request to update by reply, the invite's send date (15 Jan) is not the "
             "meeting date. Labelling: 'Owen' = Owen Reid (the sender); action 5 was re-assigned from Mark Walsh to Kath "
             "Doyle (not in people.json), labelled with owner Kath Doyle; 'next meeting' / 'February meeting' is dated "
             "by the invite itself (Wednesday 10 February 2027), so resolved to 2027-02-10; 'by Friday 29 January' and "
             "'by 5 February' as written.",
    "held_out": True,
    "actions": [
        {"key": "share the draft PfA outcomes framework with the", "owner": "Owen", "person": "Owen Reid", "due": "2027-01-29"},
        {"key": "arrange a session with the young people's forum", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-02-10"},
        {"key": "Liam Porter to pull the NEET figures", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-02-10"},
        {"key": "confirm the named contact for the adult speech", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-02-05"},
        {"key": "Kath Doyle to bring the travel training numbers", "owner": "Kath Doyle", "person": None, "due": "2027-02-10"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
