"""Builds 569: an Otter.ai DOCX export (summary, action items, outline, transcript)."""
import sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "569_seventyeighth_otter_ai_docx_export_action_items_vs_transcript.docx"

TITLE = "PfA workstream catch-up (Feb)"
WHEN = "Thu, Feb 4, 2027 2:02PM \u2022 41:17"

KEYWORDS = ("supported internship, travel training, transition survey, parents, destinations data, "
            "easy read, young people's event, tracker, year 11, college, steering group, half term")

SPEAKERS = "Owen Reid, Sarah Khan, Liam Porter, Tom Evans, Kerry Lang, Speaker 6"

SUMMARY = ("The PfA workstream met to review progress on supported internships, travel training and the "
           "young people's consultation event. Liam Porter shared early destinations data showing a drop in "
           "supported internship starts. The group discussed a parent survey on transition to adult services "
           "and agreed the timing. Tom Evans will take draft outcomes to the PCF steering group. "
           "Sarah Khan gave an update on the young people's event planned for March.")

ACTION_ITEMS = [
    "Liam Porter to send supported internship destinations data to Owen by Friday.",
    "Tom Evans to organize the parent survey on transition to adult services.",
    "Mark Walsh to review travel training capacity for Year 11 leavers.",
    "Sarah Khan to book the venue for the young people's consultation event.",
    "Owen Reid to circulate meeting notes and updated PfA tracker.",
    "Liam Porter to add destinations data to the Power BI dashboard.",
]

OUTLINE = [
    ("Supported internships \u2013 destinations data", "02:11",
     ["Liam reports 11 starts this year against 19 last year.",
      "Owen asks for a breakdown by provider before the next meeting."]),
    ("Travel training for Year 11 leavers", "11:40",
     ["Discussion of waiting list for independent travel training.",
      "Capacity question for transport team."]),
    ("Parent survey on transition to adult services", "18:05",
     ["Tom and Kerry discuss who leads the survey and when it goes out."]),
    ("Young people's consultation event", "27:52",
     ["Sarah confirms venue and date; easy read invitation needed."]),
    ("AOB and next meeting", "36:30",
     ["Next meeting Thursday 4 March."]),
]

T = [
("Owen Reid", "00:03", "Right, I think that's everybody we're expecting. Mark sent apologies, he's at the transport conference thing today. Just so everyone knows, I've got the Otter notetaker on, so it'll do a transcript, I'll tidy the notes up afterwards. Is everyone okay with that?"),
("Tom Evans", "00:18", "Yeah, fine by me."),
("Kerry Lang", "00:19", "Yep."),
("Owen Reid", "00:21", "Lovely. Okay so really just three things today, the internships data, travel training, and then the survey Tom and I were talking about, and Sarah's going to update on the young people's event. Liam, do you want to kick us off?"),
("Liam Porter", "02:11", "Yeah, sure. So I've only got the first cut of this. Supported internship starts this academic year, we've got 11, and last year at the same point it was 19. So that's a fairly big drop. Now some of that is one provider, the college one at the Eastfield campus didn't run a second cohort, so I need to pull that apart a bit before anybody quotes the number anywhere."),
("Owen Reid", "02:48", "Okay. Is that something you can split by provider for me? Because if it's mainly Eastfield that's a different conversation than if it's across the board."),
("Liam Porter", "02:58", "Yeah, I can do that. Not this week though, I've got the school census returns landing on me. I'll get it to you by Friday week, split by provider and by primary need if the numbers are big enough to show."),
("Owen Reid", "03:12", "That's fine. Friday week's fine."),
("Tom Evans", "03:15", "Can I just ask, when you say primary need, are you going to suppress the small numbers? Because parents will recognise their own kid in a table of three."),
("Liam Porter", "03:24", "Yes, anything under five gets suppressed, that's standard, don't worry."),
("Tom Evans", "03:29", "Okay. Thanks."),
("Owen Reid", "03:31", "And then the other bit, Liam, was the dashboard, getting the destinations into the Power BI dashboard so the board can see it every month."),
("Liam Porter", "03:40", "So that's not mine, to be honest. That's on the BI team's roadmap, they're doing the whole post-16 page over the summer. I can tell them we want it but I'm not going to be the one building it."),
("Owen Reid", "03:53", "No, that's fair. Okay, park that then."),
("Sarah Khan", "04:02", "Sorry, I joined a bit late, is this the internships bit?"),
("Owen Reid", "04:05", "Yeah we're just finishing it. Nothing for you on this one, Sarah."),
("Owen Reid", "11:40", "Okay. Travel training. So we've got, what, I think it's 23 young people on the list for independent travel training who are leaving Year 11 this summer, and the team has capacity for about half that before September. That's the bit that worries me."),
("Kerry Lang", "12:01", "And that's the ones we know about. There's loads of families who don't know it exists."),
("Owen Reid", "12:06", "Yeah. So I think the question is really for Mark, whether he can move anybody across from the route planning side over the summer term. He's not here. I'll pick it up with Mark when I see him on Tuesday, we've got our one to one anyway."),
("Tom Evans", "12:22", "Would it help if the Forum wrote something? Like a letter from us saying this matters?"),
("Owen Reid", "12:28", "Honestly, not yet. Let me have the conversation first. If he says no then maybe."),
("Tom Evans", "12:33", "Fair enough."),
("Speaker 6", "12:40", "Is the travel training still only for the ones with an EHCP or is it SEN support as well now?"),
("Owen Reid", "12:46", "EHCP only at the minute, Kerry. That's part of what I want to ask him actually."),
("Owen Reid", "18:05", "Right, survey. So Tom, you and I talked about a survey for parents of young people going through transition to adult services, the 17 to 25 group, what's working, what isn't, the adult social care handover particularly."),
("Tom Evans", "18:20", "Yeah. So I said I'd organise it, and I still think the Forum should run it rather than the council, because people will be more honest. But thinking about it since, I'm not sure I'm the right person. I've got the steering group stuff and the consultation response and I just haven't got the hours. Kerry, you ran the one on short breaks last year and it was really good."),
("Kerry Lang", "18:42", "Oh, go on then. I've still got the template from the short breaks one, I can adapt that."),
("Owen Reid", "18:47", "Are you sure? I don't want to land it on you."),
("Kerry Lang", "18:50", "No, honestly it's fine, it's mostly copying and pasting the questions and getting it on Microsoft Forms. I'll get the survey out by the end of the month, and then leave it open for three weeks or so."),
("Tom Evans", "19:02", "Brilliant. Thank you, Kerry. I owe you."),
("Kerry Lang", "19:05", "You do."),
("Owen Reid", "19:08", "Do you need anything from us for it? Like the list of schools, or the colleges?"),
("Kerry Lang", "19:13", "I'll shout if I do. Probably just the colleges' contact emails."),
("Tom Evans", "19:20", "The other thing I was going to say, I could ask the college parents group as well, the one at Westmoor College, if you wanted another route in?"),
("Owen Reid", "19:28", "I think let's not for now. Let's keep it to the one survey so we don't confuse people, and we can go back to them after."),
("Tom Evans", "19:34", "Okay, no worries."),
("Owen Reid", "20:02", "The draft outcomes, Tom, the PfA outcomes we did at the workshop in January, have those been to your steering group yet?"),
("Tom Evans", "20:10", "No. So our next steering group is the 18th. I'll take the draft outcomes to steering on the 18th and come back with whatever they say. I'll be honest, I think they'll want the employment one reworded, it's a bit council-speak."),
("Owen Reid", "20:25", "That's fine, that's the whole point."),
("Sarah Khan", "27:52", "So shall I do the young people's event?"),
("Owen Reid", "27:55", "Go for it."),
("Sarah Khan", "27:57", "Okay. So it's Wednesday the 17th of March, after school, four till six. The room at the youth centre, I know it says on the plan that I need to book it but I actually did that last week, it's booked and confirmed, I've got the email. Pizza's sorted, the youth workers are sorted."),
("Owen Reid", "28:15", "Oh, brilliant."),
("Sarah Khan", "28:17", "What I haven't done is the invitation. It needs to be easy read, and it needs to go to schools and colleges before half term or nobody will see it. So I'll draft the easy read invitation and send it round to you all by Wednesday for comments, and then it goes out the week after."),
("Kerry Lang", "28:35", "Can you put something on about parents being able to come along as well? Some of them won't come without a parent."),
("Sarah Khan", "28:41", "Yes, but I want it to be the young people's space. Maybe parents in the other room. I'll think about the wording."),
("Liam Porter", "28:50", "Do you want the numbers for how many Year 10 and 11s with plans there are per school? For the invitations?"),
("Sarah Khan", "28:56", "I think I've got those from the last one, it's fine. Thanks though."),
("Owen Reid", "36:30", "Okay, anything else? No? Right. I'll send the tracker round with these notes, probably Monday, once I've gone through what Otter's made of us. Next one is Thursday 4 March, same time. And Mark should be back for that."),
("Tom Evans", "36:44", "Can we have the adult social care transitions on next time? The handover stuff?"),
("Owen Reid", "36:49", "Yeah, that's a good one for March. It's on the forward plan anyway."),
("Kerry Lang", "36:54", "Thanks Owen."),
("Owen Reid", "36:56", "Thanks everyone. Bye."),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run(WHEN)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def heading(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    heading("SUMMARY KEYWORDS")
    doc.add_paragraph(KEYWORDS)
    heading("SPEAKERS")
    doc.add_paragraph(SPEAKERS)
    heading("SUMMARY")
    doc.add_paragraph(SUMMARY)
    heading("ACTION ITEMS")
    for a in ACTION_ITEMS:
        doc.add_paragraph("\u2610 " + a)
    heading("OUTLINE")
    for title, ts, bullets in OUTLINE:
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r2 = p.add_run("  " + ts)
        r2.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph()
    heading("TRANSCRIPT")
    for spk, ts, txt in T:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(spk)
        r.bold = True
        r2 = p.add_run("  " + ts)
        r2.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
        p = doc.add_paragraph(txt)
        p.paragraph_format.space_after = Pt(8)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Transcribed by https://otter.ai"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
