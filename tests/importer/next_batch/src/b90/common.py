import json
from pathlib import Path
OUT = Path("/tmp/b90")
def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date, "style": "Held-out batch ninetieth. " + style, "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=due) for k, o, p, due in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
