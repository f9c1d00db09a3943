"""Builds 240_thirtyfirst_short_breaks_commissioning_temp_minutes.docx"""
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "240_thirtyfirst_short_breaks_commissioning_temp_minutes.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)

def p(text, bold=False, italic=False):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    return para

p("WESTMOOR SHORT BREAKS COMMISSIONING GROUP", bold=True)
p("Minutes of meeting held Thurs 11th February 2027, 10am - 12.30, Committee Rm 3 Westmoor House / Teams")
p("Minutes taken by: Jo Tennant (agency temp, covering for Ruth Hill who is on leave)", italic=True)
p("Present: Anne Price (Chair), Mary Walker (MW), Yusuf Okafor (YO) ICB, Tom Evans PCF, Grace Adeyemi (GA), Liam Porter, Sarah Khan, Helen Brooks (Riverside), David Lowe (DL)\n"
  "Also attending: Rachel from Commissioning (item 4 only) - sorry didn't get surname, Brightside Family Services rep (item 5)\n"
  "Apologies: Priya Shah, Owen Reid")

p("1. Welcome and intro's", bold=True)
p("Anne welcomed everyone and said Ruth was on leave so I was taking the minutes, people said sorry in advance for talking fast. Round of intro's for Rachel.")

p("2. Apologies", bold=True)
p("As above. Anne noted that Priya had sent comments on the eligibility paper by email which she would read out under item 4.")

p("3 - Minutes of last meeting and matters arising", bold=True)
p("Minutes of 3rd December agreed as accurate apart from Tom's name being spelt wrong (Evens) - will be corrected.")
p("Matters arising:")
p("- MW had sent round the sufficiency report before Christmas - done.")
p("- Overnight respite at Hazel Lodge - YO said the CQC re-inspection had happened in January and the report was now out, rated Good. Closed.")
p("- Action from Dec re the direct payments rate (LP) - Liam said this was now part of the budget setting process and would go to Cabinet in March so it is no longer with this group. Closed.")
p("- Holiday activities grant (HAF) - not discussed, Anne said it can come back in April.")

p("3. Short breaks statement - annual refresh", bold=True)
p("[Note from minute taker - the agenda had this as item 4 but it was taken third because Rachel had to leave early, so numbering below may be out]", italic=True)
p("Mary introduced the paper. The Short Breaks Services Statement has to be reviewed every year and published. The 2026 version was mostly fine but families had said the eligibility section was confusing especially the bit about which children get a social work assessment and which can go straight to the universal plus offer. Mary has redrafted the eligibility bit with the PCF.")
p("Tom said the PCF were much happier with the new wording but parents still didn't understand what 'universal plus' meant and that it should say in plain words what you actually get e.g. how many hours of holiday club. Mary agreed. There was a discussion about whether to take out the term altogether. Anne said that the statement should be checked by young people as well as parents not just the PCF.")
p("Priya's comments (read out by Anne) - she supports the changes but wants to be sure the statement matches the Local Offer pages because last year they said different things.")
p("ACTION MW - circulate revised short breaks eligibility criteria to all members for comments by Friday 5th March.", bold=True)
p("Sarah said she could run a session with the youth forum to co design a young people's version of the statement. She thought before the Easter holidays was realistic as the forum meets on Weds. Everybody agreed this was a good idea.")
p("Action: Sarah K to arrange young people's co-design session for the statement - before Easter hols")
p("Once signed off RH will put the revised statement on the Local Offer. (Mary said no date for this as depends on sign off.)")
p("Anne asked if the statement needs to go to Cabinet - Mary said no, it is an officer decision (a Key Decision is only needed if the budget changes).")

p("5. Commissioning update and new framework", bold=True)
p("Rachel (Commissioning) gave an update. The current short breaks framework ends 31 August 2027. Cabinet already approved the recommissioning last October. The plan is a new framework with lots so that small providers can bid for one lot only (e.g. just Saturday clubs). The timeline is tight.")
p("The group agreed to extend the current contract with Brightside Family Services for 6 months to cover the gap if the new framework is not ready. (DECISION - not an action, Anne asked me to write this as a decision.)")
p("There was a discussion about the market. Liam said take-up of overnight short breaks has gone down but he doesn't know if this is because of need or because families can't get a place near them. Yusuf asked for it by ward. Liam said he could pull the data for overnight short breaks by ward for next meeting.")
p("Action - LP, take up data overnight short breaks by ward, next mtg")
p("Rachel said commissioning team will issue the market engagement notice for the new framework w/c 1st March and hold a provider event later in March (date tbc). Action commissioning team.")
p("Tom asked if parents could be on the evaluation panel. Rachel said yes in principle but she needs to check with procurement/legal. [not sure if this was an action for Rachel or just a comment - Anne to confirm?]", italic=False)
p("Helen said schools often don't know about after school clubs for SEND children, and that some of them might be able to host them. David said he could raise it at the SENCO network, then Helen said actually she would do it as she is going to the cluster meetings anyway. So Action for DL - no, Helen - ask SENCOs at the cluster meetings about after-school club demand and whether schools could host, feed back at next meeting.")

p("4.1 Saturday club - children with complex health needs", bold=True)
p("(this was the Brightside item)", italic=True)
p("The Brightside rep explained that they had 4 children on the waiting list for the Saturday club who need a trained person for things like gastrostomy feeding and suction, and they can't take them without health support. Currently they are using agency nurses which is expensive and unreliable. Grace said in principle the children's community nursing team might be able to train Brightside staff or release someone but she needs to check with her managers. Grace will confirm whether therapy and nursing staff can support the Saturday club within two weeks.")
p("Yusuf raised that some of these children have continuing care packages and the short breaks element should be funded by health through continuing care, not out of the council's short breaks budget. This has been a problem for a while. Yusuf will raise the continuing care short breaks funding with ICB finance, by end of March.")
p("Anne said it would be nice if one day there could be a single budget for short breaks across the council and health but that's a big conversation for the Joint Commissioning Group, not this group.")

p("6) Holiday clubs / survey", bold=True)
p("Tom said the PCF keep getting asked about holiday club provision especially summer. A lot of families say they got told there was no space. The PCF would like to run a parent survey on holiday club provision so there is evidence before the new framework. Mary was happy for this - council comms can help share it. Tom: end of March.")
p("ACTION: TE/PCF run parent survey on holiday clubs - 31/3")
p("Liam asked to see the survey questions before it goes out so it can link to the data he has. Tom said fine. (Not a separate action, Tom will just send it to him.)")

p("vii. Performance dashboard", bold=True)
p("Liam took the group through the dashboard (attached to papers). Numbers getting a short break are 612 this quarter, up from 588. Direct payments numbers stable. Families waiting for a social care assessment for short breaks are now 47 which is down. Nothing to action - Anne thanked Liam and said it's good to see the direction of travel.")
p("David asked if the EP service could have a version for their annual report - Liam said it's all on the website already.")

p("8. AOB", bold=True)
p("- Sarah Khan said the youth forum had been asked to review the easy read leaflet which was done in January (done already).")
p("- Tom reminded everyone the PCF conference is on 20 May and people should book.")
p("- Anne asked if the agenda for next time can have HAF on it - Ruth to add (Anne said she'd tell Ruth herself when she is back so not an action for the minutes).")

p("9. Date of next meeting", bold=True)
p("Thursday 15th April 2027, 10am, Teams. Ruth back by then.")

p("")
p("ACTIONS SUMMARY (typed up after the meeting - please tell me if I have missed any)", bold=True)
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["No", "Action", "Who", "When"]):
    c.text = h
rows = [
    ("1", "Circulate revised eligibility criteria", "MW", "5/3/27"),
    ("2", "Young people's co-design session (statement)", "SK", "before Easter"),
    ("3", "Overnight short breaks take up by ward", "LP", "next meeting"),
    ("4", "Market engagement notice", "Commissioning", "w/c 1 March"),
    ("5", "Confirm nursing/therapy support for Saturday club", "GA", "2 weeks"),
    ("5", "Continuing care funding - raise with ICB finance", "YO", "end March"),
    ("6", "Parent survey on holiday clubs", "TE", "31/3"),
    ("7", "Put statement on Local Offer", "RH", "once signed off"),
]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
p("")
p("Jo T - 11/02/27", italic=True)
doc.save(OUT)
print(OUT)
