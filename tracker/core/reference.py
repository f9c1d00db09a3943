"""The partnership's reference lists, from its SEND Strategy and Co-production Charter (seeds/).

Actions and published outcomes are tagged with them. A migration loads them into `tags`.
"""

STRATEGIC_PRIORITIES = [
    ("Co-production", "Work proactively and together with parents, carers, young people and partners."),
    ("Joint Commissioning", "Health, education and social care agree shared priorities and direct resources."),
    ("Inclusion", "High-quality inclusive arrangements in every setting, school, college and service."),
    ("Outcomes", "Services with the best impact, and evidence of children's achievements and progress."),
    ("Workforce", "A skilled, trained and confident workforce led by brave and bold leaders."),
]

CHARTER_VALUES = [
    ("Be open and honest", "Provide relevant information in a timely way; be transparent."),
    ("Actively listen", "Let people know how we have acted upon what is heard."),
    ("Value the lived experience", "Value contributions equally from all involved."),
    ("Do what matters", "Agree desired outcomes together and work towards them together."),
    ("Be accountable and responsive", "Do what we say we will, or explain clearly why we cannot."),
    ("Work together", "Agree how it is best to work together; communicate clearly."),
    ("Be respectful", "Communicate clearly and accurately in plain English."),
]

OUTCOME_STATEMENTS = [
    ("The people who love and care for me are enabled to do this", ""),
    ("I enjoy good health and well being", ""),
    ("I feel safe", ""),
    ("My voice is heard and acted upon", ""),
    ("I am happy and have people I can trust", ""),
    ("I am confident and able to reach my goals", ""),
    ("I feel part of my local community", ""),
]

REFERENCE_LISTS = {
    "priority": STRATEGIC_PRIORITIES,
    "value": CHARTER_VALUES,
    "outcome": OUTCOME_STATEMENTS,
}


def reference_rows() -> list[dict]:
    return [
        {"kind": kind, "name": name, "description": description, "position": position}
        for kind, entries in REFERENCE_LISTS.items()
        for position, (name, description) in enumerate(entries, start=1)
    ]
