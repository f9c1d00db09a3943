"""Builds 669: Local Offer refresh working group, Notion page exported to Markdown (.md)."""
TEXT = r"""# Local Offer refresh – working group

Created by: Jess Moran
Created time: June 23, 2027 1:47 PM
Tags: Local Offer, T&F
Status: Notes

---

**Meeting:** Wed 23 June, 10–11.30, Teams
**Who:** Jess Moran (Local Offer Officer, notes), Sarah Khan, Tom Evans (PCF), Kerry Lang (PCF), Liam Porter, Grace Adeyemi, Claire Dunmore
**Apols:** Mary Walker (Ruth passed on her comments)

## Last time's to-dos

- [x] Jess – publish the 2026/27 "You said, we did" annual report *(live 4 June)*
- [x] Liam – page view stats for the top 20 pages
- [x] Claire – SENDIASS list of most asked questions
- [ ] Tom – parent testers for the new search ~~by end of May~~ → moved, see below

## Where we are

Platform move is going ahead – DCS signed off the new provider last week (not our decision, we just get to shape the content). Migration window is the October half term so anything we want rewritten needs doing over summer.

Stats (Liam): 61% of visits land on the EHCP pages, search is used on 1 in 3 visits and "no results" on nearly half of those 😬. Top failed searches: "respite", "short breaks", "dyslexia", "what happens at 16".

Claire's list lines up with that – most SENDIASS calls are about EHCP process, short breaks and transport.

> Reminder (Sarah): we **have** to publish comments about the Local Offer and our response every year – that's the Regs, so whatever we do with feedback has to feed the next annual report.

## Agreed

- [ ] @Jess Moran – rewrite the "What is an EHCP" page in plain English, Claire + Kerry to read it first. **By Fri 9 July**
- [ ] @Tom Evans – recruit 6 parents for user testing of the new search (Kerry helping). Before the end of term – **21 July**
- [ ] @Grace Adeyemi – check the therapy pages, loads of out of date referral info (old SALT number still on there!) – by Fri 30 July
- [ ] @Sarah Khan – get the Youth Forum to review the 16–25 section

Liam said he'd pull the last 6 months of failed search terms in full so we can build a synonym list – for next meeting.

## Parked / not doing

- Chatbot – Tom keen, everyone else not convinced. Park until after the platform move.
- Separate easy-read site – no, easy read versions of key pages instead (part of Jess's rewrite anyway)

## AOB

Mary (via Ruth): she wants the Local Offer to be a standing item at the Partnership Board. Ruth to add it to the board forward plan this week – first free slot is the **September board**.

Grace asked if therapies can have their own landing page – yes, already in the new site map.

---

Next meeting: Wed 21 July, 10am (last one before summer)
"""
open("/tmp/b92/669_ninetysecond_local_offer_refresh_notion_export.md", "w", encoding="utf-8").write(TEXT)
print("ok")
