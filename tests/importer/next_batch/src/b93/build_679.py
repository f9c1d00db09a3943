"""679: Gmail 'print all' conversation saved as an HTML page."""
import html as H
OUT = "/tmp/b93/679_ninetythird_transport_readiness_printed_gmail_thread.html"

msgs = [
 ("Mark Walsh", "mark.walsh@westmoor.gov.uk", "Fri, 6 Aug 2027 at 16:41",
  "Mary Walker &lt;mary.walker@westmoor.gov.uk&gt;, Claire Dunmore &lt;c.dunmore@westmoorsendiass.org.uk&gt;, Tom Evans &lt;tom@westmoorpcf.org.uk&gt;",
  "Owen Reid &lt;owen.reid@westmoor.gov.uk&gt;, Jen Cole &lt;jennifer.cole@westmoor.gov.uk&gt;",
  """Hi all,

Thanks for coming in yesterday - good to get everyone round a table before the September rush. As promised, my notes. Shout if I've got anything wrong.

Where we are
- 1,184 children and young people on SEND transport for September, 212 of them new or changing setting.
- Two operators have handed back contracts (routes 41 and 57). Both re-tendered, awarded Tuesday.
- Passenger assistant recruitment: 14 of 18 posts filled. HR running another campaign - nothing for this group to do.
- Tom raised that parents aren't told when drivers change. Agreed operators will be told to notify families from September (it's in the new contract terms already, so no separate action).

Actions (as I have them)
1. Transport team (me) to send confirmed routes and pick-up times to all families by Fri 20 Aug
2. MW to send transport the list of children with EHCPs starting new settings in Sept by 13 Aug
3. Claire - SENDIASS to run a transport helpline for the first two weeks of term
4. Tom - PCF to put out comms on how to appeal a transport decision by end of next week
5. Owen to confirm numbers for independent travel training for the Sept cohort by 27 Aug

Policy review - still planned for the autumn, Cabinet in December. Not for now.

Thanks
Mark

Mark Walsh
Head of Transport
Westmoor Council
"""),
 ("Mary Walker", "mary.walker@westmoor.gov.uk", "Mon, 9 Aug 2027 at 09:12",
  "Mark Walsh &lt;mark.walsh@westmoor.gov.uk&gt;",
  "Claire Dunmore &lt;c.dunmore@westmoorsendiass.org.uk&gt;, Tom Evans &lt;tom@westmoorpcf.org.uk&gt;, Owen Reid &lt;owen.reid@westmoor.gov.uk&gt;, Jen Cole &lt;jennifer.cole@westmoor.gov.uk&gt;",
  """Thanks Mark.

No.2 - list went to Jen this morning, so you can close that one.

One I think you missed: I said I'd write to the six special schools about the new pick-up windows. I'll do that by Wed 18th.

Mary
"""),
 ("Claire Dunmore", "c.dunmore@westmoorsendiass.org.uk", "Mon, 9 Aug 2027 at 13:55",
  "Mark Walsh &lt;mark.walsh@westmoor.gov.uk&gt;",
  "Mary Walker &lt;mary.walker@westmoor.gov.uk&gt;, Tom Evans &lt;tom@westmoorpcf.org.uk&gt;, Owen Reid &lt;owen.reid@westmoor.gov.uk&gt;, Jen Cole &lt;jennifer.cole@westmoor.gov.uk&gt;",
  """Hi Mark,

I need to push back on no.3, sorry - I should have said so on Thursday. SENDIASS is impartial and we can't be the front door for council transport queries; families would reasonably see us as part of the decision. We're very happy to signpost.

What I can do: I'll put the appeals guidance on the SENDIASS website once Tom's comms are out, so families get the same message from us.

Could the helpline sit with your contact centre instead?

Claire
"""),
 ("Mark Walsh", "mark.walsh@westmoor.gov.uk", "Tue, 10 Aug 2027 at 08:30",
  "Claire Dunmore &lt;c.dunmore@westmoorsendiass.org.uk&gt;",
  "Mary Walker &lt;mary.walker@westmoor.gov.uk&gt;, Tom Evans &lt;tom@westmoorpcf.org.uk&gt;, Owen Reid &lt;owen.reid@westmoor.gov.uk&gt;, Jen Cole &lt;jennifer.cole@westmoor.gov.uk&gt;",
  """Fair point Claire, understood. We'll run the helpline from the transport team's contact centre line instead - I'll get the contact centre script and FAQ done by 27 Aug so they're ready for the first day of term.

Mary - thanks, closed no.2.

Owen's on leave until the 23rd (out of office came back), so let's say ITT numbers by Fri 3 Sept. Owen, hope that's OK when you're back.

Mark
"""),
]

def body(t):
    return "<br>\n".join(H.escape(l, quote=False) for l in t.strip("\n").split("\n"))

parts = []
for name, addr, date, to, cc, text in msgs:
    parts.append(f"""<hr>
<table width=100% cellpadding=0 cellspacing=0 border=0 class="message">
<tr><td><font size=-1><b>{name}</b> &lt;{addr}&gt;</font></td>
<td align=right><font size=-1>{date}</font></td></tr>
<tr><td colspan=2 style="padding-bottom: 4px;"><font size=-1 class="recipient"><div>To: {to}</div><div>Cc: {cc}</div></font></td></tr>
<tr><td colspan=2><table width=100% cellpadding=12 cellspacing=0 border=0><tr><td><div style="overflow: hidden;"><font size=-1><div dir="ltr">{body(text)}</div>
{'<div class="gmail_quote">[Quoted text hidden]</div>' if name != 'Mark Walsh' or date.startswith('Tue') else ''}</font></div></td></tr></table></td></tr>
</table>""")

page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Westmoor Council Mail - Re: SEND transport - September readiness, notes and actions from Thursday</title>
<style type="text/css">
body, td {{font-family: arial, sans-serif; font-size: 13px;}} a:link, a:active {{color: #1155CC; text-decoration: none}} hr {{border: 0; height: 1px; background: #ccc}}
</style>
<script type="text/javascript">document.body.onload = function(){{document.body.offsetHeight;window.print()}};</script>
</head>
<body>
<div class="bodycontainer">
<table width=100% cellpadding=0 cellspacing=0 border=0><tr height=14px><td width=143>
<img src="https://www.gstatic.com/images/branding/product/1x/googleg_standard_color_92dp.png" width=143 height=59 alt="Westmoor Council Mail"></td>
<td align=right><font size=-1 color=#777><b>Jen Cole &lt;jennifer.cole@westmoor.gov.uk&gt;</b></font></td></tr></table>
<hr>
<div class="maincontent"><table width=100% cellpadding=0 cellspacing=0 border=0>
<tr><td><font size=+1><b>Re: SEND transport - September readiness, notes and actions from Thursday</b></font><br></td></tr>
<tr><td><font size=-1 color=#777>4 messages</font></td></tr></table>
{''.join(parts)}
</div></div>
</body></html>
"""
open(OUT, "w", encoding="utf-8").write(page)
