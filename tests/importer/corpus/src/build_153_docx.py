"""Builds 153: partnership board minutes in Word, with bold 'Action:' sentences buried in long
paragraphs and a Matters Arising table of old actions (mostly done)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "153_eighteenth_board_minutes.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Westmoor SEND Partnership Board – draft minutes – not for circulation beyond members"
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "OFFICIAL-SENSITIVE once approved: OFFICIAL"

doc.add_heading("Westmoor SEND Partnership Board", level=1)
p = doc.add_paragraph()
p.add_run("Tuesday 20 April 2027, 10:00–12:30, Committee Room 3, Westmoor Civic Centre").bold = True

doc.add_paragraph(
    "Present: Anne Price (Independent Chair, AP), Mary Walker (MW), Priya Shah (PS), Yusuf Okafor (YO), "
    "Tom Evans (TE), Helen Brooks (HB), David Lowe (DL), Grace Adeyemi (GA), Liam Porter (LP), Sarah Khan (SK). "
    "Minutes: Ruth Hill (RH). Apologies: none received. Also present for item 4: Claire Dunmore, SENDIASS.")


def para(parts):
    """parts: list of (text, bold)"""
    p = doc.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    return p


doc.add_heading("1. Welcome and minutes of 9 March 2027", level=2)
para([("AP welcomed everyone, in particular HB who has joined the board as the primary SENCo representative "
       "following the retirement of her predecessor. The minutes of 9 March were agreed with no amendments. "
       "The chair thanked RH for turning them round so quickly.", False)])

doc.add_heading("2. Matters arising", level=2)
para([("The board went through the action log from 9 March. Most actions are complete; the table below "
       "shows their status as reported at the meeting.", False)])
rows = [
    ("Ref", "Action (from 9 March)", "Owner", "Status"),
    ("1", "Circulate the draft SEND sufficiency statement", "PS", "Done – circulated 16/03/2027"),
    ("2", "Write to GP practices about the new health advice request form", "YO", "Done – letter sent 22/03/2027"),
    ("3", "Confirm dates for the spring co-production workshops", "SK", "Done – held 24 and 25 March"),
    ("4", "Bring EP statutory advice timeliness figures to April board", "DL", "Superseded – see item 3 action below"),
    ("5", "Add a parent voice item to every agenda", "RH", "Complete – standing item from April"),
    ("6", "Check the Local Offer transport page is up to date", "MW", "Complete"),
]
t = doc.add_table(rows=0, cols=4)
t.style = "Table Grid"
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
for c in t.rows[0].cells:
    for run in c.paragraphs[0].runs:
        run.bold = True

doc.add_heading("3. Educational psychology – statutory advice", level=2)
para([("DL reported that 64% of EP advices were completed within six weeks in March, up from 41% in January, "
       "largely because two locum EPs started in February and the service has stopped taking new traded work "
       "until September. He was clear that the locums are funded only until the end of July. MW said she would "
       "like to see the service back above 90% by the autumn, but accepted that this depends on recruitment, "
       "which was outside DL's control. TE asked whether families would be told when advice was going to be late; "
       "DL said that the service already sends a letter at week five and that this has been in place since January. "
       "The board asked to see how the service intends to sustain the improvement after July. ", False),
      ("Action: DL to share the EP statutory advice recovery plan with board members by 7 May. ", True),
      ("AP noted that this is the third time the board has discussed EP timeliness this year and asked that "
       "future reports include the trend over twelve months.", False)])

doc.add_heading("4. Parent voice – what parents told us (PCF)", level=2)
para([("TE presented the PCF's spring survey, which had 212 responses. The headline messages were that "
       "communication during EHC needs assessment is still the biggest concern, that parents value the SENDIASS "
       "drop-ins, and that transition from primary to secondary is a worry for families of children without an "
       "EHC plan. Claire Dunmore said SENDIASS would be reviewing its own drop-in timetable in May; that is a matter "
       "for the SENDIASS steering group. Members welcomed the report and felt it should be seen more widely. ", False),
      ("Action: TE to circulate the PCF summary report to all board members by Friday. ", True),
      ("HB offered to test the PCF's one-page transition profile with her Year 6 families, since Riverside already "
       "uses something similar. ", False),
      ("Action: HB to pilot the one-page transition profile with Riverside Year 6 families before the end of June. ", True),
      ("There was a brief discussion about whether secondary schools should be asked to do the same, but the board "
       "agreed to wait for HB's pilot before asking anyone else.", False)])

doc.add_heading("5. EHC needs assessment – families waiting over 20 weeks", level=2)
para([("LP reported that 118 assessments were beyond the 20-week limit at the end of March. MW explained the "
       "causes (mainly delayed advice and the volume of requests in the autumn term) and said that the EHCP hub "
       "would, she hoped, be live by the summer. SK reminded members that families had said in the PCF survey that "
       "silence was the worst part. The board agreed that every family waiting more than 20 weeks should hear from "
       "a named officer. ", False),
      ("Action: SEND Assessment Team to contact every family waiting over 20 weeks before the May half term. ", True),
      ("YO confirmed that the ICB had already written to the paediatric service about health advices and that "
       "nothing further was needed from the ICB at this stage. ", False),
      ("Action: none from the ICB – for information. ", True),
      ("LP will continue to include the 20-week figure in the monthly dashboard as now.", False)])

doc.add_heading("6. Alternative provision and Preparing for Adulthood", level=2)
para([("PS said a review of alternative provision commissioning had been started by the Education directorate "
       "and that she was not yet sure whether its findings would come to this board or to the Schools Forum. ", False),
      ("Action: PS to confirm where the alternative provision review will report, at the next meeting. ", True),
      ("On Preparing for Adulthood, members noted that the outcomes framework agreed last year has not been "
       "presented to the board. Owen Reid, the PfA Lead, is not a board member. ", False),
      ("Action: RH to invite Owen Reid to present the PfA outcomes framework at the June board. ", True),
      ("GA mentioned that therapies transition to adult services is also an issue and she would be happy to "
       "contribute if it came up.", False)])

doc.add_heading("7. Any other business", level=2)
para([("The board approved the updated risk register without changes. AP reminded members that the Ofsted/CQC "
       "area inspection framework is changing in 2028 and that the DfE is expected to publish guidance over the "
       "summer; no action was needed yet.", False)])

doc.add_heading("8. Date of next meeting", level=2)
para([("Tuesday 15 June 2027, 10:00–12:30, Committee Room 3. Papers to RH by Tuesday 8 June please.", False)])

doc.save(OUT)
print(OUT)
