"""Builds 262_thirtyfourth_officer_handover_note.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "262_thirtyfourth_officer_handover_note.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL - internal - Westmoor Council Children's Services"
sec.footer.paragraphs[0].text = "Handover note v3 (final after mtg) - S Khan - April 2027"

def p(text, bold=False, italic=False, style=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    return para

d.add_heading("Handover note - Participation work", level=1)
p("From: Sarah Khan, Participation Officer (SEND)\nTo: Mary Walker (Head of SEND), Sarah Kent, Ruth Hill\ncc: Tom Evans (PCF)")
p("Covers: my maternity leave from Mon 3 May 2027. Last working day Fri 30 April.")
p("Updated after our handover meeting on Wed 14 April 2027 (me, Mary, Sarah Kent; Ruth joined for the last 20 mins for the board action log bit). "
  "Anything in bold below is what we actually agreed at that meeting - the rest is background so whoever picks this up has the context.", italic=True)
p("A note on initials: because there are now two Sarah Ks, I have used SKh for me (Sarah Khan) and SKe for Sarah Kent throughout. "
  "Please don't just put 'SK' on the board log while I'm off or nobody will know who it is!")

d.add_heading("1. Summary", level=2)
p("Most of my work is not being covered like-for-like. Mary has agreed that Sarah Kent will pick up the pieces that link to schools (the Young Inspectors, "
  "pupil voice) as part of her school improvement role for the 9 months, and that Tom and the PCF will pick up the parent-facing bits that they were "
  "already half doing. A couple of things will simply stop while I'm off, and that's fine - I've said which below. There is no agency cover - "
  "Mary did ask but the vacancy panel said no (March), so please don't plan on a 'Participation Officer (cover)'.")
p("I've tried to keep this short but it's ended up being 4 pages, sorry. The key table is in section 3.")

d.add_heading("2. The workstreams", level=2)
d.add_heading("2.1 Westmoor Young Voices (youth forum)", level=3)
p("Meets fortnightly on Wednesdays, 4.30-6pm, at the Hub on Station Road. Usually 8-12 young people aged 14-24, most with EHCPs, a few at SEN support. "
  "Two youth workers from Westmoor Youth Service run the sessions with me; they are staying and know the group well, so really the forum just needs "
  "a council link person who can take things back into the partnership and make sure young people get replies. That will be SKe.")
p("The group are used to me so a proper introduction matters. Agreed: SKh to introduce SKe to the youth forum at the Wed 21 April session.", bold=True)
p("The group have been asking about a residential (they had one in 2025 and it was the best thing we did with them, honestly). Quote from the youth "
  "workers is £2,400 for a two-night stay at Hollins Edge in August. There isn't a budget line for it. Agreed: MW to confirm by Fri 30 April "
  "whether the £2,400 for the residential can come from the DSG underspend, so I can tell the young people before I go.", bold=True)
p("Background - the forum wrote their own 'what good transition looks like' statement last autumn, which went to the PfA board (Owen's) in January. "
  "Owen has already responded in writing and the group were happy with the response, so nothing outstanding there.")

d.add_heading("2.2 Young Inspectors", level=3)
p("Five trained young inspectors (trained Nov 2026 with the Council for Disabled Children materials). They have done two visits so far - the "
  "Local Offer website review (Jan) and the Riverside Primary sensory room (Feb, which Helen Brooks hosted and was lovely about). Their reports are "
  "on the Participation Teams channel in the 'Young Inspectors' folder.")
p("Next visit is Westmoor College, Wed 19 May. The college is expecting them (I've spoken to the ALS manager) but the transport, consent forms and the "
  "visit plan still need doing. Agreed: SKe to arrange the Young Inspectors visit to Westmoor College, including transport via Mark Walsh's team "
  "(the booking form is in the folder).", bold=True)
p("The Young Inspectors' report from the College visit would normally go to the next Partnership Board. Realistically that will be July.")
p("Longer term I'd wanted them to inspect a short breaks provider and one of the special schools. That's not for cover - leave it until I'm back.", italic=True)

d.add_heading("2.3 Pupil voice panel", level=3)
p("This is a newer idea - a termly panel of primary-age pupils to feed into the SEND strategy refresh, run in a school rather than at the Hub because "
  "younger children find it easier in a familiar place. We ran a pilot session at Riverside in March with 6 pupils. SKe has the school improvement "
  "links so it makes more sense for her to hold it. Agreed: SKe to ask Helen Brooks whether Riverside pupils can form the summer term pupil voice panel.", bold=True)
p("Nadia Khan (head at Riverside) was supportive in March so I don't expect any problems.")

d.add_heading("2.4 You Said We Did page and parent comms", level=3)
p("I have been updating the 'You Said We Did' page on the Local Offer once a month, from the PCF's monthly feedback round-up and the board action log. "
  "It takes about 2 hours. The PCF already send me most of the content, so it makes sense for them to post it directly - the web team have given "
  "Tom editor access for that page only (done 12 April).")
p("Agreed: Tom to do the May update of the You Said We Did page by end of May; after that the PCF will keep it going monthly as part of their "
  "normal newsletter cycle (their decision, not a council action).", bold=True)
p("The quarterly parent newsletter is a joint council/PCF one. The June edition will just not happen - agreed at the meeting that we skip it and "
  "do a bumper September one when I'm back or when cover is sorted. No action.")

d.add_heading("2.5 Annual participation survey", level=3)
p("Closed on 31 March with 412 responses (parents 289, young people 97, professionals 26). I've done about two thirds of the analysis. "
  "The free text is the slow bit. I'll finish it before I go. Agreed: SKh to finish the annual participation survey analysis and send it to Liam "
  "by Fri 30 April, so it can go into the dashboard refresh.", bold=True)
p("Liam will do the charts, he doesn't need anything else from me. The headline (67% of parents say they know where to get information, up from 58%) "
  "was already reported to the March board.")

d.add_heading("2.6 Easy read SEND strategy", level=3)
p("This was on the board action log from November (PA-26-031). It got delayed because the strategy refresh itself slipped. The text is now final, so "
  "the easy read can be done. I'd started on it with two young people from Young Voices. See table below for what we agreed.")

d.add_heading("2.7 Things that are stopping", level=3)
for t in ["The TikTok / short video idea - dropped. The comms team weren't keen and there's no capacity. (Closed on board log.)",
          "Monthly participation drop-in for professionals - paused until I'm back. Notice has gone out (done).",
          "The 'participation standards' self-assessment for schools - parked. SKe said she may look at it in the autumn if schools ask, but that's not an action."]:
    p(t, style="List Bullet")

d.add_heading("3. Partnership Board action log - my items", level=2)
p("Ruth and I went through every action log row with my initials on it. Ruth will update the log - "
  "agreed: RH to move my open items on the board action log to SKe (or whoever's named below) before the May board.", bold=True)

rows = [("Ref", "Action (as on log)", "Orig. owner", "Status at 14/4", "What happens now"),
        ("PA-26-019", "Circulate young people's feedback on EHCP plans to board members", "SKh", "Complete (Dec 26)", "Nothing - close"),
        ("PA-26-024", "Co-produce 'what to expect at an annual review' leaflet with PCF", "SKh / TE", "Complete (Feb 27)", "Nothing - close"),
        ("PA-26-031", "Co-produce easy read version of the SEND strategy", "SKh", "Open - draft 50%", "Transfer to SKe. New date 30 June 2027"),
        ("PA-27-003", "Short video content for young people (TikTok)", "SKh", "Closed - not proceeding", "Nothing"),
        ("PA-27-007", "Participation update to board", "SKh", "Standing", "SKe to present participation update at July board"),
        ("PA-27-011", "Share survey headline results", "SKh", "Complete (March board)", "Nothing - close"),
        ("PA-27-012", "Invite Young Voices rep to a board meeting", "AP / SKh", "Open", "AP to pick up directly with youth workers - already agreed between AP and youth service on 8/4, so AP's, not mine")]
t = d.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
        if i == 0:
            t.cell(i, j).paragraphs[0].runs[0].bold = True
p("")
p("Note on PA-27-012: Anne has already sorted this with the youth service (email 8 April) so I've not listed it as a handover action - it's hers and "
  "it's in hand.", italic=True)

d.add_heading("4. Contacts", level=2)
for t in ["Youth Service leads for Young Voices - Dean and Chloe (details in Teams channel)",
          "Westmoor College ALS manager - via the college switchboard, ask for Additional Learning Support",
          "Transport bookings for young people's trips - Mark Walsh's team, booking form in folder",
          "PCF - Tom Evans / Kerry Lang (Kerry helps with the Young Inspectors' parent consent letters)",
          "Data - Liam Porter"]:
    p(t, style="List Bullet")

d.add_heading("5. Where things are", level=2)
p("Everything is on the 'SEND Participation' Teams channel. The folders are: Young Voices, Young Inspectors, Pupil Voice, YSWD, Survey 2027, "
  "Easy Read Strategy. Consent forms (signed paper copies) are in the locked cabinet on floor 2 - Ruth has a key.")
p("My out of office will point to Mary for anything urgent and SKe for anything about young people's groups.")

d.add_heading("6. Things I'd love someone to do but I'm not asking anyone to", level=2)
p("Honestly, a proper budget for participation. And a second Participation Officer. But that's a conversation for Mary and James at budget "
  "setting, not a handover action!")
p("Thanks all - see you in 2028!")
p("Sarah (SKh), 15/4/27")
d.save(OUT)
print("wrote", OUT)
