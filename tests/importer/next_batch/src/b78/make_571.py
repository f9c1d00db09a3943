"""Writes 571: a raw Teams .vtt caption file (helper; the .vtt is plain text)."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "571_seventyeighth_teams_raw_vtt_captions_annual_reviews_huddle.vtt"
GUID = "5d1c7e2a-93b4-4f0e-a6d2-7c0b18e4f3a9"

U = [
("Mary Walker", "Can everyone hear me? | Ruth, can you hear me?"),
("Ruth Hill", "Yes, you're fine."),
("Mary Walker", "OK, lovely. Right, it's Monday the 8th, | it's ten past, I'm going to start. | Claire's joining, she's just messaged. | Is Liam on?"),
("Liam Porter", "I'm here, I'm just off camera, sorry, | I'm eating my lunch."),
("Mary Walker", "That's fine. David?"),
("David Lowe", "Yep. Here."),
("Mary Walker", "OK so this is the annual reviews huddle, | it's meant to be twenty minutes, | it won't be. | The number I've got is 187 | annual reviews where the meeting's happened | and we've not issued the decision within four weeks. | Liam, is that still right?"),
("Liam Porter", "It was 187 on Friday. | It'll be a bit higher today because | nobody closes anything over the weekend. | About 60 of those are over twelve weeks."),
("Mary Walker", "Over twelve weeks. | OK. And how many are sitting with us | waiting for EP advice?"),
("David Lowe", "31. | I looked this morning. | 31 where the review's asked for updated | psychological advice and we've not done it."),
("Mary Walker", "Right."),
("David Lowe", "And I know what you're going to say. | I'm down two EPs since January, | I've got the two locums but they're on new assessments, | they can't do both."),
("Mary Walker", "I'm not going to say anything, David, | I know."),
("David Lowe", "What I can do, | I'll ring the locum agency this afternoon | and see if they've got anyone who'll do | just annual review advice, | like a short contract, eight weeks."),
("Claire Dunmore", "Hi, sorry, sorry, | I was on a call with a parent. | Have I missed much?"),
("Mary Walker", "No, we're on the EP advice. | Hang on, David, before you ring anyone, | leave the agency with me. | It has to go through procurement now, | since the new framework, | if you ring them direct it just gets bounced back | and we lose two weeks."),
("David Lowe", "Oh. OK. | Happy for you to have it, honestly."),
("Mary Walker", "I'll raise the agency request with procurement this week, | I'll copy you in."),
("David Lowe", "Thanks."),
("Liam Porter", "Can I just say on the data, | we're already sending the reminder letters | to schools at six weeks, | that went live in January, | so some of this should start coming down | without us doing anything different."),
("Mary Walker", "Yeah, although I'm not convinced. | What would actually help me | is seeing it by school. | Because I think it's five or six schools | that are most of it."),
("Liam Porter", "I can do that. | I'll rerun the backlog by school | and have it to you before Easter. | It's just a filter, | it's the checking that takes time."),
("Mary Walker", "Before Easter is fine."),
("Claire Dunmore", "Can I come in? | From our side, the calls we're getting | are parents who don't know | the meeting was the start of something. | They think the review meeting is the decision. | And then they hear nothing for three months."),
("Mary Walker", "Yeah."),
("Claire Dunmore", "So I think we should just tell them. | I'll do a short piece in our newsletter | explaining what happens after an annual review meeting, | what the four weeks is, | who to chase. | The next one goes out on the 19th."),
("Mary Walker", "That would be really helpful, Claire. | Can you send it to me before it goes | so I'm not saying something that | contradicts the letters?"),
("Claire Dunmore", "Yes, of course."),
("Claire Dunmore", "And the other thing, | we've got a couple of our IAS officers | who could sit in on some of the reviews, | the more contentious ones, | if that helps?"),
("Mary Walker", "Maybe. | Let's not do that yet, | let me get the backlog under control first | and then I'll come back to you."),
("Mary Walker", "OK. David. | The 31. | Somebody needs to triage them, | which ones actually need new advice | and which ones can go on what we've got."),
("David Lowe", "I'll do that. I'll go through the 31 | and triage them by the end of the month."),
("Ruth Hill", "Mary, sorry, | you asked me to flag, | David's on the tribunal bundle for the | Year 9 appeal, the end of March one."),
("Mary Walker", "Oh God, yes. | David, I need you on that, | I can't have you doing both. | Is there someone else who can triage?"),
("David Lowe", "Asha could. | She's senior, she knows the cases, | and she's got a bit of room since her | training finished. | Asha can triage the 31 by the end of the month, | I'll let her know this afternoon."),
("Mary Walker", "Are you sure she's OK with that?"),
("David Lowe", "She offered last week, honestly."),
("Mary Walker", "OK. Good. Thank you."),
("Liam Porter", "Just so you know, | the new case management system | goes live in June, | and the four-week clock is built into it, | so the reporting bit gets a lot easier | after that."),
("Mary Walker", "If it goes live in June."),
("Liam Porter", "If it goes live in June."),
("Mary Walker", "OK, and then I'm going to write to the heads. | Once I've got Liam's numbers by school | I'll write to the heads of the worst ten, | not a telling-off letter, | just here's where you are, here's what we need."),
("Claire Dunmore", "When would that be?"),
("Mary Walker", "After Easter. | I'm not going to put a date on it, | it depends on Liam."),
("Liam Porter", "No pressure then."),
("Mary Walker", "And Ruth, can we make this weekly | till it's down? | Just fifteen minutes, Thursdays?"),
("Ruth Hill", "Yes. I'll send the invites out tomorrow | for Thursdays, fifteen minutes, | starting next week, | same people."),
("Claire Dunmore", "I can't do Thursday mornings, | I've got the drop-in."),
("Ruth Hill", "I'll make it afternoons then. | Two o'clock?"),
("Claire Dunmore", "Two's fine."),
("Mary Walker", "Right. Is there anything else? | No? | Thanks all. | David, good luck with the bundle."),
("David Lowe", "Thanks. Bye."),
]


def ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def main():
    lines = ["WEBVTT", ""]
    t = 3.41
    for i, (spk, text) in enumerate(U, start=4):
        parts = [p.strip() for p in text.split("|")]
        for j, part in enumerate(parts):
            n = len(part.split())
            dur = max(0.9, n * 0.33 + 0.25)
            lines.append(f"{GUID}/{i}-{j}")
            lines.append(f"{ts(t)} --> {ts(t + dur)}")
            lines.append(f"<v {spk}>{part}</v>")
            lines.append("")
            t += dur + 0.04
        t += 0.6 + (i * 37 % 13) / 10
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("wrote", OUT, len(lines))


if __name__ == "__main__":
    main()
