"""Builds 212_twentyseventh_governors_sen_committee_matters_arising.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "212_twentyseventh_governors_sen_committee_matters_arising.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Riverside Primary School – Governing Board          CONFIDENTIAL items marked (C)"
sec.footer.paragraphs[0].text = "SEN, Inclusion & Wellbeing Committee – Autumn 2027 – DRAFT until approved – Clerk: L Farrow"

def p(text, bold=False, italic=False, center=False, size=None):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para

def table(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    return t

p("RIVERSIDE PRIMARY SCHOOL", bold=True, center=True, size=13)
p("Minutes of the SEN, Inclusion & Wellbeing Committee", bold=True, center=True)
p("held on Tuesday 9th November 2027 at 5.30pm in the school library (and via Teams)", center=True)
p("")
p("Present: Mrs J Oduya (JO) Chair & SEN link governor; Mrs N Khan (NK) Headteacher; Revd A Clarke (AC) foundation governor; "
  "Ms F Dube (FD) staff governor; Mr K Osei (KO) co-opted governor")
p("In attendance: Mrs H Brooks (HB) SENCo; Dr D Lowe (DL), Principal Educational Psychologist, Westmoor Council (item 5 only); "
  "Ms L Farrow, Clerk to Governors (Clerk)")
p("Apologies: Mr P Grady (parent governor) – accepted")
p("Quorum: the meeting was quorate throughout (4 governors required).", italic=True)

p("1.  WELCOME, APOLOGIES AND DECLARATIONS OF INTEREST", bold=True)
p("JO welcomed everyone, in particular Dr Lowe who had kindly agreed to come for item 5. Apologies were received and accepted as above. "
  "FD declared that her son attends a Westmoor special school; governors agreed this was not a pecuniary interest and FD could take full part. "
  "No other declarations.")

p("2.  MINUTES OF THE PREVIOUS MEETING (22.06.27)", bold=True)
p("The minutes of the Summer term meeting were agreed as an accurate record and will be signed by the Chair. "
  "One correction: at item 6 the number of EHCPs should read 13 not 31.")

p("3.  MATTERS ARISING – LOG CARRIED FORWARD FROM SUMMER TERM", bold=True)
p("The Clerk took the committee through the log brought forward from the Summer 2 meeting. Status as at today:")
table([
    ["Ref", "Action (as agreed 22.06.27)", "Owner", "Raised", "Status at 09.11.27"],
    ["MA/SU27/01", "Update SEN Information Report on school website", "HB", "Su2", "COMPLETE – published 12/09/27"],
    ["MA/SU27/02", "Governor monitoring visit to the nurture room (Rainbow Room)", "JO", "Su2",
     "NOT DONE – staffing in Aut 1. C/F to Spring 1, JO to arrange visit by 11/02/28"],
    ["MA/SU27/03", "Review of Accessibility Plan 2025-28", "NK", "Su2", "Deferred to FGB (Resources) – remove from this log"],
    ["MA/SU27/04", "Provide anonymised provision map costings", "HB", "Su2", "Superseded – see item 6 below"],
    ["MA/SU27/05", "Circulate NGA SEND training link", "Clerk", "Su2", "COMPLETE – sent 05/07/27"],
])
p("")
p("On MA/SU27/02, JO apologised that the visit had not happened; the nurture lead had been on long-term absence in the first half term. "
  "It was agreed to carry it forward rather than close it, and JO will arrange the visit with HB by 11 February 2028 at the latest. "
  "AC asked to join the visit if possible. "
  "On MA/SU27/03 the Clerk confirmed that the Accessibility Plan now sits with the Resources committee under the revised terms of reference, "
  "so it will be reported there and not here.")

p("4.  SENCo REPORT – AUTUMN 1", bold=True)
p("HB's report had been circulated in advance (paper B). Headlines:")
for b in [
    "SEN register: 61 pupils (14.6% of roll), of whom 14 have an EHCP and 3 further EHC needs assessments are in progress with the LA.",
    "Two EHCPs were finalised over the summer; one is still outstanding past the 20-week timescale (week 27). NK has escalated to the SEND casework team.",
    "Annual reviews: 6 of 14 held this term, all paperwork returned to the LA within 2 weeks.",
    "Speech and language: waiting time for the NHS children's therapies service is now about 38 weeks for an initial assessment.",
]:
    doc.add_paragraph(b, style="List Bullet")
p("Governor challenge: KO asked how quickly a child identified with a need actually receives an intervention, and whether the school tracks this. "
  "HB said this is tracked informally through pupil progress meetings but not reported as a figure. Governors felt this would be useful evidence "
  "for the Ofsted SEND deep dive. HB will bring data on time from identification to first intervention for SEN support pupils to the Spring meeting.")
p("AC asked whether TA hours were sufficient given the rise in need in Reception. NK replied that the budget had been protected for this year but "
  "this would be a pressure for 2028-29; it is being looked at by the Resources committee. Governors noted the answer.")
p("FD raised that staff had found the new Westmoor graduated approach toolkit helpful but long. No action – HB is already feeding this back "
  "through the SENCo network.")

p("5.  EDUCATIONAL PSYCHOLOGY – TRADED SERVICE (Dr D Lowe)", bold=True)
p("DL outlined the changes to the council's EP offer from April 2028. Statutory advice for EHC needs assessments remains free at the point of delivery; "
  "the consultation and training offer will move to a tiered subscription. The council will be consulting schools in the new year through the "
  "Schools Forum. Governors asked whether small schools would be disadvantaged. DL said the lowest tier was designed with them in mind but accepted "
  "the concern and will take it back to the service.")
p("DL agreed to send the school the revised traded service offer and price list by the end of November so that NK can plan the budget.")
p("JO thanked DL, who left the meeting at 6.10pm.", italic=True)

p("6.  NOTIONAL SEN BUDGET AND PROVISION MAP (replaces MA/SU27/04)", bold=True)
p("NK explained that the notional SEN budget for 2027-28 is £142,300, and that spending on SEN support exceeds this by an estimated £38k, "
  "funded from the general budget. Governors had asked in the summer for anonymised provision map costings; NK proposed a single breakdown of "
  "notional SEN spend by category (staffing, interventions, resources, external services) instead, which governors agreed.")
p("ACTION: NK to provide governors with a breakdown of notional SEN budget spend by category, by 1st December.", bold=True)
p("The committee AGREED to recommend to the Full Governing Board that £4,000 be ring-fenced from the CPD budget for ELSA training for two TAs. "
  "The Clerk will put this on the agenda for the FGB on 30th November.")
p("KO asked whether the school could apply for top-up funding for any pupil without an EHCP. HB explained the Westmoor SEN support "
  "top-up panel criteria; one application was made last term and was successful. Noted.")

p("7.  ATTENDANCE, SUSPENSIONS AND REDUCED TIMETABLES – SEN PUPILS (C)", bold=True)
p("Attendance of pupils with EHCPs is 91.2% against 94.8% whole school. There had been 3 suspensions this term, 2 of them pupils on SEN support. "
  "No permanent exclusions.")
p("JO asked how many pupils are on a reduced (part-time) timetable and whether each one has a review date, following the DfE attendance guidance. "
  "HB said there are currently 2. Governors asked that the chair is sighted on these. HB to send JO a confidential list of pupils on reduced "
  "timetables, with start and review dates, by Wednesday 17 November.")
p("It was noted that the LA's inclusion team had been notified of both, as required. No further action needed on that point.")

p("8.  PARENT VOICE", bold=True)
p("The SEND parent survey (July) had 41 responses. Positives: approachability of staff, the Rainbow Room. Concerns: communication about "
  "interventions, and knowing who to speak to about EHCP applications. NK reported that Tom Evans (co-chair, Westmoor Parent Carer Forum) had "
  "offered to run a joint parent drop-in with the school. Governors welcomed this. NK to contact Tom at the PCF to fix a date for a drop-in in "
  "the spring term; it would be good to have this in the newsletter before the end of term (term ends Friday 17th December).")
p("FD suggested a termly SEN coffee morning. Governors liked the idea but felt it should wait until after the drop-in to avoid overload – "
  "to be revisited in the summer.")

p("9.  GOVERNOR TRAINING", bold=True)
p("JO reminded governors that the NGA SEND module is recommended for all governors, not just the link governor. JO posted the link in the "
  "Teams chat during the meeting. Governors were encouraged to complete it before the spring meeting. "
  "AC and KO confirmed they have already completed it.")

p("10.  POLICY REVIEW – SEN POLICY AND INFORMATION REPORT", bold=True)
p("The draft SEN policy (paper D) was reviewed. Amendments agreed: (a) update the Local Offer link to the new Westmoor site; "
  "(b) name the current SENCo and her NASENCo status; (c) add reference to the reduced timetable protocol. "
  "The policy was APPROVED subject to these amendments. HB to make the amendments and send the final version to the Clerk for the website "
  "by Friday 26/11.")

p("11.  ANY OTHER BUSINESS", bold=True)
p("a) Mr Grady had asked by email, in his absence, about the council's consultation on additionally resourced provisions (ARPs). "
  "The council (Mary Walker, Head of SEND) is presenting the proposals to headteachers at the Heads' Forum in December. "
  "Governors would like to hear about it directly: NK to write to Mary Walker inviting her to attend the spring meeting to talk about the ARP proposals.")
p("b) The Clerk reminded governors that the skills audit is due back by the end of the month (this is a whole-board matter for the FGB).")
p("c) No other business. The meeting closed at 7.22pm.")

p("")
p("DATE OF NEXT MEETING: Tuesday 7th March 2028, 5.30pm", bold=True)
p("")
p("MATTERS ARISING LOG – CARRIED FORWARD TO SPRING TERM 2028", bold=True)
p("(open items only – complete/removed items from the summer log are not carried)", italic=True)
table([
    ["Ref", "Action", "Owner", "Due", "Min"],
    ["MA/SU27/02", "Governor visit to nurture room (c/f)", "JO (+AC)", "11/02/28", "3"],
    ["MA/AU27/01", "Time from identification to first intervention – data", "HB", "Spring mtg", "4"],
    ["MA/AU27/02", "Revised EP traded offer & prices to school", "DL (LA)", "end Nov", "5"],
    ["MA/AU27/03", "Notional SEN budget breakdown by category", "NK", "01/12/27", "6"],
    ["MA/AU27/04", "ELSA ring-fence on FGB agenda", "Clerk", "FGB 30/11", "6"],
    ["MA/AU27/05", "Reduced timetables list to Chair (C)", "HB", "17/11/27", "7"],
    ["MA/AU27/06", "PCF parent drop-in – agree date with Tom Evans", "NK", "before end of term", "8"],
    ["MA/AU27/07", "SEN policy amendments – final to Clerk", "HB", "26/11/27", "10"],
    ["MA/AU27/08", "Invite M Walker (LA) to spring meeting re ARP", "NK", "–", "11a"],
])
p("")
p("Signed ……………………………… (Chair)      Date ………………")
doc.save(OUT)
print(OUT)
