"""Build 201: OneDrive shared draft minutes with real Word comment threads (.docx)."""
import datetime as dt
import json
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
STEM = "201_twentyfifth_onedrive_draft_comments"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "DRAFT v0.3 – shared for comment (OneDrive: SEND Partnership > Board > 2027-07)     OFFICIAL"
fp = sec.footer.paragraphs[0]
fp.text = "Westmoor SEND Partnership Board – draft minutes 8 July 2027 – not for circulation beyond members"

AUTHORS = {
    "MW": "Mary Walker", "YO": "Yusuf Okafor", "SK": "Sarah Khan", "RH": "Ruth Hill", "GA": "Grace Adeyemi",
    "LP": "Liam Porter", "TE": "Tom Evans", "AP": "Anne Price",
}


def when(day, hh, mm):
    return dt.datetime(2027, 7, day, hh, mm, tzinfo=dt.UTC)


def para(text, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    return p


def commented(before, anchor, after, comments):
    """Paragraph whose `anchor` run carries a comment thread (first comment + replies as extra paragraphs)."""
    p = doc.add_paragraph()
    if before:
        p.add_run(before)
    r = p.add_run(anchor)
    if after:
        p.add_run(after)
    (ini, first), *replies = comments
    c = doc.add_comment(r, text=first, author=AUTHORS[ini], initials=ini)
    for ini2, txt in replies:
        c.add_paragraph(f"{AUTHORS[ini2]}: {txt}")
    return p


h = doc.add_paragraph()
hr = h.add_run("Westmoor SEND Partnership Board")
hr.bold = True
hr.font.size = Pt(14)
para("Draft minutes – Thursday 8 July 2027, 2.00pm – Committee Room 2, Civic Centre and Microsoft Teams")
para("Please add comments rather than editing the text directly – I'll pick them up before this goes to Anne "
     "for sign-off. Ruth", style=None).runs[0].italic = True

para("Present", bold=True)
para("Anne Price (Independent Chair), Mary Walker (Head of SEND), Yusuf Okafor (DCO, ICB), Priya Shah (Director "
     "of Education), Tom Evans (PCF co-chair), Liam Porter (Data and Performance), Sarah Khan (Participation), "
     "Grace Adeyemi (Children's Therapies), David Lowe (Principal EP)")
para("In attendance: Ruth Hill (minutes); Owen Reid (item 8); Mark Walsh, Head of Transport (item 6)")
para("Apologies: Helen Brooks")

para("1. Welcome and declarations", bold=True)
para("The Chair welcomed members. No new declarations beyond the standing PCF declaration.")

para("2. Minutes of 17 June and matters arising", bold=True)
para("Agreed as an accurate record. All matters arising are complete or on this agenda. The Chair signed the "
     "Section 23 information-sharing protocol during the meeting.")

para("3. Performance dashboard", bold=True)
para("LP presented Q1. 20-week timeliness 44%. Overdue annual reviews down to 540. Members welcomed the phase split.")
commented("", "LP to circulate the Q1 dashboard with the minutes.", "",
          [("LP", "Already sent this round on 9/7 so can be marked complete."),
           ("RH", "Thanks Liam – marking done.")])
commented("Tom asked whether exclusions of pupils with EHCPs could be added. ",
          "MW to write to all academies about exclusions data by end of July.", "",
          [("MW", "I don't think we agreed this – it was Tom's suggestion and we said we'd look at it in the "
                  "autumn data review. Please take out as an action."),
           ("TE", "Fair enough, that's how I remember it too."),
           ("RH", "Removed from the action list, will reword in final.")])

para("Members noted that the backlog of overdue reviews is now falling month on month. MW thanked the case "
     "officer team.")

para("4. Speech and language recovery", bold=True)
para("YO reported waits remain at 36-38 weeks. The recovery plan has not yet been to the trust board.")
commented("", "YO to confirm the date the recovery plan goes to trust board", " and let members know.",
          [("YO", "Can we add 'by 23 July' – that's what I said in the meeting."),
           ("RH", "Yes – added to the action log as 23/07.")])
para("The ICB will decide on additional investment at its August board; this is a matter for the ICB.")

para("5. Co-production charter", bold=True)
para("Members agreed the charter needs relaunching in the autumn with families and young people.")
commented("Action: ", "SK? to prepare a relaunch plan for the co-production charter", " (RH – please check owner)",
          [("RH", "@Sarah Khan I think this was you? Can you confirm and say when?"),
           ("SK", "Yes mine – I'll bring the relaunch plan to the September board."),
           ("RH", "Great, thanks.")])
para("Tom suggested a launch event at the Westmoor Show. Members liked the idea but nothing was agreed.")

para("6. Post-16 transport policy", bold=True)
para("Mark Walsh outlined the consultation timetable. The policy goes to Cabinet in October.")
commented("", "Head of Transport to present the final post-16 policy at the September meeting.", "",
          [("TE", "Can parents see the policy before September?"),
           ("RH", "I'll ask Mark but that wasn't agreed in the meeting so I've not added it as an action.")])

para("Members welcomed the earlier timetable compared with last year. No further comments.")

para("7. Therapies", bold=True)
para("GA reported OT referrals up 22%. SENCos have asked for waiting lists by school.")
commented("", "GA to share the OT waiting list by school with SENCos", " by 31 July.",
          [("GA", "Can we say end of term (21 July) instead? Schools break up then so there's no point after."),
           ("AP", "Agreed – 21 July please."),
           ("RH", "Changed.")])

para("8. Preparing for adulthood pathway", bold=True)
para("Owen Reid updated on college SENCo feedback. The pathway was broadly welcomed.")
para("OR to bring the final PfA pathway to the October board.")

para("9. EP helpline pilot", bold=True)
para("DL proposed a parent/school EP consultation line from September. Decision: the Board supported the pilot "
     "for one term.")
commented("", "PS to confirm the budget code to DL by 16 July.", "",
          [("LP", "Does this need to come back to the board?"),
           ("AP", "No – decision made, just needs the budget sorting.")])

para("10. Any other business", bold=True)
para("Sarah Khan reminded members that the youth forum summer event is on 28 July; all welcome. For information.")
para("Date of next meeting: Thursday 16 September 2027, 2pm, Committee Room 2 and Teams.")
para("")
para("Action log to be updated once these minutes are agreed by the Chair.")
para("Minutes taken by Ruth Hill, Partnership Business Support Officer.")

doc.save(OUT / f"{STEM}.docx")

LABELS = {
    "meeting_date": "2027-07-08",
    "style": ("Held-out batch twentyfifth. A draft set of minutes shared on OneDrive with real Word comment threads "
              "(authors, @mention, replies) that change the action list: one owner is confirmed only in a comment, "
              "two due dates are changed in comments, one action is struck out and one is reported complete. "
              "Traps: LP's dashboard circulation reported done in its comment; MW academies letter removed in the "
              "comment thread as not agreed (a suggestion to look at in autumn); Chair signed the protocol in the "
              "meeting; ICB August investment decision (another body); launch event idea not agreed; Tom's request "
              "to see the policy early not agreed; Board decision to support the EP pilot is a decision, not an "
              "action. Labelling choices: due dates follow the comment corrections (YO 'by 23 July' = 2027-07-23; "
              "GA 'end of term (21 July)' agreed by the chair = 2027-07-21 rather than the body's 31 July); SK? "
              "confirmed in the reply, due the September board = meeting 2027-09; 'Head of Transport' is Mark "
              "Walsh (not MW = Mary Walker); OR = Owen Reid, October board = meeting 2027-10."),
    "held_out": True,
    "actions": [
        {"key": "YO to confirm the date the recovery plan", "owner": "YO", "person": "Yusuf Okafor",
         "due": "2027-07-23"},
        {"key": "prepare a relaunch plan for the co-production charter", "owner": "SK", "person": "Sarah Khan",
         "due": "meeting 2027-09"},
        {"key": "present the final post-16 policy at the September", "owner": "Head of Transport",
         "person": "Mark Walsh", "due": "meeting 2027-09"},
        {"key": "GA to share the OT waiting list", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-07-21"},
        {"key": "bring the final PfA pathway to the October board", "owner": "OR", "person": "Owen Reid",
         "due": "meeting 2027-10"},
        {"key": "PS to confirm the budget code to DL", "owner": "PS", "person": "Priya Shah", "due": "2027-07-16"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
