OUT = "/tmp/b91/664_ninetyfirst_health_wellbeing_board_minutes.txt"
txt = """Skip to main content
Westmoor Council
Home > Council and democracy > Committees > Health and Wellbeing Board

Minutes
Health and Wellbeing Board
Thursday, 15th July, 2027 2.00 pm

Venue: Council Chamber, County Hall
Contact: Denise Hollins, Democratic Services

Print this page

Attendance

Councillor Stephen Ashworth (Leader of the Council) (Chair)
Dr Karen Mellor (Vice-Chair, ICB Place Director)
Councillor J. Marsh (Cabinet Member for Children and Education)
Councillor A. Rowe (Cabinet Member for Adult Social Care and Health)
Dr Fiona Hale (Director of Public Health)
Priya Shah (Director of Education)
Yusuf Okafor (Designated Clinical Officer, Westmoor ICB)
Paul Danby (Chief Executive, Healthwatch Westmoor)
Tom Evans (Westmoor Parent Carer Forum)
Superintendent R. Cole (Westmoor Police)

Also present: James Whitfield (Assistant Director, SEND and Inclusion), Mary Walker (Head of SEND)

Apologies: Director of Adult Social Care (substitute: none); Chief Executive, Westmoor Community Health NHS Trust

Items
	
1.	Apologies and substitutions

Minutes:
Apologies were noted as above.

2.	Declarations of interest

Minutes:
None.

3.	Minutes of the meeting held on 15 April 2027

Minutes:
RESOLVED: That the minutes of the meeting held on 15 April 2027 be approved.

4.	Public questions

Minutes:
A question was received from Ms Y. Harlow about the length of wait for an autism assessment for her daughter, aged 9. Dr Mellor responded that the median wait was currently 68 weeks, that the ICB had put in place a revised triage process and that families waiting could get support from the Local Offer without a diagnosis. Ms Harlow was thanked for her question.

5.	Local Area SEND Partnership - inspection outcome and improvement plan

Minutes:
The Board considered the report of the Director of Education and the ICB Place Director on the outcome of the Local Area SEND inspection carried out in May 2027. The inspection had found that the local area partnership's arrangements typically lead to inconsistent experiences and outcomes for children and young people with SEND, and had identified four areas for improvement.

The Director of Education explained that a Priority Action Plan had been submitted to Ofsted and the CQC within the required timescale, and that an Improvement Board with an independent chair would oversee it, with DfE and NHS England advisers attending. The Health and Wellbeing Board's role was to receive assurance twice a year.

Tom Evans said parents had been heard by the inspectors and welcomed the honesty of the report, but wanted to see the improvement plan reported to parents in plain language.

Members discussed the level of SEND funding nationally. The Chair said he would write to the Secretary of State for Education on behalf of the Board setting out the pressures on the high needs budget and the impact on families.

James Whitfield noted that several Board members had asked for a better understanding of the national SEND reforms and the local area's duties, and agreed to arrange an informal development session for Board members by the end of September.

RESOLVED:
(1) That the inspection outcome be noted.
(2) That the Priority Action Plan be endorsed.
(3) That the Board receive six-monthly assurance reports from the SEND Improvement Board, the first in January 2028.

Supporting documents:
	Local Area SEND inspection outcome - report, item 5 PDF 412 KB
	Appendix 1 - Priority Action Plan PDF 1 MB

6.	Joint Strategic Needs Assessment - children and young people with SEND

Minutes:
Dr Hale presented the scope of the refresh of the SEND chapter of the Joint Strategic Needs Assessment. Members welcomed the intention to include neurodiversity, mental health and the needs of young adults up to 25.

Tom Evans said the PCF had collected families' stories over the last year and Mr Evans agreed to share the PCF's lived experience stories with the public health team by 31 August, with families' consent.

Dr Hale will present the refreshed SEND chapter to the Board in January 2028.

Superintendent Cole asked whether the JSNA would look at young people with SEND in contact with the youth justice system; Dr Hale confirmed that this was already in scope.

RESOLVED: That the scope of the refresh be agreed.

Supporting documents:
	JSNA SEND chapter - scoping paper PDF 298 KB

7.	Joint health and care offer for children with SEND

Minutes:
Yusuf Okafor presented a summary of the joint health offer, including the new DCO service and the health advice timeliness figures. Members asked for a one-page version that could be shared with their own organisations. Mr Okafor will circulate the one-page summary to Board members by Friday 30 July.

The ICB Place Director said the ICB would be publishing its own children's therapies strategy in the autumn following its Board's approval.

RESOLVED: That the report be noted.

8.	Healthwatch Westmoor - young people's experiences of mental health services

Minutes:
Paul Danby presented the Healthwatch report. Healthwatch will publish the full report in August and will hold two feedback events with young people in the autumn. Members thanked Healthwatch and the young people involved.

Councillor Rowe asked whether the report's recommendations would be tracked. Mr Danby said Healthwatch would ask each organisation for a formal response within 20 working days as required by its statutory powers.

RESOLVED: That the report be noted.

9.	Board forward plan

Minutes:
RESOLVED: That the forward plan be noted, with the addition of the SEND Improvement Board assurance report (January 2028).

Date of next meeting: Thursday 14th October 2027, 2.00 pm.

The meeting ended at 4.10 pm.
"""
open(OUT, "w", encoding="utf-8").write(txt)
