import json
B = "Held-out batch ninetyeighth. "
L = {}
L["709_ninetyeighth_board_action_log_workbook"] = ("2027-03-17",
 B + "Board action log workbook (openpyxl) kept by Ruth Hill after the Partnership Board of Wednesday 17 March 2027; three sheets "
 "(Action log, Closed 2026, Notes); updates are dated notes stacked in one cell, latest at the bottom. Labelling: open rows (carried or new) are "
 "true actions; 'Propose to close', Closed, 'For info' and 'Parked' rows are not. Traps: PB/26/41 sufficiency plan and PB/26/44 transport letters "
 "are propose-to-close (done); PB/27/05 PCF survey presented today and PB/27/09 dates sent are closed; PB/27/15 capital update only noted; "
 "PB/27/17 governor rep idea parked; whole Closed 2026 sheet; AP's request in PB/27/12 is a comment, not a separate task; 'YO to let her know' in PB/27/16 is a passing note, not labelled. "
 "Dates: PB/27/03 original due 28/02/2027 slipped, Board agreed revised 30/04/27 = Friday 30 April 2027; PB/27/07 carried 'to June Board' = meeting 2027-06; "
 "PB/27/11 09/04/2027 Friday; PB/27/12 'Next Board' = next meeting; PB/27/13 14/05/2027 Friday; PB/27/14 'June Board' = meeting 2027-06; "
 "PB/27/16 'TBC' = null, owner Angela Fry (ICB commissioning) is outside people.json.",
 [("Set up the monthly EHCP 20-week timeliness dashboard", "Liam P", "Liam Porter", "2027-04-30"),
  ("Confirm ICB funding position for the neurodevelopmental pathway backlog", "YO", "Yusuf Okafor", "meeting 2027-06"),
  ("Draft Board response to the area SEND inspection framework", "Priya Shah", "Priya Shah", "2027-04-09"),
  ("Circulate revised terms of reference with amended quorum wording", "RH", "Ruth Hill", "next meeting"),
  ("Arrange a Board development session on PfA outcomes", "Sarah Khan", "Sarah Khan", "2027-05-14"),
  ("Bring report on SALT waiting times", "Grace Adeyemi", "Grace Adeyemi", "meeting 2027-06"),
  ("Share the draft joint commissioning strategy for short breaks", "Angela Fry (ICB commissioning)", None, None)])
L["710_ninetyeighth_project_tool_export"] = ("2027-06-08",
 B + "CSV export from a project tool (monday.com-style board for Workstream 3 Communication and Co-production) taken after the WS3 check-in "
 "on Tuesday 8 June 2027; odd columns (Assignee, Target, State, Group, Comments with bracketed dated notes, some multi-line). Labelling: rows whose State "
 "is Not started / Working on it / Stuck are actions (Stuck still open); Done, Won't do, Parked and For info rows are not. Traps: co-production charter "
 "already signed off (Done); May drop-in feedback shared (Done, feedback); podcast idea Parked; leaflet reprint Won't do; WS2 short breaks survey is "
 "another workstream's own plan (For info). Owners: 'Comms team' and 'Dan Whiteley (Digital)' outside people.json (person null); 'Kerry L; Tom E' = Kerry Lang "
 "(first named). Dates: Target 30-Sep-27 = Thursday 30 September 2027; 2027-07-16 Fri; 2027-07-09 Fri; 'next check-in' = next meeting; 2027-06-25 Fri; "
 "2027-07-30 Fri.",
 [("Translate EHCP parent guide into Polish, Urdu", "Comms team", None, "2027-09-30"),
  ("Draft refreshed You Said We Did page", "Sarah Khan", "Sarah Khan", "2027-07-16"),
  ("Produce the summer edition of the termly SEND newsletter", "Ruth Hill", "Ruth Hill", "2027-07-09"),
  ("Set up parent reference group for annual review redesign", "Kerry L; Tom E", "Kerry Lang", "next meeting"),
  ("Share SENDIASS complaints themes (2026/27) with WS3", "Claire Dunmore", "Claire Dunmore", "2027-06-25"),
  ("Website accessibility audit of Local Offer", "Dan Whiteley (Digital)", None, "2027-07-30")])
L["711_ninetyeighth_minutes_with_action_log"] = ("2027-09-15",
 B + "Word minutes template (python-docx) of the Partnership Board, Wednesday 15 September 2027, written by Ruth Hill: header/footer with PAGE field, "
 "attendance table, numbered items with 'ACTION' lines in the body, and a landscape last page 'Action Log' table (Action no. / Action / Lead / By when / "
 "Update / RAG). Each action is labelled once even where it is in both body and table. Traps: 07/27-03 OT validation and 07/27-06 DCO annual report "
 "are Blue/closed; Inclusion Strategy APPROVED is a decision; parent co-chair idea discussed but not agreed; Cabinet's post-16 transport decision is another "
 "body's; DfE update NOTED; TE's offer becomes action 09/27-06. 'RH to circulate the slides with the minutes' is only in the body, not the table, and is labelled. "
 "MWa = Mark Walsh (not MW = Mary Walker); SKe = Sarah Kent. Dates: 09/27-01 24/09/2027 Friday; 'Next meeting' = next meeting; 29/10/2027 Friday; "
 "'December Board' = meeting 2027-12; 30/09/2027 Thursday; 04/11/2027 Thursday; 07/27-05 revised to 26/11/2027 Friday (was 15/09); slides no date = null.",
 [("Circulate the EP traded offer consultation paper", "DL", "David Lowe", "2027-09-24"),
  ("Add a breakdown of EHCP timeliness by locality", "LP", "Liam Porter", "next meeting"),
  ("Pull together SENCo network feedback on Ordinarily Available guidance", "HB / SKe", "Helen Brooks", "2027-10-29"),
  ("Bring figures on transport appeals upheld at stage 2", "MWa", "Mark Walsh", "meeting 2027-12"),
  ("Write to the Regional Director re funding", "AP", "Anne Price", "2027-09-30"),
  ("Arrange for two parent carers to speak", "TE", "Tom Evans", "2027-11-04"),
  ("Confirm place numbers for the new resourced provision", "PS", "Priya Shah", "2027-11-26"),
  ("RH to circulate the slides with the minutes", "RH", "Ruth Hill", None)])
L["712_ninetyeighth_printed_app_tracker"] = ("2028-01-12",
 B + "PDF print (reportlab canvas, landscape, 2 pages) of the Accelerated Progress Plan tracker spreadsheet for the APP board of Wednesday 12 January 2028; "
 "cells wrap over several lines and row 2.3 breaks over the page (action text and owner split between page 1 and page 2, ref not repeated). "
 "Labelling: open rows are actions (On track / At risk / Slipped / New). Traps: 1.1 and 2.1 Complete; 3.2 monthly timeliness report is business as usual, "
 "propose to close; 4.1 DfE stocktake visit is the DfE's own plan (for info); SK escalating to heads and 'go out to quote' are progress notes within "
 "existing rows. Owners as teams/titles: 'Designated Clinical Officer' = Yusuf Okafor; 'School Improvement (S Kent)' = Sarah Kent; 'PCF (Tom Evans / Kerry Lang)' = "
 "Tom Evans (first named); 'AD SEND & Inclusion (James Whitfield)'; 'SENDIASS (Claire Dunmore)'. Dates: 31/03/2028 Friday; 25/02/2028 Friday; 2.3 revised "
 "milestone 28/02/2028 Monday; 29/02/2028 Tuesday (leap day); 'Next APP board' = next meeting.",
 [("Re-audit a sample of 40 EHC plans for", "Designated Clinical Officer", "Yusuf Okafor", "2028-03-31"),
  ("Deliver graduated response training to", "School Improvement (S Kent)", "Sarah Kent", "2028-02-25"),
  ("Co-produce the annual review toolkit", "PCF (Tom Evans / Kerry Lang)", "Tom Evans", "2028-02-28"),
  ("Recruit two additional EHC coordinators", "Mary Walker", "Mary Walker", "2028-02-29"),
  ("Commission an independent review of SEND", "AD SEND & Inclusion (James Whitfield)", "James Whitfield", "2028-03-31"),
  ("Share SENDIASS case themes with the APP", "SENDIASS (Claire Dunmore)", "Claire Dunmore", "next meeting")])
L["713_ninetyeighth_pfa_workstream_delivery_plan"] = ("2027-07-07",
 B + "Workstream 4 Preparing for Adulthood delivery plan v0.3 (python-docx, landscape) by Owen Reid after the WS4 meeting of Wednesday 7 July 2027: "
 "outcome targets, a milestones table (No. / Objective / Milestone / Lead / Target date / Status), then short meeting notes. Labelling: milestones marked "
 "'Agreed 7 July' or otherwise open tasks with a lead are actions. Traps: the three outcome targets are Board targets, not tasks; M1 PfA Hub and M10 Year 9 "
 "event done; M8 is Westmoor College's own capital project (info only); M9 travel training app an idea not in scope; DfE toolkit noted and already checked; "
 "OR already briefed Jo; College's request declined; Priya M's point is folded into M3 (not labelled separately). Owners: 'Adult Social Care (Jo Fenwick)' "
 "outside people.json. Dates: 30/09/2027 Thursday; 'end Oct' = Sunday 31 October 2027; 27/08/2027 Friday; 'Sept WS4 meeting' = meeting 2027-09 "
 "(15 September); 'Next WS4 meeting' = next meeting; 17/12/2027 Friday; LP sharing baseline with Priya Shah has no date = null.",
 [("Map current supported internship places by provider", "Owen Reid", "Owen Reid", "2027-09-30"),
  ("Recruit young people for the PfA youth panel", "Sarah Khan", "Sarah Khan", "2027-10-31"),
  ("Build a baseline of NEET rates for young people", "Liam Porter", "Liam Porter", "2027-08-27"),
  ("Confirm staffing of the adult social care transitions team", "Adult Social Care (Jo Fenwick)", None, "meeting 2027-09"),
  ("Agree the adult therapy handover protocol", "Grace Adeyemi", "Grace Adeyemi", "next meeting"),
  ("Co-design a 'Moving On' guide for parent carers", "Tom Evans (PCF)", "Tom Evans", "2027-12-17"),
  ("LP to share the NEET baseline with Priya Shah", "LP", "Liam Porter", None)])
L["714_ninetyeighth_schools_send_audit_followup_log"] = ("2027-11-03",
 B + "Schools' SEND audit follow-up log workbook (openpyxl) kept by Sarah Kent, SIA, after the follow-up review meeting of Wednesday 3 November 2027: "
 "one row per audit finding with Agreed action / Who / By / Follow-up notes / Status, plus a 'Meeting notes 03-11' sheet. Labelling: Open / In progress "
 "rows are actions; plus one agreed action only in the notes sheet. Traps: rows 3 (Riverside costed provision map) and 6 (Hollins Park provision maps) "
 "Complete; row 8 Oakfield SENCo NPQ is the school's own CPD plan; secondary audit extension suggested but parked; Hollins Park governors noted the report; "
 "EP capacity noted; next review date to be confirmed. Owners outside people.json: Mrs J Okoro, P Daly. Dates: 26/11/2027 Friday; 07/01/2028 Friday; "
 "10/12/2027 Friday; 'before next review' = next meeting; 'by half term (18/02/28)' = Friday 18 February 2028; 17/12/2027 Friday; 'Fri 12 Nov' = Friday 12 November 2027.",
 [("SEN register to reflect the new need codes", "HB (SENCo)", "Helen Brooks", "2027-11-26"),
  ("Timetable SENCo release time of one day a week", "Nadia Khan (Head)", "Nadia Khan", "2028-01-07"),
  ("Publish an updated SEN Information Report", "Mrs J Okoro (SENCo)", None, "2027-12-10"),
  ("Offer a termly EP consultation slot to the SENCo", "D Lowe", "David Lowe", "next meeting"),
  ("moderation visit to check the updated provision maps", "S Kent (SIA)", "Sarah Kent", "2028-02-18"),
  ("Send every family on the SEN register a letter", "P Daly", None, "2027-12-17"),
  ("send the updated log to all three heads", "SKe", "Sarah Kent", "2027-11-12")])
L["715_ninetyeighth_health_subgroup_action_log"] = ("2027-10-20",
 B + "Health and SEND sub-group action log printed to PDF (reportlab canvas, one A4 page, narrow wrapped columns) as at the meeting of Wednesday 20 October 2027, "
 "kept by the ICB; owners are job titles and teams. Labelling: Open / New rows are actions. Traps: H/27/08 DMO recruited (Closed); H/27/11 wording agreed, "
 "propose to close; H/27/21 is NHS England's own workshop (info); H/27/22 single point of access idea not taken forward (Trust's own review). "
 "Owners mapped: 'DCO' = Yusuf Okafor; 'Head of Children's Therapies' = Grace Adeyemi; 'Community Paediatrics (Dr Patel) with EP service' = Anita Patel; "
 "'Partnership Business Support' = Ruth Hill (Partnership Business Support Officer); School Nursing (0-19 team), CAMHS Service Manager (NELFT) and ICB "
 "Commissioning team are outside people.json. Keys are taken from the first printed line of each wrapped Action cell. Dates: 'December Board' (SEND "
 "Partnership Board) = meeting 2027-12; H/27/13 revised to 14/01/28 = Friday 14 January 2028 (was 31/10/27); 30/11/27 Tuesday; 31/01/28 Monday; "
 "'Next meeting' = next meeting (15 December); 12/11/27 Friday; '-' = null.",
 [("Send results of the health", "DCO", "Yusuf Okafor", "meeting 2027-12"),
  ("Update the medical conditions in", "School Nursing (0-19 team)", None, "2028-01-14"),
  ("Review SALT caseload allocation", "Head of Children's Therapies", "Grace Adeyemi", "2027-11-30"),
  ("Pilot a joint paediatric and EP", "Community Paediatrics (Dr Patel) with EP service", "Anita Patel", "2028-01-31"),
  ("Provide waiting time data for", "CAMHS Service Manager (NELFT)", None, "next meeting"),
  ("Circulate the revised ND pathway", "ICB Commissioning team", None, "2027-11-12"),
  ("Add health items to the", "Partnership Business Support", "Ruth Hill", None)])
for stem, (md, style, acts) in L.items():
    d = {"meeting_date": md, "style": style, "held_out": True,
         "actions": [{"key": k, "owner": o, "person": p, "due": due} for k, o, p, due in acts]}
    with open(f"/tmp/b98/{stem}.labels.json", "w", encoding="utf-8") as f:
        json.dump(d, f, indent=1, ensure_ascii=False)
