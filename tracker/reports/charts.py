"""Charts for the reports page, drawn as SVG on the server (no script), each with a table beside it.

- On-time completion per quarter, by group (sub-groups count towards their top-level group) and by
  organisation (the owner's): of the actions whose due date fell in the quarter and has passed,
  the share completed on or before it (superseded actions are left out). Quarters are named by the
  financial year (April to March), as public bodies report, or by the calendar year.
- Age of overdue actions: how long past their due date the open ones are.
- Opened and closed per month, for the last 12 months.

Four queries whatever the number of actions. The on-time figures compare each closing moment, in
the partnership's time zone, with the due date, so they are worked out here rather than in SQL.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import String, case, func, literal, select, union_all

from tracker.actions.models import Action, ActionStatus
from tracker.actions.rag import is_overdue_sql
from tracker.core.dates import start_of_day
from tracker.extensions import db
from tracker.people.models import User
from tracker.reports.queries import ClosedOnTime, filter_choices

QUARTERS_SHOWN = 4
MONTHS_SHOWN = 12
YIELD_PER = 2000
AGE_BANDS = [  # (label, fewest days overdue, most days overdue)
    ("Up to 1 week", 1, 7),
    ("1 week to 1 month", 8, 30),
    ("1 to 3 months", 31, 91),
    ("3 to 6 months", 92, 182),
    ("More than 6 months", 183, None),
]


# --- periods -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    label: str
    short_label: str
    first_day: date
    next_first_day: date  # the day after the period ends
    lines: tuple[str, ...] = ()  # the label on short lines, beside a bar (default: the label)


def _month_start(day: date, months_back: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months_back
    return date(month_index // 12, month_index % 12 + 1, 1)


def last_months(today: date, count: int = MONTHS_SHOWN) -> list[Period]:
    periods = []
    for back in range(count - 1, -1, -1):
        first, following = _month_start(today, back), _month_start(today, back - 1)
        periods.append(Period(f"{first:%B %Y}", f"{first:%b}", first, following))
    return periods


FINANCIAL, CALENDAR = "financial", "calendar"
# Financial first: public bodies report by it.
YEAR_KINDS = {FINANCIAL: "Financial year, April to March", CALENDAR: "Calendar year, January to December"}


def financial_year(day: date) -> str:
    """The financial year a day falls in, in GOV.UK style: "2026 to 2027" runs April to March."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start} to {start + 1}"


def last_quarters(today: date, count: int = QUARTERS_SHOWN, *, year: str = FINANCIAL) -> list[Period]:
    """The last `count` quarters, ending with this one. Financial and calendar quarters share their
    months; a financial year's first quarter is April to June."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    periods = []
    for back in range(count - 1, -1, -1):
        first, following = _month_start(quarter_start, 3 * back), _month_start(quarter_start, 3 * back - 3)
        last = following - timedelta(days=1)
        months = f"{first:%B} to {last:%B}"
        if year == FINANCIAL:
            number, fy = (first.month - 4) % 12 // 3 + 1, financial_year(first)
            periods.append(Period(f"Quarter {number} of {fy} ({months} {last.year})", f"Quarter {number}, {fy}",
                                  first, following, (f"Quarter {number}, {fy}", months)))
        else:
            periods.append(Period(f"{months} {last.year}", f"{first:%b}–{last:%b %y}", first, following,
                                  (months, str(last.year))))
    return periods


# --- chart shapes --------------------------------------------------------------------------------


@dataclass
class Bar:
    label: str
    value: float
    text: str  # the value in words, drawn beside the bar and read out
    series: int = 0
    lines: tuple[str, ...] = ()  # the label drawn on several short lines (default: one line)

    @property
    def label_lines(self) -> tuple[str, ...]:
        return self.lines or (self.label,)


# An SVG label does not wrap or grow: its room is worked out from its length, so none is cut off.
CHARACTER_WIDTH = 9  # pixels: a generous average for the 16 and 19 pixel type of the charts
LINE_HEIGHT = 20


@dataclass
class Chart:
    """A horizontal bar chart: one row per bar, the bar's length its share of `scale`."""

    title: str
    description: str
    bars: list[Bar]
    scale: float
    row_height: int = 32
    label_width: int = 180
    bar_area: int = 260
    text_width: int = 140

    def __post_init__(self):
        lines = [line for bar in self.bars for line in bar.label_lines]
        self.label_width = max(self.label_width, CHARACTER_WIDTH * max(map(len, lines), default=0) + 16)
        most_lines = max((len(bar.label_lines) for bar in self.bars), default=1)
        self.row_height = max(self.row_height, LINE_HEIGHT * most_lines + 12)

    @property
    def width(self) -> int:
        return self.label_width + self.bar_area + self.text_width

    @property
    def height(self) -> int:
        return self.row_height * max(len(self.bars), 1) + 8

    def rows(self):
        """(bar, y, bar width, [(label line, its y)]) for drawing."""
        for index, bar in enumerate(self.bars):
            length = 0 if not self.scale else round(self.bar_area * bar.value / self.scale)
            y = index * self.row_height + 4
            first = y + self.row_height / 2 - LINE_HEIGHT * (len(bar.label_lines) - 1) / 2
            lines = [(line, first + LINE_HEIGHT * number) for number, line in enumerate(bar.label_lines)]
            yield bar, y, max(length, 1 if bar.value else 0), lines


@dataclass
class ColumnChart:
    """Paired columns per period (opened and closed), with a legend that does not rely on colour."""

    title: str
    description: str
    periods: list[Period]
    series: list[str]
    values: list[list[int]]  # values[series][period]
    height: int = 220
    column_width: int = 14
    gap: int = 12
    axis_height: int = 24
    left: int = 36

    @property
    def scale(self) -> int:
        top = max((value for values in self.values for value in values), default=0)
        return max(top, 1)

    @property
    def width(self) -> int:
        return self.left + len(self.periods) * (len(self.series) * self.column_width + self.gap) + self.gap

    def columns(self):
        """(series index, x, y, column height, value) for drawing."""
        plot = self.height - self.axis_height - 16
        for period_index in range(len(self.periods)):
            base_x = self.left + self.gap + period_index * (len(self.series) * self.column_width + self.gap)
            for series_index, values in enumerate(self.values):
                value = values[period_index]
                height = round(plot * value / self.scale)
                yield (series_index, base_x + series_index * self.column_width,
                       self.height - self.axis_height - height, height, value)

    @property
    def values_text(self) -> str:
        return " ".join(
            f"{period.label}: " + ", ".join(f"{values[index]} {name.lower()}" for name, values in zip(self.series, self.values, strict=False)) + "."
            for index, period in enumerate(self.periods)
        )

    def period_labels(self):
        for period_index, period in enumerate(self.periods):
            x = (self.left + self.gap + period_index * (len(self.series) * self.column_width + self.gap)
                 + len(self.series) * self.column_width / 2)
            yield period, x


@dataclass
class OnTime:
    due: int = 0
    on_time: int = 0

    @property
    def rate(self) -> float | None:
        return self.on_time / self.due if self.due else None

    @property
    def text(self) -> str:
        if not self.due:
            return "nothing due"
        return f"{round(100 * self.on_time / self.due)}% ({self.on_time} of {self.due})"


@dataclass
class OnTimeTable:
    """Rows (a group or an organisation) by quarter."""

    title: str
    quarters: list[Period]
    rows: dict[str, list[OnTime]] = field(default_factory=dict)

    def charts(self) -> list[Chart]:
        return [
            Chart(title=name, description=f"On-time completion for {name}, by quarter",
                  bars=[Bar(quarter.label, cell.rate or 0, cell.text, lines=quarter.lines)
                        for quarter, cell in zip(self.quarters, cells, strict=False)],
                  scale=1.0, label_width=170, bar_area=150, text_width=120, row_height=26)
            for name, cells in self.rows.items()
        ]


@dataclass
class ChartsReport:
    by_group: OnTimeTable
    by_organisation: OnTimeTable
    overdue_age: Chart
    opened_closed: ColumnChart


# --- the figures ---------------------------------------------------------------------------------


def _on_time_tables(today: date, choices, year: str) -> tuple[OnTimeTable, OnTimeTable]:
    quarters = last_quarters(today, year=year)
    top_level = {}
    parents = {group.id: group.parent_id for group in choices.groups}
    names = {group.id: group.name for group in choices.groups}
    for group_id in parents:
        top = group_id
        seen = set()
        while parents.get(top) is not None and top not in seen:
            seen.add(top)
            top = parents[top]
        top_level[group_id] = top
    organisation_names = {organisation.id: organisation.name for organisation in choices.organisations}

    by_group: dict[int, list[OnTime]] = {}
    by_organisation: dict[int | None, list[OnTime]] = {}
    rows = db.session.execute(
        select(Action.group_id, User.organisation_id, Action.due_on, Action.status, Action.closed_at)
        .join(User, User.id == Action.owner_id)
        .where(Action.due_on >= quarters[0].first_day, Action.due_on < today,
               Action.status != ActionStatus.SUPERSEDED)
        .execution_options(yield_per=YIELD_PER)
    )
    closed_on_time = ClosedOnTime()
    quarter_ends = [quarter.next_first_day for quarter in quarters]
    for group_id, organisation_id, due_on, status, closed_at in rows:
        index = bisect_right(quarter_ends, due_on)
        on_time = status == ActionStatus.COMPLETED and closed_at is not None and closed_on_time(due_on, closed_at)
        for table, key in ((by_group, top_level.get(group_id, group_id)), (by_organisation, organisation_id)):
            cells = table.get(key)
            if cells is None:
                cells = table[key] = [OnTime() for _ in quarters]
            cells[index].due += 1
            cells[index].on_time += on_time

    group_table = OnTimeTable("On-time completion by group", quarters, {
        names.get(key, "Unknown group"): cells
        for key, cells in sorted(by_group.items(), key=lambda item: names.get(item[0], "").lower())})
    organisation_table = OnTimeTable("On-time completion by organisation", quarters, {
        organisation_names.get(key, "No organisation"): cells
        for key, cells in sorted(by_organisation.items(),
                                 key=lambda item: (item[0] is None, organisation_names.get(item[0], "").lower()))})
    return group_table, organisation_table


def overdue_age_chart(today: date) -> Chart:
    counts = []
    for _label, fewest, most in AGE_BANDS:
        condition = Action.due_on <= today - timedelta(days=fewest)
        if most is not None:
            condition = condition & (Action.due_on >= today - timedelta(days=most))
        counts.append(func.count(case((condition, 1))))
    row = db.session.execute(select(*counts).where(is_overdue_sql(today))).one()
    total = sum(row)
    return Chart(
        title="Age of overdue actions",
        description=f"{total} open actions are past their due date, by how long (calendar days).",
        bars=[Bar(label, value, f"{value} {'action' if value == 1 else 'actions'}")
              for (label, _fewest, _most), value in zip(AGE_BANDS, row, strict=False)],
        scale=max(row, default=0) or 1,
    )


def _month_index(moment_column, months: list[Period]):
    return case(*[(moment_column < start_of_day(month.next_first_day), index)
                  for index, month in enumerate(months)], else_=None)


def opened_closed_chart(today: date) -> ColumnChart:
    months = last_months(today)
    start = start_of_day(months[0].first_day)
    opened = select(literal("opened", String).label("series"), _month_index(Action.created_at, months).label("month"),
                    func.count().label("number")).where(Action.created_at >= start).group_by("month")
    closed = select(literal("closed", String).label("series"), _month_index(Action.closed_at, months).label("month"),
                    func.count().label("number")).where(Action.closed_at >= start).group_by("month")
    values = {"opened": [0] * len(months), "closed": [0] * len(months)}
    for series, month, number in db.session.execute(union_all(opened, closed)):
        if month is not None:
            values[series][month] = number
    return ColumnChart(
        title="Actions opened and closed each month",
        description=(f"Over the last {len(months)} months, {sum(values['opened'])} actions were opened "
                     f"and {sum(values['closed'])} were closed."),
        periods=months, series=["Opened", "Closed"], values=[values["opened"], values["closed"]],
    )


def charts_report(today: date, *, year: str = FINANCIAL) -> ChartsReport:
    choices = filter_choices()
    by_group, by_organisation = _on_time_tables(today, choices, year)
    return ChartsReport(by_group=by_group, by_organisation=by_organisation,
                        overdue_age=overdue_age_chart(today), opened_closed=opened_closed_chart(today))
