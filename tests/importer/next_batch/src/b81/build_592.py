import json
STEM = "/tmp/b81/592_eightyfirst_partnership_board_modgov_html_minutes"
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Westmoor SEND Partnership Board - Wednesday, 21st April, 2027 2.00 pm</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
<style>
 body{font-family:Verdana,Arial,sans-serif;font-size:0.85em;color:#222}
 .mgHeading{color:#00556e} .mgSubItemTitleTxt{font-weight:bold} table.mgActions td,table.mgActions th{border:1px solid #999;padding:3px 6px}
 #breadcrumb a{color:#00556e}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<div id="skip"><a href="#content">Skip to main content</a></div>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt; <a href="/ieListMeetings.aspx?CommitteeId=412">Westmoor SEND Partnership Board</a> &gt; Minutes</div>
<div id="content">
<h1 class="mgHeading">Minutes:</h1>
<h2 class="mgSubHeading">Westmoor SEND Partnership Board</h2>
<p><strong>Date:</strong> Wednesday, 21st April, 2027 2.00 pm<br>
<strong>Venue:</strong> Committee Room 3, Civic Centre, Westmoor. View directions</p>
<p><strong>Contact:</strong> Ruth Hill, Partnership Business Support Officer</p>

<h3 class="mgSubHeading">Attendance</h3>
<p><strong>Board members:</strong> Anne Price (Independent Chair), Priya Shah (Director of Education), Mary Walker (Head of SEND), Dr Yusuf Okafor (Designated Clinical Officer, ICB), Tom Evans (Co-Chair, Parent Carer Forum), Helen Brooks (SENCo, Riverside Primary School), Dr David Lowe (Principal Educational Psychologist), Sarah Khan (Participation Officer), Grace Adeyemi (Head of Children's Therapies, WCHT), Liam Porter (Data and Performance Manager).</p>
<p><strong>Also present:</strong> Ruth Hill (minutes); Jo Fairbrother (Westmoor College, for item 6); two members of the public.</p>
<p><strong>Apologies:</strong> Claire Dunmore (SENDIASS Service Manager); Kerry Lang (Parent Champion).</p>

<table class="mgItemTable" summary="Minutes">
<tr><td class="mgItemNumberCell"><p>19.</p></td><td>
<p class="mgSubItemTitleTxt">Welcome, introductions and apologies</p>
<p>The Chair welcomed members and in particular Jo Fairbrother from Westmoor College, who was attending to observe the co-production item. Apologies were noted as above. The Chair reminded members that the minutes of the Board are published on the Council's website.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>20.</p></td><td>
<p class="mgSubItemTitleTxt">Minutes of the previous meeting and matters arising</p>
<p>The minutes of the meeting held on 17 February 2027 were agreed as an accurate record.</p>
<p>Matters arising: Members noted that action 12 (review of the Local Offer &#8216;Preparing for Adulthood&#8217; pages) was complete and that the new pages had gone live on 29 March. In relation to action 14, Dr Lowe advised that the paper on the balance between statutory and traded educational psychology capacity had been delayed by the loss of two locum psychologists and would now come to the June Board; the action remains open on the action log with its revised date.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>21.</p></td><td>
<p class="mgSubItemTitleTxt">Local area SEND self-evaluation (SEF) refresh</p>
<p>Mary Walker presented a draft of the refreshed self-evaluation, which had been restructured around the five outcomes in the new inspection framework. She explained that the evidence base had been strengthened with the parent survey and the health advice timeliness data, but that the section on the experiences of young people aged 19 to 25 remained thin.</p>
<p>Members welcomed the draft. Tom Evans commented that the judgement of &#8216;good progress&#8217; on communication with families did not match what the Forum was hearing, and asked that it be revisited. Dr Okafor suggested that the health sections refer explicitly to the neurodevelopmental pathway trajectory agreed by the ICB.</p>
<p>It was agreed that Mary Walker would circulate the revised SEF to all Board members by 7 May, with comments to be returned by 21 May. Ruth Hill would then collate the comments into a single tracked version for sign-off at the June meeting.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>22.</p></td><td>
<p class="mgSubItemTitleTxt">EHCP timeliness and annual reviews</p>
<p>Liam Porter presented the performance dashboard. The rolling twelve-month figure for new plans issued within 20 weeks stood at 47 per cent, up from 39 per cent a year ago; March alone had reached 61 per cent. The number of overdue annual reviews had risen to 1,180.</p>
<p>The Chair noted that the improvement in new plans was being masked, in the eyes of families, by the growth in overdue annual reviews, and asked that these be reported separately. Liam Porter agreed to separate out annual review timeliness, by phase and by school, in the dashboard for the next meeting.</p>
<p>Priya Shah explained that the Council had agreed to fund a temporary annual review team of four officers from May, which would be reported to Cabinet. Members noted this.</p>
<p>RESOLVED: That the Board endorses the revised recovery trajectory for new EHCPs (85 per cent within 20 weeks by March 2028).</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>23.</p></td><td>
<p class="mgSubItemTitleTxt">Health update</p>
<p>Dr Okafor updated members on the neurodevelopmental pathway, including the trajectory to be considered by the ICB Quality and Performance Committee tomorrow, 22 April (which would be shared once approved) and the new &#8216;waiting well&#8217; offer for families.</p>
<p>Grace Adeyemi reported that the revised referral criteria for speech and language therapy and occupational therapy had been finalised following the single point of access review. Grace Adeyemi would share the revised therapy referral criteria with SENCos through the Local Offer newsletter before the May half term.</p>
<p>Helen Brooks said that many SENCos were unclear what evidence was needed to refer, and offered to take the draft criteria to the SENCo network. It was agreed that Helen Brooks would test the draft criteria with SENCos at the network meeting on 12 May and feed back to Grace Adeyemi.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>24.</p></td><td>
<p class="mgSubItemTitleTxt">Co-production: Parent Carer Forum annual survey</p>
<p>Tom Evans presented the headline findings of the Forum&#8217;s annual survey (412 responses). Satisfaction with the EHCP process had improved slightly, but only 31 per cent of families felt that &#8216;things change as a result of what we say&#8217;. Jo Fairbrother described the college&#8217;s student voice panel.</p>
<p>The Board discussed how to show families what had changed. It was agreed that Sarah Khan would lead, with Tom Evans, on planning a &#8216;you said, we did&#8217; event for families in the autumn term, and bring a proposal to the September Board. Members were asked to send Sarah any examples of changes made in response to family feedback.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>25.</p></td><td>
<p class="mgSubItemTitleTxt">Network of SEND Champions</p>
<p>Sarah Khan reported on the Champions&#8217; conference held on 25 March, attended by 74 Champions from 61 schools and settings. The evaluation was very positive. The next Champions&#8217; network meeting would be held in June and would focus on emotionally based school avoidance. Members noted the update.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>26.</p></td><td>
<p class="mgSubItemTitleTxt">Any other business</p>
<p>(a) Priya Shah reported that the Department for Education had confirmed Westmoor&#8217;s place in the next phase of the Change Programme and that DfE would write to partners with details. Members noted this.</p>
<p>(b) Dr Lowe reported that the educational psychology service had produced a short guidance note for schools on &#8216;ordinarily available provision&#8217;. Dr Lowe would circulate the guidance note to members by the end of the week.</p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>27.</p></td><td>
<p class="mgSubItemTitleTxt">Date of next meeting</p>
<p>Wednesday 16 June 2027 at 2.00 pm, Committee Room 3, Civic Centre.</p>
</td></tr>
</table>

<h3 class="mgSubHeading">New actions (extract)</h3>
<table class="mgActions">
<tr><th>No.</th><th>Action</th><th>Lead</th><th>By</th></tr>
<tr><td>21</td><td>Revised SEF to Board members</td><td>MW</td><td>07/05/27</td></tr>
<tr><td>22</td><td>Dashboard: annual reviews reported separately</td><td>LP</td><td>June Board</td></tr>
<tr><td>24</td><td>&#8216;You said, we did&#8217; event proposal</td><td>SK / TE</td><td>Sept Board</td></tr>
</table>
<p><em>The full action log is held by the Partnership Business Support Officer.</em></p>
<p class="mgMeetingEnd">The meeting ended at 4.05 pm</p>
</div>
<div id="footer"><p>&copy; Westmoor Council. <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility statement</a> | Powered by modern.gov</p></div>
</body>
</html>
"""
open(STEM + ".html", "w", encoding="utf-8").write(html)
labels = {
 "meeting_date": "2027-04-21",
 "style": ("Held-out batch eightyfirst. A Westmoor SEND Partnership Board minutes page published on the council website (modern.gov-style HTML with breadcrumb, analytics script, item numbers 19-27 in a table, HTML entities for quotes). Reported speech paragraphs with actions buried in them, and a 'New actions (extract)' table that lists only three of the seven new actions with initials and vague dates ('June Board', 'Sept Board'). "
  "Traps: action 12 (Local Offer pages) is complete; action 14 (Dr Lowe's EP capacity paper) is an old action carried forward with a revised date, not a new one, so not labelled; the RESOLVED endorsement of the trajectory is a decision; the temporary annual review team is funded and goes to Cabinet; the ICB trajectory 'would be shared once approved' is the ICB's; members returning SEF comments and sending Sarah examples are requests to 'all' and not labelled; the Champions' conference already happened; DfE will write (outside body); Claire Dunmore and Kerry Lang are apologies; Jo Fairbrother is an observer. The 'you said, we did' action is 'SK / TE' in the log but the narrative says Sarah Khan leads with Tom Evans, so Sarah Khan is the owner. "
  "Dates: Mary 'by 7 May' = Friday 7 May 2027; Ruth Hill's collation 'for sign-off at the June meeting' and Liam's 'dashboard for the next meeting' both resolve to the next meeting date given in item 27, Wednesday 16 June 2027; Grace 'before the May half term' (w/c 31 May, the Monday being the spring bank holiday) = Friday 28 May 2027; Helen 'at the network meeting on 12 May' = Wednesday 12 May 2027; Sarah's proposal 'to the September Board' (no date) = meeting 2027-09; Dr Lowe 'by the end of the week' = Friday 23 April 2027."),
 "held_out": True,
 "actions": [
  {"key": "Mary Walker would circulate the revised SEF", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-05-07"},
  {"key": "collate the comments into a single tracked version", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-06-16"},
  {"key": "separate out annual review timeliness, by phase", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-06-16"},
  {"key": "share the revised therapy referral criteria with SENCos", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-05-28"},
  {"key": "Helen Brooks would test the draft criteria", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-05-12"},
  {"key": "planning a 'you said, we did' event", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "meeting 2027-09"},
  {"key": "Dr Lowe would circulate the guidance note", "owner": "Dr Lowe", "person": "David Lowe", "due": "2027-04-23"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
