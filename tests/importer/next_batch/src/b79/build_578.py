import sys; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels

STEM = "578_seventyninth_gmail_printout_inline_answers_owner_declines"

doc = """02/03/2027, 19:22                Westmoor Parent Carer Forum Mail - Re: EHCP timeliness workstream 2 Feb - notes and actions


Tom Evans <tom.evans@westmoorpcf.org.uk>



Re: EHCP timeliness workstream 2 Feb - notes and actions
11 messages

Mary Walker <mary.walker@westmoor.gov.uk>                                  Tue, 2 Feb 2027 at 16:40
To: Liam Porter <liam.porter@westmoor.gov.uk>, David Lowe <david.lowe@westmoor.gov.uk>, Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, Yusuf Okafor <yusuf.okafor1@nhs.net>, Tom Evans <tom.evans@westmoorpcf.org.uk>, Priya Shah <priya.shah@westmoor.gov.uk>
Cc: Ruth Hill <ruth.hill@westmoor.gov.uk>

  Hi all,

  Thanks for this afternoon - quick notes and actions below while it's fresh. Ruth will
  put these into the log. Shout if I've got anything wrong.

  EHCP TIMELINESS WORKSTREAM - Tuesday 2 February 2027, 1.30-3pm, Room 4.12 County Hall
  Present: Mary Walker (chair), Liam Porter, David Lowe, Claire Dunmore, Helen Brooks,
  Yusuf Okafor (Teams), Tom Evans, Ruth Hill
  Apologies: Priya Shah (actions sent to her), Grace Adeyemi

  Where we are
  - January: 38% of new EHCPs issued within 20 weeks (excluding exceptions). Rolling
    12 months 44%. National about 46%.
  - 412 open assessments, 131 of them over 20 weeks and 47 over 30 weeks.
  - Casework: 3 vacant plan writer posts; two agency staff start 15 Feb.
  - EP advice averaging 9.5 weeks against the 6 week requirement. David explained the
    team is prioritising the oldest requests and has bought in 60 assessments from
    a locum EP company (already in place since January - no action).
  - Health advice: paediatrics the main delay (see item 5 below).

  Agreed (decisions, not actions)
  - The workstream agreed to prioritise the 47 cases over 30 weeks, oldest first, and
    to stop reporting "average weeks" in favour of the stage-by-stage picture.
  - Families waiting over 20 weeks will get a named contact - this is already in
    the casework team's improvement plan (Priya's sign-off in December).

  Actions
  1. LP - weekly timeliness tracker split by stage (request to decision, decision to
     draft, draft to final) - by Fri 12 Feb.
  2. DL - sample audit of 20 EP advices for quality, using the QA framework - by
     Fri 26 Feb.
  3. CD - draft an FAQ for families waiting longer than 20 weeks - by 19 Feb.
  4. HB - gather SENCo views on the quality of draft plans at the February SENCo
     network (Wed 24 Feb) and bring themes back.
  5. MW - write to the ICB (Yusuf) re late paediatric health advice - by end Feb.
  6. TE - share the PCF survey question wording on timeliness with LP so we can
     line it up with our data - by Tues 9 Feb.
  7. PS - decision on overtime for the casework team to clear the 30+ week
     cases - by next meeting.

  Next meeting Tuesday 2 March, 1.30pm - Ruth has already sent the invite.

  Mary

  Mary Walker
  Head of SEND | Westmoor Council
  County Hall, Westmoor WM1 2AA


Liam Porter <liam.porter@westmoor.gov.uk>                                  Wed, 3 Feb 2027 at 09:02
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: David Lowe <david.lowe@westmoor.gov.uk>, Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, Yusuf Okafor <yusuf.okafor1@nhs.net>, Tom Evans <tom.evans@westmoorpcf.org.uk>, Priya Shah <priya.shah@westmoor.gov.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>

  Morning - one from me, inline.

  > 1. LP - weekly timeliness tracker split by stage (request to decision, decision to
  >    draft, draft to final) - by Fri 12 Feb.

  12th is tight - the SEN2 return is due the same week and that has to take priority.
  Can I have until Friday 19th? It's half term but I'm working.

  Liam
  [Quoted text hidden]


Mary Walker <mary.walker@westmoor.gov.uk>                                  Wed, 3 Feb 2027 at 09:30
To: Liam Porter <liam.porter@westmoor.gov.uk>
Cc: [...]

  Yes fine, 19th.
  M
  [Quoted text hidden]


David Lowe <david.lowe@westmoor.gov.uk>                                    Wed, 3 Feb 2027 at 14:12
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: [...]

  Mary,

  > 2. DL - sample audit of 20 EP advices for quality, using the QA framework - by
  >    Fri 26 Feb.

  I'm going to have to decline this one, sorry - I should have said so in the room.
  Two reasons: every hour of EP time is going on the backlog, and it would be the EP
  service marking its own homework. Could Sarah Kent take it? She did the QA sampling
  for annual reviews last year and knows the framework.

  > 5. MW - write to the ICB (Yusuf) re late paediatric health advice

  No comment from me on this one, other than that our advices are late too!

  David

  Dr David Lowe
  Principal Educational Psychologist
  [Quoted text hidden]


Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>                         Wed, 3 Feb 2027 at 15:40
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: [...]

  Hi Mary

  > 3. CD - draft an FAQ for families waiting longer than 20 weeks - by 19 Feb.

  On reflection I don't think this can sit with SENDIASS. We have to stay at arm's
  length from the LA, and an FAQ about the LA's own delays written by us would blur
  that for families. I'm happy to comment on a draft but I can't own it.

  Kind regards
  Claire

  Claire Dunmore | SENDIASS Service Manager
  Westmoor SEND Information, Advice and Support Service - free, impartial, confidential
  [Quoted text hidden]


Yusuf Okafor <yusuf.okafor1@nhs.net>                                       Wed, 3 Feb 2027 at 17:05
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: [...]

  > 5. MW - write to the ICB (Yusuf) re late paediatric health advice - by end Feb.

  Mary - no need for a letter. I'll raise it myself at the ICB SEND performance
  meeting next Tuesday (9 Feb) with the Trust's deputy COO there, and report back at
  the next workstream.

  Yusuf
  [Quoted text hidden]


Mary Walker <mary.walker@westmoor.gov.uk>                                  Thu, 4 Feb 2027 at 08:50
To: David Lowe <david.lowe@westmoor.gov.uk>, Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>, Yusuf Okafor <yusuf.okafor1@nhs.net>
Cc: Sarah Kent <sarah.kent@westmoor.gov.uk>, [...]

  Thanks all. Updates:

  - David: understood. I've spoken to Sarah Kent (now cc'd) who has agreed to do the
    EP advice sample. Sarah - 20 advices, using the QA framework, by 26 Feb as per
    the note please. David will get you access to the advices.
  - Claire: fair point, taken. We'll take the FAQ off this list. Tom, the PCF may want
    to think about whether it does something for its own members - no pressure and
    not an action for this group.
  - Yusuf: great, thank you - I'll drop my letter and we'll hear from you on 2 March.

  Priya - item 7 is still with you; I know you're back Monday.

  Mary
  [Quoted text hidden]


Tom Evans <tom.evans@westmoorpcf.org.uk>                                   Thu, 4 Feb 2027 at 20:15
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: [...]

  Will mention the FAQ idea at our steering group and see what people think.

  > 6. TE - share the PCF survey question wording on timeliness with LP

  Yes, will do by Tuesday as agreed.

  Tom
  [Quoted text hidden]


Sarah Kent <sarah.kent@westmoor.gov.uk>                                    Fri, 5 Feb 2027 at 11:20
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: David Lowe <david.lowe@westmoor.gov.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>

  Hi Mary, happy to help. I'm on leave over half term though, and with the two
  school reviews the week before, the 26th is going to be hard. Could I do Friday
  5 March instead?

  Sarah

  Sarah Kent
  School Improvement Adviser (SEND and Inclusion)
  [Quoted text hidden]


Mary Walker <mary.walker@westmoor.gov.uk>                                  Fri, 5 Feb 2027 at 11:46
To: Sarah Kent <sarah.kent@westmoor.gov.uk>
Cc: David Lowe <david.lowe@westmoor.gov.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>

  Yes fine - 5 March. Ruth, can you update the log please (owner now Sarah K).
  Thanks, M
  [Quoted text hidden]


Priya Shah <priya.shah@westmoor.gov.uk>                                    Mon, 8 Feb 2027 at 07:58
To: Mary Walker <mary.walker@westmoor.gov.uk>
Cc: [...]

  Mary - noted on item 7. I'll have an answer on the overtime for the 2 March
  meeting; need to see the February budget monitoring first.

  Priya

  Priya Shah
  Director of Education, Westmoor Council
  Sent from my iPad
  [Quoted text hidden]



https://mail.google.com/mail/u/0/?ik=3f0c9a21be&view=pt&search=all&permthid=thread-f:1823940023118829913&simpl=msg-f:1823940023118829913&simpl=msg-f:18239  1/1
"""
write_doc(STEM + ".txt", doc)

style = ("A .txt printout of a Gmail conversation (printed from the PCF co-chair's account; page header with date/time and a URL footer), oldest first, "
 "starting with Mary Walker's quick notes of the EHCP timeliness workstream on Tuesday 2 February 2027, followed by ten replies, several answering inline with "
 "'>' quotes and '[Quoted text hidden]'. Traps: action 2 is declined by its owner (David Lowe) and handed to Sarah Kent, whose date then moves from 26 Feb to "
 "Friday 5 March; action 3 (SENDIASS FAQ) is declined and taken off the list - the PCF idea is explicitly 'not an action for this group' and is not labelled; "
 "action 5 (Mary's letter to the ICB) is replaced by Yusuf raising it himself at the ICB SEND performance meeting on Tuesday 9 Feb; the locum EP purchase "
 "and the named contact are already in place; the two 'Agreed' items are decisions; the next meeting invite is already sent. "
 "Dates: Liam 'by Fri 12 Feb' moved by 'Can I have until Friday 19th?' / 'Yes fine, 19th.' = 2027-02-19; Sarah Kent 2027-03-05; Helen 'at the February SENCo "
 "network (Wed 24 Feb)' = 2027-02-24; Yusuf 'next Tuesday (9 Feb)' = 2027-02-09 (key quoted from his reply); Tom 'by Tues 9 Feb' = 2027-02-09; "
 "Priya 'by next meeting', given as Tuesday 2 March = 2027-03-02 (confirmed in her reply).")
write_labels(STEM, "2027-02-02", style, [
 ("LP - weekly timeliness tracker split by stage", "LP", "Liam Porter", "2027-02-19"),
 ("sample audit of 20 EP advices for quality", "Sarah Kent", "Sarah Kent", "2027-03-05"),
 ("HB - gather SENCo views on the quality", "HB", "Helen Brooks", "2027-02-24"),
 ("raise it myself at the ICB SEND performance", "Yusuf", "Yusuf Okafor", "2027-02-09"),
 ("TE - share the PCF survey question wording", "TE", "Tom Evans", "2027-02-09"),
 ("PS - decision on overtime for the casework team", "PS", "Priya Shah", "2027-03-02"),
])
