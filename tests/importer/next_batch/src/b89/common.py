"""Shared bits for the eightyninth batch builders."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b89/pylib")
OUT = Path("/tmp/b89")


def write_labels(stem, meeting_date, style, actions):
    data = {
        "meeting_date": meeting_date,
        "style": "Held-out batch eightyninth. " + style,
        "held_out": True,
        "actions": [{"key": k, "owner": o, "person": p, "due": d} for k, o, p, d in actions],
    }
    (OUT / f"{stem}.labels.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
