"""519: easy-read notes of a youth forum meeting, sent to members as a plain-text email (.eml)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "519_seventieth_youth_forum_easy_read_notes_email_who_when"

EML = """\
Return-Path: <sarah.khan@westmoor.gov.uk>
From: Sarah Khan <sarah.khan@westmoor.gov.uk>
To: Westmoor Youth Forum members <youthforum-members@westmoor.gov.uk>
Cc: Tom Bright <tom.bright@westmoor.gov.uk>
Date: Fri, 18 Jun 2027 11:42:09 +0100
Subject: Easy read notes - Youth Forum meeting Thursday 17 June
Message-ID: <20270618104209.8812@westmoor.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi everyone

Here are the easy read notes from last night. Thank you to Aisha for helping me write them.
The version with pictures is in the Teams folder. Parents and carers - please read them with
your young person if that helps.

Sarah

Sarah Khan | Participation Officer | Westmoor Council
Mob 07700 900 318 | I work Monday to Thursday

=====================================================

WESTMOOR YOUTH FORUM
Notes from our meeting

Thursday 17 June 2027
4.30pm to 6pm at the Hub

-----------------------------------------------------
WHO CAME
-----------------------------------------------------

* 11 young people came.
* Sarah Khan. Sarah works for the council. She helps run the forum.
* Tom from the Youth Service. Tom helps run the forum too.
* Priya Shah. Priya is in charge of Education at the council.
  She came to listen to us.
* Mark Walsh could not come. Mark is in charge of transport.
  He sent a message to say sorry.

-----------------------------------------------------
THINGS FROM LAST TIME
-----------------------------------------------------

* We asked for a quiet room at the Hub.
  DONE. The quiet room is open now. It is next to the kitchen.

* We asked about bus passes for college.
  Mark is still finding out. See number 1.

-----------------------------------------------------
1. BUSES
-----------------------------------------------------

We talked about the buses to college.
Some buses are late.
Some drivers do not wait for us to sit down.
Some drivers do not let us use our bus pass.
This makes us feel stressed.

What will happen:

Sarah will write to Westmoor Buses about drivers not waiting.
  Who will do it: Sarah
  When: by the end of June

Mark Walsh will come to our next meeting to talk about bus passes.
  Who will do it: Mark Walsh
  When: at our next meeting

-----------------------------------------------------
2. LUNCH QUEUES AT SCHOOL
-----------------------------------------------------

Some of us find the lunch queue too loud.
Some of us find it too long.
Some of us do not eat lunch because of the queue.

Priya said this is important.
Priya will talk to head teachers about a quiet lunch pass.
  Who will do it: Priya
  When: at the head teachers meeting on Tuesday 6 July

-----------------------------------------------------
3. OUR NEW NAME
-----------------------------------------------------

We voted on a new name.
The new name is WESTMOOR VOICES.
It got 14 votes.
We will start using it in September.

Aisha and Jordan will make a new logo.
  Who will do it: Aisha and Jordan
  When: before the summer holidays
  (school finishes on Wednesday 21 July)

-----------------------------------------------------
4. PHOTOS FROM THE FUN DAY
-----------------------------------------------------

Tom took photos at the fun day.
Tom will put the photos on the forum web page.
We will only use photos of people who said yes.
  Who will do it: Tom
  When: next week

If you do not want your photo on the web page, tell Sarah or Tom.

-----------------------------------------------------
5. SUMMER TRIP
-----------------------------------------------------

Jordan asked if we can go bowling in the summer.
Lots of people liked this idea.
Some people want to go to the beach.
Sarah will find out how much bowling costs.
  Who will do it: Sarah
  When: at our next meeting

We will choose the trip at the next meeting.
Bring your ideas!

-----------------------------------------------------
NEXT MEETING
-----------------------------------------------------

Thursday 15 July 2027
4.30pm to 6pm
At the Hub
There will be pizza.

=====================================================

If you need these notes in a different way, email Sarah or
text 07700 900 318.
"""

(OUT / f"{STEM}.eml").write_text(EML, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-17",
    "style": (
        "Held-out batch seventieth. Easy-read notes of the Westmoor Youth Forum meeting on Thursday 17 June 2027, sent "
        "to members the next morning as a plain-text email by Sarah Khan (Participation Officer). Short sentences, "
        "capitalised section rules, each action followed by indented 'Who will do it:' / 'When:' lines. Traps: "
        "'Priya' is Priya Shah (introduced as in charge of Education), not Priya Mistry; 'Tom from the Youth Service' "
        "(Tom Bright in Cc) is not Tom Evans (person null); the quiet room from last time is done; Mark's bus-pass "
        "finding-out from last time is replaced by this meeting's action for him to come to the next meeting; the new "
        "name vote, 'start using it in September' and 'we will choose the trip at the next meeting' are decisions or "
        "plans, not actions; 'tell Sarah or Tom' is an instruction to members. Young people Aisha and Jordan are forum "
        "members and own the logo action (person null). Dates: 'by the end of June' = Wednesday 30 June 2027; 'at our "
        "next meeting' = Thursday 15 July 2027 (given under NEXT MEETING); 'at the head teachers meeting on Tuesday 6 "
        "July' = 2027-07-06; 'before the summer holidays (school finishes on Wednesday 21 July)' = 2027-07-21; 'next "
        "week' from Thursday 17 June = end of the following week, Friday 25 June 2027."),
    "held_out": True,
    "actions": [
        {"key": "Sarah will write to Westmoor Buses", "owner": "Sarah", "person": "Sarah Khan", "due": "2027-06-30"},
        {"key": "Mark Walsh will come to our next meeting", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-07-15"},
        {"key": "Priya will talk to head teachers", "owner": "Priya", "person": "Priya Shah", "due": "2027-07-06"},
        {"key": "Aisha and Jordan will make a new logo", "owner": "Aisha and Jordan", "person": None, "due": "2027-07-21"},
        {"key": "Tom will put the photos on the forum", "owner": "Tom", "person": None, "due": "2027-06-25"},
        {"key": "Sarah will find out how much bowling costs", "owner": "Sarah", "person": "Sarah Khan", "due": "2027-07-15"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
