import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/b60/pylib")
OUT = Path("/tmp/b60")
BATCH = "sixtieth"

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date,
         "style": f"Held-out batch {BATCH}. " + style,
         "held_out": True,
         "actions": [dict(zip(["key", "owner", "person", "due"], a)) for a in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
