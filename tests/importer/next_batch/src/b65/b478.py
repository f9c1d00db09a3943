"""478: narrative report to the Board (Word-to-PDF look) with recommendations, an Implementation
section and a clerk's 'Board outcome' box added after the meeting."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b65/pylib")
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path("/tmp/b65")
STEM = "478_sixtyfifth_board_narrative_report_implementation_paragraph"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)


def header_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Westmoor SEND Partnership Board  |  16 September 2027  |  Agenda item 6")
    canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "OFFICIAL")
    canvas.drawString(2 * cm, 1.1 * cm, "Graduated Approach Toolkit: review one year on  v0.4 FINAL")
    canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {doc.page} of 2")
    canvas.restoreState()


P = lambda t, s=body: Paragraph(t, s)
story = []
story.append(P("Westmoor SEND Partnership Board", small))
story.append(P("Report title: Graduated Approach Toolkit &ndash; review one year on", h1))
meta = [
    ["Meeting date", "Thursday 16 September 2027"],
    ["Report of", "Principal Educational Psychologist and School Improvement Adviser"],
    ["Report author(s)", "David Lowe; Sarah Kent"],
    ["Purpose", "For decision"],
    ["Previously considered by", "Inclusion Workstream, 1 July 2027"],
]
t = Table(meta, colWidths=[5 * cm, 11 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke)]))
story += [t, Spacer(1, 8)]

story.append(P("1. Purpose of the report", h2))
story.append(P("1.1 In September 2026 the Board launched the Westmoor Graduated Approach Toolkit (&ldquo;the Toolkit&rdquo;) "
               "for all mainstream schools and settings. At its March 2027 meeting the Board asked for a review after the "
               "Toolkit had been in use for a full year. This report sets out what we found, and asks the Board to agree "
               "a revised version and how it will be rolled out."))

story.append(P("2. Recommendations", h2))
story.append(P("The Board is asked to:"))
for r in [
    "2.1 <b>note</b> the findings of the review at section 4;",
    "2.2 <b>agree</b> the revised Toolkit (version 2, Appendix A, circulated separately) for publication;",
    "2.3 <b>agree</b> the implementation arrangements at section 6; and",
    "2.4 <b>endorse</b> a termly audit of a sample of SEN Support plans against the Toolkit from January 2028.",
]:
    story.append(P(r))

story.append(P("3. Background", h2))
story.append(P("3.1 The Toolkit sets out what schools are expected to put in place from their own resources before "
               "a request for an EHC needs assessment is made. It was co-produced in 2025&ndash;26 with SENCos, the "
               "Parent Carer Forum and the Educational Psychology Service. It forms part of our Written Statement of "
               "Action commitments on the consistency of SEN Support."))
story.append(P("3.2 As part of the review the Educational Psychology Service ran an online survey of schools "
               "in June (64 responses, 71% of mainstream schools) and the School Improvement team held two focus groups "
               "with SENCos. The Parent Carer Forum ran its own short poll of members over the summer; Tom Evans has "
               "already shared the results with the authors and they are reflected below."))

story.append(P("4. What we found", h2))
story.append(P("4.1 Most schools use the Toolkit, but mainly at the point of an EHC needs assessment request rather than "
               "as a day-to-day planning tool. Schools said the early years and post-16 sections were thin, and that "
               "the speech, language and communication section did not match the current therapy offer."))
story.append(P("4.2 Parents told the Forum that they had rarely been shown the Toolkit, and that where they had it was "
               "&ldquo;written for professionals&rdquo;. This echoes the local area inspection finding on communication "
               "with families."))
story.append(P("4.3 Request-for-assessment returns from schools that use the Toolkit are more complete: 82% were "
               "accepted as complete first time, compared with 58% from other schools. The Data and Performance "
               "Manager has verified these figures. We have not yet been able to show an effect on the number of "
               "requests overall."))
story.append(P("4.4 The speech and language section has already been rewritten with the community trust&rsquo;s "
               "therapy team over the summer and is included in version 2. No further work is needed on it."))

story.append(P("5. Options considered", h2))
story.append(P("5.1 Option A: leave the Toolkit unchanged and concentrate on promoting it. Not recommended. "
               "Option B (recommended): publish a revised version 2 with a parent-facing summary and measures "
               "added to the Board dashboard. Option C: replace the Toolkit with the regional model being developed by "
               "the neighbouring authorities. Not recommended at this stage; the regional group has told us its model "
               "will not be ready until late 2028."))

story.append(P("6. Implementation", h2))
story.append(P(
    "6.1 If the Board agrees recommendations 2.2 and 2.3, the Principal Educational Psychologist will publish the revised "
    "Toolkit on the Local Offer by Friday 1 October 2027, with the previous version archived rather than deleted so that "
    "schools can still see what applied to requests already in the system. The School Improvement Adviser will brief "
    "headteachers at the autumn Heads&rsquo; Forum on 7 October and will offer a follow-up session for SENCos through the "
    "cluster network during the autumn term. Liam Porter, as Data and Performance Manager, will add the three new Toolkit "
    "measures to the Board dashboard from the December Board report onwards, using the request-completeness measure "
    "in 4.3 as the baseline. The Participation Officer will work with the Parent Carer Forum to produce a short parent-facing "
    "summary, for sign-off by the PCF co-chair, by Friday 22 October so that it is available before half term. "
    "Should the Board endorse recommendation 2.4, the School Improvement Adviser will set up the termly audit sample "
    "with the Inclusion Workstream from January 2028. Schools Forum will consider the associated de-delegation "
    "request at its own meeting on 14 October; that is a decision for Schools Forum and not for this Board."))
story.append(P("6.2 Progress will be reported through the Inclusion Workstream highlight report in the usual way."))

story.append(P("7. Risks", h2))
story.append(P("7.1 The main risk is that schools see version 2 as more paperwork. To mitigate this, version 2 is shorter "
               "(18 pages against 31) and the audit in 2.4 would look at a small sample only."))

story.append(P("8. Financial and legal implications", h2))
story.append(P("8.1 Publication and briefing costs are met from existing budgets. The termly audit at 2.4 would need "
               "about 20 days of adviser time a year, which has not yet been costed in detail. There are no direct legal "
               "implications; the Toolkit does not change the legal test for an EHC needs assessment."))

story.append(Spacer(1, 10))
story.append(P("Contact: David Lowe, Principal Educational Psychologist; Sarah Kent, School Improvement Adviser. "
               "Appendix A (Toolkit v2) circulated as a separate document.", small))
story.append(Spacer(1, 14))

outcome = [
    [P("<b>BOARD OUTCOME</b> (added by the Partnership Business Support Officer after the meeting, 16/09/27)", small)],
    [P("Recommendations 2.1, 2.2 and 2.3 AGREED. Recommendation 2.4 NOT agreed at this meeting: deferred to the December "
       "Board pending costings. The Board asked that publication of the revised Toolkit (para 6.1) move to Monday 11 October "
       "so that it does not clash with the regional SENCo conference. Tom Evans confirmed he is happy to sign off the "
       "parent summary for the PCF. In addition, Yusuf Okafor to confirm health visiting input to the early years section "
       "before the next Board on Thursday 2 December 2027. Sarah Kent noted that the Heads&rsquo; Forum date is confirmed.", small)],
]
ot = Table(outcome, colWidths=[16 * cm])
ot.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(ot)

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                        topMargin=2 * cm, bottomMargin=2 * cm, title="Item 6 Graduated Approach Toolkit review",
                        author="Westmoor Council")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)

labels = {
    "meeting_date": "2027-09-16",
    "style": ("Held-out batch sixtyfifth. A narrative report to the Westmoor SEND Partnership Board (Word-to-PDF look: cover "
              "table, numbered sections, running header/footer with 'Page n of 2') from the Principal Educational Psychologist "
              "and School Improvement Adviser, with Recommendations in section 2 and the actions buried in one long "
              "'6. Implementation' paragraph written in conditional report-speak ('If the Board agrees...will'), plus a clerk's "
              "'Board outcome' box added after the meeting. Traps: recommendations (note/agree/endorse) are decisions, not actions; "
              "done work (June survey, PCF poll results already shared, SLCN section already rewritten, figures already verified); "
              "another body's decision (Schools Forum on 14 October); the regional group's own model; recommendation 2.4 was NOT "
              "agreed, so the termly audit set-up in 6.1 is not labelled; the outcome box moves the publication date from "
              "Friday 1 October to Monday 11 October (label uses the corrected date); Tom Evans's sign-off is confirmed in the box "
              "(not a separate action); owners are mostly job titles (Principal Educational Psychologist = David Lowe, School "
              "Improvement Adviser = Sarah Kent, Participation Officer = Sarah Khan - do not confuse the two Sarahs). The vague SENCo "
              "follow-up 'during the autumn term' is part of the briefing sentence and not labelled separately. Dashboard measures "
              "'from the December Board report' = the December Board on 2027-12-02 named in the outcome box."),
    "held_out": True,
    "actions": [
        {"key": "the Principal Educational Psychologist will publish the revised", "owner": "Principal Educational Psychologist",
         "person": "David Lowe", "due": "2027-10-11"},
        {"key": "will brief headteachers at the autumn Heads’ Forum", "owner": "School Improvement Adviser",
         "person": "Sarah Kent", "due": "2027-10-07"},
        {"key": "will add the three new Toolkit measures", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-12-02"},
        {"key": "produce a short parent-facing summary", "owner": "Participation Officer", "person": "Sarah Khan",
         "due": "2027-10-22"},
        {"key": "Yusuf Okafor to confirm health visiting input", "owner": "Yusuf Okafor", "person": "Yusuf Okafor",
         "due": "2027-12-02"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
