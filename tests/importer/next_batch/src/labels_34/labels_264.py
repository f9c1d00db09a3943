from labels import write
write("264_thirtyfourth_data_subgroup_minutes_kpi_table", "2027-09-16",
 "Formal 3-page PDF minutes (reportlab, page footer) of the partnership's Data, Performance and QA Subgroup, with a previous-actions table and a KPI dashboard table full of dates. "
 "Actions are spread through the items: two as bold 'Action:' lines, the rest in prose ('YO will get...', 'GA agreed to provide...', 'MW agreed to write...', 'CD to share...', 'RH to recirculate...', 'LP to present...'). "
 "Traps: the action log table (DQ-14..DQ-18) holds earlier actions, all complete or superseded - not actions; the KPI table's 'Target date' column (31 Mar 2028 etc.) is explicitly not a commitment of the subgroup; "
 "DfE publishing SEN2 and the ICB reporting to NHS England are other bodies' duties; annual review recovery plan going to the Board is noted, 'No action'; PM's linking idea is 'an aspiration only'; "
 "MW asking Sarah Kent 'did not need to be an action of this group'; LP looking at census data later is to be picked up in February's report 'rather than as a separate action'; GA's therapy question 'No action'; inspection reminder noted; next meeting dates. "
 "Labelling: 'for the October subgroup' and 'in time for the next meeting' (21 October) -> meeting 2027-10; YO 'by 30 September'; MW 'ahead of census day (Thurs 7 Oct)' -> 2027-10-07; "
 "CD 'by the end of October' -> 2027-10-31; PM 'by Fri 1st Oct'; RH 'by 24 September'; LP 'at the November Partnership Board' -> meeting 2027-11; "
 "YO sharing the ICB consultation response 'once submitted' is counted (a commitment to members) with due null because it is conditional.",
 [("add EHCP 20-week timeliness split by phase", "LP", "Liam Porter", "meeting 2027-10"),
  ("get health advice 6-week compliance figures from the Trust", "YO", "Yusuf Okafor", "2027-09-30"),
  ("provide therapy waiting list data by locality", "GA", "Grace Adeyemi", "meeting 2027-10"),
  ("write to all heads about SEN support coding", "MW", "Mary Walker", "2027-10-07"),
  ("share anonymised themes from SENDIASS enquiries", "CD", "Claire Dunmore", "2027-10-31"),
  ("check the survey wording with PCF steering group", "PM", "Priya Mistry", "2027-10-01"),
  ("recirculate the data sharing agreement for signature", "RH", "Ruth Hill", "2027-09-24"),
  ("present the joint dashboard at the November Partnership Board", "LP", "Liam Porter", "meeting 2027-11"),
  ("share the ICB response with members", "YO", "Yusuf Okafor", None)])
