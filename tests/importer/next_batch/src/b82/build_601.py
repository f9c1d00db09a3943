"""601: PfA workstream notes email - quick action list at top disagrees with the actions at the bottom."""
import json, html
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime as dt

OUT = "/tmp/b82/601_eightysecond_notes_email_top_and_bottom_actions_disagree"
body = """Hi all,

Thanks for yesterday - good turnout and a really useful discussion on post-16. Notes below. I've put a quick list of actions at the top because I know most of you only read the top of my emails :-)

QUICK ACTIONS LIST
- Sarah K - youth voice survey on post-16 options out to young people - by 7 May
- Liam - NEET/EET figures for 16-25s with an EHCP - by 7 May
- Mark - travel training data - end of April
- Owen - set up the FE colleges meeting - mid-May
- Priya M - parent survey on post-16 - June
- Anita - which paediatric clinics run a transition clinic - next meeting

-----------------------------------------------------------------
PREPARING FOR ADULTHOOD WORKSTREAM
Thursday 22 April 2027, 1.30-3.30pm, Westmoor College (Room B12)

Present: Owen Reid (PfA Lead, chair), James Whitfield (AD SEND & Inclusion), Sarah Khan (Participation Officer), Liam Porter (Data), Mark Walsh (Head of Transport), Claire Dunmore (SENDIASS), Dr Anita Patel (Community Paediatrics), Tom Evans and Priya Mistry (PCF), Lorna Fitch (Westmoor College, Head of Learning Support)
Apologies: Mary Walker, Grace Adeyemi, Kerry Lang

1. Welcome and previous actions
All February actions complete apart from the supported internships leaflet, which is with the printers (no action needed). Lorna was welcomed - first time the college has joined.

2. Post-16 destinations
Liam gave provisional figures: 11.2% of 16-17 year olds with an EHCP are NEET against 4.8% for all young people. Figures for 18-25 are not reliable yet because the tracking stops at 18 for most young people. James said the Board will ask for 16-25, not just 16-17. Liam will produce what he can for 16-25 with a note on data quality.

3. Youth voice
Sarah presented the draft survey for young people about post-16 options. The youth forum helped write it. Discussion about timing: Sarah said she would aim for 7 May but with the bank holiday on 3 May and the forum meeting on the 10th she would rather the forum sees the final version first, so 14 May is more realistic. Agreed: 14 May.

Priya M asked about a separate parent survey. Tom pointed out that the PCF annual survey (out in June) already has a post-16 section this year. Agreed NOT to do a separate parent survey - Priya will make sure the PCF survey questions match the young people's ones where possible, but that is PCF business.

4. Travel training
Mark reported 37 young people completed independent travel training last year; the scheme is oversubscribed. Mark said end of April is too soon to get the breakdown by college and age - the June meeting is the realistic time. Agreed.

Tom raised the cost of post-16 transport contributions for families. Mark explained this is set in the council's Post-16 Transport Policy Statement, which goes to Cabinet in May; the consultation has closed. Nothing for the workstream to do.

5. FE colleges
Lorna said the colleges would welcome a regular meeting with the council about EHCP students, especially consultations for September places. James said he would rather chair it himself than Owen, as it needs someone who can make decisions on funding bands - Owen agreed. James will convene the first one by 28 May.

6. Transition to adult health
Anita explained that some paediatric clinics already run transition clinics from 16 (epilepsy, diabetes) but most do not. She will map which clinics do and bring it back to the next meeting. The ICB is reviewing the transition policy - that's Yusuf's area; Owen will send him the notes (done today, copied in).

7. SENDIASS
Claire said SENDIASS has had a rise in calls from Year 11 parents worried about college places. She offered a drop-in for Year 11 parents at the college before May half term. Lorna offered the room. Agreed.

8. AOB
Cllr Bethan Jones has told James that the Children and Young People Scrutiny Committee will look at PfA in September. The request for a report will come through Democratic Services - no action until then.

Next meeting: Thursday 24 June 2027, 1.30pm, Civic Centre.

ACTIONS
1. Liam Porter to produce NEET/EET figures for 16-25 year olds with an EHCP, with a data quality note - by 7 May
2. Sarah Khan to send out the youth voice survey on post-16 options - by 14 May
3. Mark Walsh to bring travel training numbers by college and age to the June meeting
4. James Whitfield to convene the first FE colleges EHCP meeting - by 28 May
5. Dr Patel to map which paediatric clinics offer a transition clinic - next meeting
6. Claire Dunmore to run a drop-in for Year 11 parents at the college - before May half term

Where the quick list at the top and this list don't match, go with this one - I wrote the top bit from memory on the train and then checked the notes. Sorry!

Thanks,
Owen

Owen Reid
Preparing for Adulthood Lead
Westmoor Council | Children's Services
"""

msg = EmailMessage()
msg["From"] = "Owen Reid <owen.reid@westmoor.gov.uk>"
msg["To"] = ("James Whitfield <james.whitfield@westmoor.gov.uk>, Sarah Khan <sarah.khan@westmoor.gov.uk>, "
             "Liam Porter <liam.porter@westmoor.gov.uk>, Mark Walsh <mark.walsh@westmoor.gov.uk>, "
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Anita Patel <anita.patel@nhs.net>, "
             "Tom Evans <tom@westmoorpcf.org.uk>, Priya Mistry <priya@westmoorpcf.org.uk>, Lorna Fitch <l.fitch@westmoor.ac.uk>")
msg["Cc"] = "Yusuf Okafor <yusuf.okafor@nhs.net>, Ruth Hill <ruth.hill@westmoor.gov.uk>"
msg["Subject"] = "PfA workstream 22 April - notes and actions"
msg["Date"] = "Fri, 23 Apr 2027 08:47:12 +0100"
msg["Message-ID"] = make_msgid(domain="westmoor.gov.uk")
msg["X-Mailer"] = "Microsoft Outlook 16.0"
msg.set_content(body)
paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
msg.add_alternative(f"<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">{paras}</body></html>", subtype="html")
open(OUT + ".eml", "w", encoding="utf-8").write(msg.as_string())

labels = {
    "meeting_date": "2027-04-22",
    "style": ("Held-out batch eightysecond. A multipart (plain + HTML) notes email sent by Owen Reid on Friday 23 April 2027 about the Preparing "
              "for Adulthood Workstream of Thursday 22 April. It opens with a 'QUICK ACTIONS LIST' written from memory and ends with a numbered "
              "ACTIONS list that disagrees with it; the closing line says to go with the bottom list, and the discussion backs it. Labelled from "
              "the bottom list: Sarah Khan's survey moved from 7 May to 14 May (discussion item 3); Mark's travel training data moved from 'end "
              "of April' to the June meeting; the FE colleges meeting is James Whitfield's (not Owen's) by 28 May; Priya M's parent survey in the "
              "top list was agreed NOT to happen and is PCF business (not labelled); Claire's Year 11 drop-in appears only at the bottom. Other "
              "traps: the internships leaflet is at the printers with no action; the Post-16 Transport Policy Statement goes to Cabinet; the ICB "
              "transition policy review is Yusuf's area and Owen's sending the notes is done; Scrutiny's September look at PfA awaits Democratic "
              "Services; Lorna Fitch (college) is outside people.json but owns nothing. Dates: 'by 7 May' = Friday 7 May 2027; 'by 14 May' = "
              "Friday 14 May 2027; 'June meeting' / 'next meeting' = Thursday 24 June 2027 (given); 'by 28 May' = Friday 28 May 2027; 'before "
              "May half term' (w/c 31 May) = Friday 28 May 2027."),
    "held_out": True,
    "actions": [
        {"key": "Liam Porter to produce NEET/EET figures for 16-25", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-05-07"},
        {"key": "Sarah Khan to send out the youth voice survey", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-05-14"},
        {"key": "Mark Walsh to bring travel training numbers", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-06-24"},
        {"key": "James Whitfield to convene the first FE colleges", "owner": "James Whitfield", "person": "James Whitfield", "due": "2027-05-28"},
        {"key": "Dr Patel to map which paediatric clinics offer", "owner": "Dr Patel", "person": "Anita Patel", "due": "2027-06-24"},
        {"key": "Claire Dunmore to run a drop-in for Year 11", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-05-28"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
