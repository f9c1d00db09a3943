"""676: forwarded chain (plain text, Outlook-style FW with the chain beneath)."""
from email.message import EmailMessage
from email.policy import SMTP

OUT = "/tmp/b93/676_ninetythird_inclusion_charter_forwarded_chain.eml"

priya_fw = """James,

As discussed on Friday - chain below from the Inclusion Charter working group on
Wednesday. I'm on leave from 14 June to 2 July so can you take the charter to
Schools Forum on 8 July in my place please? Sarah will have the redraft to you well
before then. Everything else on the list is with other people and in hand.

I've already sent the letter to the Trust CEOs (went Friday), so that one's done.

Mary - no action for you, copying you for awareness given the EHCP links.

Thanks
Priya

Priya Shah
Director of Education
Westmoor Council
"""

liam = """Will do Priya - it may be the 21st rather than the 18th as the census return is
due that week. I'll send it to Sarah direct as a locked spreadsheet.

Liam
"""

priya_reply = """Thanks Sarah, really helpful notes and a good session.

One change: I can't commit to the exclusions data pull - Liam's team owns that data.
Liam, could you send the fixed-term exclusions by school for 2026/27 to Sarah by 18 June?

I'll still do the letter to the Trust CEOs.

P
"""

sarah = """Hi all,

Thanks for your time on Wednesday afternoon and for the honest conversation. Notes
below - not formal minutes, but please let me know by Monday if I've missed anything.

Present: Sarah Kent (chair), Priya Shah, Nadia Khan, Helen Brooks, David Lowe,
Claire Dunmore, Tom Evans, and heads from Oakfield, St Bede's and Hillcrest.
Apologies: Mark Hughes (Westmoor Academies Trust), Liam Porter.

Where we got to
- Actions from May: the heads' survey is done (14 responses, summary attached);
  the draft principles were shared with the PCF and Tom's comments are in.
- The group agreed the charter will be voluntary in its first year, with a review
  in summer 2028. No appetite for linking it to funding at this stage.
- Heads asked whether signing up would affect top-up funding bands. Priya confirmed
  it won't - the bands are set by the high needs review, not by the charter.
- David offered two twilight sessions on relational approaches for any school that
  signs up; heads to contact him direct if interested.
- Idea of a charter "kitemark" for school websites - heads not keen, dropped.

Actions
- SK to redraft the charter with the heads' comments by Fri 25 June
- Nadia Khan to share Riverside's graduated response toolkit with the cluster heads
  by the end of June
- Helen Brooks to gather SENCo views at the SENCo network meeting on 22 June
- Priya to write to the Trust CEOs inviting them to sign up
- Priya to take the charter to Schools Forum on 8 July
- Priya to pull the exclusions data by school so we can see the baseline
- Claire D to draft a parent-friendly one-page version for the PCF to check

Next meeting: September, date to follow once we know the Schools Forum outcome.

Best wishes
Sarah

Sarah Kent
School Improvement Adviser
Westmoor Council - Education Services
"""

ALL = ("Shah, Priya; Khan, Nadia; Brooks, Helen; Lowe, David; Dunmore, Claire; "
       "Evans, Tom; Porter, Liam; 'head@oakfield.westmoor.sch.uk'; 'head@stbedes.westmoor.sch.uk'; "
       "'head@hillcrest.westmoor.sch.uk'")

body = (priya_fw + "\n"
        + "From: Porter, Liam <Liam.Porter@westmoor.gov.uk>\nSent: 11 June 2027 16:20\n"
          "To: Shah, Priya <Priya.Shah@westmoor.gov.uk>; Kent, Sarah <Sarah.Kent@westmoor.gov.uk>\n"
          "Subject: RE: Inclusion Charter working group 9 June - notes and actions\n\n" + liam + "\n"
        + "From: Shah, Priya <Priya.Shah@westmoor.gov.uk>\nSent: 11 June 2027 12:05\n"
          "To: Kent, Sarah <Sarah.Kent@westmoor.gov.uk>\nCc: Porter, Liam <Liam.Porter@westmoor.gov.uk>\n"
          "Subject: RE: Inclusion Charter working group 9 June - notes and actions\n\n" + priya_reply + "\n"
        + "From: Kent, Sarah <Sarah.Kent@westmoor.gov.uk>\nSent: 10 June 2027 17:38\n"
          f"To: {ALL}\nSubject: Inclusion Charter working group 9 June - notes and actions\n"
          "Attachments: Heads survey summary June 2027.pdf\n\n" + sarah)

m = EmailMessage(policy=SMTP)
m["From"] = "\"Shah, Priya\" <Priya.Shah@westmoor.gov.uk>"
m["To"] = "\"Whitfield, James\" <James.Whitfield@westmoor.gov.uk>"
m["Cc"] = "\"Walker, Mary\" <Mary.Walker@westmoor.gov.uk>"
m["Subject"] = "FW: Inclusion Charter working group 9 June - notes and actions"
m["Date"] = "Mon, 14 Jun 2027 07:12:45 +0100"
m["Message-ID"] = "<DB9PR09MB7723FW0614@DB9PR09MB7723.eurprd09.prod.outlook.com>"
m["Importance"] = "high"
m.set_content(body, cte="8bit")
open(OUT, "wb").write(bytes(m))
