"""Builds 182_twentysecond_speech_to_text_dictation.txt: unpunctuated speech-to-text of a paediatrician's voice memo."""
import json
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "182_twentysecond_speech_to_text_dictation"

HEAD = """Voice Memo Transcript
File: ND steering 27-09.m4a    Duration: 06:48    Recorded: 27/09/2027 17:52
Device: iPhone (A Patel)    Transcribed by: DictaNote auto-transcription (en-GB)    Confidence: 84%
Note: automatic transcript, not checked. Spoken punctuation commands are shown as heard.
----------------------------------------------------------------------------------------
"""

SPOKEN = (
    "okay this is anita patel notes from the neuro developmental pathway steering group today monday the twenty "
    "seventh of september twenty twenty seven at the child development centre um i'm in the car so this is going "
    "to be rough ruth please tidy up before it goes anywhere new paragraph "
    "present yusef okafor in the chair grace adeyemi helen brooks from riverside tom evans and kerry lang from the "
    "parent carer forum liam porter for the data bit and me apologies from mary walker and from doctor green new "
    "paragraph "
    "item one waiting list so the under fives list is down to thirty one weeks the over fives is still fifty two "
    "weeks which everyone agreed is not acceptable we talked about whether to merge the two pathways and the "
    "decision was we're keeping the under fives and over fives pathways separate for now and we'll revisit in the "
    "new year full stop yusef is going to take the waiting list paper to the ICB quality committee in november so "
    "that's his action new paragraph "
    "item two sensory clinic grace is going to get the OT sensory clinic data split by age by the eighth of "
    "october because at the moment we can't tell how many are under five new paragraph "
    "item three data liam to send me the referrals by postcode end of next week so that's friday the eighth as "
    "well I think he said yes new paragraph "
    "item four schools helen brooks said she would get three send co's to pilot the school observation form this "
    "term she's going to ask at the send co network um she didn't give a date this term is fine new paragraph "
    "item five melatonin i will write to the GP federation about shared care prescribing for melatonin before "
    "half term so by the twenty second of october that's mine new paragraph "
    "item six parent survey tom will no scratch that kerry will circulate the parent survey to the forum mailing "
    "list by the fifteenth of october tom's away in october so kerry's doing it new paragraph "
    "item seven family hubs it would be lovely to get a clinic running out of one of the family hubs but there's "
    "no money at the moment so just a nice idea nobody's doing anything about it yet full stop "
    "the autism strategy we talked about it for a bit but nothing for us to do that's the ICB's document and "
    "they're consulting on it themselves new paragraph "
    "item eight parent information sessions the admin team will book the parent info sessions for january two or "
    "three dates at the CDC and one evening one online new paragraph "
    "any other business ruth confirmed the room is already booked for the next one so that's done next meeting "
    "monday the twenty ninth of november two till four same place new paragraph "
    "um I think that's everything oh and tom asked if we can get the minutes out quicker than last time so ruth if "
    "you could do that end of recording"
)

BODY = textwrap.fill(SPOKEN, width=78)
TXT = HEAD + BODY + "\n" + "-" * 88 + "\n[End of transcript - 6 min 48 s]\n"

LABELS = {
    "meeting_date": "2027-09-27",
    "style": ("Held-out batch twentysecond. Automatic speech-to-text transcript of a consultant paediatrician's "
              "voice memo after a neurodevelopmental pathway steering group: no punctuation, lower case, spoken "
              "commands ('new paragraph', 'full stop', 'scratch that'), mis-heard names ('yusef', 'send co's'), "
              "dates in words. Traps: decision to keep the pathways separate and revisit in the new year; family "
              "hub clinic is a wish ('nobody's doing anything'); autism strategy is the ICB's own consultation; "
              "room already booked (done); 'tom will no scratch that kerry will' - the owner is Kerry, not Tom; "
              "Tom's request about quicker minutes is an aside to Ruth at the end, not agreed in the meeting. "
              "Labelling choices: 'i'/'me' is Anita Patel (the speaker); 'yusef' = Yusuf Okafor; 'end of next "
              "week' resolved to Friday 8 October as the speaker says; 'before half term so by the twenty second "
              "of october' = 2027-10-22; 'this term' for Helen left null; admin team is a team (person null), "
              "booking sessions 'for january' has no booking deadline so null; 'ICB quality committee in "
              "november' labelled meeting 2027-11."),
    "held_out": True,
    "actions": [
        {"key": "take the waiting list paper to the ICB", "owner": "yusef", "person": "Yusuf Okafor", "due": "meeting 2027-11"},
        {"key": "get the OT sensory clinic data split by age", "owner": "grace", "person": "Grace Adeyemi", "due": "2027-10-08"},
        {"key": "liam to send me the referrals by postcode", "owner": "liam", "person": "Liam Porter", "due": "2027-10-08"},
        {"key": "three send co's to pilot the school observation form", "owner": "helen brooks", "person": "Helen Brooks", "due": None},
        {"key": "write to the GP federation about shared care prescribing", "owner": "i", "person": "Anita Patel", "due": "2027-10-22"},
        {"key": "kerry will circulate the parent survey to the forum", "owner": "kerry", "person": "Kerry Lang", "due": "2027-10-15"},
        {"key": "book the parent info sessions for january", "owner": "the admin team", "person": None, "due": None},
    ],
}

(OUT / f"{STEM}.txt").write_text(TXT, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
