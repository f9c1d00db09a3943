import sys

import click
from flask.cli import AppGroup

from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.people.models import Role
from tracker.people.operations import create_person

users_cli = AppGroup("users", help="Manage people and their accounts.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.MEMBER.value)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user(email: str, name: str, role: str, password_stdin: bool):
    """Create a person who can sign in (or, without a password, one who owns actions)."""
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        person = create_person(email=email, name=name, role=role, password=password)
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from error
    click.echo(f"Created {person.name} <{person.email}> as {person.role_label}.")


people_cli = AppGroup("people", help="A person's data: export it, or erase it.")


@people_cli.command("export")
@click.argument("email")
@click.option("--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the JSON to this file instead of standard output.")
def export_person(email: str, output):
    """Everything held about the person with this email address, as JSON."""
    import json

    from tracker.people.personal_data import personal_data
    from tracker.people.queries import find_user_by_email

    person = find_user_by_email(email)
    if person is None:
        raise click.ClickException(f"There is nobody with the email address {email}.")
    json.dump(personal_data(person), output, indent=2, ensure_ascii=False)
    output.write("\n")


@people_cli.command("erase")
@click.argument("email")
@click.option("--yes", is_flag=True, help="Do not ask to confirm.")
def erase_person_command(email: str, yes: bool):
    """Replace the person's name, email and the text they wrote with "a former member"."""
    from tracker.core.audit import set_actor
    from tracker.people.personal_data import erase_person
    from tracker.people.queries import find_user_by_email

    person = find_user_by_email(email)
    if person is None:
        raise click.ClickException(f"There is nobody with the email address {email}.")
    if not yes:
        click.confirm(f"Erase {person.name} <{person.email}>? This cannot be undone", abort=True)
    set_actor(db.session, None)
    try:
        erase_person(person)
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from error
    click.echo(f"Erased: they are now shown as {person.name}.")
