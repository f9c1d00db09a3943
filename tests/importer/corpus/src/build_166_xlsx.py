import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def D(s):
    return dt.datetime.strptime(s, "%d/%m/%y")
wb = Workbook()
cov = wb.active
cov.title = "Cover"
for r in [
    ["Westmoor ICB - SEND Health Steering Group"],
    ["Decision and Action Log"],
    ["Log updated after meeting of:", D("14/07/27")],
    ["Maintained by:", "Yusuf Okafor, Designated Clinical Officer (DCO)"],
    ["Present 14/07/27:", "Yusuf Okafor (Chair, YO), Grace Adeyemi (GA), Anita Patel (AP), Mary Walker (MW), Tom Evans (TE), Liam Porter (LP)"],
    ["Apologies:", "David Lowe"],
    ["Next meeting:", "Wednesday 8 September 2027, 2pm, Teams"],
    ["How to use:", "Closed items stay on the log (greyed) for one cycle then move to the Archive tab. Carried forward items keep their original ID."],
]:
    cov.append(r)
cov["A1"].font = Font(bold=True, size=14)
cov["B3"].number_format = "dd/mm/yyyy"
cov.column_dimensions["A"].width = 28
cov.column_dimensions["B"].width = 90

dec = wb.create_sheet("Decisions")
dec.append(["Ref", "Meeting", "Decision", "Rationale / notes", "Linked action"])
for r in [
    ["D27-05", D("12/05/27"), "Health advice for EHC needs assessments to be returned within 6 weeks as the local standard, measured monthly", "In line with SEND Code of Practice", ""],
    ["D27-06", D("09/06/27"), "Group agreed not to commission a separate sensory processing clinic this year", "No recurrent funding identified; revisit in 2028/29 planning round", ""],
    ["D27-07", D("14/07/27"), "Medical needs in school guidance (v3) approved for circulation to all schools", "PCF comments incorporated", "A27-15"],
    ["D27-08", D("14/07/27"), "Business case for additional autism assessment capacity to be decided by ICB Board, not this group", "Above delegated limit", "none - ICB Board 22/07/27"],
    ["D27-09", D("14/07/27"), "TE to be added to the membership as a standing PCF representative from September", "Agreed unanimously", ""],
]:
    dec.append(r)

act = wb.create_sheet("Actions")
act.append(["ID", "Raised", "Action", "Owner", "Due", "Status", "Update (14/07/27)"])
grey = PatternFill("solid", fgColor="DDDDDD")
rows = [
    ["A27-05", D("12/05/27"), "Send health advice timeliness data to LA monthly", "LP", D("09/06/27"), "Complete", "Now automated from SystmOne report - closed"],
    ["A27-09", D("12/05/27"), "Refresh the neurodevelopmental pathway referral form with paediatrician comments", "YO", D("30/07/27"), "Open - carried forward", "Original due 30/06/27. Comments only just received; revised date agreed"],
    ["A27-10", D("09/06/27"), "Ask each provider for their health advice return times", "GA", D("07/07/27"), "Closed", "Merged into A27-16"],
    ["A27-11", D("09/06/27"), "Confirm paediatric clinic capacity for EHCP health advice over summer", "AP", D("23/07/27"), "In progress - carried forward", "Locum cover being arranged"],
    ["A27-12", D("09/06/27"), "Share draft medical needs guidance with PCF", "YO", D("30/06/27"), "Complete", "PCF feedback received 28/06 - see D27-07"],
    ["A27-13", D("09/06/27"), "NHS England to publish national SEND health dashboard", "NHSE", "Autumn 2027", "For information only", "Not an action for this group - noted"],
    ["A27-14", D("14/07/27"), "Update the DCO annual report with therapy waiting times", "YO", D("13/08/27"), "Open", ""],
    ["A27-15", D("14/07/27"), "Circulate approved medical needs guidance to all schools and settings", "ICB comms team", D("30/07/27"), "Open", "Via schools bulletin + Local Offer"],
    ["A27-16", D("14/07/27"), "Map health advice return times by provider and service", "Grace A", "Sept SG", "Open", "Replaces A27-10"],
    ["A27-17", D("14/07/27"), "Check whether EHCP health sections reflect current therapy provision (audit of 20 plans)", "MW", D("03/09/27"), "Open", "Sample to be pulled by LP"],
    ["A27-18", D("14/07/27"), "Nice to have: PCF to co-host a health drop-in at the autumn conference", "TE", "TBC", "Idea - not agreed", "Depends on conference venue; park until September"],
]
for r in rows:
    act.append(r)
for row in act.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    if row[5].value in ("Complete", "Closed"):
        for c in row:
            c.fill = grey
for ws in (dec, act):
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 40 if ws is dec else 16
    ws.column_dimensions["G"].width = 50
    ws.freeze_panes = "A2"
wb.save(CORPUS + "/166_twentieth_icb_decision_action_log.xlsx")
