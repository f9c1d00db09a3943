"""512: parents' coffee morning written up by a volunteer, what we asked / what they said they'd do (.md)."""
import sys; sys.path.insert(0, "/tmp/b69/src")
from common import OUT, write_labels

STEM = "512_sixtyninth_pcf_coffee_morning_what_we_asked_what_they_said_markdown"
md = r"""# Coffee morning write-up – Wednesday 9 June 2027

**Where:** The Hub, Riverside Children's Centre, 10am–12  
**Written up by:** Bev (volunteer) – from my scribbles and the flipchart, so shout if I've got anything wrong!  
**Hosted by:** Kerry Lang (Parent Champion)  
**Our guests:** Grace Adeyemi (Head of Children's Therapies, Westmoor Community Health), Claire Dunmore (SENDIASS) and Owen Reid (Preparing for Adulthood Lead at the council)

23 parents and carers came (plus 4 toddlers and a LOT of biscuits). Thank you to Riverside for the room again. 💛

---

## First – what happened from last time (March)

- We asked Transport to reply to our letter about the late buses → they did, on 12 April. ✅ Done.
- Grace said in March she'd look at the OT self-referral form → it's now online, link on our Facebook page. ✅ Done.
- We asked the council about the annual review backlog → still no proper answer. Kerry chased in May. (See below – it came up again.)

---

## What we asked / what they said they'd do

| What we asked | What they said they'd do |
|---|---|
| Why is the wait for an OT assessment so long? Some of us have been waiting over a year. | Grace was honest – it's around 50 weeks at the moment, mostly because of vacancies. She said "I'll take that back" and will get us the current waiting times for OT and SALT by the end of June, broken down by age group. |
| Can SENDIASS come to us instead of us always going to them? | Claire: "I can pick that up." She'll arrange a drop-in at Riverside before the end of term (schools break up on Wednesday 21 July). |
| The SENDIASS leaflet still has the old phone number on it! | Claire apologised and said "we'll get the updated leaflet to you by Friday" so we've got them for the Summer Fair. |
| What happens with transport when our young people go to college? | Owen said someone should really write a proper guide for parents on this, and he might be able to get someone from Transport to come to the July coffee morning, but he couldn't promise. **Not a promise – we'll ask again in July.** |
| When are the college taster days? Nobody seems to know. | Owen said he would send the Forum the dates of the college taster days once the colleges confirm them. (No date yet – he's waiting on Westmoor College.) |
| Annual reviews are STILL late – who do we even tell? | None of the guests could answer this one (it's Mary Walker's team, and she wasn't there). Kerry said "leave that with me" – she'll take it to the SEND Partnership Board on 23 June and report back to us. |
| Is there any more money coming for short breaks? | Nobody could promise anything – it depends on the council's budget, which is set in February. |
| Can the SALT team do a session for parents on using visuals at home? | Grace thought this was a great idea and said she might be able to ask the SALT lead, but it would probably be the autumn at the earliest. (Hoping!) |

---

## Our own to-dos

- Bev to set up the WhatsApp group for Year 9 parents by next Friday (18th).
- Someone should update the Facebook page with the new dates – volunteers please!! (Nobody's said yes yet 😅)
- Kerry to send thank you emails to the guests. (Already done, Kerry is a machine.)

---

**Next coffee morning:** Wednesday 14 July, same place, 10am. Guests TBC.

*Westmoor Parent Carer Forum – we're parents too. Anything here you want to add or correct, message Bev or Kerry.*
"""
(OUT / f"{STEM}.md").write_text(md, encoding="utf-8")

write_labels(STEM, "2027-06-09",
 "A Parent Carer Forum coffee morning (Wednesday 9 June 2027) written up by a volunteer (Bev) as Markdown: a 'from last time' list, a two-column table 'What we asked | What they said they'd do' with the guests' words quoted ('I'll take that back', 'I can pick that up', 'we'll get the updated leaflet to you by Friday', 'leave that with me'), and 'Our own to-dos'. Owners are first names of the guests defined at the top (Grace Adeyemi, Claire Dunmore, Owen Reid, Kerry Lang); Bev is a volunteer not in the cast. Traps: the three March items are done or just chased (not new actions); Owen's 'someone should really write a proper guide' and 'might be able to get someone from Transport ... couldn't promise' are hedges ('Not a promise'); Grace's SALT parent session 'might be able to ask' is a hedge; the short breaks money question got no commitment; 'Someone should update the Facebook page' has no owner; Kerry's thank-you emails are already done. Dates: 'by the end of June' = Wednesday 30 June 2027; 'before the end of term (schools break up on Wednesday 21 July)' = 21 July 2027; 'by Friday' = Friday 11 June 2027; Owen's taster dates have no date (null); 'the SEND Partnership Board on 23 June' = Wednesday 23 June 2027; 'by next Friday (18th)' = Friday 18 June 2027.",
 [("get us the current waiting times for OT", "Grace", "Grace Adeyemi", "2027-06-30"),
  ("She'll arrange a drop-in at Riverside", "Claire", "Claire Dunmore", "2027-07-21"),
  ("get the updated leaflet to you by Friday", "Claire", "Claire Dunmore", "2027-06-11"),
  ("the dates of the college taster days", "Owen", "Owen Reid", None),
  ("take it to the SEND Partnership Board", "Kerry", "Kerry Lang", "2027-06-23"),
  ("set up the WhatsApp group for Year 9 parents", "Bev", None, "2027-06-18"),
 ])
