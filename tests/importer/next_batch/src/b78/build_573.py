"""Builds 573: an ICB telephone file note in reported speech (Word, header table with merged cells)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "573_seventyeighth_dco_telephone_file_note_reported_speech_word.docx"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.text = "NHS Westmoor Integrated Care Board"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    fp = sec.footer.paragraphs[0]
    fp.text = "OFFICIAL-SENSITIVE  |  DCO file note  |  S:\\Quality\\SEND\\DCO\\File notes\\2026-27\\"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("RECORD OF TELEPHONE CONVERSATION")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    rows = [
        ("Date", "19/11/2026", "Time", "14:10 \u2013 14:38"),
        ("Call from", "Yusuf Okafor, Designated Clinical Officer (YO)", None, None),
        ("Call to", "Dr Anita Patel, Consultant Community Paediatrician, Westmoor Community Health NHS Trust (AP)", None, None),
        ("Subject", "Neurodevelopmental (ND) pathway \u2013 waiting list position for SEND Partnership Board, 9 December 2026", None, None),
        ("Recorded by", "YO (typed same day from handwritten notes)", "Circulation", "File; Dr Patel for accuracy"),
        ("Any child identifiable information?", "No \u2013 one family referred to by initials only, see para 8", None, None),
    ]
    for i, (a, b, c, d) in enumerate(rows):
        cells = t.rows[i].cells
        cells[0].text = a
        shade(cells[0], "DCE6F2")
        cells[0].paragraphs[0].runs[0].bold = True
        if c is None:
            m = cells[1].merge(cells[3])
            m.text = b
        else:
            cells[1].text = b
            cells[2].text = c
            shade(cells[2], "DCE6F2")
            cells[2].paragraphs[0].runs[0].bold = True
            cells[3].text = d
    for row in t.rows:
        row.cells[0].width = Cm(3.6)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Note of conversation").bold = True

    paras = [
        "I telephoned Dr Patel to agree what the Trust would be able to give the Partnership Board on 9 December about the ND pathway. The Chair (Anne) had asked for this at the October Board after the PCF raised waiting times.",
        "Dr Patel said that the waiting list for a first ND assessment stood at 1,140 children and young people at the end of October, and that the median wait from referral to first appointment was 71 weeks. She said the school-age figure had come down slightly since September but the under-fives list was still growing.",
        "She explained that the Trust had agreed, through its own business case, to bring in two locum paediatricians from January for six months. She was clear that this was a Trust decision and was already funded, and that it was not something she was asking the Board for.",
        "I asked whether the figures could be broken down by age band and school phase, as Board members had asked for that. Dr Patel said that she would send me the anonymised breakdown by age band and school phase by the end of the month. She said it would come from her service manager\u2019s report and would have small numbers suppressed.",
        "Dr Patel said at first that she would come to the Board on 9 December herself to present the figures, as she felt it would land better coming from a clinician. Later in the call she checked her diary and said she had a clinic that afternoon which could not be moved at this notice. I said that in that case I would present the ND item at the Board on her behalf, and she agreed. She said she would try to dial in for the questions if the clinic finished early, but could not promise.",
        "I said I would draft the Board paper and send it to her for comment by Friday next week, so that it could go out with the papers. Dr Patel said she was happy with that and would look at it as soon as it arrived.",
        "Dr Patel asked whether the ICB would consider funding Saturday clinics to reduce the list further. I said that I could not commit the ICB to that on the call, but I would raise the Saturday clinics question with the Deputy Director of Commissioning at my one-to-one on Tuesday and let her know the response.",
        "Dr Patel mentioned a complaint from a parent (Mrs K.) about the length of the wait. She said this had been resolved through PALS in October and no further action was needed. I did not take this further.",
        "She said that Grace Adeyemi would be better placed than her to speak about the occupational therapy and sensory element, as that sat with the therapies service rather than the paediatric team. I said I would ask Grace for two or three lines on the sensory waiting times for the paper when I see her on Monday.",
        "Dr Patel also offered to send me the full clinical audit of the pathway from the summer. I said I did not think the Board would need that level of detail, and she agreed to leave it.",
        "She said that the school-age team were already piloting pre-assessment workshops for parents at two family hubs and that the early feedback was good. I said it would be helpful to mention this in the paper.",
    ]
    for i, txt in enumerate(paras, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{i}.\t{txt}")

    p = doc.add_paragraph()
    p.add_run("Summary of what was agreed").bold = True
    summary = [
        "AP \u2013 breakdown by age band / phase to YO, end of month.",
        "YO \u2013 draft paper to AP for comment.",
        "YO \u2013 present ND item at Board 9/12 (AP cannot attend \u2013 clinic).",
        "YO \u2013 Saturday clinics to Dep Dir Commissioning.",
        "YO \u2013 ask Grace A for sensory waiting times lines.",
    ]
    for s in summary:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_paragraph()
    p = doc.add_paragraph("Signed:  Y. Okafor          Date:  19/11/2026")
    p = doc.add_paragraph("Sent to Dr Patel for accuracy 19/11/2026 \u2013 no amendments received as at 23/11.")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(9)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
