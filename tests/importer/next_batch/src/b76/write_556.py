"""Writes 556 (Airtable grid view CSV export). Plain text, kept for reproducibility."""
import csv, io
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "556_seventysixth_pcf_steering_airtable_grid_view_csv_export.csv"
H = ["Action", "Meeting", "Owner", "Status", "Due", "Workstream", "Notes", "Created", "Last modified",
     "Attachments", "Priority", "Days left"]
N12 = "Steering Group \u2013 12 Nov 2026"
D10 = "Steering Group \u2013 10 Dec 2026"
J14 = "Steering Group \u2013 14 Jan 2027"
rows = [
 ["Ask Council when the 2025/26 Local Offer annual report will be published", N12, "Tom Evans", "Done",
  "30/11/2026", "Local Offer", "Mary W says end of January.", "12/11/2026 8:14pm", "3/12/2026 10:02am", "", "2", "-46"],
 ["Recruit 2 more parent reps for the EHCP timeliness workstream", f"{N12},{D10},{J14}", "Kerry Lang",
  "In progress", "31/1/2027", "EHCP,Recruitment",
  "Dec: one parent signed up, still need one more.\nJan: Kerry has a possible from the Riverside coffee morning, "
  "speaking to her next week.", "12/11/2026 8:20pm", "14/1/2027 9:05pm", "", "3", "16"],
 ["Write up PCF response to the short breaks statement consultation", D10, "Priya M", "Done", "8/1/2027",
  "Short breaks", "Submitted 7/1 - thanks all who commented", "10/12/2026 7:58pm", "7/1/2027 11:40pm",
  "PCF response short breaks statement FINAL.docx (https://v5.airtableusercontent.com/v3/u/37/37/1736291234000/"
  "kQe9pXb2Rr1vN0aZ7tM4Lw/8Yc1fGm3/PCF%20response%20short%20breaks%20statement%20FINAL.docx)", "2", "-7"],
 ["Chase Council about late payment of Q2 participation invoice", D10, "Jo (treasurer)", "Done", "18/12/2026",
  "Finance", "Paid 22/12.", "10/12/2026 8:03pm", "22/12/2026 4:16pm", "", "1", "-28"],
 ["Coffee morning: ring back the mum who asked about EOTAS", "Coffee morning \u2013 9 Jan 2027", "Kerry Lang",
  "In progress", "16/1/2027", "Signposting",
  "Signposted to SENDIASS on the day. Kerry said she'd ring her back once she'd spoken to Claire.",
  "9/1/2027 1:31pm", "9/1/2027 1:31pm", "", "2", "1"],
 ["Agree notes of 10 December", J14, "Tom Evans", "Done", "14/1/2027", "Governance",
  "Agreed, no changes.", "14/1/2027 7:41pm", "14/1/2027 7:41pm", "", "", "-1"],
 ["Send Priya Shah the PCF's top five EHCP timeliness questions before the Partnership Board", J14, "Tom Evans",
  "Not started", "21/1/2027", "EHCP,Partnership Board",
  "Use the list from the December survey - top 5 only, she asked for it in writing.",
  "14/1/2027 7:52pm", "14/1/2027 7:52pm",
  "Dec survey EHCP questions.xlsx (https://v5.airtableusercontent.com/v3/u/37/37/1736884311000/"
  "Zt7aVh0pQ2m8yC1xN5eLbg/0aH6sDr2/Dec%20survey%20EHCP%20questions.xlsx)", "3", "6"],
 ["Book the library community room for the February coffee morning", J14, "Kerry Lang", "Not started",
  "29/1/2027", "Events", "Thursday 25 Feb preferred, 10-12. Ask for the room with the hearing loop.",
  "14/1/2027 8:06pm", "14/1/2027 8:11pm", "", "2", "14"],
 ["Draft spring survey on short breaks (10 questions max) and share with steering for comments", J14, "Priya M",
  "Not started", "12/2/2027", "Short breaks,Surveys",
  "Keep it short! Include one question on holiday clubs. Easy read version later if we can.",
  "14/1/2027 8:15pm", "14/1/2027 8:15pm", "", "3", "28"],
 ["Find out if the Council will pay for BSL interpreters at the March listening event", J14, "Tom Evans",
  "Not started", "", "Events,Accessibility",
  "Sarah Khan mentioned at the Board there might be a budget - Tom to ask her directly.",
  "14/1/2027 8:22pm", "14/1/2027 8:22pm", "", "2", "#ERROR!"],
 ["Update pinned Facebook post with new helpline hours (Tues/Thurs 10-2)", J14, "Comms volunteers",
  "Not started", "15/1/2027", "Comms", "", "14/1/2027 8:30pm", "14/1/2027 8:30pm", "", "1", "0"],
 ["Submit Q3 grant monitoring return to Contact", J14, "Jo (treasurer)", "Not started", "31/1/2027",
  "Finance", "Needs the attendance figures from the last 3 coffee mornings.", "14/1/2027 8:37pm",
  "14/1/2027 8:37pm", "", "3", "16"],
 ["Dads' group?", J14, "", "Parked", "", "Events",
  "Lovely idea from Priya M. Nobody has capacity to lead it until after April - revisit in the spring.",
  "14/1/2027 8:44pm", "14/1/2027 8:44pm", "", "", "#ERROR!"],
 ["FYI - Council moving the Local Offer to a new platform in Feb", J14, "", "Info only", "", "Local Offer",
  "From Mary Walker's update. Council's project, nothing for us to do unless they ask us to test pages.",
  "14/1/2027 8:49pm", "14/1/2027 8:49pm", "", "", "#ERROR!"],
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(H)
w.writerows(rows)
OUT.write_text("\ufeff" + buf.getvalue(), encoding="utf-8", newline="")
print("wrote", OUT)
