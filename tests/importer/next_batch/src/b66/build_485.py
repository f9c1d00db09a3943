"""485: ICB Board (meeting in public) unconfirmed minutes, .docx, numbered minutes in a
3-column Word table whose right-hand column is the ACTION margin (initials + date)."""
import sys
sys.path.insert(0, "/tmp/b66/src")
from dochelp import *
from docx.enum.table import WD_TABLE_ALIGNMENT

OUT = "/tmp/b66/485_sixtysixth_icb_board_public_minutes_action_margin_initials.docx"
d = base_doc("Arial", 10)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "NHS Westmoor Integrated Care Board\tBoard meeting held in public\tUNCONFIRMED"
hp.runs[0].font.size = Pt(8.5)
hp2 = sec.header.add_paragraph("Minutes: 19 January 2027 (subject to approval at the meeting on 16 March 2027)")
hp2.runs[0].font.size = Pt(8.5); hp2.runs[0].italic = True
fp = sec.footer.paragraphs[0]
fp.add_run("Chair's initials ........      ")
page_x_of_y(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

t = d.add_paragraph(); r = t.add_run("NHS Westmoor Integrated Care Board"); r.bold = True; r.font.size = Pt(14)
t = d.add_paragraph(); r = t.add_run("Minutes of the Board meeting held in public on Tuesday 19 January 2027 at 10:00, "
                                      "Board Room, Westmoor House and via MS Teams"); r.bold = True

d.add_paragraph().add_run("Present (voting members)").bold = True
present = [
    ("Dr Richard Amos", "Chair", "RA"),
    ("Fiona Marsh", "Chief Executive", "FM"),
    ("Jane Okoro", "Chief Nursing Officer", "JO"),
    ("Colin Pryce", "Chief Finance Officer", "CP"),
    ("Prof Lena Hart", "Non-Executive Member (Quality)", "LH"),
    ("Michael Ade", "Non-Executive Member (Audit)", "MA"),
    ("Priya Shah", "Partner Member, Local Authorities (Director of Education, Westmoor Council)", "PS"),
    ("Dr Kate Lyle", "Partner Member, Primary Medical Services", "KL"),
]
attend = [
    ("Simon Reeve", "Director of Performance and Intelligence", "SR"),
    ("Yusuf Okafor", "Designated Clinical Officer for SEND (item 27/007)", "YO"),
    ("Dr Anita Patel", "Consultant Community Paediatrician, Westmoor Community Health NHS Trust (item 27/007)", "AP"),
    ("Tom Evans", "Co-chair, Westmoor Parent Carer Forum (item 27/007)", "TE"),
    ("Angela Brown", "Chief Officer, Healthwatch Westmoor (observer)", "AB"),
    ("Marcia Thomas", "Board Secretary (minutes)", "MT"),
]


def people_table(rows):
    tb = d.add_table(rows=0, cols=3)
    no_borders(tb)
    for n, role, ini in rows:
        c = tb.add_row().cells
        cell_text(c[0], n); cell_text(c[1], role); cell_text(c[2], f"({ini})")
    col_widths(tb, [4.2, 11.0, 1.8])


people_table(present)
d.add_paragraph().add_run("In attendance").bold = True
people_table(attend)
p = d.add_paragraph()
p.add_run("Apologies: ").bold = True
p.add_run("Dr Harpreet Sandhu (Chief Medical Officer); Gareth Lowe (Chief People Officer); "
          "Cllr Paul Grant (Partner Member, Local Authorities).")
d.add_paragraph("Members of the public: 6 in the room, 23 via the live stream.")

tb = d.add_table(rows=1, cols=3)
set_borders(tb, 4, "7F7F7F")
hdr = tb.rows[0].cells
for c, txt in zip(hdr, ["Minute", "Item", "ACTION"]):
    cell_text(c, txt, bold=True, color="FFFFFF"); shade(c, "005EB8")
repeat_header(tb.rows[0])


def minute(ref, title, paras, action=""):
    c = tb.add_row().cells
    cell_text(c[0], ref, bold=True)
    cell_text(c[1], title, bold=True)
    for para in paras:
        p = c[1].add_paragraph()
        if para.startswith("RESOLVED") or para.startswith("ACTION"):
            head, rest = para.split(":", 1)
            p.add_run(head + ":").bold = True
            p.add_run(rest)
        else:
            p.add_run(para)
    if action:
        cell_text(c[2], action, bold=True, size=9)


minute("27/001", "Welcome, introductions and apologies", [
    "The Chair welcomed members and the public to the meeting, and in particular TE, YO and AP, who were attending "
    "for item 27/007. Apologies were noted as above. The meeting was confirmed as quorate.",
])
minute("27/002", "Declarations of interest", [
    "PS reminded the Board of her role as Director of Education at Westmoor Council in relation to item 27/007; "
    "this is recorded on the register of interests. There were no other declarations relating to the agenda.",
])
minute("27/003", "Minutes of the meeting held in public on 10 November 2026", [
    "The minutes were APPROVED as an accurate record, subject to one correction at 26/131 (the waiting list figure "
    "quoted should read 1,960 and not 1,690).",
])
minute("27/004", "Action log and matters arising", [
    "26/118 (CFO to circulate a summary of the 2027/28 planning guidance): complete. Closed.",
    "26/121 (CNO to bring the outcome of the local area SEND inspection to the Board): on today's agenda at 27/007. Closed.",
    "26/124 (Board Secretary to schedule a development session on population health management): held on "
    "8 December 2026. Closed.",
    "There were no matters arising.",
])
minute("27/005", "Chair's and Chief Executive's report", [
    "FM highlighted winter pressures across the system, the segmentation letter under the NHS Oversight Framework and "
    "the publication on 2 December 2026 of the Westmoor local area SEND inspection report, which found widespread "
    "and/or systemic failings. She reminded the Board that the ICB and the Council are jointly responsible for the "
    "Priority Action Plan.",
    "RESOLVED: The Board NOTED the report.",
])
minute("27/006", "Integrated Performance Report (Month 8)", [
    "SR presented the report. Children and young people waiting for a neurodevelopmental (ND) assessment now number "
    "2,140, with a median wait of 94 weeks. MA asked whether the figures could be split by age band, as he understood "
    "that the picture for under-5s was quite different. SR agreed that the IPR will show neurodevelopmental waits by "
    "age band from the Q1 2027/28 report onwards.",
    "RESOLVED: The Board NOTED the Month 8 position.",
], "SR\nQ1 2027/28")
minute("27/007", "Westmoor local area SEND inspection: outcome and Priority Action Plan (health elements)", [
    "JO introduced the item and YO presented the health elements of the Priority Action Plan (PAP). Statutory health "
    "advice for EHC needs assessments was returned within six weeks in 61% of cases in December against a target of "
    "90%. AP described the capacity position in community paediatrics (2.4 WTE consultant vacancies) and the work "
    "with the Trust on a single ND pathway. TE spoke on behalf of the PCF: families consistently tell the forum that "
    "they are not told where they are on the waiting list, and that this is as distressing as the wait itself.",
    "LH asked how the Board would know whether the plan was working. YO said a recovery trajectory was being modelled "
    "with the Trust. The Board asked YO to bring the trajectory for health advice timeliness to the March Board, with "
    "monthly milestones.",
    "CP noted that the DCO role is currently funded at 0.4 WTE, which benchmarks well below comparator ICBs. The Board "
    "supported in principle an uplift to 1.0 WTE; JO will take the DCO business case to the Executive Committee "
    "w/c 8 Feb for approval.",
    "AB (Healthwatch) suggested a public-facing dashboard of SEND health measures. The Chair noted that the local "
    "area's published SEND dashboard is owned by the SEND Partnership Board rather than the ICB. PS agreed to take "
    "the suggestion back to the SEND Partnership Board on 3 February.",
    "AP offered to lead a Board development session on the ND pathway. The Chair thanked her and said this would be "
    "considered when the 2027/28 development programme is set.",
    "TE asked whether a Board member could act as a champion for children with SEND. The Board agreed that LH would "
    "take on this role. LH will arrange to meet the PCF co-chairs.",
    "RESOLVED: The Board (a) NOTED the inspection outcome; (b) ENDORSED the health elements of the Priority Action "
    "Plan; (c) AGREED that LH be the Board's SEND champion.",
], "YO\n16/03/27\n\nJO\nw/c 8 Feb\n\nPS\n03/02/27\n\n\n\nLH")
minute("27/008", "Board Assurance Framework (Quarter 3)", [
    "MT presented the Board Assurance Framework. Members agreed that the inspection outcome warrants a new strategic "
    "risk rather than an amendment to BAF-04 (children and young people's mental health).",
    "ACTION: MT to draft a new BAF risk on SEND statutory duties, with JO as executive lead, for the March meeting.",
], "MT\n16/03/27")
minute("27/009", "Quality and Performance Committee: escalation report", [
    "LH, as Chair of the Committee, escalated the position on children's speech and language therapy at Westmoor "
    "Community Health NHS Trust: 380 children have waited more than 52 weeks. The Committee had not been assured by "
    "the Trust's response to date.",
    "The Board agreed that the ICB would write formally to the Trust asking for a recovery plan with a trajectory, "
    "copied to the Council's Director of Education.",
    "ACTION: JO to write formally to the Trust asking for a recovery plan by end of February.",
], "JO\nend Feb")
minute("27/010", "Finance report (Month 8)", [
    "CP reported a forecast break-even position for 2026/27, with a risk of £3.1m relating to continuing care and "
    "high-cost placements, including jointly funded placements for children with complex needs.",
    "RESOLVED: The Board NOTED the report.",
])
minute("27/011", "Questions from the public", [
    "One question had been received in advance from a parent about ND assessment waits for young people aged 15 and "
    "over. A written response was provided before the meeting and is appended to these minutes.",
])
minute("27/012", "Any other business", ["None."])
col_widths(tb, [1.8, 12.6, 2.6])

p = d.add_paragraph()
p.add_run("Date of next meeting held in public: ").bold = True
p.add_run("Tuesday 16 March 2027, 10:00, Westmoor House.")
d.add_paragraph("Signed (Chair) ................................................    Date ......................")
d.save(OUT)
print("wrote", OUT)
