"""462: Plain-text follow-up email from a GP practice manager, actions buried in long paragraphs,
with an earlier quoted email carrying older actions."""
import textwrap
from common import OUT, write_labels

STEM = "462_sixtysecond_gp_practice_manager_followup_long_email"

paras = [
    "Hi all,",
    "Apologies this has taken me a couple of days, it's been one of those weeks here with the flu clinics and two "
    "receptionists off sick, so I'm only just getting to my inbox properly. Thank you all for coming out to Moorside "
    "on Tuesday, and thank you Yusuf for chairing. I thought it was a really useful hour, and honestly it's the first "
    "time I've felt like we actually understand what the council and the ICB want from practices on the SEND side, "
    "rather than just getting letters we don't know what to do with.",
    "So, just to recap where I think we got to, and please shout if I've got any of this wrong because my notes are "
    "a bit scrappy. On the EHCP health advice requests that keep landing in our generic inbox, we all agreed the main "
    "problem is that they come addressed to \"the GP\" with a six-week deadline and nobody at our end realises it's a "
    "statutory request, so they sit in the Docman queue with everything else. Yusuf is going to take this back to the "
    "ICB primary care team and see whether there can be one agreed route for all the practices in the PCN, and he "
    "said he was hopeful of having an answer by Friday 17th December, which would be great because I'd like to brief "
    "our reception team before the new year. In the meantime I've already set up a rule on our shared inbox so that "
    "anything with \"EHC\" in the subject gets flagged to me, so that bit is done, and it actually picked up two last "
    "week that would otherwise have been missed.",
    "On the learning disability register, I was a bit embarrassed to be honest, our numbers for the 14 to 25s are "
    "definitely lower than they should be, and as I said on Tuesday I think a fair few young people with EHCPs just "
    "never got coded when they moved over from children's services. I'll get our LD register cleaned up for the "
    "over-14s, cross-checking against the list the council sent over, and I'm aiming to have that done by the end of "
    "the month. The PCN are also planning to recruit a learning disability nurse from April, which would really help "
    "with the annual health checks, but that's their plan and it depends on the ARRS funding so I wouldn't count on "
    "it just yet. Does anyone know whether the council could put anything towards that post, or is that a silly "
    "question? Just something I was wondering about on the drive home.",
    "Dr Patel, thank you for being so frank about the shared care situation. For everyone else's benefit, the "
    "position is that our GPs are happy in principle to take on shared care for the children the community "
    "paediatric team have stabilised on medication, but we need a proper template and not just a letter. Dr Patel "
    "kindly offered to send over the ADHD shared care template the Trust already uses with the other PCN, and said "
    "she'd do that by the end of next week, which I think makes it Friday the 19th. Once we have it our clinical lead "
    "will go through it properly. We also talked about whether the paediatric team could do a teaching session at "
    "our PLT afternoon (in my last email I said that was the 3rd December but I was wrong, it's Wednesday 8th "
    "December), but Dr Patel wasn't sure she could release anyone, so that's with her to think about and I'm not "
    "expecting anything.",
    "The other thing that came out of it, and this is the bit I was most pleased about, is the parent carer forum "
    "coffee morning. Kerry, it was lovely to meet you properly. We agreed that Dr Farouk, our GP lead for children and "
    "young people, would do a 20-minute Q&A at the forum's coffee morning on Thursday 25th November at the Westmoor "
    "Family Hub, mainly on annual health checks and what parents can ask for at them. Kerry said she would collect the "
    "parents' questions beforehand and send them to Dr Farouk at least a week before so he can prepare, which would "
    "be by Thursday 18th. I've put it in his diary already (he's copied in, hello!) and booked a locum for his "
    "afternoon list, so that's sorted from our end.",
    "Ruth, you mentioned at the end that you could circulate the contact list of school nurses and the SENCo network "
    "contacts for our patch. No rush at all, but if it could come by the 26th that would mean I could get it into our "
    "practice bulletin, which goes out on the last working day of the month.",
    "Last thing, Yusuf asked on Tuesday whether we would be happy to be one of the pilot practices for the \"SEND "
    "flag\" on the GP record that the ICB is rolling out next year. The partners agreed it at their meeting last "
    "night and I sent the signed form to Yusuf's team this morning, so that's a yes from us.",
    "Thanks again everyone, and sorry for the essay!",
]

body = "\n\n".join(textwrap.fill(p, 76, break_long_words=False, break_on_hyphens=False) for p in paras)
sig = """
Janet

Janet Corrigan
Practice Manager
Moorside Medical Practice | part of Westmoor North PCN
Moorside Road, Westmoor WM4 2JP
Tel: 01xxx 555 871 (ask for Janet) | Please do not use this address for
patient-identifiable information unless sent to nhs.net


********************************************************************
This message may contain confidential information. If you are not the
intended recipient please inform the sender that you have received the
message in error before deleting it.
********************************************************************

________________________________
From: OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor@nhs.net>
Sent: 12 October 2027 16:40
To: CORRIGAN, Janet (MOORSIDE MEDICAL PRACTICE) <janet.corrigan@nhs.net>
Subject: SEND / primary care interface - meeting 9 November

Hi Janet,

Thanks so much for agreeing to host on 9 November. For info, the actions
from the practice managers' forum in September were:

- ICB to circulate the EHCP health advice guidance to practices (done 30/9)
- Practices to nominate a SEND lead by 31 October
- Janet to book the meeting room at Moorside for 9 Nov

I'll bring Anita Patel and hopefully someone from the Parent Carer Forum.

Best wishes
Yusuf

Yusuf Okafor
Designated Clinical Officer (SEND)
NHS Westmoor Integrated Care Board
"""

eml = f"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (10.152.4.18)
 by mail.nhs.net; Thu, 11 Nov 2027 21:47:16 +0000
From: "CORRIGAN, Janet (MOORSIDE MEDICAL PRACTICE)" <janet.corrigan@nhs.net>
To: "OKAFOR, Yusuf (NHS WESTMOOR ICB)" <yusuf.okafor@nhs.net>,
 "PATEL, Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST)" <anita.patel4@nhs.net>
CC: "Hill, Ruth" <ruth.hill@westmoor.gov.uk>, Kerry Lang <kerry.lang@westmoorpcf.org.uk>,
 "FAROUK, Imran (MOORSIDE MEDICAL PRACTICE)" <imran.farouk@nhs.net>
Subject: RE: SEND / primary care interface - meeting 9 November
Thread-Topic: SEND / primary care interface - meeting 9 November
Date: Thu, 11 Nov 2027 21:47:12 +0000
Message-ID: <AM7PR03MB6482C1F0E2B@AM7PR03MB6482.eurprd03.prod.outlook.com>
In-Reply-To: <DB9PR03MB71149A07D1@DB9PR03MB7114.eurprd03.prod.outlook.com>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{body}
{sig}"""

(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8")

write_labels(STEM, "2027-11-09",
    "A plain-text NHSmail/Outlook reply sent on Thursday 11 November 2027 by Janet Corrigan, practice manager of a "
    "GP surgery (not in people.json), recapping a SEND/primary care interface meeting held at the practice on "
    "Tuesday 9 November 2027 (the meeting date). Chatty, apologetic, long hard-wrapped paragraphs with each action "
    "buried mid-paragraph; Yusuf Okafor's earlier email is quoted below with September's actions. Traps: the inbox rule "
    "already set up; the PCN's plan to recruit an LD nurse (another body's plan); Janet's question about council "
    "funding; the paediatric PLT teaching session left 'with her to think about' (not agreed) with a date correction "
    "(3rd to 8th December); Dr Farouk's diary and locum already sorted; the SEND flag pilot already agreed and the form "
    "already sent; the quoted September actions (done or old). Labels: Yusuf (Yusuf Okafor) answer 'by Friday 17th "
    "December'; I (Janet Corrigan, person null) LD register 'by the end of the month' = Tuesday 2027-11-30; Dr Patel "
    "(Anita Patel) template 'by the end of next week ... Friday the 19th' = 2027-11-19; Dr Farouk (GP lead, null) Q&A at "
    "the coffee morning on Thursday 25 November; Kerry (Kerry Lang, PCF) questions 'by Thursday 18th' = 2027-11-18; "
    "Ruth (Ruth Hill) contact list 'by the 26th' = Friday 2027-11-26.",
    [
        ("take this back to the ICB primary care team", "Yusuf", "Yusuf Okafor", "2027-12-17"),
        ("I'll get our LD register cleaned up", "I", None, "2027-11-30"),
        ("send over the ADHD shared care template", "Dr Patel", "Anita Patel", "2027-11-19"),
        ("do a 20-minute Q&A at the forum's coffee morning", "Dr Farouk", None, "2027-11-25"),
        ("collect the parents' questions beforehand and send them", "Kerry", "Kerry Lang", "2027-11-18"),
        ("circulate the contact list of school nurses", "Ruth", "Ruth Hill", "2027-11-26"),
    ])
print("ok", STEM)
