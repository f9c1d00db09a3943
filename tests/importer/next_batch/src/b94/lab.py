import json
def write(stem, date, style, actions):
    d = {"meeting_date": date, "style": "Held-out batch ninetyfourth. " + style, "held_out": True,
         "actions": [dict(key=k, owner=o, person=p, due=u) for k, o, p, u in actions]}
    with open(f"/tmp/b94/{stem}.labels.json", "w", encoding="utf-8") as f:
        json.dump(d, f, indent=1, ensure_ascii=False)
