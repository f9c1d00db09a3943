import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
Action summary – Westmoor SEND Partnership Board, Thursday 22 April 2027
(copied from the draft minutes v0.3 – please check your rows and tell Ruth of any corrections by Weds 28th)

Ref\tAction\tOwner\tDue\tStatus
13/27\tMap post-16 supported internship places by provider and sector\tOwen Reid (PfA Lead)\t28/05/27\tNew
14/27\tAdd tribunal outcome figures to the SENDIASS quarterly report\tClaire Dunmore\tJuly Board\tNew
15/27\tBrief Cllr Jones on the High Needs recovery plan ahead of Scrutiny\tPS\t14/05/27\tNew
16/27\tCo-design the Local Offer feedback form with young people
(use the Youth Voice group, not the Champions mailing list)\tSK / KL\tEnd June\tNew
17/27\tCirculate EP statutory advice timeliness figures by locality\tDL\tNext meeting\tNew
18/27\tShare Riverside's transition passport template with the group\tHB\tTBC\tNew
19/27\tJoint training day with health visitors\t\t–\tNot agreed – parked until autumn
20/27\tFor info: ICB to launch single ND referral route from Sept 27\tICB\tSept 27\tFor info only – not a Board action
21/27\tEHCP dashboard (stage breakdown)\tLP\t–\tNoted – presented today

Carried forward from previous meetings
Ref
Action
Owner
Due
Status
03/27
Bring revised ToR for young people's panel
SK
Mar Board
Complete – agreed 11/03
06/27
Write to all SENCos re annual review backlog
MW
Mar Board
Closed – letter sent 19/03
07/27
Transport survey of families
PCF (TE)
Mar Board
Closed – results presented 11/03
08/27
Review the SEN support guidance for early years settings
Priya Shah
was 30/04/27 – revised to 25/06/27
Open – delayed by EY consultation; new date agreed today
10/27
Route review outcome to Board
Mark Walsh
Apr Board
Complete – on today's agenda (item 5)
11/27
One-page guide to SALT triage criteria for schools
GA
31/03/27
Complete

Next meeting: Thursday 27 May 2027, 10.00, Civic Centre
Minutes: Ruth Hill, Partnership Business Support Officer – ruth.hill@westmoor.gov.uk
"""

STYLE = ("Held-out batch ninetysixth. The action table from Ruth Hill's draft minutes of the Partnership Board on Thursday 22 April 2027, "
 "selected in Word and pasted as text: the new-actions table pasted as one row a line with tabs, except row 16/27 whose second "
 "paragraph in the Action cell breaks the row over two lines; the carried-forward table pasted one cell per line. Labelling: "
 "'SK / KL' is Sarah Khan first-named (Kerry Lang also); the open carried row 08/27 with a new date agreed today is a true action. "
 "Traps: 19/27 not agreed/parked; 20/27 is the ICB's own plan for information; 21/27 only noted; carried rows 03, 06, 07, 10 and 11 "
 "are complete/closed; the covering line asking everyone to check their rows by Weds 28th is an admin request, not an action agreed at the meeting. Dates: 28/05/27 = Friday 28 May 2027; 'July Board' = meeting 2027-07; 14/05/27 = Friday 14 May 2027; "
 "'End June' = Wednesday 30 June 2027; 'Next meeting' = next meeting; 'TBC' = null; 08/27 revised to 25/06/27 = Friday 25 June 2027.")

ACTIONS = [
 ("Map post-16 supported internship places by provider and sector", "Owen Reid", "Owen Reid", "2027-05-28"),
 ("Add tribunal outcome figures to the SENDIASS quarterly report", "Claire Dunmore", "Claire Dunmore", "meeting 2027-07"),
 ("Brief Cllr Jones on the High Needs recovery plan", "PS", "Priya Shah", "2027-05-14"),
 ("Co-design the Local Offer feedback form with young people", "SK / KL", "Sarah Khan", "2027-06-30"),
 ("Circulate EP statutory advice timeliness figures by locality", "DL", "David Lowe", "next meeting"),
 ("Share Riverside's transition passport template with the group", "HB", "Helen Brooks", None),
 ("Review the SEN support guidance for early years settings", "Priya Shah", "Priya Shah", "2027-06-25"),
]
write("696_ninetysixth_word_action_table_paste", TEXT, "2027-04-22", STYLE, ACTIONS)
