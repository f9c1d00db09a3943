"""Emails printed or saved from mail clients (Outlook's table in its HTML copy, a webmail thread printed with
"Print all") and a phone's messages exported as CSV. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.documents import text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams", "ravi", "owusu"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


def titled(found: dict, words: str) -> tuple[str, date | None, bool]:
    return next(value for title, value in found.items() if title.lower().startswith(words.lower()))


OUTLOOK_EML = """From: Nadia Shah <nadia.shah@example.org>
Date: Fri, 15 Oct 2027 10:02:00 +0100
Subject: Travel panel - actions
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"

Hello both, the actions are below.

No.
Task
Who
Deadline
A1
Price up a second minibus for the Friday run
OL
22/10
A2
Ask the college for its timetable change dates
KA
29/10

Nadia

--b1
Content-Type: text/html; charset="utf-8"

<html><body><p>Hello both, the actions are below.</p>
<table border=1><tr><td><b>No.</b></td><td><b>Task</b></td><td><b>Who</b></td><td><b>Deadline</b></td></tr>
<tr><td>A1</td><td>Price up a second minibus for the Friday run</td><td>OL</td><td>22/10</td></tr>
<tr><td>A2</td><td>Ask the college for its timetable change dates</td><td>KA</td><td>29/10</td></tr>
</table><p>Nadia</p></body></html>

--b1--
"""


def test_an_outlook_email_whose_plain_text_wrote_its_table_a_cell_a_line_is_read_from_its_html_table():
    text = text_from_upload("actions.eml", OUTLOOK_EML.encode())
    assert "A1\tPrice up a second minibus for the Friday run\tOL\t22/10" in text
    found = suggested(text)
    assert titled(found, "Price up a second minibus") == ("OL", date(2027, 10, 22), True)
    assert titled(found, "Ask the college") == ("KA", date(2027, 10, 29), True)


PHONE_CSV = """Conversation,Message Date,Type,Sender Name,Status,Text
"Omar Lewis","2027-10-13 17:02:10","Incoming","Omar Lewis","Read","Evening Jo! Sorry I missed the end of the panel"
"Omar Lewis","2027-10-13 17:05:44","Outgoing","","Not Delivered","No worries. Could you chase the bus company about the new pick-up list?"
"Omar Lewis","2027-10-13 17:06:30","Outgoing","","Read","No worries. Could you chase the bus company about the new pick-up list?"
"Omar Lewis","2027-10-13 17:20:01","Incoming","Omar Lewis","Read","Yes no problem, will ring them tomorrow"
"Omar Lewis","2027-10-13 17:21:12","Outgoing","","Read","Loved “Yes no problem, will ring them tomorrow”"
"Omar Lewis","2027-10-13 17:25:40","Outgoing","","Read","I'll write up the panel notes tonight. Thanks Omar"
"""


def test_a_phones_messages_exported_as_csv_are_read_as_a_chat_the_owner_named_as_greeted():
    found = suggested(PHONE_CSV)
    assert titled(found, "Chase the bus company")[0] == "Omar Lewis"
    assert titled(found, "Write up the panel notes")[0] == "Jo"  # the phone's owner: "Evening Jo!"
    assert sum(title.lower().startswith("chase the bus company") for title in found) == 1  # not its undelivered copy
    assert not any(title.startswith("Loved") for title in found)  # a tapback


def test_an_offer_in_a_chat_answered_yes_is_the_offer_makers_action():
    found = suggested("""[13/10/2027, 18:01] Kemi Adams: Panel went well. Should I book the minibus for the open day?
[13/10/2027, 18:03] Bea Cole: Yes please, that would be great
[13/10/2027, 18:05] Kemi Adams: Will sort it then
""")
    assert titled(found, "Book the minibus for the open day")[0] == "Kemi Adams"


def test_a_will_you_request_after_a_greeting_answered_will_do_is_the_answerers():
    found = suggested("""[13/10/2027, 09:01] Jo Price: Morning Ravi, small thing - will you update the parent leaflet for the new term?
[13/10/2027, 09:20] Ravi Owusu: Afternoon! Will do
[13/10/2027, 09:30] Jo Price: Brilliant thanks
""")
    assert titled(found, "Update the parent leaflet")[0] == "Ravi Owusu"


def test_an_answer_giving_an_earlier_day_than_asked_is_the_actions_due_date():
    found = suggested("""[13/10/2027, 09:01] Jo Price: Ravi can you send the respite figures before the panel on the 28th?
[13/10/2027, 09:20] Ravi Owusu: Will do, the figures are checked on Monday so you'll have them by the 21st
[13/10/2027, 09:30] Jo Price: Perfect
""")
    assert titled(found, "Send the respite figures") == ("Ravi Owusu", date(2027, 10, 21), True)


def test_a_promise_in_a_chat_naming_only_a_weekday_is_due_that_day():
    found = suggested("""[13/10/2027, 09:01] Kemi Adams: Thanks all for today
[13/10/2027, 09:02] Jo Price: I'll circulate the revised terms of reference Friday
[13/10/2027, 09:05] Kemi Adams: Great
""")
    assert titled(found, "Circulate the revised terms of reference") == ("Jo Price", date(2027, 10, 15), True)


def test_a_chat_message_opened_will_with_a_day_is_the_senders_promise():
    found = suggested("""[13/10/2027, 09:01] Jo Price: Where are we with the autumn survey?
[13/10/2027, 09:02] Bea Cole: Nearly there. Will get the draft to Nadia by Monday - sorry for the wait
[13/10/2027, 09:05] Jo Price: No rush
""")
    assert titled(found, "Get the draft to Nadia") == ("Bea Cole", date(2027, 10, 18), True)


GMAIL_PRINT = """14/10/2027, 08:15                       Gmail - Respite review - next steps
Gmail                                                   Jo Price <jo.price@example.org>


Respite review - next steps
3 messages

Jo Price <jo.price@example.org>                                 13 October 2027 at 19:40
To: Kemi Adams <kemi.adams@example.org>, Omar Lewis
<omar.lewis@example.org>

Hi both,

Thanks for tonight. I'll draft the provider letter by Friday.

Jo
https://mail.google.com/mail/u/0/?ik=1a2b3c&view=pt&search=all&permthid=thread-a:r-991    1/2
14/10/2027, 08:15                       Gmail - Respite review - next steps
Kemi Adams <kemi.adams@example.org>                             13 October 2027 at 20:05
To: Jo Price <jo.price@example.org>

Thanks Jo. I'll send the carers' survey results to Omar on Monday.

Kemi
[Quoted text hidden]
1 attachment
https://mail.google.com/mail/u/0/?ik=1a2b3c&view=pt&search=all&permthid=thread-a:r-991    2/2
14/10/2027, 08:15                       Gmail - Respite review - next steps
Survey summary 01.11.27.xlsx
18K

Omar Lewis <omar.lewis@example.org>                             13 October 2027 at 21:10
To: Jo Price <jo.price@example.org>

Thanks both.
"""


def test_a_webmail_thread_printed_whole_is_read_as_a_thread_each_promise_its_senders():
    found = suggested(GMAIL_PRINT)
    assert titled(found, "Draft the provider letter") == ("Jo Price", date(2027, 10, 15), True)
    assert titled(found, "Send the carers' survey results to Omar") == ("Kemi Adams", date(2027, 10, 18), True)


def test_a_printed_threads_attachment_is_not_read_as_a_meeting_of_its_own():
    parsed = parse_outcomes(GMAIL_PRINT, meeting_date=HELD, names=NAMES)
    assert [meeting.date for meeting in parsed.meetings if meeting.date is not None] == []
    assert not any("https://" in title or "Gmail" in title for title in suggested(GMAIL_PRINT))
