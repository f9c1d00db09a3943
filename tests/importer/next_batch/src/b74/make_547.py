import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FN = os.path.join(OUT, "547_seventyfourth_health_subgroup_minutes_word_saved_as_plain_text_tabbed.txt")
T = "\t"
lines = r"""Westmoor Integrated Care Board
SEND Health Subgroup
Minutes
Date:	Wednesday 9 December 2026
Time:	14:00 – 15:45
Venue:	MS Teams
Chair:	Yusuf Okafor, Designated Clinical Officer (DCO)

Present
Name	Role	Organisation
Yusuf Okafor (YO) – Chair	Designated Clinical Officer	Westmoor ICB
Dr Anita Patel (AP)	Consultant Community Paediatrician	WCHT
Grace Adeyemi (GA)	Head of Children’s Therapies	WCHT
Rachel Onyango (RO)	Service Manager, CAMHS	Westmoor & District MHT
Steph Morley (SM)	LD Nurse Lead, Primary Care	Westmoor ICB
Liam Porter (LP)	Data & Performance Manager	Westmoor Council
Tom Evans (TE)	Co-chair	Westmoor PCF
In attendance
Bev Cartwright	Corporate Admin (minutes)	Westmoor ICB
Apologies
Mary Walker (Westmoor Council), Helen Brooks (SENCo rep)

1.	Welcome, introductions and apologies
YO welcomed members, in particular Rachel Onyango who has replaced Simon Hale as the CAMHS representative. Apologies were received as above. No conflicts of interest declared.

2.	Minutes of the previous meeting (14 October 2026) and action log
The minutes of 14 October were approved as a true record. The action log was reviewed:
Ref	Action	Lead	Due	Status
H14	Confirm SALT recruitment timeline	GA	Dec	Complete – two posts appointed, both start in January
H15	Circulate DCO annual report to PCF	YO	Nov	Complete
H16	Audit health sections in Year 9 annual reviews	Community Paeds	Dec	Superseded – replaced by the wider audit at item 4
All B/F actions closed.

3.	DCO update – health advice timeliness
YO presented the Q2 (July–September) position. 71% of EHC health advices were returned within six weeks, up from 58% in Q1. By provider: community paediatrics 64%, therapies 88%, CAMHS 49%.
•	Members noted the improvement but CAMHS returns remain the main pressure. RO explained that requests are arriving through the single point of access with no named clinician and are being triaged as routine referrals. It was agreed that CAMHS will nominate a named link for EHC advice requests (see H17).
•	TE asked whether the local authority could see the provider breakdown too, as parents are told “health is late” with no detail. LP said this could be built into the monthly SEND data pack (H18).
•	The Trust’s own improvement plan for paediatrics (additional clinic capacity from February) was noted; this is being overseen through the Trust’s contract review meeting, not this group.

4.	Quality of health advice
AP reported that a sample of advices seen by the EHC panel in November were too generic (“will benefit from support with communication”) and did not specify provision. The group agreed that a wider audit is needed than the one originally planned under H16, covering all health professionals and not only Year 9 reviews.
•	Dr Patel will audit a sample of recent advices against the quality checklist (H19).
•	GA asked that therapies be included; agreed.
•	It was noted that the regional DCO network is running a workshop on writing SMART health provision in February. Members may attend if they wish; details to follow from NHS England.

5.	Annual health checks for young people 14+ with a learning disability
SM reported uptake among 14–17 year olds on the GP LD register is 52%, against a target of 75%. Many families do not know the check exists from age 14 or think it is only for adults.
•	TE said the PCF flyer on annual health checks was printed in November and is already being handed out at PCF events.
•	It was agreed the DCO would write to all GP practices enclosing the flyer and the list of eligible young people per practice (H20).
•	SM will continue the practice visits she already does each quarter.

6.	Therapies – information for families
GA shared the draft “What to expect from children’s therapies” leaflet. Two SALT posts have now been recruited to (see H14) and a further OT post is out to advert.
•	PCF have not yet seen the leaflet; it will go to them for co-production review before it is finalised (H21).

7.	Neurodevelopmental pathway – “waiting well” offer
YO summarised the waiting well offer launched in September (information pack, monthly parent workshops, sleep clinic). There is no feedback yet from families on whether it helps.
•	TE offered to gather feedback from parents at the January PCF coffee mornings and bring it to the next meeting (H22).

8.	Contracting
YO explained the ICB is building the 2027/28 community health contract. Members supported including a KPI on EHC advice timeliness so that it is monitored through contract management rather than only here. The contracts team will take this forward, but the timing depends on the national contract round and is not yet known (H23).

9.	Governance
Agreed: the subgroup will report to the SEND Partnership Board quarterly through the DCO highlight report, from the March Board onwards. The terms of reference were reviewed in June and remain current.

10.	Any other business
None.

Date of next meeting: Wednesday 10 February 2027, 14:00, MS Teams

ACTIONS ARISING
No.	Action	Lead	By
H17	Confirm named CAMHS link for EHC advice requests and share contact details with the EHC Hub	CAMHS (RO)	w/c 4 Jan
H18	Add health advice timeliness by provider to the monthly SEND data pack	Liam P	ASAP
H19	Audit 20 recent health advices against the quality checklist, incl. therapies, report findings to subgroup	Dr Patel	End of Q4
H20	Write to GP practices re annual health checks 14+ with the PCF flyer and practice lists	DCO	Jan
H21	Recirculate therapies leaflet to PCF for co-production review	Grace	Before Christmas
H22	Feed back on parents’ experience of waiting well from January coffee mornings	Tom E (PCF)	By next meeting
H23	Include an EHC advice turnaround KPI in the 2027/28 community contract	ICB contracts team	tbc

Minutes approved by Chair: ____________________	Date: __________
"""
text = "\ufeff" + lines.replace("\n", "\r\n")
with open(FN, "w", encoding="utf-8", newline="") as f:
    f.write(text)
print(FN)
