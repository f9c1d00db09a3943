"""647: a forum's published PDF minutes as text (pdftotext -layout output): running headers/footers, form feeds,
right-hand ACTION markers, hyphenated line ends and a flattened action table."""
from common import OUT, write_labels

STEM = "647_eightyninth_forum_pdf_to_text_layout"

HEAD = ("          Westmoor Parent Carer Forum                          Steering Group minutes - 21 January 2027\n"
        "                                                                                  APPROVED 18.02.27\n\n")


def foot(n):
    return ("\n\n   Westmoor Parent Carer Forum CIO | Registered charity no. 1190417 | www.westmoorpcf.org.uk\n"
            f"   hello@westmoorpcf.org.uk                                                           Page {n} of 3\n")


p1 = """
                                     STEERING GROUP MEETING
                     Thursday 21st January 2027, 7.00pm - 8.45pm, on Zoom


   Present:     Tom Evans (co-chair, TE), Dawn Fletcher (co-chair, DF), Sam O'Neill (treasurer, SO),
                Kerry Lang (Parent Champion lead, KL), Priya Mistry (parent rep, PM), Jo Marsh
                (secretary, minutes, JM)
   Guest:       Sarah Khan, Participation Officer, Westmoor Council (item 4 only)
   Apologies:   Lisa Grant, Mo Rahman


   1.  Welcome and apologies
   1.1 Tom welcomed everyone, especially Sarah who had joined for item 4. Apologies as above.
       Lisa has stepped back for a few months for family reasons - Dawn will keep in touch.

   2.  Minutes of last meeting (10th December 2026) and matters arising
   2.1 Agreed as a true record, proposed KL, seconded SO.
   2.2 Thank-you letter to the ICB for the sensory processing funding - sent by Dawn before
       Christmas. Done.
   2.3 Website refresh - the new site went live on 8th January. Sam thanked Jo for all the work
       on it. Closed.

   3.  Treasurer's report
   3.1 Sam reported a balance of £6,412.17 at 31st December. The DfE participation grant for
       2026/27 has been received in full. The end of year grant return must be submitted to Con-
       tact by 26th February. Sam to complete the grant return and share with                   ACTION: SO
       the co-chairs before it goes in.
   3.2 The group noted that the insurance renewal is due in April - no action yet.

   4.  Co-production with the Council - Local Offer review
   4.1 Sarah Khan explained that the Council is rebuilding the Local Offer website and wants
       parents to "user test" the new pages on EHCPs, short breaks and transport before they go
       live. Around 5 parents are needed, ideally with different ages of children, and a mix of
       mainstream and special schools. Parents will get a £20 voucher.
"""

p2 = """   4.2 Priya agreed to recruit 5 parents to user-test the Local Offer pages by half          ACTION: PM
       term. Sarah Khan will send the test links and the consent form to Priya
       by the end of next week.                                                             ACTION: Sarah K
   4.3 Kerry asked whether Champions could be involved in future testing. Sarah said yes
       but this would be later in the year - nothing to do for now.
   4.4 Sarah mentioned that Priya Shah (Director of Education) would be attending our March
       meeting to talk about the new inclusion strategy. Dawn to send Priya Shah the date
       (already done during the meeting by email).

   5.  Partnership Board feedback
   5.1 Tom fed back from the January Board. The big issue for parents continues to be EHCP
       delays, and families not being told their plan will be late. Several members said they
       had only found out by ringing the council. Tom to raise parents' concerns                ACTION: TE
       about EHCP delay letters at the March Partnership Board (10th March).
   5.2 The Board is also refreshing the SEND self-evaluation. The council has said we will be
       able to see the draft before it's final - TE to chase if it hasn't arrived by March.

   6.  SEND Champions
   6.1 Kerry reported 19 parent Champions are now active. The drop-in at Riverside family hub
       was well attended in December (14 parents). Kerry to draft a flyer for the next          ACTION: KL
       Champions drop-in, for the next steering group to approve.
   6.2 Helen Brooks (SENCo at Riverside Primary) has offered the school's community room for
       the spring drop-ins. Kerry to confirm the spring dates with Helen and let           ACTION: KL
       Jo know for the newsletter.

   7.  Home to school transport
   7.1 Lots of parents have contacted us about late taxis and changes of driver. Dawn sugges-
       ted we run our own transport survey. After discussion it was agreed NOT to run our own
       survey as the Council's SEN transport survey is already open (closes 26th Feb) and we
       don't want to confuse parents. Instead we will promote the Council's survey. Dawn to
       post the survey link on Facebook and in the WhatsApp groups this week.                   ACTION: DF
"""

p3 = """   8.  Any other business
   8.1 Jo asked for volunteers to help with the newsletter - none yet, Jo to ask again next month.
   8.2 Mo had emailed to say the Council's Cabinet will decide on the short breaks consultation
       on 2nd February. Nothing for the forum to do until then.

   9.  Date of next meeting
       Thursday 18th February 2027, 7pm, on Zoom.


   ACTION SUMMARY

   No.   Action                                          Who          By when
   3.1   Complete the DfE grant return and share with    SO           26 Feb
         co-chairs first
   4.2   Recruit 5 parents to user test Local Offer      PM           Half term
         pages
   4.2   Send test links and consent form to Priya       Sarah K      End of next
         (Council)                                                    week
   5.1   Raise EHCP delay letters at Partnership Board   TE           10 March
   6.1   Draft flyer for Champions drop-in               KL           Next SG
   6.2   Confirm spring drop-in dates with Helen B       KL
   7.1   Post Council transport survey link on FB and    DF           This week
         WhatsApp groups


   Signed:   T. Evans                                  Co-chair         Date:  18/2/27
"""

text = HEAD + p1 + foot(1) + "\f" + HEAD + p2 + foot(2) + "\f" + HEAD + p3 + foot(3) + "\f"
(OUT / f"{STEM}.txt").write_text(text, encoding="utf-8")

write_labels(STEM, "2027-01-21", (
    "Plain text produced by running the parent carer forum's published PDF minutes through pdftotext -layout: the "
    "running header and the charity footer repeat on each page, pages are separated by form feeds, 'ACTION: XX' "
    "markers sit at the right margin of the line where each action starts, words are hyphenated across line ends "
    "(Con-tact, sugges-ted), and the closing action summary table has its cells wrapped over two lines. The minute "
    "was approved and signed on 18 February. Traps: 'Priya' in item 4 is Priya Mistry (PM), the parent rep, not "
    "Priya Shah, who is mentioned in 4.4 only as a future speaker, and Dawn's email to her was done during the "
    "meeting; the thank-you letter and the website are done; Lisa's absence and Dawn keeping in touch is not an "
    "action; the insurance renewal is 'no action yet'; Champions' testing is 'nothing to do for now'; Dawn's own "
    "survey idea was turned down (only the promotion action is labelled); the Cabinet decision belongs to another "
    "body; TE's conditional 'chase if it hasn't arrived' and Jo's newsletter volunteers are not labelled. Sam O'Neill "
    "and Dawn Fletcher are forum officers outside the partnership, so their actions have person null. Owners are the "
    "names written in the minute text (Sam, Priya, Sarah Khan, Tom, Kerry, Dawn). Dates: 'by 26th February' = "
    "2027-02-26; 'by half term' = last working day before February half term (w/c 15 February) = Friday 12 February "
    "2027; 'by the end of next week' = Friday 29 January 2027; 'the March Partnership Board (10th March)' = "
    "2027-03-10; 'for the next steering group' = Thursday 18 February 2027, the date given in item 9; 'this week' "
    "(meeting on a Thursday) = Friday 22 January 2027; Kerry's dates with Helen have no date (null)."), [
    ("Sam to complete the grant return and share", "Sam", None, "2027-02-26"),
    ("Priya agreed to recruit 5 parents to user-test", "Priya", "Priya Mistry", "2027-02-12"),
    ("send the test links and the consent form", "Sarah Khan", "Sarah Khan", "2027-01-29"),
    ("Tom to raise parents' concerns", "Tom", "Tom Evans", "2027-03-10"),
    ("Kerry to draft a flyer for the next", "Kerry", "Kerry Lang", "2027-02-18"),
    ("Kerry to confirm the spring dates with Helen", "Kerry", "Kerry Lang", None),
    ("post the survey link on Facebook", "Dawn", None, "2027-01-22"),
])
