"""Builds 282_thirtyseventh_inclusion_funding_moderation_panel.docx"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "282_thirtyseventh_inclusion_funding_moderation_panel.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
d.sections[0].header.paragraphs[0].text = "OFFICIAL - SENSITIVE (contains school references)"
d.sections[0].footer.paragraphs[0].text = "IFMP minutes 14.01.27 v2 DRAFT - RH"

p = d.add_paragraph(); r = p.add_run("Westmoor Council – Education, SEND & Inclusion"); r.bold = True
p = d.add_paragraph(); r = p.add_run("INCLUSION FUNDING MODERATION PANEL (SEN top-up, mainstream)"); r.bold = True; r.font.size = Pt(13)
d.add_paragraph("Thursday 14th January 2027, 1.30pm – 4.00pm, Room 2.14 Civic Centre / Teams")

t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Present", "Role", "Initials"]):
    c.text = h
for row in [("Mary Walker (Chair)", "Head of SEND", "MW"), ("David Lowe", "Principal EP", "DL"),
            ("Helen Brooks", "SENCo rep (primary), Riverside", "HB"), ("Sarah Kent", "School Improvement Adviser", "SK"),
            ("Liam Porter", "Data & Performance", "LP"), ("Gemma Firth", "Schools Funding Team", "GF"),
            ("Ruth Hill", "Minutes", "RH")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph("Apologies: Nadia Khan (secondary heads rep – Deputy not available), Owen Reid")

def item(n, title, paras):
    p = d.add_paragraph(); r = p.add_run(f"{n}.\t{title}"); r.bold = True
    for x in paras:
        if isinstance(x, tuple):
            p = d.add_paragraph(); p.add_run(x[0]); rr = p.add_run(x[1]); rr.bold = True
            if len(x) > 2: p.add_run(x[2])
        else:
            d.add_paragraph(x)

item(1, "Welcome, apologies & declarations of interest", [
    "MW welcomed everyone, particularly GF who is covering for the Schools Funding Team this term. HB declared an interest in application RP-03 (Riverside) and left the room for that item.",
])
item(2, "Minutes of 10/12/26 and action log", [
    "Minutes agreed as accurate. Action log:",
    "- RH to update panel terms of reference – complete, v4 on Teams.",
    "- DL to confirm EP capacity for the spring term – complete (reported verbally, 3 days/wk allocated to panel cases).",
    "- LP to split the dashboard by phase – complete.",
])
item(3, "Budget position", [
    "GF reported the top-up budget is forecast to overspend by approx. £410k at year end, mainly driven by secondary applications since September. There was a discussion about whether the panel should be applying a stricter threshold. MW was clear that the panel's job is to apply the descriptors consistently and not to ration, and that the budget issue is for the High Needs Block recovery plan, which Schools Forum will consider on 4 March.",
    ("", "Action: ", "LP to provide spend-to-date figures for the top-up budget, split by band and phase, before the February panel."),
])
item(4, "Banding descriptors (revised draft)", [
    "SK and DL have made the changes agreed in December (clearer wording on Band C ‘significant adult support’ and removal of the hours-based language). Panel happy with the changes, with one amendment to the SEMH section suggested by HB, which SK made during the meeting.",
    "It was AGREED that the revised descriptors will apply to all applications received from 1 February 2027.",
    ("RH will circulate the revised banding descriptors to all panel members and to the SENCo network mailing list by ", "22 January", "."),
])
item(5, "Applications", [
    "14 applications considered (3 held over from December). Outcomes are recorded on the case sheet (separate – not for wider circulation). Summary:",
    "Approved as requested: 7      Approved at a different band: 3      Deferred: 3      Declined: 1",
    "It was agreed that any application over £15,000 per annum will in future need two panel signatures before the award letter goes.",
    "WM-112 (secondary): deferred – the application has no costed provision map and the SEN support plan is out of date (last reviewed March 2026). SK to contact the school and request a costed provision map by the end of the month so it can come back in February.",
    "WM-118 (primary, Y2): panel concerned there has been no EP involvement despite two years at SEN support. DL agreed to arrange an EP consultation for WM-118 within 4 weeks. Application deferred until that has happened.",
    "RP-03 (Riverside): approved Band C. (HB out of the room.)",
    "WM-120: declined – needs can be met from notional SEN budget; school to be signposted to outreach. Letter to go via the usual route.",
])
item(6, "Panel frequency", [
    "Discussion on whether the panel should move from monthly to termly with an emergency route. HB felt SENCos would find termly too slow, especially for in-year arrivals. Views were mixed, so no decision today. MW to take the proposal to move to termly panels to the SEND Partnership Board in March for a steer.",
])
item(7, "Application portal – feedback from schools", [
    "HB fed back from the SENCo network that the portal times out when uploading large PDFs and that several SENCos have lost work. LP will log this with ICT (already raised – ref INC-44812, no action for panel).",
    "HB offered to share the SENCo network's feedback form on the application portal with LP so the comments can be themed. Panel welcomed this.",
    "Would be nice if the portal could eventually link to the EHC hub – noted for the future, no action.",
])
item(8, "AOB", [
    "GF – Schools Funding Team will report the top-up variance to Schools Forum on 4 March (paper deadline 19 Feb). GF asked for the panel's summary stats to go in that paper; Schools Funding Team to draft the Schools Forum paper and share it with MW first.",
    "Next panel: Thursday 11/02/27, 1.30pm. Papers to RH by Mon 1st Feb please.",
])
p = d.add_paragraph("Meeting closed 3.55pm."); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(OUT)
print(OUT)
