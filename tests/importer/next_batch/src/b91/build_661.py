from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/tmp/b91/661_ninetyfirst_send_partnership_board_minutes.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(1.8)
    s.header.paragraphs[0].text = "Westmoor SEND Partnership Board  |  OFFICIAL"
    s.footer.paragraphs[0].text = "Minutes v0.2 draft - for approval at June Board"

h = d.add_paragraph(); r = h.add_run("Westmoor SEND Partnership Board"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Minutes - Wednesday 14th April 2027, 1.30pm-4pm, Committee Room 2, Westmoor Civic Centre / Teams")

d.add_paragraph().add_run("Present").bold = True
d.add_paragraph("Anne Price (AP) Independent Chair; Mary Walker (MW) Head of SEND; Priya Shah (PS) Director of Education; "
                "Yusuf Okafor (YO) DCO, ICB; Tom Evans (TE) PCF; Helen Brooks (HB) SENCo, Riverside Primary; "
                "David Lowe (DL) Principal EP; Sarah Khan (SK) Participation Officer; Grace Adeyemi (GA) Children's "
                "Therapies; Liam Porter (LP) Data & Performance")
d.add_paragraph().add_run("In attendance").bold = True
d.add_paragraph("Ruth Hill (RH) minutes; Owen Reid (OR) for item 6")
d.add_paragraph().add_run("Apologies").bold = True
d.add_paragraph("Sarah Kent (School Improvement); James Whitfield (AD SEND & Inclusion)")

t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["", "Item", "Action", "Who / when"]):
    c.text = txt; c.paragraphs[0].runs[0].bold = True

def row(no, paras, action="", who=""):
    cells = t.add_row().cells
    cells[0].text = no
    cells[1].text = paras[0]
    for p in paras[1:]:
        cells[1].add_paragraph(p)
    cells[2].text = action
    cells[3].text = who
    return cells

row("1", ["Welcome, introductions and apologies",
          "AP welcomed everyone, in particular Owen Reid who is joining for item 6. Apologies as above. "
          "No declarations of interest."])
cells = row("2", ["Minutes of 10th February and matters arising",
          "Minutes agreed as accurate. Action log reviewed - see table below. AP asked that anything carried "
          "forward more than twice comes back as an agenda item rather than sitting on the log."])
lt = cells[1].add_table(rows=1, cols=4)
lt.style = "Table Grid"
for c, txt in zip(lt.rows[0].cells, ["Ref", "Action", "Owner", "Status"]):
    c.text = txt
for r in [
    ["A11", "Circulate revised Board terms of reference", "RH", "Done 15/2 - closed"],
    ["A12", "LP to add the new 20-week timeliness measure to the dashboard", "LP", "Done - in April pack. Closed"],
    ["A14", "YO to confirm DCO cover arrangements during leave", "YO", "Not yet confirmed - ICB restructure. Carried forward, Board agreed new date 12 May"],
    ["A15", "HB to share SENCo network notes", "HB", "Ongoing"],
    ["A16", "PCF to run Local Offer focus group", "TE", "Done 18/3 - feedback under item 3. Closed"],
]:
    rc = lt.add_row().cells
    for c, txt in zip(rc, r):
        c.text = txt

row("3", ["Local Offer and SEND survey 2027 - headline results (SK)",
          "SK presented the headline results: 288 responses, 61% parents, 22% young people, 17% practitioners. "
          "Satisfaction with the Local Offer website up from 34% to 41%. Young people said the site was 'for "
          "adults'. TE said the PCF focus group had said the same and asked that young people get their own "
          "version of the results.",
          "Agreed that an easy-read version is produced before the full report goes to the website."],
    "SK to draft the easy-read version of the survey results", "SK - by Fri 7 May")
row("4", ["Therapies - waiting times (GA)",
          "GA gave an update. SALT waits now average 31 weeks (was 38). OT remains the pressure: 412 children "
          "waiting, longest wait 71 weeks. The Trust has approved two fixed-term OT posts from its own budget and "
          "is recruiting now. YO added that the ICB has commissioned an external review of the neurodiversity "
          "pathway and expects the report in September - that sits with the ICB, not the Board.",
          "HB asked whether schools could be told which children are waiting; GA explained this could only be "
          "shared with parental consent and that this is already on the referral form.",
          "Board asked for a clear trajectory for OT rather than another snapshot."],
    "GA to bring the OT recovery trajectory", "GA - next Board")
row("5", ["Inclusion Strategy - consultation plan (PS / MW)",
          "PS outlined the plan to consult on the draft Inclusion Strategy over the summer term. Discussion about "
          "timing - HB said schools would struggle to respond in July. Agreed consultation should open in "
          "June and close in September to give schools the first weeks of term.",
          "Board endorsed the draft strategy for consultation (decision - no further action for the Board).",
          "MW will agree the consultation timetable with PS and the comms team so it can be published before "
          "May half term."],
    "", "")
row("6", ["Preparing for Adulthood (OR)",
          "OR presented the PfA self-evaluation. Strong on employment pathways (supported internships up from 14 "
          "to 23), weak on independent living and health transition. TE said families still hear about adult "
          "services too late. OR said the council's adult social care team are already reviewing the transition "
          "protocol and will report to their own DMT in May.",
          "Noted. DL suggested a PfA task group reporting to the Board - not agreed for now, AP asked to revisit "
          "once the adult social care review has reported."],
    "", "")
row("7", ["PCF update (TE)",
          "PCF annual conference Saturday 19 June at the Guildhall. TE will send the conference flyer to RH by "
          "the end of April for circulation to Board members and their teams. PCF recruiting two new steering "
          "group members.",
          "LP offered to run any bespoke data for the conference workshops if TE lets him know."],
    "", "")
row("8", ["AOB",
          "DL: EP statutory advice - 46 requests over the 6-week deadline, mainly due to vacancies. Two locums "
          "started in March. DL to report back on locum EP recruitment at the June Board.",
          "HB: reminder that all settings should be using the new graduated approach toolkit from September - "
          "this is already in the SENCo bulletin.",
          "Date of next meeting: Wednesday 16th June 2027, 1.30pm."],
    "", "")
d.add_paragraph("")
d.add_paragraph("Minutes taken by Ruth Hill. Please send corrections to RH within 2 weeks.")
d.save(OUT)
