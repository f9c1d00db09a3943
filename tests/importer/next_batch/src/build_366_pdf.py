import sys
sys.path.insert(0, "/tmp/b49_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "366_fortyninth_cetr_summary_recommendations.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14, textColor=colors.HexColor("#005EB8"), spaceAfter=4)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, textColor=colors.HexColor("#005EB8"), spaceBefore=8, spaceAfter=4)


def P(t, st=small):
    return Paragraph(t, st)


def page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(colors.HexColor("#8A1538"))
    canvas.drawString(18 * mm, 287 * mm, "OFFICIAL-SENSITIVE: PERSONAL")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(192 * mm, 287 * mm, "NHS Westmoor Integrated Care Board")
    canvas.drawString(18 * mm, 10 * mm, "CETR summary report v2 (approved by Chair 16/11/2026) - do not forward without the family's consent")
    canvas.drawRightString(192 * mm, 10 * mm, "Page %d" % doc.page)
    canvas.restoreState()


story = []
story.append(P("Care, Education and Treatment Review (Community CETR)", h1))
story.append(P("Summary report and recommendations - Learning Disability and Autism Programme", body))

details = [
    ["Young person", "J.T. (initials used in this copy), aged 15"],
    ["School / EHCP", "Westmoor Academy, Year 10. EHC plan in place since 2024 (primary need: ASC)."],
    ["Date of review", "Thursday 12 November 2026, 09:30-13:00"],
    ["Venue", "Family home, with panel members joining on Teams (hybrid)"],
    ["Reason for review", "Community CETR - at risk of admission. Dynamic Support Register rating: RED since 21/10/2026."],
    ["Panel", "Chair: Yusuf Okafor, Designated Clinical Officer (commissioner). Clinical expert: Dr Hamid Qureshi, "
              "Consultant Child and Adolescent Psychiatrist (independent). Expert by experience: Sian Lloyd."],
    ["Also present", "J's mum; Lena Mortimer (Keyworker); Abi Coleman (Social Worker, Disabled Children's Team); "
                     "Rob Ellis (SEND Casework Officer); Ms F. Osei (SENCo, Westmoor Academy); Ella Marsh "
                     "(CAMHS Care Coordinator). J joined for about 20 minutes at the start."],
    ["Report written by", "Lena Mortimer, Keyworker, on behalf of the Chair"],
]
t = Table([[P("<b>%s</b>" % a), P(b)] for a, b in details], colWidths=[38 * mm, 136 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EDEE")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 6)]

story.append(P("1. What J told us", h2))
story.append(P("J said he does not want to go to hospital \"because it's loud and you can't leave\". He told the panel that "
               "school is fine in the library but the corridors at changeover are \"the worst bit\". He likes Minecraft, "
               "his dog Biscuit and walking to the shop with his uncle. He would like people to text his mum rather than "
               "ring, and he does not want to repeat his story to new people.", body))

story.append(P("2. Key lines of enquiry - summary of discussion", h2))
story.append(P("<b>Am I safe?</b> Mum described three incidents in October where J ran from school and was found by police. "
               "Since half term he has been at home full time. The crisis and safety plan was written in June and does not "
               "reflect the running or the current medication. Ella confirmed the CAMHS duty team were not aware of the police "
               "contacts until the DSR meeting.", body))
story.append(P("<b>Am I getting good care and treatment?</b> The referral to the Autism Intensive Support Team was accepted on "
               "2 November, before the review, and the first home visit has taken place. J has never had a sensory assessment. "
               "Dr Qureshi felt many of the incidents were linked to sensory overload and transitions rather than mood, and "
               "did not recommend any change to medication.", body))
story.append(P("<b>What are my plans for the future?</b> The EHC plan outcomes were written for Year 7 and do not mention "
               "post-16. Ms Osei said school wants J back and has kept his place in the small-group base. Funding for 1:1 "
               "support is disputed between education, social care and health and nobody has agreed to pay for it yet.", body))
story.append(P("<b>Panel view (decision):</b> J does not need a hospital admission at this time. The panel is satisfied that "
               "the risks can be managed in the community if the recommendations below are put in place quickly.", body))
story.append(P("<b>Question left open:</b> whether a residential short-break placement would help. Mum wanted time to think "
               "and to talk it through with J, and the panel made no recommendation on this.", body))
story.append(P("Sian shared details of the Saturday autistic youth group at the Hub with mum during the review, and mum has "
               "the leaflet.", body))

story.append(P("3. Recommendations and action plan", h2))
hdr = [P("<b>No.</b>"), P("<b>Recommendation</b>"), P("<b>Lead</b>"), P("<b>By when</b>"), P("<b>Status</b>")]
rows = [
    ["1", "Arrange a meeting with school and family to agree a phased return timetable, starting with the library base.",
     "Keyworker (LM)", "Within 10 working days", "New"],
    ["2", "Bring forward the EHCP annual review as an emergency review, with updated CAMHS and therapy advice and "
          "post-16 outcomes added.", "SEND Casework - R. Ellis", "Before the end of November", "New"],
    ["3", "Urgent OT referral for sensory assessment; to be triaged as priority and the report shared with school.",
     "Children's Therapies - G. Adeyemi to allocate", "By the follow-up review", "New"],
    ["4", "Confirm the funding route for 1:1 support worker hours (education / social care / health split) and "
          "write to mum with the outcome.", "Y. Okafor (DCO)", "04/12/26", "New"],
    ["5", "Complete a carer's assessment for mum and review the short breaks offer.",
     "Allocated social worker (DCT)", "Within 4 weeks", "New"],
    ["6", "Update the crisis and safety plan (running, police contacts, current medication) and share it with all "
          "agencies on the DSR.", "CAMHS care coordinator", "19/11/26", "New"],
    ["7", "Keep the daily check-in with a trusted adult at the start of each school day once J is back on site.",
     "Westmoor Academy SENCo", "Ongoing", "Continuing"],
    ["8", "Referral to the Autism Intensive Support Team.", "CAMHS", "-", "Complete - accepted 02/11/26"],
]
data = [hdr] + [[P(c) for c in r] for r in rows]
t = Table(data, colWidths=[10 * mm, 74 * mm, 36 * mm, 28 * mm, 26 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E6F5")),
                       ("BACKGROUND", (0, 8), (-1, 8), colors.HexColor("#EEEEEE")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 6)]

story.append(P("4. For information - plans of other organisations", h2))
story.append(P("NHS England (regional specialised commissioning) is reviewing the bed availability protocol for under-18 "
               "autism admissions across the region during quarter 4. This is not an action for the Westmoor system.", body))
story.append(P("The Local Authority Placement Panel will consider the school's request for additional top-up funding at its "
               "3 December meeting; the outcome will be reported at the follow-up review.", body))

story.append(P("5. Follow-up", h2))
story.append(P("A follow-up review is booked (brought forward from six weeks because of Christmas) for Thursday 17 December 2026 at 10:00 on Teams. Panel members, "
               "mum, the keyworker and the professionals named in section 3 are invited. This report was approved by the "
               "Chair on 16/11/2026 and has been shared with all attendees with mum's consent.", body))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=16 * mm,
                        title="CETR summary report - J.T.", author="Lena Mortimer")
doc.build(story, onFirstPage=page, onLaterPages=page)
print("wrote", OUT)
