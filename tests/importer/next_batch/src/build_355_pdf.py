import sys, random
sys.path.insert(0, "/tmp/b47_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import Color

PAGES = [
"""WESTM0OR SEND PARTNERSHIP B0ARD
Minutes of the meeting held on Wednesday 1O February 2027, 2.00pm
Council Chamber, Westrnoor House                       [stamp: RECEIVED 12 FEB 2027]

Present:  Anne Price (AP) Independent Chair; Mary Walker (MW) Head of SEND;
Priya Shah (PS) Director of Educatlon; Yusuf 0kafor (Y0) Designated
Clinical 0fficer, ICB; Tom Evans (TE) PCF co-chair; Helen Brooks (HB)
SENCo, Riverside Primary; David Lowe (DL) Principal EP; Sarah Khan (SK)
Participation 0fficer; Grace Adeyemi (GA) Children's Therapies;
Liam Porter (LP) Data & Performance
In attendance: Ruth Hill (RH) minutes; Cllr Bethan Jones (observer, item 5)
Apologies: Sarah Kent (SKe) School Improvement; James Whitfield (JW)

1.   Welcome, apologies and declarations of interest
1.1  The Chair welcomed members. Apologies as above. No declarations.

2.   Minutes of 13 January 2027 and matters arising
2.1  The minutes were agreed as a true record.
2.2  Action 4 (January): LP confirmed the January KPI dashboard was
     circulated on 3 Feb. Closed.
2.3  Action 7 (January): DL's EP capacity paper not yet ready due to the
     recruitment round. Carried forward - DL to present the EP capacity
     paper at the March meeting.
2.4  Action 9 (January): RH circulated the forward plan. Closed.

3.   Written Statement of Action - progress
3.1  MW presented the WSoA highlight report. Five of seven areas green,
     two amber (health advice timeliness; co-production).
3.2  Members asked for the dashboard to show January data before the
     March Board.
     ACTI0N: LP to refresh the WSoA KPl dashboard with January data.
     Due 26/O2/2027.
3.3  Y0 reported SALT vacancies remain the main risk to health advice
     timeliness.
     ACTl0N: Y0 to confirm with ICB flnance whether the addltional SALT
     posts are funded for 2027/28, by l9 March.
                                                                   v'
4.   SEND Sufficiency Strategy
4.1  The Board APPR0VED the SEND Sufficiency Strategy 2027-30, with the
     minor wording changes agreed at the meeting.
4.2  PS noted an increase in part-time timetables at key stage 3.
     ACTION: PS to write to all secondary headteachers reminding them of
     the part-time tirnetable notification duty, by the end of next week.

                                     Page 1 of 2
                       Scanned with CamScanner""",
"""5.   Local 0ffer survey results
5.1  SK presented the results of the autumn Local 0ffer survey (412
     responses). TE asked that families see the results in plain language.
     ACTI0N: SK to produce a parent-friendly summary of the survey
     results, with TE, within 10 working days.
5.2  Cllr Jones noted that the Scrutiny Committee will look at the Local
     0ffer as part of its own April work programme.

6.   Any other business
6.1  Revised terms of reference were tabled. Members to send comments
     to RH by 24/2 at the latest.
     ACTI0N: RH to circulate the revised terms of reference ahead of the
     next rneeting.
6.2  GA noted the ICB will publish its all-age autism strategy in April.
     For information only.

The meeting closed at 3.52pm.

Date of next meeting: Wednesday 10 March 2027, 2.00pm, Westmoor House

                  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Signed  ..A. Price..........  (Chair)        Date ..10/3/27........

     Approved as a true record at the Board meeting of 10.03.2027

                                     Page 2 of 2
                       Scanned with CamScanner"""]

random.seed(355)
c = canvas.Canvas(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "355_fortyseventh_ocr_scanned_signed_minutes.pdf"), pagesize=A4)
c.setTitle("Scan_20270312_0931.pdf")
c.setAuthor("CamScanner")
W, H = A4
for page in PAGES:
    c.setFillColor(Color(0.96, 0.95, 0.92))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(Color(0.12, 0.12, 0.12))
    y = H - 60
    skew = random.uniform(-0.6, 0.6)
    for line in page.split("\n"):
        c.setFont("Courier", 9.2)
        x = 48 + random.uniform(-1.5, 1.5) + skew * (H - y) / 100
        c.drawString(x, y, line)
        y -= 13.2
    c.showPage()
c.save()
