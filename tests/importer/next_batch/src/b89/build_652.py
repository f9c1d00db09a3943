"""652: signed task-and-finish group minutes, printed, signed, scanned on a council MFD and OCR'd: each page is a
slightly skewed greyscale image with an invisible OCR text layer that carries typical recognition errors."""
import io
import random
import re

from common import OUT, write_labels
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

STEM = "652_eightyninth_scanned_signed_task_group_minutes"
DPI = 150
K = DPI / 72.0
PW, PH = A4
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
random.seed(652)

# {true|ocr} : the image shows "true", the OCR layer has "ocr"
SPLIT = re.compile(r"\{([^|{}]*)\|([^|{}]*)\}")


def true_text(s):
    return SPLIT.sub(lambda m: m.group(1), s)


def ocr_text(s):
    return SPLIT.sub(lambda m: m.group(2), s)


# page items: ("text", x_pt, size, bold, string) lines flow down; ("row", no, [lines], action, by); ("gap", pts)
# ("rule",) horizontal table rule; ("sign",) signature block
P1 = [
    ("t", 56, 9, False, "Westmoor Council - Children's Services{|  .}"),
    ("t", 56, 13, True, "EHCP Quality and {Timeliness|Tirneliness} Task and Finish Group"),
    ("t", 56, 10.5, False, "Minutes of the meeting held on Thursday 30 September 2027, 1.30pm, Room G.14, {Civic|Civlc} Centre"),
    ("gap", 8),
    ("t", 56, 10, False, "Present:    David Lowe, Principal Educational Psychologist (Chair) (DL)"),
    ("t", 56, 10, False, "                Mary Walker, Head of SEND (MW); Liam Porter, Data and Performance (LP)"),
    ("t", 56, 10, False, "                Helen Brooks, SENCo, Riverside Primary School (HB)"),
    ("t", 56, 10, False, "                Claire Dunmore, SENDIASS (CD); Priya Mistry, Parent Carer Forum (PM)"),
    ("t", 56, 10, False, "                Sarah Kent, School Improvement Adviser (SKe)"),
    ("t", 56, 10, False, "{Apologies|Apo1ogies}: Sarah Khan, Participation Officer (SK)"),
    ("t", 56, 10, False, "Notes:        Amy Bell, SEND Admin (AB)"),
    ("gap", 6),
    ("head",),
    ("row", "1", ["Welcome and apologies. DL welcomed Sarah Kent (SKe) to her first",
                  "meeting. Apologies as above."], "", ""),
    ("row", "2", ["Notes of 2 September 2027 agreed as accurate. Action 3 (HB, SENCo",
                  "survey) complete - see item 6. Action 4 (LP, 20-week data) complete."], "", ""),
    ("row", "3", ["20-week timeliness. LP presented the August figures: 48% (July 44%).",
                  "Delays are mainly in secondary transfer cases.",
                  "LP to split the 20-week data by school phase and send to DL."], "LP", "w/c 11 Oct"),
    ("row", "4", ["Quality audit. 12 plans audited; section E (outcomes) weakest, 5 of 12",
                  "outcomes not SMART. Case officer workload a factor.",
                  "MW to arrange EHCP writing refresher training for case officers.",
                  "SKe to share the School Improvement SEN support visit template",
                  "with MW. SKe had offered 8 Oct but asked for the 15th instead",
                  "because of Ofsted training."], "MW\n\n\nSKe", "by half term\n\n\n15/10"),
    ("row", "5", ["Parent experience. PM said parents are getting draft plans with the",
                  "wrong name or wrong school in them. {Very|Verv} upsetting for families.",
                  "PM to gather three anonymised examples of draft plan errors.",
                  "CD to bring SENDIASS case themes (anonymised) to the next meeting.",
                  "PM proposed a parent rep on each EHCP moderation panel. Agreed in",
                  "principle - needs a Partnership Board decision.",
                  "DL to take the parent moderation proposal to the December Board."],
     "\n\nPM\nCD\n\n\nDL", "\n\nnext mtg\nnext mtg\n\n\nDec Board"),
]
P2 = [
    ("head",),
    ("row", "6", ["SENCo survey. HB reported 41 responses; main themes were time for",
                  "the SENCo role and access to EP advice. HB had already sent the",
                  "summary to the SENCo network on 27 September - no further action."], "", ""),
    ("row", "7", ["AOB. (a) Draft terms of reference circulated with the agenda.",
                  "All to send comments on the draft ToR to Amy by 8 October.",
                  "(b) LP: DfE SEN2 return due in January - for information only."], "All", "8/10"),
    ("row", "8", ["Next meeting: Thursday 4 November 2027, 1.30pm, Room G.14."], "", ""),
    ("gap", 30),
    ("sign",),
]

COLS = {"no": 56, "disc": 82, "act": 430, "by": 470}


def render(items, page_no, c):
    img = Image.new("L", (int(PW * K), int(PH * K)), 246)
    d = ImageDraw.Draw(img)
    ocr_lines = []  # (x_pt, y_pt, size, text)
    y = PH - 60

    def put(x, yy, size, s, bold=False):
        f = ImageFont.truetype(SERIFB if bold else SERIF, int(size * K))
        d.text((x * K, (PH - yy - size * 0.95) * K), true_text(s), fill=25, font=f)
        ocr_lines.append((x, yy, size, ocr_text(s)))

    def rule(yy):
        d.line([(COLS["no"] - 4) * K, (PH - yy) * K, 540 * K, (PH - yy) * K], fill=60, width=2)

    for it in items:
        if it[0] == "t":
            _, x, size, bold, s = it
            put(x, y, size, s, bold)
            y -= size + 5
        elif it[0] == "gap":
            y -= it[1]
        elif it[0] == "head":
            y -= 8
            rule(y + 13)
            put(COLS["no"], y, 9.5, "No.", True)
            put(COLS["disc"], y, 9.5, "Item / discussion", True)
            put(COLS["act"], y, 9.5, "{Action|Actlon}", True)
            put(COLS["by"], y, 9.5, "By when", True)
            y -= 14
            rule(y + 9)
            y -= 8
        elif it[0] == "row":
            _, no, lines, act, by = it
            acts, bys = act.split("\n"), by.split("\n")
            put(COLS["no"], y, 10, no)
            for i, ln in enumerate(lines):
                frag = ln
                put(COLS["disc"], y, 10, frag)
                if i < len(acts) and acts[i]:
                    put(COLS["act"], y, 10, acts[i], True)
                if i < len(bys) and bys[i]:
                    put(COLS["by"], y, 10, bys[i])
                y -= 14
            rule(y + 9)
            y -= 8
        elif it[0] == "sign":
            put(56, y, 10, "Signed (Chair): ")
            # scribbled signature
            x0, y0 = 150 * K, (PH - y - 4) * K
            pts = [(x0 + i * 7, y0 + random.randint(-9, 9)) for i in range(22)]
            d.line(pts, fill=30, width=3)
            put(330, y, 10, "Date:")
            hf = ImageFont.truetype(HAND, int(13 * K))
            d.text((365 * K, (PH - y - 14) * K), "7/10/27", fill=35, font=hf)
            ocr_lines.append((365, y, 10, "7/l0/2?"))
            y -= 40
            d.text((330 * K, (PH - y - 14) * K), "Approved - DL", fill=35, font=hf)
            ocr_lines.append((330, y, 10, "Approvcd -DL"))
    # footer printed on the original
    put(56, 40, 8, f"Page {page_no} of 2")
    put(380, 40, 8, "OFFICIAL - SENSITIVE")
    # scanner noise, skew, blur
    for _ in range(900):
        px, py = random.randint(0, img.width - 1), random.randint(0, img.height - 1)
        img.putpixel((px, py), random.randint(120, 200))
    d.rectangle([0, 0, 18, img.height], fill=200)
    img = img.rotate(0.6 if page_no == 1 else -0.4, resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55)
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, PW, PH)
    # invisible OCR layer: group fragments into lines by y
    rows = {}
    for x, yy, size, s in ocr_lines:
        rows.setdefault(round(yy, 1), []).append((x, size, s))
    for yy in sorted(rows, reverse=True):
        t = c.beginText()
        t.setTextRenderMode(3)
        for x, size, s in sorted(rows[yy]):
            t.setFont("Helvetica", size)
            t.setTextOrigin(x, yy)
            t.textOut(s + " ")
        c.drawText(t)
    c.setFont("Helvetica", 6)
    c.setFillGray(0.4)
    c.drawString(20, 10, f"Scanned by WMC-MFD-3F-02 on 07/10/2027 14:22  |  page {page_no}")
    c.showPage()


c = canvas.Canvas(str(OUT / f"{STEM}.pdf"), pagesize=A4)
c.setTitle("Scan_20271007_142203")
c.setAuthor("WMC-MFD-3F-02")
c.setCreator("Kofax Power PDF OCR")
render(P1, 1, c)
render(P2, 2, c)
c.save()

write_labels(STEM, "2027-09-30", (
    "Signed minutes of a council-led task and finish group (EHCP Quality and Timeliness, chaired by David Lowe), "
    "printed, signed in ink, scanned on a council multifunction printer a week later and run through OCR: each "
    "page is a skewed, noisy greyscale image with an invisible text layer, so the text carries recognition errors "
    "(Tirneliness, Civlc, Apo1ogies, Actlon, Verv, a garbled handwritten date '7/l0/2?' and 'Approvcd') and the "
    "table's columns (No. | Item / discussion | Action | By when) come out as single lines with the owner's "
    "initials and the date stuck to the end; because those columns are top-aligned in the original, for items 3 "
    "and 4 the owner and date sit on the row's first (discussion) line, not on the line of the action itself. Traps: 'SKe' is Sarah Kent (School Improvement), while 'SK' (Sarah Khan) sent apologies; 'PM' is "
    "Priya Mistry of the PCF, not Priya Shah; previous actions 3 and 4 are complete; HB's survey summary was "
    "already sent on 27 September ('no further action'); PM's moderation-panel proposal is only agreed in "
    "principle and the action is DL's, to take it to the Board; the SEN2 return is for information; 'All' "
    "comments on the ToR is labelled with person null. Owners as the initials written at each action. Dates: "
    "'w/c 11 Oct' = Friday 15 October 2027; 'by half term' = the last working day before October half term (w/c 25 "
    "October) = Friday 22 October 2027; SKe's date moved in the meeting from 8 Oct to '15/10' = 2027-10-15; 'next "
    "mtg' / 'to the next meeting' = Thursday 4 November 2027 (item 8); 'the December Board' has no date in this "
    "document = meeting 2027-12; '8/10', 'by 8 October' = Friday 8 October 2027. The scan date (7 October) and "
    "the chair's signature date are not the meeting date."), [
    ("LP to split the 20-week data by school phase", "LP", "Liam Porter", "2027-10-15"),
    ("MW to arrange EHCP writing refresher training", "MW", "Mary Walker", "2027-10-22"),
    ("SKe to share the School Improvement SEN support", "SKe", "Sarah Kent", "2027-10-15"),
    ("PM to gather three anonymised examples", "PM", "Priya Mistry", "2027-11-04"),
    ("CD to bring SENDIASS case themes (anonymised)", "CD", "Claire Dunmore", "2027-11-04"),
    ("DL to take the parent moderation proposal", "DL", "David Lowe", "meeting 2027-12"),
    ("All to send comments on the draft ToR", "All", None, "2027-10-08"),
])
