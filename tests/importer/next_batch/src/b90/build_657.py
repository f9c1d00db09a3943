import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

STEM = "657_ninetieth_champions_network_minutes_action_log"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("WESTMOOR SEND PARTNERSHIP\nSEND CHAMPIONS NETWORK – STEERING MEETING"); r.bold = True; r.font.size = Pt(14)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("MINUTES\nThursday 4 November 2027, 13:30 – 15:30, Committee Room 2, Civic Centre")

doc.add_paragraph().add_run("Present").bold = True
present = [("Anne Price", "AP", "Independent Chair (Chair)"),
           ("Tom Evans", "TE", "PCF co-chair"),
           ("Kerry Lang", "KL", "Parent Champion"),
           ("Priya Mistry", "PM", "Parent Representative, PCF"),
           ("Sarah Khan", "SKh", "Participation Officer"),
           ("David Lowe", "DL", "Principal Educational Psychologist"),
           ("Priya Shah", "PS", "Director of Education (item 4)"),
           ("Sarah Kent", "SKe", "School Improvement Adviser (item 4)"),
           ("Ruth Hill", "RH", "Partnership Business Support Officer (minutes)")]
t = doc.add_table(rows=0, cols=3); t.style = "Table Grid"
for row in present:
    cells = t.add_row().cells
    for i, v in enumerate(row): cells[i].text = v
doc.add_paragraph()
doc.add_paragraph().add_run("Apologies").bold = True
doc.add_paragraph("Yusuf Okafor (DCO, ICB); Grace Adeyemi (Children's Therapies); Claire Dunmore (SENDIASS)")

def item(n, title, paras):
    doc.add_paragraph().add_run(f"{n}.  {title}").bold = True
    for x in paras:
        doc.add_paragraph(x)

item(1, "Welcome, introductions and apologies", [
    "1.1  AP welcomed members, in particular PS and SKe who were attending for item 4. Apologies as above."])
item(2, "Minutes of the last meeting (2 September 2027) and matters arising", [
    "2.1  The minutes were agreed as an accurate record.",
    "2.2  The action log was reviewed (see updated log at the end of these minutes). DL reported that the EP "
    "consultation line leaflet had been delayed by printing but the parent version was now agreed; the action "
    "remains open with a revised date. YO's action on the sensory pathway was closed as superseded, because the "
    "ICB is now writing to all families on the waiting list (reported to the Board in October)."])
item(3, "Feedback from the October Partnership Board", [
    "3.1  TE reported that the Board received the Champions' feedback on part-time timetables and exclusions on "
    "20 October. The Board has asked Liam Porter to include part-time timetable data in the quarterly performance "
    "report from January; this is a Board action and is tracked on the Board's log, not this one.",
    "3.2  Members welcomed the response. KL said parents would want to see the figures broken down by school."])
item(4, "Exclusions and inclusion – discussion with the Director of Education", [
    "4.1  PS gave an overview of suspensions and permanent exclusions in 2026/27. Exclusions of children with "
    "EHCPs had fallen slightly but suspensions of children on SEN support had risen. PS agreed to provide the "
    "exclusion figures broken down by school phase for the next meeting.",
    "4.2  SKe described the draft Westmoor Inclusion Charter being developed with headteachers. Champions asked to "
    "see it before it goes to the heads' forum. SKe agreed to circulate the draft to Champions for comment.",
    "4.3  Champions proposed that a parent representative should sit on exclusion review panels. PS explained "
    "that independent review panels are set up under the statutory guidance and membership is fixed, so this is "
    "not something the partnership can change. The proposal was not taken forward, but PS offered to explain the "
    "panel process in the Champions' newsletter.",
    "4.4  PM offered to write a newsletter article on exclusions, including PS's explanation of the panels.",
    "4.5  KL will gather questions from Champions in advance so that PS can answer them at the next meeting.",
    "4.6  AP asked that exclusions be added to the Partnership Board's forward plan."])
item(5, "Venue for the January session", [
    "5.1  The January session will be the Network's first 'away' session in a school. TE agreed to ask Nadia Khan "
    "whether Riverside Primary could host the January session. SKh noted that the Civic Centre remains available "
    "as a fallback and no booking is needed."])
item(6, "Any other business", [
    "6.1  DL mentioned that the EP service is recruiting two trainee EPs; no action for the Network.",
    "6.2  SKh thanked everyone who had helped with the autumn coffee mornings."])
item(7, "Date of next meeting", [
    "7.1  Thursday 9 December 2027, 13:30, Committee Room 2."])

doc.add_page_break()
doc.add_paragraph().add_run("ACTION LOG – updated 4 November 2027").bold = True
log = [("Ref", "Action", "Owner", "Due", "Status"),
       ("07/03", "Book venue for the February Champions conference", "SKh", "30/09/27", "Complete – Oakfield hub booked"),
       ("09/02", "Share the EP consultation line leaflet (parent version) with Champions", "DL",
        "07/10/27\nRevised: 30/11/27", "Ongoing – printing delayed"),
       ("09/04", "Confirm timescale for sensory pathway letter to families", "YO", "04/11/27",
        "Closed – superseded (ICB writing to families)"),
       ("11/01", "Provide exclusion figures by school phase", "PS", "Next meeting", "New"),
       ("11/02", "Circulate draft Inclusion Charter to Champions for comment", "SKe", "19/11/27", "New"),
       ("11/03", "Draft newsletter article on exclusions incl. panel process", "PM", "26/11/27", "New"),
       ("11/04", "Collect Champions' questions for the Director of Education", "KL", "02/12/27", "New"),
       ("11/05", "Add exclusions to the Partnership Board forward plan", "RH", "Dec Board (15/12/27)", "New")]
t = doc.add_table(rows=len(log), cols=5); t.style = "Table Grid"
for i, row in enumerate(log):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
        if i == 0: t.cell(i, j).paragraphs[0].runs[0].bold = True
fp = doc.sections[0].footer.paragraphs[0]
fp.text = "Champions Network steering minutes 04.11.2027 – DRAFT until agreed at next meeting"
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-11-04",
  "Formal Word minutes of a SEND Champions Network steering meeting (Thursday 4 November 2027) written by the "
  "Board's business support officer, with a present list giving initials, numbered paragraphs and an action log "
  "table on a separate page mixing carried-forward and new actions. Traps: two Priyas (PS = Priya Shah, Director of "
  "Education; PM = Priya Mistry, parent rep) and two Sarahs (SKh = Sarah Khan; SKe = Sarah Kent); the log's 07/03 is "
  "Complete and 09/04 is Closed - superseded (the ICB's letter is not the group's action); 09/02 is still open with a "
  "moved date, so it is labelled with the revised date; Liam's part-time timetable data is a Board action tracked "
  "elsewhere; the parent seat on exclusion panels was not taken forward; PS's offer to explain panels is folded into "
  "PM's article (11/03), not labelled separately; DL's trainee EP recruitment is 'no action'; the Civic Centre needs no "
  "booking. TE's action to ask Nadia Khan about Riverside hosting appears only in paragraph 5.1 and not in the log, "
  "but is labelled (no date, null). Keys for logged actions are taken from the log's wording. Dates: 'Revised: "
  "30/11/27' = 2027-11-30; 'Next meeting' resolves to the date given in item 7, Thursday 9 December 2027; "
  "19/11/27, 26/11/27, 02/12/27 as written; 'Dec Board (15/12/27)' = 2027-12-15.",
  [("Share the EP consultation line leaflet", "DL", "David Lowe", "2027-11-30"),
   ("Provide exclusion figures by school phase", "PS", "Priya Shah", "2027-12-09"),
   ("Circulate draft Inclusion Charter to Champions for comment", "SKe", "Sarah Kent", "2027-11-19"),
   ("Draft newsletter article on exclusions incl. panel process", "PM", "Priya Mistry", "2027-11-26"),
   ("Collect Champions' questions for the Director of Education", "KL", "Kerry Lang", "2027-12-02"),
   ("Add exclusions to the Partnership Board forward plan", "RH", "Ruth Hill", "2027-12-15"),
   ("TE agreed to ask Nadia Khan whether Riverside", "TE", "Tom Evans", None)])
