"""Build 206_twentysixth_senco_cluster_notes.md and its labels."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "206_twentysixth_senco_cluster_notes"

TEXT = """# Westmoor North Cluster – SENCo Network

**Spring term meeting 1** · Wednesday 20/01/27 · 3.45–5.30pm · Riverside Primary (staffroom) + Teams link for the small schools

Chair/host: Helen Brooks (HB), SENCo Riverside Primary
Notes: Jo Fairley (St Mark's CE Primary) – thanks Jo!

**Here:** Helen (Riverside), Jo (St Mark's), Aisha (Westmoor Academy – secondary), Gareth (Hill Top Juniors),
Fiona (Hill Top Infants), Mo (Brookside Special – outreach), David Lowe (Principal EP, for item 3),
Sarah Kent (School Improvement Adviser, for item 4)

**Sorry we missed you:** Kate (Oakfield) – Ofsted call; Bev (Little Acorns nursery)

---

## 1. Notes from last time / anything outstanding

- Graduated approach paperwork comparison – didn't happen before Christmas, rolling it into item 2.
- Mo's outreach referral form – **done**, she sent it round on 6 Jan. Everyone has it.
- Question from Nov about the SENCo award cohort – answered by email, nothing further.

## 2. Graduated approach – what's everyone using?

Long chat. Everyone has a different APDR template and the LA's "SEN support plan" template is only used
by 2 of the 7 schools. Aisha said secondary colleagues find it too primary-flavoured. General feeling
that it would be lovely if the LA produced one template for the whole county, but nobody thinks that
is happening soon (we've asked before).

> **Helen** to collate cluster examples of graduated approach paperwork (anonymised) – bring to next cluster (17 March).

Agreed as a cluster that we **won't** create our own template until we've seen what everyone has.

## 3. EP time for summer term (David L)

David explained the new traded/statutory split. Statutory work is protected; traded time depends on the
buy-back figures, which he won't have until February.

- DL to confirm EP allocation for summer term to each school – before Feb half term.
- Gareth raised consultation line wait times – David said it's been relaunched with extra slots (nothing for us to do).
- Cluster would *like* a termly joint EP surgery – David will take this away and think about it, no promises.

## 4. Inclusion audit (Sarah Kent)

Sarah talked through the draft inclusion audit tool the LA is piloting in 10 schools from March.
None of our cluster are in the pilot but we can use the tool voluntarily.

- **Sarah Kent** to circulate the inclusion audit tool and guidance notes – by 1 Feb.
- The LA will publish the pilot evaluation in the summer (LA's job, not ours).

## 5. Top-up funding

Frustration again about the top-up panel turnaround. Fiona had three cases waiting since November.
Helen explained she'd already raised this informally with Mary Walker before Christmas.

- **All SENCos** to return the top-up funding survey (the Forms link in the chat) – Fri 29th Jan.
- Helen will raise annual review paperwork delays and top-up turnaround at the February Partnership Board.

## 6. Sharing good practice

Jo showed her sensory circuits timetable – it's brilliant, lots of interest.

- Jo (St Mark's) to share her sensory circuits timetable with the group this week (by Fri 22nd).
- Mo mentioned Brookside's outreach training offer – dates already on the Local Offer.

## 7. AOB

- Aisha leaving at Easter – huge thanks for everything. Cluster to think about a secondary rep (not decided tonight).
- Parking lot: speech and language traded offer – revisit in summer term.

---

### Who's on it

| Who | What | When |
|---|---|---|
| Helen | Graduated approach examples (see item 2) | Next cluster – 17/3 |
| DL | EP allocations | Feb half term |
| Sarah Kent | Audit tool + guidance | 1 Feb |
| All SENCos | Top-up survey | 29 Jan |
| Helen | Raise delays at Partnership Board | Feb Board |
| Jo | Sensory circuits timetable | Fri 22nd |

**Next cluster:** Wednesday 17 March 2027, 3.45pm, Hill Top Juniors (Gareth hosting).
"""

(OUT / f"{STEM}.md").write_text(TEXT, encoding="utf-8")

labels = {
 "meeting_date": "2027-01-20",
 "style": ("Held-out batch twentysixth. School SENCo cluster network notes in Markdown (school-to-school, informal "
           "first names, quoted callout for one action, bullets per item and a 'Who's on it' recap table that repeats "
           "the actions). Traps: outstanding items from last time are done/answered/rolled in; Mo's referral form already "
           "sent; 'it would be lovely if the LA produced one template' is a wish; 'won't create our own template' is a "
           "decision; David 'will take this away and think about it' (joint EP surgery) is a consideration, not an "
           "action; the LA publishing the pilot evaluation is another body's; Brookside training dates already "
           "published; secondary rep 'not decided'; parking lot item. The recap table duplicates the six actions and "
           "should not add more. Labelling choices: 'before Feb half term' = Friday 12 Feb 2027 (half term w/c 15 Feb); "
           "'next cluster (17 March)' and 'February Partnership Board' labelled as meetings; Jo and All SENCos are not in "
           "people.json so person is null."),
 "held_out": True,
 "actions": [
  {"key": "collate cluster examples of graduated approach paperwork", "owner": "Helen", "person": "Helen Brooks", "due": "meeting 2027-03"},
  {"key": "confirm EP allocation for summer term to each school", "owner": "DL", "person": "David Lowe", "due": "2027-02-12"},
  {"key": "circulate the inclusion audit tool and guidance notes", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-02-01"},
  {"key": "return the top-up funding survey", "owner": "All SENCos", "person": None, "due": "2027-01-29"},
  {"key": "raise annual review paperwork delays and top-up turnaround", "owner": "Helen", "person": "Helen Brooks", "due": "meeting 2027-02"},
  {"key": "share her sensory circuits timetable with the group", "owner": "Jo (St Mark's)", "person": None, "due": "2027-01-22"},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
