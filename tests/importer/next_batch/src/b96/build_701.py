import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
SEND Board – my notes (TE) for PCF steering group
(pasted from the notes app on my phone so sorry for typos / shorthand)

9/12/27

- Anne chairing, Mary late (snow on the A61)
- EHCP timeliness 44% - up again. Liam to share the new dashboard with us before Xmas
- Ruth to send 2028 meeting dates round
- Mary: annual reviews backlog down to 480
- asked about transport again, Mark Walsh not there. Mary will chase him to come in Jan
- Helen: SENCo network wants one annual review form across the county
- mince pies!!

13 January 2028

- dates came thru from Ruth - done
- dashboard NOT shared yet, Liam says end of Jan
- Mark Walsh came: route review finished, 11 routes changed. Complaints down by a third.
- DfE adviser visit 1 Feb. Anne + Mary meeting them
- Grace: referral forms still different for paeds and OT – parents hate this. Grace + Dr Patel to look at it
- Kerry asked about Champions in secondaries – noted, no decision

Thurs 10th Feb 2028

Present: Anne, Mary, Priya S, Yusuf, Grace, David L, Helen, Liam, Sarah K, Ruth, me. Apols Owen Reid, Priya Mistry

- DfE adviser visit went ok. Written feedback not received yet – Anne to chase the DfE adviser for written feedback
- high needs: £4.2m overspend projected. Priya S to send round the revised high needs budget by the 25th
- EP recruitment: 2 posts filled, 3 still vacant. David to update at March mtg
- referral forms – Grace + Dr Patel to agree a single referral form for therapies and paeds by end of March
- Liam dashboard STILL outstanding!! now promised by 18 Feb
- Helen to ask the SENCo network about annual review paperwork, report back next time
- I suggested a parents Q&A evening with the Board – Anne keen but "let's see after the SEF is done" – nothing agreed
- Jen from the council comms team will do a piece for the parents newsletter about the new form (when it's ready)
- Yusuf – ICB published the new ND pathway on 1 Feb (done)
- Mary – SENDIASS mid-year report noted

Next: Thurs 9 March
"""

STYLE = ("Held-out batch ninetysixth. Tom Evans's (PCF co-chair) running phone notes of three Partnership Board meetings, pasted for the PCF "
 "steering group: each meeting is headed by its date alone on a line, in a different format each time (9/12/27, 13 January 2028, Thurs 10th Feb 2028). "
 "Labelling: meeting_date is the latest meeting (Thursday 10 February 2028); earlier sections' actions are all closed or superseded later "
 "(Ruth's dates sent; Mary's chase done when Mark Walsh came in January; Grace + Dr Patel 'look at it' superseded by the February action; "
 "Liam's dashboard carried and re-dated in February, labelled once on the February line). 'Priya S' = Priya Shah (Priya Mistry gave apologies); "
 "'Grace + Dr Patel' labelled as Grace Adeyemi (first named); Jen (council comms) is outside people.json. Traps: backlog and timeliness figures "
 "are updates; Helen's Dec remark is feedback; Kerry's secondary Champions question only noted; Tom's Q&A evening idea not agreed; ICB ND pathway "
 "already published; SENDIASS report noted; DfE visit happened. Dates: Anne no date = null; Priya S 'by the 25th' = Friday 25 February 2028; "
 "David 'March mtg' = meeting 2028-03; Grace + Dr Patel 'end of March' = Friday 31 March 2028; Liam '18 Feb' = Friday 18 February 2028; "
 "Helen 'next time' = next meeting; Jen 'when it's ready' = null.")

ACTIONS = [
 ("Anne to chase the DfE adviser for written feedback", "Anne", "Anne Price", None),
 ("send round the revised high needs budget", "Priya S", "Priya Shah", "2028-02-25"),
 ("David to update at March mtg", "David", "David Lowe", "meeting 2028-03"),
 ("agree a single referral form for therapies and paeds", "Grace + Dr Patel", "Grace Adeyemi", "2028-03-31"),
 ("Liam dashboard STILL outstanding!! now promised by 18 Feb", "Liam", "Liam Porter", "2028-02-18"),
 ("ask the SENCo network about annual review paperwork", "Helen", "Helen Brooks", "next meeting"),
 ("do a piece for the parents newsletter", "Jen", None, None),
]
write("701_ninetysixth_date_headed_running_notes", TEXT, "2028-02-10", STYLE, ACTIONS)
