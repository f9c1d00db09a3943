import json
from pathlib import Path
OUT = Path("/tmp/b96")

def write(stem, text, meeting_date, style, actions):
    (OUT / f"{stem}.txt").write_text(text.lstrip("\n"), encoding="utf-8")
    labels = {"meeting_date": meeting_date, "style": style, "held_out": True,
              "actions": [dict(zip(("key", "owner", "person", "due"), a)) for a in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
