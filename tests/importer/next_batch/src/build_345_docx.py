from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "345_fortysixth_board_minutes_resolved_schedule.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = "OFFICIAL  |  Westmoor SEND Partnership Board  |  Minutes 21.01.2027  |  APPROVED AT BOARD 18.03.2027 (subject to amendment)"
    s.footer.paragraphs[0].text = "Clerk: Partnership Business Support, Westmoor House. Minute references follow the SPB/YY/NN convention adopted from the former Joint Children's Trust Board."

h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("WESTMOOR SEND PARTNERSHIP BOARD"); r.bold = True; r.font.size = Pt(14)
h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
h.add_run("MINUTES of the meeting held on Thursday 21 January 2027 at 2.00 pm\nCouncil Chamber, Westmoor House, and via Microsoft Teams")

def para(text, bold=False, indent=0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text); r.bold = bold
    return p

def mixed(parts, indent=0):
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.space_after = Pt(4)
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Present (members)", "Anne Price (Independent Chair) (AP); Mary Walker, Head of SEND (MW); Priya Shah, Director of Education (PS); "
     "Yusuf Okafor, Designated Clinical Officer, ICB (YO); Grace Adeyemi, Head of Children's Therapies, WCHT (GA); "
     "Tom Evans, PCF co-chair (TE); Helen Brooks, SENCo, Riverside Primary (HB); David Lowe, Principal EP (DL); "
     "Sarah Khan, Participation Officer (SK); Liam Porter, Data and Performance Manager (LP)"),
    ("In attendance", "James Whitfield, Assistant Director SEND and Inclusion (JW) (for SPB/27/05); Rebecca Ashworth, Finance Business Partner (RA) "
     "(for SPB/27/05); Ruth Hill, Partnership Business Support Officer (Clerk)"),
    ("Apologies", "Dr Anita Patel, Consultant Community Paediatrician; Councillor Bethan Jones (observer)"),
    ("Quorum", "The meeting was quorate (10 of 12 voting members; all three statutory partners represented)."),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True
    row[0].width = Cm(3.5); row[1].width = Cm(13)
doc.add_paragraph()

para("SPB/27/01   WELCOME, APOLOGIES AND QUORACY", bold=True)
para("1.1  The Chair welcomed members and those in attendance. Apologies were received and noted as above.", indent=0.8)
para("1.2  The Chair reminded members that the Board would be observed by the DfE SEND adviser at its March meeting.", indent=0.8)

para("SPB/27/02   DECLARATIONS OF INTEREST", bold=True)
para("2.1  TE declared a standing personal interest as a parent of a child with an EHC plan. HB declared an interest in SPB/27/05 "
     "as her school receives top-up funding. Neither interest was considered prejudicial and both members remained for all items.", indent=0.8)

para("SPB/27/03   MINUTES OF THE PREVIOUS MEETING (12 NOVEMBER 2026)", bold=True)
para("3.1  The minutes were APPROVED as a correct record, subject to paragraph 6.4 being amended to read \"twenty working days\" "
     "rather than \"twenty days\". The Chair signed the minutes.", indent=0.8)

para("SPB/27/04   MATTERS ARISING AND SCHEDULE OF ACTIONS", bold=True)
para("4.1  The Board received the Schedule of Actions (Appendix A). The Clerk confirmed that actions 26/58 and 26/61 were complete and "
     "the Board agreed they be closed.", indent=0.8)
para("4.2  Action 26/60 (EHCP timeliness dashboard broken down by ward): LP reported that the dashboard was live but the ward-level "
     "breakdown could not yet be produced because of a boundary change in the case management system. LP will bring the ward "
     "breakdown to the March Board. The action remains open with a revised date.", indent=0.8)
para("4.3  Action 26/63 (PCF annual parent survey results): TE explained that the survey had been extended and now closes on "
     "5 February. It was agreed that TE will circulate headline results by email by 19 February rather than waiting for the "
     "full report.", indent=0.8)

para("SPB/27/05   HIGH NEEDS BLOCK: FINANCIAL POSITION AND BANDING REVIEW", bold=True)
para("5.1  JW and RA presented the report. The in-year forecast for the High Needs Block was an overspend of £4.2m against a "
     "budget of £61.8m, with the cumulative deficit projected at £17.9m by 31 March 2027.", indent=0.8)
para("5.2  In discussion members raised the following points:", indent=0.8)
para("(a)  PS noted that the statutory override had been extended nationally but that this did not reduce the Council's "
     "exposure and the deficit management plan must still be delivered;", indent=1.6)
para("(b)  HB questioned whether the proposed new top-up bands would disadvantage mainstream schools with resourced "
     "provision; JW responded that modelling showed no school losing more than 3% in 2027/28 and transitional protection "
     "would apply;", indent=1.6)
para("(c)  TE asked for the consultation to include at least one evening session for parents. JW agreed that this would be "
     "built into the consultation plan.", indent=1.6)
para("5.3  RESOLVED that the Board:", indent=0.8, bold=True)
para("(a)  notes the High Needs Block forecast position;", indent=1.6)
para("(b)  endorses the proposal to consult on revised top-up funding bands from 1 September 2027;", indent=1.6)
para("(c)  requests that the Director of Education write to the DfE SEND adviser by 29 January 2027 setting out the "
     "Board's position on the deficit management plan.", indent=1.6)
mixed([("5.4  ", False), ("JW to circulate the banding consultation timeline to all Board members within five working days.", True),
       ("   ACTION: JW", True)], indent=0.8)
para("5.5  It was noted that the Schools Forum will consider the banding proposals at its meeting on 4 February 2027 and that "
     "the final decision rests with the Cabinet Member for Children's Services.", indent=0.8)

para("SPB/27/06   SPEECH AND LANGUAGE THERAPY WAITING TIMES", bold=True)
para("6.1  GA presented the waiting list position. 1,146 children and young people were waiting, of whom 312 had waited more "
     "than 18 weeks.", indent=0.8)
para("6.2  YO confirmed that the ICB had already approved funding for two additional whole-time-equivalent therapists from "
     "December; recruitment had been completed and both started on 11 January.", indent=0.8)
para("6.3  The Board was not yet assured that the additional capacity would bring waits back within 18 weeks. The Chair "
     "asked Grace Adeyemi and Yusuf Okafor to return with a recovery trajectory at the next meeting, "
     "showing the expected position month by month to September 2027.", indent=0.8)
para("6.4  The Board AGREED to add SALT waiting times to the Board risk register at a score of 16.", indent=0.8)

para("SPB/27/07   LOCAL OFFER REFRESH", bold=True)
para("7.1  SK updated on the Local Offer refresh. The new site structure had been tested with 41 parents and carers.", indent=0.8)
para("7.2  Members agreed that young people had not been sufficiently involved to date.", indent=0.8)
mixed([("7.3  ", False), ("SK to arrange a co-production session with the Westmoor Youth Forum before February half term",
        True), (" (half term is w/c 15 February 2027). ", False), ("ACTION: SK", True)], indent=0.8)

para("SPB/27/08   ANY OTHER BUSINESS", bold=True)
para("8.1  HB raised concerns from the SENCo network about the workload generated by requests for EHC needs assessment "
     "evidence. The Chair asked DL to pick up SENCo workload concerns with the SENCo network and report back.", indent=0.8)
para("8.2  There was no other business. The meeting closed at 4.12 pm.", indent=0.8)

para("DATE OF NEXT MEETING: Thursday 18 March 2027, 2.00 pm, Westmoor House.", bold=True)
doc.add_paragraph("Signed ............................................ (Chair)          Date ....................")

doc.add_page_break()
para("APPENDIX A — SCHEDULE OF ACTIONS (as updated following the meeting on 21 January 2027)", bold=True)
para("Status key: C = complete (to be closed); O = open; O/R = open, revised date agreed by the Board.")
rows = [
    ("Ref", "Minute", "Action", "Lead", "Due", "Status"),
    ("26/58", "SPB/26/44", "Publish the revised SEND Sufficiency Statement on the Local Offer", "MW", "30/11/2026", "C"),
    ("26/60", "SPB/26/46", "EHCP timeliness dashboard broken down by ward", "LP", "March Board (was Jan Board)", "O/R"),
    ("26/61", "SPB/26/47", "Confirm ICB representative on the Tribunal Learning Panel", "YO", "18/12/2026", "C"),
    ("26/63", "SPB/26/49", "Share PCF annual parent survey results with the Board", "TE", "19/02/2027 (was 21/01/2027)", "O/R"),
    ("27/01", "SPB/27/05", "Circulate banding consultation timeline", "JW", "28/01/2027", "O"),
    ("27/02", "SPB/27/05", "Letter to DfE SEND adviser re deficit management plan", "PS", "29/01/2027", "O"),
    ("27/03", "SPB/27/06", "SALT recovery trajectory to Board", "GA / YO", "Next meeting", "O"),
    ("27/04", "SPB/27/07", "Youth Forum co-production session on Local Offer", "SK", "12/02/2027", "O"),
    ("27/05", "SPB/27/08", "SENCo workload (EHCNA evidence) – pick up with SENCo network", "DL", "TBC", "O"),
]
tb = doc.add_table(rows=0, cols=6); tb.style = "Table Grid"
for i, rw in enumerate(rows):
    cells = tb.add_row().cells
    for c, v in zip(cells, rw):
        c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
doc.save(OUT)
print("wrote", OUT)
