"""Builds 399: Trello board JSON export (Board menu > Print, export and share > Export as JSON) of a PfA workstream."""
import hashlib
import json

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "399_fiftythird_trello_workstream_board_json_export.json")


def oid(s):
    return hashlib.md5(s.encode()).hexdigest()[:24]


BOARD = oid("board")
members = [
    ("owenreid", "Owen Reid", "OR"),
    ("sarahkhan_wm", "Sarah Khan", "SK"),
    ("liamporter7", "Liam Porter", "LP"),
    ("jasdhillon3", "Jas Dhillon", "JD"),
    ("kerrylang_pcf", "Kerry Lang", "KL"),
    ("marcusbell_asc", "Marcus Bell", "MB"),
]
M = {u: oid("m" + u) for u, _, _ in members}
lists = [("Meeting notes", False), ("To do", False), ("Doing", False), ("Waiting on others", False),
         ("Parked / for SEND Board", False), ("Done", False), ("Old - April actions", True)]
L = {n: oid("l" + n) for n, _ in lists}
labels = [("green", "Jun mtg"), ("yellow", "May mtg"), ("red", "Urgent"), ("blue", "Co-production"),
          ("purple", "Data")]
LB = {n: oid("lb" + n) for _, n in labels}

cards = []
checklists = []


def card(name, lst, desc="", due=None, due_complete=False, members_=(), labels_=(), closed=False,
         last="2027-06-10T15:12:44.120Z", pos=16384, checklist=None):
    cid = oid("c" + name)
    idc = []
    if checklist:
        clid = oid("cl" + name)
        idc.append(clid)
        checklists.append({
            "id": clid, "name": checklist[0], "idBoard": BOARD, "idCard": cid, "pos": 16384,
            "checkItems": [{"id": oid("ci" + it[0]), "name": it[0], "nameData": {"emoji": {}},
                            "pos": 16384 * (i + 1), "state": it[1], "due": it[2], "dueReminder": None,
                            "idMember": M[it[3]] if it[3] else None, "idChecklist": clid}
                           for i, it in enumerate(checklist[1])],
            "limits": {}})
    cards.append({
        "id": cid, "address": None, "badges": {"attachmentsByType": {"trello": {"board": 0, "card": 0}},
                                               "location": False, "votes": 0, "viewingMemberVoted": False,
                                               "subscribed": False, "fogbugz": "", "checkItems": 0,
                                               "checkItemsChecked": 0, "comments": 0, "attachments": 0,
                                               "description": bool(desc), "due": due, "dueComplete": due_complete,
                                               "start": None},
        "checkItemStates": [], "closed": closed, "coordinates": None, "creationMethod": None,
        "dateLastActivity": last, "desc": desc, "descData": {"emoji": {}}, "dueReminder": 1440,
        "due": due, "dueComplete": due_complete, "email": None, "idBoard": BOARD, "idChecklists": idc,
        "idLabels": [LB[x] for x in labels_], "idList": L[lst], "idMembers": [M[x] for x in members_],
        "idMembersVoted": [], "idShort": len(cards) + 31, "idAttachmentCover": None, "labels": [
            {"id": LB[x], "idBoard": BOARD, "name": x, "color": dict((n, c) for c, n in labels)[x]} for x in labels_],
        "limits": {}, "locationName": None, "manualCoverAttachment": False, "name": name, "pos": pos,
        "shortLink": oid("s" + name)[:8], "shortUrl": "https://trello.com/c/" + oid("s" + name)[:8],
        "start": None, "subscribed": False, "url": "https://trello.com/c/" + oid("s" + name)[:8] + "/" +
        str(len(cards) + 31) + "-" + "-".join(name.lower().split()[:6]),
        "cover": {"idAttachment": None, "color": None, "idUploadedBackground": None, "size": "normal",
                  "brightness": "dark"}, "isTemplate": False, "cardRole": None})
    return cid


notes = card(
    "Workstream meeting 10/06/2027 - notes", "Meeting notes",
    desc=("**PfA workstream - Thurs 10 June 2027, 1-2.30pm, Teams**\n"
          "Present: Owen (lead), Sarah K, Liam, Jas, Kerry (PCF), Marcus (ASC). Apols: Claire D (SENDIASS).\n\n"
          "- Survey results went out to the Board last week (done - moved to Done).\n"
          "- Supported internships: 14 placements confirmed for Sept, up from 9. Westmoor College leading.\n"
          "- Housing pathway: Marcus has a draft, needs ASC sign-off first.\n"
          "- Travel training expansion is a funding ask - parked for SEND Board, not ours to action.\n"
          "- Project SEARCH visit no longer happening (host site pulled out) - card archived.\n\n"
          "Actions are on the cards tagged *Jun mtg* - please keep your own cards up to date.\n"
          "Next meeting: Thurs 8 July, same time."),
    labels_=("Jun mtg",), last="2027-06-10T14:41:02.000Z", pos=1024)

card("Draft the Year 9 PfA review prompt sheet for SENCos", "To do",
     desc="Short (1 side) prompt sheet for Year 9 annual reviews - the 4 PfA outcomes. Test with 2 SENCos first.",
     due="2027-07-02T11:00:00.000Z", members_=("owenreid",), labels_=("Jun mtg",), pos=16384)
card("Book venue for the September PfA provider market event", "To do",
     desc="~80 people, needs to be accessible + hearing loop. Budget code from Owen.",
     due="2027-06-25T11:00:00.000Z", members_=("jasdhillon3",), labels_=("Jun mtg",), pos=32768)
card("Co-design supported internship leaflet with young people's forum", "To do",
     desc="Use the easy read version from Ashby as a starting point. Youth forum meets 1st Weds of month.",
     due="2027-07-16T11:00:00.000Z", members_=("sarahkhan_wm",), labels_=("Jun mtg", "Co-production"), pos=49152)
card("Post-16 destinations data", "Doing",
     desc="For the Board's PfA dashboard. See checklist.",
     members_=("liamporter7",), labels_=("Jun mtg", "Data"), pos=16384,
     checklist=("Data requests", [
         ("Pull 2026 Year 11 EHCP cohort from Capita One", "complete", None, "liamporter7"),
         ("Request 2026 destinations data from Westmoor College and Ashby FE", "incomplete",
          "2027-06-30T11:00:00.000Z", "liamporter7"),
         ("Match NEET figures from the tracking team (only if not already in the Board dashboard)", "incomplete", None, None),
     ]))
card("Parent-check the PfA FAQ wording", "Doing",
     desc="Kerry + 2 other forum parents to read through the FAQ and flag jargon. Comments back to Owen.",
     due="2027-06-18T11:00:00.000Z", members_=("kerrylang_pcf",), labels_=("Jun mtg", "Co-production"), pos=32768)
card("Share draft housing pathway with Adult Social Care", "Waiting on others",
     desc="Draft done. Marcus to share with ASC senior management team once his head of service has seen it. "
          "No date yet - depends on ASC SMT agenda.",
     members_=("marcusbell_asc",), labels_=("Jun mtg",), pos=16384)
card("Ask SEND Board to fund expansion of independent travel training", "Parked / for SEND Board",
     desc="Funding decision sits with the SEND Partnership Board / Cabinet - already raised in the May highlight report.",
     labels_=("Jun mtg",), pos=16384)
card("Circulate PfA survey results to SEND Board members", "Done",
     due="2027-06-04T11:00:00.000Z", due_complete=True, members_=("owenreid",), labels_=("May mtg",), pos=16384,
     last="2027-06-03T09:20:11.000Z")
card("Send notes of May workstream meeting", "To do",
     due="2027-05-21T11:00:00.000Z", due_complete=True, members_=("jasdhillon3",), labels_=("May mtg",), pos=65536,
     last="2027-05-20T16:02:37.000Z")
card("Arrange visit to Project SEARCH host site", "To do",
     due="2027-06-30T11:00:00.000Z", members_=("sarahkhan_wm",), labels_=("May mtg",), closed=True, pos=81920,
     last="2027-06-10T14:40:18.000Z")
card("Update Local Offer PfA pages with 2027 college courses", "Old - April actions",
     due="2027-05-14T11:00:00.000Z", members_=("owenreid",), labels_=("Urgent",), pos=16384,
     last="2027-05-14T10:00:00.000Z")

actions = [
    {"id": oid("a1"), "idMemberCreator": M["owenreid"], "type": "commentCard", "date": "2027-06-10T14:55:31.000Z",
     "data": {"text": "@liamporter7 can you also check whether the NEET figures are in the Board dashboard already?",
              "card": {"id": oid("cPost-16 destinations data"), "name": "Post-16 destinations data"},
              "list": {"id": L["Doing"], "name": "Doing"}, "board": {"id": BOARD, "name": "SEND PfA Workstream"}},
     "memberCreator": {"id": M["owenreid"], "fullName": "Owen Reid", "username": "owenreid"}},
    {"id": oid("a2"), "idMemberCreator": M["liamporter7"], "type": "commentCard", "date": "2027-06-10T15:12:44.000Z",
     "data": {"text": "They are - tab 4, already there since May. Nothing to do.",
              "card": {"id": oid("cPost-16 destinations data"), "name": "Post-16 destinations data"},
              "list": {"id": L["Doing"], "name": "Doing"}, "board": {"id": BOARD, "name": "SEND PfA Workstream"}},
     "memberCreator": {"id": M["liamporter7"], "fullName": "Liam Porter", "username": "liamporter7"}},
    {"id": oid("a3"), "idMemberCreator": M["sarahkhan_wm"], "type": "updateCard", "date": "2027-06-10T14:40:18.000Z",
     "data": {"old": {"closed": False}, "card": {"closed": True, "id": oid("cArrange visit to Project SEARCH host site"),
                                                  "name": "Arrange visit to Project SEARCH host site"},
              "board": {"id": BOARD, "name": "SEND PfA Workstream"}},
     "memberCreator": {"id": M["sarahkhan_wm"], "fullName": "Sarah Khan", "username": "sarahkhan_wm"}},
]

board = {
    "id": BOARD, "name": "SEND PfA Workstream", "desc": "Workstream 3 of the Westmoor SEND Partnership "
    "improvement plan - Preparing for Adulthood. Lead: Owen Reid.", "descData": None, "closed": False,
    "dateClosed": None, "idOrganization": oid("org"), "idEnterprise": None, "pinned": False,
    "url": "https://trello.com/b/Qw7xPfA3/send-pfa-workstream", "shortUrl": "https://trello.com/b/Qw7xPfA3",
    "prefs": {"permissionLevel": "org", "hideVotes": False, "voting": "disabled", "comments": "members",
              "invitations": "members", "selfJoin": True, "cardCovers": True, "isTemplate": False,
              "cardAging": "regular", "calendarFeedEnabled": False, "background": "blue",
              "backgroundColor": "#0079BF"},
    "labelNames": {c: n for c, n in labels},
    "actions": actions,
    "cards": cards,
    "labels": [{"id": LB[n], "idBoard": BOARD, "name": n, "color": c, "uses": 0} for c, n in labels],
    "lists": [{"id": L[n], "name": n, "closed": cl, "color": None, "idBoard": BOARD, "pos": 16384 * (i + 1),
               "subscribed": False, "softLimit": None} for i, (n, cl) in enumerate(lists)],
    "members": [{"id": M[u], "activityBlocked": False, "avatarHash": None, "avatarUrl": None, "bio": "",
                 "fullName": f, "initials": i, "memberType": "normal", "username": u, "confirmed": True}
                for u, f, i in members],
    "checklists": checklists,
    "customFields": [],
    "memberships": [{"id": oid("ms" + u), "idMember": M[u], "memberType": "admin" if u == "owenreid" else "normal",
                     "unconfirmed": False, "deactivated": False} for u, _, _ in members],
    "pluginData": [],
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(board, f, indent=2, ensure_ascii=False)
print("wrote", OUT)
