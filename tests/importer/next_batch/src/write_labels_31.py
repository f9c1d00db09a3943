import json
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
B = "Held-out batch thirtyfirst. "

def A(key, owner, person, due):
    return {"key": key, "owner": owner, "person": person, "due": due}

docs = {
"240_thirtyfirst_short_breaks_commissioning_temp_minutes": ("2027-02-11",
 B + "Short Breaks Commissioning Group minutes (docx, ~4 pages) typed by an agency temp covering for Ruth Hill: numbering is inconsistent "
 "(1, 2, 3 -, 3., 5., 4.1, 6), vii., 8., 9.), the agenda order note, actions written five different ways (bold 'ACTION MW -', 'Action:', "
 "'Action - LP,...', 'Action commissioning team.', and plain prose 'Grace will confirm...'). A temp-typed actions summary table at the end is "
 "INCOMPLETE: it omits Helen's action (which only appears in a self-corrected sentence 'Action for DL - no, Helen - ask SENCOs...'; owner is Helen, "
 "not DL) and numbers two rows '5'. Not actions: matters arising all done/closed (sufficiency report sent, Hazel Lodge closed, DP rate gone to Cabinet), "
 "HAF 'can come back in April', the Brightside 6-month extension (explicit DECISION), Rachel/parents on evaluation panel (temp unsure, 'Anne to confirm?' - "
 "not labelled as it was not agreed), Tom sending survey questions to Liam ('Not a separate action'), single budget wish, EP dashboard question, youth forum easy read (done), "
 "PCF conference reminder, HAF agenda item ('not an action for the minutes'). Dates: next meeting Thu 15 Apr 2027 -> 'next mtg'/'next meeting' = meeting 2027-04; "
 "'before Easter hols' -> Thu 25 Mar 2027 (last school day before the Easter break; Fri 26 Mar is Good Friday); 'within two weeks' of 11 Feb -> 2027-02-25; 'w/c 1st March' -> 2027-03-01; "
 "'end of March'/'31/3' -> 2027-03-31; Local Offer upload 'once signed off' / no date -> null. Commissioning team is a team (person null).",
 [A("circulate revised short breaks eligibility criteria", "MW", "Mary Walker", "2027-03-05"),
  A("arrange young people's co-design session for the statement", "Sarah K", "Sarah Khan", "2027-03-25"),
  A("put the revised statement on the Local Offer", "RH", "Ruth Hill", None),
  A("pull the data for overnight short breaks by ward", "LP", "Liam Porter", "meeting 2027-04"),
  A("issue the market engagement notice for the new framework", "commissioning team", None, "2027-03-01"),
  A("ask SENCOs about after-school club demand", "Helen", "Helen Brooks", "meeting 2027-04"),
  A("confirm whether nursing staff can support the Saturday club", "Grace", "Grace Adeyemi", "2027-02-25"),
  A("raise continuing care short breaks funding with ICB finance", "Yusuf", "Yusuf Okafor", "2027-03-31"),
  A("run a parent survey on holiday club provision", "TE/PCF", "Tom Evans", "2027-03-31")]),

"241_thirtyfirst_nd_pathway_action_log_pdf_table": ("2027-05-20",
 B + "NHS ND Pathway Steering Group action and decision log (landscape PDF, 3 pages) whose table spans pages with the header row repeated on each page; "
 "row ND-045 (GP referral criteria letter) is SPLIT across the page 2/3 break, so its last lines ('...practices in the north locality have asked for a short "
 "briefing session too; this is being considered by the ICB primary care team separately and is NOT part of this action') appear at the top of page 3 "
 "under a repeated header with no ref/lead/due - that briefing session is not an action. Page furniture (OFFICIAL - SENSITIVE, org header, footer with version, "
 "page numbers). The log mixes old and new rows: only OPEN rows are labelled (new ones raised 20/05 plus ND-034 and ND-040 still open). Not labelled: CLOSED rows "
 "(ND-024, 025, 027, 029, 031, 036, 042, ND-038 closed-superseded, ND-050 raised and closed in the meeting), D rows (decisions ND-026, 032, 049), S row ND-041 "
 "(standing report, 'not tracked as an action'), the easy read leaflet ('not part of this action'). Dates: ND-034 original due 30/04/27 superseded by 'Revised 30/06/27'; "
 "'July SG' = next Steering Group Thu 15 July 2027 -> meeting 2027-07; 'Board 24/06/27' -> 2027-06-24. Joint leads 'TE / GA' -> first named (Tom Evans); "
 "'LP / IG leads' -> Liam Porter; 'Chair (AP)' -> Anne Price.",
 [A("agree a data sharing agreement between Trust and council", "LP / IG leads", "Liam Porter", "2027-06-30"),
  A("scope a post-diagnostic support offer for families", "TE / GA", "Tom Evans", "meeting 2027-07"),
  A("draft the neurodevelopmental pathway information leaflet", "Kerry Lang", "Kerry Lang", "2027-07-01"),
  A("circulate the revised referral form to all SENCOs", "DL", "David Lowe", "2027-06-04"),
  A("issue the updated referral criteria letter to GP practices", "Dr Anita Patel", "Anita Patel", "2027-06-18"),
  A("confirm ICB funding for the additional assessment clinics", "YO", "Yusuf Okafor", "meeting 2027-07"),
  A("add a pathway update to the waiting well page", "Ruth H", "Ruth Hill", "2027-06-11"),
  A("escalate the waiting times risk to the Partnership Board", "Chair (AP)", "Anne Price", "2027-06-24")]),

"242_thirtyfirst_champions_you_asked_we_are_doing": ("2027-06-24",
 B + "Local Offer web page (HTML with nav, breadcrumb, callouts, footer) writing up the Parent Champions Network meeting of Thu 24 June 2027 as "
 "'You asked / We are doing' pairs, with 'We can't do this' boxes. Actions are the 'we are doing' commitments by named officers and teams, in prose. "
 "Not actions: the travel eligibility policy set by Cabinet (not changing), two new OTs recruited in May (done), SENDIASS factsheet (exists), "
 "panel seats for champions (can't), Mary's audit summary (already shared in March; the next one comes 'in the autumn as usual' - routine, not a new commitment), "
 "named caseworker (can't/future wish), readers asked to send questions by 16 July (call to readers, not the partnership's action), young person emailing "
 "the team, dates for your diary. Dates: 'by the end of September' -> 2027-09-30; 'by the end of July' -> 2027-07-31; 'in the next few weeks' -> null; "
 "Claire at 'our next network meeting on Thursday 22 July' -> 2027-07-22; 'by the end of August' -> 2027-08-31; Kerry at 'Partnership Board on 22 July' -> 2027-07-22; "
 "links fix has no date -> null. Mark's 'his team will rewrite' -> owner Mark Walsh; the therapy team's OT page -> Grace Adeyemi as the person who committed it; "
 "'The Local Offer team' is a team (person null).",
 [A("rewrite the travel assistance policy wording", "Mark Walsh", "Mark Walsh", "2027-09-30"),
  A("publish the EHCP timeliness figures on the Local Offer", "Liam Porter", "Liam Porter", "2027-07-31"),
  A("put their current OT waiting times on the page", "Grace Adeyemi", "Grace Adeyemi", None),
  A("run a session on annual reviews", "Claire Dunmore", "Claire Dunmore", "2027-07-22"),
  A("setting up a Young Champions group", "Sarah Khan", "Sarah Khan", "2027-08-31"),
  A("fixing the short breaks links", "The Local Offer team", None, None),
  A("take the champions' questions to the SEND Partnership Board", "Kerry", "Kerry Lang", "2027-07-22")]),

"243_thirtyfirst_reply_all_agreed_actions": ("2027-09-14",
 B + "Outlook email thread (.eml, newest first, Outlook-style 'From/Sent/To' separators, no > quoting) where actions from a Tuesday 14 Sept 2027 call are "
 "proposed by Mary and then renegotiated by reply-all. HARD: the first (bottom) email's list is wrong on 6 of 7 items; the final state must be assembled from later replies: "
 "Grace moves her therapy reports from 1/10 to 15/10; item 4 moves from Yusuf to Dr Patel (Grace suggests, Yusuf asks, Anita accepts - Yusuf only 'keeps an eye'); "
 "David narrows EP advice to the 9 Y6 cases; Tom hands the parent letter back to the council -> 'SEND Casework team' (Tom/PCF only check wording - treated as part of that action, not separate); "
 "Mary's item 7 (her letter to secondary heads) is DROPPED; Priya covering the naming deadline at the heads' forum on 7 Oct is existing business at another meeting, not labelled. "
 "Mary's 'where we've landed' summary still says Liam 'from 20/9' but Liam's LATER reply (after the summary) moves it to Mon 27 Sept -> 2027-09-27. "
 "The newest email (Priya) adds two actions: Ruth to pull these into the transfer action log (no date -> null) and Helen to share the cluster's transition review invite template 'by Friday' "
 "(written on Fri 17 Sept -> next Friday 2027-09-24). Not actions: the decision NOT to hold reviews without advice, Partnership meeting 14 Oct review of numbers.",
 [A("list of Y6 pupils whose annual review isn't booked", "Helen", "Helen Brooks", "2027-09-24"),
  A("therapy reports for the overdue reviews", "Grace", "Grace Adeyemi", "2027-10-15"),
  A("EP advice for the 9 Y6 cases", "David", "David Lowe", "2027-10-08"),
  A("chase outstanding health advice from community paediatrics", "Dr Patel", "Anita Patel", "2027-09-24"),
  A("weekly tracker of phase transfer reviews", "Liam", "Liam Porter", "2027-09-27"),
  A("parent letter explaining the delays", "SEND Casework team", None, "2027-09-22"),
  A("pull these into the transfer action log", "Ruth", "Ruth Hill", None),
  A("share the cluster's template for the transition review invite", "Helen", "Helen Brooks", "2027-09-24")]),

"244_thirtyfirst_icb_board_paper_recommendations_next_steps": ("2027-07-08",
 B + "ICB Board paper in markdown (cover sheet table, numbered paragraphs, risk table) for the Board of 8 July 2027, ending with '9. Recommendations and next steps'. "
 "Traps: the 9.1 Recommendations (NOTE / APPROVE / SUPPORT / NOTE) are asks of the Board, i.e. decisions, not actions; most next steps are stated twice (in prose in sections 3-5 "
 "and again in the 9.2 list, owners given as roles there) and are labelled once; 9.2 has items with no date (QA framework date is in prose 'report its adoption to the September Board'). "
 "Not actions: the recurrent clinic funding decision ('not for this Board today'), therapist training (complete), PCF thanks, Board members 'warmly invited' to the 30 Sept event, "
 "Partnership Board continuing to monitor the APAP (routine). Owners: 'DCO' = Yusuf Okafor (report author); 'Head of Children's Therapies' = Grace Adeyemi; Chief Nursing Officer, "
 "Associate Director of Workforce and ICB Business Intelligence team are not in people.json (person null). Dates: 31 August 2027; 'by end of August 2027' -> 2027-08-31; "
 "'September Board' -> meeting 2027-09; 14 October 2027; 'Q3 2027/28' -> end of quarter 2027-12-31; 'end of autumn term'/'before the end of the autumn term' -> Fri 2027-12-17; "
 "'January 2028' Board -> meeting 2028-01.",
 [A("complete the health SEF refresh", "DCO", "Yusuf Okafor", "2027-08-31"),
  A("Deputy DCO job description agreed and post advertised", "Associate Director of Workforce", None, "2027-08-31"),
  A("sign off the framework and report its adoption", "Chief Nursing Officer", None, "meeting 2027-09"),
  A("present the SaLT waiting times recovery plan", "Grace Adeyemi", "Grace Adeyemi", "2027-10-14"),
  A("build a joint SEND dashboard", "ICB Business Intelligence team", None, "2027-12-31"),
  A("lead training for community paediatricians on outcomes-focused health advice", "Dr Patel", "Anita Patel", "2027-12-17"),
  A("further update on inspection readiness to the Board", "Yusuf Okafor", "Yusuf Okafor", "meeting 2028-01")]),

"245_thirtyfirst_onenote_jcg_todo_tags": ("2027-10-13",
 B + "Joint Commissioning Group notes exported from OneNote as HTML: absolutely positioned outline containers, where the right-hand 'ACTIONS' container (margin-left 6.4in) "
 "comes BEFORE the notes in the source; OneNote tags rendered as <img alt='To Do'>, alt='To Do (checked)', 'Question', 'Important', 'Remember for later'. "
 "HARD: checked To Do items are done (YO CHC panel rep, RH circulate Sept notes, GA SaLT data 'done in mtg') - not actions; some To Do-tagged actions appear only in the notes "
 "container (James W DMT, Tom PCF nominations); Priya's DfE letter has NO tag at all and is only in a bullet ('PS said she'd write to DfE ... this week'); duplicates between the "
 "containers (MW JSNA, LP AP costing, Owen mapping, GA/YO SaLT paper) labelled once. Not actions: Question tag (Cabinet approval?), Important tag (S75 expiry), Remember-for-later "
 "(report to Board twice a year), PH analyst time already agreed, ICB board sign-off via 'YO's normal route, nothing extra', next JCG date. Dates: 'end Nov' -> 2027-11-30; "
 "'Dec JCG' (8 Dec) -> meeting 2027-12; '12/11' -> 2027-11-12; 'Jan JCG' -> meeting 2028-01; 'this week' (Wed 13 Oct) -> Fri 2027-10-15; 'DMT 3 Nov' -> 2027-11-03; "
 "'by half term' -> Fri 2027-10-22 (last day before the late-October half term); room booking undated -> null. 'GA / YO' joint -> first named Grace Adeyemi.",
 [A("refresh JSNA SEND chapter", "MW", "Mary Walker", "2027-11-30"),
  A("cost the AP placements split by funder", "LP", "Liam Porter", "meeting 2027-12"),
  A("map supported internship providers", "Owen R", "Owen Reid", "2027-11-12"),
  A("joint SaLT commissioning options paper", "GA / YO", "Grace Adeyemi", "meeting 2028-01"),
  A("book room for Dec JCG", "RH", "Ruth Hill", None),
  A("write to DfE about the SEND capital bid deadline", "PS", "Priya Shah", "2027-10-15"),
  A("take protocol to DMT 3 Nov", "James W", "James Whitfield", "2027-11-03"),
  A("nominate 2 parents for equipment review working group", "Tom", "Tom Evans", "2027-10-22")]),

"246_thirtyfirst_teacher_cluster_bullet_notes": ("2027-11-17",
 B + "A class teacher's own bullet notes (plain text, lowercase, arrows, '??') from a SEND cluster meeting on Wed 17 Nov 2027, attended in place of the SENCo Helen Brooks and "
 "written for her. HARD: the writer is unnamed, so two actions are owned by 'me' (person null); 'Sarah K' is Sarah Kent the School Improvement Adviser (not Sarah Khan, the "
 "Participation Officer) - the notes say '(school improvement adviser - council)'; 'HB' and 'Nadia' (the writer's head, Nadia Khan) own actions though neither was there; "
 "other schools' people (Jen, Oakfield SENCo) are not in people.json. Not actions: St Mark's Ofsted news, everyone to use the template from Jan (general instruction), Sarah K chasing "
 "non-returners (conditional), the '?? ask HB about the Y4 referral' (question to self about a question), transition passports (Helen 'already did ours' - done), Hillside checklist "
 "availability, TA training day wish ('nobody took it on'), top-up funding moan (council issue, 'nothing the cluster can do'), next cluster date, ps about leaflets (question). "
 "Dates: 'tmrw' -> 2027-11-18; 'fri 3rd Dec' -> 2027-12-03; 'by end of Jan' -> 2028-01-31; 'b4 end of term' -> Fri 2027-12-17; '10 Dec' -> 2027-12-10; Claire 'didn't say when' -> null; "
 "'on Mon' -> 2027-11-22; Jen's agenda 'a week before' the 26 Jan cluster -> 2028-01-19.",
 [A("scan + send Helen the new provision map template", "me", None, "2027-11-18"),
  A("send ours by fri 3rd Dec", "HB", "Helen Brooks", "2027-12-03"),
  A("circulate moderation feedback to all SENCOs", "Sarah K", "Sarah Kent", "2028-01-31"),
  A("email the spring EP allocations to heads", "DL", "David Lowe", "2027-12-17"),
  A("Nadia needs to sign ours", "Nadia", "Nadia Khan", "2027-12-10"),
  A("Claire will email dates to SENCOs", "Claire", "Claire Dunmore", None),
  A("put the dyslexia checklist up in staffroom", "me", None, "2027-11-22"),
  A("send round the agenda for next time", "Jen", None, "2028-01-19")]),
}
for stem, (md, style, acts) in docs.items():
    (OUT / f"{stem}.labels.json").write_text(json.dumps(
        {"meeting_date": md, "style": style, "held_out": True, "actions": acts}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("ok")
