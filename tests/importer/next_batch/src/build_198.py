"""Build 198: volunteer parent's typed minutes (.txt)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "198_twentyfifth_volunteer_parent_minutes"

TEXT = """Westmoor SEND Partnership - parent liaison catch up
typed up by Kerry (PCF parent champion) - sorry for any typos!! Ruth please tidy if needed x

Tues 9th March 2027, 10am, community room at Riverside Primary (+ a couple of people on Teams)

who was there: Anne (chair), Tom E (PCF co-chair), me (Kerry), Priya M (parent rep), Mary Walker (Head of SEND),
Helen Brooks (Riverside SENCo), Sarah Khan (participation officer), Yusuf from the ICB joined late about 10.40
sorry's from: Grace Adeyemi, Liam P, Ruth (so I'm doing the notes lol)

Anne said thanks everyone for coming and the tea. She said last time's notes were fine except Helen's name
was spelt wrong, which Anne fixed there and then so that's done.
nobody had any interests to declare. Priya M said she should mention her son goes to Riverside but Anne said
that's fine it's not a conflict for today.

1. stuff from last time
- the transport letter - Mary said that's all sorted, the new letter went out in Feb. done
- Tom was going to ask about the autism pathway waiting list numbers - he did and Yusuf sent them round
  (email 2nd March). done
- coffee morning at Oakfield - still no date, it just stays on the list for now, nobody's chasing it till
  the new head is in

2. EHCP annual reviews
long chat about this one. Priya M said her son's review was 14 months late and nobody told her why.
Mary said they know it's not good enough and said sorry. the team has 3 new case officers starting in April.
Mary is going to bring the overdue annual review numbers to the next meeting, split by primary/secondary/post 16
so we can see where it's worst.
Helen said schools are confused about who sends the paperwork out and who chases it. Mary said she'd get the
annual review guidance for schools rewritten and sent out to all SENCos by the end of April.
Helen said she's happy to look over the draft before it goes out, Mary said yes please. (so Helen to read
the draft - no date, whenever Mary sends it)
Tom said parents need a version too. Mary said maybe later in the year, not promising it now.

3. Local Offer website
Tom said parents STILL can't find the short breaks bit. Sarah showed the new page on her laptop and it does
look loads better. we all agreed it's better than the old one and it can go live (Sarah said it's live
already actually as of Monday).
Sarah's going to get a feedback button put on the page by the 26th - then someone said that's Good Friday so
she said the Thursday before then.
Priya M asked if it could be translated into other languages. Sarah said the council are looking at a
translate plugin for the whole website, that's the web team's thing not ours.

4. Health stuff (Yusuf)
Yusuf got here about 10.40, sorry traffic. talked about speech and language waiting times - it's 38 weeks now
which everyone said is awful. the ICB board are looking at extra money for it in the summer (not us, their
board decides).
Yusuf will send round the trust's recovery plan for speech and language once it's signed off. he doesn't know
when that'll be.
Tom asked could the forum see it before it's signed off. Yusuf said that's not his call, it's the trust
board's, so no.
Anne said it would be lovely to have Grace along next time to talk about OT too. (Grace wasn't here so
we'll see)

5. Parent survey
Tom and me are doing the survey questions with Sarah this year. PCF to get the draft survey questions to
Sarah by Fri 19th March so she's got time to put them on the system.
Sarah said the survey will open after Easter and run for 4 weeks.
Anne said it would be nice to get the young people's group involved as well, maybe next year.

6. AOB
- Helen - Riverside are having a SEND info fair on 22nd April, everyone welcome, bring leaflets
- the room booking at the civic centre keeps going wrong. Anne will write to James Whitfield about the room
  bookings so it stops happening
- Priya M said thank you to Mary for listening today, which was nice

finished about 11.50

next one is Tuesday 11th May 10am, same place (hopefully!!)
"""

LABELS = {
    "meeting_date": "2027-03-09",
    "style": ("Held-out batch twentyfifth. Minutes typed quickly by a volunteer parent (PCF parent champion) "
              "in chatty run-on lines with first names, 'me', lol/!! and bracketed asides; no action column. "
              "Traps: name typo already fixed by the chair in the meeting; matters arising all done or left on "
              "the list with nobody chasing; 'maybe later in the year, not promising' parent guidance; agreed "
              "the page is better (decision, already live); web team's translate plugin and ICB board money "
              "(other bodies); Tom's request refused; Anne's wish to have Grace next time and to involve young "
              "people next year; survey opening after Easter is information. Labelling choices: 'by the 26th' "
              "was corrected in the text to the Thursday before Good Friday, so 2027-03-25; 'end of April' = "
              "2027-04-30; 'next meeting' is given as 11 May so meeting 2027-05; Helen's draft check and "
              "Yusuf's plan have no date; 'PCF to get the draft survey questions' is owned by the forum "
              "(person null) even though Tom and Kerry are doing it."),
    "held_out": True,
    "actions": [
        {"key": "overdue annual review numbers to the next meeting", "owner": "Mary",
         "person": "Mary Walker", "due": "meeting 2027-05"},
        {"key": "annual review guidance for schools rewritten and sent out", "owner": "Mary",
         "person": "Mary Walker", "due": "2027-04-30"},
        {"key": "happy to look over the draft before it goes", "owner": "Helen", "person": "Helen Brooks", "due": None},
        {"key": "get a feedback button put on the page", "owner": "Sarah", "person": "Sarah Khan",
         "due": "2027-03-25"},
        {"key": "send round the trust's recovery plan", "owner": "Yusuf",
         "person": "Yusuf Okafor", "due": None},
        {"key": "PCF to get the draft survey questions to Sarah", "owner": "PCF", "person": None,
         "due": "2027-03-19"},
        {"key": "write to James Whitfield about the room bookings", "owner": "Anne", "person": "Anne Price",
         "due": None},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
