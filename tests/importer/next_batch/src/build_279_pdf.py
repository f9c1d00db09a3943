"""Builds 279_thirtysixth_pcf_coffee_morning_listening_notes.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/thirtysixth_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "279_thirtysixth_pcf_coffee_morning_listening_notes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
quote = ParagraphStyle("q", parent=body, fontName="Helvetica-Oblique", leftIndent=18, textColor=colors.HexColor("#444444"))
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=17, textColor=colors.HexColor("#7a1f6b"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13, textColor=colors.HexColor("#7a1f6b"), spaceBefore=10)
box = ParagraphStyle("box", parent=body, fontName="Helvetica", fontSize=10.5)

def do_box(lines):
    t = Table([[Paragraph("<b>What we're going to do</b><br/>" + "<br/>".join("&bull; " + l for l in lines), box)]],
              colWidths=[16 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3e6f0")),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1f6b")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t

def page(c, d):
    c.saveState(); c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
    c.drawString(2 * cm, 1.2 * cm, "Westmoor Parent Carer Forum  |  Registered charity no. 1187xxx  |  hello@westmoorpcf.org.uk")
    c.drawRightString(19 * cm, 1.2 * cm, f"Page {d.page}")
    c.drawString(2 * cm, 28.6 * cm, "Coffee Morning notes - May 2027 - please share!")
    c.restoreState()

s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
P("Coffee Morning &amp; Listening Session", h1)
P("<b>Wednesday 12th May 2027</b>, 10am-12pm, Bluebell Café, Westmoor Community Hub")
P("Written up by Donna (PCF volunteer) with help from Kerry. 23 parents and carers came along (our biggest yet!!), "
  "plus Mary Walker (Head of SEND at the council) who dropped in for the first hour and Grace Adeyemi from children's "
  "therapies who stayed for the whole thing - thank you both for listening. Tom (our co-chair) and Priya M were on "
  "the PCF table. As always, we don't use anyone's name in these notes unless they've said it's OK.")

P("First - what happened after last month", h2)
P("At April's coffee morning you asked us to do three things. Here's where they are:")
P("&bull; Ask the council to put the SEND Local Offer phone number on the front page - <b>done</b>, it's there now.<br/>"
  "&bull; Find out when the new autism pathway letters would go out - <b>done</b>, Grace told us in April and they went out "
  "on 3rd May.<br/>"
  "&bull; Kerry to take your stories about school exclusions to the Partnership Board - <b>done</b>, she spoke at the April "
  "Board and the council is now looking at it in its inclusion plan.")

P("1. Annual reviews", h2)
P("This was by far the biggest thing people wanted to talk about. Lots of families said their annual review meeting "
  "happened months ago and they still haven't had the amended plan. Some said the school had sent the paperwork off "
  "and then nothing. A few people had great experiences, mostly where the SENCo chased it themselves.")
P("\"I had the meeting in October. It's May. Nobody can tell me where the paperwork is.\"", quote)
P("\"The council needs to answer emails - even just to say they've got it.\"", quote)
P("\"Our SENCo is brilliant, she rings the caseworker every week. But not every school does that.\"", quote)
P("\"Someone should write down what's supposed to happen and when, in plain English.\"", quote)
P("Mary said the council knows annual reviews are behind and there is a plan to clear the backlog - she said the "
  "council's own timeliness figures go to the Partnership Board every month. She couldn't talk about individual "
  "cases at the coffee morning but gave out her team's email for anyone who wanted to follow up (several people did).")
s.append(do_box([
    "Kerry will write up your stories about annual reviews (no names) for the June Partnership Board so they hear it "
    "directly from families.",
    "The forum steering group will put together an FAQ on EHCP annual reviews in plain English - what should happen "
    "and when - aiming to have it out by the end of July.",
]))

P("2. Transport", h2)
P("A lot of people had letters about transport for September arriving late, or not at all. One mum found out her "
  "son's taxi had been changed when a different driver turned up. Several parents were worried about the new "
  "personal travel budget rates.")
P("\"We got the letter the day before term started. That's not OK for a child who needs to prepare for change.\"", quote)
P("\"They should give us the driver's name in advance.\"", quote)
P("Mary said she'd find out why the transport letters went out late last year and let us know by the end of May. "
  "She also reminded everyone that the council is consulting on the post-16 travel policy right now - the "
  "consultation is open until 30th June and it's the council's consultation, so please respond directly (link on "
  "our Facebook page). We're not collecting responses ourselves this time.")
P("Someone asked whether the PCF could run its own transport survey. We talked about it but decided not to, as it "
  "would clash with the council consultation - better to push people to that.")

P("3. Therapies and waiting lists", h2)
P("Grace talked about the waiting lists for OT and speech and language. The wait for OT is still long for under-5s "
  "but she said it has come down since January. Parents asked for more information while they're waiting.")
P("\"Even a leaflet with some ideas to try at home would help. You just feel forgotten.\"", quote)
P("\"I'd love there to be a drop-in where you could just ask a therapist a quick question.\"", quote)
P("Grace said the SLT team already have a 'while you wait' leaflet in draft which the PCF has seen, and they're "
  "trialling a school drop-in at Riverside Primary - more on that when there's news. Grace said she would send us "
  "the new OT waiting times next week to put in the newsletter.")
s.append(do_box([
    "Grace is sending us the new OT waiting times next week - we'll put them in the June newsletter.",
    "(The drop-in idea - Grace's team are already trialling it, so nothing for us to chase yet.)",
]))

P("4. Short breaks and respite", h2)
P("Several families said they can't get any short breaks at all over the summer, especially for older children and "
  "young people with more complex needs. The holiday club at Oakfield is full. One dad said the direct payment rate "
  "doesn't cover a PA with the right training.")
P("\"There's literally nothing for a 15 year old with his needs in the summer.\"", quote)
P("\"The council should pay PAs properly, then you'd find people.\"", quote)
P("Tom said this is exactly the kind of gap the joint commissioning meeting is meant to look at. Tom will raise the "
  "short breaks gap for older young people at the joint commissioning meeting on 8th June. He'd like people to email "
  "him examples before then (no names needed).")
P("Direct payment rates are set by the council's social care team as part of their annual uplift - we've passed the "
  "comment on, but it's their decision, not something the forum can change.")

P("5. Dads and male carers", h2)
P("Two dads came for the first time (welcome!). They said they often feel like coffee mornings are 'for mums' and "
  "asked if there could be something for dads, maybe in the evening or online.")
P("Priya M is going to set up a WhatsApp group for dads so they can chat and maybe meet up. She's going to "
  "ask the two dads who came to help her get it going.")
P("Someone suggested a dads' football afternoon - lovely idea, we'll see if there's interest in the WhatsApp group "
  "first. Not planned yet.")

P("6. Getting information", h2)
P("People said they didn't know about the coffee mornings until a friend told them. Lots of parents don't use "
  "Facebook. We talked about putting the dates on the Local Offer. Ruth Hill (who does the partnership admin at the "
  "council) was copied in on this and has already replied to say she'd get the coffee morning dates onto the Local "
  "Offer events page this week.")
P("Claire from SENDIASS couldn't come today but she has offered to do a SENDIASS drop in at the next coffee morning "
  "so parents can ask questions one-to-one. We've said yes please!")
P("\"Can you put the dates in the school newsletters too?\"", quote)
P("We'd love to do that - it depends on each school though, and lots of them already do. We'll ask at the SENCo "
  "network when we're next invited.")

P("Thank you!", h2)
P("Massive thanks to Bluebell Café for the room and the cake, to everyone who came and shared - it takes a lot to "
  "talk about this stuff in front of people - and to Mary and Grace for coming and listening.")
P("<b>Next coffee morning: Wednesday 9th June, 10am-12pm, Bluebell Café.</b> Claire from SENDIASS will be there. "
  "Bring a friend!")
P("<i>PCF summer fun day is on Saturday 17th July at Hadley Park - more details soon.</i>")

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                  bottomMargin=2 * cm, title="PCF coffee morning notes May 2027").build(s, onFirstPage=page, onLaterPages=page)
print(OUT)
