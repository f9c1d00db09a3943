"""Batch eightyseventh, doc 636: clerk's formal minutes of the Inclusion and AP T&F group, pasted from Word."""
import json
from pathlib import Path

OUT = Path("/tmp/b87")
STEM = "636_eightyseventh_inclusion_ap_tandf_minutes_paste"

TEXT = """WESTMOOR SEND PARTNERSHIP
INCLUSION AND ALTERNATIVE PROVISION TASK AND FINISH GROUP

MINUTES OF THE MEETING HELD ON THURSDAY 23 SEPTEMBER 2027 AT 10.00AM
COMMITTEE ROOM 2, WESTMOOR HOUSE

PRESENT:
James Whitfield (JW)\tAssistant Director, SEND and Inclusion (Chair)
Mary Walker (MW)\tHead of SEND
Sarah Kent (SKe)\tSchool Improvement Adviser
Nadia Khan (NK)\tHeadteacher, Riverside Primary School
Sarah Khan (SKh)\tParticipation Officer
David Lowe (DL)\tPrincipal Educational Psychologist
Tom Evans (TE)\tCo-chair, Westmoor Parent Carer Forum

IN ATTENDANCE:
Ruth Hill (RH)\tPartnership Business Support Officer (minutes)
Jo Baxter (JB)\tAP Commissioning Officer (item 4 only)

APOLOGIES:
Priya Shah (PS), Claire Dunmore (CD)

ITEM\tMINUTE\tACTION
1.\tWELCOME, INTRODUCTIONS AND APOLOGIES
\tJW welcomed members, in particular NK who was attending for the first time. Apologies were noted as above.\t
2.\tMINUTES OF THE LAST MEETING (15 JULY 2027) AND MATTERS ARISING
\tThe minutes were agreed as an accurate record.
\tAction log:
\t·\tItem 3 (AP directory): complete. Published on the Local Offer on 2 September.
\t·\tItem 5 (part-time timetables data): returns from secondary schools are still incomplete (11 of 16). SKe to chase the remaining secondary returns. Revised date: 15 October (was 30 September).\tSKe
\t·\tItem 6 (letter to academy trusts re: managed moves): DL confirmed this was sent on 20 July. Closed.
3.\tSUSPENSIONS AND EXCLUSIONS OF PUPILS WITH SEND
\t3.1\tMW presented the summer term data. Pupils with an EHCP were 4 times more likely to receive a suspension than their peers; pupils on SEN Support 3 times.
\t3.2\tMembers discussed the reasons. NK explained the approach at Riverside of a "pause and plan" meeting before any suspension. It was agreed that the group would produce a short good practice note on reasonable adjustments before suspension, for the November meeting.\tNK / SKe
\t3.3\tTE asked whether the LA could be told of every suspension of a child with an EHCP. MW confirmed that schools already notify the LA and that the Inclusion Team has contacted every family since April. This is already in place and no further action was required.
4.\tALTERNATIVE PROVISION COMMISSIONING
\t4.1\tJB presented the proposed AP framework. The tender will be published in November with contracts from April 2028.
\t4.2\tIt was noted that the AP top-up bands will be decided by Schools Forum in December. The group can respond to the Schools Forum consultation but the decision rests with the Forum.
\t4.3\tMembers asked that the consultation is shared with the PCF so parents can respond. JB to share with TE when published.\tJB
\t4.4\tJW proposed that members visit two AP settings before the tender is published. This was agreed. RH to arrange the visits before October half term.\tRH
5.\tPARENT VOICE
\t5.1\tSKh reported on the parent focus group held on 9 September (11 parents). Themes were the length of time pupils wait for a place and a lack of information about the curriculum.
\t5.2\tSKh to share the full focus group report with members by 8 October.\tSKh
\t5.3\tIt was suggested that a parent representative should sit on the AP tender evaluation panel. As PS was not present, JW to seek PS's agreement and confirm at the next meeting.\tJW
6.\tANY OTHER BUSINESS
\t6.1\tDL advised that the EP service traded offer to schools will change from January 2028. For information only.
7.\tDATE OF NEXT MEETING
\tThursday 18 November 2027, 10.00am, Committee Room 2, Westmoor House.

Signed: ………………………………… (Chair)\tDate: ……………………
"""

LABELS = {
    "meeting_date": "2027-09-23",
    "style": (
        "Held-out batch eightyseventh. A clerk's formal minutes of the Inclusion and Alternative Provision "
        "task-and-finish group, pasted from a three-column Word table (ITEM / MINUTE / ACTION): each row "
        "flattened to one long tab-separated line with the action column's initials at the end, Word bullets "
        "turned into '·', attendance table flattened. Traps: initials only - SKe (Sarah Kent) and SKh (Sarah "
        "Khan) must be told apart from the attendance list, NK is Nadia Khan, JB (Jo Baxter) is not a "
        "partnership member (person null); action log items 3 and 6 are complete/closed, item 5 is carried "
        "forward with a moved date (labelled at the revised 15 October, not 30 September); TE's suggestion at "
        "3.3 is already in place ('no further action'); Schools Forum's decision on top-up bands belongs to "
        "another body; DL's AOB is for information; PS is an apology and the action sits with JW. The good "
        "practice note is a joint NK / SKe action, labelled once with the first-named owner NK (Nadia Khan). "
        "Dates: 'Revised date: 15 October' = Friday 15 October 2027; 'for the November meeting' and 'confirm "
        "at the next meeting' = the stated next meeting Thursday 18 November 2027; 'before October half term' "
        "(w/c 25 October) = Friday 22 October 2027; 'by 8 October' = Friday 8 October 2027; JB's 'when "
        "published' is null."
    ),
    "held_out": True,
    "actions": [
        {"key": "SKe to chase the remaining secondary returns", "owner": "SKe", "person": "Sarah Kent", "due": "2027-10-15"},
        {"key": "short good practice note on reasonable adjustments", "owner": "NK", "person": "Nadia Khan", "due": "2027-11-18"},
        {"key": "JB to share with TE when published", "owner": "JB", "person": None, "due": None},
        {"key": "RH to arrange the visits before October", "owner": "RH", "person": "Ruth Hill", "due": "2027-10-22"},
        {"key": "SKh to share the full focus group report", "owner": "SKh", "person": "Sarah Khan", "due": "2027-10-08"},
        {"key": "JW to seek PS's agreement and confirm", "owner": "JW", "person": "James Whitfield", "due": "2027-11-18"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
