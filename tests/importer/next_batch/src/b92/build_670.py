"""Builds 670: therapies workstream, Grace's OneNote page pasted as text (.txt)."""
TEXT = """Therapies workstream
Tuesday, 7 September 2027
14:02

Attendees: GA, YO, Anita P, Helen B, Liam, Tom E, Sam Fletcher (SALT team lead), Rachel Osei (OT lead)
Apols: David L

Waits (from Sam/Rachel)
\tSALT – 38 wks longest wait for initial assessment, 412 on list (was 460 in June)
\tOT – 21 wks, stable
\tPhysio – fine
\t2 new SALTs started 1st Sept (the ones we recruited in the spring) – so that one's done, off the list

ICB
\tYusuf – ICB commissioning review of children's community services kicks off Oct, ICB running it, we'll be asked for evidence. Nothing for us yet.
\tYO to raise the OT waiting list at the ICB quality committee on 6 Oct – agreed, he'll take the updated figures from Rachel

Schools / SENCos
\tHelen – SENCos still confused about what "universal" SALT offer is vs targeted. Lots of requests for individual therapy that don't meet threshold
\tHelen B to circulate the SENCo network survey on therapy support – by 24/9, results back to us next time
\tQ (Helen): can schools buy extra SALT time? – yes, traded offer still running, price list on the Local Offer. Answered.
\tme / Sam – redo the one-page "what SALT looks like in school" leaflet?? (think about this – not agreed, Sam's team has no time till Jan)

Neurodevelopmental pathway
\tAnita – triage now includes school questionnaire at referral; bounce-back rate dropped a lot
\tAnita P to send the new ND triage criteria to Helen for the SENCo bulletin
\tTom asked whether parents get told when a referral is bounced – Anita said letters go to parents AND referrer since July. OK

Data
\tLiam – can therapy waits go on the SEND dashboard? Liam: yes, if we send the extract by the 1st of each month. Agreed – Liam will add a therapies tab to the dashboard from the 1 November refresh
\t(our side – Sam to send the extract monthly, that's business as usual)

Parents
\tTom: the new Weds drop-in – PCF to get parents' views on it before half term (short survey). Tom will share results.
\tSaturday clinics idea – dropped, no staff willing, not viable

Actions
\tGA – ring Helen re SALT input to Riverside nurture group – this wk
\tGA – write up the waits paper for Partnership Board (Oct board)

Next mtg: Tues 2 Nov, 2pm, Teams
"""
open("/tmp/b92/670_ninetysecond_therapies_workstream_onenote_paste.txt", "w", encoding="utf-8").write(TEXT)
print("ok")
