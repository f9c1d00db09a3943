"""600: Early Years workstream - terse handwritten notes typed up."""
import json

OUT = "/tmp/b82/600_eightysecond_handwritten_notes_typed_up_early_years"
txt = """EARLY YEARS WORKSTREAM - Mon 18/1/27 - notes

(Typed up by RH from Helen's notebook - HB took notes as I was late in. Anything in [square brackets]
is me. Where I couldn't read it I've put [illeg.] and checked with Helen where I could. Ruth 20/1)

Present: HB (chairing - Mary's apols), DL, SKent, GA, TE, RH (from 2.20), Jas P. (EY SENCo network, Little Acorns)
Apols: MW, SKhan, LP

---------------------------------------------------------------
1. last mtg (16/11) - ok. actions all done exc. Portage data (GA) -> see 3

2. EYIF (inclusion fund)
 - apps up ~30% on last yr. 41 this term so far
 - panel now fortnightly from Jan - DONE already (MW agreed b4 Xmas)
 - Jas: settings not knowing outcome for 4-5 wks. -> fortnightly shd fix. review at Mar mtg, no action
 - TE: parents don't know EYIF exists!! -> LO page? [Local Offer workstream - HB said she'd mention to Sarah Khan, not ours]

3. Portage
 - waiting list 14 wks (was 9)
 - 2 staff on mat leave, not backfilled
 - GA -> check if therapy can do joint visits w/ Portage for the longest waiters, report back next mtg
 - [illeg.] to email Portage families re: the wait + what's available meantime
   [checked w/ HB 20/1 - this is GA, she offered at the end of the item]
 - backfill = council HR/budget - not for us. DL to flag to MW? -> no, HB will, she sees MW weds. [not an action really]

4. 2yr checks / ASQ data
 - want to know how many 2yr checks flag SLCN + how many get to EY SEN support
 - LP not here. LP to send? - no - DL to ask LP for the 2yr check / ASQ data, by Fri
 - NB: health visitor data is ICB/public health, may not be able to share at child level. aggregate ok

5. EY SENCo network (Jas)
 - network wants EP drop-ins, monthly, online
 - DL: can do 1/month from Feb. DL to send drop-in dates to Jas b4 1/2 term
 - Jas to tell network [not a partnership action - Jas isn't partnership]

6. Graduated approach toolkit (EY)
 - v. out of date (2021!) - refs old EYFS
 - ~~DL~~ SK to update EY graduated approach toolkit w/c 8/2
   [crossed out DL, SK written above. SKhan wasn't there - this is Sarah Kent. HB confirmed]
 - TE + PCF to see draft after - later, no date

7. Transition to Reception (Sept 27)
 - TE: PCF parents have loads of Qs re Sept starts - part-time timetables, who to ask, EHCP in time?
 - TE to collate parents' Qs & send to HB by Fri 29th
 - HB will use them for a FAQ w/ Sarah Kent - after Easter, not agreed yet
 - HB: Riverside happy to host a transition evening? - think about it. NOT agreed.

AOB
 - GA - SALT recovery plan at Health w/s, not here
 - DL off 3-5 Feb

next mtg Mon 15/3, 2pm, Riverside staff room  [RH to book - done]
"""
open(OUT + ".txt", "w", encoding="utf-8").write(txt)

labels = {
    "meeting_date": "2027-01-18",
    "style": ("Held-out batch eightysecond. An Early Years Workstream meeting's handwritten notes typed up two days later by Ruth Hill, kept "
              "terse: arrows, 'b4 1/2 term', 'w/c 8/2', '~~DL~~ SK' strike-through, '[illeg.]' with the typist's bracketed clarifications. "
              "Traps: the fortnightly EYIF panel is 'DONE already'; the EYIF Local Offer page belongs to the Local Offer workstream ('not ours'); "
              "Portage backfill is council HR/budget and HB's word with MW is marked '[not an action really]'; Jas is outside the partnership so "
              "'Jas to tell network' is not labelled; the PCF seeing the toolkit draft has no owner commitment or date; the FAQ is 'not agreed yet' "
              "and the transition evening 'NOT agreed'; the room booking is done. The illegible owner of the Portage email is resolved by Ruth's "
              "note to GA. The toolkit action was DL's, crossed out and given to 'SK'; SK is Sarah Kent (SKhan sent apologies, and HB confirmed), "
              "not Sarah Khan. 'LP to send? - no - DL to ask LP' makes DL the owner. Dates: 'next mtg' = Monday 15 March 2027 (given at the end); "
              "'by Fri' = Friday 22 January 2027; 'b4 1/2 term' (February half term w/c 15 February) = Friday 12 February 2027; 'w/c 8/2' = Friday "
              "12 February 2027; 'by Fri 29th' = Friday 29 January 2027. The Portage email has no date (null)."),
    "held_out": True,
    "actions": [
        {"key": "check if therapy can do joint visits", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-03-15"},
        {"key": "email Portage families re: the wait", "owner": "GA", "person": "Grace Adeyemi", "due": None},
        {"key": "DL to ask LP for the 2yr check", "owner": "DL", "person": "David Lowe", "due": "2027-01-22"},
        {"key": "DL to send drop-in dates to Jas", "owner": "DL", "person": "David Lowe", "due": "2027-02-12"},
        {"key": "SK to update EY graduated approach toolkit", "owner": "SK", "person": "Sarah Kent", "due": "2027-02-12"},
        {"key": "TE to collate parents' Qs & send", "owner": "TE", "person": "Tom Evans", "due": "2027-01-29"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
