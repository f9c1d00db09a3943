"""Builds 498: Outlook meeting request .eml (text/plain + text/calendar) whose description holds the last meeting's actions."""
import email.quoprimime as qp
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

desc = """Hi all,

Follow-up to Wednesday's Data Working Group as agreed - same time in two
weeks. Actions from 8/9 are below so they're all in one place, please come
with updates. Notes went round this morning.

Present 8/9: Mary Walker (MW, chair), Liam Porter (LP), Grace Adeyemi (GA),
Yusuf Okafor (YO), Helen Brooks (HB), David Lowe (DL), Ruth Hill (RH, notes)
Apologies: Priya Shah

ACTIONS FROM 8 SEPTEMBER
1. LP - build the draft KPI list (max 12 indicators) for this meeting
2. GA - confirm the therapy data sharing agreement with IG by 17/09
3. YO - ask the ICB BI team for CAMHS waiting data by end of Sept
4. HB - find three SENCos willing to pilot the dashboard before October
   half term (w/c 25 Oct)
5. RH - circulate notes - DONE 9/9
6. MW - present the dashboard at the October Board (Wed 20 Oct)
7. DL - share the EP service's current timeliness spreadsheet with LP by
   Fri 17 Sept
   (EP timeliness measure: David offered to draft a definition, Liam said
   he'd rather do it with the KPI list as it's all SEN2 - agreed it's part
   of action 1, not a separate action)

DECISIONS
- SEN2 definitions used throughout
- dashboard refreshed monthly not weekly

From the July log: LP data quality audit - complete, closed.

Any problems let me know.
Ruth
"""
teams = """________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA1YjMtOTRlZC00ZTcxLWI2MzktZDk1YzQ0ZTM3YjA4%40thread.v2/0?context=%7b%22Tid%22%3a%2271c2b7a0-1c7e-4d0b-9a33-0f1d2c5e8b44%22%2c%22Oid%22%3a%22f7a1c9d2-5b60-4e1b-8a0f-3a9e2d7c6b15%22%7d>
Meeting ID: 384 221 905 117
Passcode: Xq7Lm2
________________________________
Dial in by phone
+44 20 3321 5200,,604118735#<tel:+442033215200,,604118735> United Kingdom, London
Find a local number<https://dialin.teams.microsoft.com/8d3f1b2a-0c44-4b1e-9e5d-2a7c9f0e6d31?id=604118735>
Phone conference ID: 604 118 735#
For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=f7a1c9d2-5b60-4e1b-8a0f-3a9e2d7c6b15&tenantId=71c2b7a0-1c7e-4d0b-9a33-0f1d2c5e8b44&threadId=19_meeting_NzE4ZjA1YjMtOTRlZC00ZTcxLWI2MzktZDk1YzQ0ZTM3YjA4@thread.v2&messageId=0&language=en-GB> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
________________________________________________________________________________
"""
plain = desc + "\n" + teams


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, b = [], line.encode("utf-8")
    first = True
    while b:
        n = 75 if first else 74
        cut = min(n, len(b))
        while cut < len(b) and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(("" if first else " ") + b[:cut].decode("utf-8"))
        b, first = b[cut:], False
    return "\r\n".join(out)


people = [("Mary Walker", "Mary.Walker@westmoor.gov.uk"), ("Liam Porter", "Liam.Porter@westmoor.gov.uk"),
          ("Grace Adeyemi", "grace.adeyemi2@nhs.net"), ("Yusuf Okafor", "yusuf.okafor3@nhs.net"),
          ("Helen Brooks", "hbrooks@riverside.westmoor.sch.uk"), ("David Lowe", "David.Lowe@westmoor.gov.uk"),
          ("Priya Shah", "Priya.Shah@westmoor.gov.uk")]
ics_lines = [
    "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "ORGANIZER;CN=Ruth Hill:mailto:Ruth.Hill@westmoor.gov.uk",
] + [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in people] + [
    "DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(plain),
    "UID:040000008200E00074C5B7101A82E008000000003C5E1F2A61A5DB01000000000000000010000000A4D1E3C97B0F2E4C8E1B7F5A2C9D0E6B",
    "SUMMARY;LANGUAGE=en-GB:SEND Data Working Group \u2013 follow-up",
    "DTSTART;TZID=GMT Standard Time:20270922T100000",
    "DTEND;TZID=GMT Standard Time:20270922T110000",
    "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270909T083412Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
    "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
    "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2131874512",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
    "END:VEVENT", "END:VCALENDAR",
]
ics = "\r\n".join(fold(l) for l in ics_lines) + "\r\n"

B = "_000_LO4P265MB6120E2C1D0A94F7B93C1LO4P265MB6120GBRP_"
to = "; ".join(f"{n} <{e}>" for n, e in people)
head = f"""From: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
To: {to}
Subject: SEND Data Working Group =?utf-8?Q?=E2=80=93?= follow-up
Thread-Topic: SEND Data Working Group - follow-up
Thread-Index: AdvhZ2Q9r0c4Vw1XQxSx1t0x3pQy6A==
Date: Thu, 9 Sep 2027 08:34:12 +0000
Message-ID: <LO4P265MB6120E2C1D0A94F7B93C1@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-Classification: OFFICIAL
Content-Type: multipart/alternative;
\tboundary="{B}"
MIME-Version: 1.0
""".replace("\n", "\r\n")
body = (f"\r\n--{B}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp.body_encode(plain, maxlinelen=76).replace("\n", "\r\n")
        + f"\r\n\r\n--{B}\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + ics + f"\r\n--{B}--\r\n")
name = "498_sixtyseventh_outlook_meeting_request_ics_description_holds_actions"
(OUT / f"{name}.eml").write_bytes((head + body).encode("utf-8"))
labels = {
    "meeting_date": "2027-09-08",
    "style": ("Held-out batch sixtyseventh. An Outlook meeting request .eml sent Thu 9 September 2027 (multipart/alternative: quoted-printable "
              "text/plain plus a raw 8bit text/calendar METHOD:REQUEST part whose folded, escaped DESCRIPTION repeats the body, Teams join "
              "block included) for a follow-up on Wed 22 September 2027; the description lists the actions from the SEND Data Working Group of "
              "Wednesday 8 September 2027, owners as initials defined in the 'Present 8/9' line. Traps: the invite's own date (22 Sept) and "
              "DTSTAMP (9 Sept) are not the meeting date; RH's notes are DONE (not labelled); the EP timeliness measure offered by David was "
              "taken into Liam's action 1 (not a separate action); decisions; the July-log audit is closed. Dates: LP 'for this meeting' = the "
              "invite's date Wed 22 Sept 2027; GA 'by 17/09' = Fri 17 Sept 2027; YO 'by end of Sept' = Thu 30 Sept 2027; HB 'before October half "
              "term (w/c 25 Oct)' = Fri 22 Oct 2027; MW 'October Board (Wed 20 Oct)' = 2027-10-20; DL 'by Fri 17 Sept' = 2027-09-17."),
    "held_out": True,
    "actions": [
        {"key": "build the draft KPI list (max 12 indicators)", "owner": "LP", "person": "Liam Porter", "due": "2027-09-22"},
        {"key": "confirm the therapy data sharing agreement with IG", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-09-17"},
        {"key": "ask the ICB BI team for CAMHS waiting data", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-09-30"},
        {"key": "find three SENCos willing to pilot the dashboard", "owner": "HB", "person": "Helen Brooks", "due": "2027-10-22"},
        {"key": "present the dashboard at the October Board", "owner": "MW", "person": "Mary Walker", "due": "2027-10-20"},
        {"key": "share the EP service's current timeliness spreadsheet with LP", "owner": "DL", "person": "David Lowe", "due": "2027-09-17"},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
