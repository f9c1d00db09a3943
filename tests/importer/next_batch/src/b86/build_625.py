"""625: Westmoor Council Democratic Services style minutes of the SEND Partnership Board (clerk)."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path("/tmp/b86")
STEM = "625_eightysixth_council_committee_minutes_resolved"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = "Westmoor Council – Democratic Services"
    s.footer.paragraphs[0].text = "SEND Partnership Board – 8 July 2027 – Minutes – Page 1 of 3\tChair's initials ........"

def para(text, bold=False, align=None, indent=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if align: p.alignment = align
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p

def item(no, title):
    p = doc.add_paragraph()
    r = p.add_run(f"{no}.\t{title.upper()}"); r.bold = True
    p.paragraph_format.space_before = Pt(12)

para("WESTMOOR COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("MINUTES of a meeting of the SEND PARTNERSHIP BOARD held in Committee Room 2, County Hall, Westmoor "
     "on Thursday, 8 July 2027 at 2.00 pm", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("PRESENT:", bold=True)
para("Anne Price (Independent Chair) (in the Chair)", indent=1)
para("Helen Brooks (SENCo, Riverside Primary School), Tom Evans (Co-Chair, Westmoor Parent Carer Forum), "
     "Grace Adeyemi (Westmoor Community Health NHS Trust), David Lowe, Yusuf Okafor (Westmoor ICB), Liam Porter, "
     "Priya Shah and Mary Walker.", indent=1)
para("ALSO IN ATTENDANCE:", bold=True)
para("Councillor Bethan Jones (Chair, Children and Young People Scrutiny Committee) – minutes 14 and 15; "
     "Owen Reid (Preparing for Adulthood Lead) – minute 15.", indent=1)
para("OFFICERS:", bold=True)
para("Ruth Hill (Partnership Business Support Officer).", indent=1)

item(11, "Apologies for absence")
para("Apologies for absence were received from Sarah Khan (Participation Officer) and James Whitfield "
     "(Assistant Director, SEND and Inclusion).")

item(12, "Declarations of interest")
para("Tom Evans declared a personal interest in minute 15 (Post-16 Transport Policy) as the parent of a young "
     "person who currently receives post-16 travel assistance. He remained in the meeting and took part in the discussion.")
para("Helen Brooks declared a prejudicial interest in minute 16 (Resourced Provision – Capital Bids) as Riverside "
     "Primary School is one of the bidding schools. She left the room for that item and took no part in the discussion or decision.")

item(13, "Minutes of the previous meeting")
para("RESOLVED – That the minutes of the meeting held on 13 May 2027 be confirmed as a correct record and signed by the Chair.")
para("Matters arising", italic=True)
para("Minute 6 (EHCP Timeliness dashboard) – the Data and Performance Manager confirmed that the revised dashboard "
     "had been circulated to members on 2 June 2027. No further action was required.")
para("Minute 8 (SENDIASS annual report) – the Chair reported that she had written to the SENDIASS Service Manager "
     "conveying the Board's thanks, as requested.")

item(14, "EHCP timeliness – Quarter 1 report")
para("The Board considered a report of the Head of SEND on the timeliness of Education, Health and Care Plans for "
     "the period April to June 2027. The proportion of new plans issued within 20 weeks (excluding exceptions) "
     "had risen to 41 per cent from 33 per cent in the previous quarter, but remained well below the national average.")
para("In response to questions from Councillor Jones, the Head of SEND explained that the main delays were at the "
     "advice-gathering stage, particularly educational psychology advice. The Principal Educational Psychologist "
     "reported that two locum psychologists had started in June and that the backlog of outstanding advices had "
     "reduced from 118 to 76. The Principal Educational Psychologist agreed to provide Councillor Jones with "
     "details of EP advice turnaround times outside the meeting.")
para("Tom Evans proposed that timeliness figures be published monthly on the Local Offer so that families could "
     "see progress. Members were sympathetic but felt that monthly figures would be volatile given the small "
     "numbers involved, and that the quarterly report should continue to be the published measure.")
para("RESOLVED –")
para("(a)\tThat the report be noted.", indent=1)
para("(b)\tThat the Data and Performance Manager provide a breakdown of late plans by stage of the "
     "process to the next meeting of the Board.", indent=1)
para("(c)\tThat the proposal to publish timeliness figures monthly on the Local Offer be not supported at this time.", indent=1)

item(15, "Preparing for Adulthood – draft Post-16 Transport Policy")
para("The Preparing for Adulthood Lead introduced the draft Post-16 Transport Policy Statement 2028/29, which had "
     "been published for public consultation on 1 July 2027. The consultation would close on 10 September 2027 and "
     "the final policy would be determined by Cabinet on 21 September 2027.")
para("Members raised concerns about the proposed move to personal travel budgets as the default offer and the "
     "clarity of the appeals process. Councillor Jones indicated that the Scrutiny Committee would wish to consider "
     "the policy before the Cabinet decision; this was a matter for the Committee's own work programme.")
para("RESOLVED –")
para("(a)\tThat the draft policy and the comments of the Board, as set out above, be noted.", indent=1)
para("(b)\tThat the Preparing for Adulthood Lead arrange, with the Parent Carer Forum, two drop-in sessions for "
     "families before the consultation closes.", indent=1)

item(16, "Resourced provision – capital bids")
para("(Helen Brooks left the room for this item.)", italic=True)
para("The Director of Education reported that six schools had submitted expressions of interest for new resourced "
     "provision funded from the High Needs Provision Capital Allocation. The evaluation panel had shortlisted four "
     "schemes, providing 48 additional places from September 2028.")
para("RESOLVED – That the Director of Education be authorised to submit the shortlist of four schemes "
     "to the Department for Education by 30 July 2027.")
para("(Helen Brooks returned to the meeting.)", italic=True)

item(17, "Network of SEND Champions – annual report 2026/27")
para("Tom Evans presented the first annual report of the Network of SEND Champions. The network now had 64 "
     "members, of whom 39 were parents or carers. Members welcomed the report and the quality of the "
     "Champions' contribution to the Local Offer review.")
para("Concern was expressed that some parent Champions were meeting travel and childcare costs themselves.")
para("RESOLVED –")
para("(a)\tThat the annual report be endorsed.", indent=1)
para("(b)\tThat the Participation Officer, in consultation with the PCF Co-Chair, bring proposals for "
     "reimbursing Champions' expenses to the next meeting.", indent=1)

item(18, "Children's therapies – waiting times")
para("Grace Adeyemi gave a verbal update on waiting times for speech and language therapy. The longest wait for "
     "an initial assessment was now 44 weeks. Yusuf Okafor reported that the ICB had written to the Trust on "
     "1 July 2027 requesting a formal recovery plan. Grace Adeyemi undertook to circulate the SALT recovery "
     "trajectory to members by the end of the month.")
para("RESOLVED – That the update be noted.")

item(19, "Forward plan")
para("The Board considered its forward plan for 2027/28. Members asked that an item on the Written Statement of "
     "Action refresh be added for the October meeting.")
para("RESOLVED – That the forward plan be approved, subject to the addition referred to above, and that the "
     "Partnership Business Support Officer update the forward plan accordingly.")

item(20, "Date of next meeting")
para("RESOLVED – That the next meeting of the Board be held on Thursday, 14 October 2027 at 2.00 pm in Committee Room 2, County Hall.")
para("")
para("The meeting closed at 4.12 pm.")
para("")
para("CHAIR ........................................................")
para("Contact officer: Ruth Hill, Partnership Business Support Officer. Tel: 01632 960 415", italic=True)

doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-07-08",
 "style": ("Held-out batch eightysixth. Formal council committee minutes in Word, written by the Democratic Services "
  "clerk: running minute numbers 11-20, PRESENT / ALSO IN ATTENDANCE / OFFICERS, apologies, declarations (a "
  "prejudicial interest with the member leaving the room), matters arising already closed, and every decision as "
  "'RESOLVED - That ...' with lettered sub-resolutions. There are no 'Action:' lines or owner columns: the actions "
  "sit inside resolutions with owners named by ROLE ('the Data and Performance Manager', 'the Preparing for "
  "Adulthood Lead', 'the Director of Education', 'the Participation Officer', 'the Partnership Business Support "
  "Officer', 'the Principal Educational Psychologist') or in narrative ('Grace Adeyemi undertook to...'). Traps: "
  "'RESOLVED - That the report be noted' / 'endorsed' / 'update be noted' are not actions; Tom Evans's monthly "
  "publication proposal is turned down (resolution (c)); the Cabinet decision and Scrutiny Committee work programme "
  "belong to other bodies; the ICB letter to the Trust was already sent on 1 July; matters arising are closed; the "
  "Participation Officer (Sarah Khan) is given an action while absent (apology). Dates: 'to the next meeting' is "
  "resolved to the date set in minute 20, Thursday 14 October 2027; the drop-ins 'before the consultation closes' "
  "= 10 September 2027 (stated in the same minute); DfE submission 'by 30 July 2027'; 'by the end of the month' in "
  "a July meeting = 31 July 2027; the PEP's reply to Cllr Jones and the forward-plan update have no date (null). "
  "The joint owner in 17(b) is labelled as the lead named first (the Participation Officer); the PCF Co-Chair is "
  "only consulted."),
 "held_out": True,
 "actions": [
  {"key": "Data and Performance Manager provide a breakdown", "owner": "the Data and Performance Manager", "person": "Liam Porter", "due": "2027-10-14"},
  {"key": "Preparing for Adulthood Lead arrange, with the Parent", "owner": "the Preparing for Adulthood Lead", "person": "Owen Reid", "due": "2027-09-10"},
  {"key": "authorised to submit the shortlist of four schemes", "owner": "the Director of Education", "person": "Priya Shah", "due": "2027-07-30"},
  {"key": "bring proposals for reimbursing Champions' expenses", "owner": "the Participation Officer", "person": "Sarah Khan", "due": "2027-10-14"},
  {"key": "Grace Adeyemi undertook to circulate the SALT recovery", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-07-31"},
  {"key": "provide Councillor Jones with details of EP advice", "owner": "The Principal Educational Psychologist", "person": "David Lowe", "due": None},
  {"key": "Partnership Business Support Officer update the forward plan", "owner": "the Partnership Business Support Officer", "person": "Ruth Hill", "due": None},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
