"""529: email whose body IS the minutes, then a very long NHS signature, disclaimers and a quoted agenda email."""
import json
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "529_seventysecond_dco_email_minutes_body_long_signature_disclaimer"

body = """Hi all,

Thanks for your time this morning. Notes and actions from today's health advice check-in are below - shout by Friday if I've got anything wrong, otherwise I'll ask Ruth to load them onto the tracker.

HEALTH ADVICE FOR EHC NEEDS ASSESSMENTS - CHECK-IN
Tuesday 2nd February 2027, 10:00-11:00, Teams

Present: Yusuf Okafor (DCO, chair), Dr Anita Patel (Consultant Community Paediatrician), Grace Adeyemi (Head of Children's Therapies), Mary Walker (Head of SEND), Bev Clarke (EHC Hub Team Leader), Priya Mistry (PCF parent rep), Ruth Hill (notes - thank you Ruth)
Apologies: Claire Dunmore (SENDIASS)

1. Where we are
- January: 61% of health advice returned within 6 weeks (Dec 54%). Paediatrics 72%, SLT 48%, OT 66%.
- 14 SLT requests currently over 6 weeks, oldest at 11 weeks.
- Bev flagged that requests are still going to three different inboxes depending on which form the caseworker used, which is where most of the "lost" requests come from.

2. Quality
Anita said the paediatric reports are improving but some still describe the diagnosis rather than the child's needs and the provision required. We looked at two anonymised examples. Priya M said parents find the "outcomes" section the hardest part to understand.
- Anita to audit ten paediatric advice reports against the quality checklist by the 26th and bring the findings to the next check-in.

3. The backlog
Grace said two new SLTs start on 15 Feb. Agreed the Trust's SLT team will triage the 14 overdue requests within ten working days, prioritising the ones where the 20-week deadline is closest.
- Grace and Bev to agree a single inbox for all health advice requests and tell caseworkers, by Friday week.

4. Escalation
Mary said the council is under pressure on 20-week timeliness and health advice is one of the reasons given in the Q3 report. We agreed that the 6-week deadline problem needs to be raised at senior level rather than case by case.
- Mary to raise the 6-week deadline issue at DMT on 16/02.
- Priya S (Director of Education) had asked last week for a summary of health advice timeliness for the Board - she already has the Q3 figures in the Board pack so no separate summary needed. No action.

5. Flowchart and training
The current flowchart still shows the old ICB address and the 2024 form.
- Me (Yusuf) - update the health advice flowchart and recirculate by 2027-02-19.
- Face-to-face training for caseworkers and health staff on the 3rd of March (morning, venue TBC). Ruth to book a room for the 3rd of March training by the end of next week.
- Anita offered to co-present - thank you, accepted.

6. Parent voice
- Priya M to share the draft parent survey questions with the PCF committee by the fifteenth.
- Grace suggested adding a question about therapy reports; Priya M will decide with the committee whether it fits - not an action for this group.

Next check-in: Tues 2nd March, 10am, Teams (invite to follow from Ruth).

ACTIONS - summary
1. Anita - audit 10 paeds reports vs checklist - 26 Feb
2. SLT team (Grace) - triage 14 overdue requests - within 10 working days
3. Grace + Bev - single inbox for health advice requests - Fri week
4. Mary - 6-week deadline to DMT - 16 Feb
5. Yusuf - flowchart update + recirculate - 19 Feb
6. Ruth - book room for training on 3 March - end of next week
7. Priya M - parent survey questions to PCF committee - 15 Feb

Many thanks,
Yusuf

--
Yusuf Okafor (he/him)
Designated Clinical Officer for SEND
Children, Young People and Maternity Directorate
NHS Westmoor Integrated Care Board

Westmoor House | 4th Floor | 12 Quay Street | Westmoor | WM1 4QA
Mobile: 07700 900 418 | Teams: yusuf.okafor@nhs.net
Working days: Monday - Thursday. I do not expect a reply outside your own working hours.

Please note I will be on annual leave from 12th to 16th April 2027 inclusive. For urgent DCO queries in my absence please contact the CYPM team inbox: westmoor.cypm@nhs.net

SEND Local Offer (health pages): https://www.westmoor.gov.uk/localoffer/health
Find out more about the DCO role: https://www.westmoor-icb.nhs.uk/send

Proud to be a Disability Confident Leader and a Veteran Aware organisation.
Westmoor ICB is a Living Wage employer.

Are you a parent carer? Have your say on health services for children and young people with SEND - join the Westmoor Parent Carer Forum at www.westmoorpcf.org.uk

[Westmoor ICB logo] [NHS logo] [Disability Confident Leader logo]

Please consider the environment before printing this email.

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately and delete this message from your system. You must not copy, distribute, disclose or take any action in reliance on the contents of this information. 
Any views or opinions presented are solely those of the author and do not necessarily represent those of NHS Westmoor Integrated Care Board. Please be aware that NHS Westmoor ICB is subject to the Freedom of Information Act 2000 and the Data Protection Act 2018 and the contents of this email may be disclosed. Emails sent to and from the ICB may be monitored for the purposes of security and staff training. Although the ICB has taken reasonable precautions to ensure no viruses are present in this email, the ICB cannot accept responsibility for any loss or damage arising from the use of this email or attachments.

Do not share patient identifiable data by email unless both sender and recipient are using a secure email account (nhs.net, gcsx or equivalent).

********************************************************************************************************************

This message has been scanned for malware by Forcepoint. www.forcepoint.com

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail

________________________________
From: HILL, Ruth (WESTMOOR COUNCIL) <ruth.hill@westmoor.gov.uk>
Sent: 28 January 2027 16:12
To: OKAFOR, Yusuf (NHS WESTMOOR ICB); PATEL, Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST); ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST); WALKER, Mary; CLARKE, Bev; Priya Mistry
Subject: Health advice check-in - Tues 2 Feb - agenda

Hi all,

Agenda for Tuesday below. Please could everyone bring their January figures, and Grace could you bring the list of overdue SLT requests (numbers only please, no names).

1. Where we are - January figures
2. Quality - examples
3. Backlog
4. Escalation
5. Flowchart / training
6. Parent voice

Thanks
Ruth

Ruth Hill
Partnership Business Support Officer | Westmoor SEND Partnership
Westmoor Council, Civic Centre, Westmoor WM1 1AA
www.westmoor.gov.uk

Westmoor Council - Email disclaimer: This email is intended for the named recipient only. The information it contains may be confidential or legally privileged. If you are not the named recipient you must not copy, distribute or take any action in reliance on it. If you have received it in error please tell the sender and delete it. Westmoor Council may monitor emails to ensure that they comply with council policy.
"""

msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
msg["From"] = "OKAFOR, Yusuf (NHS WESTMOOR ICB) <yusuf.okafor@nhs.net>"
msg["To"] = ("PATEL, Anita (WESTMOOR COMMUNITY HEALTH NHS TRUST) <anita.patel7@nhs.net>, "
             "ADEYEMI, Grace (WESTMOOR COMMUNITY HEALTH NHS TRUST) <grace.adeyemi@nhs.net>, "
             "\"WALKER, Mary\" <mary.walker@westmoor.gov.uk>, \"CLARKE, Bev\" <bev.clarke@westmoor.gov.uk>, "
             "Priya Mistry <priya.mistry@westmoorpcf.org.uk>")
msg["Cc"] = "\"HILL, Ruth (WESTMOOR COUNCIL)\" <ruth.hill@westmoor.gov.uk>, \"DUNMORE, Claire\" <claire.dunmore@westmoorsendiass.org.uk>"
msg["Subject"] = "RE: Health advice check-in - Tues 2 Feb - agenda / notes and actions"
msg["Date"] = "Tue, 02 Feb 2027 14:37:09 +0000"
msg["Message-ID"] = "<LO2P265MB5012A7C1D3E9F@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM>"
msg["In-Reply-To"] = "<CWLP123MB77719E2B@CWLP123MB7771.GBRP123.PROD.OUTLOOK.COM>"
msg["Thread-Topic"] = "Health advice check-in - Tues 2 Feb - agenda"
msg["X-MS-Has-Attach"] = ""
msg.set_content(body, subtype="plain", charset="utf-8", cte="8bit")
(OUT / f"{STEM}.eml").write_bytes(msg.as_bytes())

labels = {
    "meeting_date": "2027-02-02",
    "style": (
        "Held-out batch seventysecond. An NHSmail reply (.eml, 8bit plain text) from the DCO whose body is the notes of a health advice "
        "check-in held Tuesday 2 February 2027, then an actions summary, then a very long signature (pronouns, working days, annual leave "
        "notice, links, logos), ICB and NHSmail/malware disclaimers ('must not ... take any action in reliance') and the quoted agenda "
        "email from Ruth ('Please could everyone bring...'). Traps: signature leave notice and disclaimers are not actions; the quoted "
        "agenda request is pre-meeting; Priya S (Director of Education) request explicitly 'No action' - do not confuse with Priya M "
        "(Priya Mistry, PCF parent rep); Anita's offer to co-present is accepted but is not a task with a deliverable (not labelled); "
        "Grace's survey-question suggestion 'not an action for this group'; Yusuf's own action written 'Me (Yusuf)'; 'Grace and Bev' is "
        "shared (person = Grace Adeyemi, first named; Bev Clarke not cast); 'the Trust's SLT team' is a body (null); each action appears "
        "twice (text and summary) - keys from the text. Dates: 'by the 26th' = 26 February 2027 (summary '26 Feb'); 'within ten working "
        "days' from Tue 2 Feb = Tuesday 16 February 2027; 'by Friday week' = Friday 12 February 2027; 'at DMT on 16/02' = 2027-02-16; "
        "'by 2027-02-19'; Ruth 'by the end of next week' = Friday 12 February 2027; 'by the fifteenth' = Monday 15 February 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "Anita to audit ten paediatric advice reports", "owner": "Anita", "person": "Anita Patel", "due": "2027-02-26"},
        {"key": "triage the 14 overdue requests within ten working days", "owner": "the Trust's SLT team", "person": None, "due": "2027-02-16"},
        {"key": "Grace and Bev to agree a single inbox", "owner": "Grace and Bev", "person": "Grace Adeyemi", "due": "2027-02-12"},
        {"key": "Mary to raise the 6-week deadline issue", "owner": "Mary", "person": "Mary Walker", "due": "2027-02-16"},
        {"key": "update the health advice flowchart and recirculate", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-02-19"},
        {"key": "Ruth to book a room for the 3rd", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-02-12"},
        {"key": "Priya M to share the draft parent survey questions", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-02-15"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
