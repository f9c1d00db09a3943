import os

from weasyprint import HTML

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

rows = [
    (
        "SEND/26/41",
        "10/11/2026",
        "Produce joint commissioning plan for therapies",
        "Director of Education",
        "31/01/2027",
        "G",
        "Plan agreed at January board. Proposed for closure.",
    ),
    (
        "SEND/26/44",
        "10/11/2026",
        "Review neurodevelopmental waiting list data quality",
        "DCO",
        "28/02/2027",
        "A",
        "Validation 80% complete. Carried forward.",
    ),
    (
        "SEND/26/47",
        "10/11/2026",
        "Circulate revised EHCP health advice template",
        "Head of Children's Therapies",
        "15/12/2026",
        "G",
        "Circulated 12/12. Closed.",
    ),
    (
        "SEND/27/01",
        "11/05/2027",
        "Present ND pathway recovery plan with monthly trajectory",
        "DCO",
        "July 2027 board",
        "",
        "",
    ),
    (
        "SEND/27/02",
        "11/05/2027",
        "Confirm funding for additional paediatric clinics",
        "Chief Nursing Officer",
        "30/06/2027",
        "",
        "",
    ),
    (
        "SEND/27/03",
        "11/05/2027",
        "Report health advice timeliness by provider",
        "Data and Performance Manager",
        "15/06/2027",
        "",
        "",
    ),
    (
        "SEND/27/04",
        "11/05/2027",
        "Share therapy workforce plan with PCF co-chairs",
        "Head of Children's Therapies",
        "TBC",
        "",
        "",
    ),
    (
        "SEND/27/05",
        "11/05/2027",
        "Update risk register entry on ND waits",
        "Head of SEND",
        "next meeting",
        "",
        "",
    ),
]
tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
html = f"""<html><head><style>@page{{size:A4 landscape;margin:1.5cm}}body{{font-family:Arial;font-size:9pt}}table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #555;padding:3px}}th{{background:#005eb8;color:white}}</style></head><body>
<h2>NHS Westmoor Integrated Care Board – SEND Partnership Board (Health)</h2>
<p>Action log following the meeting held on 11 May 2027. Status: RAG – Red / Amber / Green. Items marked Closed will be removed at the next meeting.</p>
<table><tr><th>Ref</th><th>Meeting date</th><th>Action</th><th>Lead</th><th>Due</th><th>RAG</th><th>Update</th></tr>{tr}</table>
<p>Note: the Board noted the ICB Quality Committee will receive the Local Area SEND inspection readiness report in June (Quality Committee action, not this Board). Members hoped the new clinics could open before September.</p>
</body></html>"""
HTML(string=html).write_pdf(CORPUS + "/137_sixteenth_action_log.pdf")
