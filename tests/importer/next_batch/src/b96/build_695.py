import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
Westmoor SEND Partnership Board
Minutes of the meeting held on Thursday 11 February 2027, 10.00 – 12.30
Committee Room 2, Westmoor Civic Centre and via Microsoft Teams
Present:
Anne Price (AP) Independent Chair
Mary Walker (MW) Head of SEND, Westmoor Council
Priya Shah (PS) Director of Education, Westmoor Council
Yusuf Okafor (YO) Designated Clinical Officer, Westmoor ICB
Tom Evans (TE) Co-chair, Westmoor Parent Carer Forum
Helen Brooks (HB) SENCo, Riverside Primary School
David Lowe (DL) Principal Educational Psychologist
Grace Adeyemi (GA) Head of Children's Therapies, WCHT
Liam Porter (LP) Data and Performance Manager
In attendance:
Mark Walsh (MWa) Head of Transport (item 5 only)
Ruth Hill (RH) Partnership Business Support Officer (minutes)
Apologies:
Sarah Khan (SK) Participation Officer
1. Welcome, introductions and apologies
AP welcomed members and thanked Riverside Primary for hosting the January visit. Apologies
were noted as above. No declarations of interest were made.
2. Minutes of the previous meeting (14 January 2027) and matters arising
The minutes were agreed as an accurate record subject to one amendment at item 4 ("speech
and language" not "speech and langauge"). Matters arising – see table below.
No.
Action
Owner
Status
01/27
Circulate the EP traded services offer to schools
DL
Complete – sent 22/01
02/27
Confirm dates for PCF coffee mornings in spring term
TE
Complete
03/27
Bring revised ToR for young people's panel
SK
Open – c/f to March Board
04/27
Ask ICB comms about the ND waiting list letter
YO
Complete – letter reissued 02/02
05/27 Chase SENDIASS re. tribunal data LP Complete
OFFICIAL – DRAFT FOR APPROVAL
Page 1 of 3
Westmoor SEND Partnership Board                                        Minutes 11.02.27
AP noted that the young people's panel terms of reference had been delayed because the panel
had not been quorate in January; SK to bring them to the March Board as above.
3. EHCP timeliness and performance report
LP presented the January performance report. 20-week timeliness had improved to 41% (from
33% in Decem-
ber) but remained well below the England average. Members welcomed the improvement. TE said
families were still telling the forum that they hear nothing between the request and the draft
plan. The Board asked for the figures to be broken down by the stage at which delays occur.
ACTION: LP to circulate the refreshed EHCP timeliness dashboard, with the stage
breakdown, by Friday 5 March.
4. Annual reviews backlog
MW reported that 612 annual reviews were currently overdue, of which 140 were at phase
transfer. Schools had raised concerns that the amendment notices were arriving late. It was
agreed that a letter from the Head of SEND setting out the interim process would help.
ACTION: MW to write to all SENCos about the annual review backlog before the next
meeting.
HB said SENCos in the Riverside cluster had already started using the new one-page review
template and it was working well.
TE suggested that the forum could offer parent volunteers to help schools with review paper-
work. Members felt this raised data protection issues and it was not taken forward.
5. Home to school transport
Mark Walsh attended for this item. He outlined the route review that had started in January
following complaints about late pick-ups from two special schools. Parents had reported
children arriving distressed after journeys of over an hour. The Council's Cabinet will consult
on the post-16 transport policy in the summer; this is a Cabinet process and not for the Board.
ACTIONS: PCF (TE) to run a short survey of families on transport; results to the March
Board. MWa to return to the April meeting with the outcome of the route review.
OFFICIAL – DRAFT FOR APPROVAL
Page 2 of 3
Westmoor SEND Partnership Board                                        Minutes 11.02.27
6. Therapies update
GA reported that the new speech and language therapy triage pathway had gone live on 1
February. OT waiting times remain at 38 weeks. YO advised that the ICB is planning to
recom-
mission the community OT service from April 2028 and will run its own engagement on this
in the autumn.
ACTION: GA to send schools a one-page guide to the new triage criteria by the end of
March.
7. SEND sufficiency strategy
PS presented the draft sufficiency strategy. Members asked about the timing of the new
resource bases. The Board endorsed the strategy for submission to Cabinet in April.
DL raised the growing demand for EP statutory advice. The Board noted the report and
agreed to return to EP capacity at the workforce item in May.
8. Any other business
YO reported that the ICB had published its SEND annual report on 5 February.
RH to send the March agenda and papers out by Thursday 4 March.
Date of next meeting: Thursday 11 March 2027, 10.00, Civic Centre and Teams.
Meeting closed 12.34.
Signed ......................................... (Chair)   Date ....................
OFFICIAL – DRAFT FOR APPROVAL
Page 3 of 3
"""

STYLE = ("Held-out batch ninetysixth. Draft minutes of the Westmoor SEND Partnership Board on Thursday 11 February 2027, "
 "written by Ruth Hill as a Word-to-PDF file and then copied out of a PDF viewer and pasted as text: page footers "
 "('OFFICIAL - DRAFT FOR APPROVAL', 'Page 1 of 3') and running headers land mid-text, the matters arising table comes out "
 "one cell per line (one row run together on one line), and words hyphenated at line ends are split (Decem-/ber, recom-/mission, paper-/work). "
 "Labelling choices: the open carried row 03/27 (SK, 'c/f to March Board', re-confirmed in the text) is counted as a true action; "
 "'PCF (TE)' is Tom Evans. Traps: matters arising rows marked Complete; HB's cluster already using the template (done); "
 "TE's parent-volunteer idea not taken forward; Cabinet's post-16 transport consultation and the ICB's OT recommissioning are "
 "other bodies' plans; the SALT pathway went live already; the strategy endorsement is a decision; EP demand only noted "
 "(May return is not assigned to anyone); ICB annual report already published. Dates: LP 'Friday 5 March' = 2027-03-05; "
 "MW 'before the next meeting' = next meeting; survey results 'to the March Board' = meeting 2027-03; MWa 'April meeting' = "
 "meeting 2027-04; GA 'end of March' = Wednesday 31 March 2027; RH 'Thursday 4 March' = 2027-03-04; SK 'March Board' = meeting 2027-03.")

ACTIONS = [
 ("LP to circulate the refreshed EHCP timeliness dashboard", "LP", "Liam Porter", "2027-03-05"),
 ("write to all SENCos about the annual review backlog", "MW", "Mary Walker", "next meeting"),
 ("run a short survey of families on transport", "PCF (TE)", "Tom Evans", "meeting 2027-03"),
 ("return to the April meeting with the outcome", "MWa", "Mark Walsh", "meeting 2027-04"),
 ("a one-page guide to the new triage criteria", "GA", "Grace Adeyemi", "2027-03-31"),
 ("RH to send the March agenda and papers", "RH", "Ruth Hill", "2027-03-04"),
 ("Bring revised ToR for young people's panel", "SK", "Sarah Khan", "meeting 2027-03"),
]
write("695_ninetysixth_board_minutes_pdf_copy", TEXT, "2027-02-11", STYLE, ACTIONS)
