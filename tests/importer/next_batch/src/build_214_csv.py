"""Writes 214_twentyseventh_trello_board_export.csv (text, but generated for quoting)."""
import csv
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "214_twentyseventh_trello_board_export.csv"
cols = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "Due Complete",
        "Checklist Items", "Attachment Count", "List ID", "List Name", "Board ID", "Board Name", "Archived",
        "Last Activity Date", "Created"]
B = ("64f1a0c2e9d3b70012ab7c11", "Westmoor SEND Partnership - Board actions")
L = {"inbox": ("64f1a0c2e9d3b70012ab7c12", "Inbox / to triage"),
     "act": ("64f1a0c2e9d3b70012ab7c19", "Actions - Board 15 Sep 27"),
     "prog": ("64f1a0c2e9d3b70012ab7c13", "In progress"),
     "done": ("64f1a0c2e9d3b70012ab7c14", "Done \u2714"),
     "park": ("64f1a0c2e9d3b70012ab7c15", "Parking lot"),
     "dec": ("64f1a0c2e9d3b70012ab7c16", "Decisions log")}
rows = []
def card(cid, name, desc, labels, members, due, dc, checklist, lst, archived, last, created, att=0):
    rows.append([cid, name, f"https://trello.com/c/{cid[2:]}/{name[:30].lower().replace(' ', '-')}", desc, labels, members,
                 due, dc, checklist, att, L[lst][0], L[lst][1], B[0], B[1], archived, last, created])

card("6502b7e1a1", "SK - young people's survey on Local Offer (July board)",
     "From July board. Survey live, 212 responses so far. Closing date extended.", "Participation (purple)",
     "sarahkhan_wcc", "2027-09-10T11:00:00.000Z", "false", "", "prog", "false", "2027-09-14T16:22:10.113Z", "2027-07-14T10:05:00.000Z")
card("6502b7e1a2", "JW - respond to DfE stocktake letter",
     "Done - sent 1 Sept by James.", "Statutory (red)", "jwhitfield", "2027-09-03T11:00:00.000Z", "true", "", "done", "false",
     "2027-09-01T15:01:44.002Z", "2027-07-14T10:07:00.000Z")
card("6502b7e1a3", "Idea from PCF: parent 'buddy' for first annual review",
     "Kerry raised in chat. Nice idea - not agreed as an action yet, Anne to consider where it fits (maybe co-pro group).",
     "PCF (green)", "", "", "false", "", "inbox", "false", "2027-09-15T14:40:02.871Z", "2027-09-15T14:40:02.871Z")
card("6502b7e1b1", "MW - circulate revised EHCP timeliness recovery plan to Board members",
     "Agreed at item 3. Mary to send round the revised plan incl. new 20-week trajectory.", "EHCP (orange)",
     "maryw_westmoor", "2027-09-30T11:00:00.000Z", "false", "", "act", "false", "2027-09-15T15:02:19.551Z", "2027-09-15T13:12:40.000Z")
card("6502b7e1b2", "Okafor: confirm ICB funding for SALT admin post beyond March",
     "Yusuf to confirm with ICB exec whether slippage funding continues. Due before half term (Fri 8 Oct).", "Health (blue)",
     "yusufokafor1", "2027-10-07T23:00:00.000Z", "false", "", "act", "false", "2027-09-15T15:03:55.108Z", "2027-09-15T13:20:02.000Z")
card("6502b7e1b3", "LP - add alternative provision placements to the dashboard",
     "Item 4. Liam to add AP placements (by phase, with EHCP y/n) to the Board dashboard for the October board (20th).",
     "Data (yellow)", "liamporter_data", "2027-10-19T23:00:00.000Z", "false", "", "act", "false", "2027-09-15T15:05:12.440Z",
     "2027-09-15T13:31:17.000Z")
card("6502b7e1b4", "Co-production charter - final draft to PCF steering group",
     "Tom + Sarah K to finalise wording after today's comments and take to PCF steering group.",
     "PCF (green), Co-pro (sky)", "tomevans_pcf, sarahkhan_wcc", "2027-10-31T00:00:00.000Z", "false", "", "act", "false",
     "2027-09-15T15:09:48.330Z", "2027-09-15T13:40:00.000Z")
card("6502b7e1b5", "RH - book venue for November parent conference",
     "Ruth to book venue. Orchard Centre preferred (step-free, quiet room).", "Admin (black)", "ruthhill_send",
     "2027-10-01T08:00:00.000Z", "false", "[x] get 3 quotes; [x] check accessibility; [ ] confirm booking with Orchard Centre; [ ] send deposit PO",
     "act", "false", "2027-09-15T15:11:30.905Z", "2027-09-15T13:44:51.000Z")
card("6502b7e1b6", "GA: therapies waiting list letter to families",
     "Grace to draft a letter to families on the SLT waiting list explaining drop-ins and what they can do while waiting. "
     "Draft to Tom for PCF check. Grace said end of Sept for the draft. (no due date set - GA not on Trello yet, added by RH)",
     "Health (blue)", "ruthhill_send", "", "false", "", "act", "false", "2027-09-15T15:14:02.016Z", "2027-09-15T13:52:33.000Z")
card("6502b7e1b7", "DL - EP capacity paper for the November Board",
     "Paper on EP statutory workload vs traded offer. Papers deadline is the day before the Nov board.", "EHCP (orange)",
     "davidlowe_ep", "2027-11-16T00:00:00.000Z", "false", "", "act", "false", "2027-09-15T15:16:44.760Z", "2027-09-15T14:01:09.000Z")
card("6502b7e1b8", "PS - sign off Local Offer annual report",
     "Signed off in the meeting by Priya. Ticked.", "Statutory (red)", "priyashah_dce", "2027-09-15T11:00:00.000Z", "true", "",
     "act", "false", "2027-09-15T14:05:38.219Z", "2027-09-15T14:03:00.000Z")
card("6502b7e1b9", "Mark Walsh - transport policy consultation response",
     "Moved to the Transport Review board - not ours. Archived.", "Transport (lime)", "mwalsh_transport",
     "2027-10-15T23:00:00.000Z", "false", "", "act", "true", "2027-09-15T16:30:00.000Z", "2027-09-15T14:08:00.000Z")
card("6502b7e1ba", "HB - share SENCo network feedback on graduated approach toolkit",
     "Helen to send the themes from the SENCo network to Mary + David.", "Schools (pink)", "hbrooks_riverside",
     "2027-09-23T23:00:00.000Z", "false", "", "act", "false", "2027-09-15T15:20:13.402Z", "2027-09-15T14:12:26.000Z")
card("6502b7e1c1", "Short breaks review - revisit in new year",
     "Parked at 15 Sep board. Anne: not until the sufficiency assessment is done.", "", "", "", "false", "", "park", "false",
     "2027-09-15T14:20:00.000Z", "2027-09-15T14:20:00.000Z")
card("6502b7e1d1", "DECISION 15/09: Board adopts the multi-agency QA framework v1.2",
     "Agreed unanimously. Review in 12 months.", "Decision (grey)", "", "", "false", "", "dec", "false",
     "2027-09-15T14:25:00.000Z", "2027-09-15T14:25:00.000Z")
card("6502b7e1d2", "DECISION 15/09: Next Board moved to Wed 20 Oct (was 13th)",
     "", "Decision (grey)", "", "", "false", "", "dec", "false", "2027-09-15T14:26:00.000Z", "2027-09-15T14:26:00.000Z")

with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(cols)
    w.writerows(rows)
print(OUT)
