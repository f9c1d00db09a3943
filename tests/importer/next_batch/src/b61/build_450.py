"""450: Team Around the Family review form, filled in as a Word table (Early Help template)."""
from common import OUT, write_labels
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

STEM = "450_sixtyfirst_team_around_family_review_form_word_table"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL-SENSITIVE (when completed)\tWestmoor Early Help"
fp = sec.footer.paragraphs[0]
fp.text = "EH Form TAF3 – TAF Review – v4.2 (Jan 2026)   Please store on EHM – do not email outside secure (gcsx/nhs.net) accounts"


def shade(cell, colour="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    shade(cell)


def table(rows, widths_hdr=True, header=None):
    ncols = max(len(r) for r in rows + ([header] if header else []))
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            bold_cell(c, h)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if isinstance(v, tuple):  # label cell
                bold_cell(cells[i], v[0])
            else:
                lines = v.split("\n")
                cells[i].text = lines[0]
                for ln in lines[1:]:
                    cells[i].add_paragraph(ln)
    return t


h = doc.add_paragraph()
r = h.add_run("Team Around the Family (TAF) – Review Meeting Record")
r.bold = True
r.font.size = Pt(15)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Complete during or straight after the meeting. Lead Professional to upload to EHM within 5 working days and give a copy to the family.").italic = True

doc.add_paragraph().add_run("Section 1 – About the family").bold = True
table([
    [("Child / young person"), "Kai Doherty-Mensah   DOB 14/02/2019   Year 2, Riverside Primary School"],
    [("Parents / carers"), "Jade Doherty (Mum) – Kai lives with Mum and sister Ruby (4)\nKwame Mensah (Dad) – lives separately, contact every other weekend"],
    [("Lead Professional"), "Kayleigh Moss, Family Support Worker, Early Help Hub (North)   07700 900418"],
    [("EHM episode ref"), "EH-2026-08817"],
    [("Review no."), "2      Previous review: 03/03/2027      Initial TAF: 18/11/2026"],
    [("Date / venue of this review"), "Wednesday 09/06/2027, 3.30pm – Riverside Primary (family room)"],
])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 2 – Who was at the meeting").bold = True
table([
    ["Jade Doherty", "Mum", "Present"],
    ["Kayleigh Moss", "Lead Professional (Early Help)", "Present – chaired & recorded"],
    ["Helen Brooks", "SENCo, Riverside Primary", "Present"],
    ["Nadia Khan", "Headteacher, Riverside Primary", "Present for first 20 mins only"],
    ["Ellie Ward", "Speech & Language Therapist, Westmoor Community Health", "Present"],
    ["Sam Okoro", "School Nurse (0-19 service)", "Apologies – sent update by email"],
    ["Kwame Mensah", "Dad", "Invited – did not attend. Sent his views by text to Kayleigh (read out)"],
], header=["Name", "Role / agency", "Attendance"])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 3 – Review of the plan agreed on 03/03/2027").bold = True
table([
    ["1", "Refer Kai to Speech & Language Therapy for a language assessment", "HB", "17/03/27",
     "Referral sent 10/03. Kai seen by Ellie 28/04, report shared with Mum and school 19/05.", "G – done"],
    ["2", "Mum to attend Incredible Years parenting group", "Jade", "Spring term",
     "Attended 6 of 8 sessions. Mum says the 'special time' idea is helping at bedtime.", "G – done"],
    ["3", "Apply for Disability Living Allowance (DLA) for Kai", "Jade with Kayleigh", "31/03/27",
     "Not done – Mum found the form overwhelming. Carry forward – see new plan.", "R"],
    ["4", "Referral to Children's OT re sensory needs", "School Nurse", "April",
     "Referral returned by OT 21/04 – 'insufficient information'. Needs redoing (see new plan).", "R"],
    ["5", "Letter of support to Housing re damp in Kai's bedroom", "Kayleigh", "24/03/27",
     "Sent 22/03. Housing inspected 12/05. Landlord has been told to do the works by end of August (Housing are following this up, not TAF).", "G – done"],
    ["6", "Invite Dad to all TAF meetings", "Kayleigh", "Ongoing",
     "Invited by text and letter. Not attended – sent views.", "A"],
], header=["No.", "What we said we would do", "Who", "By when", "What happened", "RAG"])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 4 – What's going well / What we are worried about").bold = True
table([
    ["• Attendance up: 87.4% autumn → 91.2% summer term so far\n"
     "• Kai is using the now/next board and the nurture room every afternoon (part-time afternoon arrangement)\n"
     "• Kai has made a friend (Leo) in Lego club\n"
     "• Mum: bedtimes are 'much calmer' since the parenting group\n"
     "• SaLT assessment done – clear picture of Kai's language needs",
     "• Kai's language: SaLT report shows receptive language around the 2nd centile; he misses a lot of whole-class teaching\n"
     "• Meltdowns at lunchtime in the hall (noise) – 11 logged since Easter\n"
     "• Sleep: Kai is waking at 3–4am most nights; Mum exhausted\n"
     "• Summer holidays – no childcare, Mum worried about 6 weeks at home\n"
     "• ND pathway: Kai is on the waiting list; letter from the Community Trust says the expected wait is 62 weeks. Nothing the TAF can do to speed this up – Ellie explained how the wait list works.\n"
     "• Move to Year 3 in September (new building)"],
], header=["What's working well", "What are we worried about"])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 5 – Views").bold = True
table([
    [("Kai's views"), "Gathered by Helen using Talking Mats on 07/06: 'I like Lego club and Mrs Begum. I don't like the big hall it is too loud. I want to go in the blue room more.'"],
    [("Mum's views"), "Jade said she feels 'listened to this time' but is 'fed up of waiting for everything'. Wants to know if Kai can get an EHCP. Worried about the holidays."],
    [("Dad's views (text, read out)"), "'I want Kai to get help with his talking. I can have him for a week in August.' Kayleigh will keep inviting Dad."],
    [("School Nurse (by email)"), "Happy to support the OT referral. Kai's Year 3 height/weight check will happen as routine in the autumn (0-19 service schedule)."],
])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 6 – What we decided").bold = True
table([
    ["TAF to continue at Early Help level. No need to step up to Children's Social Care; not ready to step down. (All agreed incl. Mum.)"],
    ["School will request an EHC needs assessment – Helen and Mum both want this, Nadia agreed before she left."],
    ["Part-time afternoon arrangement (nurture room) to continue until the end of term, then reviewed for September at the next TAF."],
    ["Kai to have lunch in the small hall with a lunchtime buddy from Monday 14/06 – Nadia already arranged this with the lunchtime team."],
])

doc.add_paragraph()
doc.add_paragraph().add_run("Section 7 – Our plan from today").bold = True
table([
    ["1", "Submit the request for EHC needs assessment to Westmoor SEND Team, attaching Ellie's SaLT report, the provision map and this TAF plan",
     "Helen Brooks (SENCo)", "Fri 25/06/27", "Request acknowledged by SEND Team"],
    ["2", "Complete the DLA form together at a home visit (visit booked for 23/06)",
     "Kayleigh & Mum", "23/06/27", "Form posted"],
    ["3", "Re-refer Kai to Children's OT with the Sensory Profile and SaLT report attached so it is not bounced again",
     "Ellie Ward (SaLT)", "02/07/27", "OT accept referral"],
    ["4", "Send Mum details of SEND-friendly holiday clubs (HAF programme) and the short breaks local offer page",
     "Kayleigh", "18/06/27", "Mum has booked at least 2 weeks"],
    ["5", "Plan Kai's move to Year 3: three visits to the new classroom plus a photo book to take home over the summer",
     "Nadia Khan (Headteacher)", "before end of term (Wed 21/07)", "Kai knows his new room & teacher"],
    ["6", "Book a GP appointment about Kai's sleep and ask about a referral to the sleep clinic",
     "Jade (Mum)", "30/06/27", "Appointment attended"],
    ["7", "Send out invitations for the next TAF review (incl. Dad and the Year 3 class teacher)",
     "Kayleigh", "01/09/27", "Everyone invited"],
], header=["No.", "What needs to happen", "Who will do it", "By when", "How will we know it has worked?"])

doc.add_paragraph()
table([
    [("Next TAF review"), "Wednesday 15/09/2027, 3.30pm, Riverside Primary"],
    [("Family signature"), "J. Doherty (signed paper copy 09/06/27)"],
    [("Lead Professional"), "K. Moss  09/06/27   Uploaded to EHM: 10/06/27"],
])

doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-06-09",
    "An Early Help 'Team Around the Family' review form (Word template, every section a table) for a Year 2 pupil "
    "at Riverside Primary, review held Wednesday 9 June 2027, completed by the family support worker as lead professional. "
    "Traps: Section 3 reviews the previous plan (SaLT referral, parenting group, housing letter done; DLA and OT referral red and "
    "'carried forward – see new plan', so only the new-plan rows are labelled); Housing's own follow-up of the landlord and the "
    "0-19 service's routine height/weight check are other bodies' plans; the ND pathway wait is information; Section 6 is decisions "
    "(TAF continues, school will request EHCNA, part-time arrangement continues, lunch buddy already arranged by Nadia); "
    "next review date is an arrangement; Dad 'can have him for a week' is a view not an action. "
    "Labels: the Section 7 plan table only. Owners as written in 'Who will do it'; Kayleigh Moss, Ellie Ward and Mum are not in "
    "people.json so person null. 'before end of term (Wed 21/07)' = 2027-07-21; 'Fri 25/06/27' = 2027-06-25.",
    [
        ("Submit the request for EHC needs assessment", "Helen Brooks (SENCo)", "Helen Brooks", "2027-06-25"),
        ("Complete the DLA form together at a home visit", "Kayleigh & Mum", None, "2027-06-23"),
        ("Re-refer Kai to Children's OT with the Sensory Profile", "Ellie Ward (SaLT)", None, "2027-07-02"),
        ("Send Mum details of SEND-friendly holiday clubs", "Kayleigh", None, "2027-06-18"),
        ("Plan Kai's move to Year 3", "Nadia Khan (Headteacher)", "Nadia Khan", "2027-07-21"),
        ("Book a GP appointment about Kai's sleep", "Jade (Mum)", None, "2027-06-30"),
        ("Send out invitations for the next TAF review", "Kayleigh", None, "2027-09-01"),
    ])
print("ok 450")
