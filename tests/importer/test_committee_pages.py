"""Council committee pages (CMIS, ModernGov and their like): a whole page inside one ASP.NET <form>,
menus named by class instead of <nav>, an attendance table, and minutes whose discussion and
"RESOLVED – That (1) ...; and (2) ..." run together in one table cell. Written in new words: none
of this text is in the scored corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.documents import text_from_html
from tracker.importer.parse import parse_outcomes, resolution_item

HELD = date(2027, 2, 9)

PAGE = """<html><body><form method="post" action="/Meetings/ViewMeeting.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="abc" />
<div id="masthead"><ul class="topMenu"><li><a href="/">Councillors</a></li><li><a href="/">Forward plan</a></li></ul></div>
<div class="pageBreadcrumb"><a href="/">Meetings</a> &gt; Schools Forum &gt; 9 Feb 2027</div>
<h1>Schools Forum</h1>
<table><tr><th>Name</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Anna Pryce</td><td>Chair</td><td>Present</td></tr>
<tr><td>Mr Ravi Desai</td><td>Headteacher representative</td><td>Apologies</td></tr></table>
<table>
<tr><td>SF/08/27</td><td>HIGH NEEDS BLOCK BUDGET 2027/28 The Head of Finance presented the report. Members asked about the
cost of out-of-area places. RESOLVED – That (1) the report be noted; (2) the Head of Finance be asked to
circulate a breakdown of out-of-area costs by school phase within 10 working days; and (3) the
Director of Education bring a recovery plan to the next meeting.</td></tr>
<tr><td>SF/09/27</td><td>MINUTES RESOLVED – That the minutes of the meeting held on 8 December 2026 be confirmed as a
correct record and the thanks of the Forum be recorded to the clerk.</td></tr>
</table>
</form></body></html>"""


def test_a_page_wrapped_in_one_form_is_read_and_its_menus_named_by_class_are_not():
    text = text_from_html(PAGE)
    assert "HIGH NEEDS BLOCK BUDGET" in text
    assert "Forward plan" not in text and "Councillors" not in text and "Meetings >" not in text


def test_a_search_form_is_still_dropped():
    text = text_from_html("<body><form><label>Search</label><input name=q><button>Go</button></form>"
                          "<p>Minutes of the panel.</p></body>")
    assert "Search" not in text and "Minutes of the panel." in text


def test_a_committee_minute_cell_gives_its_resolutions_actions_with_owners_and_dates():
    meeting = parse_outcomes(text_from_html(PAGE), meeting_date=HELD).meetings[-1]
    ticked = [(s.title, s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested]
    assert ticked == [
        ("Circulate a breakdown of out-of-area costs by school phase within 10 working days",
         "the Head of Finance", date(2027, 2, 23)),
        ("Bring a recovery plan to the next meeting", "the Director of Education", None),
    ]
    assert meeting.agenda[0].title == "HIGH NEEDS BLOCK BUDGET 2027/28"


def test_an_attendance_table_names_who_came_not_who_acts():
    meeting = parse_outcomes(text_from_html(PAGE), meeting_date=HELD).meetings[-1]
    assert not any("Pryce" in s.title or "Desai" in s.title for s in meeting.suggestions)


def test_a_resolution_asking_someone_to_act_makes_them_the_owner():
    asked = resolution_item("the Assistant Director, Inclusion be requested to publish the revised banding "
                            "descriptors by 31 March 2027")
    assert asked.title == "publish the revised banding descriptors by 31 March 2027"
    assert asked.owners == ("the Assistant Director, Inclusion",)
    assert resolution_item("the thanks of the panel be recorded to the outgoing vice-chair") is None


def test_resolution_items_run_inline_after_that_lose_the_words_joining_them():
    meeting = parse_outcomes("RESOLVED – That (1) the update be noted; and (2) the Virtual School Head "
                             "arrange training for designated teachers by the end of May 2027.",
                             meeting_date=HELD).meetings[-1]
    ticked = [s for s in meeting.suggestions if s.suggested]
    assert [(s.title, s.owner_text) for s in ticked] == [
        ("Arrange training for designated teachers by the end of May 2027", "the Virtual School Head")]
