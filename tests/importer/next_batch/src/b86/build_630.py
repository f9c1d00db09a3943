"""630: Westmoor and Eastbridge Joint Strategic SEND Board - DRAFT minutes, numbered paragraphs, right-aligned ACTION owner lines."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path("/tmp/b86")
STEM = "630_eightysixth_joint_board_draft_right_margin_actions"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(10)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]; hp.text = "DRAFT – NOT YET APPROVED"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0); hp.runs[0].bold = True
sec.footer.paragraphs[0].text = "Joint Strategic SEND Board | 23.06.27 | Hosted by NHS Westmoor ICB on behalf of Westmoor and Eastbridge"

def p(text, bold=False, italic=False):
    para = doc.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic; return para

def head(n, text):
    para = doc.add_paragraph(); para.paragraph_format.space_before = Pt(10)
    para.add_run(f"{n}.  {text}").bold = True

def np(n, text):
    para = doc.add_paragraph(); para.paragraph_format.left_indent = Cm(1.0); para.paragraph_format.first_line_indent = Cm(-1.0)
    para.add_run(f"{n}\t{text}"); return para

def action(who):
    para = doc.add_paragraph(); para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = para.add_run(f"ACTION: {who}"); r.bold = True

def note(text):
    para = doc.add_paragraph(); r = para.add_run(text); r.italic = True; r.font.color.rgb = RGBColor(0x70, 0x30, 0xA0)

p("WESTMOOR AND EASTBRIDGE JOINT STRATEGIC SEND BOARD", bold=True)
p("Minutes of meeting held Wednesday 23 June 2027, 10.00am – 12.30pm, Eastbridge Town Hall, Committee Room B")
p("Present:", bold=True)
p("Anne Price (AP) – Independent Chair, Westmoor SEND Partnership (Co-Chair)\n"
  "Cllr Martin Hale (MH) – Cabinet Member for Children, Eastbridge Borough Council (Co-Chair)\n"
  "Mary Walker (MW) – Head of SEND, Westmoor Council\n"
  "Karen Doyle (KD) – Head of SEN and Inclusion, Eastbridge Borough Council\n"
  "Yusuf Okafor (YO) – Designated Clinical Officer, NHS Westmoor ICB (Westmoor place)\n"
  "Rachel Simms (RS) – Designated Clinical Officer, NHS Westmoor ICB (Eastbridge place)\n"
  "Liam Porter (LP) – Data and Performance Manager, Westmoor Council\n"
  "Tom Evans (TE) – Co-chair, Westmoor Parent Carer Forum\n"
  "Dee Mahmood (DM) – Chair, Eastbridge Parent Carer Forum\n"
  "Claire Dunmore (CD) – SENDIASS Service Manager (item 6 only)")
p("Apologies: Priya Shah (Westmoor), Lorraine Fitch (Eastbridge DCS)")
p("Minutes: Ruth Hill (RH)")

head(1, "Welcome and apologies")
np("1.1", "AP chaired the meeting. Apologies noted.")
head(2, "Declarations of interest")
np("2.1", "DM declared that she is employed part-time by an independent specialist provider used by both authorities. "
   "Noted; no item on today's agenda directly concerned that provider.")
head(3, "Minutes of the meeting on 24 March 2027")
np("3.1", "Agreed. All actions complete except the sufficiency analysis, covered under item 5.")

head(4, "Cross-border placements")
np("4.1", "KD presented the draft cross-border placement protocol covering children who live in one authority and "
   "attend school in the other (approx. 310 children). Both legal teams need to see it before it goes to the two DCSs.")
np("4.2", "KD to circulate the draft cross-border placement protocol to both legal teams by 9 July.")
action("KD")
np("4.3", "Families have reported being passed between the two authorities for annual reviews. TE and DM asked "
   "for a single named contact in each authority. Eastbridge already has one (Team Manager, SEN Casework). MW to "
   "confirm Westmoor's named contact for cross-border cases by 2 July.")
action("MW")

head(5, "Post-16 specialist provision – joint sufficiency analysis")
np("5.1", "LP reported the analysis is 80% complete but the Eastbridge college data only arrived last week. The "
   "report was due by 30 June. LP asked for more time; agreed to extend the deadline to w/c 12 July.")
np("5.2", "LP to complete the joint sufficiency analysis and circulate to Board members (revised deadline as above).")
action("LP")
note("[RH: LP – please check the college numbers with KD's team before circulating – as discussed.]")

head(6, "Health advice – single template")
np("6.1", "YO and RS described the differences between the two areas' health advice templates for EHC needs "
   "assessments. Clinicians working across both areas find this duplicative.")
np("6.2", "YO to lead, with RS, on producing a single health advice template for both areas, for sign-off at the next meeting.")
action("YO (RS)")
np("6.3", "CD raised the idea of a single SENDIASS contract across both areas. Members felt this was premature given "
   "the different contract end dates (Westmoor 2029, Eastbridge 2028). No action at this stage; to be revisited "
   "in 2028.")

head(7, "Any other business")
np("7.1", "TE offered to share anonymised PCF case studies of cross-border families with KD to inform the protocol.")
action("TE")
np("7.2", "AP to write to both Directors of Children's Services summarising today's decisions by end of next week.")
action("AP")
np("7.3", "MH thanked Eastbridge colleagues for hosting. Next meeting date to be confirmed – RH to circulate.")
note("[Post-meeting note: the next meeting has since been confirmed for Wednesday 22 September 2027, 10am, "
     "Westmoor Civic Centre. Invitations sent 25/06. – RH]")
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-06-23",
 "style": ("Held-out batch eightysixth. DRAFT minutes (red 'DRAFT - NOT YET APPROVED' header) of a joint strategic "
  "SEND Board covering two councils on one ICB footprint, hosted in Eastbridge's house style: numbered paragraphs "
  "1.1-7.3, initials in the attendance list, and the owner given only in a bold right-aligned 'ACTION: XX' line "
  "under each paragraph; clerk's notes in purple square brackets. Traps: half the attendees are from Eastbridge and "
  "not in people.json - KD's action (Karen Doyle) is labelled with person null; the RH bracket note asking LP to "
  "check numbers is an aside to the same action, not a new one; CD's single SENDIASS contract idea is not taken "
  "forward; Eastbridge's existing named contact is already in place; 'RH to circulate' the next meeting date was "
  "already done by the post-meeting note (invitations sent 25/06), not labelled. 'YO (RS)' is a joint owner - "
  "labelled as the lead YO (Rachel Simms is not in people.json). Dates that move: LP's report 'was due by 30 June' "
  "but the deadline was extended to 'w/c 12 July' = Friday 16 July 2027; 'at the next meeting' resolves through "
  "the post-meeting note to Wednesday 22 September 2027; 'by 9 July' and 'by 2 July' as written; 'by end of next "
  "week' = Friday 2 July 2027; TE's offer to share case studies has no date (null)."),
 "held_out": True,
 "actions": [
  {"key": "circulate the draft cross-border placement protocol to", "owner": "KD", "person": None, "due": "2027-07-09"},
  {"key": "MW to confirm Westmoor's named contact", "owner": "MW", "person": "Mary Walker", "due": "2027-07-02"},
  {"key": "LP to complete the joint sufficiency analysis", "owner": "LP", "person": "Liam Porter", "due": "2027-07-16"},
  {"key": "producing a single health advice template for both", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-09-22"},
  {"key": "TE offered to share anonymised PCF case studies", "owner": "TE", "person": "Tom Evans", "due": None},
  {"key": "AP to write to both Directors of Children's", "owner": "AP", "person": "Anne Price", "due": "2027-07-02"},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
