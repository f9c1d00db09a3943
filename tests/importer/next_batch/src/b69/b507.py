"""507: Teams WebVTT transcript saved as .txt (cue ids, timings, <v Speaker> tags)."""
import sys, re, uuid, random; sys.path.insert(0, "/tmp/b69/src")
from common import OUT, write_labels

STEM = "507_sixtyninth_webvtt_transcript_saved_as_txt_transport_working_group"
random.seed(507)
MWa = "Mark Walsh"; DH = "Dan Hughes"; PM = "Priya Mistry"; KL = "Kerry Lang"; SK = "Sarah Khan"; OR = "Owen Reid"; JF = "Jo Fenwick"
U = [
 (MWa, "Right, I think that's everyone who's coming. Owen's here, Kerry, Priya, Sarah, Jo from travel training and Dan from legal. Thanks for making the time on a Wednesday afternoon. So today is really about the post-16 transport policy statement. It has to be published by the 31st of May, and we need the consultation done before that."),
 (DH, "Just to be clear, the statutory deadline is the 31st of May. So realistically the consultation has to close by the end of April, or we've got no time to respond to it."),
 (MWa, "Yeah. So where we are. I've got a draft. It's rough. The big question is the contribution, and we're proposing to keep it at the same level as this year."),
 (PM, "Can I ask, is it going up? Because that's all anyone's going to read."),
 (MWa, "No, it's staying at the same rate. That's the proposal anyway, members have the final say."),
 (PM, "OK. Because parents will want to know what other councils charge. Someone should check what the neighbouring authorities charge, honestly, because that's the first thing people will ask."),
 (MWa, "Yeah, that's fair. I'll do that. I'll ring round the neighbouring authorities and get their rates for the next meeting."),
 (KL, "And the consultation itself, how are parents going to hear about it? Because last time it was on the website and about nine people answered."),
 (SK, "So that's where I come in, I think. I can pick up the young people's version. I'll get the young people's survey out before the Easter break. Schools finish on Thursday the 25th because of Good Friday, so it needs to be live by then really."),
 (MWa, "Great, thank you Sarah."),
 (KL, "I might be able to get a few parents along to a drop-in, if you run one. I'll see what I can do. I'm not promising anything, it's a busy time with exams."),
 (MWa, "Any help's good. Owen, colleges."),
 (OR, "Yeah. The colleges are the other thing. The policy has to line up with their term dates and their timetables, because we've had young people on three-day timetables where the transport's booked for five days."),
 (MWa, "Can you get those for us?"),
 (OR, "Leave that with me. I'll ask the three colleges for their 2027-28 term dates and timetables."),
 (MWa, "Next meeting's Wednesday the 14th of April, after Easter. Can we have them for then?"),
 (OR, "Yes, should be fine. Westmoor College are always a bit slow but I'll chase."),
 (JF, "On travel training, you asked for the numbers. We've trained 41 young people this year. I'll split them by college and by outcome. We'll get that to you by Friday week."),
 (MWa, "Friday week being the 19th?"),
 (JF, "Yeah, the 19th."),
 (OR, "I could possibly look at a travel training pilot with Westmoor College as well. But honestly I haven't got the capacity before the summer, so let's not write that down."),
 (MWa, "Noted, not written down. Well, it's written down now, it's on the transcript."),
 (DH, "From the legal side, if I get the draft this week I'll have comments back to you by Wednesday the 24th."),
 (MWa, "OK. I'll get the draft policy statement to legal by Friday."),
 (DH, "This Friday, the 12th?"),
 (MWa, "This Friday, yeah."),
 (PM, "And will the decision letters mention the appeal route? Because last year they didn't."),
 (MWa, "They will. That's in the template already, we changed it in September, so that one's done."),
 (SK, "Should we do a session with the youth forum as well?"),
 (MWa, "I think that would be good, but let's see what the survey says first. Not now."),
 (MWa, "Right, I think that's us. So. Me, neighbouring authorities, and the draft to Dan by Friday. Dan, comments by the 24th. Sarah, survey before Easter. Owen, colleges for the 14th. Jo, numbers on the 19th. Thanks all."),
 (KL, "Thanks Mark."),
]

def ts(sec):
    h = int(sec // 3600); m = int(sec % 3600 // 60); s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"

base = str(uuid.UUID(int=random.getrandbits(128)))
lines = ["WEBVTT", ""]
t = 2.84
for n, (who, text) in enumerate(U, start=4):
    sents = re.split(r"(?<=[.?!])\s+", text)
    cues, cur = [], []
    for s in sents:
        if cur and len(" ".join(cur + [s]).split()) > 17:
            cues.append(" ".join(cur)); cur = []
        cur.append(s)
    cues.append(" ".join(cur))
    for k, c in enumerate(cues):
        dur = max(1.2, len(c.split()) / 2.7 + random.uniform(-0.3, 0.4))
        lines += [f"{base}/{n}-{k}", f"{ts(t)} --> {ts(t + dur)}", f"<v {who}>{c}</v>", ""]
        t += dur + random.uniform(0.05, 0.9)
    t += random.uniform(0.3, 1.5)
(OUT / f"{STEM}.txt").write_text("\n".join(lines), encoding="utf-8")

write_labels(STEM, "2027-03-10",
 "A Microsoft Teams WebVTT transcript saved as a .txt file (WEBVTT header, Teams cue ids 'guid/n-k', cue timings, '<v Name>...</v>' voice tags, long turns split over several cues) of the post-16 home to school transport policy working group. No date is in the file: the meeting date comes from the speech ('This Friday, the 12th', 'Friday week being the 19th', 'Wednesday the 14th of April, after Easter'), with Mark's 'on a Wednesday afternoon', which fixes it as Wednesday 10 March 2027. Traps: Priya Mistry's 'Someone should check what the neighbouring authorities charge' is a suggestion that Mark then takes on himself (labelled to Mark); Kerry's 'I might be able to get a few parents along ... I'm not promising anything' and Owen's 'I could possibly look at a travel training pilot ... let's not write that down' are hedges, not actions; Sarah's youth forum session is deferred ('Not now'); the appeal-route letter change is already done; the 31 May statutory deadline and 'close by the end of April' are context, not actions; Mark's closing recap repeats the actions. Dates: Mark's draft 'by Friday' = Friday 12 March 2027; Dan's comments 'by Wednesday the 24th' = 24 March; Sarah's survey 'before the Easter break', with schools finishing 'Thursday the 25th because of Good Friday' = 25 March 2027 (not Good Friday 26 March, a bank holiday); Owen's term dates and Mark's neighbouring rates 'for the next meeting' = Wednesday 14 April 2027; Jo's numbers 'by Friday week ... the 19th' = Friday 19 March.",
 [("I'll ring round the neighbouring authorities", MWa, "Mark Walsh", "2027-04-14"),
  ("I'll get the young people's survey out", SK, "Sarah Khan", "2027-03-25"),
  ("ask the three colleges for their 2027-28 term dates", OR, "Owen Reid", "2027-04-14"),
  ("I'll split them by college and by outcome", JF, None, "2027-03-19"),
  ("I'll have comments back to you", DH, None, "2027-03-24"),
  ("I'll get the draft policy statement to legal", MWa, "Mark Walsh", "2027-03-12"),
 ])
