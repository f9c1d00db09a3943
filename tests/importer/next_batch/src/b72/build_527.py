"""527: Partnership Board draft minutes, Word, tracked changes accepted, comment threads inlined as text."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
STEM = "527_seventysecond_word_draft_accepted_changes_comment_replies_inlined"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "DRAFT v3 – tracked changes accepted 03/03/2027 (RH) – comments left inline for Chair sign-off – NOT FOR PUBLICATION"
sec.footer.paragraphs[0].text = "Westmoor SEND Partnership Board – minutes 25.02.27 – draft v3 – page "


def para(text, bold=False, italic=False, size=None, grey=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if align:
        p.alignment = align
    return p


def mixed(parts):
    """parts: list of (text, kind) where kind is '', 'b', 'c' (comment, grey italic)."""
    p = doc.add_paragraph()
    for text, kind in parts:
        r = p.add_run(text)
        if kind == "b":
            r.bold = True
        if kind == "c":
            r.italic = True
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            r.font.size = Pt(9)
    return p


para("WESTMOOR SEND PARTNERSHIP BOARD", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Minutes of the meeting held on Thursday 25th February 2027, 2.00pm – 4.15pm", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Committee Room 2, Westmoor Civic Centre and MS Teams", align=WD_ALIGN_PARAGRAPH.CENTER)

para("Present", bold=True)
t = doc.add_table(rows=0, cols=3)
t.style = "Table Grid"
for row in [
    ("Anne Price", "AP", "Independent Chair (Chair)"),
    ("Mary Walker", "MW", "Head of SEND, Westmoor Council"),
    ("Yusuf Okafor", "YO", "Designated Clinical Officer, Westmoor ICB"),
    ("Tom Evans", "TE", "Co-chair, Westmoor Parent Carer Forum"),
    ("Helen Brooks", "HB", "SENCo, Riverside Primary School"),
    ("David Lowe", "DL", "Principal Educational Psychologist"),
    ("Sarah Khan", "SKh", "Participation Officer"),
    ("Liam Porter", "LP", "Data and Performance Manager"),
    ("Jo Fenton", "JF", "Therapies Service Manager, Westmoor Community Health (for GA)"),
    ("Mark Walsh", "MWa", "Head of Transport (item 5 only)"),
    ("Ruth Hill", "RH", "Partnership Business Support Officer (minutes)"),
]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v

para("")
mixed([("Apologies: ", "b"), ("Priya Shah (Director of Education), Grace Adeyemi (Head of Children's Therapies – Jo Fenton attending), Sarah Kent (School Improvement Adviser, SKe), Cllr Bethan Jones.", "")])

para("1. Welcome, apologies and declarations of interest", bold=True)
para("AP welcomed everyone, in particular Jo Fenton attending for Grace. Apologies as above. No declarations of interest.")

para("2. Minutes of 14 January 2027 and action log", bold=True)
para("The minutes of 14 January were agreed as an accurate record subject to correcting Tom's title (co-chair, not chair).")
para("Action log:")
para("• A19 (MW – Local Offer refresh plan) – complete, plan circulated 5 Feb. Close.", )
para("• A20 (LP – locality breakdown of new EHC needs assessment requests) – complete, in today's pack. Close.")
para("• A21 (YO – DCO annual report) – draft done, final to go to the ICB Quality Committee first. Keep open.")
mixed([("• A22 (HB – SENCo survey on EP request forms) – HB reported the survey had only 11 responses. ", ""),
       ("[Comment [HB1]: Helen Brooks 01/03/2027 – can we say 11 of 38 schools so people know what it means?]  [Reply: Ruth Hill 02/03/2027 – Done.]  [Reply: Helen Brooks 02/03/2027 – thanks!]", "c"),
       (" 11 of 38 schools responded; to be closed and picked up under item 6.", "")])

para("3. EHCP timeliness – Q3 position", bold=True)
para("LP presented the Q3 data. 20-week timeliness was 41% in December against the 60% trajectory. LP explained that the figure is "
     "not comparable with the SEN2 return because the EHC Hub counts the 20 weeks from the date the request is logged, not the "
     "date it is received, and that cases that are 'late' because of a parental request to pause are currently counted as late.")
para("DL said the EP service was now completing advice within six weeks in 88% of cases and the delays were mainly at the "
     "draft plan stage. TE said that families did not care whose fault it was, they cared that the plan was late.")
mixed([("Agreed: Liam and Dave to agree a single definition of 'late' for the 20-week measure, and bring it to the timeliness "
        "task and finish group on Tues 9/3. ", ""),
       ("[Comment [DL1]: David Lowe 28/02/2027 – Fine, but can it say 'Dave and Liam jointly' – it isn't an EP-service action on its own.]  "
        "[Reply: Ruth Hill 02/03/2027 – It does say both of you – I've left the order as in my notes.]", "c")])
para("The Board NOTED the Q3 timeliness position and the recovery trajectory.")

para("4. Therapies waiting lists", bold=True)
mixed([("JF reported that the speech and language therapy waiting list for school-age children stood at 612 with a longest wait of 47 weeks. "
        "Recruitment of two Band 6 posts had been successful and a trajectory to reduce the longest wait to 30 weeks by September had been modelled. ", ""),
       ("[Comment [YO1]: Yusuf Okafor 01/03/2027 – please record that the trajectory has not yet been through the Trust's Finance and Performance Committee.]  "
        "[Reply: Ruth Hill 02/03/2027 – Added next sentence.]", "c")])
para("The trajectory has not yet been through the Trust's Finance and Performance Committee.")
para("Jo to circulate the SLT waiting list trajectory to Board members by the twelfth of March once it has been through the Trust's committee.")
para("TE asked for the Board to see the waiting list broken down by school. JF explained this was not currently possible from the "
     "Trust's system. AP suggested this was picked up outside the meeting; no action for the Board.")

para("5. Home to school transport – September route changes", bold=True)
para("MWa (Head of Transport) joined for this item. He explained that the re-tendering of routes for September would change pick-up times for "
     "around 140 children, mostly attending the two special schools. TE said families were hearing about this on WhatsApp before "
     "hearing from the council.")
mixed([("MWa to write to all families affected by the September route changes by 19th March. ", ""),
       ("[Comment [MWa1]: Mark Walsh 01/03/2027 – I said 19th March, not 'end of March' – letters have to land before the Easter break.]  "
        "[Reply: Ruth Hill 02/03/2027 – Changed, thanks Mark.]  [Reply: Anne Price 03/03/2027 – Agree, that is my recollection too.]", "c")])
para("MW noted that the transport policy consultation closes on 31 March and that the PCF would be encouraging responses. The Board "
     "agreed that the Travel Assistance Policy would come back to the Board once the consultation responses were analysed.")

para("6. EP advice and SENCo guidance", bold=True)
para("Following the survey (A22), the Board discussed the inconsistent quality of requests for EP involvement.")
mixed([("DL to draft short SENCo guidance on requesting EP advice, with HB to test it with the Riverside cluster, by 30 April. ", ""),
       ("[Comment [HB2]: Helen Brooks 01/03/2027 – Original draft had me drafting this – I offered to test it, not write it!]  "
        "[Reply: David Lowe 01/03/2027 – Yes that's right, I'll draft it.]  [Reply: Ruth Hill 02/03/2027 – Amended (tracked change accepted).]", "c")])
mixed([("HB to re-run the SENCo survey on EP request forms in the summer term. ", ""),
       ("[Comment [DL2]: David Lowe 01/03/2027 – I don't think we agreed this – my team ran the same survey in the autumn and we agreed not to "
        "survey schools again this year.]  [Reply: Anne Price 03/03/2027 – Agree with Dave, this was a suggestion that wasn't taken up. "
        "Ruth – please delete before publishing.]", "c")])

para("7. Co-production charter", bold=True)
para("TE and SKh presented the final draft of the co-production charter, which had been developed at three PCF workshops and with the "
     "Youth Forum. The Board APPROVED the charter in principle, subject to feedback from young people.")
para("TE to circulate the final draft charter to PCF members for comment, closing 2027-03-31.")
mixed([("SKh to hold a feedback session on the charter with the Youth Forum and report back to the April Board. ", ""),
       ("[Comment [SKe1]: Sarah Kent 02/03/2027 – Sorry – is this me? I wasn't at the meeting!]  "
        "[Reply: Ruth Hill 02/03/2027 – No, it's Sarah Khan (SKh) – you were an apology. Have added the initials list to the front.]", "c")])
para("YO confirmed the ICB would contribute to the charter launch event. YO to confirm the ICB contribution to the launch event costs by end of March.")

para("8. Local Offer", bold=True)
para("MW reported that the Local Offer refresh had slipped because of the website platform change. The new platform would go live in June.")
para("MW to bring a revised Local Offer timetable to the next Board.")

para("9. Any other business", bold=True)
mixed([("None raised. ", ""),
       ("[Comment [YO2]: Yusuf Okafor 01/03/2027 – Could we add an action for the ICB to circulate the DCO annual report to all members?]  "
        "[Reply: Anne Price 03/03/2027 – This wasn't discussed on the day so I'd rather not add an action retrospectively – it is already on the "
        "log as A21 and on the April agenda.]", "c")])

para("Date of next meeting: Thursday 22nd April 2027, 2pm, Committee Room 2 / Teams", bold=True)

para("")
para("Action log – new actions from 25 February 2027", bold=True)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Status"]):
    t.rows[0].cells[i].text = h
rows = [
    ("A23", "Agree a single definition of 'late' for the 20-week measure", "LP / DL", "2027-03-09", "New"),
    ("A24", "Circulate SLT waiting list trajectory after Trust F&P", "JF (for GA)", "2027-03-12", "New"),
    ("A25", "Letters to families affected by September route changes", "MWa", "2027-03-19", "New"),
    ("A26", "Draft SENCo guidance on requesting EP advice (HB to test)", "DL", "2027-04-30", "New"),
    ("A27", "Re-run SENCo survey on EP request forms", "HB", "", "DELETE – see comment"),
    ("A28", "Circulate final draft charter to PCF members", "TE", "2027-03-31", "New"),
    ("A29", "Youth Forum feedback session on charter", "SKh", "2027-04-22", "New"),
    ("A30", "Confirm ICB contribution to launch event", "YO", "2027-03-31", "New"),
    ("A31", "Revised Local Offer timetable", "MW", "2027-04-22", "New"),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v

para("")
para("Signed (Chair) ………………………………   Date ………………", grey=True)

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-02-25",
    "style": (
        "Held-out batch seventysecond. Draft Westmoor SEND Partnership Board minutes (Thursday 25 February 2027) as a Word document "
        "after the secretary accepted all tracked changes, with the comment threads (Comment [XX1]: name date ... [Reply: ...]) left "
        "inline as grey text, plus a new-actions log table with ISO dates. Traps: initials collide (MW Mary Walker vs MWa Mark Walsh; "
        "SKh Sarah Khan vs SKe Sarah Kent, who was an apology and comments 'is this me?'); Jo Fenton attends for Grace (not cast, person null); "
        "'Liam and Dave' is a shared action (person = first-named, Liam Porter; Dave = David Lowe); comments correct owner/date and the "
        "text already shows the corrected version (MWa 19th March; DL drafts, HB only tests); A27 'HB to re-run the SENCo survey' is still "
        "in the text but the Chair's reply says it was a suggestion not taken up and to delete it - not labelled; YO's comment asking for "
        "a retrospective action is refused - not labelled; old log items A19-A22 closed/kept open, not labelled; TE's waiting-list-by-school "
        "ask explicitly 'no action for the Board'; approvals/noting are decisions. Dates: 'Tues 9/3' = Tuesday 9 March 2027 (UK day/month, "
        "table 2027-03-09); 'by the twelfth of March' = 2027-03-12; 'by 19th March' = 2027-03-19; 'by 30 April' = 2027-04-30; TE 'closing "
        "2027-03-31'; YO 'by end of March' = 2027-03-31; 'April Board'/'next Board' = Thursday 22 April 2027 as given."
    ),
    "held_out": True,
    "actions": [
        {"key": "Liam and Dave to agree a single definition", "owner": "Liam and Dave", "person": "Liam Porter", "due": "2027-03-09"},
        {"key": "Jo to circulate the SLT waiting list trajectory", "owner": "Jo", "person": None, "due": "2027-03-12"},
        {"key": "MWa to write to all families affected", "owner": "MWa", "person": "Mark Walsh", "due": "2027-03-19"},
        {"key": "DL to draft short SENCo guidance", "owner": "DL", "person": "David Lowe", "due": "2027-04-30"},
        {"key": "TE to circulate the final draft charter", "owner": "TE", "person": "Tom Evans", "due": "2027-03-31"},
        {"key": "SKh to hold a feedback session on the charter", "owner": "SKh", "person": "Sarah Khan", "due": "2027-04-22"},
        {"key": "YO to confirm the ICB contribution", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-03-31"},
        {"key": "MW to bring a revised Local Offer timetable", "owner": "MW", "person": "Mary Walker", "due": "2027-04-22"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
