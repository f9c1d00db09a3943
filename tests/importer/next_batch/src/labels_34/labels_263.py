from labels import write
write("263_thirtyfourth_fair_access_panel_minutes", "2027-06-10",
 "Plain-text In-Year Fair Access Panel notes typed by the admissions manager (JF, not in people.json -> person null). Case-by-case layout with OUTCOME/ACTION lines and further actions in prose. "
 "Hardest trap: pupils are referred to by initials that collide with people in the partnership - L.P. (Liam Porter), M.W. (Mary Walker / Mark Walsh), J.W. (James Whitfield), T.E. (Tom Evans) - "
 "so 'J.W. to remain on roll at Hillside until the July panel', 'M.W. to start St Aidan's on part-time timetable from 14/6' and 'before L.P. starts' are about children, not actions of those people. "
 "Mark Walsh is written MWa. Other non-actions: matters arising all DONE; JF sending the SEN support plan 'done during mtg'; SEND team's formal EHCP amendment ('theirs, not panel's'); "
 "St Aidan's head reviewing the part-time timetable ('school's own responsibility, not a panel action'); NK's question about the attendance team (already involved, no action); the referral form question; panel noted capacity; Schools Forum approval already happened; next panel date. "
 "Labelling: offer letter 'by Mon 14/6'; integration meeting 'by Fri 18/6'; MWa reply 'by Thurs 17/6'; DL EP visit 'before the end of the summer term (Wed 21 July)' -> 2027-07-21; "
 "SKe Hillside data 'in time for the July panel' -> meeting 2027-07; NK 'by Fri 25/6'; JF circulate protocol 'before the end of term' -> 2027-07-21 (end of term date given in case 2); "
 "HB's July home visit is counted as an action (she said she'll sort it) but due null because it is conditional on the start date being confirmed and 'in July' is only a month.",
 [("issue offer letter for Case 1", "JF", None, "2027-06-14"),
  ("arrange integration meeting with mum", "HB", "Helen Brooks", "2027-06-18"),
  ("confirm eligibility for travel assistance", "MWa", "Mark Walsh", "2027-06-17"),
  ("EP consultation visit to St Aidan's", "DL", "David Lowe", "2027-07-21"),
  ("contact Hillside Academy for full attendance data", "SKe", "Sarah Kent", "meeting 2027-07"),
  ("confirm the September start date to Admissions", "NK", "Nadia Khan", "2027-06-25"),
  ("circulate the updated protocol to primary heads", "JF", None, "2027-07-21"),
  ("home visit in July with the nursery", "HB", "Helen Brooks", None)])
