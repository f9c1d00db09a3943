from labels import write
write("267_thirtyfourth_task_finish_workbook_dated_tabs", "2027-09-13",
 "Excel workbook kept by a task and finish group (EHCP timeliness recovery): an 'About' sheet and one sheet per meeting, named '12 Jul', '9 Aug', '13 Sept', newest on the right, each a grid of Item / Discussion / Action / Who / By. "
 "Hardest trap: only the newest tab (13 Sept 2027) is this meeting; the two older tabs hold earlier meetings' actions (business case, mapping inboxes, single inbox, draft holding letter, etc.), all done or carried into the new tab, and must not be suggested. "
 "In the newest tab: row 1 'None - all done/covered below'; item 7 'Noted' with Who 'All' is a wish ('for later, not now'); the decision to use the template from November; 'DL to chair if anything urgent' is conditional cover, not an action; the About sheet's 65% target date is an improvement-plan target. "
 "One action is only in the Discussion column of a continuation row (GA will find out when the SLT locum starts and let Ruth know). "
 "Labelling: DL 'By' 01/10/27 -> 2027-10-01; GA no date -> null; MW 'next mtg' (Mon 11 Oct) -> meeting 2027-10; HB 'by half term' -> 2027-10-22, the Friday before the October half-term week; "
 "LP 'weekly from 20/9' -> first due 2027-09-20; YO 'asap' -> null; RH 'for Board 5 Oct' -> meeting 2027-10.",
 [("recruit 2 locum EPs and confirm start dates", "DL", "David Lowe", "2027-10-01"),
  ("find out when the SLT locum starts", "GA", "Grace Adeyemi", None),
  ("sign off revised 6-week health advice template", "MW", "Mary Walker", "meeting 2027-10"),
  ("pilot new school advice form", "HB", "Helen Brooks", "2027-10-22"),
  ("weekly timeliness report to group", "LP", "Liam Porter", "2027-09-20"),
  ("escalate late health advices from acute trust", "YO", "Yusuf Okafor", None),
  ("update T&F highlight report for Partnership Board", "RH", "Ruth Hill", "meeting 2027-10")])
