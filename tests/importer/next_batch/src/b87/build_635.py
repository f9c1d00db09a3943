"""Batch eightyseventh, doc 635: PfA workstream - Teams meeting notes plus meeting chat, pasted."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "635_eightyseventh_pfa_workstream_teams_chat_paste"

TEXT = """PfA workstream - June - meeting notes (copied from Teams)

Agenda
•\tSupported internships update
•\tTransition health checks
•\tYear 9 reviews audit

Notes
•\tSupported internships: 14 YP have placements for September. Westmoor College running the job
coach contract - college to recruit 2 more job coaches over the summer (their action not ours)
•\tTransition: adult services still not accepting referrals before 17.5. Anita's team running a
small pilot of joint clinics
•\tY9 audit - 40 reviews sampled, only 9 had PfA outcomes. Need to do more with schools

Follow-up tasks
☐ Send audit findings to SENCos\tHelen Brooks
☐ Share internship case studies with PCF\tOwen Reid
☐ Book a session at the SENCo network\tSarah Kent
☐ Circulate the slides\tRuth Hill

-----------------------------------------------------------------
Meeting chat

[22/06/2027 10:01] Owen Reid
Morning all, will start at 10:03 to let people join

[22/06/2027 10:02] Ruth Hill
Liam and Grace have sent apologies

[22/06/2027 10:14] Tom Evans (PCF)
Can the internship case studies come to the PCF steering group? We meet 6 July

[22/06/2027 10:15] Owen Reid
yes I'll get them to you before then Tom

[22/06/2027 10:31] Yusuf Okafor (ICB)
I'll take the 17.5 referral issue to the adult transition board - it meets 30th June. Will report back at the Sept workstream

[22/06/2027 10:33] Helen Brooks
Re the audit - happy to send the findings to SENCos but would it be better coming from the LA?

[22/06/2027 10:34] Mary Walker
Agree. I'll send it out in the SEND bulletin instead Helen, before the summer holidays (schools break up Weds 21st)

[22/06/2027 10:34] Helen Brooks
👍

[22/06/2027 10:36] Sarah Kent
I can book a slot at the autumn SENCo network for the PfA bit - will confirm the date w/c 5 July

[22/06/2027 10:40] Priya Shah
Could we just make PfA outcomes mandatory in the Y9 review template?

[22/06/2027 10:41] Owen Reid
Need to check with legal and the heads first I think - park it for Sept?

[22/06/2027 10:41] Priya Shah
ok

[22/06/2027 10:45] Ruth Hill
slides circulated now 

[22/06/2027 10:47] Anita Patel
I'll send Owen the joint clinic evaluation once it's been signed off

[22/06/2027 10:52] Owen Reid
Thanks all. Next workstream Tues 14 Sept 10am. I'll do a paper with the Y9 audit recommendations for that one
"""

LABELS = {
    "meeting_date": "2027-06-22",
    "style": (
        "Held-out batch eightyseventh. A Preparing for Adulthood workstream lead's paste of a Teams meeting: "
        "the Teams meeting-notes panel (agenda, notes, 'Follow-up tasks' with ☐ checkboxes and assignees "
        "after a tab) followed by the meeting chat in the '[dd/mm/yyyy hh:mm] Name' copy format. Traps: the "
        "follow-up task list was typed before the chat and is partly wrong - Helen's 'Send audit findings' "
        "task is taken over by Mary Walker in the chat (label Mary, key from her chat message) and Ruth's "
        "slides were circulated during the meeting (done, not labelled); the College's job-coach recruitment "
        "is another body's action; Priya Shah's proposal is parked for September, not agreed; apologies "
        "message is not an action. Owners are chat display names or 'I'. Dates: Owen's case studies 'before "
        "then' (PCF steering group Tuesday 6 July) = Monday 5 July 2027; Yusuf reports back 'at the Sept "
        "workstream' = the stated next workstream Tuesday 14 September 2027 (the 30 June board is only the "
        "route); Mary's 'before the summer holidays (schools break up Weds 21st)' = Wednesday 21 July 2027; "
        "Sarah Kent's 'w/c 5 July' = Friday 9 July 2027; Anita's evaluation 'once it's been signed off' has no "
        "date (null); Owen's paper 'for that one' = 14 September 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "Share internship case studies with PCF", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-07-05"},
        {"key": "I'll take the 17.5 referral issue", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-09-14"},
        {"key": "I'll send it out in the SEND bulletin", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-07-21"},
        {"key": "book a slot at the autumn SENCo network", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-07-09"},
        {"key": "send Owen the joint clinic evaluation", "owner": "Anita Patel", "person": "Anita Patel", "due": None},
        {"key": "do a paper with the Y9 audit recommendations", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-09-14"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
