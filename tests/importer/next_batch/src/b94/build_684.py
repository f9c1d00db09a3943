import csv, io, sys
sys.path.insert(0, "/tmp/b94/src")
import lab
STEM = "684_ninetyfourth_parent_champion_own_action_sheet"
R = [
 ["Kerry's actions - champions network + forum stuff", "", "", "", ""],
 ["(my own list, not the official minutes!! Ruth/Tom have those)", "", "", "", ""],
 ["", "", "", "", ""],
 ["mtg", "what", "who", "when by", "done?"],
 ["PCF steering 21/9", "update forum facebook banner w new logo", "me", "end sept", "yes"],
 ["network 5/10", "get list of SENCos who want a champion visit", "me", "nov network", "yes - 11 schools, sent to Tom"],
 ["network 5/10", "ask SENDIASS about doing a session", "me", "", "yes - Claire D said they can come to Feb network, nothing else needed"],
 ["PCF steering 19/10", "Forum AGM - book venue", "Priya M", "", "done"],
 ["PCF steering 19/10", "treasurer's report to steering in Dec", "Ade (treasurer)", "Dec steering", "steering thing not network"],
 ["", "", "", "", ""],
 ["network 9/11", "ring the 3 new champions from Hartside + send welcome pack", "me", "before next network", ""],
 ["network 9/11", "write up notes from tonight and email round to all champions", "me", "fri", ""],
 ["network 9/11", "Priya M to book the library room for the Jan drop in", "Priya M", "by end of Nov", "she said she'd try for Tues"],
 ["network 9/11", "Tom to raise the school transport letters mess at Board", "Tom", "Board 25/11", ""],
 ["network 9/11", "Sarah K (council) sending us updated Local Offer leaflets to hand out", "Sarah K", "said next week", "the participation Sarah not the school improvement one"],
 ["network 9/11", "chase Helen Brooks re SENCo contacts for the new schools", "me", "", ""],
 ["network 9/11", "xmas social?? - everyone to think about it, decide next time", "", "", "not agreed yet"],
 ["network 9/11", "Tom said Board agreed the Inclusion Charter - nothing for us to do", "", "", "FYI"],
 ["", "", "", "", ""],
 ["next network: Tues 14 Dec, 7pm, Hartside community centre", "", "", "", ""],
]
buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(R)
open(f"/tmp/b94/{STEM}.csv", "w", encoding="utf-8").write(buf.getvalue())

lab.write(STEM, "2027-11-09",
 "A Parent Champion's (Kerry Lang's) own Google Sheet downloaded as CSV, covering several meetings; labelled meeting is the Network of SEND Champions evening meeting on Tuesday 9 November 2027 (rows 'network 9/11'; next network Tues 14 Dec). 'me' in the who column is Kerry (the sheet is headed KERRY'S ACTIONS), so owner is written as 'Kerry'. Traps: earlier network rows done; PCF steering rows are another body's (and done or 'steering thing not network'); Claire's SENDIASS offer needs nothing; the Christmas social is 'not agreed yet'; the Board decision is FYI. Dates: 'before next network' = next meeting; 'fri' = Friday 12 November 2027; 'by end of Nov' = Tuesday 30 November 2027; 'Board 25/11' = Thursday 25 November 2027 (a Board date, not this network's next meeting); 'said next week' = by Friday 19 November 2027 (end of the following week); Helen Brooks chase has no date (null). Sarah K is the participation officer (Sarah Khan) per the note.",
 [("ring the 3 new champions from Hartside", "Kerry", "Kerry Lang", "next meeting"),
  ("write up notes from tonight and email round", "Kerry", "Kerry Lang", "2027-11-12"),
  ("Priya M to book the library room", "Priya M", "Priya Mistry", "2027-11-30"),
  ("Tom to raise the school transport letters mess", "Tom", "Tom Evans", "2027-11-25"),
  ("sending us updated Local Offer leaflets to hand out", "Sarah K", "Sarah Khan", "2027-11-19"),
  ("chase Helen Brooks re SENCo contacts", "Kerry", "Kerry Lang", None)])
