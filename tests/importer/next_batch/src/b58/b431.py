"""431: ICB Board (public) action log PDF: landscape multi-page table, repeating header row, lead key, status column."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

STEM = "431_fiftyeighth_icb_board_action_log_multipage_pdf"
PS = landscape(A4)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
hdr = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
small = ParagraphStyle("s", parent=cell, fontSize=8.5, leading=11)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4, textColor=colors.HexColor("#005EB8"))


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(12 * mm, PS[1] - 9 * mm, "NHS Westmoor Integrated Care Board | Board meeting in public | Action log")
    c.drawRightString(PS[0] - 12 * mm, PS[1] - 9 * mm, "OFFICIAL")
    c.drawString(12 * mm, 8 * mm, "Board Action Log v3 - updated 16/09/2027 following the Board meeting held 09/09/2027")
    c.restoreState()


from reportlab.pdfgen import canvas as _cv  # noqa: E402 (reportlab found on the path set above)


class NumberedCanvas(_cv.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 8)
            self.drawRightString(PS[0] - 12 * mm, 8 * mm, f"Page {self._pageNumber} of {n}")
            super().showPage()
        super().save()


H = ["Ref", "Meeting date", "Minute / item", "Action", "Lead", "Due date", "Status", "Update / comment"]
R = [
 ("B-26-044", "14/11/2026", "26/141 SEND Local Area Inspection outcome", "Board to receive the area SEND improvement plan and health contribution for sign-off", "CNO", "13/01/2027", "Closed", "Plan approved 13/01/2027 (minute 27/006). Closed."),
 ("B-27-001", "13/01/2027", "27/004 Chair's report", "Circulate the revised Board and committee terms of reference to all members", "Board Secretary", "31/01/2027", "Closed", "Circulated 22/01/2027. Closed."),
 ("B-27-002", "13/01/2027", "27/008 Integrated Performance Report", "Include children's community waiting times (SLT, OT, physiotherapy, ND) as a standing section in the IPR", "COO", "11/03/2027", "Closed", "Standing section from March 2027 IPR onwards. Closed."),
 ("B-27-003", "11/03/2027", "27/031 SEND improvement - health", "Provide assurance on health input to EHC needs assessment timeliness (6-week advice)", "CNO", "08/07/2027", "Closed", "Assurance paper received at July Board (item 27/067); 6-week compliance 87%. Closed."),
 ("B-27-006", "11/03/2027", "27/034 Questions from the public", "Respond in writing to Mrs D (parent) regarding the CAMHS eating disorder referral route", "Board Secretary", "25/03/2027", "Closed", "Response sent 19/03/2027."),
 ("B-27-007", "11/03/2027", "27/036 Learning disability and autism", "Provide an update on Dynamic Support Register coverage for under-18s and CETR follow-up", "CNO", "13/05/2027", "Closed", "Update given at May Board. Further detail to Quality and Performance Committee; no further Board action."),
 ("B-27-009", "13/05/2027", "27/052 Joint Commissioning Strategy", "Publish an easy-read version of the SEND Joint Commissioning Strategy", "DSC", "30/06/2027", "Closed", "Published on the Local Offer 25/06/2027, co-produced with Westmoor PCF. Closed."),
 ("B-27-011", "13/05/2027", "27/054 Neurodevelopmental pathway", "Report on the validation of the ND assessment waiting list (children and young people)", "COO", "09/09/2027", "Proposed for closure", "Covered in the Integrated Performance Report at 09/09/2027 Board (item 27/087). Board agreed closure."),
 ("B-27-012", "13/05/2027", "27/055 Questions from the public", "Publish the answers to the written questions on short breaks and respite funding on the ICB website", "Board Secretary", "27/05/2027", "Closed", "Published 24/05/2027. Closed."),
 ("B-27-014", "08/07/2027", "27/069 Children's community services", "Review the children's continence service specification with WCHT", "CNO", "30/09/2027", "Open - on track", "Provider workshop held 02/09/2027; draft specification due end of September. No change."),
 ("B-27-015", "08/07/2027", "27/070 SEND health assurance", "Develop joint audit of health advice quality in EHC plans with the local authority, using the regional QA tool", "YO (was CNO)", "30/11/2027 (revised from 30/09/2027)", "Open - re-assigned", "At the 09/09/2027 Board the lead for this action transferred from the CNO to the DCO (YO), with the due date revised to 30/11/2027 to align with the LA's autumn audit cycle."),
 ("B-27-016", "08/07/2027", "27/071 Workforce", "Escalate the children's SLT vacancy position to the Provider Collaborative", "COO", "31/08/2027", "Transferred", "Transferred to the Quality and Performance Committee action log (QPC-27-022) on 09/09/2027. Closed on this log."),
 ("B-27-017", "08/07/2027", "27/072 Board development", "Board seminar on the Ofsted/CQC area SEND inspection framework", "Board Secretary", "09/09/2027", "Closed", "Seminar held 12/08/2027, facilitated by the DCO and NHSE regional SEND lead."),
 ("B-27-018", "08/07/2027", "27/073 Children and young people's mental health", "Bring the CYP mental health transformation plan refresh (including the SEND/ND interface) to the Board", "DSC", "09/09/2027", "Deferred", "Deferred by the Chair to the November Board agenda to allow engagement with schools; no change of lead."),
 ("B-27-019", "08/07/2027", "27/075 Finance", "Confirm the ICB contribution to jointly funded packages for 2027/28 with the Council", "CFO", "31/07/2027", "Closed", "Confirmed at JCG 04/08/2027 - see Joint Commissioning Decision Record."),
 ("B-27-021", "09/09/2027", "27/088 SEND health assurance report", "Circulate the SEND health dashboard to Board members with ND waits split by age band and locality", "YO", "30/09/2027", "New", "-"),
 ("B-27-022", "09/09/2027", "27/088 SEND health assurance report", "Confirm the Trust's recovery trajectory for children's speech and language therapy waits and present it to the November Board", "GA (WCHT)", "11/11/2027", "New", "WCHT Head of Children's Therapies attended for this item."),
 ("B-27-023", "09/09/2027", "27/089 Wheelchair services", "Write to the NHS England regional team in support of the wheelchair service capital bid", "CEO", "24/09/2027", "New", "Letter in draft."),
 ("B-27-024", "09/09/2027", "27/089 Wheelchair services", "Share the DCO annual report with the Health and Wellbeing Board", "YO", "10/09/2027", "Complete", "Sent to HWB clerk 10/09/2027 for the October agenda."),
 ("B-27-025", "09/09/2027", "27/090 Board Assurance Framework", "Add SEND health outcomes as a distinct risk in the Q3 Board Assurance Framework refresh", "DCA", "14/10/2027", "New", "For Audit and Risk Committee review before November Board."),
 ("B-27-026", "09/09/2027", "27/091 Patient / young person story", "Invite members of the Westmoor Young People's SEND Forum to co-present the story item at a future Board", "SK", "13/01/2028", "New", "SK to agree format with the young people; Board Secretary to hold the January slot."),
]

rows = [[Paragraph(h, hdr) for h in H]] + [[Paragraph(x, cell) for x in r] for r in R]
t = Table(rows, colWidths=[20 * mm, 21 * mm, 33 * mm, 68 * mm, 20 * mm, 23 * mm, 22 * mm, 66 * mm], repeatRows=1)
style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("FONTSIZE", (0, 0), (-1, -1), 9)]
for i, r in enumerate(R, start=1):
    col = {"Closed": "#D9D9D9", "Complete": "#D9D9D9", "Transferred": "#D9D9D9", "New": "#DDEBF7",
           "Proposed for closure": "#E2EFDA"}.get(r[6])
    if col:
        style.append(("BACKGROUND", (6, i), (6, i), colors.HexColor(col)))
t.setStyle(TableStyle(style))

story = [Paragraph("Board Action Log - Part 1 (meeting in public)", h1),
         Paragraph("Meeting: Board of NHS Westmoor Integrated Care Board, Thursday 9 September 2027, 10:00, Westmoor House. "
                   "Log owner: Board Secretary. Next Board: Thursday 11 November 2027.", small),
         Paragraph("Lead key: CEO - Chief Executive; CNO - Chief Nursing Officer; COO - Chief Operating Officer; CFO - Chief Finance "
                   "Officer; DSC - Director of Strategic Commissioning; DCA - Director of Corporate Affairs; YO - Yusuf Okafor, "
                   "Designated Clinical Officer (SEND); GA (WCHT) - Grace Adeyemi, Head of Children's Therapies, Westmoor Community "
                   "Health NHS Trust (attending); SK - Sarah Khan, Participation Officer, Westmoor Council (attending for item 27/091).", small),
         Paragraph("Status: Closed / Complete items are shown once and removed at the next update. Actions from the Part 2 (private) "
                   "session are held on a separate confidential log. Items marked 'Proposed for closure' are closed once agreed by the Board.", small),
         Spacer(1, 5), t, Spacer(1, 6),
         Paragraph("Prepared by: Corporate Governance Team, 16/09/2027. Queries to westmoor.icb.governance@nhs.net", small)]

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=PS, leftMargin=12 * mm, rightMargin=12 * mm,
                        topMargin=14 * mm, bottomMargin=14 * mm, title="ICB Board Action Log - Part 1 - September 2027",
                        author="Corporate Governance Team")
doc.build(story, onFirstPage=deco, onLaterPages=deco, canvasmaker=NumberedCanvas)

write_labels(STEM, "2027-09-09",
    "Held-out batch fiftyeighth. An ICB Board (meeting in public) action log exported from Word to PDF: landscape, "
    "running page header/footer ('Page n of N', OFFICIAL, version line dated 16/09/2027), a lead key of abbreviations "
    "and initials, then one multi-page table whose header row repeats on each page and whose rows can split across "
    "pages. The meeting is Thursday 9 September 2027. Traps: closed actions from 2026 and earlier 2027 meetings; an "
    "item proposed for closure and agreed; an open action with no change (B-27-014); an action deferred by the Chair to November with no change of lead (B-27-018, rescheduled agenda item, not labelled); an action transferred to the "
    "Quality and Performance Committee log (another body's log); a 09/09 action already complete by the time of the "
    "update (B-27-024, DCO annual report to the HWB); Part 2 actions held elsewhere; a note that the Board Secretary "
    "will hold the January slot (arrangement inside another action's update). Labels: the five 'New' actions dated "
    "09/09/2027 and the open action B-27-015 that this Board re-assigned from the CNO to YO with a revised date. Leads "
    "as written (YO, GA (WCHT), CEO, DCA, SK) resolved through the lead key; 'SK' is Sarah Khan (not Sarah Kent) per "
    "the key; CEO and DCA are unnamed ICB directors (person null). Due dates are the log's dd/mm/yyyy dates.",
    [("Develop joint audit of health advice quality", "YO", "Yusuf Okafor", "2027-11-30"),
     ("Circulate the SEND health dashboard to Board members", "YO", "Yusuf Okafor", "2027-09-30"),
     ("Confirm the Trust's recovery trajectory for children's speech", "GA (WCHT)", "Grace Adeyemi", "2027-11-11"),
     ("Write to the NHS England regional team", "CEO", None, "2027-09-24"),
     ("Add SEND health outcomes as a distinct risk", "DCA", None, "2027-10-14"),
     ("Invite members of the Westmoor Young People's SEND Forum", "SK", "Sarah Khan", "2028-01-13")])
