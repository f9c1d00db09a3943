"""Writes 559: Google Sheets 'Download as CSV' of the PfA steering action tracker (mixed date entry)."""
import csv, io
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "559_seventysixth_pfa_steering_google_sheets_csv_mixed_date_formats.csv"
W = 8
def row(*v):
    v = list(v)
    return v + [""] * (W - len(v))
rows = [
 row("PfA STEERING GROUP \u2013 ACTION TRACKER 2026/27"),
 row("Sheet owner: Owen Reid (PfA Lead). Updated live at the meeting on Thu 4 March 2027 \u2013 new rows have today's date in col B."),
 row("NB dates are typed in all sorts of ways. 'wk' = ISO week number, use the Friday of that week. 5-digit numbers are dates pasted in from Excel (sorry \u2013 will fix)."),
 row(),
 row("#", "Date added", "Action", "Who", "Due", "Status", "Notes / update", "RAG"),
 row("11", "05/11/2026", "Agree a single transitions timeline (Y9 to Y14) to publish on the Local Offer", "OR", "28/02/2027",
     "In progress", "Draft finished. Needs sign-off by Adult Social Care \u2013 revised to wk 13", "A"),
 row("15", "7/1/2027", "Find out how many Y11s with EHCPs have no confirmed post-16 destination", "Liam P", "2/5/2027",
     "Done", "41 young people \u2013 figures shared 5 Feb", "G"),
 row("16", "04/02/2027", "Invite the ASC transitions team manager to join the steering group", "OR", "46447", "Done",
     "Came today \u2013 will attend from now on", "G"),
 row("17", "04/02/2027", "Collate supported internship outcomes for 2025/26 leavers", "Mary W", "26/03/2027",
     "In progress", "Waiting on 2 colleges. On track.", "G"),
 row("18", "04/03/2027", "Map which FE colleges can offer supported internships for the Sept 2027 intake", "OR", "wk 11",
     "Not started", "", ""),
 row("19", "3/4/2027", "Share ASC transitions referral data for Y9-Y11 (last 3 years)", "Liam P", "4/15/2027",
     "Not started", "Liam's account is set to US format", ""),
 row("20", "46450", "Invite a young person from the youth forum to co-chair the May meeting", "Sarah K (participation)",
     "16/04/2027", "Not started", "Sarah to ask at the youth forum session on 20 March", ""),
 row("21", "04/03/2027", "Ask the ICB LD&A team to add PfA questions to the annual health check template", "YO",
     "46477", "Not started", "Yusuf thinks this is doable via the GP template", ""),
 row("22", "04/03/2027", "Update the PfA pages on the Local Offer with the new transitions timeline once it is signed off",
     "Local Offer team", "end Mar", "Not started", "Depends on #11", ""),
 row("23", "4 Mar", "Arrange a session for parents of Y11s on post-16 EHCPs with Claire (SENDIASS)", "Kerry L",
     "10/05/2027", "Not started", "Mon after the bank hol \u2013 evening session", ""),
 row("24", "04/03/2027", "College principals' group reviewing their high needs place numbers", "FE colleges", "",
     "Noted", "For info \u2013 the colleges' own review, they report back in June", ""),
 row("25", "04/03/2027", "Easy read version of the transitions timeline?", "", "", "Offer",
     "Kerry offered to do one \u2013 group said wait until the timeline is final", ""),
 row("26", "04/03/2027", "Terms of reference v2", "OR", "04/03/2027", "Done", "Agreed today, no changes", ""),
 row(),
 row(),
 row("ARCHIVE \u2013 closed actions (cut and pasted from above)"),
 row("#", "Date added", "Action", "Who", "Due", "Status", "Notes / update", "RAG"),
 row("3", "10/09/2026", "Set up shared inbox for PfA queries", "OR", "30/09/2026", "Closed", "pfa@westmoor.gov.uk live", ""),
 row("7", "05/11/2026", "Circulate DfE PfA outcomes tool to members", "Sarah K", "46345", "Closed", "Sent 12 Nov", ""),
 row("9", "05/11/2026", "Ask transport whether travel training can start in Y10", "Mark W", "wk 49", "Closed",
     "Yes from Sept 2027 \u2013 Mark confirmed by email", ""),
 row("12", "3/12/2026", "Book venue for the March PfA fair", "Kerry L", "12/18/2026", "Closed", "Booked \u2013 Westmoor College hall", ""),
]
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
OUT.write_text(buf.getvalue(), encoding="utf-8", newline="")
print("wrote", OUT)
