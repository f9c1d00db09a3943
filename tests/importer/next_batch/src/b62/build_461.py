"""461: 'Actions & Decisions' PowerPoint deck exported to PDF (16:9 slides, footers, slide numbers)."""
from common import OUT, write_labels
from reportlab.pdfgen import canvas
from reportlab.lib import colors

STEM = "461_sixtysecond_board_actions_decisions_slide_deck_export"
W, H = 960, 540
NAVY = colors.HexColor("#14365d")
TEAL = colors.HexColor("#1b8a8f")
GREY = colors.HexColor("#666666")

c = canvas.Canvas(str(OUT / f"{STEM}.pdf"), pagesize=(W, H))
c.setTitle("Board 16.09.27 - Actions and Decisions")
c.setAuthor("Ruth Hill")
slide_no = [0]


def frame(title):
    slide_no[0] += 1
    c.setFillColor(NAVY)
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, H - 46, title)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 4, fill=1, stroke=0)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 9)
    c.drawString(40, 14, "OFFICIAL  |  Westmoor SEND Partnership Board  |  16/09/2027")
    c.drawRightString(W - 40, 14, str(slide_no[0]))


def bullets(lines, x=50, y=H - 110, size=17, gap=30):
    for ln in lines:
        indent = 0
        if ln.startswith("  "):
            indent = 28
            ln = ln.strip()
            c.setFont("Helvetica", size - 3)
        else:
            c.setFont("Helvetica", size)
        c.setFillColor(colors.black)
        c.drawString(x + indent, y, ("- " if indent else "\u2022 ") + ln)
        y -= gap if not indent else gap - 6
    return y


def table(cols, widths, rows, y, size=13, rowh=34, head=TEAL):
    x0 = 40
    c.setFillColor(head)
    c.rect(x0, y - rowh + 10, sum(widths), rowh, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", size)
    x = x0
    for col, w in zip(cols, widths):
        c.drawString(x + 8, y, col)
        x += w
    y -= rowh
    for i, r in enumerate(rows):
        if i % 2 == 0:
            c.setFillColor(colors.HexColor("#eef4f7"))
            c.rect(x0, y - rowh + 10, sum(widths), rowh, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", size)
        x = x0
        for val, w in zip(r, widths):
            c.drawString(x + 8, y, val)
            x += w
        y -= rowh
    return y


# 1 title
slide_no[0] += 1
c.setFillColor(NAVY)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 40)
c.drawString(60, 330, "Westmoor SEND Partnership Board")
c.setFont("Helvetica", 30)
c.drawString(60, 282, "Actions & Decisions")
c.setFont("Helvetica", 18)
c.drawString(60, 240, "Thursday 16 September 2027  |  Civic Centre, Committee Room 2 & Teams")
c.setFont("Helvetica-Oblique", 13)
c.drawString(60, 120, "Prepared by Ruth Hill, Partnership Business Support Officer - circulated with the draft minutes")
c.drawString(60, 100, "Slides 3-5 are the record of actions. The full minutes remain the formal record.")
c.showPage()

# 2 attendance + owner key
frame("Who was here / owner key")
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 14)
c.drawString(50, H - 105, "Present")
c.setFont("Helvetica", 13)
y = H - 130
for ln in ["Anne Price (Chair) - AP", "Mary Walker, Head of SEND - MW", "Yusuf Okafor, Designated Clinical Officer - YO",
           "James Whitfield, AD SEND & Inclusion (for Priya Shah) - JW", "Tom Evans, PCF co-chair - TE",
           "Sarah Khan, Participation Officer - SK", "Liam Porter, Data & Performance - LP",
           "Owen Reid, Preparing for Adulthood Lead - OR", "Mark Walsh, Head of Transport (item 6 only) - MWa",
           "Helen Brooks, SENCo rep - HB", "Ruth Hill (notes) - RH"]:
    c.drawString(60, y, ln)
    y -= 24
c.setFont("Helvetica-Bold", 14)
c.drawString(560, H - 105, "Apologies")
c.setFont("Helvetica", 13)
y = H - 130
for ln in ["Priya Shah, Director of Education (PS)", "Grace Adeyemi, Children's Therapies",
           "David Lowe, Principal EP"]:
    c.drawString(570, y, ln)
    y -= 24
c.setFont("Helvetica-Oblique", 12)
c.setFillColor(GREY)
c.drawString(560, y - 20, "NB 'SK' on these slides = Sarah Khan (not Sarah Kent)")
c.showPage()

# 3 decisions
frame("Decisions made today")
bullets([
    "Inclusion Charter APPROVED for publication",
    "  PCF final read-through was completed on 14 Sept - no further changes",
    "December Board moved to Thursday 9 December 2027 (was 16 Dec)",
    "Alternative Provision subgroup to be established - ToR to follow (see action 5)",
    "Board will NOT commission a separate EHCP audit this year - we will use the LGA peer review",
    "SEND Strategy refresh to keep the four existing priorities (no new priority added)",
])
c.showPage()

# 4 actions agreed
frame("Actions agreed today")
y = table(["#", "Action", "Lead", "By"], [40, 600, 130, 110], [
    ["1", "Refresh the SEND Strategy action plan with co-production leads", "MW / TE", "Thu 14 Oct"],
    ["2", "Publish the autumn 'You Said, We Did' newsletter", "SK", "end Sept"],
    ["3", "Circulate EHCP 20-week timeliness data by school phase", "LP", "Fri 1 Oct"],
    ["4", "Bring the DCO annual report to the next Board", "YO", "Next Board"],
    ["5", "Draft terms of reference for the Alternative Provision subgroup", "JW (for PS)", "TBC"],
], y=H - 110)
c.setFont("Helvetica-Oblique", 12)
c.setFillColor(colors.HexColor("#a00000"))
c.drawString(50, y - 10, "* Added under AOB (not on the draft slide): AP to write to ICB Chief Executive re children's therapy")
c.drawString(62, y - 26, "waiting times - date not set.")
c.showPage()

# 5 carried over
frame("Actions carried over from July Board")
table(["Ref", "Action", "Lead", "Status"], [60, 420, 110, 290], [
    ["J1", "Share home to school transport survey results with PCF", "MWa", "Complete - shared 2 Sept"],
    ["J2", "Post-16 travel training offer review", "MWa > OR", "REASSIGNED - new date Fri 29 Oct"],
    ["J3", "Update Local Offer therapy pages", "SK", "Closed - superseded by ICB web project"],
    ["J4", "Confirm LGA peer review dates", "JW", "Complete - 8-10 Nov"],
], y=H - 110, size=12.5)
c.setFont("Helvetica", 12)
c.setFillColor(colors.black)
c.drawString(50, 150, "J2: Mark has moved to lead the transport retender; Owen picks this up as it sits with Preparing for Adulthood.")
c.showPage()

# 6 not ours
frame("Not ours - for information")
bullets([
    "ICB will consult on the new all-age autism pathway (Oct - Dec) - ICB Board owns this",
    "DfE: national SEND standards for alternative provision expected spring 2028",
    "LGA peer review 8-10 November - invitations to focus groups will come from the LGA",
    "Scrutiny: Cllr Bethan Jones's committee will look at EHCP timeliness on 4 November",
    "Did the Board want to see the peer review scope before it starts? (question raised by TE - not resolved)",
], size=15)
c.showPage()

# 7 next
frame("Next Board")
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 30)
c.drawString(60, 340, "Thursday 18 November 2027, 2.00pm")
c.setFont("Helvetica", 18)
c.drawString(60, 295, "Civic Centre, Committee Room 2 & Teams")
c.drawString(60, 230, "Corrections to these slides or the draft minutes: ruth.hill@westmoor.gov.uk")
c.setFont("Helvetica-Bold", 40)
c.setFillColor(TEAL)
c.drawString(60, 130, "Questions?")
c.showPage()
c.save()

write_labels(STEM, "2027-09-16",
    "A PowerPoint 'Actions & Decisions' deck for the SEND Partnership Board on Thursday 16 September 2027, exported to "
    "a 7-page 16:9 PDF (title slide, attendance with an owner-initials key, decisions, actions table, carried-over "
    "table, 'not ours' slide, next Board). Owners are initials; the key says SK = Sarah Khan and AP = Anne Price "
    "(chair). Traps: the whole Decisions slide (Charter approved, December date moved, AP subgroup to be established, "
    "no EHCP audit, priorities unchanged); PCF read-through already completed; carried-over J1, J4 complete and J3 "
    "closed; 'not ours' slide (ICB consultation, DfE, LGA invitations, scrutiny committee) and an unresolved question; "
    "the general invitation to send corrections. Labels: action 1 'MW / TE' by Thu 14 Oct (first-named Mary Walker); "
    "SK newsletter 'end Sept' = Thursday 2027-09-30; LP by Fri 1 Oct; YO 'Next Board' = Thursday 18 November 2027 as "
    "dated on the last slide; JW (James Whitfield, standing in for Priya Shah) ToR 'TBC' = null; carried-over J2 "
    "re-assigned from Mark Walsh to OR (Owen Reid) with new date Fri 29 Oct; the AOB footnote action for AP (Anne "
    "Price) to write to the ICB Chief Executive, 'date not set' = null.",
    [
        ("Refresh the SEND Strategy action plan with co-production leads", "MW / TE", "Mary Walker", "2027-10-14"),
        ("Publish the autumn 'You Said, We Did' newsletter", "SK", "Sarah Khan", "2027-09-30"),
        ("Circulate EHCP 20-week timeliness data by school phase", "LP", "Liam Porter", "2027-10-01"),
        ("Bring the DCO annual report to the next Board", "YO", "Yusuf Okafor", "2027-11-18"),
        ("Draft terms of reference for the Alternative Provision subgroup", "JW", "James Whitfield", None),
        ("Post-16 travel training offer review", "OR", "Owen Reid", "2027-10-29"),
        ("write to ICB Chief Executive re children's therapy", "AP", "Anne Price", None),
    ])
print("ok", STEM)
