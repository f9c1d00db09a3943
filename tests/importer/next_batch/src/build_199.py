"""Build 199: clerk's shorthand notes in Markdown (.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "199_twentyfifth_clerk_shorthand"

TEXT = """# SEND Ptnrshp Bd – 17/6/27 – rough notes (RH)

_not yet checked by Ch – do not circ._

**Pres:** AP (Ch), MW, YO, PS, TE, DL, LP, SK (PO)
**Apols:** GA (sub: none), HB
**In att:** RH (notes); OR for itm 5 only
**Quorate:** y

---

## 1. Welc / apols / DoI
- AP welc. Apols as above.
- DoI: TE – PCF recd small grant from ICB (standing decl). Noted. No others.

## 2. Mins 18/3 + MA
- Mins agreed as accurate. AP to sign – _signed in mtg_ ✓
- MA 3.2 LP dashboard – done ✓
- MA 4.1 YO SALT recovery plan – still w/ trust bd. c/f, no new date
- MA 6 – room bookings – sorted (JW replied) ✓

## 3. Data – Q4 / yr end (LP)
- EHCP 20wk timeliness 41% (Q3 38%). Slow improvement. Discussion re backlog – PS: "not where we need to be".
- Ann reviews overdue: 612. MW – 3 new COs in post since Apr, expect ↓ by autumn.
- TE – parents want to see it by school. LP: poss but small nos = identifiable. Agreed: by phase not school.
- → **LP**: refresh dashbd w/ Q1 figs + phase split b4 nxt mtg (16/9)
- → **LP/MW**: nil – MW happy w/ current RAG

## 4. EP capacity (DL)
- DL – 4.2 FTE vacant, locums £££. Statutory advice late in 58% cases.
- Disc. re trainee EPs – 2 from Sept. PS: wd support bid for 3rd.
- → **DL**: EP capacity paper to SLT by 30/6
- PS – will consider funding 2nd yr of locum cover – no commitment today, depends on outturn
- AP: Bd wd like update – DL to bring to nxt mtg? DL – agreed, brief verbal only

## 5. PfA pathway (OR attending)
- OR pres'd draft pathway (slides w/ papers). 14+ reviews to incl PfA outcomes from Yr 9.
- TE – good, but FE colleges not in the room. OR – college SENCo grp mtg in July.
- Agreed: draft pathway endorsed in principle.
- → **OR**: take draft pathway to college SENCo grp + revise – end Jul
- → **SK**: YP consultation on pathway via youth forum – by w/c 5/7
- Ch: hope to have final version signed off by Xmas – not an action yet

## 6. Terms of Ref
- Rev ToR tabled. Main change: PCF 2 seats not 1; quorum 5 incl 1 health + 1 parent.
- Agreed subject to PCF comments.
- → **RH**: circ. rev ToR w/ these mins
- → **TE**: PCF comments on ToR to RH by Fri 2/7
- ICB gov team to check ToR vs ICB scheme of delegation – _their process, not ours_

## 7. Risk reg
- No new risks. R4 (EP capacity) ↑ to red. AP signed off reg in mtg ✓
- NFA

## 8. AOB
- YO – DCO job share from Sept, details TBC. Noted.
- MW – SEND Info Day 9/10 @ civic centre. For info.

**Nxt mtg:** Thu 16/9/27, 2pm, Cttee Rm 2 / Teams

---
_RH to type up properly Mon. Abbrevs: CO = case officer, SLT = council senior leadership team, NFA = no further action, c/f = carried fwd_
"""

LABELS = {
    "meeting_date": "2027-06-17",
    "style": ("Held-out batch twentyfifth. A clerk's own shorthand notes in Markdown before typing up: initials, "
              "abbreviations (MA, c/f, NFA, b4, w/c, SLT), arrow lines '→ **XX**:' for actions, ✓ for things done, "
              "italic asides. Traps: minutes signed and risk register signed off in the meeting (✓); matters arising "
              "done or carried forward with no new date; '→ **LP/MW**: nil' arrow line with no action; PS 'will "
              "consider' funding, no commitment; chair's hope for sign-off by Xmas; ICB governance team's check "
              "(another body's process); 'Agreed:' decisions (phase split, pathway endorsed, ToR subject to comments); "
              "AOB items for info. Labelling choices: 'b4 nxt mtg (16/9)' = meeting 2027-09; 'by 30/6' = 2027-06-30; "
              "'end Jul' = 2027-07-31 (a Saturday, kept as written); 'by w/c 5/7' taken as the Monday 2027-07-05; "
              "'Fri 2/7' = 2027-07-02; DL's agreed verbal EP update to the next meeting counted (meeting 2027-09); "
              "RH circulating the ToR 'w/ these mins' has no date."),
    "held_out": True,
    "actions": [
        {"key": "refresh dashbd w/ Q1 figs + phase split", "owner": "LP", "person": "Liam Porter",
         "due": "meeting 2027-09"},
        {"key": "EP capacity paper to SLT by 30/6", "owner": "DL", "person": "David Lowe", "due": "2027-06-30"},
        {"key": "DL to bring to nxt mtg", "owner": "DL", "person": "David Lowe", "due": "meeting 2027-09"},
        {"key": "take draft pathway to college SENCo grp", "owner": "OR", "person": "Owen Reid",
         "due": "2027-07-31"},
        {"key": "YP consultation on pathway via youth forum", "owner": "SK", "person": "Sarah Khan",
         "due": "2027-07-05"},
        {"key": "circ. rev ToR w/ these mins", "owner": "RH", "person": "Ruth Hill", "due": None},
        {"key": "PCF comments on ToR to RH", "owner": "TE", "person": "Tom Evans", "due": "2027-07-02"},
    ],
}

(OUT / f"{STEM}.md").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
