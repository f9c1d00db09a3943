"""An administrator connects another of the partnership's systems: an address that is this service
itself is refused at the field; the receiver's address is taken, its secret shown once, and what was
sent is listed with the receiver's answers (each page checked by axe, as every journey's)."""
from datetime import timedelta

from tests.webhooks.conftest import Receiver
from tracker.actions import operations as actions
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.webhooks import operations as webhooks

SITE = "SEND Partnership Tracker"


def test_administrator_adds_a_webhook_and_sees_what_was_sent(app, sign_in, make_person, make_group):
    receiver = Receiver()
    try:
        admin = sign_in(make_person(role="admin", name="Priya Shah"))
        admin.go("/webhooks").sees_title(f"Webhooks – People – {SITE}")
        admin.fill("Address to send events to", app.config["BASE_URL"].upper() + "/api/v1/actions")
        admin.tick("An action is raised").press("Add webhook")
        message = "The address is this service's own: events must go to another system"
        assert admin.errors_listed() == [message]
        admin.fill(admin.follow_error(message), receiver.url)
        admin.tick("An action is raised").press("Add webhook").sees_title(f"Webhook added – People – {SITE}")
        admin.sees("It is not shown again")

        owner = make_person(name="Chris Nolan")
        group = make_group(name="Preparing for Adulthood", members=[owner])
        for title, answer in (("Book the hall for the June meeting", 200), ("Send the minutes to the Board", 500)):
            receiver.status = answer
            actions.create_action(title=title, owner=owner, group=group, by=owner, today=local_today(),
                                  due_on=local_today() + timedelta(days=10))
            db.session.commit()
            webhooks.deliver_pending()
        admin.go("/webhooks").follow(receiver.url).sees("200: thanks").sees("The receiver answered 500")
    finally:
        receiver.close()
