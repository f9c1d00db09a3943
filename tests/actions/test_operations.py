"""The rules about actions (docs/rules.md: someone owns it, done means said, no silent slippage,
review at every meeting), through the operations that
every page, the API, the importer and the jobs call."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.actions.conftest import NOW, TODAY
from tracker.actions import operations
from tracker.actions.models import ActionStatus, ActionUpdate, UpdateKind
from tracker.actions.operations import EditConflict
from tracker.actions.queries import changes_since
from tracker.actions.rag import Rag, rag_of_action
from tracker.actions.signals import action_progressed, action_reassigned
from tracker.core.domain import DomainError
from tracker.core.models import AuditEvent, Tag
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision, MeetingStatus


def _refused(call, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call(**kwargs)
    db.session.rollback()
    return refused.value


@pytest.fixture
def heard():
    """Signals sent while the test runs: [(name, sender, extra)]."""
    received = []

    def listener(name):
        def receive(sender, **extra):
            received.append((name, sender, extra))
        return receive

    receivers = {signal: listener(name) for name, signal in
                 (("progressed", action_progressed), ("reassigned", action_reassigned))}
    for signal, receiver in receivers.items():
        signal.connect(receiver)
    yield received
    for signal, receiver in receivers.items():
        signal.disconnect(receiver)


# --- someone owns it ------------------------------------------------------------------------


def test_an_action_has_one_named_owner_a_group_and_a_due_date(raise_action, team):
    action = raise_action(detail="  Co-produced with families.  ")
    assert action.owner == team.owner and action.group == team.group
    assert action.due_on == action.original_due_on == date(2026, 12, 11)
    assert action.status == ActionStatus.NOT_STARTED and action.created_by == team.secretary
    assert action.detail == "Co-produced with families."
    assert action.due_label == "11 December 2026" and action.moves_label == ""


def test_raising_without_title_owner_or_due_date_names_every_problem(raise_action):
    refused = _refused(raise_action, title="  ", owner=None, due_on=None)
    assert [(error.field, error.message) for error in refused.errors] == [
        ("title", "Enter what needs to be done"),
        ("owner", "Choose the person who owns this action from the list"),
        ("due_on", 'Enter the date the action is due, for example 27 3 2026, or choose "by the next meeting"'),
    ]


def test_a_title_over_300_characters_is_refused(raise_action):
    assert _refused(raise_action, title="x" * 301).message == "The action must be 300 characters or fewer"


def test_an_owner_who_cannot_sign_in_any_more_is_refused(raise_action, make_person):
    leaver = make_person(name="Lou Leaver")
    leaver.is_active = False
    db.session.commit()
    refused = _refused(raise_action, owner=leaver)
    assert (refused.field, refused.message) == ("owner", "Lou Leaver can no longer own actions. Choose someone else")


def test_a_closed_group_cannot_own_new_actions(raise_action, team):
    team.group.is_active = False
    db.session.commit()
    refused = _refused(raise_action)
    assert refused.field == "group"
    assert refused.message == "Preparing for Adulthood has closed. Choose a group that is still running"


def test_a_due_date_before_the_meeting_is_refused(raise_action, make_meeting, team):
    meeting = make_meeting(team.group, date(2026, 11, 10))
    refused = _refused(raise_action, meeting=meeting, due_on=date(2026, 11, 9))
    assert (refused.field, refused.message) == (
        "due_on", "The due date must be on or after the date of the meeting, 10 November 2026")
    assert raise_action(meeting=meeting, due_on=date(2026, 11, 10)).due_on == date(2026, 11, 10)


def test_an_action_on_its_own_cannot_be_due_in_the_past(raise_action):
    refused = _refused(raise_action, due_on=TODAY - timedelta(days=1))
    assert refused.message == "The date the action is due must be today or in the future"
    assert raise_action(due_on=TODAY).due_on == TODAY


def test_a_date_and_by_the_next_meeting_together_are_refused(raise_action, team):
    refused = _refused(raise_action, due_at_next_meeting_of=team.group)
    assert refused.message == 'Choose either a due date or "by the next meeting", not both'


def test_by_the_next_meeting_takes_the_date_of_the_groups_next_meeting(raise_action, make_meeting, team):
    make_meeting(team.group, date(2026, 11, 10), status=MeetingStatus.HELD)  # already happened
    make_meeting(team.group, date(2026, 12, 8), status=MeetingStatus.CANCELLED)
    make_meeting(team.group, date(2027, 1, 12))
    action = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    assert action.due_on == action.original_due_on == date(2027, 1, 12)
    assert action.due_label == "12 January 2027"


def test_the_meeting_an_action_came_from_is_not_its_next_meeting(raise_action, make_meeting, team):
    today_meeting = make_meeting(team.group, TODAY)  # 2pm today; the action is raised during it
    make_meeting(team.group, date(2026, 12, 14))
    action = raise_action(meeting=today_meeting, due_on=None, due_at_next_meeting_of=team.group,
                          at=today_meeting.starts_at + timedelta(minutes=40))
    assert action.due_on == date(2026, 12, 14)


def test_an_action_typed_up_before_its_meeting_is_due_at_the_meeting_after_that_one(
        raise_action, make_meeting, team):
    """Raised today (23 November 2026) from the 12 January 2027 meeting: not due at the December one."""
    make_meeting(team.group, date(2026, 12, 15))
    january = make_meeting(team.group, date(2027, 1, 12))
    make_meeting(team.group, date(2027, 2, 9))
    action = raise_action(meeting=january, due_on=None, due_at_next_meeting_of=team.group)
    assert action.due_on == action.original_due_on == date(2027, 2, 9)


def test_a_meeting_later_on_the_day_an_action_is_raised_is_not_its_next_meeting(raise_action, make_meeting, team):
    make_meeting(team.group, TODAY)  # at 2pm; the action is raised at 10am the same day
    action = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    assert action.due_on is None and action.due_at_next_meeting_of == team.group


def test_a_meeting_added_to_the_diary_is_not_the_next_meeting_of_actions_from_a_later_meeting(
        raise_action, make_meeting, team):
    january = make_meeting(team.group, date(2027, 1, 12))
    from_january = raise_action(meeting=january, due_on=None, due_at_next_meeting_of=team.group)
    from_nowhere = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    december = make_meeting(team.group, date(2026, 12, 15))
    assert operations.resolve_next_meeting_due_dates(december) == [from_nowhere]
    assert operations.resolve_next_meeting_due_dates(january) == []  # the meeting it came from
    february = make_meeting(team.group, date(2027, 2, 9))
    assert operations.resolve_next_meeting_due_dates(february) == [from_january]
    db.session.commit()
    assert (from_january.due_on, from_nowhere.due_on) == (date(2027, 2, 9), date(2026, 12, 15))


def test_by_the_next_meeting_waits_for_a_meeting_to_be_scheduled(raise_action, make_meeting, team):
    action = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    assert action.due_on is None and action.due_at_next_meeting_of == team.group
    assert action.due_label == "By the next meeting of Preparing for Adulthood"
    assert rag_of_action(action, TODAY) == Rag.GREEN

    resolved = operations.resolve_next_meeting_due_dates(make_meeting(team.group, date(2027, 1, 12)))
    db.session.commit()
    assert resolved == [action]
    assert action.due_on == action.original_due_on == date(2027, 1, 12)
    assert action.due_label == "12 January 2027"


def test_an_earlier_meeting_added_to_the_diary_becomes_the_next_meeting(raise_action, make_meeting, team):
    make_meeting(team.group, date(2027, 1, 12))
    action = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    operations.resolve_next_meeting_due_dates(make_meeting(team.group, date(2026, 12, 15)))
    db.session.commit()
    assert action.due_on == action.original_due_on == date(2026, 12, 15)
    assert action.due_date_moves == 0


def test_resolving_leaves_alone_closed_moved_and_later_actions(raise_action, make_meeting, make_group, team):
    waiting = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    done = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    operations.complete_action(done, by=team.owner, outcome="Done early", at=NOW)
    moved = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    operations.move_due_date(moved, by=team.owner, new_due_on=date(2027, 2, 1), reason="Agreed by email", at=NOW)
    other_group = raise_action(due_on=None, due_at_next_meeting_of=make_group())
    db.session.commit()
    meeting = make_meeting(team.group, date(2027, 1, 12))

    assert operations.resolve_next_meeting_due_dates(meeting) == [waiting]
    cancelled = make_meeting(team.group, date(2026, 12, 1), status=MeetingStatus.CANCELLED)
    assert operations.resolve_next_meeting_due_dates(cancelled) == []
    assert done.due_on is None and moved.due_on == date(2027, 2, 1) and other_group.due_on is None


def test_an_action_comes_from_an_agenda_item_or_decision_of_one_meeting(raise_action, make_meeting, team):
    meeting = make_meeting(team.group, date(2026, 11, 10))
    item = AgendaItem(meeting=meeting, title="Transition", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="A guide will be written")
    db.session.add_all([item, decision])
    other = make_meeting(team.group, date(2026, 10, 13))

    from_decision = raise_action(decision=decision)
    assert (from_decision.meeting, from_decision.agenda_item, from_decision.decision) == (meeting, item, decision)
    assert raise_action(agenda_item=item).meeting == meeting
    refused = _refused(raise_action, meeting=other, decision=decision)
    assert refused.message == "That decision is from a different meeting"
    assert _refused(raise_action, meeting=other, agenda_item=item).message == "That agenda item is from a different meeting"


@pytest.mark.parametrize("source", ["meeting", "agenda_item", "decision"])
def test_an_action_from_a_meeting_belongs_to_the_group_that_met(raise_action, make_meeting, make_group, team,
                                                                  source):
    board = make_group(name="SEND Board", chair=team.chair)
    meeting = make_meeting(board, date(2026, 11, 10))
    item = AgendaItem(meeting=meeting, title="Transition", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="A guide will be written")
    db.session.add_all([item, decision])
    db.session.commit()
    came_from = {"meeting": meeting, "agenda_item": item, "decision": decision}[source]
    refused = _refused(raise_action, group=team.group, **{source: came_from})
    assert (refused.field, refused.message) == (
        "group", "This action comes from a meeting of SEND Board, so it belongs to SEND Board. "
                 "Choose SEND Board as the group")
    assert raise_action(group=board, **{source: came_from}).meeting == meeting


def test_a_cancelled_meeting_raises_no_actions(raise_action, make_meeting, team):
    meeting = make_meeting(team.group, date(2026, 11, 10), status=MeetingStatus.CANCELLED)
    assert _refused(raise_action, meeting=meeting).message == "That meeting was cancelled, so no actions can come from it"


def test_tags_and_the_input_that_led_to_it_are_kept(raise_action, team):
    from tracker.inputs.models import Input

    tags = db.session.scalars(db.select(Tag).order_by(Tag.id).limit(2)).all()
    raised = Input(what="Young people need help finding work")
    db.session.add(raised)
    action = raise_action(tags=tags, inputs=[raised])
    assert action.tags == tags and raised.actions == [action]


# --- updates and matters arising (review at every meeting) -----------------------------------


def test_the_first_update_starts_the_action_and_pauses_nudges(raise_action, team, heard):
    action = raise_action()
    update = operations.post_update(action, by=team.owner, note="  Draft shared with the forum  ", at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.IN_PROGRESS and action.last_progress_at is not None
    assert (update.note, update.old_status, update.new_status) == ("Draft shared with the forum", "not_started",
                                                                   "in_progress")
    assert [name for name, *_ in heard] == ["progressed"]


def test_an_empty_update_is_refused(raise_action, team):
    refused = _refused(operations.post_update, action=raise_action(), by=team.owner, note=" ", at=NOW)
    assert (refused.field, refused.message) == ("note", "Enter your update")


def test_matters_arising_records_what_was_said_at_the_meeting(raise_action, make_meeting, team):
    action = raise_action()
    meeting = make_meeting(team.group, TODAY)  # at 2pm: updates are recorded from the morning of its day
    update = operations.record_matters_arising(action, by=team.secretary, meeting=meeting,
                                               note="Guide at the printers", at=NOW)
    db.session.commit()
    assert (update.kind, update.meeting, update.author) == (UpdateKind.MATTERS_ARISING, meeting, team.secretary)
    refused = _refused(operations.record_matters_arising, action=action, by=team.secretary, meeting=meeting,
                       note="", at=NOW)
    assert refused.message == "Enter the update or decision given at the meeting"
    meeting.status = MeetingStatus.CANCELLED
    db.session.commit()
    refused = _refused(operations.record_matters_arising, action=action, by=team.secretary, meeting=meeting,
                       note="Said", at=NOW)
    assert refused.message == "That meeting was cancelled, so nothing can be recorded at it"


def test_updates_cannot_be_recorded_at_a_meeting_that_has_not_happened(raise_action, make_meeting, team):
    action = raise_action()
    tomorrow = make_meeting(team.group, TODAY + timedelta(days=1))
    refused = _refused(operations.record_matters_arising, action=action, by=team.secretary, meeting=tomorrow,
                       note="Guide at the printers", at=NOW)
    assert (refused.field, refused.message) == (
        "note", "This meeting has not happened yet. You can record the updates given at it from the day of the "
        "meeting, 24 November 2026")
    assert db.session.scalars(db.select(ActionUpdate)).all() == []


# --- no silent slippage ----------------------------------------------------------------------


def test_moving_the_due_date_needs_a_reason_and_keeps_every_date(raise_action, team):
    action = raise_action()
    operations.move_due_date(action, by=team.owner, new_due_on=date(2027, 1, 8), reason="Waiting for data", at=NOW)
    operations.move_due_date(action, by=team.chair, new_due_on=date(2027, 2, 5), reason="Board agreed", at=NOW)
    db.session.commit()
    assert action.due_on == date(2027, 2, 5) and action.original_due_on == date(2026, 12, 11)
    assert action.due_date_moves == 2
    assert action.moves_label == "first due 11 December 2026, moved twice"
    moves = db.session.scalars(db.select(ActionUpdate).where(ActionUpdate.kind == UpdateKind.DUE_DATE_MOVED)
                               .order_by(ActionUpdate.id)).all()
    assert [(m.old_due_on, m.new_due_on, m.note) for m in moves] == [
        (date(2026, 12, 11), date(2027, 1, 8), "Waiting for data"),
        (date(2027, 1, 8), date(2027, 2, 5), "Board agreed"),
    ]


@pytest.mark.parametrize("new_due_on, reason, field, message", [
    (None, "Because", "new_due_on", "Enter the new due date, for example 27 3 2026"),
    (date(2026, 12, 11), "Because", "new_due_on", "The new due date is the same as the current one"),
    (date(2026, 11, 20), "Because", "new_due_on", "The new due date must be today or in the future"),
    (date(2027, 1, 8), "   ", "reason", "Explain why the due date is moving"),
])
def test_a_due_date_move_that_breaks_a_rule_is_refused(raise_action, team, new_due_on, reason, field, message):
    action = raise_action()
    refused = _refused(operations.move_due_date, action=action, by=team.owner, new_due_on=new_due_on,
                       reason=reason, at=NOW)
    assert (refused.field, refused.message) == (field, message)
    assert db.session.get(type(action), action.id).due_on == date(2026, 12, 11)


def test_a_moved_date_counts_once_moved_and_stops_following_the_diary(raise_action, make_meeting, team):
    waiting = raise_action(due_on=None, due_at_next_meeting_of=team.group)
    operations.move_due_date(waiting, by=team.owner, new_due_on=date(2027, 1, 8), reason="Agreed", at=NOW)
    db.session.commit()
    assert waiting.due_date_moves == 0 and waiting.original_due_on == date(2027, 1, 8)
    assert waiting.due_at_next_meeting_of is None
    operations.move_due_date(waiting, by=team.owner, new_due_on=date(2027, 1, 9), reason="Again", at=NOW)
    assert waiting.moves_label == "first due 8 January 2027, moved once"


# --- done means said -------------------------------------------------------------------------


def test_completing_records_the_outcome(raise_action, team, heard):
    action = raise_action()
    operations.complete_action(action, by=team.owner, outcome="Guide published on the Local Offer", at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.COMPLETED and action.closed_at is not None
    assert action.closing_statement == "Guide published on the Local Offer"
    assert [name for name, *_ in heard] == ["progressed"]  # followers and contributors hear of it


def test_closing_without_an_outcome_is_refused(raise_action, team):
    refused = _refused(operations.complete_action, action=raise_action(), by=team.owner, outcome="  ", at=NOW)
    assert (refused.field, refused.message) == ("outcome", "Enter the outcome: what was done")


def test_cannot_be_done_needs_a_clear_explanation(raise_action, team, heard):
    action = raise_action()
    refused = _refused(operations.mark_cannot_be_done, action=action, by=team.owner, explanation="", at=NOW)
    assert (refused.field, refused.message) == ("explanation", "Explain clearly why this cannot be done")
    operations.mark_cannot_be_done(action, by=team.owner, explanation="The funding was withdrawn", at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.CANNOT_BE_DONE and action.closing_statement == "The funding was withdrawn"
    assert rag_of_action(action, TODAY) is None
    assert [name for name, *_ in heard] == ["progressed"]


@pytest.mark.parametrize("explanation", ["no", "No.", "N/A", "not possible", "Can’t", "  cannot   be done "])
def test_cannot_be_done_refuses_a_non_answer_and_says_why(raise_action, team, explanation):
    action = raise_action()
    refused = _refused(operations.mark_cannot_be_done, action=action, by=team.owner, explanation=explanation, at=NOW)
    assert (refused.field, refused.message) == ("explanation", (
        f"“{explanation.strip()}” does not say why. Explain clearly, in a sentence, why this cannot be done, "
        "so that everyone reading the record understands"))
    assert action.status == ActionStatus.NOT_STARTED


@pytest.mark.parametrize("explanation", ["Too busy", "Budget cut", "Nobody-will-fund-this-ever"])
def test_cannot_be_done_needs_at_least_a_sentence(raise_action, team, explanation):
    refused = _refused(operations.mark_cannot_be_done, action=raise_action(), by=team.owner,
                       explanation=explanation, at=NOW)
    assert (refused.field, refused.message) == ("explanation", (
        "Explain why this cannot be done in a sentence of at least 20 characters, so that everyone reading the "
        "record understands"))


def test_a_closed_action_must_be_reopened_before_anything_else(raise_action, team):
    action = raise_action()
    operations.complete_action(action, by=team.owner, outcome="Done", at=NOW)
    db.session.commit()
    for call, kwargs in [
        (operations.post_update, {"note": "More"}),
        (operations.complete_action, {"outcome": "Again"}),
        (operations.mark_cannot_be_done, {"explanation": "No"}),
        (operations.move_due_date, {"new_due_on": date(2027, 1, 1), "reason": "Why"}),
        (operations.flag_at_risk, {"reason": "Risky"}),
    ]:
        refused = _refused(call, action=action, by=team.owner, at=NOW, **kwargs)
        assert refused.message.startswith("This action is already completed. Reopen it before you")


def test_reopening_needs_a_reason_and_takes_the_outcome_off_the_action(raise_action, team):
    action = raise_action()
    assert _refused(operations.reopen_action, action=action, by=team.chair, reason="Why", at=NOW).message == (
        "This action is already open")
    operations.complete_action(action, by=team.owner, outcome="Done", at=NOW)
    db.session.commit()
    refused = _refused(operations.reopen_action, action=action, by=team.chair, reason=" ", at=NOW)
    assert (refused.field, refused.message) == ("reason", "Explain why the action is being reopened")
    operations.reopen_action(action, by=team.chair, reason="The guide left out post-16 options", at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.IN_PROGRESS and action.closed_at is None
    assert action.outcome == "" and action.closing_statement == ""


def test_superseding_links_the_replacement(raise_action, team):
    action, replacement = raise_action(), raise_action(title="Write a joint guide with health")
    operations.supersede_action(action, by=team.chair, replacement=replacement, reason="Merged with health's work",
                                at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.SUPERSEDED and action.superseded_by == replacement

    operations.reopen_action(action, by=team.chair, reason="Health pulled out", at=NOW)
    assert action.superseded_by is None


@pytest.mark.parametrize("choose, reason, message", [
    ("none", "Why", "Choose the action that replaces this one"),
    ("itself", "Why", "An action cannot replace itself"),
    ("replaced", "Why", "That action has itself been replaced. Choose the action that replaced it"),
    ("other", "", "Explain why this action is being replaced"),
    ("completed", "Why", "That action is already closed. Choose an open action to replace this one"),
    ("cannot", "Why", "That action is already closed. Choose an open action to replace this one"),
    ("elsewhere", "Why", "That action belongs to Health Workstream, which you do not run. Choose an action "
                         "of Preparing for Adulthood or of a group you run"),
])
def test_superseding_that_breaks_a_rule_is_refused(raise_action, team, make_group, choose, reason, message):
    action, other, replaced = raise_action(), raise_action(), raise_action()
    operations.supersede_action(replaced, by=team.chair, replacement=other, reason="Merged", at=NOW)
    completed, cannot = raise_action(), raise_action()
    operations.complete_action(completed, by=team.owner, outcome="Done", at=NOW)
    operations.mark_cannot_be_done(cannot, by=team.owner, explanation="No budget for it this year", at=NOW)
    elsewhere = raise_action(group=make_group(name="Health Workstream"), by=None)
    db.session.commit()
    replacement = {"none": None, "itself": action, "replaced": replaced, "other": other, "completed": completed,
                   "cannot": cannot, "elsewhere": elsewhere}[choose]
    refused = _refused(operations.supersede_action, action=action, by=team.chair, replacement=replacement,
                       reason=reason, at=NOW)
    assert (refused.field, refused.message) == ("reason" if choose == "other" else "replacement", message)
    assert action.status == ActionStatus.NOT_STARTED


def test_an_open_action_of_another_group_the_person_runs_can_be_the_replacement(raise_action, team, make_group):
    action = raise_action()
    theirs = raise_action(group=make_group(name="Health Workstream", chair=team.chair), title="Joint work")
    operations.supersede_action(action, by=team.chair, replacement=theirs, reason="Health leads it now", at=NOW)
    db.session.commit()
    assert action.status == ActionStatus.SUPERSEDED and action.superseded_by == theirs


# --- at risk, reassigning, editing -----------------------------------------------------------


def test_the_owner_flags_an_action_at_risk_with_a_reason(raise_action, team):
    action = raise_action(due_on=date(2027, 3, 1))
    assert rag_of_action(action, TODAY) == Rag.GREEN
    refused = _refused(operations.flag_at_risk, action=action, by=team.owner, reason="", at=NOW)
    assert (refused.field, refused.message) == ("reason", "Explain what puts this action at risk")
    operations.flag_at_risk(action, by=team.owner, reason="The printer is closing", at=NOW)
    db.session.commit()
    assert action.at_risk and action.at_risk_reason == "The printer is closing"
    assert rag_of_action(action, TODAY) == Rag.AMBER

    refused = _refused(operations.clear_at_risk, action=action, by=team.owner, note="", at=NOW)
    assert refused.message == "Say why the action is no longer at risk"
    operations.clear_at_risk(action, by=team.owner, note="Found another printer", at=NOW)
    db.session.commit()
    assert not action.at_risk and rag_of_action(action, TODAY) == Rag.GREEN
    refused = _refused(operations.clear_at_risk, action=action, by=team.owner, note="Again", at=NOW)
    assert refused.message == "This action is not flagged at risk"


def test_reassigning_records_the_old_and_new_owner(raise_action, team, heard):
    action = raise_action()
    update = operations.reassign_action(action, by=team.chair, new_owner=team.member,
                                        note="Olu is on leave until March", at=NOW)
    db.session.commit()
    assert action.owner == team.member
    assert (update.old_owner, update.new_owner, update.note) == (team.owner, team.member, "Olu is on leave until March")
    assert heard[-1][0] == "reassigned" and heard[-1][2]["old_owner"] == team.owner


@pytest.mark.parametrize("who, note, field, message", [
    ("nobody", "Why", "owner", "Choose the person who owns this action from the list"),
    ("owner", "Why", "owner", "Olu Owner already owns this action"),
    ("member", " ", "note", "Add a note to say why the action is being reassigned"),
])
def test_reassigning_that_breaks_a_rule_is_refused(raise_action, team, who, note, field, message):
    new_owner = getattr(team, who, None)
    refused = _refused(operations.reassign_action, action=raise_action(), by=team.chair, new_owner=new_owner,
                       note=note, at=NOW)
    assert (refused.field, refused.message) == (field, message)


def test_editing_the_wording_and_tags_is_kept_in_the_history(raise_action, team):
    from tracker.core.audit import set_actor

    action = raise_action()
    tag = db.session.scalar(db.select(Tag).where(Tag.name == "Inclusion"))
    set_actor(db.session, team.chair)
    version = action.version
    operations.edit_action(action, by=team.chair, title="Write the preparing for adulthood guide",
                           detail="With young people", tags=[tag], at=NOW, version=version)
    db.session.commit()
    assert action.version == version + 1
    event = db.session.scalars(db.select(AuditEvent).where(AuditEvent.entity_type == "actions")
                               .order_by(AuditEvent.id.desc())).first()
    assert event.actor_id == team.chair.id
    assert event.changes["title"][1] == "Write the preparing for adulthood guide"
    assert event.changes["tags"] == [[], ["Inclusion"]]
    assert _refused(operations.edit_action, action=action, by=team.chair, title="", detail="", tags=[],
                    at=NOW).message == "Enter what needs to be done"


# --- two people, one action ------------------------------------------------------------------


def test_a_save_from_an_out_of_date_form_is_refused_with_what_changed(raise_action, team):
    from tracker.core.audit import set_actor

    action = raise_action()
    seen = action.version
    set_actor(db.session, team.chair)
    operations.move_due_date(action, by=team.chair, new_due_on=date(2027, 1, 8), reason="Board agreed", at=NOW,
                             version=seen)
    db.session.commit()

    with pytest.raises(EditConflict) as refused:
        operations.complete_action(action, by=team.owner, outcome="Done", at=NOW, version=seen)
    db.session.rollback()
    [change] = refused.value.changes
    assert change.actor == team.chair and change.notes == ["Board agreed"]
    assert ("Due date", "11 December 2026", "8 January 2027") in [
        (field.label, field.before, field.after) for field in change.fields]
    assert action.status == ActionStatus.IN_PROGRESS or action.status == ActionStatus.NOT_STARTED
    assert changes_since(action, action.version) == []
    operations.complete_action(action, by=team.owner, outcome="Done", at=NOW, version=action.version)
