import json
from pathlib import Path
OUT = Path("/tmp/b84")
STEM = "615_eightyfourth_pcf_steering_group_you_said_we_did"

md = """# Westmoor Parent Carer Forum - Steering Group

**Tuesday 11 May 2027, 7.00pm - 9.10pm** (Zoom - thank you to everyone who came after bedtimes!)

**Steering group present:** Tom Evans (co-chair, in the chair), Aisha Rahman (co-chair), Lisa Dunn (treasurer),
Kerry Lang (Parent Champion lead), Priya Mistry (parent rep - Partnership Board), Amir Hussain, Jen O'Neill, Rob Carter

**Guests:** Mary Walker (Head of SEND, Westmoor Council) for item 4; Sarah Khan (Participation Officer) for items 4-5

**Apologies:** Becky Lowes (hospital appointment), Sam Wright

**Notes:** Jen O'Neill

> Reminder: these notes go on the members' area of the website after the steering group has agreed them. Please don't
> share names of children or schools in the chat - Jen has taken two out of these notes.

---

## 1. Welcome and check-in

Tom welcomed everyone and especially Rob, who has joined the steering group from the Northside coffee morning.
Quick check-in round - lots of people tired; SATs week for several of us.

## 2. Last meeting's notes (13 April) and actions

Notes agreed. Actions:

| Action | Who | Update |
|---|---|---|
| Send PCF membership figures to Contact for the grant return | Lisa | Done |
| Ask council for the EHCP annual review figures by school | Tom | Asked - Mary coming tonight (item 4) |
| Book room for June coffee morning | Kerry | Done - Westmoor Library, 15 June |
| Write blog on transition evenings | Aisha | Not done - Aisha will do it when she can, no date |

## 3. You said, we did - May update

This is the regular round-up for the website and newsletter. These are things already done - **for information**:

- **You said** the Local Offer search didn't find short breaks if you typed "respite". **We did:** raised it at the Local
  Offer workstream in March - the council has added "respite" as a search term (done 22 April).
- **You said** you didn't know who to contact when a taxi doesn't turn up. **We did:** got the transport team's
  out-of-hours number added to the Local Offer and to the back of the transport letter (done).
- **You said** parents' evenings at special schools clash with taxi times. **We did:** Kerry raised it at the
  Champions network in March; two special schools have moved their evenings to 4pm (done).
- **You said** the EHCP annual review backlog is the thing that worries you most (survey, 61% of replies). **We did:**
  invited Mary Walker tonight - see item 4. **We will:** publish what she told us, and chase the written figures.
- **You said** you want to hear from young people themselves. **We will:** work with Sarah Khan on the young people's
  forum - see item 5.

Agreed: Kerry to update the You Said We Did page on the website with this round-up by the end of the week, and Jen to
put the same text in the June newsletter (Jen says the newsletter is already drafted with a gap for it - so that's just
her normal job, not an action).

## 4. EHCP annual reviews - Mary Walker

Mary gave an honest picture. There are around 1,050 annual reviews overdue for the LA to finalise the amendments (the
school part is mostly done on time; it's the LA's part that is late). The service has two agency caseworkers working only
on amendments until September. Parents asked:

- Why some reviews are left for a year with no amendment notice - Mary said this should not happen and asked parents to
  contact the SEN team or SENDIASS; she did not want individual cases discussed in this meeting.
- Whether the figures are broken down by school - Mary said she could give the PCF the figures by phase, not by school.
- Whether the LA would apologise publicly - Mary said the council had already included an apology in the April
  newsletter to families (it had; Priya M confirmed she'd seen it).

**Action:** Mary Walker to send written figures on overdue annual reviews, broken down by phase, to Tom within a
fortnight. The PCF will publish them alongside the You Said We Did update.

Tom will raise the short breaks eligibility criteria and the annual review backlog at tomorrow's Partnership Board -
Tom to raise both at the Board on Wednesday 12 May. (Priya M is also at the Board and will back him up; the Board
itself is chaired by Anne Price, so it's up to the Board what it does with it.)

## 5. Young people's forum - Sarah Khan

Sarah outlined plans for a Westmoor SEND young people's forum ("Westmoor Voices") to start in September. The PCF is
supportive but steering group members asked for the coffee mornings to be accessible for families who don't speak
English as a first language - several Urdu and Polish speaking families have asked.

**Action:** Sarah Khan to confirm whether the council can fund interpreters for the coffee mornings, by the next
steering group (8 June).

Sarah also asked the PCF to nominate two parents for the forum's advisory group. Kerry said she would put a call out
in the newsletter - agreed, no date set, it will go into the June newsletter anyway.

## 6. Consultations

- **Home to school transport policy (council)** - closes 4 June. Agreed the PCF will respond. **Action:** Priya M to
  draft the PCF response to the transport policy consultation and circulate it to the steering group before half term.
  Rob and Amir to send Priya their points by 21 May.
- **ICB all-age autism strategy** - the ICB is running its own engagement events; the PCF agreed **not** to send a
  formal response but to encourage members to go to the events. Decision, no action.
- **Schools Forum high needs consultation** - too technical for us to respond to in time; noted.

## 7. Finance (Lisa)

DfE grant: £15,000 confirmed for 2027/28. Lisa to submit the DfE grant monitoring return to Contact by 30 June.
Bank balance and spending report shared on screen - agreed.

## 8. AOB

- Jen: the website host renewal is due in July - Lisa has already paid it.
- Amir: the council's "SEND Information Day" on 3 July - PCF will have a stall, Kerry already booked it.

**Next steering group:** Tuesday 8 June 2027, 7pm, Zoom.
"""
(OUT / f"{STEM}.md").write_text(md, encoding="utf-8")

labels = {
    "meeting_date": "2027-05-11",
    "style": ("Held-out batch eightyfourth. Markdown notes of the Parent Carer Forum steering group, Tuesday 11 May 2027 "
              "(an evening Zoom), with a markdown table of last meeting's actions, a 'You said, we did' round-up, bold "
              "'Action:' labels and inline actions in prose. Traps: the April action table is done or undated (Aisha's blog "
              "'when she can' is a carried old action, not new); every 'We did' bullet is already done; the 'We will' lines "
              "are restated as actions elsewhere (Mary's figures, item 5) and are not labelled separately; Jen's newsletter "
              "text is 'her normal job, not an action'; Mary's advice to contact the SEN team and the April apology are not "
              "actions; what the Board does is the Board's business (Anne Price); Priya M backing Tom up is not an action; "
              "Kerry's call-out for advisory group parents has no date and is folded into the newsletter; Rob and Amir "
              "sending points to Priya is an input to Priya's action, not tracked; the ICB autism strategy is a decision "
              "not to respond; Schools Forum noted; AOB items already done. Priya M is Priya Mistry, not Priya Shah. Lisa "
              "Dunn is not in the partnership list (person null). Dates: 'by the end of the week' = Friday 14 May 2027; "
              "'within a fortnight' = Tuesday 25 May 2027; 'tomorrow's Partnership Board' = Wednesday 12 May 2027; 'by the "
              "next steering group (8 June)' = Tuesday 8 June 2027; 'before half term' (May half term w/c 31 May, Monday a "
              "bank holiday) = Friday 28 May 2027; 'by 30 June' = Wednesday 30 June 2027."),
    "held_out": True,
    "actions": [
        {"key": "Kerry to update the You Said We Did page", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-05-14"},
        {"key": "Mary Walker to send written figures on overdue", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-05-25"},
        {"key": "Tom to raise both at the Board", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-12"},
        {"key": "confirm whether the council can fund interpreters", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-06-08"},
        {"key": "Priya M to draft the PCF response", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-05-28"},
        {"key": "Lisa to submit the DfE grant monitoring return", "owner": "Lisa", "person": None, "due": "2027-06-30"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
