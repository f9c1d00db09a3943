"""Writes 557: ClickUp API v2 'Get Tasks' response saved to file (plain JSON)."""
import datetime as dt, json
from pathlib import Path
from zoneinfo import ZoneInfo
OUT = Path(__file__).resolve().parent.parent / "557_seventysixth_local_offer_refresh_clickup_api_tasks_json.json"
LON = ZoneInfo("Europe/London")

def ms(y, m, d, hh=0, mi=0):
    return str(int(dt.datetime(y, m, d, hh, mi, tzinfo=LON).timestamp() * 1000))

def due(y, m, d):  # ClickUp date-only due dates sit at 4am local
    return ms(y, m, d, 4, 0)

U = {
 "SK": {"id": 61204417, "username": "Sarah Khan", "color": "#0388d1", "initials": "SK", "email": "sarah.khan@westmoor.gov.uk", "profilePicture": None},
 "LP": {"id": 61204452, "username": "Liam Porter", "color": "#7b68ee", "initials": "LP", "email": "liam.porter@westmoor.gov.uk", "profilePicture": None},
 "TE": {"id": 61277031, "username": "Tom Evans", "color": "#f9d900", "initials": "TE", "email": "tom.evans@westmoorpcf.org.uk", "profilePicture": None},
 "YO": {"id": 61280990, "username": "Yusuf Okafor", "color": "#1b5e20", "initials": "YO", "email": "yusuf.okafor1@nhs.net", "profilePicture": None},
 "LH": {"id": 48810032, "username": "Lucy Harding", "color": "#e65100", "initials": "LH", "email": "lucy@hardingdigital.co.uk", "profilePicture": "https://attachments.clickup.com/profilePictures/48810032_Xy3.jpg"},
 "RH": {"id": 61204400, "username": "Ruth Hill", "color": "#81b1ff", "initials": "RH", "email": "ruth.hill@westmoor.gov.uk", "profilePicture": None},
 "BOT": {"id": -1, "username": "ClickBot", "color": "#000000", "initials": "CB", "email": "clickbot@clickup.com", "profilePicture": None},
}
def user(k):
    return dict(U[k])

OPTIONS = [
 {"id": "a1f0c2d4-1e7b-4c55-9a0e-2b8f7c1d0e11", "name": "Board 27 Jan 2027", "color": None, "orderindex": 0},
 {"id": "b7e2d9a1-5c3f-4f0e-8d21-6a9b3c4e5f22", "name": "Board 24 Feb 2027", "color": None, "orderindex": 1},
 {"id": "c3d4e5f6-0a1b-4c2d-9e3f-7a8b9c0d1e33", "name": "Board 24 Mar 2027", "color": None, "orderindex": 2},
 {"id": "d9e8f7a6-2b3c-4d5e-8f9a-0b1c2d3e4f44", "name": "Ad hoc / email", "color": None, "orderindex": 3},
]
def raised(v):
    f = {"id": "5f0e7c1a-88b2-4c6e-a0d3-91e2f4b7c655", "name": "Raised at", "type": "drop_down",
         "type_config": {"default": 0, "placeholder": None, "new_drop_down": True, "options": OPTIONS},
         "date_created": ms(2027, 1, 20, 9, 12), "hide_from_guests": False, "required": False}
    if v is not None:
        f["value"] = v
    return f
def page_url(v):
    f = {"id": "0c2b8e44-7d1f-4a3e-b5c6-d7e8f9a0b166", "name": "Page URL", "type": "url", "type_config": {},
         "date_created": ms(2027, 1, 20, 9, 14), "hide_from_guests": False, "required": False}
    if v:
        f["value"] = v
    return f

STATUS = {
 "open": {"status": "to do", "color": "#d3d3d3", "type": "open", "orderindex": 0},
 "prog": {"status": "in progress", "color": "#4194f6", "type": "custom", "orderindex": 1},
 "parked": {"status": "parked", "color": "#aa8d80", "type": "custom", "orderindex": 2},
 "done": {"status": "complete", "color": "#6bc950", "type": "closed", "orderindex": 3},
}
TAGS = {
 "b24": {"name": "board-24-03", "tag_fg": "#800000", "tag_bg": "#FF7FAB", "creator": 61204400},
 "b27": {"name": "board-27-01", "tag_fg": "#800000", "tag_bg": "#FF7FAB", "creator": 61204400},
 "form": {"name": "form-submission", "tag_fg": "#04A9F4", "tag_bg": "#04A9F4", "creator": 61204417},
 "ms": {"name": "milestone", "tag_fg": "#FFFFFF", "tag_bg": "#1BBC9C", "creator": 61204417},
 "health": {"name": "health", "tag_fg": "#2ecd6f", "tag_bg": "#2ecd6f", "creator": 61204417},
}

LIST = {"id": "901204877315", "name": "Local Offer refresh 2027", "access": True}
FOLDER = {"id": "90121553208", "name": "SEND Partnership projects", "hidden": False, "access": True}

def task(tid, name, text, status, created, updated, creator, assignees, tags, due_date, raised_v,
         parent=None, closed=None, priority=None, url=None, watchers=None, checklists=None):
    return {
        "id": tid, "custom_id": None, "custom_item_id": 0, "name": name, "text_content": text,
        "description": text, "status": STATUS[status], "orderindex": f"{int(tid[3:], 36) % 90000000 + 10000000}.00000000000000000000000000000000",
        "date_created": created, "date_updated": updated, "date_closed": closed, "date_done": closed,
        "archived": False, "creator": {k: v for k, v in user(creator).items() if k != "initials"},
        "assignees": [user(a) for a in assignees], "group_assignees": [],
        "watchers": [user(w) for w in (watchers or [creator])], "checklists": checklists or [],
        "tags": [TAGS[t] for t in tags], "parent": parent, "top_level_parent": parent,
        "priority": priority, "due_date": due_date, "start_date": None, "points": None, "time_estimate": None,
        "time_spent": 0, "custom_fields": [raised(raised_v), page_url(url)], "dependencies": [],
        "linked_tasks": [], "locations": [], "team_id": "9012067455", "url": f"https://app.clickup.com/t/{tid}",
        "sharing": {"public": False, "public_share_expires_on": None, "public_fields": ["assignees", "priority", "due_date", "content", "comments", "attachments", "customFields", "subtasks", "tags", "checklists", "coverimage"], "token": None, "seo_optimized": False},
        "permission_level": "create", "list": LIST, "project": FOLDER, "folder": FOLDER,
        "space": {"id": "90120341977"},
    }

HIGH = {"color": "#ffcc00", "id": "2", "orderindex": "2", "priority": "high"}
URGENT = {"color": "#f50000", "id": "1", "orderindex": "1", "priority": "urgent"}
NORMAL = {"color": "#6fddff", "id": "3", "orderindex": "3", "priority": "normal"}

notes = ("Project board 24 March 2027, 10.00-11.30, Teams.\n"
 "Present: Sarah Khan (chair), Liam Porter, Tom Evans (PCF), Yusuf Okafor (ICB), Lucy Harding (Harding Digital - web dev), Ruth Hill (notes).\n"
 "Apologies: Owen Reid.\n\n"
 "- Content inventory signed off - 212 pages, 64 to be retired.\n"
 "- Go-live still planned for 2 June. Lucy confident on build, risk is content sign-off.\n"
 "- Chatbot: agreed NOT for phase 1. Parked.\n"
 "- Tom: parents keep saying they can't find anything about EHC needs assessment requests - top priority rewrite.\n"
 "- Yusuf: ICB comms have their own process for anything with NHS branding, need to sort early.\n"
 "- The Council's corporate web team are moving all sites to the new cookie banner in April - their job, no action for us.\n\n"
 "New tasks from today are tagged board-24-03 and have 'Raised at' set. Next board 28 April.")

tasks = [
 task("86c2fq1ab", "Project board 24/03/2027 - notes", notes, "done", ms(2027, 3, 24, 11, 41), ms(2027, 3, 24, 11, 52),
      "RH", [], ["b24"], None, 2, closed=ms(2027, 3, 24, 11, 52), watchers=["RH", "SK"]),
 task("86c2fq1d7", "Rewrite 'Requesting an EHC needs assessment' page in plain English",
      "Tom to send Sarah the 3 parent quotes from the PCF survey. Aim for reading age 9-11. Keep the statutory timescales box.",
      "open", ms(2027, 3, 24, 11, 44), ms(2027, 3, 24, 11, 44), "RH", ["SK"], ["b24"], due(2027, 4, 16), 2,
      priority=URGENT, url="https://www.westmoor.gov.uk/localoffer/ehc-needs-assessment"),
 task("86c2fq1e2", "Pull zero-result site searches for Q4 (top 50) from GA4",
      "So we can check the new navigation labels against what people actually type.",
      "open", ms(2027, 3, 24, 11, 45), ms(2027, 3, 24, 11, 45), "RH", ["LP"], ["b24"], due(2027, 3, 31), 2,
      priority=NORMAL),
 task("86c2fq1f0", "Fix broken links to the SENDIASS referral form",
      "4 pages still point to the old form. Claire D has sent the new URL.",
      "prog", ms(2027, 3, 24, 11, 46), ms(2027, 3, 24, 14, 3), "RH", ["LH"], ["b24"], due(2027, 3, 25), 2,
      priority=HIGH, url="https://www.westmoor.gov.uk/localoffer/sendiass"),
 task("86c2fq1g9", "Agree sign-off route for health pages with ICB comms team",
      "Needs to cover therapies, DCO and neurodevelopmental pathway pages. Yusuf to come back with who signs off and how long it takes.",
      "open", ms(2027, 3, 24, 11, 47), ms(2027, 3, 24, 11, 47), "RH", ["YO"], ["b24", "health"], due(2027, 4, 9), 2,
      priority=HIGH),
 task("86c2fq1h3", "Ask Owen for named content owners for the 16-25 PfA hub",
      "Owen sent apologies - Ruth to email him after the board. No date agreed.",
      "open", ms(2027, 3, 24, 11, 48), ms(2027, 3, 24, 11, 48), "RH", ["RH"], ["b24"], None, 2),
 task("86c2fq1j5", "Recruit 5 PCF families to test the new navigation",
      "Mix of primary/secondary/post-16 please. Vouchers from the co-production budget.",
      "open", ms(2027, 3, 24, 11, 50), ms(2027, 3, 24, 11, 50), "RH", ["TE"], ["b24"], due(2027, 4, 30), 2,
      parent="86c1zt70k", watchers=["RH", "TE"]),
 task("86c2fq1k8", "Chatbot for Local Offer (phase 2?)",
      "Raised by Liam. Agreed not for phase 1, nobody to pick up for now.",
      "parked", ms(2027, 3, 24, 11, 51), ms(2027, 3, 24, 11, 51), "RH", [], ["b24"], None, 2),
 task("86c2fp9x2", "Feedback: can't find the short breaks statement",
      "Submitted via Local Offer feedback form. 'I searched short breaks and respite and got nothing. Where is the statement?'",
      "open", ms(2027, 3, 24, 10, 12), ms(2027, 3, 24, 10, 12), "BOT", [], ["form"], None, None,
      url="https://www.westmoor.gov.uk/localoffer/search?q=respite"),
 task("86c1zt70k", "User testing - navigation",
      "Parent task for user testing rounds. Round 1 (staff) done in Feb.",
      "prog", ms(2027, 2, 24, 11, 20), ms(2027, 3, 24, 11, 50), "SK", ["SK"], [], due(2027, 5, 7), 1,
      priority=NORMAL),
 task("86c1wq2m4", "WCAG 2.2 accessibility audit of templates",
      "Lucy to use axe + manual screen reader check. Report to board.",
      "prog", ms(2027, 1, 27, 11, 30), ms(2027, 3, 10, 16, 2), "SK", ["LH"], ["b27"], due(2027, 4, 30), 0,
      priority=HIGH),
 task("86c1wq2p1", "Content inventory spreadsheet (all current pages)",
      "Done - 212 pages. Signed off at board 24/03.",
      "done", ms(2027, 1, 27, 11, 33), ms(2027, 3, 24, 10, 20), "SK", ["SK", "LP"], ["b27"], due(2027, 3, 12), 0,
      closed=ms(2027, 3, 24, 10, 20)),
 task("86c1wq2r9", "GO-LIVE: new Local Offer site", "Milestone. Comms plan to follow.",
      "open", ms(2027, 1, 27, 11, 36), ms(2027, 1, 27, 11, 36), "SK", [], ["ms"], due(2027, 6, 2), 0),
]
OUT.write_text(json.dumps({"tasks": tasks, "last_page": True}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", OUT)
