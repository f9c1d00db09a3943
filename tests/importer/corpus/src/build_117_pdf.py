"""Builds 117: co-production workshop write-up PDF with sticky-note theme boards and 'We will' commitments."""

from pathlib import Path

from weasyprint import HTML

notes = {
    "Waiting": [
        ("yellow", "Nobody rings you back. You just wait."),
        ("yellow", "18 months for an autism assessment – we paid privately in the end"),
        ("pink", "Someone should tell families where they are on the list!!"),
        ("yellow", "School won't help until there's a diagnosis"),
    ],
    "While you wait": [
        ("green", "The Early Bird course was brilliant"),
        ("pink", "Could the GP do more? They just refer and that's it"),
        ("green", "Riverside's nurture group helped my son loads"),
    ],
    "Being heard": [
        ("blue", "Ask the young people, not just us parents"),
        ("blue", "Reports written about my child, not with him"),
        ("pink", "Why does every form ask the same questions?"),
    ],
}
colour = {"yellow": "#fff59d", "pink": "#f8bbd0", "green": "#c5e1a5", "blue": "#b3e5fc"}

boards = ""
for theme, items in notes.items():
    boards += f'<h3>Theme: {theme}</h3><div class="board">'
    for c, t in items:
        boards += f'<div class="note" style="background:{colour[c]}">{t}</div>'
    boards += "</div>"

html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 16mm; @bottom-center {{ content: "Westmoor SEND Partnership – co-production workshop write-up – page " counter(page); font-size: 8pt; color:#666 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-size: 17pt; color: #5b2c6f; margin-bottom: 2mm }}
h2 {{ font-size: 12.5pt; color: #5b2c6f; border-bottom: 1px solid #5b2c6f; margin-top: 6mm }}
h3 {{ font-size: 10.5pt; margin: 3mm 0 1mm }}
.board {{ display: flex; flex-wrap: wrap; gap: 3mm; }}
.note {{ width: 38mm; min-height: 22mm; padding: 2mm; font-family: 'DejaVu Sans Condensed', sans-serif; font-size: 9pt; transform: rotate(-1deg); box-shadow: 1px 1px 2px #999 }}
.wewill {{ border-left: 4px solid #5b2c6f; padding: 1mm 3mm; margin: 2mm 0; background: #f4ecf7 }}
.who {{ font-size: 9pt; color: #333 }}
.done {{ color: #555 }}
</style></head><body>
<h1>“Waiting Well” – co-production workshop on the neurodevelopmental pathway</h1>
<p><b>Thursday 10 June 2027</b>, 10am–1pm, Westmoor Family Hub. Facilitated by Sarah Khan (Participation Officer) and Tom Evans (PCF co-chair).
Also there: Yusuf Okafor (ICB), Anita Patel (Community Paediatrics), Grace Adeyemi, Helen Brooks, Liam Porter, 19 parent carers and 4 young people from the youth forum.</p>
<p>This write-up is for everyone who came and for the SEND Board. The sticky notes are copied exactly as people wrote them. They are what we heard, not promises.</p>

<h2>1. What you told us – the sticky-note walls</h2>
{boards}

<h2>2. What we have already done (since the March listening event)</h2>
<ul class="done">
<li>The ICB has funded 200 extra assessments from the independent provider – these started in May.</li>
<li>Tom and Sarah wrote the “Waiting Well” information pack, which was handed out today.</li>
</ul>

<h2>3. Our “We will” commitments</h2>
<p>At the end of the workshop each service lead wrote one commitment on a purple card. We have typed them up with a name and a date so the Board can check them.</p>

<div class="wewill"><b>We will send every family on the waiting list a letter telling them their place in the queue.</b><br>
<span class="who">Who: Yusuf Okafor, ICB &nbsp;·&nbsp; By: 30 July 2027</span></div>

<div class="wewill"><b>We will run two more Early Bird courses in the autumn term, one on a Saturday.</b><br>
<span class="who">Who: Community Paediatrics (Dr Anita Patel) &nbsp;·&nbsp; By: first course before October half term (by Friday 15 October)</span></div>

<div class="wewill"><b>We will ask two young people to help rewrite the assessment report template.</b><br>
<span class="who">Who: Sarah Khan with the youth forum &nbsp;·&nbsp; By: end of September</span></div>

<div class="wewill"><b>We will publish waiting times by age group on the Local Offer every month.</b><br>
<span class="who">Who: Liam (data) &nbsp;·&nbsp; By: first figures in 6 weeks</span></div>

<div class="wewill"><b>We will share the nurture group model with the SENCo network.</b><br>
<span class="who">Who: Helen Brooks &nbsp;·&nbsp; By: the network meeting on 24 June</span></div>

<div class="wewill"><b>We will bring this write-up and the commitments to the SEND Board.</b><br>
<span class="who">Who: Tom Evans, PCF &nbsp;·&nbsp; By: the July Board (Wednesday 21 July 2027)</span></div>

<h2>4. Parking lot – things we could not sort out today</h2>
<ul>
<li>Could GPs give out the Waiting Well pack? (needs a conversation with the primary care team – not agreed)</li>
<li>A single form instead of three – Grace would like to look at this but it needs the ICB's digital team.</li>
<li>Transport to assessments for families without a car.</li>
</ul>

<h2>5. What happens next</h2>
<p>We agreed that the next workshop will be in the spring term and will be led by young people. Anita said she hopes the waiting list will be under 12 months by next summer, but she could not promise this.
A short survey about today was sent on the afternoon of the workshop – thank you to the 17 people who have already filled it in.</p>
</body></html>"""
HTML(string=html).write_pdf(str(Path(__file__).resolve().parents[1] / "117_thirteenth_sticky_we_will.pdf"))
