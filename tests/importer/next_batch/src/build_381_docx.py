from docx import Document
from docx.shared import Pt

entries = [
 ("Okafor, Yusuf (Westmoor ICB)", "0:03", "Right, I think that's everyone we're expecting. Marcus, you're on, Helen's on, Fiona, Sarah and Priya from the forum. Morning all. Just a reminder this is being transcribed so I can do the notes off it afterwards."),
 ("Bell, Marcus (WCH CAMHS)", "0:19", "Morning."),
 ("Okafor, Yusuf (Westmoor ICB)", "0:21", "So the main thing today is the rejected referrals. We said last time we'd look at why so many from schools are coming back as not meeting threshold, and whether the new referral form is actually helping or not."),
 ("Bell, Marcus (WCH CAMHS)", "0:38", "Yeah. So I haven't got the full quarter yet because the system only closed Q4 on Friday. Anecdotally it's still about a third of school referrals that we're signposting out rather than accepting. Um, I'll pull the rejected referral numbers for Q4, split by reason, and get them over to you, Yusuf, by the end of next week."),
 ("Okafor, Yusuf (Westmoor ICB)", "1:05", "Brilliant, thank you."),
 ("Brooks, Helen (Riverside Primary)", "1:09", "Can I just say from the school side, a lot of the sendcos I speak to don't know the form's changed. They're still using the old Word version off the Local Offer."),
 ("Okafor, Yusuf (Westmoor ICB)", "1:22", "That's really useful. Helen, could you test the new referral form with a couple of sendcos from the cluster? Just to see if it actually makes sense to them."),
 ("Brooks, Helen (Riverside Primary)", "1:31", "Yes, happy to. I'll do that before the May half term, we've got cluster on the 20th so I can grab a few people then."),
 ("Grant, Fiona (School Nursing)", "1:44", "And the old form, is that still live on the Local Offer page?"),
 ("Khan, Sarah (Westmoor Council)", "1:49", "No, I took that down last week actually. It's the new one only now, so if people have got the old one it's saved on their desktop."),
 ("Grant, Fiona (School Nursing)", "1:57", "OK good. From our side the school nurse drop-ins get a lot of parents asking how to get into cams. We could put the SPA leaflet in the drop-in packs. I'll get that sorted this week, hopefully."),
 ("Okafor, Yusuf (Westmoor ICB)", "2:12", "Perfect. Sarah, you had something on the letters?"),
 ("Khan, Sarah (Westmoor Council)", "2:16", "Yeah, so the young people's advisory group said the rejection letter is really, um, clinical. It basically says you don't meet criteria and lists numbers to ring. I could draft a young people's version of the letter if that helps?"),
 ("Bell, Marcus (WCH CAMHS)", "2:34", "Oh, sorry, that's actually already done. Our comms team did an easy read and a young people's version and it goes live Monday."),
 ("Khan, Sarah (Westmoor Council)", "2:42", "Oh great. Ignore me then."),
 ("Mistry, Priya (Guest)", "2:46", "Could parents see the new wording though? Because it's usually the parents who open the letter, not the young person."),
 ("Bell, Marcus (WCH CAMHS)", "2:55", "Yeah, of course. I'll send it across to you."),
 ("Mistry, Priya (Guest)", "2:59", "Thanks. Then I'll take it to the forum coffee morning on the 22nd and get parents' views on the wording, and feed back."),
 ("Okafor, Yusuf (Westmoor ICB)", "3:10", "Great. OK, the other thing is the waits. We're now at 18 weeks median from acceptance to first appointment, which is over what we committed to in the written statement of action. I'm going to have to escalate the 18 week wait to the quality committee, that's on the 6th of May, so I'll write this up for that."),
 ("Grant, Fiona (School Nursing)", "3:34", "Does anyone know whether the eating disorder team are taking self referrals now? I've had a couple of parents ask."),
 ("Bell, Marcus (WCH CAMHS)", "3:41", "I genuinely don't know, they've changed it twice this year."),
 ("Okafor, Yusuf (Westmoor ICB)", "3:46", "Let's park that one, it's not really our pathway. Um, Marcus, can you bring the revised triage criteria to the next huddle? I know the clinical team were finalising them."),
 ("Bell, Marcus (WCH CAMHS)", "3:55", "Yeah, should be fine, they were signed off at governance yesterday."),
 ("Okafor, Yusuf (Westmoor ICB)", "4:01", "Brilliant. And we'll keep this fortnightly for now, so next one is Wednesday the 28th, same time. Anything else? No? OK, thanks everyone."),
 ("Brooks, Helen (Riverside Primary)", "4:12", "Thanks, bye."),
]

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Segoe UI"; st.font.size = Pt(10)
doc.add_paragraph("CAMHS Referral Pathway Huddle-20270414_090211-Meeting Recording")
doc.add_paragraph("April 14, 2027, 8:02AM")
doc.add_paragraph("4m 20s")
doc.add_paragraph("")
doc.add_paragraph("Okafor, Yusuf (Westmoor ICB) started transcription")
doc.add_paragraph("")
for who, ts, text in entries:
    p = doc.add_paragraph()
    r = p.add_run(who); r.bold = False
    p.add_run("   " + ts)
    doc.add_paragraph(text)
    doc.add_paragraph("")
doc.add_paragraph("Okafor, Yusuf (Westmoor ICB) stopped transcription")
doc.save(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "381_fiftyfirst_camhs_referral_huddle_teams_transcript_download.docx"))
