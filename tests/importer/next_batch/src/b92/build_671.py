"""Builds 671: home to school transport T&F group, lead's notes typed in Teams plus pasted meeting chat (.txt)."""
TEXT = """SEND transport t&f grp - thurs 14 oct
notes MW (typed in the meeting, tidy later maybe!)

on call: mark w, priya s, tom e, owen r, liam p, claire d, bev (ops), karen from Westmoor Taxis for item 2 only
apols: mary w, anne p

1. last mtg actions - all done except the post-16 policy wording which went to legal & came back fine so thats done too. nothing carried.

2. operators
- karen (westmoor taxis) - 3 complaints since sept re drivers not knowing the kids' needs. westmoor taxis will retrain all their SEND drivers in Nov at their cost - their action not ours, goes through normal contract monitoring
- PA shortage still bad, 7 routes with no PA cover at least one day last wk

3. route review
- 4 routes changing after half term (merging 2 pairs). parents need proper notice not a text.
- Mark to write to parents on the 4 routes before half term, copy to schools
- tom wants PCF to see the letter first - fine, agreed

4. PTBs (personal travel budgets)
- DECISION - mileage rate up from 35p to 45p from 1 Jan. priya signed it off in the meeting, it's within budget. no further action, the new rate is already set up to apply from the Jan payments
- tom - PCF survey on PTBs. tom to share the PCF survey questions with the transport team by mon so bev can add the 2 questions we want

5. post-16
- owen - 23 post-16 students assessed as could do independent travel with training but never offered it
- Owen R to list the post-16 students needing travel training, by school/college, by end of Nov
- consultation on the post-16 transport policy statement closed 30 sept, 41 responses. priya to sign off the final statement by 5 nov (has to be published by 31 may but we want it out early)

6. data
- liam: complaints only on the ops spreadsheet, not on the dashboard. agreed it should be. Liam to add complaints data to the transport dashboard - for next mtg
- q from claire - is the appeals stage 2 panel still independent? yes - 2 councillors + independent person. answered

7. aob
- anne p (by email) suggested a parent rep on the stage 2 panel - cant do it, statutory guidance says independent so no

next: thurs 9 dec 10am teams

---- meeting chat (pasted) ----
[10:04] Bev Holloway: sorry can only hear half of you
[10:05] Tom Evans: same
[10:31] Priya Shah: happy with 45p, budget line is fine, go ahead
[10:47] Claire Dunmore: I can send through the anonymised SENDIASS transport cases if helpful - we had 19 last term
[10:48] Mark Walsh: yes please Claire, by the 29th if poss so we can look at them with the complaints
[10:48] Claire Dunmore: 👍
[10:55] Owen Reid: link to the travel training evaluation https://westmoor.sharepoint.example/sites/pfa/TT-eval-2026.pdf
[11:02] Liam Porter: have to drop, sorry - will pick up the dashboard bit with Mark
"""
open("/tmp/b92/671_ninetysecond_transport_tf_teams_notes_and_chat.txt", "w", encoding="utf-8").write(TEXT)
print("ok")
