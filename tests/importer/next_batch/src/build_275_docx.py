"""Builds 275_thirtysixth_fe_send_leads_network_minutes.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "275_thirtysixth_fe_send_leads_network_minutes.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Westmoor College – Learning Support Department\tOFFICIAL"
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "FE SEND Leads Network – minutes 23.02.27 – DRAFT v2 (DF)"

def para(text, bold=False, italic=False, size=None, align=None, colour=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if colour: r.font.color.rgb = RGBColor(*colour)
    if align: p.alignment = align
    return p

def mixed(*parts):
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

def head(n, t):
    para(f"{n}.  {t}", bold=True, size=12, colour=(0x1F, 0x3A, 0x68))

para("Westmoor FE SEND Leads Network", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Minutes of meeting held Tuesday 23rd February 2027, 10:00–12:30", align=WD_ALIGN_PARAGRAPH.CENTER)
para("Venue: Westmoor College, Hadley Road campus, Room B104 (and Teams)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

mixed(("Present: ", True), ("Dan Fisher (DF) – ALS Manager, Westmoor College (chair & minutes); Kate Morley (KM) – "
      "Head of Inclusion, Bridgewater College; Sunil Rao (SR) – Learning Support Coordinator, St Anne’s Sixth Form "
      "College; Owen Reid (OR) – Preparing for Adulthood Lead, Westmoor Council; Liam Porter (LP) – Data and Performance "
      "Manager, Westmoor Council; Sarah Khan (SKh) – Participation Officer, Westmoor Council; Yusuf Okafor (YO) – DCO, "
      "Westmoor ICB (items 1–5)", False))
mixed(("In attendance: ", True), ("Helen Brooks, SENCo, Riverside Primary (item 6, as SENCo network rep)", False))
mixed(("Apologies: ", True), ("Mark Walsh (Transport); Tracey Bell, Northfield Specialist College", False))

head(1, "Welcome, introductions and apologies")
para("DF welcomed everyone, particularly SKh who was attending for the first time. Apologies as above. "
     "Tracey Bell has asked that Northfield stay on the circulation list for papers.")

head(2, "Minutes of last meeting (10.11.26) and matters arising")
para("The minutes were agreed as a true record. Matters arising were taken from the action log:")
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Who", "Status"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for row in [
    ("26/11", "Circulate high needs funding briefing to all colleges", "OR", "Complete – sent 1.12.26"),
    ("26/12", "Collate college data on learners with EHCPs by course level", "DF", "Complete – see item 4"),
    ("26/13", "Ask ICB about named nurse contact for FE", "YO", "Not yet – see item 5"),
    ("26/14", "Invite SENDIASS to a future meeting", "DF", "Complete – Claire Dunmore to attend May"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v
para("")
para("On 26/13, YO apologised – the ICB restructure had got in the way. It is picked up under item 5 rather than "
     "being carried over as is.")

head(3, "Post-16 phase transfer – consultations for September 2027 entry")
para("OR gave an update on phase transfer. The statutory deadline for amended EHCPs naming a post-16 placement is "
     "31 March. As of last Friday, 61 of 148 Year 11 young people with EHCPs had had a college consulted. KM said "
     "Bridgewater had received 22 consultations in the last fortnight, several with no current advice attached, and "
     "this made it very hard to respond within 15 days. SR reported a similar picture, with some consultations arriving "
     "addressed to the wrong college.")
para("OR accepted this and said the SEND team had lost two case officers over Christmas. He explained that the council "
     "had updated the consultation timeline but it had not reached colleges. OR agreed to circulate the updated "
     "post-16 consultation timeline to the network by 5 March.")
para("KM asked whether colleges could see which Year 11s had not yet been consulted on at all, so that they could plan "
     "interviews. LP said he could produce this from the case management system, anonymised to initials and school. "
     "LP will share the list of Year 11s with EHCPs not yet consulted on, within 10 working days.")
mixed(("Outcome: ", True), ("the network agreed that colleges would respond to consultations within 15 days where "
       "advice is attached, and would flag incomplete consultations back to the case officer the same week rather than "
       "waiting.", False))
para("SR wondered whether the council could go back to the paper ‘college choices’ form schools used to complete in "
     "the autumn. This was felt to be a good idea in principle but OR noted it is a matter for the Year 11 transition "
     "working group, not this network, and that group already has it on its forward plan.", italic=False)

head(4, "High needs places and funding 2027/28")
para("DF presented the collated data from the action log (26/12). Across the four colleges there are 412 learners with "
     "EHCPs this year, up 9% on last year, with the biggest growth at Entry Level and Level 1. ESFA place numbers "
     "for 2027/28 were confirmed in January and are unchanged for three of the four colleges, which the network "
     "noted with concern.")
para("OR explained that the council needs each college’s estimate of high needs learners for September so that it "
     "can request any in-year growth. The return template was sent out with the agenda.")
mixed(("Action point: ", True), ("all colleges to return their high needs place numbers on the template to OR by "
       "31st March 2027.", False))
para("There was a long discussion about top-up banding. KM felt the bands did not reflect the real cost of 1:1 support "
     "on vocational courses; SR agreed. OR said the banding review is part of the council’s High Needs Sustainability "
     "Plan and is owned by the High Needs Finance team, who will write to all providers about the new bands in the "
     "summer. This is for information – the network is not leading on it. KM said she would like a dedicated "
     "educational psychologist for FE; this was noted as something to raise in the longer term.")
mixed(("Outcome: ", True), ("noted. The network’s terms of reference will stay as they are; the banding review "
       "sits outside them.", False))

head(5, "Health – college nurse and medical needs")
para("YO joined for this item. Colleges continue to struggle to get health input for learners with complex medical "
     "needs, particularly those transferring from special schools where the school nursing team was on site. "
     "Nobody at the table knew who the right contact was once a young person turns 16 and leaves school.")
para("YO said this would depend on whether the young person is open to the community children’s nursing team or to "
     "adult services. Following the discussion YO will find out who the health contact is for college nurse queries "
     "and confirm it to DF by the end of March, which also closes 26/13.")
para("YO also mentioned that the ICB is commissioning a review of transition to adult health services across the "
     "county. That review is being led by the ICB and will report to the Partnership Board in the autumn; colleges may "
     "be contacted for views. No action for the network at this stage.")
para("YO left the meeting at 11:25.")

head(6, "Transition from special schools and travel")
para("Helen Brooks joined as SENCo network representative. She reminded colleagues that transition starts much "
     "earlier than Year 11 for some children and asked colleges to think about taster sessions. KM said Bridgewater "
     "College would host a transition taster day for special school leavers in the summer term – date TBC, probably "
     "late June. KM will send out the date when the campus calendar is confirmed.")
para("Travel training came up again. Since transport moved to the new provider, referrals to independent travel "
     "training have dropped and some learners who could travel independently are still on taxis. Mark Walsh had sent "
     "apologies. Owen will pick up the travel training issue with Mark Walsh outside the meeting.")
para("Helen asked if colleges would be willing to speak at a SENCo network meeting. DF and SR said yes in principle; "
     "Helen will be in touch with a date – this is an invitation and not something the network needs to follow up.")

head(7, "Voice of young people")
para("SKh introduced herself and the council’s participation offer. She would like young people who have recently "
     "moved into FE to look at how well their EHCP outcomes are written, using the ‘Outcomes that matter’ tool the "
     "youth forum developed last year. Everyone welcomed this. SKh will arrange a young people’s panel to review "
     "college EHCP outcomes and bring the findings to the May meeting. Colleges will each nominate two students; "
     "DF will collect names (this was agreed as part of the same piece of work).")
para("SR asked whether the panel could be filmed for staff training. SKh said consent would need thinking about "
     "first – it was agreed to come back to this later.")

head(8, "Network communications")
para("People agreed that email chains for the network had become unwieldy and that files were getting lost. DF "
     "agreed to set up a shared Teams channel for the network, with a folder for papers and the action log, before "
     "the next meeting. LP warned that council staff may need guest access approving; DF to take that up with the "
     "college IT team directly.")

head(9, "Any other business")
para("a) KM reminded members that the AoC SEND conference is on 13 May in Birmingham. \n"
     "b) SR is leaving St Anne’s at Easter; his replacement will be confirmed by the college. The network thanked "
     "SR for his contribution.\n"
     "c) LP noted that the DfE post-16 SEND data collection changes from next year – for information.")

head(10, "Date of next meeting")
para("Tuesday 18th May 2027, 10:00, Bridgewater College (Lakeside campus).")

para("Action summary", bold=True, size=12)
para("(to follow in the action log once the minutes are agreed – please refer to the items above in the meantime)",
     italic=True)

doc.save(OUT)
print(OUT)
