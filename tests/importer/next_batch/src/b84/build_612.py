import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/b84/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path("/tmp/b84")
STEM = "612_eightyfourth_ehcp_panel_decision_notes"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9, leading=11.5)
S = ParagraphStyle("s", parent=N, fontSize=8, leading=10)
H = ss["Heading2"]; H3 = ss["Heading3"]
story = []
P = lambda t, s=N: story.append(Paragraph(t, s))

P("OFFICIAL - SENSITIVE (anonymised copy for the SEND Partnership action log)", S)
P("Westmoor Council - SEND Service", H)
P("<b>EHC Needs Assessment and Plan Multi-Agency Panel - decision notes</b>")
P("Date: Tuesday 9 February 2027 &nbsp;&nbsp; Time: 09:30 - 13:10 &nbsp;&nbsp; Venue: Westmoor House, Committee Room B / Teams")
story.append(Spacer(1, 6))
P("<b>Panel members present:</b> Mary Walker, Head of SEND (Chair) (MW); David Lowe, Principal Educational Psychologist (DL); "
  "Yusuf Okafor, Designated Clinical Officer, ICB (YO); Lorraine Beck, Team Manager, Children with Disabilities Team (LB); "
  "Craig Tunstall, Headteacher representative (Northgate High) (CT); Angela Moyo, SEN Team Manager (AM); "
  "Ruth Hill, Partnership Business Support Officer (notes) (RH).")
P("<b>Apologies:</b> Helen Brooks, primary SENCo representative (term-time clash - CT covered the school view); "
  "Grace Adeyemi (YO covered therapies).")
P("<b>Quorum:</b> education, health and social care represented - quorate.")
story.append(Spacer(1, 6))
P("1. Declarations of interest", H3)
P("CT declared an interest in case 2027/041 (pupil at Northgate) and did not take part in that decision.")
P("2. Actions from January panel", H3)
t = Table([
    ["Ref", "Action", "Owner", "Status"],
    ["J1", "Review EP capacity for statutory advice (backlog 63)", "DL", "Complete - agency EP started 1 Feb"],
    ["J2", "Write to CWD team re social care advice template", "MW", "Complete"],
    ["J3", "Health advice returns - escalate to Trust", "YO", "Ongoing - see item 5"],
], colWidths=[30, 250, 50, 150])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(t)
P("3. Requests for EHC needs assessment - decisions", H3)
P("Individual decisions are recorded on the case management system; case-level follow-up (decision letters, requests "
  "for information, mediation rights) is for the allocated caseworker within statutory timescales and is <b>not</b> carried on "
  "this log.", S)
cases = [
    ["Case", "Age / setting", "Summary of evidence", "Decision"],
    ["2027/036", "Y2, mainstream", "SALT and EP involvement, 3 cycles of APDR, attendance 71%", "AGREE to assess"],
    ["2027/037", "Y8, mainstream", "Parental request. School reports needs met at SEN support; limited evidence of cycles", "REFUSE - caseworker to offer meeting with parent and SENCo; SENDIASS leaflet to be enclosed"],
    ["2027/038", "Nursery (3y 9m)", "Paediatric assessment awaited; Portage involved", "DEFER to March - paediatric report due w/c 22 Feb"],
    ["2027/039", "Y11, AP", "Permanently excluded Nov; previous EHCNA refused 2025", "AGREE to assess - priority"],
    ["2027/040", "Y5, mainstream", "Insufficient evidence of SEN support; school has not used OAP", "REFUSE"],
    ["2027/041", "Y9, mainstream (CT not present)", "Social care and CAMHS involved, EBSA", "AGREE to assess"],
    ["2027/042", "Y4, out of area (independent)", "Placed by another LA's social care; health advice from home area", "AGREE to assess"],
]
t = Table([[Paragraph(c, S) for c in r] for r in cases], colWidths=[45, 75, 210, 150])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(t)
P("4. Draft plans and amendments", H3)
P("Eleven draft plans were presented. Nine agreed for issue. Two (2026/418, 2026/433) returned to caseworkers because "
  "section F did not specify the therapy input (\"access to SALT as required\"). The panel reminded caseworkers that the "
  "wording guidance from October still applies. No new action - this is existing guidance.")
P("Placement requests: one request for an independent specialist placement (2026/402) - panel agreed to consult the "
  "two maintained special schools first. Decision only.")
P("5. Themes and system issues (for the Partnership)", H3)
P("<b>5.1 Health advice timeliness.</b> YO reported that 14 of the 31 health advices requested in December came back after "
  "the six-week deadline; most delays are in community paediatrics. Two cases placed out of area (including 2027/042) "
  "have no one named to write health advice at all. The Trust has a recovery plan (its own board is monitoring it). "
  "<b>Action:</b> YO to chase the home-area ICBs for a named health advice writer for the two out-of-area cases by "
  "Friday 19 February.")
P("<b>5.2 'Insufficient evidence of SEN support'.</b> Third panel running in which refusals cluster around the same "
  "issue (cases 037 and 040 today). CT said schools don't know what 'enough' looks like. DL offered to prepare a one-page "
  "'what good evidence looks like' note - but the panel agreed this should come from the Inclusion workstream as part of "
  "the OAP refresh rather than a separate EP document. <b>Action:</b> MW to raise the repeated refusal theme at the "
  "Inclusion workstream on 3 March and ask for it to be covered in the OAP.")
P("<b>5.3 20-week performance.</b> Panel does not currently see its own figures. <b>Action:</b> Liam Porter (not present - "
  "AM to let him know) to pull the 20-week figures for each panel decision stage and bring them to the March panel "
  "(Tuesday 9 March).")
P("<b>5.4 New EP advice template.</b> Agreed at January panel and now live. DL noted some EPs are still using the old one. "
  "<b>Action:</b> DL to brief the EP team on the new advice template at their team meeting w/c 22 February.")
P("<b>5.5 Refusal letters.</b> Parents have told SENDIASS the refusal letters read as final and don't explain the right to "
  "appeal clearly. The panel would like Claire Dunmore's team to comment on a redraft. <b>Action:</b> RH to send Claire "
  "Dunmore the redrafted refusal letter wording for comment by Friday 26 February. (AM will do the redraft itself this "
  "week as part of normal business.)")
P("<b>5.6 Social care advice.</b> LB reported that the CWD team now returns social care advice within five weeks in 90% "
  "of cases. Noted with thanks - no action.")
P("6. Any other business", H3)
P("MW reminded members that the panel's terms of reference are due for review by the Partnership Board in April - the "
  "Board's business, not the panel's. Panel dates for the summer term will be sent by the SEN team.")
P("Next panel: Tuesday 9 March 2027, 09:30, Westmoor House.", N)
story.append(Spacer(1, 8))
P("Notes: RH, 10/02/2027. Agreed by Chair 11/02/2027.", S)
SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(story)

labels = {
    "meeting_date": "2027-02-09",
    "style": ("Held-out batch eightyfourth. Decision notes of the EHCP multi-agency panel (reportlab PDF, tables for the "
              "previous action log and for the case decisions, numbered themes with bold 'Action:' labels) on Tuesday 9 "
              "February 2027. Traps: the January actions are complete or 'ongoing' (YO's escalation continues under item 5 "
              "but the new action is the out-of-area chase); case-level decisions (agree/refuse/defer, caseworker letters, "
              "the SENDIASS leaflet) are explicitly casework not carried on the log; draft plans returned to caseworkers "
              "follow existing guidance; placement consultation is a decision; DL's offer of a one-page note is overruled in "
              "favour of the Inclusion workstream (only MW's raising it is labelled); AM letting Liam know and AM's redraft "
              "'as part of normal business' are not labelled; the Trust recovery plan is the Trust board's; social care "
              "advice improvement is noted; the terms of reference review is the Board's business. Liam Porter is not "
              "present but is assigned. Dates: 'by Friday 19 February' = 2027-02-19 (half term week); 'on 3 March' = "
              "Wednesday 3 March 2027; March panel 'Tuesday 9 March' = 2027-03-09; 'w/c 22 February' = Friday 26 February "
              "2027; 'by Friday 26 February' = 2027-02-26."),
    "held_out": True,
    "actions": [
        {"key": "YO to chase the home-area ICBs", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-02-19"},
        {"key": "MW to raise the repeated refusal theme", "owner": "MW", "person": "Mary Walker", "due": "2027-03-03"},
        {"key": "to pull the 20-week figures for each panel", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-03-09"},
        {"key": "DL to brief the EP team", "owner": "DL", "person": "David Lowe", "due": "2027-02-26"},
        {"key": "RH to send Claire Dunmore the redrafted refusal", "owner": "RH", "person": "Ruth Hill", "due": "2027-02-26"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
