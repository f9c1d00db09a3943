"""622: Outlook message saved as HTML (Word-generated markup); inline answers in red (YO) and blue (GA) under the chair's list."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "622_eightyfifth_outlook_html_inline_red_comments"

RED = "<span style='color:red'>"
BLUE = "<span style='color:#0070C0'>"
E = "</span>"


def p(text, extra=""):
    return f"<p class=MsoNormal{extra}>{text}<o:p></o:p></p>\n"


def blank():
    return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"


def hdr(frm, sent, to, cc, subj):
    s = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
         f"<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> {frm}<br>\n"
         f"<b>Sent:</b> {sent}<br>\n<b>To:</b> {to}<br>\n")
    if cc:
        s += f"<b>Cc:</b> {cc}<br>\n"
    s += f"<b>Subject:</b> {subj}<o:p></o:p></span></p>\n</div>\n"
    return s


NHS_DISC = ("<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>This message may contain confidential information. "
            "If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. "
            "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. "
            "To do so is strictly prohibited and may be unlawful.<o:p></o:p></span></p>\n")

body = ""
# --- Anne's top reply (newest)
body += p("Thanks Yusuf and Grace &#8211; very helpful.")
body += blank()
body += p("I have moved the trajectory to the November Board (Wednesday 17 November) and noted the change of presenter for the SENCo conference. "
          "Grace &#8211; end of August is fine for the first SALT data.")
body += blank()
body += p("On the workforce plan, let&#8217;s hold that until the Trust has signed it off &#8211; not for September, please.")
body += blank()
body += p("Ruth &#8211; for the log, please.")
body += blank()
body += p("Anne")
body += blank()
body += p("<b>Anne Price</b><br>Independent Chair<br>Westmoor SEND Partnership Board")
body += blank()
# --- Yusuf's inline reply
body += hdr("Okafor Yusuf (NHS WESTMOOR ICB) &lt;yusuf.okafor1@nhs.net&gt;", "12 July 2027 15:26",
            "Anne Price &lt;anne.price@westmoorsendpartnership.org.uk&gt;",
            "Adeyemi Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST) &lt;grace.adeyemi@nhs.net&gt;; Patel Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST) &lt;anita.patel14@nhs.net&gt;; Ruth Hill &lt;Ruth.Hill@westmoor.gov.uk&gt;",
            "RE: Health actions from the Partnership Board 7 July")
body += blank()
body += p("Hi Anne")
body += blank()
body += p(f"Please see my responses below in {RED}red{E} (YO). Grace has added hers in {BLUE}blue{E}.")
body += blank()
body += p("Kind regards")
body += p("Yusuf")
body += blank()
body += p("<b>Yusuf Okafor</b> | Designated Clinical Officer (SEND) | NHS Westmoor Integrated Care Board<br>Mobile: 07700 900 214 | Working days: Mon &#8211; Thu")
body += blank()
body += NHS_DISC
body += blank()
# --- Anne's original
body += hdr("Anne Price &lt;anne.price@westmoorsendpartnership.org.uk&gt;", "08 July 2027 10:03",
            "Okafor Yusuf (NHS WESTMOOR ICB) &lt;yusuf.okafor1@nhs.net&gt;; Adeyemi Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST) &lt;grace.adeyemi@nhs.net&gt;",
            "Patel Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST) &lt;anita.patel14@nhs.net&gt;; Ruth Hill &lt;Ruth.Hill@westmoor.gov.uk&gt;",
            "Health actions from the Partnership Board 7 July")
body += blank()
body += p("Dear Yusuf and Grace")
body += blank()
body += p("Thank you both for yesterday. As promised, here are the health-related actions from the Board so that you can check them before Ruth updates the log. "
          "I have also written to the Trust&#8217;s chief executive today about the OT vacancy position, as agreed.")
body += blank()
items = [
    ("The DCO to provide an update on the ASD assessment waiting list trajectory &#8211; September Board (Wednesday 15 September)",
     f"{RED}YO: Yes, but the trajectory won&#8217;t be modelled until the contract variation with the Trust is signed in August. Could we make it the November Board?{E}", ""),
    ("Grace to share the new OT sensory pathway leaflet with SENCos via Helen &#8211; by end of July",
     "", f"{BLUE}GA &#8211; Done. Sent to Helen on 8 July and it went in this week&#8217;s SENCo bulletin.{E}"),
    ("Dr Patel to present on the ND pathway at the SENCo conference (Thursday 14 October)",
     f"{RED}YO: Anita is on study leave in October. Dr Kwame Osei (Associate Specialist) has agreed to cover the conference slot instead.{E}", ""),
    ("Yusuf to send the health section of the Priority Action Plan progress report to Ruth &#8211; by 30 July",
     f"{RED}YO: Will do.{E}", ""),
    ("ICB and Trust IG leads to agree the data sharing agreement for the EHCP health advice portal &#8211; report back to the September Board",
     f"{RED}YO: This sits with the IG leads rather than me, but I will chase them and report back in September.{E}", ""),
    ("Grace to send Liam the SALT under-5s waiting time data monthly, starting end of July",
     "", f"{BLUE}GA &#8211; Can we start from end of August please? July data won&#8217;t be validated until mid-August.{E}"),
]
body += "<ol style='margin-top:0cm' start=1 type=1>\n"
for main, yo, ga in items:
    body += f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>{main}<o:p></o:p></li>\n"
    for c in (yo, ga):
        if c:
            body += f"<p class=MsoListParagraph style='margin-left:36.0pt'>{c}<o:p></o:p></p>\n"
body += "</ol>\n"
body += blank()
body += p(f"{RED}YO: Could we also ask the Trust to present its workforce plan at the September Board? It would help with the OT and SALT discussion.{E}")
body += blank()
body += p("With best wishes")
body += p("Anne")

doc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>RE: Health actions from the Partnership Board 7 July</title>
<style>
<!--
 /* Font Definitions */
 @font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
 @font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
p.MsoListParagraph, li.MsoListParagraph {{margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle20 {{mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>From:</b></p></td><td><p class=MsoNormal>Anne Price &lt;anne.price@westmoorsendpartnership.org.uk&gt;</p></td></tr>
<tr><td><p class=MsoNormal><b>Sent:</b></p></td><td><p class=MsoNormal>13 July 2027 09:41</p></td></tr>
<tr><td><p class=MsoNormal><b>To:</b></p></td><td><p class=MsoNormal>Okafor Yusuf (NHS WESTMOOR ICB); Adeyemi Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST)</p></td></tr>
<tr><td><p class=MsoNormal><b>Cc:</b></p></td><td><p class=MsoNormal>Patel Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST); Ruth Hill</p></td></tr>
<tr><td><p class=MsoNormal><b>Subject:</b></p></td><td><p class=MsoNormal>RE: Health actions from the Partnership Board 7 July</p></td></tr>
</table>
{blank()}
{body}</div>
</body>
</html>
"""
(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")

labels = {
    "meeting_date": "2027-07-07",
    "style": (
        "Held-out batch eightyfifth. An Outlook message saved as HTML (Word-generated markup, MsoNormal paragraphs, header table, "
        "From/Sent blocks): the chair's numbered list of health actions from the Partnership Board of Wednesday 7 July 2027 "
        "('yesterday' in her 8 July email), answered inline in red by the DCO ('YO:') and in blue by Grace ('GA -'), then a short "
        "top reply from the chair. Labelling: the DCO's ASD trajectory moves from the September Board to the November Board, Wednesday "
        "17 November (owner 'The DCO' = Yusuf Okafor); Grace's OT leaflet is reported done (not labelled); Dr Patel's conference slot is "
        "handed to Dr Kwame Osei, outside the partnership (person null), due the conference on Thursday 14 October; Yusuf's Priority Action "
        "Plan section stays 'by 30 July'; the IG data sharing agreement belongs to the IG leads but Yusuf takes the chase and report back "
        "in September (owner 'YO', due the September Board, Wednesday 15 September); Grace's monthly SALT data start moves from end of "
        "July to 'end of August' = 31 August; Yusuf's suggestion of a Trust workforce plan presentation is turned down by the chair (not "
        "labelled); the chair's letter to the Trust chief executive is already written (not labelled); 'Ruth - for the log' is housekeeping."),
    "held_out": True,
    "actions": [
        {"key": "update on the ASD assessment waiting list trajectory", "owner": "The DCO", "person": "Yusuf Okafor", "due": "2027-11-17"},
        {"key": "present on the ND pathway at the SENCo conference", "owner": "Dr Kwame Osei", "person": None, "due": "2027-10-14"},
        {"key": "send the health section of the Priority Action Plan", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-07-30"},
        {"key": "agree the data sharing agreement for the EHCP", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-09-15"},
        {"key": "send Liam the SALT under-5s waiting time data", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-08-31"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
