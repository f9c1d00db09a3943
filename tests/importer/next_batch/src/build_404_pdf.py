"""Builds 404: a disability charity's board of trustees minutes (PDF) with a
Matters arising table, numbered minutes and an action log table."""
import sys
sys.path.insert(0, "/tmp/b54_pylib")
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "404_fiftyfourth_charity_trustees_board_minutes_matters_arising.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=3)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(18 * mm, 287 * mm, "Brightpath Westmoor - Board of Trustees - 25 May 2027 - UNAPPROVED DRAFT")
    canvas.drawString(18 * mm, 10 * mm, "Brightpath Westmoor is a registered charity (no. 1172946) and a company limited by guarantee (no. 10839215)")
    canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


def tbl(rows, widths):
    data = [[Paragraph(str(c), cell) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9f3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
P("BRIGHTPATH WESTMOOR", title)
P("Short breaks, youth clubs and family support for disabled children and young people")
s.append(Spacer(1, 4))
P("<b>Minutes of the meeting of the Board of Trustees held on Tuesday 25 May 2027 at 6.00pm, "
  "The Old School House, Carlton Road, Westmoor and via Microsoft Teams</b>")
P("<b>Present:</b> Margaret Osei (Chair) (MO); Rob Henshaw (Treasurer) (RH); Tom Evans (TE); "
  "Alison Grey (Safeguarding Trustee) (AG); Dr Nikhil Rao (NR) (via Teams)")
P("<b>In attendance:</b> Fiona Marsh, Chief Executive (FM); Jan Piper, Finance and Office Manager (JP) - minutes")
P("<b>Apologies:</b> Carol Bright (trustee)")
P("The meeting was quorate.")

P("BT/27/13 Welcome, apologies and declarations of interest", h)
P("The Chair welcomed trustees. Apologies were received from Carol Bright. TE declared an interest in "
  "item BT/27/16 as co-chair of Westmoor Parent Carer Forum, which is a partner in the proposed short "
  "breaks consortium. The board agreed TE could take part in the discussion but not the decision.")

P("BT/27/14 Minutes of the previous meeting and matters arising", h)
P("The minutes of the meeting held on 23 March 2027 were APPROVED as a true record and signed by the Chair. "
  "Matters arising were reviewed against the action log:")
s.append(tbl([
    ["Ref", "Action", "Owner", "Due", "Update at this meeting"],
    ["BT/27/06", "Move reserves to CCLA deposit fund", "RH", "Apr 27", "Complete - transferred 14 April"],
    ["BT/27/08", "Update lone working policy for youth club staff", "FM", "May 27",
     "Carried forward - draft is with staff reps. FM to bring revised policy to July board"],
    ["BT/27/09", "Arrange safeguarding refresher training for trustees", "AG", "May 27",
     "Complete - session booked with Westmoor Safeguarding Children Partnership trainer for 15 June"],
    ["BT/27/12", "Obtain quotes for replacement minibus", "JP", "May 27",
     "Withdrawn - grant bid unsuccessful; revisit in 2028 budget round"],
], [17, 51, 15, 17, 74]))

P("BT/27/15 Chief Executive's report", h)
P("FM presented her report. Referrals to the Saturday youth club are up 18% on last year and there is now a "
  "waiting list of 23 young people. Two sessional workers have left. Mark Walsh, Head of Transport at "
  "Westmoor Council, has confirmed the council will review transport for the Saturday club in the autumn "
  "as part of its wider review. The board NOTED the report and thanked staff.")

P("BT/27/16 Short breaks recommissioning", h)
P("The council has published its tender for short breaks (Lots 1-4), closing on 30 June 2027. FM outlined "
  "the proposed consortium with Westmoor Parent Carer Forum and Westmoor Scouts. Trustees asked about "
  "TUPE risk on Lot 3, where staff would transfer from the current provider. "
  "RESOLVED: that Brightpath bids for Lots 2 and 3 as lead partner (TE did not vote). "
  "FM and TE to meet the council's commissioning team to clarify the Lot 3 TUPE information by 18 June.")

P("BT/27/17 Finance", h)
P("RH presented the management accounts to 30 April 2027, showing a deficit of £6.2k against budget, mainly "
  "because of the 4% pay award agreed in March. RH to circulate a revised budget by email by 11 June for "
  "approval by email. The annual accounts for 2026/27 were APPROVED subject to the independent examiner's "
  "report. The Chair reminded trustees that Rob will step down as Treasurer at the AGM in September; "
  "recruitment of a new Treasurer will be discussed at the July meeting.")

P("BT/27/18 Safeguarding", h)
P("AG reported two low-level concerns since the last meeting, both now closed. The council's annual "
  "safeguarding self-assessment for commissioned providers is due this term. AG to complete the "
  "self-assessment with FM and return it to the Westmoor Safeguarding Children Partnership by 30 June.")

P("BT/27/19 Risk register", h)
P("The board reviewed the risk register. Cyber security remains amber following the phishing email in April. "
  "NR to review the cyber risk scoring with the IT provider and report to the next meeting. No other changes.")

P("BT/27/20 Any other business", h)
P("Cllr Bethan Jones visited the youth club in April with members of the Children and Young People "
  "Scrutiny Committee and was very positive about what she saw. The Chair to write to Cllr Jones to thank "
  "the committee - ASAP.")

P("Date of next meeting: Tuesday 20 July 2027, 6.00pm", h)
P("The meeting closed at 7.55pm.")
s.append(Spacer(1, 8))
P("ACTION LOG (as at 25 May 2027)", h)
s.append(tbl([
    ["Ref", "Action", "Owner", "Deadline", "Status"],
    ["BT/27/08", "Revised lone working policy to board", "FM", "20/07/27", "Open (c/f)"],
    ["BT/27/16", "Meet commissioning re Lot 3 TUPE information", "FM / TE", "18/06/27", "Open"],
    ["BT/27/17", "Revised budget circulated for email approval", "RH", "11/06/27", "Open"],
    ["BT/27/18", "Safeguarding self-assessment to WSCP", "AG", "30/06/27", "Open"],
    ["BT/27/19", "Cyber risk scoring review", "NR", "Next meeting", "Open"],
    ["BT/27/20", "Thank-you letter to Cllr Jones", "Chair", "ASAP", "Open"],
    ["BT/27/06", "Reserves to CCLA", "RH", "-", "Closed"],
    ["BT/27/09", "Trustee safeguarding refresher", "AG", "-", "Closed"],
    ["BT/27/12", "Minibus quotes", "JP", "-", "Withdrawn"],
], [18, 80, 16, 22, 38]))
s.append(Spacer(1, 14))
P("Signed ........................................ (Chair)      Date ....................")

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                  bottomMargin=16 * mm, title="Board of Trustees minutes 25 May 2027",
                  author="Jan Piper").build(s, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
