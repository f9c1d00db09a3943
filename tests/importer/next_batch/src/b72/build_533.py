"""533: a families' summary of a Partnership Board meeting (PDF with text layer), with a 'What happens next' section
and a Portuguese translation of the summary for families."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(OUT / "pylib"))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

STEM = "533_seventysecond_board_summary_for_families_what_happens_next_portuguese"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=11, leading=15, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=colors.HexColor("#5B2C83"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=colors.HexColor("#5B2C83"), spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#444444"))
centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER)


def bullets(items, style=body):
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=12) for t in items], bulletType="bullet", start="•", leftIndent=14)


story = [
    Paragraph("What was agreed at the SEND Partnership Board", h1),
    Paragraph("A short summary for families of the meeting on Wednesday 16th June 2027", centre),
    Paragraph("Written by Westmoor Parent Carer Forum with Sarah Khan, the council’s Participation Officer. This is not the official "
              "record – the full minutes will go on the Local Offer once the Board has approved them in September. "
              "<b>Resumo em português no fim deste documento.</b>", small),
    Spacer(1, 4 * mm),
    Paragraph("Who was there", h2),
    Paragraph("Anne Price (the Board’s independent chair); from the council, Mary Walker (Head of SEND) and Priya Shah (Director of "
              "Education); from the NHS, Yusuf Okafor (Designated Clinical Officer) and Grace Adeyemi (Head of Children’s Therapies); "
              "Tom Evans and Kerry Lang from the Parent Carer Forum; Helen Brooks (a SENCo at Riverside Primary). Claire Dunmore from "
              "SENDIASS sent her apologies.", body),
    Paragraph("What we talked about", h2),
    Paragraph("<b>Waiting for EHC plans.</b> Fewer plans are late than before: in May, 58 out of every 100 new plans were finished "
              "within 20 weeks, compared with 41 in December. The Board said this is still not good enough.", body),
    Paragraph("<b>School transport from September.</b> New routes start in September and about 140 children’s pick-up times will "
              "change. Families told us last time that they heard about changes from other parents before they heard from the council.", body),
    Paragraph("<b>Speech and language therapy.</b> The longest wait is now 36 weeks (it was 47 weeks in February). Parents asked for "
              "waiting times for each school. The NHS said it cannot do this yet, and the Board did not agree an action on it.", body),
    Paragraph("<b>Health reports for EHC plans.</b> Some health reports still arrive after the six-week deadline, which can hold "
              "up the whole plan.", body),
    Paragraph("<b>Brookfield resource base.</b> Parents at Brookfield Primary sent an open letter to the Board about the plan to "
              "close the resource base. The Board heard from two parents.", body),
    Paragraph("What the Board decided", h2),
    bullets([
        "Every Board meeting will now start with a ‘parent carer voice’ item.",
        "The Board will not change who is eligible for school transport this year.",
        "The annual review timescales the working group proposed were agreed.",
    ]),
    Paragraph("Things that have already happened", h2),
    bullets([
        "The new Local Offer website went live on 1st June.",
        "The co-production charter was launched on 12th May – thank you to everyone who came.",
    ]),
    Paragraph("What happens next", h2),
    Paragraph("These are the things people promised to do at the meeting:", body),
    bullets([
        "The council’s Transport team will write to every family whose child’s pick-up time is changing, by Friday 9th July, "
        "so that you know before the summer holidays.",
        "Priya Shah, Director of Education, will reply to the open letter from Brookfield parents by 25 June.",
        "Grace Adeyemi’s team will send every family on the speech and language waiting list a letter with their expected wait "
        "by the end of June.",
        "Tom and Kerry from the Parent Carer Forum will run two drop-in sessions about the new EHCP portal before the summer "
        "holidays (schools break up on Friday 23rd July).",
        "The Designated Clinical Officer will find out why some health reports are late and report back to the Board on "
        "Wednesday 22nd September.",
        "Sarah Khan will set up a young people’s group to test the new Local Offer website by the sixteenth of July.",
        "Mary Walker, Head of SEND, will put the new annual review timescales on the Local Offer before the end of the summer term.",
    ]),
    Paragraph("How you can get involved", h2),
    bullets([
        "Come to one of the EHCP portal drop-ins – dates will be on our Facebook page.",
        "Tell us about your experience of school transport: email hello@westmoorpcf.org.uk.",
        "Young people aged 14 to 25 who would like to help test the website can contact Sarah on participation@westmoor.gov.uk.",
    ]),
    Paragraph("The Board meets next on Wednesday 22nd September 2027.", body),
    Spacer(1, 6 * mm),
    Paragraph("Resumo em português – O que acontece a seguir", h2),
    Paragraph("Resumo da reunião do SEND Partnership Board de quarta-feira, 16 de junho de 2027, para as famílias. Este resumo não "
              "é a ata oficial.", body),
    bullets([
        "A equipa de Transportes da câmara vai escrever a todas as famílias cujo horário de recolha muda, até sexta-feira, 9 de julho.",
        "Priya Shah, Diretora de Educação, vai responder à carta aberta dos pais de Brookfield até 25 de junho.",
        "A equipa de Grace Adeyemi vai enviar uma carta a cada família na lista de espera da terapia da fala com o tempo de espera "
        "previsto, até ao fim de junho.",
        "Tom e Kerry, do Parent Carer Forum, vão organizar duas sessões abertas sobre o novo portal dos EHCP antes das férias de verão "
        "(as escolas fecham na sexta-feira, 23 de julho).",
        "O Designated Clinical Officer vai perceber porque é que alguns relatórios de saúde chegam atrasados e vai informar o Board "
        "na quarta-feira, 22 de setembro.",
        "Sarah Khan vai criar um grupo de jovens para testar o novo site do Local Offer até 16 de julho.",
        "Mary Walker, Head of SEND, vai publicar os novos prazos das revisões anuais no Local Offer antes do fim do período de verão.",
    ], small),
    Paragraph("Precisa de ajuda? Contacte o Parent Carer Forum: hello@westmoorpcf.org.uk. Se precisar deste documento noutra língua, "
              "diga-nos.", small),
]


def footer(canvas, doc_):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(18 * mm, 10 * mm, "Westmoor Parent Carer Forum & Westmoor SEND Partnership – Board summary for families – June 2027")
    canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc_.page}")
    canvas.restoreState()


doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                        bottomMargin=18 * mm, title="SEND Partnership Board - summary for families - 16 June 2027",
                        author="Westmoor Parent Carer Forum")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

labels = {
    "meeting_date": "2027-06-16",
    "style": (
        "Held-out batch seventysecond. A plain-English summary for families of the SEND Partnership Board of Wednesday 16 June 2027, "
        "written by the PCF with the Participation Officer (PDF), with 'What we talked about', 'What the Board decided', 'Things that "
        "have already happened', 'What happens next' (the actions, in 'will' sentences with owners as job titles, first names and "
        "teams) and 'How you can get involved', then a Portuguese translation of 'What happens next' repeating every action. Traps: "
        "decisions (parent voice item, transport eligibility, AR timescales) are not actions; already-happened items; the "
        "per-school waiting times request 'did not agree an action'; the get-involved bullets are invitations to families; the "
        "Portuguese bullets duplicate the English ones (keys from the English). 'Tom and Kerry' is shared (person = Tom Evans, first "
        "named); 'The Designated Clinical Officer' = Yusuf Okafor; the Transport team is a body (null). Dates: 'by Friday 9th July' "
        "= 2027-07-09; 'by 25 June' = 2027-06-25; 'by the end of June' = Wednesday 2027-06-30; 'before the summer holidays (schools "
        "break up on Friday 23rd July)' = 2027-07-23; 'report back to the Board on Wednesday 22nd September' = 2027-09-22; 'by the "
        "sixteenth of July' = 2027-07-16; 'before the end of the summer term' = 2027-07-23 from the break-up date the document gives."
    ),
    "held_out": True,
    "actions": [
        {"key": "write to every family whose child’s pick-up time", "owner": "Transport team", "person": None, "due": "2027-07-09"},
        {"key": "will reply to the open letter from Brookfield parents", "owner": "Priya Shah, Director of Education", "person": "Priya Shah", "due": "2027-06-25"},
        {"key": "Grace Adeyemi’s team will send every family", "owner": "Grace Adeyemi’s team", "person": "Grace Adeyemi", "due": "2027-06-30"},
        {"key": "will run two drop-in sessions about the new", "owner": "Tom and Kerry", "person": "Tom Evans", "due": "2027-07-23"},
        {"key": "find out why some health reports are late", "owner": "The Designated Clinical Officer", "person": "Yusuf Okafor", "due": "2027-09-22"},
        {"key": "Sarah Khan will set up a young people’s group", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-07-16"},
        {"key": "will put the new annual review timescales", "owner": "Mary Walker, Head of SEND", "person": "Mary Walker", "due": "2027-07-23"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
