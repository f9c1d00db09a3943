import json
from pathlib import Path
OUT = Path("/tmp/b79")

def write_labels(stem, meeting_date, style, actions):
    d = {"meeting_date": meeting_date, "style": "Held-out batch seventyninth. " + style, "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=u) for k, o, p, u in actions]}
    (OUT / f"{stem}.labels.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

def write_doc(name, text):
    (OUT / name).write_text(text, encoding="utf-8", newline="")

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")
