import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
B = "seventyfifth"
OWNER_RULE = ("First-person commitments ('I'll', 'me') and 'can you' requests are labelled with the owner as the writer's or addressee's name as it appears in the document (From line, signature, chat display name or contact name) and resolved to the person in people.json.")

L = {}
L["548_seventyfifth_ep_followup_email_numbered_actions_chatty_asides"] = dict(
 meeting_date="2027-10-07",
 style=f"Held-out batch {B}. Plain-text Outlook .eml sent Friday 8 October 2027 by David Lowe (Principal EP) the morning after the Graduated Approach task and finish group on Thursday 7 October 2027: chatty paragraphs wrapped round a numbered list in which actions, a decision and a done item are mixed, then an 'FYI rather than actions' block, long signature, working-days line and council disclaimer. Owners are mostly 'I'/'you'/'can you, Grace' and have to be resolved from the sender (David) or the person addressed. {OWNER_RULE} Traps: item 5 is a decision not to build an app, with Yusuf's offer of the ICB digital team parked; item 8 (slides) was already done on Tuesday; Liam's offer of exclusion data nobody took up; School Improvement's own spring SENCo audit is another team's plan; SALT drop-ins carrying on is a standing arrangement; the next-meeting agenda and 'go live for September 2028' are not actions; Liam's census caveat is a comment, not a change of date. 'Sarah K' thanked for the SIA view is Sarah Kent (cc'd), but the Sarah asked to use her parent champions is Sarah Khan (Participation Officer). David's two items in point 9 (ask Mary about the CPD calendar; book the Hub training room once a date is known) are separate undated actions. Dates: 'by Wednesday' = Wednesday 13 October 2027 (the meeting's Wednesday has passed); 'before half term (w/c 25th)' = Friday 22 October 2027; 'end of the month' = last calendar day, Sunday 31 October 2027; Grace's 'for next time' = the next meeting, which the email dates Thursday 2 December 2027; Sarah's 'by Friday 22nd' = 2027-10-22; Tom's copy deadline 'the 29th' = Friday 29 October 2027.",
 actions=[
  dict(key="recirculate the draft descriptors with the changes tracked", owner="David", person="David Lowe", due="2027-10-13"),
  dict(key="trial them with two Year 4 classes", owner="Helen", person="Helen Brooks", due="2027-10-22"),
  dict(key="Liam to pull SEN Support numbers by school", owner="Liam", person="Liam Porter", due="2027-10-31"),
  dict(key="can you check, Grace, whether the OT", owner="Grace", person="Grace Adeyemi", due="2027-12-02"),
  dict(key="ask your parent champions for three or four parents", owner="Sarah", person="Sarah Khan", due="2027-10-22"),
  dict(key="write a short piece for the PCF newsletter", owner="Tom", person="Tom Evans", due="2027-10-29"),
  dict(key="ask Mary whether we can get the SENCo briefing", owner="David", person="David Lowe", due=None),
  dict(key="book the training room at the Hub", owner="David", person="David Lowe", due=None),
 ])

L["549_seventyfifth_board_actions_reply_all_thread_accept_decline_handover"] = dict(
 meeting_date="2027-02-02",
 style=f"Held-out batch {B}. A reply-all thread saved as one plain-text .eml: the file is the LAST message (Anne Price's thanks-only reply, Tue 9 Feb 2027), with the whole Outlook thread quoted below it newest-first (From/Sent/To/Subject blocks, NHSmail and council disclaimers, an iPhone reply). At the bottom is Ruth Hill's original 'draft actions' list from the Partnership Board on Tuesday 2 February 2027 (7 numbered actions, closed items from the old log, decisions for info). Replies then accept, decline, re-date or hand on tasks; the latest reply wins for each: 2 is handed by Tom to Kerry Lang (same date); 3 is accepted by Grace with the date moved to 'end of March', which Ruth confirms as 31/03; 4 is declined by Liam and taken by Mary with the date moved to Friday 12 March; 5 is declined by Yusuf (service moved to the Trust) and Grace says Anita Patel will confirm the route and bring it to the March Board; 1, 6 and 7 stand as drafted. Keys are copied from Ruth's original wording; owners are the names used in the reply that settled the action. Traps: Anne's top reply is thanks-only; Priya Shah's out-of-office names James Whitfield only for urgent queries (not an action); Liam's offer to help with charts; Mary's EOTAS numbers already sent; Ruth's 'I'll make the changes to the log' is housekeeping of this very list and not labelled; A14/A11/A9 closed; decisions (WSoA report approved, April venue, survey as April main item) are not actions. Dates: 19/02/2027 and 12/02/2027 as written; 'end of February' = Sunday 28 February 2027; March Board given as Tues 16/03/2027; 05/03/2027 kept for Kerry ('same date is fine').",
 actions=[
  dict(key="refresh the draft with the comments from Legal", owner="Mary Walker", person="Mary Walker", due="2027-02-19"),
  dict(key="gather PCF feedback on the revised statement", owner="Kerry Lang", person="Kerry Lang", due="2027-03-05"),
  dict(key="bring a recovery plan with trajectory to the Board", owner="Grace", person="Grace Adeyemi", due="2027-03-31"),
  dict(key="analysis of 2026 tribunal outcomes by reason for appeal", owner="Mary", person="Mary Walker", due="2027-03-12"),
  dict(key="confirm the commissioning route for the children's sleep", owner="Anita Patel", person="Anita Patel", due="2027-03-16"),
  dict(key="add the EHCP 20-week breakdown by school", owner="Liam Porter", person="Liam Porter", due="2027-02-28"),
  dict(key="circulate the revised ToR for comment", owner="Ruth Hill", person="Ruth Hill", due="2027-02-12"),
 ])

L["550_seventyfifth_teams_group_chat_instead_of_stood_down_meeting_copied"] = dict(
 meeting_date="2026-11-10",
 style=f"Held-out batch {B}. A Microsoft Teams meeting chat copied into a .txt by Ruth Hill for the file: the SEF sub-group due at 2pm on Tuesday 10 November 2026 was stood down because the chair was ill, and the business was done in the chat instead (Tuesday afternoon plus a few messages on Wednesday 11 November). Format: '[dd/mm/yyyy hh:mm] Display Name' then the message, reaction counts ('Like 3', 'Heart 1'), an '(Edited)' marker shown as 'Edited', a deleted message, external display names ('Okafor Yusuf (NHS WESTMOOR ICB)', 'Adeyemi Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST)', 'Tom Evans (Guest)'), an @mention. Nearly every owner is 'I' or 'can you', resolved from the display name of the writer or the person @mentioned; owners are given as the display name as written. {OWNER_RULE} Traps: Helen declines to co-write the case study (Grace does it alone); Priya Shah's offer to read the whole SEF is not taken up; the LAIP update to Cllr Jones was already sent; Tom's question about the inspection framework and Mary's answer are not actions; Board papers going out on the 18th is a standing arrangement; Anne's question about an England average line is answered 'it already does'; Tom asking for the survey questions is a request that Sarah takes as her action. David's edited message replaces the Friday date with Weds 18th. Dates: 'by Friday' = Friday 13 November 2026; Yusuf's 'by the 20th' = Friday 20 November 2026; 'before the Board' = the Board on Wednesday 25 November 2026; 'end of Nov' = Monday 30 November 2026; Sarah's 'tomorrow' = Wednesday 11 November 2026; 'Weds 18th' = 2026-11-18; Ruth's 'by Thursday' = Thursday 12 November 2026.",
 actions=[
  dict(key="send the updated SEF section 3 to Anne", owner="Mary Walker", person="Mary Walker", due="2026-11-13"),
  dict(key="I'll take the health section as before", owner="Okafor Yusuf", person="Yusuf Okafor", due="2026-11-20"),
  dict(key="can you refresh the EHCP timeliness chart", owner="Liam Porter", person="Liam Porter", due="2026-11-25"),
  dict(key="Happy to do the therapies case study", owner="Adeyemi Grace", person="Grace Adeyemi", due="2026-11-30"),
  dict(key="I'll send them over tomorrow Tom", owner="Sarah Khan", person="Sarah Khan", due="2026-11-11"),
  dict(key="update the EP and graduated approach paragraphs", owner="David Lowe", person="David Lowe", due="2026-11-18"),
  dict(key="rebook the sub-group for early December", owner="Ruth Hill", person="Ruth Hill", due="2026-11-12"),
 ])

L["551_seventyfifth_whatsapp_ios_export_snow_cancelled_steering"] = dict(
 meeting_date="2027-01-18",
 style=f"Held-out batch {B}. A WhatsApp group chat exported from an iPhone ('[dd/mm/yyyy, hh:mm:ss] Name: text', left-to-right marks before system and media lines, 'image omitted', 'audio omitted', 'This message was deleted.', group-created and member-added notices, an unsaved contact shown as a phone number who signs 'Jo x'). The PCF steering group meeting at Kingsmead on Monday 18 January 2027 was cancelled for snow and the urgent business was done in the chat instead. Owners are 'I'/'can you' and are resolved from the sender; owners are given as the chat name or the name the message uses. {OWNER_RULE} Traps: Kerry agrees in the morning to ring Kingsmead 'first thing tomorrow' but at 16:18 says she has already rung and rebooked - done, not labelled; Priya first says she'd do the poster, then hands it to Jo (latest wins: Jo, person null, not in people.json); Tom's recap repeats the actions and is not counted twice; Mark Walsh's promise 'at the board' is from another meeting; the SENDIASS webinar is SENDIASS's own event, already advertised; '30 families' is a hope; the library drop-ins question is unanswered; December minutes already sent; thanks-only and thumbs-up lines. Dates: 'by Friday' = Friday 22 January 2027 (Priya's survey; Sarah's answer on room hire); Jo's 'by Wednesday' = Wednesday 20 January 2027; Claire's leaflets 'for the 1st' = the rebooked date, Monday 1 February 2027; Tom's email to Mark Walsh and Kerry's sending of the survey link have no date (null).",
 actions=[
  dict(key="survey monkey for the transport pick up times", owner="Priya", person="Priya Mistry", due="2027-01-22"),
  dict(key="drop Mark Walsh an email about the late", owner="Tom Evans", person="Tom Evans", due=None),
  dict(key="send them the survey link when Priya's done", owner="Kerry Lang", person="Kerry Lang", due=None),
  dict(key="Jo can you do the poster", owner="Jo", person=None, due="2027-01-20"),
  dict(key="check with my manager whether the council can cover", owner="Sarah Khan Participation", person="Sarah Khan", due="2027-01-22"),
  dict(key="bring a box of SENDIASS leaflets", owner="Claire Dunmore SENDIASS", person="Claire Dunmore", due="2027-02-01"),
 ])

L["552_seventyfifth_outlook_html_email_action_table_section_rows_initials_clash"] = dict(
 meeting_date="2027-03-04",
 style=f"Held-out batch {B}. An Outlook .eml (multipart/alternative: Outlook's plain-text rendering of the table one cell per line, plus Word-generated HTML with MsoNormal paragraphs, o:p tags, a MsoTableGrid table with shaded colspan section rows and green 'Complete'/'Closed' cells, an OFFICIAL sensitivity label header) sent Monday 8 March 2027 by James Whitfield after the Specialist Place Sufficiency Working Group on Thursday 4 March 2027. Attendance defines initials, including the clash MW = Mary Walker and MWa = Mark Walsh, which the body also explains. Traps: SP/02 is Complete; SP/05 is a DfE decision 'for info only' with DfE as lead; SP/09 is a standing item (Ongoing); SP/10 is closed from the January log; the 'Also noted (no action)' paragraph (Cabinet date, DfE capital announcement) is not an action; the body sentence about Mary and SP/04 only confirms the table row. James's own body sentence 'I'll circulate a revised ToR by the end of March' is an action (owner the sender, James). {OWNER_RULE} Dates: 'w/e 19/3' = Friday 19 March 2027; 'Before Easter' = Thursday 25 March 2027 (last working day before Good Friday 26 March, a bank holiday); 'April mtg' = the next meeting, dated in the email as Thursday 15 April 2027; '31/03' and 'end of March' = Wednesday 31 March 2027; 'Forum 17/03' = Wednesday 17 March 2027; 'ASAP' = no date (null).",
 actions=[
  dict(key="Refresh the 5-year specialist place forecast", owner="LP", person="Liam Porter", due="2027-03-19"),
  dict(key="Letter to DfE setting out our case", owner="PS", person="Priya Shah", due="2027-03-25"),
  dict(key="Commission a feasibility study for a resource base", owner="MW", person="Mary Walker", due="2027-04-15"),
  dict(key="Model the home to school travel cost impact", owner="MWa", person="Mark Walsh", due="2027-03-31"),
  dict(key="Test appetite among primary heads for hosting", owner="NK", person="Nadia Khan", due="2027-03-17"),
  dict(key="EP input into the draft entry criteria", owner="DL", person="David Lowe", due=None),
  dict(key="circulate a revised ToR by the end of March", owner="James", person="James Whitfield", due="2027-03-31"),
 ])

L["553_seventyfifth_gmail_print_all_saved_as_text_page_headers_repeat"] = dict(
 meeting_date="2027-03-11",
 style=f"Held-out batch {B}. A Gmail 'Print all' of a 7-message thread, printed to PDF from Chrome and copied to text, so the browser header (print time + 'Gmail - subject') and footer (mail.google.com print URL + page n/4) repeat on every page and cut through messages; Gmail's own 'Gmail / account' line, message count, per-message sender + date lines, To/Cc lines, '[Quoted text hidden]', an attachment block. The thread follows the PCF annual reviews parent workshop and debrief on the evening of Thursday 11 March 2027. Tom Evans's first email lists 'who's doing what'; later replies change it, and David Lowe's Outlook reply quotes Tom's original in full, so the superseded list appears twice. Latest reply wins: Claire moves her web page from 'end of March' to Friday 16 April (Tom agrees); David corrects 'the EPs could do a short piece' to only raising it at the EP team meeting on the 23rd (the newsletter piece is NOT labelled); Priya takes only the Urdu version (Punjabi is an open question, not labelled); Sarah's room was 'already done' (not labelled) and she adds the Local Offer events page; Sarah asks Tom for attendance numbers by Monday but Tom supplies them in the last message (done, not labelled); Tom's letter to Mary is re-dated in his last message. Kerry's reply is thanks-only, but her collating action from the first email stands. {OWNER_RULE} Dates: 'Friday 16 April' = 2027-04-16; 'the 23rd' = Tuesday 23 March 2027; 'before Easter' = Thursday 25 March 2027 (Good Friday 26 March is a bank holiday); Tom's 'by the end of next week' written Saturday 13 March = Friday 19 March 2027; Sarah's 'by the end of the month' = Wednesday 31 March 2027; Priya's Urdu flyer has no date (null).",
 actions=[
  dict(key="update the SENDIASS 'annual reviews explained' page", owner="Claire", person="Claire Dunmore", due="2027-04-16"),
  dict(key="write to Mary Walker about the 2 weeks paperwork", owner="Tom", person="Tom Evans", due="2027-03-19"),
  dict(key="Kerry to collate the anonymous examples from the post-its", owner="Kerry", person="Kerry Lang", due="2027-03-25"),
  dict(key="raise it at the EP team meeting", owner="David", person="David Lowe", due="2027-03-23"),
  dict(key="happy to do the Urdu version of the flyer", owner="Priya", person="Priya Mistry", due=None),
  dict(key="get it onto the Local Offer events page", owner="Sarah", person="Sarah Khan", due="2027-03-31"),
 ])

L["554_seventyfifth_chair_iphone_messages_imazing_csv_premeet_by_text"] = dict(
 meeting_date="2027-06-07",
 style=f"Held-out batch {B}. A CSV export (iMazing style, UTF-8 with BOM, every field quoted) of the independent chair's iPhone Messages on Monday 7 June 2027: the chair's 10am agenda pre-meet with the Head of SEND for the Board of Wednesday 16 June was replaced by texts because Mary was stuck on a train, and Anne then texted Liam, Ruth, Yusuf and Tom (SMS, Android). One row per message with Chat Session, dates, Edited Date, Service, Type (Incoming/Outgoing), Sender Name (blank on Outgoing rows: 'I' is the phone's owner, Anne Price, named only as 'Anne' in replies), Status and Text. {OWNER_RULE} Traps: Mary's message carries an Edited Date and its text now says 'by Thurs am - Weds isn't going to happen' (the edited text wins); the request to Liam was sent twice because the first was Not Delivered (one action); Liam's reply moves the date to 'by the 14th'; tapbacks ('Liked ...', 'Laughed at ...') repeat text and are not actions; James already dealing with the tribunal costs line (done); transport moving to the July Board is an agenda decision; Grace coming in Yusuf's place and Priya M observing are attendance notes; the PCF survey closing on the 30th is the Forum's own plan. Dates: Mary's 'Thurs am' = Thursday 10 June 2027; Liam's 'by the 14th' = Monday 14 June 2027; Anne's chair's report 'Thursday' and Ruth's papers 'Thursday pm' = Thursday 10 June 2027; Yusuf's 'by Friday' = Friday 11 June 2027; Tom's 'by Monday' = Monday 14 June 2027.",
 actions=[
  dict(key="Will get it to Ruth by Thurs am", owner="Mary Walker", person="Mary Walker", due="2027-06-10"),
  dict(key="add the May 20-week figure to the dashboard", owner="Liam Porter", person="Liam Porter", due="2027-06-14"),
  dict(key="I'll send you the chair's report Thursday", owner="Anne", person="Anne Price", due="2027-06-10"),
  dict(key="send the papers out Thursday pm then", owner="Ruth Hill", person="Ruth Hill", due="2027-06-10"),
  dict(key="send Grace the sleep pathway slides beforehand", owner="Yusuf Okafor", person="Yusuf Okafor", due="2027-06-11"),
  dict(key="Will you do the PCF update slide?", owner="Tom Evans", person="Tom Evans", due="2027-06-14"),
 ])

for stem, d in L.items():
    out = {"meeting_date": d["meeting_date"], "style": d["style"], "held_out": True, "actions": d["actions"]}
    (HERE / f"{stem}.labels.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("ok")
