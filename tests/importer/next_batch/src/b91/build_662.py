OUT = "/tmp/b91/662_ninetyfirst_icb_cypm_committee_minutes.html"
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children, Young People and Maternity Committee - minutes 20 May 2027 | NHS Westmoor Integrated Care Board</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:0 auto;color:#212b32}
header{background:#005eb8;color:#fff;padding:12px 20px}
.breadcrumb{font-size:14px;margin:10px 0}
.ref{font-weight:bold;width:120px;vertical-align:top}
.action{font-weight:bold;text-align:right;color:#005eb8}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #d8dde0;padding:6px;vertical-align:top;font-size:14px}
footer{font-size:12px;color:#4c6272;margin-top:30px;border-top:1px solid #d8dde0;padding-top:10px}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<header><strong>NHS</strong> Westmoor Integrated Care Board</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/about-us/">About us</a> &rsaquo; <a href="/about-us/committees/">Board and committees</a> &rsaquo; Children, Young People and Maternity Committee</nav>
<main>
<h1>Children, Young People and Maternity Committee</h1>
<p><em>Unconfirmed minutes of the meeting held in public on Thursday 20 May 2027, 14:00&ndash;16:15, Boardroom, Westmoor House and via MS Teams. These minutes will be confirmed at the next meeting of the Committee.</em></p>

<h2>Members present</h2>
<ul>
<li>Dr Helen Marsh, Non-Executive Member (Chair)</li>
<li>Joanne Pike (JP), Chief Nursing Officer</li>
<li>Simon Fairley (SF), Deputy Director of Commissioning, Children and Young People</li>
<li>Yusuf Okafor (YO), Designated Clinical Officer for SEND</li>
<li>Dr Anita Patel (AnP), Consultant Community Paediatrician, Westmoor Community Health NHS Trust</li>
<li>Grace Adeyemi (GA), Head of Children's Therapies, Westmoor Community Health NHS Trust</li>
<li>Priya Shah (PS), Director of Education, Westmoor Council (partner member)</li>
</ul>
<h2>In attendance</h2>
<ul>
<li>Tom Evans, Co-Chair, Westmoor Parent Carer Forum (for item CYPM/27/034)</li>
<li>Ian Chadwick, Head of Corporate Governance (minutes)</li>
<li>Two members of the public</li>
</ul>

<table>
<tr><td class="ref">CYPM/27/029</td><td><strong>Welcome, apologies and quoracy</strong><br>
The Chair welcomed members. Apologies were received from Dr Rob Kane (Primary Care Clinical Lead) and Mary Walker (Head of SEND, Westmoor Council). The meeting was quorate.</td></tr>
<tr><td class="ref">CYPM/27/030</td><td><strong>Declarations of interest</strong><br>
The Chair reminded members of their duty to declare any interest arising during the meeting, in line with the ICB Standards of Business Conduct. No new interests were declared.</td></tr>
<tr><td class="ref">CYPM/27/031</td><td><strong>Minutes of the previous meeting (18 March 2027) and action log</strong><br>
The minutes were APPROVED as an accurate record. The action log was reviewed and updated as shown in Appendix A.</td></tr>
<tr><td class="ref">CYPM/27/032</td><td><strong>SEND performance and assurance report</strong><br>
<p>YO presented the quarterly report. The proportion of health advice for EHC needs assessments returned within six weeks had risen to 78% (target 90%). The Local Area SEND inspection framework self-evaluation had been refreshed jointly with the Council.</p>
<p>A lay member asked whether the ICB tracked complaints relating to SEND separately. JP confirmed that complaints were coded by service and by SEND flag since April and that this would appear in the Q1 quality report as a matter of course.</p>
<p>The Chair noted that the Committee had not received a DCO annual report since 2025 and asked that the DCO annual report for 2026/27 be brought to the September meeting.</p>
<p class="action">ACTION: YO</p>
<p>The Committee NOTED the report and took LIMITED assurance on health advice timeliness.</p></td></tr>
<tr><td class="ref">CYPM/27/033</td><td><strong>Neurodevelopmental (autism and ADHD) assessment pathway</strong><br>
<p>Dr Patel described the pathway position: 2,940 children and young people waiting, median wait 68 weeks. A revised triage process had been piloted in the south locality since February, with 22% of referrals redirected to early support. Dr Patel to share the revised triage criteria with the DCO by 4 June so they can be included in the Local Offer information.</p>
<p>SF outlined options for reducing the backlog including additional capacity from an independent provider. Members were not prepared to support an option without full costs and workforce implications.</p>
<p>SF to bring a costed proposal for clearing the backlog to the next meeting.</p>
<p class="action">ACTION: SF</p>
<p>NHS England's regional team are running their own demand and capacity exercise across the region; the ICB will receive the outputs in the autumn. This was NOTED.</p></td></tr>
<tr><td class="ref">CYPM/27/034</td><td><strong>Children's therapies and parent experience</strong><br>
<p>GA presented the therapies update. SALT and OT waits had reduced, but the number of children waiting over 52 weeks for SALT was not in the paper. GA to confirm the over-52-week SALT figure to members within a week.</p>
<p class="action">ACTION: GA</p>
<p>Tom Evans presented the PCF's feedback. He proposed that a parent carer representative should become a full member of the Committee. Members supported the principle of co-production but the proposal was not agreed at this meeting; it will be considered as part of the annual review of the terms of reference in the autumn.</p>
<p>The Trust's workforce plan for therapies will go to the Trust Board in June; GA offered to share it with the Committee once it has been approved there.</p></td></tr>
<tr><td class="ref">CYPM/27/035</td><td><strong>Risk register</strong><br>
<p>The Committee reviewed the risks assigned to it. Members agreed that risk CYPM05 (SEND statutory duties) should reflect the findings of the inspection readiness self-evaluation. JP will update risk CYPM05 and its score by the end of June.</p>
<p>The Committee APPROVED the closure of risk CYPM02 (paediatric audiology), the recovery plan having been completed.</p></td></tr>
<tr><td class="ref">CYPM/27/036</td><td><strong>Terms of reference</strong><br>
The Committee APPROVED minor amendments to its terms of reference (quoracy to include one clinical member) for recommendation to the ICB Board.</td></tr>
<tr><td class="ref">CYPM/27/037</td><td><strong>Any other business</strong><br>
None. Date of next meeting: Thursday 15 July 2027, 14:00.</td></tr>
</table>

<h2>Appendix A &ndash; Action log (updated 20 May 2027)</h2>
<table>
<tr><th>Ref</th><th>Meeting</th><th>Action</th><th>Lead</th><th>Due</th><th>Status / update</th></tr>
<tr><td>CYPM/26/088</td><td>Nov 2026</td><td>Report on timeliness of health advice for EHC needs assessments by provider</td><td>YO</td><td>May 2027</td><td>Provider-level data not yet validated. Committee agreed revised date: November 2027 meeting</td></tr>
<tr><td>CYPM/27/012</td><td>Jan 2027</td><td>Share the maternity and neonatal SEND early identification pathway</td><td>JP</td><td>Mar 2027</td><td>Shared 12/03/27. CLOSED</td></tr>
<tr><td>CYPM/27/019</td><td>Mar 2027</td><td>Confirm ICB contribution to the joint SALT post in special schools</td><td>SF</td><td>Jul 2027</td><td>Open &ndash; not yet due</td></tr>
<tr><td>CYPM/27/021</td><td>Mar 2027</td><td>Invite PCF to present parent feedback</td><td>Corporate Governance</td><td>May 2027</td><td>Complete &ndash; see CYPM/27/034. CLOSED</td></tr>
</table>
</main>
<footer>&copy; NHS Westmoor Integrated Care Board 2027. <a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | Page last reviewed: 27 May 2027</footer>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(html)
