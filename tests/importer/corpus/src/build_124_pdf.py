"""Builds 116_thirteenth_bsl_transcript.pdf with WeasyPrint: a summary of a BSL-interpreted meeting transcript."""

from pathlib import Path

from weasyprint import HTML

OUT = Path(__file__).resolve().parents[1] / "124_fourteenth_bsl_transcript.pdf"

ROWS = [
    (
        "00:00:40",
        "Anne Price (Chair)",
        "Welcomed everyone. Explained that two BSL/English interpreters from Sign Solutions are working in turns and that the session is being recorded only for these notes; the recording will be deleted once the summary is agreed.",
    ),
    (
        "00:02:15",
        "[Interpreter note]",
        "Agreed signs at the start: EHCP fingerspelled E-H-C-P; SENDIASS signed as 'SEND advice service'. Interpreter asked Priya to repeat her opening point because the camera angle cut off her hands.",
    ),
    (
        "00:04:30",
        "Priya Mistry (PCF, via interpreter)",
        "Said Deaf parents are often sent letters and forms in written English only. She has already complained to the hospital about audiology appointment letters and had a reply. Asked who pays for interpreters at annual reviews.",
    ),
    (
        "00:06:10",
        "Claire Dunmore (SENDIASS)",
        "Answered: the school or setting pays for interpreters at annual reviews - this is in the Local Offer already. Said SENDIASS already has a text relay number and an email address for Deaf parents.",
    ),
    (
        "00:09:45",
        "Grace Adeyemi (Children's Therapies)",
        "Said she did not know whether audiology letters could carry a QR code to a BSL video. <b>Follow-up: Grace to check whether audiology letters can include a BSL video link</b>, and report back by the end of October.",
    ),
    ("00:13:20", "[Interpreters swapped]", "-"),
    (
        "00:13:50",
        "Yusuf Okafor (ICB)",
        "Recognised that the neurodevelopmental clinic has no BSL-fluent staff. <b>Follow-up: Yusuf to raise BSL access at the neurodevelopmental clinic</b> with the ICB interpreting contract manager within two weeks. He might also be able to get captions added to the ICB's parent videos, but 'no promises'.",
    ),
    (
        "00:18:05",
        "Priya Mistry (via interpreter)",
        "Asked for a second session in the evening because many Deaf parents work during the day.",
    ),
    (
        "00:19:30",
        "Sarah Khan (Participation)",
        "Agreed. The evening session will be in the week of 6 December. <b>Follow-up: Sarah to book two interpreters for the evening session by 5 November.</b>",
    ),
    (
        "00:23:40",
        "Claire Dunmore",
        "Offered that <b>SENDIASS will produce BSL versions of its three most-used factsheets</b> by the end of January 2028, working with the Deaf parents' group.",
    ),
    (
        "00:27:15",
        "Anne Price",
        "It was agreed that BSL interpretation will be the default for all partnership meetings where a Deaf member attends. Anne said the Board would consider Deaf awareness training for all partnership staff at a future meeting - not a decision today.",
    ),
    (
        "00:29:50",
        "[Interpreter note]",
        "Interpreter clarified that 'I will think about it' (signed by Priya) referred to joining the co-production group, not to the factsheets.",
    ),
    (
        "00:31:00",
        "Priya Mistry (via interpreter)",
        "Said she will think about joining the Co-production Group.",
    ),
    (
        "00:33:20",
        "Anne Price",
        "Careers day: the Sensory Support Service has a list of Deaf role models. <b>Follow-up: Sensory Support Service to share their list of Deaf role models</b> with Sarah for the careers day.",
    ),
    (
        "00:36:00",
        "Anne Price",
        "Closed. <b>Follow-up: Ruth to send this summary to Priya as a BSL video</b>, recorded with the interpreters, within a week. Thanked the interpreters and everyone for their patience.",
    ),
]

rows = "\n".join(f"<tr><td class=t>{t}</td><td class=s>{s}</td><td>{x}</td></tr>" for t, s, x in ROWS)
html = f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: A4; margin: 18mm 16mm; @bottom-center {{ content: "Westmoor SEND Partnership - interpreted session summary - page " counter(page); font-size: 8pt; color: #666; }} }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; }}
h1 {{ font-size: 14pt; margin: 0 0 4pt; }} .meta {{ color: #333; margin-bottom: 8pt; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 0.5pt solid #999; padding: 3pt 5pt; vertical-align: top; }}
th {{ background: #e8eef6; text-align: left; }} td.t {{ width: 16mm; font-family: monospace; }} td.s {{ width: 38mm; font-weight: bold; }}
.box {{ border: 1pt solid #1f4e79; padding: 5pt; margin-top: 10pt; }}
</style></head><body>
<h1>Deaf Families Listening Session - summary of interpreted transcript</h1>
<div class=meta>Westmoor SEND Partnership Board sub-group &middot; Thursday 14 October 2027, 10:30-11:40 &middot; Westmoor Family Hub, Room 1 and Teams<br>
Present: Anne Price (Chair), Priya Mistry (PCF Parent Representative, Deaf parent), Claire Dunmore (SENDIASS), Yusuf Okafor (Designated Clinical Officer, ICB), Grace Adeyemi (Head of Children's Therapies), Sarah Khan (Participation Officer), Ruth Hill (notes). Two registered BSL/English interpreters (Sign Solutions).<br>
This is a summary made from the interpreters' voice-over transcript, not a verbatim record. Times are from the recording.</div>
<table><tr><th>Time</th><th>Speaker</th><th>Summary</th></tr>
{rows}
</table>
<div class=box><b>Next session:</b> evening session, week of 6 December 2027 (exact date to follow). Feedback from this session will go to the Partnership Board on 18 November 2027 as an information item.</div>
</body></html>"""
HTML(string=html).write_pdf(OUT)
print(OUT)
