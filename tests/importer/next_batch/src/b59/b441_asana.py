"""441: Asana project 'Export / Print -> JSON' of the SEND Partnership Board action log project."""
import json
from common import OUT, write_labels

STEM = "441_fiftyninth_asana_project_json_export_board_actions"
WS = {"gid": "1199900011122233", "name": "westmoor.gov.uk", "resource_type": "workspace"}
PROJ = {"gid": "1208345550011223", "name": "SEND Partnership Board - Action Log", "resource_type": "project"}
SECT = {
 "new": {"gid": "1208402200000101", "name": "Actions - Board 2 Dec 2027", "resource_type": "section"},
 "cf": {"gid": "1208345550011301", "name": "Carried forward", "resource_type": "section"},
 "done": {"gid": "1208345550011302", "name": "Completed", "resource_type": "section"},
 "dec": {"gid": "1208345550011303", "name": "Decisions & information", "resource_type": "section"},
 "park": {"gid": "1208345550011304", "name": "Parking", "resource_type": "section"},
}
U = {
 "PS": {"gid": "1201187700000021", "name": "Priya Shah", "resource_type": "user"},
 "AP": {"gid": "1201187700000002", "name": "Anne Price", "resource_type": "user"},
 "RH": {"gid": "1201187700000003", "name": "Ruth Hill", "resource_type": "user"},
 "TE": {"gid": "1205512300000444", "name": "Tom Evans", "resource_type": "user"},
 "JW": {"gid": "1201187700000057", "name": "James Whitfield", "resource_type": "user"},
 "YO": {"gid": "1203390000000812", "name": "Yusuf Okafor", "resource_type": "user"},
 "SK": {"gid": "1201187700000033", "name": "Sarah Khan", "resource_type": "user"},
 "MW": {"gid": "1201187700000011", "name": "Mary Walker", "resource_type": "user"},
}
TAGS = {k: {"gid": g, "name": k, "resource_type": "tag"} for k, g in
        [("Board action", "1208345550099001"), ("Decision", "1208345550099002"), ("For information", "1208345550099003")]}


def rag(v):
    return [{"gid": "1208345550077001", "name": "RAG", "resource_subtype": "enum", "type": "enum",
             "display_value": v, "enum_value": None if v is None else {"gid": "12083455500770" + {"Green": "11", "Amber": "12", "Red": "13", "Not started": "14"}[v], "name": v, "resource_type": "enum_option"}},
            ]


def task(gid, name, assignee, created, due, sect, notes="", completed_at=None, tags=(), r="Not started",
         parent=None, subtasks=None, modified=None, subtype="default_task"):
    t = {
     "gid": gid, "assignee": U[assignee] if assignee else None,
     "assignee_status": "upcoming" if assignee else "inbox",
     "completed": completed_at is not None, "completed_at": completed_at,
     "created_at": created, "custom_fields": rag(r), "due_at": None, "due_on": due,
     "followers": [U["RH"]] + ([U[assignee]] if assignee and assignee != "RH" else []),
     "liked": False,
     "memberships": [] if parent else [{"project": PROJ, "section": SECT[sect]}],
     "modified_at": modified or created, "name": name, "notes": notes, "num_likes": 0,
     "parent": parent, "permalink_url": f"https://app.asana.com/0/{PROJ['gid']}/{gid}",
     "projects": [] if parent else [PROJ], "resource_type": "task", "resource_subtype": subtype,
     "start_on": None, "tags": [TAGS[x] for x in tags], "workspace": WS,
    }
    if subtasks is not None:
        t["subtasks"] = subtasks
    return t


C = "1208402211"
dates_parent = {"gid": C + "000303", "name": "Confirm dates for 2028 Board cycle", "resource_type": "task",
                "resource_subtype": "default_task"}
data = [
 task(C + "000301", "Circulate revised SEND sufficiency plan to Board members", "PS", "2027-12-02T14:12:08.417Z",
      "2027-12-17", "new", "Item 5. Revised plan incorporating the capital bid outcome. Board members to comment by "
      "email - no extra meeting (decision).", tags=["Board action"]),
 task(C + "000302", "Draft Board response to Ofsted/CQC interim visit letter", "AP", "2027-12-02T14:31:52.009Z",
      "2027-12-14", "new", "Item 3. Chair to draft, MW/YO to check factual accuracy. Letter itself arrived 24 Nov.",
      tags=["Board action"]),
 task(C + "000303", "Confirm dates for 2028 Board cycle", "RH", "2027-12-02T14:40:17.552Z", "2027-12-10", "new",
      "AOB. Thursdays preferred, avoid school holidays.", tags=["Board action"], r="Amber",
      modified="2027-12-02T16:40:03.118Z",
      subtasks=[
       task(C + "000304", "Check PCF steering group availability", "TE", "2027-12-02T14:41:40.230Z", "2027-12-08",
            None, "Tom to check which Thursdays the PCF reps can do.", parent=dates_parent),
       task(C + "000305", "Book Council Chamber for January meeting", "RH", "2027-12-02T14:42:05.871Z", "2027-12-03",
            None, "Booked - 20 Jan 2028, 10am.", completed_at="2027-12-02T16:40:02.994Z", parent=dates_parent,
            r="Green"),
      ]),
 task(C + "000306", "Refresh EHCP timeliness recovery trajectory", None, "2027-12-02T15:05:29.774Z", "2028-01-20",
      "new", "Item 4. Owner: Head of SEND (MW on leave today - Priya to let her know it's hers). Back to the next "
      "Board, 20 Jan 2028. Left unassigned until Mary has accepted the Asana invite.", tags=["Board action"]),
 task("1208203344556677", "Commission independent review of transport complaints", "JW", "2027-10-07T11:20:44.102Z",
      "2028-01-28", "cf", "Oct Board: Mark Walsh to scope and commission, due 30 Nov.\n2 Dec Board: owner changed "
      "from Mark Walsh to James Whitfield (AD) as it needs to be independent of the transport service. New due "
      "date 28 Jan 2028 agreed.", tags=["Board action"], r="Amber", modified="2027-12-02T15:21:10.006Z"),
 task("1208203344556690", "Agree joint health and education EHCP QA audit sample", "YO", "2027-10-07T11:35:02.555Z",
      "2027-12-16", "cf", "Update 2 Dec: on track, no change.", tags=["Board action"], r="Green",
      modified="2027-12-02T15:25:47.320Z"),
 task("1208203344556701", "Publish Board highlight report on Local Offer", "SK", "2027-10-07T11:41:19.913Z",
      "2027-11-12", "done", "Published on the Local Offer news page.", completed_at="2027-11-11T09:03:55.487Z",
      tags=["Board action"], r="Green"),
 task("1208203344556702", "Share SENDIASS annual report with Board", "RH", "2027-10-07T11:44:30.200Z",
      "2027-11-30", "done", "", completed_at="2027-11-29T13:12:40.771Z", tags=["Board action"], r="Green"),
 task(C + "000307", "DECISION: Board adopted the SEND and Inclusion Strategy 2028-31", None,
      "2027-12-02T14:55:11.640Z", None, "dec", "Item 2. Adopted unanimously. Logged so it shows on the board view.",
      completed_at="2027-12-02T14:55:20.101Z", tags=["Decision"], r=None),
 task(C + "000308", "FYI - ICB Board to consider all-age autism strategy on 19 January", None,
      "2027-12-02T15:40:36.288Z", None, "dec", "Not a partnership Board action - on the ICB's own forward plan.",
      tags=["For information"], r=None),
 task(C + "000309", "Q: should the Board have a young people's seat?", None, "2027-12-02T15:52:08.905Z", None,
      "park", "Raised by Sarah Khan under AOB. Not agreed - for the spring development session.", r=None),
]
(OUT / f"{STEM}.json").write_text(json.dumps({"data": data}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

write_labels(STEM, "2027-12-02",
 "An Asana project JSON export ({\"data\": [...]}) of the SEND Partnership Board action log after the Board on "
 "Thursday 2 December 2027: each task with gid, assignee {gid, name} or null, completed / completed_at, UTC "
 "created_at, due_on, memberships with project and section names, RAG custom field, tags, permalink, and "
 "subtasks nested with a parent object. Traps: a subtask created and completed on the day (chamber booked), "
 "completed October actions in the Completed section, an open October task only updated 'on track, no change' "
 "(not new), a DECISION task marked complete, an FYI task about the ICB Board's own forward plan, a parked "
 "question task, decisions inside notes (comment by email, no extra meeting). Labels: the new tasks in the "
 "'Actions - Board 2 Dec 2027' section with due_on as due, including Tom Evans's open subtask; the trajectory "
 "task is unassigned in Asana but its notes say 'Owner: Head of SEND' (Mary Walker), due the next Board 20 Jan "
 "2028 (due_on agrees); plus the carried-forward transport complaints review re-assigned at this Board from Mark "
 "Walsh to James Whitfield with new due date 28 Jan 2028.",
 [("Circulate revised SEND sufficiency plan to Board members", "Priya Shah", "Priya Shah", "2027-12-17"),
  ("Draft Board response to Ofsted/CQC interim visit letter", "Anne Price", "Anne Price", "2027-12-14"),
  ("Confirm dates for 2028 Board cycle", "Ruth Hill", "Ruth Hill", "2027-12-10"),
  ("Check PCF steering group availability", "Tom Evans", "Tom Evans", "2027-12-08"),
  ("Refresh EHCP timeliness recovery trajectory", "Head of SEND", "Mary Walker", "2028-01-20"),
  ("Commission independent review of transport complaints", "James Whitfield", "James Whitfield", "2028-01-28")])
