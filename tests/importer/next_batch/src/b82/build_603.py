"""603: SEND Champions Network notes on a template whose action table runs When | Who | What."""
import json
from docx import Document
from docx.shared import Pt, RGBColor, Cm

OUT = "/tmp/b82/603_eightysecond_champions_template_when_who_what_columns"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor Network of SEND Champions - Meeting Notes Template v3 (Jan 2026)"
sec.footer.paragraphs[0].text = "Template owner: Participation Team. Please do not change the headings - they feed the termly report."


def grey(text):
    p = doc.add_paragraph(); r = p.add_run(text); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80); r.font.size = Pt(9)


doc.add_heading("Network of SEND Champions - Meeting Notes", level=1)
grey("[Guidance: complete all sections. Delete guidance text in grey before circulating.]")

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for k, v in [("Meeting", "Summer term network meeting"),
             ("Date / time", "Wednesday 23 June 2027, 3.45pm - 5.15pm"),
             ("Venue", "Westmoor Library, Learning Suite (and Teams)"),
             ("Chair(s)", "Kerry Lang (Parent Champion, PCF) and Sarah Khan (Participation Officer)"),
             ("Notes by", "Sarah Khan"),
             ("Attending", "Helen Brooks (Riverside Primary), Nadia Khan (Riverside Primary), Priya Mistry (PCF), Claire Dunmore (SENDIASS), "
                           "Lorna Fitch (Westmoor College), Dev Sandhu (Oakfield Day Nursery), Amira Hussain (St Luke's CE Primary), "
                           "Jon Pryce (Westmoor Academy), Beth Carter (parent champion), Lee Norris (parent champion) + 14 others on Teams (list held by SK)"),
             ("Apologies", "Tom Evans (PCF), David Lowe (EPS), 6 champions")]:
    row = t.add_row().cells; row[0].text = k; row[1].text = v
    row[0].paragraphs[0].runs[0].bold = True

doc.add_heading("1. Welcome and network news", level=2)
grey("[Guidance: brief - who is new, who has left, headline numbers.]")
doc.add_paragraph("Kerry welcomed everyone, including four new champions from early years settings. The network now has 41 champions across "
                  "33 schools and settings (figure reported to the Inclusion Workstream in May). Jon Pryce is leaving Westmoor Academy in July - "
                  "thanks to Jon for three years as a champion. The Academy will nominate a replacement in September (their job, not ours).")

doc.add_heading("2. Learning session: autism-friendly classrooms", level=2)
doc.add_paragraph("Amira Hussain and Helen Brooks led a 40-minute session on low-cost changes to classrooms: visual timetables, quiet "
                  "corners, lighting, predictable transitions. Good discussion about secondary - Jon said subject teachers moving rooms makes "
                  "consistency harder. Helen showed Riverside's one-page profile template, which a lot of people asked for. Sarah will send the "
                  "slides round; Helen will share the profile template once she has taken the pupil details out of the example.")

doc.add_heading("3. Updates from champions", level=2)
grey("[Guidance: bullet points. Issues for the partnership go in section 5, not here.]")
for b in ["Oakfield Day Nursery (Dev): three families asked for SENDIASS leaflets - they have run out.",
          "Westmoor College (Lorna): Year 11 parents' drop-in with SENDIASS went well, 22 families came. Thanks Claire.",
          "Parent champions (Beth, Lee): the PCF annual survey is open until 16 July - please share with families (key message, see 4).",
          "Riverside (Nadia): the Inclusion Charter pilot self-evaluation has started; Nadia is reporting that to the Inclusion Workstream, not here."]:
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("4. Key messages for champions to cascade", level=2)
grey("[Guidance: these are messages for champions to share in their setting. They are NOT actions and are not tracked.]")
for b in ["PCF annual survey - open until 16 July.", "Local Offer has a new 'what to expect from SENDIASS' page.",
          "EP drop-ins for early years SENCos continue monthly over the summer term."]:
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("5. Issues to escalate to the Partnership", level=2)
doc.add_paragraph("Champions raised (again) that families are not told when an EHC needs assessment is delayed. Sarah said the EHCP "
                  "Timeliness subgroup has already agreed letters from the Head of SEND to families waiting over 20 weeks, so this is being "
                  "dealt with - no escalation needed. Nothing else to escalate this term.")

doc.add_heading("6. Planning for the autumn", level=2)
doc.add_paragraph("The September meeting will be the annual induction for new champions. Kerry will plan the parent champion part of "
                  "the induction and bring an outline to the September network. Nadia offered Riverside as the venue for September - she "
                  "needs to check the hall is free and will confirm by next Weds. Sarah reminded everyone to fill in the training needs survey "
                  "so the autumn programme reflects what champions want - all champions by 9 July please.")

doc.add_heading("7. Actions", level=2)
grey("[Guidance: one row per action. Use the columns in the order shown: WHEN it is due, WHO is doing it, WHAT it is. Put Done in the "
     "When column for anything completed at or before the meeting. Delete the example row.]")
acts = doc.add_table(rows=1, cols=3); acts.style = "Table Grid"
for i, h in enumerate(["WHEN", "WHO", "WHAT"]):
    c = acts.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True
rows = [
    ("e.g. 01/01", "Name", "What needs doing"),
    ("Done ✓", "Sarah K", "Book the library learning suite for today"),
    ("Fri 2 July", "Sarah K", "Circulate slides from the autism-friendly classrooms session to all champions"),
    ("End of term (21 July)", "Helen B", "Share Riverside's one-page profile template (anonymised) with champions"),
    ("ASAP", "Claire D", "Send SENDIASS leaflets to Oakfield and the two other settings who asked"),
    ("Next Weds", "Nadia", "Confirm Riverside hall is free as the venue for the September network"),
    ("9 July", "All champions", "Return the training needs survey"),
    ("Sept network", "Kerry", "Plan the parent champion induction session and bring an outline"),
]
for r in rows:
    cells = acts.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
for row in acts.rows:
    for i, w in enumerate([Cm(3.5), Cm(3.0), Cm(10.0)]):
        row.cells[i].width = w

doc.add_heading("8. Next meeting", level=2)
doc.add_paragraph("Autumn term network (induction) - date to be confirmed in September; venue Riverside Primary if available (see actions).")
grey("[Guidance: send notes to participation@westmoor.gov.uk within 5 working days.]")
doc.save(OUT + ".docx")

labels = {
    "meeting_date": "2027-06-23",
    "style": ("Held-out batch eightysecond. Notes of the summer Network of SEND Champions meeting typed into the network's Word template: a "
              "details table, grey guidance text left in, 'Key messages to cascade' (explicitly not actions) and an Actions table whose columns "
              "run WHEN | WHO | WHAT rather than the usual what/who/when, so the due date comes first and the action text last. Traps: the "
              "template's example row ('e.g. 01/01 | Name | What needs doing') is not an action; the 'Done ✓' room booking is complete; the "
              "Academy replacing Jon is the Academy's job; Nadia's charter pilot belongs to the Inclusion Workstream; the delayed-assessment letters "
              "are already being dealt with by the EHCP Timeliness subgroup (no escalation); the cascade messages are not tracked. 'Sarah K' is "
              "Sarah Khan (the notes-taker and co-chair; Sarah Kent is not present); 'Nadia' is Nadia Khan; 'All champions' is a group (person "
              "null). Dates: 'Fri 2 July' = 2027-07-02; 'End of term (21 July)' = Wednesday 21 July 2027; 'ASAP' = no date (null); 'Next Weds' "
              "from Wednesday 23 June = Wednesday 30 June 2027; '9 July' = Friday 9 July 2027; 'Sept network' = the September 2027 meeting, date "
              "not yet set ('meeting 2027-09')."),
    "held_out": True,
    "actions": [
        {"key": "Circulate slides from the autism-friendly classrooms session", "owner": "Sarah K", "person": "Sarah Khan", "due": "2027-07-02"},
        {"key": "Share Riverside's one-page profile template (anonymised) with", "owner": "Helen B", "person": "Helen Brooks", "due": "2027-07-21"},
        {"key": "Send SENDIASS leaflets to Oakfield and the", "owner": "Claire D", "person": "Claire Dunmore", "due": None},
        {"key": "Confirm Riverside hall is free as the venue", "owner": "Nadia", "person": "Nadia Khan", "due": "2027-06-30"},
        {"key": "Return the training needs survey", "owner": "All champions", "person": None, "due": "2027-07-09"},
        {"key": "Plan the parent champion induction session and", "owner": "Kerry", "person": "Kerry Lang", "due": "meeting 2027-09"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
