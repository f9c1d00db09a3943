"""602: Inclusion workstream minutes (PDF) with a RAG-rated action update table plus new actions."""
import json, sys
sys.path.insert(0, "/tmp/b82/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = "/tmp/b82/602_eightysecond_pdf_minutes_rag_action_update_inclusion"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=14)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11, spaceBefore=8, spaceAfter=4)
story = []
P = lambda t, st=N: story.append(Paragraph(t, st))

P("Westmoor SEND Partnership", H1)
P("<b>Inclusion Workstream - Minutes</b>")
P("Wednesday 12 May 2027, 9.30am - 11.30am, Riverside Primary School (Community Room)")
P("<b>Present:</b> Priya Shah (PS), Director of Education (Chair); Sarah Kent (SKe), School Improvement Adviser; Nadia Khan (NK), "
  "Headteacher, Riverside Primary; Helen Brooks (HB), SENCo, Riverside Primary; David Lowe (DL), Principal EP; Mary Walker (MW), "
  "Head of SEND; Tom Evans (TE), PCF; Liam Porter (LP), Data and Performance; Ruth Hill (RH), minutes. "
  "<b>In attendance:</b> Marcus Bell, Head of Westmoor Pupil Referral Unit (item 4).")
P("<b>Apologies:</b> James Whitfield; Kerry Lang.")

P("1. Welcome and minutes of 10 March 2027", H2)
P("PS welcomed members and thanked NK for hosting. The minutes of 10 March were agreed. Matters arising are covered by the action update below.")

P("2. Action update (RAG)", H2)
P("Key: <b>G</b> on track; <b>A</b> at risk; <b>R</b> overdue / off track; <b>B</b> complete (to be closed). Updates are as reported at the meeting.", S)
story.append(Spacer(1, 4))
rag_rows = [
    ("IN-03", "Share suspension data for pupils with EHCPs with the workstream each term", "LP", "termly", "G", "Spring term data circulated 4 May. Summer data due September."),
    ("IN-05", "Draft Westmoor Inclusion Charter for consultation", "SKe", "30/04/27", "B", "Draft complete and shared with heads' forum 28 April. Close."),
    ("IN-06", "Arrange EP training for SENCos on emotionally based school non-attendance", "DL", "31/03/27", "B", "Delivered 23 March, 46 SENCos attended. Close."),
    ("IN-07", "Recruit three schools to pilot the charter self-evaluation", "SKe", "30/04/27", "R", "No volunteers yet - heads want to see the final charter first. Close; replaced by new action N3 (see item 3)."),
    ("IN-08", "Map alternative provision places commissioned by schools", "MW", "31/05/27", "A", "Returns from 19 of 34 schools. Revised date 30/06/27 agreed."),
    ("IN-09", "PCF parent stories for the charter launch", "TE", "30/06/27", "G", "Four stories collected. On track."),
]
RAGC = {"G": colors.HexColor("#7cc47c"), "A": colors.HexColor("#f6c04d"), "R": colors.HexColor("#e0605a"), "B": colors.HexColor("#6fa8dc")}
data = [[Paragraph(f"<b>{h}</b>", S) for h in ("Ref", "Action", "Owner", "Due", "RAG", "Update")]]
for r in rag_rows:
    data.append([Paragraph(x, S) for x in r])
t = Table(data, colWidths=[1.3 * cm, 5.4 * cm, 1.2 * cm, 1.7 * cm, 1.0 * cm, 6.4 * cm], repeatRows=1)
style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (4, 1), (4, -1), "CENTER")]
for i, r in enumerate(rag_rows, start=1):
    style.append(("BACKGROUND", (4, i), (4, i), RAGC[r[4]]))
t.setStyle(TableStyle(style))
story.append(t)

P("3. Westmoor Inclusion Charter", H2)
P("SKe presented the draft charter. Heads at the forum on 28 April were broadly supportive but asked for a self-evaluation tool that is "
  "short (no more than four pages) and not linked to Ofsted judgements. NK said Riverside would pilot it if nobody else would go first, and "
  "felt other heads would follow once they could see it working in a school they know. Members agreed this replaces the idea of recruiting "
  "three schools up front (IN-07). TE asked that parents are on the panel that signs off the final charter; agreed, with the PCF to nominate.")
P("The charter will go to the Partnership Board in July for endorsement. <i>Decision:</i> the final charter will not be mandatory for "
  "schools; it is a voluntary commitment.")

P("4. Suspensions and exclusions of pupils with SEND", H2)
P("LP reported that pupils with EHCPs are 4.6 times more likely to be suspended than pupils with no identified SEN; pupils on SEN support 3.1 "
  "times. Five schools account for 38% of suspensions of pupils with EHCPs. SKe will visit those five schools as part of her normal "
  "school improvement visits this term and look at their graduated approach and use of reasonable adjustments.")
P("Marcus Bell (PRU) said that many pupils arrive at the PRU with no EP involvement at all. DL said the EP service can offer a "
  "reintegration consultation for any pupil with SEND at risk of permanent exclusion, if schools know to ask. Members asked that this is "
  "offered to all secondary heads before half term.")
P("MW noted that the alternative provision commissioning paper goes to Schools Forum on 10 June (prepared by the LA finance team); the "
  "workstream will see the outcome but has no role in the paper. Members asked LP for a breakdown of suspensions by primary need so the "
  "pattern can be discussed properly - LP said three weeks.")

P("5. SEND Champions Network", H2)
P("HB reported the network now has 41 champions across 33 schools and settings. The summer network meeting is on 23 June. No issues for "
  "the workstream. HB thanked SKe for the training slot.")

P("6. AOB", H2)
P("TE asked whether the charter could have an easy-read version. PS said yes in principle - to be picked up once the final text is agreed, "
  "no action now. RH will circulate the current charter draft to all members (some had not seen it) within a week.")
P("<b>Next meeting:</b> Wednesday 14 July 2027, 9.30am, Civic Centre.")

P("7. New actions from this meeting", H2)
new = [
    ("N1", "Sarah Kent to visit the five schools with the highest suspension rates for pupils with EHCPs and report findings", "SKe", "09/07/27"),
    ("N2", "Breakdown of suspensions of pupils with SEND by primary need", "LP", "3 weeks"),
    ("N3", "Nadia Khan to pilot the inclusion charter self-evaluation tool at Riverside and feed back (replaces IN-07)", "NK", "end of June"),
    ("N4", "PCF to nominate two parents for the charter sign-off panel", "TE", "next meeting"),
    ("N5", "EP service to offer a reintegration consultation to all secondary heads", "DL", "before half term"),
    ("N6", "Circulate current charter draft to all workstream members", "RH", "within a week"),
]
data = [[Paragraph(f"<b>{h}</b>", S) for h in ("Ref", "Action", "Owner", "Due")]]
data += [[Paragraph(x, S) for x in r] for r in new]
t = Table(data, colWidths=[1.2 * cm, 11.0 * cm, 1.5 * cm, 3.3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(t)
story.append(Spacer(1, 8))
P("New actions will be added to the workstream action log as N1-N6 and renumbered IN-10 onwards. Minutes: RH, 14 May 2027.", S)


def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "Westmoor SEND Partnership - Inclusion Workstream - 12 May 2027 - OFFICIAL")
    c.drawRightString(19 * cm, 1.2 * cm, f"Page {d.page}")
    c.restoreState()


SimpleDocTemplate(OUT + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                  title="Inclusion Workstream minutes 12 May 2027", author="Ruth Hill").build(story, onFirstPage=footer, onLaterPages=footer)

labels = {
    "meeting_date": "2027-05-12",
    "style": ("Held-out batch eightysecond. Inclusion Workstream minutes as a PDF: narrative items, a RAG-rated action update table (Ref / Action / "
              "Owner / Due / RAG / Update, colour-filled RAG cells with a G/A/R/B key) and a closing 'New actions' table N1-N6 that restates actions "
              "also described in the discussion. Owners in the tables are initials (SKe = Sarah Kent, NK = Nadia Khan). Traps: every RAG row is an "
              "existing action (IN-03 and IN-09 on track, IN-05 and IN-06 complete, IN-08 only given a revised date) - none is new; IN-07 is closed "
              "and replaced by N3; the Board's July endorsement and the 'not mandatory' decision are not actions; the AP paper to Schools Forum is "
              "the LA finance team's; the easy-read version is 'no action now'; the Champions Network has no issues. Each new action is labelled "
              "once, keyed on the New actions table. Dates: '09/07/27' = Friday 9 July 2027; '3 weeks' from Wednesday 12 May = Wednesday 2 June "
              "2027; 'end of June' = Wednesday 30 June 2027; 'next meeting' = Wednesday 14 July 2027 (given); 'before half term' (May half term "
              "w/c 31 May) = Friday 28 May 2027; 'within a week' = Wednesday 19 May 2027."),
    "held_out": True,
    "actions": [
        {"key": "Sarah Kent to visit the five schools", "owner": "SKe", "person": "Sarah Kent", "due": "2027-07-09"},
        {"key": "suspensions of pupils with SEND by primary need", "owner": "LP", "person": "Liam Porter", "due": "2027-06-02"},
        {"key": "Nadia Khan to pilot the inclusion charter self-evaluation", "owner": "NK", "person": "Nadia Khan", "due": "2027-06-30"},
        {"key": "PCF to nominate two parents for the charter sign-off", "owner": "TE", "person": "Tom Evans", "due": "2027-07-14"},
        {"key": "offer a reintegration consultation to all secondary heads", "owner": "DL", "person": "David Lowe", "due": "2027-05-28"},
        {"key": "Circulate current charter draft to all workstream members", "owner": "RH", "person": "Ruth Hill", "due": "2027-05-19"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
