"""500: monday.com board export (xlsx export re-saved as CSV UTF-8) - SEND Partnership Board action tracker after Board 9 Feb 2027."""
import csv, json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "500_sixtyeighth_partnership_board_monday_export_groups_subitems_csv"

H = ["Name", "Subitems", "Person", "Status", "Timeline", "Date", "Priority", "Board minute", "Notes", "Item ID", "Creation log"]
SUBH = ["Subitems", "Name", "Owner", "Status", "Date", "Item ID"]
W = len(H)

def row(*cells):
    r = list(cells) + [""] * (W - len(cells))
    return r[:W]

rows = []
rows.append(row("SEND Partnership Board \u2013 Action Tracker"))
rows.append(row("Owner: Ruth Hill (Partnership Business Support). Board items are added after each Board by Ruth. Statuses: Not started / Working on it / Stuck / Done / Re-assigned / Decision (no action)"))
rows.append(row())
rows.append(row("New \u2013 agreed at Board 09/02/2027"))
rows.append(H)
rows.append(["Refresh the SEND sufficiency plan using the January 2027 census", "", "Liam Porter", "Not started",
             "2027-02-10 - 2027-04-13", "", "High", "PB 27/04", "To come back to April Board (13/04) with draft forecast", "1794410238",
             "Ruth Hill Feb 9, 2027 4:12 PM"])
rows.append(["Write to DfE about the delay to the special free school capital", "", "Priya Shah", "Working on it", "",
             "2027-02-19", "High", "PB 27/05", "Letter to go from Priya and Anne jointly; Priya drafting", "1794410612",
             "Ruth Hill Feb 9, 2027 4:13 PM"])
rows.append(["Approve revised Graduated Approach toolkit", "", "", "Decision (no action)", "", "", "", "PB 27/06",
             "Approved with PCF amendments. Launch already planned by schools team \u2013 no Board action", "1794410877",
             "Ruth Hill Feb 9, 2027 4:14 PM"])
rows.append(["Joint EHC outcomes training for SENCos and therapists", "", "Grace Adeyemi", "Not started",
             "2027-03-01 - 2027-05-28", "", "Medium", "PB 27/07", "Grace to lead with Helen Brooks (SENCo network) \u2013 two sessions before end of May",
             "1794411003", "Ruth Hill Feb 9, 2027 4:16 PM"])
rows.append(["Inspection focus group feedback \u2013 follow ups",
             "Add a 'tell it once' section to the EHC needs assessment request form, Share focus group themes with PCF members, Ask Riverside Primary to pilot the one-page profile",
             "", "", "", "", "Medium", "PB 27/08", "Parent item only \u2013 owners on the subitems", "1794411290",
             "Ruth Hill Feb 9, 2027 4:18 PM"])
rows.append(row(*SUBH))
rows.append(["", "Add a 'tell it once' section to the EHC needs assessment request form", "Mary Walker", "Not started", "2027-03-12", "1794411344"] + [""] * (W - 6))
rows.append(["", "Share focus group themes with PCF members", "Tom Evans", "Working on it", "2027-02-26", "1794411388"] + [""] * (W - 6))
rows.append(["", "Ask Riverside Primary to pilot the one-page profile", "Nadia Khan", "Not started", "2027-03-19", "1794411420"] + [""] * (W - 6))
rows.append(["Board development session on the new local area inspection framework", "", "Anne Price", "Not started", "", "",
             "Low", "PB 27/09", "Anne to arrange with LGA \u2013 date TBC", "1794411561", "Ruth Hill Feb 9, 2027 4:21 PM"])
rows.append(["Noted: Q3 EHCP timeliness 58% (20 weeks)", "", "", "", "", "", "", "PB 27/03", "For information only", "1794409987",
             "Ruth Hill Feb 9, 2027 4:10 PM"])
rows.append(row())
rows.append(row("Open \u2013 from previous Boards"))
rows.append(H)
rows.append(["Audit of overdue EHCP annual reviews", "", "David Lowe", "Re-assigned", "", "2027-03-31", "High", "PB 26/41",
             "Board 09/02: re-assigned from Mary W to David Lowe \u2013 EP service now running the review clinics. New date 31/03",
             "1711208830", "Ruth Hill Nov 10, 2026 3:55 PM"])
rows.append(["Home to school transport policy \u2013 consultation response", "", "Mark Walsh", "Working on it",
             "2026-12-01 - 2027-03-05", "", "Medium", "PB 26/44", "Update 09/02: consultation closes 28/02, response to March Cabinet. No change",
             "1711209114", "Ruth Hill Nov 10, 2026 4:01 PM"])
rows.append(["ICB / council data sharing agreement for EHCP health advice", "", "Yusuf Okafor", "Stuck", "", "2027-01-29",
             "High", "PB 26/45", "Update 09/02: IG leads still to sign. Yusuf escalating. Date to be reset at April Board",
             "1711209370", "Ruth Hill Nov 10, 2026 4:03 PM"])
rows.append(["SENDIASS annual report to Board", "", "Claire Dunmore", "Not started", "", "2027-04-13", "Low", "PB 26/47",
             "On forward plan for April", "1711209655", "Ruth Hill Nov 10, 2026 4:05 PM"])
rows.append(row())
rows.append(row("Completed"))
rows.append(H)
rows.append(["Circulate PCF survey results on EHCP communication", "", "Tom Evans", "Done", "", "2026-12-04", "Medium", "PB 26/42",
             "Done \u2013 circulated 2/12", "1711208991", "Ruth Hill Nov 10, 2026 3:58 PM"])
rows.append(["Add SEND data dashboard to Board pack", "", "Liam Porter", "Done", "", "2027-01-15", "Medium", "PB 26/43",
             "Closed at Board 09/02 \u2013 in this month's pack", "1711209002", "Ruth Hill Nov 10, 2026 3:59 PM"])
rows.append(["Confirm school rep for Board", "", "Helen Brooks", "Done", "", "2026-12-11", "Low", "PB 26/46",
             "Helen confirmed", "1711209501", "Ruth Hill Nov 10, 2026 4:04 PM"])

with open(OUT / (STEM + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
    csv.writer(f).writerows(rows)

labels_out = {
    "meeting_date": "2027-02-09",
    "style": ("Held-out batch sixtyeighth. A monday.com board export (the Excel export re-saved as CSV UTF-8 with BOM): board "
              "title and description rows, then three groups ('New - agreed at Board 09/02/2027', 'Open - from previous Boards', "
              "'Completed'), each group with its own repeated header row; Person / Status / Timeline ('2027-02-10 - 2027-04-13') / "
              "Date columns, a comma-joined 'Subitems' column on the parent and a 'Subitems,Name,Owner,Status,Date' block under it. "
              "Meeting date from the group name and the creation log (Feb 9, 2027). Labelled: the new group's items with an owner, "
              "the three subitems (their parent has no owner and is a container, so it is not labelled itself), and the old annual "
              "reviews audit, re-assigned at this Board from Mary W to David Lowe. Not labelled: the Graduated Approach toolkit "
              "(status 'Decision (no action)'), the 'Noted' Q3 timeliness row, the other open items (updated, owner unchanged) "
              "and the Completed group. Dates: a Timeline's end date is the due (sufficiency plan 13 April 2027 = the April Board; "
              "training 28 May 2027); Date column otherwise; the Board development session is 'date TBC' (null)."),
    "held_out": True,
    "actions": [
        {"key": "Refresh the SEND sufficiency plan using the", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-04-13"},
        {"key": "Write to DfE about the delay", "owner": "Priya Shah", "person": "Priya Shah", "due": "2027-02-19"},
        {"key": "Joint EHC outcomes training for SENCos and therapists", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-05-28"},
        {"key": "Add a 'tell it once' section", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-03-12"},
        {"key": "Share focus group themes with PCF members", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-02-26"},
        {"key": "Ask Riverside Primary to pilot the one-page profile", "owner": "Nadia Khan", "person": "Nadia Khan", "due": "2027-03-19"},
        {"key": "Board development session on the new local area", "owner": "Anne Price", "person": "Anne Price", "due": None},
        {"key": "Audit of overdue EHCP annual reviews", "owner": "David Lowe", "person": "David Lowe", "due": "2027-03-31"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
