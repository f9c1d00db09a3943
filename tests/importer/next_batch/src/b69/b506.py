"""506: Microsoft Teams transcript downloaded as .docx (Surname, Firstname display names)."""
import sys; sys.path.insert(0, "/tmp/b69/src")
from docx import Document
from docx.shared import Pt
from common import OUT, write_labels

STEM = "506_sixtyninth_teams_transcript_docx_surname_first_display_names"
MW = "Walker, Mary"; LP = "Porter, Liam"; RH = "Hill, Ruth"
YO = "OKAFOR, Yusuf (NHS WESTMOOR ICB - 15X)"; GA = "Adeyemi, Grace (Westmoor Community Health)"
DL = "Lowe, David"; HB = "Helen Brooks (Riverside Primary)"; TE = "Tom Evans (Guest)"

T = [
 (MW, "0:05", "OK, I think we've got most people. Morning everyone. Ruth, are we recording? Yeah, transcript's on, lovely. So this is the annual review recovery check-in, the fortnightly one. Priya sends her apologies, she's at the DfE thing in Leeds. Um, I want to go through the numbers first, then the health advice issue, then comms. Liam, do you want to kick off?"),
 (LP, "0:31", "Yeah, sure. So as of Monday we've got 612 annual reviews overdue, that's where the review meeting's happened but the amended plan hasn't gone out within the four weeks, and then another, um, 240 odd where the meeting itself hasn't happened inside the twelve months. So it's come down a bit since December, it was 680 then."),
 (MW, "1:02", "OK. And the split by school, have we got that yet? Because I think last time we said we'd want to see it by phase."),
 (LP, "1:09", "Not yet, no, sorry. I've got the raw extract, I just need to match it to the school list because the URNs don't line up for the academies that converted in September. We'll get that to you by Friday."),
 (MW, "1:22", "Friday this week?"),
 (LP, "1:24", "Yeah, this Friday. The list split by school and by phase."),
 (MW, "1:27", "Brilliant, thank you. Because what I want to do with that, the schools where there's more than, say, five overdue, I want to go to the heads directly. I can pick that up. I'll do a letter from me to each head with their numbers on it and what we need from them."),
 (HB, "1:45", "Can I just say, and I don't mean this badly, but a lot of the overdue ones at our end, it's not us. We've sent the paperwork and it's sitting with the team. So if heads get a letter saying you're overdue, that's going to go down like a lead balloon."),
 (MW, "1:58", "No, that's totally fair, Helen. The letter will split it, which ones are waiting on the school and which ones are waiting on us. Honestly I'd rather own it. I'll get the letters out by the end of next week, once I've got Liam's list."),
 (HB, "2:16", "I might be able to get a couple of the SENCos in the cluster to look at the wording before it goes, if that helps? I can't promise though, it's a mad few weeks with moderation."),
 (MW, "2:27", "That would be lovely if it happens, no pressure at all."),
 (MW, "2:31", "Right, before health, just the old actions. Priya was going to talk to the tribunal team about the, the review ones that are going to appeal. She's emailed, that's done, she's got a named contact now. And Ruth, the template for the review invitation?"),
 (RH, "2:49", "That's done, it went out on the 22nd. It's on the SharePoint."),
 (MW, "2:54", "Perfect. Yusuf."),
 (YO, "2:57", "Yeah, thanks Mary. So, health advice for annual reviews. The therapies side Grace will speak to. The big issue is the paediatric advice. We've got, I think it's 58 requests that are past the six weeks, and a lot of those are where the paediatrician's not seen the child in over a year so they're saying they can't advise without an appointment."),
 (MW, "3:24", "Which is fair enough, but we can't hold the review for that."),
 (YO, "3:28", "No, agreed. I can pick that up with Anita's team. Leave that with me. I'll chase the outstanding paediatric advices and I'll have a position for the next one of these, including which ones can be done from the notes."),
 (MW, "3:43", "Next one's the 25th, isn't it, because of half term?"),
 (RH, "3:47", "Yeah, Thursday the 25th, I've moved it."),
 (YO, "3:51", "That's fine."),
 (GA, "3:55", "So for therapies, speech and language and OT, we've got a backlog of about 90 annual review requests. Most of them honestly don't need a full report, they need somebody to say the provision is still right. What I'll do is I'll get the SALT team to triage the annual review requests so the ones with a phase transfer go first. We'll have that done by the last Friday in February."),
 (MW, "4:27", "That would be amazing. Phase transfers have got to be first. The secondary ones are mostly done for the 15th of February, it's the post-16 ones I'm worried about."),
 (DL, "4:40", "Can I come in on that? It's a similar thing for us. Someone should really look at the EP advice template for reviews, because at the moment we're writing full advices for what should be a light-touch update. It's a lot of hours."),
 (MW, "4:55", "Agreed. David, is that one for you?"),
 (DL, "4:58", "Yeah, go on then. I'll bring a revised template to the next meeting and you can all pull it apart."),
 (MW, "5:05", "Thank you. Tom, you've been very patient."),
 (TE, "5:08", "No, it's fine. Just, from the forum side, parents are ringing us every week about reviews. They don't know if it's been done, they don't know who to ask. Someone should tell parents what's actually happening, because at the moment it's just silence and that's where the complaints come from."),
 (MW, "5:27", "Yes. Somebody needs to, definitely. I don't want to do a big comms piece until the numbers are right though, so let's come back to that after half term."),
 (TE, "5:36", "OK. Well, what I can do in the meantime, I'll put a short piece in the PCF newsletter. Just holding, saying we know, here's who to contact. Copy deadline's the 22nd, so I'll get you a draft by the 19th so you can check it."),
 (MW, "5:52", "Yeah, that's fine, send it to me and Ruth."),
 (LP, "5:56", "Sorry, one more from me. Yusuf's point about the health advice. I can add the health advice timeliness to the dashboard for the March board, if that's useful. It's on the 17th."),
 (MW, "6:07", "Yes please, do that. OK. So just to recap so Ruth's got it. Liam, the list by Friday. Me, letters to the heads end of next week. Yusuf, paediatric advices for the 25th. Grace, SALT triage end of February. David, the template next time. Tom, draft piece by the 19th. Liam, dashboard for March. Anything else? No? Thanks everyone, have a good half term if you're getting one."),
 (TE, "6:38", "Thanks Mary."),
 (YO, "6:39", "Cheers, bye."),
]

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Segoe UI"; st.font.size = Pt(10)
doc.add_paragraph("Annual review recovery check-in-20270204_100214-Meeting Transcript")
doc.add_paragraph("February 4, 2027, 10:02AM")
doc.add_paragraph("6m 41s")
doc.add_paragraph("")
doc.add_paragraph("Hill, Ruth started transcription")
doc.add_paragraph("")
for who, t, text in T:
    doc.add_paragraph(f"{who}   {t}")
    doc.add_paragraph(text)
    doc.add_paragraph("")
doc.add_paragraph("Hill, Ruth stopped transcription")
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-02-04",
 "A Microsoft Teams meeting transcript downloaded as .docx from the Recap tab (title line with the recording stamp 20270204, 'February 4, 2027, 10:02AM', then 'Speaker   m:ss' lines over the speech). Display names are directory style ('Walker, Mary', 'OKAFOR, Yusuf (NHS WESTMOOR ICB - 15X)', 'Tom Evans (Guest)'). Commitments are spoken in the first person ('We'll get that to you by Friday', 'I can pick that up', 'Leave that with me', 'I'll bring ...'); owners are labelled with the speaker label. Traps: Helen's 'I might be able to get a couple of the SENCos ... I can't promise' is a hedge, not an action; David's 'Someone should really look at the EP advice template' only becomes an action when Mary asks him and he says 'Yeah, go on then'; Tom's 'Someone should tell parents' is deferred by Mary ('let's come back to that after half term') and not labelled, but his own newsletter offer is; the two old actions (Priya and the tribunal team, Ruth's invitation template) are reported done; Mary's closing recap repeats every action. Dates (Thursday 4 February 2027): 'by Friday' / 'this Friday' = Friday 5 February; 'end of next week' = Friday 12 February; 'next one ... the 25th ... Thursday the 25th' = 25 February 2027 (used for Yusuf and for David's 'next meeting'); 'the last Friday in February' = 26 February; Tom's draft 'by the 19th' = Friday 19 February; the March board 'on the 17th' = Wednesday 17 March 2027.",
 [("The list split by school and by phase", LP, "Liam Porter", "2027-02-05"),
  ("I'll do a letter from me to each head", MW, "Mary Walker", "2027-02-12"),
  ("I'll chase the outstanding paediatric advices", "OKAFOR, Yusuf", "Yusuf Okafor", "2027-02-25"),
  ("the SALT team to triage the annual review requests", "Adeyemi, Grace", "Grace Adeyemi", "2027-02-26"),
  ("I'll bring a revised template to the next meeting", DL, "David Lowe", "2027-02-25"),
  ("I'll put a short piece in the PCF newsletter", "Tom Evans", "Tom Evans", "2027-02-19"),
  ("add the health advice timeliness to the dashboard", LP, "Liam Porter", "2027-03-17"),
 ])
