import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
Skip to main content
Cookies on the Westmoor Council website
We use some essential cookies to make this website work.
We'd like to set additional cookies to understand how you use the site and improve our services.
Accept additional cookies
Reject additional cookies
View cookies
Westmoor Council
Menu
Search
Search this site
Sign in to My Westmoor
Home
Education and learning
Special educational needs and disabilities (SEND)
SEND Partnership Board
Minutes: SEND Partnership Board, 16 June 2027
Published: 2 July 2027
On this page
Who attended
Welcome and apologies
Minutes of the last meeting
Attendance and part-time timetables
Health update
Home to school transport complaints
Questions from the public
Actions agreed
Date of next meeting
Who attended
Anne Price, Independent Chair (chaired the meeting)
Mary Walker, Head of SEND
Priya Shah, Director of Education
Yusuf Okafor, Designated Clinical Officer, Westmoor Integrated Care Board
Tom Evans, co-chair, Westmoor Parent Carer Forum
Helen Brooks, SENCo, Riverside Primary School
Liam Porter, Data and Performance Manager
Grace Adeyemi, Head of Children's Therapies, Westmoor Community Health NHS Trust
Councillor Bethan Jones, Chair of the Children and Young People Scrutiny Committee (observer)
Kerry Lang, Parent Champion
Claire Dunmore, SENDIASS Service Manager (for the SENDIASS item)
Ruth Hill, Partnership Business Support Officer (minutes)
Apologies: David Lowe, Sarah Khan
Back to top
Welcome and apologies
The Chair welcomed everyone, including four parents who were observing the meeting in person. Apologies were noted.
Minutes of the last meeting
The minutes of the meeting on 12 May 2027 were agreed. All actions from that meeting have been completed or are on today's agenda.
The Board noted the SENDIASS annual report, presented by Claire Dunmore. The service supported 1,240 families last year.
Back to top
Attendance and part-time timetables
The Director of Education reported that 212 children with SEND were on part-time timetables in the spring term, and that some had been on them for more than a term. Parents observing the meeting said that part-time timetables were often agreed without a clear plan to return to full time.
Priya Shah, Director of Education, will write to all headteachers about part-time timetables by Friday 16 July, setting out the expectation that every part-time timetable is time-limited and reviewed.
The Data and Performance Manager will add suspensions and exclusions data to the SEND dashboard before the next meeting.
Back to top
Health update
The Designated Clinical Officer explained that waiting times for autism assessment had risen to 74 weeks. NHS England is expected to publish new guidance on neurodevelopmental pathways in the autumn.
Members were concerned about waits for children's therapies. The Chair will write to the Chief Executive of the ICB about therapy waiting times on behalf of the Board.
The Designated Clinical Officer will bring a report on autism assessment waiting times to the September meeting.
Back to top
Home to school transport complaints
The Board received a summary of 63 transport complaints made since January. The Council has already changed 11 routes following the route review.
Councillor Bethan Jones agreed to take the transport complaints report to the Scrutiny Committee in October.
Members discussed whether future Board meetings should be live-streamed. It was agreed not to do this at present.
Back to top
Questions from the public
Q: Will the new EHCP hub work on mobile phones?
A: Yes. The hub launched on 1 June and works on phones and tablets.
Q: Can parents get help to fill in the new request form?
A: Yes – SENDIASS already offers this. Claire Dunmore gave the helpline number: 01632 960 418.
Back to top
Actions agreed
Kerry Lang, Parent Champion, will run two drop-in sessions for families on the EHCP hub by the end of August.
An easy read version of these minutes will be published by 30 June (Ruth Hill).
Other actions are shown in the sections above.
Date of next meeting
Thursday 9 September 2027, 2pm, Westmoor Civic Centre. Members of the public are welcome to observe.
Back to top
Related content
Minutes: SEND Partnership Board, 12 May 2027
Minutes: SEND Partnership Board, 21 April 2027
SEND Local Offer
Easy read minutes (coming soon)
Was this page helpful?
Yes
No
Report a problem with this page
Accessibility statement
Cookies
Privacy notice
Contact us
Jobs
© Westmoor Council 2027
"""

STYLE = ("Held-out batch ninetysixth. Public summary minutes of the SEND Partnership Board on Wednesday 16 June 2027, published on the "
 "Council website and copied from a browser with select-all: cookie banner, navigation, breadcrumb, 'On this page' list, 'Back to top' "
 "links, related links and footer come with it. Owners are mostly job titles ('The Data and Performance Manager' = Liam Porter, "
 "'The Designated Clinical Officer' = Yusuf Okafor, 'The Chair' = Anne Price); one action names its owner in brackets after the task (Ruth Hill). "
 "Traps: May minutes' actions said to be complete; SENDIASS report only noted; parents' comments are feedback; NHS England guidance is "
 "another body's plan; routes already changed; live-streaming agreed NOT to happen; public questions answered on the day (hub already "
 "launched, SENDIASS help already offered); 'Easy read minutes (coming soon)' is a link, not a separate action. Dates: Priya Shah "
 "'Friday 16 July' = 2027-07-16; 'before the next meeting' = next meeting; Chair's letter no date = null; DCO 'September meeting' = "
 "meeting 2027-09; Cllr Jones 'Scrutiny Committee in October' = meeting 2027-10; Kerry Lang 'end of August' = Tuesday 31 August 2027; "
 "Ruth Hill '30 June' = Wednesday 30 June 2027.")

ACTIONS = [
 ("write to all headteachers about part-time timetables", "Priya Shah, Director of Education", "Priya Shah", "2027-07-16"),
 ("add suspensions and exclusions data to the SEND dashboard", "The Data and Performance Manager", "Liam Porter", "next meeting"),
 ("write to the Chief Executive of the ICB", "The Chair", "Anne Price", None),
 ("bring a report on autism assessment waiting times", "The Designated Clinical Officer", "Yusuf Okafor", "meeting 2027-09"),
 ("take the transport complaints report to the Scrutiny Committee", "Councillor Bethan Jones", "Bethan Jones", "meeting 2027-10"),
 ("run two drop-in sessions for families", "Kerry Lang, Parent Champion", "Kerry Lang", "2027-08-31"),
 ("An easy read version of these minutes", "Ruth Hill", "Ruth Hill", "2027-06-30"),
]
write("697_ninetysixth_council_web_page_minutes", TEXT, "2027-06-16", STYLE, ACTIONS)
