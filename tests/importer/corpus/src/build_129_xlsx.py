import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

D = dt.date
wb = Workbook()
ws = wb.active
ws.title = "Open actions"
ws.merge_cells("A1:H1")
ws["A1"] = "Westmoor SEND Partnership Board – Action Log (updated after meeting of 10 March 2027)"
ws["A1"].font = Font(bold=True, size=13)
hdr = ["Ref", "Date raised", "Action", "Lead", "Target date", "RAG", "Update", "Source"]
ws.append([])
ws.append(hdr)
for c in ws[3]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
rows = [
    [
        "PB-112",
        D(2026, 11, 11),
        "Circulate revised EHCP timeliness trajectory to board members",
        "Liam Porter",
        "end of January",
        "A",
        "Draft shared 14/1; final version still awaited from finance",
        "Board Nov 26",
    ],
    [
        "PB-118",
        D(2027, 1, 13),
        "Agree terms of reference for the alternative provision task and finish group",
        "Mary Walker",
        D(2027, 2, 28),
        "R",
        "Slipped – group not yet convened. Carried forward again",
        "Board Jan 27",
    ],
    [
        "PB-121",
        D(2027, 1, 13),
        "Confirm SENDIASS capacity for tribunal support over spring term",
        "Claire Dunmore",
        "TBC",
        "A",
        "Claire to update at April board if possible",
        "Board Jan 27",
    ],
    [
        "PB-124",
        D(2027, 3, 10),
        "Produce a one-page summary of the short breaks consultation findings for the PCF newsletter",
        "Sarah Khan",
        D(2027, 3, 24),
        "G",
        "New",
        "Board Mar 27",
    ],
    [
        "PB-125",
        D(2027, 3, 10),
        "Bring benchmarking of EHCP request rates against statistical neighbours to next board",
        "Liam Porter",
        "next meeting",
        "G",
        "New",
        "Board Mar 27",
    ],
    [
        "PB-126",
        D(2027, 3, 10),
        "Write to all SENCos setting out the new graduated approach toolkit launch dates",
        "David Lowe",
        D(2027, 3, 31),
        "G",
        "New",
        "Board Mar 27",
    ],
    [
        "PB-127",
        D(2027, 3, 10),
        "Arrange joint visit with ICB to the neurodevelopmental pathway waiting list hub",
        "Yusuf Okafor / Grace Adeyemi",
        "end of April",
        "G",
        "New – dates to be found",
        "Board Mar 27",
    ],
    [
        "PB-128",
        D(2027, 3, 10),
        "Update the local offer transport page so the post-16 policy wording matches the approved version",
        "Mark Walsh (via Mary Walker)",
        D(2027, 4, 16),
        "G",
        "New",
        "Board Mar 27",
    ],
    [
        "PB-129",
        D(2027, 3, 10),
        "Draft the board's response to the Ofsted/CQC area SEND self-evaluation refresh",
        "Anne Price",
        D(2027, 5, 7),
        "G",
        "New. Drafting session pencilled in for April",
        "Board Mar 27",
    ],
    [
        "PB-108",
        D(2026, 9, 16),
        "Review membership of the board to include a post-16 provider representative",
        "Anne Price",
        "March",
        "A",
        "Discussed 10/3 – chair has approached Westmoor College, awaiting reply",
        "Board Sep 26",
    ],
]
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=4):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i in (1, 4):
        if isinstance(row[i].value, D):
            row[i].number_format = "dd/mm/yyyy"
ws.append([])
ws.append(
    [
        "",
        "",
        "Notes: the board NOTED the Q3 dashboard and AGREED the short breaks eligibility criteria (no further action). Hope to have the AP sufficiency report by summer – not yet an action.",
    ]
)
for col, w in zip("ABCDEFGH", [9, 12, 60, 24, 14, 6, 40, 14], strict=False):
    ws.column_dimensions[col].width = w
cl = wb.create_sheet("Closed")
cl.merge_cells("A1:H1")
cl["A1"] = "Closed actions – retained for audit"
cl["A1"].font = Font(bold=True)
cl.append([])
cl.append(hdr + ["Date closed"])
for r in [
    [
        "PB-101",
        D(2026, 7, 8),
        "Share the draft SEND strategy with the PCF for comment",
        "Mary Walker",
        D(2026, 9, 1),
        "C",
        "Shared 20/8, comments received",
        "Board Jul 26",
        D(2026, 9, 16),
    ],
    [
        "PB-115",
        D(2026, 11, 11),
        "Circulate annual SENDIASS report to members",
        "Claire Dunmore",
        "December",
        "C",
        "Circulated with January papers",
        "Board Nov 26",
        D(2027, 1, 13),
    ],
    [
        "PB-119",
        D(2027, 1, 13),
        "Invite the Head of Transport to March board to discuss post-16 travel policy",
        "Ruth Hill",
        D(2027, 2, 20),
        "C",
        "Mark Walsh attended 10/3 – closed",
        "Board Jan 27",
        D(2027, 3, 10),
    ],
]:
    cl.append(r)
for row in cl.iter_rows(min_row=4):
    for i in (1, 4, 8):
        if isinstance(row[i].value, D):
            row[i].number_format = "dd/mm/yyyy"
k = wb.create_sheet("Key")
for r in [
    ["RAG", "Meaning"],
    ["G", "On track"],
    ["A", "At risk / some slippage"],
    ["R", "Overdue or blocked"],
    ["C", "Complete – move to Closed sheet at next update"],
    [],
    [
        "Ref numbers run on from the previous log. Please send updates to Ruth Hill by the Friday before each board."
    ],
]:
    k.append(r)
wb.save(CORPUS + "/129_fifteenth_action_log.xlsx")
lab = {
    "meeting_date": "2027-03-10",
    "held_out": True,
    "style": "Held-out batch fifteenth. An Excel action log workbook for the Westmoor SEND Partnership Board with a merged title row, a blank row, then a header (Ref, Date raised, Action, Lead, Target date, RAG, Update, Source), and Closed and Key sheets. Target dates are a mix of real Excel dates and text ('end of April', 'next meeting', 'TBC', 'March'). Only rows raised on 10/03/2027 are new actions. Traps: open rows raised at earlier boards (including one discussed at this meeting), closed actions on the Closed sheet (one closed at this meeting), a notes row recording a decision and a hope, and the Key sheet's instruction to send updates.",
    "actions": [
        {
            "key": "one-page summary of the short breaks consultation",
            "owner": "Sarah Khan",
            "person": "Sarah Khan",
            "due": "2027-03-24",
        },
        {
            "key": "benchmarking of EHCP request rates against statistical neighbours",
            "owner": "Liam Porter",
            "person": "Liam Porter",
            "due": "next meeting",
        },
        {
            "key": "Write to all SENCos setting out the",
            "owner": "David Lowe",
            "person": "David Lowe",
            "due": "2027-03-31",
        },
        {
            "key": "Arrange joint visit with ICB to the",
            "owner": "Yusuf Okafor / Grace Adeyemi",
            "person": "Yusuf Okafor",
            "due": "2027-04-30",
        },
        {
            "key": "Update the local offer transport page",
            "owner": "Mark Walsh (via Mary Walker)",
            "person": "Mark Walsh",
            "due": "2027-04-16",
        },
        {
            "key": "Draft the board's response to the Ofsted/CQC",
            "owner": "Anne Price",
            "person": "Anne Price",
            "due": "2027-05-07",
        },
    ],
}
json.dump(lab, open(CORPUS + "/129_fifteenth_action_log.labels.json", "w"), indent=1, ensure_ascii=False)
