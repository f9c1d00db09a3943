"""466: Co-production workshop write-up (.docx) where the owners appear ONLY in a key of
colours and symbols at the bottom; each 'what we're doing' line starts with a symbol
and is coloured. Done items are ticked, another body's work has its own symbol."""
import json
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
STEM = "466_sixtythird_coproduction_writeup_owner_symbol_colour_key"

GREEN = RGBColor(0x2E, 0x7D, 0x32)
BLUE = RGBColor(0x15, 0x65, 0xC0)
ORANGE = RGBColor(0xE6, 0x51, 0x00)
PURPLE = RGBColor(0x6A, 0x1B, 0x9A)
GREY = RGBColor(0x75, 0x75, 0x75)
COL = {"●": GREEN, "▲": BLUE, "■": ORANGE, "◆": PURPLE, "✱": GREY, "✓": GREY}

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor SEND Partnership - Co-production"
sec.footer.paragraphs[0].text = "Write-up v1 - if we've got anything wrong please tell Sarah"

doc.add_heading("Local Offer relaunch - co-production workshop", level=1)
doc.add_paragraph("Wednesday 22 September 2027, 6pm to 8pm, Community Room, Westmoor Central Library")
doc.add_paragraph("Written up by Sarah Khan, Participation Officer")

doc.add_heading("Who came", level=2)
doc.add_paragraph(
    "14 parents and carers, 6 young people from Westmoor Youth Voice, Tom Evans and Kerry Lang from the Parent "
    "Carer Forum, Liam Porter (council data team), Mary Walker (Head of SEND, first hour), Claire Dunmore "
    "(SENDIASS), Amir Hussain from the council's Digital team, and me. Thank you all - especially the young "
    "people who came straight from college.")

doc.add_heading("What you told us", level=2)
for t in [
    "The search doesn't work. Typing \"autism\" brings up a swimming pool timetable from 2024.",
    "You can't tell if a listing is still true. Several groups on there closed years ago.",
    "The EHCP pages use words nobody uses (\"statutory assessment request pathway\").",
    "Young people want a page that is for them, not for their parents - short, no jargon, on a phone.",
    "Parents want to know how long the waits are for therapies and the autism assessment.",
    "People didn't know SENDIASS exists, or thought it was part of the council.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_paragraph(
    "We took a vote on the name. The relaunch will keep the name \"Westmoor Local Offer\" (17 votes to 3) - "
    "so no rebrand. We also asked the health trust about showing therapy waiting times; Grace Adeyemi's team "
    "has the question and has told us they will come back to the Partnership Board on that.")

doc.add_heading("What we're doing about it", level=2)
doc.add_paragraph("Look for the symbol and colour at the start of each line - the key at the bottom of the page "
                  "tells you who is picking it up.").runs[0].italic = True


def line(sym, text):
    p = doc.add_paragraph()
    r = p.add_run(sym + "  ")
    r.font.color.rgb = COL[sym]
    r.bold = True
    r2 = p.add_run(text)
    r2.font.color.rgb = COL[sym]


line("●", "Draft a plain-English \"start here\" page and take it to the Youth Voice group (by Fri 8 Oct)")
line("▲", "Add a \"last updated\" date to every service listing and produce a list of listings not updated in 12 months (by 15 Oct)")
line("■", "Recruit four parent testers for the new search from the PCF mailing list (by Friday 1 October)")
line("◆", "Review which EHCP process pages are out of date and get them rewritten in plain English (end of October)")
line("▲", "Share the top 20 searches that return nothing with the PCF (by 22 Oct)")
line("■", "Write a short parent guide to using the Local Offer for the PCF newsletter (copy deadline 5 November)")
line("●", "Set up a follow-up session for young people who couldn't make it (date to be fixed with Youth Voice)")
line("✱", "Move the Local Offer onto the new council website platform (Digital programme, go-live spring 2028)")
line("✱", "Replace the search engine on the new platform (part of the same programme)")
line("✓", "Fix the broken link to the SENDIASS page - done the next morning, thanks Amir")
line("✓", "Send everyone who came a copy of this write-up - this is it!")

doc.add_heading("Ideas we're not taking forward right now", level=2)
doc.add_paragraph(
    "A live chat on the Local Offer, and a separate app. Both came up a lot, but there is no budget for either "
    "this year. We've kept the post-its and will bring them back when the new platform is in.")

doc.add_heading("Key - who is picking each one up", level=2)
for sym, who in [
    ("●", "green = Sarah Khan (me)"),
    ("▲", "blue = Liam Porter, data team"),
    ("■", "orange = Tom Evans for the PCF"),
    ("◆", "purple = Mary Walker and the SEND team"),
    ("✱", "grey = the council's Digital team - not ours, just so you know"),
    ("✓", "= already done"),
]:
    line(sym, who)

doc.add_paragraph("Next workshop: we'll test the \"start here\" page together in November - date to follow.")

doc.save(OUT / f"{STEM}.docx")

LABELS = {
    "meeting_date": "2027-09-22",
    "style": (
        "Held-out batch sixtythird. A participation officer's write-up (.docx) of a Local Offer relaunch "
        "co-production workshop on Wednesday 22 September 2027. The 'What we're doing about it' lines carry NO "
        "owner names: each begins with a symbol and is coloured, and the only mapping to owners is a 'Key' at the "
        "bottom (● green = Sarah Khan (me), ▲ blue = Liam Porter, ■ orange = Tom Evans for the PCF, ◆ purple = "
        "Mary Walker and the SEND team, ✱ grey = Digital team - 'not ours', ✓ = already done). Colours are lost in "
        "plain text, so only the symbols tie lines to the key. Traps: ✱ lines are another team's programme; ✓ "
        "lines are done (including sending this write-up); the name vote is a decision; the therapy-waits question "
        "has been passed to the health trust (their reply, not an action here); the parked ideas; the November "
        "workshop 'date to follow' is a plan, not an assigned action. Labels: owners taken from the key as written "
        "('Sarah Khan', 'Liam Porter', 'Tom Evans', 'Mary Walker'); dues: Fri 8 Oct, 15 Oct (Fri), Friday 1 "
        "October, 'end of October' = last working day Fri 29 Oct 2027, 22 Oct (Fri), copy deadline 5 November "
        "(Fri); the follow-up young people's session has 'date to be fixed', so due null."
    ),
    "held_out": True,
    "actions": [
        {"key": "Draft a plain-English \"start here\" page", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-10-08"},
        {"key": "Add a \"last updated\" date to every service listing", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-10-15"},
        {"key": "Recruit four parent testers for the new search", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-10-01"},
        {"key": "Review which EHCP process pages are out of date", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-10-29"},
        {"key": "Share the top 20 searches that return nothing", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-10-22"},
        {"key": "Write a short parent guide to using the", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-11-05"},
        {"key": "Set up a follow-up session for young people", "owner": "Sarah Khan", "person": "Sarah Khan", "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
