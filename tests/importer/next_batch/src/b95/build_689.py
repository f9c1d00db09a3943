text = r"""# Network of SEND Champions – Session 7: Moving up to secondary

**Date:** 22/04/2027 (Thursday), 6.30–8pm
**Where:** Westmoor Library, community room 2 (+ 3 joined on Teams)
**Facilitators:** Sarah Khan (Participation Officer) & Kerry Lang (Parent Champion lead)
**Notes:** Sarah K – shout if I've missed anything!

**Champions there (14):** Amir, Leanne, Josh, Bukola, Stacey, Ellie, Ros, Mandeep, Carl, Jess H, Jess T, Wendy, Paul, Nicola
**Guests:** Helen Brooks (SENCo, Riverside Primary), Claire Dunmore (SENDIASS) for the first half
**Sorry couldn't make it:** Tom Evans, Sinead

---

## 1. Catch-up from session 6

- [x] Kerry – book room for tonight (done, thanks Library team)
- [x] Sarah K – send round the SENDIASS leaflet (done 30/3)
- [x] Everyone – bring one question from a parent you've supported (lots of good ones, see section 3)

## 2. Helen: what a good move to Year 7 looks like

Helen talked us through what Riverside do from Year 5 onwards:

* one-page profile written *with* the child, updated each term
* extra visits to the secondary in summer term (small groups, quiet times)
* SENCo to SENCo phone call for every child on the SEN register, not just EHCPs
* photo book of the new school for children to take home over the holidays

Lots of nodding. Stacey said her son's move had none of this and it went badly wrong. Helen was clear this isn't the same everywhere
and a lot depends on the secondary.

Q (Ros): Can a parent ask for a transition meeting in Year 5? **A (Helen):** yes, you can ask at any time, and the annual review in
Year 5 should start the conversation anyway for children with a plan.

- [ ] Helen to share Riverside's one-page transition profile template — by the end of next week

## 3. Questions parents are bringing us

Big themes: who to ring when the secondary "hasn't had the paperwork", bus passes for Year 7, and what happens to TA support.

Claire said SENDIASS will be running their usual transition drop-ins in July, details on their website – Champions can point families
to those. (SENDIASS's own programme, nothing for us to do except signpost.)

Kerry said she'd pull these questions together into an FAQ flyer for Champions to hand out at parents' evenings — aiming for before
May half term.

We talked about setting up a Champions WhatsApp group for quick questions but decided **not** to, because of people's personal numbers
and the risk of families' details being shared. Stick to the Teams channel.

## 4. Trying the buddy checklist

Amir, Leanne and Josh (our three secondary-school Champions) are going to try the draft "first week buddy" checklist in their own
schools.

- [ ] Secondary Champions to test the buddy checklist in their schools and feed back by 11 June

Paul asked if we know how many children with SEN move schools in Year 7 each year. Nobody did.

- [ ] Sarah K to ask Liam P whether the Year 6–7 move data can be split by EHCP / SEN support (by 14 May)

## 5. Next time

June session is Thursday 24 June – topic Preparing for Adulthood.

- [ ] Sarah K – invite Owen Reid to the June session to talk about PfA

### Parking lot (ideas, not agreed)
- Champions newsletter? maybe termly
- Certificates for Champions who've done 1 year
- Session in a school in the north of the borough

> Reminder: Champions are not advocates. If a family needs someone to speak for them, signpost to SENDIASS.
"""
open("/tmp/b95/689_ninetyfifth_champions_network_session_notes.md", "w", encoding="utf-8").write(text)
