from labels import write
write("261_thirtyfourth_agenda_setting_premeet_notes", "2027-02-09",
 "Markdown notes typed by the board secretary (RH) after the chair's agenda-setting pre-meet for the March board. "
 "The body is mostly a draft agenda, so many lines are agenda items rather than actions; actions sit inside agenda sub-bullets and 'other bits'. "
 "Traps: a struck-through deferred item (PfA, decision, not an action); room booking already done; DOI forms 'RH has chased twice. Nothing more for now' (not an action); "
 "AP's reminder on the day and AP's 'one for the future' wish (not actions); JW's question decided as for Schools Forum (not adding); annual report going to HWB in July is another body's timetable; next pre-meet date is a reminder. "
 "Labelling: RH to RAG the log due the papers-out date Tues 2nd March; MW's 10 min update is to be given at the March board -> meeting 2027-03; 'this week (Fri 12th at the latest)' -> 2027-02-12; "
 "AP to speak to Tom 'ideally at their 1:1 on the 23rd' -> 2027-02-23; hybrid kit test 'by Fri 5th March'; RH add SEF refresh to forward plan has no date (null; the SEF itself comes to May but the forward plan edit is undated); "
 "MW ask Liam undated -> null; annual report draft 'by end of May' -> 2027-05-31 (a bank holiday, left as the writer wrote it).",
 [("RAG the action log before it goes out", "RH", "Ruth Hill", "2027-03-02"),
  ("10 min update on inspection readiness", "MW", "Mary Walker", "meeting 2027-03"),
  ("ask Grace this week therapies waiting times", "RH", "Ruth Hill", "2027-02-12"),
  ("speak to Tom about co-chair", "AP", "Anne Price", "2027-02-23"),
  ("test the hybrid kit with IT", "RH", "Ruth Hill", "2027-03-05"),
  ("add SEF refresh to the forward plan", "RH", "Ruth Hill", None),
  ("ask Liam about the phase split", "MW", "Mary Walker", None),
  ("first draft of the annual report to AP", "MW", "Mary Walker", "2027-05-31")])
