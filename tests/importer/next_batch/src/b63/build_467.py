"""467: a SENCo's own notes-app (Bear) markdown export of a SENCo network planning
meeting: nested checklists, ticked items, strikethrough, @mentions used both for owners
and just to tag people in."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "467_sixtythird_senco_network_planning_notes_app_checklists_mentions"

MD = """\
# SENCo network planning - Mon 11 Oct
#senco-network #westmoor/partnership #autumn-term

Riverside, staffroom, 3.45-4.50 (after school so a bit rushed)
There: me, @Ruth Hill, @David Lowe, @Liam P, @Sarah Kent, @Tom Evans (online for first half)
Not there: @Mary W (sent her apologies, in the tribunal all day)

> Network meeting itself is **Thu 18 Nov**, 1.30-4, Teachers' Centre. Theme agreed = SEMH + early identification in KS1. Not doing the annual reviews theme again this term, we did it in spring.

## Network meeting 18 Nov
- [ ] Venue + invites
    - [x] book the big room at the Teachers' Centre @Ruth (done - confirmed 8 Oct)
    - [ ] @Ruth send the invite to all SENCos + deputy SENCos by Fri 22 Oct
    - [ ] me: ask heads at cluster to release SENCos for the afternoon - at heads' cluster on Weds 13th
- [ ] Programme
    - [ ] me: ask @David Lowe to do the EP slot on SEMH screening tools
        - [x] David said yes in the meeting!! so just need the title from him
        - [ ] @David title + 2 line blurb for the invite by 20 Oct
    - [ ] data slot - what are schools actually identifying in KS1?
        - [ ] @Liam P pull SEN support figures by primary need, KS1, by cluster - by Fri 29 Oct
        - [ ] ~~Liam to do a survey of SENCos~~ dropped - survey fatigue, use census data instead
    - [ ] parent voice - @Tom Evans does PCF want a stand or a 10 min slot?? (Tom to ask committee, not decided)
    - [ ] SENDIASS - @Claire D? not at meeting, no one asked her yet
- [ ] After the network
    - [ ] me: write up the key messages for the partnership newsletter by 3 Dec
    - [ ] feedback form - @Ruth set up the MS Form so it's ready on the day (by 17 Nov)

## Other stuff that came up
- [x] @Sarah Kent already shared the Ofsted SEND-inspection prompts doc with everyone (Friday)
- [ ] @Sarah Kent to send me the list of schools new to the network since Sept - end of next week
- [ ] Graduated approach toolkit refresh - the council's SEND team are redoing it in the spring, nothing for us. @Mary W FYI
- [ ] budget for supply cover?? ask Mary when back - it's hers to decide not ours
- [x] agreed: network stays termly, not half-termly (Tom & Sarah K both said termly is enough)

## Questions I still have
- is the Teachers' Centre hearing loop fixed? (Ruth thinks yes)
- do academies in the Northfield trust come or do they have their own?

---
@Anne Price FYI only - copying you in as you asked to see what the network's doing.
"""

LABELS = {
    "meeting_date": "2027-10-11",
    "style": (
        "Held-out batch sixtythird. A SENCo's (Helen Brooks, Riverside Primary, network lead - 'me') own notes "
        "from a notes app (Bear-style markdown export: #tags, nested '- [ ]' checklists up to three levels, "
        "'- [x]' ticked items, ~~strikethrough~~) of the SENCo network planning meeting held Monday 11 October 2027. "
        "@mentions are used both to assign ('@Ruth send the invite') and just to tag people ('@Mary W FYI', "
        "'@Anne Price FYI only'). Parent checklist items ('Venue + invites', 'Programme', 'data slot') are headings, "
        "not actions. Traps: ticked items (room booked, David said yes, Sarah Kent's Ofsted prompts already "
        "shared); the struck-through survey; the question to Tom (PCF stand - 'not decided'); Claire D with no one "
        "asked; the council's toolkit refresh (other body); supply budget for Mary to decide when back (question, "
        "no action agreed); the 'agreed: network stays termly' decision; network date/theme (decision); the "
        "questions list. Labels: 'me' = Helen Brooks; 'Fri 22 Oct' 2027-10-22; 'Weds 13th' = Wed 13 Oct 2027; "
        "David's blurb 'by 20 Oct' (Wed); Liam 'Fri 29 Oct'; newsletter write-up 'by 3 Dec' (Fri); MS Form 'by 17 "
        "Nov' (Wed); Sarah Kent's list 'end of next week' = Fri 22 Oct 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "send the invite to all SENCos", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-10-22"},
        {"key": "ask heads at cluster to release SENCos", "owner": "me", "person": "Helen Brooks", "due": "2027-10-13"},
        {"key": "title + 2 line blurb for the invite", "owner": "David", "person": "David Lowe", "due": "2027-10-20"},
        {"key": "pull SEN support figures by primary need", "owner": "Liam P", "person": "Liam Porter", "due": "2027-10-29"},
        {"key": "write up the key messages for the partnership newsletter", "owner": "me", "person": "Helen Brooks", "due": "2027-12-03"},
        {"key": "set up the MS Form so it's ready", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-11-17"},
        {"key": "list of schools new to the network since Sept", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-10-22"},
    ],
}

(OUT / f"{STEM}.md").write_text(MD, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
