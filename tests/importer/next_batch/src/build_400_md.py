"""Builds 400: portfolio holder briefing notes converted from Word with pandoc (grid tables, wrapped cells)."""
import textwrap

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "400_fiftythird_portfolio_holder_briefing_pandoc_grid_tables.md")


def grid(widths, rows, header=True):
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]
    for ri, row in enumerate(rows):
        wrapped = [textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(row, widths)]
        n = max(len(x) for x in wrapped)
        for i in range(n):
            out.append("| " + " | ".join((x[i] if i < len(x) else "").ljust(w)
                                         for x, w in zip(wrapped, widths)) + " |")
        out.append(hsep if (header and ri == 0) else sep)
    return "\n".join(out)


parts = []
parts.append("""---
title: "Portfolio Holder Briefing -- Children's Services (SEND)"
subtitle: "Notes and follow-ups"
date: "Monday 5 July 2027"
---

**OFFICIAL -- not for publication.** Notes are not minutes; they record steers and
follow-ups only.

""")
parts.append(grid([22, 58], [
    ["Cabinet Member", "Cllr Rosa Hussain, Cabinet Member for Children's Services"],
    ["Officers", "Priya Shah (Director of Education); James Whitfield (AD SEND and Inclusion); "
                 "Mary Walker (Head of SEND) for items 2 and 3"],
    ["Notes", "Amira Begum, Cabinet Support Officer"],
    ["Next briefing", "Monday 19 July 2027, 9.30am, Leader's Office meeting room"],
], header=False))
parts.append("""

# 1. Actions from last briefing (21 June)

""")
parts.append(grid([10, 44, 6, 24], [
    ["Ref", "Action", "Who", "Status"],
    ["21/06-1", "Send note on ND pathway waits to Cllr H", "JW", "Done 25/06"],
    ["21/06-2", "Arrange meeting with PCF co-chairs (Tom Evans and co-chair)", "Amira", "Done -- met 1/7"],
    ["21/06-3", "Check legal position on transport appeal timescales before the scrutiny report goes to "
                "Cabinet", "PS", "Open -- legal advice awaited. Now due Fri 16/07"],
]))
parts.append("""

# 2. Briefing items

**Tribunal costs and outcomes (MW).** Appeals registered in 2026/27 up 31%; the
Council conceded or lost 94%. Legal costs forecast at £412k against a £250k
budget. Cllr H wants a proper briefing before the Cabinet pre-meet on 14 July
-- see follow-up 2.

**Special free school bid (PS).** Application submitted 30 April. The DfE will
announce wave outcomes in the autumn; nothing the Council can do to speed that up.
Cllr H asked that we pin down the timeline with the DfE regional team.

**MP enquiry -- Riverside resourced provision.** Letter received 29 June from the
local MP on behalf of a family. Reply needed within 10 working days under the
member enquiry protocol.

**Local area SEND inspection.** Inspectors' draft letter received for factual
accuracy checking. Publication date to be set by Ofsted. Cllr H would like to
be briefed on the lines to take before it is published.

**Home to school transport budget.** Forecast overspend £1.9m. Cllr H asked
whether the Leader had seen the forecast; she said she would raise it with him
herself at their next 1:1 rather than putting it in a paper.

# 3. Steers / decisions

- Cllr H is content for the PCF to co-chair the SEND summit in October.
- Cllr H agreed the banding review will not go to Cabinet until January 2028.
- Cllr H signed off the SEND sufficiency consultation response in the meeting
  (no further action).
- For information: Cabinet will consider the SEND Sufficiency Strategy on 21 July.

# 4. Follow-ups

""")
parts.append(grid([4, 46, 12, 18], [
    ["#", "Follow-up", "Who", "When"],
    ["1", "Draft reply to the MP enquiry about Riverside resourced provision for Cllr H's signature", "JW",
     "Fri 9 July"],
    ["2", "Briefing note on tribunal costs and outcomes ahead of Cabinet pre-meet", "MW", "14/07"],
    ["3", "Confirm timeline for the special free school bid with DfE regional team", "PS", "by Fri 23/07"],
    ["4", "Prepare lines to take on the local area inspection outcome", "Press Office",
     "Before publication (date TBC by Ofsted)"],
    ["5", "Raise transport budget forecast with the Leader", "Cllr H", "At her next 1:1 with the Leader"],
    ["6", "Book visit to Riverside Primary for Cllr H in September", "Amira", "By next briefing"],
    ["7", "SEND sufficiency consultation response sign-off", "Cllr H", "DONE in meeting"],
    ["--", "~~Ask Ofsted for early sight of the final letter~~", "~~PS~~",
     "Withdrawn -- not permitted under the framework"],
]))
parts.append("""

*Notes: AB 05/07/27. Circulated to attendees only. Please tell me by
Wednesday if anything is wrong.*
""")
open(OUT, "w", encoding="utf-8").write("".join(parts))
print("wrote", OUT)
