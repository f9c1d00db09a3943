import sys
sys.path.insert(0, "/tmp/b56_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "419_fiftysixth_powerpoint_notes_pages_next_steps.pdf")
W, H = A4
SX, SW, SH = 70, 455, 256
SY = H - 70 - SH
NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#2E75B6")

slides = [
    dict(title="Local Area SEF refresh: workshop outcomes and next steps",
         subtitle=["SEND Partnership Board \u2013 15 April 2027",
                   "James Whitfield, Assistant Director SEND & Inclusion"],
         notes="Thank everyone for coming to the workshop on 30 March \u2013 38 people incl. 11 parents. "
               "Timing: 15 mins incl. questions. Anne will take the agreement on slide 3 formally."),
    dict(title="What we heard",
         bullets=["SEF is too long and describes activity, not impact",
                  "Parents want a short version they can actually read",
                  "Health voice is thin \u2013 therapies and DCO role under-described",
                  "Young people\u2019s voice missing almost entirely",
                  "Data is strong on timeliness, weak on outcomes"],
         notes="Keep this short. The parent quotes are in the appendix \u2013 don\u2019t read them all out. "
               "If Tom raises the survey response rate, it was 212 responses, up from 140."),
    dict(title="What the Board is asked to agree",
         bullets=["AGREE the refresh timetable on the next two slides",
                  "AGREE final SEF sign-off at the June Board",
                  "NOTE NHS England\u2019s own deep dive on health elements (summer)"],
         notes="Board AGREED both \u2013 Anne confirmed in the room, no objections. The NHSE deep dive is "
               "theirs, not ours \u2013 we just provide information when they ask. No action for us yet."),
    dict(title="Next steps (1 of 2)",
         table=[["Action", "Lead", "By when"],
                ["Refresh SEF narrative (sections 1-4)", "Mary Walker", "14 May 2027"],
                ["Parent-facing summary of the SEF, co-produced", "PCF (Tom Evans)", "21 May 2027"],
                ["Health section: DCO input incl. therapies", "DCO", "30/04/27"],
                ["Data annex \u2013 KS2/KS4 outcomes, EHCP timeliness", "L. Porter", "Before June board"]],
         notes="Yusuf happy with 30 April but said Grace will feed the therapies data through him \u2013 so "
               "still one lead. Liam asked for \u2018before June board\u2019 rather than a fixed date because the "
               "validated KS4 data only lands in late May. Tom fine with 21 May as long as he gets Mary\u2019s "
               "draft first."),
    dict(title="Next steps (2 of 2)",
         table=[["Action", "Lead", "By when"],
                ["Young people\u2019s voice section", "TBC (Sarah K?)", "June board"],
                ["Peer challenge with neighbouring LA", "Regional DfE adviser", "Autumn (their offer)"],
                ["Easy-read version of final SEF", "tbc", "not yet agreed"]],
         notes="IN THE ROOM: Sarah Khan confirmed she'll lead the YP voice section via the youth forum \u2013 "
               "update this slide before it goes out with the minutes. Peer challenge is the adviser\u2019s offer "
               "\u2013 they will set it up, nothing for us to do until they come back. Easy-read: parked, "
               "depends on budget. Owen asked to add Preparing for Adulthood: he'll bring the pathway map to "
               "the July board so it can go in as an annex. NB Anne said she'd write to the DfE adviser "
               "confirming the timetable \u2013 by Tues 20th."),
    dict(title="Done since the last Board \u2713",
         bullets=["\u2713 SEF workshop held 30 March",
                  "\u2713 Parent survey closed and analysed (PCF)",
                  "\u2713 Data dashboard v2 shared with Board members",
                  "\u2713 Inspection readiness sub-group moved to monthly"],
         notes="Don\u2019t dwell on this slide."),
    dict(title="Questions?",
         bullets=["send.partnership@westmoor.gov.uk"],
         notes="If asked about tribunal data \u2013 say Liam is already looking at it for the June data annex; "
               "not a separate action."),
]

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("SEF refresh - Board 15 April 2027 (Notes Pages)")
c.setAuthor("Whitfield, James")
for i, s in enumerate(slides, 1):
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.grey)
    c.drawString(40, H - 35, "SEND Partnership Board")
    c.drawRightString(W - 40, H - 35, "15/04/2027")
    # slide frame
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.white)
    c.rect(SX, SY, SW, SH, fill=1)
    c.setFillColor(NAVY)
    c.rect(SX, SY + SH - 8, SW, 8, fill=1, stroke=0)
    if "subtitle" in s:
        c.setFont("Helvetica-Bold", 17)
        lines = simpleSplit(s["title"], "Helvetica-Bold", 17, SW - 60)
        y = SY + SH - 90
        for ln in lines:
            c.drawString(SX + 30, y, ln)
            y -= 22
        c.setFont("Helvetica", 11)
        c.setFillColor(TEAL)
        for ln in s["subtitle"]:
            y -= 6
            c.drawString(SX + 30, y, ln)
            y -= 12
    else:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(SX + 20, SY + SH - 38, s["title"])
        c.setFillColor(colors.black)
        y = SY + SH - 66
        if "bullets" in s:
            c.setFont("Helvetica", 10.5)
            for b in s["bullets"]:
                c.drawString(SX + 28, y, "\u2022")
                for ln in simpleSplit(b, "Helvetica", 10.5, SW - 70):
                    c.drawString(SX + 40, y, ln)
                    y -= 14
                y -= 5
        if "table" in s:
            cols = [SX + 20, SX + 250, SX + 355, SX + SW - 15]
            for r, row in enumerate(s["table"]):
                rh = 30
                if r == 0:
                    c.setFillColor(NAVY)
                    c.rect(cols[0], y - rh + 12, cols[3] - cols[0], rh, fill=1, stroke=0)
                    c.setFillColor(colors.white)
                    c.setFont("Helvetica-Bold", 9.5)
                else:
                    c.setFillColor(colors.black)
                    c.setFont("Helvetica", 9)
                    c.setStrokeColor(colors.lightgrey)
                    c.line(cols[0], y - rh + 12, cols[3], y - rh + 12)
                for k, cell in enumerate(row):
                    lines = simpleSplit(cell, "Helvetica", 9, cols[k + 1] - cols[k] - 8)
                    yy = y
                    for ln in lines:
                        c.drawString(cols[k] + 4, yy, ln)
                        yy -= 11
                y -= rh
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawRightString(SX + SW - 6, SY + 5, str(i))
    # notes
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 11)
    y = SY - 40
    for ln in simpleSplit(s["notes"], "Helvetica", 11, SW):
        c.drawString(SX, y, ln)
        y -= 15
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.grey)
    c.drawString(40, 30, "OFFICIAL")
    c.drawRightString(W - 40, 30, str(i))
    c.showPage()
c.save()
print(OUT)
