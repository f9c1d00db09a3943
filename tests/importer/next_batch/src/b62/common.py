import json, sys
from pathlib import Path
OUT = Path("/tmp/b62")
sys.path.insert(0, "/tmp/b62/pylib")
sys.path.insert(0, "/work/main/.venv/lib/python3.11/site-packages")
BATCH = "sixtysecond"

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date,
         "style": f"Held-out batch {BATCH}. " + style,
         "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=due) for k, o, p, due in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
