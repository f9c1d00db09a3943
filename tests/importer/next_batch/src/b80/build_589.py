import json, html
from pathlib import Path
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
OUT = Path("/tmp/b80")
STEM = "589_eightieth_email_reply_correcting_pasted_slack_thread"

slack = """Yusuf Okafor
  10:02 AM
Morning all - as agreed last month, the Health workstream is in here today rather than on Teams. Anne sends apologies (she's at the regional chairs' meeting). I'll post each item, please reply in the thread. Agenda: 1) health advice quality 2) ND pathway 3) OT sensory offer 4) CAMHS transitions 5) data 6) AOB
👍
5

Yusuf Okafor
  10:05 AM
1) Health advice quality. The QA panel flagged that a lot of health advice says "no needs identified" without saying what was looked at. I'll do a DCO audit of a sample of 20 health advices across all three providers - by 23 July so it can feed into the annual report
Grace Adeyemi
  10:11 AM
Happy to give OT input to the audit - I can look at the OT ones with you if that helps, but it's your audit 🙂
Yusuf Okafor
  10:12 AM
Perfect, thanks Grace
2 replies Last reply 3 hours ago

Anita Patel
  10:30 AM
2) ND pathway. Current wait from referral to assessment is 68 weeks for under-5s and 94 weeks for school age. The ICB data drop for Q1 lands on 30 June. I'll do the ND pathway waiting list trajectory for the July Board once I have that
😬
3
Tom Evans
  10:34 AM
94 weeks 😢 parents are going to ask what the plan is
Anita Patel
  10:36 AM
I know Tom. The trajectory paper will show the effect of the new nurse-led clinics
3 replies Last reply 3 hours ago

Grace Adeyemi
  10:52 AM
3) OT sensory offer. We've mapped what's available by locality - it's patchy, nothing in the east. I'll circulate the OT sensory offer mapping by Friday so schools can check it before the summer
🙌
4

Tom Evans
  11:10 AM
4) CAMHS transitions. Lots of stories from parents about the drop-off at 18. I'll collate parents' experiences of CAMHS to adult transitions - aim for 9 July so it's ready before the July Board
Yusuf Okafor
  11:14 AM
Brilliant. I'll make sure the adult MH commissioners see it
1 reply Last reply 5 hours ago

Liam Porter
  11:30 AM
5) Data. We don't currently report health advice timeliness to the Board at all. I can add health advice timeliness to the monthly dashboard from the July edition (it's published 5 July)
👍
3

Helen Brooks
  11:45 AM
6) AOB - I've already sent Grace the school nurse referral form feedback from the SENCo network last week, so that's done 👍
Grace Adeyemi
  11:47 AM
Yes got it thanks Helen, really useful

Yusuf Okafor
  11:55 AM
Also for info: the ICB Board decides the SALT contract extension on 1 July - that's their decision, I'll just report the outcome. And we've agreed the workstream stays monthly, alternating Slack and in person. Next one in person 13 July, Kingsway House.
Grace Adeyemi
  11:58 AM
Can we never do a huddle again, my headset nearly exploded 🎧
😂
6
"""

ruth_summary = """Hi all,

Notes from today's Health workstream, which we held on Slack (#send-health-workstream). I've pasted the thread below for the record, and pulled out the actions for the partnership log:

ACTIONS
1. Grace - DCO audit of health advice quality (sample of 20) - 23 July
2. Anita - ND pathway waiting list trajectory - 30 June
3. Grace - circulate OT sensory offer mapping - Fri 18 June
4. Tom - collate parents' experiences of CAMHS to adult transitions - 9 July
5. Liam - add health advice timeliness to monthly dashboard - July dashboard (5 July)
6. Helen - school nurse referral form feedback to Grace - tbc

NOTED / DECISIONS
- ICB Board decides SALT contract extension 1 July (ICB decision)
- Workstream stays monthly, alternating Slack / in person. Next: 13 July, Kingsway House
- Apologies: Anne Price

Please shout if I've got anything wrong.

Ruth

Ruth Hill | Partnership Business Support Officer | Westmoor Council
ruth.hill@westmoor.gov.uk | 01632 960 118

----- Slack thread (copied) -----

""" + slack

yusuf = """Thanks Ruth, really helpful to have the thread on file. Three corrections for the log:

(1) The health advice audit is mine, not Grace's - Grace offered OT input only. Date 23 July is right.
(2) Anita's ND trajectory is for the July Board on 14 July, not 30 June - 30 June is just when the ICB data lands.
(3) Helen's referral form feedback was already sent last week (see AOB), so that one can come off.

Everything else looks right to me.

Yusuf

Dr Yusuf Okafor | Designated Clinical Officer for SEND | Westmoor Integrated Care Board
Sent from Outlook for iOS
"""

quoted = "\n".join("> " + l if l else ">" for l in ruth_summary.split("\n"))
plain = yusuf + "\n\nOn Tue, 15 Jun 2027 at 17:20, Ruth Hill <ruth.hill@westmoor.gov.uk> wrote:\n" + quoted + "\n"

def to_html(t):
    return "<br>\n".join(html.escape(l) for l in t.split("\n"))

htmlbody = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">{to_html(yusuf)}</div>
<hr><div><b>From:</b> Ruth Hill &lt;ruth.hill@westmoor.gov.uk&gt;<br><b>Sent:</b> Tuesday, June 15, 2027 5:20 PM<br>
<b>To:</b> Westmoor SEND Health Workstream &lt;send-health-workstream@westmoor.gov.uk&gt;<br><b>Subject:</b> Health workstream 15 June - actions (from Slack)</div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">{to_html(ruth_summary.split('----- Slack thread (copied) -----')[0])}
<div style="font-family:Consolas,monospace;font-size:10pt;background:#f7f7f7">----- Slack thread (copied) -----<br>{to_html(slack)}</div></blockquote>
</body></html>"""

m = EmailMessage()
m["From"] = "Yusuf Okafor <yusuf.okafor@westmoor-icb.nhs.uk>"
m["To"] = "Ruth Hill <ruth.hill@westmoor.gov.uk>"
m["Cc"] = "Westmoor SEND Health Workstream <send-health-workstream@westmoor.gov.uk>"
m["Subject"] = "RE: Health workstream 15 June - actions (from Slack)"
m["Date"] = format_datetime(dt.datetime(2027, 6, 16, 8, 5, 31, tzinfo=dt.timezone(dt.timedelta(hours=1))))
m["Message-ID"] = "<LO2P265MB4417A1C2E3F0B8D9@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>"
m["In-Reply-To"] = "<20270615162004.7731.ruth.hill@westmoor.gov.uk>"
m["References"] = "<20270615162004.7731.ruth.hill@westmoor.gov.uk>"
m["Thread-Topic"] = "Health workstream 15 June - actions (from Slack)"
m["X-MS-Has-Attach"] = ""
m.set_content(plain, cte="8bit")
m.add_alternative(htmlbody, subtype="html", cte="8bit")
(OUT / f"{STEM}.eml").write_bytes(m.as_bytes())

labels = {
    "meeting_date": "2027-06-15",
    "style": (
        "Held-out batch eightieth. A multipart RFC 822 email (plain + HTML): the DCO's reply on 16 June 2027 correcting the secretary's "
        "action list from the Health workstream held on Slack on Tuesday 15 June 2027; the quoted original contains Ruth's list and the "
        "Slack thread copied as text (name, indented time, reaction emoji and count on separate lines, 'N replies Last reply' lines). Traps: "
        "Ruth's list gives the health advice audit to Grace, but the thread and Yusuf's correction make it Yusuf's (Grace only gives OT input) "
        "- owner Yusuf, 'by 23 July' = Friday 23 July 2027; Ruth lists Anita's trajectory for 30 June, but that is the ICB data date and the "
        "correction says 'the July Board on 14 July' = 2027-07-14; Ruth's item 6 (Helen's referral form feedback) was already sent and is "
        "removed; Yusuf making sure adult commissioners see Tom's work is a follow-on with no date; the ICB's SALT contract decision, the "
        "monthly alternating format and next meeting are noted/decided, not actions; the plain and HTML parts repeat the same text. Dates: "
        "Grace's mapping 'by Friday' = Friday 18 June 2027 (Ruth agrees); Tom's collation 'aim for 9 July' = Friday 9 July 2027; Liam's "
        "dashboard 'from the July edition (it's published 5 July)' = Monday 5 July 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "DCO audit of a sample of 20 health advices", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-07-23"},
        {"key": "ND pathway waiting list trajectory for the July Board", "owner": "Anita Patel", "person": "Anita Patel", "due": "2027-07-14"},
        {"key": "circulate the OT sensory offer mapping by Friday", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-06-18"},
        {"key": "collate parents' experiences of CAMHS to adult transitions", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-07-09"},
        {"key": "add health advice timeliness to the monthly dashboard", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-07-05"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
