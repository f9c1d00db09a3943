"""453: CAMHS / school liaison email thread; the clinician's inline replies were in blue, lost in plain text."""
from common import OUT, write_labels

STEM = "453_sixtyfirst_camhs_school_liaison_thread_inline_colour_lost"

eml = """Received: from EUR03-AM7-obe.outbound.protection.outlook.com (10.14.2.7) by
 mx.westmoor.sch.uk; Tue, 29 Jun 2027 08:05:19 +0100
From: Helen Brooks <hbrooks@riverside.westmoor.sch.uk>
To: "Hale Rebecca (WESTMOOR & EASTVALE NHS FOUNDATION TRUST)" <rebecca.hale2@nhs.net>
CC: Nadia Khan <head@riverside.westmoor.sch.uk>, "PRITCHARD, Joanne (MHST)"
 <joanne.pritchard@nhs.net>, "OKAFOR, Yusuf (NHS WESTMOOR ICB)" <yusuf.okafor@nhs.net>
Subject: RE: CAMHS / Riverside liaison meeting 24/6 - notes and actions
Thread-Topic: CAMHS / Riverside liaison meeting 24/6 - notes and actions
Thread-Index: AdtqXk1vYmQ0ZmE5NGU3LTRkMDgtYjE2ZAABcD3qAAE0mQ==
Date: Tue, 29 Jun 2027 08:05:12 +0100
Message-ID: <LO2P265MB4471C0A2E19F3D6B7A@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <CWLP123MB0091F7E2D5A0@CWLP123MB0091.GBRP123.PROD.OUTLOOK.COM>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
X-Classification: OFFICIAL-SENSITIVE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Rebecca

Thanks for going through these - the blue doesn't show up on my phone so it took me a couple of reads to work out which bits were you! Just so we're all clear, pulling it together:

- J.M. - understood, not CAMHS. I'll complete the ND referral form with J.M.'s mum and send it to Dr Patel's team by Friday 9 July. (Got the form and checklist, thanks.)
- EBSA training - Tuesday 14 Sept twilight is great, I've already booked it into the CPD calendar and told staff.
- Nadia - when you send the Academy the invite for L.D.'s meeting, can you include Rebecca too? She can't do Fridays.

Yusuf - copying you in just FYI about the confusion over where ND referrals go from school (this is the third one this year where we've sent it to the wrong place). Is that something the DCO pathway work is looking at? No need to reply before the autumn.

Thanks
Helen

Helen Brooks | SENCo | Riverside Primary School
Mill Lane, Westmoor WM4 2QT | 01632 960 482
Working days: Mon, Tue, Thu, Fri

-----Original Message-----
From: Hale Rebecca (WESTMOOR & EASTVALE NHS FOUNDATION TRUST) <rebecca.hale2@nhs.net>
Sent: 28 June 2027 16:40
To: Helen Brooks <hbrooks@riverside.westmoor.sch.uk>
Cc: Nadia Khan <head@riverside.westmoor.sch.uk>; PRITCHARD, Joanne (MHST) <joanne.pritchard@nhs.net>
Subject: RE: CAMHS / Riverside liaison meeting 24/6 - notes and actions

Hi Helen,

Thanks for these and for hosting on Thursday, really useful. My comments are in blue below.

Rebecca

Rebecca Hale
Senior Primary Mental Health Worker | Westmoor CAMHS (Community Team North)
Westmoor & Eastvale NHS Foundation Trust
Working days Mon-Thu
This e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.

-----Original Message-----
From: Helen Brooks <hbrooks@riverside.westmoor.sch.uk>
Sent: 25 June 2027 09:12
To: Hale Rebecca (WESTMOOR & EASTVALE NHS FOUNDATION TRUST) <rebecca.hale2@nhs.net>
Cc: Nadia Khan <head@riverside.westmoor.sch.uk>; PRITCHARD, Joanne (MHST) <joanne.pritchard@nhs.net>
Subject: CAMHS / Riverside liaison meeting 24/6 - notes and actions

Hi Rebecca

Thanks for coming in yesterday. Quick notes and what I think we agreed - shout if I've got anything wrong.

Present: Rebecca Hale (CAMHS PMHW), Jo Pritchard (MHST EMHP), Helen Brooks (SENCo), Nadia Khan (HT, first half only)

PUPILS DISCUSSED (initials only please don't forward)

T.W. (Y5) - anxiety, refusing school on Mondays. CAMHS have accepted for 6 sessions of CBT, starting 5 July.
ACTION: School to send updated SDQs (parent + teacher) to CAMHS.
Received 25/6 thanks - that's all we need.

J.M. (Y4) - possible autism, masking at school, big meltdowns at home.
ACTION: Rebecca to book J.M. a consultation slot with the ND pathway.
I'm afraid this isn't something CAMHS can do - ND assessments for under-11s sit with Dr Patel's team at the Community Trust, not us. School needs to complete the ND referral form with parental consent. I'll email you the form and checklist today.

S.A. (Y6) - ADHD, on medication, very flat in the afternoons.
ACTION: Helen to chase GP about a medication review for S.A.
Not needed - S.A. was seen in our clinic on 22/6 and the med review was done (dose adjusted). Please don't chase the GP.

L.D. (Y6) - self-harm history, open to CAMHS, moving to Westmoor Academy in Sept.
ACTION: Rebecca to send school the CAMHS risk management plan for L.D. so it can go to the Academy.
RH: Will do but I need mum's consent first. I'm seeing mum and L.D. on 1 July so will ask then and send it to you by Friday 2 July if she agrees.
ACTION: Nadia to invite the Academy SENCo to a transition meeting for L.D. before we break up (16 July).
RH - I'd like to come to this if possible, any day but Friday.

GENERAL
- MHST group offer: Jo to run the Worry Busters group for Y5/6 in the autumn term (6 sessions).
Jo has confirmed with me - starting w/c 13 September. She'll send the parent letters out by Friday 3 September.
- Training: CAMHS to deliver whole-staff training on emotionally based school avoidance (EBSA) on the INSET day, Wed 1 Sept.
Sorry, I can't do 1 Sept (annual leave). I could do a twilight on Tuesday 14 September 3.30-5pm instead - I'll do the session then if that works for you.
- Question from Nadia: can school now refer straight to CAMHS rather than via the GP?
Yes, from 1 September via the Single Point of Access online form, no GP letter needed. The SPA team are sending every school the link in August so nothing for you to do.
- Next liaison meeting: Thursday 14 October, 3.45pm, here.
Fine by me.

Thanks
Helen

Helen Brooks | SENCo | Riverside Primary School
"""
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

write_labels(STEM, "2027-06-24",
    "Plain-text .eml of a school/CAMHS liaison thread: Helen Brooks (SENCo) sent notes and actions from the termly CAMHS liaison "
    "meeting at Riverside Primary on Thursday 24 June 2027; the CAMHS clinician replied inline 'in blue', but the colour is lost so "
    "her replies sit unmarked under each action (only two carry an 'RH' prefix); Helen's top reply (29 June) pulls it together. "
    "Traps: SDQs already received; the GP chase for S.A. is cancelled (med review already done); CAMHS 'can't' book the ND slot, so "
    "that action is re-assigned to school (Helen's top reply: she completes the ND referral by Friday 9 July); the form/checklist "
    "Rebecca promised is already received; EBSA training moved from 1 Sept to Tuesday 14 September and Helen has already put it in "
    "the calendar; the SPA team's August mail-out is another body's plan; T.W.'s CBT start is CAMHS routine; the question to Yusuf "
    "is FYI with 'no need to reply'; next liaison date is an arrangement. "
    "Labels: the CAMHS training keeps the original action text with the re-agreed date 2027-09-14; Rebecca's risk plan due 'by "
    "Friday 2 July' (conditional on consent); Nadia's invite 'before we break up (16 July)'; Jo's group is due in the autumn term "
    "(no end date given, null) and her parent letters by Friday 3 September. Rebecca Hale and Jo Pritchard are not in "
    "people.json.",
    [
        ("I'll complete the ND referral form with J.M.'s mum", "I", "Helen Brooks", "2027-07-09"),
        ("Rebecca to send school the CAMHS risk management plan", "Rebecca", None, "2027-07-02"),
        ("Nadia to invite the Academy SENCo", "Nadia", "Nadia Khan", "2027-07-16"),
        ("Jo to run the Worry Busters group", "Jo", None, None),
        ("She'll send the parent letters out by Friday", "Jo", None, "2027-09-03"),
        ("CAMHS to deliver whole-staff training on emotionally based", "CAMHS", None, "2027-09-14"),
    ])
print("ok 453")
