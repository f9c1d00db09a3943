"""Builds 495: a text-message conversation copied off a phone into a .txt."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
txt = """texts w Anne after board 19/5 - copied off my phone Thurs am so I don't lose them. R
(Anne = Anne Price, chair. "Me" = me)

------------------------------

Anne Price
Yesterday 17:48
Ruth sorry had to dash for the train. Did you get the actions at the end?? I lost track after the tribunal bit

Me
Yesterday 17:55
Mostly! Have got Liam redoing the tribunal figures, Priya doing letter to heads, Grace SALT data. Anything I've missed?

Anne Price
Yesterday 18:20
Not Priya - Mary's doing the letter to heads. Priya's name goes on it but Mary writes it. Before half term I think she said

Anne Price
Yesterday 18:21
And Grace wasnt there!! She sent apols. Yusuf said he'd chase the trust for the SALT data instead, no date

Me
Yesterday 18:23
Oh god yes sorry. Will fix

Anne Price
Yesterday 18:24
Liam said end of next week for tribunal figs

Anne Price
Yesterday 18:30
Also Tom offered to do the parent voice slot at June board but Kerry jumped in and said shed rather do it as its her familys story. So Kerry not Tom

Me
Yesterday 18:31
\U0001F44D got it. June board is the 16th yes?

Anne Price
Yesterday 18:40
Yes 16th. And I'll ring Cllr Jones re the scrutiny date tomorrow, she wants to move it

Me
Yesterday 18:41
Thank u! Safe journey x

Today 07:52
Me
Morning! Will get draft minutes to you by tomorrow, bit behind after yesterday

Anne Price
Today 08:05
Liked \u201cMorning! Will get draft minutes to you by tomorrow, bit behind after yesterday\u201d

Anne Price
Today 08:06
Ta. Oh and the mystery shopping idea - we agreed NOT to do it this term so dont put it down as an action

Me
Today 08:07
Will do x

Anne Price
Today 08:10
One more - David said he'd look at the EP traded offer but wasnt sure he could before summer so I'd put it down with no date

Anne Price
Today 08:10
That's all I think. Ta Ruth x

------------------------------

for the log:
liam - tribunal figs - end of next wk
mary - letter to heads (NOT priya)
yusuf - SALT data (NOT grace)
kerry - parent voice june board
anne - ring cllr jones
me - draft mins to anne
david - EP traded offer, no date
(mystery shopping - NO)
"""
name = "495_sixtyseventh_phone_texts_with_chair_copied_to_txt"
(OUT / f"{name}.txt").write_text(txt, encoding="utf-8")
labels = {
    "meeting_date": "2027-05-19",
    "style": ("Held-out batch sixtyseventh. An SMS conversation between Ruth (secretary, 'Me') and Anne Price (chair) copied off Ruth's phone "
              "into a .txt on the Thursday morning after the Board of Wednesday 19 May 2027, with the phone's relative stamps ('Yesterday 17:48', "
              "'Today 07:52'), an iPhone reaction arriving as text ('Liked \u201c...\u201d'), and Ruth's lower-case 'for the log' list at the end. "
              "Traps: Ruth's first list is wrong and corrected by Anne - the letter to heads is Mary's not Priya's, the SALT data is Yusuf's "
              "because Grace sent apologies; Tom offered the June parent voice slot but Kerry took it; mystery shopping was agreed NOT to happen; "
              "'Yesterday' = 19 May and 'Today' = 20 May (the header says copied Thurs am). Dates: Liam 'end of next week' (said Wed 19 May) = "
              "Fri 28 May 2027; Mary 'before half term' - May half term is w/c 31 May (31 May is the spring bank holiday) = Fri 28 May 2027; "
              "'June board is the 16th' = Wed 16 June 2027; Anne 'tomorrow' said on 19 May = Thu 20 May 2027; Ruth's draft minutes 'by tomorrow' "
              "said on 20 May = Fri 21 May 2027; Yusuf 'no date' and David 'no date' = null."),
    "held_out": True,
    "actions": [
        {"key": "got Liam redoing the tribunal figures", "owner": "Liam", "person": "Liam Porter", "due": "2027-05-28"},
        {"key": "Mary's doing the letter to heads", "owner": "Mary", "person": "Mary Walker", "due": "2027-05-28"},
        {"key": "he'd chase the trust for the SALT data", "owner": "Yusuf", "person": "Yusuf Okafor", "due": None},
        {"key": "do the parent voice slot at June board", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-06-16"},
        {"key": "I'll ring Cllr Jones re the scrutiny date", "owner": "Anne Price", "person": "Anne Price", "due": "2027-05-20"},
        {"key": "Will get draft minutes to you by tomorrow", "owner": "Me", "person": "Ruth Hill", "due": "2027-05-21"},
        {"key": "David said he'd look at the EP traded offer", "owner": "David", "person": "David Lowe", "due": None},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
