"""Builds 274_thirtyfifth_early_years_send_forum_minutes.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/thirtyfifth_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "274_thirtyfifth_early_years_send_forum_minutes.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=5)
NI = ParagraphStyle("ni", parent=N, leftIndent=24, firstLineIndent=-24)
H = ParagraphStyle("h", parent=N, fontName="Times-Bold", fontSize=11.5, spaceBefore=8)
T = ParagraphStyle("t", parent=N, fontName="Times-Bold", fontSize=15, leading=19, alignment=1)
C = ParagraphStyle("c", parent=N, fontSize=9.5, leading=11.5, spaceAfter=0)

def foot(canv, d):
    canv.saveState(); canv.setFont("Times-Italic", 8.5)
    canv.drawString(2 * cm, 1.1 * cm, "EY SEND Forum 14.9.27 – minutes – Westmoor Early Years SEND & Inclusion Team")
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, str(d.page)); canv.restoreState()

s = []; a = s.append
a(Paragraph("Westmoor Early Years SEND Forum", T))
a(Paragraph("Minutes – Tuesday 14th September 2027, 6.30pm – 8.00pm<br/>Little Acorns Family Hub, Station Road (and online)", ParagraphStyle("x", parent=N, alignment=1)))
a(Paragraph("<b>Chair:</b> Becky Hall, Early Years SEND Lead (BH)<br/>"
            "<b>Present:</b> Area SENCos (Tina, Jas), Grace Adeyemi (Children's Therapies), Karen Fox (Health Visiting team lead), "
            "Claire Dunmore (SENDIASS), Mary Walker (Head of SEND, for item 4), Portage service (Lynn), "
            "11 setting representatives (7 PVI nurseries, 2 maintained nursery classes, 2 childminders), Tom Evans (PCF)<br/>"
            "<b>Minutes:</b> Dawn Pearce, EY Inclusion admin", N))

a(Paragraph("1. Welcome, introductions, minutes and actions from 15th June", H))
a(Paragraph("1.1  BH welcomed everyone, particularly new childminder members. Minutes of the June meeting agreed. Actions from June:", NI))
rows = [["Action (June)", "Who", "Update"],
        ["Circulate EYIF guidance v2 to all settings", "BH", "Done 23/6"],
        ["Health visitors to add setting details to 2-year check letters", "Health Visiting", "Done – from Sept"],
        ["Explore SALT drop-ins for settings", "GA", "See item 3"],
        ["Invite SENDIASS to forum", "BH", "Done – Claire here today"]]
t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[9 * cm, 3 * cm, 4.5 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
a(t); a(Spacer(1, 6))

a(Paragraph("2. Early Years Inclusion Fund (EYIF) – autumn round", H))
a(Paragraph("2.1  Jas (Area SENCo) gave an update. 64 applications in the summer round, 51 approved. Most common reason for "
            "refusal was no SEN support plan or a plan with no review date. BH reminded all settings that applications for the "
            "autumn round close on Friday 8th October and must include a current SEN support plan – this is a reminder for "
            "providers, not an action for the forum.", NI))
a(Paragraph("2.2  Childminders said the application form assumes a nursery setting with staff ratios and is hard to complete "
            "for a sole childminder. Jas agreed the form needs a childminder version; BH said the team will look at this as part "
            "of the full EYIF review next spring, so not for now.", NI))
a(Paragraph("2.3  Several settings said childminders in particular are unsure how the graduated approach works in a home "
            "setting. The Area SENCo team will run two network sessions on the graduated approach specifically for childminders "
            "(one evening, one Saturday morning). [ACTION – Area SENCo team – by end of Autumn 1]", NI))

a(Paragraph("3. Speech, language and communication", H))
a(Paragraph("3.1  Grace explained that the therapies service has agreed to pilot monthly SALT drop-in sessions for early years "
            "practitioners in the four family hubs from October. Dates not yet fixed. Grace to confirm the SALT drop-in dates to "
            "BH so they can go in the EY bulletin. [ACTION – GA – 30/9]", NI))
a(Paragraph("3.2  Karen (HV) said the 2–2½ year check data shows a rise in children flagged for communication. Settings asked if "
            "they could see the data for their area. Karen said she can share the ASQ data broken down by family hub area "
            "(not by setting, for confidentiality) for the next forum. [ACTION – HV – Dec forum]", NI))
a(Paragraph("3.3  It was noted that it would be really helpful to have an OT at the forum in future as many queries are about "
            "sensory needs. Grace will mention it to the OT team lead but could not promise anyone would come. (Not an action.)", NI))

a(Paragraph("4. EHC needs assessments in the early years", H))
a(Paragraph("4.1  Mary Walker attended for this item. Requests for EHC needs assessment for under-5s up 31% on last year. "
            "Settings raised that children who start Reception with an EHCP still in progress often have no funding in the "
            "gap. Mary said she was not sure whether EYIF can continue for the first half-term of Reception while the EHCP is "
            "being finalised. She will check and confirm to BH whether EYIF can be used for the transition into Reception. "
            "[ACTION – MW – 8/10]", NI))
a(Paragraph("4.2  Tom (PCF) asked whether parents get told when the setting has requested an assessment. Mary: yes, parents "
            "must be told and consent – the letter already goes out from the SEND team. Answered.", NI))
a(Paragraph("4.3  Claire offered that SENDIASS could come and talk to childminders about EHC needs assessments and parents' "
            "rights. Agreed – Claire will do a slot at the November childminder network (date tbc).  [ACTION – CD – Nov network]", NI))

a(Paragraph("5. Portage", H))
a(Paragraph("5.1  Lynn said the Portage waiting list is currently 14 weeks. The information on the Local Offer still says 6 weeks "
            "which is causing complaints. Portage will update the waiting list information on the Local Offer. "
            "[ACTION – Portage – asap]", NI))
a(Paragraph("5.2  Two settings asked if Portage could visit children in settings rather than only at home; Lynn said this is "
            "a commissioning decision for the Council and she would feed back to her manager. For info only.", NI))

a(Paragraph("6. Forum arrangements", H))
a(Paragraph("6.1  DECISION: the forum will continue to meet termly, alternating between the family hubs, with a hybrid option.", NI))
a(Paragraph("6.2  BH will revise the forum's terms of reference to include childminders and the PCF as standing members and "
            "circulate them by Friday 29th October for comments. [ACTION – BH – 29/10]", NI))
a(Paragraph("6.3  Tom asked whether the forum could be shown the early years data that goes to the SEND Partnership Board. "
            "BH said Liam Porter (Data) produces it; she has asked him and he agreed to send the early years section of the "
            "dashboard to her before the next forum. [ACTION – BH/LP – before Dec forum]", NI))

a(Paragraph("7. AOB", H))
a(Paragraph("7.1  PCF 'Under 5s' stay and play – Thursdays in term time at Little Acorns. Tom asked settings to share the flyer "
            "with families (if they want to).<br/>7.2  Reminder: the EY SENCo conference is on Saturday 13th November.", NI))
a(Paragraph("<b>Date of next meeting:</b> Tuesday 7th December 2027, 6.30pm, Brookside Family Hub.", N))
SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                  title="EY SEND Forum minutes").build(s, onFirstPage=foot, onLaterPages=foot)
print(OUT)
