text = """Health and SEND - Let's Talk
Family engagement event - summary notes
Wednesday 24 November 2027, 9.30am - 1pm, Westmoor Community Hub (main hall)

Hosted by: NHS Westmoor Integrated Care Board with Westmoor Community Health NHS Trust
Notes by: Bev Thornton (BT), Patient and Public Engagement Lead, ICB

Who came
41 parents/carers signed in, 6 young people (with the Young Voices group), plus staff on stalls.
Health: Yusuf Okafor (YO, Designated Clinical Officer), Grace Adeyemi (Head of Children's Therapies), Dr Anita Patel (Consultant Community Paediatrician), school nursing team, audiology, wheelchair service
Partners: Tom Evans (PCF co-chair), Claire Dunmore (SENDIASS), Helen Brooks (SENCo, Riverside Primary), Sarah Khan (Participation Officer)
Apologies: Mary Walker, Mark Walsh

Format
Short welcome from Yusuf, then families went round the stalls and the "graffiti wall". Round-table conversations 11-12.15. Young Voices ran their own table.

What we heard (main themes)
1. Waiting - ADHD and autism assessment waits are the biggest worry by far. People understand the waits are long but hate not knowing where they are.
2. Letters - "did not attend" letters from the ADHD clinic upset a lot of parents, some say they never got the appointment letter in the first place.
3. Wheelchair service - repairs taking months, one family waiting since June for a part.
4. Therapies at school times - working parents and children missing lessons for OT/physio; asked about weekend clinics.
5. School nursing - many parents didn't know about the school nurse drop-ins at all.
6. Young people said: "talk to me, not just my mum", and want to be able to book their own appointments by text at 16+.

Questions answered on the day
Q: Is the sleep clinic still running? A: Yes - referral via GP or paediatrician, Dr Patel confirmed.
Q: Can I get OT without an EHCP? A: Yes, Grace explained the referral route is needs-led, not plan-led.
Q: Who do I complain to about a health service? A: PALS for the Trust, or the ICB complaints team. Claire said SENDIASS already has a page on this on their website.

Ideas we heard that we can't take forward now
- One phone number for all children's health services. Lovely idea, but not something we can do now - the ICB will consider it in its 2028/29 plan.
- Paid parking refunds for appointments - outside the NHS's control at the Hub site.
- Text booking for 16+ - the Trust's digital team already has this in its own 2028 plan (their work, not an action from today).

From last time (March event)
- Publish therapy waiting times online - DONE, live since September.
- Audiology letters redesign - the Trust is doing this as part of its own letters project (Trust action, not from this event).

Other
Dr Patel agreed to review the wording of the ADHD clinic "did not attend" letters with two parent volunteers, by the end of January.
Helen Brooks said she'd share the school nurse drop-in poster with the SENCo network.
Tom offered for the PCF to co-host the next event in the spring - everyone keen.

What happens next
What\tWho\tBy when
Take wheelchair service waiting times to the ICB Quality Committee\tYO\tDecember committee
Look at whether Saturday OT clinics are possible and report back to the PCF\tGrace A\tEnd of Feb 2028
Circulate this write-up to everyone who left an email address\tBT\tFri 14 Jan
Agree date and venue for the spring event (joint with PCF)\tTom Evans / BT\tTBC

Thank you to everyone who came, and to the Hub for the room and the soup!
Bev
"""
open("/tmp/b95/694_ninetyfifth_health_engagement_event_notes.txt", "w", encoding="utf-8").write(text)
