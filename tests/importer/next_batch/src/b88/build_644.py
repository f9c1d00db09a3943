"""644: Google Sheets 'Publish to web' HTML of the PfA workstream tracker (three tabs, row numbers, column letters)."""
import html, json
from pathlib import Path

OUT = Path("/tmp/b88"); STEM = "644_eightyeighth_pfa_google_sheet_published"
e = html.escape

def table(rows, ncols, gid):
    letters = "ABCDEFGHIJ"[:ncols]
    out = [f'<div id="{gid}" style="position:relative;overflow-x:auto"><table class="waffle" cellspacing="0" cellpadding="0"><thead><tr>'
           '<th class="row-header freezebar-origin-ltr"></th>']
    out += [f'<th id="{gid}C{i}" style="width:{w}px;" class="column-headers-background">{l}</th>'
            for i, (l, w) in enumerate(zip(letters, [60, 340, 70, 110, 90, 260, 90]))]
    out.append("</tr></thead><tbody>")
    for n, row in enumerate(rows, 1):
        out.append(f'<tr style="height: 20px"><th id="{gid}R{n-1}" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">{n}</div></th>')
        if row and row[0].startswith("##"):
            out.append(f'<td class="s0" dir="ltr" colspan="{ncols}">{e(row[0][2:])}</td>')
        else:
            row = list(row) + [""] * (ncols - len(row))
            for v in row:
                cls = "s2" if n == 2 else "s1"
                out.append(f'<td class="{cls}" dir="ltr">{e(v)}</td>' if v else f'<td class="{cls}"></td>')
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)

tracker = [
    ("##PfA Workstream - Action Tracker 2027/28  (last edited after w/s mtg Tue 14 Sept)",),
    ("No.", "Action", "Who", "By when", "Status", "Update / comments", "Date raised"),
    ("1", "OR to pull together the post-16 destinations data for Year 11 EHCP cohort", "OR", "1 Oct", "Open", "LP helping with NCCIS extract", "14/09/27"),
    ("2", "SK to include PfA outcomes in the autumn school improvement visits", "SK", "by half term", "Open", "", "14/09/27"),
    ("3", "SKh to run a young people's focus group on independent travel training", "SKh", "w/c 11 Oct", "Open", "Youth Voice group have agreed to host", "14/09/27"),
    ("4", "CD to share SENDIASS leaflet on rights at 16 and mental capacity", "CD", "next meeting", "Open", "", "14/09/27"),
    ("5", "Fund a travel buddy scheme from the PfA budget", "OR", "", "Not agreed", "No budget this year - revisit at 28/29 budget setting", "14/09/27"),
    ("6", "Update PfA pages on Local Offer with Sept changes", "RH", "Sept", "Closed", "Done 10/9", "13/07/27"),
    ("7", "MWa to review post-16 transport policy wording re: travel training", "MWa", "end of Dec", "Open", "Now includes no. 8", "13/07/27"),
    ("8", "Check transport appeals wording", "MWa", "Oct", "Merged with 7", "", "13/07/27"),
    ("9", "Supported internships: DWP to confirm job coach funding", "DWP", "Sept '27", "Open - external", "Not ours - OR keeping an eye on it", "13/07/27"),
    ("10", "Agree PfA outcomes framework", "OR", "July", "Closed", "Signed off 13/07", "18/05/27"),
]
parked = [
    ("##Parked / ideas (not actions)",),
    ("No.", "Idea", "Suggested by", "", "", "Notes"),
    ("P1", "Year 9 review 'passport' app", "Tom E", "", "", "Interesting - park until digital strategy agreed"),
    ("P2", "Joint training with adult social care on transitions", "OR", "", "", "Maybe 2028"),
]
key = [
    ("##Who's who (initials)",),
    ("Initials", "Name"),
    ("OR", "Owen Reid - PfA Lead (chair)"),
    ("SK", "Sarah Kent - School Improvement Adviser"),
    ("SKh", "Sarah Khan - Participation Officer"),
    ("MW", "Mary Walker - Head of SEND"),
    ("MWa", "Mark Walsh - Head of Transport"),
    ("CD", "Claire Dunmore - SENDIASS"),
    ("RH", "Ruth Hill - business support"),
    ("LP", "Liam Porter - data"),
]
doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PfA Workstream Tracker - Google Drive</title>
<style type="text/css">.ritz .waffle a {{ color: inherit; }}.ritz .waffle .s0{{background-color:#274e13;text-align:left;color:#ffffff;font-family:Arial;font-size:12pt;font-weight:bold;vertical-align:bottom;white-space:nowrap;}}.ritz .waffle .s1{{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:normal;}}.ritz .waffle .s2{{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#d9ead3;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;}}</style>
<script>function switchToSheet(id){{ }}</script>
</head><body>
<div id="top-bar"><div id="doc-title"><span class="name">PfA Workstream Tracker</span></div>
<div id="sheet-menu"><ul id="sheet-menu">
<li id="sheet-button-0" class="active"><a href="#" onclick="switchToSheet('0')">Tracker</a></li>
<li id="sheet-button-1"><a href="#" onclick="switchToSheet('1')">Parked</a></li>
<li id="sheet-button-2"><a href="#" onclick="switchToSheet('2')">Key</a></li></ul></div></div>
<div id="sheets-viewport" class="ritz grid-container" dir="ltr">
{table(tracker, 7, "0")}
{table(parked, 6, "1")}
{table(key, 2, "2")}
</div>
<div id="footer"><div class="dash">Published by <a href="https://docs.google.com">Google Sheets</a> &ndash; <a href="#">Report abuse</a> &ndash; Updated automatically every 5 minutes</div></div>
</body></html>
"""
(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")

labels = {"meeting_date": "2027-09-14", "style": (
    "Held-out batch eightyeighth. A Google Sheet 'published to the web' as HTML (Google's waffle table markup with column letters "
    "A-G and row-number cells, all three tabs in the page: Tracker, Parked, Key) for the Preparing for Adulthood workstream, last "
    "edited after the workstream meeting on Tuesday 14 September 2027. Owners are initials decoded on the Key tab, with deliberate "
    "near-collisions: SK = Sarah Kent vs SKh = Sarah Khan, MW = Mary Walker vs MWa = Mark Walsh. Traps: no. 5 not agreed; no. 6 and "
    "no. 10 closed; no. 8 merged into no. 7 (only no. 7 labelled); no. 9 is DWP's action ('not ours'); the Parked tab holds ideas, not "
    "actions; column letters and row numbers are noise. Dates: '1 Oct' = Friday 1 October 2027; 'by half term' = October half term "
    "(w/c 25 October) so Friday 22 October 2027; 'w/c 11 Oct' = Friday 15 October 2027; 'next meeting' has no date anywhere in the "
    "sheet so it stays 'next meeting'; 'end of Dec' = Friday 31 December 2027."),
    "held_out": True, "actions": [
    {"key": "OR to pull together the post-16 destinations data", "owner": "OR", "person": "Owen Reid", "due": "2027-10-01"},
    {"key": "SK to include PfA outcomes in the autumn", "owner": "SK", "person": "Sarah Kent", "due": "2027-10-22"},
    {"key": "SKh to run a young people's focus group", "owner": "SKh", "person": "Sarah Khan", "due": "2027-10-15"},
    {"key": "CD to share SENDIASS leaflet on rights", "owner": "CD", "person": "Claire Dunmore", "due": "next meeting"},
    {"key": "MWa to review post-16 transport policy wording", "owner": "MWa", "person": "Mark Walsh", "due": "2027-12-31"},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
