"""Object-level permissions: the one home of "may this person see or change this record?".

Used by views, the API and templates alike. An id in a URL never grants access by itself.
Denial is 403, or 404 where the record's existence is itself private.

Actions: who may see and change one (rows: who the person is to THIS action; "runs the group" is
its chair, secretary or lead). The same table is in README.md under "Permissions", and
tests/core/test_access_matrix.py checks every action page against it.

| person                         | view | update, move date, complete, cannot be done, edit | flag or clear at risk | reassign, supersede, reopen | raise for the group |
| ------------------------------ | ---- | ------------------------------------------------- | --------------------- | --------------------------- | ------------------- |
| admin                          | yes  | yes                                               | no                    | yes                         | yes                 |
| chair of the action's group    | yes  | yes                                               | no                    | yes                         | yes                 |
| secretary or lead of the group | yes  | yes                                               | no                    | yes                         | yes                 |
| owner                          | yes  | yes                                               | yes                   | no                          | if they run it      |
| other member or staff          | yes  | no                                                | no                    | no                          | if they run it      |
| champion, not the owner        | no: 404, what is private stays unseen (in their own groups: a summary, see can_view_action_summary)            |
| anonymous                      | no: sent to sign in                                                                                            |

Groups and meetings (view the list, the published record, the internal detail; record meetings;
change the group; set up a group) and input (raise, see, route and answer, the list) have their
tables in README.md under "Groups and meetings" and "Input", built from the functions below;
tests/meetings/test_permissions.py checks every meetings route, and the README table, against the
same matrix.

Flagging at risk is the owner's own judgement. Reassigning, replacing and reopening hold the owner
to account, so they belong to whoever runs the group. Champions see actions only through what the
inputs pages show them, unless they own one.
"""
from __future__ import annotations

from sqlalchemy import false, or_, select, true

from tracker.actions.models import Action
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import Decision, Meeting
from tracker.people.models import Group, GroupKind, GroupRole, Membership, Role, User
from tracker.people.queries import group_roles_of


def is_admin(person: User) -> bool:
    return person.is_authenticated and person.role == Role.ADMIN


def group_role(person: User, group_id: int) -> str | None:
    """The person's role in one group, or None. Cached per request on the person object."""
    if not person.is_authenticated:
        return None
    cache = person.__dict__.setdefault("_group_roles", None)
    if cache is None:
        cache = person.__dict__["_group_roles"] = group_roles_of(person)
    return cache.get(group_id)


def chairs_group(person: User, group_id: int) -> bool:
    return group_role(person, group_id) == GroupRole.CHAIR


def runs_group(person: User, group_id: int) -> bool:
    """Admin, chair, secretary or lead of the group: may record its meetings and manage its actions."""
    return is_admin(person) or group_role(person, group_id) in (
        GroupRole.CHAIR,
        GroupRole.SECRETARY,
        GroupRole.LEAD,
    )


def is_staff(person: User) -> bool:
    """Partnership staff (not champions): may see internal detail such as actions and meetings."""
    return person.is_authenticated and person.role != Role.CHAMPION


# --- actions, meetings and inputs: one record (Python) and lists (SQL), kept in step -------------
# The API and the calendar feeds use these; tests/api checks each SQL clause agrees with its check.


def _runs_group_ids(person: User):
    return select(Membership.group_id).where(
        Membership.person_id == person.id,
        Membership.group_role.in_((GroupRole.CHAIR, GroupRole.SECRETARY, GroupRole.LEAD)),
    )


def _member_group_ids(person: User):
    return select(Membership.group_id).where(Membership.person_id == person.id)


def can_view_action(person: User, action) -> bool:
    """Partnership staff see every action (transparency); anyone sees the actions they own."""
    return is_staff(person) or (person.is_authenticated and action.owner_id == person.id)


def actions_visible_to(person: User):
    return true() if is_staff(person) else Action.owner_id == person.id


def viewers_of_actions():
    """SQL clause on User and Action together: the twin of can_view_action for many people at once
    (the followers an email about actions goes to). Someone who followed an action, or followed it
    as its owner, and may no longer see it (a champion it was passed on from) hears nothing more of it."""
    return or_(User.role != Role.CHAMPION, Action.owner_id == User.id)


def can_view_action_summary(person: User, action) -> bool:
    """What a group agreed to do is shared with everyone in the group (charter: we will be
    transparent, and let people know how we have acted on what is heard): a champion sees their
    own groups' actions as a summary (title, the owner's role, due date, status, the outcome or
    why it cannot be done), never the detail, updates, history or the owner's name."""
    return can_view_action(person, action) or (
        person.is_authenticated and group_role(person, action.group_id) is not None)


def action_summaries_visible_to(person: User):
    if is_staff(person):
        return true()
    if not person.is_authenticated:
        return false()
    return or_(Action.owner_id == person.id, Action.group_id.in_(_member_group_ids(person)))


def can_update_action(person: User, action) -> bool:
    """The owner, or whoever runs the action's group (its chair, secretary or lead), or an admin."""
    return person.is_authenticated and (action.owner_id == person.id or runs_group(person, action.group_id))


def can_close_action(person: User, action) -> bool:
    return can_update_action(person, action)


def can_flag_action_at_risk(person: User, action) -> bool:
    """Only the owner says their own action is at risk (and that it no longer is)."""
    return person.is_authenticated and action.owner_id == person.id


def can_manage_action(person: User, action) -> bool:
    """Reassign, supersede, reopen: the group's chair, secretary or lead, or an admin."""
    return person.is_authenticated and runs_group(person, action.group_id)


def can_raise_action(person: User, group) -> bool:
    """Actions are raised for a group by whoever runs it (or an admin)."""
    return person.is_authenticated and runs_group(person, group.id)


def groups_person_can_raise_for(person: User):
    """SQL clause on Group: the twin of can_raise_action, for the choice of groups."""
    if is_admin(person):
        return true()
    return Group.id.in_(_runs_group_ids(person)) if person.is_authenticated else false()


def raisable_groups(person: User, limit: int | None = None) -> list[Group]:
    """The running groups this person may raise actions for, by name."""
    query = (db.select(Group).where(Group.is_active.is_(True), groups_person_can_raise_for(person))
             .order_by(Group.name))
    return db.session.scalars(query.limit(limit) if limit else query).all()


def can_view_meeting(person: User, meeting) -> bool:
    """Staff see every meeting; others (champions) the meetings of groups they belong to."""
    return is_staff(person) or group_role(person, meeting.group_id) is not None


def meetings_visible_to(person: User):
    return true() if is_staff(person) else Meeting.group_id.in_(_member_group_ids(person))


def can_view_input(person: User, raised) -> bool:
    """Input carries private detail: its contributor, admins, whoever runs the group it is routed
    to, and (while it waits to be routed) the service's chairs and leads."""
    if not person.is_authenticated:
        return False
    if is_admin(person) or raised.raised_by_id == person.id:
        return True
    if raised.group_id is None:
        return person.role in (Role.CHAIR, Role.LEAD)
    return runs_group(person, raised.group_id)


def inputs_visible_to(person: User):
    if is_admin(person):
        return true()
    unrouted = Input.group_id.is_(None) if person.role in (Role.CHAIR, Role.LEAD) else false()
    return or_(Input.raised_by_id == person.id, unrouted, Input.group_id.in_(_runs_group_ids(person)))


def can_route_input(person: User, raised) -> bool:
    """Pass input to a group, link and raise actions for it, answer it, publish its outcome: whoever
    sees it as staff (its contributor alone may not, unless they also run its group)."""
    if not person.is_authenticated:
        return False
    if is_admin(person):
        return True
    if raised.group_id is None:
        return person.role in (Role.CHAIR, Role.LEAD)
    return runs_group(person, raised.group_id)


# Who did something to an action, as its contributors are told (the input's trail page and the
# daily email about what became of their input): staff by name (and organisation), since they act
# for the partnership; a champion is a volunteer, often a parent, so "A champion", never a name.
# Those who may open the action (staff, and those who follow it) see names on its page anyway.
CHAMPION_TO_CONTRIBUTORS = "A champion"


def name_for_contributors(person: User | None) -> str:
    if person is None:
        return "Nobody yet"
    if person.role == Role.CHAMPION:
        return CHAMPION_TO_CONTRIBUTORS
    if person.organisation is not None:
        return f"{person.name}, {person.organisation.display_name}"
    return person.name


def can_record_input_at(person: User, meeting) -> bool:
    """Input raised at a meeting is recorded by whoever records that meeting."""
    return can_change_meeting(person, meeting)


# --- groups and meetings -------------------------------------------------------------------------
# Staff see every group and meeting. A champion sees the groups they belong to and, of those
# groups' meetings, what the partnership would publish anyway: date, place, agenda, decisions, the
# summary and approved minutes. Attendees, draft minutes, actions, matters arising and the change
# history stay with staff (they name people and carry unfinished business).


def can_create_group(person: User) -> bool:
    """Admins and the service's chairs set up groups (a new workstream, a task and finish group)."""
    return is_admin(person) or (person.is_authenticated and person.role == Role.CHAIR)


def can_sign_off_accountability(person: User) -> bool:
    """A chair or co-chair of a Board (not of any group) signs off what the public accountability
    page shows; admins too, as everywhere."""
    if is_admin(person):
        return True
    return person.is_authenticated and bool(db.session.scalar(
        select(Membership.id).join(Group, Group.id == Membership.group_id)
        .where(Membership.person_id == person.id, Membership.group_role == GroupRole.CHAIR,
               Group.kind == GroupKind.BOARD).limit(1)))


def can_view_group(person: User, group) -> bool:
    return is_staff(person) or group_role(person, group.id) is not None


def in_no_group(person: User) -> bool:
    """A champion sees only the groups they belong to: one in none yet sees no groups, meetings or
    decisions, and the pages say why (and who adds them) rather than that there are none."""
    return person.is_authenticated and not is_staff(person) and not group_roles_of(person)


def groups_visible_to(person: User):
    return true() if is_staff(person) else Group.id.in_(_member_group_ids(person))


def can_edit_group(person: User, group) -> bool:
    """Name, purpose, usual pattern, people and reminder settings: admins and the group's chairs."""
    return is_admin(person) or chairs_group(person, group.id)


def can_change_meeting(person: User, meeting) -> bool:
    """Schedule, record and cancel: admins and the group's chair, secretary or lead."""
    return person.is_authenticated and runs_group(person, meeting.group_id)


def can_view_meeting_detail(person: User, meeting) -> bool:
    """Attendees, draft minutes, actions, matters arising and history (see the note above)."""
    return can_view_meeting(person, meeting) and (is_staff(person) or runs_group(person, meeting.group_id))


def can_view_minutes(person: User, meeting) -> bool:
    """Approved minutes are part of the published record; draft ones stay with the detail."""
    return can_view_meeting(person, meeting) and (
        meeting.minutes_are_approved or can_view_meeting_detail(person, meeting))


def minutes_visible_to(person: User):
    """SQL clause on Meeting: the twin of can_view_minutes (search finds no draft minutes)."""
    from tracker.meetings.models import MinutesStatus

    if is_staff(person):
        return true()
    return Meeting.group_id.in_(_member_group_ids(person)) & or_(
        Meeting.minutes_status == MinutesStatus.APPROVED, Meeting.group_id.in_(_runs_group_ids(person)))


def can_view_decision(person: User, decision) -> bool:
    """A decision is part of its meeting's published record: whoever may see the meeting (staff
    every meeting; a champion those of their own groups) sees what it decided."""
    return can_view_meeting(person, decision.meeting)


def decisions_visible_to(person: User):
    if is_staff(person):
        return true()
    return Decision.meeting_id.in_(select(Meeting.id).where(Meeting.group_id.in_(_member_group_ids(person))))


def can_change_decision(person: User, decision) -> bool:
    """Tag it, or mark it superseded by a later decision: whoever may record its meeting."""
    return can_change_meeting(person, decision.meeting)
