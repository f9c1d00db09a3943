"""Builds 280_thirtysixth_vcs_send_providers_network_notes.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = Path(__file__).resolve().parent.parent / "280_thirtysixth_vcs_send_providers_network_notes.docx"
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec.footer.paragraphs[0].text = "Westmoor CVS – supporting local charities and community groups since 1978"

p = doc.add_paragraph(); r = p.add_run("WESTMOOR CVS"); r.bold = True; r.font.size = Pt(9)
p = doc.add_paragraph(); r = p.add_run("SEND Voluntary & Community Sector Providers Network"); r.bold = True; r.font.size = Pt(15)
doc.add_paragraph("Notes of meeting – Thursday 17 June 2027, 1.30pm – 3.30pm – Westmoor Mencap hall, Croft Lane")
doc.add_paragraph("Facilitated by Jas Bhatti (JB), Development Worker, Westmoor CVS. Notes JB.")
p = doc.add_paragraph(); p.add_run("Attending: ").bold = True
p.add_run("Westmoor Mencap (Sue Carr), Autism Westmoor (Rob Lane), Little Steps Stay & Play (Amira), Hadley Youth Club "
          "(Gaz), Carers Centre (Pat Doyle), Kerry Lang (PCF Parent Champion), Owen Reid (Westmoor Council, PfA), "
          "Sarah Khan (Westmoor Council, participation), Liam Porter (Westmoor Council, data – item 5 only)")
p = doc.add_paragraph(); p.add_run("Apologies: ").bold = True
p.add_run("Mary Walker (sends apologies, asked Owen to cover council items); Riding for the Disabled; Sensory Stars")

t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Item", "Notes", "Follow up"]):
    c.text = ""; c.paragraphs[0].add_run(h).bold = True
rows = [
    ("1. Welcome & last notes",
     "Welcome to Amira from Little Steps – first time. Notes of March meeting OK.\n"
     "From March: JB to send round the safeguarding training dates – done. Sue to ask Mencap board about hosting – "
     "done (yes, see item 7).",
     "none"),
    ("2. Holiday activities (HAF) – SEND inclusion",
     "Council HAF programme has a pot for SEND inclusion support (extra staff, 1:1s) this summer. Lots of groups "
     "didn't know. Guidance is confusing. Gaz said Hadley Youth Club turned away 2 young people last summer because "
     "they couldn't staff it.\nWould be great if the council funded year-round not just holidays – noted, outside "
     "our gift.",
     "JB to circulate the HAF SEND inclusion funding guidance with a plain summary – by Friday (this week)."),
    ("3. Preparing for adulthood",
     "Owen talked about supported internships – 14 young people this year, aiming for 25. Need more employers. "
     "VCS groups know lots of small local employers. Rob asked if Autism Westmoor could host an intern – Owen said "
     "yes in principle, to be discussed between them.\nOwen will send the supported internships employer list so "
     "groups can see who is already signed up and suggest others – end of June.",
     "see notes"),
    ("4. Participation / voice",
     "Sarah explained the participation strategy refresh. She wants VCS groups to help reach young people who don't "
     "come to council things. Sarah to send the participation strategy survey link to all groups by 2 July. "
     "Groups happy to share it with their young people.\nKerry offered to put VCS opportunities in the PCF "
     "newsletter – the July edition goes out 5th July.",
     "Sarah – survey link (2/7)\nKerry – VCS bits in PCF July newsletter"),
    ("5. Data",
     "Liam joined. Groups applying for grants often need numbers of children with EHCPs / SEN support in their area. "
     "Liam agreed to share ward-level EHCP numbers with the network before the grants round opens on 12 July. Will "
     "be rounded so no small numbers.\nPat asked about young carers data – that's held by the Carers Centre "
     "themselves, no action.",
     "LP – ward data before 12/7"),
    ("6. Local Offer",
     "Several entries on the Local Offer are out of date (Little Steps still shows the old address, Hadley's hours "
     "wrong). Council does a review in September anyway. Agreed: all providers to update their Local Offer entries "
     "themselves via the provider login – before the summer holidays (schools break up 23/7).\n"
     "JB already sent everyone the login link this morning.",
     "All providers – update LO entries by 23/7"),
    ("7. Funding & AOB",
     "CVS small grants round (up to £2k) opens 12 July – info only.\nICB may have some money for SEND wellbeing "
     "projects – not confirmed, Owen hearing rumours only.\nGroups frustrated that council grant payments are late "
     "again – Owen will feed back informally; not an action for this network.\nWestmoor Mencap happy to host the "
     "next network meeting – Sue to book the hall for September (by end of July so it's in the diary).",
     "Mencap (Sue) – book hall"),
]
for item, notes, fu in rows:
    cells = t.add_row().cells
    cells[0].text = item; cells[1].text = notes; cells[2].text = fu
for row in t.rows:
    row.cells[0].width = Cm(4.5); row.cells[1].width = Cm(15); row.cells[2].width = Cm(6)

doc.add_paragraph("")
doc.add_paragraph("Next meeting: Thursday 16 September 2027, 1.30pm, Westmoor Mencap hall (TBC – Sue booking).")
doc.add_paragraph("Any corrections to Jas please – jas.bhatti@westmoorcvs.org.uk / 01632 960 418")
doc.save(OUT)
print(OUT)
