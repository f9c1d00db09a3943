import sys
sys.path.insert(0, "/tmp/b49_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "370_fortyninth_camhs_education_interface_bold_actions.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
h1 = ParagraphStyle("h1", parent=body, fontName="Times-Bold", fontSize=15, leading=18, spaceAfter=2)
sub = ParagraphStyle("sub", parent=body, fontName="Times-Italic", fontSize=10.5, textColor=colors.HexColor("#444444"))
h2 = ParagraphStyle("h2", parent=body, fontName="Times-Bold", fontSize=11.5, spaceBefore=6, spaceAfter=3)


def page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Times-Roman", 8)
    canvas.drawString(20 * mm, 285 * mm, "Westmoor Community Health NHS Trust - CAMHS")
    canvas.drawRightString(190 * mm, 285 * mm, "OFFICIAL")
    canvas.drawCentredString(105 * mm, 10 * mm, "%d" % doc.page)
    canvas.restoreState()


S = []
S.append(Paragraph("CAMHS / Education Interface Group", h1))
S.append(Paragraph("Notes of meeting held Monday 8 March 2027, 15:45-17:00, Riverside Primary School (staff room) "
                   "and Teams. Notes by Dr Felix Amadi - agreed actions are in bold.", sub))
S.append(Paragraph("<b>Present:</b> Dr Felix Amadi (Consultant Clinical Psychologist, CAMHS - convenor), Rhiannon Baxter "
                   "(CAMHS Service Manager), David Lowe (Principal EP), Helen Brooks (SENCo, Riverside Primary - host), "
                   "Sarah Khan (Participation Officer), Gemma Fox (MHST Team Lead), Paul Okonjo (Virtual School). "
                   "<b>Apologies:</b> Liam Porter, Tom Evans.", body))

S.append(Paragraph("1. Notes and actions from January", h2))
S.append(Paragraph("The January notes were accepted. Rhiannon went to the SENCo network on 3 March as agreed and found it "
                   "really useful - that one is done, and several SENCos have since used the consultation line. Sarah "
                   "has already shared the Youth Forum's \"what good looks like\" poster with all of us, thank you. The "
                   "school-level EHCP data that Liam was going to provide has not come through; he sent apologies, so "
                   "this is <b>carried forward - LP to provide by next meeting</b>.", body))

S.append(Paragraph("2. Joint EP / CAMHS consultation model", h2))
S.append(Paragraph("David and I talked through the draft model: a single termly consultation slot per school cluster with "
                   "an EP and a CAMHS clinician together, so SENCos bring the child once rather than telling the story "
                   "twice. Helen said the current system has her filling in two different forms for the same pupil. There "
                   "was good support and the group agreed the guidance will go out jointly badged as CAMHS and the "
                   "Educational Psychology Service rather than as a CAMHS document. <b>DL to circulate the joint consultation "
                   "model to SENCos within a fortnight</b>, with a covering note explaining it is a pilot.", body))
S.append(Paragraph("Helen kindly offered to try it first at Riverside, with the Year 4 and 5 children already on her "
                   "list, and <b>Helen will report back next time</b> on how it went from the school's side.", body))

S.append(Paragraph("3. Referrals declined by the Single Point of Access", h2))
S.append(Paragraph("SENCos feel a lot of school referrals come back as \"not meeting threshold\" with no signposting. "
                   "Rhiannon thought the numbers are smaller than people think but accepted we do not actually know. "
                   "<b>RB to share anonymised data on school-based referrals declined by SPA by the end of the month</b>, "
                   "split by primary and secondary if possible.", body))
S.append(Paragraph("Paul asked whether SENCos should be able to refer straight to SPA without going through the GP or "
                   "school nurse. This was left open - Rhiannon pointed out that referral routes sit in the ICB contract "
                   "and are not something this group can change.", body))

S.append(Paragraph("4. How young people experience CAMHS letters", h2))
S.append(Paragraph("Sarah fed back that young people at the last Youth Forum described CAMHS appointment and discharge "
                   "letters as \"written for my mum, not me\". We agreed it would help to hear this directly rather than "
                   "second hand. <b>SK to run a session with the Youth Forum on CAMHS letters and bring the headlines "
                   "to the April meeting.</b>", body))

S.append(Paragraph("5. Mental Health Support Team offer", h2))
S.append(Paragraph("Gemma described the MHST offer for next year. Two more primary schools will join in September because "
                   "the ICB is extending the MHST footprint - that is an ICB decision and already funded. Separately, the "
                   "ICB is re-procuring the digital counselling service from September and expects to name the "
                   "provider in the summer. Heads are not clear what MHSTs do and do not offer, so <b>Gemma will send "
                   "the MHST offer leaflet to all primary heads via the schools bulletin on Friday</b>.", body))

S.append(Paragraph("6. Membership and terms of reference", h2))
S.append(Paragraph("With the Virtual School and the MHST now coming regularly, the terms of reference are out of date. "
                   "<b>I'll redraft the terms of reference and send them round in the next two weeks</b> so we can agree "
                   "them in April. Paul asked whether a parent carer representative should be a member; everyone was in "
                   "favour in principle; the PCF committee will decide at its own meeting whether and who - it is their call.", body))

S.append(Paragraph("7. Date of next meeting", h2))
S.append(Paragraph("April, after the Easter holidays - date to follow once Helen has checked the staff room is free. "
                   "Felix", body))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
                        title="CAMHS Education Interface Group notes 08.03.27", author="Felix Amadi")
doc.build(S, onFirstPage=page, onLaterPages=page)
print("wrote", OUT)
