"""Builds 327_fortythird_excel_gantt_plan_updated.xlsx: a Local Offer relaunch task-and-finish Gantt plan, updated at the 8 Sept 2027 meeting."""
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "327_fortythird_excel_gantt_plan_updated.xlsx"
wb = Workbook()

BAR = PatternFill("solid", fgColor="8EA9DB")
NEW = PatternFill("solid", fgColor="FFF2CC")
DONE = PatternFill("solid", fgColor="C6EFCE")
HT = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F4E78")
thin = Side(style="thin", color="BFBFBF")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------- Read me ----------------
ws = wb.active
ws.title = "Read me & key"
rows = [
    ["LOCAL OFFER RELAUNCH – TASK & FINISH GROUP – PROJECT PLAN"],
    ["Version 7 – updated in the meeting 08/09/2027 (SKh). Please don't sort the Plan tab, it breaks the chart!!"],
    [],
    ["Who's who", "", "Initials used in the Plan"],
    ["Sarah Khan", "Participation Officer (keeps this plan)", "SKh"],
    ["Sarah Kent", "School Improvement Adviser", "SKe"],
    ["Tom Evans", "PCF co-chair", "TE"],
    ["Liam Porter", "Data & Performance Manager", "LP"],
    ["Grace Adeyemi", "Head of Children's Therapies (Community Health)", "GA"],
    ["Mary Walker", "Head of SEND", "MW"],
    ["Yusuf Okafor", "Designated Clinical Officer, ICB", "DCO"],
    ["Ruth Hill", "Partnership Business Support", "RH"],
    ["Jess Howard", "Council Comms team", "Comms (Jess H)"],
    ["Digital Services", "Council web team – runs the platform migration in their own project plan", "Web team / DS"],
    [],
    ["Chart key"],
    ["■", "planned working week"],
    ["◆", "deadline – the Friday of that week, unless the Deadline column says otherwise"],
    ["✔", "done"],
    ["HT", "October half term, w/c 25 Oct – no school-facing activity"],
    ["NEW 08/09", "row added at the 8 Sept meeting (yellow)"],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 28

# ---------------- Plan ----------------
wp = wb.create_sheet("Plan")
weeks = [dt.date(2027, 9, 6) + dt.timedelta(weeks=i) for i in range(11)]
head = ["ID", "Workstream", "Task", "Lead", "Status", "Deadline", "Notes"] + [
    ("HT" if w == dt.date(2027, 10, 25) else "w/c " + w.strftime("%d-%b")) for w in weeks]
wp.append(["Local Offer relaunch plan v7 (08/09/27)"])
wp.append(head)


def wk(label):
    return weeks.index(dt.datetime.strptime(label + "-2027", "%d-%b-%Y").date())


plan = [
    (1, "Content", "Audit all 240 Local Offer pages for broken links", "Web team", "Complete", "", "✔ 63 broken links fixed in Aug", {}, DONE),
    (2, "Content", "Rewrite the EHCP 'how to apply' page with PCF", "SKh / TE", "Complete", "", "✔ live 27/08", {}, DONE),
    (3, "Content", "Rewrite short breaks pages", "MW", "On track", "24/09", "", {"06-Sep": "■", "13-Sep": "■", "20-Sep": "◆"}, None),
    (4, "Content", "Rewrite 'getting a diagnosis' page (ND pathway)", "DCO", "Re-planned", "", "was w/c 13-Sep, moved at 8/9 mtg – ND team short staffed", {"20-Sep": "■", "27-Sep": "◆"}, None),
    (5, "Tech", "Migrate pages to new platform", "Web team / DS", "DS own plan", "", "see Digital Services project plan, not tracked here", {"04-Oct": "■", "11-Oct": "■", "18-Oct": "■", "01-Nov": "■"}, None),
    (6, "Engagement", "Parent survey on the Local Offer", "SKh", "Complete", "", "✔ closed 31/08 – 187 responses", {}, DONE),
    (7, "Milestone", "GO LIVE", "", "Milestone", "w/c 15 Nov", "moved from 1 Nov – see notes", {"15-Nov": "◆"}, None),
    (8, "Content", "Write plain-English intro text for each of the 8 sections", "TE", "NEW 08/09", "", "PCF to use survey wording", {"13-Sep": "■", "20-Sep": "■", "27-Sep": "◆"}, NEW),
    (9, "Data", "Pull page-view stats for top 20 pages (Jan–Aug)", "LP", "NEW 08/09", "17/09", "", {"13-Sep": "◆"}, NEW),
    (10, "Engagement", "Book 2 parent testing sessions (1 evening, 1 daytime)", "SKh", "NEW 08/09", "by HT", "ask PCF for venues", {"27-Sep": "■", "04-Oct": "■", "11-Oct": "■", "18-Oct": "◆"}, NEW),
    (11, "Content", "Check all therapy service pages (SALT, OT, physio) are accurate", "GA", "NEW 08/09", "", "", {"04-Oct": "■", "11-Oct": "◆"}, NEW),
    (12, "Governance", "Agree sign-off route for health content with ICB", "DCO", "NEW 08/09", "next T&F mtg", "", {}, NEW),
    (13, "Comms", "Brief Comms team on relaunch date & press release", "Comms (Jess H)", "NEW 08/09", "", "after go-live date confirmed", {"01-Nov": "◆"}, NEW),
    (14, "Tech", "Find out if old URL redirects will break school websites' links", "???", "NEW 08/09", "", "nobody knew – needs an owner", {}, NEW),
]
for pid, ws_, task, lead, status, dl, notes, marks, fill in plan:
    row = [pid, ws_, task, lead, status, dl, notes] + [""] * len(weeks)
    for k, v in marks.items():
        row[7 + wk(k)] = v
    wp.append(row)
    r = wp.max_row
    for col in range(1, 8 + len(weeks)):
        cell = wp.cell(r, col)
        cell.border = BOX
        if fill is not None and col <= 7:
            cell.fill = fill
        if col >= 8:
            if cell.value in ("■", "◆"):
                cell.fill = BAR
            cell.alignment = Alignment(horizontal="center")
            if weeks[col - 8] == dt.date(2027, 10, 25):
                cell.fill = HT
for col in range(1, 8 + len(weeks)):
    c = wp.cell(2, col)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = HEAD
    c.alignment = Alignment(wrap_text=True, horizontal="center")
wp["A1"].font = Font(bold=True, size=13)
for col, width in zip("ABCDEFG", (5, 13, 52, 15, 13, 13, 40)):
    wp.column_dimensions[col].width = width
for i in range(len(weeks)):
    wp.column_dimensions[get_column_letter(8 + i)].width = 8
wp.freeze_panes = "H3"

# ---------------- notes ----------------
wn = wb.create_sheet("8 Sep notes")
notes = [
    "Local Offer relaunch T&F – meeting Weds 8 Sept 2027, 2–3.30pm, Teams",
    "Notes: Sarah Khan (typed straight in here, sorry)",
    "",
    "Present: Sarah Khan (SKh, chairing + notes), Tom Evans (TE), Liam Porter (LP), Grace Adeyemi (GA), Jess Howard (Comms), Mary Walker (MW) first 30 mins only, Yusuf Okafor (DCO) item 3 only",
    "Apologies: Sarah Kent (SKe), Ruth Hill (RH)",
    "",
    "1. Survey results",
    "187 responses (target was 150). 61% said they couldn't find what they needed first time. Top searches: EHCP, respite, transport, autism assessment. 'Too many council words' came up 40+ times. TE said the PCF can help with the wording – new row 8.",
    "LP said he can get page-view stats out of the analytics to go alongside it – new row 9.",
    "",
    "2. Going through the plan",
    "Broken links audit and EHCP page both done – thank you. Short breaks pages on track for 24/09 (MW).",
    "'Getting a diagnosis' page moved to w/c 27-Sep because the ND team are short staffed – still the DCO's, not a new action, just re-planned (row 4).",
    "Migration is Digital Services' job and in their plan, we don't track it. They say w/c 4 Oct to 1 Nov.",
    "",
    "3. Health content",
    "Long chat. GA worried that therapy pages are out of date (old referral forms, a physio number that doesn't exist anymore). GA will check them all – row 11. DCO joined: ICB want anything clinical signed off, but nobody knows who by. DCO to agree a route with the ICB and bring back to next T&F (row 12).",
    "",
    "4. Go-live",
    "DECISION: go live w/c 15 Nov not 1 Nov, so testing isn't in half term. Jess H will brief the Comms team once the date's fixed (row 13).",
    "SKh to book 2 parent testing sessions before half term (row 10).",
    "",
    "5. AOB",
    "Tom asked about a launch event – everyone liked it but no capacity, parked for now.",
    "URL redirects – will the old links on school websites break? Nobody knew. Added as row 14, no owner yet (SKe maybe when back? not agreed).",
    "",
    "New rows 8–14 on the Plan tab = today's actions. Deadline column wins, otherwise the ◆ (= Friday of that week).",
    "Next T&F: Weds 13 Oct 2027, 2pm, Teams",
]
for n in notes:
    wn.append([n])
wn.column_dimensions["A"].width = 150
wn["A1"].font = Font(bold=True, size=12)

# ---------------- closed ----------------
wc = wb.create_sheet("Closed actions")
wc.append(["From mtg", "Action", "Who", "Closed", "Comment"])
for r in [
    ("07/07/2027", "Agree survey questions with PCF", "SKh / TE", "21/07/2027", "survey went live 26/07"),
    ("07/07/2027", "Get quote for accessibility checker licence", "Web team", "04/08/2027", "not needed – platform has one built in"),
    ("04/08/2027", "Send list of pages with named owners to all leads", "RH", "11/08/2027", "done"),
    ("04/08/2027", "Ask schools forum for SENCo readers", "SKe", "25/08/2027", "3 SENCos signed up"),
]:
    wc.append(list(r))
for c in wc[1]:
    c.font = Font(bold=True)
for col, width in zip("ABCDE", (12, 50, 12, 12, 40)):
    wc.column_dimensions[col].width = width

wb.save(OUT)
print("wrote", OUT)
