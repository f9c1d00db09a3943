"""Builds 144_seventeenth_governors.docx: Riverside Primary SEND committee minutes."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUT = CORPUS + "/144_seventeenth_governors.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Riverside Primary School - Local Governing Board"
sec.footer.paragraphs[0].text = "Signed as a true record ........................ (Chair)    Date ..............    Page 1 of 2"


def p(text, bold=False, italic=False, align=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if align:
        para.alignment = align
    return para


def qa(q, a):
    para = doc.add_paragraph()
    r = para.add_run("Q: ")
    r.bold = True
    para.add_run(q)
    para = doc.add_paragraph()
    r = para.add_run("A: ")
    r.bold = True
    para.add_run(a)


p("RIVERSIDE PRIMARY SCHOOL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("Minutes of the SEND and Inclusion Committee", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("held on Thursday 4 February 2027 at 4.30pm in the school library", align=WD_ALIGN_PARAGRAPH.CENTER)

p("Present: Mr R Castle (Chair of Committee, co-opted governor), Mrs A Lowther (SEND link governor), "
  "Mr T Evans (parent governor), Mrs N Khan (Headteacher)")
p("In attendance: Mrs H Brooks (SENCo), Mrs J Osei (Clerk, Westmoor Governor Services)")
p("Apologies: Ms F Adams (staff governor) - accepted")
p("The meeting was quorate.", italic=True)

p("1. Declarations of interest", bold=True)
p("Mr Evans reminded the committee that he is co-chair of the Westmoor Parent Carer Forum and has a child "
  "with an EHCP at another Westmoor school. No other declarations.")

p("2. Minutes of the last meeting (12 November 2026) and matters arising", bold=True)
p("The minutes were approved as a correct record and signed by the Chair.")
p("Action 1 (SENCo to arrange a learning walk for the SEND link governor): completed 20 January 2027. "
  "Action 2 (Clerk to circulate the LA banding consultation): completed. "
  "Action 3 (HT to review the reduced timetable register): completed - one pupil remains on a reduced "
  "timetable and this is reviewed fortnightly. All actions closed.")

p("3. SEN Information Report and SEN policy", bold=True)
p("The SENCo presented the revised SEN Information Report, which has been updated to reflect the new Local "
  "Offer links and the change of speech and language therapy provider.")
qa("Has the report been checked by parents? Last year the wording was criticised as too technical.",
   "The SENCo confirmed that two parents from the PCF read the draft in January and their suggestions "
   "have already been included.")
p("The committee agreed to recommend the revised SEN policy to the full governing board for approval. "
  "Clerk to circulate the revised SEN Information Report to all governors by Friday so that it can be "
  "published on the website once approved.")

p("4. SEN data - autumn term", bold=True)
p("The HT reported that 17.8% of pupils are on SEN support and 3.1% have an EHCP, both slightly above "
  "the Westmoor average. Progress for pupils with SEN in reading was in line with peers; in maths the gap "
  "has widened in Year 4.")
qa("Why has the maths gap widened in Year 4 and what is being done?",
   "The HT explained that the cohort has a high proportion of pupils with SEMH needs and two long-term staff "
   "absences. Precision teaching was introduced in January and it is too early to see impact.")
qa("Can governors see the SEN support numbers broken down by year group and primary need? It is hard to "
   "challenge without it.",
   "Yes. SENCo to provide an anonymised breakdown of pupils on SEN support by year group and primary need "
   "by Friday 26 February.")
qa("Is the school considering a nurture group?",
   "The HT said she would like to open a nurture group in September if the budget allows, but no decision "
   "has been made and it depends on the outcome of the high needs funding review.")

p("5. EHCPs and the local authority", bold=True)
p("The SENCo reported that four annual reviews held in the autumn term are still waiting for amended plans "
  "from the LA, the oldest since September. Governors expressed concern.")
qa("What can governors do about the delays?",
   "HT will write to the LA Head of SEND (Mary Walker) setting out the delays in amended EHCP paperwork, "
   "copying the Chair of Governors, by 1 March 2027.")
p("The committee noted that the LA's consultation on top-up funding bands closes on 26 February. This is "
  "a matter for the LA; individual governors may respond if they wish.")

p("6. Staffing and training", bold=True)
p("The HT informed the committee that she will be out of school on 11 February for the NPQEH residential "
  "and the deputy head will cover. Two teaching assistants completed the Elklan training in January.")
qa("Has the school costed ELSA training for the new teaching assistants, as discussed in November?",
   "Not yet. HT will bring a costed proposal for ELSA training for two teaching assistants to the next "
   "meeting of this committee.")
p("Governor training: the Chair noted that governors have not had SEND training since 2024. Clerk to ask "
  "Westmoor School Improvement (Sarah Kent) to provide a twilight SEND session for governors, with a date "
  "to be reported to the full governing board on 23 March 2027.")

p("7. Accessibility plan", bold=True)
p("Deferred to the summer term meeting as the site survey has not yet been received from the LA property team.")

p("8. Any other business", bold=True)
p("Mr Evans asked whether the school would host a PCF coffee morning in the spring. The HT said she "
  "was happy in principle but the spring term calendar is already full; it may be possible in the autumn.")

p("9. Date of next meeting", bold=True)
p("Thursday 6 May 2027, 4.30pm, school library.")
p("The meeting closed at 6.02pm.", italic=True)

doc.save(OUT)
print("wrote", OUT)
