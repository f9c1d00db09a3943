from labels import write
write("265_thirtyfourth_ofsted_cqc_kit_call_notes", "2027-11-03",
 "Plain-text email from the Head of SEND the morning after an Ofsted/CQC keep-in-touch (KIT) call, with the original Outlook appointment (and its agenda) quoted below. "
 "Not formal minutes: asks are phrased as requests to named colleagues ('Liam - could you...', 'Yusuf, can you...', 'I'll update...'). "
 "Traps: relative dates are relative to the email (Thu 4 Nov), not the call (Wed 3 Nov) - 'by Friday' is Fri 5 Nov; the inspectors' own commitments are listed 'for info, not for us' (other bodies); "
 "the mock inspection was decided against; Anne 'nothing for you specifically'; Yusuf's explanation that the report goes to the ICB board first is context; the quoted appointment lists the August call's actions, all DONE; "
 "'the 19th' needs the month from context (November). "
 "Labelling: Liam 'by Friday' -> 2027-11-05; Yusuf 'by end of Nov' -> 2027-11-30; Grace 'by the 19th' -> 2027-11-19; Tom 'By 26 Nov'; Mary (writing 'I'll') 'by 3 Dec' -> owner Mary; "
 "James to brief the Lead Member 'ahead of scrutiny on 9 Dec ... before, not on the day' -> 2027-12-08, the day before; Ruth booking the next KIT call has no deadline for the booking itself (the call is 'early Feb') -> null.",
 [("send the updated EHCP timeliness data to the HMI", "Liam", "Liam Porter", "2027-11-05"),
  ("send CQC the DCO annual report", "Yusuf", "Yusuf Okafor", "2027-11-30"),
  ("therapies waiting times narrative for the SEF", "Grace", "Grace Adeyemi", "2027-11-19"),
  ("two names of parents willing to talk to inspectors", "Tom", "Tom Evans", "2027-11-26"),
  ("update the self-evaluation summary and recirculate", "Mary", "Mary Walker", "2027-12-03"),
  ("brief the Lead Member ahead of scrutiny", "James", "James Whitfield", "2027-12-08"),
  ("book the next KIT call for early Feb", "Ruth", "Ruth Hill", None)])
