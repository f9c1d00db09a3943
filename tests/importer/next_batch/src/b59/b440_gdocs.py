"""440: Google Docs running notes doc (newest at top) built from the '@meeting notes' template, exported to .docx.
People/date/file smart chips come out as hyperlinked text; external people as email addresses."""
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

STEM = "440_fiftyninth_google_docs_meeting_notes_smart_chips_senco_network"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)


def link(par, text, url, strike=False):
    r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "1155CC"); rpr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    if strike:
        rpr.append(OxmlElement("w:strike"))
    r.append(rpr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
    h.append(r)
    par._p.append(h)


def chip_person(par, name, email, strike=False):
    link(par, name if name else email, "mailto:" + email, strike)


def chip_date(par, text, strike=False):
    link(par, text, "https://www.google.com/calendar/render?action=VIEW", strike)


def txt(par, s, strike=False, bold=False):
    r = par.add_run(s)
    r.font.strike = strike
    r.bold = bold
    return r


def heading_line(date_text, event):
    p = doc.add_paragraph()
    p.style = doc.styles["Heading 2"]
    chip_date(p, date_text)
    txt(p, " | ")
    link(p, event, "https://www.google.com/calendar/event?eid=Nm9xZ3ZhYjB0dW1jM2Q")


def attendees(people, extra=""):
    p = doc.add_paragraph()
    txt(p, "Attendees: ", bold=True)
    for i, (n, e) in enumerate(people):
        if i:
            txt(p, " ")
        chip_person(p, n, e)
    if extra:
        txt(p, " " + extra)


def sub(title):
    p = doc.add_paragraph()
    txt(p, title, bold=True)


def bullet(s):
    doc.add_paragraph(s, style="List Bullet")


def check(done, who, email, text, date=None, tail=""):
    p = doc.add_paragraph()
    txt(p, ("\u2612 " if done else "\u2610 "), strike=False)
    chip_person(p, who, email, strike=done)
    txt(p, " " + text, strike=done)
    if date:
        txt(p, " ", strike=done)
        chip_date(p, date, strike=done)
    if tail:
        txt(p, tail, strike=done)


t = doc.add_paragraph()
r = t.add_run("SENCo Network \u2013 running notes")
r.font.size = Pt(20)
p = doc.add_paragraph()
r = p.add_run("Newest meeting at the top please. Type @meeting notes to add a new one. Owner of this doc: Helen Brooks. "
              "Shared with: network members (comment access).")
r.italic = True
r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

# ---- 11 November 2027
heading_line("Nov 11, 2027", "SENCo Network \u2013 Autumn 2 (Riverside Primary, 1.30\u20133.30pm)")
attendees([("Helen Brooks", "h.brooks@riverside.westmoor.sch.uk"), ("David Lowe", "david.lowe@westmoor.gov.uk"),
           ("Sarah Kent", "sarah.kent@westmoor.gov.uk"), (None, "c.dunmore@westmoorsendiass.org.uk"),
           (None, "kerry.lang@westmoorpcf.org.uk")], "+ 14 SENCos (see sign-in sheet)")
p = doc.add_paragraph(); txt(p, "Apologies: ", bold=True); txt(p, "Mary Walker (update read out by Helen), Nadia Khan")
sub("Notes")
bullet("Welcome \u2013 Helen. New SENCos at St Mark's and Oakfield, please add yourselves to the distribution list.")
p = doc.add_paragraph(style="List Bullet")
txt(p, "EP service update (David): new consultation booking system from January. Form is ")
link(p, "EP consultation booking form 2028", "https://docs.google.com/forms/d/1x9QkP0ELbookingform/edit")
txt(p, ". Three slots per school per term; unused slots don't roll over.")
bullet("Ordinarily available provision (Sarah Kent): audit tool piloted in six schools since September, feedback "
       "positive, mostly about the self-evaluation section. Going out to all schools next.")
bullet("SENDIASS (Claire): new leaflets printed; callback service now live. Reminder that SENDIASS can come to "
       "annual reviews if the family asks.")
bullet("Parent voice (Kerry): PCF champions want to know what SENCos want from parents. Coffee morning feedback "
       "on Y6\u2013Y7 transition was mixed \u2013 Kerry has the detail.")
bullet("AGREED: network stays termly, not half-termly (show of hands, 11 for termly).")
bullet("Q: does the new EHCNA request form need the head's signature? Nobody sure \u2013 parked until the LA "
       "guidance comes out.")
bullet("FYI: the LA is consulting on banding changes in January (the LA's timetable, info only, nothing for the "
       "network to do yet).")
sub("Action items")
check(False, "David Lowe", "david.lowe@westmoor.gov.uk",
      "share the EP consultation booking form with all SENCos by", "Nov 19, 2027")
check(False, "Helen Brooks", "h.brooks@riverside.westmoor.sch.uk",
      "book the spring term network venue at Riverside \u2013", "Dec 3, 2027")
check(False, "Sarah Kent", "sarah.kent@westmoor.gov.uk",
      "send the ordinarily available provision audit tool to every school", "Nov 30, 2027")
check(False, None, "c.dunmore@westmoorsendiass.org.uk",
      "get SENDIASS leaflets to every school office before we break up", "Dec 17, 2027")
check(False, None, "kerry.lang@westmoorpcf.org.uk",
      "bring the coffee morning transition feedback to the next network")
check(True, "Helen Brooks", "h.brooks@riverside.westmoor.sch.uk", "circulate today's slides (done 11/11 pm)")
p = doc.add_paragraph(); txt(p, "Next meeting: ", bold=True); txt(p, "spring term, date TBC once the venue is booked.")
doc.add_paragraph()

# ---- 23 September 2027 (older)
heading_line("Sep 23, 2027", "SENCo Network \u2013 Autumn 1")
attendees([("Helen Brooks", "h.brooks@riverside.westmoor.sch.uk"), ("David Lowe", "david.lowe@westmoor.gov.uk"),
           ("Sarah Kent", "sarah.kent@westmoor.gov.uk")], "+ 16 SENCos")
sub("Notes")
bullet("EP traded offer prices for 2027/28 \u2013 David.")
bullet("One-page profiles: lots of variation in quality. Helen has good examples from Riverside.")
bullet("OAP audit tool \u2013 pilot schools confirmed.")
sub("Action items")
check(True, "David Lowe", "david.lowe@westmoor.gov.uk", "send EP traded offer price list", "Sep 30, 2027")
check(False, "Helen Brooks", "h.brooks@riverside.westmoor.sch.uk", "send round the one-page profile examples")
check(True, "Sarah Kent", "sarah.kent@westmoor.gov.uk", "circulate OAP audit draft to pilot schools", "Oct 8, 2027")
p = doc.add_paragraph(); txt(p, "Next meeting: ", bold=True); chip_date(p, "Nov 11, 2027")

doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-11-11",
 "A Google Docs running-notes document for the SENCo network (newest meeting at the top), built with the "
 "'@meeting notes' building block and downloaded as .docx: a date chip and calendar-event chip as each heading "
 "('Nov 11, 2027 | SENCo Network - Autumn 2'), attendees as people chips (colleagues' names, external people "
 "as bare email addresses), a file chip, checklist action items as \u2610/\u2612 glyphs with the assignee chip "
 "first and a date chip last, ticked items struck through. Meeting Thursday 11 November 2027. Traps: the older "
 "23 September meeting further down with its own action items, one still unticked (Helen's one-page profile "
 "examples, not raised again); a ticked and struck-through item done on the day (slides); the decision to stay "
 "termly; a parked question about the head's signature; the LA's January banding consultation (another body's "
 "plan). Labels: the five unticked 11 November items; owners as written in the chip (names, or the email "
 "addresses for Claire Dunmore and Kerry Lang); due = the date chip (US 'Nov 19, 2027' style); Kerry's item is "
 "for 'the next network', whose date is TBC, so 'next meeting'.",
 [("share the EP consultation booking form with all SENCos", "David Lowe", "David Lowe", "2027-11-19"),
  ("book the spring term network venue at Riverside", "Helen Brooks", "Helen Brooks", "2027-12-03"),
  ("send the ordinarily available provision audit tool", "Sarah Kent", "Sarah Kent", "2027-11-30"),
  ("get SENDIASS leaflets to every school office", "c.dunmore@westmoorsendiass.org.uk", "Claire Dunmore", "2027-12-17"),
  ("coffee morning transition feedback to the next network", "kerry.lang@westmoorpcf.org.uk", "Kerry Lang", "next meeting")])
