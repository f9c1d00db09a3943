"""Demo data drawn from the seeds: the SEND Board's 2021 summaries and the Champions' meetings.

Every person here is fictional. Dates are the seeds' own, moved forward by whole weeks so that the
latest Board meeting was three weeks before the day the demo is loaded: every page then has
something overdue, something due soon, and a meeting coming up.
"""

DEMO_PASSWORD = "demo-password"

ORGANISATIONS = [
    ("Stockport Council", "Council", "council"),
    ("NHS Stockport Clinical Commissioning Group", "NHS CCG", "nhs"),
    ("Pennine Care NHS Foundation Trust", "Pennine Care", "nhs"),
    ("Parents and Carers Together Stockport", "PACTS", "parent_forum"),
    ("SENDCo Network (schools)", "Schools", "school"),
]

# email, name, service role, organisation short name, job title
PEOPLE = [
    ("admin@example.org", "Priya Shah", "admin", "Council", "SEND improvement programme officer"),
    ("chair@example.org", "Jordan Reid", "chair", "Council", "Director of Education"),
    ("cochair@example.org", "Sam Okoro", "chair", "PACTS", "Parent carer forum co-chair"),
    ("lead@example.org", "Morgan Ellis", "lead", "Council", "SEN and EHCP workstream lead"),
    ("owner@example.org", "Chris Nolan", "member", "Pennine Care", "Healthy Young Minds service manager"),
    ("commissioner@example.org", "Ruth Adeyemi", "member", "NHS CCG", "Joint commissioning manager"),
    ("secretary@example.org", "Tom Fisher", "lead", "Council", "Board secretary"),
    ("senco@example.org", "Grace Lin", "member", "Schools", "SENCo, Hillside Primary"),
    ("champion@example.org", "Aisha Khan", "champion", "PACTS", "Parent carer champion"),
    ("champion2@example.org", "Lee Barnes", "champion", None, "Professional volunteer champion"),
]

# name, kind, parent, pattern, {email: group role}
GROUPS = [
    ("SEND Board", "board", None, "Monthly, second Tuesday, 2pm",
     {"chair@example.org": "chair", "cochair@example.org": "chair", "secretary@example.org": "secretary",
      "lead@example.org": "member", "owner@example.org": "member", "commissioner@example.org": "member"}),
    ("Joint Commissioning Group", "workstream", "SEND Board", "Monthly",
     {"commissioner@example.org": "chair", "lead@example.org": "member", "owner@example.org": "member"}),
    ("SEN and EHCP workstream", "workstream", "SEND Board", "Every four weeks",
     {"lead@example.org": "lead", "senco@example.org": "member", "secretary@example.org": "secretary"}),
    ("Personal Budgets Task and Finish Group", "task_and_finish", "Joint Commissioning Group",
     "Every two weeks", {"commissioner@example.org": "lead", "cochair@example.org": "member"}),
    ("Network of SEND Champions", "network", None, "Monthly, varying days and times",
     {"cochair@example.org": "chair", "secretary@example.org": "secretary",
      "champion@example.org": "member", "champion2@example.org": "member", "lead@example.org": "member"}),
]

# group, date, time, location, summary, [(agenda title, notes, [decisions])]
MEETINGS = [
    ("SEND Board", "2021-03-09", "14:00", "Online",
     "The Board heard updates on joint commissioning, the Healthy Young Minds service and preparation for the re-visit.",
     [("Governance", "The minutes from the February meeting were approved and an update was provided on the progress of actions.", []),
      ("Pennine Care HYMS (Healthy Young Minds Service)", "An update was provided on how waiting lists will be managed and on securing a permanent base for the service. The capacity of the duty team had been doubled during Covid.", ["An update on demand for the service is requested for the next meeting."]),
      ("Re-visit preparation", "Each workstream will produce a Story Board to provide evidence of the work that has taken place.", [])]),
    ("SEND Board", "2021-05-11", "14:00", "Online",
     "The Board was briefed on Active Communities, the Keyworker pilot, personal budgets and SEND performance data.",
     [("Governance", "The minutes from the April meeting were approved and an update was provided on the progress of actions.", ["Board members will be updated on feedback from Family Focus Group and Parent and Champions meetings."]),
      ("Keyworker pilot", "Workers had now been identified for the Keyworker pilot, due to begin at the start of June.", ["A review of the pilot will take place in September."]),
      ("SEND Performance Data", "Further work is taking place to understand the number of fixed term exclusions.", ["A report on fixed term exclusions will be produced for the Board."]),
      ("HYMS", "Additional support had been agreed for the ASD (autistic spectrum disorder) pathway.", ["A trajectory on the resumption of services will be presented at the next Board meeting."])]),
    ("SEND Board", "2021-06-08", "14:00", "Town Hall, Committee Room 2",
     "The Board approved its revised Terms of Reference and heard updates on the Keyworker pilot, personal budgets and HYMS recovery.",
     [("Governance", "The minutes from the May meeting were approved and an update was provided on the progress of actions.", []),
      ("Keyworker update", "10 workers had committed to take part in the pilot, to work with 10 families. A baseline questionnaire would be circulated.", []),
      ("Terms of Reference", "The revised Terms of Reference for SEND Board were approved.", ["The revised Terms of Reference are approved and will be uploaded to the Local Offer."]),
      ("Update on HYMS", "Two areas remain behind trajectory for recovery of services: Autism and Cognitive Behavioural Therapy.", ["An update report on the actions to recover these services will be circulated to the Board."])]),
    ("Network of SEND Champions", "2020-10-13", "10:00", "Online",
     "Access to community physical activities, working well with schools, and the SEND Week of Action.",
     [("Access to community physical activities", "Insights about barriers to accessing swimming, youth groups and some voluntary groups.", []),
      ("Working Well with Schools", "Some videos have been sent in; consent forms will be needed for those sharing videos.", [])]),
    ("Network of SEND Champions", "2021-03-23", "10:00", "Online",
     "Views on the roadmap to recovery, and how to share lived experiences of children 'masking' at school.",
     [("Roadmap to recovery", "Parent carers fed back various feelings, including anxiety for some children about mixing socially again.", ["This feedback will be fed into the Active Communities Strategy Board."]),
      ("Masking at school", "One of our champions asked how to share lived experiences around children 'masking' at school.", [])]),
]

# The meetings still to come (weeks after the latest Board meeting, before shifting).
UPCOMING = [
    ("SEND Board", "2021-07-13", "14:00", "Online"),
    ("Network of SEND Champions", "2021-07-20", "13:00", "Online"),
]

# meeting (group, date), title, owner email, due (date, "next", or None), status, outcome/explanation, tags
ACTIONS = [
    (("SEND Board", "2021-03-09"), "Give the Board an update on demand for the Healthy Young Minds service",
     "owner@example.org", "2021-05-11", "completed",
     "Demand figures presented on 11 May; referrals above the national average.", ["Outcomes"]),
    (("SEND Board", "2021-05-11"), "Update Board members on feedback from Family Focus Group and Parent and Champions meetings",
     "cochair@example.org", "2021-06-08", "in_progress", "", ["Co-production", "Actively listen"]),
    (("SEND Board", "2021-05-11"), "Produce a report for the Board on fixed term exclusions of pupils with SEND",
     "lead@example.org", "2021-06-01", "not_started", "", ["Inclusion"]),
    (("SEND Board", "2021-05-11"), "Put in place a way for workers without a laptop to take the SEND e-learning",
     "secretary@example.org", "2021-06-30", "cannot_be_done",
     "The e-learning platform cannot be reached from shared devices; the team is running face-to-face sessions instead.",
     ["Workforce"]),
    (("SEND Board", "2021-06-08"), "Upload the revised Terms of Reference to the Local Offer",
     "secretary@example.org", "2021-06-15", "completed", "Uploaded to the Local Offer on 14 June.", ["Be open and honest"]),
    (("SEND Board", "2021-06-08"), "Circulate the update report on recovering Autism and CBT services",
     "owner@example.org", "next", "not_started", "", ["Outcomes", "I enjoy good health and well being"]),
    (("SEND Board", "2021-06-08"), "Circulate the baseline questionnaire to Keyworker pilot families",
     "lead@example.org", "2021-07-02", "in_progress", "", ["The people who love and care for me are enabled to do this"]),
    (("Network of SEND Champions", "2020-10-13"), "Share the recording of the physical activity session with the sports and community sector",
     "secretary@example.org", "2020-11-04", "completed", "Shared with the Active Communities team and four sports clubs.", ["I feel part of my local community"]),
    (("Network of SEND Champions", "2020-10-13"), "Launch a competition for children and young people to design a logo for the champions",
     "cochair@example.org", "2020-11-16", "completed", "The winner was chosen during the SEND Week of Action and is now our logo.", ["My voice is heard and acted upon"]),
    (("Network of SEND Champions", "2020-10-13"), "Explore the impact of using personal budgets for sports activities on 1:1 support in schools",
     "commissioner@example.org", "2021-06-25", "in_progress", "", ["Joint Commissioning"]),
    (("Network of SEND Champions", "2021-03-23"), "Feed the champions' views on the roadmap to recovery into the Active Communities Strategy Board",
     "lead@example.org", "2021-07-09", "not_started", "", ["Co-production", "Actively listen"]),
    (("Network of SEND Champions", "2021-03-23"), "Explore with the SENDCo Network how to share lived experiences of children masking at school",
     "senco@example.org", "2021-07-16", "in_progress", "", ["Value the lived experience", "Inclusion"]),
]
