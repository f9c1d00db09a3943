"""Builds 178_twentysecond_git_wiki_local_offer.md: a GitLab wiki page for the Local Offer review group."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "178_twentysecond_git_wiki_local_offer"

MD = """---
title: Local Offer Review Group - 2027-03-17
layout: meeting-note
group: local-offer-review
tags: [local-offer, co-production, website]
status: published
---

[Home](../home) / [Local Offer Review Group](../local-offer-review-group) / 2027-03-17

> **Page history:** created by `rhill` 2027-03-17 16:02 · last edited by `skhan` 2027-03-19 10:41
> (fixed Kerry's surname, added link to analytics export)

# Local Offer Review Group — Wed 17 March 2027

**Where:** Teams (Room 4 at Westmoor House for those in the office)
**Chair:** @mwalker (Mary Walker, Head of SEND) — Anne sent apologies
**Notes:** @rhill

## Who was there

| Handle | Name | Hat |
|---|---|---|
| @mwalker | Mary Walker | Head of SEND (chair today) |
| @skhan | Sarah Khan | Participation Officer |
| @lporter | Liam Porter | Data and Performance |
| @gadeyemi | Grace Adeyemi | Children's Therapies |
| @tevans | Tom Evans | PCF co-chair |
| — | Kerry Lang | PCF Parent Champion |
| — | Claire Dunmore | SENDIASS |
| @rhill | Ruth Hill | notes |

Apologies: Anne Price, @yokafor (Yusuf — ICB board clash).
Declarations: none.

---

## 1. Actions from last time (3 Feb)

- [x] ~~@tevans: share PCF survey questions with the group~~ — done 10/3, in the Teams files
- [x] ~~@skhan: fix broken links on the short breaks page~~ — done
- [ ] @lporter: Google Analytics access for Kerry — **still open**, IT ticket INC-448213 raised.
  Liam to keep chasing, no new date.

## 2. Search analytics (Liam)

Liam showed the top searches for Jan–Feb. "EHCP", "autism" and "transport" are top 3 as
usual. About 18% of searches return nothing — e.g. "PDA", "EOTAS", "respite".

Discussion: Tom said parents use the words they hear at the school gate, not our words.
Group agreed the site should use both (we'll add synonyms rather than rename pages).

**Decision:** add a synonyms list to the search config, not rename pages.

➡️ **@lporter** to pull the top 20 zero-result searches for Jan–Mar and share — *by Fri 9 April*.

## 3. Mystery shopping (Kerry)

Kerry and four other parent champions "mystery shopped" 12 pages in February. Headlines:

- 7/12 pages had a named contact; 5 just said "contact the SEND team"
- nobody could find the complaints process in under 3 clicks
- the health pages were the most out of date (some 2024!)

Really useful — group thanked the champions. Kerry will write up the findings as a one-page summary
before our next meeting so it can go to the Partnership Board.

## 4. Health pages

Grace agreed the therapy pages are out of date — SALT referral route changed in January.
➡️ **@gadeyemi** to get the therapy pages checked by each service lead, *by end of April (30/4)*.

Yusuf wasn't here for the CAMHS / neurodevelopmental pages — Ruth to add to next agenda rather
than give him an action in his absence.

## 5. Young people's accessibility testing

Sarah wants the youth forum to test the site on phones over the Easter holidays.
➡️ **@skhan** to get the youth forum testing session booked — *confirmed by Thu 25 March*
(NOT Fri 26th, that's Good Friday and the office is shut).

## 6. Ordinarily Available Provision page

Draft is on the wiki ([OAP draft v3](../oap-draft-v3)). Two small comments from Tom (wording on
"reasonable adjustments"). Otherwise fine.

➡️ **@mwalker** to sign off the OAP page once Tom's two comments are in — *by 31/03/2027*.

## 7. SENDIASS

Claire said families keep asking about tribunal appeal deadlines and the two-month rule.
➡️ Claire to add a short appeal deadlines explainer to the SENDIASS pages (no date — "when
the new leaflet is printed").

## 8. AOB

- Comms team are moving the council website to the new CMS "over the summer" — that's their
  project and timeline, we just need to be ready. Nothing for us yet.
- Feedback widget: Tom asked whether we should re-run the "was this page useful?" survey. We'll
  consider this at the next meeting once Liam's data is in.
- **Agreed:** move to quarterly meetings from July.

---

### Action summary (auto-generated from ➡️ lines by the wiki macro — please don't edit by hand)

| # | Who | What | When |
|---|---|---|---|
| 1 | @lporter | zero-result searches | 2027-04-09 |
| 2 | @gadeyemi | therapy pages check | 2027-04-30 |
| 3 | @skhan | youth forum testing | 2027-03-25 |
| 4 | @mwalker | OAP sign-off | 2027-03-31 |

*Note from Ruth: the macro only picks up ➡️ lines, so Kerry's summary and Claire's explainer aren't in
the table above — they ARE still actions, see items 3 and 7.*

**Next meeting:** Wed 19 May 2027, 10:00–11:30, Teams.

<!-- wiki footer -->
[Edit page](./edit) · [History](./history) · Markdown · GitLab Wiki · westmoor-send/partnership-wiki
"""

LABELS = {
    "meeting_date": "2027-03-17",
    "style": ("Held-out batch twentysecond. Markdown page from a GitLab project wiki for a Local Offer review group: "
              "YAML front matter, breadcrumb, page-history note, attendee handle table, ➡️ action lines with "
              "@handles, plus prose commitments, and an auto-generated action summary table that repeats only some "
              "actions. Traps: struck-through completed actions from last time; Liam's open Analytics item is an "
              "old carried-forward action with no new agreement (not labelled, as this is minutes not an action "
              "log); synonyms decision; Ruth adding CAMHS to the agenda is explicitly instead of an action and not "
              "labelled; Comms team CMS move is another team's project; feedback widget is 'we'll consider'; "
              "quarterly meetings decision. Labelling choices: handles resolved to people (@lporter etc.); owner "
              "written as the handle; summary table rows are duplicates of the ➡️ lines, labelled once. Kerry's "
              "'before our next meeting' = meeting 2027-05. Claire's explainer has no real date ('when the leaflet "
              "is printed') so null."),
    "held_out": True,
    "actions": [
        {"key": "pull the top 20 zero-result searches for Jan–Mar", "owner": "@lporter", "person": "Liam Porter", "due": "2027-04-09"},
        {"key": "write up the findings as a one-page summary", "owner": "Kerry", "person": "Kerry Lang", "due": "meeting 2027-05"},
        {"key": "get the therapy pages checked by each service lead", "owner": "@gadeyemi", "person": "Grace Adeyemi", "due": "2027-04-30"},
        {"key": "get the youth forum testing session booked", "owner": "@skhan", "person": "Sarah Khan", "due": "2027-03-25"},
        {"key": "sign off the OAP page once Tom's two comments", "owner": "@mwalker", "person": "Mary Walker", "due": "2027-03-31"},
        {"key": "add a short appeal deadlines explainer", "owner": "Claire", "person": "Claire Dunmore", "due": None},
    ],
}

(OUT / f"{STEM}.md").write_text(MD, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
