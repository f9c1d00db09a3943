"""Imports every domain's models so that SQLAlchemy's metadata (and Alembic) sees them all."""
from tracker.actions.log_models import ImportedLogRow  # noqa: F401
from tracker.actions.models import *  # noqa: F401,F403
from tracker.core.models import *  # noqa: F401,F403
from tracker.importer.models import ImportedAction  # noqa: F401
from tracker.inputs.models import *  # noqa: F401,F403
from tracker.meetings.models import *  # noqa: F401,F403
from tracker.nudges.models import *  # noqa: F401,F403
from tracker.nudges.notifications import ActionFollow, ActionNotice, DailyEmailRun  # noqa: F401
from tracker.nudges.preferences import EmailChoice  # noqa: F401
from tracker.people.models import *  # noqa: F401,F403
from tracker.reports.models import *  # noqa: F401,F403
from tracker.webhooks.models import Webhook, WebhookDelivery  # noqa: F401
