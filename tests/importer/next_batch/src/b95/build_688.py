from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor Parent Carer Forum – Steering Group – CONFIDENTIAL until approved"
sec.footer.paragraphs[0].text = "WPCF is a member of the National Network of Parent Carer Forums. Registered charity no. 1176xxx"

p = doc.add_paragraph(); r = p.add_run("Westmoor Parent Carer Forum\nSteering Group Meeting"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Tuesday 9th February 2027, 7.00pm – 8.45pm, on Zoom")
doc.add_paragraph("Present: Tom Evans (TE, co-chair, in the chair), Fiona Marsh (FM, co-chair), Kerry Lang (KL, Parent Champion lead), "
                  "Priya Mistry (PM, parent rep – Partnership Board), Jo Brennan (JB, treasurer & minutes), Dawn Okoro (DO)")
doc.add_paragraph("In attendance: Sarah Khan, Participation Officer, Westmoor Council (item 4 only)")
doc.add_paragraph("Apologies: Marcus Reid, Lou Fenton")

doc.add_heading("1. Welcome, apologies, declarations", level=2)
doc.add_paragraph("Tom welcomed everyone, esp. Dawn who has joined the steering group after the AGM. No declarations of interest. "
                  "Minutes of 12th January agreed as a true record (proposed FM, seconded KL).")

doc.add_heading("2. Matters arising / action log from January", level=2)
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["No.", "Action (Jan)", "Who", "Update 9 Feb"]):
    c.text = h
rows = [
    ("1", "Circulate feedback from the December coffee morning", "KL", "Done – sent 15/1"),
    ("2", "Renew public liability insurance", "JB", "Done. Renewed to Jan 2028"),
    ("3", "Chase ICB re letter to families on the ASD pathway waiting list", "TE", "Still no reply – see item 3"),
    ("4", "Update the 'Who we are' page on website", "FM", "Drop – Contact now host our page and did it for us"),
    ("5", "Ask Riverside about using their hall", "KL", "Yes in principle – see item 5"),
]
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

doc.add_heading("3. Health – ASD pathway letter", level=2)
doc.add_paragraph("Still nothing from the ICB on the letter families were promised in the autumn. Dawn said parents in her WhatsApp "
                  "group are still ringing the hospital to find out where they are on the list. General frustration. "
                  "Agreed Tom would go straight to Yusuf Okafor (DCO) this time rather than the general ICB inbox.")
doc.add_paragraph("TE to chase again, direct to Yusuf Okafor, by the end of the month.")
doc.add_paragraph("Priya M said the ICB are running their own survey on the neurodevelopmental pathway until March – "
                  "we are not running it but will share the link on Facebook as normal.")

doc.add_heading("4. Participation strategy (Sarah Khan)", level=2)
doc.add_paragraph("Sarah K talked through where the council has got to with the refreshed participation strategy. Lots of discussion about "
                  "'co-production' being used for things that are really consultation. Fiona asked whether the transport consultation "
                  "had closed – Sarah said no, it runs to 1st March, link is on the Local Offer.")
doc.add_paragraph("Sarah K agreed to send the Forum the draft participation strategy so we can comment properly as a steering group – "
                  "for discussion at our next meeting.")
doc.add_paragraph("Kerry suggested the council should pay parent reps for attending working groups, as some other areas do. Sarah said "
                  "there is no budget for this at the moment. We agreed to wait for the Contact guidance on parent involvement payments "
                  "before asking again – no action for now.")
doc.add_paragraph("Tom fed back from the Partnership Board: the Board agreed that Liam Porter will publish the SEND dashboard every "
                  "quarter from April. That's the Board's action, not ours, but we will keep an eye on it.")

doc.add_heading("5. Coffee mornings", level=2)
doc.add_paragraph("Riverside Primary (Helen Brooks, SENCo) are happy for us to use their hall for free. April coffee morning – theme "
                  "'Moving on to secondary'. Sarah Kent (School Improvement Adviser) has said she will come along to that one.")
doc.add_paragraph("KL to book the Riverside hall for the April coffee morning by half term.     ACTION: KL")
doc.add_paragraph("Priya M offered to help set up on the day if needed.")

doc.add_heading("6. Transport survey", level=2)
doc.add_paragraph("We want our own short survey on home to school transport alongside the council's consultation, so the Forum's response "
                  "has parents' actual experiences in it. Fiona has some questions from last year.")
doc.add_paragraph("PM to draft the transport survey questions with Fiona, circulate by 5th March.     ACTION: PM")

doc.add_heading("7. Finance", level=2)
doc.add_paragraph("Jo reported the balance at £4,312.60. The grant monitoring return for Contact is due at the end of March.")
doc.add_paragraph("JB to submit the grant monitoring return to Contact by 31st March.     ACTION: JB")
doc.add_paragraph("Safeguarding policy (v3, updated for volunteers) – approved by all present.")

doc.add_heading("8. AOB", level=2)
doc.add_paragraph("Reminder to all – please log your volunteer hours on the shared sheet every month, we need them for the return.")
doc.add_paragraph("Next meeting: Tuesday 9th March 2027, 7pm, Zoom.")
doc.add_paragraph("Minutes: Jo Brennan")
doc.save("/tmp/b95/688_ninetyfifth_pcf_steering_group_minutes.docx")
