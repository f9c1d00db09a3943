import json
STEM = "/tmp/b81/593_eightyfirst_schools_forum_plain_text_minutes"
txt = """WESTMOOR SCHOOLS FORUM

MINUTES OF THE MEETING HELD ON THURSDAY 20 MAY 2027
AT 4.30PM, THE EDUCATION DEVELOPMENT CENTRE, WESTMOOR (AND ONLINE)

-----------------------------------------------------------------------
MEMBERS PRESENT

Schools members:
  Mr G. Harding      Headteacher, Westmoor Academy (Chair)           Secondary academy
  Mrs N. Khan        Headteacher, Riverside Primary School           Primary maintained
  Ms P. Okonjo       Headteacher, St Anne's CE Primary               Primary maintained
  Mr R. Villiers     CFO, Moorlands Learning Trust                   Academy
  Mrs T. Sandhu      Executive Headteacher, Oakfield School          Special
  Ms E. Frayne       Headteacher, The Bridge PRU                     Alternative provision
  Mr D. Castle       Chair of Governors, Hillside Primary            Governor (maintained)

Non-schools members:
  Mrs J. Ward        Early years PVI representative
  Mr K. Osei         16-19 representative, Westmoor College

OFFICERS IN ATTENDANCE
  Priya Shah         Director of Education
  James Whitfield    Assistant Director, SEND and Inclusion
  Gareth Lyle        Head of Schools Finance
  Sarah Kent         School Improvement Adviser (item 6)
  Mary Walker        Head of SEND (items 3 to 6)
  Amy Roper          Forum Clerk

APOLOGIES
  Mr S. Lindqvist (Secondary academy), Ms H. Brady (Trade Union observer)
-----------------------------------------------------------------------

SF/27/13  WELCOME, APOLOGIES AND MEMBERSHIP

13.1  The Chair welcomed members. Apologies were received as above. The
      meeting was quorate.

13.2  The Clerk reported that Mr Villiers had been nominated by the
      academy members to replace Ms Ferreira, who had left her post. The
      Chair welcomed Mr Villiers to his first meeting.

SF/27/14  MINUTES OF THE MEETING HELD ON 11 MARCH 2027 AND MATTERS ARISING

14.1  The minutes were agreed as a correct record.

14.2  Matters arising: the Forum's letter to the Department for
      Education about the High Needs Block settlement had been sent by
      the Chair on 19 March. No reply had yet been received. The Chair
      said he would chase it if there was nothing by the next meeting.

14.3  Minute 9.4 (banding descriptors) would be covered under item 6.

SF/27/15  HIGH NEEDS BLOCK BUDGET MONITORING 2026/27 OUTTURN AND 2027/28

15.1  Mr Lyle presented the report. The High Needs Block had overspent by
      GBP 4.2m in 2026/27, taking the cumulative Dedicated Schools Grant
      deficit to GBP 11.9m. The main drivers were independent and
      non-maintained special school placements (up 22 per cent) and
      top-up funding in mainstream schools (up 14 per cent).

15.2  Mrs Sandhu asked how many of the independent placements were for
      children whose primary need was social, emotional and mental
      health, as she believed the local offer for this group was the
      real gap. Mr Lyle said he did not have the figures to hand. Mr Lyle
      would provide a breakdown of independent specialist placement
      costs by primary need for the next meeting.

15.3  Members discussed the statutory override and the risk to school
      balances when it ends. Mr Villiers asked that the Forum be kept
      informed of any national announcement. Members noted that this was
      a matter for government.

15.4  The Forum NOTED the outturn position.

SF/27/16  DELIVERING BETTER VALUE (DBV) PROGRAMME UPDATE

16.1  Mr Whitfield gave a verbal update on the DBV grant-funded projects:
      the inclusion outreach team (fully staffed since April), the
      graduated approach toolkit (launched at the SENCo conference in
      March) and the early help pilot in two localities.

16.2  Mrs Khan asked how the Forum would know whether the projects were
      working. Mr Whitfield acknowledged that the evaluation had not yet
      been shared. Mr Whitfield would circulate the evaluation framework
      for the DBV grant-funded projects to members by 30 June.

16.3  Members noted that the DfE would carry out its own review of the
      DBV programme nationally in the autumn.

SF/27/17  RESOURCE BASE FUNDING: OUTCOME OF CONSULTATION

17.1  Mary Walker summarised the responses to the consultation on the
      funding of resource bases (21 responses from 26 schools with bases).
      Most respondents preferred option B (place funding at GBP 10,000
      plus a banded top-up) to option A (a single rate).

17.2  Members voted on the proposal. Schools members: 6 for, 0 against,
      1 abstention (Mrs Khan, whose school hosts a resource base).

17.3  RESOLVED that the Forum supports option B for implementation from
      1 September 2027.

17.4  Officers will write to all schools with resource bases by Friday
      28 May to explain the outcome and the transitional arrangements.

SF/27/18  TOP-UP FUNDING BANDING REVIEW AND ORDINARILY AVAILABLE PROVISION

18.1  Sarah Kent presented the findings of the audit of ordinarily
      available provision in 40 mainstream schools. Schools were
      generally strong on quality first teaching but inconsistent in
      their use of the graduated approach before requesting top-up
      funding.

18.2  The Forum discussed the moderation of top-up requests. Mrs Khan
      said that the cluster moderation pilot had worked well in the
      north of the borough and offered to host the next session.
      It was agreed that Mrs Khan would host the June cluster moderation
      session at Riverside Primary, and that Sarah Kent would circulate
      the date to cluster leads within the next fortnight.

18.3  Ms Okonjo asked that the revised banding descriptors be shared in
      draft before the consultation. Mary Walker confirmed that they had
      been circulated to all SENCos on 14 May and that schools had until
      18 June to comment. Members noted this.

SF/27/19  EARLY YEARS SEN INCLUSION FUND

19.1  Mrs Ward welcomed the increase in the Inclusion Fund to GBP 420,000
      for 2027/28 (agreed by the Forum in January). Members noted that
      take-up in the private and voluntary sector remained low. The
      Forum asked that the Early Years Manager attend the July meeting;
      the Clerk would issue the invitation.

SF/27/20  FORUM WORK PLAN

20.1  Members noted the work plan. The Chair reminded members that the
      July meeting would consider the early view of the 2028/29 funding
      formula.

SF/27/21  ANY OTHER BUSINESS

21.1  Ms Shah reported that the Council was preparing a bid for SEND
      and alternative provision sufficiency capital. The Director would
      bring the draft sufficiency capital plan to the Forum's next
      meeting for comment before it is submitted to Cabinet.

21.2  Mr Osei raised the shortage of places on the college's foundation
      learning programme for September. Mr Whitfield said this was
      being discussed at the Preparing for Adulthood workstream and
      there was no action for the Forum.

SF/27/22  DATE OF NEXT MEETING

22.1  Thursday 8 July 2027, 4.30pm, Education Development Centre.

The meeting closed at 6.20pm.

Clerk: Amy Roper, Governance Services, Westmoor Council
schoolsforum@westmoor.gov.example
"""
open(STEM + ".txt", "w", encoding="utf-8").write(txt)
labels = {
 "meeting_date": "2027-05-20",
 "style": ("Held-out batch eightyfirst. Schools Forum minutes as plain text (fixed-width member table, SF/27/13-22 minute numbers with 13.1-style paragraphs), written in reported speech with no action column or log. Several owners are outside the partnership's people list. "
  "Traps: the DfE letter has been sent and the Chair 'would chase it' conditionally (Forum chair, not a partnership person, not labelled); the statutory override is 'a matter for government'; the DBV national review is DfE's; the resource base option B vote is a decision, but the follow-up letter by 'Officers' is a real action (person null); the banding descriptors were already circulated on 14 May; the Early Years Manager invitation is Clerk admin and not labelled; Mr Osei's college places issue is explicitly 'no action for the Forum'; the Inclusion Fund increase was agreed in January. Mr Lyle (Head of Schools Finance) is not in the people list (person null). Mrs Khan here is Nadia Khan, Headteacher of Riverside Primary (not Sarah Khan). "
  "Dates: Mr Lyle 'for the next meeting' and the Director's capital plan 'to the Forum's next meeting' both resolve to the date given at SF/27/22, Thursday 8 July 2027; Mr Whitfield 'by 30 June' = Wednesday 30 June 2027; officers' letter 'by Friday 28 May' = 2027-05-28; Sarah Kent 'within the next fortnight' from Thursday 20 May = Thursday 3 June 2027 (half-term week, still a working day); Mrs Khan hosting 'the June cluster moderation session' has no day given (null)."),
 "held_out": True,
 "actions": [
  {"key": "provide a breakdown of independent specialist placement costs", "owner": "Mr Lyle", "person": None, "due": "2027-07-08"},
  {"key": "circulate the evaluation framework for the DBV", "owner": "Mr Whitfield", "person": "James Whitfield", "due": "2027-06-30"},
  {"key": "Officers will write to all schools with resource bases", "owner": "Officers", "person": None, "due": "2027-05-28"},
  {"key": "Mrs Khan would host the June cluster moderation", "owner": "Mrs Khan", "person": "Nadia Khan", "due": None},
  {"key": "Sarah Kent would circulate the date to cluster leads", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-06-03"},
  {"key": "bring the draft sufficiency capital plan", "owner": "The Director", "person": "Priya Shah", "due": "2027-07-08"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
