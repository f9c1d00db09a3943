import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/b59/pylib")
OUT = Path("/tmp/b59")

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date,
         "style": "Held-out batch fiftyninth. " + style,
         "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=du) for k, o, p, du in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
