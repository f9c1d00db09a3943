import json
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path("/tmp/b84")
STEM = "611_eightyfourth_senco_network_meeting_notes"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "Westmoor SENCo Network - Spring 1 - notes (not verbatim)"
doc.sections[0].footer.paragraphs[0].text = "Circulated to network members only. Please tell Helen if anything is wrong by the end of January."

doc.add_heading("Westmoor SENCo Network Meeting", level=1)
doc.add_paragraph("Thursday 14 January 2027, 1.30pm - 3.45pm\nVenue: Westmoor Professional Development Centre, Room 3 (and Teams for those who couldn't get out of school)")
doc.add_paragraph("Convenor: Helen Brooks (SENCo, Riverside Primary) | Notes: Jo Marsh (SENCo, St Aidan's CE Primary) - thank you Jo!")

doc.add_heading("Present", level=2)
doc.add_paragraph(
    "Helen Brooks (HB, Riverside Primary); Jo Marsh (JM, St Aidan's CE Primary); Raj Gill (RG, Westmoor Academy); "
    "Fiona Clarke (FC, Brookside Infants); Dev Sharma (DS, Oakfield Academy); Lucy Penrose (LP2, Hollins Park Juniors - "
    "not to be confused with Liam, who wasn't here); Marcus Ode (MO, Northgate High); Sian Bell (SB, Little Acorns Nursery); "
    "around 14 more on Teams (names in the chat log, kept by HB).")
doc.add_paragraph(
    "Local authority: David Lowe (DL, Principal Educational Psychologist); Sarah Kent (SKe, School Improvement Adviser). "
    "Sarah Khan (SKh, Participation Officer) joined for item 5 only.")
doc.add_heading("Apologies", level=2)
doc.add_paragraph(
    "Mary Walker (Head of SEND) - DL covering the LA update; Grace Adeyemi (Children's Therapies) - sent a written update, see item 4; "
    "Liam Porter (Data) - figures sent in advance; Nadia Khan (Head, Riverside) who had hoped to drop in for the OAP item.")

doc.add_heading("1. Welcome, notes of last meeting (12 November 2026) and matters arising", level=2)
doc.add_paragraph(
    "HB welcomed three new SENCos (Northgate, Little Acorns and Hollins Park). Notes of 12 November agreed as accurate "
    "apart from Oakfield being spelt Oakfeild throughout. Matters arising:")
for t in [
    "DL to circulate the EP traded-services offer for 2027/28 - DONE, sent 3 December. Several schools have not yet replied; deadline is the LA's, not ours.",
    "HB to ask the Inclusion workstream whether SENCos could see the Ordinarily Available Provision (OAP) draft early - DONE, draft now out, see item 3.",
    "SKe to find out whether the SENCo NPQ bursary is still available - DONE: it is, until 31 March; details in the chat.",
    "Request for a network WhatsApp group - not progressed, the group felt Teams channel is enough. Closed.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("2. LA update (DL for MW)", level=2)
doc.add_paragraph(
    "DL gave the SEND service update. New EHC needs assessment requests are running about 30% higher than last year; the 20-week "
    "rate for the autumn was 41% (LP's figures, slide 2). The service is recruiting two more caseworkers. The revised consultation "
    "request form (the one that asks for the graduated approach evidence in one place rather than four) has been signed off by "
    "panel. SENCos asked for it to come out before they start on spring referrals. ACTION: David to circulate the revised "
    "consultation request form to all SENCos by the end of next week.")
doc.add_paragraph(
    "RG raised the number of requests being returned as 'insufficient evidence of SEN support'. Long discussion. Several SENCos "
    "felt the bar keeps moving. DL said the EHCP panel is already looking at this as a theme and it is on the EHCP Timeliness "
    "workstream's agenda for February - so no action for the network, but HB will feed in comments if people send them.")
doc.add_paragraph(
    "Annual reviews: the LA is asking every school to complete the short annual review audit (which reviews are overdue, which "
    "are waiting for the LA to amend the plan). This was in the December bulletin but returns are low. It was agreed that "
    "all SENCos to return the annual review audit to the SEN team by Friday 5 February. FC asked that it is sent as a Word "
    "document not a Form because of school firewalls - DL agreed to check, but the Form will stay as the main route.")

doc.add_heading("3. Ordinarily Available Provision - refresh", level=2)
doc.add_paragraph(
    "SKe introduced the OAP draft, which the Inclusion workstream is rewriting (it is their document, not ours; the network is "
    "being consulted). Main changes: separate sections for early years and post-16, a 'what you might see' column, and links "
    "to the Local Offer. Mixed views. Secondary colleagues felt the secondary section reads like a primary document with the "
    "year groups changed. DS said the early years section assumes a SENCo in every setting, which is not true for childminders.")
doc.add_paragraph(
    "Agreed that the network will send one combined response rather than 30 separate ones. Helen B to collate SENCo comments "
    "on the OAP draft and send them to the Inclusion workstream before half term. Comments to HB by 5 February please.")
doc.add_paragraph(
    "SKe also asked whether a SEND item could go on the headteachers' briefing so heads know the OAP is coming and that SENCos "
    "are being asked to comment. Sarah Kent to add a SEND item to the heads' briefing on 4 February.")

doc.add_heading("4. Therapies update (written, from Grace Adeyemi)", level=2)
doc.add_paragraph(
    "HB read out GA's update: speech and language therapy waiting time for school-age children is now 38 weeks; the drop-in "
    "advice sessions for SENCos are continuing on the first Tuesday of each month; OT has a new 'sensory strategies' training "
    "offer, booking via the Trust website. Several questions from the room about why schools can't refer directly to OT. "
    "HB said she would pass the questions on when she next sees Grace but that this is really a question for the Health "
    "workstream. No action recorded - the group noted the update.")

doc.add_heading("5. Pupil voice survey (Sarah Khan)", level=2)
doc.add_paragraph(
    "SKh explained the annual pupil voice survey for children and young people with SEND (years 3 to 13). Easy-read and "
    "symbol versions are available this year. Schools liked the idea of a paper version for children who can't manage the "
    "online one. SKh to share the pupil voice survey link and paper versions with all SENCos by Friday 29 January. "
    "Survey closes 12 March. (Sarah Khan left the meeting at 2.50pm.)")

doc.add_heading("6. Network arrangements", level=2)
doc.add_paragraph(
    "Decision: the network will meet in person each half term, with a Teams link for those who can't travel, rather than "
    "alternating. The summer meeting will be a joint session with the early years SENCo forum. This is a decision, not "
    "an action - Jo will just put it in the calendar invitations she already sends.")
doc.add_paragraph(
    "The network has never had written terms of reference and the Partnership Board has asked all sub-groups to have them. "
    "Helen to bring draft network terms of reference to the next meeting for discussion. MO and SB offered to read a draft first.")

doc.add_heading("7. Any other business", level=2)
for t in [
    "MO: transport - two Northgate pupils with EHCPs have had taxis cancelled at short notice. DL suggested this goes straight to Mark Walsh's team through the usual complaints route; not a network matter. Noted.",
    "JM: SENDIASS are running a 'working with parents at annual reviews' session on 10 February - Claire Dunmore's team; link in the chat. For information.",
    "SB: asked if the LA could look at early years inclusion funding rates again. DL said the Schools Forum is consulting on this in February; SENCos should respond directly. Noted.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("Summary of actions", level=2)
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
h = tbl.rows[0].cells
h[0].text, h[1].text, h[2].text = "Action", "Who", "When"
rows = [
    ("Circulate revised consultation request form", "DL", "end of next week"),
    ("Annual review audit returns", "All SENCos", "5 Feb"),
    ("Collate OAP comments and send to Inclusion workstream", "HB", "before half term"),
    ("SEND item on heads' briefing", "SKe", "4 Feb"),
    ("Pupil voice survey link + paper versions out", "SKh", "29 Jan"),
    ("Draft ToR", "HB", "next meeting"),
]
for r in rows:
    c = tbl.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v

doc.add_paragraph("")
doc.add_paragraph("Next meeting: Thursday 11 March 2027, 1.30pm, Professional Development Centre (Room 3 again).")
doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-01-14",
    "style": ("Held-out batch eightyfourth. A SENCo network's own notes (python-docx, header/footer, bullet lists, a summary "
              "table with abbreviated initials) for Thursday 14 January 2027, a network at the edge of the partnership convened "
              "by Helen Brooks. Traps: matters arising are all DONE or closed (DL's traded offer, HB's OAP request, SKe's NPQ "
              "check, WhatsApp group); two Sarahs - SKe is Sarah Kent (School Improvement Adviser), SKh is Sarah Khan "
              "(Participation Officer, item 5 only); 'LP2' is a SENCo, not Liam Porter (who is an apology); Nadia Khan is an "
              "apology; the 'insufficient evidence' theme belongs to the EHCP panel / Timeliness workstream (no network action); "
              "the OAP document is the Inclusion workstream's, the network only comments; DL 'agreed to check' a Word version is "
              "not recorded as an action; Grace Adeyemi's written update is noted only and HB's 'pass the questions on' is "
              "informal with no action; meeting frequency is a decision; AOB items go to transport complaints, SENDIASS and "
              "Schools Forum and are noted. Dates: 'by the end of next week' = Friday 22 January 2027; 'by Friday 5 February' "
              "for the audit (all SENCos, person null); 'before half term' (February half term w/c 15 February) = Friday 12 "
              "February 2027 (the 5 February date is for comments to HB, not HB's deadline); heads' briefing 'on 4 February' = "
              "Thursday 4 February 2027; 'by Friday 29 January' = 2027-01-29; 'next meeting' is dated Thursday 11 March 2027."),
    "held_out": True,
    "actions": [
        {"key": "David to circulate the revised consultation request form", "owner": "David", "person": "David Lowe", "due": "2027-01-22"},
        {"key": "all SENCos to return the annual review audit", "owner": "all SENCos", "person": None, "due": "2027-02-05"},
        {"key": "Helen B to collate SENCo comments on the OAP", "owner": "Helen B", "person": "Helen Brooks", "due": "2027-02-12"},
        {"key": "Sarah Kent to add a SEND item", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-02-04"},
        {"key": "SKh to share the pupil voice survey link", "owner": "SKh", "person": "Sarah Khan", "due": "2027-01-29"},
        {"key": "Helen to bring draft network terms of reference", "owner": "Helen", "person": "Helen Brooks", "due": "2027-03-11"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
