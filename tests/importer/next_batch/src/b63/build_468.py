"""468: therapies waiting list working group action log saved as CSV from Excel on a
machine with European regional settings: semicolon separators, dd.mm.yyyy dates,
decimal commas, UTF-8 BOM, title rows with trailing separators, quoted fields holding
semicolons and line breaks, closed / carried-forward / re-assigned / decision rows."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "468_sixtythird_therapies_waiting_list_log_semicolon_csv"

CSV = """\ufeffTherapies Waiting List Working Group - ACTION LOG;;;;;;;
Westmoor Community Health NHS Trust / Westmoor ICB / Westmoor Council;;;;;;;
Last updated 05.11.2027 after meeting of 04.11.2027 (G Adeyemi);;;;;;;
;;;;;;;
ID;Date raised;Action;Owner;Due;Status;RAG;Notes / update
TW-029;09.09.2027;Agree interim 'waiting well' offer for SLT and OT;Grace Adeyemi;07.10.2027;Closed;G;Agreed 07.10 - see TW-033
TW-031;07.10.2027;Validate SLT waiting list - remove children discharged or moved out of area;GA;29.10.2027;Complete;G;"Removed 37; list now 412 (median wait 31,5 weeks; longest 58 weeks)"
TW-032;07.10.2027;Ask ICB finance for costing of 2,0 WTE locum OT for 6 months;Y Okafor;04.11.2027;Open;A;"Not received - ICB finance now say 19.11.2027. C/f, same owner"
TW-033;07.10.2027;Draft letter to families on the waiting list explaining interim offer;Grace Adeyemi;22.10.2027;Done;G;Sent 21.10.2027 to 1.184 families
TW-034;07.10.2027;Review ND assessment triage criteria with paediatrics;A Patel;04.11.2027;Open;R;"04.11: reassigned to D Lowe - needs EP input on school evidence.
New due date 02.12.2027"
TW-035;04.11.2027;Run a second validation sweep of the OT waiting list before the Q3 return;GA;30.11.2027;Open;;
TW-036;04.11.2027;"Share anonymised waiting list numbers by school with SENCos; check DPIA covers this first";L Porter;26.11.2027;Open;;Helen Brooks to test the format with 3 SENCos once Liam has it
TW-037;04.11.2027;Write to ICB Chief Nurse to add waits over 52 weeks to the risk register;Y Okafor;by next meeting;Open;;
TW-038;04.11.2027;Add a 'waiting well' section to the Local Offer therapies page;S Khan;19.11.2027;Open;;Text from TW-033 letter can be reused
TW-039;04.11.2027;Bring PCF 'waiting well' survey results (closes 19.11);T Evans;next meeting;Open;;
TW-040;04.11.2027;Confirm whether school-commissioned SALT counts as treatment for waiting time purposes;tbc;;Open;;Owner to be agreed - nobody felt able to take it on 04.11
TW-041;04.11.2027;DECISION: interim offer letter to be reissued to families every 6 months;-;;Noted;;Recorded for the minutes - not an action
TW-042;04.11.2027;"For info: council commissioning independent SALT for 9 children under tribunal orders; council process, reported by MW";MW (info);;For info;;
;;;;;;;
Next meeting: 02.12.2027 14:00 Teams;;;;;;;
"Key: G = on track / done; A = at risk; R = overdue";;;;;;;
"""

LABELS = {
    "meeting_date": "2027-11-04",
    "style": (
        "Held-out batch sixtythird. The action log of the Therapies Waiting List Working Group saved as CSV from "
        "Excel running with European regional settings after the meeting of Thursday 4 November 2027: UTF-8 BOM, "
        "semicolon separators, dd.mm.yyyy dates, decimal commas ('31,5 weeks', '2,0 WTE') and a full stop as "
        "thousands separator ('1.184 families'), three title rows and a blank row padded with ';;;;;;;', quoted "
        "fields containing semicolons and, in TW-034, a line break. Traps: rows raised at earlier meetings that are "
        "Closed/Complete/Done (TW-029, 031, 033); TW-032 still open and simply carried forward with a new date from "
        "ICB finance, same owner (not labelled); TW-041 a DECISION row; TW-042 'For info' about the council's own "
        "process; Helen Brooks testing the format is a note on TW-036, not a separate agreed action. Labels: the "
        "six action rows raised 04.11.2027 (TW-035 to TW-040) plus TW-034, re-assigned at this meeting "
        "from A Patel to D Lowe (David Lowe) with new date 02.12.2027; 'by next meeting' / 'next meeting' resolved "
        "to the stated next meeting 02.12.2027 (Thursday); TW-040 owner 'tbc' so owner null, no due date."
    ),
    "held_out": True,
    "actions": [
        {"key": "Review ND assessment triage criteria with paediatrics", "owner": "D Lowe", "person": "David Lowe", "due": "2027-12-02"},
        {"key": "Run a second validation sweep of the OT", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-11-30"},
        {"key": "Share anonymised waiting list numbers by school", "owner": "L Porter", "person": "Liam Porter", "due": "2027-11-26"},
        {"key": "Write to ICB Chief Nurse to add waits", "owner": "Y Okafor", "person": "Yusuf Okafor", "due": "2027-12-02"},
        {"key": "Add a 'waiting well' section to the Local Offer", "owner": "S Khan", "person": "Sarah Khan", "due": "2027-11-19"},
        {"key": "Bring PCF 'waiting well' survey results", "owner": "T Evans", "person": "Tom Evans", "due": "2027-12-02"},
        {"key": "Confirm whether school-commissioned SALT counts as treatment", "owner": None, "person": None, "due": None},
    ],
}

# Excel: CRLF between records, bare LF inside a cell (Alt+Enter)
CSV = CSV.replace("\n", "\r\n").replace("school evidence.\r\nNew", "school evidence.\nNew")
(OUT / f"{STEM}.csv").write_text(CSV, encoding="utf-8", newline="")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
