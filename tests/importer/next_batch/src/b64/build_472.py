"""472: SENDIASS team huddle note in OneNote, saved as a web page (single HTML, absolutely positioned outline divs)."""
import json
from pathlib import Path

OUT = Path("/tmp/b64")
STEM = "472_sixtyfourth_sendiass_huddle_onenote_saved_html"

TICK = '<img src="huddle_files/image001.png" width="16" height="16" alt="To Do (completed)" style="vertical-align:middle">'
TODO = '<img src="huddle_files/image002.png" width="16" height="16" alt="To Do" style="vertical-align:middle">'
Q = '<img src="huddle_files/image003.png" width="16" height="16" alt="Question" style="vertical-align:middle">'
IMP = '<img src="huddle_files/image004.png" width="16" height="16" alt="Important" style="vertical-align:middle">'

F = "font-family:Calibri;font-size:11.0pt"


def p(inner, indent=0, extra=""):
    return (f'<p style="margin:0in;margin-left:{indent * 0.375:.3f}in;{F}{extra}">'
            f'<span lang=en-GB>{inner}</span></p>\n')


def outline(top, left, width, body):
    return (f'<div style="direction:ltr;position:absolute;top:{top}in;left:{left}in;width:{width}in">\n'
            f'<div style="direction:ltr;margin-top:0in;margin-left:0in;width:{width}in">\n{body}</div>\n</div>\n')


head = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=OneNote.File>
<meta name=Generator content="Microsoft OneNote 15">
<link id=Main-File rel=Main-File href="Huddle%2007-06.htm">
<link rel=File-List href="huddle_files/filelist.xml">
<title>Huddle 07/06</title>
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
 @font-face {font-family:"Calibri Light"; panose-1:2 15 3 2 2 2 4 3 2 4;}
-->
</style>
</head>

<body lang=en-GB style='font-family:Calibri;font-size:11.0pt'>
"""

title = ('<div style="direction:ltr;border-width:100%">\n'
         '<div style="direction:ltr;margin-top:0in;margin-left:0in;width:6.6in">\n'
         '<div style="direction:ltr;margin-top:0in;margin-left:0in;width:3.0in">\n'
         '<p style="margin:0in;font-family:\'Calibri Light\';font-size:20.0pt" lang=en-GB>Huddle 07/06</p>\n</div>\n'
         '<div style="direction:ltr;margin-top:.0423in;margin-left:0in;width:1.6in">\n'
         '<p style="margin:0in;font-size:10.0pt;color:#767676"><span style="font-family:Calibri">07 June 2027</span></p>\n'
         '<p style="margin:0in;font-size:10.0pt;color:#767676"><span style="font-family:Calibri">09:14</span></p>\n'
         '</div>\n</div>\n</div>\n')

b1 = ""
b1 += p("<b>Westmoor SENDIASS – Monday team huddle</b> (Teams, 9.15–9.45)")
b1 += p("Here: Claire, Fiona, Raj, Beth, Marcus (vol IAS) &nbsp;|&nbsp; Not here: Hannah (A/L, back Mon 14th)")
b1 += p("&nbsp;")
b1 += p("<b>Caseload</b>")
b1 += p("143 open, 19 waiting allocation (was 26 before half term). Claire allocating 6 today – no action for "
        "anyone else yet.", 1)
b1 += p("Helpline calls up after half term, mostly annual reviews not happening / late.", 1)
b1 += p("&nbsp;")
b1 += p("<b>Tribunals</b> – 3 with deadlines in next fortnight", extra=";color:#1F3864")
b1 += p(f"{TICK} Raj – appeal bundle checklist to family K <span style='color:#7F7F7F'>(sent Fri)</span>", 1)
b1 += p(f"{TODO} Raj to ring family K's solicitor about the working document by Wednesday", 1)
b1 += p(f"{TICK} Fiona – family M case statement sent to LA 4/6", 1)
b1 += p("LA have told us the EHC annual review backlog should be cleared by end of July (Mary Walker's team "
        "plan, not ours – just so we can tell parents)", 1)
b1 += p("&nbsp;")
b1 += p(f"{IMP} <b>Themes for the board</b>")
b1 += p("Late annual reviews = top complaint theme again this quarter (41 contacts). Claire to take the late "
        "annual reviews theme to the partnership board on 17 June – will use the Q4 figures.", 1)
b1 += p("&nbsp;")
b1 += p("<b>Website / Local Offer</b>")
b1 += p("Our Local Offer page still links to the old council EHCP pages, parents ending up on a 404.", 1)
b1 += p(f"{TODO} Beth to update the SENDIASS page links by Friday", 1)
b1 += p("&nbsp;")

b2 = ""
b2 += p("<b>Outreach</b>")
b2 += p("Riverside Primary drop in – Helen Brooks (SENCo) has offered the family room for Thurs 24 June.", 1)
b2 += p(f"{TODO} Fiona to email Helen Brooks to confirm the family room this week", 1)
b2 += p(f"{Q} Marcus asked whether drop ins should be termly or half termly? – not decided, see how 24th goes", 1)
b2 += p(f"{TODO} <s>Marcus – leaflets to Brook Lane library</s> <span style='color:#7F7F7F'>library closed for refit, "
        f"dropped</span>", 1)
b2 += p("&nbsp;")
b2 += p("<b>Data</b>")
b2 += p(f"{TICK} Claire sent Q1 figures to Liam Porter last Thurs", 1)
b2 += p("Liam has now asked for an ethnicity breakdown as well for the LA equality report.", 1)
b2 += p(f"{TODO} Beth to pull the ethnicity breakdown from the case system for Liam by 30 June", 1)
b2 += p("&nbsp;")
b2 += p("<b>Team</b>")
b2 += p("Fiona's IPSEA level 2 is booked for 1 July – done.", 1)
b2 += p("Huddle moving to Tuesdays 9.15 from next week (Hannah back + clashes with LA allocation panel).", 1)
b2 += p("Reminder: lone working app – everyone to check in on home visits (standing rule, not new).", 1)
b2 += p("&nbsp;")
b2 += p("<span style='color:#7F7F7F;font-size:9.0pt'>Created with OneNote. Last edited by Claire Dunmore 07/06/2027 10:02</span>")

html = (head + title + outline(1.1, 0.4, 6.6, b1) + outline(5.6, 0.4, 6.6, b2) + "\n</body>\n\n</html>\n")
(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-07",
    "style": "Held-out batch sixtyfourth. A SENDIASS team's Monday huddle page written in OneNote by the service manager "
             "(Claire Dunmore, per the 'Last edited by' line) and saved as a web page: OneNote's generator meta, absolutely "
             "positioned outline divs, page title/date/time block, and the note tags exported as <img> icons whose alt text "
             "('To Do', 'To Do (completed)', 'Question', 'Important') carries their meaning. Traps: ticked To Do items "
             "(already done: bundle checklist, case statement, Q1 figures to Liam), a struck-through To Do dropped "
             "('library closed for refit, dropped'), the LA's own backlog plan (Mary Walker's team), an open Question with "
             "no decision (termly or half termly), decisions/standing rules (huddle moving to Tuesdays, lone working app), "
             "training already booked, allocation with 'no action for anyone else'. Labels: names are first names of team "
             "members not in people.json (Raj, Beth, Fiona → person null) except Claire = Claire Dunmore (SENDIASS Service "
             "Manager). 'by Wednesday' from Monday 7 June = 2027-06-09; 'by Friday' = 2027-06-11; 'this week' = Friday "
             "2027-06-11; board on 17 June = 2027-06-17; 'by 30 June' = 2027-06-30.",
    "held_out": True,
    "actions": [
        {"key": "Raj to ring family K's solicitor", "owner": "Raj", "person": None, "due": "2027-06-09"},
        {"key": "Claire to take the late annual reviews theme", "owner": "Claire", "person": "Claire Dunmore", "due": "2027-06-17"},
        {"key": "Beth to update the SENDIASS page links", "owner": "Beth", "person": None, "due": "2027-06-11"},
        {"key": "Fiona to email Helen Brooks to confirm", "owner": "Fiona", "person": None, "due": "2027-06-11"},
        {"key": "pull the ethnicity breakdown from the case system", "owner": "Beth", "person": None, "due": "2027-06-30"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
