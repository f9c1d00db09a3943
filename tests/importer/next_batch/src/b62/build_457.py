"""457: Welsh-English bilingual minute of a cross-border liaison group, published as an HTML page
by the (made-up) Welsh host council. Full English text first, full Welsh text after."""
from common import OUT, write_labels

STEM = "457_sixtysecond_cross_border_aln_send_liaison_bilingual_minute"

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cross-Border SEND / ALN Liaison Group - Minutes - 10 March 2027 | Grŵp Cyswllt Trawsffiniol AAA / ADY - Cofnodion</title>
<style>
 body { font-family: Arial, Helvetica, sans-serif; font-size: 0.95em; margin: 0; color:#222 }
 #hdr { background:#00573f; color:#fff; padding:8px 20px }
 #hdr a { color:#fff }
 .crumb { font-size:0.8em; padding:6px 20px; background:#eee }
 .mgMain { padding: 10px 24px; max-width: 880px }
 h1 { font-size:1.3em } h2 { font-size:1.1em; border-bottom:1px solid #999 }
 .mgAction { font-weight:bold; margin-left:1.5em }
 .mgLang { border-top: 4px double #00573f; margin-top: 2.5em; padding-top: 1em }
 table.mgAttend td { padding:2px 8px; vertical-align:top }
 .draft { color:#b00; font-weight:bold }
 #ftr { font-size:0.75em; color:#555; padding:10px 20px; border-top:1px solid #ccc }
</style>
<script>function toggleLang(){ /* site language switcher */ }</script>
</head>
<body>
<div id="hdr"><strong>Cyngor Sir Gororau | Gororau County Council</strong> &nbsp; &nbsp;
 <a href="#cymraeg" onclick="toggleLang()">Cymraeg</a> | <a href="#english">English</a></div>
<div class="crumb">Home &gt; Councillors and democracy &gt; Committees &gt; Partnership bodies &gt; Cross-Border SEND / ALN Liaison Group &gt; Meeting 10/03/2027</div>

<div class="mgMain">
<p class="draft">DRAFT &ndash; to be approved at the next meeting / DRAFFT &ndash; i&rsquo;w gymeradwyo yn y cyfarfod nesaf</p>

<a name="english"></a>
<h1>Cross-Border SEND / ALN Liaison Group<br>Minutes</h1>
<p>Wednesday, 10 March 2027, 10.00 am<br>County Hall, Llanfair Hafren and via Microsoft Teams (hybrid)</p>

<h2>Present</h2>
<table class="mgAttend">
<tr><td>Gareth Pritchard (Chair)</td><td>Head of Additional Learning Needs, Gororau County Council</td></tr>
<tr><td>Mary Walker</td><td>Head of SEND, Westmoor Council</td></tr>
<tr><td>Yusuf Okafor</td><td>Designated Clinical Officer, Westmoor Integrated Care Board</td></tr>
<tr><td>Dr Elin Rowlands</td><td>Designated Education Clinical Lead Officer (DECLO), Gororau Teaching Health Board</td></tr>
<tr><td>Sioned Hughes</td><td>ALN Transition Lead, Gororau County Council</td></tr>
<tr><td>Mark Walsh</td><td>Head of Transport, Westmoor Council</td></tr>
<tr><td>Liam Porter</td><td>Data and Performance Manager, Westmoor Council</td></tr>
<tr><td>Claire Dunmore</td><td>SENDIASS Service Manager, Westmoor SENDIASS</td></tr>
<tr><td>Owen Reid</td><td>Preparing for Adulthood Lead, Westmoor Council (Teams)</td></tr>
</table>
<p><strong>Also present:</strong> Rhian Morgan &ndash; Democratic Services Officer (clerk), Gororau County Council</p>
<p><strong>Apologies:</strong> Priya Shah (Director of Education, Westmoor); Dylan Price (Passenger Transport Manager, Gororau County Council); Dr Anita Patel (Consultant Community Paediatrician)</p>

<h2>1. Apologies and declarations of interest</h2>
<p>The apologies above were noted. There were no declarations of interest.</p>


<h2>2. Minutes and action log of the meeting held on 9 December 2026</h2>
<p>The minutes were agreed as a correct record. On the action log:</p>
<ul>
<li>A1 (Mark Walsh to share the list of cross-border transport contracts) &ndash; complete; circulated on 14 January.</li>
<li>A2 (Liam Porter / Sioned Hughes &ndash; data-sharing agreement) &ndash; complete; the agreement was signed on 2 February.</li>
<li>A3 (Dr Rowlands to draft a joint therapy protocol for children who live in one area and go to school in the other) &ndash;
not complete. Dr Rowlands begins maternity leave in April; Yusuf Okafor agreed to take over the drafting of the
protocol and bring a final draft to the June meeting.</li>
<li>A4 (Claire Dunmore to make contact with SNAP Cymru) &ndash; complete; see item 5.</li>
</ul>

<h2>3. Children and young people attending school across the border</h2>
<p>Liam Porter reported that 23 Westmoor-resident children with an EHCP attend schools in Gororau, and 17 Gororau
learners with an Individual Development Plan (IDP) attend Westmoor settings. Members noted that an EHCP does not
transfer automatically into an IDP (or the other way round) and that families had been given mixed messages.
Sioned Hughes explained the Gororau process.</p>
<p>Gororau County Council is reviewing its IDP template in line with the Welsh Government&rsquo;s revised ALN Code, and a
public consultation will run over the summer. Members noted this.</p>
<p class="mgAction">ACTION: Liam Porter to share an anonymised list of cross-border EHCPs with Sioned Hughes by
Thursday 25 March 2027.</p>
<p class="mgAction">ACTION: Sioned Hughes to send Westmoor colleagues the IDP transfer checklist, in English and Welsh,
within two weeks.</p>

<h2>4. Home to school transport</h2>
<p>Mark Walsh reported that Westmoor&rsquo;s review of its post-16 routes had been completed in February. There are three
routes shared between the two councils. Gororau County Council will consult on its revised Learner Travel Policy
between May and July 2027; members noted this and Westmoor colleagues were encouraged to respond individually.</p>
<p class="mgAction">ACTION: Mark Walsh and Dylan Price to meet to agree a joint approach to the three shared routes by
the end of April.</p>

<h2>5. Information and advice for families</h2>
<p>Claire Dunmore reported on her meeting with SNAP Cymru on 16 February. Families living near the border were often unsure
whether an appeal would go to the First-tier Tribunal (SEND) in England or the Education Tribunal for Wales. Mary Walker
confirmed that the Westmoor Local Offer already links to the SNAP Cymru pages.</p>
<p class="mgAction">ACTION: Claire Dunmore and SNAP Cymru to hold a joint online briefing for families before the next
meeting.</p>

<h2>6. Post-16</h2>
<p>Owen Reid gave an update on young people with EHCPs moving into further education across the border.</p>
<p class="mgAction">ACTION: Owen Reid to circulate the list of post-16 providers used by Gororau learners with EHCPs by
Friday 16 April.</p>
<p>The Chair confirmed that he had already invited the ALN Coordinator from Coleg Gororau to the June meeting.</p>

<h2>7. Any other business</h2>
<p>It was RESOLVED that from June the group will meet in Westmoor and in Gororau alternately, and that the minutes will
continue to be published bilingually.</p>

<h2>8. Date of next meeting</h2>
<p>Wednesday 9 June 2027, 10.00 am, Westmoor Civic Centre.</p>

<div class="mgLang">
<a name="cymraeg"></a>
<h1 lang="cy">Grŵp Cyswllt Trawsffiniol AAA / ADY<br>Cofnodion</h1>
<div lang="cy">
<p>Dydd Mercher, 10 Mawrth 2027, 10.00 yb<br>Neuadd y Sir, Llanfair Hafren ac ar Microsoft Teams (hybrid)</p>

<h2>Yn bresennol</h2>
<table class="mgAttend">
<tr><td>Gareth Pritchard (Cadeirydd)</td><td>Pennaeth Anghenion Dysgu Ychwanegol, Cyngor Sir Gororau</td></tr>
<tr><td>Mary Walker</td><td>Pennaeth AAA, Cyngor Westmoor</td></tr>
<tr><td>Yusuf Okafor</td><td>Swyddog Clinigol Dynodedig, Bwrdd Gofal Integredig Westmoor</td></tr>
<tr><td>Dr Elin Rowlands</td><td>Swyddog Arweiniol Clinigol Addysg Dynodedig (DECLO), Bwrdd Iechyd Addysgu Gororau</td></tr>
<tr><td>Sioned Hughes</td><td>Arweinydd Pontio ADY, Cyngor Sir Gororau</td></tr>
<tr><td>Mark Walsh</td><td>Pennaeth Trafnidiaeth, Cyngor Westmoor</td></tr>
<tr><td>Liam Porter</td><td>Rheolwr Data a Pherfformiad, Cyngor Westmoor</td></tr>
<tr><td>Claire Dunmore</td><td>Rheolwr Gwasanaeth, SENDIASS Westmoor</td></tr>
<tr><td>Owen Reid</td><td>Arweinydd Paratoi ar gyfer Bywyd fel Oedolyn, Cyngor Westmoor (ar Teams)</td></tr>
</table>
<p><strong>Hefyd yn bresennol:</strong> Rhian Morgan &ndash; Swyddog Gwasanaethau Democrataidd (clerc), Cyngor Sir Gororau</p>
<p><strong>Ymddiheuriadau:</strong> Priya Shah (Cyfarwyddwr Addysg, Westmoor); Dylan Price (Rheolwr Trafnidiaeth Teithwyr, Cyngor Sir Gororau); Dr Anita Patel (Pediatregydd Cymunedol Ymgynghorol)</p>

<h2>1. Ymddiheuriadau a datganiadau o fuddiant</h2>
<p>Nodwyd yr ymddiheuriadau uchod. Ni chafwyd unrhyw ddatganiadau o fuddiant.</p>


<h2>2. Cofnodion a chofnod gweithredu&rsquo;r cyfarfod a gynhaliwyd ar 9 Rhagfyr 2026</h2>
<p>Cytunwyd bod y cofnodion yn gofnod cywir. O ran y cofnod gweithredu:</p>
<ul>
<li>A1 (Mark Walsh i rannu&rsquo;r rhestr o gontractau trafnidiaeth trawsffiniol) &ndash; wedi&rsquo;i gwblhau; dosbarthwyd ar 14 Ionawr.</li>
<li>A2 (Liam Porter / Sioned Hughes &ndash; cytundeb rhannu data) &ndash; wedi&rsquo;i gwblhau; llofnodwyd y cytundeb ar 2 Chwefror.</li>
<li>A3 (Dr Rowlands i ddrafftio protocol therapi ar y cyd ar gyfer plant sy&rsquo;n byw mewn un ardal ac yn mynd i&rsquo;r ysgol
yn y llall) &ndash; heb ei gwblhau. Bydd Dr Rowlands yn dechrau ar gyfnod mamolaeth ym mis Ebrill; cytunodd Yusuf Okafor
i gymryd drosodd y gwaith o ddrafftio&rsquo;r protocol a chyflwyno drafft terfynol i gyfarfod mis Mehefin.</li>
<li>A4 (Claire Dunmore i gysylltu &acirc; SNAP Cymru) &ndash; wedi&rsquo;i gwblhau; gweler eitem 5.</li>
</ul>

<h2>3. Plant a phobl ifanc sy&rsquo;n mynychu ysgol ar draws y ffin</h2>
<p>Adroddodd Liam Porter fod 23 o blant sy&rsquo;n byw yn Westmoor ac sydd ag EHCP yn mynychu ysgolion yng Ngororau, a bod 17
o ddysgwyr Gororau sydd &acirc; Chynllun Datblygu Unigol (CDU) yn mynychu lleoliadau yn Westmoor. Nododd yr aelodau nad yw
EHCP yn trosglwyddo&rsquo;n awtomatig i fod yn CDU (nac i&rsquo;r gwrthwyneb), a bod teuluoedd wedi cael negeseuon cymysg.
Esboniodd Sioned Hughes broses Gororau.</p>
<p>Mae Cyngor Sir Gororau yn adolygu ei dempled CDU yn unol &acirc; Chod ADY diwygiedig Llywodraeth Cymru, a bydd
ymgynghoriad cyhoeddus yn ystod yr haf. Nododd yr aelodau hyn.</p>
<p class="mgAction">CAM GWEITHREDU: Liam Porter i rannu rhestr ddienw o EHCPau trawsffiniol gyda Sioned Hughes erbyn
dydd Iau 25 Mawrth 2027.</p>
<p class="mgAction">CAM GWEITHREDU: Sioned Hughes i anfon y rhestr wirio ar gyfer trosglwyddo CDU, yn Gymraeg ac yn
Saesneg, at gydweithwyr Westmoor o fewn pythefnos.</p>

<h2>4. Cludiant o&rsquo;r cartref i&rsquo;r ysgol</h2>
<p>Adroddodd Mark Walsh fod adolygiad Westmoor o&rsquo;i lwybrau &ocirc;l-16 wedi&rsquo;i gwblhau ym mis Chwefror. Mae tri llwybr yn
cael eu rhannu rhwng y ddau gyngor. Bydd Cyngor Sir Gororau yn ymgynghori ar ei Bolisi Teithio Dysgwyr diwygiedig
rhwng mis Mai a mis Gorffennaf 2027; nododd yr aelodau hyn ac anogwyd cydweithwyr Westmoor i ymateb yn unigol.</p>
<p class="mgAction">CAM GWEITHREDU: Mark Walsh a Dylan Price i gyfarfod i gytuno ar ddull ar y cyd ar gyfer y tri llwybr
a rennir erbyn diwedd mis Ebrill.</p>

<h2>5. Gwybodaeth a chyngor i deuluoedd</h2>
<p>Adroddodd Claire Dunmore ar ei chyfarfod gyda SNAP Cymru ar 16 Chwefror. Yn aml nid oedd teuluoedd sy&rsquo;n byw ger y
ffin yn si&#373;r a fyddai ap&ecirc;l yn mynd i&rsquo;r Tribiwnlys Haen Gyntaf (AAA) yn Lloegr neu i Dribiwnlys Addysg Cymru.
Cadarnhaodd Mary Walker fod Cynnig Lleol Westmoor eisoes yn cysylltu &acirc; thudalennau SNAP Cymru.</p>
<p class="mgAction">CAM GWEITHREDU: Claire Dunmore a SNAP Cymru i gynnal sesiwn friffio ar-lein ar y cyd i deuluoedd cyn y
cyfarfod nesaf.</p>

<h2>6. &Ocirc;l-16</h2>
<p>Rhoddodd Owen Reid ddiweddariad ar bobl ifanc ag EHCP sy&rsquo;n symud i addysg bellach ar draws y ffin.</p>
<p class="mgAction">CAM GWEITHREDU: Owen Reid i ddosbarthu&rsquo;r rhestr o ddarparwyr &ocirc;l-16 a ddefnyddir gan ddysgwyr
Gororau sydd ag EHCP erbyn dydd Gwener 16 Ebrill.</p>
<p>Cadarnhaodd y Cadeirydd ei fod eisoes wedi gwahodd Cydlynydd ADY Coleg Gororau i gyfarfod mis Mehefin.</p>

<h2>7. Unrhyw fater arall</h2>
<p>PENDERFYNWYD y bydd y grŵp, o fis Mehefin ymlaen, yn cyfarfod yn Westmoor ac yng Ngororau bob yn ail, ac y bydd y
cofnodion yn parhau i gael eu cyhoeddi&rsquo;n ddwyieithog.</p>

<h2>8. Dyddiad y cyfarfod nesaf</h2>
<p>Dydd Mercher 9 Mehefin 2027, 10.00 yb, Canolfan Ddinesig Westmoor.</p>
</div>
</div>
</div>

<div id="ftr">Mae&rsquo;r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.<br>
Rhian Morgan, Gwasanaethau Democrataidd / Democratic Services, Cyngor Sir Gororau County Council &ndash; 01xxx 826 114<br>
Tudalen wedi&rsquo;i diweddaru / Page last updated: 17/03/2027 14:02</div>
</body>
</html>
"""

(OUT / f"{STEM}.html").write_text(html, encoding="utf-8")

write_labels(STEM, "2027-03-10",
    "An HTML minutes page published by a made-up Welsh host council (Gororau County Council, mod.gov-like crumbs, "
    "language switcher, DRAFT banner) for a cross-border SEND/ALN liaison group meeting on Wednesday 10 March 2027: "
    "the full English minute first, then the full Welsh translation, so every action appears twice (English "
    "'ACTION:' and Welsh 'CAM GWEITHREDU:' paragraphs) and must be labelled once; keys are taken from the English text. "
    "Traps: closed log items A1, A2, A4 (complete); Gororau's own IDP template consultation and Learner Travel Policy "
    "consultation (another body's plans, 'members noted'); Westmoor's route review already done; the Local Offer already "
    "links to SNAP Cymru; the Chair has already invited Coleg Gororau; the RESOLVED alternating-venue/bilingual "
    "decision; apologies list. Labels: open action A3 re-assigned from Dr Rowlands to Yusuf Okafor, final draft 'to "
    "the June meeting' = next meeting Wednesday 9 June 2027; Liam Porter by Thursday 25 March (26 March is Good "
    "Friday); Sioned Hughes (Gororau officer, not in people.json) 'within two weeks' of 10 March = 2027-03-24; Mark "
    "Walsh (with Dylan Price, Gororau) 'by the end of April' = Friday 2027-04-30; Claire Dunmore (with SNAP Cymru) "
    "'before the next meeting' = 2027-06-09 as the minute dates the next meeting; Owen Reid by Friday 16 April.",
    [
        ("take over the drafting of the protocol", "Yusuf Okafor", "Yusuf Okafor", "2027-06-09"),
        ("share an anonymised list of cross-border EHCPs", "Liam Porter", "Liam Porter", "2027-03-25"),
        ("send Westmoor colleagues the IDP transfer checklist", "Sioned Hughes", None, "2027-03-24"),
        ("agree a joint approach to the three shared routes", "Mark Walsh and Dylan Price", "Mark Walsh", "2027-04-30"),
        ("hold a joint online briefing for families", "Claire Dunmore and SNAP Cymru", "Claire Dunmore", "2027-06-09"),
        ("circulate the list of post-16 providers", "Owen Reid", "Owen Reid", "2027-04-16"),
    ])
print("ok", STEM)
