import json
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
B = "Held-out batch thirtieth. "

def A(key, owner, person, due):
    return {"key": key, "owner": owner, "person": person, "due": due}

L = {}
L["233_thirtieth_hwb_formal_minutes_send_item"] = ("2027-09-22",
 "Formal Health and Wellbeing Board minutes (ModernGov-style HTML export, ~2,100 words, 3+ printed pages) with the SEND item as minute 27 among JSNA, Better Care Fund, Pharmaceutical Needs Assessment and forward plan items. Board members are named with honorifics and initials (Ms P Shah, Mr Y Okafor, Mr L Porter, Mr O Reid, Ms G Adeyemi); many HWB members are not in people.json. Actions are hidden in third-person prose ('undertook to', 'agreed to') and in RESOLVED sub-paragraphs that 'request' a report. Traps: matters arising are all 'Completed'; RESOLVED notes/approvals/endorsements/standing item are decisions; BCF delegation of authority to the DASS is a decision; the ICB Finance and Performance Committee, ICB Board, Cabinet, Youth Justice Partnership Board and Primary Care Commissioning Committee are other bodies; Dr Boateng's easy read summary 'would be considered' and Ms Shah's offer of Data team support are not commitments; the Chair's idea of a joint session is explicitly 'No decision was taken'; dates of the next meeting and development session are reminders. Dates: 'within 10 working days of the meeting' (22 Sep) -> 2027-10-06; 'by the end of March 2028' -> 2028-03-31; 'by the end of October 2027' -> 2027-10-31 (literal, a Sunday); 'the Board's meeting in March 2028' -> meeting 2028-03; 'meeting in January 2028' -> meeting 2028-01; development session on 8 December 2027 -> 2027-12-08. Owner for the JSNA chapter is the Director of Public Health (Dr Boateng, not in people.json, person null); for the PCF presentation the Health and Wellbeing Board Manager (null); Healthwatch Westmoor (body, null). Resolution (c) owner 'Director of Education' = Priya Shah.",
 [A("full written response to Mrs Barton", "Designated Clinical Officer", "Yusuf Okafor", "2027-10-06"),
  A("dedicated chapter on SEND in refreshed JSNA", "Director of Public Health", None, "2028-03-31"),
  A("circulate the EHCP timeliness dashboard to all Board members", "Mr Porter", "Liam Porter", "2027-10-31"),
  A("share findings of its enter and view report", "Healthwatch Westmoor", None, None),
  A("share speech and language therapy recovery trajectory with Healthwatch", "Ms Adeyemi", "Grace Adeyemi", None),
  A("report on preparing for adulthood pathway and post-16 outcomes", "Mr Reid", "Owen Reid", "meeting 2028-03"),
  A("arrange for Parent Carer Forum to present", "Health and Wellbeing Board Manager", None, "2027-12-08"),
  A("further progress report on the Priority Action Plan", "Director of Education", "Priya Shah", "meeting 2028-01")])

L["234_thirtieth_pcf_steering_phone_email_notes"] = ("2027-02-09",
 "PCF steering group notes emailed by the volunteer secretary (Jo, not in people.json) from her iPhone the morning after the meeting (Tue 9 Feb 2027): lowercase dashes, typos ('your reading', 'Every one', 'ppl'), first-person actions ('I'll book'), 'K' for Kerry, 'Priya M' for Priya Mistry, 'Helen B' is a guest. Hard trap: the whole January email is quoted below 'Sent from my iPhone' with its own 'Actions' list (Tom's consultation response, Kerry's poster, Dev's bank mandate, the membership spreadsheet) - those are last month's actions, not this meeting's; the poster one is also reported done in the new notes. Other non-actions: Helen coming to the March meeting to do a slot (guest's future agenda item, information), the decision NOT to go to scrutiny yet, the AGM date decision, Rach's ND drop-in question with 'nobody could commit', the summer fair stall wish, next meeting reminder. Dates: 'before half term' -> 2027-02-12 (last school day before February half term w/c 15 Feb); 'by end of next week' relative to the meeting -> Fri 2027-02-19; 'for us to look at at the march meeting' -> meeting 2027-03; 'by fri 26th' -> 2027-02-26; 'sometime in feb' -> 2027-02-28; 'asap' and no date -> null. Owners: Dev (treasurer) and Jo (the writer, 'I'll') are not in people.json -> null; 'Every one' -> null; 'Tom and Kerry' labelled with the first-named, Tom Evans.",
 [A("email Mary Walker asking for figures by school phase", "Tom", "Tom Evans", "2027-02-12"),
  A("redo the champions rota for march coffee mornings", "K", "Kerry Lang", "2027-02-19"),
  A("draft some survey questions on transport", "Priya M", "Priya Mistry", "meeting 2027-03"),
  A("chase Contact again grant money", "Dev", None, None),
  A("book the church hall for AGM", "Jo", None, None),
  A("read the draft local offer pages and send comments", "Every one", None, "2027-02-26"),
  A("meet Sarah Khan about young ppl newsletter", "Tom and Kerry", "Tom Evans", "2027-02-28")])

L["235_thirtieth_ehc_hub_huddle_quick_notes"] = ("2027-05-10",
 "EHC hub (SEND casework team) Monday standing huddle quick notes in Markdown: bold section labels, emoji, strikethrough, case references with CHILDREN'S initials in brackets (JT, AB, KM, RS) that look like owner initials but are pupils; staff use initials (MW = Mary Walker, DL = David Lowe, LP = Liam Porter) and first names (Bex, Dan, Lou, Farah, Shaz - coordinators/admin not in people.json, person null). Traps: the 'report bug' line is context, the LP action is the next bullet; 'AB - parent has asked for a private EP report ... nothing to do yet' is not an action; SALT for KM done; Shaz's login done (strikethrough + tick); Lou's mediation case 'nothing further'; phase transfer reminder with 'none this wk'; parking lot items (paper copies parked, transport queries redirected to Mark Walsh's team = other team, PCF coffee morning with nobody committed); MW leave and next huddle are notes. Dates: 'before next huddle (17th)' -> 2027-05-17; 'by Weds' -> 2027-05-12; 'tmrw' -> 2027-05-11; 'before panel Thurs' -> 2027-05-13; 'by Fri' -> 2027-05-14; 'by Fri 28th' -> 2027-05-28; 'the board paper on the 1st' -> 2027-06-01. MW pulling the AR figures for the board paper counts as her action.",
 [A("fix the 20wk report before next huddle", "LP", "Liam Porter", "2027-05-17"),
  A("allocate EP advice for the 4 overdue cases", "DL", "David Lowe", "2027-05-12"),
  A("escalate the health advice delays with Yusuf", "MW", "Mary Walker", "2027-05-11"),
  A("chase Helen B at Riverside before panel", "Bex", None, "2027-05-13"),
  A("send the draft plan to legal", "Dan", None, "2027-05-14"),
  A("update the annual review tracker", "ALL coordinators", None, "2027-05-28"),
  A("pull the figures off it for the board paper", "MW", "Mary Walker", "2027-06-01")])

L["236_thirtieth_gsheets_tracker_merged_headers"] = ("2027-11-04",
 "Google Sheets action tracker exported as CSV (CRLF, 12 columns with two trailing empty ones) for the Inclusion & AP workstream, as updated after the 4 Nov 2027 meeting. Hard traps from the export: title and 'last updated' rows; a merged group-header row (ACTION / TIMESCALE / PROGRESS) above the real column header row; merged section rows (A./B./C.) with text only in the first cell; a vertically merged Owner and Due date cell spanning IA-12 and IA-13, so IA-13 exports with BLANK owner and due (labelled as David Lowe (EPS), 10/12/2027 from the merged cell; the note 'HB happy to help' does not make Helen the owner); a Revised due column that overrides the original due for IA-09; '#REF!' junk row; key and next-meeting footer rows. Labelled: every open row (In progress / Not started) - the live actions of the workstream including ones carried from earlier meetings. Not actions: IA-07 and IA-08 Complete, IA-04 Closed - superseded, IA-17 'FOR INFO' with owner '-'. Dates: IA-09 revised 19/11/2027; 'end Nov' -> 2027-11-30; 'w/c 15/11' -> end of that week 2027-11-19; 'Jan-28' is the Sheets month format for January 2028 (not 28 January) -> 2028-01-31; 'next mtg' -> meeting 2027-12 (next meeting Thu 2 Dec). Joint owners 'Mary Walker / Sarah Kent' and 'Tom Evans (PCF) + Sarah Khan' labelled with the first-named person.",
 [A("map which schools have used outreach", "Liam Porter", "Liam Porter", "2027-11-19"),
  A("draft criteria for the inclusion quality mark pilot", "David Lowe (EPS)", "David Lowe", "2027-12-10"),
  A("identify 6 pilot schools", "David Lowe (EPS)", "David Lowe", "2027-12-10"),
  A("audit of part-time timetables for pupils with EHCPs", "James Whitfield", "James Whitfield", "2027-11-30"),
  A("write to AP providers about quality assurance visits", "Mary Walker / Sarah Kent", "Mary Walker", "2027-11-19"),
  A("present suspension data to Heads Forum", "Nadia Khan", "Nadia Khan", "2027-11-11"),
  A("co-produce an attendance support leaflet for families", "Tom Evans (PCF) + Sarah Khan", "Tom Evans", "2028-01-31"),
  A("ask ICB whether CAMHS in-reach can cover AP", "Yusuf Okafor", "Yusuf Okafor", "meeting 2027-12")])

L["237_thirtieth_partnership_newsletter_plaintext_email"] = ("2027-07-07",
 "Local area SEND partnership newsletter sent as a plain-text email (saved with Outlook-style From/Sent headers, ASCII rules, numbered sections) two days after the Partnership Board of Wed 7 July 2027. Actions are written as journalistic prose in section 2 'What the Partnership Board agreed' ('will write', 'is putting together ... which will go to the September Board', 'will run', 'will publish', 'will bring'). Traps: the Chair's letter (thanks, reflection) has no actions; the new request form sign-off is a decision; 'Things the Board noted' lists other bodies (Schools Forum response, ICB Board decision already taken) and a report presented; Sarah Khan recruiting the youth panel with 'Applications close on 30 July' is ongoing work and a deadline for young people, not an agreed action; SENCo network news, the SENDIASS website (done), welcome/goodbye; 'Have your say' survey deadline and the wish to hear from young people are asks of readers; dates for your diary are reminders. Dates: 'before the end of the summer term (21 July)' -> 2027-07-21; 'will go to the September Board' -> meeting 2027-09 (15 Sept); 'over the summer holidays, by the end of August' -> 2027-08-31; 'by 1 September' -> 2027-09-01; 'during September' -> 2027-09-30; 'the October Board' -> meeting 2027-10 (20 Oct). 'Tom Evans and the Parent Carer Forum' labelled Tom Evans; 'Grace Adeyemi's team' labelled Grace Adeyemi.",
 [A("write to all SENCos before end of term", "Mary Walker", "Mary Walker", "2027-07-21"),
  A("first quarterly SEND data pack", "Liam Porter", "Liam Porter", "meeting 2027-09"),
  A("run three listening events over the summer holidays", "Tom Evans and the Parent Carer Forum", "Tom Evans", "2027-08-31"),
  A("publish the new speech and language therapy drop-in timetable", "Grace Adeyemi's team", "Grace Adeyemi", "2027-09-01"),
  A("write to all GP practices during September", "Yusuf Okafor", "Yusuf Okafor", "2027-09-30"),
  A("bring the final pathway to the October Board", "Owen Reid", "Owen Reid", "meeting 2027-10")])

L["238_thirtieth_senco_termly_report_governors"] = ("2027-03-17",
 "A primary school SENCo's spring termly report to the Full Governing Body (PDF, 4 pages, reportlab) written in the first person by Helen Brooks, with running header/footer furniture on every page ('CONFIDENTIAL - contains pupil-level data', page numbers), statistics tables, interventions table, a spring-priorities review table and a summer-priorities table (Priority / Lead / By when). Hard traps: the spring-priorities table has Lead columns and looks like actions but is a review (Achieved / Partly achieved - carried forward into summer priority 1, so counted once there); the LA's intention to clear its amended-plan backlog and the Trust's recruitment are explicitly other bodies' commitments; Sarah Kent's offer of a follow-up session ('no decision has been made'); transition meetings 'as in previous years' are routine; the Finance Committee meeting is another body's business; the nurture group is a wish 'not a plan at this stage'; 'Governors are asked to note/approve' are recommendations for decision; the SEN Information Report 'will be brought for approval at the summer meeting' restates summer priority 4 and is not labelled twice; 'Questions governors may wish to ask' are prompts. Mrs Khan's agreement at SLT (10 March) to raise EP delay at the headteachers' briefing is counted (due after the meeting). Dates: 'May half term' -> 2027-05-28 (Friday before half-term week); 'INSET day, Mon 7 June' -> 2027-06-07; '30 April' -> 2027-04-30; 'Before 1 July' -> 2027-06-30; 'Summer 1' (first summer half term) -> 2027-05-28; 'during the summer term' with term ending Wednesday 21 July 2027 -> 2027-07-21; headteachers' briefing on 22 April -> 2027-04-22. Owners: 'HB' = Helen Brooks; 'HB / Mrs Ellis (ELSA)', 'HB with SEN link governor', 'HB / Tom Evans (PCF)' labelled Helen Brooks (first named); Mr Oyelaran is not in people.json (null).",
 [A("relaunch the provision map on Edukey", "HB", "Helen Brooks", "2027-05-28"),
  A("deliver Zones of Regulation training to teaching assistants", "HB / Mrs Ellis (ELSA)", "Helen Brooks", "2027-06-07"),
  A("submit EHC needs assessment requests for Year 1", "HB", "Helen Brooks", "2027-04-30"),
  A("review and publish the SEN Information Report", "HB with SEN link governor", "Helen Brooks", "2027-06-30"),
  A("hold a coffee morning jointly with Forum", "HB / Tom Evans (PCF)", "Helen Brooks", "2027-05-28"),
  A("raise the delay in EP allocation with David Lowe", "Mrs Khan", "Nadia Khan", "2027-04-22"),
  A("carry out a learning walk focused on adaptive teaching", "Mr Oyelaran", None, "2027-07-21")])

L["239_thirtieth_workstream_highlight_report_next_period"] = ("2027-05-12",
 "Preparing for Adulthood workstream highlight report in Word (PMO template with blue guidance text, header 'v0.3 DRAFT', key-value table, RAG-shaded cells) for the SEND Partnership Board of 12 May 2027. The actions are in section 4 'Planned activities - next period' plus one mitigation in the risk table. Traps: section 2 Achievements are done (including Liam Porter's destinations data 'action from March - closed'); section 3 'Planned last period but not completed' repeats activities that are carried into section 4 (counted once there) and the easy read summary is explicitly 'not in next period'; row 7 'Continue fortnightly workstream meetings | All | Ongoing' is business as usual, not an action; R2's 'monitor; escalate to SRO if no baseline' is conditional and R5 is owned by Adult Social Care (other body); the milestones table has baseline/forecast dates but no actions; section 7 decisions required from the Board are decisions. 'SK (Participation)' is ambiguous between Sarah Khan and Sarah Kent - the role resolves it to Sarah Khan, Participation Officer. 'YO / Dr A Patel' labelled Yusuf Okafor (first named). 'M Walsh (Transport)' = Mark Walsh (not Mary Walker). Dates: 'end June' -> 2027-06-30; 'w/c 7 June' -> end of that week 2027-06-11; 'next Board' -> meeting 2027-06 (next Board 9 June 2027, stated in the note); numeric dates are dd/mm/yyyy.",
 [A("finalise the PfA pathway document and launch consultation", "Owen Reid", "Owen Reid", "2027-05-28"),
  A("run two co-production sessions with young people", "SK (Participation)", "Sarah Khan", "2027-06-25"),
  A("map supported internship places and agree a baseline", "Westmoor College", None, "2027-06-30"),
  A("draft the health transition protocol", "YO / Dr A Patel", "Yusuf Okafor", "2027-06-11"),
  A("write the specification for the independent travel training pilot", "M Walsh (Transport)", "Mark Walsh", "2027-06-11"),
  A("parent review of the Local Offer PfA pages", "Kerry Lang (PCF)", "Kerry Lang", "meeting 2027-06"),
  A("provide matched NEET data from the CCIS return", "LP", "Liam Porter", "2027-05-28")])

for stem, (md, style, acts) in L.items():
    (OUT / f"{stem}.labels.json").write_text(json.dumps({"meeting_date": md, "style": B + style, "held_out": True, "actions": acts}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(L))
