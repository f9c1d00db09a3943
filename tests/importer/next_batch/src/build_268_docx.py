"""Builds 268_thirtyfifth_ehcp_timeliness_workstream_notes.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "268_thirtyfifth_ehcp_timeliness_workstream_notes.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL – SENSITIVE (internal)          Westmoor SEND Improvement Plan – Workstream 2"
doc.sections[0].footer.paragraphs[0].text = "WS2 notes 14.01.27 v0.2 DRAFT – JP"

def p(text, bold=False, italic=False, indent=False):
    para = doc.add_paragraph()
    if indent:
        para.paragraph_format.left_indent = Pt(18)
    r = para.add_run(text); r.bold = bold; r.italic = italic
    return para

def mixed(*parts, indent=False):
    para = doc.add_paragraph()
    if indent:
        para.paragraph_format.left_indent = Pt(18)
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    return para

t = doc.add_paragraph(); r = t.add_run("Workstream 2: EHCP Timeliness & Quality"); r.bold = True; r.font.size = Pt(14)
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
p("Notes of meeting – Thursday 14th January 2027, 2.00–3.45pm, Teams (Conf Rm 3 for those in Civic Centre)", italic=True)

p("Present:", bold=True)
p("Mary Walker (MW) Head of SEND – chair\nDavid Lowe (DL) Principal EP\nYusuf Okafor (YO) DCO, ICB\nGrace Adeyemi (GA) Children's Therapies, WCHT\nLiam Porter (LP) Data & Performance\nClaire Dunmore (CD) SENDIASS\nTom Evans (TE) PCF\nJoanne Pike (JP) SEND Casework Team Manager – notes")
p("Apologies: Ruth Hill, Helen Brooks (Helen sent comments by email – see item 4), Social Care rep (vacant – MW chasing)")

p("1. Welcome / notes of last meeting (10/12/26)", bold=True)
p("Notes of December agreed as accurate. MW reminded everyone that these notes go to the SEND Partnership Board as part of the WS2 highlight report so please keep comments about individual children out of the chat.")
p("Action log from December (JP ran through):")
tbl = doc.add_table(rows=1, cols=4); tbl.style = "Table Grid"
for i, h in enumerate(["No.", "Action", "Who", "Update 14/1"]):
    tbl.rows[0].cells[i].text = h
for row in [
    ("12.1", "Share weekly 20 wk data with EP and therapies managers", "LP", "Done – goes out Mondays now. CLOSE"),
    ("12.2", "Confirm recruitment position for 2x locum EPs", "DL", "One started 4th Jan, second starts 1 Feb. CLOSE"),
    ("12.3", "Ask SENCo network for examples of good 'section F'", "HB", "Done, HB sent 6 examples (see item 4). CLOSE"),
    ("12.4", "Map health advice route for children not known to any NHS service", "YO", "In progress – verbal update item 3"),
]:
    c = tbl.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v

p("")
p("2. Performance – where are we", bold=True)
p("LP presented the December position. 20-week completion for the calendar month was 41% (Nov 38%), rolling 12 months 44%. National average last published 50.3%. Number of plans overdue at end of Dec = 187, of which 112 are waiting for at least one piece of advice, the rest are with casework for drafting or at the consultation stage.")
p("LP said the current tracker only tells us whether a case is late at week 20, it doesn't tell us where it got stuck. Group agreed this is the main gap. LP will rebuild the tracker so that it shows which stage each case is at by week (request, decision, advice, draft, consultation, final) and flags anything over 6 weeks at advice stage. Aiming for end of Jan so it can go into the February highlight report.")
mixed(("ACTION: ", True), ("LP – rebuild 20-week tracker by stage, flag >6 wks at advice. End Jan.", False), indent=True)
p("TE asked whether families would be able to see where their child's case was up to. MW – not at this stage, this is an internal management tool, but the longer-term ambition is a parent portal. TE said the PCF would want to be involved in that when it happens. Noted.")
p("CD said SENDIASS are seeing a lot of calls at week 16–18 from families who have heard nothing. She would be happy to share the themes from their casework on delays with the group – agreed, CD to bring this to the February meeting.")
p("Discussion about whether to report 'with exceptions' figures. DECISION: we will report both the headline figure and the figure excluding exception cases (e.g. school holidays, family requested delay) but the headline stays as the main measure. LP to footnote this in the dashboard – he said he has already done this for the Board dashboard so nothing further needed.")

p("3. Advice – Health", bold=True)
p("YO gave a verbal update on 12.4. He has spoken to the paediatric service and the route for children not known to health is: DCO office receives request > triage to community paeds or to the school nursing team. Still not written down. He will write it up as a one-page flowchart for casework officers. YO said 'give me till half term' – half term is w/c 15 Feb so JP has put 12 Feb.")
mixed(("ACTION: ", True), ("YO – one-page health advice flowchart for caseworkers (by 12/2)", False), indent=True)
p("Health advice returned within 6 weeks in December: 68% (community paeds 61%, SALT 79%, OT 70%, physio 92%). GA explained the OT figure reflects sickness in the team over November. She is putting in a weekly triage huddle for therapy advice requests so that anything approaching week 5 gets escalated; this starts w/c 25th January.")
mixed(("ACTION: ", True), ("GA to set up weekly therapy advice triage huddle – start w/c 25.1.27", False), indent=True)
p("YO has a list of the 23 health advices that are currently overdue. He'll send it to GA this week so the ones that are therapies can go straight into the huddle, and the paeds ones he will chase himself with Dr Patel.")
p("Action – YO send overdue health advice list to GA (this week)", bold=True, indent=True)
p("There was a discussion about the quality of health advice – several advices just say 'no health needs identified' without saying whether the child was seen. MW asked whether the DCO could run a quality audit. YO said this is already on the ICB's audit programme for Q1 (April–June) and will report to the Health Subgroup not here, so not adding an action.")

p("4. Quality – section F and outcomes", bold=True)
p("JP took the group through the examples Helen had sent from the SENCo network (attached). Consensus that the two strongest examples both had provision quantified (who, how often, how long) and linked to an outcome. The weakest were 'access to' statements. Helen's comments by email: SENCos would welcome a short training session. DL said the EPs could deliver a 1-hour session at the March SENCo network, he will liaise with Helen about it.")
mixed(("ACTION: ", True), ("DL/HB – 1hr section F session at March SENCo network. DL to liaise.", False), indent=True)
p("TE said parents often don't understand what 'quantified' means and it would help if the draft plan letter explained what to look for. This led into item 5.")

p("5. Communication with families when a plan is going to be late", bold=True)
p("MW acknowledged that at the moment families get nothing if we are going to miss week 20 unless they ring. This is not acceptable and was raised by the PCF at the Board in November. Agreed that we need a standard letter/email going out at week 16 if the final plan is not going to be issued by week 20, which explains where it's up to and gives a named contact and a date.")
p("JP will draft the letter and send it to MW by 29th Jan. Tom offered that the PCF would test the draft with 3 or 4 parents before it is used – agreed, once JP's draft is ready Tom to test it with parents and feed back by the February meeting. CD asked that the letter includes SENDIASS contact details – JP to include (part of the same action).")
mixed(("Actions: ", True), ("JP draft week-16 letter to MW by 29/01.  TE/PCF test draft letter with parents, feedback to Feb mtg.", False), indent=True)
p("MW said she would like the letter to go out automatically from the case management system eventually but that needs the system upgrade which is not until next financial year at the earliest. Not an action for now.")

p("6. Capacity in casework", bold=True)
p("MW updated that each case officer currently holds between 140 and 180 cases (recommended around 100–120). She has written a business case for two temporary case officers (12 months) funded from the DSG management plan underspend. It is going to DMT on 26 January. MW will take the business case to DMT and report back.")
p("MW wondered whether she needed to check with Priya first that the DSG underspend could be used; MW then confirmed in the meeting (having messaged Priya) that Priya had agreed in principle, so no action needed on that.")
mixed(("ACTION: ", True), ("MW – business case for 2 temp case officers to DMT 26/1, feedback to WS2", False), indent=True)
p("DL mentioned the EP service is also stretched, with statutory advice taking ~70% of EP time. He would like to see a trajectory for clearing the EP advice backlog. DL agreed to bring a trajectory for clearing the EP backlog to the next meeting, including the impact of the second locum starting in Feb.")
p("→ DL: EP backlog trajectory for next WS2", indent=True)

p("7. Risks / issues for highlight report", bold=True)
p("• Social care advice – still no named social care rep on the workstream. Response rate for social care advice in Dec 53%. MW is chasing via James Whitfield; to be escalated to the Board as a risk if no one is nominated by February. (JP to add to risk log – done during meeting.)\n• Tribunal appeals up – 14 lodged in Q3 vs 9 in Q2. Not in scope for WS2, this goes to the Tribunal Learning Group.\n• Annual reviews – LP flagged that annual review timeliness is not measured at all. Group felt this was a gap but it belongs to Workstream 3 (Annual Reviews and Phase Transfer). MW had already mentioned it to the WS3 lead informally last week.")
p("JP will pull together the highlight report for the Board from these notes – MW to sign off.")
p("(Note: the highlight report is a standing monthly task for JP, not a new action.)", italic=True)

p("8. AOB", bold=True)
p("TE – PCF conference is on Sat 20th March at the Racecourse, all welcome, stalls available. GA asked if therapies could have a stall, TE said yes just email him.\nCD – SENDIASS annual report will be published in February.\nNone.")

p("Next meeting: Thursday 11th February 2027, 2–3.45pm, Teams.", bold=True)
p("Items for Feb: tracker by stage (LP), SENDIASS themes (CD), EP backlog trajectory (DL), week-16 letter feedback (TE).", italic=True)
doc.save(OUT)
print(OUT)
