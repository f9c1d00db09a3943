"""499: Trello board JSON export - Short Breaks Review Group board after the Thu 14 Jan 2027 meeting."""
import hashlib, json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "499_sixtyeighth_short_breaks_review_trello_board_json_checklist_actions"

def tid(seed):
    return hashlib.md5(seed.encode()).hexdigest()[:24]

BOARD = tid("board")
ORG = tid("org")
def short(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:8]

members = {
    "mary": ("Mary Walker", "marywalker_wmc", "MW"),
    "ruth": ("Ruth Hill", "ruthhill47", "RH"),
    "tom": ("Tom Evans", "tomevans_pcf", "TE"),
    "grace": ("Grace Adeyemi", "graceadeyemi2", "GA"),
    "liam": ("Liam Porter", "liamporter_data", "LP"),
    "sarah": ("Sarah Khan", "sarahkhan311", "SK"),
    "owen": ("Owen Reid", "owenreid_pfa", "OR"),
    "kerry": ("Kerry Lang", "kerrylang8", "KL"),
}
M = {k: tid("member" + k) for k in members}

def member_obj(k):
    full, user, ini = members[k]
    return {"id": M[k], "aaId": hashlib.md5(k.encode()).hexdigest()[:6] + ":" + hashlib.md5(("aa" + k).encode()).hexdigest(),
            "activityBlocked": False, "avatarHash": hashlib.md5(("av" + k).encode()).hexdigest(),
            "avatarUrl": "https://trello-members.s3.amazonaws.com/%s/%s" % (M[k], hashlib.md5(("av" + k).encode()).hexdigest()),
            "bio": "", "bioData": None, "confirmed": True, "fullName": full, "idEnterprise": None,
            "idEnterprisesDeactivated": [], "idMemberReferrer": None, "idPremOrgsAdmin": [], "initials": ini,
            "memberType": "normal", "nonPublic": {}, "nonPublicAvailable": True, "products": [], "url": "https://trello.com/" + user,
            "username": user, "status": "disconnected"}

lists_def = [
    ("agreed", "Agreed at meeting 14/01/27", 16384),
    ("progress", "In progress", 32768),
    ("waiting", "Waiting on others", 49152),
    ("done", "Done \u2705", 65536),
    ("parked", "Parked / ideas (not agreed)", 81920),
    ("notes", "Meeting notes", 8192),
]
L = {k: tid("list" + k) for k, _, _ in lists_def}
lists = [{"id": L[k], "name": n, "closed": False, "color": None, "idBoard": BOARD, "pos": p, "subscribed": False,
          "softLimit": None, "type": None, "datasource": {"filter": False}, "creationMethod": None,
          "idOrganization": ORG, "limits": {"cards": {"openPerList": {"status": "ok", "disableAt": 5000, "warnAt": 4000},
                                                       "totalPerList": {"status": "ok", "disableAt": 1000000, "warnAt": 800000}}},
          "nodeId": "ari:cloud:trello::list/workspace/%s/%s" % (ORG, L[k])} for k, n, p in lists_def]

labels_def = [("green", "Council"), ("sky", "Health"), ("purple", "PCF"), ("orange", "Data"), ("red", "Overdue"), ("yellow", "Comms")]
LB = {c: tid("label" + c) for c, _ in labels_def}
labels = [{"id": LB[c], "idBoard": BOARD, "name": n, "color": c, "uses": 0} for c, n in labels_def]

notes_desc = (
    "**Short Breaks Review Group \u2013 Thursday 14 January 2027, 2pm, Civic Centre Room 3 / Teams**\n\n"
    "**Present:** Mary Walker (chair, Head of SEND), Tom Evans (PCF), Kerry Lang (PCF), Grace Adeyemi (Children's Therapies), "
    "Liam Porter (Data), Sarah Khan (Participation), Owen Reid (PfA), Ruth Hill (notes)\n"
    "**Apologies:** Yusuf Okafor (ICB), Sarah Kent\n\n"
    "**1. Terms of reference** \u2013 revised ToR agreed with the PCF amendment (parent co-chair from April). No further changes.\n\n"
    "**2. Review of cards from November** \u2013 went through *In progress* and *Waiting on others*. Local Offer pages still "
    "behind (Sarah) \u2013 kept with Sarah, no change of owner. Direct payments guidance moved from Owen to Mary as it sits with "
    "SEND not PfA \u2013 see card. Provider questionnaire now done, card moved to Done.\n\n"
    "**3. Waiting list for overnight respite** \u2013 38 families on the list at end Dec (LP). Long discussion about how we hear "
    "from families who have given up asking. PCF happy to run a short survey. Kerry suggested a buddy scheme for teenagers "
    "\u2013 nice idea, not for this review, put in Parked.\n\n"
    "**4. Holiday schemes** \u2013 concern about OT support for the Easter and summer schemes. Grace to check capacity before "
    "we promise anything to providers.\n\n"
    "**5. Short breaks statement** \u2013 has to be refreshed this year. Mary will take a first draft to the next meeting.\n\n"
    "New actions are the cards in the list *Agreed at meeting 14/01/27* and the checklist on this card. Please keep the due "
    "dates on the cards up to date rather than emailing Ruth.\n\n"
    "**Next meeting:** Thursday 11 March 2027, 2pm, Civic Centre Room 3."
)

cards = []
checklists = []
pos = [16384]

def card(key, name, lst, members_, due, desc="", created="2027-01-14T15:40:00.000Z", last=None, closed=False,
         labels_=(), dueComplete=False, checklist_ids=(), start=None):
    cid = tid("card" + key)
    pos[0] += 16384
    sl = short("card" + key)
    idshort = len(cards) + 1
    slug = name.lower()
    for ch in "\u2013/()?,.:'":
        slug = slug.replace(ch, "")
    slug = "-".join(slug.split())[:60]
    c = {"id": cid, "address": None, "badges": {"attachmentsByType": {"trello": {"board": 0, "card": 0}}, "externalSource": None,
         "location": False, "votes": 0, "viewingMemberVoted": False, "subscribed": False, "fogbugz": "",
         "checkItems": 0, "checkItemsChecked": 0, "checkItemsEarliestDue": None, "comments": 0, "attachments": 0,
         "description": bool(desc), "due": due, "dueComplete": dueComplete, "start": start},
         "checkItemStates": [], "closed": closed, "coordinates": None, "creationMethod": None,
         "dateLastActivity": last or created, "desc": desc, "descData": {"emoji": {}}, "due": due, "dueReminder": 1440 if due else None,
         "email": None, "idBoard": BOARD, "idChecklists": list(checklist_ids), "idLabels": [LB[l] for l in labels_],
         "idList": L[lst], "idMembers": [M[m] for m in members_], "idMembersVoted": [], "idShort": idshort,
         "idAttachmentCover": None, "labels": [{"id": LB[l], "idBoard": BOARD, "name": dict(labels_def)[l], "color": l, "uses": 1} for l in labels_],
         "limits": {"attachments": {"perCard": {"status": "ok", "disableAt": 1000, "warnAt": 800}}},
         "locationName": None, "manualCoverAttachment": False, "name": name, "pos": pos[0], "shortLink": sl,
         "shortUrl": "https://trello.com/c/" + sl, "start": start, "subscribed": False,
         "url": "https://trello.com/c/%s/%d-%s" % (sl, idshort, slug),
         "cover": {"idAttachment": None, "color": None, "idUploadedBackground": None, "size": "normal", "brightness": "dark", "idPlugin": None},
         "isTemplate": False, "cardRole": None, "mirrorSourceId": None, "attachments": [], "pluginData": [], "customFieldItems": []}
    cards.append(c)
    return cid

# ---- meeting notes card with the checklist of actions
cl_id = tid("checklist-actions")
cl2_id = tid("checklist-agenda")
notes_id = card("notes", "Meeting notes \u2013 Thu 14 Jan 2027", "notes", ["ruth"], None, notes_desc,
                created="2027-01-14T13:58:00.000Z", last="2027-01-15T09:12:41.118Z", checklist_ids=[cl2_id, cl_id], labels_=())

def item(cl, key, name, state, member, due, p):
    return {"id": tid("ci" + key), "name": name, "nameData": {"emoji": {}}, "pos": p, "state": state,
            "due": due, "dueReminder": -1 if due else None, "idMember": M[member] if member else None,
            "idChecklist": cl, "limits": {}}

checklists.append({"id": cl2_id, "name": "Agenda", "idBoard": BOARD, "idCard": notes_id, "pos": 8192, "limits": {
    "checkItems": {"perChecklist": {"status": "ok", "disableAt": 200, "warnAt": 160}}}, "checkItems": [
    item(cl2_id, "ag1", "Terms of reference \u2013 final sign off", "complete", None, None, 16384),
    item(cl2_id, "ag2", "Review of November cards", "complete", None, None, 32768),
    item(cl2_id, "ag3", "Overnight respite waiting list (LP figures)", "complete", None, None, 49152),
    item(cl2_id, "ag4", "Holiday schemes 2027", "complete", None, None, 65536),
    item(cl2_id, "ag5", "Short breaks statement refresh", "complete", None, None, 81920),
]})
checklists.append({"id": cl_id, "name": "Actions agreed 14/01", "idBoard": BOARD, "idCard": notes_id, "pos": 16384, "limits": {
    "checkItems": {"perChecklist": {"status": "ok", "disableAt": 200, "warnAt": 160}}}, "checkItems": [
    item(cl_id, "a1", "Agree revised ToR (done in meeting)", "complete", "mary", None, 16384),
    item(cl_id, "a2", "Grace \u2013 confirm OT capacity for the Easter and summer holiday schemes", "incomplete", "grace",
         "2027-01-29T12:00:00.000Z", 32768),
    item(cl_id, "a3", "Ruth \u2013 circulate notes and the agreed ToR to the group", "incomplete", "ruth",
         "2027-01-21T12:00:00.000Z", 49152),
    item(cl_id, "a4", "Sarah K to book a venue for the parent drop-in over Feb half term", "incomplete", "sarah", None, 65536),
    item(cl_id, "a5", "Commissioning team to ask Jigsaw Play about extra Saturday places", "incomplete", None, None, 81920),
]})

# ---- new cards agreed at the meeting
card("n1", "Survey families on the waiting list for overnight respite", "agreed", ["tom", "kerry"], "2027-02-26T12:00:00.000Z",
     "PCF to run via the newsletter and the Facebook group. Tom leading, Kerry helping with wording. 10 questions max. "
     "Results to Liam to match against the list (anonymised).", labels_=("purple",))
card("n2", "Pull short breaks spend by provider for 2025-26", "agreed", ["liam"], "2027-02-04T12:00:00.000Z",
     "Split by overnight / daytime / holiday schemes. Include unit costs where we have them.", labels_=("orange",))
card("n3", "Short breaks statement \u2013 first draft to next meeting", "agreed", ["mary"], "2027-03-11T14:00:00.000Z",
     "Mary to redraft the statement using the 2024 version as the base. Draft to next meeting (11 March).", labels_=("green",))

# ---- old cards (from November meeting) - not agreed at this meeting
card("o1", "Refresh Local Offer short breaks pages", "progress", ["sarah"], "2027-02-19T12:00:00.000Z",
     "From 12 Nov meeting. Update 14/01: content drafted, waiting on web team. Date moved to 19 Feb, owner unchanged.",
     created="2026-11-12T16:02:00.000Z", last="2027-01-14T15:21:07.532Z", labels_=("yellow",))
card("o2", "Draft direct payments guidance for short breaks", "progress", ["mary"], "2027-03-31T12:00:00.000Z",
     "Originally with Owen (12 Nov). Re-assigned at 14 Jan meeting to Mary as it sits with SEND not PfA. New due end of March.",
     created="2026-11-12T16:05:00.000Z", last="2027-01-14T15:26:44.090Z", labels_=("green",))
card("o3", "ICB to confirm continuing care contribution to overnight short breaks", "waiting", [], "2026-12-18T12:00:00.000Z",
     "Raised 12 Nov. Yusuf's apologies today \u2013 still waiting. Chase via Mary.", created="2026-11-12T16:09:00.000Z",
     last="2027-01-14T15:30:15.000Z", labels_=("sky", "red"))
card("o4", "Send provider questionnaire to all short breaks providers", "done", ["sarah"], "2026-12-11T12:00:00.000Z",
     "14 providers, 11 returned.", created="2026-11-12T16:11:00.000Z", last="2027-01-14T15:18:52.660Z", dueComplete=True,
     labels_=("green",))
card("o5", "Book room for January meeting", "done", ["ruth"], "2026-12-04T12:00:00.000Z", "", created="2026-11-12T16:12:00.000Z",
     last="2026-11-30T10:02:00.000Z", dueComplete=True)
card("p1", "Idea: buddy scheme for teenagers (Kerry)", "parked", [], None,
     "Kerry's suggestion at 14/01 meeting. Not part of this review \u2013 maybe for the Youth Forum. No owner.",
     created="2027-01-14T15:35:00.000Z", labels_=("purple",))
card("p2", "Idea: short breaks 'passport' for families", "parked", [], None, "From PCF coffee morning Oct 26.",
     created="2026-11-12T16:15:00.000Z")

for c in cards:
    cid = c["id"]
    cls = [cl for cl in checklists if cl["idCard"] == cid]
    c["badges"]["checkItems"] = sum(len(cl["checkItems"]) for cl in cls)
    c["badges"]["checkItemsChecked"] = sum(1 for cl in cls for i in cl["checkItems"] if i["state"] == "complete")

def mc(k):
    full, user, ini = members[k]
    return {"id": M[k], "activityBlocked": False, "avatarHash": hashlib.md5(("av" + k).encode()).hexdigest(),
            "avatarUrl": None, "fullName": full, "idMemberReferrer": None, "initials": ini, "nonPublic": {},
            "nonPublicAvailable": True, "username": user}

def cref(key):
    c = next(c for c in cards if c["id"] == tid("card" + key))
    return {"id": c["id"], "name": c["name"], "idShort": c["idShort"], "shortLink": c["shortLink"]}

board_ref = {"id": BOARD, "name": "Short Breaks Review Group 2026-27", "shortLink": "Wq7mT2xa"}
def act(n, typ, who, date, data):
    d = {"board": board_ref}
    d.update(data)
    return {"id": tid("act" + str(n)), "idMemberCreator": M[who], "data": d, "appCreator": None, "type": typ, "date": date,
            "limits": {}, "memberCreator": mc(who)}

actions = [
    act(1, "updateCheckItemStateOnCard", "ruth", "2027-01-15T09:12:41.118Z",
        {"card": cref("notes"), "checklist": {"id": cl_id, "name": "Actions agreed 14/01"},
         "checkItem": {"id": tid("cia1"), "name": "Agree revised ToR (done in meeting)", "state": "complete"}}),
    act(2, "commentCard", "mary", "2027-01-14T15:44:10.500Z",
        {"card": cref("n3"), "list": {"id": L["agreed"], "name": "Agreed at meeting 14/01/27"},
         "text": "Happy to take this \u2013 will circulate a week before 11 March if I can."}),
    act(3, "createCard", "ruth", "2027-01-14T15:41:02.000Z",
        {"card": cref("n2"), "list": {"id": L["agreed"], "name": "Agreed at meeting 14/01/27"}}),
    act(4, "createCard", "ruth", "2027-01-14T15:40:00.000Z",
        {"card": cref("n1"), "list": {"id": L["agreed"], "name": "Agreed at meeting 14/01/27"}}),
    act(5, "commentCard", "ruth", "2027-01-14T15:27:30.000Z",
        {"card": cref("o2"), "list": {"id": L["progress"], "name": "In progress"},
         "text": "Re-assigned at today's meeting: Owen -> Mary. Due date changed to 31/03/2027."}),
    act(6, "removeMemberFromCard", "ruth", "2027-01-14T15:26:44.090Z",
        {"card": cref("o2"), "idMember": M["owen"], "member": {"id": M["owen"], "name": "Owen Reid"}}),
    act(7, "addMemberToCard", "ruth", "2027-01-14T15:26:40.000Z",
        {"card": cref("o2"), "idMember": M["mary"], "member": {"id": M["mary"], "name": "Mary Walker"}}),
    act(8, "updateCard", "ruth", "2027-01-14T15:21:07.532Z",
        {"card": dict(cref("o1"), due="2027-02-19T12:00:00.000Z"), "old": {"due": "2027-01-08T12:00:00.000Z"},
         "list": {"id": L["progress"], "name": "In progress"}}),
    act(9, "updateCard", "sarah", "2027-01-14T15:18:52.660Z",
        {"card": dict(cref("o4"), idList=L["done"]), "old": {"idList": L["progress"]},
         "listBefore": {"id": L["progress"], "name": "In progress"}, "listAfter": {"id": L["done"], "name": "Done \u2705"}}),
    act(10, "commentCard", "mary", "2027-01-14T15:30:15.000Z",
        {"card": cref("o3"), "list": {"id": L["waiting"], "name": "Waiting on others"},
         "text": "Still nothing from the ICB. I'll raise with Yusuf at the Board."}),
]

board = {
    "id": BOARD, "nodeId": "ari:cloud:trello::board/workspace/%s/%s" % (ORG, BOARD),
    "name": "Short Breaks Review Group 2026-27",
    "desc": "Working board for the Short Breaks Review Group (reports to the SEND Partnership Board). Ruth updates after each meeting.",
    "descData": None, "closed": False, "dateClosed": None, "idOrganization": ORG, "idEnterprise": None,
    "limits": {}, "pinned": False, "starred": False, "url": "https://trello.com/b/Wq7mT2xa/short-breaks-review-group-2026-27",
    "prefs": {"permissionLevel": "org", "hideVotes": False, "voting": "disabled", "comments": "members", "invitations": "members",
              "selfJoin": True, "cardCovers": True, "cardCounts": False, "isTemplate": False, "cardAging": "regular",
              "calendarFeedEnabled": False, "background": "blue", "backgroundColor": "#0079BF", "backgroundImage": None,
              "backgroundTile": False, "backgroundBrightness": "dark", "canBePublic": True, "canBeEnterprise": True,
              "canBeOrg": True, "canBePrivate": True, "canInvite": True},
    "shortLink": "Wq7mT2xa", "subscribed": False,
    "labelNames": {"green": "Council", "yellow": "Comms", "orange": "Data", "red": "Overdue", "purple": "PCF", "blue": "",
                   "sky": "Health", "lime": "", "pink": "", "black": ""},
    "powerUps": [], "dateLastActivity": "2027-01-15T09:12:41.118Z", "dateLastView": "2027-01-18T08:47:03.000Z",
    "shortUrl": "https://trello.com/b/Wq7mT2xa", "idTags": [], "datePluginDisable": None, "creationMethod": None,
    "ixUpdate": "412", "templateGallery": None, "enterpriseOwned": False, "idBoardSource": None, "premiumFeatures": [],
    "idMemberCreator": M["ruth"],
    "actions": actions, "cards": cards, "labels": labels, "lists": lists,
    "members": [member_obj(k) for k in members],
    "checklists": checklists, "customFields": [],
    "memberships": [{"id": tid("ms" + k), "idMember": M[k], "memberType": "admin" if k in ("ruth", "mary") else "normal",
                     "unconfirmed": False, "deactivated": False} for k in members],
    "pluginData": [],
}
(OUT / (STEM + ".json")).write_text(json.dumps(board, indent=2, ensure_ascii=False), encoding="utf-8")

labels_out = {
    "meeting_date": "2027-01-14",
    "style": ("Held-out batch sixtyeighth. A raw Trello board JSON export (board, top-level Trello 'actions' activity feed, "
              "cards with idList/idMembers, members array, lists, checklists with idMember and due on check items). The meeting "
              "date comes from the list name 'Agreed at meeting 14/01/27' and the 'Meeting notes - Thu 14 Jan 2027' card. Owners "
              "must be resolved from idMembers/idMember through the members array (Sarah K is member Sarah Khan; Sarah Kent sent "
              "apologies). Labelled: the three new cards in the 'Agreed at meeting' list, the four open items of the checklist "
              "'Actions agreed 14/01' (the ticked 'Agree revised ToR (done in meeting)' is a decision), and the old direct payments card, "
              "which was re-assigned Owen -> Mary at this meeting. Not labelled: the Local Offer card (carried over, re-dated, "
              "owner unchanged), the ICB card still waiting from November, the Done cards, the Parked ideas (buddy scheme "
              "explicitly not agreed), the agenda checklist and the Trello 'actions' array (that is the activity log, not tasks). "
              "Dates: due timestamps are noon UTC in GMT/BST so the calendar date is the ISO date; the statement draft 'to next "
              "meeting' = Thursday 11 March 2027 (given in the notes and the card due); Sarah K's venue and the commissioning team's "
              "Jigsaw Play question have no due (null) although the venue is for February half term."),
    "held_out": True,
    "actions": [
        {"key": "Survey families on the waiting list for overnight", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-02-26"},
        {"key": "Pull short breaks spend by provider", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-02-04"},
        {"key": "Short breaks statement \u2013 first draft to next meeting", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-03-11"},
        {"key": "confirm OT capacity for the Easter and summer", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-01-29"},
        {"key": "circulate notes and the agreed ToR", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-01-21"},
        {"key": "Sarah K to book a venue for the parent", "owner": "Sarah K", "person": "Sarah Khan", "due": None},
        {"key": "Commissioning team to ask Jigsaw Play about extra", "owner": "Commissioning team", "person": None, "due": None},
        {"key": "Draft direct payments guidance for short breaks", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-03-31"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
