"""194: Early Years Area SENCo network - Padlet board export (shelf layout) to HTML."""
import html as H

from common import OUT, write_labels

STEM = "194_twentyfourth_early_years_padlet_export"
cols = [
 ("🌱 What's working with transition to Reception?", [
   ("Lou (Little Acorns Pre-school)", "17 Jun 2027 09:41", "Transition books with photos",
    "We make a little photo book of the new classroom and teacher. Parents say it helps so much over the summer.", 6, []),
   ("Anonymous", "17 Jun 2027 09:43", "", "Teachers coming to visit the setting before September – the children LOVE it", 9,
    [("Helen Brooks", "Riverside do this for every child with an SEN support plan – happy to share how we timetable it")]),
   ("Priya (Brookside Day Nursery)", "17 Jun 2027 09:47", "Riverside's one-page profile",
    "The one-page transition profile Riverside used last year was brilliant, much better than the long forms.", 4, []),
 ]),
 ("😟 What's not working / worries", [
   ("Anonymous", "17 Jun 2027 09:44", "Childminders left out",
    "Childminders don't get invited to transition meetings. We often know the child best!", 11, []),
   ("Sam (Oak Tree Childminding)", "17 Jun 2027 09:50", "Summer-born + EHCP timing",
    "Summer-born children whose EHC needs assessment started in spring often start Reception with no final plan.", 8,
    [("Mary Walker", "Thanks Sam – this is a known issue and we are looking at the 20-week data for under-5s."),
     ("Anonymous", "Same for us x3 children this year")]),
   ("Anonymous", "17 Jun 2027 09:52", "", "Speech and language reports arrive after the child has already started school", 7, []),
   ("Anonymous", "17 Jun 2027 09:55", "Parents", "Parents don't know what SENDIASS can do for them at this stage", 3,
    [("Claire Dunmore", "DONE today – I brought 60 SENDIASS leaflets, they're on the back table, please take some for your setting 🙂")]),
 ]),
 ("💡 Ideas / wishes", [
   ("Anonymous", "17 Jun 2027 10:02", "", "It would be amazing if every Reception class had a link SaLT", 5, []),
   ("Jess (Westmoor Nursery School)", "17 Jun 2027 10:04", "Shared calendar",
    "A shared calendar of school open sessions for SEND children – would love one, but who would keep it up to date?", 4,
    [("Sarah Kent", "I'll think about whether the school improvement team could host something like this – no promises!")]),
   ("Anonymous", "17 Jun 2027 10:06", "", "More funding for transition support staff in September please!!", 12, []),
 ]),
 ("✅ Next steps – agreed in the room (posted by facilitator)", [
   ("EY Inclusion Team", "17 Jun 2027 11:18", "1. Transition profile",
    "Helen to share Riverside's one-page transition profile template with all settings on this Padlet by Fri 2 July.", 3, []),
   ("EY Inclusion Team", "17 Jun 2027 11:19", "2. Childminders",
    "We (EY Inclusion Team) will set up a Reception transition drop-in for childminders – date to be confirmed, but before 16 July.", 5, []),
   ("EY Inclusion Team", "17 Jun 2027 11:20", "3. Heads' briefing",
    "Sarah Kent to add the transition checklist to the agenda of the September heads' briefing (Thurs 9th Sept).", 2, []),
   ("EY Inclusion Team", "17 Jun 2027 11:21", "4. Summer-born EHCPs",
    "MW to raise the late-EHCP issue for summer-born children at the SEND Partnership Board in July.", 6, []),
   ("EY Inclusion Team", "17 Jun 2027 11:22", "5. SaLT reports",
    "Grace Adeyemi will ask the SaLT team whether reports for school starters can be sent to schools by the end of term. (No date agreed.)", 2, []),
   ("EY Inclusion Team", "17 Jun 2027 11:23", "6. Parent voice",
    "Kerry Lang (PCF Parent Champion) to collect three parent stories about starting school, to share at the next network.", 4, []),
   ("EY Inclusion Team", "17 Jun 2027 11:24", "Not taken forward",
    "Extra September staffing – outside what this network can agree; noted and passed on to the EY funding reference group for information.", 1, []),
 ]),
 ("📅 Housekeeping", [
   ("EY Inclusion Team", "17 Jun 2027 08:55", "Welcome!",
    "Area SENCo Network – Summer term. Thursday 17 June 2027, 9.30–11.30, Westmoor Family Hub (Central). 31 practitioners attended.", 0, []),
   ("EY Inclusion Team", "17 Jun 2027 11:30", "Next network",
    "Autumn network: Thursday 14 October 2027, 9.30am, same venue. Book on the EY training portal.", 0, []),
 ]),
]

out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
       '<title>Transition to Reception – Area SENCo Network (Summer 2027) | Padlet</title>',
       '<style>body{font-family:Helvetica,Arial,sans-serif;background:#f3efe6;margin:0}'
       'header{background:#3d2c8d;color:#fff;padding:16px 24px}.shelf{display:flex;gap:16px;padding:16px;align-items:flex-start}'
       '.column{width:300px;flex:none}.column h2{font-size:15px}.post{background:#fff;border-radius:10px;padding:10px;margin-bottom:10px;box-shadow:0 1px 3px #0002}'
       '.author{font-size:12px;color:#555}.subject{font-weight:bold}.comments{border-top:1px solid #eee;margin-top:6px;font-size:13px}'
       '.reactions{font-size:12px;color:#c0392b}footer{font-size:11px;color:#777;padding:16px}</style></head><body>',
       '<header><div class="padlet-title"><h1>Transition to Reception – what\'s working, what\'s not, what next?</h1>',
       '<p class="padlet-description">Westmoor Early Years Area SENCo Network · Summer term 2027 · Made with Padlet</p>',
       '<p class="padlet-meta">Created by Westmoor EY Inclusion Team · Layout: Shelf · Exported 18 Jun 2027 08:02</p></div></header>',
       '<main class="shelf">']
for title, posts in cols:
    out.append(f'<section class="column"><h2 class="column-title">{H.escape(title)}</h2>')
    for author, ts, subj, body, hearts, comments in posts:
        out.append('<article class="post">')
        out.append(f'<div class="author">{H.escape(author)} · <time>{ts}</time></div>')
        if subj: out.append(f'<div class="subject">{H.escape(subj)}</div>')
        out.append(f'<div class="body"><p>{H.escape(body)}</p></div>')
        if hearts: out.append(f'<div class="reactions">❤ {hearts}</div>')
        if comments:
            out.append('<div class="comments">')
            for ca, ct in comments:
                out.append(f'<div class="comment"><b>{H.escape(ca)}</b>: {H.escape(ct)}</div>')
            out.append('</div>')
        out.append('</article>')
    out.append('</section>')
out.append('</main><footer>This padlet is shared with "Anyone with the link can view". Posts are moderated. '
           '© 2027 Wallwisher, Inc. Padlet export (HTML).</footer></body></html>')
(OUT / f"{STEM}.html").write_text("\n".join(out) + "\n", encoding="utf-8")

write_labels(STEM, "2027-06-17",
    "Padlet board HTML export (shelf layout: columns of sticky posts with authors, timestamps, heart counts and comments) "
    "from an Early Years Area SENCo network session on transition to Reception; agreed actions are the facilitator's posts in "
    "the 'Next steps – agreed in the room' column. Traps: practitioner posts in 'What's working', 'Worries' and 'Ideas / "
    "wishes' are views and wishes, not actions; Helen's comment offering to share timetabling and Mary Walker's 'we are looking "
    "at' reply are not agreed actions; Sarah Kent 'I'll think about whether' (consider); Claire Dunmore's leaflets were "
    "brought and DONE on the day; 'Not taken forward' extra staffing post is passed to another group for information; "
    "housekeeping posts give the next network date. Labelling choices: 'Thurs 9th Sept' read as 2027-09-09; 'in July' board "
    "labelled meeting 2027-07; 'at the next network' labelled meeting 2027-10 (next network 14 October 2027); Grace's SaLT "
    "item says '(No date agreed.)' so due null even though 'end of term' appears in the wording; 'We (EY Inclusion Team)' "
    "is a team, person null; 'Helen' is Helen Brooks (Riverside SENCo).",
    [("share Riverside's one-page transition profile template with all settings", "Helen", "Helen Brooks", "2027-07-02"),
     ("set up a Reception transition drop-in for childminders", "EY Inclusion Team", None, "2027-07-16"),
     ("add the transition checklist to the agenda", "Sarah Kent", "Sarah Kent", "2027-09-09"),
     ("raise the late-EHCP issue for summer-born children", "MW", "Mary Walker", "meeting 2027-07"),
     ("ask the SaLT team whether reports for school starters", "Grace Adeyemi", "Grace Adeyemi", None),
     ("collect three parent stories about starting school", "Kerry Lang", "Kerry Lang", "meeting 2027-10")])
