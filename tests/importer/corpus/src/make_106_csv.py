"""Writes 106_twelfth_planner_export.csv, a Microsoft Planner board exported to CSV (run once).

    .venv/bin/python tests/importer/corpus/src/make_106_csv.py
"""
import csv
import random
import string
from pathlib import Path

H = ["Task ID","Task Name","Bucket Name","Progress","Priority","Assigned To","Created By","Created Date","Start Date","Due Date","Is Recurring","Late","Completed Date","Completed By","Completed Checklist Items","Checklist Items","Labels","Description"]
B9 = "Board 09/03/27 actions"
B1 = "Board 12/01/27 actions"
rows = [
 ["sYq2lW0nX0uF3bQ1","Performance scorecard - standing item every Board","Standing items","Not started","Medium","Liam Porter","Ruth Hill","05/09/2026","","","true","false","","","","","Governance","Standing item. Papers to Ruth 7 days before each Board."],
 ["r8Jd0PqkM02sLw9e","Self-Evaluation Framework refresh","Standing items","Not started","Important","","Ruth Hill","12/01/2027","","","false","false","","","","","Governance;Inspection","Comes to the May Board for discussion. No owner agreed yet - Anne to raise at chairs' briefing."],
 ["Hk2mPz7tQ9aYx1cD","Review annual review backlog in the caseworker teams","Board 12/01/27 actions","In progress","Important","Mary Walker","Ruth Hill","12/01/2027","15/01/2027","26/02/2027","false","true","","","1","3","Timeliness","From January Board. Update given 9 March: 212 overdue, down from 340. Mary to carry on and report in May."],
 ["Lw0cE4rTy6uI8oP2","Report on alternative provision places","Board 12/01/27 actions","Completed","Medium","Priya Shah","Ruth Hill","12/01/2027","","12/02/2027","false","false","11/02/2027","Priya Shah","2","2","Inclusion","Report circulated by email 11/02."],
 ["Bn5vC8xZ1aS3dF6g","Circulate slides from the March Board","Board 09/03/27 actions","Completed","Low","Ruth Hill","Ruth Hill","09/03/2027","","10/03/2027","false","false","10/03/2027","Ruth Hill","","","Governance","Done - in the Teams channel Files tab."],
 ["Qa1zX2sW3eD4rF5t","Send Board members the revised inclusion dashboard","Board 09/03/27 actions","Not started","Important","Liam Porter","Ruth Hill","09/03/2027","","12/03/2027","false","false","","","0","1","Data","Include the suspensions data by SEN stage that Tom asked for."],
 ["Gt6yH7uJ8iK9oL0p","Write to schools re: updated SEN Support funding criteria","Board 09/03/27 actions","Not started","Urgent","Priya Shah","Ruth Hill","09/03/2027","","23/03/2027","false","false","","","","","Inclusion;Schools","Letter to go via the schools bulletin, copy to SENCo network.\nHelen Brooks to check wording with SENCos first (she has agreed to look at it, not an action)."],
 ["Mn1bV2cX3zL4kJ5h","Refresh Local Offer pages on short breaks eligibility","Board 09/03/27 actions","In progress","Medium","Sarah Khan","Ruth Hill","09/03/2027","10/03/2027","31/03/2027","false","false","","","1","4","Local Offer;Co-production","Use the young people's feedback from the February participation session."],
 ["Pq9wE8rT7yU6iO5a","Map health advice deadlines against the 6-week target","Board 09/03/27 actions","Not started","Medium","Yusuf Okafor","Ruth Hill","09/03/2027","","16/04/2027","false","false","","","","","Health","By provider (community paeds, SALT, OT, CAMHS)."],
 ["Zx4cV5bN6mA7sD8f","Draft terms of reference for PfA task and finish group","Board 09/03/27 actions","Not started","Medium","Owen Reid","Ruth Hill","09/03/2027","","","false","false","","","","","Preparing for Adulthood","No date set in Planner - Board asked for it by next Board."],
 ["Ty3uI4oP5aS6dF7g","Arrange parent drop-in sessions on annual reviews","Board 09/03/27 actions","Not started","Medium","Kerry Lang","Tom Evans","10/03/2027","","30/04/2027","false","false","","","0","2","Co-production;Parent voice","PCF to host. Tom asked Kerry to lead; two sessions, one evening."],
 ["Ew2rT3yU4iO5pA6s","Cost options for extra EP assessment capacity","Board 09/03/27 actions","Not started","Important","Jo Fairbairn","Ruth Hill","09/03/2027","","07/05/2027","false","false","","","","","Commissioning;Timeliness","Jo (commissioning) to cost 3 options incl. extending the agency contract. David Lowe has already shared caseload figures."],
 ["Kd8fG9hJ0kL1zX2c","Confirm date for SENDIASS annual report presentation","Board 09/03/27 actions","Not started","Low","","Ruth Hill","09/03/2027","","02/04/2027","false","false","","","","","Governance","Unassigned - whoever picks this up, liaise with SENDIASS."],
 ["Vb3nM4qW5eR6tY7u","DECISION: Graduated Approach toolkit approved","Decisions log","Completed","Low","Anne Price","Ruth Hill","09/03/2027","","","false","false","09/03/2027","Anne Price","","","Decision","Approved by the Board 9 March. For information only."],
 ["Uy8iO9pA0sD1fG2h","Explore a SEND podcast with the PCF","Parked ideas","Not started","Low","","Tom Evans","09/03/2027","","","false","false","","","","","Parent voice","Idea from AOB. Parked until after the conference."],
 ["Jh3kL4zX5cV6bN7m","Ask Grace about OT waiting times?","To triage","Not started","Low","","Ruth Hill","09/03/2027","","","false","false","","","","","Health","Raised in chat - not agreed as an action. Check with Anne."],
]
with open(Path(__file__).parents[1] / "106_twelfth_planner_export.csv","w",newline="",encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(H)
    w.writerows(rows)

extra = [
 ("Board 10/11/26 actions","Completed","Mary Walker","10/11/2026","04/12/2026","03/12/2026","Publish the written statement of action progress report","Published on the Local Offer."),
 ("Board 10/11/26 actions","Completed","Yusuf Okafor","10/11/2026","18/12/2026","15/12/2026","Agree the health advice quality assurance checklist","Agreed with providers."),
 ("Board 10/11/26 actions","Completed","Tom Evans","10/11/2026","11/12/2026","09/12/2026","Share PCF survey headline findings","Presented at January Board."),
 ("Board 10/11/26 actions","Completed","Liam Porter","10/11/2026","20/11/2026","19/11/2026","Add tribunal outcomes to the scorecard",""),
 ("Board 10/11/26 actions","Completed","Grace Adeyemi","10/11/2026","08/01/2027","07/01/2027","Circulate the neurodevelopmental pathway leaflet","Sent to PCF and SENCo network."),
 ("Board 10/11/26 actions","Completed","David Lowe","10/11/2026","27/11/2026","30/11/2026","Confirm the agency EP contract start date","Started 1 December."),
 ("Board 10/11/26 actions","Completed","Sarah Khan","10/11/2026","15/01/2027","14/01/2027","Recruit young people for the Local Offer review panel","Eight young people signed up."),
 ("Board 12/01/27 actions","Completed","Ruth Hill","12/01/2027","19/01/2027","18/01/2027","Update the Board membership list on the Local Offer",""),
 ("Board 12/01/27 actions","Completed","Helen Brooks","12/01/2027","12/02/2027","10/02/2027","Feed back SENCo network views on the toolkit draft","Included in the March paper."),
 ("Board 12/01/27 actions","Completed","Anne Price","12/01/2027","29/01/2027","28/01/2027","Write to the ICB chief executive about therapy waits","Reply received 22/02."),
 ("Board 12/01/27 actions","Completed","Mark Walsh","12/01/2027","26/02/2027","24/02/2027","Bring the transport policy consultation timetable","Consultation launched 1 March."),
 ("Board 12/01/27 actions","Completed","Claire Dunmore","12/01/2027","12/02/2027","12/02/2027","Provide SENDIASS enquiry themes for quarter 3",""),
 ("Board 12/01/27 actions","In progress","James Whitfield","12/01/2027","30/04/2027","","Review of SEN Support funding model","Long-running. Reported verbally 9 March. Carried forward - not a new action."),
 ("Board 12/01/27 actions","Completed","Liam Porter","12/01/2027","05/02/2027","04/02/2027","Split EHCP timeliness by locality",""),
 ("Decisions log","Completed","Anne Price","12/01/2027","","12/01/2027","DECISION: co-production conference to go ahead in June","For information."),
 ("Decisions log","Completed","Anne Price","09/03/2027","","09/03/2027","DECISION: April Board moved to 13 April, face to face","For information."),
 ("Decisions log","Completed","Anne Price","09/03/2027","","09/03/2027","NOTED: Ofsted/CQC area SEND framework update","Noted. No action."),
 ("Parked ideas","Not started","","12/01/2027","","","Joint training day with health visitors","Park until new financial year."),
 ("Parked ideas","Not started","","10/11/2026","","","Easy Read version of Board summaries","Sarah K mentioned - maybe for the summer."),
 ("To triage","Not started","","09/03/2027","","","Can data team show EHCPs by ethnicity?","Question from Tom in the meeting chat. Liam said he'd think about it."),
 ("Standing items","Not started","Ruth Hill","05/09/2026","","","Action log review - start of every Board",""),
 ("Standing items","Not started","Tom Evans","05/09/2026","","","PCF update - every Board",""),
 ("Standing items","Not started","Claire Dunmore","05/09/2026","","","SENDIASS update - quarterly",""),
]

random.seed(12)
def tid():
    return "".join(random.choice(string.ascii_letters+string.digits) for _ in range(16))
more = []
for b,p,who,cr,due,comp,name,desc in extra:
    more.append([tid(),name,b,p,"Medium",who,"Ruth Hill",cr,"",due,"true" if b=="Standing items" else "false","false",comp,who if comp else "","","",
                 "Decision" if b=="Decisions log" else "",desc])
allrows = rows[:4] + more[:14] + rows[4:] + more[14:]
with open(Path(__file__).parents[1] / "106_twelfth_planner_export.csv","w",newline="",encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(H)
    w.writerows(allrows)
