"""Schools' SEND audit follow-up log (xlsx), after the follow-up review meeting of 3 November 2027."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = "/tmp/b98/714_ninetyeighth_schools_send_audit_followup_log.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "Follow-up log"
ws.append(["Primary SEND Audit 2027 - follow-up log (School Improvement / SEND Team)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["Follow-up review meeting: 03/11/2027 (S Kent, H Brooks, D Lowe, J Okoro, P Daly). Log kept by S Kent, SIA."])
ws.append(["Status key: Open / In progress / Complete (evidenced at follow-up visit) / Not an audit action"])
ws.append([])
ws.append(["#", "School", "Audit date", "Finding", "Agreed action", "Who", "By", "Follow-up notes", "Status"])
for c in ws[5]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
data = [
    [1, "Riverside Primary", "14/06/2027", "SEN register uses old need codes for 11 pupils",
     "Update the SEN register to reflect the new need codes", "HB (SENCo)", "26/11/2027",
     "03/11 - about half done, HB confident of finishing by the date", "In progress"],
    [2, "Riverside Primary", "14/06/2027", "SENCo has no protected time",
     "Timetable SENCo release time of one day a week from January", "Nadia Khan (Head)", "07/01/2028",
     "03/11 - Mrs Khan confirmed governors have agreed the budget; timetable to be set before Christmas", "Open"],
    [3, "Riverside Primary", "14/06/2027", "Provision map not costed",
     "Cost the provision map using the LA template", "HB", "29/09/2027",
     "03/11 - seen at visit, good. Complete.", "Complete"],
    [4, "St Aidan's CE Primary", "21/06/2027", "SEN Information Report out of date (2024) on website",
     "Publish an updated SEN Information Report on the school website", "Mrs J Okoro (SENCo)", "10/12/2027",
     "03/11 - draft written, going to governors' meeting on 2 Dec", "In progress"],
    [5, "St Aidan's CE Primary", "21/06/2027", "Limited use of EP consultation for pupils at SEN support",
     "Offer a termly EP consultation slot to the SENCo", "D Lowe", "before next review",
     "03/11 - DL to set up, St Aidan's is in the North cluster so via Jas Bains (link EP)", "Open"],
    [6, "Hollins Park Academy", "28/06/2027", "Pupils at SEN support have no provision maps",
     "Provide provision maps for all pupils on SEN support", "SENCo", "31/10/2027",
     "03/11 - complete, sample of 10 checked at visit", "Complete"],
    [7, "Hollins Park Academy", "28/06/2027", "Provision maps not reviewed with parents",
     "Arrange a moderation visit to check the updated provision maps with parent views", "S Kent (SIA)", "by half term (18/02/28)",
     "03/11 - agreed; SKe to book with the trust's inclusion lead", "Open"],
    [8, "Oakfield Junior", "05/07/2027", "New SENCo not yet qualified",
     "SENCo (Mr P Daly) starting the NPQ for SENCOs in January", "P Daly", "Jan 2028",
     "03/11 - school's own CPD plan, not an audit action. Noted for info.", "Not an audit action"],
    [9, "Oakfield Junior", "05/07/2027", "Parents report they are not told about SEN support",
     "Send every family on the SEN register a letter explaining the support their child gets", "P Daly", "17/12/2027",
     "03/11 - template letter shared by HB as an example", "Open"],
]
for r in data:
    ws.append(r)
    for c in ws[ws.max_row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHI", [4, 20, 11, 36, 44, 18, 18, 48, 16]):
    ws.column_dimensions[col].width = w

n = wb.create_sheet("Meeting notes 03-11")
for line in [
    "Follow-up review meeting - 3 November 2027, Riverside Primary (staff room), 3.45pm",
    "Present: Sarah Kent (SIA), Helen Brooks (SENCo Riverside), David Lowe (PEP), Mrs J Okoro (St Aidan's), Mr P Daly (Oakfield Jnr)",
    "1. Went through the log row by row - updates recorded in column H.",
    "2. HB suggested we extend the audit to the secondary schools next year. Some support, but SKe said it would need James Whitfield's agreement and capacity - not agreed today - parked.",
    "3. Governors at Hollins Park noted the audit report at their October meeting.",
    "4. DL flagged EP capacity is tight until January. Noted.",
    "5. Agreed: SKe to send the updated log to all three heads by Fri 12 Nov.",
    "6. Next follow-up review: w/c 21 February 2028 (after half term) - date to be confirmed.",
]:
    n.append([line])
n.column_dimensions["A"].width = 140
wb.save(OUT)
