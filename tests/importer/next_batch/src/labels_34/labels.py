import json, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
def write(stem, date, style, actions):
    acts = [dict(key=k, owner=o, person=p, due=d) for k, o, p, d in actions]
    (OUT / f"{stem}.labels.json").write_text(json.dumps(
        {"meeting_date": date, "style": "Held-out batch thirtyfourth. " + style, "held_out": True, "actions": acts},
        indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
