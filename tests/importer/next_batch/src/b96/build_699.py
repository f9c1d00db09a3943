import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

rows = [
 "WESTMOOR SEND PARTNERSHIP BOARD - ACTION LOG 2027/28\t\t\t\t\t\t\t\t\t\t",
 "Last updated 10/09/2027 (RH) - includes actions from 09/09/2027 meeting\t\t\t\t\t\t\t\t\t\t",
 "\t\t\t\t\t\t\t\t\t\t",
 "Ref\tMeeting\tItem\tAction\tLead\tDue date\t\t\tRAG\tUpdate / comments\tStatus",
 "2027-13\t22/04/2027\tPfA\tMap post-16 supported internship places by provider\tOwen Reid\t28/05/2027\t\t\tG\tCirculated 27/05. Close.\tClosed",
 "2027-14\t\tSENDIASS\tAdd tribunal outcome figures to quarterly report\tC Dunmore\tJul-27\t\t\tG\tIncluded in July report\tClosed",
 "2027-16\t\tLocal Offer\tCo-design LO feedback form with young people\tSK / KL\t30/06/2027\t\t\tG\tLive from 5 July\tClosed",
 "2027-26\t16/06/2027\tAttendance\tLetter to heads re part-time timetables\tPS\t16/07/2027\t\t\tG\tSent 15/07\tClosed",
 "2027-27\t\tHealth\tAutism assessment waits report\tYO\tSep-27\t\t\tG\tOn 09/09 agenda - item 4. Close.\tClosed",
 "2027-28\t\tData\tAdd suspensions & exclusions to dashboard\tLP\t09/09/2027\t\t\tA\tExclusions added Aug. Suspensions to follow by next meeting (agreed 09/09)\tOpen",
 "2027-29\t\tLocal Offer\tUpdate Local Offer pages on short breaks\tSarah Khan\t30/07/2027\t\t\tR\tDelayed - web team capacity. Board agreed 09/09 new date 29/10/2027\tOpen",
 "2027-30\t\tTransport\tTransport complaints report to Scrutiny\tCllr B Jones\tOct-27\t\t\tG\tAdded to Scrutiny work programme for 14/10 - complete\tClosed",
 "ACTIONS FROM 09/09/2027 MEETING\t\t\t\t\t\t\t\t\t\t",
 "2027-31\t09/09/2027\tPerformance\tProduce Q2 EHCP timeliness report by school phase\tLP\t08/10/2027\t\t\t\tNew\tOpen",
 "2027-32\t\tInclusion\tAttend November Board to present Inclusion Quality Mark proposal\tSarah Kent (SIA)\tNov-27\t\t\t\tNew\tOpen",
 "2027-33\t\tHealth\tEscalate OT waiting list to ICB Quality & Performance Cttee\tYO\tOct QPC\t\t\t\tNew\tOpen",
 "2027-34\t\tCo-production\tRecruit two parents to the co-production charter working group\tPCF (TE)\t30/11/2027\t\t\t\tNew\tOpen",
 "2027-35\t\tWorkforce\tConfirm funding for additional EP capacity 2028/29\tJ Whitfield\tNext mtg\t\t\t\tNew\tOpen",
 "2027-36\t\tGovernance\tProposal to merge Board with Inclusion Partnership\tAP\t-\t\t\t\tNot agreed by Board - no further action\tClosed",
 "2027-37\t\tHealth\tICB to retender wheelchair service (for info)\tICB\tApr-28\t\t\t\tFor information only - ICB procurement, not a Board action\tN/A",
 "2027-38\t\tStrategy\tSEND strategy 2027-30 endorsed for Cabinet\t-\t-\t\t\t\tDecision - noted\tClosed",
 "2027-39\t\tData\tDuplicate of 2027-28\tLP\t\t\t\t\tDuplicate - see 2027-28\tClosed",
 "\t\t\t\t\t\t\t\t\t\t",
 "\t\t\t\t\t\t\t\t\t\t",
 "RAG key: R = overdue / at risk; A = in progress, some slippage; G = on track or complete\t\t\t\t\t\t\t\t\t\t",
 "Next meeting: Thursday 14 October 2027\t\t\t\t\t\t\t\t\t\t",
]
TEXT = "\n".join(rows) + "\n"

STYLE = ("Held-out batch ninetysixth. The Partnership Board's running Excel action log, updated by Ruth Hill after the meeting on Thursday "
 "9 September 2027 and pasted as tab-separated rows: the merged 'Meeting' cell shows its date on the first row of each group only "
 "(blank cells after), two empty columns sit between 'Due date' and 'RAG', a merged section-heading row and trailing blank rows are "
 "full of tabs. Labelling: new rows from 09/09/2027 plus the two older open rows whose new dates were agreed at this meeting "
 "(2027-28, 2027-29). 'PCF (TE)' = Tom Evans; 'J Whitfield' = James Whitfield; 'Sarah Kent (SIA)' is the School Improvement Adviser "
 "(not Sarah Khan). Traps: all G/Closed rows from April and June; 2027-30 is closed (Cllr Jones has put it on the Scrutiny work programme; the 14/10 Scrutiny meeting is that committee's business); 2027-36 proposal not agreed; 2027-37 is ICB procurement for information; "
 "2027-38 is a decision; 2027-39 is a duplicate. Dates: 2027-28 'by next meeting' = next meeting; 2027-29 new date 29/10/2027 = Friday "
 "29 October 2027; 2027-31 08/10/2027 = Friday 8 October 2027; 2027-32 'Nov-27' November Board = meeting 2027-11; 2027-33 'Oct QPC' "
 "(ICB Quality and Performance Committee) = meeting 2027-10; 2027-34 30/11/2027 = Tuesday 30 November 2027; 2027-35 'Next mtg' = next meeting.")

ACTIONS = [
 ("Add suspensions & exclusions to dashboard", "LP", "Liam Porter", "next meeting"),
 ("Update Local Offer pages on short breaks", "Sarah Khan", "Sarah Khan", "2027-10-29"),
 ("Produce Q2 EHCP timeliness report by school phase", "LP", "Liam Porter", "2027-10-08"),
 ("present Inclusion Quality Mark proposal", "Sarah Kent (SIA)", "Sarah Kent", "meeting 2027-11"),
 ("Escalate OT waiting list to ICB Quality", "YO", "Yusuf Okafor", "meeting 2027-10"),
 ("Recruit two parents to the co-production charter working group", "PCF (TE)", "Tom Evans", "2027-11-30"),
 ("Confirm funding for additional EP capacity 2028/29", "J Whitfield", "James Whitfield", "next meeting"),
]
write("699_ninetysixth_excel_action_log_paste", TEXT, "2027-09-09", STYLE, ACTIONS)
