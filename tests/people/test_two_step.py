"""Two-step sign-in (issue 17, item 2): turning it on with a real authenticator code (pyotp), the
code asked for after the password, a code used twice in its window refused, recovery codes that
work once, the code step limited like the password step, admins made to set it up, and another
admin resetting it after a lost phone, recorded in the audit trail."""
from __future__ import annotations

import re
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import select

from tracker.core.dates import utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.people import two_step
from tracker.people.models import RecoveryCode, TwoStepSignIn, User

KEY = re.compile(r'id="two-step-key">([A-Z2-7 ]+)<')


@pytest.fixture
def admins_must_use_it(app, monkeypatch):
    monkeypatch.setitem(app.config, "TWO_STEP_REQUIRED_FOR_ADMINS", True)


def _turn_on(person) -> tuple[pyotp.TOTP, list[str]]:
    """Two-step sign-in set up as the pages do it; the code used is this time step's."""
    two_step.start_set_up(person)
    totp = pyotp.TOTP(two_step.set_up_secret(person))
    codes = two_step.confirm_set_up(person, totp.now(), now=utcnow())
    db.session.commit()
    return totp, codes


def _next_code(totp: pyotp.TOTP) -> str:
    """The next time step's code: accepted (one step either side), and not the one set-up used."""
    return totp.at(utcnow() + timedelta(seconds=totp.interval))


def _press_reset(client, person) -> str:
    """An admin presses "Reset two-step sign-in" on the person's edit page; the page that follows."""
    return client.submit(f"/people/{person.id}/two-step/reset", form_url=f"/people/{person.id}/edit",
                         follow_redirects=True).get_data(as_text=True)


def _signed_in(client) -> bool:
    return client.get("/my-actions").status_code == 200


def test_turning_it_on_shows_the_key_once_and_needs_a_right_code(client, auth, make_person):
    person = make_person()
    auth.login(person)
    assert "Two-step sign-in</a>: off" in client.get("/account").get_data(as_text=True)
    assert client.submit("/account/two-step/start", form_url="/account/two-step").status_code == 302
    page = client.get("/account/two-step/set-up").get_data(as_text=True)
    assert "<svg" in page  # the QR code, drawn inline
    secret = KEY.search(page).group(1).replace(" ", "")
    stored = db.session.scalar(select(TwoStepSignIn.secret_encrypted).where(TwoStepSignIn.person_id == person.id))
    assert secret not in stored  # encrypted at rest

    wrong = client.submit("/account/two-step/set-up", {"code": "000000"}).get_data(as_text=True)
    assert "The code is not right" in wrong and not two_step.has_two_step(db.session.get(User, person.id))
    done = client.submit("/account/two-step/set-up", {"code": pyotp.TOTP(secret).now()})
    codes = re.findall(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>", done.get_data(as_text=True))
    assert done.status_code == 200 and len(set(codes)) == 10
    assert done.headers["Cache-Control"] == "no-store"
    db.session.expire_all()
    assert two_step.has_two_step(db.session.get(User, person.id))
    assert all(code.replace("-", "") not in row for row in db.session.scalars(select(RecoveryCode.code_hash))
               for code in codes)  # stored hashed
    # Never shown again: the set-up page now goes back to the settings, which show no key.
    assert client.get("/account/two-step/set-up").status_code == 302
    assert secret not in client.get("/account/two-step").get_data(as_text=True)


def test_sign_in_asks_for_the_code_after_the_password(client, auth, make_person):
    person = make_person()
    totp, _codes = _turn_on(person)
    response = auth.login(person)
    assert response.status_code == 302 and response.location.endswith("/sign-in/code")
    assert not _signed_in(client)  # the password alone signs nobody in
    wrong = client.submit("/sign-in/code", {"code": "123456"})
    assert wrong.status_code == 200 and "The code is not right" in wrong.get_data(as_text=True)
    right = client.submit("/sign-in/code", {"code": _next_code(totp)})
    assert right.status_code == 302 and _signed_in(client)


def test_a_code_used_once_is_refused_within_its_window(client, auth, make_person):
    person = make_person()
    totp, _codes = _turn_on(person)
    code = _next_code(totp)
    auth.login(person)
    assert client.submit("/sign-in/code", {"code": code}).status_code == 302
    auth.logout()
    auth.login(person)
    again = client.submit("/sign-in/code", {"code": code})
    assert again.status_code == 200 and "The code is not right" in again.get_data(as_text=True)
    assert not _signed_in(client)


def test_a_recovery_code_works_once(client, auth, make_person):
    person = make_person()
    _totp, codes = _turn_on(person)
    auth.login(person)
    assert client.submit("/sign-in/code", {"code": codes[3].upper()}).status_code == 302  # typed in capitals
    assert "9 unused recovery codes" in client.get("/account/two-step").get_data(as_text=True)
    auth.logout()
    auth.login(person)
    assert client.submit("/sign-in/code", {"code": codes[3]}).status_code == 200
    assert not _signed_in(client)


def test_wrong_codes_are_limited_like_wrong_passwords(client, auth, make_person):
    person = make_person()
    _turn_on(person)
    auth.login(person)
    statuses = [client.submit("/sign-in/code", {"code": "000000"}).status_code for _ in range(11)]
    assert statuses == [200] * 10 + [429]


def test_an_email_link_is_not_a_second_step(client, make_person):
    from tracker.people.invitations import PASSWORD_RESET, _link_for

    person = make_person()
    _turn_on(person)
    link = "/reset-password/" + _link_for(PASSWORD_RESET, person, utcnow())[0]
    response = client.submit(link, {"password": "a brand new password", "confirm": "a brand new password"})
    assert response.status_code == 302 and response.location.endswith("/sign-in/code")
    assert not _signed_in(client)


def test_admins_must_set_it_up_before_anything_else(client, auth, make_person, admins_must_use_it):
    admin = make_person(role="admin")
    response = auth.login(admin)
    assert response.location.endswith("/account/two-step")
    people = client.get("/people")
    assert people.status_code == 302 and people.location.endswith("/account/two-step")
    page = client.get("/account/two-step").get_data(as_text=True)
    assert "Administrators must use two-step sign-in" in page
    client.submit("/account/two-step/start", form_url="/account/two-step")
    secret = KEY.search(client.get("/account/two-step/set-up").get_data(as_text=True)).group(1).replace(" ", "")
    client.submit("/account/two-step/set-up", {"code": pyotp.TOTP(secret).now()})
    assert client.get("/people").status_code == 200
    refused = client.submit("/account/two-step/turn-off", form_url="/account/two-step", follow_redirects=True)
    assert "cannot be turned off" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert two_step.has_two_step(db.session.get(User, admin.id))


def test_a_member_turns_it_off(client, auth, make_person):
    member = make_person()
    totp, _codes = _turn_on(member)
    auth.login(member)
    client.submit("/sign-in/code", {"code": _next_code(totp)})
    page = client.submit("/account/two-step/turn-off", form_url="/account/two-step", follow_redirects=True)
    assert "Two-step sign-in is off" in page.get_data(as_text=True)
    db.session.expire_all()
    assert two_step.two_step_of(db.session.get(User, member.id)) is None
    assert db.session.scalar(select(db.func.count()).select_from(RecoveryCode)) == 0


def test_another_admin_resets_a_lost_phone_and_it_is_recorded(client, auth, make_person):
    admin, person = make_person(role="admin"), make_person(name="Lost Phone")
    _turn_on(person)
    auth.login(admin)
    page = client.get(f"/people/{person.id}/edit").get_data(as_text=True)
    assert "Reset two-step sign-in" in page
    assert "two-step sign-in was reset" in _press_reset(client, person)
    db.session.expire_all()
    assert two_step.two_step_of(db.session.get(User, person.id)) is None
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "two_step_sign_ins",
                                                       AuditEvent.event == "removed"))
    assert event.actor_id == admin.id and event.changes["person_id"][0] == person.id
    auth.logout()
    assert auth.login(person).location.endswith("/")  # the password alone now; they set it up again


def test_an_admin_cannot_reset_their_own(client, auth, make_person):
    admin = make_person(role="admin")
    totp, _codes = _turn_on(admin)
    auth.login(admin)
    client.submit("/sign-in/code", {"code": _next_code(totp)})
    page = client.get(f"/people/{admin.id}/edit").get_data(as_text=True)
    assert "Only another administrator can reset yours" in page
    assert "You cannot reset your own two-step sign-in" in _press_reset(client, admin)
    db.session.expire_all()
    assert two_step.has_two_step(db.session.get(User, admin.id))


def test_the_code_page_waits_only_a_few_minutes(client, auth, make_person):
    person = make_person()
    _turn_on(person)
    auth.login(person)
    with client.session_transaction() as session:
        waiting = session["two_step_waiting"]
        session["two_step_waiting"] = {**waiting, "at": waiting["at"] - int(timedelta(minutes=6).total_seconds())}
    response = client.get("/sign-in/code")
    assert response.status_code == 302 and response.location.endswith("/sign-in")  # the password again


def test_new_recovery_codes_replace_the_old_ones(client, auth, make_person):
    person = make_person()
    totp, old_codes = _turn_on(person)
    auth.login(person)
    client.submit("/sign-in/code", {"code": _next_code(totp)})
    page = client.submit("/account/two-step/recovery-codes", form_url="/account/two-step")
    new_codes = re.findall(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>", page.get_data(as_text=True))
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    auth.logout()
    auth.login(person)
    assert client.submit("/sign-in/code", {"code": old_codes[0]}).status_code == 200  # refused
    assert client.submit("/sign-in/code", {"code": new_codes[0]}).status_code == 302
