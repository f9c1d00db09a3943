"""A secretary brings the Board's existing action log (an Excel workbook) into Tracker, chooses who
an owner the log names is, and imports it; every page on the way passes the accessibility checks."""
from sqlalchemy import select

from tests.actions.log import action_logs
from tracker.actions.models import Action
from tracker.extensions import db

SITE = "SEND Partnership Tracker"


def test_secretary_imports_the_boards_action_log(sign_in, make_person, make_group, tmp_path):
    secretary = make_person(role="lead", name="Lena Price")
    mary = make_person(name="Mary Walker", job_title="Head of SEND")
    yusuf = make_person(name="Yusuf Osman")
    make_group("SEND Board", secretary=secretary, members=[mary, yusuf])
    log = tmp_path / "board_log.xlsx"
    log.write_bytes(action_logs.board_log_xlsx())
    champions = tmp_path / "champions_log.csv"
    champions.write_bytes(action_logs.champions_log_csv())

    lena = sign_in(secretary)
    lena.follow_in_menu("Groups").follow("SEND Board").follow("Import an action log")
    lena.sees_title(f"Import an action log – Actions – {SITE}")
    lena.choose_file("Your action log", log).press("Read the log")
    lena.sees_title(f"Check the action log – Actions – {SITE}").sees("4 actions will be created")
    lena.press("Import 4 actions").sees("4 actions imported from board_log.xlsx.")

    lena.follow("Import an action log").choose_file("Your action log", champions).press("Read the log")
    lena.sees("Owners Tracker could not find")
    lena.select("The log says “GA”", "Mary Walker")
    lena.press("Check the log again").press("Import 3 actions").sees("3 actions imported from champions_log.csv.")
    survey = db.session.scalar(select(Action).where(Action.title.startswith("Send the parents’ survey")))
    assert survey.owner.name == "Mary Walker"


def test_each_problem_in_the_summary_leads_to_its_row_in_the_same_words(sign_in, make_person, make_group, tmp_path):
    """The page's checks follow every error summary link to a group showing the same message."""
    secretary = make_person(role="lead", name="Lena Price")
    make_group("SEND Board", secretary=secretary, members=[make_person(name="Mary Walker")])
    log = tmp_path / "problem_log.csv"
    log.write_bytes(action_logs.problem_log_csv())

    lena = sign_in(secretary)
    lena.follow_in_menu("Groups").follow("SEND Board").follow("Import an action log")
    lena.choose_file("Your action log", log).press("Read the log")
    lena.sees_title(f"Error: Check the action log – Actions – {SITE}")
    lena.sees("Nothing can be imported until every problem is put right")
    lena.page.get_by_role("link", name="Row 3, column D").first.click()
    assert lena.page.evaluate("location.hash") == "#row-3-problems"
