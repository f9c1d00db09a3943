"""Minutes printed, scanned and read back by OCR: O read as 0 and l as 1 inside words, m as "rn",
the owner typed at the right margin ("ACTI0N: KB"), the scanning app's footer. Written here in new
words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.ocr import ocr_mended
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 2, 3)
SCAN = """NORTHBR00K INCLUSI0N PANEL                                            DRAFT
Minutes of the rneeting held on Wednesday 3 February 2027, 10.00am
Present: Kim Boyd (KB) Chair, Lee Ward (LW), Jo 0kafor (JO), Sam Cole (SC)

1.  Minutes and matters arising
    The minutes were agreed. The concern about returns from last time was
    closed: KB had a1ready sent the figures to the governors in January.

2.  Exclusions
    LW presented the exclusion figures for the autumn terrn. Members looked
    at the figures by school phase and at the pattern in Year 9.
    LW to send the breakdown by school phase to all rnembers by 17
    February.                                                ACTI0N: LW
    J0 to arrange a visit to the two schools with the highest numbers
    before half terrn.                                       ACTION: J0

3.  Any other business
    SC said the tearn would think about a parents' session but nothing
    was agreed. KB to circu1ate the draft inclusion charter for comment
    by 24 February.
                                                             ACTI0N: KB

- 1 -                                                  Scanned with CamScanner
"""


def test_ocr_misreadings_are_mended_and_margin_owners_read():
    meeting = outcomes_for(parse_outcomes(SCAN, meeting_date=HELD), HELD, lenient=True)
    ticked = [(s.title, s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested]
    assert ticked == [
        ("Send the breakdown by school phase to all members by 17 February", "LW", date(2027, 2, 17)),
        ("Arrange a visit to the two schools with the highest numbers before half term", "JO", date(2027, 2, 12)),  # half term from 15 February
        ("Circulate the draft inclusion charter for comment by 24 February", "KB", date(2027, 2, 24)),
    ]
    # "SC said the team would think about ... but nothing was agreed": no action, as the minutes say
    assert not any("CamScanner" in s.title or "parents' session" in s.title for s in meeting.suggestions if s.suggested)


def test_words_meant_with_rn_and_codes_with_digits_stay_as_written():
    mended = "\n".join(ocr_mended(SCAN.split("\n")))
    assert "NORTHBROOK INCLUSION PANEL" in mended and "Jo Okafor" in mended and "meeting held" in mended
    assert "The concern about returns" in mended  # "rn" meant: "concem" and "retums" are no words of the minutes
    assert "autumn term" in mended and "the team would" in mended
    assert "Scanned with" not in mended


def test_text_that_was_not_ocr_d_passes_through_unchanged():
    typed = ["A1. KS2 results for Q3 2026/27: LW to return the figures at 10am.",
             "A2. Y0 and Y1 pupils (Reception): no concern raised; the modern foreign languages offer",
             "is unchanged. Action 3: 0800 line staffed by the tearn from 1 April."]
    assert ocr_mended(typed) == typed
