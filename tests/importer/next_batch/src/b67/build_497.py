"""Builds 497: a parent forum volunteer's fast-typed, unpunctuated notes in Word (.docx)."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
# Word's autocorrect has capitalised the first letter of some lines; the rest is as typed.
lines = """Pcf council catch up tues 6 july civic centre rm 2
notes bev (sorry typed fast will tidy later maybe)

There tom kerry priya m me  mary w sarah k (participation not the school one) liam owen   helen brooks for first bit only
apols claire dunmore yusuf

ar backlog
Mary w says backlog down to 212 from 340 in jan still long way to go they have 2 agency case officers till dec
mary said they are looking at recruiting 2 more perm case officers no promises
kerry asked why parents not getting draft plans b4 the meeting mary w will get someone from the ar team to come to next forum mtg to talk it thru  kerry to send her the 3 examples (already did on the day)

transport
new appeal form goes live 1 sept  mark walsh not there but mary said mark will send us the new form to look at before it goes live  tom said needs to be end of july latest so we can actualy comment mary said fine by fri 23rd she will tell mark
kerry said the drivers not knowing the kids is still the biggest thing  mary noted

participation
sarah k to set up young ppls focus group in sept about the transport stuff she will email schools first week back
helen offered riverside one page profile template for it  mary said no need council already has one on local offer so helen not doing that

data
liam said he could do a data pack for the forum with ehcp numbers and the pfa stuff then owen said hed do the pfa bit himself as he has the figures anyway so liam just doing ehcp numbers   both for the 14 sept mtg

parent stories
priya m to write up 3 parent stories for the board by fri 16th  anonymised  tom said just send straight to ruth he doesnt need to see first

survey
tom to email members this wk re ar survey  closes 30th  kerry will share on fb (she does that anyway)

aob
dentist thing nobody knew   mary will find out?? no she said ask yusuf as its nhs   so tom will email yusuf about dentist thing
Next forum mtg tues 14 sept 10am the hub
""".split("\n")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0)
for ln in lines:
    doc.add_paragraph(ln)
doc.core_properties.author = "bev.pcf"
doc.core_properties.title = ""
name = "497_sixtyseventh_pcf_volunteer_fast_typed_notes_no_punctuation"
doc.save(OUT / f"{name}.docx")
labels = {
    "meeting_date": "2027-07-06",
    "style": ("Held-out batch sixtyseventh. A parent forum volunteer's (Bev, not in the cast) notes of the PCF / council catch-up on Tuesday "
              "6 July 2027, typed fast in Word: lower case, almost no punctuation, run-on lines, abbreviations (ppls, mtg, b4, hed, wk), "
              "typos, Word autocorrect capitalising the first letter of some lines only. Traps: 'sarah k' is explained as participation (Sarah "
              "Khan, not Sarah Kent); 'priya m' is Priya Mistry (not Priya Shah); Mary agrees the transport form on behalf of Mark Walsh, who was "
              "absent; Liam offered a whole data pack but Owen took the PfA part, so both have actions; Helen's template offer is declined; "
              "recruiting case officers is 'no promises' (not an action); Kerry's examples were already sent on the day and her sharing on FB is "
              "routine (not labelled); 'mary will find out?? no' - the dentist question goes to Tom to email Yusuf. Dates: 'next forum mtg' "
              "and 'the 14 sept mtg' = Tue 14 September 2027 (given at the end); Mark 'fine by fri 23rd' = Fri 23 July 2027; Priya 'by fri 16th' "
              "= Fri 16 July 2027; Tom 'this wk' = Fri 9 July 2027; Sarah's 'in sept ... first week back' gives no term date (null); Tom's email "
              "to Yusuf has no date (null)."),
    "held_out": True,
    "actions": [
        {"key": "get someone from the ar team to come", "owner": "mary w", "person": "Mary Walker", "due": "2027-09-14"},
        {"key": "mark will send us the new form", "owner": "mark", "person": "Mark Walsh", "due": "2027-07-23"},
        {"key": "sarah k to set up young ppls focus group", "owner": "sarah k", "person": "Sarah Khan", "due": None},
        {"key": "owen said hed do the pfa bit", "owner": "owen", "person": "Owen Reid", "due": "2027-09-14"},
        {"key": "so liam just doing ehcp numbers", "owner": "liam", "person": "Liam Porter", "due": "2027-09-14"},
        {"key": "priya m to write up 3 parent stories", "owner": "priya m", "person": "Priya Mistry", "due": "2027-07-16"},
        {"key": "tom to email members this wk", "owner": "tom", "person": "Tom Evans", "due": "2027-07-09"},
        {"key": "tom will email yusuf about dentist", "owner": "tom", "person": "Tom Evans", "due": None},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
