"""479: Workforce Development Subgroup minutes saved from Word as 'Web Page, Filtered'. The minute-taker's
habit: actions are shown ONLY by underlining (no 'Action:' label, no action table). Headings are underlined
too, and one underlined matters-arising item is already done."""
import json
from pathlib import Path

OUT = Path("/tmp/b65")
STEM = "479_sixtyfifth_workforce_subgroup_minutes_underlined_actions_only"

U = lambda t: f"<u>{t}</u>"

html = f"""<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Workforce Development Subgroup 12.10.27 draft</title>
<style>
<!--
 /* Font Definitions */
 @font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm; margin-right:0cm; margin-bottom:8.0pt; margin-left:0cm;
	line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
p.MsoListParagraph {{margin-left:36.0pt; margin-bottom:8.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
.MsoChpDefault {{font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:595.3pt 841.9pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>
<body lang=EN-GB style='word-wrap:break-word'>
<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>Westmoor SEND Partnership</span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt'>Workforce Development Subgroup</span></b></p>
<p class=MsoNormal align=center style='text-align:center'>Tuesday 12<sup>th</sup> October 2027, 2.00&#8211;3.30pm, MS Teams</p>
<p class=MsoNormal align=center style='text-align:center'><i><span style='color:#7F7F7F'>DRAFT &#8211; not yet agreed</span></i></p>

<p class=MsoNormal><b>Present:</b> David Lowe (Principal EP, chair), Mary Walker (Head of SEND), Helen Brooks (SENCo, Riverside Primary),
Liam Porter (Data &amp; Performance), Sarah Khan (Participation Officer), Jo Marsh (Speech &amp; Language Therapy Team Lead, attending for Grace Adeyemi),
Ruth Hill (notes)</p>
<p class=MsoNormal><b>Apologies:</b> Grace Adeyemi, Priya Shah, Owen Reid</p>

<p class=MsoNormal><b>1.&nbsp;&nbsp;<u>Welcome and apologies</u></b></p>
<p class=MsoNormal>DL welcomed Jo Marsh to her first meeting. Apologies as above.</p>

<p class=MsoNormal><b>2.&nbsp;&nbsp;<u>Notes of last meeting and matters arising</u></b></p>
<p class=MsoNormal>Notes of 14<sup>th</sup> September agreed as accurate.</p>
<p class=MsoListParagraph style='text-indent:-18.0pt'>&#183;&nbsp;&nbsp;&nbsp;&nbsp;SENCo induction pack &#8211; HB circulated on 30<sup>th</sup> Sept. Closed.</p>
<p class=MsoListParagraph style='text-indent:-18.0pt'>&#183;&nbsp;&nbsp;&nbsp;&nbsp;Autism awareness training dates for spring &#8211; DL confirmed with the trainers. Closed.</p>
<p class=MsoListParagraph style='text-indent:-18.0pt'>&#183;&nbsp;&nbsp;&nbsp;&nbsp;{U("RH to book a venue for the March workforce conference")} &#8211; done, Westmoor Civic Hall booked for 16<sup>th</sup> March. Closed.</p>

<p class=MsoNormal><b>3.&nbsp;&nbsp;<u>Training needs analysis &#8211; results</u></b></p>
<p class=MsoNormal>LP presented the headline results: 212 responses, of which 61% were teaching assistants. The top three needs were
supporting emotionally based school avoidance, adapting teaching for autistic pupils, and writing good SEN Support plans. Fewer than
a fifth of secondary staff responded, so the group was cautious about reading too much into the secondary figures. MW noted that the
EBSA need matches what the EHC hub is seeing in requests. {U("LP to break the results down by school phase and bring them to the November meeting")}, with the
secondary figures flagged as low-response.</p>

<p class=MsoNormal><b>4.&nbsp;&nbsp;<u>NASENCo award &#8211; funded places</u></b></p>
<p class=MsoNormal>Eleven schools applied for the six funded places on the National SENCo award starting in January. MW explained the
scoring. <i>The group agreed to fund the six highest-scoring schools, with two reserves.</i> Unsuccessful schools will be told at the
same time and offered the free SENCo network sessions instead. {U("MW to write to the six schools confirming the funded places by 22nd October")}.
HB declared an interest as Riverside was one of the applicants and took no part in the scoring.</p>

<p class=MsoNormal><b>5.&nbsp;&nbsp;<u>Teaching assistant apprenticeships</u></b></p>
<p class=MsoNormal>Westmoor College is running its own open evening for the Level 3 TA apprenticeship on 4<sup>th</sup> November and
will advertise it through its usual channels, so the subgroup does not need to do anything for that. The question was how schools
nominate existing TAs for the funded route. HB felt SENCos are best placed to know who is ready. {U("Helen to ask the cluster SENCos which TAs want to be put forward")},
names to Ruth by half term. RH will hold the list; it will not be shared beyond the subgroup.</p>

<p class=MsoNormal><b>6.&nbsp;&nbsp;<u>Therapies training offer to schools</u></b></p>
<p class=MsoNormal>Jo outlined the SALT team&#8217;s termly offer (Communication Friendly Classrooms, Word Aware, and the new Level 1 for
lunchtime staff). Places for the autumn sessions filled within a week. The group asked whether sessions could be recorded; Jo said the
trust has a policy on recording and she would check, but it is unlikely for this term. {U("Jo to send the revised SALT training calendar to Ruth")} for the Local Offer training page.</p>

<p class=MsoNormal><b>7.&nbsp;&nbsp;<u>Workforce conference, March 2028</u></b></p>
<p class=MsoNormal>Planning is on track (see 2 above). The group wants young people to lead one of the sessions rather than be
&#8216;on a panel&#8217;. SK said the Youth Forum had already said they would like to do this. {U("Sarah Khan to agree the young people&#8217;s slot with the Youth Forum by the planning call on Tuesday 2nd November")}.
DL asked whether the EP service could run a workshop on the graduated approach toolkit; the group felt this might duplicate the
Heads&#8217; Forum briefing and decided not to at this stage.</p>

<p class=MsoNormal><b>8.&nbsp;&nbsp;<u>Any other business</u></b></p>
<p class=MsoNormal>DL reported that two trainee EPs start in the service in January, which will free up some capacity for training in
the summer term. The group discussed a short &#8216;SEND in the classroom&#8217; module for new teachers. {U("DL to draft an outline of the SEND in the classroom module for the next meeting")}
so the group can decide whether to go ahead. MW said the Early Career Teacher programme leads should be involved before anything is agreed.</p>

<p class=MsoNormal><b><u>Date of next meeting</u></b></p>
<p class=MsoNormal>Tuesday 9<sup>th</sup> November 2027, 2.00pm, Teams.</p>

<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>Notes taken by R Hill, Partnership Business Support. Please send any
corrections to the partnership inbox by Friday 15<sup>th</sup> October.</span></p>

</div>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

labels = {
    "meeting_date": "2027-10-12",
    "style": ("Held-out batch sixtyfifth. Workforce Development Subgroup minutes saved from Word as 'Web Page, Filtered' "
              "(MsoNormal classes, Calibri CSS, list paragraphs with &#183; bullets). The minute-taker marks actions ONLY by "
              "underlining the sentence (<u>...</u>) inside running prose - no 'Action' label, column or list - so the "
              "signal is lost in plain text. Traps: every item heading is also underlined; one underlined matters-arising "
              "item (RH to book a venue) is already done and closed; a decision is in italics (fund the six schools); "
              "Westmoor College's own open evening (another body's plan); Jo checking the trust's recording policy is in plain "
              "text and explicitly 'unlikely for this term' (not labelled); an EP toolkit workshop the group decided not to do; "
              "the corrections deadline for the notes is a standing request, not an action; Jo Marsh is not in people.json "
              "(person null). Dates: 'the November meeting' / 'the next meeting' = Tuesday 9 November 2027 given at the end; "
              "'by half term' = last school day before the week of 25 October, Friday 22 October 2027."),
    "held_out": True,
    "actions": [
        {"key": "LP to break the results down by school phase", "owner": "LP", "person": "Liam Porter", "due": "2027-11-09"},
        {"key": "MW to write to the six schools", "owner": "MW", "person": "Mary Walker", "due": "2027-10-22"},
        {"key": "Helen to ask the cluster SENCos which TAs", "owner": "Helen", "person": "Helen Brooks", "due": "2027-10-22"},
        {"key": "Jo to send the revised SALT training calendar", "owner": "Jo", "person": None, "due": None},
        {"key": "Sarah Khan to agree the young people’s slot", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-11-02"},
        {"key": "DL to draft an outline of the SEND", "owner": "DL", "person": "David Lowe", "due": "2027-11-09"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
