"""Builds 534: Westmoor SEND Partnership Board minutes, council Word template (tables, merged rows, nested action log)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "534_seventythird_partnership_board_docx_item_table_nested_action_log.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin = Cm(1.8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


def write(cell, text, bold=False, size=None, first=True, italic=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p


# header / footer
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(9)
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.add_run("Westmoor SEND Partnership Board | Minutes 17.11.26 | DRAFT v0.2 – not yet approved | Page ").font.size = Pt(8)
add_field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(8)
add_field(fp, "NUMPAGES")

t = doc.add_paragraph()
r = t.add_run("Westmoor SEND Partnership Board")
r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
p = doc.add_paragraph()
p.add_run("Minutes of the meeting held on Tuesday 17 November 2026, 2.00pm – 4.30pm\n").bold = True
p.add_run("Committee Room 2, Westmoor Civic Centre and via MS Teams")

# attendance table
att = doc.add_table(rows=0, cols=2)
att.style = "Table Grid"
att.alignment = WD_TABLE_ALIGNMENT.CENTER


def att_head(label):
    row = att.add_row().cells
    m = row[0].merge(row[1])
    write(m, label, bold=True)
    shade(m, "D9E2F3")


def att_row(a, b):
    row = att.add_row().cells
    write(row[0], a)
    write(row[1], b)


att_head("Present")
for a, b in [
    ("Anne Price (AP)", "Independent Chair"),
    ("Priya Shah (PS)", "Director of Education, Westmoor Council"),
    ("Mary Walker (MW)", "Head of SEND, Westmoor Council"),
    ("Yusuf Okafor (YO)", "Designated Clinical Officer, NHS Westmoor ICB"),
    ("Tom Evans (TE)", "Co-chair, Westmoor Parent Carer Forum"),
    ("Helen Brooks (HB)", "SENCo, Riverside Primary School"),
    ("David Lowe (DL)", "Principal Educational Psychologist"),
    ("Sarah Khan (SK)", "Participation Officer, Westmoor Council"),
    ("Grace Adeyemi (GA)", "Head of Children’s Therapies, Westmoor Community Health NHS Trust (WCHT)"),
    ("Liam Porter (LP)", "Data and Performance Manager"),
]:
    att_row(a, b)
att_head("In attendance")
att_row("Mark Walsh (MWa)", "Head of Transport (item 5 only)")
att_row("Claire Dunmore (CD)", "SENDIASS Service Manager")
att_row("Ruth Hill (RH)", "Partnership Business Support Officer (minutes)")
att_head("Apologies")
row = att.add_row().cells
m = row[0].merge(row[1])
write(m, "Sarah Kent (School Improvement), Owen Reid (PfA Lead), Dr Anita Patel (WCHT)")
for rw in att.rows:
    rw.cells[0].width = Cm(5.5)
    rw.cells[1].width = Cm(11.5)

doc.add_paragraph()

# main minutes table
mt = doc.add_table(rows=1, cols=3)
mt.style = "Table Grid"
hdr = mt.rows[0].cells
for c, txt in zip(hdr, ["Item", "Discussion / Outcome", "Action / Lead"]):
    write(c, txt, bold=True)
    shade(c, "004B87")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def item(no, title, paras, action=None, nested=None, nested_after=0):
    r1 = mt.add_row().cells
    m = r1[0].merge(r1[1]).merge(r1[2])
    write(m, f"{no}.  {title}", bold=True)
    shade(m, "F2F2F2")
    r2 = mt.add_row().cells
    write(r2[0], str(no))
    first = True
    for i, ptxt in enumerate(paras):
        write(r2[1], ptxt, first=first)
        first = False
        if nested is not None and i == nested_after:
            nt = r2[1].add_table(rows=0, cols=4)
            nt.style = "Table Grid"
            for j, rowvals in enumerate(nested):
                cells = nt.add_row().cells
                for k, v in enumerate(rowvals):
                    write(cells[k], v, bold=(j == 0), size=9)
                    if j == 0:
                        shade(cells[k], "D9E2F3")
            r2[1].add_paragraph()
    if action:
        f = True
        for a in action:
            write(r2[2], a, first=f, bold=(a.isupper() and len(a) < 5))
            f = False
    else:
        write(r2[2], "–")


item(1, "Welcome, introductions and apologies", [
    "AP welcomed everyone, in particular CD who was attending her first Board since taking up post as SENDIASS Service Manager in October. Apologies as listed above. No declarations of interest were made.",
])

item(2, "Minutes of the last meeting (22 September 2026) and action log", [
    "The minutes were agreed as an accurate record, subject to one correction: at item 4, “38 weeks” should read “36 weeks”.",
    "RH took the Board through the action log:",
    "All actions are now closed apart from A26/35, which has been superseded by item 7 below. Nothing else arising.",
], nested=[
    ["Ref", "Action", "Owner", "Status"],
    ["A26/31", "Circulate the 20-week EHCP dashboard to Board members", "LP", "Closed – circulated 30/09"],
    ["A26/32", "Letter to schools on SEN support top-up funding", "MW", "Closed – sent 09/10"],
    ["A26/33", "Confirm SALT waiting list trajectory", "GA", "Closed – on agenda, item 4"],
    ["A26/34", "Share PCF autumn survey headlines with the Board", "TE", "Closed – shared 14/10"],
    ["A26/35", "Youth forum session on Co-production Charter", "SK", "Superseded – see item 7"],
    ["A26/36", "Book Ofsted/CQC readiness workshop", "PS", "Closed – booked for 14/01/27, invites sent"],
], nested_after=1)

item(3, "Parent Carer Forum update", [
    "TE reported that the Forum’s autumn survey had 212 responses, the highest yet. Communication from the SEND casework team is still the biggest concern raised by families, though a number of parents had commented positively on the new named caseworker letters.",
    "The Forum will hold its annual conference on Saturday 6 March 2027 at Westmoor College and is currently recruiting two new steering group members. TE asked Board members to encourage colleagues to come along to PCF coffee mornings – dates are on the Local Offer.",
    "CD said SENDIASS would be happy to run a stall at the conference if there was room. TE thanked her and said the Forum would be in touch nearer the time once the layout is known.",
    "MW noted that the casework team restructure went live on 2 November, with every family now allocated a named caseworker.",
])

item(4, "Children’s therapies – waiting times (paper 4)", [
    "GA presented the paper. The longest wait for speech and language therapy is now 36 weeks (down from 41 in June); OT is at 29 weeks. The Trust has approved recruitment of three Band 6 SLTs, with start dates expected from January, and is planning to pilot a ‘talk to a therapist’ telephone advice line in the spring.",
    "YO confirmed that the ICB Finance Committee agreed £180k non-recurrent funding for waiting list recovery at its October meeting.",
    "HB said schools are still unclear when referrals have been declined and why. YO offered to look at whether the ICB’s digital waiting-list letter could be adapted for therapies, but said realistically it was something he could look at in the new year once the new ICB communications lead is in post.",
    "The Board noted the recommendations in the paper. GA agreed to bring a revised trajectory, split by locality, to the January Board so members can see whether the new posts are making a difference.",
], action=["GA", "Jan Board"])

item(5, "Home to school transport (MWa attending for this item)", [
    "MWa gave an update following the September re-tendering of routes. 94% of routes were in place for the first day of term. Route 14 (Hollin Bank School) has had three changes of operator since September and several parents only found out on the morning itself. MWa apologised on behalf of the service.",
    "The transport policy consultation is open until 4 December; all members were encouraged to share the link through their networks.",
    "It was agreed that Mark would write to the families on route 14 before the end of term (18 December) setting out the new arrangements and giving them a named contact in the team.",
    "TE asked that future route changes be shared with the PCF. MWa said the team had started copying the Forum into route change notifications from the start of this month.",
], action=["MWa", "letter to route 14 families by 18/12"])

item(6, "EHCP timeliness and performance data", [
    "LP presented the dashboard. 20-week completion is at 41% year to date (England 46%). Requests for assessment are up 18% on the same period last year. There was discussion of the annual review backlog, currently 612 reviews overdue.",
    "The Board NOTED the report.",
    "PS asked for the dashboard to include a comparison with statistical neighbours; LP will circulate an updated version by the end of next week.",
    "A breakdown by primary need and by school phase to come back to a future Board.",
    "DL added that the EP service moved to a fortnightly allocation cycle from 2 November, which should help the advice timeliness figures from December.",
], action=["LP", "27/11"])

item(7, "Co-production Charter refresh", [
    "SK presented the draft refreshed charter circulated with the papers. The PCF steering group has already seen it and its comments have been built in. Young people have not yet been involved, which the Board agreed was a gap (this replaces action A26/35).",
    "SK to arrange two drop-in sessions with the Westmoor Youth Forum so that young people can shape the charter before sign-off; both sessions to take place by the end of January.",
    "HB said she was happy to test the charter with her SENCo cluster. AP suggested that should wait until the youth forum feedback is in.",
    "Final version to come back to the Board for sign-off.",
], action=["SK"])

item(8, "Any other business", [
    "a) SEND reform – PS to circulate a short briefing note on the schools white paper proposals to members by Tuesday 1 December.",
    "b) Terms of Reference – the annual review of the Board’s ToR is due. Members were asked to send any comments to RH by 30 November. RH will collate these and circulate a revised draft by 11 December.",
    "c) DL reported that the EP service will be offering a traded training package on emotionally based school avoidance (EBSA) to schools from the spring term.",
], action=["PS", "RH"])

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Date of next meeting: ").bold = True
p.add_run("Tuesday 19 January 2027, 2.00pm – 4.30pm, Committee Room 2 / MS Teams")
p = doc.add_paragraph()
r = p.add_run("Papers to RH by Friday 8 January please.")
r.italic = True

for rw in mt.rows:
    rw.cells[0].width = Cm(1.3)
    rw.cells[1].width = Cm(12.5)
    rw.cells[2].width = Cm(3.2)

doc.save(OUT)
print(OUT)
