import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/corpus24_pylib")
OUT = Path("/tmp/corpus24")
BATCH = "twentyfourth"

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date, "style": f"Held-out batch {BATCH}. " + style,
         "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=due) for k, o, p, due in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
