"""Writes the corpus's Word documents (run once; the .docx files are committed beside it).

    .venv/bin/python tests/importer/corpus/make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent


def workforce_action_table() -> None:
    doc = Document()
    doc.add_heading("SEND Workforce Development Group", level=1)
    doc.add_paragraph("Minutes of the meeting on 4 February 2026")
    doc.add_paragraph("Present: David Lowe (chair), Helen Brooks, Sarah Khan, Owen Reid, Ruth Hill")
    doc.add_paragraph("Apologies: Mary Walker")
    doc.add_heading("1. Training needs survey", level=2)
    doc.add_paragraph("The group looked at the survey results. Most schools asked for training on "
                      "sensory needs and on writing outcomes.")
    doc.add_heading("2. Action log", level=2)
    rows = [
        ("Action", "Owner", "Due", "Status", "New date"),
        ("Commission sensory needs training for teaching assistants", "David Lowe", "31 March 2026",
         "Not started", ""),
        ("Write guidance on SMART outcomes for SENCos", "Helen Brooks", "13/03/2026", "In progress", "27/03/2026"),
        ("Add a SEND module to the early career teacher programme", "Sarah Kent", "June", "Not started", ""),
        ("Share the survey results with the Parent Carer Forum", "SK", "next meeting", "Not started", ""),
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Date of next meeting: 1 April 2026")
    doc.save(HERE / "09_docx_table.docx")


def health_board_paragraphs() -> None:
    doc = Document()
    doc.add_heading("Community Health NHS Trust – Children's Services Committee", level=1)
    doc.add_paragraph("Meeting held on Thursday 6 November 2025")
    doc.add_heading("Matters arising", level=2)
    doc.add_paragraph("The committee reviewed the action log. Two actions are complete.")
    doc.add_heading("Therapy waiting times", level=2)
    doc.add_paragraph("Grace Adeyemi reported that speech and language therapy waits have fallen to 24 weeks.")
    doc.add_paragraph("Action: Grace Adeyemi to bring the occupational therapy recovery plan by end of January 2026")
    doc.add_heading("Equipment for children with complex needs", level=2)
    doc.add_paragraph("The committee heard that families wait too long for seating equipment.")
    doc.add_paragraph("Agreed actions:", style=None)
    doc.add_paragraph("Yusuf Okafor to raise equipment delays with the commissioners", style="List Bullet")
    doc.add_paragraph("Health colleagues to review the equipment contract by 15th December", style="List Bullet")
    doc.add_heading("Any other business", level=2)
    doc.add_paragraph("None.")
    doc.save(HERE / "14_docx_paragraphs.docx")


def bilingual_side_by_side() -> None:
    """Welsh and English side by side in a two-column table, as Welsh public bodies publish."""
    doc = Document()
    doc.add_heading("Grŵp Llywio ADY / ALN Steering Group", level=1)
    rows = [
        ("Cymraeg", "English"),
        ("Cofnodion y cyfarfod a gynhaliwyd ddydd Mercher 18 Tachwedd 2026",
         "Minutes of the meeting held on Wednesday 18 November 2026"),
        ("Yn bresennol: Rhian Morgan (Cadeirydd), Gareth Jones (Cydlynydd ADY), Dr Siân Williams "
         "(Swyddog Arweiniol Clinigol Addysg Dynodedig), Eleri Hughes (Fforwm Rhieni)",
         "Present: Rhian Morgan (Chair), Gareth Jones (ALNCo), Dr Siân Williams (Designated Education "
         "Clinical Lead Officer), Eleri Hughes (Parent Forum)"),
        ("1. Cynlluniau Datblygu Unigol", "1. Individual Development Plans"),
        ("Adroddodd Gareth fod 40% o'r CDUau wedi'u hadolygu eleni. Cam gweithredu: Gareth Jones i "
         "anfon y data diweddaraf fesul ysgol at y grŵp erbyn 4 Rhagfyr.",
         "Gareth reported that 40% of IDPs had been reviewed this year. Action: Gareth Jones to send "
         "the latest figures by school to the group by 4 December."),
        ("2. Darpariaeth cyfrwng Cymraeg", "2. Welsh-medium provision"),
        ("Nid oes digon o leoedd arbenigol cyfrwng Cymraeg yn y sir. Cam gweithredu: Rhian Morgan i "
         "ysgrifennu at y Prif Swyddog Addysg am gynllunio lleoedd.",
         "There are not enough Welsh-medium specialist places in the county. Action: Rhian Morgan to "
         "write to the Chief Education Officer about place planning."),
        ("3. Llais rhieni", "3. Parents' voice"),
        ("Cytunwyd y byddai Eleri yn casglu barn rhieni am y broses CDU cyn y cyfarfod nesaf.",
         "It was agreed that Eleri would gather parents' views on the IDP process before the next meeting."),
        ("4. Iechyd", "4. Health"),
        ("Bydd Dr Williams yn adrodd ar amseroedd aros therapi lleferydd ac iaith ym mis Ionawr.",
         "Dr Williams will report on speech and language therapy waiting times in January."),
        ("Dyddiad y cyfarfod nesaf: 20 Ionawr 2027", "Date of next meeting: 20 January 2027"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(HERE / "48_fourth_welsh_bilingual.docx")


def _paragraph_with_bold(cell, parts) -> None:
    """One paragraph in a table cell, its parts alternating plain and bold runs (plain first)."""
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    for number, text in enumerate(parts):
        paragraph.add_run(text).bold = number % 2 == 1


def high_needs_bold_actions() -> None:
    """A two-column Item | Discussion table; actions are bold 'ACTION:' runs inside the paragraphs."""
    doc = Document()
    doc.add_heading("Westmoor Schools Forum: High Needs Sub-group", level=1)
    doc.add_paragraph("Notes of the meeting held on Monday 7 December 2026, 4.00pm, Westmoor House")
    doc.add_paragraph("Attendees: Priya Shah (LA, chair), Helen Brooks (primary SENCo), Liam Porter (LA finance "
                      "and data), Yusuf Okafor (ICB), Tom Evans (PCF), two secondary headteachers")
    doc.add_paragraph("Apologies: Mary Walker")
    rows = [
        ("Item", ["Discussion"]),
        ("1. Welcome and declarations", ["Helen Brooks declared an interest in item 3 as SENCo of a school that "
                                         "receives top-up funding. There were no other declarations."]),
        ("2. Matters arising", ["All actions from the last meeting are complete except the audit of transport "
                                "costs, which is carried forward to February."]),
        ("3. High needs budget monitoring", [
            "Priya Shah reported a forecast overspend of £2.3m on the high needs block, mainly on independent "
            "specialist placements. The sub-group agreed to recommend that the Schools Forum transfers 0.5% "
            "from the schools block, subject to consultation with schools. ",
            "ACTION: LA to circulate the consultation paper to all schools by 18 December.",
            " Headteachers asked for the paper to show the effect on a typical school."]),
        ("4. Top-up funding bands", [
            "The revised band descriptors were discussed. Schools said band C does not reflect pupils with "
            "complex medical needs. ",
            "ACTION: HB and LP to model the cost of splitting band C and report back at the next meeting.",
            " Tom Evans asked that families are told about the changes in plain English. ",
            "ACTION: PCF to draft a parent-friendly summary of the new bands, with the LA, by end of January."]),
        ("5. Health advice for EHC plans", [
            "Yusuf Okafor said 62% of health advice was returned within six weeks in October. The sub-group "
            "noted the improvement and thanked the health teams. ",
            "ACTION: ICB to share the monthly compliance figures with the sub-group as a standing item."]),
        ("6. Any other business", ["None. Date of next meeting: Monday 1 February 2027."]),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (item, parts) in enumerate(rows):
        table.cell(r, 0).text = item
        _paragraph_with_bold(table.cell(r, 1), parts)
    doc.save(HERE / "49_fifth_docx_bold_actions.docx")


def forum_who_when_column() -> None:
    """Parent carer forum notes: discussion paragraphs, then a two-column Action | Who / when table."""
    doc = Document()
    doc.add_heading("Westmoor Parent Carer Forum: Steering Group", level=1)
    doc.add_paragraph("Tuesday 1 December 2026, 7.00pm, online")
    doc.add_paragraph("Present: Tom Evans (co-chair), Sarah Khan (Participation Officer, by invitation), "
                      "five steering group parents")
    doc.add_paragraph("Apologies: Helen Brooks")
    doc.add_heading("Treasurer's report", level=2)
    doc.add_paragraph("The forum has £4,210 left of this year's DfE grant. The steering group approved "
                      "spending £600 on the spring coffee mornings.")
    doc.add_heading("Transport", level=2)
    doc.add_paragraph("Parents again raised taxis arriving late at special schools, and drivers changing "
                      "without notice (TE to take to the transport board). Sarah said the council is "
                      "re-tendering the routes next year.")
    doc.add_heading("Local Offer", level=2)
    doc.add_paragraph("The steering group agreed the Local Offer pages on short breaks are out of date. "
                      "Sarah will check who owns them.")
    doc.add_heading("Actions", level=2)
    rows = [
        ("Action", "Who / when"),
        ("Raise late taxis and driver changes at the transport board", "TE – 31.01.27"),
        ("Find out who owns the short breaks pages on the Local Offer", "SK – before next meeting"),
        ("Book rooms for the spring coffee mornings", "Tom / Sarah – Jan 2027"),
        ("Write up the parents' transport stories as a briefing for councillors", "TE, ASAP"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Next meeting: Tuesday 2 February 2027, 7.00pm")
    doc.save(HERE / "49_fifth_docx_who_when.docx")


def inclusion_item_discussion_actions() -> None:
    """A two-column Item | Discussion and actions table; 'ACTION – Sarah' and '→ Helen' inside the right cell."""
    doc = Document()
    doc.add_heading("Westmoor Inclusion and Alternative Provision Working Group", level=1)
    doc.add_paragraph("Notes of the meeting held on Wednesday 20 January 2027, 2.00pm – 4.00pm, "
                      "Westmoor Teachers\u2019 Centre")
    doc.add_paragraph("Present: Priya Shah (Director of Education, chair), Mary Walker (Head of SEND), "
                      "Helen Brooks (SENCo, Riverside Primary), Sarah Khan (Participation Officer), "
                      "Tom Evans (PCF), Owen Reid (Preparing for Adulthood Lead), Kirsty Lane (Headteacher, "
                      "Westmoor Alternative Provision Academy), two secondary headteachers")
    doc.add_paragraph("In attendance: Ruth Hill (notes)")
    doc.add_paragraph("Apologies: David Lowe, Liam Porter")
    rows = [
        ("Item", ["Discussion and actions"]),
        ("1. Welcome, apologies and declarations",
         ["Priya welcomed everyone. Apologies as above. Kirsty Lane declared an interest in item 4 as "
          "headteacher of the AP academy."]),
        ("2. Notes and actions from 18 November",
         ["The notes were agreed. Actions 1 to 4 are complete. Action 5 (attendance data for pupils on "
          "part-time timetables) is carried forward as Liam was not able to attend."]),
        ("3. Part-time timetables",
         ["Mary reported that 212 pupils are on part-time timetables, 61% of them on SEN support or with an "
          "EHC plan. Several have been on a reduced timetable for more than a term. The group agreed that a "
          "central register with review dates should be kept and checked every half term.",
          "ACTION \u2013 Mary to set up the central register and write to schools explaining how to notify "
          "the LA, by 26 February.",
          "Helen said SENCos are often not told when a pupil goes onto a reduced timetable, and asked for "
          "this to be raised with SENCos directly. \u2192 Helen, at the SENCo network in February."]),
        ("4. Alternative provision quality assurance",
         ["Kirsty described the new QA framework for unregistered alternative provision. Each provider will "
          "have a visit every term. Tom asked that the views of parents and pupils are gathered at each visit. "
          "This was agreed. ACTION \u2013 Sarah to draft a short parent and pupil feedback form for the QA "
          "visits and share it with Tom before the next meeting.",
          "The group noted that the DfE consultation on the AP specification closes on 12 March.",
          "ACTION \u2013 Priya to coordinate a partnership response by 12 March. Members to send their "
          "comments to Priya by 26 February."]),
        ("5. Preparing for adulthood",
         ["Owen said the number of young people with EHC plans who are not in education, employment or "
          "training at 17 has risen to 9%. Headteachers asked for destinations data by school.",
          "\u2192 Owen to bring Year 11 destinations data for pupils with EHC plans, by school, to the "
          "March meeting."]),
        ("6. Exclusions data (for information)",
         ["The autumn term suspension figures were shared with the papers. Suspensions of pupils with EHC "
          "plans are down by 12% on last year; suspensions of pupils on SEN support are up by 9%.",
          "Headteachers said the rise is concentrated in Years 8 and 9. The group noted the report.",
          "Tom asked whether parents are being offered SENDIASS support when a child is suspended. Mary "
          "confirmed that the letter to parents includes the SENDIASS details."]),
        ("7. Any other business", ["None."]),
        ("8. Date of next meeting", ["Wednesday 17 March 2027, 2.00pm, Westmoor Teachers\u2019 Centre"]),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (item, paragraphs) in enumerate(rows):
        table.cell(r, 0).text = item
        cell = table.cell(r, 1)
        cell.text = paragraphs[0]
        for text in paragraphs[1:]:
            cell.add_paragraph(text)
    doc.add_paragraph("The meeting closed at 3.50pm.")
    doc.add_paragraph("Notes taken by Ruth Hill, Partnership Business Support Officer. Please send any "
                      "corrections to Ruth within two weeks.")
    doc.save(HERE / "58_sixth_docx_item_discussion_actions.docx")


def therapies_arrow_owners() -> None:
    """NHS trust minutes in Word: '\u2192 BA' at the end of a discussion paragraph names the owner; old actions
    listed as complete or carried forward."""
    doc = Document()
    doc.add_heading("Westmoor Community Health NHS Trust", level=1)
    doc.add_heading("Children\u2019s Therapies \u2013 SEND Operational Group", level=2)
    doc.add_paragraph("Minutes: Tuesday 9 February 2027, 14:00\u201315:30, Boardroom, Westmoor Health Centre")
    doc.add_paragraph("Attendance: Grace Adeyemi (GA), Head of Children\u2019s Therapies (Chair); Fiona McLeod (FM), "
                      "SALT Clinical Lead; Ben Asante (BA), OT Clinical Lead; Yusuf Okafor (YO), Designated "
                      "Clinical Officer, Westmoor ICB; Mary Walker (MW), Head of SEND, Westmoor Council; "
                      "Ruth Hill (RH), minutes")
    doc.add_paragraph("Apologies: Helen Brooks (HB)")
    doc.add_heading("1. Apologies and declarations of interest", level=3)
    doc.add_paragraph("Apologies as above. No declarations of interest.")
    doc.add_heading("2. Minutes of the previous meeting and action log", level=3)
    doc.add_paragraph("The minutes of 8 December 2026 were agreed. Progress on actions:")
    for text in ("EHCP advice template rolled out to all therapists \u2013 complete",
                 "SALT locum recruitment \u2013 complete; two locums started on 4 January",
                 "OT equipment contract review \u2013 carried forward to April (GA)"):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("3. EHC needs assessment advice \u2013 timeliness", level=3)
    doc.add_paragraph("SALT returned 71% of advice within six weeks in January; OT returned 48%. BA explained "
                      "that two OT posts are vacant and that advice requests are being triaged weekly. The group "
                      "agreed a recovery trajectory for OT advice to reach 80% by the end of April, to be written "
                      "up and sent to the ICB by 19 February. \u2192 BA")
    doc.add_paragraph("MW thanked the therapy teams and said the SEND team had noticed the improvement in SALT "
                      "advice. No action.")
    doc.add_heading("4. Speech and language therapy universal offer for schools", level=3)
    doc.add_paragraph("FM described the new universal offer: termly training for school staff, a telephone advice "
                      "line and drop-in clinics in each locality. Schools have not yet been told about it. It was "
                      "agreed that a letter should go to all headteachers and SENCos, with the training dates, "
                      "by Friday 12 February. \u2192 FM / MW")
    doc.add_paragraph("YO asked whether the universal offer can be counted in the joint commissioning review of "
                      "therapies. \u2192 YO, for the April meeting")
    doc.add_heading("5. Feedback from families", level=3)
    doc.add_paragraph("RH summarised the compliments and complaints received in the quarter: 14 compliments "
                      "and 6 complaints, five of them about waiting times for OT.")
    doc.add_paragraph("The group discussed the complaint about an OT report that used a different child\u2019s "
                      "name. GA confirmed the incident has been reported on Datix and the family has received "
                      "an apology.")
    doc.add_paragraph("The group noted the report.")
    doc.add_heading("6. Workforce", level=3)
    doc.add_paragraph("Two band 6 OT posts remain vacant after two rounds of advertising. GA will explore "
                      "international recruitment with HR and bring a paper to the next meeting. \u2192 GA")
    doc.add_heading("7. Any other business", level=3)
    doc.add_paragraph("BA said the community equipment store will close for stocktaking for a week in March. "
                      "Therapy leads to warn families on their caseloads who are waiting for equipment. "
                      "\u2192 All therapy leads (by 1 March)")
    doc.add_heading("8. Date and time of next meeting", level=3)
    doc.add_paragraph("Tuesday 13 April 2027, 14:00, Boardroom, Westmoor Health Centre")
    doc.add_paragraph("The meeting closed at 15:25.")
    doc.add_paragraph("Signed (Chair): ....................................    Date: ....................")
    doc.save(HERE / "64_sixth_docx_arrow_owners.docx")


def _next_steps(doc, steps) -> None:
    doc.add_paragraph().add_run("Next steps:").bold = True
    for step in steps:
        doc.add_paragraph(step, style="List Bullet")


def senco_network_next_steps() -> None:
    """A SENCo network training session write-up: 'Next steps:' under each item, a parking lot of questions."""
    doc = Document()
    doc.add_heading("Westmoor SENCo Network", level=1)
    doc.add_heading("Autumn 2 session: Ordinarily Available Provision and the new APDR toolkit", level=2)
    doc.add_paragraph("Tuesday 10 November 2026, 1.30pm \u2013 4.00pm, Westmoor Teachers\u2019 Centre")
    doc.add_paragraph("Facilitated by Helen Brooks (HB), Network Lead SENCo, Riverside Primary. Presenters: "
                      "David Lowe (DL), Principal Educational Psychologist; Grace Adeyemi (GA), Head of "
                      "Children\u2019s Therapies; Claire Dunmore (CD), SENDIASS Service Manager. Mary Walker (MW), "
                      "Head of SEND, joined for item 3.")
    doc.add_paragraph("38 SENCos from 31 schools attended (register held by HB). Apologies: Sarah Kent "
                      "(School Improvement Adviser).")
    doc.add_heading("1. Welcome and network news", level=3)
    doc.add_paragraph("HB welcomed three new SENCos. The NASENCo cohort starting in January is full. "
                      "The network thanked Oakfield Infants for hosting the last session.")
    doc.add_heading("2. Ordinarily Available Provision (OAP) \u2013 the refreshed guidance", level=3)
    doc.add_paragraph("DL walked through the refreshed OAP guidance, which now has a section on emotionally "
                      "based school avoidance and a self-review tool for schools. SENCos liked the "
                      "self-review tool but said it will take time to complete properly.")
    _next_steps(doc, [
        "DL to email the slides and the OAP self-review tool to all SENCos by COP Friday.",
        "SENCos to complete the self-review for their school and return it to the EP team by the end "
        "of the autumn term.",
    ])
    doc.add_heading("3. The new APDR toolkit and requests for EHC needs assessment", level=3)
    doc.add_paragraph("MW explained that from January the panel will expect requests to include at least "
                      "two APDR cycles on the new template. Several SENCos asked for worked examples, "
                      "particularly for pupils with SEMH needs.")
    _next_steps(doc, [
        "MW will upload the new APDR template and worked examples to the SENCo pages of the Local Offer "
        "by 20 November.",
    ])
    doc.add_heading("4. Therapies update", level=3)
    doc.add_paragraph("GA reported that the SALT advice line is now open every weekday morning. SENCos who "
                      "also teach said the drop-in clinics are hard to get to during the school day.")
    _next_steps(doc, [
        "GA to find out whether the SALT drop-in clinics could run after school, and report back at the "
        "next network meeting.",
        "None for the referral form \u2013 it is unchanged.",
    ])
    doc.add_heading("5. SENDIASS", level=3)
    doc.add_paragraph("CD introduced herself and described SENDIASS\u2019s spring workshops for parents "
                      "on annual reviews and on preparing for adulthood.")
    _next_steps(doc, [
        "CD to send SENCos the dates of the parent workshops in early January, so that schools can share "
        "them with families.",
    ])
    doc.add_heading("Parking lot", level=3)
    doc.add_paragraph("Questions we did not have time for. These have been passed to the relevant teams and "
                      "answers will appear in the network bulletin.")
    for question in (
        "Can top-up funding follow a child who moves school in the middle of the year?",
        "Will the panel accept requests for assessment by email only from January?",
        "Is there a plan for a specialist teacher for hearing impairment in the north locality?",
        "Who do we contact when a child\u2019s EHC coordinator leaves?",
    ):
        doc.add_paragraph(question, style="List Bullet")
    doc.add_heading("Next session", level=3)
    doc.add_paragraph("Spring 1 session: Tuesday 2 February 2027, 1.30pm, venue to be confirmed.")
    _next_steps(doc, [
        "HB to book the Teachers\u2019 Centre for the spring session and send calendar invitations by the end "
        "of November.",
    ])
    doc.save(HERE / "70_seventh_senco_network_next_steps.docx")


def _eighth_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    return table


def _eighth_bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def person_centred_review() -> None:
    doc = Document()
    doc.add_heading("Person-Centred Annual Review \u2013 Record of Meeting", level=1)
    doc.add_paragraph("Riverside Primary School, Westmoor")
    _eighth_table(doc, [
        ("Child / young person", "K.D. (Year 5)"),
        ("Date of review", "Wednesday 13 January 2027, 9.15am \u2013 10.45am"),
        ("Venue", "Riverside Primary School, meeting room 1"),
        ("EHC plan issued", "March 2024 (last amended February 2026)"),
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "Present: K.D. (for the first 20 minutes, with her key adult); Sam Dixon (SD), mum; Helen Brooks (HB), "
        "SENCo, Riverside Primary (chairing); Leanne Moss (LM), class teacher; Fiona McLeod (FM), Speech and "
        "Language Therapist, Westmoor Community Health NHS Trust; Jess Carter (JC), EHC Coordinator, Westmoor "
        "Council SEND Team.")
    doc.add_paragraph(
        "Apologies / advice sent: Educational Psychology Service (written advice received 6 January); "
        "Dr Anita Patel, Community Paediatrician (letter of 2 December shared with the family\u2019s consent).")
    doc.add_paragraph(
        "HB explained that this is a person-centred review: everyone\u2019s views are recorded on the sheets on "
        "the wall and typed up here. Nobody declared any interest. SD agreed to the notes being shared with "
        "the SEND team.")

    doc.add_heading("What people like and admire about K", level=2)
    _eighth_bullets(doc, [
        "Kind to younger children; she is a reading buddy for Year 1.",
        "Brilliant memory for facts about animals; she gave a talk about sloths in assembly.",
        "Works really hard at her handwriting even when it is tiring.",
    ])
    doc.add_heading("What is important to K (in her words)", level=2)
    _eighth_bullets(doc, [
        "\u201cHaving Miss Moss tell me before things change.\u201d",
        "\u201cMy quiet card and the beanbag.\u201d",
        "\u201cGoing to the same secondary school as Ellie.\u201d",
    ])
    doc.add_heading("What\u2019s working", level=2)
    _eighth_bullets(doc, [
        "The visual timetable and the \u2018now and next\u2019 board \u2013 fewer upsets at transitions (LM).",
        "SALT group twice a week; K is using more words to describe how she feels (FM).",
        "Reading age up by 14 months since the last review.",
        "Home\u2013school diary, which SD says has made mornings calmer.",
    ])
    doc.add_heading("What\u2019s not working", level=2)
    _eighth_bullets(doc, [
        "Lunchtimes and wet plays: most incidents this term happened then.",
        "Sleep: K is often awake until after 11pm, and the paediatrician has asked for a sleep diary.",
        "The one-page profile is out of date; supply staff do not know about the quiet card.",
        "Section F still lists the SALT targets from 2025.",
    ])
    doc.add_heading("Questions to answer", level=2)
    _eighth_bullets(doc, [
        "What support will K need to move to secondary school in September 2028?",
        "Would K benefit from an occupational therapy assessment for handwriting? (To be looked at again "
        "at the next review.)",
    ])
    doc.add_heading("Outcomes discussed", level=2)
    doc.add_paragraph(
        "The meeting reviewed the four outcomes in Section E. Outcomes 1 and 3 were achieved; new outcomes "
        "were agreed for communication and for managing unstructured times. JC explained that the local "
        "authority must tell the family within four weeks of the review whether it will amend the plan, and "
        "confirmed that it intends to.")
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("Agreed actions:")
    _eighth_table(doc, [
        ("Who", "What", "By when"),
        ("HB", "Update K\u2019s one-page profile with her, and send it to all staff including supply and "
               "lunchtime staff", "Within 10 working days"),
        ("FM", "Send updated SALT targets and provision for Section F to JC", "By the end of January"),
        ("Educational Psychology Service", "Observe K at lunchtime and advise the school on unstructured times",
         "Third week of January"),
        ("SD (Mum)", "Keep a two-week sleep diary and share it with school and Dr Patel", "Before the May half term"),
        ("JC", "Send the amended draft EHC plan to the family and school", "Within four weeks of today"),
        ("K, with LM", "Make a list of questions to ask on her secondary school visits", "Summer 2027"),
        ("All", "Next review", "January 2028"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Parent/carer comments: SD said she felt listened to and was pleased with K\u2019s reading. "
                      "She asked that the lunchtime plan is in place before the observation if possible.")
    doc.add_paragraph("Record completed by: Helen Brooks, SENCo. Copy to: family, JC (SEND team), FM, EPS.")
    doc.save(HERE / "74_eighth_person_centred_review.docx")


def _eighth_para(doc, text, indent=0.0, bold=False):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if indent:
        paragraph.paragraph_format.left_indent = Pt(indent)
    return paragraph


def improvement_board_lettered() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    _eighth_para(doc, "WESTMOOR COUNCIL", bold=True)
    _eighth_para(doc, "SEND IMPROVEMENT BOARD", bold=True)
    _eighth_para(doc, "Minutes of the meeting held on Tuesday 9 March 2027 at 10.00am in the Council Chamber, Westmoor Civic Centre")
    _eighth_para(doc, "Present:", bold=True)
    _eighth_para(doc, "Anne Price (AP) \u2013 Independent Chair; James Whitfield (JW) \u2013 Assistant Director, SEND and Inclusion; "
               "Priya Shah (PS) \u2013 Director of Education; Mary Walker (MW) \u2013 Head of SEND; Yusuf Okafor (YO) \u2013 "
               "Designated Clinical Officer, Westmoor ICB; Grace Adeyemi (GA) \u2013 Head of Children\u2019s Therapies; "
               "Tom Evans (TE) \u2013 Co-chair, Westmoor Parent Carer Forum; Cllr Bethan Jones (BJ) \u2013 Chair of the "
               "Children and Young People Scrutiny Committee (observer); Karen Doyle (KD) \u2013 DfE SEND Adviser.")
    _eighth_para(doc, "Officers in attendance:", bold=True)
    _eighth_para(doc, "David Lowe (DL) \u2013 Principal Educational Psychologist (minute 8); Liam Porter (LP) \u2013 Data and "
               "Performance Manager; Ruth Hill (RH) \u2013 Partnership Business Support Officer (minutes).")
    _eighth_para(doc, "Apologies:", bold=True)
    _eighth_para(doc, "Helen Brooks (HB); Sarah Khan (SK).")

    _eighth_para(doc, "1.\tAPOLOGIES", bold=True)
    _eighth_para(doc, "Apologies were received as set out above.", 18)
    _eighth_para(doc, "2.\tDECLARATIONS OF INTEREST", bold=True)
    _eighth_para(doc, "TE declared a personal interest as the parent of a young person with an EHC plan. No other "
               "declarations were made.", 18)
    _eighth_para(doc, "3.\tMINUTES OF THE PREVIOUS MEETING", bold=True)
    _eighth_para(doc, "The minutes of the meeting held on 12 January 2027 were approved as a correct record, subject to "
               "the correction of KD\u2019s job title.", 18)
    _eighth_para(doc, "4.\tMATTERS ARISING", bold=True)
    _eighth_para(doc, "There were no matters arising that were not covered on the agenda. The action log was noted.", 18)

    _eighth_para(doc, "5.\tINCLUSION STRATEGY \u2013 PROGRESS REPORT", bold=True)
    _eighth_para(doc, "(a)\tThe Board received the report of the Assistant Director, which set out progress against the "
               "twelve actions in the Inclusion Strategy. Eight were on track, three were delayed and one had not "
               "started.", 18)
    _eighth_para(doc, "(b)\tIn discussion, the following points were made:", 18)
    _eighth_para(doc, "(i)\tKD asked why the inclusion charter for schools had not started. JW explained that the "
               "consultation with headteachers had been delayed by the autumn budget round.", 40)
    _eighth_para(doc, "(ii)\tTE said that families do not know what the strategy means for them, and that the "
               "PCF would be glad to help write a family version.", 40)
    _eighth_para(doc, "(iii)\tMembers asked for costs to be shown against each action.", 40)
    _eighth_para(doc, "(c)\tRESOLVED \u2013", 18)
    _eighth_para(doc, "(i)\tthat the progress report be noted;", 40)
    _eighth_para(doc, "(ii)\tOfficers to bring a revised delivery plan, with the cost of each action, to the June "
               "meeting of the Board;", 40)
    _eighth_para(doc, "(iii)\tthe Board requested that the Director of Education write to all headteachers about the "
               "inclusion charter and the timetable for its adoption by the end of April.", 40)

    _eighth_para(doc, "6.\tEHC PLAN TIMELINESS", bold=True)
    _eighth_para(doc, "(a)\tLP presented the performance report. 61% of plans were issued within 20 weeks in "
               "January and February, the best position for three years. The Board congratulated the SEND team.", 18)
    _eighth_para(doc, "(b)\tMembers noted that the figures for secondary age children were much lower. The Board "
               "requested that the Data and Performance Manager provide a breakdown of timeliness by school "
               "phase within 10 working days.", 18)
    _eighth_para(doc, "(c)\tOfficers to meet the Parent Carer Forum to agree the content of the monthly update for "
               "families waiting for an assessment, before the May half term.", 18)

    _eighth_para(doc, "7.\tHEALTH", bold=True)
    _eighth_para(doc, "(a)\tYO presented the Designated Clinical Officer\u2019s report. The neurodevelopmental pathway "
               "waiting list has fallen for the first time, to 1,142 children.", 18)
    _eighth_para(doc, "(b)\tGA reported that OT advice timeliness remains below 50% because of vacancies.", 18)
    _eighth_para(doc, "(c)\tThe Board requested that:", 18)
    _eighth_para(doc, "(i)\tWestmoor ICB confirm the funding for the independent assessment provider for 2027/28 "
               "by the end of March;", 40)
    _eighth_para(doc, "(ii)\tthe Head of Children\u2019s Therapies report on the OT recovery trajectory at the "
               "June meeting of the Board.", 40)

    _eighth_para(doc, "8.\tEDUCATIONAL PSYCHOLOGY SERVICE \u2013 ANNUAL REPORT", bold=True)
    _eighth_para(doc, "(a)\tDL presented the annual report. Statutory work now takes 78% of EP time, leaving little "
               "for early intervention.", 18)
    _eighth_para(doc, "(b)\tRESOLVED \u2013 that the report be noted and the Board\u2019s thanks to the service be "
               "recorded.", 18)
    _eighth_para(doc, "(c)\tOfficers to:", 18)
    _eighth_para(doc, "(i)\tpublish the Educational Psychology Service\u2019s traded offer for 2027/28 on the Local "
               "Offer by 5pm Friday;", 40)
    _eighth_para(doc, "(ii)\tcirculate the service\u2019s workforce plan to Board members.", 40)

    _eighth_para(doc, "9.\tANY OTHER BUSINESS", bold=True)
    _eighth_para(doc, "Cllr Jones informed the Board that the Scrutiny Committee will look at school transport in "
               "May. No action for the Board.", 18)
    _eighth_para(doc, "10.\tDATE OF NEXT MEETING", bold=True)
    _eighth_para(doc, "Tuesday 8 June 2027 at 10.00am, Council Chamber, Westmoor Civic Centre.", 18)
    _eighth_para(doc, "The meeting closed at 12.05pm.")
    _eighth_para(doc, "CHAIR ....................................")
    doc.save(HERE / "79_eighth_lettered_roman_requests.docx")


def _ninth_table(doc, rows, bold_header=True):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if r == 0 and bold_header:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    return table


def _ninth_para(doc, text, bold=False, indent=0.0):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if indent:
        paragraph.paragraph_format.left_indent = Pt(indent)
    return paragraph


def key_points_table() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    _ninth_para(doc, "NHS Westmoor Integrated Care Board", bold=True)
    _ninth_para(doc, "SEND Health Operational Group", bold=True)
    _ninth_para(doc, "Thursday 7 January 2027, 13:30 \u2013 15:30, MS Teams")
    _ninth_para(doc, "Minutes and key points", bold=True)
    _ninth_table(doc, [
        ("Attendance", ""),
        ("Chair", "Yusuf Okafor (YO), Designated Clinical Officer, Westmoor ICB"),
        ("Members", "Grace Adeyemi (GA), Head of Children\u2019s Therapies, Westmoor Community Health NHS Trust; "
                    "Dr Anita Patel (AP), Consultant Community Paediatrician; Mary Walker (MW), Head of SEND, "
                    "Westmoor Council; Tom Evans (TE), PCF co-chair; Rachel Osei (RO), Designated Social Care "
                    "Officer; Dev Sharma (DS), CAMHS Service Manager"),
        ("In attendance", "Ruth Hill (RH), Partnership Business Support Officer (notes)"),
        ("Apologies", "Liam Porter (LP); Dr Hannah Greer (HG), Named GP for Safeguarding"),
    ], bold_header=True)
    doc.add_paragraph()
    _ninth_para(doc, "1. Welcome, apologies and declarations of interest", bold=True)
    _ninth_para(doc, "YO welcomed members. Apologies as above. TE declared an interest as the parent of a child on "
               "the neurodevelopmental pathway; this was noted and no conflict arose for today\u2019s business.")
    _ninth_para(doc, "2. Minutes of the last meeting (5 November 2026) and action log", bold=True)
    _ninth_para(doc, "Agreed as an accurate record. Actions 14, 15 and 17 are closed; action 16 (health advice "
               "template) is carried forward to item 4.")
    _ninth_para(doc, "3. Key points and actions", bold=True)
    _ninth_table(doc, [
        ("Item", "Key point", "Action", "Responsible", "Timescale"),
        ("3.1", "Health advice timeliness: 58% of health advice for EHC needs assessments returned within six "
                "weeks in November, up from 44%. Community paediatrics at 71%.", "Noted", "", ""),
        ("3.2", "Therapies advice is the main source of delay; two OT posts remain vacant. Agency cover "
                "approved until March.",
         "GA to send the OT recovery trajectory to the DCO", "GA", "by w/e 15/01"),
        ("3.3", "Neurodevelopmental pathway waiting list stands at 1,198. The independent provider contract "
                "ends 31 March.",
         "Confirm whether the ICB will extend the independent provider contract into 2027/28 and report back",
         "the Designated Clinical Officer (DCO)", "February meeting"),
        ("3.4", "CAMHS: DS reported the new single point of access went live on 4 January.", "None", "N/A", "N/A"),
        ("3.5", "Families are not told when health advice is late. TE said parents chase the SEND team, who "
                "do not know either.",
         "Draft a short letter for families explaining health advice delays and who to contact; share with "
         "TE before use", "AP / GA", "31/01/27"),
        ("3.6", "Social care advice: RO reported that 9 of 40 requests in December went unanswered.",
         "RO to remind team managers of the six-week duty and bring the December list to the next meeting",
         "RO", "Next meeting"),
        ("3.7", "Health advice template (carried forward action 16).",
         "MW and YO to agree final wording and publish on the Local Offer practitioner pages",
         "MW / YO", "End of Feb"),
        ("3.8", "Data: LP sent apologies; the health dashboard will be presented in March.", "N/A", "LP", "March"),
        ("3.9", "Equipment for children with complex health needs in school \u2013 no update from the "
                "wheelchair service.", "Noted \u2013 carry forward", "", ""),
    ])
    doc.add_paragraph()
    _ninth_para(doc, "4. Risk register", bold=True)
    _ninth_para(doc, "The group reviewed the two SEND health risks. The risk on therapies workforce stays at 16 "
               "(red). No new risks were added. No action.")
    _ninth_para(doc, "5. Any other business", bold=True)
    _ninth_para(doc, "DS asked whether CAMHS could have a seat on the EHC needs assessment panel. YO agreed to raise "
               "this with MW outside the meeting; MW said she was supportive in principle. Action: YO to write "
               "to the panel chair by 22 January.")
    _ninth_para(doc, "6. Date of next meeting", bold=True)
    _ninth_para(doc, "Thursday 4 February 2027, 13:30 \u2013 15:30, MS Teams.")
    doc.save(HERE / "81_ninth_key_points_table.docx")


def owner_first_capitals() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading("Preparing for Adulthood (PfA) Strategic Group", level=1)
    _ninth_para(doc, "Notes of meeting \u2013 Wednesday 6 January 2027, 10am\u201312pm, Westmoor College, Room B14")
    _ninth_para(doc, "Attendees:", bold=True)
    _ninth_para(doc, "Owen Reid (OR) \u2013 Preparing for Adulthood Lead, Westmoor Council (Chair)\n"
               "Liam Porter (LP) \u2013 Data and Performance Manager\n"
               "Claire Dunmore (CD) \u2013 SENDIASS Service Manager\n"
               "Marcus Bell (MB) \u2013 Head of Learning Support, Westmoor College\n"
               "Rachel Osei (RO) \u2013 Designated Social Care Officer\n"
               "Kerry Lang (KL) \u2013 Parent Champion, Westmoor PCF\n"
               "Zoe Turner (ZT) \u2013 Supported Employment Coordinator\n"
               "Ruth Hill (RH) \u2013 notes")
    _ninth_para(doc, "Apologies: Mary Walker, Anita Patel, Careers Service (no representative this term)")
    _ninth_para(doc, "Declarations of interest: none.")
    _ninth_para(doc, "Actions are shown in capitals with the owner first, as agreed at the November meeting.",
          indent=0)

    doc.add_heading("1. Notes and actions from 4 November", level=2)
    _ninth_para(doc, "Agreed. All actions complete except the supported internships map (see item 4).")

    doc.add_heading("2. Post-16 destinations data", level=2)
    _ninth_para(doc, "LP presented destinations for young people with EHC plans who left Year 11 in 2026: 91% in "
               "education or training, but only 62% still there in December. Most drop-outs were from "
               "general FE courses at Level 1. MB said the college had not been told about several "
               "students\u2019 needs until they started.")
    _ninth_para(doc, "LIAM PORTER: circulate the destinations breakdown by course and by need type to the group "
               "by 15th Jan \u201927.")
    _ninth_para(doc, "MB: share the college\u2019s list of students who left before Christmas with RO, so that "
               "social care can check whether any need a Care Act assessment \u2013 asap but no later than "
               "20 Jan.")

    doc.add_heading("3. Transition from children\u2019s to adult social care", level=2)
    _ninth_para(doc, "RO explained that adult social care now want referrals at 17 rather than 17\u00bd. KL said "
               "parents find the two assessments confusing and that no one explains what changes at 18.")
    _ninth_para(doc, "RO and KL: co-write a one-page \u201cwhat changes at 18\u201d guide for families, to go to "
               "the Partnership Board by next Board (March).")
    _ninth_para(doc, "The group agreed that the transitions protocol will be reviewed in the summer term. No "
               "action until then.")

    doc.add_heading("4. Supported internships", level=2)
    _ninth_para(doc, "ZT reported 14 interns this year across 6 employers; 9 expected to get paid jobs. Two "
               "employers have dropped out because of job coach shortages.")
    _ninth_para(doc, "ZOE TURNER: finish the supported internships map of employers and job coaches and send it "
               "to OR by the end of next week.")
    _ninth_para(doc, "OWEN REID: write to the two employers who dropped out to ask what would bring them back.")
    _ninth_para(doc, "Noted: the DfE supported internships grant continues in 2027/28.")

    doc.add_heading("5. Information for young people", level=2)
    _ninth_para(doc, "CD said SENDIASS has seen more calls from 16\u201325 year olds who did not know they could "
               "ask for their own annual review meeting. The group discussed a young people\u2019s page "
               "on the Local Offer.")
    _ninth_para(doc, "SENDIASS: draft the young people\u2019s \u201cyour rights after 16\u201d page, with the youth "
               "forum \u2013 first draft to next meeting.")
    _ninth_para(doc, "ALL: send CD examples of good young-people-friendly information by 29 January.")

    doc.add_heading("6. AOB", level=2)
    _ninth_para(doc, "KL: the PCF\u2019s PfA evening is on 3 February; all welcome. (For information.)")
    _ninth_para(doc, "CHAIR: raise the lack of a careers service representative with the Director of Education.")

    doc.add_heading("Date of next meeting", level=2)
    _ninth_para(doc, "Wednesday 3 March 2027, 10am, Westmoor College.")
    doc.save(HERE / "87_ninth_owner_first_capitals.docx")


def _tenth_para(doc, text, bold=False, style=None):
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(text).bold = bold
    return paragraph


def _tenth_action(doc, text, owner):
    """One item of Word's automatic numbered list: the action, an en dash, the owner in italics."""
    paragraph = doc.add_paragraph(style="List Number")
    paragraph.add_run(text + " \u2013 ")
    paragraph.add_run(owner).italic = True


def quality_workstream() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.add_heading("Westmoor SEND Partnership: Outcomes and Quality Assurance Workstream", level=1)
    _tenth_para(doc, "Minutes of the meeting held on Monday 8 February 2027, 1.30pm \u2013 3.30pm, Room 4, "
               "Westmoor House and MS Teams")
    _tenth_para(doc, "Present", bold=True)
    _tenth_para(doc, "David Lowe (DL), Principal Educational Psychologist (Chair); Mary Walker (MW), Head of SEND; "
               "Grace Adeyemi (GA), Head of Children\u2019s Therapies; Yusuf Okafor (YO), Designated Clinical "
               "Officer; Helen Brooks (HB), SENCo, Riverside Primary School; Tom Evans (TE), PCF co-chair; "
               "Liam Porter (LP), Data and Performance Manager")
    _tenth_para(doc, "In attendance: Ruth Hill (RH), Business Support (minutes)")
    _tenth_para(doc, "Apologies: Sarah Khan, Claire Dunmore")
    doc.add_heading("1. Welcome and declarations of interest", level=2)
    _tenth_para(doc, "DL welcomed members. TE declared that one of the audited plans belongs to a family he supports "
               "through the forum; he did not see that file. No other declarations.")
    doc.add_heading("2. Minutes and actions of 7 December 2026", level=2)
    _tenth_para(doc, "Agreed as a correct record. All actions are complete; the audit tool action is covered in item 3.")
    doc.add_heading("3. Multi-agency EHC plan audit \u2013 findings", level=2)
    _tenth_para(doc, "MW presented the findings of the January audit of 30 EHC plans. 19 were judged good or better, "
               "up from 12 a year ago. Outcomes were still too general in a third of plans, and health sections "
               "often repeated the advice word for word without saying what provision would be made. HB said "
               "Riverside had already piloted the audit tool last term and found it quick to use.")
    _tenth_para(doc, "GA and YO agreed the health sections were the weakest part and that clinicians should take part "
               "in the next round of audits.")
    doc.add_heading("4. Quality assurance framework", level=2)
    _tenth_para(doc, "DL tabled a draft revised framework. Members asked for parent and young person feedback to sit "
               "alongside the audit scores, and for the framework to say how often each agency audits. TE said "
               "families should be asked before their plan is audited, not afterwards.")
    doc.add_heading("5. Annual reviews", level=2)
    _tenth_para(doc, "LP reported that 58% of annual reviews were completed within the four-week timescale in the "
               "autumn term. Schools still send paperwork by email, which is often lost. The portal may be "
               "able to take it from September.")
    doc.add_heading("Decisions", level=2)
    _tenth_para(doc, "The workstream agreed the audit tool will be used by all agencies from April 2027.",
          style="List Bullet")
    _tenth_para(doc, "Families will be asked for consent before their plan is audited.", style="List Bullet")
    doc.add_heading("Actions agreed", level=2)
    _tenth_action(doc, "Share the EHC plan audit findings with all SENCos through the SENCo bulletin by 26 February",
            "Mary Walker")
    _tenth_action(doc, "Arrange a joint audit of the health sections of ten plans, with a clinician from each therapy "
                 "service, before the end of March", "Grace Adeyemi and Yusuf Okafor")
    _tenth_action(doc, "Bring the revised quality assurance framework back for sign-off at the next meeting",
            "David Lowe")
    _tenth_action(doc, "Ask five families whose plans were audited whether they would talk to the workstream about "
                 "their experience", "Tom Evans")
    _tenth_action(doc, "Produce a one-page summary of the audit for the Partnership Board by 12/03/2027",
            "Business Support")
    _tenth_action(doc, "Check whether annual review paperwork can be sent through the portal from September and "
                 "report back within 10 working days", "LP")
    doc.add_heading("6. Any other business", level=2)
    _tenth_para(doc, "None.")
    doc.add_heading("7. Date of next meeting", level=2)
    _tenth_para(doc, "Monday 12 April 2027, 1.30pm, Westmoor House.")
    doc.save(HERE / "92_tenth_docx_autonumber_italic_owner.docx")


def _eleventh_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _eleventh_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _eleventh_set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def _eleventh_tracked_change(paragraph, old, new, author="Ruth Hill", when="2027-04-16T09:12:00Z"):
    """Append a real Word tracked change: <w:del>old</w:del><w:ins>new</w:ins>."""
    for number, (tag, text_tag, text) in enumerate((("w:del", "w:delText", old), ("w:ins", "w:t", new)), start=901):
        change = OxmlElement(tag)
        change.set(qn("w:id"), str(number))
        change.set(qn("w:author"), author)
        change.set(qn("w:date"), when)
        run, words = OxmlElement("w:r"), OxmlElement(text_tag)
        words.text = text
        run.append(words)
        change.append(run)
        paragraph._p.append(change)


def summary_of_decisions() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL – SENSITIVE\tWestmoor SEND Partnership Board"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Summary of decisions and actions – Board 15.04.27 – v0.2 (not the formal minutes)"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Westmoor SEND Partnership Board", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Summary of decisions and actions")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Meeting: ").bold = True
    p.add_run("Thursday 15 April 2027, 2.00pm, Committee Room 3, Westmoor House")
    p = doc.add_paragraph()
    p.add_run("Chair: ").bold = True
    p.add_run("Independent Chair")
    p = doc.add_paragraph()
    r = p.add_run("This summary is circulated within five working days of the Board so that owners can start on "
                  "their actions. The full minutes follow with the papers for the next Board. Owners are listed by "
                  "role; where a role is shared, the first named role leads.")
    r.italic = True
    r.font.size = Pt(9)

    headers = ("Ref", "Agenda item", "Decision / action", "Owner", "Due")
    rows = [
        ("section", "Standing items"),
        ("1", "Minutes of 10 March 2027", "Minutes approved as an accurate record.", "Independent Chair", "Complete"),
        ("2", "Action log", "All March actions reviewed; seven closed, none carried forward.",
         "Partnership Business Support Officer", "Complete"),
        ("3", "Matters arising", "Revised SEN support guidance published on the Local Offer and letter sent to "
         "all schools (action from March).", "Head of SEND", "Complete"),
        ("section", "Item 4 – Therapies and health"),
        ("4.1", "Therapies options paper", "DECISION: Board supported option 2 (a jointly commissioned "
         "therapies service) as the preferred option.", "–", "n/a"),
        ("4.2", "Therapies options paper", "Bring a costed proposal and draft service specification for the joint "
         "therapies service, co-produced with parents.", "Head of SEND Commissioning", "June Board"),
        ("4.3", "Health advice", "Review the health advice returned late in Q4 and report the themes by "
         "service.", "Designated Clinical Officer", "TRACKED"),
        ("4.4", "Therapies data", "Agree a data sharing protocol so therapy waiting list data can be matched "
         "to EHCP records.", "Head of SEND Commissioning / Head of Children's Therapies", "w/c 17 May"),
        ("section", "Item 5 – Performance and parent voice"),
        ("5.1", "Local Offer annual report", "Co-produce the parent summary of the Local Offer annual report "
         "with the PCF steering group.", "PCF Co-chair", "End of May"),
        ("5.2", "Performance dashboard", "Monitor the EHCP 20-week timeliness trajectory each month and flag any "
         "slippage to the Chair.", "Data and Performance Manager", "Ongoing"),
        ("5.3", "SENDIASS annual report", "Board noted the SENDIASS annual report and thanked the service.", "",
         "Noted"),
        ("section", "Item 6 – Inclusion Strategy"),
        ("6.1", "Inclusion Strategy", "DECISION: Board approved the draft Inclusion Strategy for public "
         "consultation (6 weeks).", "–", "Complete"),
        ("6.2", "Inclusion Strategy", "Circulate the consultation link and easy-read version to all partner "
         "organisations.", "Partnership Business Support Officer", "23/04/27"),
        ("6.3", "Inclusion Strategy", "Arrange training for SENCos on the quality of EP statutory advice and "
         "what schools should send with requests.", "Principal Educational Psychologist", "Next Board"),
        ("section", "Any other business"),
        ("7.1", "July meeting", "Board agreed to hold the July meeting in person at Riverside Primary School.",
         "–", "Complete"),
    ]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(headers):
        _eleventh_set_cell(table.rows[0].cells[c], h, bold=True, size=10)
        _eleventh_shade(table.rows[0].cells[c], "1F3864")
        table.rows[0].cells[c].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _eleventh_repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        if row[0] == "section":
            merged = cells[0].merge(cells[-1])
            _eleventh_set_cell(merged, row[1], bold=True, size=10)
            _eleventh_shade(merged, "D9E2F3")
            continue
        for c, text in enumerate(row):
            if text == "TRACKED":
                cells[c].text = ""
                _eleventh_tracked_change(cells[c].paragraphs[0], "30/04/2027", "14/05/2027")
                continue
            p = _eleventh_set_cell(cells[c], text, size=10)
            if text.startswith("DECISION:"):
                cells[c].text = ""
                p = cells[c].paragraphs[0]
                r = p.add_run("DECISION: ")
                r.bold = True
                r.font.size = Pt(10)
                r = p.add_run(text[len("DECISION: "):])
                r.font.size = Pt(10)
            if c == 4 and text in ("Complete", "n/a", "Noted"):
                cells[c].paragraphs[0].runs[0].italic = True
                _eleventh_shade(cells[c], "E2EFDA")
    widths = (Cm(1.3), Cm(4.2), Cm(11.5), Cm(5.5), Cm(3.0))
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Key: ").bold = True
    p.add_run("Complete = done at or before the Board, no further action.  Ongoing = standing responsibility, "
              "reported by exception.  Next Board = Thursday 17 June 2027.")
    p = doc.add_paragraph()
    r = p.add_run("Date change on 4.3 agreed by the Chair on 16 April – the ICB audit team cannot complete the "
                  "Q4 extract until the end of April.")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph("Prepared by: Partnership Business Support Officer, Westmoor Council")
    doc.save(HERE / "100_eleventh_docx_decisions_roles.docx")


def local_offer_carried_forward() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Local Offer Steering Group"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Westmoor SEND Partnership – Local Offer Steering Group – notes 26.01.27"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Local Offer Steering Group", level=1)
    doc.add_paragraph("Notes and action log – Tuesday 26 January 2027, 10.00–11.30, Teams")
    p = doc.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Sarah Khan (SK, Participation Officer – chair); Tom Evans (TE, PCF); Kerry Lang (KL, PCF parent "
              "champion); Claire Dunmore (CD, SENDIASS); Liam Porter (LP, Data and Performance); Mark Walsh (MWa, "
              "Head of Transport); Owen Reid (OR, Preparing for Adulthood); Ruth Hill (RH, notes)")
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Mary Walker (MW), Helen Brooks (HB)")

    doc.add_heading("1. Local Offer website – update", level=2)
    doc.add_paragraph("LP reported 9,840 visits in December, down on November as expected over the holidays. The "
                      "top searches were “EHCP”, “transport” and “short breaks”. The new search "
                      "categories went live on 11 January.", style="List Bullet")
    doc.add_paragraph("MWa said transport questions to the contact centre have doubled since September and many "
                      "are answered by information that is not on the Local Offer.", style="List Bullet")
    doc.add_paragraph("KL said parents still cannot find SENDIASS from the home page on a phone.",
                      style="List Bullet")

    doc.add_heading("2. Annual report and accessibility", level=2)
    doc.add_paragraph("The 2026 Local Offer annual report must be published by the end of March. The group agreed "
                      "to use the ‘You said, we did’ format again.", style="List Bullet")
    doc.add_paragraph("The Council’s accessibility audit of the site has been completed by an external "
                      "company; results came back last week and have not yet been reviewed.", style="List Bullet")
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run("Decision: ")
    r.bold = True
    p.add_run("the steering group will meet monthly until the annual report is published, then return to "
              "half-termly meetings.")

    doc.add_heading("3. Action log", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Carried-forward actions are from earlier meetings. Where a date has been moved it shows the "
                  "original date and the new one agreed today. New actions from today are at the bottom.")
    r.italic = True

    headers = ("No.", "Action", "Lead", "Raised", "Due", "Status / update")
    carried = [
        ("LO-11", "Review the Local Offer search categories with the PCF", "SK / TE", "24/11/26", "Complete",
         "New categories live 11/01. Close."),
        ("LO-14", "Add short breaks eligibility criteria with worked examples", "OR", "24/11/26",
         "was 31/01 now 28/02", "In progress – waiting for the revised short breaks statement."),
        ("LO-15", "Publish the SENDIASS referral form as an accessible online form", "CD", "24/11/26",
         "was 18/12 now 12/03", "Digital Services backlog. Carried forward."),
        ("LO-17", "Link the transport policy 2027/28 from the Local Offer", "MWa", "15/12/26", "31/03/27",
         "Not started – policy goes to Cabinet in March."),
        ("LO-18", "Mobile-friendly ‘Contact SENDIASS’ button on the home page", "RH", "15/12/26", "Complete",
         "Added 20/01. Close. KL to re-test – see LO-24."),
        ("LO-19", "Circulate the December analytics report", "LP", "15/12/26", "Complete", "Sent 08/01. Close."),
    ]
    new = [
        ("LO-20", "Publish the home to school transport FAQs (top 20 contact centre questions) on the Local "
         "Offer", "MWa", "26/01/27", "12/02/27", "New"),
        ("LO-21", "Run a mystery shopper exercise of the Local Offer with ten parents and feed back",
         "TE / KL", "26/01/27", "End of March", "New"),
        ("LO-22", "Send the website analytics summary to the steering group after each month end", "LP",
         "26/01/27", "Monthly", "New"),
        ("LO-23", "Update the SENDIASS contact details and new opening hours on all Local Offer pages", "CD",
         "26/01/27", "By Friday", "New"),
        ("LO-24", "Re-test the ‘Contact SENDIASS’ button on Android and iPhone and report any problems",
         "KL", "26/01/27", "Within 3 weeks", "New"),
        ("LO-25", "Draft the 2026 Local Offer annual report (‘You said, we did’) for sign-off", "SK",
         "26/01/27", "Next meeting", "New"),
        ("LO-26", "Go through the accessibility audit results with the Digital Services web team and bring a "
         "fix list", "Digital Services (via SK)", "26/01/27", "w/c 15 Feb", "New"),
    ]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Light Grid Accent 1"
    for c, h in enumerate(headers):
        _eleventh_set_cell(table.rows[0].cells[c], h, bold=True, size=10)
    _eleventh_repeat_header(table.rows[0])
    for title, block in (("Actions carried forward", carried), ("New actions", new)):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _eleventh_set_cell(merged, title, bold=True, size=10)
        _eleventh_shade(merged, "FFF2CC")
        for row in block:
            cells = table.add_row().cells
            for c, text in enumerate(row):
                p = _eleventh_set_cell(cells[c], text, size=10)
                if text.startswith("was "):
                    cells[c].text = ""
                    p = cells[c].paragraphs[0]
                    old, new_date = text[len("was "):].split(" now ")
                    r = p.add_run("was ")
                    r.font.size = Pt(10)
                    r = p.add_run(old)
                    r.font.strike = True
                    r.font.size = Pt(10)
                    r = p.add_run(" now ")
                    r.font.size = Pt(10)
                    r = p.add_run(new_date)
                    r.bold = True
                    r.font.size = Pt(10)
    widths = (Cm(1.4), Cm(6.8), Cm(2.4), Cm(1.9), Cm(2.4), Cm(4.0))
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    doc.add_heading("4. AOB", level=2)
    doc.add_paragraph("TE asked whether the Local Offer could carry a page on holiday clubs that accept children "
                      "with SEND. SK will raise it with the short breaks team but it may sit better with the "
                      "Family Information Service. No action agreed yet.")
    doc.add_paragraph("OR mentioned that the Preparing for Adulthood videos are being filmed in March.")
    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("Tuesday 23 February 2027, 10.00, Teams")
    doc.save(HERE / "103_eleventh_docx_carried_forward.docx")


def nested_minutes() -> None:
    """110: Word minutes numbered 1.1.1, an action summary in two parts (new, carried forward)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL - Westmoor SEND Partnership Board - Minutes 14.10.27 - DRAFT until approved"
    sec.footer.paragraphs[0].text = "SB/27/05   Minutes v0.3 (RH)   Page 1"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def h(text):
        doc.add_heading(text, level=2)

    def p(num, text, indent=0):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(indent)
        para.paragraph_format.first_line_indent = Cm(-1.4) if num else None
        if num:
            r = para.add_run(num + "\t")
            r.bold = True
        para.add_run(text)
        return para

    doc.add_heading("Westmoor SEND Partnership Board", level=1)
    doc.add_paragraph("Minutes of the meeting held on Thursday 14 October 2027 at 10.00am, Council Chamber, Westmoor House and via Teams")
    doc.add_paragraph("Present: Anne Price (Independent Chair), Mary Walker (Head of SEND), Priya Shah (Director of Education), "
                      "Yusuf Okafor (Designated Clinical Officer), Tom Evans (PCF co-chair), Helen Brooks (SENCo, Riverside Primary), "
                      "David Lowe (Principal EP), Sarah Khan (Participation Officer), Grace Adeyemi (Head of Children's Therapies), "
                      "Liam Porter (Data and Performance Manager)")
    doc.add_paragraph("In attendance: Claire Dunmore (SENDIASS) for item 7; Ruth Hill (Clerk)")
    doc.add_paragraph("Apologies: none")

    h("1. Welcome and declarations of interest")
    p("1.1", "The Chair welcomed members, in particular Claire Dunmore attending for item 7.", 1.4)
    p("1.2", "No declarations of interest were made.", 1.4)

    h("2. Minutes of the meeting of 15 July 2027 and matters arising")
    p("2.1", "The minutes were approved as a correct record.", 1.4)
    p("2.2", "Matters arising: all actions were complete or are shown as carried forward in Part B of the action summary below.", 1.4)

    h("3. Inclusion charter")
    p("3.1", "Mary Walker introduced the final draft of the inclusion charter.", 1.4)
    p("3.1.1", "The charter had been co-produced with SENCos, young people and the PCF over the summer.", 2.8)
    p("3.1.2", "It was noted that the charter had already been shared with the governors' forum in September.", 2.8)
    p("3.2", "Helen Brooks reported that the SENCo network had discussed the charter on 7 October.", 1.4)
    p("3.2.1", "Helen would pull together the network's comments and send them to members before half term (see A1).", 2.8)
    p("3.3", "It was RESOLVED that the charter be launched at the Heads' conference subject to the SENCo comments.", 1.4)

    h("4. Performance")
    p("4.1", "Liam Porter presented the quarter 2 scorecard.", 1.4)
    p("4.1.1", "Members welcomed the improvement in 20-week timeliness (66%). LP offered to look at other measures in future.", 2.8)
    p("4.1.2", "The Chair asked that annual review timeliness be shown on the scorecard from now on (A2).", 2.8)
    p("4.2", "Reduced timetables", 1.4)
    p("4.2.1", "Priya Shah reported that 83 pupils with EHC plans were on reduced timetables, most in academies. "
                "Members were concerned that trusts were not notifying the council (A3).", 2.8)

    h("5. Health")
    p("5.1", "Yusuf Okafor gave the health update.", 1.4)
    p("5.1.1", "Health advice within 6 weeks: 74%.", 2.8)
    p("5.1.2", "The Board RESOLVED to keep community paediatrics on the risk register at red.", 2.8)
    p("5.1.3", "The DCO would escalate capacity in community paediatrics to the ICB Quality Committee (A4).", 2.8)
    p("5.2", "Grace Adeyemi said OT waiting times vary a lot by locality; members asked to see the figures (A5).", 1.4)

    h("6. SEND strategy refresh")
    p("6.1", "Tom Evans welcomed the Board's agreement in September that the refresh would be co-produced.", 1.4)
    p("6.1.1", "The PCF would put forward two parents to join the steering group (A6).", 2.8)
    p("6.2", "Sarah Khan said young people would be recruited through the Youth Voice group; this is already in hand.", 1.4)

    h("7. SENDIASS report on exclusions")
    p("7.1", "Claire Dunmore presented SENDIASS enquiry data showing a rise in calls about suspensions.", 1.4)
    p("7.2", "Members asked whether the rise was linked to reduced timetables. This could not be answered on the day.", 1.4)
    p("7.3", "Claire agreed to send the case themes behind the exclusions enquiries (A7).", 1.4)

    h("8. Inspection readiness")
    p("8.1", "Mary Walker noted that the new area SEND inspection handbook had been published. "
              "Members agreed a development session would help (A8).", 1.4)

    h("9. Items for future meetings")
    p("9.1", "Self-evaluation refresh - December.", 1.4)
    p("9.2", "Preparing for Adulthood outcomes - February 2028.", 1.4)
    p("9.3", "Tom Evans asked that transport come back once the policy consultation closes.", 1.4)

    h("10. Date of next meeting")
    p("10.1", "Thursday 9 December 2027, 10.00am.", 1.4)

    doc.add_page_break()
    doc.add_heading("Action summary", level=2)
    doc.add_paragraph("Part A - new actions from this meeting")
    rows = [
        ("A1", "see 3.2.1", "Circulate SENCo network comments on the inclusion charter", "Helen Brooks", "22.10.27"),
        ("A2", "see 4.1.2", "Add annual review timeliness to the performance scorecard", "LP", "Next meeting"),
        ("A3", "see 4.2.1", "Write to academy trusts about notifying the council of reduced timetables", "DoE", "30.11.27"),
        ("A4", "see 5.1.3", "Escalate community paediatrics capacity to ICB Quality Committee", "DCO", "Within 4 weeks"),
        ("A5", "see 5.2", "Bring OT waiting times by locality", "GA", "Dec Board"),
        ("A6", "see 6.1.1", "Nominate two parents for the strategy refresh steering group", "PCF co-chair", "5 Nov"),
        ("A7", "see 7.3", "Send SENDIASS case themes on exclusions enquiries", "Claire Dunmore (SENDIASS)", "19/11/2027"),
        ("A8", "see 8.1", "Arrange a Board development session on the inspection handbook", "Clerk", "End of Jan 2028"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Ref", "Minute", "Action", "Owner", "Due"], strict=False):
        c.text = txt
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r, strict=False):
            c.text = txt

    doc.add_paragraph()
    doc.add_paragraph("Part B - actions carried forward from previous meetings")
    rows_b = [
        ("B1", "15.07.27 min 5.2", "Annual review audit group to report findings", "RH / MW", "Nov 2027", "On track"),
        ("B2", "15.07.27 min 6.1", "Publish short breaks statement", "SK", "30.09.27", "Complete - remove"),
        ("B3", "12.05.27 min 4.3", "Review of SEN Support funding model", "James Whitfield", "Dec 2027", "Delayed - to Dec"),
    ]
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for c, txt in zip(t2.rows[0].cells, ["Ref", "From", "Action", "Owner", "Due", "Status"], strict=False):
        c.text = txt
    for r in rows_b:
        cells = t2.add_row().cells
        for c, txt in zip(cells, r, strict=False):
            c.text = txt

    doc.add_paragraph()
    doc.add_paragraph("Approved by the Board on: ....................   Chair: ....................")
    doc.save(HERE / "110_twelfth_nested_minutes.docx")


if __name__ == "__main__":
    workforce_action_table()
    health_board_paragraphs()
    bilingual_side_by_side()
    high_needs_bold_actions()
    forum_who_when_column()
    inclusion_item_discussion_actions()
    therapies_arrow_owners()
    senco_network_next_steps()
    person_centred_review()
    improvement_board_lettered()
    key_points_table()
    owner_first_capitals()
    quality_workstream()
    summary_of_decisions()
    local_offer_carried_forward()
    nested_minutes()
