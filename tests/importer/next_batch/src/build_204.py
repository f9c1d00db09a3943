"""Build 204: two note-takers' notes merged into one CSV by time (.csv)."""
import csv
import io
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "204_twentyfifth_two_notetakers_merged"

ROWS = [
    ("item", "time", "typed_by", "note"),
    ("-", "13:58", "RH", "SEND Partnership Board 18/11/2027 - merged notes (RH in room, SK on Teams). Merged by RH 19/11, sorted by time. Not yet checked."),
    ("1", "14:02", "RH", "Present: AP (chair) MW YO PS TE HB DL SK GA LP RH. Apologies: none. Kerry Lang observing."),
    ("1", "14:03", "SK", "Anne welcomed everyone. No declarations"),
    ("2", "14:05", "RH", "Minutes of 16/9 and notes of 13/10 dev afternoon agreed."),
    ("2", "14:07", "RH", "MA: shared inbox live since 25/10 (RH) - complete. AP met Cllr Jones 4/11 - complete."),
    ("2", "14:08", "SK", "Ruth's inbox - done, had 14 emails already!"),
    ("3", "14:10", "RH", "Annual review parent guide - MW presented final draft. TE: 11 families road-tested, feedback mostly positive, wanted a contacts box."),
    ("3", "14:14", "SK", "Kerry said the contacts box is the most important bit honestly"),
    ("3", "14:16", "RH", "Agreed: guide approved with contacts box added."),
    ("3", "14:17", "RH", "ACTION MW to publish final guide on Local Offer by 10 Dec."),
    ("3", "14:17", "SK", "Mary - guide live on LO before xmas hols"),
    ("3", "14:19", "SK", "me - YP version of the guide with youth forum, aim for Jan mtg"),
    ("3", "14:20", "RH", "HB might be able to get a slot at SENCo network in spring to promote it - tbc, not agreed"),
    ("4", "14:25", "RH", "Tribunal outcomes 2024-27 (LP). 71% of appeals conceded or settled before hearing. Long discussion."),
    ("4", "14:31", "SK", "Tom said this is what parents have been saying for years. Priya S said it's fair"),
    ("4", "14:32", "RH", "DL: many conceded cases turn on late or thin EP advice - links to capacity item in Sept."),
    ("4", "14:33", "SK", "Mary said some are settled because the school placement was agreed in the end anyway, not all bad"),
    ("4", "14:34", "RH", "ACTION LP to add tribunal outcomes to the quarterly dashboard - first for Jan mtg."),
    ("4", "14:35", "SK", "(missed a bit here - connection dropped)"),
    ("4", "14:38", "RH", "PS: council will review its approach to appeals in the new year - council's own process, not a Board action."),
    ("5", "14:45", "RH", "Named health contacts for special schools (YO) - 3 of 5 in place."),
    ("5", "14:45", "SK", "Yusuf - Oakfield, Brookside and Hill View have names now, schools happy"),
    ("5", "14:46", "SK", "Yusuf - other 2 schools early Dec"),
    ("5", "14:47", "RH", "ACTION YO to confirm named contacts for remaining two special schools by 3/12."),
    ("5", "14:50", "RH", "ICB board agreed 28/10 to fund 2 more SALT posts from Jan - noted (ICB decision)."),
    ("5", "14:53", "SK", "Grace to find out if therapy reports can go to parents at the same time as school - back to Dec mtg"),
    ("5", "14:53", "RH", "GA to check therapy reports to parents/schools at same time - report to Dec"),
    ("6", "15:02", "RH", "Scrutiny inquiry into SEND transport + EHCP timeliness, Jan-Mar 2028. AP fed back from meeting w/ Cllr Jones."),
    ("6", "15:04", "SK", "Anne said the cllr was really positive, wants the Board to give evidence not just the council"),
    ("6", "15:05", "RH", "Inquiry terms of reference to be published by scrutiny in Dec (scrutiny's action)."),
    ("6", "15:06", "RH", "ACTION AP to draft Board submission to scrutiny inquiry - by 14/1/28."),
    ("6", "15:07", "SK", "Priya S sending council data to Anne for the submission by xmas eve"),
    ("6", "15:09", "SK", "Tom asked if PCF can do its own submission - yes obviously, that's up to them"),
    ("7", "15:13", "SK", "newsletter - everyone a bit lukewarm, Sarah (me) said the inbox is doing the job for now"),
    ("7", "15:15", "RH", "Board newsletter - agreed not to go ahead this year. No action."),
    ("8", "15:20", "RH", "AOB: Dec mtg is the extended WSoA review 1-5pm. Papers by Fri 3 Dec."),
    ("8", "15:21", "SK", "DL said the EP helpline evaluation will be ready for December"),
    ("8", "15:21", "RH", "YO: DCO job share now in place - Yusuf Mon-Wed, colleague Thu-Fri. Contact details to follow with minutes."),
    ("8", "15:22", "RH", "DL helpline evaluation - already an action from Sept (27/47), on Dec agenda."),
    ("-", "15:30", "RH", "Close. Next: Thu 16/12/27 1-5pm."),
    ("-", "19/11", "RH", "Checked with MW after the meeting: 10 Dec is right for the guide (before schools break up)."),
]

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(ROWS)
(OUT / f"{STEM}.csv").write_text(buf.getvalue(), encoding="utf-8")

LABELS = {
    "meeting_date": "2027-11-18",
    "style": ("Held-out batch twentyfifth. Notes from two note-takers (RH in the room, SK on Teams) merged into one "
              "CSV sorted by time, with item, time, typed_by and note columns; RH writes 'ACTION XX', SK writes first "
              "names and 'me'; some actions recorded by both in different words and with different dates. Traps: "
              "shared inbox and Cllr Jones meeting complete; guide approved (decision); HB 'might' get a SENCo "
              "network slot, tbc; council's appeals review (council's own process); ICB SALT funding (another body); "
              "PCF's own submission (up to them); newsletter not going ahead; DL helpline evaluation is an existing "
              "Sept action (27/47), not new; papers deadline is a reminder. Labelling choices: each action labelled "
              "once even when both note-takers recorded it (key from RH's row where RH has one, e.g. GA's therapy "
              "reports); MW guide due 10 Dec (RH's row, confirmed by RH's 19/11 check, over SK's 'before xmas hols') "
              "= 2027-12-10; SK's 'me' = Sarah Khan (typed_by SK), 'Jan mtg' = meeting 2028-01; LP 'first for Jan "
              "mtg' = meeting 2028-01; '3/12' = 2027-12-03; 'report to Dec' = meeting 2027-12; '14/1/28' = "
              "2028-01-14; PS data 'by xmas eve' = 2027-12-24."),
    "held_out": True,
    "actions": [
        {"key": "MW to publish final guide on Local Offer", "owner": "MW", "person": "Mary Walker",
         "due": "2027-12-10"},
        {"key": "YP version of the guide with youth forum", "owner": "me", "person": "Sarah Khan",
         "due": "meeting 2028-01"},
        {"key": "LP to add tribunal outcomes to the quarterly dashboard", "owner": "LP", "person": "Liam Porter",
         "due": "meeting 2028-01"},
        {"key": "YO to confirm named contacts for remaining two", "owner": "YO", "person": "Yusuf Okafor",
         "due": "2027-12-03"},
        {"key": "GA to check therapy reports to parents/schools", "owner": "GA", "person": "Grace Adeyemi",
         "due": "meeting 2027-12"},
        {"key": "AP to draft Board submission to scrutiny inquiry", "owner": "AP", "person": "Anne Price",
         "due": "2028-01-14"},
        {"key": "Priya S sending council data to Anne", "owner": "Priya S", "person": "Priya Shah",
         "due": "2027-12-24"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False), encoding="utf-8")
