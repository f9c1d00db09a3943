from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)

p = d.add_paragraph(); r = p.add_run("📝 Notes"); r.bold = True; r.font.size = Pt(20)
p = d.add_paragraph(); r = p.add_run("Jan 27, 2027"); r.font.color.rgb = RGBColor(0x5f, 0x63, 0x68)
d.add_heading("ND pathway waiting list task and finish group", level=1)
p = d.add_paragraph(); r = p.add_run("Invited "); r.bold = True
p.add_run("Grace Adeyemi  Anita Patel  Yusuf Okafor  Tom Evans  Kerry Lang  Liam Porter  Helen Brooks  Ruth Hill")
p = d.add_paragraph(); r = p.add_run("Attachments "); r.bold = True
p.add_run("ND pathway waiting list task and finish group  |  Waiting list data pack Jan 2027.xlsx")
p = d.add_paragraph(); r = p.add_run("Meeting records "); r.bold = True
p.add_run("Transcript  Recording")

p = d.add_paragraph()
r = p.add_run("Edited by Grace Adeyemi, 28 Jan: I've checked these against my own notes. I struck through one suggested next step that wasn't agreed (the pilot is already running). Gemini also missed Liam's offer in the first Details bullet, which we did agree, so please treat that as an action too. Otherwise the notes are accurate.")
r.italic = True; r.font.color.rgb = RGBColor(0xb0, 0x00, 0x20)

d.add_heading("Summary", level=2)
d.add_paragraph(
    "Grace Adeyemi, Anita Patel and the group reviewed the neurodevelopmental (ND) pathway waiting list, "
    "the revised triage criteria, the school-based screening pilot, the waiting well offer for families and funding "
    "for additional assessment clinics. The group agreed to replace the 12-month \"still waiting\" letter with a termly text "
    "message to families.")

d.add_heading("Details", level=2)
details = [
 ("Waiting list position", ": Grace Adeyemi reported 1,140 children and young people waiting for an ND assessment, with the longest waits in the 11 to 16 age group. Liam Porter offered to match the waiting list against the school census so schools can see which of their pupils are waiting; the group agreed and Liam said he would bring the first cut to the next meeting. Grace said she would ask the business intelligence team for a breakdown by age band (00:03:41)."),
 ("Revised triage criteria", ": Anita Patel presented the revised triage criteria, which give priority to children out of school or at risk of placement breakdown. Anita Patel said she would send the revised criteria to everyone for comment by the end of the week (00:14:09)."),
 ("School-based screening pilot", ": Helen Brooks reported that the school-based screening pilot at Riverside Primary has been running since September and will finish in July as planned. No changes were needed and nothing further was asked of the school (00:22:55)."),
 ("Waiting well offer", ": Tom Evans and Kerry Lang said families value the waiting well workshops but many do not know they exist. Tom Evans agreed to gather PCF members' views on the offer (00:29:30)."),
 ("Funding for additional clinics", ": Yusuf Okafor explained that the ICB is considering non-recurrent funding for Saturday assessment clinics. The ICB's own decision will be made at its Finance and Performance Committee in March; Yusuf will confirm what he can before the group next meets (00:37:12)."),
 ("Parent information leaflet", ": The group looked at the draft leaflet. Several people said it was too long. Comments are to go to Ruth Hill (00:44:50)."),
 ("Still waiting letters", ": The group decided to stop the 12-month \"still waiting\" letter and replace it with a termly text message. Grace Adeyemi noted the text message service is already live for therapies, so this can start in the summer term without further work (00:51:18)."),
]
for head, body in details:
    p = d.add_paragraph(style="List Bullet")
    r = p.add_run(head); r.bold = True
    p.add_run(body)

d.add_heading("Suggested next steps", level=2)
steps = [
 "Anita Patel will send the revised triage criteria to the group for comment by Friday.",
 "Grace Adeyemi will ask the business intelligence team for a breakdown of waits by age band.",
 "Yusuf Okafor will confirm whether the ICB can fund the additional assessment clinics before the next meeting.",
 "The group will review the parent information leaflet and send comments to Ruth Hill by 12 February.",
 "Tom Evans will collect feedback from PCF members on the waiting well offer in the next two weeks.",
]
for s in steps:
    d.add_paragraph("☐ " + s)
p = d.add_paragraph("☐ ")
r = p.add_run("Helen Brooks will run the school-based screening pilot at Riverside Primary."); r.font.strike = True

p = d.add_paragraph()
p = d.add_paragraph()
r = p.add_run("You should review Gemini's notes to make sure they're accurate. Get tips and learn how Gemini takes notes")
r.italic = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x5f, 0x63, 0x68)
p = d.add_paragraph()
r = p.add_run("How is the quality of these specific notes? Take a short survey to let us know your feedback, including how helpful the notes were for your needs.")
r.italic = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x5f, 0x63, 0x68)
d.core_properties.author = "Gemini in Google Meet"
d.core_properties.last_modified_by = "Grace Adeyemi"
d.save(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "356_fortyseventh_gemini_meet_notes_next_steps.docx"))
