"""Demo data drawn from the seeds: the SEND Board's 2021 summaries and the Champions' meetings.

Every person here is fictional. Dates are the seeds' own, moved forward by whole weeks so that the
latest Board meeting was three weeks before the day the demo is loaded: every page then has
something overdue, something due soon, and a meeting coming up.
"""

DEMO_PASSWORD = "demo-password"

ORGANISATIONS = [
    ("Stockport Council", "Council", "council"),
    ("NHS Greater Manchester (Stockport)", "NHS GM", "nhs"),
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
    ("commissioner@example.org", "Ruth Adeyemi", "member", "NHS GM", "Joint commissioning manager"),
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

# The meetings still to come that no schedule gives (weeks after the latest Board meeting, before
# shifting): the Network meets on varying days. The other groups' next meetings come from SCHEDULES.
UPCOMING = [
    ("Network of SEND Champions", "2021-07-20", "13:00", "Online"),
]

# When the groups usually meet (tracker/meetings/schedules.py), put in the diary ahead by the same
# operation as the group's schedule page. "from": the first day the rule may give (before shifting;
# None: the day the demo is loaded). The Board's next meeting is five weeks after its latest; the
# workstreams' schedules, agreed at that Board, start from it (two weeks on, so no group without
# actions is sent its matters arising the day the demo is loaded).
# group, frequency, every, weekday (0 Monday), week of month, time, from, not in August, not on
# bank holidays, place
SCHEDULES = [
    ("SEND Board", "weekly", 6, 1, None, "14:00", "2021-07-13", True, False, "Online"),
    ("Joint Commissioning Group", "monthly", 1, 0, 1, "10:00", "2021-07-13", False, True, "Town Hall, Room 4"),
    ("SEN and EHCP workstream", "weekly", 4, 3, None, "13:30", "2021-07-13", False, True, "Online"),
    ("Personal Budgets Task and Finish Group", "weekly", 2, 2, None, "16:00", "2021-07-13", False, True, "Online"),
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
    (("SEND Board", "2021-06-08"), "Send round the report on getting autism and talking therapy services back on track",
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

# Actions agreed in answer to champions' input (INPUTS below), in the same shape as ACTIONS.
INPUT_ACTIONS = [
    (("SEND Board", "2021-05-11"), "Review the words the SEND and Emotional Wellbeing Hub uses with parent carers",
     "lead@example.org", "2021-06-04", "completed",
     "The Hub's web page and leaflet were rewritten with the champions. 'Early help' is explained in plain "
     "words. What the Hub can do for families now comes first.", ["Be respectful", "Co-production"]),
    (("SEND Board", "2021-06-08"), "Add information for families on waiting lists to the Local Offer",
     "lead@example.org", "2021-07-09", "in_progress", "", ["Be open and honest", "Outcomes"]),
]

# Champions' input, from the Network of SEND Champions' meeting outcomes (seeds/000) in our own words:
# raised (at a meeting, on the site, or on the public form by someone with no account), passed to a
# group, answered by the actions named, and, once those are done, answered and published as "you
# said, we did" (publish: day, strategic priority, what was raised, what was done, what it means for
# families). Input without an answer is still being worked on, so the demo shows every stage.
INPUTS = [
    {"raised": ("meeting", ("Network of SEND Champions", "2020-10-13"), "champion@example.org"),
     "what": "Swimming sessions, youth groups and some voluntary groups are hard for our children to join. "
             "Staff and volunteers are not always trained to adapt, and the toilets and changing rooms are "
             "often not suitable.",
     "why": "Children miss out on what their friends enjoy, and families give up trying.",
     "routed": ("Network of SEND Champions", "secretary@example.org", "2020-10-14"),
     "answered_by": ["Share the recording of the physical activity session with the sports and community sector"],
     "answer": ("secretary@example.org", "2020-11-06",
                "We shared the recording of the champions' session, with what you told us, with the Active "
                "Communities team and four local sports clubs. They are looking at training for their staff "
                "and at their changing facilities."),
     "publish": ("2020-11-09", "Inclusion",
                 "Families told us that swimming, youth groups and some voluntary groups can be hard for "
                 "disabled children to join. Staff are not always trained to adapt, and changing rooms "
                 "are often not suitable.",
                 "The champions recorded a session on these barriers. We shared it with the Active "
                 "Communities team and four local sports clubs, so they can change what they offer.",
                 "Pools and clubs are hearing from parents about what stops children taking part. Tell us "
                 "if things change where you go.")},
    {"raised": ("meeting", ("Network of SEND Champions", "2020-10-13"), "champion2@example.org"),
     "what": "Children and young people should have a say in how the champions present themselves. Could "
             "they design our logo?",
     "why": "",
     "routed": ("Network of SEND Champions", "secretary@example.org", "2020-10-14"),
     "answered_by": ["Launch a competition for children and young people to design a logo for the champions"],
     "answer": ("secretary@example.org", "2020-11-18",
                "The competition ran through October and November. The winning design was chosen during the "
                "SEND Week of Action and is now the champions' logo."),
     "publish": ("2020-11-20", "Co-production",
                 "Champions asked for children and young people to design the network's logo, so that it "
                 "is theirs too.",
                 "We ran a competition for children and young people. The winner was chosen during the SEND "
                 "Week of Action and is now the champions' logo.",
                 "You will see children's own work on everything the champions share.")},
    {"raised": ("public", "Dana Morris", "dana.morris@example.net", "2021-04-20"),
     "what": "When I rang about support I was told it was 'early help', which I thought meant nursery age. "
             "The leaflet for the SEND and Emotional Wellbeing Hub talks about safeguarding first. That "
             "nearly put me off calling at all.",
     "why": "Parents who need help should not be put off by the words.",
     "routed": ("SEND Board", "chair@example.org", "2021-04-22"),
     "answered_by": ["Review the words the SEND and Emotional Wellbeing Hub uses with parent carers"],
     "answer": ("secretary@example.org", "2021-06-07",
                "Thank you for telling us. We rewrote the Hub's web page and leaflet with our parent carer "
                "champions. 'Early help' is explained in plain words. What the Hub can do for your "
                "family now comes first."),
     "publish": ("2021-06-09", "Co-production",
                 "A parent told us that 'early help' sounds like support for young children only. Reading "
                 "about safeguarding first put families off calling the SEND and Emotional Wellbeing Hub.",
                 "We rewrote the Hub's web page and leaflet with parent carer champions. 'Early help' is "
                 "explained in plain words. What the Hub can do for families comes first.",
                 "You can call the Hub about any worry for your child, at any age. Calling does not mean "
                 "anyone thinks your family is at risk.")},
    {"raised": ("site", "champion2@example.org", "2021-05-20"),
     "what": "There is nothing on the Local Offer for families waiting for an assessment or a referral, or "
             "for those told they are not entitled to a service.",
     "why": "The wait is when we most need to know where to turn.",
     "routed": ("SEND Board", "chair@example.org", "2021-05-24"),
     "answered_by": ["Add information for families on waiting lists to the Local Offer"],
     "answer": None, "publish": None},
    {"raised": ("meeting", ("Network of SEND Champions", "2021-03-23"), "champion@example.org"),
     "what": "How can we share our lived experience of children who 'mask' at school, so that teachers "
             "understand why things fall apart at home?",
     "why": "",
     "routed": ("Network of SEND Champions", "secretary@example.org", "2021-03-24"),
     "answered_by": ["Explore with the SENDCo Network how to share lived experiences of children masking at school"],
     "answer": None, "publish": None},
]

# Board decisions whose meaning for families the chair published on "What we decided": the
# meeting (group, date), the decision's words, the day it was published, and what it means for families.
DECISIONS_FOR_FAMILIES = [
    (("SEND Board", "2021-05-11"), "A review of the pilot will take place in September.", "2021-05-13",
     "Some families will soon have a key worker to help them. In September we will check how well this "
     "works, and tell you what we find."),
    (("SEND Board", "2021-06-08"), "The revised Terms of Reference are approved and will be uploaded to the Local Offer.",
     "2021-06-10", "The Board has new rules for how it works. You can read them on the Local Offer website."),
]
