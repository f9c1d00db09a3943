import logging
from contextlib import contextmanager
from logging.config import fileConfig

from alembic import context
from flask import current_app

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
fileConfig(config.config_file_name)
logger = logging.getLogger('alembic.env')


def get_engine():
    return current_app.extensions['migrate'].db.engine  # Flask-SQLAlchemy 3


def get_engine_url():
    return get_engine().url.render_as_string(hide_password=False).replace('%', '%%')


# add your model's MetaData object here
# for 'autogenerate' support
# from myapp import mymodel
# target_metadata = mymodel.Base.metadata
config.set_main_option('sqlalchemy.url', get_engine_url())
target_db = current_app.extensions['migrate'].db

# other values from the config, defined by the needs of env.py,
# can be acquired:
# my_important_option = config.get_main_option("my_important_option")
# ... etc.


def get_metadata():
    if hasattr(target_db, 'metadatas'):
        return target_db.metadatas[None]
    return target_db.metadata


@contextmanager
def sqlite_foreign_keys_off(connection):
    """SQLite changes a column by building the table anew and dropping the old one (Alembic's batch
    mode). With foreign keys on, dropping a table that other rows point at (meetings, with their
    actions) fails, so an upgrade or downgrade of a database holding data would stop half way.
    SQLite only lets this be switched outside a transaction: off for the migrations, on again after
    (the connection goes back to the pool). Each migration is checked before it commits
    (`refuse_broken_references`)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection  # no transaction yet: the PRAGMA takes effect
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if connection.in_transaction():  # a migration failed: inside a transaction the PRAGMA is ignored
            connection.rollback()
        raw.execute("PRAGMA foreign_keys=ON")


def refuse_broken_references(ctx, step, **_):
    """After each migration, inside its transaction (Alembic's on_version_apply): rows pointing at
    rows that are not there roll that migration back, as SQLite would have with foreign keys on."""
    if ctx.connection.dialect.name != "sqlite":
        return
    broken = ctx.connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({row[0] for row in broken}))
        what = f"{'Upgrading to' if step.is_upgrade else 'Undoing'} migration {step.up_revision_id}"
        raise RuntimeError(f"{what} leaves {len(broken)} rows in {tables} pointing at rows that are not there, "
                           "so it was not applied (`PRAGMA foreign_key_check` lists them)")


def run_migrations_offline():
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url, target_metadata=get_metadata(), literal_binds=True
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """

    # this callback is used to prevent an auto-migration from being generated
    # when there are no changes to the schema
    # reference: http://alembic.zzzcomputing.com/en/latest/cookbook.html
    def process_revision_directives(context, revision, directives):
        if getattr(config.cmd_opts, 'autogenerate', False):
            script = directives[0]
            if script.upgrade_ops.is_empty():
                directives[:] = []
                logger.info('No changes in schema detected.')

    conf_args = current_app.extensions['migrate'].configure_args
    if conf_args.get("process_revision_directives") is None:
        conf_args["process_revision_directives"] = process_revision_directives
    from tracker.core.database import render_migration_type
    conf_args.setdefault("render_item", render_migration_type)

    connectable = get_engine()

    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=get_metadata(),
            on_version_apply=[refuse_broken_references],
            **conf_args
        )

        with sqlite_foreign_keys_off(connection):
            with context.begin_transaction():
                context.run_migrations()
            # A table rebuilt by SQLite's batch mode loses the search index's triggers. SQLite runs
            # each migration in a transaction of its own, so this work needs a commit of its own.
            from tracker.search.schema import restore_sqlite_triggers
            restore_sqlite_triggers(connection)
            connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
