import json
OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "393_fiftysecond_special_school_annual_review_google_chat_takeout.json")
U = {
    "km": ("Kate Mellor", "k.mellor@westmoorpark.sch.uk"),
    "so": ("Sam Okoro", "s.okoro@westmoorpark.sch.uk"),
    "bl": ("Bea Lindqvist", "b.lindqvist@westmoorpark.sch.uk"),
    "nr": ("Nikhil Rao", "nikhil.rao3@nhs.net"),
    "or": ("Owen Reid", "owen.reid@westmoor.gov.uk"),
}
TOPIC = "6lqL2aXkT9Q"
n = [0]


def msg(who, time, text, **extra):
    n[0] += 1
    name, email = U[who]
    m = {"creator": {"name": name, "email": email, "user_type": "Human"},
         "created_date": f"Wednesday, 16 June 2027 at {time} UTC"}
    if text is not None:
        m["text"] = text
    m.update(extra)
    m["topic_id"] = TOPIC
    m["message_id"] = f"AAAAq1w3Zp0/{TOPIC}/{TOPIC if n[0] == 1 else 'x' + format(0x5a1f00 + n[0] * 7919, 'x')}"
    return m


def mention(who, start):
    name, email = U[who]
    return {"start_index": start, "length": len(name) + 1,
            "user_mention_metadata": {"user": {"name": name, "email": email, "user_type": "Human"}, "type": "MENTION"}}


first = ("JT's Year 9 review done \U0001f64c Mum and Dad both came and JT presented his own slides - he was brilliant. "
         "Actions from the meeting below, shout if I've missed anything:\n"
         "\u2022 Sam \u2013 update the section F outcomes with the new PfA targets and send to me by Friday\n"
         "\u2022 Bea \u2013 OT report for the paperwork (the sensory diet one) \u2013 within the fortnight so I can get it all to the LA on time\n"
         "\u2022 Nikhil \u2013 SALT advice update, same deadline\n"
         "\u2022 me \u2013 send the review paperwork to the LA caseworker within 2 weeks of the meeting (so 30 June)\n"
         "\u2022 Owen \u2013 send Mum the invite to the PfA transition fair and the post-16 Local Offer pages\n"
         "\u2022 Dad said he'll forward the letter from the hospital physio to me when it comes\n"
         "Mum asked about travel training \u2013 Owen explained the LA travel training team will contact families in September (their process, nothing for us).\n"
         "Outcome: plan to be amended, placement at Westmoor Park continues.")
ask = "@Sam Okoro can you also ask JT which work experience he'd like on the plan? no rush, before the end of term is fine (we break up 21st)"
msgs = [
    msg("km", "11:58:03", first),
    msg("so", "12:10:41", "On it. Friday's going to be tight with sports day tomorrow \u2013 ok if it's Monday 21st instead?"),
    msg("km", "12:12:19", "Monday's fine \U0001f44d"),
    msg("bl", "12:15:56", "Already sent you the OT report this morning before the meeting! Check your inbox x"),
    msg("km", "12:17:02", "Ha so you did. Sorry Bea \u2705"),
    msg("nr", "12:40:27", "I can do the SALT update but I'm on leave 23\u201329 June so I'll get it to you by Tues 22nd rather than the fortnight, hope that's ok",
        updated_date="Wednesday, 16 June 2027 at 12:41:09 UTC"),
    msg("km", "12:43:50", None, deletion_metadata={"deletion_type": "CREATOR"}),
    msg("km", "12:44:12", "Perfect thanks Nikhil"),
    msg("or", "13:21:35", "Happy to. The transition fair is 8 July at Westmoor College. I'll send Mum the invite and the post-16 links by the end of next week."),
    msg("km", "13:30:08", ask, annotations=[mention("so", 0)]),
    msg("so", "13:31:44", "\U0001f44d", reactions=[{"emoji": {"unicode": "\u2705"}, "reactor_emails": ["k.mellor@westmoorpark.sch.uk"]}]),
    msg("km", "14:02:51", "FYI governors had the summary of all the Y9 PfA reviews at last week's meeting so nothing needed for them from JT's review."),
]
json.dump({"messages": msgs}, open(OUT, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(OUT)
