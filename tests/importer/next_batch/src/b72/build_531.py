"""531: a SENCo's Google Keep checklist from a cluster meeting, exported as plain text (ticked items moved to the bottom)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "531_seventysecond_senco_keep_checklist_text_export_ticked_unticked"

text = """North cluster SENCos – Mon 7th Dec 📌

Oakfield Academy, 3.45-5.15
there: me, Jas (Oakfield), Mo (St Aidan's), Becky (Hillcrest), Dave L (EP), Sarah K (SI adviser), Kerry L (PCF) – Nadia popped in at the end
apols: Claire D (SENDIASS) – sent leaflets via Jas

☐ me + Jas – pull together a shared cluster training calendar for spring, send round by 8/1
☐ Dave L to send the new EP consultation request form to all cluster SENCos before we break up (Fri 18th)
☐ Sarah K – confirm the AET trainer for the twenty-first of Jan, by Mon 11th (ask re parking!!)
☐ Mrs Khan to sign off the cluster funding bid before it goes in on 14/12
☐ Kerry to send round PCF coffee morning dates for spring term
☐ Dave L to ask Liam P for KS2 SEN support data per school – need it for next cluster 1st Feb
☐ Mo to share the St Aidan's sensory circuits plan with everyone
☐ buy Secret Santa present for staffroom 🎁
☐ Y4 parents eve slots!!!
☐ portal – ask Sarah K again?? (she said she'd look into it – not agreed, she's checking if it's hers)

✓ 4 ticked items
☑ agree spring cluster dates (1st Feb, 22nd Mar, 10th May)
☑ everyone to feed back EHCP portal issues to Sarah K
☑ Jas to circulate last term's notes
☑ Nadia – confirm Riverside can host in Feb

Labels: SENCo cluster, Work
Owner: Helen Brooks <h.brooks@riverside.westmoor.sch.uk>
Collaborators: jas.dhillon@oakfield.westmoor.sch.uk, s.kent@westmoor.gov.uk
Edited 7 Dec 2026, 17:48
"""
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

labels = {
    "meeting_date": "2026-12-07",
    "style": (
        "Held-out batch seventysecond. Helen Brooks's (Riverside SENCo) Google Keep checklist from the North SENCo cluster meeting on "
        "Monday 7 December 2026, exported as plain text: unticked items (☐) are open actions; Keep has moved the four ticked items (☑) "
        "under '✓ 4 ticked items' - these were done in or before the meeting and are not labelled. Traps: 'me' is the note's author "
        "(Helen Brooks - 'me + Jas' is a shared action, person = Helen Brooks; Jas not cast); two personal to-dos (Secret Santa, Y4 "
        "parents' evening) are not meeting actions; the portal item is a question, 'not agreed'; 'Mrs Khan' = Nadia Khan (Riverside "
        "head, who 'popped in'); Sarah K = Sarah Kent (SI adviser); Liam P is only the source of data - the owner is Dave L (David "
        "Lowe); Mo, Becky, Jas not cast. Dates: 'by 8/1' = Friday 8 January 2027; 'before we break up (Fri 18th)' = Friday 18 December "
        "2026; Sarah K 'by Mon 11th' = Monday 11 January 2027 (the twenty-first of Jan is the training date, not the due date); "
        "'before it goes in on 14/12' = Monday 14 December 2026; 'for next cluster 1st Feb' = Monday 1 February 2027; Kerry and Mo "
        "undated (null)."
    ),
    "held_out": True,
    "actions": [
        {"key": "pull together a shared cluster training calendar", "owner": "me + Jas", "person": "Helen Brooks", "due": "2027-01-08"},
        {"key": "Dave L to send the new EP consultation", "owner": "Dave L", "person": "David Lowe", "due": "2026-12-18"},
        {"key": "confirm the AET trainer for the twenty-first", "owner": "Sarah K", "person": "Sarah Kent", "due": "2027-01-11"},
        {"key": "Mrs Khan to sign off the cluster funding bid", "owner": "Mrs Khan", "person": "Nadia Khan", "due": "2026-12-14"},
        {"key": "Kerry to send round PCF coffee morning dates", "owner": "Kerry", "person": "Kerry Lang", "due": None},
        {"key": "Dave L to ask Liam P for KS2", "owner": "Dave L", "person": "David Lowe", "due": "2027-02-01"},
        {"key": "share the St Aidan's sensory circuits plan", "owner": "Mo", "person": None, "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
