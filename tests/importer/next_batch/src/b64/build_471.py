"""471: PCF steering group minutes typed by a volunteer secretary in Word, numbered paragraphs, ACTION: tags."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b64/pylib")
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path("/tmp/b64")
STEM = "471_sixtyfourth_pcf_steering_group_numbered_paras_action_tags"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = "Westmoor Parent Carer Forum CIO – Steering Group"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "DRAFT – to be approved at the April meeting   |   Registered charity no. 1187xxx   |   minutes_SG_10.3.27_v2.docx"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, bold=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def num(n, text, action=None):
    """Typed number, a tab, the text, then a bold ACTION: tag at the end (volunteer habit)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(f"{n}\t{text}")
    if action:
        p.add_run("  ")
        r = p.add_run(f"ACTION: {action}")
        r.bold = True
    return p


def head(n, text):
    p = doc.add_paragraph()
    r = p.add_run(f"{n}.\t{text.upper()}")
    r.bold = True
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)


para("WESTMOOR PARENT CARER FORUM", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("Steering Group Meeting", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("Wednesday 10th March 2027, 7.00pm – 8.45pm, via Zoom", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

para("Present: Tom Evans (co-chair, TE) – chairing; Lisa Marsh (co-chair, LM); Kerry Lang (parent champion, KL); "
     "Priya Mistry (parent rep, PM); Dawn Fletcher (treasurer, DF); Jo Pearce (volunteer secretary, JP – minutes)")
para("In attendance: Sarah Khan (Participation Officer, Westmoor Council, SK) – item 5 only")
para("Apologies: Bev Cole; Sunita Rai")

head(1, "Welcome and apologies")
num("1.1", "TE welcomed everyone, especially Priya who has rejoined after a break. Apologies as above. Sunita has let us know "
    "she is stepping down from the steering group for family reasons. Everyone wanted to thank her for four years of "
    "work on the Local Offer group. TE will send Sunita a card and flowers from the group.", "TE")

head(2, "Minutes of the last meeting (10th February) and matters arising")
num("2.1", "The minutes were agreed as a true record with one correction: para 4.3 should say the February coffee morning "
    "was held at Brook Lane Library, not Brook Lane Community Centre. JP has already corrected the copy on the shared drive.")
num("2.2", "Action 3.2 (KL to book Brook Lane for the April coffee morning) – done, booked for Wednesday 21st April, 10–12.")
num("2.3", "Action 5.1 (PM to chase the council about the out of date Local Offer short breaks page) – PM has emailed "
    "twice and had no reply. Agreed this needs to go higher. TE to raise the Local Offer page with Mary Walker "
    "directly at the partnership board on 18th March, instead of PM.", "TE (was PM)")
num("2.4", "Action 6.1 (DF to open a separate savings account for the grant) – DF explained the bank wants both "
    "signatories in branch. As the DfE grant can go into the existing account this is no longer needed. Closed.")
num("2.5", "All other actions from February are complete or on this agenda.")

head(3, "Finance")
num("3.1", "DF reported a balance of £4,312.18 at 28th February, with £650 committed to the April coffee morning and "
    "printing. The Contact grant monitoring return for 2026/27 is due at the end of March. DF to complete the grant "
    "monitoring return and send it to TE for sign-off by Wednesday 24th March.", "DF")
num("3.2", "Volunteer expenses: agreed to keep paying mileage at 45p per mile and to reimburse childminding costs "
    "for steering group meetings on receipts. This was agreed by everyone present.", "none – noted")

head(4, "Coffee mornings and events")
num("4.1", "April coffee morning, 21st April, Brook Lane Library (see 2.2). Theme is getting ready for annual reviews. "
    "Claire Dunmore from SENDIASS has already said yes to coming along and bringing leaflets.")
num("4.2", "KL suggested we do a Facebook event as well as the usual post, and a poster that schools can put in book bags. "
    "KL will set up the Facebook event by Friday. PM offered to design the poster and get it to the three "
    "cluster SENCos by the end of the month.", "KL / PM")
num("4.3", "LM asked if we should try an evening session for working parents in the summer term. General agreement it is "
    "a good idea but nobody has capacity before May – to come back to in May.")

head(5, "Co-production – SEND strategy refresh (Sarah Khan)")
num("5.1", "SK explained that the council is refreshing the local area SEND strategy this year. The council will run "
    "three co-production workshops in May and will send out invitations through schools in April.")
num("5.2", "SK asked if the Forum could nominate two parents to sit on the strategy design group. LM and PM were "
    "nominated and agreed. SK to send the design group dates to JP for circulation by 19th March.", "SK")
num("5.3", "Members asked whether parents would be paid for their time at the workshops as they are in some other areas. "
    "SK did not know. Members felt this is a question for the partnership board rather than something the "
    "Forum can decide.")

head(6, "EHCP experience survey")
num("6.1", "LM presented the results of the EHCP experience survey (212 responses). Headlines: 61% said they were not "
    "kept updated during the 20 weeks; communication with caseworkers was the biggest theme. The full report went "
    "to the partnership board in February and was well received.")
num("6.2", "Agreed the headlines should go to all members, not just the board. JP to write a one page summary "
    "for the April newsletter (copy deadline Friday 2nd April).", "JP")

head(7, "Terms of reference")
num("7.1", "LM has redrafted the steering group terms of reference (attached to the email with these minutes). "
    "All members to read the draft terms of reference and send comments to LM before the next meeting.", "ALL")

head(8, "Any other business")
num("8.1", "PM raised home to school transport. Several parents in the Facebook group are reporting taxis arriving late "
    "or drivers changing without notice. The council's transport team is reviewing routes over the summer holidays "
    "anyway. KL will collect anonymised examples from the Facebook group and send them to TE by Monday 15th March "
    "so he can take them to the board with the Local Offer point.", "KL")
num("8.2", "DF mentioned the Westmoor Community Foundation small grants round – deadline has already passed (26th "
    "February) so nothing we can do this year.")

head(9, "Date of next meeting")
num("9.1", "Wednesday 14th April 2027, 7.00pm, Zoom (link as usual).")

para("")
para("Meeting closed 8.47pm. Minutes taken by Jo Pearce, volunteer secretary. Please let me know of any changes "
     "by email – I will bring the final version to April for approval.", size=9)

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-03-10",
    "style": "Held-out batch sixtyfourth. A Parent Carer Forum steering group's minutes typed in Word by a volunteer "
             "secretary (Jo Pearce, not in people.json) with hand-typed numbered paragraphs (1.1, 2.3 ...) and a bold "
             "'ACTION: initials' tag at the end of some paragraphs; header/footer with DRAFT notice and file name. Traps: "
             "matters arising that are done (2.2 booking) or closed (2.4 savings account), a correction already made (2.1), "
             "a decision with a misleading 'ACTION: none – noted' tag (3.2 expenses), an already-agreed arrangement (4.1 "
             "Claire Dunmore attending), an idea deferred with no owner (4.3), the council's own plans (5.1 workshops, "
             "8.1 transport route review), nominations that are decisions (5.2 LM and PM), an open question (5.3 paying "
             "parents), a passed deadline (8.2), apologies and next meeting date. Labelling: one ACTION tag 'KL / PM' covers "
             "two actions, labelled separately; 2.3 is an open action re-assigned from PM to TE, labelled with owner TE; "
             "'by Friday' from Wednesday 10 March = 2027-03-12; 'by the end of the month' = 2027-03-31; 'before the next "
             "meeting' = next meeting (dated 14 April in 9.1, so resolved 2027-04-14); the card for Sunita has no date. "
             "TE = Tom Evans, KL = Kerry Lang, PM = Priya Mistry, SK = Sarah Khan (named as attendee, Participation Officer); "
             "DF, JP, ALL are not in people.json.",
    "held_out": True,
    "actions": [
        {"key": "TE will send Sunita a card and flowers", "owner": "TE", "person": "Tom Evans", "due": None},
        {"key": "raise the Local Offer page with Mary Walker", "owner": "TE", "person": "Tom Evans", "due": "2027-03-18"},
        {"key": "DF to complete the grant monitoring return", "owner": "DF", "person": None, "due": "2027-03-24"},
        {"key": "KL will set up the Facebook event by Friday", "owner": "KL", "person": "Kerry Lang", "due": "2027-03-12"},
        {"key": "PM offered to design the poster and get it", "owner": "PM", "person": "Priya Mistry", "due": "2027-03-31"},
        {"key": "SK to send the design group dates to JP", "owner": "SK", "person": "Sarah Khan", "due": "2027-03-19"},
        {"key": "JP to write a one page summary", "owner": "JP", "person": None, "due": "2027-04-02"},
        {"key": "All members to read the draft terms of reference", "owner": "ALL", "person": None, "due": "2027-04-14"},
        {"key": "KL will collect anonymised examples from the Facebook group", "owner": "KL", "person": "Kerry Lang", "due": "2027-03-15"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
