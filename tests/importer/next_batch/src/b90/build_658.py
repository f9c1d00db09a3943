import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
STEM = "658_ninetieth_coproduction_workshop_annual_review"
md = """# Co-production workshop: Annual review paperwork 🗂️

**Date:** Wednesday 3 March 2027 · 10:00–13:00
**Where:** Oakfield Family Hub, big room (+ 3 parents on Teams)
**Facilitated by:** @mary.walker, @sarah.khan
**Tags:** #coproduction #annual-reviews #EHCP
**Status:** Notes — tidied up after the session (MW)

---

## Who came
- 11 parent carers (incl. Tom Evans & Kerry Lang from the PCF) and 2 young people (Year 10, with a TA)
- @helen.brooks (SENCo, Riverside)
- @grace.adeyemi (Children's Therapies)
- @liam.porter (Data & Performance)
- Sarah Khan (Participation) — note-taking with Mary
- Apologies: David Lowe (EP service), Owen Reid (PfA)

## Why we're here
Parents keep telling us the annual review form is long, repeats the EHCP word for word, and that nobody reads the
bits they write. Goal today: agree what a *good* annual review looks like from the family's side, and what we change first.

## What we heard (summary of the post-it wall)
> "I fill in 14 pages and then the plan doesn't change."
> "The school writes it, we sign it."
> "My son wanted to say things but there was nowhere for him to put them."

- Form too long — the *views* sections are at the back and get rushed
- Parents don't get the reports 2 weeks before like they're meant to
- Therapy advice is often a copy-paste from last year
- Nobody knows what happens after the meeting — the decision letter comes months later (or not at all)
- Young people want their own section, in their own words

## Ideas board
| Idea | Who raised it | What we decided |
|---|---|---|
| Put family & YP views at the **front** of the form | Parents (lots) | ✅ Agreed — goes into the redraft |
| Scrap the paper form and go fully online | One parent | ❌ Not agreed — Tom and others worried about families without good internet / digital confidence. Keep both. |
| Headings written by parents ("What's working", "What's not", "What we want next") | Kerry | ✅ Agreed — goes into the redraft |
| Therapy section to say what changed since last year | Parents | ✅ Agreed — Grace to draft |
| A young people's version of the form | YP | 🅿️ Parking lot — talk to the YP forum? (Owen??) |
| Text message when the decision letter is sent | Parent | 🅿️ Parking lot — needs the new case management system, not before 2028 |

## Agreed next steps

- [x] Ruth — book the room for the follow-up workshop ✅ *(done in the session — Oakfield booked for 21 April)*
- [ ] Sarah K to write up the "what good looks like" statements from the wall — within a fortnight
- [ ] @liam.porter to pull the number of annual reviews overdue by more than 12 months — before Easter
- [ ] Mary to redraft the annual review form using the parents' headings — ~~by 19 March~~ **2 April** (Mary on leave w/c 15th)
- [ ] Kerry to find 5 families to test the draft form — by end of April
- [ ] Helen to ask 2–3 SENCos whether schools could pre-fill section A from their own records
- [ ] Grace to bring a draft therapy section ("what's changed") to the next workshop

## Not for us / FYI
- The decision-letter timescale is a legal requirement (4 weeks after the meeting) — Mary said the SEND team is
  already working on this through the improvement plan; it's on the Board's action log, not ours.
- SENDIASS leaflet on annual reviews is being updated by SENDIASS anyway — Kerry will send them today's quotes if useful (no deadline).

## Next workshop
📅 **Wednesday 21 April 2027, 1–3pm**, Oakfield Family Hub. Bring: draft form, therapy section, test plan.

---
*Exported from Notion · Westmoor SEND / Co-production / Workshops*
"""
(OUT / f"{STEM}.md").write_text(md, encoding="utf-8")
write_labels(STEM, "2027-03-03",
  "A Notion page exported to Markdown: notes of a co-production workshop on annual review paperwork (Wednesday 3 "
  "March 2027) tidied up by the Head of SEND, with @handles, emoji, a quoted post-it wall, an 'ideas board' table "
  "with agreed / not agreed / parking-lot decisions, and a checkbox list of next steps. Traps: the ticked [x] room "
  "booking is done in the session; the ideas table's 'Agreed - goes into the redraft' rows are folded into Mary's "
  "redraft and Grace's therapy section, not labelled separately; going fully online was not agreed; the young "
  "people's version ('Owen??') and the text message idea are parking-lot items; the decision-letter timescale is on "
  "the Board's log; Kerry sending quotes to SENDIASS is optional ('if useful'), not labelled. Owners as handles "
  "('@liam.porter') and first names; 'Sarah K' is Sarah Khan (the only Sarah present, the Participation Officer). Dates: "
  "'within a fortnight' = Wednesday 17 March 2027; 'before Easter' = last working day before Good Friday 26 March, "
  "Thursday 25 March 2027; the struck-through 'by 19 March' is replaced by '2 April' = Friday 2 April 2027; 'by end of "
  "April' = 2027-04-30; Helen's action has no date (null); 'the next workshop' = Wednesday 21 April 2027 as given.",
  [("write up the \"what good looks like\" statements", "Sarah K", "Sarah Khan", "2027-03-17"),
   ("pull the number of annual reviews overdue", "@liam.porter", "Liam Porter", "2027-03-25"),
   ("Mary to redraft the annual review form", "Mary", "Mary Walker", "2027-04-02"),
   ("Kerry to find 5 families to test", "Kerry", "Kerry Lang", "2027-04-30"),
   ("Helen to ask 2–3 SENCos whether schools", "Helen", "Helen Brooks", None),
   ("Grace to bring a draft therapy section", "Grace", "Grace Adeyemi", "2027-04-21")])
