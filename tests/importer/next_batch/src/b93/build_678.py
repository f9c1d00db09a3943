"""678: Teams meeting chat copied out into a .txt (Partnership Board, online)."""
OUT = "/tmp/b93/678_ninetythird_board_teams_meeting_chat.txt"
chat = """Partnership Board 23.09.27 - meeting chat (copied out of Teams by RH for the minutes - reactions left in)

Meeting started 09:58

Ruth Hill (Westmoor Council)   09:59
Morning all, agenda and papers are in the Files tab at the top. Apologies so far: Priya Shah, Owen Reid. Sarah Kent joining for item 4 only.

Helen Brooks   10:01
Morning. I'll have to drop off at 11 for a parent meeting, sorry

Anne Price   10:02
No problem Helen, we'll take the schools item first

Recording started by Ruth Hill   10:03

Ruth Hill (Westmoor Council)   10:06
Matters arising: tribunal data action from July - Liam shared it on 2 Aug, so closing that one. Transport survey action also closed (report is item 6).
👍 3

Liam Porter   10:14
For the Q Tom asked - the number of EHCPs as at end of August is 2,341 (up 9% on last year). Slides have the breakdown by age.

Tom Evans (PCF)   10:15
thanks Liam that's really helpful

Ruth Hill (Westmoor Council)   10:21
ACTION: DL to circulate the EP statutory advice timeliness breakdown by locality by 1 Oct

David Lowe   10:22
👍 will do

Grace Adeyemi   10:31
Yusuf - I'll send you the SALT waiting times broken down by school by Monday, then you can take them to the ICB panel

Yusuf Okafor (ICB)   10:32
Great, thanks Grace. FYI for all - the ICB will be consulting on the neurodiversity pathway in November, comms team will send details out to partners

Sarah Khan   10:40
Can I propose we go back to meeting in person at least twice a year? Young people find Teams hard when they come to present

Anne Price   10:41
Good point Sarah - let's pick that up at the away day rather than decide now

Ruth Hill (Westmoor Council)   10:47
ACTION: MW to draft the letter to schools on part-time timetables, Priya to sign off - by Fri 8th Oct
(edited)

Mary Walker   10:48
Happy with that. Draft will come via Ruth as Priya is off till the 4th

Tom Evans (PCF)   10:55
Happy to get 5 PCF families to test the new EHCP portal before launch, just need the test link. We can report back how it went at the next Board

Liam Porter   10:56
I'll send you the test link tomorrow Tom

Helen Brooks   11:00
Leaving now - thanks all. Nadia will pick up anything for Riverside
❤️ 2

Ruth Hill (Westmoor Council)   11:12
ACTION: RH to set up an extra session on the SEF before half term - will send a Doodle poll

Anne Price   11:24
Thanks everyone, really good discussion on therapies. I'll write to the ICB chair about the therapy funding gap and copy in the Board members.
👏 4

Yusuf Okafor (ICB)   11:25
Thanks Anne, much appreciated

Ruth Hill (Westmoor Council)   11:26
Next Board: Thursday 18 November, 10-12, hybrid (Civic Centre Room 1 + Teams)

Meeting ended: 1h 28m 11:26
"""
open(OUT, "w", encoding="utf-8").write(chat)
