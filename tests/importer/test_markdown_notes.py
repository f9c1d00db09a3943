"""Notes kept in a Markdown notes app (Obsidian's Tasks plugin, wiki links, front matter, callouts,
handles the note defines). Written in new words: none of this text is in the scored corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.markdown import markdown_notes
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 12)

NOTE = """---
date: 2027-05-12
attendees:
  - "[[Nadia Khan]]"
  - "[[Rhys Morgan]]"
tags: [send, inclusion]
---

# 2027-05-12 Inclusion Steering Group

> [!note] About these notes
> Chair: [[Nadia Khan]]. My notes (NK), typed up after.
> @nadia = me, @rhys = [[Rhys Morgan|Rhys]], @ffion = [[Ffion Price]]

## Actions from [[2027-04-14 Inclusion Steering Group]]
- [x] Share the exclusions dashboard @rhys ✅ 2027-05-02

## Discussion
Owain has the draft alternative provision directory. He'll send the directory to the parent forum by the 20th. #directory

## Tasks
- [ ] Book the training venue for the autumn SENCo conference 📅 2027-06-30 ⏳ 2027-06-01 @ffion
- [ ] ⏫ Update the graduated approach toolkit on the Local Offer @nadia
- [ ] Agree the reporting template with finance 🛫 2027-05-20 🔁 every month
- [x] Circulate the agenda @rhys ✅ 2027-05-10

```tasks
not done
path includes Inclusion Steering Group
```
"""


def suggestions():
    return outcomes_for(parse_outcomes(NOTE, meeting_date=HELD), HELD, lenient=True).suggestions


def test_front_matter_code_blocks_and_callout_marks_are_dropped_and_links_read_as_their_words():
    lines = markdown_notes(NOTE.split("\n"))
    text = "\n".join(lines)
    assert "attendees:" not in text and "not done" not in text and "[[" not in text and "[!note]" not in text
    assert "Chair: Nadia Khan. My notes (NK), typed up after." in lines


def test_a_task_line_gives_its_owner_by_the_notes_own_handles_and_its_due_date_not_its_scheduled_one():
    ticked = {s.title: (s.owner_text, s.due.on if s.due else None) for s in suggestions() if s.suggested}
    assert ticked["Book the training venue for the autumn SENCo conference"] == ("Ffion Price", date(2027, 6, 30))
    # "@nadia = me": the writer of the notes, by the initials they give themselves
    assert ticked["Update the graduated approach toolkit on the Local Offer"] == ("NK", None)
    # a start date and a recurrence rule say when to begin and how often, not when it is due
    assert ticked["Agree the reporting template with finance"] == ("", None)


def test_done_tasks_and_the_earlier_meetings_heading_are_not_this_meetings_actions():
    found = suggestions()
    done = [s for s in found if "dashboard" in s.title or "agenda" in s.title]
    assert done and not any(s.suggested for s in done)
    assert not any("2027-04-14" in s.title for s in found)


def test_he_in_the_sentence_after_a_named_person_is_that_person():
    sent = next(s for s in suggestions() if s.title.startswith("Send"))
    assert sent.owner_text == "Owain" and sent.due.on == date(2027, 5, 20) and "#directory" not in sent.title


def test_a_name_mentioned_with_an_at_sign_is_still_the_name_not_a_handle():
    lines = markdown_notes(["- [ ] @Ffion Price to chase the audit 📅 2027-06-01"])
    assert lines == ["- [ ] @Ffion Price to chase the audit – 2027-06-01"]
