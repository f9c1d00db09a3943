"""Builds 216_twentyseventh_board_annex_two_column.pdf into the parent folder (newspaper two-column annex)."""
import sys
sys.path.insert(0, "/tmp/twentyseventh_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak

OUT = Path(__file__).resolve().parent.parent / "216_twentyseventh_board_annex_two_column.pdf"
W, Hh = A4
N = ParagraphStyle("n", fontName="Times-Roman", fontSize=9.5, leading=11.5, spaceAfter=4)
HD = ParagraphStyle("h", fontName="Times-Bold", fontSize=10, leading=12, spaceBefore=6, spaceAfter=3)
T = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)
S = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11, alignment=1)
IND = ParagraphStyle("i", parent=N, leftIndent=10)

def furniture(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(1.8 * cm, 1.1 * cm, "Westmoor SEND Partnership Board  |  Annex B to minutes of 25.01.2027  |  Not for publication until approved")
    c.drawRightString(W - 1.8 * cm, 1.1 * cm, "B-%d" % d.page)
    c.setStrokeColor(colors.grey); c.line(W / 2, 2 * cm, W / 2, Hh - 5.2 * cm if d.page == 1 else Hh - 2 * cm)
    c.restoreState()

m, gap = 1.8 * cm, 0.6 * cm
colw = (W - 2 * m - gap) / 2
top = Frame(m, Hh - 4.9 * cm, W - 2 * m, 3.3 * cm, id="top")
first = [top, Frame(m, 2 * cm, colw, Hh - 7 * cm, id="l1"), Frame(m + colw + gap, 2 * cm, colw, Hh - 7 * cm, id="r1")]
later = [Frame(m, 2 * cm, colw, Hh - 4 * cm, id="l"), Frame(m + colw + gap, 2 * cm, colw, Hh - 4 * cm, id="r")]
doc = BaseDocTemplate(str(OUT), pagesize=A4, title="Annex B - Actions and Decisions 25.01.27")
doc.addPageTemplates([PageTemplate("first", first, onPage=furniture, autoNextPageTemplate="later"),
                      PageTemplate("later", later, onPage=furniture)])
s = [Paragraph("ANNEX B - RECORD OF ACTIONS AND DECISIONS", T),
     Paragraph("Westmoor SEND Partnership Board - Monday 25 January 2027, 2.00-4.30pm, Council Chamber / MS Teams", S),
     Paragraph("Chair: Anne Price (AP). Record: Ruth Hill (RH). Key: <b>D</b> = decision; <b>A</b> = new action (numbered A(27)nn, added to "
               "the Board action log); <b>N</b> = noted / for information; <b>R</b> = referred to another body.", S),
     FrameBreak()]
def h(t): s.append(Paragraph(t, HD))
def e(t): s.append(Paragraph(t, IND))

h("1. Welcome, apologies, declarations")
e("<b>N</b> Apologies: Priya Shah (Priya Mistry attending for PCF alongside Tom Evans); Grace Adeyemi (Yusuf Okafor to cover therapies). No declarations.")
h("2. Minutes of 30 November 2026 and action log")
e("<b>D</b> Minutes approved as a true record.")
e("<b>N</b> Action log: A(26)14 (SENDIASS leaflet) and A(26)15 (SENCo survey) CLOSED - complete. A(26)17 (LP - school-level EHCP "
  "data) remains open, due date unchanged (26 Feb). A(26)19 superseded by item 4 below - closed.")
h("3. Local area self-evaluation (paper A)")
e("<b>D</b> The Board AGREED the self-evaluation summary (v0.9) subject to the PCF's wording changes on p.4 about communication with families.")
e("<b>A(27)01</b> Publish the agreed SEF summary on the Local Offer website, with an easy read version to follow. "
  "<i>Owner:</i> James Whitfield (JW). <i>By:</i> Fri 5 Feb 2027.")
e("<b>N</b> The full SEF remains a working document and will not be published.")
h("4. EHCP timeliness (paper B)")
e("<b>N</b> 20-week performance Dec: 46% (exc. exceptions). Board expressed concern about the trend since September.")
e("<b>A(27)02</b> MW to bring a deep dive on 20-week timeliness, including EP and health advice delays and the "
  "recovery trajectory, to the March Board.")
e("<b>R</b> Request to the Schools Forum to consider a High Needs Block contribution to temporary casework capacity - "
  "for the Schools Forum (10 Feb) to decide; paper already submitted by the Director of Education.")
h("5. Health update - therapies and ND")
e("<b>N</b> SLT waits remain the main health risk (longest 49 weeks). ICB will be consulting on the redesigned ND pathway "
  "from March - this is an ICB process; Board members encouraged to respond.")
e("<b>A(27)03</b> Joint communication to families on the SLT waiting list (what to expect, drop-ins, what they can do while waiting). "
  "Owner: YO with GA. Due: end of February.")
h("6. Parent Carer Forum")
e("<b>N</b> Tom Evans reported the PCF's DfE grant for 2027-28 is confirmed, but the council top-up has not been confirmed beyond March.")
e("<b>A(27)04</b> AP (Chair) to write to the Lead Member for Children's Services asking for the PCF top-up to be confirmed for 2027-28 - "
  "by 12/02/27.")
e("<b>D</b> Board agreed the PCF will co-chair the Co-production Group from April.")
h("7. Performance dashboard (paper C)")
e("<b>N</b> Dashboard now includes suspensions of pupils with EHCPs.")
e("<b>A(27)05</b> Add waiting times for specialist placements (named school requests) to the dashboard - "
  "Liam Porter - for the 22 March Board.")
e("<b>A(27)06</b> Helen Brooks to share the spring SENCo network dates with Board members - COMPLETED IN MEETING "
  "(dates posted in the Teams chat). Closed.")
h("8. Co-production")
e("<b>A(27)07</b> SK and Tom Evans to run two co-production workshops with families on the refreshed SEND strategy "
  "before the Easter holidays (schools break up Thu 25 March).")
e("<b>N</b> Sarah Khan noted the youth forum would like its own session; to be considered by the Co-production Group - not a Board action.")
h("9. Any other business")
e("<b>D</b> Board meetings to move to bi-monthly from April 2027 (was 6-weekly).")
e("<b>A(27)08</b> RH to circulate the revised 2027 meeting schedule and calendar invites by Friday 29th January.")
e("<b>N</b> Next meeting: Monday 22 March 2027, 2.00pm. Deep dive: EHCP timeliness (A(27)02).")
s.append(Spacer(1, 8))
s.append(Paragraph("<i>Summary: 8 actions raised (A(27)01-08), 1 closed in meeting. 3 decisions. 1 referral. "
                   "Action log updated by RH 26/01/27.</i>", N))
doc.build(s)
print(OUT)
