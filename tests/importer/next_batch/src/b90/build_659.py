import sys; sys.path.insert(0, "/tmp/b90/src")
from common import OUT, write_labels
STEM = "659_ninetieth_meet_the_leaders_forum_qa"

def P(t, cls="MsoNormal"):
    return f"<p class={cls}><span style='font-family:\"Arial\",sans-serif'>{t}<o:p></o:p></span></p>\n"

body = []
body.append("<p class=MsoTitle><span style='font-family:\"Arial\",sans-serif'>Westmoor Parent Carer Forum<br>"
            "‘Meet the Leaders’ Q&amp;A evening – write-up<o:p></o:p></span></p>\n")
body.append(P("<b>Tuesday 22 June 2027, 6.30 – 8.30pm, St Mark’s Community Centre</b>"))
body.append(P("Written up by the Forum’s volunteer secretary from my notes and the flipchart. Please tell me if I’ve "
              "got anything wrong! This is not a word-for-word record."))
body.append(P("<b>On the panel:</b> James Whitfield (Assistant Director, SEND and Inclusion), Yusuf Okafor "
              "(Designated Clinical Officer, ICB), Mark Walsh (Head of Transport), Claire Dunmore (SENDIASS). "
              "Chaired by Tom Evans (PCF co-chair). Priya M on the roving mic. About 45 parents and carers."))
body.append(P("<b>Apologies:</b> Priya Shah (Director of Education) – James answered the education questions for her."))
body.append("<h2><span style='font-family:\"Arial\",sans-serif'>Questions and answers<o:p></o:p></span></h2>\n")
qa = [
 ("Q1 (mum of Y6 boy, autistic, waiting for an EHC needs assessment since January)",
  "How many assessments are over 20 weeks right now? We keep hearing it’s improving.",
  "JW said timeliness was 38% last year and is ‘well over 50%’ this year but he didn’t have the exact number of "
  "open cases over 20 weeks with him. He said he will take that away and James will come back to the Forum with the "
  "number of EHC needs assessments currently over 20 weeks within four weeks."),
 ("Q2 (dad, two children on the ADHD waiting list)",
  "How long is the ADHD wait, and is it different depending on your GP?",
  "Yusuf said the average wait for an adult-style assessment is not relevant here; for children it is about 18 months "
  "but it does vary by area. Yusuf agreed to share the ICB’s ADHD waiting list figures by GP practice area with the "
  "Forum by the end of the month. He also said the Right to Choose providers are a national NHS England matter and the "
  "ICB can’t change the rules on that."),
 ("Q3 (several parents – route 14)",
  "The taxi on route 14 comes at 7.10am for a 9am start. Who is sorting this?",
  "Mark apologised and took the parents’ details at the end to look at individually – that’s casework, so not "
  "something for the Forum to follow up."),
 ("Q4 (mum of Y11 girl)",
  "Is post-16 transport going to be cut?",
  "Mark explained the council is consulting on a new post-16 transport policy and the decision will be made by "
  "Cabinet on 14 July. He agreed that Mark will send the Forum the draft post-16 transport policy by 2 July so the "
  "Forum can send comments before Cabinet. (Responding to the consultation is up to each family / the Forum.)"),
 ("Q5 (grandparent carer)",
  "I’ve been told my grandson’s annual review ‘didn’t count’ because the paperwork was late. Is that right?",
  "Claire said this depends on the case and offered to speak to the family afterwards (she did). She said SENDIASS "
  "has a really good annual review checklist that the Forum wrote with them last year but it’s hard to find – "
  "Claire to add the Forum’s annual review checklist to the SENDIASS website."),
 ("Q6 (parent)",
  "Will the council build a new special school?",
  "JW said the council has already applied to the DfE for a free special school and is waiting for the DfE decision, "
  "expected in the autumn. Nothing the council can do to speed it up. No follow-up."),
 ("Q7 (mum, Y3)",
  "Could the panel come back every term?",
  "Lots of support in the room. James said he’d ‘love to’ but couldn’t promise every term; Tom said the Forum will "
  "think about how often and ask again – no decision tonight."),
]
for who, q, a in qa:
    body.append(P(f"<b>{who}:</b> {q}"))
    body.append(P(f"<i>Answer:</i> {a}", "MsoNormal style='margin-left:36.0pt'"))

body.append("<h2><span style='font-family:\"Arial\",sans-serif'>Questions we ran out of time for<o:p></o:p></span></h2>\n")
body.append(P("There were 11 questions on cards we didn’t get to (mostly about speech and language therapy and "
              "part-time timetables). Tom to write up the unanswered questions and send them to James for written "
              "answers by Friday."))
body.append(P("Priya M to put the Q&amp;A write-up on the Forum Facebook page once the written answers are back."))
body.append("<h2><span style='font-family:\"Arial\",sans-serif'>Follow-ups the panel promised (as I understood them)<o:p></o:p></span></h2>\n")
for x in ["JW – 20 week numbers – 4 weeks",
          "YO – ADHD waits by GP area – end of June",
          "MW – draft post-16 policy to Forum – 2 July",
          "CD – checklist on SENDIASS website",
          "Tom – unanswered questions to James – Fri"]:
    body.append(P("·&nbsp;&nbsp;" + x, "MsoListParagraph"))
body.append(P("Thank you to St Mark’s for the room and to the Y10 students who made the cakes!"))

html = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>Meet the Leaders write-up</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>WPCF Secretary</o:Author>
  <o:LastAuthor>WPCF Secretary</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2027-06-23T20:41:00Z</o:Created>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;
	line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
 p.MsoTitle {font-size:20.0pt;font-family:"Calibri Light",sans-serif;}
 p.MsoListParagraph {margin-left:36.0pt;}
@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<div class=WordSection1>
""" + "".join(body) + """</div>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")
write_labels(STEM, "2027-06-22",
  "A Word document saved as a web page (HTML with mso styles and o:p tags): a parent volunteer's write-up of a "
  "Parent Carer Forum 'Meet the Leaders' Q&A evening (Tuesday 22 June 2027) with a panel of council, ICB, transport "
  "and SENDIASS leaders, questions and answers, and the writer's own list of 'follow-ups the panel promised'. Traps: "
  "most answers are information only; Right to Choose is NHS England's; route 14 is individual casework taken away by "
  "Mark; the Cabinet decision on 14 July and the free school decision belong to Cabinet and the DfE; responding to the "
  "consultation is optional; Claire speaking to one family was done on the night; the termly panel idea was not "
  "decided; Priya Shah is an apology. Owners are written as initials in the summary (JW, YO, MW, CD) and as first names "
  "in the answers; keys come from the fuller answer text. 'MW' here is Mark Walsh, not Mary Walker (who is not "
  "there). Priya M's Facebook posting depends on the answers coming back, so it has no date (null). Dates: 'within four "
  "weeks' = Tuesday 20 July 2027; 'by the end of the month' = 2027-06-30; 'by 2 July' = Friday 2 July 2027; 'by Friday' "
  "= Friday 25 June 2027; Claire's checklist has no date (null).",
  [("James will come back to the Forum with", "James", "James Whitfield", "2027-07-20"),
   ("Yusuf agreed to share the ICB’s ADHD waiting list", "Yusuf", "Yusuf Okafor", "2027-06-30"),
   ("Mark will send the Forum the draft post-16", "Mark", "Mark Walsh", "2027-07-02"),
   ("Claire to add the Forum’s annual review checklist", "Claire", "Claire Dunmore", None),
   ("Tom to write up the unanswered questions", "Tom", "Tom Evans", "2027-06-25"),
   ("Priya M to put the Q&A write-up", "Priya M", "Priya Mistry", None)])
