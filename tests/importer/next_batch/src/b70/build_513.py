"""513: TAC meeting record on Westmoor Council Early Help form EH4 (.docx with form tables)."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent
STEM = "513_seventieth_tac_meeting_record_council_form_child_initials"


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def table(doc, rows, header=True, widths=None, head_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = v.split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(9.5)
                if header and i == 0:
                    run.bold = True
            if header and i == 0:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def label_table(doc, pairs):
    """two-column form: grey label cell + answer cell"""
    t = doc.add_table(rows=len(pairs), cols=4)
    t.style = "Table Grid"
    for i, (a, b, c_, d) in enumerate(pairs):
        for j, v in enumerate((a, b, c_, d)):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            run.font.size = Pt(9.5)
            if j in (0, 2):
                run.bold = True
                shade(cell, "EDEDED")
    return t


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    return p


def para(doc, text, italic=False, size=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.font.size = Pt(size)
    return p


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = Cm(1.5)
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL – SENSITIVE (when completed)\tWestmoor Council – Early Help"
fp = sec.footer.paragraphs[0]
fp.text = "Form EH4 Team Around the Child (TAC) Meeting Record  v3.2 (Sept 2025)  –  Do not alter this form. Store on the child's Early Help record."

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("TEAM AROUND THE CHILD (TAC) MEETING RECORD")
r.bold = True
r.font.size = Pt(14)
para(doc, "Please complete all sections. The Lead Practitioner is responsible for circulating this record to all "
          "members of the TAC (including parents/carers) within 5 working days of the meeting.", italic=True, size=8.5)

heading(doc, "Section 1: Details")
label_table(doc, [
    ("Child/young person", "J.M. (known as J)", "Early Help ref", "EH-27-00418"),
    ("Date of birth", "03/05/2019", "Year group", "Year 3 (Mr Fisher's class)"),
    ("School / setting", "Riverside Primary School", "Lead Practitioner", "Helen Brooks (SENCo)"),
    ("Meeting type", "TAC review ☐ initial  ☒ review (no. 2)  ☐ closing", "Date of meeting", "19/01/2027"),
    ("Time", "3.30pm – 4.45pm", "Venue", "Riverside Primary – Family Room"),
    ("Consent to share", "☒ Yes (signed by parent 14/10/2026)", "Previous TAC", "24/11/2026"),
])

heading(doc, "Section 2: Who attended")
table(doc, [
    ["Name", "Role / agency", "Initials", "Present / apologies"],
    ["Leanne M", "Mum", "LM", "Present"],
    ["Craig M", "Dad", "CM", "Present (by phone from 4.05pm)"],
    ["Helen Brooks", "SENCo, Riverside Primary School (Lead Practitioner, chair)", "HB", "Present"],
    ["Dan Fisher", "Class teacher, Year 3, Riverside Primary", "DF", "Present"],
    ["Kasia Nowak", "Family Support Worker, Westmoor Early Help (North)", "KN", "Present – note taker"],
    ["Jo Pemberton", "School Nurse, Westmoor Community Health NHS Trust", "JP", "Present"],
    ["Gemma Rowe", "Adviser, Westmoor SENDIASS (supporting Mum)", "GR", "Present"],
    ["Dr Anita Patel", "Consultant Community Paediatrician", "AP", "Apologies – clinic letter of 14/12/26 shared with consent"],
    ["Nadia Khan", "Headteacher, Riverside Primary", "NK", "Apologies"],
], widths=[3.3, 7.5, 1.6, 5])

heading(doc, "Section 3: Review of actions from the last TAC (24/11/2026)")
para(doc, "RAG: G = done, A = partly done / ongoing, R = not done. Red actions must be either carried forward "
          "into Section 8 or closed with a reason.", italic=True, size=8.5)
table(doc, [
    ["Action", "By whom", "By when", "Update", "RAG"],
    ["Share J's one-page profile with lunchtime staff", "DF", "04/12/26", "Done – all MDSAs have a copy; DF checked in with them w/c 11/1.", "G"],
    ["Contact CDC to chase follow-up appointment with Dr Patel", "Mum", "ASAP", "Done – J seen 14/12/26. Letter shared. J on waiting list for ND pathway.", "G"],
    ["Refer Mum and Dad to Stepping Stones Triple P group", "KN", "18/12/26", "Done – place confirmed, group starts Wed 3 Feb (6 weeks).", "G"],
    ["Keep a 2-week sleep diary", "Mum", "Before this TAC", "Not done – Mum said the Christmas holidays were \"chaos\" and she lost the sheet. Carried forward – see action 3 below.", "R"],
    ["See J in school re daytime wetting", "JP", "18/12/26", "Partly – JP saw J on 08/01/27. Continence service needs a GP referral (see action 4).", "A"],
    ["Apply for school uniform grant", "Mum", "End of Dec", "Closed – no longer needed (family not eligible, KN checked).", "G"],
], widths=[5.3, 1.6, 2.1, 7.2, 1.1])

heading(doc, "Section 4: J's voice")
para(doc, "Mr Fisher did a 'talking mat' with J on 15/01/27. J said: \"I like Lego club and I like Mr Fisher. "
          "I don't like the hall, it's too loud and it smells of dinners.\" He said mornings are \"shouty\" at home. "
          "J would like to be the class fish monitor. He drew himself with his ear defenders on and said they are "
          "\"my quiet hat\".")

heading(doc, "Section 5: What is working well / What are we worried about / What needs to happen")
table(doc, [
    ["What is working well", "What are we worried about", "What needs to happen"],
    ["• Now/next board is helping at carpet time (DF: about 4 days out of 5)\n• J is going to Lego club on Tuesdays and has a friend there (O.)\n"
     "• Mum and Dad feel 'listened to' at TAC; GR has been a help\n• Attendance 94.1% this term (up from 89%)",
     "• Lunchtimes – J has left the hall 6 times since Christmas and once got out of the playground gate\n"
     "• Sleep – J is still awake until 10–11pm most nights (Mum)\n• Daytime wetting 2–3 times a week\n"
     "• Mum is exhausted; Dad on shifts\n• J's sister E (Reception) copying some behaviours",
     "• Get a clearer picture of sleep\n• Continence referral\n• More structured lunchtime\n"
     "• Gather evidence in case an EHC needs assessment is needed\n• Financial support for the family (DLA)"],
], widths=[6, 6, 5.4])

heading(doc, "Section 6: Outcomes we want for J (to be reviewed at the next TAC)")
para(doc, "1. J to use his now/next board to move from the carpet to his table with no more than one adult prompt.")
para(doc, "2. J to use his ear defenders in the hall at lunchtime and stay for at least 10 minutes.")
para(doc, "3. J to be asleep by 9pm on at least 4 nights out of 7 (Mum to record).")
para(doc, "4. J will tell an adult when he needs the toilet, using his toilet card.")

heading(doc, "Section 7: Summary of discussion")
para(doc, "HB welcomed everyone and went through the last actions (Section 3). Mum was upset that the sleep diary "
          "had not been done; everyone agreed this was understandable over Christmas and that it is still the "
          "most important thing we need. JP said the melatonin question can only be looked at by Dr Patel once "
          "there is a diary, which is why it matters. Mum agreed to start it again this week and bring it to the "
          "next TAC.")
para(doc, "DF described lunchtimes. J copes in the classroom but the hall is a big problem (see J's voice). "
          "HB said the nurture group is full until Easter; J is on the list. Dad (by phone) asked if J could eat "
          "in the classroom. NK had said before the meeting that this can be trialled for 2 weeks with an MDSA, "
          "so it was agreed to start a lunchtime trial in the Y3 classroom from Monday 25 January – DF will set "
          "up the rota with the MDSAs. DF will also set up a home–school communication book so Mum and Dad know "
          "how lunch went each day.")
para(doc, "EHC needs assessment: GR explained the process and Mum's right to request an assessment herself. After "
          "discussion it was AGREED that the TAC will not request an EHC needs assessment at this point, because "
          "the EP has not yet seen J and school has only had one full term of the new provision. HB will pull "
          "together an evidence pack (provision map, costed support, APDR reviews, EP notes) so that the request "
          "can be properly considered at the March TAC. Mum was happy with this but said she may apply herself "
          "if things get worse – GR will support her if so.")
para(doc, "Money: KN explained DLA. Mum and Dad had not applied because the form is \"huge\". KN will help them "
          "fill it in before half term (w/c 15 February). Dad said he would ask his manager about changing his "
          "shift pattern so that he can do the school run on Tuesdays and Thursdays. GR offered to come to the "
          "next TAC if Mum wants her there – Mum will let Gemma know.")
para(doc, "JP said a continence referral has to come from the GP, so she will write to the GP (Moorside Medical "
          "Practice) asking for one. She also asked school to fill in the paediatric Conners questionnaire that "
          "Dr Patel sent – DF has started it.")

heading(doc, "Section 8: Agreed actions")
para(doc, "Each action must have a named person and a date. Use 'Review' to show when the action will be checked.",
     italic=True, size=8.5)
table(doc, [
    ["No.", "Agreed actions", "By whom", "By when", "Review"],
    ["1", "Complete Conners teacher questionnaire and return to CDC", "DF", "29/01/27", "Next TAC"],
    ["2", "Set up lunchtime trial in Y3 classroom (MDSA rota) and a home-school communication book", "DF", "Start Mon 25/01/27", "HB to check after 2 wks"],
    ["3", "Keep the 2-week sleep diary again and bring it to next TAC (c/f from 24/11)", "Mum (LM)", "Next TAC", "Next TAC"],
    ["4", "Write to GP asking for a referral to the Paediatric Continence Service", "JP", "Within 2 weeks", "Next TAC"],
    ["5", "Help Mum and Dad fill in the DLA form", "KN", "Before half term", "Next TAC"],
    ["6", "Book a consultation with the Assistant EP (from school's EP time)", "HB", "Before Easter (school closes Thurs 25/03)", "Summer TAC"],
    ["7", "Put together evidence pack for possible EHC needs assessment request", "HB", "Next TAC", "Next TAC"],
    ["8", "Ask his manager about changing shifts for the school run", "Dad (CM)", "Next TAC", "Next TAC"],
    ["9", "Type up and circulate this TAC record to everyone", "KN", "5 working days", "—"],
], widths=[1, 8.2, 2, 3.4, 2.8])

heading(doc, "Section 9: Next meeting and sign-off")
label_table(doc, [
    ("Next TAC date", "Tuesday 2 March 2027, 3.30pm", "Venue", "Riverside Primary – Family Room"),
    ("Step up / step down?", "☒ Remain at Early Help (Level 2)  ☐ Step up  ☐ Close", "Recorded by", "Kasia Nowak (typed 21/01/27)"),
    ("Parent/carer signature", "L. M. (signed on paper copy)", "Lead Practitioner", "H. Brooks"),
])
para(doc, "")
para(doc, "If you have concerns that a child is at risk of significant harm, contact the Westmoor Children's Front "
          "Door on 01632 960 000 (24 hrs). Do not wait for the next TAC.", italic=True, size=8)

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-01-19",
    "style": (
        "Held-out batch seventieth. Westmoor Council Early Help form EH4 'Team Around the Child (TAC) Meeting Record' "
        "(.docx, grey-label form tables, header/footer), TAC review 2 on Tuesday 19 January 2027 for a Year 3 child "
        "'J.M. (known as J)' at Riverside Primary; lead practitioner Helen Brooks. Attendance table defines initials "
        "(LM = Mum, CM = Dad, DF, KN, JP, GR). Traps: the child J / JM (and sister E, friend O.) is never an owner; "
        "Section 6 outcomes are child targets written as 'J to use ...' and are not actions; Section 3 review of the "
        "24/11/2026 actions is not labelled except the sleep diary, which is explicitly carried forward as new "
        "action 3 (labelled once, from the Section 8 wording); the 'not to request an EHC needs assessment' decision; "
        "GR's offer to attend and Mum 'will let Gemma know' are not actions; NK's permission and the nurture group "
        "waiting list are context; apologies from Dr Patel and Nadia Khan. Actions are labelled from the Section 8 "
        "'Agreed actions | By whom | By when | Review' table (the same actions also appear in the Section 7 prose). "
        "Parents own actions 3 and 8 (person null). Dates: '29/01/27' = 2027-01-29; 'Start Mon 25/01/27' = 2027-01-25; "
        "'Next TAC' = Tuesday 2 March 2027 (given in Section 9); 'Within 2 weeks' of 19 Jan = Tuesday 2 February 2027; "
        "'Before half term' (prose: half term w/c 15 February) = Friday 12 February 2027; 'Before Easter (school "
        "closes Thurs 25/03)' = 2027-03-25; '5 working days' = Tuesday 26 January 2027."),
    "held_out": True,
    "actions": [
        {"key": "Complete Conners teacher questionnaire and return to CDC", "owner": "DF", "person": None, "due": "2027-01-29"},
        {"key": "Set up lunchtime trial in Y3 classroom", "owner": "DF", "person": None, "due": "2027-01-25"},
        {"key": "Keep the 2-week sleep diary again", "owner": "Mum (LM)", "person": None, "due": "2027-03-02"},
        {"key": "Write to GP asking for a referral", "owner": "JP", "person": None, "due": "2027-02-02"},
        {"key": "Help Mum and Dad fill in the DLA form", "owner": "KN", "person": None, "due": "2027-02-12"},
        {"key": "Book a consultation with the Assistant EP", "owner": "HB", "person": "Helen Brooks", "due": "2027-03-25"},
        {"key": "Put together evidence pack for possible EHC", "owner": "HB", "person": "Helen Brooks", "due": "2027-03-02"},
        {"key": "Ask his manager about changing shifts", "owner": "Dad (CM)", "person": None, "due": "2027-03-02"},
        {"key": "Type up and circulate this TAC record", "owner": "KN", "person": None, "due": "2027-01-26"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
