"""Builds 110_twelfth_nested_minutes.docx (run with /work/main/.venv/bin/python make_docx.py)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL - Westmoor SEND Partnership Board - Minutes 14.10.27 - DRAFT until approved"
sec.footer.paragraphs[0].text = "SB/27/05   Minutes v0.3 (RH)   Page 1"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def h(text):
    doc.add_heading(text, level=2)


def p(num, text, indent=0):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(indent)
    para.paragraph_format.first_line_indent = Cm(-1.4) if num else None
    if num:
        r = para.add_run(num + "\t")
        r.bold = True
    para.add_run(text)
    return para


doc.add_heading("Westmoor SEND Partnership Board", level=1)
doc.add_paragraph("Minutes of the meeting held on Thursday 14 October 2027 at 10.00am, Council Chamber, Westmoor House and via Teams")
doc.add_paragraph("Present: Anne Price (Independent Chair), Mary Walker (Head of SEND), Priya Shah (Director of Education), "
                  "Yusuf Okafor (Designated Clinical Officer), Tom Evans (PCF co-chair), Helen Brooks (SENCo, Riverside Primary), "
                  "David Lowe (Principal EP), Sarah Khan (Participation Officer), Grace Adeyemi (Head of Children's Therapies), "
                  "Liam Porter (Data and Performance Manager)")
doc.add_paragraph("In attendance: Claire Dunmore (SENDIASS) for item 7; Ruth Hill (Clerk)")
doc.add_paragraph("Apologies: none")

h("1. Welcome and declarations of interest")
p("1.1", "The Chair welcomed members, in particular Claire Dunmore attending for item 7.", 1.4)
p("1.2", "No declarations of interest were made.", 1.4)

h("2. Minutes of the meeting of 15 July 2027 and matters arising")
p("2.1", "The minutes were approved as a correct record.", 1.4)
p("2.2", "Matters arising: all actions were complete or are shown as carried forward in Part B of the action summary below.", 1.4)

h("3. Inclusion charter")
p("3.1", "Mary Walker introduced the final draft of the inclusion charter.", 1.4)
p("3.1.1", "The charter had been co-produced with SENCos, young people and the PCF over the summer.", 2.8)
p("3.1.2", "It was noted that the charter had already been shared with the governors' forum in September.", 2.8)
p("3.2", "Helen Brooks reported that the SENCo network had discussed the charter on 7 October.", 1.4)
p("3.2.1", "Helen would pull together the network's comments and send them to members before half term (see A1).", 2.8)
p("3.3", "It was RESOLVED that the charter be launched at the Heads' conference subject to the SENCo comments.", 1.4)

h("4. Performance")
p("4.1", "Liam Porter presented the quarter 2 scorecard.", 1.4)
p("4.1.1", "Members welcomed the improvement in 20-week timeliness (66%). LP offered to look at other measures in future.", 2.8)
p("4.1.2", "The Chair asked that annual review timeliness be shown on the scorecard from now on (A2).", 2.8)
p("4.2", "Reduced timetables", 1.4)
p("4.2.1", "Priya Shah reported that 83 pupils with EHC plans were on reduced timetables, most in academies. "
            "Members were concerned that trusts were not notifying the council (A3).", 2.8)

h("5. Health")
p("5.1", "Yusuf Okafor gave the health update.", 1.4)
p("5.1.1", "Health advice within 6 weeks: 74%.", 2.8)
p("5.1.2", "The Board RESOLVED to keep community paediatrics on the risk register at red.", 2.8)
p("5.1.3", "The DCO would escalate capacity in community paediatrics to the ICB Quality Committee (A4).", 2.8)
p("5.2", "Grace Adeyemi said OT waiting times vary a lot by locality; members asked to see the figures (A5).", 1.4)

h("6. SEND strategy refresh")
p("6.1", "Tom Evans welcomed the Board's agreement in September that the refresh would be co-produced.", 1.4)
p("6.1.1", "The PCF would put forward two parents to join the steering group (A6).", 2.8)
p("6.2", "Sarah Khan said young people would be recruited through the Youth Voice group; this is already in hand.", 1.4)

h("7. SENDIASS report on exclusions")
p("7.1", "Claire Dunmore presented SENDIASS enquiry data showing a rise in calls about suspensions.", 1.4)
p("7.2", "Members asked whether the rise was linked to reduced timetables. This could not be answered on the day.", 1.4)
p("7.3", "Claire agreed to send the case themes behind the exclusions enquiries (A7).", 1.4)

h("8. Inspection readiness")
p("8.1", "Mary Walker noted that the new area SEND inspection handbook had been published. "
          "Members agreed a development session would help (A8).", 1.4)

h("9. Items for future meetings")
p("9.1", "Self-evaluation refresh - December.", 1.4)
p("9.2", "Preparing for Adulthood outcomes - February 2028.", 1.4)
p("9.3", "Tom Evans asked that transport come back once the policy consultation closes.", 1.4)

h("10. Date of next meeting")
p("10.1", "Thursday 9 December 2027, 10.00am.", 1.4)

doc.add_page_break()
doc.add_heading("Action summary", level=2)
doc.add_paragraph("Part A - new actions from this meeting")
rows = [
    ("A1", "see 3.2.1", "Circulate SENCo network comments on the inclusion charter", "Helen Brooks", "22.10.27"),
    ("A2", "see 4.1.2", "Add annual review timeliness to the performance scorecard", "LP", "Next meeting"),
    ("A3", "see 4.2.1", "Write to academy trusts about notifying the council of reduced timetables", "DoE", "30.11.27"),
    ("A4", "see 5.1.3", "Escalate community paediatrics capacity to ICB Quality Committee", "DCO", "Within 4 weeks"),
    ("A5", "see 5.2", "Bring OT waiting times by locality", "GA", "Dec Board"),
    ("A6", "see 6.1.1", "Nominate two parents for the strategy refresh steering group", "PCF co-chair", "5 Nov"),
    ("A7", "see 7.3", "Send SENDIASS case themes on exclusions enquiries", "Claire Dunmore (SENDIASS)", "19/11/2027"),
    ("A8", "see 8.1", "Arrange a Board development session on the inspection handbook", "Clerk", "End of Jan 2028"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Ref", "Minute", "Action", "Owner", "Due"], strict=False):
    c.text = txt
for r in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, r, strict=False):
        c.text = txt

doc.add_paragraph()
doc.add_paragraph("Part B - actions carried forward from previous meetings")
rows_b = [
    ("B1", "15.07.27 min 5.2", "Annual review audit group to report findings", "RH / MW", "Nov 2027", "On track"),
    ("B2", "15.07.27 min 6.1", "Publish short breaks statement", "SK", "30.09.27", "Complete - remove"),
    ("B3", "12.05.27 min 4.3", "Review of SEN Support funding model", "James Whitfield", "Dec 2027", "Delayed - to Dec"),
]
t2 = doc.add_table(rows=1, cols=6)
t2.style = "Table Grid"
for c, txt in zip(t2.rows[0].cells, ["Ref", "From", "Action", "Owner", "Due", "Status"], strict=False):
    c.text = txt
for r in rows_b:
    cells = t2.add_row().cells
    for c, txt in zip(cells, r, strict=False):
        c.text = txt

doc.add_paragraph()
doc.add_paragraph("Approved by the Board on: ....................   Chair: ....................")
doc.save(HERE / "110_twelfth_nested_minutes.docx")
print("written")
