import sys; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels, crlf

STEM = "579_seventyninth_forwarded_pfa_notes_actions_handed_on"

body = """Hi Sarah,

See below - Mary's forward of Wednesday's PfA workstream notes. I was off on Wednesday so I picked up a few in my absence!

Can you take the young people's survey one (action 2)? Mary's OK with it, we discussed at my 1:1 this morning, and it's really your team's area anyway. The notes say before the end of term but I'd like the results before the summer holidays start, so let's say Friday 16 July. I'll keep the internship plan (action 1).

Action 3 has gone to Mark - see Mary's note.

Shall we grab 20 mins next week to talk through the survey questions? The ones from last year are on the shared drive under PfA > Voice > 2026.

Thanks
Owen

Owen Reid
Preparing for Adulthood Lead
Westmoor Council | Adults and Children's Services
Working days Mon-Thu

---------- Forwarded message ---------
From: Mary Walker <mary.walker@westmoor.gov.uk>
Date: Thu, 10 Jun 2027 at 15:26
Subject: Fwd: PfA workstream 9 June - notes and actions
To: Owen Reid <owen.reid@westmoor.gov.uk>


Owen - notes below from yesterday; you picked up a couple in your absence (sorry!).

I've moved action 3 (summer travel training) to Mark as agreed with him at the transport meeting this morning - Mark will come back to us by 30 June on whether it can run in August. So that one's off your list.

Ruth has already sent the poll for September dates, so ignore action 7.

Mary

---------- Forwarded message ---------
From: Ruth Hill <ruth.hill@westmoor.gov.uk>
Date: Thu, 10 Jun 2027 at 09:41
Subject: PfA workstream 9 June - notes and actions
To: Mary Walker <mary.walker@westmoor.gov.uk>, Liam Porter <liam.porter@westmoor.gov.uk>, Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>, Tom Evans <tom.evans@westmoorpcf.org.uk>, Sarah Khan <sarah.khan@westmoor.gov.uk>, Dee Holloway <dee.holloway@westmoor.gov.uk>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>
Cc: Owen Reid <owen.reid@westmoor.gov.uk>, Mark Walsh <mark.walsh@westmoor.gov.uk>


Dear all

Notes and actions from yesterday's Preparing for Adulthood workstream are below and attached (Word). The slides from Westmoor College are also attached.

Ruth

----------------------------------------------------------------
PREPARING FOR ADULTHOOD (PfA) WORKSTREAM
Wednesday 9 June 2027, 10.00-12.00, Westmoor College, Room B14 (and Teams)

Present: Mary Walker (chair), Liam Porter, Claire Dunmore, Tom Evans (PCF), Sarah Khan, Helen Brooks, Dee Holloway (Team Manager, Transitions, Adult Social Care), Jas Kaur (Westmoor College, item 2), Ruth Hill (notes)
Apologies: Owen Reid, Mark Walsh, Grace Adeyemi

1. Notes of 24 March and matters arising
Agreed. The travel training leaflet has been printed and distributed to all secondary schools (closed). The PfA outcomes framework went to the Board in April and was approved (closed).

2. Supported internships
Jas Kaur gave an update: 14 interns this year across three host employers (the hospital, the council and a supermarket). 9 have been offered paid work. The target for 2027/28 is 25 places; the college has funding for a second job coach from September. Tom asked how families find out about internships - most parents at the PCF only hear about them in Year 13, which is too late. Jas said the college open evening in November will have a dedicated internships stall.
ACTION 1: Owen Reid to produce a supported internship expansion plan (target 25 places) with Westmoor College - by the end of August.

3. Young people's voice
Sarah Khan reported the Youth SEND Forum has asked for the PfA survey to be repeated - last year 112 responses, mostly from special schools. The group wants a better mainstream response this time.
ACTION 2: Owen Reid to run the young people's PfA survey, with the Participation team, before the end of the summer term.
Tom said two young people from the PCF youth group would like to talk to the Partnership Board about their experience of moving to college.
ACTION 6: Tom Evans to identify two young people to co-present at the July Board - by Friday 25 June.

4. Transport and independent travel
Mary summarised the post-16 transport consultation: the Cabinet decision is on 7 July (Cabinet, not this group). Helen asked whether travel training could run in the summer holidays so that Year 11 leavers are ready for college in September.
ACTION 3: Owen Reid to check with Mark Walsh whether independent travel training can run over the summer holidays.

5. Annual reviews at Year 9
The group discussed the quality of the PfA sections in Year 9 annual reviews. Helen said many schools are using the old template which has no PfA prompts. Mary confirmed the new template went out to schools in May (done). Liam can report on which reviews have a completed PfA section now that the new fields are in the case management system.
ACTION 4: Liam Porter to report Year 9 annual review PfA section completion rates by school - by end of June.

6. Transition to adult social care
Dee Holloway presented the draft transitions protocol between children's and adults' services. Discussion of the age at which adults' services get involved (currently 17.5, proposed 16). The protocol is owned by Adult Social Care and will go through their Directorate Management Team; the workstream was asked for comments.
ACTION 5: Dee Holloway to share the final transitions protocol with the group - by end of June.
Claire said SENDIASS are seeing more post-16 families, particularly around college placements breaking down.
ACTION 8: Claire Dunmore to share SENDIASS post-16 casework themes (anonymised) - next meeting.

7. AOB
- Helen: the SENCo network would welcome a PfA slot in the autumn - Mary will pick this up with the network leads (no action needed here, it's in the network plan).
- Next meeting: September, date tbc.
ACTION 7: Ruth to send out a poll for September meeting dates.

ACTION SUMMARY
1  Owen Reid      Supported internship expansion plan (25 places)             end Aug
2  Owen Reid      Young people's PfA survey                                   before end of summer term
3  Owen Reid      Check with Mark Walsh re summer travel training             -
4  Liam Porter    Y9 annual review PfA completion rates by school              end June
5  Dee Holloway   Final transitions protocol to group                         end June
6  Tom Evans      Two young people to co-present at July Board                25 June
7  Ruth Hill      Poll for September dates                                    asap
8  Claire Dunmore SENDIASS post-16 casework themes                            next meeting
----------------------------------------------------------------

Ruth Hill
Partnership Business Support Officer | SEND & Inclusion | Westmoor Council
"""

headers = """MIME-Version: 1.0
Date: Fri, 11 Jun 2027 12:04:51 +0100
Message-ID: <CAJh7uRz0v9Q1mK4=pfa+x3YtT@mail.gmail.com>
References: <CAH2kQw+PfA0609notes@mail.gmail.com> <CAM9fwdPfA0609fwd@mail.gmail.com>
In-Reply-To: <CAM9fwdPfA0609fwd@mail.gmail.com>
Subject: Fwd: Fwd: PfA workstream 9 June - notes and actions
From: Owen Reid <owen.reid@westmoor.gov.uk>
To: Sarah Khan <sarah.khan@westmoor.gov.uk>
Cc: Mary Walker <mary.walker@westmoor.gov.uk>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

"""
write_doc(STEM + ".eml", crlf(headers + body))

style = ("A plain .eml forward chain (Gmail 'Forwarded message' blocks): Owen Reid forwards to Sarah Khan (11 June) Mary Walker's forward to him (10 June) of "
 "Ruth Hill's notes of the Preparing for Adulthood workstream on Wednesday 9 June 2027, which has its own action summary table. Owen was absent and picked "
 "up three actions. Traps: action 2 is handed by Owen to Sarah Khan with a new date; action 3 ('Owen to check with Mark Walsh') is moved by Mary to Mark himself, "
 "who 'will come back to us by 30 June' - label it as Mark's; action 7 (Ruth's poll) is already done per Mary - not labelled; the leaflet, outcomes framework "
 "and Year 9 template are closed/done; the Cabinet decision of 7 July and Adult Social Care's DMT are other bodies; the college open evening stall is the college's "
 "own plan; the SENCo network slot is 'no action needed here'. Dee Holloway (Adult Social Care) is not in people.json so her action has person null. "
 "Dates: action 1 'by the end of August' = Tuesday 31 August 2027 (Monday 30th is the bank holiday, not a factor for 'end of'); action 2 final 'Friday 16 July' = "
 "2027-07-16 (originally 'before the end of the summer term'); action 3 Mark 'by 30 June' = 2027-06-30; action 4 'by end of June' = 2027-06-30; action 5 "
 "'by end of June' = 2027-06-30; action 6 Friday 25 June 2027; action 8 'next meeting' with the September date still tbc = next meeting.")
write_labels(STEM, "2027-06-09", style, [
 ("produce a supported internship expansion plan", "Owen Reid", "Owen Reid", "2027-08-31"),
 ("run the young people's PfA survey", "Sarah", "Sarah Khan", "2027-07-16"),
 ("whether independent travel training can run over", "Mark", "Mark Walsh", "2027-06-30"),
 ("Liam Porter to report Year 9 annual", "Liam Porter", "Liam Porter", "2027-06-30"),
 ("Dee Holloway to share the final transitions protocol", "Dee Holloway", None, "2027-06-30"),
 ("Tom Evans to identify two young people", "Tom Evans", "Tom Evans", "2027-06-25"),
 ("Claire Dunmore to share SENDIASS post-16 casework themes", "Claire Dunmore", "Claire Dunmore", "next meeting"),
])
