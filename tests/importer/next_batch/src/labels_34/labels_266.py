from labels import write
write("266_thirtyfourth_tor_review_notes_proposed_by", "2027-01-19",
 "Word 'Save as Web Page' HTML (MsoNormal classes, o:p tags) of notes from a short extraordinary board meeting reviewing the Terms of Reference. "
 "Hardest trap: the proposed-changes table has a 'Proposed by' column of initials (AP, TE / PCF, MW, RH, PS, SK, GA) that looks like an owner column but records who suggested each change; "
 "the table's 'Outcome' cells are decisions (Agreed / Not agreed / No change), not actions. The closing Actions list is incomplete: two actions are only in the discussion ('(CD and Tom - as in the notes above)') "
 "and AP's is only 'letter to ICB CEO (see above)', and PS's sign-off action appears only in item 4. "
 "Non-actions: DfE guidance (other body), HB's SENCo wording question (no change), the Northshire one-page summary ('might be worth a look' - a wish), 'Already happens in practice', the note that these will be noted at the February board, next board date. "
 "SK is Sarah Khan (the participation officer present; Sarah Kent was not there). "
 "Labelling: RH 'by 2 Feb' -> 2027-02-02; AP's letter has no date -> null; SK 'end of Feb' -> 2027-02-28; CD 'before the February board' -> meeting 2027-02; "
 "Tom 'at their open meeting on Wed 17th Feb' -> 2027-02-17; PS 'to the Children's Partnership Executive in March' -> meeting 2027-03.",
 [("redraft ToR with the agreed changes and circulate", "RH", "Ruth Hill", "2027-02-02"),
  ("letter to ICB CEO for director-level health representation", "AP", "Anne Price", None),
  ("young person friendly version of the ToR", "SK", "Sarah Khan", "2027-02-28"),
  ("check with the SENDIASS steering group about full membership", "CD", "Claire Dunmore", "meeting 2027-02"),
  ("consult PCF members on the nomination process", "Tom", "Tom Evans", "2027-02-17"),
  ("take the revised ToR to the Children's Partnership Executive", "PS", "Priya Shah", "meeting 2027-03")])
