"""197: Voluntary-sector supported internships consortium - sprint retrospective (Start/Stop/Continue) in Markdown."""
from common import OUT, write_labels

STEM = "197_twentyfourth_vcs_internship_sprint_retro"
text = """\
---
title: "Sprint 3 retro – Supported Internships Consortium"
date: 2027-10-08
facilitator: Dani Mensah (Westmoor Pathways Trust)
sprint: "Sprint 3 (31 Aug – 8 Oct 2027)"
tags: [retro, supported-internships, PfA, consortium]
---

# Sprint 3 retrospective – Westmoor Supported Internships Consortium

**When:** Friday 8 October 2027, 10:00–11:30, Pathways Trust hub (Unit 4, Canal Wharf) + Zoom
**Facilitator:** Dani Mensah, Programme Manager, Westmoor Pathways Trust (charity lead partner)
**In the room:** Dani (Pathways), Owen Reid (PfA Lead, council), Sarah K (Participation, council),
Tom Evans (PCF), Liam (Data, council), Kemi (job coach, Pathways), Rob (job coach, Pathways),
Aisha Noor (Westmoor College), employer reps from Greenway Hotel and Westmoor Hospital Facilities
**Sorry we missed you:** Marcus Bell (College), Riverside Garden Centre

> Reminder of the prime directive: *everyone did the best job they could with what they knew at the time.*

## 1. Check-in (one word for the sprint)

"Busy" ×3 · "Proud" · "Chaotic" · "Hopeful" · "Tired" · "Finally!"

## 2. What went well 🎉

- 11 interns started across three employers – our biggest cohort yet
- Greenway Hotel offered two interns paid holiday cover in September
- Intern-led induction video got 400+ views on the Local Offer
- Job coaches say the new daily log app is much quicker than paper

## 3. What didn't go so well 😬

- Job coach cover fell apart when Rob was off sick – no shared rota
- Two interns missed days because of travel (bus route change in Northgate)
- Employers still asking the same questions about Access to Work and reasonable adjustments
- We don't have intern outcome data anywhere the council can see it
- Parents said they hear about problems too late

## 4. Start / Stop / Continue (dot-voted – votes in brackets)

| Start | Stop | Continue |
|---|---|---|
| Shared job-coach rota across employers (7) | Weekly paper timesheets (6) | Friday intern huddles (5) |
| Travel training before placement starts (6) | Sending employers the 20-page handbook (4) | Employer buddy system (4) |
| Intern voice session each sprint (5) | Separate WhatsApp groups per employer (2) | Induction video (3) |
| Parent mentors for new families (4) | | |
| Employer FAQ on the Local Offer (3) | | |

**Decided:** we STOP weekly paper timesheets from Monday – the app replaces them (decision, nothing to do
beyond telling interns, which Kemi did in the room).
**Decided:** one consortium WhatsApp group instead of three – Rob merged them during the retro. ✅

## 5. Actions into Sprint 4 (11 Oct – 19 Nov)

- [x] Circulate the employer contact list to all job coaches – *done in the session, thanks Kemi*
- [x] Merge the WhatsApp groups – *done (Rob)*
- [ ] **Dani** – set up a shared job-coach rota across the three employers – by Fri 22 Oct
- [ ] **Owen** – draft a one-page intern travel training offer with Mark Walsh (Transport) – before half term (w/e 22/10)
- [ ] **Sarah K** – run an intern voice session with this cohort – by 12 Nov
- [ ] **Tom** – ask the PCF for two volunteer parent mentors – report back at the Sprint 4 retro
- [ ] **Liam** – add intern outcomes to the PfA dashboard – end of November
- [ ] **We** (whole consortium) – write up the employer FAQ and get it onto the Local Offer – no date yet

## 6. Parked 🅿️

- Apply to the National Lottery Community Fund for a year 2 expansion – revisit in spring, not now.
- Westmoor College said they would *look at* whether Foundation Learning leavers can join the January cohort.
  College to decide – not a consortium action.
- Greenway Hotel would love to take four interns next year if the funding allows. 🤞

## 7. Ideas for funders (not actions)

- A paid "intern ambassador" role
- A small hardship fund for travel and work clothes

## 8. Next retro

Sprint 4 retro: **Friday 19 November 2027**, 10:00, Westmoor Hospital Facilities training room.
Sprint 5 planning straight after.

---
*Page owner: Dani Mensah · Last edited 8 Oct 2027 12:41 · Westmoor Pathways Trust wiki (Notes › Consortium › Retros)*
"""
(OUT / f"{STEM}.md").write_text(text, encoding="utf-8")

write_labels(STEM, "2027-10-08",
    "Voluntary-sector (charity lead partner) supported internships consortium sprint retrospective in Markdown with YAML "
    "front matter: check-in words, went well / didn't go well lists, a dot-voted Start/Stop/Continue table, a task-list "
    "'Actions into Sprint 4' with bold owners, plus Parked and Ideas for funders sections. Traps: Start/Stop/Continue cards "
    "are votes, not actions (the FAQ and rota become actions only via the task list); STOP paper timesheets and single "
    "WhatsApp group are decisions and were carried out in the room; ticked [x] items are done; Lottery bid parked; Westmoor "
    "College 'would look at' the January cohort (another body, consider); Greenway Hotel's hope; funder ideas. Labelling "
    "choices: 'before half term (w/e 22/10)' = 2027-10-22; 'report back at the Sprint 4 retro' labelled meeting 2027-11 "
    "(next retro 19 November 2027); 'end of November' = 2027-11-30; 'Sarah K' resolved to Sarah Khan (listed as "
    "Participation, council) not Sarah Kent; 'Liam' = Liam Porter (Data, council); Dani is not in the people list (person "
    "null); 'We (whole consortium)' is a group with 'no date yet' so due null.",
    [("shared job-coach rota across the three employers", "Dani", None, "2027-10-22"),
     ("draft a one-page intern travel training offer", "Owen", "Owen Reid", "2027-10-22"),
     ("run an intern voice session with this cohort", "Sarah K", "Sarah Khan", "2027-11-12"),
     ("ask the PCF for two volunteer parent mentors", "Tom", "Tom Evans", "meeting 2027-11"),
     ("add intern outcomes to the PfA dashboard", "Liam", "Liam Porter", "2027-11-30"),
     ("write up the employer FAQ and get it onto", "We", None, None)])
