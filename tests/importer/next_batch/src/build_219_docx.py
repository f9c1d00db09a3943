"""Builds 219_twentyeighth_pap_progress_update_table.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "219_twentyeighth_pap_progress_update_table.docx"

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Cm(1.6))
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)
sec.header.paragraphs[0].text = "OFFICIAL – SENSITIVE (draft until noted by Board)      Westmoor Local Area Partnership – Priority Action Plan"
sec.footer.paragraphs[0].text = "PAP progress update v0.4 – prepared by R Hill for SEND Improvement Board 18.02.27 – page numbers not set"


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


h = doc.add_paragraph()
r = h.add_run("Area SEND Inspection (Ofsted/CQC) – Priority Action Plan (PAP)\nProgress update to the SEND Improvement Board, Thursday 18 February 2027")
r.bold = True
r.font.size = Pt(14)

doc.add_paragraph("Report of: Mary Walker, Head of SEND, and Yusuf Okafor, Designated Clinical Officer (ICB), on behalf of the Local Area Partnership\n"
                  "Reporting period: 1 December 2026 – 5 February 2027 (data cut-off 31/01/27)")

p = doc.add_paragraph()
p.add_run("1. Purpose").bold = True
doc.add_paragraph(
    "This paper sets out progress against the two areas for priority action and the five areas for improvement identified in the "
    "area SEND inspection report published on 9 August 2026. It uses the RAG key agreed by the Board in October "
    "(Blue = complete and impact evidenced; Green = on track; Amber = some slippage, recoverable; Red = off track / escalation needed). "
    "The 'Next steps' column lists what leads have committed to do before the next update. Where a target date has moved the "
    "original date is shown struck through in the tracker on SharePoint; in this Word version it is shown as 'was'.")

p = doc.add_paragraph()
p.add_run("2. Summary").bold = True
for t in [
    "Of 14 actions in the plan, 3 are Blue, 6 Green, 4 Amber and 1 Red (transport – see PAP 2.4).",
    "EHC needs assessments completed within 20 weeks rose to 46% in January (from 31% in Oct). The national figure last published was 50.3%.",
    "The DfE SEND Adviser and NHS England will hold the next formal review meeting with the Local Area on 16 March 2027; papers are due to them a week before. "
    "(The DfE adviser is arranging the agenda – no action for partners at this stage.)",
    "Parent carer feedback via the PCF 'temperature check' remains mixed; the fall in complaints about communication is welcome but small.",
]:
    doc.add_paragraph(t, style="List Bullet")

p = doc.add_paragraph()
p.add_run("3. The Board is asked to:").bold = True
for t in ["NOTE progress against the PAP;",
          "AGREE the revised target dates for PAP 1.3 and 2.4 (shown in the table);",
          "CONSIDER whether PAP 2.4 (home to school transport) should be escalated to the Executive Leadership Team."]:
    doc.add_paragraph(t, style="List Number")

p = doc.add_paragraph()
p.add_run("4. Progress table").bold = True

cols = ["Ref", "Area for priority action / improvement", "Action (from PAP)", "Lead", "Target", "Progress since last update (Dec 26)", "RAG", "Next steps (who / by when)"]
rows = [
    ["PAP 1.1", "Timeliness and quality of EHC plans",
     "Clear the backlog of EHC needs assessments over 20 weeks",
     "MW",
     "31/03/27",
     "Backlog down from 212 to 131. Two additional EHC coordinators started 4 January. Weekly 'backlog huddle' in place since "
     "November and will continue. Previous action (Dec) – LP to build weekly backlog report – DONE, report live in Power BI.",
     "Amber",
     "Liam Porter to publish the EHCP timeliness dashboard monthly on the Local Offer site from end of March (first publication "
     "31/03/27), with a plain-English explainer co-written with the PCF.\nMW to keep under review – no separate action."],
    ["PAP 1.2", "Timeliness and quality of EHC plans",
     "Improve the quality of health advice into EHC needs assessments",
     "YO (DCO)",
     "30/04/27",
     "Health advice template revised and in use from 1 Feb. Training for community paediatrics delivered 26/01 (19 attended). "
     "Quality audit tool agreed at the QA group.",
     "Green",
     "DCO to complete a dip-sample audit of health advice quality across 20 EHCPs and bring findings to the April Board – "
     "fieldwork by 16 April 2027.\n(Dr Patel has offered paediatrician time for moderation – thanks noted, not an action.)"],
    ["PAP 1.3", "Timeliness and quality of EHC plans",
     "Reduce waiting times for educational psychology advice",
     "DL",
     "was 31/01/27\nrevised 30/04/27",
     "EP advice returned within 6 weeks: 58% (Jan). Locum EP contract runs to 5 March. Recruitment round for 2 x main scale EPs closed "
     "with no appointable candidates.",
     "Amber",
     "David Lowe to agree the locum EP contract extension with procurement before it lapses – by 5 March.\n"
     "Re-advertise EP posts – on hold pending the workforce review (not for this period)."],
    ["PAP 1.4", "Timeliness and quality of EHC plans",
     "Embed parent / young person feedback on every new EHCP",
     "MW / TE (PCF)",
     "31/03/27",
     "Draft EHCP feedback survey written with PCF steering group in January. Online version built on the Council's survey platform.",
     "Green",
     "PCF (Tom) to test the revised EHCP parent feedback survey with 10 families and send comments to the SEND team by 12/03/27. "
     "Survey to go live once changes made."],
    ["PAP 2.1", "Identification of need and graduated response in mainstream",
     "Refresh the Westmoor graduated approach toolkit with schools",
     "MW / HB",
     "Summer term 27",
     "Working group of 8 SENCos (chaired by Helen Brooks) has met twice. Sections on SEMH and communication & interaction redrafted. "
     "Schools Forum were briefed on 2 Feb.",
     "Green",
     "Mary Walker to bring the refreshed graduated approach toolkit (draft 2) to the April Board for sign-off.\n"
     "HB to continue chairing working group."],
    ["PAP 2.2", "Identification of need and graduated response in mainstream",
     "Launch the Ordinarily Available Provision guidance",
     "SK (School Improvement)",
     "Complete",
     "Guidance published 10/01/27, launched at the heads' briefing. 74 schools have downloaded. Impact to be evidenced via the "
     "spring SEN support audit.",
     "Blue",
     "None this period – impact will be reported through the QA framework."],
    ["PAP 2.3", "Neurodevelopmental pathway",
     "Reduce waits for ASD/ADHD assessment",
     "YO / GA",
     "31/03/28",
     "Longest wait 94 weeks (was 101). ICB has approved non-recurrent funding for an independent provider (decision taken at ICB "
     "Finance Committee 20/01). Speech and language therapy capacity remains the constraint.",
     "Amber",
     "Grace Adeyemi to recruit two additional SALT posts for the neurodevelopmental pathway – adverts out this month, "
     "in post by end of Q1 2027/28.\nAwaiting ICB decision on recurrent funding – for ICB, not the Board."],
    ["PAP 2.4", "Home to school transport",
     "Review SEND transport policy and improve communication with families",
     "MWa (Transport)",
     "was 31/12/26\nrevised 30/06/27",
     "Policy consultation closed 29/01 with 412 responses, most critical of the post-16 offer. Route planning software "
     "procurement delayed. Complaints up 18%.",
     "Red",
     "Mark Walsh to review the transport policy consultation responses and present options report to the Board by 30 April.\n"
     "Board to consider escalation to ELT (see 3 above)."],
    ["AFI 3", "Preparing for adulthood",
     "Preparing for adulthood outcomes in Year 9+ reviews",
     "OR",
     "31/07/27",
     "PfA outcomes section added to annual review paperwork. Baseline: 37% of Y9 reviews sampled had PfA outcomes.",
     "Green",
     "Owen Reid to set up a PfA outcomes tracker for Year 9 annual reviews and report the first quarter's figures – by 28 May."],
    ["AFI 4", "Co-production and communication",
     "Young people's voice in Local Offer development",
     "SKh (Participation)",
     "31/03/27",
     "Youth SEND Council met in January; agreed priorities. Local Offer 'what's on' page rewritten using their feedback.",
     "Green",
     "Sarah Khan to run a young people's co-production session on the Local Offer navigation – w/e 19/03/27."],
    ["AFI 5", "Joint commissioning",
     "Agree a joint commissioning strategy for SEND",
     "PS / YO",
     "Complete",
     "Strategy approved by Health and Wellbeing Board on 14 December 2026.",
     "Blue",
     "None – monitoring via the Joint Commissioning Group."],
]

t = doc.add_table(rows=1, cols=len(cols))
t.style = "Table Grid"
for i, c in enumerate(cols):
    cell = t.rows[0].cells[i]
    cell.text = ""
    run = cell.paragraphs[0].add_run(c)
    run.bold = True
    shade(cell, "1F3864")
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
rag_col = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
for row in rows:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = ""
        lines = v.split("\n")
        cells[i].paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            cells[i].add_paragraph(ln)
        if i == 6:
            shade(cells[i], rag_col[v])
widths = [Cm(1.5), Cm(3.2), Cm(3.6), Cm(1.8), Cm(2.0), Cm(6.0), Cm(1.4), Cm(6.5)]
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("5. Risks and issues").bold = True
doc.add_paragraph(
    "The main risk remains workforce: educational psychology, SALT and EHC coordinator capacity. The risk register has been updated "
    "and the EP risk score increased to 16. Demand continues to rise – 96 new requests for assessment in January, the highest month on record. "
    "Legal challenges: 11 tribunal appeals lodged this period, 7 of which relate to section F.")
doc.add_paragraph(
    "Finance: the high needs block deficit is forecast at £6.2m for 2026/27. The Safety Valve conversation with the DfE is separate "
    "from this plan and will be reported to Schools Forum.")

p = doc.add_paragraph()
p.add_run("6. Voice of families – what we are hearing").bold = True
doc.add_paragraph(
    "The PCF 'temperature check' (January, 143 responses) showed 41% of parents felt they were kept informed during the EHC needs "
    "assessment process, up from 29%. Comments were positive about the new coordinators but parents remain frustrated about "
    "transport and about not knowing who their case worker is. The PCF would like to see named caseworkers included on every "
    "letter – this was raised as a suggestion and the SEND team is considering it; no commitment yet.")
doc.add_paragraph(
    "SENDIASS (Claire Dunmore) reports that enquiries about EHCP timescales fell slightly, while enquiries about transport "
    "doubled. SENDIASS will continue to share monthly themes with the SEND team, as now.")

p = doc.add_paragraph()
p.add_run("7. Next update").bold = True
doc.add_paragraph(
    "The next full PAP progress update will come to the SEND Improvement Board on 22 April 2027. Leads are asked to update "
    "the SharePoint tracker by 9 April so that Ruth can prepare the Word version. (Standing reminder – not a new action.)")

p = doc.add_paragraph()
p.add_run("Post-meeting note (added 19/02/27, RH): ").bold = True
p.add_run("The Board noted the update and agreed the revised target dates for PAP 1.3 and 2.4. The Board did not agree to escalate "
          "PAP 2.4 to ELT at this stage but will review it in April once the options report is received. "
          "The Chair, Anne Price, asked that the DCO's audit findings also be shared with the Health and Wellbeing Board – "
          "Yusuf to include them in the HWB SEND update in June.")

doc.save(OUT)
print("wrote", OUT)
