"""Builds 668: Preparing for Adulthood workstream notes, lead's own Word doc, no template (docx)."""
from docx import Document
from docx.shared import Pt

OUT = "/tmp/b92/668_ninetysecond_pfa_workstream_leads_notes.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)

doc.add_heading("PfA workstream – notes 15/4/27", level=1)
doc.add_paragraph("(Owen's notes, not minutes – corrections to me please)")
doc.add_paragraph("There: Owen Reid, Sarah Khan, Claire Dunmore, Mark Walsh, Kerry Lang (PCF), Yusuf Okafor (first half), "
                  "Gemma Ashworth (Westmoor College ALS manager), Phil Turner (DWP disability employment adviser). "
                  "Sends apols: Tom Evans, Helen Brooks.")

doc.add_heading("Last time", level=2)
doc.add_paragraph("Everything from Feb done apart from the transition health contact, which is still with Yusuf – he's asked twice and "
                  "nobody in the adult trust will own it. Agreed he'd try going via the ICB's adult LD commissioner instead and let me know.")
doc.add_paragraph("Supported internships: 14 young people placed this year (target was 12) – good news. Gemma's case study "
                  "already went to comms for the newsletter.")

doc.add_heading("Post-16 destinations / college", level=2)
doc.add_paragraph("Gemma went through the college's Sept 27 offer. They're full on the foundation pathways again and have 9 young people with "
                  "EHCPs who won't have a confirmed place by the consultation deadline. College is doing its own review of the "
                  "study programme and will report to their governors in June – that's their business, not ours, but we asked to see it.")
doc.add_paragraph("Phil said the Jobcentre will run a supported employment open day at the college on 20 May, DWP organising everything.")
doc.add_paragraph("Kerry's point – parents still find out about post-16 options far too late, often Year 11 spring. Everyone agreed. "
                  "Kerry to ask PCF members for examples of good/bad experiences of the Year 11 move, by the end of the month, so we've got something real to put in front of schools.")

doc.add_heading("Year 9 reviews", level=2)
doc.add_paragraph("Audit of 30 Year 9 annual reviews (Sarah K and I did it in March): only 11 had any PfA outcomes at all and hardly any "
                  "had the young person's own words. We agreed the guidance is the problem as much as practice. "
                  "OR to redraft the Year 9 review guidance with a one page PfA prompt sheet – bring to next meeting.")
doc.add_paragraph("Sarah Khan will run two focus groups with the Youth Forum on what they want from their Year 9 review – before May half term – "
                  "and feed into the redraft.")
doc.add_paragraph("Claire offered SENDIASS post-16 casework themes (anonymised) – yes please. Claire to send by 7 May.")

doc.add_heading("Travel", level=2)
doc.add_paragraph("Mark W: the independent travel training contract runs out in August. Question whether post-19s can be included "
                  "when it's re-let – at the moment it stops at 19 which makes no sense for the college cohort. "
                  "Mark W to check whether post-19 travel training can be added to the spec and come back by 21 May "
                  "(he needs to know before the tender goes out).")
doc.add_paragraph("Someone asked whether the bus pass scheme covers carers – Mark said yes, companion passes already exist, "
                  "just badly advertised. Sarah said it's in the "
                  "April Local Offer newsletter that went out last week, so covered.")

doc.add_heading("Other", level=2)
doc.add_paragraph("Idea of a separate PfA newsletter – not now, we haven't the capacity. Use the Local Offer one.")
doc.add_paragraph("Reminder from Claire that from Year 9 every review must include PfA – it's in the Code, not optional.")
doc.add_paragraph("Yusuf (before he left): adult LD nurses are welcome at any of our meetings, standing invite, they know.")

doc.add_paragraph("Next: Thursday 24 June, 2pm, Westmoor College (Room B12).")
doc.save(OUT)
print("wrote", OUT)
