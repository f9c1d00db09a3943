import sys
sys.path.insert(0, "/tmp/b91/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = "/tmp/b91/666_ninetyfirst_joint_commissioning_group_notes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
S = []
def P(t, st=body): S.append(Paragraph(t, st))

P("<b>SEND Joint Commissioning Group (Westmoor Council / Westmoor ICB)</b>", ParagraphStyle("t", parent=body, fontSize=13, leading=16))
P("Notes of meeting held Thursday 11 November 2027, 9.30-11.30, Room 4.12 County Hall")
P("<b>Present:</b> Lisa Grant (LG, Joint Commissioning Manager - chair), James Whitfield (JW), Mary Walker (MW), "
  "Yusuf Okafor (YO), Grace Adeyemi (GA), Owen Reid (OR), Claire Dunmore (CD), Anil Mehta (AM, Finance), "
  "Hannah Lyle (HL, ICB Children's Commissioning)")
P("<b>Apologies:</b> Mark Walsh, Priya Shah")
P("<b>Notes:</b> Ruth Hill")

P("1. Notes of last meeting / actions", head)
P("Notes of 9 September agreed. Previous actions updated - see log at the end. LG asked that people update "
  "the log on SharePoint before the meeting rather than in it.")

P("2. Alternative provision - sufficiency and contract", head)
P("JW: current AP contract with Brookfield Learning ends 31 March 2028. Occupancy 96% all year; 14 pupils on the "
  "waiting list. The group agreed to recommend a six-month extension to allow a proper sufficiency review - "
  "the decision itself is for Cabinet on 14 December (JW's report is already written and with legal).")
P("CD offered SENDIASS case themes on AP if that would help the review.")

P("3. Short breaks recommissioning", head)
P("HL and LG summarised the engagement with families (Parent Carer Forum events in October, 96 responses). Main "
  "asks: more weekend and holiday provision, and for older teenagers. Lisa to draft the short breaks service "
  "specification for the next meeting, pulling in the engagement findings. YO asked that the health element "
  "(children with complex health needs) is written in from the start, not bolted on.")

P("4. Jointly funded SALT in special schools", head)
P("GA presented three options for the jointly funded speech and language therapy post in special schools. "
  "Group preferred option 2 (1.6 WTE across the three special schools). GA to cost a 12-month pilot of option 2, "
  "including backfill, by the end of November. AM reminded everyone that the council contribution can only "
  "come from the High Needs Block and would need to be in the 2028-29 budget.")

P("5. Independent specialist placements", head)
P("MW: 187 children in independent non-maintained special schools; average cost &#163;68k excl. transport. Panel "
  "continues to meet fortnightly. MW said she'd pull the list of children in independent placements whose "
  "annual reviews are overdue, so the group can see where a move back to local provision might be possible.")
P("Transport: nobody could say whether the placement costs quoted in the paper include transport.")
P("JW to check with Mark Walsh whether transport is included before the placement panel on 25 November, since "
  "the panel will be looking at two new placements.")

P("6. Joint funding (tripartite) protocol", head)
P("Draft protocol for education / social care / health contributions to jointly funded packages discussed. "
  "Council's legal team still reviewing the dispute resolution section - that is with them. Group agreed the "
  "draft otherwise. YO will take the tripartite protocol to the ICB Finance and Investment Committee on "
  "2 December for sign-off on the health side.")
P("HL suggested moving straight to a pooled budget under section 75. Not agreed - JW and AM felt it was too soon "
  "without legal advice and a clearer picture of spend. Park for now.")

P("7. Post-16 and PfA", head)
P("OR: a number of post-16 specialist placements end in July 2028 with no clear next step. OR agreed to map the "
  "placements ending in July 2028 and share with LG by 17 December.")

P("8. AOB", head)
P("None. Next meeting Thursday 13 January 2028, 9.30.")

S.append(Spacer(1, 10))
P("Action log - previous actions (as at 11/11/27)", head)
rows = [["Ref", "Action", "Lead", "Due", "Status"],
        ["JCG-31", "Share AP occupancy data by month", "JW", "Oct", "Done - closed"],
        ["JCG-33", "Confirm ICB share of continuing care packages 2027-28", "HL", "Oct", "Done - closed"],
        ["JCG-34", "Options paper: jointly funded SALT", "GA", "Nov", "Done - item 4. Closed"],
        ["JCG-35", "Update Local Offer short breaks pages", "LG", "Dec", "In progress"],
        ["JCG-36", "Circulate draft tripartite protocol", "LG", "Oct", "Done - closed"]]
t = Table([[Paragraph(c, small) for c in r] for r in rows], colWidths=[1.6 * cm, 8 * cm, 1.5 * cm, 1.5 * cm, 4 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(t)
S.append(Spacer(1, 6))
P("New actions from this meeting to be added to the SharePoint log by RH.", small)

def footer(c, d):
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.2 * cm, "JCG notes 11.11.27 - not for wider circulation")
    c.drawRightString(19 * cm, 1.2 * cm, "Page %d" % d.page)

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                  bottomMargin=2 * cm).build(S, onFirstPage=footer, onLaterPages=footer)
