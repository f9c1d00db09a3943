"""522: Joint Commissioning Group - Teams meeting 'Notes' (Loop) page saved from the browser as HTML."""
import html
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "522_seventyfirst_joint_commissioning_teams_meeting_notes_loop_saved_html"

E = html.escape


def chip(name):
    return (f'<span class="mention-chip" data-mention-type="person" role="button" aria-label="{E(name)}">'
            f'<span class="at">@</span>{E(name)}</span>')


def datechip(d):
    return f'<span class="date-chip" role="button" aria-label="Due date {E(d)}">{E(d)}</span>' if d else \
        '<span class="date-chip date-chip--empty" aria-label="No due date"></span>'


def task(text, who, due, done=False):
    state = "true" if done else "false"
    cls = " task--completed" if done else ""
    return f'''
        <div class="task-row{cls}" role="row" data-fluid-task-status="{'completed' if done else 'notstarted'}">
          <div class="task-cell task-cell--check" role="gridcell"><span role="checkbox" aria-checked="{state}" class="checkbox"></span></div>
          <div class="task-cell task-cell--title" role="gridcell"><div class="scriptor-paragraph"><span>{E(text)}</span></div></div>
          <div class="task-cell task-cell--assigned" role="gridcell">{chip(who) if who else ''}</div>
          <div class="task-cell task-cell--due" role="gridcell">{datechip(due)}</div>
        </div>'''


def li(text_html, level=1):
    return f'<li class="scriptor-listItem lvl{level}" aria-level="{level}"><div class="scriptor-paragraph">{text_html}</div></li>'


notes = [
    ("Actions from 14 Sept", [
        "Both September follow-up tasks done (see ticked list below). Sufficiency report was circulated 24 Sept.",
    ]),
    ("Short breaks framework re-tender", [
        f"{chip('Dan Hurst')} – current framework ends 31 March 2028. Market engagement shows only 3 providers likely to bid for "
        "overnight provision.",
        "Agreed to extend the current framework by 6 months (to 30 Sept 2028) to give time to co-produce the new "
        f"specification. {chip('James Whitfield')} approved the extension under delegated authority in the meeting – no further sign-off needed.",
        "Co-production of the new spec will be picked up by the Co-production Steering Group; not a JCG task.",
    ]),
    ("SaLT in special schools – joint service spec", [
        f"{chip('Grace Adeyemi')} – revised spec now includes the universal / targeted / specialist tiers and a named therapist per school.",
        f"{chip('Tom Evans')} said the PCF haven't seen it yet and parents of children at Oakfield and Brookside are very anxious about the change. "
        "Grace to send it to the PCF asap – Tom asked for two weeks to comment once received.",
        "Group agreed the spec should NOT go to the ICB Contracting Committee until PCF comments are in.",
    ]),
    ("Specialist equipment – funding split", [
        "Still no agreement on whether equipment for children with EHCPs in mainstream is split 50/50 or needs-led.",
        f"{chip('Lorna Fitch')}: ICB to confirm its position at the ICB Executive on 2 Nov and report back at the next JCG (Tue 9 Nov).",
        f"{chip('Yusuf Okafor')} to check whether Personal Health Budgets can be used for short breaks equipment – also for next JCG.",
        f"{chip('Tom Evans')} to collect 5 family stories on equipment delays for the ICB paper – by Fri 29 Oct so Lorna can use them.",
    ]),
    ("Section 75 agreement refresh", [
        f"Current S75 expires 31 March 2028. {chip('Dan Hurst')} to draft the refreshed schedules (therapies + equipment) "
        "by the end of Q3 so legal have them in January.",
    ]),
    ("Tripartite placements", [
        "Spend on jointly funded residential placements is £1.9m over forecast. Nobody has a single list of who is in which placement and when each is reviewed.",
        "Head of SEND to pull together a list of all tripartite placements with next review dates – for next JCG.",
        f"{chip('Liam Porter')} to build v1 of the joint SEND commissioning dataset (activity + spend, council and ICB) – by Fri 5 Nov.",
    ]),
    ("AOB", [
        "None. Next JCG Tue 9 Nov, 13:30, Teams.",
    ]),
]

agenda = ["Actions from 14 Sept", "Short breaks framework re-tender", "SaLT in special schools – joint service spec",
          "Specialist equipment – funding split", "Section 75 agreement refresh", "Tripartite placements", "AOB"]

notes_html = ""
for head, bullets in notes:
    notes_html += f'<h3 class="scriptor-heading3"><span>{E(head)}</span></h3>\n<ul class="scriptor-list">' + \
        "".join(li(b) for b in bullets) + "</ul>\n"

tasks = "".join([
    task("Share revised SaLT spec with PCF for comment", "Grace Adeyemi", ""),
    task("Confirm ICB position on equipment funding split (ICB Exec 2 Nov) and report back", "Lorna Fitch", "Nov 9"),
    task("Check if PHBs can be used for short breaks equipment", "Yusuf Okafor", "Nov 9"),
    task("Collect 5 family stories on equipment delays", "Tom Evans", "Oct 29"),
    task("Draft refreshed S75 schedules – therapies and equipment", "Dan Hurst", "Dec 31"),
    task("List of tripartite placements with next review dates", "Mary Walker", "Nov 9"),
    task("Joint SEND commissioning dataset v1 (activity + spend)", "Liam Porter", "Nov 5"),
])
old_tasks = "".join([
    task("Circulate short breaks sufficiency report", "Dan Hurst", "Sep 24", done=True),
    task("Confirm ICB deputy for JCG", "Yusuf Okafor", "Sep 30", done=True),
])

page = f'''<!DOCTYPE html>
<!-- saved from url=(0093)https://loop.cloud.microsoft/p/eyJ1IjoiaHR0cHM6Ly93ZXN0bW9vcmNvdW5jaWwuc2hhcmVwb2ludC5jb20v -->
<html lang="en-GB" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Joint Commissioning Group (SEND) - Meeting notes | Microsoft Loop</title>
<style>
body{{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,sans-serif;font-size:14px;color:#242424;margin:0}}
.loop-shell{{max-width:880px;margin:24px auto;padding:0 32px}}
.mention-chip{{background:#ebf3fc;color:#115ea3;border-radius:4px;padding:0 2px}}
.mention-chip .at{{color:#115ea3}}
.date-chip{{background:#f5f5f5;border-radius:4px;padding:0 4px;font-size:12px}}
.task-row{{display:grid;grid-template-columns:32px 1fr 200px 90px;border-bottom:1px solid #e0e0e0;padding:4px 0}}
.task--completed .task-cell--title{{text-decoration:line-through;color:#707070}}
.header-meta{{color:#616161;font-size:12px}}
.visually-hidden{{position:absolute;left:-10000px}}
</style></head>
<body>
<div id="app" class="fui-FluentProvider">
 <div class="appbar" role="banner"><span class="visually-hidden">Microsoft Loop</span>
  <nav aria-label="Breadcrumb"><span>Westmoor SEND</span> › <span>Meeting notes</span></nav>
  <button aria-label="Share">Share</button><button aria-label="Copy link">Copy link</button></div>
 <main class="loop-shell" role="main">
  <div class="page-header">
   <div class="emoji-icon" aria-hidden="true">📝</div>
   <h1 class="page-title">Joint Commissioning Group (SEND)</h1>
   <div class="header-meta">Tuesday, 12 October 2027 · 13:30 – 15:00 · Microsoft Teams meeting · Recurring</div>
   <div class="header-meta">Last edited by Ruth Hill · 12 Oct 2027, 16:02</div>
  </div>
  <div class="fluid-component" data-component="meeting-notes">
   <h2 class="scriptor-heading2"><span>Attendees</span></h2>
   <p class="scriptor-paragraph">{chip('James Whitfield')} (co-chair, AD SEND &amp; Inclusion) · {chip('Lorna Fitch')} (co-chair, Head of
   Children's Commissioning, ICB) · {chip('Yusuf Okafor')} · {chip('Grace Adeyemi')} · {chip('Mary Walker')} · {chip('Tom Evans')} ·
   {chip('Liam Porter')} · {chip('Dan Hurst')} (Commissioning Manager, WCC) · {chip('Ruth Hill')} (notes)</p>
   <p class="scriptor-paragraph">Apologies: Priya Shah</p>
   <h2 class="scriptor-heading2"><span>Agenda</span></h2>
   <ol class="scriptor-list">{''.join(li(E(a)) for a in agenda)}</ol>
   <h2 class="scriptor-heading2"><span>Notes</span></h2>
   {notes_html}
   <h2 class="scriptor-heading2"><span>Follow-up tasks</span></h2>
   <div class="fluid-tasklist" role="grid" aria-label="Follow-up tasks">
    <div class="task-row task-row--header" role="row"><div role="columnheader"></div><div role="columnheader">Task</div>
    <div role="columnheader">Assigned to</div><div role="columnheader">Due date</div></div>
    {tasks}
    <div class="task-row task-row--add" role="row"><div></div><div class="placeholder">+ Add a task</div><div></div><div></div></div>
   </div>
   <div class="copilot-suggestions" aria-label="Suggested follow-up tasks">
    <div class="copilot-suggestions__header"><span class="copilot-icon" aria-hidden="true"></span>Suggested follow-up tasks
    <span class="header-meta">AI-generated content may be incorrect</span></div>
    <div class="suggestion"><span>Organise a co-production workshop on the new short breaks specification</span>
     <button aria-label="Add suggested task">Add</button><button aria-label="Dismiss suggestion">Dismiss</button></div>
    <div class="suggestion"><span>Send the extended framework contract letters to short breaks providers</span>
     <button aria-label="Add suggested task">Add</button><button aria-label="Dismiss suggestion">Dismiss</button></div>
   </div>
   <h2 class="scriptor-heading2"><span>From 14 Sept meeting</span></h2>
   <div class="fluid-tasklist" role="grid" aria-label="Follow-up tasks from previous meeting">{old_tasks}</div>
  </div>
 </main>
 <footer class="visually-hidden">Loop component · Synced with Outlook and Teams</footer>
</div>
<script>window.__LOOP_BOOT__={{"tenant":"westmoorcouncil","locale":"en-GB","ring":"prod"}};</script>
</body></html>
'''
(OUT / f"{STEM}.html").write_text(page, encoding="utf-8")

labels = {
    "meeting_date": "2027-10-12",
    "style": (
        "Held-out batch seventyfirst. A Microsoft Teams meeting 'Notes' (Loop) page saved from the browser as HTML: "
        "title block with the meeting date, @-mention chips for attendees, Agenda, Notes bullets under h3 headings, "
        "a Loop 'Follow-up tasks' grid (Task / Assigned to / Due date chips like 'Nov 9' with no year), Copilot "
        "'Suggested follow-up tasks' with Add/Dismiss buttons, and the previous meeting's tasks ticked and struck "
        "through. Keys are taken from the Follow-up tasks grid. Traps: the two Copilot suggestions were never added "
        "(not actions); the September tasks are completed (not labelled); the framework extension was approved in the "
        "meeting by JW (decision); co-production of the spec is 'not a JCG task'; 'spec should NOT go to the ICB "
        "Contracting Committee' is a decision; the notes say 'Head of SEND' and 'ICB' while the grid names Mary Walker "
        "and Lorna Fitch (not in the cast, person null). Dates: due chips have no year - resolved to the next "
        "occurrence after 12 October 2027: 'Oct 29' = Friday 29 October 2027 (also 'Fri 29 Oct' in notes), 'Nov 5' = "
        "Friday 5 November 2027, 'Nov 9' = 'next JCG (Tue 9 Nov)' = 2027-11-09, 'Dec 31' = 'end of Q3' = 2027-12-31; "
        "Grace's task has an empty due chip and 'asap' in the notes = null."
    ),
    "held_out": True,
    "actions": [
        {"key": "Share revised SaLT spec with PCF for comment", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": None},
        {"key": "Confirm ICB position on equipment funding split", "owner": "Lorna Fitch", "person": None, "due": "2027-11-09"},
        {"key": "Check if PHBs can be used for short breaks", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-11-09"},
        {"key": "Collect 5 family stories on equipment delays", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-10-29"},
        {"key": "Draft refreshed S75 schedules – therapies and equipment", "owner": "Dan Hurst", "person": None, "due": "2027-12-31"},
        {"key": "List of tripartite placements with next review dates", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-11-09"},
        {"key": "Joint SEND commissioning dataset v1 (activity + spend)", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-11-05"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
print("ok", STEM)
