"""490: Joint Commissioning Group paper (.docx): cover sheet table, numbered paragraphs, options table,
'Next steps' table, and a post-meeting box recording what the JCG agreed (amended/removed/new steps)."""
import sys
sys.path.insert(0, "/tmp/b66/src")
from dochelp import *

OUT = "/tmp/b66/490_sixtysixth_jcg_paper_next_steps_amended_by_outcome_box.docx"
d = base_doc("Arial", 10.5)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Westmoor Joint Commissioning Group  |  Agenda item 6  |  OFFICIAL - SENSITIVE: COMMERCIAL"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Version 1.2 - updated 05/03/27 to record the JCG outcome (section 10)        ").font.size = Pt(8)
page_x_of_y(fp)

p = d.add_paragraph(); r = p.add_run("Children's speech, language and communication: re-commissioning the "
                                     "pathway - options appraisal"); r.bold = True; r.font.size = Pt(14)

cover = d.add_table(rows=0, cols=2); set_borders(cover, 4, "808080")
for k, v in [
    ("Meeting", "Westmoor Joint Commissioning Group (Children and Young People)"),
    ("Date of meeting", "Thursday 4 March 2027"),
    ("Agenda item", "6"),
    ("Report author", "Hannah Doyle, Senior Commissioning Manager (Children), Joint Commissioning Team"),
    ("Executive sponsors", "Director of Education, Westmoor Council\nDirector of Commissioning (Children), Westmoor ICB"),
    ("Purpose", "Decision [X]    Assurance [ ]    Information [ ]"),
    ("Previously considered by", "SEND Partnership Board (for information), 3 February 2027\n"
                                 "Therapies Interface Group, 18 February 2027"),
    ("Recommendations", "The JCG is asked to:\n(a) APPROVE Option 2 (joint re-procurement of an integrated, tiered "
                        "model with a pooled budget);\n(b) ENDORSE the next steps at section 8;\n(c) NOTE the risks "
                        "at section 7."),
]:
    c = cover.add_row().cells
    cell_text(c[0], k, bold=True); shade(c[0], "DEEAF6"); cell_text(c[1], v)
col_widths(cover, [4.5, 12.5])


def h(t):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    r = p.add_run(t); r.bold = True; r.font.size = Pt(11.5)


def para(n, t):
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1.0); p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(n + "\t" + t)


h("1. Purpose")
para("1.1", "This paper sets out the options for re-commissioning the children's speech, language and "
            "communication (SLC) pathway, currently delivered by Westmoor Community Health NHS Trust under a "
            "contract that expires on 31 March 2028, and asks the JCG to agree a preferred option and next steps.")
h("2. Background")
para("2.1", "In November 2026 the JCG asked the Commissioning team to review the current model in the light of the "
            "local area inspection finding that children wait too long for therapy and that schools do not know "
            "what is available while they wait. This paper responds to that request.")
para("2.2", "Current annual spend is £1.94m: £1.52m from the ICB and £0.42m from the Council's High Needs Block "
            "for therapy specified in EHC plans. The two budgets are commissioned separately, with separate "
            "specifications and performance reports.")
h("3. Current position")
para("3.1", "At the end of January 780 children were waiting for an initial SLT assessment, 380 of them for more than "
            "52 weeks. The ICB Board has written to the Trust asking for a recovery plan (ICB Board, 19 January).")
para("3.2", "In the PCF's autumn survey 71% of parents of children waiting for SLT said that nobody had given them "
            "advice on what to do while they waited. SENCOs report the same gap for schools.")
h("4. Options")
opt = d.add_table(rows=1, cols=4); set_borders(opt, 4, "808080")
for c, t in zip(opt.rows[0].cells, ["Option", "Description", "Indicative cost (annual)", "Assessment"]):
    cell_text(c, t, bold=True); shade(c, "DEEAF6")
for r in [
    ["1", "Extend the current contracts for two years without change", "£1.94m", "Not recommended: does not "
          "address the inspection finding or the waiting list"],
    ["2", "Jointly re-procure an integrated, tiered (universal / targeted / specialist) model with a pooled budget "
          "under the Section 75 agreement", "£2.05m", "Recommended: single specification and outcomes framework; "
          "universal tier gives schools support while children wait"],
    ["3", "Council procures the universal and targeted tiers; ICB retains the specialist tier", "£2.11m",
     "Not recommended: repeats the current split and adds a second provider interface"],
]:
    cells = opt.add_row().cells
    for c, t in zip(cells, r): cell_text(c, t)
col_widths(opt, [1.5, 7.0, 3.0, 5.5])
h("5. Preferred option")
para("5.1", "Option 2 is recommended. The additional £110k a year would be met from the ICB's 2027/28 children's "
            "growth allocation (£70k) and the High Needs Block (£40k), subject to the Section 75 variation.")
h("6. Co-production")
para("6.1", "The PCF and the young people's SEND advisory group have helped draft the outcomes framework. Both have "
            "asked to be involved in evaluating bids, and the PCF has asked that parents are paid for their time "
            "in line with the partnership's participation policy.")
h("7. Risks")
para("7.1", "Limited provider market; TUPE implications for the current workforce; a tight timetable to "
            "mobilise by 1 April 2028; and the risk that the pooled budget variation is not agreed in time.")
h("8. Next steps")
para("8.1", "Subject to the JCG's approval, the following next steps are proposed:")
ns = d.add_table(rows=1, cols=4); set_borders(ns, 4, "808080")
for c, t in zip(ns.rows[0].cells, ["No.", "Step", "Lead", "Timescale"]):
    cell_text(c, t, bold=True); shade(c, "DEEAF6")
repeat_header(ns.rows[0])
for r in [
    ["8.1", "Publish a prior information notice (PIN) on Find a Tender", "Commissioning team", "w/c 15 March 2027"],
    ["8.2", "Share the draft service specification with the PCF and the SENCo reference group for comment",
     "Senior Commissioning Manager", "by 31/03/27"],
    ["8.3", "Complete the equality impact assessment", "ICB Children's Commissioning Lead", "end of May 2027"],
    ["8.4", "Agree the Section 75 variation for the pooled budget", "ICB Chief Finance Officer and Council "
                                                                    "S151 officer", "Q1 2027/28"],
    ["8.5", "Hold a market engagement event for potential providers", "Commissioning team", "April 2027"],
    ["8.6", "Bring the procurement timetable and evaluation criteria back to the JCG", "Senior Commissioning "
                                                                                     "Manager", "July JCG (08/07/27)"],
]:
    cells = ns.add_row().cells
    for c, t in zip(cells, r): cell_text(c, t)
col_widths(ns, [1.2, 8.8, 4.2, 2.8])
h("9. Recommendations")
for t in ["APPROVE Option 2 (joint re-procurement of an integrated, tiered model with a pooled budget).",
          "ENDORSE the next steps at section 8.",
          "NOTE the risks at section 7."]:
    d.add_paragraph("The JCG is asked to " + t, style="List Number")

h("10. Outcome of the JCG meeting on 4 March 2027 (added after the meeting by the Joint Commissioning Team)")
box = d.add_table(rows=1, cols=1); set_borders(box, 8, "2E75B6")
c = box.rows[0].cells[0]; shade(c, "F2F2F2")
cell_text(c, "The JCG APPROVED Option 2 and ENDORSED the next steps at section 8 with the following changes:", bold=True)
for t in [
    "Step 8.3: timescale brought forward to the end of April 2027, so that the EIA is available before the "
    "specification is finalised.",
    "Step 8.5: removed. Potential providers will instead be invited to the ICB's all-age therapies market event on "
    "22 April, which the ICB is already running.",
    "New step 8.7: the PCF to nominate two parent representatives to the evaluation panel by 19 March 2027 "
    "(paid at the participation policy rate - agreed).",
    "The ICB to confirm its 2027/28 contribution to the pooled budget in writing before the end of the financial "
    "year.",
]:
    cp = c.add_paragraph(t, style="List Bullet")
c.add_paragraph("The Designated Clinical Officer asked to be a member of the evaluation panel. Agreed; this will be "
                "reflected in the evaluation criteria at step 8.6 rather than as a separate action. The Director "
                "of Education noted the paper would go to the SEND Partnership Board for information only.")
d.save(OUT)
print("wrote", OUT)
