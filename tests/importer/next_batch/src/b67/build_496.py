"""Builds 496: a voice-note app's AI summary email, forwarded and saved from Outlook as .html."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

transcript = [
    ("00:00", "Right, voice note. PfA panel, Tuesday eighth of June. Um. So. Good panel, bit long, main things while I remember."),
    ("00:14", "Owen Reed is going to update the transition tracker for the Year 11 leavers, there's about thirty where we just don't know the destination, and he said he'd have that done by the end of June."),
    ("00:41", "The drop in for parents at the college. Owen asked Claire whether SENDIASS could do it and Claire Dunmoor said yes, she'll run the drop in for parents at the college before they break up on the 21st of July. So that's Claire, not Owen."),
    ("01:12", "I need to email the college principal about the place numbers. This week. I said I would in the room so that's on me."),
    ("01:30", "Liam wasn't there but Owen said Liam's already said yes to pulling the neat figures, the NEET figures, for SEND young people, for the July board. Which is, um, the fourteenth."),
    ("02:05", "Travel training. Mark's team are already doing it, it's in hand, nothing for us to do there."),
    ("02:20", "Somebody at some point should probably look at the post sixteen transport policy again but not now. Not today's problem."),
    ("02:40", "Health. Anita, Dr Patel, said she'll send over the list of young people moving to adult services. By Friday, she said."),
    ("03:05", "And Kerry from the forum said she'd ask around at the next coffee morning for two parents for the co-production group. No date on that, that's fine."),
    ("03:30", "Um, what else. Oh, decision, the panel agreed we keep the September start for the new supported internship cohort. Good."),
    ("04:02", "I'm not at the July panel, I'm on leave, so James is chairing that one. Need to tell him. Actually he knows."),
    ("05:48", "Right. That's it. Note to self, send this to Ruth."),
]
rows = "\n".join(
    f'<p class="transcript"><span class="ts">[{t}]</span> <b>Speaker 1:</b> {s}</p>' for t, s in transcript)

page = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered)">
<title>FW: Your recording "Tue 8 Jun 15:58" is ready</title>
<style>
p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}}
.hdr td {{font-family:"Aptos",sans-serif; font-size:11pt; padding:1pt 6pt;}}
.card {{border:1px solid #e4e4ea; border-radius:8px; padding:14px 18px; margin:10px 0; font-family:Helvetica,Arial,sans-serif;}}
.card h2 {{font-size:15px; margin:0 0 6px 0; color:#3b2fb8;}}
.muted {{color:#777; font-size:12px;}}
.transcript {{font-size:12px; margin:4px 0;}}
.ts {{color:#999;}}
</style>
</head>
<body lang="EN-GB">
<table class="hdr" border="0" cellspacing="0" cellpadding="0">
<tr><td><b>From:</b></td><td>Mary Walker</td></tr>
<tr><td><b>Sent:</b></td><td>08 June 2027 16:42</td></tr>
<tr><td><b>To:</b></td><td>Ruth Hill</td></tr>
<tr><td><b>Subject:</b></td><td>FW: Your recording "Tue 8 Jun 15:58" is ready &#10024;</td></tr>
</table>
<div class="WordSection1">
<p class="MsoNormal">Ruth &#8211; voice note from the drive back from today&#8217;s PfA panel. The AI&#8217;s action list isn&#8217;t quite right &#8211; Claire is doing the drop-in not Owen, and the travel training and transport ones aren&#8217;t actions. Transcript is right though (apart from names!). Can you log for the panel please? Ta, Mary</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sent from Outlook for iOS</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Notewise &lt;no-reply@notewise.ai&gt;<br>
<b>Sent:</b> Tuesday, June 8, 2027 4:31:07 PM<br>
<b>To:</b> Mary Walker &lt;Mary.Walker@westmoor.gov.uk&gt;<br>
<b>Subject:</b> Your recording "Tue 8 Jun 15:58" is ready &#10024;</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<div class="card">
<p class="muted">NOTEWISE &#183; AI NOTES</p>
<h1 style="font-family:Helvetica,Arial,sans-serif;font-size:20px;">PfA panel debrief</h1>
<p class="muted">Recorded Tue 8 Jun 2027, 15:58 &#183; 6 min 41 s &#183; English (UK) &#183; Template: Meeting notes</p>
</div>
<div class="card">
<h2>Summary</h2>
<p>The speaker reflects on the Preparing for Adulthood (PfA) panel held today, covering Year 11 transition planning, college place numbers, SENDIASS support for parents, travel training, health transition and data on young people not in education, employment or training (NEET). A decision was made to keep the September start for the supported internship cohort.</p>
</div>
<div class="card">
<h2>Key points</h2>
<ul>
<li>The Year 11 leavers tracker is missing destinations for around 30 young people.</li>
<li>Westmoor College has concerns about place numbers for September.</li>
<li>Travel training is &#8220;in hand&#8221; with Mark&#8217;s team.</li>
<li>Health transition to adult services was discussed with Dr Patel.</li>
<li>James will chair the July panel.</li>
</ul>
</div>
<div class="card">
<h2>Action items</h2>
<ul style="list-style:none;padding-left:4px">
<li>&#9744; Owen Reed to update the PfA transition tracker for Year 11 leavers by end of June</li>
<li>&#9744; Owen Reed to run a drop-in for parents at the college</li>
<li>&#9744; Email the college principal about place numbers this week</li>
<li>&#9744; Liam to pull NEET figures for SEND young people for the July board</li>
<li>&#9744; Mark to review travel training</li>
<li>&#9744; Consider reviewing the post-16 transport policy</li>
<li>&#9744; Anita to send list of young people moving to adult services by Friday</li>
</ul>
<p class="muted">Action items are generated automatically and may be inaccurate. <a href="https://app.notewise.ai/r/8f21c0">Edit in Notewise</a></p>
</div>
<div class="card">
<h2>Transcript</h2>
{rows}
</div>
<p class="muted" style="text-align:center">You&#8217;re receiving this because email summaries are on. <a href="https://app.notewise.ai/settings">Manage notifications</a> &#183; Notewise Ltd, London</p>
</div>
</body>
</html>
"""
name = "496_sixtyseventh_voice_note_ai_summary_email_forwarded_saved_html"
(OUT / f"{name}.html").write_text(page, encoding="utf-8")
labels = {
    "meeting_date": "2027-06-08",
    "style": ("Held-out batch sixtyseventh. Outlook 'Save as HTML' of Mary Walker forwarding to Ruth a voice-note app's AI summary email "
              "(summary, key points, auto 'Action items' with checkboxes, timestamped transcript with speech-to-text name errors: 'Owen Reed', "
              "'Claire Dunmoor', 'neat figures') of her debrief after the PfA panel on Tuesday 8 June 2027. Traps: the AI gives the parents' "
              "drop-in to Owen but the transcript and Mary's note say Claire (label Claire, person Claire Dunmore); 'Mark to review travel training' "
              "is already in hand and 'Consider reviewing the post-16 transport policy' is a musing - neither labelled; Kerry's action is only in the "
              "transcript, not the AI list; the AI's email-the-principal item has no owner - the transcript says 'that's on me' (Mary); Owen "
              "accepts for Liam, who was absent; James chairing July is noted, not an action; the supported internship start is a decision. Dates: "
              "Owen 'by end of June' = Wed 30 June 2027; Claire 'before they break up on the 21st of July' = Wed 21 July 2027; Mary 'this week' "
              "= Fri 11 June 2027; Liam 'July board ... the fourteenth' = Wed 14 July 2027; Anita 'by Friday' = Fri 11 June 2027; Kerry no date "
              "(null)."),
    "held_out": True,
    "actions": [
        {"key": "update the PfA transition tracker for Year 11 leavers", "owner": "Owen Reed", "person": "Owen Reid", "due": "2027-06-30"},
        {"key": "she'll run the drop in for parents", "owner": "Claire", "person": "Claire Dunmore", "due": "2027-07-21"},
        {"key": "Email the college principal about place numbers", "owner": "Mary", "person": "Mary Walker", "due": "2027-06-11"},
        {"key": "Liam to pull NEET figures for SEND young people", "owner": "Liam", "person": "Liam Porter", "due": "2027-07-14"},
        {"key": "she'll send over the list of young people", "owner": "Anita", "person": "Anita Patel", "due": "2027-06-11"},
        {"key": "ask around at the next coffee morning", "owner": "Kerry", "person": "Kerry Lang", "due": None},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
