"""528: subgroup notes copied out of a two-column PDF; the columns interleave line by line when pasted."""
import json
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "528_seventysecond_pdf_two_column_copy_paste_lines_interleaved"

LEFT = """Present: David Lowe (Principal EP, chair) – DL; Helen Brooks (SENCo, Riverside) – HB; Nadia Khan (Headteacher, Riverside) – NK; Sarah Kent (School Improvement Adviser) – SK; Claire Dunmore (SENDIASS) – CD; Kerry Lang (PCF Parent Champion) – KL; Liam Porter (Data & Performance) – LP; Amy Rowe (Inclusion Team Leader) – AR.
Apologies: Tom Evans (PCF), Sarah Khan (Participation).

1. Notes and actions from 11th November
All actions complete except the part-time timetable audit, which the Inclusion Team will finish this month (on track). The OAP (Ordinarily Available Provision) consultation closed on 18/12 with 96 responses.

2. Ordinarily Available Provision – refresh
AR summarised the responses: schools want fewer, clearer expectations with examples by need type; parents want the document to say what they can ask the school for. Agreed to restructure the document around the four broad areas of need. The Inclusion Team to publish the revised OAP document on the Local Offer by 2027-02-26. DL to write to all headteachers explaining the changes by 5 Feb.

3. School improvement visits
SK explained the spring visit template. NK said inclusion was often the last item on the visit and got squeezed. Agreed: SK to add an inclusion question to the visit template before February half term."""

RIGHT = """4. Suspensions and part-time timetables
LP presented the autumn term data: pupils on SEN support were 3.4 times more likely to be suspended than pupils with no identified SEN. CD said calls to SENDIASS about part-time timetables had doubled since September. LP to bring suspension data by SEN status and school phase to the next meeting. CD to share the SENDIASS themes on part-time timetables by 29/01.

5. Peer support between schools
NK offered for Riverside to host other schools to see the nurture provision. Nadia and Helen to host a peer visit for three schools on the 4th of March.

6. Parent voice
KL suggested a standing parent panel for the subgroup. Members felt this should wait for the co-production charter and it will be revisited in the summer term. KL to collect three short parent case studies (with consent) on reduced timetables.

7. AOB and next meeting
None. Next meeting: Wednesday 10 March 2027, 9.30am, on Teams."""


def wrap(block, width):
    lines = []
    for para in block.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width))
    return lines


L = wrap(LEFT, 50)
R = wrap(RIGHT, 50)
merged = []
for i in range(max(len(L), len(R))):
    l = L[i] if i < len(L) else ""
    r = R[i] if i < len(R) else ""
    merged.append((l + " " + r).strip())

head = """Westmoor SEND Partnership
Inclusion in Mainstream Subgroup
Notes of meeting – Wednesday 13th January 2027, 9.30–11.30am
Riverside Primary School (Community Room)
"""
foot1 = "Inclusion in Mainstream Subgroup | notes 13.01.27 | v1.0 Page 1 of 2"
page2 = """Westmoor SEND Partnership
Inclusion in Mainstream Subgroup
Action summary
No. Action Owner By
1 Publish the revised OAP document on the Local Inclusion Team 26/02/27
Offer
2 Letter to all headteachers explaining the OAP DL 05/02/27
changes
3 Add an inclusion question to the SI visit template SK Feb HT
4 Suspension data by SEN status and phase LP Next mtg
5 SENDIASS themes on part-time timetables CD 29/01/27
6 Peer visit to Riverside nurture provision (three NK / HB 04/03/27
schools)
Actions from 11.11.26 – all closed except part-time timetable audit (Inclusion Team, Jan)
Inclusion in Mainstream Subgroup | notes 13.01.27 | v1.0 Page 2 of 2"""

note = ("From: Ruth Hill\nTo: SEND Partnership tracker\nSubject: notes to load - inclusion subgroup 13 Jan\n\n"
        "Copied out of the PDF Dave sent round, sorry about the formatting, the columns have gone funny.\n\n")

text = note + head + "\n" + "\n".join(merged) + "\n" + foot1 + "\n" + page2 + "\n"
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")
print(text)

labels = {
    "meeting_date": "2027-01-13",
    "style": (
        "Held-out batch seventysecond. Inclusion in Mainstream Subgroup notes (Wednesday 13 January 2027) copied out of a two-column "
        "PDF into a plain-text paste: the left column (attendance, items 1-3) and right column (items 4-7) interleave line by line so "
        "every sentence is cut every ~50 characters by the other column; page footer in the middle; page 2 is an action summary table "
        "whose cells wrap onto the next line. Keys are taken from unbroken line fragments or table rows. Traps: KL's case studies are "
        "only in the (interleaved) text, not in the table; the part-time timetable audit is an old action carried from 11 November "
        "(not labelled); KL's parent panel is a suggestion deferred to summer (not an action); 'Nadia and Helen' is a shared action "
        "(person = Nadia Khan, first named); SK = Sarah Kent (Sarah Khan is an apology); 'Inclusion Team' is a body (null). Dates: "
        "'by 2027-02-26'; 'by 5 Feb' = 2027-02-05; 'before February half term' / 'Feb HT' = half term w/c 15 February so Friday "
        "2027-02-12; 'next meeting' = Wednesday 10 March 2027 as given; 'by 29/01' = 2027-01-29; 'on the 4th of March' = 2027-03-04; "
        "KL's case studies have no date (null)."
    ),
    "held_out": True,
    "actions": [
        {"key": "Publish the revised OAP document on the Local", "owner": "Inclusion Team", "person": None, "due": "2027-02-26"},
        {"key": "Letter to all headteachers explaining the OAP", "owner": "DL", "person": "David Lowe", "due": "2027-02-05"},
        {"key": "Add an inclusion question to the SI visit template", "owner": "SK", "person": "Sarah Kent", "due": "2027-02-12"},
        {"key": "Suspension data by SEN status and phase", "owner": "LP", "person": "Liam Porter", "due": "2027-03-10"},
        {"key": "SENDIASS themes on part-time timetables", "owner": "CD", "person": "Claire Dunmore", "due": "2027-01-29"},
        {"key": "Peer visit to Riverside nurture provision", "owner": "NK / HB", "person": "Nadia Khan", "due": "2027-03-04"},
        {"key": "KL to collect three short parent", "owner": "KL", "person": "Kerry Lang", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
