import sys; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels

STEM = "581_seventyninth_webmail_saved_html_inline_colour_replies"

def c(colour, who, text):
    return f'<br><span style="color:{colour};font-weight:bold">{who}: {text}</span>'

SK, DL, NK, LP, KL, HB, RD = "#00B050", "#0070C0", "#7030A0", "#C55A11", "#FF6600", "#C00000", "#2E75B6"

doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>RE: SEND Champions Network 23 Sept - actions (replies inline) - Helen Brooks - Outlook</title>
<style>
body {{ font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; color: #242424; margin: 24px; }}
.ohdr {{ border-bottom: 1px solid #d1d1d1; margin-bottom: 12px; padding-bottom: 6px; }}
.ohdr .subj {{ font-size: 16pt; font-weight: 600; }}
.meta {{ color: #616161; font-size: 9.5pt; }}
.quoted {{ border-top: 1px solid #e1e1e1; margin-top: 16px; padding-top: 8px; }}
table.att td {{ border: 1px solid #bbb; padding: 3px 6px; font-size: 10pt; }}
ol li {{ margin-bottom: 10px; }}
</style>
<script>window.print && false;</script>
</head>
<body>
<div class="ohdr">
 <div class="subj">RE: SEND Champions Network 23 Sept - actions (replies inline)</div>
 <div class="meta">Helen Brooks &lt;hbrooks@riverside.westmoor.sch.uk&gt;<br>
 Wed 06/10/2027 16:18<br>
 To: SEND Champions Network &lt;sendchampions@westmoor.gov.uk&gt;<br>
 Cc: Sarah Kent; David Lowe; Liam Porter; Kerry Lang; Nadia Khan; Rosa Delaney; Ruth Hill</div>
</div>

<div>
<p>Dear Champions,</p>
<p>Thank you for all the replies. I have gathered everyone's answers <b>inline in colour</b> under the actions below so we have one version (Sarah K in green, David in blue, Nadia in purple, Liam in brown, Kerry in orange, Rosa in light blue, my responses in red). Where dates have moved I have said so.</p>
<p>Please do get your audit tools back to me - only 9 of 31 schools so far!</p>
<p>Helen</p>
<p class="meta">Helen Brooks | SENCo, Riverside Primary School | Lead, Westmoor Network of SEND Champions<br>
Riverside Primary School, Mill Lane, Westmoor WM4 7QT | 01632 960 771<br>
<i>I work Monday, Tuesday and Thursday in my network role.</i></p>
</div>

<div class="quoted">
<p class="meta"><b>From:</b> Helen Brooks &lt;hbrooks@riverside.westmoor.sch.uk&gt;<br>
<b>Sent:</b> Friday, September 24, 2027 12:40 PM<br>
<b>To:</b> SEND Champions Network &lt;sendchampions@westmoor.gov.uk&gt;<br>
<b>Cc:</b> Sarah Kent; David Lowe; Liam Porter; Kerry Lang; Nadia Khan; Ruth Hill<br>
<b>Subject:</b> SEND Champions Network 23 Sept - actions</p>

<p>Dear all,</p>
<p>Thank you to everyone who came to yesterday's network meeting at Riverside - 27 schools represented, our best turnout yet - and to Nadia and the Riverside team for hosting (and the cake).</p>

<p><b>NETWORK OF SEND CHAMPIONS - Thursday 23 September 2027, 3.45-5.15pm, Riverside Primary School hall</b><br>
Chair: Helen Brooks. LA colleagues: Sarah Kent (School Improvement Adviser), David Lowe (Principal EP), Liam Porter (Data). PCF: Kerry Lang. Host: Nadia Khan (Headteacher, Riverside).<br>
Schools represented: 27 (list on the attendance sheet attached). Apologies: Hillside Academy, St Aidan's CE Primary, Northgate Infants, Westmoor High, Oakfield School, Brook Lane Juniors.</p>

<p><b>1. Welcome and network update</b><br>
Nadia welcomed everyone. Helen reminded the network that the Champions' role description was agreed by the Partnership Board in July and every school now has a named Champion (done). The network's termly report to the Inclusion workstream will go in November as usual.</p>

<p><b>2. Ordinarily Available Provision (OAP) guidance</b><br>
Sarah Kent presented the new OAP guidance, which was launched to headteachers at the Heads' briefing on 16 September. Champions liked the "what it looks like in class" examples. A number asked for a printed toolkit version for staff rooms; Sarah said this is being designed.</p>

<p><b>3. Emotionally based school avoidance (EBSA)</b><br>
David Lowe shared the EBSA guidance and the rising number of requests for EP involvement where attendance is the presenting need. Several champions said that staff do not feel confident having the first conversation with families. Agreed the network would benefit from a short twilight session before half term. Mrs Okoro (Hillside, sent comments in advance) asked whether the attendance team could attend; David said that is for the attendance team to decide and they have already been told about the request.</p>

<p><b>4. Your school's data</b><br>
Liam showed the local picture: 14.1% of pupils at SEN support (national 13.6%), 4.9% with an EHCP. Champions would like their own school's figures to compare.</p>

<p><b>5. Parent voice</b><br>
Kerry spoke about the PCF's "Ask a parent" sessions. The group agreed to have a parent speaker at every network meeting from now on (decision).</p>

<p><b>6. Champion of the Term</b><br>
Nominations open now. Sarah Kent will present the award at the November meeting.</p>

<p><b>7. SEND audit tool</b><br>
The self-audit tool went out with the papers. All schools are asked to complete it - it will shape the spring term training programme.</p>

<p><b>Next meeting:</b> Thursday 25 November 2027, 3.45pm, venue tbc (Brook Lane has offered).</p>

<p><b>ACTIONS</b></p>
<ol>
<li>SK - circulate the OAP toolkit (print version) to all schools - by Friday 8 October.
{c(SK, "SK", "Can I do Friday 15th? Toolkit is still with the design team and I would rather send the final version once.")}
{c(HB, "HB", "Yes fine - 15 October.")}</li>

<li>DL - run an EBSA twilight session for Champions - before half term.
{c(DL, "DL", "I'm sorry, I can't do this one myself - my twilights are booked solid until January. I've asked Rosa Delaney (Senior EP, our EBSA lead) who can deliver it on Wednesday 13 October, 3.45pm at the Professional Development Centre.")}
{c(RD, "RD", "Confirmed - Wednesday 13 October. I'll send a booking link via Helen.")}
{c(HB, "HB", "Brilliant - thank you Rosa. Action now Rosa's.")}</li>

<li>NK - share Riverside's attendance support plan template with the network - by next meeting.
{c(NK, "NK", "Happy to, but we are revising it after the LA's new attendance guidance. I'll share the new version after half term - say Friday 5 November?")}
{c(HB, "HB", "Fine - 5 Nov.")}</li>

<li>HB - collate nominations for Champion of the Term and send the shortlist to Sarah K - by Friday 15 October.</li>

<li>LP - send each Champion their school's SEN support and EHCP figures - by half term.
{c(LP, "LP", "Yes, will be with you by Friday 22nd. NB I can only send to the Champion's school email address, not personal ones.")}</li>

<li>KL - find a parent speaker for the November meeting.
{c(KL, "KL", "On it - two parents interested already, I'll confirm one well before the 25th.")}</li>

<li>ALL CHAMPIONS - complete the SEND audit tool and return it to Helen - by Friday 15 October.
{c(HB, "HB", "Moved: lots of you asked for more time, so the deadline is now Friday 5 November (after half term). No later please!")}</li>
</ol>

<p>Presentations and the attendance sheet are attached and on the Champions' Teams channel.</p>
<p>Best wishes,<br>Helen</p>

<table class="att"><tr><td>OAP_guidance_Sept2027.pdf</td><td>2 MB</td></tr>
<tr><td>EBSA_network_slides.pptx</td><td>5 MB</td></tr>
<tr><td>Champions_attendance_23Sep.xlsx</td><td>18 KB</td></tr>
<tr><td>SEND_self_audit_tool_v2.docx</td><td>96 KB</td></tr></table>
</div>
</body>
</html>
"""
write_doc(STEM + ".html", doc)

style = ("An .html page saved from Outlook on the web: Helen Brooks's 6 October reply to the Network of SEND Champions, with her 24 September action email "
 "for the network meeting on Thursday 23 September 2027 quoted below and everyone's answers inserted inline in colour under each action (initials "
 "SK, DL, RD, NK, LP, KL, HB). Traps: four of the seven actions are changed inline - read the coloured answers, not the original lines; David Lowe declines "
 "the EBSA twilight and hands it to Rosa Delaney (Senior EP), who is not in people.json (person null); the role description and named Champions are done; "
 "the OAP launch to heads has happened; the network's November report to the Inclusion workstream is routine; whether the attendance team attends is that "
 "team's decision; a parent speaker at every meeting is a decision; Sarah Kent presenting the award is an event, not a task. Dates: SK toolkit 'by Friday 8 "
 "October' moved to 'Friday 15th' = 2027-10-15; EBSA twilight now Rosa's, 'Wednesday 13 October' = 2027-10-13; NK 'by next meeting' moved to 'Friday 5 "
 "November' = 2027-11-05; HB nominations Friday 15 October 2027; LP 'by half term' confirmed 'Friday 22nd' = 2027-10-22 (October half term w/c 25 October); "
 "KL parent speaker 'for the November meeting' (Thursday 25 November) = 2027-11-25; all Champions' audit tool moved from 15 October to Friday 5 November 2027 "
 "(owner 'ALL CHAMPIONS', person null).")
write_labels(STEM, "2027-09-23", style, [
 ("SK - circulate the OAP toolkit", "SK", "Sarah Kent", "2027-10-15"),
 ("run an EBSA twilight session for Champions", "Rosa Delaney", None, "2027-10-13"),
 ("share Riverside's attendance support plan template", "NK", "Nadia Khan", "2027-11-05"),
 ("HB - collate nominations for Champion of", "HB", "Helen Brooks", "2027-10-15"),
 ("LP - send each Champion their school's", "LP", "Liam Porter", "2027-10-22"),
 ("KL - find a parent speaker", "KL", "Kerry Lang", "2027-11-25"),
 ("complete the SEND audit tool and return", "ALL CHAMPIONS", None, "2027-11-05"),
])
