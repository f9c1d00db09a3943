"""Builds 249_thirtysecond_wsoa_progress_board_summary.pdf into the parent folder."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/thirtysecond_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = Path(__file__).resolve().parent.parent / "249_thirtysecond_wsoa_progress_board_summary.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, textColor=colors.HexColor("#2B3A67"))
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, textColor=colors.HexColor("#2B3A67"), spaceBefore=10)
H3 = ParagraphStyle("h3", parent=N, fontName="Helvetica-Bold", fontSize=9.5, spaceBefore=6)

def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 8); c.setFillColor(colors.HexColor("#B00020"))
    c.drawString(18*mm, 287*mm, "OFFICIAL")
    c.setFillColor(colors.black); c.setFont("Helvetica", 8)
    c.drawRightString(192*mm, 287*mm, "Westmoor Local Area – WSoA Progress Board")
    c.drawString(18*mm, 10*mm, "WSoA Progress Board summary – 20 April 2027 – v1.1 (approved by Chair 27/04/27)")
    c.drawRightString(192*mm, 10*mm, f"Page {d.page}")
    c.restoreState()

def tbl(rows, widths, head=True, rag_col=None):
    data = [[Paragraph(str(x), S) for x in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")))
    if rag_col is not None:
        cmap = {"G": "#C6EFCE", "A": "#FFEB9C", "R": "#FFC7CE", "COMPLETE": "#C6EFCE", "Closed": "#C6EFCE"}
        for i, r in enumerate(rows[1:], start=1):
            v = str(r[rag_col]).split()[0] if r[rag_col] else ""
            if v in cmap:
                style.append(("BACKGROUND", (rag_col, i), (rag_col, i), colors.HexColor(cmap[v])))
    t.setStyle(TableStyle(style))
    return t

st = []
st += [Paragraph("Written Statement of Action (WSoA)<br/>Progress Board – Summary of Meeting", H1),
       Paragraph("<b>Date:</b> Tuesday 20 April 2027, 1.30–4.00pm, Council Chamber annexe and MS Teams", N),
       Paragraph("<b>Chair:</b> Anne Price (Independent Chair, Westmoor SEND Partnership)", N),
       Paragraph("<b>Board members present:</b> Priya Shah (Director of Education); James Whitfield (AD SEND &amp; Inclusion); "
                 "Mary Walker (Head of SEND); Yusuf Okafor (DCO, ICB); Grace Adeyemi (Head of Children's Therapies, WCHT); "
                 "Tom Evans (PCF co-chair); Liam Porter (Data &amp; Performance); Sarah Khan (Participation Officer)", N),
       Paragraph("<b>Advisers:</b> Rob Kerr (DfE SEND Adviser); Jo Ng (NHS England SEND Adviser)", N),
       Paragraph("<b>Apologies:</b> David Lowe (PEP) – update provided in writing; Cllr Bethan Jones", N),
       Paragraph("<b>Summary prepared by:</b> Ruth Hill, Partnership Business Support", N),
       Spacer(1, 4),
       Paragraph("This is a summary, not a verbatim record. It follows the order of the five areas of weakness (AoW) in the "
                 "Written Statement of Action. For each area we record the RAG rating agreed by the Board, the Board's challenge, "
                 "and <b>actions agreed by the Board</b>. The 'next milestones' lists are copied from the WSoA delivery plan for "
                 "information – they are already owned and tracked in the plan and are <u>not</u> new actions from this meeting.", N)]

st += [Paragraph("1. Actions from the previous Board (16 February 2027)", H2),
       tbl([["Ref", "Action", "Owner", "Status"],
            ["B-21", "Circulate caseworker recruitment update", "MW", "Closed – 3 caseworkers started March"],
            ["B-22", "Share draft parent communications plan with PCF", "SK", "Closed"],
            ["B-23", "Confirm NHSE adviser visit dates", "YO", "Closed – visited 31 March"],
            ["B-24", "Provide EHCP quality audit results by locality", "DL", "Closed – in written update"],
            ["B-25", "Agree data sharing protocol with the Trust", "LP / GA", "Open – now part of AoW5 action below"]],
           [14*mm, 82*mm, 20*mm, 56*mm], rag_col=3)]

st += [Paragraph("2. Overall position", H2),
       Paragraph("James introduced the quarterly progress report. 19 of 31 milestones are complete, 8 on track, 4 behind. "
                 "Rob Kerr (DfE) said the local area is 'moving in the right direction' but the 20-week timeliness and "
                 "health waiting times remain the biggest risks before the DfE/NHSE review meeting on 6 July. The Board "
                 "noted the report.", N)]

st += [Paragraph("3. AoW1 – Timeliness of EHC needs assessments (lead: Mary Walker)", H2),
       tbl([["RAG (Feb)", "RAG (Apr)", "Key measure", "Latest"],
            ["R", "A", "EHCPs issued within 20 weeks (rolling 3 months)", "54% (Feb 38%); England avg ~50%"]],
           [22*mm, 22*mm, 80*mm, 48*mm], rag_col=1),
       Spacer(1, 4),
       Paragraph("Mary reported the three new caseworkers started in March and the backlog of assessments over 20 weeks has "
                 "fallen from 212 to 147. EP advice is now the main delay (average 9.5 weeks). The Board challenged whether the "
                 "improvement is sustainable over the summer, when requests usually rise. Mary was honest that it isn't yet.", N),
       Paragraph("Rob Kerr recommended that the LA considers a dedicated annual review team, as other areas have done. The Board "
                 "noted this; it will be considered as part of the SEND resourcing review already under way and is not a "
                 "separate action.", N),
       Paragraph("<b>Board decision:</b> RAG moved from Red to Amber.", N),
       Paragraph("Actions agreed by the Board", H3),
       Paragraph("• Mary Walker to present a revised 20-week recovery trajectory, including a summer surge plan, to the next "
                 "Board (22 June).", N),
       Paragraph("• In David's absence, James to agree with the EP service a plan to reduce EP advice turnaround to 6 weeks, "
                 "by 21 May.", N),
       Paragraph("Next milestones (from delivery plan – for information)", H3),
       tbl([["Ref", "Milestone", "Owner", "Due"],
            ["1.5", "Casework triage model live in all teams", "MW", "May 2027"],
            ["1.6", "Commission additional locum EP capacity", "DL", "June 2027"]],
           [14*mm, 100*mm, 20*mm, 38*mm])]

st += [Paragraph("4. AoW2 – Quality of EHC plans (lead: David Lowe)", H2),
       tbl([["RAG (Feb)", "RAG (Apr)", "Key measure", "Latest"],
            ["A", "A", "Plans audited rated good or better", "61% (Feb 57%); target 80% by Dec 27"]],
           [22*mm, 22*mm, 80*mm, 48*mm], rag_col=1),
       Spacer(1, 4),
       Paragraph("David's written update: the multi-agency audit of 40 plans in March found education sections much improved "
                 "but health and social care sections often generic ('will benefit from...'). Yusuf said the health advice "
                 "template was changed in January, so plans written since then should improve. Tom said parents still "
                 "describe outcomes as 'not about my child'.", N),
       Paragraph("Actions agreed by the Board", H3),
       Paragraph("• YO and Grace to run a joint workshop for health professionals on writing outcomes-focused health advice, "
                 "before the June audit round (audit starts 14 June).", N),
       Paragraph("• Tom Evans (PCF) to recruit four parent carers as parent auditors, in time for the June audit (starts 14 June).", N),
       Paragraph("Jo Ng (NHSE) mentioned that Northshire has a good model for health sections. Yusuf already has the material "
                 "from the regional network. No action.", N)]

st += [Paragraph("5. AoW3 – Waiting times for speech and language therapy and ND assessment (leads: Yusuf Okafor / Grace Adeyemi)", H2),
       tbl([["RAG (Feb)", "RAG (Apr)", "Key measure", "Latest"],
            ["R", "R", "SALT: children waiting &gt;18 weeks for first appointment", "412 (Feb 455)"],
            ["R", "R", "ND assessment: median wait (weeks)", "71 (Feb 69)"]],
           [22*mm, 22*mm, 80*mm, 48*mm], rag_col=1),
       Spacer(1, 4),
       Paragraph("Grace reported that the SALT waiting list is coming down slowly since the two new posts were filled. "
                 "The ND pathway is not improving and is the area the Board is most worried about. Yusuf explained that the "
                 "ICB business case for additional assessment capacity went to the ICB executive on 13 April; a funding "
                 "decision is expected in May. The Board asked Yusuf to bring the ICB funding decision on ND assessment "
                 "recovery back to the June Board, with a trajectory.", N),
       Paragraph("Tom said families waiting need to know what support exists now. Grace said the SALT 'waiting well' offer "
                 "(drop-ins, parent workshops, online resources) is running but is not clearly on the Local Offer. "
                 "<b>Agreed:</b> Grace to get the SALT waiting well offer published on the Local Offer by 28 May.", N),
       Paragraph("<b>Board decision:</b> AoW3 remains Red. The Chair will escalate the ND position to the ICB Chief Executive "
                 "via the Health and Wellbeing Board – this already happens every quarter through the HWB report, so no "
                 "additional action was recorded.", N)]

st += [Paragraph("6. AoW4 – Co-production and communication with families (leads: Tom Evans / Sarah Khan)", H2),
       tbl([["RAG (Feb)", "RAG (Apr)", "Key measure", "Latest"],
            ["A", "G", "Parents reporting they feel listened to (PCF survey)", "49% (Oct 26: 31%)"]],
           [22*mm, 22*mm, 80*mm, 48*mm], rag_col=1),
       Spacer(1, 4),
       Paragraph("Sarah and Tom presented the results of the spring PCF survey (312 responses). The Board agreed to move AoW4 "
                 "to Green. Sarah is running four 'Let's Talk SEND' roadshows, one per locality; two are done. Tom asked that "
                 "the WSoA progress itself is explained to families in plain language – 'we hear about milestones but not "
                 "what's changed'.", N),
       Paragraph("Actions agreed by the Board", H3),
       Paragraph("• PCF and Sarah Khan to co-write a parent-friendly 'what has changed' summary of WSoA progress, for the "
                 "June Board to sign off.", N),
       Paragraph("It would be good to have young people present at a future Board. Sarah will think about how. "
                 "(Not an action yet.)", N),
       Paragraph("Next milestones (from delivery plan – for information)", H3),
       tbl([["Ref", "Milestone", "Owner", "Due"],
            ["4.3", "Remaining two Let's Talk SEND roadshows (East, North)", "SK", "June 2027"],
            ["4.4", "Local Offer user testing with young people", "SK / Youth Forum", "July 2027"]],
           [14*mm, 100*mm, 20*mm, 38*mm])]

st += [Paragraph("7. AoW5 – Joint commissioning and shared data (lead: Liam Porter)", H2),
       tbl([["RAG (Feb)", "RAG (Apr)", "Key measure", "Latest"],
            ["A", "A", "Shared outcomes dashboard live with health data", "Education/care data live; health fields not yet"]],
           [22*mm, 22*mm, 80*mm, 48*mm], rag_col=1),
       Spacer(1, 4),
       Paragraph("Liam said the education and social care parts of the shared dashboard are live. Health fields are held up "
                 "by the data sharing protocol with the Trust (previous action B-25). Grace confirmed the Trust's IG lead has "
                 "now approved it in principle. Action LP / GA – complete the data sharing protocol and add the health fields "
                 "to the dashboard by 30 June.", N),
       Paragraph("Question from Priya: can the dashboard show outcomes by locality? Liam: yes, from the autumn. (Answered.)", N)]

st += [Paragraph("8. Assurance to DfE / NHSE and any other business", H2),
       Paragraph("The Board agreed that four milestone dates in the delivery plan should be formally revised (1.6, 2.5, 3.2, "
                 "3.4) and that this must be communicated to the DfE. The Chair will write to DfE confirming the revised "
                 "milestone dates within 10 working days. Rob Kerr said he would expect that letter before the 6 July review "
                 "meeting at the latest.", N),
       Paragraph("Cllr Jones sent a question about school transport complaints – it will go to the Scrutiny Committee, "
                 "not this Board.", N),
       Paragraph("<b>Next meetings:</b> WSoA Progress Board – Tuesday 22 June 2027, 1.30pm. DfE/NHSE six-monthly review – "
                 "Tuesday 6 July 2027.", N)]

st += [Paragraph("Action summary (new actions from this meeting)", H2),
       tbl([["Ref", "Action", "Owner", "Due"],
            ["B-26", "Revised 20-week recovery trajectory incl. summer surge plan", "MW", "Board 22/06"],
            ["B-27", "Plan to reduce EP advice turnaround to 6 weeks", "JW", "21/05/27"],
            ["B-28", "Joint workshop – outcomes-focused health advice", "YO / GA", "before 14/06"],
            ["B-29", "ICB funding decision on ND assessment recovery + trajectory", "YO", "Board 22/06"],
            ["B-30", "Publish SALT waiting well offer on Local Offer", "GA", "28/05/27"],
            ["B-31", "Parent-friendly WSoA progress summary", "PCF / SK", "Board 22/06"],
            ["B-32", "Data sharing protocol + health fields on dashboard", "LP / GA", "30/06/27"],
            ["B-33", "Letter to DfE confirming revised milestone dates", "Chair", "10 working days"]],
           [14*mm, 100*mm, 22*mm, 36*mm]),
       Spacer(1, 4),
       Paragraph("<i>Note: Tom's parent auditor recruitment was agreed under AoW2 but was missed from this table in v1.0; "
                 "it is recorded in section 4 and will be added to the tracker as B-34.</i>", N)]

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=18*mm, bottomMargin=16*mm,
                  title="WSoA Progress Board summary 20 April 2027").build(st, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
