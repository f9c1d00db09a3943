"""526: Co-production Steering Group - chair's annotated agenda with her/his outstanding actions list (.md)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
STEM = "526_seventyfirst_coproduction_chair_annotated_agenda_outstanding_actions_list"
(OUT / f"{STEM}.md").write_text((HERE / "526_source.md").read_text(encoding="utf-8"), encoding="utf-8")

labels = {
    "meeting_date": "2027-09-16",
    "style": (
        "Held-out batch seventyfirst. A Markdown file (Obsidian-style, YAML front matter) that is the co-chair's own "
        "copy of the Co-production Steering Group agenda for Thursday 16 September 2027, annotated during the meeting "
        "with arrows, bold and italics; item 2 is the chair's 'outstanding actions list' as a checkbox list; ends with "
        "a 'quick list to check against Sarah's notes'. The chair ('I', 'Me') is Tom Evans (PCF co-chair). Traps: in "
        "the outstanding list, the charter item is done, the case studies are simply carried (not labelled), expenses "
        "are dropped; the ICB policy item becomes Yusuf's new action and mystery shopping is re-assigned from the chair "
        "to Sarah Khan - both labelled. 'Sarah Kh' (not Sarah Kent, explicitly) = Sarah Khan. Decisions not labelled: "
        "4 Cornerstones adopted, Champions get a seat from October; Owen's letter to "
        "the Youth Council was refused; Kerry's promotion is 'not a separate action'. 'ALL OF US: each org' is "
        "labelled with owner 'each org', person null. Dates: 'by end of Sept' = 2027-09-30; 'report back next meeting' "
        "= stated Thursday 21 October 2027; 'by end of term (term ends Fri 17 Dec)' = 2027-12-17; 'ASAP' = null; "
        "'(w/c 8 Nov)' = Monday 8 November 2027 (week labelled by its Monday); 'before half term (half term starts 25 "
        "Oct)' = Friday 22 October 2027; 'by Fri' = the Friday after the Thursday meeting, 17 September 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "Yusuf to send the signed-off policy round", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-09-30"},
        {"key": "Sarah to set up the mystery shopping exercise", "owner": "Sarah Kh", "person": "Sarah Khan", "due": "2027-10-21"},
        {"key": "will ask each service lead to name", "owner": "Mary", "person": "Mary Walker", "due": "2027-12-17"},
        {"key": "Sarah Kh to cost paid YP panel roles", "owner": "Sarah Kh", "person": "Sarah Khan", "due": None},
        {"key": "each org to run one event in co-pro week", "owner": "each org", "person": None, "due": "2027-11-08"},
        {"key": "Helen to ask the SENCo network chairs", "owner": "Helen", "person": "Helen Brooks", "due": "2027-10-22"},
        {"key": "Me – email Anne Price re co-pro week", "owner": "Me", "person": "Tom Evans", "due": "2027-09-17"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
