"""488: Local Area SEND Improvement Plan priority highlight report (.docx) with the Board's outcomes
typed into it in red italics after the meeting."""
import sys
sys.path.insert(0, "/tmp/b66/src")
from dochelp import *

OUT = "/tmp/b66/488_sixtysixth_lasip_priority_highlight_report_board_outcomes_red.docx"
RED = "C00000"
d = base_doc("Calibri", 10.5)
sec = d.sections[0]
h = sec.header.paragraphs[0]
h.text = "OFFICIAL"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER; h.runs[0].bold = True
h2 = sec.header.add_paragraph("Westmoor Local Area SEND Improvement Plan (LASIP)  -  Priority 2 highlight report")
h2.runs[0].font.size = Pt(8.5)
f = sec.footer.paragraphs[0]
f.add_run("Highlight report - Priority 2 - v0.4 (post-Board)    ").font.size = Pt(8)
page_x_of_y(f)


def red(p, text):
    r = p.add_run(text); r.italic = True; r.font.color.rgb = RGBColor.from_string(RED); return r


def heading(text):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("1F3864")


def grid(headers, rows, widths, fill="1F3864"):
    tb = d.add_table(rows=1, cols=len(headers))
    set_borders(tb, 4, "A6A6A6")
    for c, t in zip(tb.rows[0].cells, headers):
        cell_text(c, t, bold=True, color="FFFFFF", size=9.5); shade(c, fill)
    repeat_header(tb.rows[0])
    for r in rows:
        cells = tb.add_row().cells
        for c, t in zip(cells, r):
            if isinstance(t, tuple):
                cell_text(c, t[0], italic=True, color=RED, size=9.5)
            else:
                cell_text(c, t, size=9.5)
    col_widths(tb, widths)
    return tb


p = d.add_paragraph(); r = p.add_run("Highlight Report to the SEND Improvement Board"); r.bold = True; r.font.size = Pt(16)
p = d.add_paragraph()
red(p, "Board outcomes added by Ruth Hill (Partnership Business Support) following the meeting on 10/02/27 are "
       "shown in red italics. Please do not edit the black text - it is the report as submitted.")

cover = d.add_table(rows=0, cols=2)
set_borders(cover, 4, "A6A6A6")
for k, v in [
    ("LASIP priority", "Priority 2 - Timeliness and quality of EHC needs assessments and plans"),
    ("Senior Responsible Officer", "Mary Walker, Head of SEND"),
    ("Workstream lead", "Jo Barker, Senior EHC Co-ordinator (JB)"),
    ("Reporting period", "1 December 2026 - 29 January 2027"),
    ("Board date", "Wednesday 10 February 2027"),
    ("Overall RAG", "AMBER (previous report: RED)"),
    ("Next report due", "March Board, 10/03/27"),
]:
    c = cover.add_row().cells
    cell_text(c[0], k, bold=True); shade(c[0], "D9E2F3"); cell_text(c[1], v)
col_widths(cover, [5.0, 12.0])
c = cover.rows[5].cells[1]; shade(c, "FFC000")

heading("1. Summary")
d.add_paragraph("Timeliness continues to improve from a low base: 44% of new EHC plans were issued within 20 weeks in "
                "January (excluding exceptions), up from 31% in October. The improvement is driven by the weekly "
                "triage panel and the clearance of the transfer review backlog. The main constraint remains "
                "educational psychology (EP) capacity, followed by delays in community paediatric health advice. "
                "Plan quality is improving more slowly than timeliness and is the focus for the next period.")

heading("2. Key measures")
grid(["Measure", "Target", "Oct", "Nov", "Dec", "Jan", "Trend"], [
    ["New EHC plans issued within 20 weeks (excl. exceptions)", "60% by Jul 2027", "31%", "35%", "38%", "44%", "Improving"],
    ["Health advice returned within 6 weeks", "90%", "58%", "55%", "61%", "64%", "Improving"],
    ["EP advice returned within 6 weeks", "90%", "40%", "42%", "47%", "52%", "Improving"],
    ["Plans audited as good or better", "70%", "-", "48%", "-", "55%", "Static"],
], [6.2, 2.6, 1.4, 1.4, 1.4, 1.4, 2.2])

heading("3. Achievements this period")
for t in ["Triage panel moved from fortnightly to weekly from 7 December; average decision time down from 9 to 5 days.",
          "Transfer review backlog (phase transfers for September 2027) cleared on 22 January.",
          "EHC plan writing training delivered to 14 co-ordinators, co-delivered with two PCF parent trainers.",
          "Quality assurance framework signed off by the Quality Sub-group on 13 January."]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph("Carried forward from the previous report:").runs[0].bold = True
grid(["Ref", "Activity", "Status"], [
    ["2.3.2", "Clear the backlog of overdue transfer reviews", "Complete - close"],
    ["2.3.4", "Launch of the EHC Hub portal for parents", "Slipped to April - now reported under Priority 5 (Local Offer and communication)"],
], [1.6, 9.0, 6.4], fill="7F7F7F")

heading("4. Activities planned for next period (1 February - 26 March 2027)")
grid(["Ref", "Activity", "Lead", "Due", "Board outcome"], [
    ["2.4.1", "Recruit two fixed-term EHC co-ordinators (funded from the DSG management plan)", "JB", "w/c 22 Feb", ""],
    ["2.4.2", "Pilot the EHC plan quality audit tool with the SENCo reference group", "Principal EP", "26/02/27", ""],
    ["2.4.3", "Share the weekly health advice tracker with the DCO", "Data & Performance Manager", "from 15/02/27", ""],
    ["2.4.4", "Publish the co-produced 'What to expect from an EHC needs assessment' guide for families",
     "Participation Officer with PCF", "end of spring term*", ("Agreed - TE asked that it is tested with parents who "
                                                              "do not use the forum; included.",)],
    ["2.4.5", "Consult SENCOs on revised EHC panel terms of reference", "Head of SEND", "31/03/27",
     ("Not to proceed this period - paused pending the DfE guidance on panels expected in the summer (Chair).",)],
], [1.3, 6.4, 2.9, 2.3, 4.1])
p = d.add_paragraph(); r = p.add_run("* Westmoor schools' spring term ends on Thursday 25 March 2027."); r.font.size = Pt(8.5)

heading("5. Risks and issues")
grid(["ID", "Description", "Score", "Mitigation", "Owner"], [
    ["R2.1", "Insufficient EP capacity to meet 6-week advice deadline", "20", "Locum EP capacity (see decision 1); "
     "trainee EP placements from September 2027", "Principal EP"],
    ["R2.2", "Delays to community paediatric health advice", "16", "Weekly tracker (2.4.3); escalation via the ICB "
     "(see ask 2)", "DCO"],
    ["I2.1", "Case management system outage 11-13 January", "-", "Resolved; 37 cases re-keyed", "Closed"],
], [1.3, 5.6, 1.3, 6.3, 2.5])

heading("6. Decisions and support required from the Board")
grid(["No.", "Ask of the Board", "Board outcome (10/02/27)"], [
    ["1", "Approve the use of £85,000 from the DSG management plan contingency to commission locum EP capacity "
          "for the spring and summer terms.",
     ("APPROVED. Head of SEND to confirm the locum EP contract start date with the Commissioning team by 19/02/27.",)],
    ["2", "Ask the ICB to escalate the community paediatrics health advice delays through its governance.",
     ("AGREED. YO to raise at the ICB Quality and Performance Committee on 25/02/27 and report back to the March Board.",)],
    ["3", "Ask Schools Forum to consider a top-slice of the High Needs Block for EHC co-ordinator capacity.",
     ("DEFERRED to the March Board pending the DSG outturn position.",)],
], [1.2, 7.8, 8.0])

heading("7. Board comments")
p = d.add_paragraph()
red(p, "The Chair welcomed the improvement in timeliness but noted that quality must not be traded for speed. She asked "
       "that the next highlight report includes tribunal appeal data (registered appeals and outcomes) for this "
       "priority. JB, for the March Board (10/03/27). Liam Porter offered to provide the data extract if it "
       "is needed.")
d.save(OUT)
print("wrote", OUT)
