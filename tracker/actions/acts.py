"""What an owner can do to an open action, named once: the action's page, the one-click page an
email link opens, the emails that offer the links, and the confirmations all say the same words,
so "Move the due date" in an email is "Move the due date" on the page it opens and on the action's
own page. Keyed as the email links are (tracker/nudges/views.py)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Act:
    name: str  # the link or button that offers it, and the heading of its page
    button: str  # the button that saves it
    done: str  # what the page says once it is saved

    @property
    def in_a_sentence(self) -> str:
        return self.name[0].lower() + self.name[1:]


POST_UPDATE = Act("Post an update", "Post the update", "Your update was posted.")
COMPLETE = Act("Mark as completed", "Mark as completed", "The action is marked as completed.")
MOVE_DUE_DATE = Act("Move the due date", "Move the due date", "The due date was moved.")
CANNOT_BE_DONE = Act("Close as cannot be done", "Close as cannot be done", "The action is closed as cannot be done.")

ACTS = {"update": POST_UPDATE, "complete": COMPLETE, "more-time": MOVE_DUE_DATE, "cannot-be-done": CANNOT_BE_DONE}


def acts_in_a_sentence() -> str:
    """ "post an update, mark as completed, move the due date, or close as cannot be done" """
    names = [act.in_a_sentence for act in ACTS.values()]
    return ", ".join(names[:-1]) + ", or " + names[-1]
