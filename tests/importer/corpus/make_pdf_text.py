"""Writes 72_seventh_pdf_two_column.txt: what pdftotext -layout gives for minutes set in two columns."""
from pathlib import Path

HERE = Path(__file__).parent
GAP = 50


def side_by_side(left: str, right: str) -> list[str]:
    a, b = left.strip("\n").split("\n"), right.strip("\n").split("\n")
    a += [""] * (len(b) - len(a))
    b += [""] * (len(a) - len(b))
    return [(left.ljust(GAP) + right).rstrip() for left, right in zip(a, b, strict=True)]


HEADER = "Westmoor Integrated Care Board                 OFFICIAL              SEND Health Steering Group 29.09.26"

PAGE1_TOP = """
                         WESTMOOR INTEGRATED CARE BOARD
                  SEND HEALTH STEERING GROUP – CONFIRMED MINUTES
          Tuesday 29 September 2026, 10.00–12.00, Room 3, Westmoor House

Present: Yusuf Okafor (YO), Designated Clinical Officer (Chair); Grace Adeyemi (GA), Head of
Children's Therapies; Dr Anita Patel (AP), Consultant Community Paediatrician; Mary Walker (MW),
Head of SEND, Westmoor Council; Tom Evans (TE), PCF co-chair; Fiona McLeod (FM), SALT Clinical Lead
Minutes: Ruth Hill (RH)        Apologies: Liam Porter (LP)
"""

P1_LEFT = """
1. Declarations and previous minutes
No declarations of interest. The minutes of
21 July were agreed. Action 14 (SALT locum
cover) is complete; action 16 (transition
clinics) is carried forward to November.

2. Neurodevelopmental pathway
Dr Patel reported that 1,140 children are
waiting for an autism assessment, with a
median wait of 74 weeks. Validation of the
list has removed 96 duplicate referrals.
TE said families hear nothing for months at
a time. The group agreed that a 'waiting
well' letter should go to every family on
the list. Dr Patel to draft the letter with
TE and send it to YO for sign-off by the end
of October. TE to share the draft with the
PCF steering group parents before sign-off.
"""

P1_RIGHT = """
  ┌──────────────────────────────────────┐
  │ Decisions this meeting               │
  │ • 'Waiting well' letter agreed       │
  │ • Weekly exception report agreed     │
  │ • Terms of reference approved        │
  └──────────────────────────────────────┘

3. Health advice for EHC needs assess-
ments
GA reported that 52% of health advice was
returned within six weeks in August. OT
remains the main pressure because of two
vacancies. MW asked that late advice is
flagged to the SEND team each week rather
than at the deadline. Agreed: GA to set up a
weekly exception report to the SEND team
from 12 October. MW thanked the therapy
teams for the improvement in SALT advice.
"""

FOOTER1 = "Page 1 of 2                                      SEND Health Steering Group – minutes 29.09.26"

P2_LEFT = """
4. Therapy provision in special schools
FM described the new SALT model for Ashdown
and Brook Lane schools: a named therapist
for each class and termly reviews instead of
weekly group sessions. TE said families at
Ashdown had heard about the change from
other parents and were worried that their
children would lose direct therapy. FM to
write to families at both special schools
explaining the new model before the October
half term.

5. Joint commissioning: equipment
Families still wait too long for seating and
standing equipment because funding is agreed
case by case. YO to present options for a
pooled equipment budget with the council by
Q3.
"""

P2_RIGHT = """
6. Terms of reference
The revised terms of reference were approv-
ed, with the PCF as a full member. RH to
circulate the updated terms of reference
with these minutes.

7. Any other business
GA reminded the group that the community
equipment store closes for stocktaking in
the first week of December. No action.

Date of next meeting: Tuesday 24 November
2026, 10.00, Room 3, Westmoor House.
"""

FOOTER2 = "Page 2 of 2                                      SEND Health Steering Group – minutes 29.09.26"


def main() -> None:
    lines = [HEADER, ""]
    lines += PAGE1_TOP.strip("\n").split("\n") + [""]
    lines += side_by_side(P1_LEFT, P1_RIGHT)
    lines += ["", FOOTER1, "\f" + HEADER, ""]
    lines += side_by_side(P2_LEFT, P2_RIGHT)
    lines += ["", FOOTER2]
    (HERE / "72_seventh_pdf_two_column.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
