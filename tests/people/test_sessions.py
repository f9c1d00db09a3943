"""A signed-out session stays ended: its cookie is never re-issued, and no copy outlives the record
that refuses it (issue 14, defect 2)."""
from __future__ import annotations

from datetime import timedelta

from flask import Flask

from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.people.auth import forget_ended_sessions
from tracker.people.models import EndedSession


def _session_in(app: Flask, cookie: str) -> dict:
    return app.session_interface.get_signing_serializer(app).loads(cookie)


def _cookie_for(app: Flask, contents: dict) -> str:
    """A session cookie signed now, as the service signs one when it re-issues it."""
    return app.session_interface.get_signing_serializer(app).dumps(contents)


def _set_cookies(response) -> list[str]:
    return [value for name, value in response.headers.items() if name == "Set-Cookie" and value.startswith("session=")]


def test_a_copy_of_a_signed_out_cookie_is_never_issued_again(app, client, auth, make_person):
    auth.login(make_person())
    copied = client.get_cookie("session").value
    auth.logout()
    client.set_cookie("session", copied)
    response = client.get("/my-actions")
    assert response.status_code == 302 and "/sign-in" in response.location
    for cookie in _set_cookies(response):  # a new cookie (the "sign in" message) holds nobody
        value = cookie.split(";", 1)[0].removeprefix("session=")
        contents = _session_in(app, value) if value else {}
        assert "_user_id" not in contents and "session_id" not in contents, contents


def test_a_signed_out_session_stays_ended_after_the_daily_job_clears_its_record(app, client, auth, make_person):
    """A copy re-signed at any time (before the fix, the refused request itself re-signed it) must
    not come back once the ended-session record is cleared: a session lasts 12 hours from sign-in."""
    auth.login(make_person())
    signed_in = _session_in(app, client.get_cookie("session").value)
    auth.logout()
    # 13 hours later: the daily job clears the record of a session signed out 13 hours ago...
    db.session.execute(db.update(EndedSession).values(ended_at=utcnow() - timedelta(hours=13)))
    forget_ended_sessions(older_than=utcnow() - app.permanent_session_lifetime)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(EndedSession)) == 0
    # ...and a copy of the cookie, re-signed recently, holds a session that began 13 hours ago.
    began = int((utcnow() - timedelta(hours=13)).timestamp())
    client.set_cookie("session", _cookie_for(app, {**signed_in, "signed_in_at": began}))
    response = client.get("/my-actions")
    assert response.status_code == 302 and "/sign-in" in response.location


def test_the_daily_job_keeps_the_record_while_a_copy_could_still_be_presented(app, client, auth, make_person):
    auth.login(make_person())
    copied = client.get_cookie("session").value
    auth.logout()
    db.session.execute(db.update(EndedSession).values(ended_at=utcnow() - timedelta(hours=11, minutes=59)))
    forget_ended_sessions(older_than=utcnow() - app.permanent_session_lifetime)
    db.session.commit()
    client.set_cookie("session", copied)
    assert client.get("/my-actions").status_code == 302


def test_a_session_ends_twelve_hours_after_sign_in_however_often_it_was_re_signed(app, client, auth, make_person):
    auth.login(make_person())
    contents = _session_in(app, client.get_cookie("session").value)
    began = int((utcnow() - app.permanent_session_lifetime - timedelta(minutes=1)).timestamp())
    client.set_cookie("session", _cookie_for(app, {**contents, "signed_in_at": began}))
    assert client.get("/my-actions").status_code == 302
    client.set_cookie("session", _cookie_for(app, {**contents, "signed_in_at": began + 120}))
    assert client.get("/my-actions").status_code == 200
