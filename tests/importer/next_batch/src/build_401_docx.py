"""Builds 401: PCF steering group minutes typed by a volunteer in Word, with
manual strike-through deletions, coloured insertions and bracketed comments."""
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "401_fiftyfourth_pcf_steering_group_volunteer_word_minutes_reviewer_notes.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor Parent Carer Forum – Steering Group – DRAFT v2 (Lou's typing + Tom & Sam's comments)"
sec.footer.paragraphs[0].text = "Westmoor Parent Carer Forum is a registered charity (no. 1184327). Not yet approved – please send corrections to Lou."

RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x99)
GREY = RGBColor(0x59, 0x59, 0x59)


def para(*parts, style=None):
    """parts: plain str, or (text, kind) with kind in del/ins/comment/bold."""
    p = doc.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
            continue
        text, kind = part
        r = p.add_run(text)
        if kind == "del":
            r.font.strike = True
            r.font.color.rgb = RED
        elif kind == "ins":
            r.font.underline = True
            r.font.color.rgb = RED
        elif kind == "comment":
            r.italic = True
            r.font.color.rgb = BLUE
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "bold":
            r.bold = True
        elif kind == "grey":
            r.font.color.rgb = GREY
    return p


doc.add_heading("Westmoor Parent Carer Forum", level=1)
para(("Steering Group meeting – minutes", "bold"))
para("Weds 13th January 2027, 7pm, Oakfield Community Centre (Priya on Zoom)")
para(("DRAFT v2 – these are my notes typed up, Tom and Sam have added comments in [square brackets]. "
      "Anything crossed out is to be taken out when we approve them at the Feb meeting. – Lou", "grey"))

para(("Present: ", "bold"), "Tom Evans (co-chair) TE, Sam Oduya (co-chair) SO, Deb Carter (treasurer) DC, "
     "Kerry Lang (parent champion) KL, Priya Mistry (parent rep) PM, Lou Fairbairn (volunteer, minutes) LF")
para(("In attendance for item 4: ", "bold"), "Claire Dunmore, SENDIASS")
para(("Apologies: ", "bold"), "Harriet Cole (Contact regional adviser), Jas (volunteer)")

doc.add_heading("1. Welcome and apologies", level=2)
para("Tom welcomed everyone and wished everyone a happy new year. Apologies as above. No declerations of interest.")

doc.add_heading("2. Minutes of 9th December and matters arising", level=2)
para("Minutes agreed as accurate – proposed Kerry, seconded Deb.")
para("OT waiting list stories – Tom sent these to Yusuf (DCO at the ICB) on 5th Jan. Done.", style="List Bullet")
para("Banner quotes – Deb has one quote (£185 from Print Hub) and is still waiting on the second one. "
     "Deb to bring both quotes to the next steering group so we can choose.", style="List Bullet")
para("DBS checks – ", ("Lou to chase the three outstanding volunteer DBS checks by end of January.", "del"),
     ("  [Comment TE: Deb did all three on 11th Jan so this ones done – delete? Tom]  "
      "[Reply LF: crossed out, thanks]", "comment"), style="List Bullet")
para("Website refresh – still with Contact's web person, nothing for us to do till they come back to us.",
     style="List Bullet")

doc.add_heading("3. Finance and grant", level=2)
para("Deb went through the bank balance (£4,212.37 at 31 Dec) and spend against the DfE grant. "
     "Room hire underspend – Deb wasn't sure if it has to go back but Harriet already said by email in "
     "December that up to 10% can be carried over, so nothing to chase.")
para("Grant return for Q3 is due to Contact by 31st Jan. Deb to complete the Q3 grant return and ",
     ("Tom", "del"), (" Sam", "ins"), " to sign it off before it goes to Contact by 31st Jan.")
para(("[Comment SO: Tom is away w/c 25th so I'll do the sign off – Sam]", "comment"))

doc.add_heading("4. SENDIASS update – Claire Dunmore", level=2)
para("Claire gave an update. Waiting time for a caseworker is about 3 weeks at the moment, tribunal "
     "appeals are up on last year. SENDIASS are running two 'Getting ready for your annual review' "
     "workshops in March (Tues 9th at the library and Thurs 18th online) – SENDIASS will do the "
     "bookings through Eventbrite. Kerry to put the SENDIASS workshop dates in the February newsletter, "
     "which goes out Fri 5th Feb.")
para("Claire asked if we could share the SENDIASS volunteer recruitment flyer – Kerry said she already put "
     "it on the Facebook page on Monday.")
para("Claire left at 7.40pm.")

doc.add_heading("5. Feedback from the SEND Partnership Board (December)", level=2)
para("Tom fed back from the board. EHCP 20 week timeliness dropped to 41% in November and parents "
     "on the steering group were unhappy the figures weren't explained at the board. Tom to ask "
     "Mary Walker at the next partnership board on 18th Feb why the 20 week figures went down and "
     "what the recovery plan is.")
para(("[Comment SO: Can we also ask about the EP vacancies? – Sam]  [Reply TE: yes, will ask both]", "comment"))
para("The council is relaunching the Local Offer website in the spring – that's their project, Liam "
     "Porter is leading on the data side. We'll be asked to test it at some point.")

doc.add_heading("6. Home to school transport survey", level=2)
para("Priya to draft the transport survey questions by ", ("22nd Jan", "del"), (" 27th Jan", "ins"),
     " and circulate to the group for comments.")
para(("[Comment PM: can we make it the 27th? kids been off with flu all week – Priya]  "
      "[Reply TE: fine by me, 27th it is]", "comment"))
para("Agreed we will not share the survey with the council until the whole steering group has seen it.")

doc.add_heading("7. Annual report", level=2)
para("Lou is putting the annual report together for the AGM in May. ACTION – All to send Lou any photos "
     "(with consent!!) by end of Feb.")

doc.add_heading("8. AOB", level=2)
para("Summer fun day – lots of views, some people felt it was too much work last year. Decided not to "
     "decide tonight, come back to it at the March meeting.", style="List Bullet")
para("Kerry mentioned the ICB is planning a neurodiversity 'listening event' in the spring – the ICB are "
     "organising it, we'll promote it when they send details.", style="List Bullet")

para(("Next meeting: ", "bold"), "Wednesday 10th February 2027, 7pm, Oakfield Community Centre.")
para(("Meeting closed 8.52pm", "grey"))
doc.save(OUT)
print("wrote", OUT)
