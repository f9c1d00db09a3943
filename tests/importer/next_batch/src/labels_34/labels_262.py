from labels import write
write("262_thirtyfourth_officer_handover_note", "2027-04-14",
 "Word handover note (4 pages) by the Participation Officer going on maternity leave, updated after the handover meeting on Wed 14 April 2027 (the meeting date). "
 "Actions are the bold 'Agreed:' sentences spread through workstream sections plus two in the action-log table's 'What happens now' column. "
 "Traps: two Sarah Ks - the writer uses SKh for herself (Sarah Khan) and SKe for Sarah Kent, so owners must be resolved through that note; the 'Orig. owner' column of the table is the old owner, the new owner is in 'What happens now'; "
 "completed and closed log rows (PA-26-019, PA-26-024, PA-27-003, PA-27-011) are not actions; PA-27-012 is AP's and already in hand by email of 8/4, explicitly not a handover action; "
 "PCF keeping the page going monthly is 'their decision, not a council action'; skipped June newsletter, paused drop-in, parked self-assessment, dropped TikTok idea, Owen's response already done, web editor access done 12 April, "
 "the wish list in section 6 and Liam doing charts are not actions; the vacancy panel said no (other body, past). "
 "Labelling: introduce at 'Wed 21 April session' -> 2027-04-21; MW 'by Fri 30 April'; Young Inspectors visit to the College is on Wed 19 May, so arranging it is due 2027-05-19; "
 "SKe ask Helen Brooks has no date -> null; Tom's May update 'by end of May' -> 2027-05-31 (bank holiday, left as written); survey analysis 'by Fri 30 April'; "
 "RH move items 'before the May board' -> meeting 2027-05; easy read strategy 'New date 30 June 2027'; participation update 'at July board' -> meeting 2027-07.",
 [("introduce SKe to the youth forum", "SKh", "Sarah Khan", "2027-04-21"),
  ("confirm whether residential can come from DSG underspend", "MW", "Mary Walker", "2027-04-30"),
  ("arrange the Young Inspectors visit to Westmoor College", "SKe", "Sarah Kent", "2027-05-19"),
  ("ask Helen Brooks about pupil voice panel", "SKe", "Sarah Kent", None),
  ("May update of the You Said We Did page", "Tom", "Tom Evans", "2027-05-31"),
  ("finish participation survey analysis and send to Liam", "SKh", "Sarah Khan", "2027-04-30"),
  ("move my open items on board action log", "RH", "Ruth Hill", "meeting 2027-05"),
  ("easy read version of the SEND strategy", "SKe", "Sarah Kent", "2027-06-30"),
  ("present participation update at July board", "SKe", "Sarah Kent", "meeting 2027-07")])
