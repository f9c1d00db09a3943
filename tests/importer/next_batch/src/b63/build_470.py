"""470: a Board deck (Safety Valve / DSG update) copied out of PowerPoint's OUTLINE view
into a .txt: slide titles flush left, body levels as tabs, no slide numbers, charts and
tables missing (the secretary retyped the actions table), empty chart-only slides."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "470_sixtythird_board_deck_powerpoint_outline_view_copy"

T = "\t"
LINES = [
    "From Ruth - Safety Valve deck as updated after Thursday's Board (25 Feb). The file is 38MB with the charts",
    "so I've copied it out of outline view instead. Charts and tables don't come across in outline view - I've",
    "typed the actions table back in by hand on the 'Agreed actions' slide. Full deck on the Board Teams site.",
    "",
    "Westmoor SEND Partnership Board",
    T + "Safety Valve and DSG recovery - update",
    T + "Thursday 25 February 2027",
    T + "James Whitfield, Assistant Director SEND and Inclusion",
    "Where we are",
    T + "In-year high needs deficit forecast £4.1m (was £5.3m at Q2)",
    T + "Cumulative DSG deficit £18.6m at 31 March 2026",
    T + "Safety Valve agreement: year 2 of 5",
    T + T + "Conditions 1-4 on track",
    T + T + "Condition 5 (specialist places) amber",
    "High needs spend trend 2022-27",
    "Delivered since November",
    T + "Ordinarily Available Provision guide published (January)",
    T + "12 new resourced provision places opened at Northfield Academy",
    T + "EHCP 20-week timeliness up to 54% (from 41%)",
    T + "Banding review consultation closed 5 February - 63 responses",
    T + T + "Summary of responses sent to all schools 19 February",
    "What the DfE does next",
    T + "Quarterly monitoring return due 31 March",
    T + T + "Officer return - no Board sign-off needed",
    T + "DfE adviser visit planned for May (date to be set by DfE)",
    "Risks",
    T + "Independent special school placements still rising (+9 since September)",
    T + "Therapies capacity - see Health update",
    T + "Transport costs linked to out-of-area placements",
    "Placements by setting type",
    "Questions from the Board",
    T + "Can we see the deficit broken down by need type? (Tom Evans)",
    T + "Will the banding changes reduce top-up for any mainstream school? (Helen Brooks)",
    T + T + "Answered on the day - no school will see a reduction in 2027-28; protection runs to March 2028",
    T + "Is the May DfE visit open to parent reps? (Tom Evans)",
    T + "Why has condition 5 gone amber? (Anne Price)",
    T + T + "Answered - capital scheme at Westfield delayed by planning; new opening date September 2028",
    "Decisions",
    T + "Board endorsed the revised Safety Valve plan for submission to the DfE",
    T + "Banding option B recommended to Schools Forum (18 March) - Schools Forum decides",
    "Agreed actions",
    T + "[table - doesn't show in outline view, typed back in by RH: action - who - when]",
    T + "Break down the high needs deficit by primary need type - Liam Porter - next Board",
    T + "Write to the DfE asking if parent reps can join the May visit - James Whitfield - 12 March",
    T + "Share banding option B modelling with the PCF before Schools Forum - Mary Walker - Fri 5 March",
    T + "Bring a specialist places sufficiency update (condition 5) - Priya Shah - April Board",
    T + "Circulate the plan as submitted to Board members - Ruth - by Thursday 25 March (before Easter)",
    T + "Agree the format of the therapies risk item in the Health update with Grace - Yusuf - next Board",
    "Next Board",
    T + "Thursday 22 April 2027, 2pm, Council Chamber",
    T + "Papers out Thursday 15 April",
    "",
]

TXT = "\r\n".join(LINES)

LABELS = {
    "meeting_date": "2027-02-25",
    "style": (
        "Held-out batch sixtythird. A Partnership Board Safety Valve / DSG recovery slide deck (Thursday 25 "
        "February 2027) copied out of PowerPoint's outline view into a .txt by the secretary: slide titles flush "
        "left, bullet levels as tab indents, no slide numbers, chart-only slides reduced to a bare title ('High "
        "needs spend trend 2022-27', 'Placements by setting type'), and the actions table missing from the outline "
        "and retyped by Ruth as 'action - who - when' lines. Traps: 'Delivered since November' items (done); "
        "'What the DfE does next' (other body; officer-only return); Risks; 'Questions from the Board' - some "
        "answered on the day, two that became actions only via the Agreed actions slide (label those, not the "
        "questions); Decisions (plan endorsed, Schools Forum decides banding); next Board date and papers date "
        "are arrangements, not actions. Labels: 'next Board' and 'April Board' = Thursday 22 April 2027; James "
        "Whitfield 12 March (Fri); Mary Walker Fri 5 March; Ruth 'by Thursday 25 March (before Easter)' - Good "
        "Friday 26 March is a bank holiday; Yusuf = Yusuf Okafor."
    ),
    "held_out": True,
    "actions": [
        {"key": "Break down the high needs deficit by primary need", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-04-22"},
        {"key": "Write to the DfE asking if parent reps", "owner": "James Whitfield", "person": "James Whitfield", "due": "2027-03-12"},
        {"key": "Share banding option B modelling with the PCF", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-03-05"},
        {"key": "Bring a specialist places sufficiency update", "owner": "Priya Shah", "person": "Priya Shah", "due": "2027-04-22"},
        {"key": "Circulate the plan as submitted to Board members", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-03-25"},
        {"key": "Agree the format of the therapies risk item", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-04-22"},
    ],
}

(OUT / f"{STEM}.txt").write_text(TXT, encoding="utf-8", newline="")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
