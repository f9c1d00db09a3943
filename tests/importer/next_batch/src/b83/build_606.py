"""606: Smartsheet export (xlsx) - Partnership Board action log, hierarchy rows per meeting,
Assigned To as emails, a Contacts sheet, Due Date typed into a Text column in mixed formats."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path("/tmp/b83/606_eightythird_smartsheet_xlsx_board_action_log_emails_text_dates.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Board Action Log"
HDR = ["Ref", "Action / Item", "Assigned To", "Due Date", "Status", "RAG", "Raised At", "Comments / Update", "Created", "Modified", "Modified By"]
ws.append(HDR)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E79")

E = {
    "anne": "anne.price@westmoorsendpartnership.org.uk", "ruth": "ruth.hill@westmoor.gov.uk", "mary": "mary.walker@westmoor.gov.uk",
    "yusuf": "yusuf.okafor1@nhs.net", "priya": "priya.shah@westmoor.gov.uk", "tom": "tom.evans@westmoorpcf.org.uk",
    "liam": "liam.porter@westmoor.gov.uk", "james": "james.whitfield@westmoor.gov.uk", "grace": "grace.adeyemi@nhs.net",
    "david": "david.lowe@westmoor.gov.uk", "claire": "c.dunmore@westmoorsendiass.org.uk", "sarah": "sarah.khan@westmoor.gov.uk",
    "comm": "send.commissioning@westmoor.gov.uk", "owen": "owen.reid@westmoor.gov.uk",
}

def parent(text):
    ws.append(["", text] + [""] * 9)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")

def child(ref, item, who, due, status, rag, raised, comment, created, modified, modby):
    ws.append([ref, item, who, due, status, rag, raised, comment, created, modified, modby])
    r = ws.max_row
    ws.cell(r, 2).alignment = Alignment(indent=2, wrap_text=True)
    ws.cell(r, 8).alignment = Alignment(wrap_text=True)

parent("Board - 18 November 2026 (closed)")
child("B26-41", "Agree SEND strategy refresh timetable", E["james"], "16/12/26", "Complete", "Blue", "18/11/26", "Agreed at Dec development session.", "11/18/26", "12/17/26", E["ruth"])
child("B26-42", "Written statement of action style self-assessment to Board", E["mary"], "Jan Board", "Complete", "Blue", "18/11/26", "Taken 20/01.", "11/18/26", "01/21/27", E["ruth"])

parent("Board - 20 January 2027")
child("B27-01", "Therapies workforce update incl. vacancy rates", E["grace"], "17/03/2027", "Complete", "Blue", "20/01/27", "Presented 17/03 (item 5). Closed.", "01/20/27", "03/17/27", E["ruth"])
child("B27-02", "Parent carer forum funding letter to DfE", E["anne"], "end Feb", "Complete", "Blue", "20/01/27", "Sent 19/02.", "01/20/27", "02/19/27", E["ruth"])
child("B27-03", "Post-16 sufficiency - options for specialist college places", E["priya"], "19/05/2027", "Carried forward", "Amber", "20/01/27",
      "Carried at 17/03 - was due 17/03. Linked to the AP numbers action B27-12. New date May Board.", "01/20/27", "03/17/27", E["ruth"])
child("B27-04", "Joint commissioning MoU - legal review", E["james"], "", "On hold", "Red", "20/01/27",
      "With council Legal and ICB governance - not a Board action now. Board to be told when it returns.", "01/20/27", "03/17/27", E["ruth"])

parent("Board - 17 March 2027")
child("B27-07", "NOTED: SENDIASS annual report 2025/26 - Board thanked Claire and the team", "", "", "Noted", "", "17/03/27", "No action.", "03/17/27", "03/17/27", E["ruth"])
child("B27-08", "Present the SEF refresh to the May Board with the self-assessment scores", E["james"], "May Board", "Not started", "Green", "17/03/27",
      "Workstream leads to feed in via James (his team collects; not separate actions).", "03/17/27", "03/17/27", E["ruth"])
child("B27-09", "Write to the ICB Chief Nurse about therapy waiting times", E["yusuf"], "31/03/2027", "Not started", "Amber", "17/03/27",
      "Anne asked that the letter goes from the Board, signed by Anne and Yusuf - Yusuf drafting.", "03/17/27", "03/18/27", E["yusuf"])
child("B27-10", "Circulate the inspection readiness timeline to all Board members", E["ruth"], "w/c 22/03", "Not started", "Green", "17/03/27",
      "", "03/17/27", "03/17/27", E["ruth"])
child("B27-11", "Co-produce a parent-facing summary of the Board's priorities with the PCF", E["tom"], "end of April", "Not started", "Green", "17/03/27",
      "Tom to lead with Sarah Khan supporting. Summary to go on the Local Offer.", "03/17/27", "03/17/27", E["ruth"])
child("B27-12", "Confirm alternative provision commissioning numbers for the sufficiency plan", E["priya"], "07/04/2027", "Not started", "Amber", "17/03/27",
      "UK date - 7 April (sheet is set to US display but this column is text).", "03/17/27", "03/18/27", E["priya"])
child("B27-13", "Bring the EHCP timeliness recovery trajectory (with exceptions shown separately)", E["liam"], "Next Board", "Not started", "Amber", "17/03/27",
      "From EHCP Timeliness workstream. Liam to present, Mary to attend.", "03/17/27", "03/17/27", E["ruth"])
child("B27-14", "Refresh the Local Area SEND Sufficiency dataset", E["comm"], "30/04/2027", "Not started", "Green", "17/03/27",
      "Commissioning team mailbox - no named lead yet.", "03/17/27", "03/17/27", E["ruth"])
child("B27-15", "AGREED: Priya Shah to be the Board's nominee on the DfE Change Programme regional group", E["priya"], "", "Complete", "Blue", "17/03/27",
      "Decision. Anne emailed the regional lead during the meeting.", "03/17/27", "03/17/27", E["anne"])
child("B27-16", "Inclusion workstream to look at part-time timetables data", "", "", "Referred", "", "17/03/27",
      "For the Inclusion workstream's own plan - not a Board action.", "03/17/27", "03/17/27", E["ruth"])
child("B27-17", "Thank the Youth Forum for their presentation", E["anne"], "", "Complete", "Blue", "17/03/27", "Done on the day.", "03/17/27", "03/17/27", E["anne"])

parent("Board - 19 May 2027 (next meeting, Wednesday 19 May 2027, 10:00, Council Chamber)")

for col, w in zip("ABCDEFGHIJK", [9, 70, 40, 13, 16, 8, 11, 60, 10, 10, 34]):
    ws.column_dimensions[col].width = w

cs = wb.create_sheet("Contacts")
cs.append(["Name", "Email", "Organisation", "Board role"])
for c in cs[1]:
    c.font = Font(bold=True)
for row in [
    ("Anne Price", E["anne"], "Westmoor SEND Partnership", "Independent Chair"),
    ("Ruth Hill", E["ruth"], "Westmoor Council", "Board secretariat"),
    ("Mary Walker", E["mary"], "Westmoor Council", "Head of SEND"),
    ("Yusuf Okafor", E["yusuf"], "Westmoor ICB", "Designated Clinical Officer"),
    ("Priya Shah", E["priya"], "Westmoor Council", "Director of Education"),
    ("Tom Evans", E["tom"], "Westmoor PCF", "PCF co-chair"),
    ("Liam Porter", E["liam"], "Westmoor Council", "Data and Performance"),
    ("James Whitfield", E["james"], "Westmoor Council", "AD SEND and Inclusion (attends)"),
    ("Grace Adeyemi", E["grace"], "Westmoor Community Health NHS Trust", "Head of Children's Therapies"),
    ("David Lowe", E["david"], "Westmoor Council", "Principal EP"),
    ("Claire Dunmore", E["claire"], "Westmoor SENDIASS", "attends for SENDIASS items"),
    ("Sarah Khan", E["sarah"], "Westmoor Council", "Participation Officer"),
    ("Owen Reid", E["owen"], "Westmoor Council", "PfA Lead (not a Board member)"),
    ("SEND Commissioning (shared mailbox)", E["comm"], "Westmoor Council", ""),
]:
    cs.append(list(row))
for col, w in zip("ABCD", [34, 44, 36, 34]):
    cs.column_dimensions[col].width = w

ps = wb.create_sheet("Sheet Info")
ps.append(["Sheet name", "Westmoor SEND Partnership Board - Action Log"])
ps.append(["Owner", E["ruth"]])
ps.append(["Exported", "03/18/27 09:47 AM"])
ps.append(["Note", "Due Date is a Text/Number column (dates typed as entered). Created/Modified use the sheet owner's display format (MM/DD/YY)."])
wb.save(OUT)
