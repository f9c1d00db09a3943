import sys, html; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels, crlf

STEM = "577_seventyninth_chair_summary_corrected_resend_html"

intro = """Dear Board members,

Apologies - the summary I sent yesterday afternoon had errors in it. Please delete that version and use this one. The changes are:

  * Action 1: the SEF deadline is Friday 28 May, not 31 May (the 31st is the bank holiday and James is away the week after).
  * Action 4: the travel training figures are Owen's, not Mark's - Mark reminded me that travel training moved into the Preparing for Adulthood service in January.
  * Old action 7 (circulate the Ofsted focused visit letter) removed - Ruth did this during the meeting.
  * Action 6: Ruth's deadline is two weeks, not "next meeting".

My original email is below for reference only.

With thanks, and apologies again for the extra email,
Anne"""

summary_corrected = """WESTMOOR SEND PARTNERSHIP BOARD
Wednesday 21 April 2027, 10.00am-12.30pm, Council Chamber Committee Room 2 and Teams
Chair's summary of discussion and actions (CORRECTED 23/04)

Attending: Anne Price (Independent Chair), Priya Shah, James Whitfield, Mary Walker, Yusuf Okafor, Grace Adeyemi, Tom Evans, Kerry Lang, Helen Brooks, David Lowe, Liam Porter, Mark Walsh (item 4), Owen Reid (item 4), Claire Dunmore, Sarah Khan, Ruth Hill (secretariat)
Apologies: Cllr Bethan Jones, Nadia Khan, Dr Anita Patel

1. Welcome, apologies and declarations
No new declarations of interest. The Board welcomed Kerry Lang as the PCF's second parent representative.

2. Minutes of 17 March and action log
Minutes agreed as accurate. Of the eleven open actions, nine are closed. The two remaining (the EP recruitment update and the short breaks statement) are carried forward to June with no change of owner.

3. SEND self-evaluation (SEF) refresh
James Whitfield presented the first draft of the refreshed SEF against the new area inspection framework. Board members welcomed the more honest tone, particularly on timeliness and the experience of families waiting. Tom Evans said the "what families tell us" section should use the PCF's own survey results rather than the council complaints data. Priya Shah noted that the SEF will also go to the Children and Young People Scrutiny Committee in July; that is a matter for Scrutiny and Cllr Jones, not the Board.
ACTION 1: James Whitfield to circulate the refreshed SEF draft, including the PCF survey results, to Board members by Friday 28 May.
Liam reported the 20-week figure for the calendar year to date is 41%, with a wide variation between schools' requests.
ACTION 2: Liam Porter to produce the 20-week timeliness breakdown by school and by request route for the June Board (Wednesday 16 June).

4. Post-16 transport policy consultation
Mark Walsh outlined the consultation (closes 14 May). The main change is the move to personal transport budgets as the default offer for post-16 students. Tom and Kerry said many parents had not realised the consultation was open and the online form is hard to complete on a phone. Owen Reid described the independent travel training offer, which now sits in the PfA service.
ACTION 3: Tom Evans, with Kerry Lang, to run a parent workshop on the post-16 transport consultation before it closes on 14 May.
ACTION 4: Owen Reid to bring the independent travel training uptake figures, by year group, to the June Board.
The Board AGREED to submit a collective response to the consultation in addition to individual responses. Anne will draft and circulate it for comment (no action logged - Anne confirmed she will do this this week).

5. Designated Clinical Officer annual report 2026
Yusuf presented the report. The Board NOTED the report and thanked Yusuf and the health colleagues who contributed. Grace noted the SALT recovery figures are improving.
ACTION 5: Yusuf Okafor to publish the DCO annual report on the Local Offer by Friday 14 May.

6. Alternative provision (AP) strategy
Priya presented the final AP strategy. The Board ENDORSED the strategy; it now goes to Cabinet on 8 June for approval (Cabinet is the decision-maker).

7. Risk register
The Board reviewed the register. David Lowe asked that the shortage of educational psychologists is recorded as a separate risk rather than within SR3.
ACTION 6: Ruth Hill to update the risk register, adding SR7 (EP workforce), and recirculate within two weeks.

8. AOB
Claire Dunmore said SENDIASS has seen a 30% increase in tribunal-related enquiries this year; she will bring a fuller report in the autumn as part of the usual annual report cycle.
Next meeting: Wednesday 16 June 2027, 10.00am."""

summary_original = summary_corrected.replace(" (CORRECTED 23/04)", "").replace(
 "to Board members by Friday 28 May.", "to Board members by 31 May.").replace(
 "ACTION 4: Owen Reid to bring the independent travel training", "ACTION 4: Mark Walsh to bring the independent travel training").replace(
 "and recirculate within two weeks.", "and recirculate before the next meeting.").replace(
 "Claire Dunmore said SENDIASS", "ACTION 7: Ruth Hill to circulate the Ofsted focused visit letter to all members.\nClaire Dunmore said SENDIASS")

sig = """Anne Price
Independent Chair, Westmoor SEND Partnership
anne.price@westmoorsendpartnership.org.uk | 07700 900 614"""

orig_hdr = """From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
Sent: Thursday, April 22, 2027 4:52 PM
To: Westmoor SEND Partnership Board <SENDBoard@westmoor.gov.uk>
Cc: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Subject: Partnership Board 21 April - chair's summary and actions"""

orig_intro = """Dear all,

Thank you for a full and constructive meeting yesterday. As usual, here is my quick summary of the discussion and the actions, ahead of Ruth's formal minutes (which will follow in draft within three weeks). Please tell me if I have anything wrong.

Best wishes
Anne"""

plain = "\n\n".join([intro, sig, "-----\n\n" + summary_corrected, "________________________________", orig_hdr, orig_intro, summary_original, sig]) + "\n"

def para(t):
    out = []
    for block in t.split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        if all(l.strip().startswith("*") for l in block.split("\n")):
            out.append("<ul>" + "".join(f"<li>{l.strip()[1:].strip()}</li>" for l in lines) + "</ul>")
            continue
        rendered = []
        for l in lines:
            if l.startswith("ACTION"):
                rendered.append(f"<b style='color:#1F4E79'>{l}</b>")
            elif l[:2].rstrip(".").isdigit() and len(l) < 60:
                rendered.append(f"<b>{l}</b>")
            else:
                rendered.append(l)
        out.append("<p class=MsoNormal>" + "<br>\n".join(rendered) + "</p>")
    return "\n".join(out)

html_body = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}}
span.EmailStyle19 {{font-family:"Aptos",sans-serif; color:windowtext;}}
.MsoChpDefault {{font-size:10.0pt;}}
--></style>
</head>
<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
{para(intro)}
<p class=MsoNormal><span style='color:#7F7F7F'>{html.escape(sig).replace(chr(10), '<br>')}</span></p>
<hr>
<div style='border:solid #BFBFBF 1.0pt; padding:6pt'>
{para(summary_corrected)}
</div>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>From:</b> Anne Price &lt;anne.price@westmoorsendpartnership.org.uk&gt;<br>
<b>Sent:</b> Thursday, April 22, 2027 4:52 PM<br>
<b>To:</b> Westmoor SEND Partnership Board &lt;SENDBoard@westmoor.gov.uk&gt;<br>
<b>Cc:</b> Ruth Hill &lt;Ruth.Hill@westmoor.gov.uk&gt;<br>
<b>Subject:</b> Partnership Board 21 April - chair's summary and actions</p>
</div>
{para(orig_intro)}
{para(summary_original)}
<p class=MsoNormal><span style='color:#7F7F7F'>{html.escape(sig).replace(chr(10), '<br>')}</span></p>
</div>
</body>
</html>
"""

B = "_000_LO4P265MB6023B1C0E9A4D7F2A3C1LO4P265MB6023GBRP_"
msg = f"""From: Anne Price <anne.price@westmoorsendpartnership.org.uk>
To: Westmoor SEND Partnership Board <SENDBoard@westmoor.gov.uk>
CC: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Subject: RESEND - CORRECTED: Partnership Board 21 April - chair's summary and
 actions
Thread-Topic: Partnership Board 21 April - chair's summary and actions
Date: Fri, 23 Apr 2027 08:37:19 +0000
Message-ID: <LO4P265MB6023B1C0E9A4D7F2A3C1@LO4P265MB6023.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Exchange-Organization-SCL: -1
Importance: high
X-Priority: 1
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="{B}"

--{B}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{plain}
--{B}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

{html_body}
--{B}--
"""
write_doc(STEM + ".eml", crlf(msg))

style = ("A multipart/alternative .eml (plain + Outlook HTML) in which the Independent Chair re-sends her summary of the Partnership Board of Wednesday 21 April 2027 "
 "with corrections on 23 April: a short list of changes, the corrected summary, then her original 22 April summary quoted below with the errors still in it. "
 "Traps: the original below says SEF 'by 31 May' (bank holiday), gives action 4 to Mark Walsh, gives Ruth 'before the next meeting', and has an ACTION 7 "
 "(Ofsted letter) that was already done in the meeting and is withdrawn - label only the corrected versions and not action 7; two actions from March are "
 "carried forward (not new); Scrutiny in July and Cabinet on 8 June are other bodies; the AP strategy endorsement and the DCO report are decisions/noting; "
 "Anne's collective consultation response is explicitly 'no action logged'; Claire's autumn report is part of the normal cycle, not assigned here; "
 "Ruth's formal minutes are routine. Dates: action 1 Friday 28 May 2027 (corrected); action 2 'for the June Board (Wednesday 16 June)' = 2027-06-16; "
 "action 3 'before it closes on 14 May' = 2027-05-14, owner Tom Evans (Kerry Lang assists, 'with'); action 4 Owen Reid 'to the June Board' = 2027-06-16; "
 "action 5 Friday 14 May 2027; action 6 'within two weeks' of the meeting = Wednesday 5 May 2027.")
write_labels(STEM, "2027-04-21", style, [
 ("James Whitfield to circulate the refreshed SEF draft", "James Whitfield", "James Whitfield", "2027-05-28"),
 ("Liam Porter to produce the 20-week timeliness breakdown", "Liam Porter", "Liam Porter", "2027-06-16"),
 ("run a parent workshop on the post-16", "Tom Evans", "Tom Evans", "2027-05-14"),
 ("Owen Reid to bring the independent travel", "Owen Reid", "Owen Reid", "2027-06-16"),
 ("Yusuf Okafor to publish the DCO annual report", "Yusuf Okafor", "Yusuf Okafor", "2027-05-14"),
 ("Ruth Hill to update the risk register", "Ruth Hill", "Ruth Hill", "2027-05-05"),
])
