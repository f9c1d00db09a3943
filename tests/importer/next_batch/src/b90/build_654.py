import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
STEM = "654_ninetieth_pcf_steering_group_notes"
text = """WPCF steering group - notes 12/5/27
(zoom, 7.30-9pm ish)

there: Tom (chair), Priya M (notes), Kerry, Lou, Dan, Sam, Jo (new - welcome Jo!!)
sends apologies: Nikki, Bex

1. last meeting's notes - ok. Kerry already sent the thank you card + flowers to Helen at Riverside
   for hosting the March coffee morning, so that's done.

2. EHCP timeliness survey
   - 212 responses!! biggest ever. headline = 61% said their annual review was late or
     didnt happen at all. lots of comments about not hearing back from caseworkers
   - Kerry to write up the survey results for the website w/c 14 June (wants to wait for the
     last few paper ones from the hub)
   - Tom going to take the headline figures to the partnership board anyway.
     Tom to email Mary Walker about the annual review backlog ASAP, before the board, so
     it's not a surprise
   - Sam asked if we should send it to the local paper. Agreed NOT yet - Tom thinks it's better
     to give the council a chance to respond first. revisit after board.

3. Grant / money
   - DfE grant monitoring return is due - Tom to submit the grant monitoring return by half term.
     (Dan has the receipts spreadsheet, he'll send it to Tom this week, its nearly done anyway)
   - we've got about £1,400 left for this year. ideas: summer picnic, training for champions,
     new banner. no decision - everyone to think about it and we'll decide at the next meeting

4. July family event
   - we want somewhere bigger than the church hall this time
   - Lou to ask Sarah K (participation team at the council) if we can use the civic centre
     rooms for the July event - if not, book the church hall again as back up
   - Jo offered to do face painting :)

5. facebook group
   - Sam suggested closing the facebook group cos of the arguments on there last month.
     long chat. most people against - it's how loads of parents find us. Voted to keep it,
     Kerry and Dan to keep moderating like now (no change)

6. leaflet / publicity
   - the old leaflet still has the old logo and Pam's number on it (Pam left in 2025!!)
   - PM (me) to redo the leaflet with the new logo and bring a draft to the next meeting
   - Dan to update the events page on the website by Friday (coffee morning dates + July event
     "save the date")
   - everyone needs to keep plugging the Champions network, we still need dads + more people
     from the north of the borough. ongoing

7. AOB
   - Riverside are doing their own parent survey about homework/SEN support - that's the
     school's thing not ours, just FYI if parents ask
   - Kerry going to the Champions session on 25 May, will report back

next meeting: date tbc - doodle poll coming round. probably mid June.

ACTIONS (I've tried to catch them all - shout if I've missed yours!)
  Kerry - survey write up for website - w/c 14 June
  Tom - email Mary W re backlog - asap
  Tom - grant monitoring return - half term
  Lou - civic centre rooms / church hall
  PM - leaflet draft - next mtg
  Dan - events page - Fri
"""
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")
write_labels(STEM, "2027-05-12",
  "Plain-text notes of a Parent Carer Forum steering group on Zoom (Wednesday 12 May 2027), typed by a parent "
  "volunteer (Priya Mistry, who writes herself as 'PM (me)'), lower case and chatty, with an ACTIONS recap at the "
  "end. Traps: the thank-you card is already done; the local paper idea was turned down for now; the grant "
  "spending is not decided ('decide at the next meeting', no owner); the Facebook closure was voted down and the "
  "moderating is 'no change'; plugging the Champions network is 'ongoing' for everyone; Riverside's survey is the "
  "school's; Kerry 'going to' a session is attendance, not an action; Dan sending receipts to Tom is an internal "
  "step of Tom's return, not labelled; The next meeting date is only a Doodle poll \"coming round\" with no owner. "
  "Lou is a forum parent not in people.json (person null); the 'Sarah K' in Lou's action is named but not the owner. "
  "'Mary Walker' is named in Tom's action but he owns it. Dates: 'w/c 14 June' = Friday 18 June 2027; 'ASAP' = null; "
  "'by half term' = May half term (w/c 31 May, the Monday a bank holiday) so the last working day before it, "
  "Friday 28 May 2027; 'next meeting' date is tbc so 'next meeting'; 'by Friday' = Friday 14 May 2027.",
  [("Kerry to write up the survey results", "Kerry", "Kerry Lang", "2027-06-18"),
   ("Tom to email Mary Walker about the annual review", "Tom", "Tom Evans", None),
   ("Tom to submit the grant monitoring return", "Tom", "Tom Evans", "2027-05-28"),
   ("Lou to ask Sarah K (participation team", "Lou", None, None),
   ("PM (me) to redo the leaflet", "PM", "Priya Mistry", "next meeting"),
   ("Dan to update the events page", "Dan", None, "2027-05-14")])
