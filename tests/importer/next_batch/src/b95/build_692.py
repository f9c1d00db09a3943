import sys
sys.path.insert(0, "/tmp/b95/pylib")
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, textColor=colors.HexColor("#5b2c6f"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, textColor=colors.HexColor("#5b2c6f"), spaceBefore=8)

def footer(canv, doc):
    canv.saveState(); canv.setFont("Helvetica", 7.5)
    canv.drawString(15*mm, 8*mm, "Westmoor SEND Partnership | You Said, We Did review | OFFICIAL")
    canv.drawRightString(282*mm, 8*mm, f"Page {doc.page}")
    canv.restoreState()

story = []
P = lambda t, s=body: story.append(Paragraph(t, s))
P("Westmoor SEND Partnership", h2)
P("'You Said, We Did' Review Meeting – notes and updated log", h1)
P("<b>Date:</b> Thursday 7 October 2027, 10.00–12.00, Committee Room 3, Westmoor Civic Centre (hybrid)")
P("<b>Present:</b> Anne Price (AP), Independent Chair; Tom Evans (TE), PCF co-chair; Priya Mistry (PM), PCF; Mary Walker (MW), Head of SEND; "
  "Sarah Khan (SKh), Participation Officer; Sarah Kent (SKe), School Improvement Adviser; Liam Porter (LP), Data and Performance Manager; "
  "Mark Walsh, Head of Transport (item 3 only); Yusuf Okafor (YO), Designated Clinical Officer")
P("<b>Notes:</b> Ruth Hill (RH), Partnership Business Support Officer &nbsp;&nbsp; <b>Apologies:</b> Priya Shah, Grace Adeyemi (update sent)")

P("1. Purpose and notes of last review (8 July)", h2)
P("AP reminded everyone that the log is published on the Local Offer each term and that entries should be in words families would use. "
  "Notes of 8 July agreed. All July actions are complete or covered in the log below.")

P("2. Discussion", h2)
P("TE said families don't find the log because it is buried on the Local Offer and asked for it to be on the PCF website too. Agreed. "
  "RH to send the final version to Tom once AP has signed it off.")
P("PM asked why the 'ordinarily available provision' guide still isn't in every school. SKe explained the guide goes to headteachers in November "
  "through the School Improvement termly briefing (already planned). The group felt the Board needs to hear how patchy this is. "
  "AP agreed to raise ordinarily available provision at the Board on 18 November.")
P("YO said the ICB is building 'you said, we did' into its own engagement plan for health and will report to its own committee; the ICB "
  "entries below are for information and are not actions for this group.")
P("LP offered to turn the log into something visual. Agreed: LP to add a 'you said we did' tile to the SEND dashboard by the end of the calendar year.")

P("3. Updated log (changes agreed today in the last column)", h2)
hdr = ["No.", "You said", "We did", "Status", "Next step / who / when"]
rows = [
 ("1", "The Local Offer is hard to search.", "New search and A–Z launched June 2027.", "Amber",
  "SKh to run user testing with 6 parents, by end Nov"),
 ("2", "Letters about EHCP delays are confusing and feel cold.", "Letter template rewritten with PCF (July).", "Amber",
  "MW to audit 20 letters sent since July;<br/>report back at January review"),
 ("3", "Transport drivers and escorts don't know our children's needs.", "Needs awareness training for drivers started Sept.", "Amber",
  "Mark Walsh to share numbers trained with PCF by 29 Oct"),
 ("4", "We never know how long the therapy wait is.", "Children's Therapies now text families the expected wait (Grace A's update).", "Green",
  "Complete – close"),
 ("5", "Health appointments clash with school.", "ICB reviewing clinic times in its own plan.", "ICB",
  "For info – ICB's own action (YO)"),
 ("6", "We want more data on exclusions of children with SEND.", "Discussed: DfE already publish this by LA.", "Closed",
  "Not agreed – signpost families to DfE data"),
 ("7", "Parents' evenings for SEND should be longer.", "Schools asked via SENCo network (May).", "Green",
  "Complete – close"),
]
data = [[Paragraph(f"<b>{h}</b>", cell) for h in hdr]] + [[Paragraph(c, cell) for c in r] for r in rows]
t = Table(data, colWidths=[10*mm, 62*mm, 70*mm, 18*mm, 105*mm], repeatRows=1)
ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8daef")),
      ("VALIGN", (0, 0), (-1, -1), "TOP")]
col = {"Green": "#c8e6c9", "Amber": "#ffe0b2", "Closed": "#e0e0e0", "ICB": "#e3f2fd"}
for i, r in enumerate(rows, 1):
    ts.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(col[r[3]])))
t.setStyle(TableStyle(ts))
story.append(t)
P("4. Next review", h2)
P("Thursday 13 January 2028, 10am. Papers out two weeks before as usual.")
doc = SimpleDocTemplate("/tmp/b95/692_ninetyfifth_you_said_we_did_review.pdf", pagesize=landscape(A4),
                        leftMargin=15*mm, rightMargin=15*mm, topMargin=14*mm, bottomMargin=16*mm,
                        title="You Said We Did review 7 Oct 2027", author="Ruth Hill")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
