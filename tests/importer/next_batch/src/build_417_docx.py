from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "417_fiftysixth_chair_notebook_pa_typed_illegible.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "TYPED FROM A. PRICE NOTEBOOK \u2013 NOT AGREED MINUTES \u2013 DO NOT CIRCULATE"
hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.sections[0].footer.paragraphs[0].text = "Business Support \u2013 typed 25/02/2027 \u2013 LB"

def para(text, bold=False, italic=False, grey=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if grey:
        r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    if size:
        r.font.size = Pt(size)
    return p

para("Inspection readiness sub-group \u2013 Weds 24 Feb 2027 \u2013 Chair\u2019s handwritten notes (typed)", bold=True, size=13)
para("Typed by Lorraine Birch (Business Support) on 25/02/27 from pp. 31\u201335 of Anne\u2019s A5 notebook. "
     "Square brackets are mine: [illegible] = couldn\u2019t read it; [?] = my best guess; [margin] = written "
     "in the margin; [crossed out] = struck through in the original; [circled] / [underlined twice] as in the book. "
     "Anne \u2013 please check the bracketed bits before anything goes to the Board.", italic=True, grey=True)

para("p.31", bold=True)
for t in [
    "24/2  Insp. readiness \u2013 MW, PS, YO, LP, TE, RH, OR (late). Apols DL.",
    "1. SEF",
    "\u2013 still too long \u2013 40pp [?]. Needs to say \u2018what difference\u2019 not what we did",
    "\u2013 MW \u2192 refresh s.3 (impact) by Fri 5/3  [underlined twice]",
    "\u2013 PS: budget pressures section \u2013 \u2018keep it honest\u2019 \u2013 she is happy w/ current draft",
    "\u2013 AGREED \u2013 keep monthly mtgs until the call comes  [boxed]",
]:
    para(t)

para("p.32", bold=True)
for t in [
    "2. Health",
    "\u2013 YO \u2013 health data for SEF [illegible] \u2013 by 12/3",
    "\u2013 CAMHS waits still [illegible] \u2013 \u2018ask Anita?\u2019 [?]",
    "[margin] NHSE doing own deep dive in Apr \u2013 not ours",
    "\u2013 \u2713 RH sent the pack out Mon",
    "3. Data",
    "\u2013 LP dashboard v2 \u2192 me before the Mar board (17th)  [crossed out: \u2018by 10/3\u2019]",
    "\u2013 KS4 outcomes \u2013 LP says DfE release not till [illegible] \u2013 nothing we can do",
]:
    para(t)

para("p.33", bold=True)
for t in [
    "4. Parent voice",
    "\u2013 TE \u2013 forum \u2018top 5\u2019 from the survey for the SEF \u2013 by 19/3 [?] [date smudged \u2013 could be 10/3 or 19/3]",
    "\u2013 [crossed out: SK \u2013 Local Offer page refresh]  [margin: \u2018not SK \u2013 comms team doing it\u2019]",
    "\u2013 [illegible] \u2013 check survey wording w/ Kerry",
    "\u2013 good feedback from coffee am \u2013 use quotes!!",
]:
    para(t)

para("p.34", bold=True)
for t in [
    "5. PfA",
    "\u2013 OR (late) \u2013 PfA pathway map for April board",
    "\u2013 Q: who owns transport complaints?? \u2192 [illegible]",
    "6. AOB",
    "\u2013 Me \u2013 ring JW re staffing tmrw  [circled]",
    "\u2013 Bethan J \u2013 scrutiny want the SEF in June (their work programme)",
]:
    para(t)

para("p.35", bold=True)
for t in [
    "next mtg 24/3 [?]",
    "[rest of page is a doodle and what looks like a shopping list \u2013 not typed]",
]:
    para(t)

doc.save(OUT)
print(OUT)
