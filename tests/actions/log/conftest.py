"""The people the action logs in action_logs.py name, in the group whose log it is."""
from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass
class LogTeam:
    group: object
    mary: object  # MW, Head of SEND
    yusuf: object  # YO, named by email in the champions' log
    lena: object  # the group's secretary: holds actions whose owner is not found
    grace: object  # GA
    chair: object


@pytest.fixture
def log_team(make_person, make_group) -> LogTeam:
    mary = make_person(name="Mary Walker", email="mary.walker@example.org", job_title="Head of SEND")
    yusuf = make_person(name="Yusuf Osman", email="yusuf.osman@example.org")
    lena = make_person(name="Lena Price", email="lena.price@example.org")
    grace = make_person(name="Grace Adeyemi", email="grace@example.org")
    chair = make_person(role="chair", name="Jordan Reid", email="jordan@example.org")
    group = make_group(name="SEND Board", kind="board", chair=chair, secretary=lena, members=(mary, yusuf, grace))
    return LogTeam(group, mary, yusuf, lena, grace, chair)


from tests.nudges.conftest import mailbox  # noqa: E402, F401  (a real SMTP server on loopback)
from tests.webhooks.conftest import receiver  # noqa: E402, F401  (a real HTTP receiver on loopback)
