"""Builds 152: a council executive decision notice (Record of Decision) as a PDF via WeasyPrint."""
from pathlib import Path

from weasyprint import HTML

OUT = Path(__file__).resolve().parent.parent / "152_eighteenth_decision_notice.pdf"

BODY = """
<html><head><style>
@page { size: A4; margin: 1.7cm 1.8cm 2cm 1.8cm;
  @bottom-left { content: "Westmoor Council – Record of Executive Decision ED/CYP/2027/004"; font-size: 8pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; border-bottom: 1px solid #444; margin-top: 14pt; }
table.meta { border-collapse: collapse; width: 100%; }
table.meta td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; }
table.meta td:first-child { width: 32%; font-weight: bold; background: #eee; }
table.act { border-collapse: collapse; width: 100%; }
table.act th, table.act td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
</style></head><body>
<p style="text-align:right">WESTMOOR COUNCIL<br/>Democratic Services</p>
<h1>Record of Executive Decision</h1>
<p>Individual Cabinet Member decision taken under the Council's Scheme of Delegation</p>

<table class="meta">
<tr><td>Reference</td><td>ED/CYP/2027/004</td></tr>
<tr><td>Title</td><td>Revised top-up funding bands for pupils with Education, Health and Care Plans in mainstream schools</td></tr>
<tr><td>Decision maker</td><td>Cllr Rachel Ormerod, Cabinet Member for Children's Services and Education</td></tr>
<tr><td>Date of decision</td><td>Wednesday 10 February 2027</td></tr>
<tr><td>Key decision?</td><td>Yes – included in the Forward Plan published 8 January 2027</td></tr>
<tr><td>Report author / lead officer</td><td>Mary Walker, Head of SEND</td></tr>
<tr><td>Date of publication</td><td>Thursday 11 February 2027</td></tr>
<tr><td>Call-in deadline</td><td>5pm, Thursday 18 February 2027</td></tr>
<tr><td>Ward(s) affected</td><td>All wards</td></tr>
</table>

<h2>1. Decision</h2>
<p>1.1 To approve the revised five-band model of top-up funding for pupils with EHC plans in
mainstream schools, as set out at Appendix A to the report, to take effect from 1 September 2027.</p>
<p>1.2 To approve transitional protection so that no pupil's top-up funding reduces by more than
10% in the 2027/28 academic year.</p>
<p>1.3 That the Director of Education publish the revised banding descriptors and rates on the
Local Offer website by 1 April 2027.</p>
<p>1.4 That the Head of SEND write to all mainstream headteachers and SENCos setting out the new
bands and the transitional arrangements, no later than 5 March 2027.</p>

<h2>2. Reasons for the decision</h2>
<p>2.1 The current banding model was introduced in 2019 and has not been uprated since 2022. Schools
told the Council in the autumn consultation that the descriptors do not reflect the needs of pupils
now on roll, particularly pupils with social, emotional and mental health needs.</p>
<p>2.2 The consultation ran from 2 November to 14 December 2026 and received 142 responses (96 from
schools, 38 from parents and carers, 8 from others). A summary is at Appendix B. The Schools Forum
was consulted on 14 January 2027 and supported the proposals.</p>
<p>2.3 The revised model is affordable within the High Needs Block budget for 2027/28 agreed by Cabinet
on 20 January 2027 and is consistent with the Council's safety valve commitments.</p>

<h2>3. Alternatives considered and rejected</h2>
<p>3.1 <b>Option A – retain the current bands and uprate by inflation.</b> Rejected: it would not address
the mismatch between descriptors and need and would cost more in 2028/29.</p>
<p>3.2 <b>Option B – move to a fully needs-led, unbanded model.</b> Rejected at this time: the Council
does not yet have the moderation capacity, though this may be revisited in 2028.</p>
<p>3.3 <b>Option C – delay implementation to April 2028 and consult further.</b> Rejected: schools asked
for certainty before setting budgets for 2027/28.</p>

<h2>4. Consultation with ward members and scrutiny</h2>
<p>Cllr Bethan Jones, Chair of the Children and Young People Scrutiny Committee, was briefed on
27 January 2027. The Scrutiny Committee may wish to review the first year of the new model; that is a
matter for the Committee's own work programme.</p>

<h2>5. Conflicts of interest and dispensations</h2>
<p>None declared by the decision maker. No dispensation granted.</p>

<h2>6. Follow-up actions</h2>
<table class="act">
<tr><th>No.</th><th>Action</th><th>Lead officer</th><th>By</th></tr>
<tr><td>1</td><td>Model the impact of the new bands on each mainstream school's budget and present it to the Schools Forum</td>
<td>Liam Porter, Data and Performance Manager</td><td>Schools Forum, March 2027</td></tr>
<tr><td>2</td><td>Run two information sessions for parents and carers with the Parent Carer Forum before the new bands take effect</td>
<td>Sarah Khan, Participation Officer</td><td>16 July 2027</td></tr>
</table>
<p>Schools that disagree with a pupil's band may ask for a review through the existing SEND moderation panel;
this process is unchanged by this decision.</p>

<h2>7. Implementation</h2>
<p>This decision will come into force at 5pm on Thursday 18 February 2027 unless it is called in in
accordance with the Overview and Scrutiny Procedure Rules. An annual report on High Needs Block spending will
be presented to Cabinet in July as usual.</p>

<p style="margin-top:20pt">Signed: <i>R. Ormerod</i> (Cabinet Member) &nbsp;&nbsp; Date: 10/02/2027<br/>
Countersigned: <i>J. Whitfield</i>, Assistant Director, SEND and Inclusion (on behalf of the Director of Children's Services)</p>
<p style="font-size:8.5pt">Background papers: Report to Cabinet Member, 3 February 2027; consultation responses (held by Democratic Services).
Contact: democratic.services@westmoor.gov.uk</p>
</body></html>
"""

HTML(string=BODY).write_pdf(OUT)
print(OUT)
