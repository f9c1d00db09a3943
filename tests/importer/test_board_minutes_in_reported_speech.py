"""Formal board and committee minutes written in reported speech: a scrutiny committee, a health board in
public, a schools forum, an improvement board. The actions are buried in the narrative ("advised that she
would ...", "asked that the Director ..."), among decisions, other bodies' business and the clerk's own
admin. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in

HELD = date(2027, 5, 4)  # a Tuesday
NAMES = frozenset({"okoro", "doyle", "ferris", "nadia", "lund", "amir", "hale"})


def minutes(*paragraphs: str) -> str:
    """A committee's minutes: its title, one numbered minute holding the paragraphs, and the next meeting."""
    body = "\n\n".join(paragraphs)
    return (f"WESTBROOK COUNCIL\n\nLEISURE AND PARKS SCRUTINY COMMITTEE\n\nMinutes of the meeting held on Tuesday 4 May 2027\n\n"
            f"12. PARKS AND PLAY AREAS\n\n{body}\n\n13. DATE OF NEXT MEETING\n\nTuesday 15 June 2027 at 6.00 pm.\n")


def owner_and_due(found: dict, words: str) -> tuple[str, date | None]:
    return next(value[:2] for title, value in found.items() if words.lower() in title.lower())


def test_an_undertaking_reported_as_advised_that_she_would_is_hers():
    text = minutes("Mrs Okoro thanked the committee. Mrs Okoro advised that she would share the revised charging "
                   "policy for the tennis courts with Members by 14 May. The Chair welcomed this.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "charging policy") == ("Mrs Okoro", date(2027, 5, 14))


def test_an_officer_who_answers_a_question_and_advises_he_would_write_owns_the_reply():
    text = minutes("The Head of Parks thanked Mr Doyle for his question and apologised for the delay. He explained "
                   "that the contractor had been replaced in March. He could not discuss a single case in public, "
                   "but advised that he would send Mr Doyle a written reply within ten working days and would be "
                   "happy to meet him on site.")
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "written reply") == ("The Head of Parks", date(2027, 5, 18))
    assert not any("happy to meet" in title.lower() or title.lower().startswith("be ") for title in found)



def test_a_request_answered_by_the_next_sentence_s_own_undertaking_is_not_a_second_action():
    text = minutes("The Chair asked that the residents' views be reported to the Committee. Mr Ferris agreed to send "
                   "a note of the Friends of Lund Park consultation to the Scrutiny Officer by 21 May.")
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "Friends of Lund Park") == ("Mr Ferris", date(2027, 5, 21))
    assert len(found) == 1


def test_a_request_someone_says_was_met_already_is_not_an_action():
    text = minutes("Cllr Hale asked that the new opening hours be sent to ward members before the summer. Nadia Okoro "
                   "confirmed that they had been circulated to all ward members on 28 April.")
    assert not any("opening hours" in title.lower() for title in ticked_in(text, HELD, NAMES))


def test_what_is_sent_to_whoever_asked_for_it_answers_the_request():
    text = minutes("Amir Hale reported that bookings had risen by a fifth. Ms Okoro asked for the detail so that it could "
                   "go into the quarterly report. Amir Hale will send the booking figures by ward to Nadia Okoro by "
                   "the end of next week.")
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "booking figures") == ("Amir Hale", date(2027, 5, 14))
    assert len(found) == 1


def test_an_officer_who_would_correct_figures_before_publication_is_due_on_the_day_given_for_it():
    text = minutes("The play strategy is due to be published on the council website on 30 June 2027. Ms Lund would "
                   "correct the usage figures in appendix 2 before publication.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "usage figures") == ("Ms Lund", date(2027, 6, 30))


def test_a_member_who_confirms_that_the_body_she_speaks_for_would_do_it_owns_it():
    text = minutes("Mrs Okoro confirmed that the Friends Trust would provide its annual survey to the Head of Parks by "
                   "Friday 21 May.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "annual survey") == ("Mrs Okoro", date(2027, 5, 21))


def test_a_paper_for_the_board_s_workshop_in_a_month_is_due_on_the_day_the_minutes_give_that_workshop():
    text = minutes("Mr Ferris would prepare a short paper on tree planting for the Committee's July development "
                   "session.").replace("Tuesday 15 June 2027 at 6.00 pm.", "Tuesday 15 June 2027 at 6.00 pm. "
                                                                           "Development session: Thursday 8 July 2027.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "tree planting") == ("Mr Ferris", date(2027, 7, 8))


def test_a_named_network_s_next_meeting_and_a_national_body_s_letter_are_not_actions():
    text = minutes("The next Friends’ network meeting would be held in June and would focus on litter picking.",
                   "Mrs Okoro reported that the lottery bid had been accepted and that DfE would write to councils with "
                   "details. Members noted this.")
    assert ticked_in(text, HELD, NAMES) == {}


def test_the_board_asking_that_an_officer_ensure_something_is_done_gives_that_officer_the_task():
    text = minutes("The Board asked that the Chief Parks Officer ensure play safety is included as a separate risk in "
                   "the register refresh that will come to the Board on 15 June 2027.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "play safety") == ("the Chief Parks Officer", date(2027, 6, 15))


def test_an_action_log_s_initials_for_an_officer_keep_the_minute_s_title_for_them():
    text = minutes("It was agreed that the Chief Grounds Officer would bring a costed plan for the bowling green "
                   "to the next meeting. The Board asked that the Chief Parks Officer ensure play safety is included as "
                   "a separate risk in the register refresh.") + (
        "\nAction log - new actions arising\n\nRef\tAction\tLead\tDue\tStatus\n"
        "LP/12a\tBowling green costed plan to the Committee\tCGO\t15/06/27\tOpen\n"
        "LP/12b\tPlay safety to be added to the register refresh\tCPO\t15/06/27\tOpen\n")
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "bowling green") == ("the Chief Grounds Officer", date(2027, 6, 15))
    assert owner_and_due(found, "play safety") == ("the Chief Parks Officer", date(2027, 6, 15))


def test_a_conditional_promise_to_chase_is_not_an_action():
    text = minutes("The Committee's letter to the water company had been sent by the Chair on 2 April. The Chair said he "
                   "would chase it if there was no reply by the next meeting.")
    assert not any("chase" in title.lower() for title in ticked_in(text, HELD, NAMES))


def test_a_post_meeting_note_that_moves_a_meeting_moves_what_was_due_at_it():
    text = minutes("It was agreed that Mr Ferris would bring the tree survey to the Planning Panel on 20 May 2027.",
                   "Post-meeting note: the May Planning Panel has been moved from 20 May to 27 May 2027.")
    assert owner_and_due(ticked_in(text, HELD, NAMES), "tree survey") == ("Mr Ferris", date(2027, 5, 27))


def test_a_note_takers_offer_to_correct_the_notes_is_no_task_while_would_correct_the_figures_is():
    # "correct" became a task's verb this session; the courtesy at the top of an email of notes is not one
    email = ("From: Nadia Lund <nadia.lund@example.org>\nSent: 05 May 2027 09:10\nSubject: Parks group notes\n\n"
             "Hi all, my notes are below. If I have put your name against something you did not agree to, just "
             "reply and I'll correct it - no need to reply-all.\n\n"
             "ACTIONS\n1. Amir Hale to price up new benches for the lake path by 14 May\n")
    assert list(ticked_in(email, HELD, NAMES)) == ["Price up new benches for the lake path by 14 May"]
    text = minutes("Mr Doyle advised that he would correct the play area figures before the report went to Cabinet.")
    assert "correct the play area figures" in " ".join(ticked_in(text, HELD, NAMES)).lower()
