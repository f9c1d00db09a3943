text = """SENCo Network - Spring 2 - Weds 10th March
Teachers' Centre, Room 4, 1.30-3.30
notes - Gemma Lyle (Oakfield Academy) - typed up from my scribbles so apologies for typos!!

There: David Lowe (PEP, chairing), Helen Brooks (Riverside), me, Raj (St Mark's), Kath W (Hillside Juniors), Andrea (Westmoor High),
Sam P (Brook Lane), Nicky (Oakfield Infants), Lorraine (Greenfields), + 6 on Teams
Guests: Mary Walker (Head of SEND) for item 2, Grace Adeyemi (Children's Therapies) for item 4
Apols: Paula (Castle), Farid (Northgate)

1. Last time
- EHCP template feedback - DONE, Mary's team have the comments
- EP consultation slots for spring - DONE, all allocated
- Shared training day with Westbrook cluster - only 3 schools wanted it so dropped

2. Mary Walker - SEND team update
- new caseworker structure from April, schools will get a named caseworker by postcode not by school
- from April the LA will send out the annual review paperwork direct to parents as well as schools (their process, nothing we have to do differently apart from still holding the meeting!)
- the portal: everyone moaning about the 10MB upload limit, can't upload reports from the EPs in one go. Mary W said she'd get the portal upload limit raised before Easter, she's spoken to IT already
- Q Raj - is SEN support top-up funding changing this year? DL/Mary - no change for 27/28, same banding

3. EP service
DL ran through the summer traded offer. Prices up 3% (boo). More emphasis on group consultation + "solution circles".
-> DL to send round the updated traded offer and summer consultation slots by the end of next week
Andrea asked if EPs can do more observation in secondaries - DL said he'd think about it but realistically no capacity this year

4. Grace Adeyemi - therapies
- SALT waiting list down to 14 weeks (was 22)
- new drop-in advice line for SENCos Tuesdays 3-4pm, started already
- Nicky asked if SALT can take referrals for Reception children without a prior assessment from the HV/nursery. Grace wasn't sure - depends on the new criteria.
Grace to find out about Reception SALT referrals and come back to the network next time
- Grace's slides going round with these notes (attached)

5. SEN support numbers
Liam Porter (data) needs a snapshot for the Partnership Board. Same template as last year.
ACTION all SENCos: send your SEN support numbers to Liam by 24/3 please!!

6. AOB
- Ofsted/CQC area SEND inspection - DL reminded us it could be any time, nothing to do now, just be aware
- Sarah Kent (school improvement) is already booked to talk about ordinarily available provision at the summer network - DL sorted this last term
- Helen kindly offered to host the next network at Riverside. Agreed.
Helen to send out parking info for Riverside a week before

NEXT: Weds 12th May, 1.30, Riverside Primary
"""
open("/tmp/b95/690_ninetyfifth_senco_network_notes.txt", "w", encoding="utf-8").write(text)
