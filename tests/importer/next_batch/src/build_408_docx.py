"""Builds 408_fiftyfifth_early_years_inclusion_panel_table_per_child.docx"""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "408_fiftyfifth_early_years_inclusion_panel_table_per_child.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE (PERSONAL)            Westmoor Council – Early Years and Childcare Service"
sec.footer.paragraphs[0].text = "EYSIP record – Jan 2027 – do not forward outside panel membership. Children are identified by panel reference only."

h = doc.add_paragraph(); r = h.add_run("Early Years SEND Inclusion Panel (EYSIP)"); r.bold = True; r.font.size = Pt(14)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph(); p.add_run("Funding decisions and follow-ups").italic = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Date: Wednesday 20th January 2027, 1.30pm – 3.45pm, Room 2.14 Westmoor House and Teams")
doc.add_paragraph("Chair: Lorna Baptiste, Early Years SEND Lead")
doc.add_paragraph(
    "Present: Lorna Baptiste (LB, chair); Fiona Clarke (FC, Area SENCo – Early Years); Michelle Tait (MT, EY Inclusion Officer); "
    "Yusuf Okafor (YO, Designated Clinical Officer, ICB); Helen Brooks (HB, SENCo, Riverside Primary – maintained nursery rep); "
    "David Lowe (DL, Principal EP) for items 1–4 only; Sam Oyelaran (EY Finance).")
doc.add_paragraph("Apologies: Portage team leader; PVI sector rep (Sunflowers Pre-school) – conflict of interest for Child B in any case.")
doc.add_paragraph("Minutes: Dionne Hart, EY Business Support")

doc.add_paragraph(
    "Funding levels referred to below are the Westmoor EYIF bands (Band 1 £2.10/hr, Band 2 £4.35/hr, Band 3 £7.80/hr) "
    "applied to the child's funded entitlement hours unless stated. Decisions are subject to the panel budget remaining "
    "within the 2026-27 allocation (see finance note at end).")

def child_table(title, rows, actions):
    doc.add_paragraph()
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    c = t.add_row().cells
    m = c[0].merge(c[3]); m.text = ""
    rr = m.paragraphs[0].add_run(title); rr.bold = True
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        mm = c[1].merge(c[3]); mm.text = v
    c = t.add_row().cells
    for i, hd in enumerate(["Follow-up", "Who", "By", "Status"]):
        c[i].text = hd; c[i].paragraphs[0].runs[0].bold = True
    for a in actions:
        c = t.add_row().cells
        for i, v in enumerate(a):
            c[i].text = v

doc.add_paragraph().add_run("1. New requests").bold = True

child_table("Child A – EY/0412 – Little Acorns Day Nursery (PVI) – age 3y 2m – 30 hrs",
    [("Request", "EYIF Band 2 for spring and summer terms. Setting reports significant communication and interaction needs, "
                 "limited functional language, distress at transitions. SEN support plan (2 cycles) and Wellcomm attached."),
     ("Panel discussion", "Good evidence of graduated approach. FC observed in Dec – staff keen but need modelling of visual supports. "
                          "Panel noted the setting had asked for Band 3 originally; Band 2 felt proportionate for now."),
     ("Decision", "AGREED – Band 2 on 30 hrs from 25/01/27 to end of summer term. Review at June panel."),
     ],
    [("Visit setting to model visual timetable and now/next with key person", "FC", "12/02/27", "New"),
     ("Set up termly payment to setting (backdated to 25/01)", "EY Finance", "29/01/27", "New"),
     ("Notify setting of outcome", "MT", "22/01/27", "Done at panel – emailed 15:10"),
    ])

child_table("Child B – EY/0419 – Sunflowers Pre-school (PVI) – age 3y 9m – 15 hrs",
    [("Request", "EYIF Band 3 + request for panel to support an EHC needs assessment request."),
     ("Panel discussion", "Plan is not costed and the outcomes are very general. No evidence of SALT advice being used. "
                          "HB pointed out child is due to start Riverside nursery class in September – transition planning needed early."),
     ("Decision", "DEFERRED to February panel. EHC needs assessment request is for the EHC Decision Making Panel (4 Feb) "
                  "and not a decision for EYSIP – panel notes only that it supports the request going forward."),
     ],
    [("Submit updated SEN support plan with a costed provision map", "Sunflowers (setting manager)", "Next panel", "New"),
     ("Invite family to Riverside nursery class open morning and share transition booklet", "HB", "05/03/27", "New"),
     ("Parent to be signposted to SENDIASS", "Setting", "–", "Already done by setting 18/01"),
    ])

child_table("Child C – EY/0397 – Westmoor Children's Centre nursery (maintained) – age 2y 11m – 15 hrs (2yo funding)",
    [("Request", "EYIF Band 1 continuation (previously agreed Sept 2026)."),
     ("Panel discussion", "Progress noted. Family report SALT referral made in October but no contact yet."),
     ("Decision", "AGREED – Band 1 continues to end of summer term."),
     ],
    [("Check whether the SALT referral has been triaged and feed back to setting", "YO", "Within 2 weeks", "New"),
     ("Refer to Portage", "MT", "–", "Withdrawn – family already open to Portage (action removed at panel)"),
    ])

child_table("Child D – EY/0423 – Brookside Childminding (registered childminder) – age 4y 0m – 22 hrs",
    [("Request", "EYIF Band 2 for 1:1 support during lunchtime."),
     ("Panel discussion", "Panel could not see evidence of need beyond what universal/ordinarily available provision should offer; "
                          "no SEN support plan or review submitted. YO – no health involvement known."),
     ("Decision", "NOT AGREED. Childminder can re-apply with evidence."),
     ],
    [("Write to parent explaining the decision and how to ask for a review", "Chair", "Within 5 working days", "New"),
     ("Offer the childminder a place on the Feb graduated approach training", "FC", "–", "Done – booked 20/01"),
    ])

doc.add_paragraph()
doc.add_paragraph().add_run("2. Carried forward from December panel").bold = True

child_table("Child E – EY/0371 – Little Acorns Day Nursery (PVI) – age 3y 6m – 30 hrs",
    [("Previous decision (Dec)", "Band 3 agreed, conditional on the setting recruiting an additional practitioner."),
     ("Update", "Setting advertised twice; interview held 14/01. Start date not confirmed."),
     ],
    [("Portage home visit", "Portage", "08/01/27", "Complete 12/01"),
     ("Confirm 1:1 recruitment and start date with setting; stop Band 3 payment if no start by Feb", "EY Inclusion Officer (MT)", "29/01/27", "Carried forward – open"),
    ])

doc.add_paragraph()
doc.add_paragraph().add_run("3. Any other business").bold = True
doc.add_paragraph(
    "3.1 EP early years consultation slots: DL said the EP service will be offering half-termly early years consultation "
    "clinics from after Easter. DL to circulate the updated EP early years consultation slots to settings via the EY bulletin "
    "before the next panel.")
doc.add_paragraph(
    "3.2 Finance note: SO reported £41,870 committed of the £58,000 2026-27 EYIF allocation. No action – for information. "
    "The Schools Forum will be looking at the 2027-28 EYIF top-slice at its March meeting.")
doc.add_paragraph(
    "3.3 HB asked whether maintained nursery classes can apply for EYIF as well as the SENIF top-up. LB confirmed they can – "
    "already in the guidance, nothing further needed.")

doc.add_paragraph()
doc.add_paragraph("Next panel: Wednesday 17th February 2027, 1.30pm (papers to Dionne by Wednesday 10th February).")
doc.save(OUT)
print("saved", OUT)
