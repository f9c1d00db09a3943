"""508: Google Meet 'Notes by Gemini' doc, downloaded from Google Docs as HTML."""
import sys, html; sys.path.insert(0, "/tmp/b69/src")
from common import OUT, write_labels

STEM = "508_sixtyninth_gemini_meet_notes_google_docs_html_download"
REC = "https://www.google.com/url?q=https://drive.google.com/file/d/1qT7bK0xWm3PZr9vYd2Lh8sNfA4cE6uJ5/view?t%3D{t}&amp;sa=D&amp;source=editors&amp;ust=1776701234567890&amp;usg=AOvVaw2Kx9Qm"

def e(s): return html.escape(s, quote=False)

details = [
 ("Feedback on section 4", "Helen Brooks reported that SENCos in the Riverside cluster found section 4 (communication and interaction) too long and too clinical, with several saying they had stopped reading it after the first page. Sarah Kent agreed that section 4 would be rewritten in plainer language, keeping the provision tables but cutting the background text by about half, and that she would circulate it by Friday, April 30", "00:02:41", 161),
 ("Case examples", "Helen Brooks committed to collecting three anonymised case examples from SENCos to show what ordinarily available provision looks like in practice, in time for the next meeting on May 18. Sarah Kent asked that at least one example come from a Key Stage 1 class", "00:09:05", 545),
 ("Educational psychology input", "David Lowe stated that the graduated response section does not reflect the consultation model the EP service now uses and risks schools asking for individual assessments by default. He will draft a replacement paragraph by May 7", "00:14:22", 862),
 ("Secondary version", "David Lowe noted that someone should eventually look at a secondary version of the document. The group agreed this is out of scope for this version and it was not assigned", "00:17:50", 1070),
 ("SENDIASS perspective", "Claire Dunmore said that roughly a third of SENDIASS enquiries this term related to what schools should be providing without an EHCP, and parents were often quoting the old 2022 guidance. She will share the anonymised enquiry themes with the group by next Wednesday", "00:21:10", 1270),
 ("Headteacher engagement", "Nadia Khan mentioned she might be able to raise the document at the primary heads' briefing, but could not confirm that there would be time on the agenda, which is set by the Director of Education's office", "00:26:33", 1593),
 ("Parent reading panel", "Kerry Lang offered to set up a parent reading panel of five to six parents from the Parent Carer Forum to check the language of the final draft. Sarah Kent accepted the offer and said the final draft should be ready in early June", "00:30:02", 1802),
 ("Launch", "The group decided to launch the refreshed document at the Westmoor heads' conference on June 24 rather than by email. Sarah Kent will confirm the slot with Priya Shah before the next meeting", "00:35:47", 2147),
 ("Previous actions", "Ruth Hill confirmed that the March feedback survey closed with 58 responses and the summary has been shared; this action is complete. Sarah Kent's action to contact neighbouring authorities about their OAIP documents was also completed", "00:38:20", 2300),
]
steps = [
 ("Sarah Kent", "Section 4 Rewrite", "Rewrite section 4 on communication and interaction and circulate the revised draft to the working group by Friday, April 30."),
 ("Helen Brooks", "Case Examples", "Collect three anonymised case examples from SENCos for the May 18 meeting."),
 ("David Lowe", "Graduated Response Paragraph", "Draft a replacement graduated response paragraph reflecting the EP consultation model by May 7."),
 ("Claire Dunmore", "Enquiry Themes", "Share the anonymised SENDIASS enquiry themes with the group by next Wednesday."),
 ("Kerry Lang", "Parent Reading Panel", "Set up a parent reading panel of five to six parents to review the language of the final draft."),
 ("Sarah Kent", "Launch Slot", "Confirm the heads' conference launch slot with Priya Shah before the May 18 meeting."),
]

css = """.lst-kix_d1x8k2m4-0>li:before{content:"\\0025cf   "}ul.lst-kix_d1x8k2m4-0{list-style-type:none}.lst-kix_q7v0n3r1-0>li:before{content:"\\0025cf   "}ul.lst-kix_q7v0n3r1-0{list-style-type:none}ol{margin:0;padding:0}table td,table th{padding:0}.c0{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c2{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c4{color:#1155cc;text-decoration:underline}.c5{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}.c6{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}.c7{color:#444746;font-weight:400;font-size:9pt;font-family:"Arial";font-style:italic}.c8{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}.c9{color:#000000;font-weight:400;font-size:20pt;font-family:"Arial"}.c10{color:inherit;text-decoration:inherit}.c11{padding:0;margin:0}.c12{color:#444746;font-size:10pt;font-family:"Arial"}"""

b = []
b.append('<p class="c3"><span class="c12">&#128221; Notes</span></p>')
b.append('<p class="c3"><span class="c12">Apr 20, 2027</span></p>')
b.append('<p class="c5"><span class="c9">OAIP refresh working group</span></p>')
b.append('<p class="c3"><span class="c12">Invited </span><span class="c1">Sarah Kent Helen Brooks David Lowe Nadia Khan Claire Dunmore Kerry Lang Ruth Hill</span></p>')
b.append('<p class="c3"><span class="c12">Attachments </span><span class="c4"><a class="c10" href="https://www.google.com/url?q=https://docs.google.com/document/d/1Oa1PrEf_XyZ/edit&amp;sa=D">OAIP refresh working group</a></span></p>')
b.append('<p class="c3"><span class="c12">Meeting records </span><span class="c4"><a class="c10" href="https://www.google.com/url?q=https://docs.google.com/document/d/1Tr4nScR1pT/edit&amp;sa=D">Transcript</a></span><span class="c1">&nbsp;</span><span class="c4"><a class="c10" href="' + REC.format(t=0) + '">Recording</a></span></p>')
b.append('<p class="c3 c13"><span class="c1"></span></p>')
b.append('<h2 class="c5"><span class="c6">Summary</span></h2>')
b.append('<p class="c3"><span class="c1">' + e("Sarah Kent led the working group through feedback on the draft Ordinarily Available Inclusive Provision (OAIP) document. SENCos, the Educational Psychology service and SENDIASS agreed that section 4 needs rewriting and the graduated response wording needs to reflect the EP consultation model before the June launch. The group decided to keep this version primary-focused and to launch it at the heads' conference on June 24.") + '</span></p>')
b.append('<h2 class="c5"><span class="c6">Details</span></h2>')
b.append('<ul class="c11 lst-kix_d1x8k2m4-0 start">')
for head, text, stamp, sec in details:
    b.append(f'<li class="c0 li-bullet-0"><span class="c2">{e(head)}</span><span class="c1">: {e(text)} (</span><span class="c4"><a class="c10" href="{REC.format(t=sec)}">{stamp}</a></span><span class="c1">).</span></li>')
b.append('</ul>')
b.append('<h2 class="c5"><span class="c6">Suggested next steps</span></h2>')
b.append('<ul class="c11 lst-kix_q7v0n3r1-0 start">')
for who, title, text in steps:
    b.append(f'<li class="c0 li-bullet-0"><span class="c2">[{e(who)}] {e(title)}:</span><span class="c1"> {e(text)}</span></li>')
b.append('</ul>')
b.append('<p class="c3 c13"><span class="c1"></span></p>')
b.append('<p class="c3"><span class="c7">You should review Gemini\'s notes to make sure they\'re accurate. </span><span class="c7 c4"><a class="c10" href="https://www.google.com/url?q=https://support.google.com/meet/answer/14754931&amp;sa=D">Get tips and learn how Gemini takes notes</a></span></p>')
b.append('<p class="c3"><span class="c7">Please provide feedback about using Gemini to take notes in a </span><span class="c7 c4"><a class="c10" href="https://www.google.com/url?q=https://google.qualtrics.com/jfe/form/SV_9Xg&amp;sa=D">short survey.</a></span></p>')

doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
       + css + '</style></head><body class="c8 doc-content">' + "".join(b) + "</body></html>")
(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")

write_labels(STEM, "2027-04-20",
 "A Google Meet 'Notes by Gemini' document (header block 'Apr 20, 2027', Invited, Attachments, Meeting records; Summary; Details bullets each with a bold topic and a linked timestamp; 'Suggested next steps' with '[Full Name] Title:' prefixes; Gemini's accuracy disclaimer) downloaded from Google Docs as HTML, so it is span/class soup with list classes and google.com/url redirect links. Each action appears twice (Details and Suggested next steps) with different wording; keys are taken from the next steps. Traps: David Lowe's 'someone should eventually look at a secondary version' is explicitly not assigned; Nadia Khan 'might be able to raise the document' but could not confirm - a hedge, not an action; the June 24 launch is a decision; the March survey and the neighbouring-authorities contact are completed previous actions; Kerry Lang's offer of a reading panel is accepted, so it is an action (no date). Dates (Tuesday 20 April 2027): 'by Friday, April 30' = 30 April 2027; 'for the May 18 meeting' / 'before the May 18 meeting' / 'the next meeting on May 18' = Tuesday 18 May 2027; 'by May 7' = Friday 7 May; 'by next Wednesday' = Wednesday 28 April 2027.",
 [("circulate the revised draft to the working group", "Sarah Kent", "Sarah Kent", "2027-04-30"),
  ("Collect three anonymised case examples from SENCos", "Helen Brooks", "Helen Brooks", "2027-05-18"),
  ("Draft a replacement graduated response paragraph", "David Lowe", "David Lowe", "2027-05-07"),
  ("Share the anonymised SENDIASS enquiry themes", "Claire Dunmore", "Claire Dunmore", "2027-04-28"),
  ("Set up a parent reading panel", "Kerry Lang", "Kerry Lang", None),
  ("Confirm the heads' conference launch slot with Priya Shah", "Sarah Kent", "Sarah Kent", "2027-05-18"),
 ])
