import json
B = "thirtyseventh"
def w(stem, date, style, acts):
    json.dump({"meeting_date": date, "style": f"Held-out batch {B}. " + style, "held_out": True,
               "actions": [dict(key=k, owner=o, person=p, due=d) for k, o, p, d in acts]},
              open(f"/tmp/batch37/{stem}.labels.json", "w"), indent=1, ensure_ascii=False)

w("282_thirtyseventh_inclusion_funding_moderation_panel", "2027-01-14",
  "Council Word minutes of a mainstream SEN top-up (inclusion funding) moderation panel, typed by the business support officer: attendee table with initials, numbered items, some actions as bold 'Action:' lines, others in prose (RH will circulate..., SK to contact..., DL agreed to arrange..., MW to take...). Traps: the matters-arising list of December actions all complete (not counted); decisions (descriptors apply from 1 Feb; two signatures over £15k) not actions; 'LP will log this with ICT (already raised, no action for panel)' not counted; Schools Forum consideration on 4 March is another body's business; the portal/EHC hub link is a wish; 'papers to RH by Mon 1st Feb' is a general reminder, not counted; application outcomes (declined letter 'via the usual route') not counted. Dates: 'before the February panel' = meeting 2027-02 (next panel 11/02/27); 'by the end of the month' = 2027-01-31; 'within 4 weeks' of 14 Jan = 2027-02-11; 'to the SEND Partnership Board in March' = meeting 2027-03; the Schools Funding Team's Schools Forum paper takes the stated paper deadline 19 Feb; HB's feedback form has no date.",
  [("spend-to-date figures for the top-up budget", "LP", "Liam Porter", "meeting 2027-02"),
   ("circulate the revised banding descriptors", "RH", "Ruth Hill", "2027-01-22"),
   ("contact the school and request a costed provision map", "SK", "Sarah Kent", "2027-01-31"),
   ("arrange an EP consultation for WM-118", "DL", "David Lowe", "2027-02-11"),
   ("take the proposal to move to termly panels", "MW", "Mary Walker", "meeting 2027-03"),
   ("share the SENCo network's feedback form", "HB", "Helen Brooks", None),
   ("draft the Schools Forum paper", "Schools Funding Team", None, "2027-02-19")])

w("283_thirtyseventh_outreach_team_weekly_notes", "2027-02-09",
  "Plain-text weekly team meeting notes of a council inclusion and outreach team, typed by a team member (Jo) with first names only, dotted-leader 'last wks actions' list, lower case, exclamation marks. Most owners are team members not in people.json (person null); only Helen Brooks (Riverside SENCo) is. Traps: the last-week list has DONE items (not counted) and two c/f items that are restated with new dates later in the notes (counted once, from the restated text); 'Kev to nudge if nothing by next week' is conditional follow-up (not counted); Tom/PCF promoting the workshop is conditional on a venue and another body (not counted); the podcast is a wish; 'stop accepting emails without the form from Easter' is a decision; mileage is done/Finance's business; INSET, EP office move, leaving date are notices. Meeting year 2027 from 'Tues 9/2' (a Tuesday in 2027). Dates: 'by Fri' = 2027-02-12; 'by 19/2' = 2027-02-19; 'before half term' (half term w/c 15 Feb, next mtg 23/2 as 16th is half term) = Friday 2027-02-12; 'the Fri after we're back' = 2027-02-26; 'interface mtg in March' = meeting 2027-03; 'asap' and no-date items null.",
  [("chase Oakfield again by Fri", "Jo", None, "2027-02-12"),
   ("send the training slides to Riverside", "Sana", None, "2027-02-19"),
   ("update the caseload spreadsheet before half term", "EVERYONE", None, "2027-02-12"),
   ("book the room at the Family Hub", "Kev", None, None),
   ("send the signed consent forms for the Y5 referral", "Helen Brooks", "Helen Brooks", None),
   ("turn it into the final new referral form", "Jo & Kev", None, "2027-02-26"),
   ("raise the waiting list with David L", "Dee", None, "meeting 2027-03")])

w("284_thirtyseventh_ap_workstream_minutes", "2027-03-17",
  "Long (4-page) formal PDF minutes of the partnership's Alternative Provision & Inclusion workstream, numbered paragraphs 1.1-9.3 with italic 'Action:' lines under the paragraphs; header/footer page furniture on every page (footer mentions 'APPROVED at the April meeting'). Actions spread across items 3-8; the Action: lines are short summaries of the prose paragraph above (one action each, not two). Traps: matters-arising completed actions (not counted); 4.2 'JW is already redrafting... no new action'; 5.3 speech therapy point is for the community trust/Health SEND subgroup; 5.4 health representation is a wish; 6.2 'PCF members would be invited' is a decision with no owner (not counted); 6.5 Schools Forum is another body; 7.2 Fair Access protocol is admissions team's work, no action; 7.3 SKe 'will consider... report back if it needs support' is too soft (not counted); 8.2 highlight report 'in the usual way' routine (not counted); AOB reminders and next-meeting dates are notices. Two Sarahs: SKe = Sarah Kent, SKh = Sarah Khan. Dates: 'by 31 March 2027'; 'by 21/07/2027' (end of summer term); 'for the next meeting (21 April)' = meeting 2027-04; 'end April' = 2027-04-30; 'before the Easter break' = last school day before Good Friday 26 March, 2027-03-25; 'within two weeks' of 17 March = 2027-03-31; 'for the June meeting' = meeting 2027-06; 'Partnership Board in May' = meeting 2027-05; 'circulate with the minutes' null.",
  [("write to AP providers re outstanding audit returns", "JW", "James Whitfield", "2027-03-31"),
   ("complete QA visits to remaining priority providers", "SKe", "Sarah Kent", "2027-07-21"),
   ("add AP attendance and part-time timetable data", "LP", "Liam Porter", "meeting 2027-04"),
   ("gather parent experiences through a short online survey", "TE / PCF", "Tom Evans", "2027-04-30"),
   ("run a young people's focus group at the PRU", "SKh", "Sarah Khan", "2027-03-25"),
   ("confirm the CAMHS in-reach offer in writing", "YO", "Yusuf Okafor", "2027-03-31"),
   ("model the cost of the banded AP rates", "Schools Funding Team", None, "meeting 2027-06"),
   ("bring the draft AP commissioning framework to the Board", "MW", "Mary Walker", "meeting 2027-05"),
   ("circulate the revised ToR with the minutes", "RH", "Ruth Hill", None)])

w("285_thirtyseventh_slt_team_meeting_email", "2027-05-10",
  "NHS paediatric speech and language therapy team meeting summary sent as a chatty plain-text email by the clinical lead (Fiona McKay, not in people.json) to her team, with the previous week's notes quoted below ('-----Original Message-----'). Actions are buried in prose: requests ('Can everyone make sure...'), first-person ('I'll send out' = Fiona, from the signature), third-person ('Grace is going to ask Yusuf'), and a nested request inside another action's sentence ('could you give Zara the list'). Traps: the QUOTED 4 May email has its own 'Actions from today' list - earlier actions, none counted; waiting list figures, Anita Patel's referral form change (the paediatrics' process), team day and leaving do are notices. Team members Zara, Amir, Fiona are not in people.json (person null); Grace Adeyemi is. Dates: 'by Friday' = 2027-05-14; 'before then' = same Friday 2027-05-14; 'by the end of next week' = 2027-05-21; 'before the bank holiday' = Spring bank holiday Mon 31 May, so last working day Fri 2027-05-28; the room booking for the drop-in (w/c 7 June is the event, not a deadline) null; Grace's funding question and the Y6 list items have no dates.",
  [("audit the outstanding EHCP advice returns", "Zara", None, "2027-05-14"),
   ("bits up to date on the tracker", "everyone", None, "2027-05-14"),
   ("send out the revised advice template", "Fiona", None, "2027-05-21"),
   ("ask Yusuf at the ICB about the funding", "Grace", "Grace Adeyemi", None),
   ("complete the Makaton refresher module", "Everyone", None, "2027-05-28"),
   ("book the Riverside community room for the parent drop-in", "Amir", None, None),
   ("email Helen Brooks the list of Y6 transfers", "Zara", None, None),
   ("give Zara the list from the secondary transition spreadsheet", "Amir", None, None)])

w("286_thirtyseventh_comms_engagement_workstream", "2027-06-10",
  "Markdown notes (wiki/HackMD style) of the Comms & Engagement workstream typed by the participation officer: initials table, strikethrough done actions with ticks, bold initials starting lines, bullets with dashes as owner/date separators, a parking lot, emoji. Main trap: two Sarahs and two Priyas - SKh = Sarah Khan, SKe = Sarah Kent, PS = Priya Shah, PM = Priya Mistry (PCF). Other traps: struck-through previous actions (done, not counted); LP's outstanding analytics action in item 1 is restated in item 3 (counted once); 'same deadline' for KL refers to SKh's 25/6; SKe says 'no date, but before the end of term would be good' - labelled null (explicitly no date); Corporate Comms with JA briefing the team counted as one action for Corporate Comms (JA's briefing is how it's done); 'he'll escalate with IT if no joy' is conditional; easy read/podcast/translation are parking-lot wishes; item 4 'Not for this group' (Tom & Mary already doing it for the Board); 'please share the advert' and 'comments to me by Weds' are general requests, not counted; relaunch 12/7 is a decision. Dates: 'by 25/6' = 2027-06-25; 'end Jun' = 2027-06-30; 'before schools go back in Sept' = 2027-09-01; 'for the next mtg (8/7)' = meeting 2027-07; social posts 'on the day' of relaunch Mon 12/7 = 2027-07-12.",
  [("redraft the summer newsletter", "SKh", "Sarah Khan", "2027-06-25"),
   ("write the first parent's eye piece", "KL", "Kerry Lang", "2027-06-25"),
   ("circulate the dates for the SENCo bulletin slots", "SKe", "Sarah Kent", None),
   ("test the new Local Offer search with 5 parents", "PM", "Priya Mistry", "2027-06-30"),
   ("update the SENDIASS pages on the Local Offer", "CD", "Claire Dunmore", "2027-09-01"),
   ("pull the Local Offer web analytics for Q1", "LP", "Liam Porter", "meeting 2027-07"),
   ("schedule the social posts for the relaunch", "Corporate Comms", None, "2027-07-12")])

w("287_thirtyseventh_practitioner_forum_minutes", "2027-09-22",
  "Long public HTML page (Local Offer site) summarising a termly SEND Practitioner Forum: nav/breadcrumbs/footer furniture, narrative sections per speaker, a callout box, a Q&A definition list, and a 'Summary of what happens next' table that lists only five of the eight actions and has no dates ('Not everything agreed on the day is in this table'). Traps: actions only in prose for Liam's figures, Grace's hub check and Ruth's FAQ; table rows duplicate prose actions (counted once, with dates from the prose); Claire's tribunals offer is in the Q&A answer; 'feedback letters went out before the summer' done; 'EP service would help turn them into a short guide' too vague (not counted); referral form revision is the trust's process; 'planning group will consider' and youth forum session are wishes; booking opening in November and next meeting are notices; 'Page last updated 29 September' is not the meeting date. Dates: 'within a week' = 2027-09-29; 'in the first week of October' = Friday 2027-10-08 (first full week); 'by 15 October'; 'before the October half term' (w/c 25 Oct) = 2027-10-22; 'report back at the next forum in January' and 'on the January agenda' = meeting 2028-01; 'by the end of September' = 2027-09-30; Grace's check has no date.",
  [("circulate the presentation slides", "David", "David Lowe", "2027-09-29"),
   ("send the validated EHCP timeliness figures", "Liam Porter", "Liam Porter", "2027-10-08"),
   ("collect SENCo examples of good outcomes", "Helen Brooks", "Helen Brooks", "2027-10-15"),
   ("share a one-page summary of the referral criteria", "Anita", "Anita Patel", "2027-10-22"),
   ("check whether direct upload of therapy reports is possible", "Grace Adeyemi", "Grace Adeyemi", None),
   ("set up a PfA practitioner task and finish group", "Owen Reid", "Owen Reid", "meeting 2028-01"),
   ("run a session on tribunals", "Claire Dunmore", "Claire Dunmore", "meeting 2028-01"),
   ("add the questions to the forum FAQ page", "Ruth Hill", "Ruth Hill", "2027-09-30")])

w("288_thirtyseventh_ebsa_working_group_log", "2027-11-16",
  "Excel workbook for the EBSA working group: tab 1 'Notes 16.11.27' (item / discussion / action ref cross-references), tab 2 'Action Log' - a running log with Ref, Date raised, Action, Lead, Due, Status, Update. Labelling choice: only rows raised 16/11/2027 (refs 31-37) are actions of this meeting; refs 24-30 are earlier actions (complete ones struck through; ref 27's due revised to 14/01/28 and ref 29 'MW to update' are progress on old actions, not counted). Hard trap: the notes tab has one action that never made it into the log (item 8: 'PS to mention to Mark Walsh informally') - counted, no date. Due column mixes real Excel dates with text ('End Jan', 'Jan mtg', 'tbc', 'next cluster'). Owners use mixed forms (Liam P, Yusuf O (ICB), EP service (DL), Helen B). Ref 31 has KL leading with SKh supporting - owner Kerry Lang only. Dates: 'End Jan' = 2028-01-31; 'Jan mtg' (next mtg 18/01/28) = meeting 2028-01; 'tbc' and 'next cluster' (no date given) null; others from the date cells.",
  [("co-produce EBSA guidance for parents", "Kerry Lang (PCF)", "Kerry Lang", "2028-01-31"),
   ("persistent absence data by school", "Liam P", "Liam Porter", "2027-11-30"),
   ("EBSA training offer for SENCos", "EP service (DL)", "David Lowe", "meeting 2028-01"),
   ("confirm CAMHS representative for the group", "Yusuf O (ICB)", "Yusuf Okafor", "2027-12-03"),
   ("map existing EBSA support into Local Offer", "Sarah Khan", "Sarah Khan", None),
   ("write to headteachers re coding of EBSA absence", "Priya Shah", "Priya Shah", "2027-12-10"),
   ("EBSA standing item on SENCo cluster agenda", "Helen B", "Helen Brooks", None),
   ("mention the transport issue to Mark Walsh", "PS", "Priya Shah", None)])
