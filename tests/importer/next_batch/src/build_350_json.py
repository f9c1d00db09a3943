import json
OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "350_fortysixth_committee_system_minutes_api_export.json")
data = {
  "apiVersion": "2.3",
  "exportedAt": "2027-04-20T09:12:44Z",
  "exportedBy": "dem.services.integration",
  "committee": {
    "id": 418,
    "title": "SEND Partnership Board - Preparing for Adulthood Subcommittee",
    "parentBody": "Westmoor SEND Partnership Board",
    "clerk": {"name": "Ruth Hill", "email": "ruth.hill@westmoor.gov.uk"}
  },
  "meeting": {
    "id": 9931,
    "dateTime": "2027-04-13T14:00:00+01:00",
    "venue": "Westmoor College, Conference Suite (hybrid)",
    "status": "MinutesDraft",
    "minutesApproved": False,
    "nextMeeting": "2027-06-15T14:00:00+01:00"
  },
  "attendees": [
    {"name": "Owen Reid", "initials": "OR", "role": "Chair", "jobTitle": "Preparing for Adulthood Lead", "attendance": "Present"},
    {"name": "Sarah Khan", "initials": "SK", "role": "Member", "jobTitle": "Participation Officer", "attendance": "Present"},
    {"name": "Claire Dunmore", "initials": "CD", "role": "Member", "jobTitle": "SENDIASS Service Manager", "attendance": "Present"},
    {"name": "Kieran Shaw", "initials": "KS", "role": "Member", "jobTitle": "Head of Foundation Learning, Westmoor College", "attendance": "Present"},
    {"name": "Tanya Marsh", "initials": "TM", "role": "Member", "jobTitle": "Service Manager, Adult Social Care (Transitions)", "attendance": "Present"},
    {"name": "Priya Mistry", "initials": "PM", "role": "Member", "jobTitle": "Parent Representative, PCF", "attendance": "Present"},
    {"name": "Dr Anita Patel", "initials": "AP", "role": "Member", "jobTitle": "Consultant Community Paediatrician", "attendance": "Present (items 1-4)"},
    {"name": "Sarah Kent", "initials": "SKe", "role": "Member", "jobTitle": "School Improvement Adviser", "attendance": "Apologies"},
    {"name": "Mark Walsh", "initials": "MWa", "role": "In attendance", "jobTitle": "Head of Transport", "attendance": "Present (item 5)"},
    {"name": "Ruth Hill", "initials": "RH", "role": "Clerk", "jobTitle": "Partnership Business Support Officer", "attendance": "Present"}
  ],
  "agendaItems": [
    {
      "itemNo": 1, "minuteNumber": "PfA/27/11", "title": "Apologies and declarations of interest",
      "minuteText": "11.1 Apologies were received from Sarah Kent. 11.2 Priya Mistry declared a personal interest as the parent of a young person attending Westmoor College. The declaration was noted.",
      "resolutions": [], "actionPoints": []
    },
    {
      "itemNo": 2, "minuteNumber": "PfA/27/12", "title": "Minutes of 9 February 2027 and action register",
      "minuteText": "12.1 The minutes of the meeting held on 9 February 2027 were agreed. 12.2 The Subcommittee reviewed the action register. PfA/26/09 was reported complete. Claire Dunmore explained that the SENDIASS 16-25 leaflet (PfA/26/12) had been held up by the accessible formats review; the Subcommittee agreed a revised date. PfA/27/02 was withdrawn as it had been superseded by minute PfA/27/14.",
      "resolutions": [], "actionPoints": []
    },
    {
      "itemNo": 3, "minuteNumber": "PfA/27/13", "title": "Supported internships and employment outcomes",
      "minuteText": "13.1 Kieran Shaw reported that 23 young people with EHC plans were on supported internships in 2026/27, of whom 9 had secured paid employment offers. 13.2 Members noted that the cohort data presented was college-only and did not include the two independent providers. The PfA Lead undertook to circulate the supported internships cohort data, including independent providers, within ten working days. 13.3 Dr Patel confirmed that the young adults' transition clinic had started on 1 March 2027 as planned. 13.4 Members were concerned that the College had not yet confirmed its high needs place numbers for September.",
      "resolutions": [
        "That the Subcommittee note the supported internships outcomes for 2026/27.",
        "That the Chair write to the Principal of Westmoor College seeking confirmation of the number of high needs places for 2027/28, by 30 April 2027."
      ],
      "actionPoints": []
    },
    {
      "itemNo": 4, "minuteNumber": "PfA/27/14", "title": "Transitions from children's to adult social care",
      "minuteText": "14.1 Tanya Marsh presented an audit of 31 young people referred to Adult Social Care at 17 and a half. In 12 cases the referral was received after the young person's 18th birthday. 14.2 Members agreed that a written protocol was needed. 14.3 It was noted that the ICB will publish its all-age autism strategy in June 2027 and that the protocol should be consistent with it.",
      "resolutions": ["That the Subcommittee endorse version 3 of the PfA outcomes framework."],
      "actionPoints": [
        {"id": "PfA/27/05", "description": "Draft a 17+ referral transition protocol between Children's and Adult Social Care", "assignedTo": "Adult Social Care (Tanya Marsh)", "dueDate": "2027-06-30"},
        {"id": "PfA/27/06", "description": "Update the PfA outcomes framework page on the Local Offer to reflect v3", "assignedTo": "SK", "dueDate": "Next meeting"}
      ]
    },
    {
      "itemNo": 5, "minuteNumber": "PfA/27/15", "title": "Post-16 travel assistance",
      "minuteText": "15.1 Mark Walsh outlined the timetable for the consultation on the post-16 transport policy statement, which Cabinet will launch in May. 15.2 Priya Mistry asked that the PCF be given the dates in advance. Mark Walsh agreed to share the consultation event dates with Priya Mistry so that the PCF could promote them to families.",
      "resolutions": [], "actionPoints": []
    },
    {
      "itemNo": 6, "minuteNumber": "PfA/27/16", "title": "Any other business", "minuteText": "16.1 None.", "resolutions": [], "actionPoints": []
    }
  ],
  "actionRegister": [
    {"id": "PfA/26/09", "minute": "PfA/26/31", "description": "Map post-16 options for young people with complex needs", "assignedTo": "KS", "dueDate": "2027-02-28", "status": "Complete"},
    {"id": "PfA/26/12", "minute": "PfA/26/33", "description": "Produce an accessible SENDIASS leaflet for 16-25 year olds", "assignedTo": "Claire Dunmore", "dueDate": "2027-05-14", "originalDueDate": "2027-03-31", "status": "Open - revised date agreed 13/04/2027"},
    {"id": "PfA/27/02", "minute": "PfA/27/04", "description": "Scope a joint transitions workshop with Adult Social Care", "assignedTo": "OR", "dueDate": "2027-04-30", "status": "Withdrawn - superseded by PfA/27/14"},
    {"id": "PfA/27/05", "minute": "PfA/27/14", "description": "Draft a 17+ referral transition protocol between Children's and Adult Social Care", "assignedTo": "Adult Social Care (Tanya Marsh)", "dueDate": "2027-06-30", "status": "Open"},
    {"id": "PfA/27/06", "minute": "PfA/27/14", "description": "Update the PfA outcomes framework page on the Local Offer to reflect v3", "assignedTo": "SK", "dueDate": "Next meeting", "status": "Open"}
  ]
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2, ensure_ascii=False)
print("wrote", OUT)
