import json
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/tmp/b81/590_eightyfirst_scrutiny_committee_numbered_minutes_docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor Council - Children and Young People Scrutiny Committee - 9 February 2027"
sec.footer.paragraphs[0].text = "These minutes are subject to confirmation at the next meeting of the Committee. Page numbers omitted in this version."

def c(t, bold=True, size=14):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = bold; r.font.size = Pt(size)

def h(t):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = True

def para(t):
    doc.add_paragraph(t)

c("WESTMOOR COUNCIL")
c("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", size=12)
c("MINUTES of the meeting of the Children and Young People Scrutiny Committee held on Tuesday 9 February 2027 at 6.00 pm in the Council Chamber, Civic Centre, Westmoor", bold=False, size=11)

para("PRESENT: Councillor Bethan Jones (Chair); Councillors R. Ashworth (Vice-Chair), M. Farooq, J. Penrose, S. O'Donnell, T. Gill (substituting for Councillor K. Hussain) and L. Marsh.")
para("Co-opted Members: Mrs C. Burrows (Church of England Diocese representative) and Mr A. Nwosu (Parent Governor representative). Mr F. Devlin (Roman Catholic Diocese representative) was absent.")
para("Officers in attendance: Priya Shah (Director of Education), James Whitfield (Assistant Director, SEND and Inclusion), Mary Walker (Head of SEND), Liam Porter (Data and Performance Manager), Mark Walsh (Head of Transport) (for Minute 46), Owen Reid (Preparing for Adulthood Lead) (for Minute 47), Hannah Cole (Scrutiny Officer) and Ian Meadows (Democratic Services Officer).")
para("Also present: Councillor P. Grantham (Cabinet Member for Children's Services) and Tom Evans (Co-Chair, Westmoor Parent Carer Forum) at the invitation of the Chair. Eleven members of the public were present in the gallery and the meeting was webcast.")

h("41. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS")
para("An apology for absence was received from Councillor K. Hussain, for whom Councillor T. Gill attended as substitute. Apologies were also received from David Lowe (Principal Educational Psychologist), who had been due to attend for Minute 45.")

h("42. DECLARATIONS OF INTEREST")
para("Councillor M. Farooq declared a personal, non-pecuniary interest in Minutes 45 and 46 as the parent of a child with an Education, Health and Care Plan who receives home to school transport. He remained in the meeting and took part in the discussion. No other declarations were made.")

h("43. MINUTES OF THE PREVIOUS MEETING")
para("RESOLVED that the minutes of the meeting held on 8 December 2026 be confirmed as a correct record and signed by the Chair.")
para("Matters arising: With reference to Minute 34 (SEND Tribunal appeals), the Chair noted that the briefing note on tribunal outcomes requested by Members had been circulated by the Assistant Director on 14 January 2027. Councillor Ashworth thanked officers for the note and indicated he had no further questions. With reference to Minute 36, the Scrutiny Officer confirmed that the Committee's letter to the Secretary of State on high needs funding had been sent on 21 December 2026 and that a holding reply had been received.")

h("44. PUBLIC QUESTIONS")
para("The Chair advised that one question had been received in accordance with the Council's Procedure Rules. Ms D. Holloway, a parent from Easton, asked why her son, who had started at Westmoor College in September, was still travelling to college on a route involving two changes of bus when he had been assessed as eligible for post-16 transport assistance, and what the Council was doing about the wider backlog in post-16 transport applications.")
para("The Head of Transport thanked Ms Holloway for her question and apologised for the difficulties her family had experienced. He explained that 214 post-16 applications had been received after the published deadline this year, compared with 96 last year, and that additional staff had been deployed to process them. He was not able to comment on an individual case in a public meeting, but advised that he would provide a written answer to Ms Holloway within ten working days and would be happy to meet her separately. Ms Holloway asked a supplementary question about whether independent travel training was available at the college; the Head of Transport advised that this would be covered in his written answer.")

h("45. SEND IMPROVEMENT: TIMELINESS OF EDUCATION, HEALTH AND CARE PLANS")
para("The Committee considered the report of the Director of Education (circulated) which set out performance on the timeliness of new Education, Health and Care Plans (EHCPs) for the period April to December 2026, the actions being taken under the Local Area SEND Improvement Plan, and the current position on educational psychology capacity.")
para("The Director introduced the report and advised that 38 per cent of new plans in Quarter 3 had been issued within the statutory 20 weeks, against a local target of 52 per cent and a national average of around 50 per cent. Requests for assessment had risen by 19 per cent year on year. She reminded Members that the Council had committed additional funding of £640,000 in the current financial year for casework and educational psychology capacity.")
para("Councillor Penrose asked whether the six additional SEND caseworkers agreed in the autumn had been recruited. The Head of SEND confirmed that all six were now in post, the last having started on 1 February, and that caseloads had reduced from an average of 210 to 165 children per caseworker. Members welcomed this.")
para("Councillor O'Donnell asked where in the 20-week process delays were occurring and whether the backlog was concentrated in particular areas of need. The Assistant Director explained that most delay occurred at the point of obtaining educational psychology advice, but that he did not have a breakdown by stage with him. The Assistant Director undertook to provide Members with a breakdown of the assessment backlog by stage before the next meeting of the Committee.")
para("Mr Nwosu asked how Westmoor's performance compared with similar authorities. The Data and Performance Manager explained that the report used the national average because comparator data for 2026 had only just been published. In discussion it was agreed that this would be helpful on an ongoing basis, and the Data and Performance Manager agreed to add a statistical neighbour comparison to the quarterly performance report from now on.")
para("Members expressed concern that, although the trend was improving, families were still waiting too long. Mr Evans, speaking at the invitation of the Chair, said that parents reported being given little information while waiting for educational psychology advice and welcomed the new monthly update letters. The Cabinet Member for Children's Services advised that the Cabinet would consider the revised High Needs recovery plan at its meeting on 2 March 2027 and that she would ensure the Committee's comments were reported to Cabinet.")
para("The Director advised that recruitment to three educational psychology posts was under way and that officers would be in a better position to report on the effect of the new posts in the summer.")
para("RESOLVED that:")
para("(1) the report be noted;")
para("(2) the Committee's concern at the continued level of delay in the issue of new EHCPs be referred to the Cabinet Member for Children's Services for consideration alongside the High Needs recovery plan;")
para("(3) the Director of Education be requested to bring a further progress report, including the educational psychology recruitment position, to the Committee's meeting in June 2027.")

h("46. HOME TO SCHOOL TRANSPORT FOR CHILDREN AND YOUNG PEOPLE WITH SEND")
para("The Head of Transport presented the report (circulated) on the performance of the SEND home to school transport service in the autumn term 2026, including complaints, route changes and the outcome of the procurement of the new dynamic purchasing system. Members noted that 97 per cent of journeys had arrived on time in the autumn term and that complaints had fallen from 81 to 54 compared with the same term last year.")
para("Councillor Marsh asked about the independent review of routes commissioned in November. The Head of Transport advised that consultants were finalising their report, which was expected by the end of March. The Head of Transport agreed to circulate the results of the independent route review to Members once received, and in any event by the end of March.")
para("Councillor Farooq asked whether the views of families had been sought. Mr Evans explained that the Parent Carer Forum had run a survey of families on transport in January and had received 312 responses. The Chair asked that the findings be shared with the Committee. Mr Evans agreed to send a summary of the Forum's transport survey to the Scrutiny Officer before the half-term break.")
para("Members noted that the Transport Policy for 2027/28 would be subject to public consultation later in the year and that this was a matter for Cabinet.")
para("RESOLVED that the report be noted.")

h("47. PREPARING FOR ADULTHOOD")
para("The Preparing for Adulthood Lead gave a presentation on the Preparing for Adulthood workstream, covering supported internships, transition from children's to adult services, and the new Year 9 review guidance. Members noted that the number of young people on supported internships had increased from 24 to 31 this academic year and that 11 of last year's interns had secured paid employment.")
para("Councillor O'Donnell asked about the number of young people with EHCPs who were not in education, employment or training. Mr Reid advised that the figure was 6.8 per cent, below the regional average, and that a targeted project was being run with the careers service.")
para("Members asked whether they could see the supported internship programme at first hand. It was agreed that Mr Reid would arrange a visit for Members to the supported internship programme at Westmoor General Hospital, and would circulate possible dates to Members by the end of March.")
para("RESOLVED that the presentation be noted and that the Committee's thanks be recorded to the young people who contributed to it.")

h("48. WORK PROGRAMME 2026/27")
para("The Scrutiny Officer presented the Committee's work programme. Members noted that the item on school place planning had been moved to the March meeting at the request of officers.")
para("RESOLVED that the work programme be approved, subject to the addition of an item on Alternative Provision in September 2027.")

h("49. DATE OF NEXT MEETING")
para("The next meeting of the Committee will be held on Tuesday 23 March 2027 at 6.00 pm in the Council Chamber.")
para("The meeting closed at 8.12 pm.")
para("CHAIR ..........................................")
doc.save(OUT.rsplit("_docx",1)[0] + ".docx")

labels = {
 "meeting_date": "2027-02-09",
 "style": ("Held-out batch eightyfirst. A council scrutiny committee's formal minutes as a Word document: numbered minutes 41-49, reported speech throughout, 'RESOLVED that' blocks, no action column or action log at all; every action is buried in narrative. "
  "Owners are written by job title ('the Head of Transport', 'the Assistant Director', 'the Data and Performance Manager', 'the Director of Education') or as 'Mr Evans'/'Mr Reid'. Traps: the tribunal briefing note and the letter to the Secretary of State are already done (matters arising); the six caseworkers are already in post; Cabinet considering the High Needs recovery plan on 2 March is another body's business and the Cabinet Member reporting comments to Cabinet is hers, not tracked; RESOLVED (2) is a referral decision with no officer task; the transport policy consultation is for Cabinet; the work programme addition is a committee decision (Scrutiny Officer admin, not labelled); David Lowe is only an apology; Councillor Farooq's declaration is not an action. "
  "Dates: 'written answer within ten working days' from Tuesday 9 February = Tuesday 23 February 2027 (half term w/c 15 February has no bank holiday, so working days still run); 'before the next meeting of the Committee' with the next meeting given in Minute 49 as Tuesday 23 March 2027 = 2027-03-23; the statistical neighbour comparison 'from now on' has no date (null); RESOLVED (3) 'the Committee's meeting in June 2027' = meeting 2027-06 (no date given); route review 'by the end of March' = Wednesday 31 March 2027; PCF survey summary 'before the half-term break' (February half term w/c 15 February) = Friday 12 February 2027; Mr Reid's visit dates 'by the end of March' = 2027-03-31."),
 "held_out": True,
 "actions": [
  {"key": "would provide a written answer to Ms Holloway", "owner": "the Head of Transport", "person": "Mark Walsh", "due": "2027-02-23"},
  {"key": "provide Members with a breakdown of the assessment backlog", "owner": "The Assistant Director", "person": "James Whitfield", "due": "2027-03-23"},
  {"key": "add a statistical neighbour comparison to the quarterly", "owner": "the Data and Performance Manager", "person": "Liam Porter", "due": None},
  {"key": "bring a further progress report, including the educational psychology", "owner": "the Director of Education", "person": "Priya Shah", "due": "meeting 2027-06"},
  {"key": "circulate the results of the independent route review", "owner": "The Head of Transport", "person": "Mark Walsh", "due": "2027-03-31"},
  {"key": "send a summary of the Forum's transport survey", "owner": "Mr Evans", "person": "Tom Evans", "due": "2027-02-12"},
  {"key": "arrange a visit for Members to the supported internship", "owner": "Mr Reid", "person": "Owen Reid", "due": "2027-03-31"},
 ]}
json.dump(labels, open("/tmp/b81/590_eightyfirst_scrutiny_committee_numbered_minutes.labels.json", "w"), indent=1, ensure_ascii=False)
