"""523: Network of SEND Champions evening meeting - plain-prose write-up by a parent volunteer (.txt)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
STEM = "523_seventyfirst_champions_network_parent_volunteer_prose_writeup_recap_list"
text = (HERE / "523_source.txt").read_text(encoding="utf-8")
(OUT / f"{STEM}.txt").write_text(text.replace("\n", "\r\n"), encoding="utf-8", newline="")

labels = {
    "meeting_date": "2026-11-26",
    "style": (
        "Held-out batch seventyfirst. Plain-text write-up of a Network of SEND Champions evening meeting (Thursday 26 "
        "November 2026) by a parent volunteer (not a minute taker): chatty prose paragraphs, CRLF line ends, then a "
        "'What people said they would do (I think this is everything)' recap by first name; keys from the recap. "
        "Traps: Kerry's September action (chasing transport) is reported done; Mark Walsh agreeing to come in March is "
        "an accepted invitation, not an action; the request to make one-page profiles compulsory is answered "
        "'already on their list' (no action); Claire's request that Champions mention the drop-ins is answered 'most "
        "of us already do'; Claire's offer that SENDIASS could check Priya's guide is not taken up as a task; the "
        "Facebook group is deferred to the January agenda (no owner). Owners: 'Sarah K' in the recap is Sarah Khan (the "
        "Participation Officer in the body), not Sarah Kent; 'Priya M' = Priya Mistry, explicitly not Priya Shah (an "
        "apology); 'Mary' = Mary Walker (Head of SEND) is the subject of Kerry's question, not an owner; 'All "
        "Champions' is labelled with person null. Dates: 'by the end of next week' = Friday 4 December 2026; 'before "
        "the Christmas holidays (schools break up Friday 18th December)' = 2026-12-18; 'to the January meeting' / "
        "'at the January meeting' = stated next meeting Thursday 28 January 2027; 'in the next couple of weeks' = 14 "
        "days = Thursday 10 December 2026; Kerry's 'no date was set' = null."
    ),
    "held_out": True,
    "actions": [
        {"key": "email the one-page profile template to Kerry", "owner": "Helen", "person": "Helen Brooks", "due": "2026-12-04"},
        {"key": "send a box of Polish and Urdu leaflets", "owner": "Claire", "person": "Claire Dunmore", "due": "2026-12-18"},
        {"key": "bring one question each for the Q&A", "owner": "All Champions", "person": None, "due": "2027-01-28"},
        {"key": "ask Mary if the Q&A can be recorded", "owner": "Kerry", "person": "Kerry Lang", "due": None},
        {"key": "first draft of the annual review guide", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-01-28"},
        {"key": "book the library community room for January", "owner": "Sarah K", "person": "Sarah Khan", "due": "2026-12-10"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
