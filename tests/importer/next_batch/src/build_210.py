"""Build 210_twentysixth_local_offer_review_log.csv and its labels."""
import csv
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "210_twentysixth_local_offer_review_log"

HEAD = ["Ref", "Local Offer page", "What reviewers found", "Agreed change", "Who", "By when", "Status", "Notes"]
ROWS = [
 ["# Westmoor Local Offer Review Group - page-by-page review log", "", "", "", "", "", "", ""],
 ["# Session: Wednesday 14 July 2027 10:00-12:00, Westmoor Library meeting room (and Teams)", "", "", "", "", "", "", ""],
 ["# Reviewers: Kerry Lang (PCF), two young people from Westmoor Voices, Claire Dunmore (SENDIASS), Sarah Khan (SK), Grace Adeyemi (GA), Local Offer officer (Dan), Mark Walsh (travel page only)", "", "", "", "", "", "", ""],
 ["# Apologies: Owen Reid (PfA) - comments on PfA pages sent by email", "", "", "", "", "", "", ""],
 ["# Status key: NEW = agreed today; OPEN = from previous session; DONE; NO CHANGE; REFERRED = not ours to fix", "", "", "", "", "", "", ""],
 HEAD,
 ["# CARRIED FROM EARLIER SESSIONS (for information - reviewed, no new agreement today)", "", "", "", "", "", "", ""],
 ["LO-019", "Contact us", "No textphone or BSL option", "Add BSL video relay link", "Web team", "31/03/2027", "DONE", "Live since 29 March"],
 ["LO-023", "Money and benefits", "DLA page links to old gov.uk guidance", "Update links", "Local Offer officer", "30/04/2027", "DONE", ""],
 ["LO-027", "Activities and clubs", "Listings not updated since 2025", "Ask providers to re-register", "Local Offer officer", "Summer", "OPEN", "38 of 61 providers re-registered - ongoing"],
 ["LO-029", "SEND transport", "Policy PDF not accessible to screen readers", "Publish HTML version", "Mark Walsh", "After Cabinet", "OPEN", "Waiting for the new policy to be adopted"],
 ["LO-031", "Home page", "Search box returns PDFs first", "Re-order search results", "Web team", "", "OPEN", "From April session - web team have it on their sprint, nothing new today"],
 ["LO-036", "Mental health", "Kooth link broken", "Fix link", "Web team", "", "DONE", ""],
 ["LO-039", "Glossary", "Young people wanted more words added", "Add 20 terms agreed by Westmoor Voices", "SK", "June", "DONE", "Added 18 June"],
 ["", "", "", "", "", "", "", ""],
 ["# TODAY'S REVIEW - 14 July 2027", "", "", "", "", "", "", ""],
 ["LO-044", "EHC needs assessment", "Jargon heavy; 'statutory' used 11 times; young people could not say what happens next",
  "Rewrite the EHC needs assessment page in plain English with a 'what happens next' timeline", "Local Offer officer", "30/07/2027", "NEW", "Kerry and young people to check the draft (part of same action)"],
 ["LO-045", "SENDIASS", "Opening hours out of date; old phone number still shown", "Add SENDIASS contact hours and the new phone number", "Claire D (SENDIASS)", "w/e 30 July", "NEW", ""],
 ["LO-046", "Short breaks", "Three links go to 404 pages", "Replace broken links on the short breaks page", "Web team", "ASAP", "NEW", "Dan to log the ticket today - done in the meeting (ticket WEB-2231)"],
 ["LO-047", "Preparing for adulthood", "Reviewers liked the videos; pages hard to find from the menu",
  "Ask young people to test the Preparing for Adulthood pages on their phones", "SK", "Sept group", "NEW", "Owen's emailed comments attached"],
 ["LO-048", "Children's therapies", "Referral routes describe the old single point of access",
  "Update the therapies page with current referral routes and waiting times", "GA", "1st September", "NEW", ""],
 ["LO-049", "Travel assistance", "No mention of how long an appeal takes", "Add the transport policy appeal timescales to the travel page",
  "Mark Walsh", "20/08/27", "NEW", "Mark to check timescales with legal first"],
 ["LO-050", "Autism and ADHD", "Waiting times page is run by the ICB not the council", "ICB comms to update their page", "ICB comms", "", "REFERRED", "Not ours - YO informed by email"],
 ["LO-051", "Education - SEN support", "Clear and helpful, parents liked the graduated approach diagram", "None", "", "", "NO CHANGE", ""],
 ["LO-052", "Easy read hub", "Reviewers would love an audio version of every page", "Wishlist - no budget this year", "", "", "NO CHANGE", "Revisit if funding found"],
 ["LO-053", "Events calendar", "Summer events missing", "Add summer events", "Local Offer officer", "", "DONE", "Added during the session"],
 ["LO-055", "Post-16 options", "Good - reviewers found the college comparison table really useful", "None", "", "", "NO CHANGE", ""],
 ["LO-056", "Personal budgets", "Reviewers unsure whether the page is still current", "Check with the personal budgets lead", "Local Offer officer", "", "DONE", "Confirmed current by email during the meeting"],
 ["LO-057", "Complaints and disagreements", "Mediation section good; tribunal section long", "Consider splitting into two pages at the next redesign", "", "", "NO CHANGE", "Group to consider - not agreed"],
 ["LO-058", "Early years", "Broken image on the portage page", "Fix image", "Local Offer officer", "", "DONE", "Fixed during the session"],
 ["LO-059", "Social care", "Not reviewed - moved to September", "", "", "", "NO CHANGE", "Agenda overran"],
 ["LO-054", "Feedback form", "Form asks for postcode before the comment", "Move postcode question to the end of the form", "Web team", "", "NEW", "Will go in the autumn release - date not known"],
 ["", "", "", "", "", "", "", ""],
 ["# Summary of today: 16 pages on the list (15 reviewed); 7 NEW; 3 DONE in session; 5 NO CHANGE; 1 REFERRED", "", "", "", "", "", "", ""],
 ["# Young people's reviewers each received a £15 voucher (per the participation policy)", "", "", "", "", "", "", ""],
 ["# Feedback on the session: 'better than last time', 'more snacks please', 'Dan explained things well'", "", "", "", "", "", "", ""],
 ["", "", "", "", "", "", "", ""],
 ["# Dan to send the updated log to reviewers with the notes - sent 15 July (done)", "", "", "", "", "", "", ""],
 ["# Next review group: Wednesday 15 September 2027 - pages: Health, Social care, Post-16", "", "", "", "", "", "", ""],
 ["# Log kept by Local Offer officer; shared with SEND Partnership Board quarterly", "", "", "", "", "", "", ""],
]

with open(OUT / f"{STEM}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    for r in ROWS:
        w.writerow(r)

labels = {
 "meeting_date": "2027-07-14",
 "style": ("Held-out batch twentysixth. Local Offer review group page-by-page review log exported as CSV, with '#' comment "
           "rows for title/attendees/status key, one row per web page and columns What reviewers found / Agreed change / "
           "Who / By when / Status. Treated as a session log: only rows with Status NEW agreed today count. Traps: the 'CARRIED FROM EARLIER SESSIONS' block (LO-019 to LO-039) "
           "is for information only - DONE rows and OPEN rows with nothing new agreed today, not from this session; LO-050 REFERRED to ICB comms (another "
           "body); LO-051 and LO-052 NO CHANGE (LO-052 is a wishlist); LO-053 DONE during the session; the ticket for "
           "LO-046 logged in the meeting is done, but the link fix itself remains with the web team. Labelling choices: "
           "'SK' resolves to Sarah Khan (Participation Officer, young people's testing) not Sarah Kent; 'w/e 30 July' = "
           "Friday 2027-07-30; 'ASAP' and 'autumn release - date not known' = null; 'Sept group' = meeting 2027-09; "
           "'1st September' = 2027-09-01; Local Offer officer and Web team have no person."),
 "held_out": True,
 "actions": [
  {"key": "Rewrite the EHC needs assessment page in plain English", "owner": "Local Offer officer", "person": None, "due": "2027-07-30"},
  {"key": "Add SENDIASS contact hours and the new phone number", "owner": "Claire D (SENDIASS)", "person": "Claire Dunmore", "due": "2027-07-30"},
  {"key": "Replace broken links on the short breaks page", "owner": "Web team", "person": None, "due": None},
  {"key": "Ask young people to test the Preparing for Adulthood", "owner": "SK", "person": "Sarah Khan", "due": "meeting 2027-09"},
  {"key": "Update the therapies page with current referral routes", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-09-01"},
  {"key": "Add the transport policy appeal timescales", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-08-20"},
  {"key": "Move postcode question to the end of the form", "owner": "Web team", "person": None, "due": None},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
