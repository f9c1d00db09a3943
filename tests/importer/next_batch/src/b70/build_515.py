"""515: community paediatric clinic letter to GP and parents, 'Plan' as the last paragraph (.txt from the clinical letter system)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "515_seventieth_paediatric_clinic_letter_gp_parents_plan_paragraph"

TEXT = """\
                                        Westmoor Community Health NHS Trust
                                        Children's Community Paediatrics
                                        Child Development Centre
                                        Westmoor Health Campus, Moor Lane
                                        Westmoor  WM4 2QT
                                        Tel: 01632 960 451
                                        Secure email: wchnt.cdc@nhs.net

Our ref:     AP/CDC/0219/ER
NHS No:      943 476 5919
Clinic:      Thursday 4 February 2027, Community Paediatric Clinic 3 (Dr Patel)
Dictated:    04/02/2027
Typed:       11/02/2027  JW
Hospital No: W0448127

PRIVATE AND CONFIDENTIAL

Dr S Whitlock
Moorside Medical Practice
14 Station Road
Westmoor  WM2 6BD

Dear Dr Whitlock

Re:  Ellie ROWLANDS   DOB 17/06/2020
     12 Heather Close, Westmoor  WM3 8TF

Diagnoses / problems:
  1. Sleep onset difficulty - on melatonin since September 2026
  2. Social communication difficulties - possible autism spectrum condition (under assessment)
  3. Restricted diet ("beige foods") - growth satisfactory
  4. Constipation - resolved, off Movicol since November 2026

Current medication:
  Melatonin 2 mg modified-release tablets, one at 6.45pm (hospital prescription)

I reviewed Ellie today in my clinic with her mum and dad, Mr and Mrs Rowlands. Her younger brother, T, also
came along. I am writing to you and copying this letter to Ellie's parents, as we agreed in clinic, and to
Ellie's school with their consent.

Ellie is now 6 years old and in Year 2 at Riverside Primary School, where she is on SEN support. At our last
appointment in September I asked school to complete a Social Communication Questionnaire, and Mrs Brooks
(SENCo) returned this in November together with a helpful school report - thank you. The school report
describes a bright girl who is doing well in maths and reading, but who finds unstructured times very hard,
often plays alone or directs other children's play, and becomes very distressed with changes to routine
(for example a supply teacher or the Christmas play rehearsals).

Mum and Dad describe long "meltdowns" after school most days, lasting up to an hour, which they feel are
because Ellie has "held it together" all day. She is very particular about clothing labels and socks, covers
her ears with the hand dryers and will only eat a small range of foods (plain pasta, chicken nuggets, crackers,
yoghurt, apple). Sleep has improved on melatonin - she now falls asleep at about 8.15pm most nights rather than
after 10pm - but she still wakes early (5.00-5.30am) and Mum feels this has crept back in the last month.
Parents have not kept a diary since the autumn.

On examination Ellie was initially reluctant to come into the room and lined up the cars along the edge of the
table for most of the appointment. Eye contact was fleeting. She talked to me at length about volcanoes. Weight
21.0 kg (50th-75th centile), height 117 cm (50th centile). General and neurological examination was normal.

Impression: Ellie's history and presentation, and the school's report, are consistent with a possible autism
spectrum condition, and I feel a full multidisciplinary assessment is appropriate. There is no indication to
change her melatonin at present, but I would like a clearer picture of her sleep.

We talked about whether a referral to CAMHS would help with Ellie's anxiety. Mum did not want to pursue this
at the moment and would prefer to wait until after the autism assessment; I am happy with this and we can
revisit it at any time. Dad asked about a weighted blanket. I explained that the evidence for these is limited
and they are not provided by the Trust, but some families find them helpful. School may also wish to consider
a quiet space and a visual timetable for Ellie at lunchtimes; these are suggestions only and I know Mrs Brooks
already has a number of strategies in place.

Plan:
  1. I have today referred Ellie to the Westmoor Neurodevelopmental Pathway for an autism assessment. Parents
     are aware that the current waiting time is approximately 18 months.
  2. I would be grateful if you could take over prescribing melatonin 2 mg MR from 1 March 2027 under the
     shared care agreement (enclosed). I will continue to review the dose in clinic.
  3. Mum has agreed to keep a sleep diary for four weeks and send it to the CDC nursing team.
  4. I will refer Ellie to the Children's Occupational Therapy service for a sensory assessment.
  5. School (Mrs Brooks): please could you complete the enclosed Sensory Profile 2 school questionnaire and
     return it to me before Easter.
  6. Dad will contact Westmoor SENDIASS for advice about requesting an EHC needs assessment.
  7. I will review Ellie in clinic in 6 months, or sooner if there are concerns.

Yours sincerely



Dr Anita Patel  MBBS MRCPCH
Consultant Community Paediatrician

Dictated but not signed to avoid delay

cc:  Mr and Mrs Rowlands (parents), 12 Heather Close, Westmoor  WM3 8TF
     Mrs Helen Brooks, SENCo, Riverside Primary School (with parental consent)
     Westmoor Neurodevelopmental Pathway - referral hub
     CDC nursing team (sleep)

--------------------------------------------------------------------------------
This letter contains confidential information. If you are not the intended recipient please contact the
Child Development Centre on 01632 960 451. Westmoor Community Health NHS Trust, Trust HQ, Moor Lane, Westmoor.
"""

(OUT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")

labels = {
    "meeting_date": "2027-02-04",
    "style": (
        "Held-out batch seventieth. A consultant community paediatrician's clinic letter (plain text saved from the "
        "Trust's letter system: address block, ref/NHS No, clinic date 4 February 2027, dictated 04/02/2027 but typed "
        "11/02/2027) written to the GP and copied to parents and school, with a numbered 'Plan' as the last paragraph. "
        "The meeting date is the clinic date, not the typed date. Owners: 'you' = the GP Dr Whitlock (not in the cast); "
        "'I' = the letter's author Dr Anita Patel; Mum and Dad (person null); school / Mrs Brooks = Helen Brooks. "
        "Traps: Ellie and her brother 'T' own nothing; plan item 1 ('I have today referred') is already done in clinic "
        "and is not labelled; last time's SCQ request to school is done; the CAMHS referral was declined by Mum "
        "(not an action); the weighted blanket and the lunchtime quiet space / visual timetable are suggestions only; "
        "'I will continue to review the dose in clinic' is folded into the 6-month review. Dates: 'from 1 March 2027' "
        "= 2027-03-01; 'for four weeks' from the clinic = Thursday 4 March 2027; OT referral has no date (null); "
        "'before Easter' = Thursday 25 March 2027 (Good Friday 26 March is a bank holiday); SENDIASS contact has no "
        "date (null); 'in 6 months' from 4 February = Wednesday 4 August 2027."),
    "held_out": True,
    "actions": [
        {"key": "take over prescribing melatonin 2 mg MR", "owner": "Dr Whitlock", "person": None, "due": "2027-03-01"},
        {"key": "Mum has agreed to keep a sleep diary", "owner": "Mum", "person": None, "due": "2027-03-04"},
        {"key": "I will refer Ellie to the Children's Occupational Therapy", "owner": "Dr Anita Patel", "person": "Anita Patel", "due": None},
        {"key": "complete the enclosed Sensory Profile 2 school questionnaire", "owner": "Mrs Brooks", "person": "Helen Brooks", "due": "2027-03-25"},
        {"key": "Dad will contact Westmoor SENDIASS for advice", "owner": "Dad", "person": None, "due": None},
        {"key": "review Ellie in clinic in 6 months", "owner": "Dr Anita Patel", "person": "Anita Patel", "due": "2027-08-04"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
