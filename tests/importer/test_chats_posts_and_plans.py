"""A Teams meeting chat copied as text, a Facebook post's comment promises, an improvement plan's
update, and the like. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.due import NEXT_MEETING
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 14)  # a Thursday


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool, bool]]:
    """Each suggestion's title: (owner, due date, due by the next meeting, ticked)."""
    names = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=names), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, bool(s.due and s.due.kind == NEXT_MEETING),
                      s.suggested) for s in found}


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return {title: found[:2] for title, found in suggested(text, held).items() if found[3]}


TEAMS_CHAT = """Meeting chat - Inclusion Panel (Teams)
Thursday 14 October 2027

[14:00] Bea Cole
Afternoon everyone, the papers are pinned at the top of the chat

[14:03] Omar Lewis
The attendance chart on page 6 is last term's. I'll send the updated chart to Bea tonight so it goes with the notes
1 reaction: 👍 (2)

[14:06] Kemi Adams
Honestly I think we should move the panel to a Wednesday, Thursdays clash with the heads' meeting
Edited

[14:08] Jo Price
Nadia - can you check the room bookings for November by Friday?

[14:09] Nadia Shah
Friday's the training day 🙈 I'll sort them out Monday

[14:11] Jo Price
Agreed - Kemi can you draft the letter to parents about the new times please?

[14:11] Kemi Adams
Yep will do
2 reactions: 👍 (3) ❤️ (1)

[14:15] Bea Cole
Has anyone got the outreach referral numbers?

[14:16] Omar Lewis
Not yet - my fault. Bea I'll get them to you by next Wednesday

[14:40] Omar Lewis
Chart sent Bea ✅
"""


def test_a_teams_chat_copied_as_text_is_read_as_a_chat():
    found = ticked(TEAMS_CHAT)
    # "Bea I'll get them to you ...": said to Bea, and Omar's promise
    assert found["Get them to you by next Wednesday"] == ("Omar Lewis", date(2027, 10, 20))
    # "Nadia - can you ...?" answered with another day: the request, by the day the answer gives
    assert found["Check the room bookings for November, by Monday"] == ("Nadia Shah", date(2027, 10, 18))
    # "Agreed - Kemi can you ...?" answered "Yep will do"
    assert found["Draft the letter to parents about the new times"][0] == "Kemi Adams"
    assert len(found) == 3, found


def test_a_chat_promise_reported_done_later_in_the_chat_is_not_suggested():
    found = suggested(TEAMS_CHAT)
    chart = next(title for title in found if "updated chart" in title)
    assert not found[chart][3]


def test_a_view_of_what_we_should_do_is_not_an_action():
    assert not any("Wednesday, Thursdays" in title for title in ticked(TEAMS_CHAT))
    found = ticked("Notes of the panel, 14 October 2027\n\nI think we should ask the heads again about this.\n\n"
                   "Nadia Shah will write to the heads by Friday.\n")
    assert list(found) == ["Write to the heads by Friday"]


def test_a_question_word_before_i_will_is_not_whom_the_message_speaks_to():
    chat = ("Chat, 14 October 2027\n[09:00] Omar Lewis: Morning all\n[09:01] Bea Cole: Morning\n"
            "[09:02] Omar Lewis: What I will do is write to the colleges. I'll get that done by next Tuesday.\n"
            "[09:03] Bea Cole: Thanks\n")
    assert ticked(chat) == {"Get that done by next Tuesday": ("Omar Lewis", date(2027, 10, 19))}
