"""438: Zoom AI Companion meeting summary email, forwarded by the business support officer with corrections."""
from common import OUT, write_labels

STEM = "438_fiftyninth_zoom_ai_companion_summary_forwarded_with_corrections"
body = """From: Ruth Hill <ruth.hill@westmoor.gov.uk>
To: Mark Walsh <mark.walsh@westmoor.gov.uk>, Owen Reid <owen.reid@westmoor.gov.uk>,
 James Whitfield <james.whitfield@westmoor.gov.uk>, Tom Evans <tom.evans@westmoorpcf.org.uk>,
 Grace Adeyemi <grace.adeyemi@westmoorhealth.nhs.uk>, Sarah Khan <sarah.khan@westmoor.gov.uk>
Cc: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Subject: FW: Meeting assets for Westmoor SEND Transport Review Group are ready!
Date: Thu, 16 Sep 2027 09:12:44 +0100
Message-ID: <DB9PR02MB7420A1C3F0E2B7D9A4E1C2B3D9A40@DB9PR02MB7420.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi all,

Zoom's AI summary of yesterday's Transport Review Group is below. Please read it with a pinch of salt - it's
mostly right, but I've checked it against my own notes and there are a few things to put straight before any of
it goes near the minutes:

1. The independent travel training criteria review is Owen's, not Anne's. Anne only said she'd be interested to
   see it. So Owen to lead, before the October meeting as the summary says.
2. "Phone user 2" was James Whitfield (dialled in from the car). So the taxi contract break clause check is
   James Whitfield's, and he's reporting back at the October meeting.
3. Grace has ALREADY sent the seating guidance (it came through on the 10th) - please ignore that one.
4. Tom's survey findings - Tom said end of September, not "when available".
5. The cabinet date (21 October) is the council's timetable, not something this group is doing. The last bullet
   isn't an action for anyone.
6. "Sarah" is Sarah Khan (participation), not Sarah Kent.

Next meeting: Wednesday 13 October, 2pm, Zoom (same link).

Thanks
Ruth

Ruth Hill | Partnership Business Support Officer | Westmoor Council
Working days Mon-Thu

________________________________
From: Zoom <no-reply@zoom.us>
Sent: 15 September 2027 15:58
To: Ruth Hill <ruth.hill@westmoor.gov.uk>
Subject: Meeting assets for Westmoor SEND Transport Review Group are ready!

[zoom]

Meeting summary for Westmoor SEND Transport Review Group (09/15/2027)

Quick recap

The group reviewed progress on the home to school transport route review, discussed the independent travel
training (ITT) referral criteria and the taxi framework contract, and heard early feedback from the Parent Carer
Forum's transport survey. Mark confirmed the route review is running about two weeks behind schedule and the
group agreed to keep the current eligibility policy unchanged for this academic year.

Next steps

  * Mark will circulate the updated route review timetable to the group by Friday.
  * Anne will lead the review of the independent travel training referral criteria before the October meeting.
  * Phone user 2 will check the break clause in the taxi framework contract and report back.
  * Tom will share the PCF transport survey findings with Mark when available.
  * Grace will share the wheelchair seating guidance with the transport team.
  * Sarah will set up a young people's session on travel passes before the end of October.
  * The team will review the revised policy after cabinet on 21 October.

Summary

Route Review Progress
Mark reported that 28 of the 41 contracted routes have now been reviewed. The review is running around two weeks
behind because of driver shortages over the summer and the late confirmation of September placements. He noted
that no family has lost a place on a route as a result of the review so far. Mark agreed to send round a revised
timetable showing the remaining 13 routes.

Eligibility Policy
The group discussed whether the walking distance assessments for children with SEND should be changed mid-year.
The group decided to keep the current eligibility policy unchanged for the 2027/28 academic year. Mark explained
that the council's cabinet is due to consider the revised post-16 transport policy statement on 21 October, and
that the consultation closed on 3 September. Anne noted this is a cabinet decision and not one for this group.

Independent Travel Training
Anne raised concerns that referrals to the ITT programme are being made too late, often in Year 11. Owen explained
that the current criteria date from 2022 and do not reflect the Preparing for Adulthood outcomes framework. The
group agreed the criteria need to be reviewed, with young people involved.

Taxi Framework Contract
Phone user 2 explained that the framework has a break clause at 18 months, which may fall in December. There was
some uncertainty about the notice period. Phone user 2 will check with procurement.

Parent Feedback
Tom shared headlines from the Parent Carer Forum transport survey, which has had 212 responses so far. The main
themes were late pick-ups, changes of driver without notice, and poor communication when routes change. Tom said
the full analysis would be ready soon.

Wheelchair Seating Guidance
Grace mentioned that the children's therapies team has updated its guidance on wheelchair seating and restraints
in vehicles. Mark welcomed this.

Young People's Voice
Sarah suggested running a session with the youth forum on travel passes and independent travel, and asked for
the ITT criteria to be shared with young people in an accessible format.

AI-generated content may be inaccurate or misleading. Always check for accuracy.

Please rate the accuracy of this summary.  [thumbs up]  [thumbs down]

  Edit     Share

Meeting recording: available in your Zoom cloud recordings for 30 days.
Meeting ID: 871 2345 6789
Participants (8): Ruth Hill, Mark Walsh, Anne Price, Owen Reid, Tom Evans, Grace Adeyemi, Sarah Khan,
Phone user 2

You are receiving this email because AI Companion was enabled for this meeting by the host.
Zoom Video Communications, Inc. | 55 Almaden Blvd, San Jose, CA 95113
Manage notification settings
"""
(OUT / f"{STEM}.eml").write_text(body, encoding="utf-8")

write_labels(STEM, "2027-09-15",
 "A Zoom AI Companion 'Meeting summary' email (Quick recap / Next steps / Summary, US-style date 09/15/2027 in the "
 "title, 'Phone user 2' for a dial-in, AI disclaimer and rating footer) for the SEND Transport Review Group on "
 "Wednesday 15 September 2027, forwarded next morning in Outlook by Ruth Hill with numbered corrections on top. "
 "Traps: the AI gives the ITT criteria review to Anne (corrected to Owen Reid); 'Phone user 2' is identified as "
 "James Whitfield; Grace's seating guidance next step was already done on the 10th; the last next-step bullet is "
 "the council cabinet's timetable (21 October), not an action; the decision to keep the eligibility policy; "
 "'Sarah' is corrected to Sarah Khan, not Sarah Kent; Tom's 'when available' is corrected to end of September. "
 "Labels: owner as the reader must take it after the corrections (Owen, James Whitfield), key from the Zoom "
 "next-step wording; Mark's 'by Friday' = Friday 2027-09-17; 'before the October meeting' and 'report back ... "
 "at the October meeting' = the dated next meeting Wednesday 2027-10-13; Tom end of September = 2027-09-30; "
 "Sarah 'before the end of October' = Friday 2027-10-29 (31 Oct is a Sunday).",
 [("circulate the updated route review timetable to the group", "Mark", "Mark Walsh", "2027-09-17"),
  ("review of the independent travel training referral criteria", "Owen", "Owen Reid", "2027-10-13"),
  ("check the break clause in the taxi framework contract", "James Whitfield", "James Whitfield", "2027-10-13"),
  ("share the PCF transport survey findings with Mark", "Tom", "Tom Evans", "2027-09-30"),
  ("set up a young people's session on travel passes", "Sarah", "Sarah Khan", "2027-10-29")])
