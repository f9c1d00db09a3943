"""A cloud OCR service's JSON result for a scanned, hand-filled action sheet, and a school information
system's notes export with the meeting's notes in its note cells. Written here in new words, not taken
from the corpus."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import ticked_in
from tracker.importer.owners import Candidate, match_owner

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"owen", "reid", "kemi", "adams", "lou", "barker"})

SHEET = """TRANSPORT WORKING GROUP
ACTION LOG
Meeting:
Route planning review
Apologies:
Fern B, Jo Marsh (left early)
No.
Action
Who
By when
Done?
b/f from Feb log: KA route map refresh - DONE
✓
1
Ask the operator for the Hillside minibus timings
OR -7 ask depot
1G/3
2
Write to families about the new pick-up window
KA
Fr1
3
Add the route costs to the April report
LB
30/3
4
Share the letter template
done in mtg ✓
Please return this sheet to the office by Friday.
Page 1 of 1"""


def test_an_ocr_services_json_result_is_read_as_the_scanned_page_its_stacked_table_as_rows():
    result = {"status": "succeeded", "analyzeResult": {"modelId": "prebuilt-read", "content": SHEET,
                                                         "pages": [{"pageNumber": 1, "lines": []}]}}
    found = ticked_in(json.dumps(result, indent=2), HELD, NAMES)
    assert found["Ask the operator for the Hillside minibus timings"] == ("OR -> ask depot", date(2027, 3, 16))
    assert found["Write to families about the new pick-up window"] == ("KA", date(2027, 3, 12))  # "Fr1": Fri
    assert found["Add the route costs to the April report"] == ("LB", date(2027, 3, 30))
    assert not any("route map" in title or "letter template" in title for title in found)


def test_an_older_ocr_results_lines_and_a_textract_results_line_blocks_are_read_too():
    older = {"analyzeResult": {"readResults": [{"page": 1, "lines": [{"text": line} for line in SHEET.splitlines()]}]}}
    blocks = {"Blocks": [{"BlockType": "PAGE"}, *({"BlockType": "LINE", "Text": line} for line in SHEET.splitlines())]}
    for result in (older, blocks):
        found = ticked_in(json.dumps(result), HELD, NAMES)
        assert found["Add the route costs to the April report"] == ("LB", date(2027, 3, 30))


def test_an_owner_then_an_arrow_to_how_they_will_do_it_is_that_owner():
    people = [Candidate(id=1, name="Owen Reid", job_title="Transport Lead", organisations=("Westmoor Council",),
                        group_role="")]
    assert match_owner("OR -> ask depot", people).person.name == "Owen Reid"
    assert match_owner("OR → via the depot manager", people).person.name == "Owen Reid"
