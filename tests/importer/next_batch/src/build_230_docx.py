"""Builds 230_twentyninth_officer_key_decision_record.docx (local authority officer key decision record)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "230_twentyninth_officer_key_decision_record.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = "Westmoor Council - Record of Officer Key Decision - Ref: KD/CYP/2027/031"
    s.footer.paragraphs[0].text = "OFFICIAL  |  Template v4.2 (Democratic Services, 2026)"

p = d.add_paragraph(); r = p.add_run("WESTMOOR COUNCIL"); r.bold = True; r.font.size = Pt(14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph(); r = p.add_run("RECORD OF AN OFFICER KEY DECISION"); r.bold = True; r.font.size = Pt(13)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_paragraph("(Taken under delegated powers in accordance with Part 3, Section 5 of the Constitution - Scheme of Delegation to Officers)").alignment = WD_ALIGN_PARAGRAPH.CENTER

t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Decision reference", "KD/CYP/2027/031"),
    ("Forward Plan reference", "FP 2027/118 (first published 14 May 2027)"),
    ("Title", "Commissioning of 24 additional Enhanced Resource Provision (ERP) places for autistic pupils in mainstream schools from September 2028"),
    ("Decision maker", "James Whitfield, Assistant Director, SEND and Inclusion"),
    ("Portfolio", "Cabinet Member for Children and Families"),
    ("Date of decision", "2 August 2027"),
    ("Is this a key decision?", "Yes - expenditure over £500,000 and affects two or more wards"),
    ("Exempt information?", "No (Appendix C is exempt under para. 3, Sch. 12A LGA 1972 and is not published)"),
    ("Report author", "Mary Walker, Head of SEND"),
    ("Wards affected", "Riverside; Hillside; Westmoor Central"),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True

def h(text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(12)
def n(num, text):
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(f"{num}\t{text}")

h("1. DECISION")
n("1.1", "To approve the commissioning of 24 additional Enhanced Resource Provision places for autistic pupils, to open in "
  "September 2028, as follows: 8 places at Riverside Primary School, 8 places at Hillside Academy (primary phase) and "
  "8 places at Westmoor Central High School.")
n("1.2", "To approve revenue expenditure of up to £612,000 per year from the High Needs Block of the Dedicated Schools Grant "
  "for place and top-up funding, and one-off start-up grants of £25,000 per setting (£75,000 in total).")
n("1.3", "To delegate to the Head of SEND, in consultation with the Director of Education, authority to agree the final "
  "service level agreements with each host school.")

h("2. REASONS FOR THE DECISION")
n("2.1", "The High Needs Sufficiency Strategy, approved by Cabinet on 15 March 2027, identified a shortfall of approximately "
  "70 specialist places for autistic children who are able to access a mainstream curriculum with enhanced support. In the "
  "absence of local provision, an increasing number of these children are placed in independent non-maintained special "
  "schools, often outside Westmoor, at an average cost of £58,000 per year plus transport.")
n("2.2", "The ERP model keeps children in their local community, supports inclusion in mainstream classes for part of the "
  "week, and costs on average £25,500 per place including top-up. The decision is expected to contribute to the "
  "deficit management plan agreed with the Department for Education under the Safety Valve agreement.")
n("2.3", "Expressions of interest were invited from all mainstream schools in January 2027. Eleven schools applied. The three "
  "schools recommended were assessed against published criteria (leadership, accommodation, inclusion track record and "
  "geographical need) by a panel including a parent representative from the Parent Carer Forum.")

h("3. ALTERNATIVE OPTIONS CONSIDERED AND REJECTED")
n("3.1", "Do nothing. Rejected: demand for independent specialist places would continue to rise and the High Needs deficit "
  "would grow.")
n("3.2", "Expand an existing special school. Rejected: Westmoor Park School is at capacity on its current site and an "
  "expansion would require capital that is not available before 2030. This option may be revisited in the next sufficiency review.")
n("3.3", "Open all 24 places at a single school. Rejected: this would not meet geographical need and would place too much "
  "demand on one leadership team.")

h("4. CONSULTATION")
n("4.1", "The proposal was discussed at the SEND Partnership Board on 16 June 2027, at Schools Forum on 24 June 2027 and "
  "with the Westmoor Parent Carer Forum committee on 6 July 2027. Ward members for the three affected wards were briefed "
  "in July and raised no objections.")
n("4.2", "Schools Forum supported the proposal but asked that the funding model be reviewed after two years. This will "
  "form part of the routine review of the High Needs funding formula in 2029-30 and does not require a separate action.")
n("4.3", "The Parent Carer Forum welcomed the proposal. Tom Evans, PCF co-chair, raised two concerns. First, that families of "
  "children currently on the waiting list for specialist provision had heard about the proposal informally and were "
  "anxious to know whether their child would be considered. In response, the Head of SEND has agreed that the SEND casework "
  "team will write to the families of all children currently on the specialist provision waiting list, explaining the "
  "proposal and the admissions process, within four weeks of the date of this decision.")
n("4.4", "Second, the Forum asked to be involved in writing the admissions criteria so that they are clear to parents. The "
  "Principal Educational Psychologist, David Lowe, will finalise the ERP admissions criteria with the Parent Carer Forum, "
  "so that they can be published on the Local Offer by 1 October 2027.")
n("4.5", "The Designated Clinical Officer (Westmoor ICB) was consulted and confirmed that no additional health funding is "
  "sought. He noted that speech and language therapy input to ERPs is already part of the Trust's core offer.")

h("5. FINANCIAL IMPLICATIONS")
n("5.1", "The full-year revenue cost of £612,000 will be met from the High Needs Block. Part-year costs in 2028-29 are estimated "
  "at £357,000. This is offset by estimated avoided costs of £1.1m per year once all places are filled, as set out in the "
  "financial model at Appendix B.")
n("5.2", "Start-up grants of £75,000 will be paid in the 2027-28 financial year. The Finance Business Partner (Children's) will "
  "set up the new cost centres for the three ERPs before 1 September 2027 so that start-up grants can be paid in the autumn term.")
n("5.3", "Capital adaptations at Hillside Academy were completed in July 2027 using the Council's SEND capital allocation and "
  "no further capital is required.")
n("5.4", "Finance comments provided by: Finance Business Partner (Children's), 21 July 2027.")

h("6. LEGAL IMPLICATIONS")
n("6.1", "The Council has a duty under section 27 of the Children and Families Act 2014 to keep under review the educational "
  "and social care provision for children and young people with SEND, and under section 14 of the Education Act 1996 to "
  "secure sufficient schools. Where the host school is an academy, a change to the academy's funding agreement may be "
  "required and will be sought from the Department for Education by the academy trust.")
n("6.2", "Legal comments provided by: Senior Lawyer (Education), 19 July 2027.")

h("7. EQUALITIES IMPLICATIONS")
n("7.1", "An Equality Impact Assessment has been completed (Appendix A). The proposal is expected to have a positive impact on "
  "disabled children. A potential negative impact was identified in relation to travel distance for some families living "
  "in the north of the borough.")

h("8. IMPLEMENTATION")
n("8.1", "Subject to the call-in period set out below, the following steps will be taken to implement this decision:")
n("", "(a)  the Head of SEND will issue the service level agreements and funding agreements to the three host schools by "
  "10 September 2027;")
n("", "(b)  the Head of Transport will assess the home to school transport implications of the new places, including for "
  "families in the north of the borough (see 7.1), and report to the Assistant Director by 30 September 2027;")
n("", "(c)  the Data and Performance Manager will set up termly monitoring of ERP admissions, attendance and outcomes, with the "
  "first report to the SEND Partnership Board at its January 2028 meeting;")
n("", "(d)  Nadia Khan, Headteacher of Riverside Primary School, has agreed to lead the joint recruitment of specialist ERP "
  "teachers across the three schools, with interviews to be held by 26 November 2027.")
n("8.2", "Progress on implementation will be reported through the High Needs Sufficiency programme board.")

h("9. CONFLICTS OF INTEREST")
n("9.1", "None declared by the decision maker. Helen Brooks (SENCo, Riverside Primary School) sat on the SEND Partnership "
  "Board when the proposal was discussed and declared an interest; she took no part in the selection panel.")

h("10. CALL-IN AND PUBLICATION")
n("10.1", "This decision is subject to call-in. It will not be implemented until the call-in period has expired at 5.00pm on "
  "9 August 2027, unless called in by the Children and Young People Scrutiny Committee.")
n("10.2", "Records of officer key decisions are published on the Council's website within five working days of the decision "
  "in accordance with the Access to Information Procedure Rules.")

h("11. BACKGROUND PAPERS")
d.add_paragraph("High Needs Sufficiency Strategy 2027-2030 (Cabinet, 15 March 2027); SEND Partnership Board minutes 16 June 2027; "
                "Schools Forum minutes 24 June 2027; Appendix A - Equality Impact Assessment; Appendix B - Financial model; "
                "Appendix C - Panel scoring (exempt).")

h("SIGNATURE")
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Decision maker", "James Whitfield, Assistant Director, SEND and Inclusion"),
             ("Signed", "J. Whitfield (signed electronically)"),
             ("Date", "02/08/2027"),
             ("Cabinet Member consulted", "Yes - briefing 27 July 2027"),
             ("Date published", "04/08/2027"),
             ("For Democratic Services use", "Call-in expiry: 09/08/2027 17:00. Not called in.")]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
d.save(OUT)
print("wrote", OUT)
