"""Builds 289_thirtyeighth_partnership_board_borrowed_clerk_template.docx"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parent.parent / "289_thirtyeighth_partnership_board_borrowed_clerk_template.docx"

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

hp = sec.header.paragraphs[0]
hp.text = "SEND Partnership Board \u2013 9 March 2027 \u2013 DRAFT MINUTES (subject to approval at the next meeting)"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Harbourne District Council \u2013 Committee Minutes Template v4.2 (DS/TMP/07)          Chairman's initials ........"
fp2 = sec.footer.add_paragraph("Westmoor SEND Partnership Board minutes are published on the Local Offer once approved.")


def para(text, bold=False, italic=False, size=None, align=None, space_after=6, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def minute(num, title):
    p = doc.add_paragraph()
    r = p.add_run(f"{num}\t{title.upper()}")
    r.bold = True
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)


def body(text, indent=1.5):
    return para(text, indent=indent)


def followup(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.5)
    r = p.add_run("Follow-up required: ")
    r.bold = True
    r.italic = True
    p.add_run(text).italic = True


para("WESTMOOR SEND PARTNERSHIP BOARD", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para("MINUTES of a meeting of the SEND Partnership Board held in Committee Room 3, Civic Centre, "
     "Westmoor on TUESDAY, 9 MARCH 2027 at 2.00 pm", align=WD_ALIGN_PARAGRAPH.CENTER)

para("PRESENT:", bold=True, space_after=2)
para("Anne Price (Independent Chair) (in the Chair)", indent=1.5, space_after=2)
para("Members: Mary Walker (Head of SEND, Westmoor Council) (MW); Priya Shah (Director of Education) (PS); "
     "Yusuf Okafor (Designated Clinical Officer, ICB) (YO); Tom Evans (PCF co-chair) (TE); Helen Brooks "
     "(SENCo, Riverside Primary School) (HB); Liam Porter (Data and Performance Manager) (LP); Grace Adeyemi "
     "(Head of Children's Therapies, WCHT) (GA); Sarah Khan (Participation Officer) (SK).", indent=1.5)
para("ALSO IN ATTENDANCE:", bold=True, space_after=2)
para("James Whitfield (Assistant Director, SEND and Inclusion); Dr Felicity Marsh (Director of Nursing and "
     "Quality, Westmoor ICB) for minute PB/27/24; Councillor Bethan Jones (Chair, Children and Young People "
     "Scrutiny Committee) as observer.", indent=1.5)
para("OFFICER: Gareth Pryce (Democratic Services Officer) \u2013 clerk", indent=0)

minute("PB/27/19", "Apologies for absence and substitutions")
body("Apologies for absence were received from David Lowe (Principal Educational Psychologist) and Ruth Hill "
     "(Partnership Business Support Officer). There were no substitutions.")

minute("PB/27/20", "Declarations of interest")
body("Helen Brooks declared a personal interest in minute PB/27/25 (resourced provision consultation) as SENCo "
     "of a school named in the proposals and left the meeting for that item. No other declarations were made.")

minute("PB/27/21", "Minutes")
body("RESOLVED \u2013 That the minutes of the meeting held on 12 January 2027 be approved as a correct record and "
     "signed by the Chair, subject to minute PB/27/08 reading \u201cPreparing for Adulthood\u201d in place of "
     "\u201cPreparation for Adulthood\u201d (amendment made prior to publication).")

minute("PB/27/22", "Matters arising and action tracker")
body("The Board considered the action tracker (Appendix A to these minutes). The Chair noted that of the eleven "
     "open actions, seven were complete. In respect of action PB/27/04 (EHCP timeliness split by ethnicity), "
     "Mr Porter explained that the case management system upgrade had delayed the extract; the action was "
     "carried forward with a revised date of May. TE reported that the PCF survey had closed with 412 responses "
     "and that the headline findings had been circulated on 1 March, so PB/27/09 could be closed.")
body("RESOLVED \u2013 That the action tracker be noted and the completed actions closed.")

minute("PB/27/23", "EHC needs assessment \u2013 timeliness and quality")
body("The Head of SEND presented a report on performance against the 20-week statutory timescale. Rolling "
     "twelve-month timeliness stood at 46.2% (January), with the February single-month figure at 51%. There "
     "had been 1,212 requests for assessment in the preceding twelve months, an increase of 14% on the "
     "previous year. 38 plans were currently beyond 20 weeks awaiting educational psychology advice and a "
     "further 17 awaiting health advice.")
body("In discussion, Members welcomed the improvement in the single-month figure but noted that the rolling "
     "figure remained well below the national average. TE said that families were still telling the PCF that "
     "they heard nothing between the decision to assess and the draft plan. MW acknowledged this and reported "
     "that the new case officer \u2018keeping in touch\u2019 call at week 10 had been introduced from 1 February. "
     "Cllr Jones asked whether the recovery trajectory was realistic given the increase in requests; MW "
     "responded that it assumed two additional locum EPs from April, funding for which had been agreed.")
body("On health advice, Mr Okafor reported that the nine-week backlog sat predominantly with the community "
     "paediatric service. Mr Okafor undertook to write to the Trust's paediatric service manager about "
     "the health advice backlog by the end of the month, copying in the Chair.")
body("RESOLVED \u2013 (1) That the report be noted. (2) That the recovery trajectory be endorsed.")
followup("The Head of SEND to bring a revised trajectory, split by advice stream, to the next meeting of the Board.")

minute("PB/27/24", "Neurodevelopmental pathway \u2013 health update")
body("Dr Marsh gave a presentation on waiting times for autism and ADHD assessment. 2,140 children and young "
     "people were waiting, with a median wait of 74 weeks. She advised that the ICB is planning to commission "
     "an independent provider to undertake around 400 additional assessments during 2027/28, subject to its "
     "own Board's approval in April. Members asked whether the waiting list had been validated recently. "
     "Dr Marsh agreed to circulate the ICB's waiting list validation paper to Board members within ten "
     "working days.")
body("The Chair thanked Dr Marsh for her attendance. The Board NOTED the update.")

minute("PB/27/25", "Resourced provision consultation \u2013 outcome")
body("(Helen Brooks left the meeting for this item.)")
body("The Director of Education reported on the outcome of the consultation on new resourced provision at "
     "three primary schools. 163 responses had been received, 71% in favour. The report is scheduled for "
     "Cabinet on 20 April 2027. TE asked that the PCF have sight of the draft Cabinet report; Ms Shah agreed "
     "that the PCF would see the draft Cabinet report before the agenda is published on 12 April.")
body("RESOLVED \u2013 That the Board supports the proposals proceeding to Cabinet.")
body("(Helen Brooks returned to the meeting.)")

minute("PB/27/26", "Participation and co-production")
body("SK updated the Board on the work of the Youth Forum, which now has 23 regular members. The young people "
     "had asked that Board members come and hear from them directly rather than receiving a written summary.")
body("RESOLVED \u2013 That the Chair and a parent member of the Board attend a Youth Forum session during the "
     "summer term.")
followup("Participation Officer to arrange a date for the Chair and a parent member to attend the Youth Forum "
         "before the May half term (w/c 31 May).")

minute("PB/27/27", "Performance dashboard")
body("LP presented the Quarter 3 dashboard, which had been refreshed with the January data. Cllr Jones asked "
     "whether tribunal outcomes could be shown; Mr Porter replied that tribunal data is published annually "
     "by the Ministry of Justice and is already included on page 7 of the dashboard. The Board NOTED the dashboard.")

minute("PB/27/28", "Forward plan")
body("The Board noted the forward plan. It was agreed that the SEND Annual Report should be considered in July "
     "rather than September. The Clerk to update the forward plan accordingly.")

minute("PB/27/29", "Any other business")
body("(a) TE reminded Members that booking was open for the PCF annual conference on 24 June and that the "
     "programme had been co-designed with young people.")
body("(b) GA reported that recruitment to the speech and language therapy vacancies remained difficult, with "
     "five of eleven posts filled. Share the SALT recruitment update by email \u2013 GA, Friday.")

minute("PB/27/30", "Date of next meeting")
body("Tuesday 11 May 2027 at 2.00 pm, Committee Room 3, Civic Centre.")

para("The meeting closed at 4.07 pm.", italic=True)
para("")
para("CHAIR .......................................................        DATE ....................")

doc.add_page_break()
para("APPENDIX A \u2013 ACTION TRACKER (as at 9 March 2027)", bold=True)
rows = [
    ("Ref", "Minute", "Action", "Officer", "Target", "Status"),
    ("PB/26/61", "PB/26/55", "Circulate Local Offer analytics for Q2", "LP", "Jan 2027", "Closed"),
    ("PB/27/02", "PB/27/05", "Share EP recruitment plan with PCF", "MW", "Feb 2027", "Closed"),
    ("PB/27/04", "PB/27/06", "EHCP timeliness split by ethnicity", "LP", "Mar 2027 \u2192 May 2027", "Carried forward"),
    ("PB/27/07", "PB/27/08", "PfA pathway leaflet to Youth Forum for comment", "SK", "Feb 2027", "Closed"),
    ("PB/27/09", "PB/27/10", "PCF survey headline findings", "TE", "Mar 2027", "Closed (9/3)"),
    ("PB/27/11", "PB/27/12", "Health advice quality audit scope", "YO", "Apr 2027", "On track"),
]
t = doc.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j)
        c.text = v
        if i == 0:
            for run in c.paragraphs[0].runs:
                run.bold = True

doc.save(OUT)
print("wrote", OUT)
