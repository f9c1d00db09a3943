import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b61/pylib")
OUT = Path("/tmp/b61")
BATCH = "sixtyfirst"


def write_labels(stem, meeting_date, style, actions):
    d = {
        "meeting_date": meeting_date,
        "style": f"Held-out batch {BATCH}. " + style,
        "held_out": True,
        "actions": [dict(key=k, owner=o, person=p, due=due) for k, o, p, due in actions],
    }
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
