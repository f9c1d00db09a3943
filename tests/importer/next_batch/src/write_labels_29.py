import json
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
B = "Held-out batch twentyninth. "
def A(key, owner, person, due): return {"key": key, "owner": owner, "person": person, "due": due}
L = {}
L["226_twentyninth_margin_action_minutes"] = ("2027-10-13", B +
 "Formal Partnership Board minutes (PDF, 4 pages) written by a professional minute-taker in the third person past tense, numbered minutes 31/27-40/27 "
 "with RESOLVED paragraphs and the action owner's initials set in a separate right-margin column ('ACTION: MW'), so text extraction puts "
 "the initials after the paragraph and the due date is only in the body text. Initials: SKh = Sarah Khan, MWa = Mark Walsh (not Mary Walker). Traps: margin "
 "entries 'ACTION: Complete' / 'ACTION: Closed' under matters arising are completed earlier actions, not actions; RESOLVED items are decisions "
 "(noting, endorsing locum arrangements, final evaluation to come in March 2028 - no owner, a decision about the agenda); the ICB Board business case and the "
 "Trust's Quality Committee are other bodies; MWa had already circulated the consultation summary (done); the PCF helping with the parent survey was "
 "explicitly not committed; RH's reminder about the development session is a reminder. Dates: 'the December meeting' and 'in time for the next meeting' "
 "-> meeting 2027-12 (next meeting 8 December 2027); 'report the findings to the February 2028 meeting' -> meeting 2028-02; 'within two weeks of the meeting' -> 2027-10-27. "
 "Joint owners (GA / LP, SKh / TE) labelled with the first-named person. 'ACTION: ALL' for reading the draft strategy counts (person null).", [
 A("bring a revised timeliness trajectory to the December meeting", "MW", "Mary Walker", "meeting 2027-12"),
 A("write to the provider trust asking for validation findings", "YO", "Yusuf Okafor", "2027-10-29"),
 A("cross-reference the therapy waiting lists with the neurodevelopmental list", "GA / LP", "Grace Adeyemi", "meeting 2028-02"),
 A("present the toolkit to the SENCo network", "HB", "Helen Brooks", "2027-11-18"),
 A("write to the Cabinet Member on transport policy", "AP", "Anne Price", None),
 A("add the tribunal outcome measures to the dashboard", "LP", "Liam Porter", "meeting 2027-12"),
 A("co-produce a draft set of annual survey questions", "SKh / TE", "Sarah Khan", "2027-10-22"),
 A("circulate the therapies workforce paper to members", "GA", "Grace Adeyemi", "2027-10-27"),
 A("read the draft SEND and Alternative Provision Strategy", "ALL", None, "2027-11-05"),
])
L["227_twentyninth_youth_forum_young_writer"] = ("2027-03-09", B +
 "Youth forum notes (Markdown) written by a young person (Jay) with emojis, slang, lower case, and a TO DO LIST at the end that repeats the "
 "actions in shorter form (deduplicated against the body). Traps: 'Sarah' is the participation worker Sarah Khan, not Sarah Kent; 'me and Amira' is the writer plus "
 "another young person (person null); items from last time are done (video, quiet room); Sarah already put the survey link in the group chat (done); Ellie's college "
 "screens is a maybe, the podcast is 'not decided'. Dates: meeting Tue 9 March 2027; 'this Friday (12th)' -> 2027-03-12; 'this thursday' -> 2027-03-11; "
 "'next meeting' / 'the April meeting' -> meeting 2027-04 (next meeting Tues 13 April); for asking Owen Reid the April meeting is taken as the deadline; "
 "'before the 20th' -> 2027-03-20 (the date as written, as a tracker user would enter it); bowling 'for after easter' is when the bowling happens, not a booking deadline -> null; Tom's ask has no date -> null.", [
 A("send us the numbers about EHCPs", "Liam", "Liam Porter", "meeting 2027-04"),
 A("do the test version of the survey", "everyone", None, "2027-03-12"),
 A("doing the poster for the survey", "me and Amira", None, "meeting 2027-04"),
 A("ask the forum committee about a joint thing", "Tom", "Tom Evans", None),
 A("ask Owen Reid to come to April meeting", "Sarah", "Sarah Khan", "meeting 2027-04"),
 A("pass on the bus ramp to Mark Walsh", "Sarah", "Sarah Khan", "2027-03-11"),
 A("write the newsletter bit about the crew", "Kai", None, "2027-03-20"),
 A("Sarah will book bowling again", "Sarah", "Sarah Khan", None),
])
L["228_twentyninth_ai_notetaker_speaker_grouped"] = ("2027-10-19", B +
 "AI notetaker summary (Fireflies style, plain text) of a Teams meeting, with Overview, timestamped Notes by chapter, and 'ACTION ITEMS' grouped under speaker "
 "display names. Traps: the speaker heading is not always the owner - under 'Mary Walker' is 'Grace to share the updated therapies recruitment figures' (owner Grace, "
 "who had left the call); 'Yusuf O'Connor' is a mis-transcription of Yusuf Okafor; 'iPhone (2)' is the unidentified dial-in, whose item says 'Tom to check' (Tom Evans, PCF); "
 "the 'Unassigned' group contains a real action for Ruth (book a room) and an undecided question (share checklist with parents - not an action); the AI turned David's joke "
 "about buying cake into an action item (not an action) and listed 'Share the Power BI link in the chat', which was done during the meeting; the Overview repeats Mary's action (deduplicated); "
 "the leaflet reprint is an existing action carried on the log from 5 Oct, not a new one; the ICB Quality Committee is another body. Dates: meeting Tue 19 Oct 2027; 'by Fri Nov 12' -> 2027-11-12; "
 "'by Nov 5' -> 2027-11-05; 'by end of month' -> 2027-10-31; 'next week' -> Friday of the following week 2027-10-29; 'before the next meeting' -> meeting 2027-11 (next meeting 2 November); "
 "'by Friday' -> 2027-10-22; 'by the 29th' -> 2027-10-29; Ruth's room booking has no date -> null.", [
 A("send the annual review backlog breakdown by school phase", "Mary Walker", "Mary Walker", "2027-11-12"),
 A("share the updated therapies recruitment figures", "Grace", "Grace Adeyemi", "2027-11-05"),
 A("chase the provider for the ND list validation date", "Yusuf O'Connor", "Yusuf Okafor", "2027-10-31"),
 A("draft the EP advice quality checklist", "David Lowe", "David Lowe", "2027-10-29"),
 A("add annual review timeliness by school to Power BI", "Liam Porter", "Liam Porter", "meeting 2027-11"),
 A("send SENDIASS phased transfer themes to Mary", "Claire Dunmore", "Claire Dunmore", "2027-10-22"),
 A("check with PCF members whether the drop-in date works", "Tom", "Tom Evans", "2027-10-29"),
 A("book a room for the November co-production workshop", "Ruth", "Ruth Hill", None),
])
L["229_twentyninth_html_newsletter_what_we_agreed"] = ("2027-06-16", B +
 "HTML email newsletter (table layout, emojis, preheader, buttons) sent after the Partnership Board of Wednesday 16 June 2027, with a 'What we agreed' section listing "
 "commitments with named owners. Only that section holds actions. Traps: the Board 'decided' to adopt the Co-production Charter and 'noted' figures (decisions); 'You told us, we did' items "
 "are completed; 'Have your say' asks readers to respond to the DfE consultation and the short breaks survey (calls to action for the public, not partnership actions); "
 "'We hope to publish a new short breaks statement in the autumn' is a hope; the diary dates are events; the Chair's letter has no actions. Dates: 'by the end of July' -> 2027-07-31; "
 "'by 21 July, when schools break up' -> 2027-07-21; 'starting from 1 July' -> 2027-07-01; 'report back to the Board at its September meeting' -> meeting 2027-09; "
 "'over the summer holidays' -> null; 'by 30 September' -> 2027-09-30. The Local Offer team is a team (person null); Tom Evans and Kerry Lang labelled with the first-named person; "
 "the therapies team is labelled with Grace Adeyemi as it is described as hers.", [
 A("publish a new page explaining EHC needs assessment", "Local Offer team", None, "2027-07-31"),
 A("write to all GP practices about referrals", "Yusuf Okafor", "Yusuf Okafor", "2027-07-21"),
 A("publish speech and language therapy waiting times", "Grace Adeyemi's children's therapies team", "Grace Adeyemi", "2027-07-01"),
 A("set up a task and finish group on attendance", "Priya Shah", "Priya Shah", "meeting 2027-09"),
 A("organise three coffee mornings over the summer", "Tom Evans and Kerry Lang", "Tom Evans", None),
 A("publish a public version of the SEND data dashboard", "Liam Porter", "Liam Porter", "2027-09-30"),
])
L["230_twentyninth_officer_key_decision_record"] = ("2027-08-02", B +
 "Local authority Record of an Officer Key Decision (docx, about 4 pages, header table, numbered paragraphs 1.1-11) taken by the Assistant Director on 2 August 2027 to commission ERP places. "
 "Actions are spread through it: two in the Consultation section (4.3 casework team letter, 4.4 admissions criteria), one in Financial implications (5.2 cost centres) and four in "
 "Implementation 8.1(a)-(d). Owners are mostly roles: Head of SEND = Mary Walker, Head of Transport = Mark Walsh, Data and Performance Manager = Liam Porter, Principal Educational Psychologist "
 "= David Lowe; the SEND casework team and the Finance Business Partner (Children's) are not in the people list (person null). Traps: the decision paragraphs 1.1-1.3 (including the delegation to the Head of SEND) are decisions; "
 "4.2's funding review is explicitly not a separate action; 6.1's funding agreement change is for the academy trust/DfE and conditional; Hillside capital works are done; 8.2 'progress will be reported' and 10.2 publication are standing/boilerplate; "
 "call-in expiry is procedural; 3.2 'may be revisited' is not a commitment. Dates: 'within four weeks of the date of this decision' -> 2027-08-30 (happens to be the summer bank holiday; left as a real writer would); "
 "'by 1 October 2027' -> 2027-10-01; 'before 1 September 2027' -> 2027-09-01; 'at its January 2028 meeting' -> meeting 2028-01; interviews 'by 26 November 2027' -> 2027-11-26.", [
 A("write to families on specialist provision waiting list", "SEND casework team", None, "2027-08-30"),
 A("finalise the ERP admissions criteria", "Principal Educational Psychologist, David Lowe", "David Lowe", "2027-10-01"),
 A("set up the new cost centres", "Finance Business Partner (Children's)", None, "2027-09-01"),
 A("issue the service level agreements and funding agreements", "Head of SEND", "Mary Walker", "2027-09-10"),
 A("assess the home to school transport implications", "Head of Transport", "Mark Walsh", "2027-09-30"),
 A("set up termly monitoring of ERP outcomes", "Data and Performance Manager", "Liam Porter", "meeting 2028-01"),
 A("lead the joint recruitment of specialist ERP teachers", "Nadia Khan", "Nadia Khan", "2027-11-26"),
])
L["231_twentyninth_champions_questions_followups"] = ("2027-11-24", B +
 "Spreadsheet (xlsx) log of Parent Champions' questions to senior leaders with responses and follow-ups, covering the 22/09/2027 session (kept for reference) and the latest session "
 "on Wed 24/11/2027, plus a 'Key & dates' sheet with initials and session/Board dates. Only follow-ups raised on 24/11/2027 are labelled. Traps: the 22/09 rows are Complete/Closed "
 "(earlier actions); PC27-31's follow-up is only in the Response column ('Mark Walsh will confirm ... by 3 Dec') with 'see response' in the follow-up column and blank owner; "
 "PC27-35 and PC27-41 are 'N' (answered; the short breaks statement has no date and the Champions' wish is only noted); PC27-40 has Y but status 'Done in session'; "
 "Priya M (Priya Mistry, a Champion asking) vs PS (Priya Shah, the owner); Due cells mix real Excel dates and text. Dates: 'by 3 Dec' -> 2027-12-03; 'Jan mtg' and 'next session' -> "
 "meeting 2028-01 (next Champions session 26/01/2028); '8 Dec PB' -> meeting 2027-12 (Partnership Board 08/12/2027); '31/01/28' -> 2028-01-31; 'ASAP' -> null.", [
 A("confirm the new route planning timescales in writing", "Mark Walsh", "Mark Walsh", "2027-12-03"),
 A("send Champions the anonymised EP waiting list", "DL", "David Lowe", "meeting 2028-01"),
 A("share SALT waiting times by locality", "Grace A", "Grace Adeyemi", "2027-12-15"),
 A("contact the 3 families Kerry raised", "SEND casework team", None, None),
 A("add a 'what is an ERP' page", "Local Offer team", None, "2028-01-31"),
 A("raise co-production timing concern at Partnership Board", "Tom E (PCF)", "Tom Evans", "meeting 2027-12"),
 A("add tribunal outcomes to the Champions data pack", "LP", "Liam Porter", "meeting 2028-01"),
 A("check with attendance team about part-time timetables", "PS", "Priya Shah", "2027-12-10"),
])
L["232_twentyninth_drop_in_surgery_log"] = ("2027-05-15", B +
 "CSV log of a Saturday 'Meet the SEND Leaders' parent drop-in (15/05/27), one row per conversation, with preamble rows (staff initials key) before the header and a summary block after. "
 "Traps: MW = Mary Walker but MWa = Mark Walsh (initials collide); row 8 has F/U 'N' but the response says 'MW to pass the EP report question to DL' (counted; owner MW); rows resolved on the day, "
 "signposted to SENDIASS (parent self-refers), complaint outside the partnership's remit, travel training leaflet and phased transfer already sorted by phone are not actions; the next drop-in room "
 "was 'already booked per TE 17/5' (done); the evening session is an 'idea only'. Row 6: the parent emailing the hospital letter is the family's step, not labelled. Dates: '21/05/27' -> 2027-05-21; "
 "'before half term' -> 2027-05-28 (last school day before the late May half term, week of 31 May); '2 wks' -> 2027-05-29 (two weeks from the Saturday drop-in); 'next wk' -> Friday of the following week 2027-05-21; "
 "'Mon 17/5' -> 2027-05-17; GA's blank date -> null; 'PB 16/6' -> meeting 2027-06 (Partnership Board on 16 June).", [
 A("check where the assessment is, call parent", "MW", "Mary Walker", "2027-05-21"),
 A("check the taxi escort arrangements with the operator", "MWa", "Mark Walsh", "2027-05-28"),
 A("find out why the paediatric referral was rejected", "YO", "Yusuf Okafor", "2027-05-29"),
 A("send the college transition information pack", "OR", "Owen Reid", "2027-05-21"),
 A("put child back onto OT waiting list", "GA", "Grace Adeyemi", None),
 A("call parent on Monday to go through next steps", "CD (SENDIASS)", "Claire Dunmore", "2027-05-17"),
 A("pass the EP report question to DL", "MW", "Mary Walker", None),
 A("collate the common themes for the Partnership Board", "RH", "Ruth Hill", "meeting 2027-06"),
])
for stem, (md, style, acts) in L.items():
    (OUT / f"{stem}.labels.json").write_text(json.dumps({"meeting_date": md, "style": style, "held_out": True, "actions": acts}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("ok", len(L))
