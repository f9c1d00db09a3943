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


CASE_NOTES = '''Contact Notes Report - Hillside Academy - Filter: Category = 'Inclusion' - 01/03/2027 to 10/03/2027 - Exported 10/03/2027 by lbarker
Learner,Year,Note Date,Category,Title,Note,Author,Follow-up Required,Follow-up Date,Follow-up Assigned To,Follow-up Completed
Learner 1,Year 8,09/03/2027,Inclusion - Review,Review 9/3,"Talked through the timetable at the review. Present: LB, KA, Owen Reid.
- Owen Reid to send the reading assessment to the family by 19/3
- KA to book the interpreter for the next review
carry on with the reading group",Lou Barker,Yes,19/03/2027,Owen Reid,No
Learner 2,Year 9,02/03/2027,Inclusion - Contact,Phone call,"Rang home. KA to post the transport form tomorrow. [form posted 03/03]",Lou Barker,Yes,03/03/2027,Kemi Adams,Yes
'''


def test_a_notes_export_with_follow_up_columns_reads_each_note_under_its_own_day():
    found = ticked_in(CASE_NOTES, HELD, NAMES)
    assert found["Send the reading assessment to the family by 19/3"] == ("Owen Reid", date(2027, 3, 19))
    assert any(title.startswith("Book the interpreter") and owner == "KA" for title, (owner, _) in found.items())
    assert not any("transport form" in title or title in ("Yes", "No") or "Exported" in title for title in found)


def test_a_question_then_a_bracket_saying_it_was_not_agreed_is_no_action():
    notes = ("Review notes\n\nFamily not yet told - KA to ring dad this wk? (KA said she'd check with the school "
             "first instead - not agreed)\n\nLB to send the minutes by Friday.\n")
    found = ticked_in(notes, HELD, NAMES)
    assert found == {"Send the minutes by Friday": ("LB", date(2027, 3, 12))}


def test_a_note_about_someone_who_replied_she_would_do_it_is_hers():
    notes = ("Review notes\n\nKemi Adams (transport lead, council) - I rang her after the review & she replied "
             "she would send the new timings to me by Thurs.\n")
    assert ticked_in(notes, HELD, NAMES) == {"Send the new timings to me by Thurs": ("Kemi Adams", date(2027, 3, 11))}
