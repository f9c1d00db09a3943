from common import OUT, write_labels
stem = "422_fiftyseventh_chair_iphone_bullets_with_self_correction_reply"
eml = """Return-Path: <anne.price@westmoorsendpartnership.org.uk>
Received: from [10.42.118.7] (unknown [82.132.186.41])
\tby smtp.westmoor.gov.uk with ESMTPSA id 4f1c2a9e
\tfor <ruth.hill@westmoor.gov.uk>; Thu, 17 Jun 2027 19:42:51 +0100
From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
To: Ruth Hill <ruth.hill@westmoor.gov.uk>
Cc: Mary Walker <mary.walker@westmoor.gov.uk>
Subject: Re: board today - actions b4 I forget
Date: Thu, 17 Jun 2027 19:42:37 +0100
Message-ID: <B7E1F0A2-3C55-4D1E-9A1B-22F0C1D7A6E4@westmoorsendpartnership.org.uk>
In-Reply-To: <6D0A9C31-8E2B-4F7A-B0E5-91C4D2A7F310@westmoorsendpartnership.org.uk>
References: <6D0A9C31-8E2B-4F7A-B0E5-91C4D2A7F310@westmoorsendpartnership.org.uk>
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: iPhone Mail (21F90)

Ruth - 3 things on the below, sorry, train wifi + autocorrect + brain

1. mary's figures - she said MON 28th not fri, my mistake. Mary pls shout if I've got that wrong too
2. ignore the yusuf one. he messaged me on the platform - its not his to chase, grace adeyemi is bringing the SALT trajectory herself to the next board. so pls change the owner to grace
3. forgot one!! sarah khan to send ruth the young people's forum feedback on the local offer pages by fri 9 july. she's asked for it to go to the sept board not july which is fine

also pls dont put the bit about the budget in the minutes till Priya's confirmed the wording, she said she'd come back to you on that herself

thx, A

Sent from my iPhone

> On 17 Jun 2027, at 18:55, Anne Price <anne.price@westmoorsendpartnership.org.uk> wrote:
>
> Ruth hi - on train, doing this from phone so forgive typos. actions from board today as I have them, pls check against your notes b4 the draft goes out & fill in the gaps
>
> - apols - Nadia, Claire D, Cllr Jones, Grace (sent Sam from her team)
> - mary - refreshed EHCP 20wk timeliness figs incl the excluded cases to you for circulation by fri 25th
> - yusuf to chase the trust re SALT waiting list trajectory for next board
> - liam's dashboard - already circulated tues, nothing more needed, thanks Liam
> - transport survey - NOT for us. mark walsh said transport are running their own parent survey in sept so PVC/pcf won't do a separate one. decision not action. tom ok with that
> - me - write to bethan jones re the scrutiny TFG invite, by end of month
> - helen b to share draft one page profile with SENCo network on 8 july (thats the network date not a deadline she set, but she said fine)
> - priya shah - EBSA deep dive agreed for sept board. thats a decision for the forward plan, not an action on her yet
> - david lowe to bring EP capacity options paper to next board - he wants 15 mins on the agenda
> - can you get the room booked for the sept development session asap, the big one at the civic centre not the annexe
> - AOB Tom asked whether the PCF can have a standing item - I said I'd think about it. dont minute as an action pls, I havent decided
>
> think thats it. will look at draft over wkend
> A
>
> Sent from my iPhone
"""
(OUT / f"{stem}.eml").write_text(eml, encoding="utf-8")
write_labels(stem, "2027-06-17",
 "A plain-text .eml from the Independent Chair's iPhone: her 19:42 reply to her own 18:55 bullet list of actions from the SEND Partnership Board on Thursday 17 June 2027, sent to the clerk (Ruth Hill), quoted below with '>' markers. Lower case, no punctuation, autocorrect ('PVC/pcf'). The reply corrects the original: Mary's date moves from 'fri 25th' to 'MON 28th' (label 2027-06-28); Yusuf's chasing item is withdrawn and given to Grace Adeyemi, who brings the SALT trajectory to the next board (the Yusuf bullet is NOT labelled, Grace's is, due 'next meeting'); a forgotten action is added (Sarah Khan -> Ruth by 'fri 9 july' = 2027-07-09). Traps: apologies list, Liam's dashboard already circulated (done), the transport team's own September survey (other body's plan, and explicitly 'decision not action'), Priya Shah's EBSA deep dive (forward-plan decision, 'not an action on her yet'), Priya confirming budget wording (a request not to minute, not labelled), Tom's standing-item question the chair has not decided, Helen's date is the network date. 'me' = Anne Price, 'by end of month' = Wednesday 2027-06-30; David Lowe's paper 'to next board' = next meeting; Ruth's room booking ('can you', owner written as 'you' = the addressee Ruth Hill) 'asap' has no date (null).",
 [("refreshed EHCP 20wk timeliness figs incl the excluded cases", "mary", "Mary Walker", "2027-06-28"),
  ("grace adeyemi is bringing the SALT trajectory herself", "grace adeyemi", "Grace Adeyemi", "next meeting"),
  ("send ruth the young people's forum feedback", "sarah khan", "Sarah Khan", "2027-07-09"),
  ("write to bethan jones re the scrutiny TFG invite", "me", "Anne Price", "2027-06-30"),
  ("share draft one page profile with SENCo network", "helen b", "Helen Brooks", "2027-07-08"),
  ("bring EP capacity options paper to next board", "david lowe", "David Lowe", "next meeting"),
  ("get the room booked for the sept development session", "you", "Ruth Hill", None)])
