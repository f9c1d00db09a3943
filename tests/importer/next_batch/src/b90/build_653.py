import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

STEM = "653_ninetieth_champions_session_qa_notes"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Westmoor SEND Champions Network – OFFICIAL"; hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("SEND Champions Network – session notes", level=1)
p = doc.add_paragraph()
p.add_run("Tuesday 9 March 2027, 10am – 12 noon\n").bold = True
p.add_run("Community Room, Westmoor Central Library (and on Teams)\n")
p.add_run("Notes: Sarah Khan, Participation Officer")
doc.add_paragraph(
    "Attended: 14 Champions in the room and 5 online (names on the sign-in sheet – not shared here for "
    "privacy). From the partnership: Tom Evans (PCF co-chair), Kerry Lang (Parent Champion), Helen Brooks "
    "(SENCo, Riverside Primary), Liam Porter (Data and Performance), Sarah Khan (Participation).")
doc.add_paragraph("Apologies: Grace Adeyemi (Children's Therapies) – Grace sent a short update which Sarah read out. "
                  "Claire Dunmore (SENDIASS).")

doc.add_heading("1. Welcome and update from the Partnership Board", level=2)
doc.add_paragraph(
    "Tom gave a quick update from the February Board. The Board has agreed the new SEND Strategy "
    "priorities and the Champions' comments on the EHCP 'all about me' page were accepted in full – "
    "thank you to everyone who came to the January session. The new page is already in use from 1 March, "
    "so nothing more to do on that one.")
doc.add_paragraph(
    "Liam showed the new SEND data dashboard (20-week timescales, tribunals, waiting times). He put the "
    "link in the Teams chat during the session and it is also on the Local Offer.")

doc.add_heading("2. Questions from Champions", level=2)
doc.add_paragraph("We collected questions on post-its and through the chat. Answers as given on the day; "
                  "the last column says whether anything needs following up.")
rows = [
    ("Question", "Answer given on the day", "Follow up?"),
    ("How long is the wait for speech and language therapy now? My son has been waiting since September.",
     "Grace's update said the average wait is going down but she didn't give a number. Nobody in the room "
     "had the current figure.",
     "Yes – SK to get the current SALT waiting times from Grace's team for the April newsletter (copy deadline Thu 25 March)."),
    ("Will the transport application window be earlier this year?",
     "Yes – Tom confirmed from the Board that post-16 applications open on 1 May (last year it was June). "
     "It is on the Local Offer already.",
     "No – answered."),
    ("Has the letter about the new ADHD assessment pathway gone to GPs? My GP had never heard of it.",
     "Not known. This is an ICB question – Yusuf (DCO) wasn't at the session.",
     "Yes – Tom to raise it with Yusuf and report back at the next session."),
    ("Where can I see how many EHCPs are finished in 20 weeks?",
     "On the new dashboard – Liam showed it (see item 1).",
     "No – done in the session."),
    ("Can schools share the one-page profile they use? Ours doesn't have one.",
     "Helen said Riverside has a good template that parents helped write.",
     "Yes – Helen to send the Riverside template to Sarah by the end of the month so it can go on the Champions page."),
    ("Can we have a Champions WhatsApp group?", "See item 3.", "See item 3."),
]
t = doc.add_table(rows=len(rows), cols=3); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        cell = t.cell(i, j); cell.text = c
        if i == 0:
            cell.paragraphs[0].runs[0].bold = True

doc.add_heading("3. Keeping in touch between sessions", level=2)
doc.add_paragraph(
    "Several Champions asked for a WhatsApp group so they can share things between sessions. Others were "
    "worried about personal numbers being visible to everyone and about people posting details of their "
    "children. Kerry suggested she could just run one herself. We did not agree this today – the council "
    "can't endorse a group it doesn't manage until we know the rules. Sarah to check with Information "
    "Governance which messaging tools we are allowed to use and report back at the May session. "
    "Until then the newsletter and the Local Offer page stay the main routes.")

doc.add_heading("4. Feedback to take back to the Board", level=2)
doc.add_paragraph("The group agreed three messages for the Board:")
for b in ["Waiting times for therapies are still the number one worry – families want to see the numbers, not just 'improving'.",
          "GPs don't seem to know about the new ADHD pathway.",
          "Champions would like the Board to hold one of its meetings somewhere families can come and watch."]:
    doc.add_paragraph(b, style="List Bullet")
doc.add_paragraph(
    "Tom to present these three points to the Partnership Board on 21 April. Someone suggested we also "
    "write to the local MP about therapy waits – there wasn't agreement on that and Tom said the PCF would "
    "think about it separately, so it is not one for this group.")

doc.add_heading("5. Any other business", level=2)
doc.add_paragraph(
    "Claire (SENDIASS) has offered, through Sarah, to do a session on tribunals in the summer. Everyone keen "
    "– we'll talk about dates at the May session.")
doc.add_paragraph("Sarah to send round these notes and Liam's slides by Friday.")

doc.add_heading("Actions", level=2)
acts = [("Who", "What", "When"),
        ("Sarah K", "Get current SALT waiting times from Grace's team (newsletter)", "25 March"),
        ("Tom", "ADHD pathway letter to GPs – ask Yusuf, report back", "Next session"),
        ("Helen", "Riverside one-page profile template to Sarah", "End of March"),
        ("Sarah K", "Check with IG re messaging tools / WhatsApp", "May session"),
        ("Tom", "Champions' feedback to the Board", "21 April"),
        ("Sarah K", "Notes and slides out", "Fri 12 March"),
        ("Liam", "Dashboard link to Champions", "Done – in chat")]
t2 = doc.add_table(rows=len(acts), cols=3); t2.style = "Table Grid"
for i, r in enumerate(acts):
    for j, c in enumerate(r):
        t2.cell(i, j).text = c
doc.add_paragraph()
doc.add_paragraph("Next session: Tuesday 11 May 2027, 10am – 12 noon, Westmoor Central Library.").runs[0].bold = True
fp = doc.sections[0].footer.paragraphs[0]; fp.text = "Champions Network notes 09.03.27 – v1"
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-03-09",
  "A Word document of informal notes of a SEND Champions Network session written by the Participation Officer, "
  "with a three-column question/answer/follow-up table, a discussion item, 'feedback to take back to the Board' "
  "and a short summary actions table at the end (first names and 'Sarah K'). Traps: most questions were answered "
  "on the day ('No - answered'); the 'all about me' page is already in use; Liam's dashboard link was shared in the "
  "chat (Done, not labelled); the WhatsApp group Kerry offered to run was not agreed (only Sarah's IG check is an "
  "action); the letter to the MP was not agreed and is for the PCF separately; Claire's tribunal session is only to "
  "be discussed in May; Grace and Claire are apologies, and the SALT figures are Sarah's action, not Grace's; the ADHD "
  "question belongs to the ICB but the agreed action is Tom's (to raise it with Yusuf). Keys are taken from the "
  "fuller wording in the table and narrative rather than the summary table. Dates: 'copy deadline Thu 25 March' = "
  "2027-03-25; 'next session' and 'the May session' = Tuesday 11 May 2027 (date given at the foot); 'by the end of the "
  "month' = 2027-03-31; Board 'on 21 April' = 2027-04-21; 'by Friday' = Friday 12 March 2027.",
  [("SK to get the current SALT waiting times", "SK", "Sarah Khan", "2027-03-25"),
   ("Tom to raise it with Yusuf and report back", "Tom", "Tom Evans", "2027-05-11"),
   ("Helen to send the Riverside template to Sarah", "Helen", "Helen Brooks", "2027-03-31"),
   ("Sarah to check with Information Governance which messaging", "Sarah", "Sarah Khan", "2027-05-11"),
   ("Tom to present these three points", "Tom", "Tom Evans", "2027-04-21"),
   ("Sarah to send round these notes and Liam's slides", "Sarah", "Sarah Khan", "2027-03-12")])
