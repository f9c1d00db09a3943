from common import OUT, write_labels
stem = "427_fiftyseventh_zoom_saved_chat_champions_network"
msgs = [
 ("09:58:12", "Kerry Lang", "Everyone", "Morning all 👋 just letting people in from the waiting room, give us 2 mins"),
 ("09:59:40", "Jo Brennan (she/her)", "Everyone", "Morning! on my phone in the car park at school so camera off sorry"),
 ("10:00:05", "Samsung Galaxy A52", "Everyone", "hi its Marcia, can't change my name on here lol"),
 ("10:01:31", "Kerry Lang", "Everyone", "Agenda for today: 1) local offer website 2) transport consultation 3) annual reviews workshop 4) champions at the Board 5) AOB. Notes from last time are on the Teams files, link https://westmoorpcf.sharepoint.com/sites/champions/notes"),
 ("10:01:58", "Tom Evans", "Everyone", "Reacted to \"Agenda for today: 1)...\" with 👍"),
 ("10:06:22", "Marcia (Samsung Galaxy A52)", "Everyone", "The local offer search is still broken - if you type autism it gives you the leisure centre 🙃 can someone ask the council why??"),
 ("10:06:50", "Jo Brennan (she/her)", "Everyone", "same!! and the short breaks page has the 2025 dates on"),
 ("10:07:41", "Sarah Khan", "Everyone", "Thanks both - I'll raise it with the local offer team and feed back at next meeting. (The short breaks page is being rewritten anyway, new one due to go live after Easter - that's the short breaks team's job, they've got it in hand)"),
 ("10:08:03", "Kerry Lang", "Everyone", "Replying to \"Thanks both - I'll raise...\"\n\tthanks Sarah 🙏"),
 ("10:14:30", "Tom Evans", "Everyone", "re transport - FYI the PCF already sent our survey results to Mary Walker last week, so no need for anyone to send them again"),
 ("10:15:12", "Priya Mistry", "Everyone", "consultation closes 9 April I think? council are doing 2 drop ins at the libraries, dates on their page"),
 ("10:15:40", "Kerry Lang", "Everyone", "@Priya Mistry can you do a Facebook post about the transport consultation? 🙏 so people know the closing date"),
 ("10:15:59", "Priya Mistry", "Everyone", "yep on it tmrw morning"),
 ("10:22:18", "Claire Dunmore", "Everyone", "Annual reviews workshop - I can send round the SENDIASS annual review workshop dates, will do by Friday. They're at the Hub and one online evening one"),
 ("10:22:45", "Jo Brennan (she/her)", "Everyone", "Reacted to \"Annual reviews workshop...\" with ❤️"),
 ("10:24:02", "Marcia (Samsung Galaxy A52)", "Everyone", "is the online one recorded? I do nights"),
 ("10:24:40", "Claire Dunmore", "Everyone", "Replying to \"is the online one recorded?...\"\n\tnot usually but we have slides we can send after, just ask on the day"),
 ("10:31:10", "Sarah Khan", "Everyone", "Action: I'll book the library room for the April face to face and confirm by end of next week"),
 ("10:38:55", "Tom Evans", "Everyone", "On champions at Board - Anne Price is supportive in principle. I'll raise it at the 18 March board and report back. No promises!"),
 ("10:39:20", "Kerry Lang", "Everyone", "Reacted to \"On champions at Board...\" with 👏"),
 ("10:44:07", "Priya Mistry", "Kerry Lang (Direct Message)", "Kerry so sorry, just realised I'm at the hospital with my son all day tmrw - can't do the FB post after all 😩 can you ask Jo?"),
 ("10:44:51", "Kerry Lang", "Priya Mistry (Direct Message)", "no worries at all hope it goes ok x"),
 ("10:46:12", "Kerry Lang", "Everyone", "@Jo Brennan are you ok to do the FB post about the transport consultation instead of Priya? 🙈"),
 ("10:46:40", "Jo Brennan (she/her)", "Everyone", "no probs x will do it tomorrow"),
 ("10:52:30", "Kerry Lang", "Everyone", "Quick list before I forget (I'll type up properly later):\n\t1) Claire - workshop dates Fri\n\t2) Sarah - room + local offer search\n\t3) Jo (not Priya now) - FB post\n\t4) me - update the champions contact list by the 24th, send me any changes\n\t5) Tom - champions at Board, raising 18 March"),
 ("10:53:14", "Claire Dunmore", "Everyone", "Kerry - small correction, I said Mon not Fri for the dates, sorry! got a tribunal Fri so it'll be Monday"),
 ("10:53:30", "Kerry Lang", "Everyone", "Reacted to \"Kerry - small correction...\" with 👍"),
 ("10:55:02", "Samsung Galaxy A52", "Everyone", "thanks all, have to dash for pick up xx"),
 ("10:56:19", "Sarah Khan", "Everyone", "Next meeting Weds 14 April 10am, same link. Slides from today were the ones Kerry shared at the start, already in the Teams files"),
 ("10:56:44", "Tom Evans", "Everyone", "thanks Kerry, good session"),
]
out = []
for t, frm, to, text in msgs:
    out.append(f"{t} From {frm} to {to}:\n\t{text}\n")
(OUT / f"{stem}.txt").write_text("".join(out), encoding="utf-8")

write_labels(stem, "2027-03-10",
 "A Zoom 'meeting_saved_chat.txt' saved by the host (Kerry Lang, PCF parent champion) of the online Parent Champions Network on Wednesday 10 March 2027: timestamped 'From X to Everyone:' lines with tab-indented text, device names for participants ('Samsung Galaxy A52'), 'Reacted to ... with' lines, 'Replying to' quotes, and two Direct Messages between Priya and Kerry that only the saver's file contains. Actions are typed into the chat by busy people while the meeting talks. Traps: the short breaks page rewrite is the short breaks team's job; PCF survey results already sent to Mary Walker (done); the council's own consultation drop-ins; Claire's 'slides we can send after, just ask' is conditional; Priya's Facebook post ('on it tmrw morning') is withdrawn by DM and re-assigned to Jo in the main chat - only Jo's is labelled (owner '@Jo Brennan' written as 'Jo Brennan', a parent not in people.json, person null, 'tomorrow' = 2027-03-11); Kerry's end-of-chat summary repeats actions and Claire then corrects her own date from Friday to Monday (2027-03-15); slides 'already in the Teams files'; next meeting date is information. Labels: Sarah Khan 'I'll raise it with the local offer team' at next meeting; Sarah's room booking 'by end of next week' = Friday 2027-03-19; Kerry 'me' updates the contact list 'by the 24th' (Wednesday 2027-03-24); Tom Evans raises champions at the 18 March board (2027-03-18).",
 [("send round the SENDIASS annual review workshop dates", "Claire Dunmore", "Claire Dunmore", "2027-03-15"),
  ("raise it with the local offer team", "I", "Sarah Khan", "next meeting"),
  ("book the library room for the April", "I", "Sarah Khan", "2027-03-19"),
  ("are you ok to do the FB post", "Jo Brennan", None, "2027-03-11"),
  ("update the champions contact list by the 24th", "me", "Kerry Lang", "2027-03-24"),
  ("I'll raise it at the 18 March board", "I", "Tom Evans", "2027-03-18")])
