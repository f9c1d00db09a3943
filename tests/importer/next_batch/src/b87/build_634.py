"""Batch eightyseventh, doc 634: a parent volunteer's OneNote notes of a Champions sub-group, pasted."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "634_eightyseventh_champions_comms_onenote_paste"

TEXT = """Champions comms sub group
Wednesday, 12 May 2027
18:34

(my notes - Kerry. typed up from my phone so sorry for typos!!)

there: me, Priya M, Tom, Sarah K (participation team at the council), Anne for the first half hr
apols: Helen B, Owen

1. newsletter
- summer newsletter - agreed we do one before half term. i'll pull it together, everyone send me
  bits by fri 21st
- Tom doing the chair's bit
- Priya M wants a "jargon buster" page - yes everyone liked this. Priya to write first draft
  of jargon buster by the 21st too, send to Sarah K to check the council terms are right
- Anne said Board don't need to sign off newsletters any more, we can just send it. (so no need
  to go to board - good!!)

2. facebook group
- still only 2 admins (me and Priya M). need a 3rd. Tom said he'd ask at the PCF steering group
  but not promising
- proposal from Sarah K to move the group to a council-run page -> we all said no, parents
  won't post if the council is watching. staying as is.
- group rules - [x] updated last month (done)

3. coffee mornings
- autumn dates - Sarah K booking rooms at the family hubs, she's got our list of 6.
  She'll confirm back by end of June
- [ ] TODO me: ring riverside about using their hall (Helen B not here so ask Nadia?)
- Riverside coffee morning 26th May - in april Helen said she'd sort a SENCo to come along.
  Helen not here - has that happened?? ask her

4. "you said we did" poster
- Anne is taking the list to the Board on 16 June. Board's job not ours
- we need quotes from parents for it - Tom to get 5 parent quotes from the survey
  responses, by the next Champions mtg (9th June)

5. AOB
- Priya M leaving the Champions in July :( need to think about replacing her - next time
- next mtg Weds 9 June 7pm zoom

TO DO
[ ] newsletter - me
[ ] jargon buster - Priya
[ ] 3rd admin - Tom ask
[ ] rooms - Sarah K
[ ] riverside hall - me
[ ] quotes - Tom
[x] group rules
"""

LABELS = {
    "meeting_date": "2027-05-12",
    "style": (
        "Held-out batch eightyseventh. A parent volunteer's (Kerry Lang's) own notes of a Champions "
        "communications sub-group, typed in OneNote on her phone and pasted as plain text: OneNote page "
        "title/date/time block, lower-case shorthand, hyphen bullets with wrapped continuation lines, '[ ]' "
        "and '[x]' to-do tags and a TO DO list repeating the body. Traps: first-person owner ('i'll', 'me' = "
        "Kerry, the writer named at the top); two Sarahs and two Priyas in the partnership - 'Sarah K "
        "(participation team at the council)' is Sarah Khan not Sarah Kent, 'Priya M' is Priya Mistry not "
        "Priya Shah; Sarah K's council-page proposal is rejected; the group rules item is already done "
        "([x]); Anne's Board item is 'Board's job not ours'; Helen's April promise is an old action and only "
        "a question ('has that happened?? ask her') with Helen absent - not labelled, nor the 'ask her' "
        "aside; 'everyone send me bits' has no owner and is folded into Kerry's newsletter; replacing Priya "
        "is for discussion next time. Dates: newsletter 'before half term' (May half term w/c 31 May, a bank "
        "holiday) = Friday 28 May 2027; 'fri 21st' = Friday 21 May 2027 and Tom's chair's bit, as a newsletter "
        "contribution, falls due then too; Priya's draft 'by the 21st too' = 21 May 2027; 'end of June' = "
        "Wednesday 30 June 2027; 'by the next Champions mtg (9th June)' = Wednesday 9 June 2027; Tom's "
        "admin ask and Kerry's call to Riverside have no date (null)."
    ),
    "held_out": True,
    "actions": [
        {"key": "i'll pull it together, everyone send me", "owner": "me", "person": "Kerry Lang", "due": "2027-05-28"},
        {"key": "Tom doing the chair's bit", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-21"},
        {"key": "Priya to write first draft", "owner": "Priya", "person": "Priya Mistry", "due": "2027-05-21"},
        {"key": "Tom said he'd ask at the PCF steering group", "owner": "Tom", "person": "Tom Evans", "due": None},
        {"key": "Sarah K booking rooms at the family hubs", "owner": "Sarah K", "person": "Sarah Khan", "due": "2027-06-30"},
        {"key": "ring riverside about using their hall", "owner": "me", "person": "Kerry Lang", "due": None},
        {"key": "Tom to get 5 parent quotes", "owner": "Tom", "person": "Tom Evans", "due": "2027-06-09"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
