"""459: School governors' Inclusion & SEND committee minutes, Word saved as plain text by the clerk,
challenge/support Q&A style, with a numbered action-log appendix (old + new rows)."""
from common import OUT, write_labels

STEM = "459_sixtysecond_governors_send_committee_numbered_actions_appendix"

text = """RIVERSIDE PRIMARY SCHOOL - GOVERNING BOARD
INCLUSION & SEND COMMITTEE

MINUTES of the meeting held on Tuesday 2 February 2027 at 6.00pm in the school library and via Teams

Present:        Mr Patrick Osei (PO) - Chair of Committee, SEND Link Governor
                Mrs Nadia Khan (NK) - Headteacher
                Mrs Linda Fairbairn (LF) - Parent Governor
                Revd Clare Mallory (CM) - Foundation Governor
In attendance:  Mrs Helen Brooks (HB) - SENCo
                Ms Sarah Kent (SKe) - School Improvement Adviser, Westmoor Council (item 6 only)
                Mrs Jan Akers (JA) - Clerk, Westmoor Governor Services
Apologies:      Mr Rob Tindall (co-opted governor) - consent given
Absent:         none

The meeting was quorate (3 governors required; 4 present).

1.  WELCOME, APOLOGIES AND DECLARATIONS OF INTEREST
1.1 The Chair welcomed everyone, in particular HB attending for the first time since returning from leave.
1.2 Apologies from RT were received and consented to.
1.3 LF declared that she has a child on the SEN support register. This was noted; LF will not take part in any
    discussion of individual pupils.

2.  MINUTES OF THE LAST MEETING (10 NOVEMBER 2026)
2.1 The minutes were agreed as an accurate record and signed by the Chair.

3.  MATTERS ARISING / ACTION LOG
3.1 See Appendix A, actions 1 to 4. All previous actions are complete or closed. The Chair thanked NK for
    pursuing the delayed EHC plan (action 3), which has now been issued.

4.  SENCo REPORT (SPRING TERM)
4.1 HB's report had been circulated with the papers. 41 pupils are on the SEN register (17.8% of roll): 35 at SEN
    support and 6 with an EHC plan; 2 further requests for assessment are with the local authority.
4.2 Q: Governors asked why one of last term's requests for assessment had been refused by the LA.
    A: HB explained that the LA felt the graduated approach had not yet run for long enough; the school has gathered
    further evidence and will re-apply in the summer term.
4.3 Q: Governors asked how attendance for pupils with SEND compares with that of other pupils.
    A: HB did not have the figures to hand. HB to include an attendance comparison (SEND / non-SEND) in her next
    termly report to the May meeting.
4.4 Governors noted the provision map costings presented by HB (previous action 1) and thanked her for the
    clear breakdown. No further action.

5.  SEND INFORMATION REPORT 2026-27
5.1 The draft SEND Information Report had been circulated. Governors APPROVED the report, subject to the updated
    contact details for the SENDIASS service.
5.2 NK to publish the updated SEND Information Report on the school website by Friday 26 February.

6.  SCHOOL IMPROVEMENT ADVISER - INCLUSION REVIEW
6.1 SKe summarised the findings of her inclusion review visit on 19 January. Strengths: a calm and well-ordered
    learning environment; good use of visual timetables; parents positive about the SENCo. Area for development:
    consistency of adaptive teaching in KS2.
6.2 Q: Governors asked whether this was reflected in the school development plan.
    A: NK confirmed that adaptive teaching is already priority 2 of the SDP, and the staff INSET on 22 February
    has been booked with the trust's specialist teacher.
6.3 SKe to send the written note of visit to the Chair within the next fortnight.
    SKe left the meeting at 6.50pm.

7.  SEND LINK GOVERNOR MONITORING
7.1 PO to arrange a SEND monitoring visit with HB, the date to be agreed before the end of March. Focus: the
    use of one-page profiles in Year 4.

8.  POLICIES
8.1 The Accessibility Plan 2024-27 is due for review this year.
8.2 CM and LF to review the draft Accessibility Plan and feed back to HB by 1 March.
8.3 The SEND Policy is not due for review until the autumn term (noted).

9.  GOVERNOR TRAINING
9.1 Westmoor Governor Services is running "SEND for Governors" on Tuesday 23 February (online). The Clerk has
    already circulated the booking link; governors who wish to attend should book directly.
9.2 The Clerk will send governors the summary of the SEND Code of Practice (governor version) by the end of this
    week, as requested by CM.

10. CONFIDENTIAL ITEM
10.1 Minuted separately (Part 2).

11. DATE OF NEXT MEETING
11.1 Tuesday 4 May 2027, 6.00pm.

The meeting closed at 7.32pm.

Signed .................................... (Chair)        Date ....................

Riverside Primary School - Inclusion & SEND Committee - 02.02.27 - DRAFT                        Page 3 of 4

APPENDIX A - ACTION LOG

No.  Meeting   Action                                                              Owner    Due        Status
---  --------  ------------------------------------------------------------------  -------  ---------  ----------------------------
1    10.11.26  Present provision map costings to committee                          HB       02.02.27   Complete - see 4.4
2    10.11.26  Update committee Terms of Reference for FGB                          JA       14.12.26   Complete - adopted by FGB
                                                                                                       14.12.26
3    10.11.26  Write to LA about the delayed EHC plan for pupil A                   NK       Dec 26     Closed - plan issued 11.01.27
4    10.11.26  Attend PCF coffee morning and report back                            LF       02.02.27   Withdrawn - PCF event
                                                                                                       cancelled
5    02.02.27  Include attendance comparison (SEND / non-SEND) in termly report     HB       04.05.27   New
6    02.02.27  Publish updated SEND Information Report on website                   NK       26.02.27   New
7    02.02.27  Send written note of inclusion review visit to Chair                 SKe      16.02.27   New
8    02.02.27  Arrange SEND monitoring visit (one-page profiles, Y4)                PO       31.03.27   New
9    02.02.27  Review draft Accessibility Plan and feed back to HB                  CM / LF  01.03.27   New

Riverside Primary School - Inclusion & SEND Committee - 02.02.27 - DRAFT                        Page 4 of 4
"""

(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

write_labels(STEM, "2027-02-02",
    "Plain-text save of a Word document: a clerk's minutes of Riverside Primary's governing board Inclusion & SEND "
    "committee on Tuesday 2 February 2027, in the governors' Q:/A: challenge-and-support style, with Word's page "
    "footers left in and a numbered action log appendix (rows 1-4 from November, 5-9 new). New actions appear twice "
    "(body and appendix) and are labelled once. Traps: appendix rows 1-4 complete/closed/withdrawn; the APPROVED "
    "information report (decision); the re-application in the summer term (school intention, no owner/date agreed); "
    "INSET already booked and adaptive teaching already in the SDP; booking link already circulated; optional governor "
    "training; SEND policy not due; declaration of interest; apologies. The Clerk's Code of Practice summary (9.2) "
    "is a real new action that the appendix omits. Labels: HB attendance comparison 'to the May meeting' = next "
    "meeting Tuesday 4 May 2027 (appendix agrees); NK by Friday 26 February; SKe (Sarah Kent, School Improvement "
    "Adviser) 'within the next fortnight' = 2027-02-16 (appendix agrees); PO (governor, not in people.json) 'before "
    "the end of March' = 2027-03-31; CM and LF (governors) by Monday 1 March; the Clerk (Jan Akers) 'by the end of "
    "this week' = Friday 2027-02-05.",
    [
        ("include an attendance comparison (SEND / non-SEND)", "HB", "Helen Brooks", "2027-05-04"),
        ("publish the updated SEND Information Report", "NK", "Nadia Khan", "2027-02-26"),
        ("send the written note of visit to the Chair", "SKe", "Sarah Kent", "2027-02-16"),
        ("arrange a SEND monitoring visit with HB", "PO", None, "2027-03-31"),
        ("review the draft Accessibility Plan and feed back", "CM and LF", None, "2027-03-01"),
        ("The Clerk will send governors the summary", "The Clerk", None, "2027-02-05"),
    ])
print("ok", STEM)
