import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/b58/pylib")
OUT = Path("/tmp/b58")
BATCH = "fiftyeighth"

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date, "style": style, "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=d) for k, o, p, d in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
