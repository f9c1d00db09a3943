"""446: young people's forum notes typed by a member in Google Docs, downloaded as a web page (comments become [a] [b] footnotes)."""
import html, zlib
from common import OUT, write_labels

STEM = "446_sixtieth_youth_forum_google_doc_web_page_emoji_comments"

CSS = ("ol{margin:0;padding:0}table td,table th{padding:0}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
       "font-size:11pt;font-family:\"Arial\";font-style:normal}.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
       "text-align:left;height:11pt}.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
       ".c3{font-weight:700}.c4{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c5{color:inherit;text-decoration:inherit}"
       ".c6{font-size:20pt}.c7{background-color:#ffff00}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;"
       "font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
       "h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;"
       "orphans:2;widows:2;text-align:left}")

out = []
def p(text, cls="c2", span="c0"):
    out.append(f'<p class="{cls}"><span class="{span}">{text}</span></p>')
def blank():
    out.append('<p class="c1"><span class="c0"></span></p>')
def h(text):
    out.append(f'<h2 class="c2" id="h.{zlib.crc32(text.encode()):x}"><span class="c0 c3">{text}</span></h2>')
def ref(letter, n):
    return f'<sup><a href="#cmnt{n}" id="cmnt_ref{n}">[{letter}]</a></sup>'

e = html.escape
out.append('<p class="c2 title" id="h.yf0311"><span class="c0 c6">youth forum 3/11 \U0001F4DD\u2728</span></p>')
p(e("typed by leah (sorry 4 spelling, typing on my phone on the bus home lol)"))
blank()
p("<b>here \U0001F44B</b> " + e("me, Ruby, Jamal, Kai, Tasha, Mo + Sarah K (participation) + Owen (PfA man) + David Lowe (ed psych) for 1st half "
  "+ Yusuf from the NHS/ICB on teams (his camera was off the whole time \U0001F480)"))
p("<b>not here</b> " + e("Jayden (footy), Ellie (ill \U0001F912)"))
blank()

h("1. toilet passes \U0001F6BD")
p(e("last time we moaned about not being allowed to go to the toilet in lessons without getting shouted at. "
    "Riverside already did the toilet pass card thing!! \U0001F389\U0001F389 Helen (the SENCo there) made a card template and it's actually good."))
p(e("Kai said his school won't even look at it. Owen's gonna ask Helen if she'll share the card template with the other schools \U0001F64F"))
blank()

h("2. anxiety leaflet \U0001F630\U0001F4C4")
p(e("David showed us the draft leaflet for young ppl about anxiety + not going to school. tbh it was SO wordy and the pictures were cringe "
    "(sorry David \U0001F62C). he took it well tho. he's gonna send us the full draft to roast \U0001F525 by next fri") + ref("a", 1))
p(e("then we can all say what we think at the next one. Tasha said she'd rather do it on a call than in writing, fair"))
blank()

h("3. camhs letters \U0001F4EC")
p(e("Tasha said her camhs letter said \"routine\" and she's been waiting 14 MONTHS. that's not routine that's a joke. "
    "Yusuf said that's not ok and he's gonna find out why the letters say routine and tell us at the next meeting"))
p(e("he also said the ICB is \"reviewing the whole letter template in the new year\" - that's their thing not ours, we'll see \U0001F440"))
blank()

h("4. buses \U0001F68C")
p(e("bus passes for college are still a nightmare, Mo's took 9 weeks and he had to pay in the meantime \U0001F4B8. "
    "Owen said he'll get someone from the bus pass team (Mark Walsh's team) to come to the december meeting \U0001F64C") + ref("b", 2))
p(e("Jamal asked if they can do the passes on your phone. nobody knew \U0001F937"))
blank()

h("5. xmas social \U0001F384\U0001F355")
p(e("we voted: pizza + bowling!! (bowling won 5-2 over cinema, Kai sulking)"))
p(e("Sarah K to book the pizza place before 19th nov") + ref("c", 3))
blank()

h("6. survey \U0001F4CA")
p(e("the \"what's school like\" survey closes end of nov. only 61 ppl have done it so far which is tragic. "
    "me and Ruby doing an insta post about it by sunday \U0001F4AA. everyone else share it on your stories pls"))
p(e("Mo asked if we get paid (vouchers??) for doing the young inspectors thing. nobody knew that either \U0001F937\U0001F937"))
blank()

h("7. anything else")
p(e("Mary Walker (head of SEND, big boss) is coming in january to hear about the survey results \U0001F440 - Sarah says that's already sorted"))
p(e("next meeting: wed 8th dec, 5-7, usual room at the hub. FOOD PLS \U0001F64F\U0001F64F"))
blank()
out.append('<hr style="color:#a0a0a0;">')

comments = [
    (1, "a", "he said the 12th not this fri. so fri 12th - Sarah K"),
    (2, "b", "Owen did say he'd ask them but it's not confirmed they can come yet!! - Sarah K"),
    (3, "c", "already booked \U0001F605 Wed 15th Dec 6pm, Pizza Barn on the high st - Sarah K"),
]
for n, letter, text in comments:
    out.append(f'<div class="c8"><p class="c2"><a href="#cmnt_ref{n}" id="cmnt{n}">[{letter}]</a><span class="c0">{e(text)}</span></p></div>')

doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
       + CSS + '</style></head><body class="c4 doc-content">' + "".join(out) + "</body></html>")
(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")

write_labels(STEM, "2027-11-03",
    "A young people's forum's notes typed by a member (Leah) into Google Docs on the bus home and downloaded as a web page: Google's class-soup "
    "CSS on one line, emoji everywhere, lowercase text-speak ('gonna', 'ppl', 'tbh'), and the participation officer's comments exported as "
    "[a] [b] [c] footnotes at the bottom that change how the body reads. Meeting Wednesday 3 November 2027. Traps: Riverside's toilet pass card "
    "already done; the ICB's own letter template review in the new year; unanswered questions (passes on your phone, vouchers for young "
    "inspectors); the vote for pizza and bowling; 'Sarah K to book the pizza place' is done according to comment [c] ('already booked'), so "
    "not labelled; Mary Walker's January visit is already arranged; 'everyone else share it' is a general plea; comment [b] only says Owen's "
    "visitors are unconfirmed, his action stands. Labels: Owen (Owen Reid, 'PfA man') asks Helen about sharing the card, no date; David "
    "(David Lowe, ed psych) 'by next fri' resolved by comment [a] to Friday 12 November; Yusuf (Yusuf Okafor, ICB) at the next meeting, dated "
    "Wednesday 8 December; Owen's bus pass team visit to the december meeting = 8 December; 'me and Ruby' (the writer Leah and Ruby, young "
    "people) do the insta post 'by sunday' = Sunday 7 November, which the document states.",
    [("Owen's gonna ask Helen if she'll share", "Owen", "Owen Reid", None),
     ("gonna send us the full draft to roast", "David", "David Lowe", "2027-11-12"),
     ("gonna find out why the letters say routine", "Yusuf", "Yusuf Okafor", "2027-12-08"),
     ("get someone from the bus pass team", "Owen", "Owen Reid", "2027-12-08"),
     ("me and Ruby doing an insta post", "me and Ruby", None, "2027-11-07")])
print("446 done")
