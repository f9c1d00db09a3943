"""A council's printed minutes (minute numbers in the margin, underlined matters arising, resolutions
after a vote, officers by job title) and a decision record's actions table typed in an email, written
here in new words, not taken from the held-out documents."""
from __future__ import annotations

from datetime import date

import pytest
import weasyprint

from tests.importer.reading import ticked_in
from tracker.importer.documents import text_from_upload
from tracker.importer.owners import in_full, split_owners

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"omar", "haddad", "lena", "bryony", "marsh"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


PRINTED_MINUTES = """<html><body style='font-family: sans-serif; font-size: 10.5pt; width: 15cm'>
<p>Minutes of a meeting of the Harbourside Access Panel held on Tuesday, 9 March 2027</p>
<style>td { padding-top: 9pt; vertical-align: top }</style><table style='border-collapse: collapse'>
<tr><td style='width: 1.2cm'>41</td><td>ROOM BOOKINGS<br>
<u>Minute 12 (Hall hire charges)</u> - The Facilities Officer reported that the new<br>
charges had been published on 2 March 2027. No further action.</td></tr>
<tr><td>42</td><td>ACCESSIBLE PARKING<br>
<u>Minute 14 (Blue badge bays)</u> - The Estates Manager said that two more bays<br>
would be marked out. The Estates Manager agreed to send members the bay plan by 19 March 2027.</td></tr>
<tr><td>43</td><td>ANY OTHER BUSINESS<br>There was no other business.</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def printed_minutes() -> str:
    return text_from_upload("access panel.pdf", weasyprint.HTML(string=PRINTED_MINUTES).write_pdf())


def test_an_underlined_matter_arising_is_not_a_rule_that_runs_printed_minutes_together(printed_minutes):
    rows = [line for line in printed_minutes.splitlines() if "\t" in line]
    assert [row.split("\t")[0] for row in rows] == ["41", "42", "43"]
    assert ticked(printed_minutes) == {"Send members the bay plan by 19 March 2027": ("The Estates Manager",
                                                                                      date(2027, 3, 19))}


def test_a_resolution_after_a_vote_gives_each_officer_their_item():
    text = """7 LIBRARY OPENING HOURS
The Head of Libraries introduced the report.
Following a vote (5 for, 2 against), it was
RESOLVED:
(a) That the Panel supports, in principle, Sunday opening at two branches.
(b) That the Head of Libraries write to all friends' groups setting out the trial by Friday 26 March 2027.
"""
    assert ticked(text) == {"Write to all friends' groups setting out the trial by Friday 26 March 2027": (
        "the Head of Libraries", date(2027, 3, 26))}


def test_the_next_meetings_date_resolved_and_a_national_bodys_own_work_are_not_actions():
    text = """8 FUNDING UPDATE
The Finance Lead reported that the Education and Skills Funding Agency was late. The ESFA would publish
the final allocations in April and would write to each trust after that.
9 DATE OF NEXT MEETING
RESOLVED: That the next meeting of the Panel be held on Tuesday, 8 June 2027 at 10.00 am.
"""
    assert ticked(text) == {}


def test_mrs_and_a_surname_is_the_member_the_attendance_lists_by_initial_when_the_surname_is_known():
    attendance = "Present: Mr O Haddad (Chair), Mrs L Haddad (Parent Governor), Ms B Marsh, Mr T Quill"
    assert in_full("Mrs Haddad", attendance, NAMES) == "Mrs L Haddad"
    assert in_full("Mr Quill", attendance, NAMES) == "Mr Quill"  # no one of that name to tell apart


EMAILED_RECORD = """From: Bryony Marsh <bryony.marsh@example.org>
Subject: Decision record DR-14 - minibus contract

Dear all, the record is below.

> DECISION RECORD DR-14
> 5. ACTIONS ARISING
> No | Action                                   | Owner                       | By
> ---+------------------------------------------+-----------------------------+-----------
> 1  | Send the contract award letter to        | Priya Lund, Fleet Contracts | 19/03/2027
>    | Coastway Coaches                         | Officer                     |
> 2  | Update the budget schedule               | Council Head of Finance     | 31/03/2027
>    | for the transport pool                   | (Transport) / Trust CFO     |
> 3  | Publish the notice on the website        | Web Team                    | COMPLETE
>    | Transport page                           |                             | 05/03/2027
"""


def test_a_numbered_actions_table_typed_in_an_email_keeps_each_rows_wrapped_lines():
    found = ticked(EMAILED_RECORD)
    assert found["Send the contract award letter to Coastway Coaches"] == ("Priya Lund, Fleet Contracts Officer",
                                                                         date(2027, 3, 19))
    assert found["Update the budget schedule for the transport pool"] == ("Council Head of Finance (Transport)",
                                                                         date(2027, 3, 31))
    assert not any("Transport page" in title for title in found)


def test_a_name_then_a_comma_and_a_job_title_is_one_owner():
    assert split_owners("Priya Lund, Fleet Contracts Officer") == ["Priya Lund, Fleet Contracts Officer"]
    assert split_owners("Council Head of Finance / Trust Deputy CFO") == ["Council Head of Finance", "Trust Deputy CFO"]


CORRECTED_RECORD = """From: Bryony Marsh <bryony.marsh@example.org>
Date: Wed, 17 Mar 2027 10:02:11 +0000
Subject: RE: DR-14 for sign-off

Fine by me with Omar's changes.

-----Original Message-----
From: Haddad Omar (NHS HARBOURSIDE ICB) <omar.haddad2@nhs.net>
Sent: 16 March 2027 16:40
To: Bryony Marsh <bryony.marsh@example.org>
Subject: RE: DR-14 for sign-off

Two corrections please:

1. Action 2 (route audit) should sit with me, not Tariq. Tariq's team will
support the audit but it was me the group asked. Same date.

2. Action 3 - 2 April is Good Friday, so the letters will go to families on
Thursday 1 April instead.

-----Original Message-----
From: Governance Team <governance@example.org>
Sent: 15 March 2027 09:00
Subject: DR-14 for sign-off

> DECISION RECORD DR-14 (Panel, 9 March 2027)
> 5. ACTIONS ARISING
> No | Action                                   | Owner                       | By
> ---+------------------------------------------+-----------------------------+-----------
> 1  | Send the contract award letter           | Bryony Marsh                | 19/03/2027
> 2  | Audit the three minibus routes           | Tariq Bell (Fleet)          | 30/04/2027
> 3  | Write to families about the new          | Lena Haddad                 | 02/04/2027
>    | pick-up times                            |                             |
> 6. REVIEW
> The Panel will review the new contract at its meeting in September 2027.
"""


def test_a_replys_corrections_move_a_numbered_actions_owner_to_its_writer_and_its_date():
    assert ticked(CORRECTED_RECORD) == {
        "Send the contract award letter": ("Bryony Marsh", date(2027, 3, 19)),
        "Audit the three minibus routes": ("Omar Haddad", date(2027, 4, 30)),
        "Write to families about the new pick-up times": ("Lena Haddad", date(2027, 4, 1)),
    }


def test_a_members_request_already_met_or_answered_by_an_officers_offer_and_the_forums_own_vote_are_not_actions():
    text = """12 SHORT BREAKS GUIDE
Members welcomed the guide. Ms Okoro asked that a section on sibling support be added to the next edition;
the Short Breaks Manager said that the sibling section had been added in the draft now out for comment.
13 CHARGING POLICY
Governor members would be asked to vote on the charging policy at the June meeting.
Mr Quill asked that parent carers be invited to the policy workshops. The Short Breaks Manager agreed to hold
a separate evening session for parent carers by 30 April 2027.
"""
    assert ticked(text) == {"Hold a separate evening session for parent carers by 30 April 2027": (
        "The Short Breaks Manager", date(2027, 4, 30))}


def test_another_teams_work_said_to_be_theirs_not_the_groups_is_not_an_action():
    text = """4. Respite review
The commissioning team will run three listening events for carers. This is the commissioning team's review,
not the group's. ACTION: OH to add the listening event dates to the carers' newsletter by 2 April.
"""
    assert ticked(text) == {"Add the listening event dates to the carers' newsletter by 2 April": ("OH", date(2027, 4, 2))}


def test_a_request_followed_by_an_offer_about_something_else_is_still_suggested():
    text = """14 ACCESS AUDIT
The Panel requested that the access audit be shared with the disability forum.
The Estates Manager agreed to cost the ramp repairs at the library by 30 April 2027.
"""
    assert set(ticked(text)) == {"Share the access audit with the disability forum",
                                 "Cost the ramp repairs at the library by 30 April 2027"}


def test_a_printed_minutes_title_in_capitals_wrapped_onto_a_second_line_stays_one_heading():
    text = """Minutes of the Harbourside Access Panel held on 9 March 2027
14 PARKING AND TRANSPORT PLAN - PROGRESS AND NEXT STEPS
2027/28
The Estates Manager introduced the report. Ms Okoro offered to share it with the tenants' forum once it had been checked.
15 DATE OF NEXT MEETING
RESOLVED:
That the next meeting be held on 8 June 2027.
"""
    assert ticked(text) == {"Share it with the tenants' forum once it had been checked (PARKING AND TRANSPORT PLAN - "
                            "PROGRESS AND NEXT STEPS 2027/28)": ("Ms Okoro", None)}
