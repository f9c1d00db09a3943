"""511: dictated file note of a phone call between two officers, typed up by the typist, .docx."""
import sys; sys.path.insert(0, "/tmp/b69/src")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import OUT, write_labels

STEM = "511_sixtyninth_dictated_phone_call_file_note_typed_later_typist_queries"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.footer.paragraphs[0].text = "JW/RH/SEND-ESC/114   Typed 26/11/26   DBNR"

p = doc.add_paragraph(); r = p.add_run("WESTMOOR COUNCIL - CHILDREN'S SERVICES"); r.bold = True
p = doc.add_paragraph(); r = p.add_run("FILE NOTE"); r.bold = True; r.font.size = Pt(14)

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Subject", "Telephone call - delays in paediatric health advice for EHC needs assessments"),
    ("Call between", "James Whitfield (JW), Assistant Director, SEND and Inclusion, and Yusuf Okafor (YO), Designated Clinical Officer, Westmoor ICB"),
    ("Date / time of call", "Monday 23 November 2026, approx. 16:15 - 16:40 (YO rang JW)"),
    ("Dictated", "23/11/26 (JW, digital dictation)"),
    ("Typed", "26/11/26 (RH)"),
    ("Status", "DICTATED BUT NOT READ - JW to check"),
    ("Copy to", "Mary Walker, Head of SEND; Liam Porter, Data and Performance Manager; file"),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True
    row[0].width = Cm(4); row[1].width = Cm(12.4)
doc.add_paragraph("")

paras = [
 "YO rang me back following my email of last Thursday about the health advice figures. I explained that of the 38 EHC needs assessments due to finalise in December, 14 are still waiting for paediatric advice beyond the six-week deadline, and that this puts us at real risk of missing the 20-week timescale again, which the Partnership Board is going to pick up at its meeting on 9 December.",
 "YO accepted the figures broadly but said his information showed 11, not 14. We agreed the difference is probably the three children who moved in from [inaudible - sounded like 'Hartley'?] Hartleigh (sp?) over the summer. I said I would send YO the anonymised list of the 14 cases by close of play tomorrow so that he can reconcile it with the Trust's list.",
 "YO explained the paediatric position: two consultant vacancies, one consultant on long-term sick leave, and Dr Patel covering the bulk of the statutory work on top of clinics. He said he would raise it directly with the Trust's Chief Operating Officer this week and would press for locum cover. He said, and I quote, 'leave the recovery plan with me', and that he would come back with a recovery trajectory before the December Board. [Typist: JW said 'the 19th' at this point but the December Board is 9th December per JW's diary - typed as the December Board, please check.]",
 "I asked whether the DMO could help with triage. YO said he might be able to free up some of the DMO's time in January but he couldn't promise anything until he had spoken to the Trust. I have NOT treated that as agreed and it should not go on the tracker.",
 "We both felt that someone should let the Parent Carer Forum know there is a problem before it comes up at the Board, rather than them hearing it from parents. On reflection I said I would ring Tom Evans myself once YO's trajectory is in, and in any case before the Board.",
 "I also said I would brief Priya Shah at our one-to-one on Thursday so that she is not surprised at the Board.",
 "YO said Lorraine, his PA, would send an invite by Friday for a follow-up call in the week of 7 December. [Typist: diary for w/c 7/12 is very full - Tues pm or Thurs am only.]",
 "For the record, YO also mentioned that the ICB's own SEND action plan has an action about health advice timeliness that closed in October. He accepted that it will need to be re-opened but said that is a matter for the ICB's quality committee, not for us.",
 "Ends.",
]
for x in paras:
    doc.add_paragraph(x).paragraph_format.space_after = Pt(8)

p = doc.add_paragraph(); r = p.add_run("Actions (typed from dictation - JW to confirm)"); r.bold = True
for x in [
    "1.  JW - send anonymised list of 14 cases to YO - 24/11/26",
    "2.  YO - raise paediatric capacity with Trust COO - w/e 27/11/26",
    "3.  YO - recovery trajectory - before December Board (9/12/26)",
    "4.  JW - brief PS at 1:1 - Thurs 26/11",
    "5.  JW - ring TE (PCF) - before Board",
    "6.  Lorraine (YO's PA) - invite for follow-up call w/c 7/12 - by Fri 27/11",
]:
    doc.add_paragraph(x)
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2026-11-23",
 "A file note of a telephone call between two officers (James Whitfield, Assistant Director SEND, and Yusuf Okafor, Designated Clinical Officer), dictated by JW on the day and typed up three days later by Ruth Hill as a Word file note: header table (call Monday 23 November 2026, dictated 23/11/26, typed 26/11/26, 'DICTATED BUT NOT READ'), first-person dictated paragraphs with typist's bracketed queries ('[inaudible ...]', '(sp?)', '[Typist: JW said the 19th ... typed as the December Board]'), then the typist's own numbered action list repeating the actions with dd/mm dates. Relative dates run from the call (23 November), not the typing date (26 November). Traps: the typist's query about 'the 19th' is resolved in the note itself to the December Board on 9 December; YO's 'might be able to free up some of the DMO's time' is a hedge and JW says it is NOT agreed; 'someone should let the Parent Carer Forum know' becomes JW's own action to ring Tom Evans; the ICB's closed action is for the ICB's quality committee, not an action here; the 'Copy to' list is distribution. Owners: 'I' in the dictation is JW (James Whitfield); Lorraine is YO's PA (not in the cast). Dates: 'by close of play tomorrow' = Tuesday 24 November 2026; 'this week' = Friday 27 November 2026 (the list says 'w/e 27/11/26'); 'before the December Board' = Wednesday 9 December 2026 (used for both the trajectory and ringing Tom Evans 'before the Board'); 'our one-to-one on Thursday' = Thursday 26 November 2026; Lorraine's invite 'by Friday' = Friday 27 November 2026 (the call itself in w/c 7 December is not the due date).",
 [("send YO the anonymised list of the 14 cases", "JW", "James Whitfield", "2026-11-24"),
  ("raise it directly with the Trust's Chief Operating Officer", "YO", "Yusuf Okafor", "2026-11-27"),
  ("come back with a recovery trajectory", "YO", "Yusuf Okafor", "2026-12-09"),
  ("I would ring Tom Evans myself", "JW", "James Whitfield", "2026-12-09"),
  ("brief Priya Shah at our one-to-one", "JW", "James Whitfield", "2026-11-26"),
  ("would send an invite by Friday", "Lorraine", None, "2026-11-27"),
 ])
