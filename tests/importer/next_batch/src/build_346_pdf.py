import sys
sys.path.insert(0, "/tmp/b46_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "346_fortysixth_schools_forum_minutes_action_column.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11.5)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=14)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9, textColor=colors.grey)

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7)
    c.drawString(2 * cm, 1.2 * cm, "Westmoor Schools Forum - Minutes 4 February 2027 - DRAFT until approved at the next meeting")
    c.drawRightString(19 * cm, 1.2 * cm, "Page %d" % d.page)
    c.restoreState()

s = []
s.append(Paragraph("WESTMOOR SCHOOLS FORUM", title))
s.append(Paragraph("Minutes of the meeting held on Thursday 4 February 2027, 8.30 am - 10.45 am<br/>Westmoor Teachers' Centre, Mill Lane", body))
s.append(Spacer(1, 8))

mem = [
    [Paragraph("<b>Schools members</b>", body), Paragraph(
        "Primary headteachers: Nadia Khan (NK) (Riverside Primary), Gareth Morley (GM) (St Aidan's CE Primary); "
        "Secondary: Hannah Coyle (HC) (Westmoor High); Academy members: Joanne Fairclough (JF) (CEO, Westmoor Learning Trust) - "
        "<b>Chair</b>, Imran Siddiqui (IS) (Northfield Academy); Special: Simon Ogundipe (SO) (Head, Brookfield Special School); "
        "Governor: Rev. Alan Pike (AlP); PRU/AP: Lorraine Bell (LB) (Westmoor Learning Centre)", body)],
    [Paragraph("<b>Non-schools members</b>", body), Paragraph(
        "Dawn Hartley (DH) (Early Years PVI representative); Kieran Shaw (KS) (Westmoor College, 16-19)", body)],
    [Paragraph("<b>Officers</b>", body), Paragraph(
        "Priya Shah (PS) (Director of Education); James Whitfield (JW) (Assistant Director SEND and Inclusion); "
        "Mary Walker (MW) (Head of SEND); Rebecca Ashworth (RA) (Finance Business Partner, Schools); "
        "Paul Greaves (Democratic Services Officer, Clerk to the Forum)", body)],
    [Paragraph("<b>Apologies</b>", body), Paragraph("Three academy trust members (Oakwell MAT, Crestview Academies, St Hilda's Catholic MAT); Trade union observer", body)],
    [Paragraph("<b>Quorum</b>", body), Paragraph("Quorate: 10 of 14 members present (40% threshold met).", body)],
]
t = Table(mem, colWidths=[3.5 * cm, 13.5 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
s.append(t)
s.append(Spacer(1, 10))
s.append(Paragraph("Dates in the Action column are shown only where the Forum set one; otherwise see the minute.", small))
s.append(Spacer(1, 4))

items = [
    ("1", "<b>Welcome and apologies.</b> The Chair welcomed members. Apologies were noted as above. The Chair reminded members that "
          "only schools members may vote on de-delegation and that the whole Forum votes on the Forum's own constitution.", ""),
    ("2", "<b>Minutes of the meeting held on 26 November 2026 and matters arising.</b><br/>"
          "2.1 The minutes were agreed as an accurate record.<br/>"
          "2.2 SF/26/41 (falling rolls fund criteria): RA confirmed the criteria were circulated to all schools on 28 January. Complete.<br/>"
          "2.3 SF/26/38 (notional SEN budget guidance for schools): still outstanding because the guidance was awaiting the final "
          "2027/28 factor values. MW to publish the notional SEN guidance on the schools portal by 5 March.", "MW"),
    ("3", "<b>Dedicated Schools Grant 2027/28 - final settlement.</b><br/>"
          "3.1 RA presented the final DSG allocations. Schools Block £212.4m; Central Schools Services Block £2.9m; Early Years Block "
          "£31.7m; High Needs Block £63.1m.<br/>"
          "3.2 The Forum noted that the Cabinet will approve the final schools budget on 16 February 2027.", ""),
    ("4", "<b>High Needs Block - budget 2027/28 and banding review.</b><br/>"
          "4.1 JW presented the high needs budget and the outcome of the Partnership Board's discussion of the banding review on 21 January.<br/>"
          "4.2 KS pointed out that the post-16 line in Table 3 double-counted the college's element 2 funding. RA accepted this. "
          "RA to recirculate the revised High Needs model, with the post-16 line corrected, within two weeks.<br/>"
          "4.3 SO asked how special school places would be funded during the transition to the new bands. It was agreed that "
          "JW would bring a paper on place-led funding for special schools to the next meeting.<br/>"
          "4.4 The Forum was asked to nominate two headteachers to the banding task and finish group, which first meets on 23 February. "
          "NK (primary phase) and SO (special phase) to confirm the two headteacher representatives by Friday 12 February.<br/>"
          "4.5 GM asked whether the unspent Delivering Better Value grant could be carried into 2027/28. PS said she believed so but "
          "would need to check the grant conditions; PS to confirm in writing to members by 26 February.", "RA<br/><br/>JW<br/><br/>NK / SO<br/><br/>PS"),
    ("5", "<b>De-delegation 2027/28 (maintained primary and secondary members only).</b><br/>"
          "5.1 The Forum RESOLVED to approve de-delegation for trade union facilities time, behaviour support and free school meals "
          "eligibility checking at 2026/27 rates. Voting (maintained schools members): For 5, Against 0, Abstain 1.<br/>"
          "5.2 Members were concerned that three academy trusts had not attended. The Clerk to write to the three trusts not present "
          "enclosing the de-delegation decision and the buy-back offer by the end of next week.", "<br/><br/><br/>Clerk"),
    ("6", "<b>Early years inclusion fund.</b><br/>"
          "6.1 DH reported that PVI settings were using the inclusion fund well but that take-up among childminders was low. "
          "DH offered to circulate anonymised examples of inclusion fund use from PVI settings to members.<br/>"
          "6.2 The Forum AGREED to keep the inclusion fund at £640,000 for 2027/28. Voting (all members): For 9, Against 0, Abstain 1.", "DH"),
    ("7", "<b>Forum membership.</b> The Clerk reported that the secondary maintained vacancy would be filled by election in the summer term. "
          "No action for the Forum.", ""),
    ("8", "<b>Any other business.</b> None.<br/><b>Date of next meeting:</b> Thursday 18 March 2027, 8.30 am, Teachers' Centre.", ""),
]
data = [[Paragraph("<b>Item</b>", body), Paragraph("<b>Minute</b>", body), Paragraph("<b>Action</b>", body)]]
for n, txt, act in items:
    data.append([Paragraph(n, body), Paragraph(txt, body), Paragraph(act, bold)])
t = Table(data, colWidths=[1.2 * cm, 13.6 * cm, 2.2 * cm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
s.append(t)
s.append(Spacer(1, 12))
s.append(Paragraph("Chair: .................................................  Date: ........................", body))

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                  title="Westmoor Schools Forum minutes 4 February 2027").build(s, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
