"""484: one Google Doc (downloaded as Markdown) holding two meetings on the same day: a morning PfA
co-production workshop and the afternoon Partnership Board that considered the workshop's proposals."""
import json
from pathlib import Path

OUT = Path("/tmp/b65")
STEM = "484_sixtyfifth_workshop_and_board_two_meetings_one_file"

md = r"""# Westmoor SEND Partnership \- 20 January 2027

**Part A: Preparing for Adulthood co-production workshop (10:00-12:30, Youth Hub)**
**Part B: Partnership Board (14:00-16:00, Westmoor House, Committee Room 1)**

*One document for both so the Board can see where the proposals came from. Part A typed up from flipcharts by Sarah Khan; Part B notes by Ruth Hill. DRAFT.*

---

## PART A \- WORKSHOP

**Facilitators:** Owen Reid (Preparing for Adulthood Lead), Sarah Khan (Participation Officer)
**Attended:** 9 young people (Youth Forum and Westmoor College Student Voice), 6 parent carers incl. Kerry Lang (PCF Parent Champion), Mary Walker, Mark Walsh, Claire Dunmore, two college staff, a Jobcentre Plus disability employment adviser

### What young people and families told us

* The PfA pages on the Local Offer are "for parents and professionals, not us". Too long, no pictures, broken links to college courses.
* Year 9 annual reviews don't talk about adulthood properly \- "they just read out the old outcomes".
* Travel training works but there aren't enough places; some young people waited a whole year.
* Employers don't know what supported internships are.
* Parents want to know what happens to the plan at 19 \- lots of confusion.

### Ideas / proposals to take to the Board this afternoon

1. Young people rewrite the PfA pages themselves, with an editorial group.
2. A Year 9 PfA checklist added to the annual review paperwork.
3. Double the travel training places from September (Mark W to expand).
4. An employer pledge for supported internships.
5. A "what happens at 19" parent session in the spring.

### Agreed at the workshop (does not need the Board)

* Sarah to type up the post-its and send them to everyone who came by Friday.
* Kerry offered to find 3-4 parents for the editorial group if the Board agrees idea 1.
* Claire said SENDIASS already runs a "plans after 19" session - it's on 10 March, she'll share the link on the day. So idea 5 is **already happening** \- crossed off.

---

## PART B \- PARTNERSHIP BOARD

**Present:** Anne Price (Chair), Mary Walker, Priya Shah, Yusuf Okafor, Tom Evans, David Lowe, Helen Brooks, Liam Porter, Grace Adeyemi, Sarah Khan
**In attendance:** Owen Reid, Mark Walsh (item 4)
**Apologies:** Sarah Kent, James Whitfield
**Notes:** Ruth Hill

### 1\. Welcome and declarations

No declarations.

### 2\. Minutes of 25 November 2026 and action log

Agreed. Action log: all four actions from November closed (respite audit received; Local Offer feedback form live; DCO letter to GPs sent; data sharing agreement signed). None carried forward.

### 3\. Written Statement of Action \- progress (Liam Porter / Mary Walker)

LP presented the quarter 3 figures. 20-week timeliness 54% (target 60%). Board challenged whether the figures include the cases where the family asked for more time, which are allowed exceptions. LP said they do. **Action:** LP to re-run the timeliness figures excluding the exceptions and circulate to the Board within two weeks.

The DfE/NHS England review meeting is on 9 February; that is run by DfE and officers will attend as usual.

### 4\. Feedback from this morning's PfA workshop (Owen Reid / Sarah Khan)

OR and SK fed back (see Part A). Tom said it was the best workshop the PCF had been involved in. Board considered each proposal:

* **Idea 1 \- young people rewrite the PfA pages:** AGREED. Owen Reid to set up a young people's editorial group, with its first meeting before February half term. Kerry's offer to recruit parents welcomed; Kerry to find the parents for the editorial group as offered.
* **Idea 2 \- Year 9 checklist:** AGREED. Mary Walker to add the Year 9 PfA checklist to the annual review template, with the template out to schools by 31 March so it is used for summer term reviews.
* **Idea 3 \- double travel training:** NOT agreed as proposed \- no budget identified. Instead Mark Walsh to bring costed options for expanding travel training to the March Board (17 March). (So the "Mark W to expand" line from the workshop is replaced by this.)
* **Idea 4 \- employer pledge:** Noted. This belongs to the Westmoor Economic Partnership, which is launching its own inclusive employer charter in the spring. Owen will mention it when he next attends, no action for this Board.
* **Idea 5:** already happening (SENDIASS 10 March). No action.

### 5\. Any other business

Yusuf: the ICB is consulting on its all-age autism strategy until 26 February \- members may respond individually. Helen thanked the Board for the SENCo network funding (decision taken in November).

**Next Board:** Wednesday 17 March 2027, 14:00.
"""
(OUT / f"{STEM}.md").write_text(md, encoding="utf-8")

labels = {
    "meeting_date": "2027-01-20",
    "style": ("Held-out batch sixtyfifth. A single Google Doc downloaded as Markdown (spaced dashes escaped as \\-, bold labels) holding "
              "TWO meetings on Wednesday 20 January 2027: Part A, a morning Preparing for Adulthood co-production workshop "
              "(what we heard, 'ideas / proposals to take to the Board', and a short 'agreed at the workshop' list) and Part B, the "
              "afternoon Partnership Board, whose item 4 decides on each workshop proposal. Traps: workshop proposals are not actions "
              "until the Board agrees them; proposal 3 ('Mark W to expand') is replaced by the Board with a different action (costed "
              "options to the March Board) - label only the Board's version; proposal 4 belongs to the Economic Partnership and Owen's "
              "'mention it' is explicitly 'no action for this Board'; idea 5 is already happening (SENDIASS session, Claire sharing the "
              "link 'on the day' is not labelled); November action log all closed; the DfE review meeting is run by DfE; the ICB "
              "consultation invitation is optional; the funding thanks refers to an old decision; Sarah Kent is an apology (the "
              "workshop's 'Sarah' is Sarah Khan, a facilitator). Dates: 'by Friday' = Friday 22 January 2027; 'before February half "
              "term' (w/c 15 February) = Friday 12 February 2027; 'within two weeks' = Wednesday 3 February 2027; 'by 31 March' = "
              "Wednesday 31 March 2027; March Board 'Wednesday 17 March'. Kerry's recruitment of parents has no date (null)."),
    "held_out": True,
    "actions": [
        {"key": "Sarah to type up the post-its", "owner": "Sarah", "person": "Sarah Khan", "due": "2027-01-22"},
        {"key": "LP to re-run the timeliness figures excluding", "owner": "LP", "person": "Liam Porter", "due": "2027-02-03"},
        {"key": "Owen Reid to set up a young people's", "owner": "Owen Reid", "person": "Owen Reid",
         "due": "2027-02-12"},
        {"key": "Kerry to find the parents for the editorial group", "owner": "Kerry", "person": "Kerry Lang", "due": None},
        {"key": "Mary Walker to add the Year 9 PfA checklist", "owner": "Mary Walker", "person": "Mary Walker",
         "due": "2027-03-31"},
        {"key": "Mark Walsh to bring costed options for expanding", "owner": "Mark Walsh", "person": "Mark Walsh",
         "due": "2027-03-17"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
