"""Pages anyone can reach without signing in."""
SITE = "SEND Partnership Tracker"


def test_reading_the_accessibility_statement(visitor):
    visitor.go("/sign-in").follow("Accessibility statement")
    visitor.sees_title(f"Accessibility statement – {SITE}")
    visitor.sees("How we tested this service").sees("Reporting accessibility problems")


def test_a_missing_page_says_so_and_leads_home(visitor, make_person):
    visitor.go("/no-such-page").sees_title(f"Page not found – {SITE}")
    visitor.sees("If you typed the web address, check it is correct.")
    visitor.follow("Go to the home page").is_at("/sign-in")
