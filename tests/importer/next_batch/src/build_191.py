"""191: ICB SBAR paper to the SEND Partnership Board with the secretary's 'record of board consideration'."""
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, RGBColor

STEM = "191_twentyfourth_sbar_paper_with_board_outcome"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL\tWestmoor Integrated Care Board\tPaper 6"
sec.footer.paragraphs[0].text = "SBAR template v3.2 (ICB Clinical Governance)  |  SEND Partnership Board 14.01.2027  |  Not for onward circulation until ratified"

def h(text, size=13, color=(0x00, 0x5E, 0xB8)):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor(*color)
    return p

def para(text, bold_prefix=None):
    p = doc.add_paragraph()
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p

h("SBAR BRIEFING", 16)
h("Children and young people's neurodevelopmental (ND) assessment waiting times", 13, (0, 0, 0))
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Meeting", "Westmoor SEND Partnership Board"),
    ("Date of meeting", "Thursday 14 January 2027"),
    ("Agenda item", "6"),
    ("Author", "Yusuf Okafor, Designated Clinical Officer (DCO), Westmoor ICB"),
    ("Executive sponsor", "Chief Nursing Officer, Westmoor ICB"),
    ("Purpose", "For discussion / For decision (recommendations 1 and 2) / For information (recommendation 3)"),
    ("Previously considered by", "ICB Quality and Performance Committee, 9 December 2026"),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b

doc.add_paragraph()
h("S – Situation")
para("As at 31 December 2026 there were 1,412 children and young people waiting for a neurodevelopmental "
     "assessment (autism and/or ADHD) across the two Westmoor pathways. 388 have waited more than 52 weeks. "
     "The median wait for the school-age pathway is 71 weeks against a locally agreed standard of 18 weeks. "
     "Families continue to raise ND waits as their number one concern (PCF survey, November 2026).")
h("B – Background")
for b in [
    "The 0-5 pathway is delivered by the Child Development Centre (Consultant Community Paediatrician lead: Dr Anita Patel).",
    "The school-age pathway is delivered jointly by CAMHS and community paediatrics; referrals come mainly from schools and GPs.",
    "Referrals rose by 38% between 2024/25 and 2026/27. Capacity has not changed since the 2023 re-procurement.",
    "The area SEND inspection (2025) identified ND waits as an area for improvement, and this remains on the partnership's risk register (risk R7, scored 20).",
]:
    doc.add_paragraph(b, style="List Bullet")
h("A – Assessment")
para("Demand: around 110 new referrals per month against capacity for c.65 completed assessments. "
     "The waiting list will continue to grow unless demand is managed or capacity added.", "1. ")
para("Quality of referrals: an audit of 100 school-age referrals found 31 lacked any school observation "
     "information, which adds an average of 9 weeks while information is chased.", "2. ")
para("Support while waiting: there is no consistent 'waiting well' offer. Families told us they do not know "
     "what help they can get without a diagnosis.", "3. ")
para("Link to EHCPs: we do not currently know how many children on the ND list also have an EHC plan or are "
     "awaiting an EHC needs assessment. This limits joint planning.", "4. ")
para("Mitigation already in place: the ICB Executive has commissioned an independent provider to complete "
     "200 assessments; mobilisation starts 1 February 2027 and is funded to 31 July 2027.", "5. ")
h("R – Recommendation")
para("The Board is asked to:")
for b in [
    "AGREE the revised school-age referral criteria, including a mandatory school observation form (Appendix A).",
    "AGREE that a co-produced 'waiting well' information offer is developed with the Parent Carer Forum.",
    "NOTE that the ICB will consider a recurrent investment business case at its Strategic Commissioning Committee in March 2027, and SUPPORT that business case in principle.",
]:
    doc.add_paragraph(b, style="List Number")

doc.add_paragraph()
h("Record of Board consideration", 13, (0x80, 0, 0))
para("(completed by the Partnership Business Support Officer after the meeting – RH, 15/01/27)", None).runs[0].italic = True
para("Present for this item: AP (Chair), MW, YO, PS, TE, HB, DL, GA, LP, SK (Participation), RH (notes). "
     "Dr Anita Patel attended for this item.")
para("Recommendation 1 – AGREED, subject to minor wording changes from SENCos. ", "Decision: ")
para("Recommendation 2 – AGREED. ", "Decision: ")
para("Recommendation 3 – NOTED and SUPPORTED in principle. The business case is a matter for the ICB's own "
     "governance and will not come back here for approval.", "Decision: ")
para("Discussion summary: ", None).runs[0].bold = True
para("Members welcomed the honesty of the paper. TE said parents would want to see the 52-week number come down "
     "quickly and asked how the independent provider capacity would be targeted; YO said the longest waiters "
     "will be offered first. PS asked whether the referral criteria would simply move the wait into schools; HB "
     "felt the observation form was achievable if it was short. DL said he would consider whether educational "
     "psychologists could contribute to triage but could not commit capacity before the EP service review "
     "concludes. Members hoped the national ND pilot funding might be extended beyond March, but nothing has "
     "been confirmed by NHS England.")
para("The Chair signed the joint letter to headteachers on the referral changes during the meeting; RH sent it "
     "out the same afternoon, so no further action is needed on that.")
para("Agreed follow-up:", None).runs[0].bold = True
para("YO to bring back a trajectory for the 52-week waits to the March Board, showing the effect of the "
     "independent provider capacity.")
para("Dr Patel to circulate the revised school-age referral criteria to all SENCos by Friday 5 February.")
para("Liam will match the ND waiting list against the EHCP caseload and report the overlap to MW by 12/2.")
para("Tom Evans (PCF) to co-produce the waiting well leaflet with families and get a first draft to RH by "
     "Fri 26th Feb.")
para("HB agreed to pilot the school observation form at Riverside during the spring term and report back "
     "to the May Board.")
para("RH to add ND waiting times as a standing quarterly item on the Board forward plan.")
para("Risk R7 score unchanged at 20 (decision, no action).")
p = doc.add_paragraph(); r = p.add_run("Appendix A – Revised referral criteria (school-age pathway) – circulated separately."); r.italic = True
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-01-14",
    "ICB SBAR briefing paper (Situation/Background/Assessment/Recommendation) to the SEND Partnership Board, with a "
    "secretary's 'Record of Board consideration' box appended after the meeting. Traps: the paper's numbered "
    "recommendations (AGREE/NOTE/SUPPORT) are asks and decisions, not actions; the independent provider mobilisation and "
    "the ICB business case are another body's work; DL 'would consider' EP triage (not committed); hope that national "
    "pilot funding is extended; the Chair's joint letter was signed and sent in the meeting (done); risk score unchanged is "
    "a decision. Labelling choices: 'the March Board' and 'the May Board' labelled as meeting 2027-03 / 2027-05; '12/2' read "
    "as 12 February 2027 (UK order); 'Dr Patel' is Anita Patel; 'Liam' is Liam Porter; RH forward-plan item has no date.",
    [("bring back a trajectory for the 52-week waits", "YO", "Yusuf Okafor", "meeting 2027-03"),
     ("circulate the revised school-age referral criteria to all SENCos", "Dr Patel", "Anita Patel", "2027-02-05"),
     ("match the ND waiting list against the EHCP caseload", "Liam", "Liam Porter", "2027-02-12"),
     ("co-produce the waiting well leaflet with families", "Tom Evans", "Tom Evans", "2027-02-26"),
     ("pilot the school observation form at Riverside", "HB", "Helen Brooks", "meeting 2027-05"),
     ("add ND waiting times as a standing quarterly item", "RH", "Ruth Hill", None)])
