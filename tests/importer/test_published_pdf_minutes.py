"""Minutes published as PDFs and web pages: a PDF turned to text with its layout kept (the owner's
"ACTION: XX" set at the right margin of the line an action starts on, its sentence going on below), and
the other shapes a council's or a health board's published record takes. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 3, 4)  # a Thursday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams", "ravi", "owusu"})


def found(text: str, words: str) -> tuple[str, date | None]:
    return next(value for title, value in ticked_in(text, HELD, NAMES).items() if words.lower() in title.lower())


LAID_OUT = """          Northfield Carers Group                          Committee minutes - 4 March 2027

   2.  Garden project
   2.1 Omar reported that the allotment lease runs out in May. Omar to write to the parish council
       about renewing the lease before the end of March.                             ACTION: OL
   2.2 The group agreed the shed needs a new lock. Bea to buy a padlock and spare      ACTION: BC
       keys for the committee by next Friday. Kemi will put up the new rota in the hall
       this week.                                                                    ACTION: KA
   2.3 Ravi to check what the insurance covers for volunteers and tell               ACTION: RO
       Nadia before the open day.

   3.  Date of next meeting
       Thursday 1st April 2027, 7pm.
"""


def test_a_margin_label_beside_the_first_line_of_an_action_owns_the_whole_sentence():
    owner, due = found(LAID_OUT, "padlock and spare keys")
    assert (owner, due) == ("BC", date(2027, 3, 12))


def test_a_sentence_going_on_below_its_label_with_a_capital_is_still_one_action():
    assert found(LAID_OUT, "tell Nadia before the open day")[0] == "RO"
    assert not any(title.startswith("Nadia") for title in suggested_in(LAID_OUT, HELD, NAMES))
