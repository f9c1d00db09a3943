"""520: SEND Partnership Board minutes (docx) - matters arising + bold inline actions."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
STEM = "520_seventyfirst_partnership_board_minutes_matters_arising_bold_inline_actions"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Westmoor Local Area SEND Partnership Board – draft minutes 10.03.27 – not for onward circulation until approved"


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def heading(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    return p


def action(text):
    p = doc.add_paragraph()
    r = p.add_run("Action: ")
    r.bold = True
    r2 = p.add_run(text)
    r2.bold = True
    return p


para("Westmoor Local Area SEND Partnership Board", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Minutes of the meeting held on Wednesday 10 March 2027, 14:00 – 16:30", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Committee Room 2, County Hall, Westmoor (and via MS Teams)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

heading("Present")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "Name", "Role / organisation", "Initials"
for name, role, ini in [
    ("Anne Price (Chair)", "Independent Chair, Westmoor SEND Partnership", "AP"),
    ("James Whitfield", "Assistant Director, SEND and Inclusion, Westmoor Council", "JW"),
    ("Priya Shah", "Director of Education, Westmoor Council", "PS"),
    ("Mary Walker", "Head of SEND, Westmoor Council", "MW"),
    ("Yusuf Okafor", "Designated Clinical Officer, Westmoor ICB", "YO"),
    ("Grace Adeyemi", "Head of Children's Therapies, Westmoor Community Health NHS Trust", "GA"),
    ("Liam Porter", "Data and Performance Manager, Westmoor Council", "LP"),
    ("Tom Evans", "Co-chair, Westmoor Parent Carer Forum", "TE"),
    ("Priya Mistry", "Parent Representative, Westmoor Parent Carer Forum", "PM"),
    ("Helen Brooks", "SENCo, Riverside Primary School (primary SENCo rep)", "HB"),
    ("Cllr Bethan Jones", "Chair, Children and Young People Scrutiny Committee", "BJ"),
    ("Jo Mercer", "SENDIASS Team Leader (deputising for Claire Dunmore)", "JM"),
]:
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text = name, role, ini

para()
para("In attendance: Owen Reid, Preparing for Adulthood Lead (OR) – item 5 only; "
     "Ruth Hill, Partnership Business Support Officer (RH) – minutes")
para("Apologies: David Lowe (Principal Educational Psychologist); Claire Dunmore (SENDIASS Service Manager); "
     "Dr Anita Patel (Consultant Community Paediatrician); Nadia Khan (Headteacher, Riverside Primary)")

heading("1. Welcome, apologies and declarations of interest")
para("AP welcomed members, in particular JM who was deputising for Claire Dunmore, and noted apologies as above. "
     "The meeting was quorate. HB declared an interest in item 8 as her school is one of the Inclusion Charter "
     "pilot schools. No other declarations.")

heading("2. Minutes of the previous meeting (9 December 2026)")
para("The minutes were agreed as an accurate record subject to one amendment: at item 6 the reference to "
     "'12 families' should read '12 young people'. (Amendment made in the published version.)")

heading("3. Matters arising and action log")
para("The Board went through the open actions from 9 December:")
para("12/26-01 – MW to circulate the revised EHCP quality assurance framework. Complete – circulated 15 January "
     "and now in use by the assessment team. Close.")
para("12/26-02 – YO to confirm the ICB contribution to the joint-funded key worker post. YO reported that the "
     "ICB Finance and Performance Committee had deferred the decision to its April meeting. Action remains open "
     "and stays with YO; carried forward on the log.")
para("12/26-03 – TE to bring the headline results of the PCF parent carer survey. Complete – on today's agenda "
     "(item 6). Close.")
para("12/26-04 – LP to add therapy waiting times to the partnership dashboard. LP explained that the waiting-list "
     "data sits in the Trust's system and the council does not have access to it, so he has been unable to progress "
     "this. The Board agreed to transfer this action to GA, with LP continuing to own the dashboard itself.")
action("GA to provide the therapy waiting-times extract to LP by 30 April 2027, broken down by service "
       "(SaLT, OT, physio).")
para("12/26-05 – PS to write to all headteachers about the use of part-time timetables. Complete – letter issued "
     "2 February 2027. Close.")

heading("4. SEND and AP Improvement Plan – quarterly highlight report (JW)")
para("JW presented the Q3 highlight report. Four of the seven priorities were rated amber, two green and one red. "
     "Timeliness of new EHC plans within 20 weeks had dropped to 41% for the quarter (national 2025 figure "
     "46%), largely because of the backlog of EP advice in the autumn term. Members challenged whether the "
     "priority should remain amber. TE said families were telling the PCF that they had not been told their plan "
     "would be late, which was causing as much distress as the delay itself.")
para("Decision: the Board agreed that the timeliness priority should be rated red until at least two consecutive "
     "months are above 60%.")
action("JW to bring a recovery trajectory for 20-week timeliness to the next Board, including the EP capacity "
       "position and how families will be kept informed when a plan is running late.")
para("LP offered to produce an additional breakdown of late plans by type of advice outstanding; the Board felt "
     "this would duplicate the trajectory and did not take this up.")

heading("5. Preparing for Adulthood – outcomes framework (OR)")
para("OR presented the draft PfA outcomes framework, which sets out 14 outcome measures across the four PfA "
     "pathways. The framework is due to go to Cabinet on 20 April as part of the refreshed SEND strategy. PM "
     "welcomed the inclusion of a measure on young people's experience of moving to adult health services but "
     "noted the PCF had not yet seen the document. BJ asked how the measures would be reported to Scrutiny.")
action("OR to share the draft PfA outcomes framework with the PCF for comment by Friday 2 April, so that "
       "comments can be reflected in the Cabinet version.")
para("The Board endorsed the framework in principle, subject to PCF comments.")

heading("6. Parent carer survey 2026 – headline findings (TE / PM)")
para("TE and PM presented the headline findings. 612 parent carers responded (up from 388). Satisfaction with "
     "communication from the SEND service was 29%; the most common theme in the free text was not knowing who "
     "their caseworker was. Positive feedback about SENDIASS and about the new annual review booking system. "
     "MW thanked the PCF and said the council wanted to respond publicly rather than just internally.")
action("MW to publish a co-produced 'you said, we did' response to the survey on the Local Offer by 30 April.")
action("All members to cascade the published response through their own networks and newsletters once it is live.")
para("AP asked that the survey findings are used to inform the communication workstream's plan; JW confirmed "
     "this is already in scope and no separate action is needed.")

heading("7. Health update (YO)")
para("The DCO report was taken as read. YO highlighted the continued growth in the neurodevelopmental (ND) "
     "pathway waiting list, now 2,140 children and young people, with the longest waits for autism assessment "
     "in the 11-16 age group. GA gave an update on the Trust's SaLT recruitment; three posts filled, two still "
     "vacant. PM asked for the ND waiting list to be broken down by age so families could understand where "
     "the pressures are.")
action("The DCO to circulate the ND pathway waiting list figures by age band ASAP.")
para("The Board noted the update.")

heading("8. Inclusion Charter – pilot evaluation (HB)")
para("HB presented the evaluation of the Inclusion Charter pilot in 11 schools. Suspensions of pupils with "
     "SEN support in the pilot schools had fallen by 18%. The Board agreed to recommend the Charter to all "
     "Westmoor schools from September 2027; the recommendation will go to Schools Forum on 25 March via PS as "
     "a routine report. HB's declared interest was noted; she did not take part in the decision.")

heading("9. Any other business")
para("(a) BJ asked whether officers could brief the Children and Young People Scrutiny Committee ahead of its "
     "scheduled review of SEND transport and EHCP timeliness.")
action("PS to arrange a briefing session for the CYP Scrutiny Committee by 22 June, ahead of its review.")
para("(b) JM reported that Healthwatch Westmoor had completed its 'Growing Up Here' report on young people's "
     "experience of health services. Healthwatch had kindly agreed to send the report for Board members.")
action("Healthwatch Westmoor to share its young people's report with RH for circulation before the next Board.")
para("(c) TE gave notice that the PCF will hold its AGM on 15 May; all members are welcome.")

heading("Date of next meeting")
para("Wednesday 9 June 2027, 14:00 – 16:30, Committee Room 2, County Hall and MS Teams.")
para("Meeting closed 16:25.", italic=True)

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-03-10",
    "style": (
        "Held-out batch seventyfirst. A Word (.docx) set of draft SEND Partnership Board minutes, Wednesday 10 March 2027, in a "
        "formal county-council house style: attendance table with an Initials column (owners mostly by initials), numbered "
        "items, decisions written as 'Decision:' / 'agreed' prose, and each action as its own bold paragraph 'Action: ...'. "
        "Traps: item 3 Matters arising walks the December action log - 12/26-01, -03, -05 are closed (not labelled); "
        "12/26-02 stays open with YO and is simply carried forward (not labelled); 12/26-04 is transferred from LP to GA at "
        "this meeting, so GA's new bold action is labelled. Decisions not labelled: timeliness rated red, framework endorsed in principle, Charter recommended to "
        "all schools (PS taking it to Schools Forum as routine report, no action set). LP's offer of a breakdown is declined. "
        "AP's request is answered 'no separate action is needed'. 'All members' action is labelled with owner 'All members', "
        "person null, no date. 'The DCO' = Yusuf Okafor (Designated Clinical Officer, also YO in the table); due 'ASAP' = "
        "null. Healthwatch Westmoor is not in the cast (person null). Two Priyas: PS = Priya Shah, PM = Priya Mistry. "
        "Dates: 'by 30 April 2027' = 2027-04-30; 'to the next Board' / 'before the next Board' = 'Date of next meeting' "
        "Wednesday 9 June 2027; 'by Friday 2 April' = 2027-04-02; 'by 30 April' = 2027-04-30; 'by 22 June' = 2027-06-22; "
        "the Cabinet (20 April), Schools Forum (25 March) and PCF AGM (15 May) dates are not due dates."
    ),
    "held_out": True,
    "actions": [
        {"key": "GA to provide the therapy waiting-times extract", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-04-30"},
        {"key": "JW to bring a recovery trajectory for 20-week timeliness", "owner": "JW", "person": "James Whitfield", "due": "2027-06-09"},
        {"key": "OR to share the draft PfA outcomes framework", "owner": "OR", "person": "Owen Reid", "due": "2027-04-02"},
        {"key": "MW to publish a co-produced 'you said, we did'", "owner": "MW", "person": "Mary Walker", "due": "2027-04-30"},
        {"key": "All members to cascade the published response", "owner": "All members", "person": None, "due": None},
        {"key": "The DCO to circulate the ND pathway waiting list", "owner": "The DCO", "person": "Yusuf Okafor", "due": None},
        {"key": "PS to arrange a briefing session for the CYP", "owner": "PS", "person": "Priya Shah", "due": "2027-06-22"},
        {"key": "Healthwatch Westmoor to share its young people's report", "owner": "Healthwatch Westmoor", "person": None, "due": "2027-06-09"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
