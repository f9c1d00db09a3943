import sys; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels, crlf

STEM = "580_seventyninth_outlook_printout_recap_corrected_local_offer"

SEP = "_" * 72
def hdr(frm, sent, to, subj, cc=None, att=None):
    s = f"{SEP}\n\nFrom:\t{frm}\nSent:\t{sent}\nTo:\t{to}\n"
    if cc: s += f"Cc:\t{cc}\n"
    s += f"Subject:\t{subj}\n"
    if att: s += f"Attachments:\t{att}\n"
    return s + "\n"

ALL = "Tom Evans; Kerry Lang; Priya Mistry; Claire Dunmore; Liam Porter; Grace Adeyemi; Ruth Hill; Dan Ferris"
SUBJ = "Local Offer workstream 12/10 - recap"
sig_sk = """Sarah Khan
Participation Officer (SEND) | Westmoor Council
Chair, Local Offer workstream
"Nothing about us without us"
"""

m1 = """Hi everyone,

Thanks for a really useful meeting this afternoon - and thank you Kerry and Priya for all the work on the mystery shop, it was eye-opening. Quick recap below, full notes to follow from Ruth.

LOCAL OFFER WORKSTREAM - Tuesday 12 October 2027, 2-4pm, Family Hub (Northgate) + Teams
Present: Sarah Khan (chair), Tom Evans, Kerry Lang, Priya Mistry (PCF), Claire Dunmore (SENDIASS), Liam Porter, Grace Adeyemi, Ruth Hill, Dan Ferris (Digital Services, items 1 and 6)
Apologies: Helen Brooks, Mary Walker

1. Website analytics (Liam)
- 41,200 visits in July-September, 64% on a phone.
- Top searches: "short breaks", "EHCP", "autism assessment", "respite". "Respite" returns no results at all - Dan's team will add it as a synonym (already done this afternoon, Dan confirmed by Teams chat).
- Everyone agreed we want the figures regularly rather than once a year.

2. Mystery shopper findings (Kerry and Priya M)
- 11 tasks tried by 6 parents; 4 could not be completed at all (finding a short breaks eligibility statement, finding who to contact about a late EHCP, finding the SENDIASS number from the health pages, booking a Portage visit).
- Short breaks pages were the worst. Group wants a re-test after the changes Dan's team are making.

3. Health pages
- 23 of the 40 health pages were last reviewed over a year ago. Grace said the trust has no named owner for Local Offer content at the moment; she'll sort it.

4. Local Offer annual report
- Statutory; needs a "You said, we did" section built from the mystery shop, the PCF survey and SENDIASS feedback. Target to go to the January Board.

5. Co-production charter
- Draft v3 discussed. Tom wants the PCF steering group to see it before it's final.

6. Broken links
- Dan: 212 broken links found by the crawler. His team will fix them in the November release - Digital's work programme, not ours.

ACTIONS
1. Kerry Lang and Priya Mistry to run a second mystery shopper round on the short breaks pages - report back by half term.
2. Liam to set up a monthly analytics report for the workstream - first one by Friday 5 November.
3. Grace to get the health pages reviewed by the relevant service leads - by end of November.
4. Claire to draft the "You said, we did" section of the annual report - by 19 November.
5. Tom to take the co-production charter to the PCF steering group on 2 November.
6. Ruth to add the Local Offer annual report to the Board forward plan for January.

Next meeting: Tuesday 7 December, 2pm, Teams.

Thanks all
Sarah

""" + sig_sk

m2 = """Morning Sarah,

Small correction on the recap: item 4 was Priya M drafting the "You said, we did" section - I offered to read it over for accessibility and impartiality before it goes out, that's all. No need to log my bit.

Kind regards
Claire

Claire Dunmore | SENDIASS Service Manager
"""

m3 = """Hi Sarah

Priya M and I have talked and we can't do the mystery shop before half term - we've both got school things every day next week (parents' evenings, harvest festival...) and the week after is too soon after Dan's changes go live anyway. Can we say Friday 5 Nov for reporting back?

Kerry x

Kerry Lang
Parent Champion, Westmoor Parent Carer Forum
"""

m4 = """Both fine - thanks Claire, thanks Kerry. Corrected recap to follow so Ruth has one clean version.

S

""" + sig_sk

m5 = """Hi Sarah, yes happy to draft it, 19 Nov is OK for me. Claire, I'll send it to you first.
Priya M
"""

m6 = """Hi all,

Corrected version of the recap actions - please use this one. Changes: action 1 (new date, agreed with Kerry) and action 4 (Priya Mistry drafting, not Claire).

ACTIONS (corrected 14/10)
1. Kerry Lang and Priya Mistry to run a second mystery shopper round on the short breaks pages - report back by Friday 5 November.
2. Liam to set up a monthly analytics report for the workstream - first one by Friday 5 November.
3. Grace to get the health pages reviewed by the relevant service leads - by end of November.
4. Priya Mistry to draft the "You said, we did" section of the annual report - by 19 November (Claire to read over).
5. Tom to take the co-production charter to the PCF steering group on 2 November.
6. Ruth to add the Local Offer annual report to the Board forward plan for January.

Discussion notes unchanged. Ruth's full notes will follow next week.

Sarah

""" + sig_sk

m7 = """Sarah - I'm on leave from 15 Nov, could the health pages one be 12 Nov instead?

Actually, ignore me - Jane in my team will finish the last few while I'm away, so end of November stands.

Grace

Grace Adeyemi
Head of Children's Therapies | Westmoor Community Health NHS Trust
"""

m8 = """Noted - end of November stays. Thanks Grace.
S
"""

doc = "Ruth Hill\n\n" + "".join([
 hdr("Sarah Khan", "12 October 2027 17:21", ALL, SUBJ, cc="Helen Brooks; Mary Walker") + m1,
 hdr("Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>", "13 October 2027 09:12", "Sarah Khan", "RE: " + SUBJ, cc=ALL.replace("Claire Dunmore; ", "")) + m2,
 hdr("Kerry Lang <kerry.lang@westmoorpcf.org.uk>", "13 October 2027 10:30", "Sarah Khan", "Re: " + SUBJ, cc="Priya Mistry; Ruth Hill") + m3,
 hdr("Sarah Khan", "13 October 2027 12:02", "Kerry Lang <kerry.lang@westmoorpcf.org.uk>; Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>", "RE: " + SUBJ, cc="Priya Mistry; Ruth Hill") + m4,
 hdr("Priya Mistry <priya.mistry@westmoorpcf.org.uk>", "13 October 2027 13:15", "Sarah Khan", "Re: " + SUBJ, cc="Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>; Ruth Hill") + m5,
 hdr("Sarah Khan", "14 October 2027 09:05", ALL, SUBJ + " (CORRECTED)", cc="Helen Brooks; Mary Walker") + m6,
 hdr("Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>", "14 October 2027 16:40", "Sarah Khan", "RE: " + SUBJ + " (CORRECTED)") + m7,
 hdr("Sarah Khan", "14 October 2027 16:52", "Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>", "RE: " + SUBJ + " (CORRECTED)", cc="Ruth Hill") + m8,
])
write_doc(STEM + ".txt", crlf(doc))

style = ("A .txt printout of eight Outlook messages selected and printed together (name banner 'Ruth Hill', each message with its own From/Sent/To/Cc/Subject block, "
 "oldest first): Sarah Khan's recap of the Local Offer workstream on Tuesday 12 October 2027, replies correcting it, her corrected recap of 14 October further "
 "down, and a last exchange that nearly changes a date. Traps: in the first recap action 1 is 'by half term' (Friday 22 October) and action 4 is Claire's - "
 "both superseded (Kerry's 'Can we say Friday 5 Nov' and Claire's correction; Claire's read-over is 'no need to log'); Grace asks for 12 Nov and then "
 "withdraws ('ignore me'), so end of November stands; the 'respite' synonym is already done; broken links are Digital Services' work programme; Grace "
 "'she'll sort it' is discussion - the action is item 3; Ruth's full notes are routine. Dates: action 1 'by Friday 5 November' = 2027-11-05, owner as written "
 "'Kerry Lang and Priya Mistry' with Kerry Lang as the person (first named, she asked for the change); action 2 Friday 5 November 2027; action 3 'by end of "
 "November' = Tuesday 30 November 2027; action 4 Priya Mistry '19 November' = 2027-11-19; action 5 'on 2 November' (the steering group) = 2027-11-02; "
 "action 6 has no date (null) - 'for January' is when the report goes to the Board, not when Ruth must add it.")
write_labels(STEM, "2027-10-12", style, [
 ("run a second mystery shopper round", "Kerry Lang and Priya Mistry", "Kerry Lang", "2027-11-05"),
 ("Liam to set up a monthly analytics report", "Liam", "Liam Porter", "2027-11-05"),
 ("Grace to get the health pages reviewed", "Grace", "Grace Adeyemi", "2027-11-30"),
 ('Priya Mistry to draft the "You said, we did"', "Priya Mistry", "Priya Mistry", "2027-11-19"),
 ("Tom to take the co-production charter", "Tom", "Tom Evans", "2027-11-02"),
 ("Ruth to add the Local Offer annual report", "Ruth", "Ruth Hill", None),
])
