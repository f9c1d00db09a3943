from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_COLOR_INDEX
import re

stem = "423_fiftyseventh_clerk_draft_minutes_todo_placeholders"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "DRAFT v0.2 – NOT FOR CIRCULATION – RH working copy (do not forward)"
sec.footer.paragraphs[0].text = "PfA workstream 08.09.27 – draft minutes – last saved by Ruth Hill"

def para(text, bold=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    # highlight [TODO ...] and XX placeholders
    for part in re.split(r"(\[TODO[^\]]*\]|<<[^>]*>>|XX/XX|\?\?)", text):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold
        if part.startswith("[TODO") or part.startswith("<<") or part in ("XX/XX", "??"):
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return p

h = doc.add_heading("Westmoor SEND Partnership – Preparing for Adulthood (PfA) Workstream", level=1)
para("Minutes of meeting held Wednesday 8 September 2027, 2.00–3.45pm, Room 2.14 County Hall / Teams", bold=True)
para("Present: Anne Price (Chair, AP), Owen Reid (PfA Lead, OR), Mary Walker (Head of SEND, MW), Sarah Khan (Participation Officer, SK), Tom Evans (PCF co-chair, TE), Claire Dunmore (SENDIASS, CD), Priya Mistry (PCF parent rep), Liam Porter (Data & Performance, LP)")
para("In attendance: Ruth Hill (minutes); Jas Sandhu, Westmoor College (item 4 only) [TODO: check spelling of Jas's surname – Sandhu or Sandu?]")
para("Apologies: Yusuf Okafor (DCO), Grace Adeyemi (Children's Therapies), Mark Walsh (Transport) [TODO – did Mark send apols or just not turn up? check inbox]")

para("1. Welcome and introductions", bold=True)
para("AP welcomed everyone, particularly Priya Mistry attending her first meeting as PCF parent representative for post-16.")

para("2. Minutes of last meeting (7 July) and action log", bold=True)
para("The minutes were agreed as an accurate record subject to one correction: at item 5 'Owen Reid' should read 'Owen Reid and Sarah Khan'.")
para("Action log: Action 4 (LP – NEET and 'not known' data by ward) – complete, circulated 20 July. Action 5 (MW – EHCP post-16 placement list) – complete. "
     "Action 6 (OR – list of supported internship employers) – still open. OR explained he has been covering the transitions panel over the summer; "
     "agreed Sarah Khan will pick this up instead. ACTION: SK to circulate the list of supported internship employers by Friday 24 September. "
     "Action 7 (CD – SENDIASS post-16 factsheet) – CD confirmed the factsheet has already been updated and is live on the Local Offer – close.")

para("3. Post-16 transport policy consultation", bold=True)
para("MW reported that the council's Transport team is running a public consultation on the post-16 transport policy statement which opened on 1 September and runs until 15 October. "
     "The Transport team will hold two drop-in sessions for families [TODO – get dates from Mark's team]. This is the Transport team's consultation, not the workstream's. "
     "TE said a lot of families don't know about it. ACTION: TE to share the consultation link in the next PCF newsletter [TODO – date? not agreed in mtg I don't think].")

para("4. Supported internships – college update", bold=True)
para("Jas Sandhu gave an update on the 2027/28 supported internship cohort: 14 interns started this week across three host employers (the hospital, the leisure centre and [TODO – 3rd employer, it was a hotel?]). "
     "OR explained that destination data from previous cohorts is patchy and that <<Anne – is it ok to say 'patchy'? you said 'incomplete' I think>> "
     "[TODO – finish para from my notes, OR's point about the paid employment rate – was it 41% or 46%??]. "
     "ACTION: OR to write to the three colleges asking for destination data for the 2024/25 and 2025/26 cohorts by Friday 1 October.")
para("The workstream NOTED the update. Agreed that the supported internships annual report will come to the January meeting (forward plan – no action now).")

para("5. Health transition to adult services", bold=True)
para("In YO's absence AP said she had hoped to discuss the adult health transition pathway; deferred. "
     "ACTION: YO to present adult health transition update at next meeting [TODO check whether Yusuf knows – email him!]")

para("6. PfA outcomes in EHCP annual reviews", bold=True)
para("MW presented the draft PfA outcomes framework. Members welcomed it. DECISION: the workstream agreed to adopt the PfA outcomes framework from the autumn term, with the wording changes to section 3 agreed in the meeting. "
     "RH to re-send the PfA outcomes framework with track changes accepted – [TODO do this tmrw!!]. "
     "LP said he could pull a sample of Year 9 annual reviews to test how well PfA sections are being written. "
     "ACTION: LP to pull a sample of 20 Year 9 annual reviews for the PfA audit by Friday 22 October. "
     "TE asked whether parents would see the audit findings – AP said yes, they would come back here first.")

para("7. Any other business", bold=True)
para("[TODO: was it Priya S or Priya M who asked this? Priya S wasn't here so must be Priya M – check]. Priya asked whether the young people's forum could co-chair future meetings of the workstream. "
     "Members were supportive in principle. ACTION: Sarah K to speak to the youth forum about the co-chair role and report back by 15 Oct. "
     "CD mentioned that SENDIASS is recruiting a post-16 adviser – for information.")

para("Date of next meeting: [TODO – Nov, date tbc w/ Anne's diary – 10th or 17th?]", bold=True)

para("Action summary", bold=True)
rows = [("No", "Action", "Owner", "By"),
        ("1", "Circulate supported internship employers list (c/f from July action 6 – now SK not OR)", "SK", "24/09"),
        ("2", "Write to colleges re destination data 24/25 + 25/26", "OR", "01/10"),
        ("3", "Transport consultation link – PCF newsletter", "TE", "[TODO]"),
        ("4", "Y9 annual review sample for PfA audit", "LP", "22/10"),
        ("5", "[TODO – add YO health transition]", "", ""),
        ("6", "[TODO – anything from AOB?? youth forum]", "", ""),
        ("7", "", "", "")]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j); c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.bold = (i == 0)
        if "TODO" in val:
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
para("")
para("[TODO – send to Anne for checking by Fri, then circulate. Don't forget to save to the SharePoint PfA folder not my OneDrive]")
doc.save(OUT / f"{stem}.docx")

write_labels(stem, "2027-09-08",
 "A clerk's half-finished Word draft (header 'DRAFT v0.2 – NOT FOR CIRCULATION') of the PfA workstream meeting on Wednesday 8 September 2027, with yellow-highlighted [TODO ...] markers, <<questions to the chair>>, an unfinished paragraph and an action summary table that is only partly filled in (rows 5-7 blank or TODO, row 3's date 'TODO'). Traps: closed actions in the log review (LP NEET data, MW placement list, CD factsheet already live), the Transport team's own consultation and drop-ins (other body), a NOTED update and a forward-plan item for January, a DECISION to adopt the outcomes framework, the clerk's own housekeeping TODO to send the draft to Anne (a note to self about the draft, not a meeting action), an information item (SENDIASS recruiting), a question from Priya M. Labels: Action 6 carried forward and re-assigned from OR to SK (Sarah Khan) 'by Friday 24 September' = 2027-09-24; TE's newsletter action has no agreed date (the clerk's TODO says so) -> null; OR 'by Friday 1 October'; YO (Yusuf Okafor, apologies) 'at next meeting' (November date tbc) -> next meeting; RH's re-send 'tmrw' = Thursday 2027-09-09; LP 'by Friday 22 October'; Sarah K (the Participation Officer, not Sarah Kent) youth forum 'by 15 Oct' = Friday 2027-10-15.",
 [("SK to circulate the list of supported internship employers", "SK", "Sarah Khan", "2027-09-24"),
  ("share the consultation link in the next PCF newsletter", "TE", "Tom Evans", None),
  ("write to the three colleges asking for destination data", "OR", "Owen Reid", "2027-10-01"),
  ("YO to present adult health transition update", "YO", "Yusuf Okafor", "next meeting"),
  ("RH to re-send the PfA outcomes framework", "RH", "Ruth Hill", "2027-09-09"),
  ("pull a sample of 20 Year 9 annual reviews", "LP", "Liam Porter", "2027-10-22"),
  ("speak to the youth forum about the co-chair role", "Sarah K", "Sarah Khan", "2027-10-15")])
