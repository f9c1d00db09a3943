"""604: Trello board JSON export - EHCP Timeliness workstream, meeting Tue 9 Feb 2027."""
import json, hashlib
from pathlib import Path

OUT = Path("/tmp/b83")
STEM = "604_eightythird_trello_board_json_ehcp_timeliness_checklists_and_member_ids"

def oid(s):
    return hashlib.md5(s.encode()).hexdigest()[:24]

members = {
    "ruth": ("Ruth Hill", "ruthhill_wmc", "RH"),
    "mary": ("Mary Walker", "marywalker37", "MW"),
    "liam": ("Liam Porter", "lporter_data", "LP"),
    "david": ("David Lowe", "davidlowe_ep", "DL"),
    "yusuf": ("Yusuf Okafor", "yusufokafor2", "YO"),
    "sarahk": ("Sarah Khan", "sarahkhan_participation", "SK"),
    "sarahkent": ("Sarah Kent", "skent_sia", "SK"),
    "helen": ("Helen Brooks", "hbrooks_riverside", "HB"),
    "claire": ("Claire Dunmore", "claired_sendiass", "CD"),
    "tom": ("Tom Evans", "tomevans_pcf", "TE"),
    "priya": ("Priya Shah", "pshah_educ", "PS"),
}
MID = {k: oid("member" + k) for k in members}
BOARD = oid("board")
LISTS = {
    "notes": ("Meeting notes", 16384),
    "carried": ("Carried forward (from 12/01)", 32768),
    "new": ("New actions - 09/02 meeting", 49152),
    "prog": ("In progress", 65536),
    "done": ("Done", 81920),
}
LID = {k: oid("list" + k) for k in LISTS}
LABELS = {
    "new": ("New 09/02", "green"),
    "carried": ("Carried", "orange"),
    "decision": ("Decision / noted", "purple"),
    "data": ("Data", "blue"),
    "parents": ("Parents / PCF", "pink"),
}
LBID = {k: oid("label" + k) for k in LABELS}

notes_desc = """**EHCP Timeliness Workstream - Tuesday 9 February 2027, 14:00-15:45, Teams**

**Present:** Mary Walker (chair), Liam Porter, David Lowe, Yusuf Okafor, Sarah Khan, Sarah Kent, Claire Dunmore (SENDIASS), Tom Evans (PCF), Ruth Hill (notes)
**Apologies:** Helen Brooks (Ofsted in this week - sends comments on item 4 by email), Priya Shah, Grace Adeyemi

Notes are on this card; actions are the cards in *New actions - 09/02 meeting* and the checklist below. Carried items were reviewed and re-dated where needed (see Carried list). Anything in Done was closed at or before the meeting.

**1. Performance to end of January**
Liam took us through the dashboard. 20-week rate for plans issued in January was 41% (Dec 38%). Locality picture is very uneven - West is at 29%, mainly because of the EP backlog and two caseworker vacancies. Liam thinks the headline is being pulled down by exception cases that should legitimately be excluded (school holidays, family requests to delay) and that we are under-reporting ourselves. Tom said parents won't care about exceptions, they care about the wait - agreed we report both.

**2. EP advice**
David: 63 requests for EP advice currently over 6 weeks, down from 81. Two locum EPs start 22 Feb. He'll give Mary a weekly trajectory until we're under 30. Board will want to see this - Mary to take it in her Board update (not a separate action, she does this anyway).

**3. Health advice**
Yusuf: community paeds and therapies are mostly on time; the problem is the acute trust's returns for children known only to hospital teams. That's really one for the Health workstream, which meets 3 March - Yusuf will raise it there himself (noted, not a workstream action). He will do a one-page reminder to our own teams about the 6-week deadline though.

**4. Quality of plans**
Helen's email comments read out: the January audit sample was too small. Agreed to audit 10 plans issued in January against the QA framework before next meeting. Helen was down for this but has Ofsted this week and next - Sarah Kent has offered to pick it up (see card).

**5. Decision not to assess letters**
Claire: SENDIASS still getting calls from parents who don't understand the 'decision not to assess' letter, particularly the mediation paragraph. Mary will redraft the template with Claire's input. Old template to stay in use until the new one is signed off.

**6. Parent voice**
Tom: PCF survey window is April. Would like a question on how well families were kept informed during the 20 weeks. Sarah Khan to book two parent drop-ins on the draft plan format.

**7. EHCP hub pilot**
DECISION: pause the 'EHCP hub' pilot until September; capacity needed for the backlog. No action - Mary will tell the hub schools herself as part of her normal contact (already done by email during the meeting).

**8. AOB**
- Scrutiny (Cllr Bethan Jones) has asked for an annual review backlog paper for its April meeting. Priya not here; Mary to check with her after the meeting - Priya has since agreed to do it (see card).
- DfE SEND data return: deadline 25 Feb, data team business as usual, for info only.

**Next meeting:** Tuesday 9 March 2027, 14:00, Teams."""

cards = []
actions = []
checklists = []
pos = [0]

def card(key, name, lst, desc="", mem=(), due=None, due_complete=False, labels=(), closed=False,
         created="2027-02-09T15:50:00.000Z", last="2027-02-09T16:05:00.000Z", start=None):
    pos[0] += 16384
    c = {
        "id": oid("card" + key), "idShort": len(cards) + 118, "name": name, "desc": desc,
        "closed": closed, "dueComplete": due_complete, "due": due, "start": start,
        "dueReminder": 1440 if due else None, "email": None,
        "idBoard": BOARD, "idList": LID[lst], "idMembers": [MID[m] for m in mem],
        "idLabels": [LBID[l] for l in labels], "idChecklists": [], "idMembersVoted": [],
        "labels": [{"id": LBID[l], "idBoard": BOARD, "name": LABELS[l][0], "color": LABELS[l][1]} for l in labels],
        "pos": pos[0], "shortLink": oid("sl" + key)[:8], "shortUrl": "https://trello.com/c/" + oid("sl" + key)[:8],
        "url": "https://trello.com/c/" + oid("sl" + key)[:8] + "/" + str(len(cards) + 118) + "-" + "-".join(name.lower().split()[:6]),
        "dateLastActivity": last, "subscribed": False, "cover": {"idAttachment": None, "color": None, "size": "normal"},
        "badges": {"comments": 0, "attachments": 0, "checkItems": 0, "checkItemsChecked": 0, "due": due, "dueComplete": due_complete, "description": bool(desc)},
    }
    cards.append(c)
    actions.append({"id": oid("create" + key), "idMemberCreator": MID["ruth"], "type": "createCard", "date": created,
                    "data": {"card": {"id": c["id"], "name": name, "idShort": c["idShort"]}, "list": {"id": LID[lst], "name": LISTS[lst][0]}, "board": {"id": BOARD, "name": "Westmoor EHCP Timeliness Workstream"}},
                    "memberCreator": {"id": MID["ruth"], "fullName": "Ruth Hill", "username": "ruthhill_wmc"}})
    return c

def comment(c, who, date, text):
    c["badges"]["comments"] += 1
    actions.append({"id": oid("cm" + c["id"] + date), "idMemberCreator": MID[who], "type": "commentCard", "date": date,
                    "data": {"text": text, "card": {"id": c["id"], "name": c["name"], "idShort": c["idShort"]}, "board": {"id": BOARD, "name": "Westmoor EHCP Timeliness Workstream"}},
                    "memberCreator": {"id": MID[who], "fullName": members[who][0], "username": members[who][1]}})

def update(c, who, date, old, new):
    actions.append({"id": oid("up" + c["id"] + date), "idMemberCreator": MID[who], "type": "updateCard", "date": date,
                    "data": {"old": old, "card": dict({"id": c["id"], "name": c["name"], "idShort": c["idShort"]}, **new), "board": {"id": BOARD, "name": "Westmoor EHCP Timeliness Workstream"}},
                    "memberCreator": {"id": MID[who], "fullName": members[who][0], "username": members[who][1]}})

def member_change(c, who, date, kind, m):
    actions.append({"id": oid("mc" + c["id"] + date + m), "idMemberCreator": MID[who], "type": kind, "date": date,
                    "data": {"idMember": MID[m], "card": {"id": c["id"], "name": c["name"], "idShort": c["idShort"]}, "board": {"id": BOARD, "name": "Westmoor EHCP Timeliness Workstream"}},
                    "member": {"id": MID[m], "name": members[m][0]},
                    "memberCreator": {"id": MID[who], "fullName": members[who][0], "username": members[who][1]}})

def checklist(c, name, items):
    cl = {"id": oid("cl" + c["id"] + name), "name": name, "idBoard": BOARD, "idCard": c["id"], "pos": 16384, "checkItems": []}
    for i, (text, state, mem, due) in enumerate(items):
        cl["checkItems"].append({"id": oid("ci" + text), "name": text, "nameData": {"emoji": {}}, "pos": 16384 * (i + 1),
                                 "state": state, "due": due, "dueReminder": None, "idMember": MID[mem] if mem else None, "idChecklist": cl["id"]})
    c["idChecklists"].append(cl["id"])
    c["badges"]["checkItems"] += len(items)
    c["badges"]["checkItemsChecked"] += sum(1 for it in items if it[1] == "complete")
    checklists.append(cl)

# ---- Meeting notes list
old_notes = card("notes12", "12/01/27 - EHCP Timeliness Workstream notes", "notes",
                 "Notes of 12 January meeting - see attachment. Actions moved to Carried / Done lists.", labels=("decision",),
                 created="2027-01-12T16:10:00.000Z", last="2027-02-09T15:40:00.000Z")
notes = card("notes09", "09/02/27 - EHCP Timeliness Workstream meeting notes", "notes", notes_desc, labels=("decision",),
             created="2027-02-09T13:55:00.000Z", last="2027-02-10T09:12:00.000Z")
checklist(notes, "Actions agreed 09/02 (small ones - bigger ones have their own cards)", [
    ("Circulate notes and the board link to attendees and apologies", "complete", "ruth", None),
    ("Yusuf to draft a one-page reminder to paediatric and therapy teams on the six-week advice deadline", "incomplete", "yusuf", "2027-02-26T17:00:00.000Z"),
    ("Sarah K to book two parent drop-ins on the draft plan format", "incomplete", "sarahk", "2027-03-25T12:00:00.000Z"),
    ("Acute trust health advice returns - Yusuf raising at Health workstream 03/03 (noted only, their item)", "incomplete", None, None),
    ("Tell hub schools the pilot is paused", "complete", "mary", None),
])

# ---- Carried forward
c = card("c1", "Caseworker recruitment - 2 x vacancies West locality", "carried",
         "From 12/01. Adverts closed 5 Feb, interviews w/c 22 Feb. Re-dated at 09/02 meeting.", ("mary",),
         due="2027-03-05T17:00:00.000Z", labels=("carried",), created="2027-01-12T16:20:00.000Z")
comment(c, "ruth", "2027-02-09T15:20:00.000Z", "Carried at 09/02 - was due 29/01. New date 05/03 (offers out).")
update(c, "ruth", "2027-02-09T15:21:00.000Z", {"due": "2027-01-29T17:00:00.000Z"}, {"due": "2027-03-05T17:00:00.000Z"})
c = card("c2", "Map annual review backlog by school phase", "carried",
         "From 12/01. Partly done - primary complete, secondary outstanding.", ("liam",),
         due="2027-02-19T17:00:00.000Z", labels=("carried", "data"), created="2027-01-12T16:21:00.000Z")
comment(c, "liam", "2027-02-09T15:25:00.000Z", "Secondary needs the new Capita extract - carried, no change to date.")
card("c3", "SENDIASS caseload data into the dashboard", "carried",
     "From 12/01. Waiting on data sharing agreement sign-off by Information Governance (IG's action, not ours).", ("claire",),
     due=None, labels=("carried",), created="2027-01-12T16:22:00.000Z")

# ---- New actions
c = card("n1", "Re-run 20-week timeliness by locality excluding exception cases", "new",
         "Show both versions side by side (headline and with exceptions excluded) - Tom's point that parents care about the actual wait. For 09/03 meeting, ideally a week before so it can go in the pack.",
         ("liam",), due="2027-03-02T17:00:00.000Z", labels=("new", "data"))
c = card("n2", "Redraft the 'decision not to assess' letter template", "new",
         "Mary leading; Claire to comment on the mediation and SENDIASS paragraphs. Old template stays live until sign-off.",
         ("mary", "claire"), due="2027-03-05T17:00:00.000Z", labels=("new", "parents"))
comment(c, "claire", "2027-02-10T11:02:00.000Z", "Happy to comment - @marywalker37 send me the draft whenever. I'm not drafting it though!")
c = card("n3", "Weekly EP advice trajectory to Mary until under 30 overdue", "new",
         "David to send every Friday. First one after the locums start.", ("david",),
         due="2027-02-26T17:00:00.000Z", labels=("new", "data"))
update(c, "david", "2027-02-11T08:40:00.000Z", {"due": "2027-02-19T17:00:00.000Z"}, {"due": "2027-02-26T17:00:00.000Z"})
comment(c, "david", "2027-02-11T08:41:00.000Z", "Moved first one to 26th - 19th is half term and locums don't start until 22nd.")
c = card("n4", "Audit 10 plans issued in January against the QA framework", "new",
         "Sample of 10, mix of localities and primary needs. Report headlines at 09/03.", ("sarahkent",),
         due="2027-03-09T12:00:00.000Z", labels=("new",))
member_change(c, "ruth", "2027-02-09T15:58:00.000Z", "addMemberToCard", "helen")
member_change(c, "ruth", "2027-02-10T09:05:00.000Z", "removeMemberFromCard", "helen")
member_change(c, "ruth", "2027-02-10T09:05:30.000Z", "addMemberToCard", "sarahkent")
comment(c, "ruth", "2027-02-10T09:06:00.000Z", "Swapped Helen for Sarah Kent as agreed in the meeting - Helen has Ofsted this week and next.")
c = card("n5", "Parent survey: add a question on communication during the 20 weeks", "new",
         "For the PCF April survey window. Tom to draft wording and share with Sarah Khan.", ("tom",),
         due=None, labels=("new", "parents"))
c = card("n6", "Annual review backlog paper for C&YP Scrutiny (April meeting)", "new",
         "Requested by Cllr Bethan Jones. Scrutiny papers deadline is Friday 16 April. Liam to supply numbers to Priya.",
         ("priya",), due="2027-04-15T23:00:00.000Z", labels=("new", "data"))
comment(c, "priya", "2027-02-10T14:30:00.000Z", "Yes I'll take this. @lporter_data can I have the numbers by end of March please.")
c = card("n7", "Re-run timeliness figures by locality (dup)", "new", "Duplicate - see other card.", ("liam",),
         due="2027-03-02T17:00:00.000Z", labels=("new",), closed=True)
card("n8", "DECISION: EHCP hub pilot paused until September", "new",
     "Agreed 09/02. Capacity redirected to backlog. Review at September meeting.", (), labels=("decision",))
card("n9", "FYI - DfE SEND data return due 25 Feb (data team BAU)", "new", "For information only.", (), labels=("decision", "data"))

# ---- In progress / Done
card("p1", "Dashboard - add locality filter", "prog", "Live in test.", ("liam",), due="2027-02-12T17:00:00.000Z",
     labels=("data",), created="2026-12-08T15:00:00.000Z")
card("d1", "Share the tracker with Claire D", "done", "", ("ruth",), due="2027-02-09T17:00:00.000Z", due_complete=True,
     created="2027-02-09T15:45:00.000Z")
card("d2", "Confirm locum EP start dates", "done", "Both start 22/02.", ("david",), due="2027-02-05T17:00:00.000Z",
     due_complete=True, created="2027-01-12T16:25:00.000Z")
card("d3", "Year 6 transfer plans - confirm all issued by 15 Feb deadline", "done",
     "All 212 issued 12/02. Closed at 09/02 meeting (projection confirmed).", ("mary",), due="2027-02-15T17:00:00.000Z",
     due_complete=True, created="2026-11-10T15:00:00.000Z")

board = {
    "id": BOARD, "name": "Westmoor EHCP Timeliness Workstream", "desc": "Action tracker for the EHCP Timeliness workstream of the Westmoor SEND Partnership. Meeting notes on cards in the first list.",
    "closed": False, "idOrganization": oid("org"), "pinned": False, "url": "https://trello.com/b/" + BOARD[:8] + "/westmoor-ehcp-timeliness-workstream",
    "shortUrl": "https://trello.com/b/" + BOARD[:8],
    "prefs": {"permissionLevel": "org", "background": "blue", "cardAging": "regular", "calendarFeedEnabled": False},
    "labelNames": {v[1]: v[0] for v in LABELS.values()},
    "dateLastActivity": "2027-02-11T08:41:00.000Z",
    "actions": sorted(actions, key=lambda a: a["date"], reverse=True),
    "cards": cards,
    "labels": [{"id": LBID[k], "idBoard": BOARD, "name": v[0], "color": v[1]} for k, v in LABELS.items()],
    "lists": [{"id": LID[k], "name": v[0], "closed": False, "idBoard": BOARD, "pos": v[1], "subscribed": False} for k, v in LISTS.items()],
    "members": [{"id": MID[k], "fullName": v[0], "username": v[1], "initials": v[2], "avatarUrl": None, "memberType": "normal"} for k, v in members.items()],
    "checklists": checklists,
    "customFields": [],
    "memberships": [{"id": oid("ms" + k), "idMember": MID[k], "memberType": "admin" if k == "ruth" else "normal", "unconfirmed": False, "deactivated": False} for k in members],
}
(OUT / (STEM + ".json")).write_text(json.dumps(board, indent=2, ensure_ascii=False), encoding="utf-8")
print(json.dumps({k: MID[k] for k in members}, indent=1))
