"""598: Local Offer workstream meeting page exported from Notion as Markdown."""
import json

OUT = "/tmp/b82/598_eightysecond_notion_export_local_offer_workstream"
md = r"""# Local Offer Workstream – 4 March 2027

Meeting type: Workstream
Date: March 4, 2027 10:00 AM (GMT)
Workstream: Local Offer
Status: Notes final
Created by: Sarah Khan
Last edited by: Ruth Hill
Last edited time: March 8, 2027 4:12 PM
Attendees: Sarah Khan, Tom Evans, Kerry Lang, Priya Mistry, Claire Dunmore, Liam Porter, Ruth Hill, Dan Osei
Next meeting: April 22, 2027

<aside>
💡 This page is the notes. Actions are also in the **Actions** database (linked below) – the database is what gets reported to the Partnership Board, so please tick things off there and not just here.

</aside>

## Who was there

- Sarah Khan (Participation Officer – leads the workstream)
- Tom Evans, Kerry Lang, Priya Mistry (PCF)
- Claire Dunmore (SENDIASS)
- Liam Porter (Data & Performance)
- Dan Osei (Local Offer & Digital Officer, Council – new to the group, welcome Dan!)
- Ruth Hill (notes)
- Apologies: Owen Reid (on leave), Mary Walker

## 1. Last time / action check

- [x]  @Ruth Hill send the Local Offer annual report to the Partnership Board → went to the Board on 3 March and was **signed off** 🎉
- [x]  @Tom Evans share the PCF "top 10 things parents can't find" list → shared, it's in the Files section
- [ ]  @Liam Porter analytics baseline → not done yet, rolled into this meeting's action (see 3)

## 2. Mystery shopping (parent-led)

Kerry talked through how the mystery shopping worked in Calderbridge: parents are given 10 "scenarios" (e.g. *"Your child has just been diagnosed with autism, they are 4, where do you go?"*) and time how long it takes to find the answer, or give up.

- Priya M thinks 10 scenarios is too many for one sitting – 6 is enough.
- Claire: SENDIASS can supply real questions from our call log (anonymised) so the scenarios are realistic.
- Agreed: we **will** do it this term, 6 scenarios, with the results coming to the April meeting.

Actions:

- [ ]  @Kerry Lang recruit three parents for the mystery shopper exercise – before the Easter holidays
- [ ]  @Claire Dunmore send Kerry 8–10 real (anonymised) questions from the SENDIASS call log – by @March 11, 2027

## 3. Analytics – what are people actually searching for?

Liam has access to the site's analytics now (took a while!). Quick look in the meeting: "transport" and "EHCP" are the top two searches, "respite" is 5th but the site doesn't use the word respite anywhere – it says "short breaks" – so the search returns nothing.

- Tom: this is exactly the parents' point, the site uses council words not parent words.
- Dan will add "respite" as a search synonym – he did this during the meeting, already live ✅
- [ ]  @Liam Porter pull Google Analytics top 20 searches and zero-result searches for the last 12 months – by next Thursday

> **Update 8 March (Ruth):** Liam is off sick this week. @Ruth Hill will do the analytics pull instead – Liam has sent her the login. Same deadline (11th).
> 

## 4. Broken links and out-of-date pages

The Health Workstream sent over 14 broken links on the health pages (from Tom). Dan has fixed 9. The remaining 5 are all on the SEN transport page and link to old PDFs that have been removed.

- [ ]  @Dan Osei fix the remaining SEN transport page links (needs the new policy PDF from Mark Walsh's team) – by @March 12, 2027
- Dan said the transport policy itself is being rewritten by the Transport team for September – not something for this group, but we'll want to check the new page when it goes up.

## 5. Young people's pages

Sarah said the youth forum have been asking to review the Preparing for Adulthood pages for ages, and they'd rather do it in a session with pizza than fill in a form. Everyone agreed.

- [ ]  @Sarah Khan book the youth forum session on the PfA pages – for w/c 15 March
- Owen isn't here but Sarah will brief him; he'll want to come.

## 6. SENDIASS page

Claire said the SENDIASS page says what SENDIASS *is* but not what happens when you ring – parents don't know if they'll get a call back, how long it takes etc.

- [ ]  @Claire Dunmore draft new "what to expect when you contact SENDIASS" page text – for the next meeting
- Dan will format it and put it live once the group has seen it.

## Parked (not agreed)

<details>
<summary>Chatbot for the Local Offer</summary>

Priya M raised the idea of a chatbot. Dan said the council's digital team has a view on chatbots (basically no, not this year). Cost not known. **Parked** – nobody to take it forward for now; may come back in the autumn.

</details>

<details>
<summary>Printed Local Offer booklet</summary>

Tom asked if we should print a short booklet for families without internet. General view it's a good idea but no budget identified. Sarah will mention it to Mary when she's back – not an action for this group yet.

</details>

## Actions (linked database)

[Actions](Local%20Offer%20Workstream%20%E2%80%93%204%20March%202027%2081c2a7f0e4d94b1f9a0d5c3e2b6f17aa/Actions%20f3a9c1d2b7e84c55a1e6d0f4b2c98e31.csv)

## Date of next meeting

Thursday 22 April 2027, 10am, Civic Centre Room 2 + Teams link
"""
open(OUT + ".md", "w", encoding="utf-8").write(md)

labels = {
    "meeting_date": "2027-03-04",
    "style": ("Held-out batch eightysecond. A Notion meeting page exported to Markdown: a property block at the top (Date, Attendees, Next meeting "
              "as 'April 22, 2027'), an <aside> callout, to-do checkboxes with @mentions and Notion date mentions ('@March 11, 2027'), a blockquote "
              "update added on 8 March, collapsed <details> toggles for parked ideas and a link to the linked Actions database CSV (not included). "
              "Traps: the ticked [x] to-dos are done items from last time; Liam's analytics baseline is an unticked old item 'rolled into' the new "
              "analytics action, so only the new one is labelled; Dan's 'respite' synonym was done in the meeting; the transport policy rewrite is "
              "the Transport team's; both parked toggles are explicitly not agreed and Sarah 'will mention it to Mary' is 'not an action for this "
              "group yet'. The analytics pull is written as Liam Porter's but the 8 March update hands it to Ruth Hill with the same deadline, so it "
              "is labelled as Ruth Hill's. Dan Osei is not in people.json (person null). Dates: 'before the Easter holidays' - Good Friday is 26 "
              "March 2027 and the Easter holiday starts then, so the last school day is Thursday 25 March 2027; '@March 11, 2027' = 2027-03-11; 'by "
              "next Thursday' from Thursday 4 March = Thursday 11 March 2027 (the update also says 'the 11th'); '@March 12, 2027' = 2027-03-12; 'for "
              "w/c 15 March' = Friday 19 March 2027; 'for the next meeting' = Thursday 22 April 2027 (given in the properties and at the end)."),
    "held_out": True,
    "actions": [
        {"key": "recruit three parents for the mystery shopper exercise", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-03-25"},
        {"key": "send Kerry 8–10 real (anonymised) questions from the", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-03-11"},
        {"key": "pull Google Analytics top 20 searches and zero-result", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-03-11"},
        {"key": "fix the remaining SEN transport page links", "owner": "Dan Osei", "person": None, "due": "2027-03-12"},
        {"key": "book the youth forum session on the PfA pages", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-03-19"},
        {"key": "draft new \"what to expect when you contact SENDIASS\"", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-04-22"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
