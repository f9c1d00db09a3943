"""447: Facebook 'Download your information' JSON of a group admin's post-meeting summary and her own replies (with FB's mojibake)."""
import json
from datetime import datetime, timezone, timedelta
from common import OUT, write_labels

STEM = "447_sixtieth_facebook_admin_summary_download_your_information_json"
BST = timezone(timedelta(hours=1))
GROUP = "Westmoor SEND Parents Together \U0001F9E9"

def ts(y, mo, d, h, mi):
    return int(datetime(y, mo, d, h, mi, tzinfo=BST).timestamp())

def fb(s):
    """Facebook's export encodes UTF-8 bytes as latin-1 code points."""
    return s.encode("utf-8").decode("latin-1")

post = """\U0001F4E2 ADMIN POST \u2013 summary from last night\u2019s EHCP delays meeting \U0001F4E2

Morning all! As promised here\u2019s my summary of last night\u2019s meeting at the Civic Centre with the council and the NHS about EHCP delays. About 40 of us in the room + 25 on Zoom. Huge thanks to everyone who came and spoke, I know some of you found it really hard \U0001F49C

Who was there from \u201cthem\u201d: Mary Walker (Head of SEND), Liam Porter (data), Claire Dunmore (SENDIASS) and Yusuf Okafor (ICB). Anne Price chaired it. Tom couldn't make it (poorly kid \U0001F912) so it was me and Priya M for the PCF.

THE HEADLINES
\U0001F539 Only 38% of new EHCPs were done within 20 weeks last term. Mary didn't try to dress it up, which I'll give her.
\U0001F539 The council has ALREADY taken on 4 extra caseworkers (they started in April) \u2013 so that bit is done, not a promise.
\U0001F539 The council is going to consult on changes to top-up banding in the autumn. That's their consultation, not something agreed last night \u2013 we'll tell you when it opens.

WHAT THEY SAID THEY'LL DO (screenshot this \U0001F4F8)
1\ufe0f\u20e3 Mary Walker will publish the monthly EHCP timeliness figures on the Local Offer, first lot by Friday 11 June.
2\ufe0f\u20e3 Liam Porter is going to split the figures by locality so we can finally see the east/west difference everyone keeps talking about. No date given \u2013 I asked twice \U0001F644
3\ufe0f\u20e3 Claire Dunmore (SENDIASS) will sort a date for an extra \u2018how to appeal\u2019 evening and let me know by the end of next week.
4\ufe0f\u20e3 Yusuf said he'll look into the OT waiting list for under 5s and come back to the PCF. Again, no date.

WHAT WE'LL DO
\U0001F449 I'll collate all your stories about annual reviews being late (comment below or DM me, anonymous is fine) and give them to Anne Price before the Board on 17 June.

NOT agreed, before anyone asks:
\u274c Loads of you asked if the next one can be on a weekday evening instead of 4pm. Honestly not our call, it's the council's room booking.
\u274c Transport wasn't on the agenda \u2013 that's a separate meeting with Mark Walsh's team on 6 July.

Any questions pop them below \U0001F447 and I'll answer what I can.
Kerry x (admin)"""

comments = [
    (ts(2027, 5, 21, 9, 15), "@Dawn Hughes no, the letters were already rewritten back in April, the new ones are out now. If you got an old one since then let me know and I'll pass it on \U0001F44D"),
    (ts(2027, 5, 21, 12, 40), "@Lisa Grant I genuinely don't know if the extra caseworkers cover the east too, sorry. Mary said \u201cacross the service\u201d whatever that means \U0001F937\u200d\u2640\ufe0f"),
    (ts(2027, 5, 21, 20, 5), "Thank you @Sam Okoro \U0001F64F Priya M did most of the talking tbh, she was amazing"),
    (ts(2027, 5, 24, 19, 2), "UPDATE \u203c\ufe0f Mary's team have been in touch \u2013 the first figures will be up by Friday 18 June, not the 11th. Sorry folks, I'm just the messenger \U0001F643"),
    (ts(2027, 5, 25, 8, 30), "@Becky Lane yes the appeals evening will be on Zoom AND in person if Claire can get a room, but no date yet. I'll post it as soon as I hear"),
]

data = {
    "group_posts_v2": [
        {"timestamp": ts(2027, 5, 21, 8, 3),
         "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/groups/media/ehcp_meeting_slide_38pc.jpg",
                                              "creation_timestamp": ts(2027, 5, 21, 8, 3), "title": ""}}]}],
         "data": [{"post": fb(post)}, {"update_timestamp": ts(2027, 5, 21, 8, 11)}],
         "title": fb(f"Kerry Lang posted in {GROUP}.")},
    ],
    "group_comments_v2": [
        {"timestamp": t,
         "data": [{"comment": {"timestamp": t, "comment": fb(c), "author": "Kerry Lang", "group": fb(GROUP)}}],
         "title": fb("Kerry Lang replied to a comment.") if c.startswith("@") else fb("Kerry Lang commented on her own post.")}
        for t, c in comments
    ],
}
(OUT / f"{STEM}.json").write_text(json.dumps(data, indent=2), encoding="ascii")

write_labels(STEM, "2027-05-20",
    "A Facebook 'Download your information' JSON export (group_posts_v2 and group_comments_v2, Unix timestamps, Facebook's mojibake: UTF-8 "
    "bytes escaped as \\u00e2\\u0080\\u0099 etc., so apostrophes and emoji are garbled) holding a parent carer forum group admin's (Kerry "
    "Lang, PCF parent champion) post-meeting summary of the EHCP delays meeting on Thursday 20 May 2027, posted Friday 21 May, plus only her "
    "own replies (the parents' comments are not in her export). Traps: the headline figures; extra caseworkers already in post since April; "
    "the council's own autumn banding consultation; a 'NOT agreed' list (meeting time is the council's call, transport is a separate meeting "
    "with Mark Walsh's team on 6 July); letters already rewritten (reply to Dawn); the Monday 24 May reply that moves Mary's first figures "
    "from Friday 11 June to Friday 18 June; the 25 May reply that there is still no appeals date (Claire's action stands). Labels: Mary Walker "
    "due 2027-06-18 after the update; Liam Porter and Yusuf (Okafor) with no date ('No date given', 'Again, no date'); Claire Dunmore 'by the "
    "end of next week' from the Thursday meeting / Friday post = Friday 28 May; 'I' is Kerry Lang, collating stories 'before the Board on 17 "
    "June'.",
    [("will publish the monthly EHCP timeliness figures", "Mary Walker", "Mary Walker", "2027-06-18"),
     ("is going to split the figures by locality", "Liam Porter", "Liam Porter", None),
     ("will sort a date for an extra", "Claire Dunmore", "Claire Dunmore", "2027-05-28"),
     ("look into the OT waiting list for under", "Yusuf", "Yusuf Okafor", None),
     ("collate all your stories about annual reviews", "I", "Kerry Lang", "2027-06-17")])
print("447 done")
