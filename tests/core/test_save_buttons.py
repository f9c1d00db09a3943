"""Every button that saves ignores a second press (GOV.UK Frontend's preventDoubleClick, written once
in templates/macros/buttons.html); filters that only GET do not need it."""
import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_POST_FORM = re.compile(r'<form[^>]*method="post"[^>]*>(.*?)</form>', re.S)


def test_raise_the_action_ignores_a_second_press(app, auth, client, make_person, make_group):
    secretary = make_person(role="lead")
    make_group(secretary=secretary)
    auth.login(secretary)
    page = client.get("/actions/new").get_data(as_text=True)
    [button] = re.findall(r"<button[^>]*>\s*Raise the action", page)
    assert 'data-prevent-double-click="true"' in button and 'data-module="govuk-button"' in button
    assert 'data-prevent-double-click="true"' in re.search(r"<button[^>]*>\s*Sign out", page).group(0)


def test_no_form_that_saves_writes_its_button_by_hand():
    by_hand = [f"{path.relative_to(TEMPLATES)}: {button[:60]}" for path in TEMPLATES.rglob("*.html")
               for form in _POST_FORM.findall(path.read_text())
               for button in re.findall(r"<button[^>]*>|govukButton\(", form)]
    assert by_hand == [], "use save_button (templates/macros/buttons.html) for these"
