"""The anonymous monitor for the municipality's figures: per period and team, counts of
cases, wellbeing at the start and now, the change per life domain, who does the actions
(self, network, the neighbourhood, professional, maatwerk) and the statutory terms met.

    figures = monitor(case_files, catalogue, Period(start, end), settings, today=...)
    text = to_csv(figures)                      # report/monitor_pdf.py draws the page

Nothing about a person leaves: no names, no free text, no dates of birth, no dates of a
case; only counts of cases (and of actions), averages and percentages over them, per
team. **Small cells are suppressed**: a count of 1 to 4 is not shown (`None`, "x" in the
CSV and the PDF), and neither is a total under 5 with the counts it is made of; zero is
shown. **Secondary suppression**: where a total and the other counts of a row or a column
would give a suppressed count back (exactly one hidden number in a sum), one more count of
that sum is hidden, the smallest non-zero one (else the total), until no sum has exactly
one; the rows of teams and the "Totaal" row are sums over the same columns. An average is
shown only over 5 cases or more, from a sum protected the same way. Percentages are of
shown numbers only. Pure: CaseFile objects in, no Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from eigenkracht.core.assessments import first_scores, latest_scores
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError, InstrumentKind
from eigenkracht.core.model import ActionStatus, ActorKind, CaseFile, CaseKind, Perspective
from eigenkracht.core.process import DeadlineKind, deadlines
from eigenkracht.exchange.organisation import ExportSettings

MIN_CELL: Final = 5  # counts of 1 to MIN_CELL - 1 are not shown
TOTAL: Final = "Totaal"
HIDDEN: Final = "x"  # how the CSV and the PDF show a suppressed number

Cell = int | None  # None: suppressed


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def label(self) -> str:
        return f"{self.start.isoformat()} t/m {self.end.isoformat()}"


# Who does the actions, in the eigen-kracht order: a volunteer and a general facility
# are both "the neighbourhood" (free help nearby, core.plan.BEFORE_MAATWERK).
ACTOR_GROUPS: Final = (
    ("zelf", "Zelf", (ActorKind.SELF,)),
    ("netwerk", "Netwerk", (ActorKind.NETWORK,)),
    ("buurt", "Buurt en vrijwilligers", (ActorKind.VOLUNTEER, ActorKind.GENERAL_FACILITY)),
    ("professional", "Professional", (ActorKind.PROFESSIONAL,)),
    ("maatwerk", "Maatwerk", (ActorKind.MAATWERK,)),
)
CHANGE: Final = ("Beter", "Gelijk", "Slechter")
TERM_STATES: Final = ("Op tijd", "Te laat", "Loopt nog", "Gestopt")
# (kind of term, law, subject)
TERMS: Final = (
    (DeadlineKind.VERSLAG, CaseKind.WMO, "Verslag binnen 6 weken (Wmo)"),
    (DeadlineKind.BESCHIKKING, CaseKind.WMO, "Beschikking binnen 2 weken (Wmo)"),
    (DeadlineKind.BESCHIKKING, CaseKind.JEUGD, "Beschikking binnen 8 weken (Jeugdwet)"),
)
PERSPECTIVE_NAMES: Final = {
    Perspective.PROFESSIONAL: "professional",
    Perspective.CITIZEN: "inwoner",
}


@dataclass(frozen=True)
class Table:
    """Counts per team: `rows` is (team, cells) in team order, "Totaal" last when there
    are several teams. With `total`, the last column is the sum of the others."""

    key: str
    title: str
    subject: str
    columns: tuple[str, ...]
    total: bool
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]

    def row(self, team: str) -> tuple[Cell, ...]:
        return dict(self.rows)[team]

    def percent(self, team: str, column: int) -> float | None:
        """The share of the row's total in percent, from shown numbers only (None when
        the cell or the total is hidden, or the total is 0)."""
        cells = self.row(team)
        value, whole = cells[column], cells[-1]
        if not self.total or value is None or whole is None or whole == 0:
            return None
        return 100.0 * value / whole


@dataclass(frozen=True)
class Average:
    """Averages per team over `counts` cases (the counts as shown in their table)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, Cell, tuple[float | None, ...]], ...]  # team, cases, averages


@dataclass(frozen=True)
class Monitor:
    period: Period
    teams: tuple[str, ...]  # the rows' teams, without "Totaal"
    made_on: dt.date
    instrument: str  # the name of the life domains' instrument ("" when none)
    tables: tuple[Table, ...]
    averages: tuple[Average, ...]

    def table(self, key: str, subject: str = "") -> Table:
        return next(t for t in self.tables if t.key == key and t.subject == subject)

    def tables_of(self, key: str) -> list[Table]:
        return [t for t in self.tables if t.key == key]

    @property
    def row_names(self) -> tuple[str, ...]:
        return (*self.teams, TOTAL) if len(self.teams) > 1 else self.teams


# -- suppression -----------------------------------------------------------------------


Position = tuple[int, int]


def suppressed(
    values: Sequence[Sequence[int]],
    relations: Iterable[Sequence[Position]],
    primary: Iterable[Position],
) -> set[Position]:
    """The cells to hide: `primary`, and what the secondary rule adds. Each relation is
    a sum: its first position the total, the others its parts. A relation with exactly
    one hidden cell gives it back, so one more is hidden: its smallest non-zero part,
    else its total, else a zero part. Repeated until no relation has exactly one."""
    hidden = set(primary)
    groups = [list(r) for r in relations]
    changed = True
    while changed:
        changed = False
        for group in groups:
            inside = [p for p in group if p in hidden]
            if len(inside) != 1:
                continue
            total, parts = group[0], group[1:]
            free = [p for p in parts if p not in hidden]
            nonzero = sorted(
                (p for p in free if values[p[0]][p[1]] > 0), key=lambda p: values[p[0]][p[1]]
            )
            if nonzero:
                pick = nonzero[0]
            elif total not in hidden:
                pick = total
            elif free:
                pick = free[0]
            else:
                continue
            hidden.add(pick)
            changed = True
    return hidden


def protect(counts: Sequence[Sequence[int]], total: bool, several: bool) -> list[list[Cell]]:
    """Counts per team (rows, without "Totaal"; with `total` the last column is the sum
    of the others) -> the rows as shown, with a "Totaal" row when `several`, small and
    derivable cells None (see the module docstring)."""
    rows = [list(r) for r in counts]
    if several:
        rows.append([sum(col) for col in zip(*rows, strict=True)] if rows else [])
    width = len(rows[0]) if rows else 0
    relations: list[list[Position]] = []
    if total:
        for r in range(len(rows)):
            relations.append([(r, width - 1), *((r, c) for c in range(width - 1))])
    if several:
        last = len(rows) - 1
        for c in range(width):
            relations.append([(last, c), *((r, c) for r in range(last))])
    primary = {(r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if 0 < v < MIN_CELL}
    if total:  # a small group: none of its counts (a 0 there says something too)
        for r, row in enumerate(rows):
            if 0 < row[-1] < MIN_CELL:
                primary |= {(r, c) for c in range(width)}
    hidden = suppressed(rows, relations, primary)
    return [
        [None if (r, c) in hidden else v for c, v in enumerate(row)] for r, row in enumerate(rows)
    ]


# -- the figures -----------------------------------------------------------------------


def _start(case_file: CaseFile) -> dt.date | None:
    """When the case began: its melding, else its first conversation, else the day it
    was made in the program."""
    case = case_file.case
    if case.melding_date is not None:
        return case.melding_date
    first = min((c.date for c in case_file.conversations), default=None)
    if first is not None:
        return first
    try:
        return dt.date.fromisoformat(case.created_at[:10]) if case.created_at else None
    except ValueError:
        return None


def active(case_file: CaseFile, period: Period) -> bool:
    """Was the case open at some time in the period (begun by its end, not closed before
    its start)?"""
    start = _start(case_file)
    closed = case_file.case.closed_on
    return start is not None and start <= period.end and (closed is None or closed >= period.start)


def life_domains(catalogue: Catalogue) -> Instrument | None:
    """The instrument the change per life domain is counted with: the first of the
    organisation's default set that scores levels per domain."""
    try:
        found = catalogue.defaults()
    except InstrumentError:
        return None
    return next((i for i in found if i.kind is InstrumentKind.LEVELS), None)


@dataclass
class _Counts:
    """Raw counts per team before suppression: key -> team -> columns."""

    teams: list[str]
    data: dict[tuple[str, str], dict[str, list[int]]] = field(default_factory=dict)

    def add(self, key: str, subject: str, team: str, column: int, width: int, n: int = 1) -> None:
        table = self.data.setdefault((key, subject), {t: [0] * width for t in self.teams})
        table[team][column] += n

    def rows(self, key: str, subject: str, width: int) -> list[list[int]]:
        table = self.data.get((key, subject), {})
        return [list(table.get(t, [0] * width)) for t in self.teams]


def _change(first: int, last: int) -> int:
    return 0 if last > first else (1 if last == first else 2)


def monitor(
    case_files: Iterable[CaseFile],
    catalogue: Catalogue,
    period: Period,
    settings: ExportSettings | None = None,
    *,
    team: str | None = None,
    today: dt.date | None = None,
) -> Monitor:
    """The figures of the cases open in `period`, per team (export.toml; `team`: that
    team's cases only). `today`: the day a running term is judged on."""
    chosen = settings or ExportSettings()
    day = today or dt.date.today()
    chosen_files = [
        (cf, chosen.team_of(cf.case.coordinator)) for cf in case_files if active(cf, period)
    ]
    if team is not None:
        teams = [team]
    else:  # the named teams, and the default one when cases count for it
        placed = {where for _, where in chosen_files}
        teams = [t for t in chosen.team_names() if t in chosen.teams or t in placed]
        teams = teams or [chosen.team]  # no case in the period: one row of zeros
    counts = _Counts(teams)
    instrument = life_domains(catalogue)
    domain_keys = instrument.domain_keys() if instrument is not None else ()
    wellbeing_sums: dict[str, list[int]] = {t: [0, 0, 0] for t in teams}
    for case_file, where in chosen_files:
        case = case_file.case
        if where not in counts.teams:
            continue
        start = _start(case_file)
        kind = 0 if case.case_kind is CaseKind.WMO else 1
        counts.add("dossiers", "", where, kind, 3)
        counts.add("dossiers", "", where, 2, 3)
        counts.add("instroom", "", where, 0, 2, int(start is not None and start >= period.start))
        closed = case.closed_on
        counts.add("instroom", "", where, 1, 2, int(closed is not None and closed <= period.end))
        _wellbeing(case_file, period, where, counts, wellbeing_sums)
        if instrument is not None:
            _domains(case_file, instrument, period, where, counts)
        for goal in case_file.goals:
            for action in goal.actions:
                if action.status is ActionStatus.CANCELLED:
                    continue
                group = next(
                    n for n, (_, _, kinds) in enumerate(ACTOR_GROUPS) if action.actor_kind in kinds
                )
                counts.add("acties", "", where, group, len(ACTOR_GROUPS) + 1)
                counts.add("acties", "", where, len(ACTOR_GROUPS), len(ACTOR_GROUPS) + 1)
        _terms(case_file, period, where, day, counts)
    several = len(teams) > 1
    names = (*teams, TOTAL) if several else tuple(teams)

    def table(key: str, title: str, subject: str, columns: Sequence[str], total: bool) -> Table:
        width = len(columns) + (1 if total else 0)
        shown = protect(counts.rows(key, subject, width), total, several)
        labels = (*columns, TOTAL) if total else tuple(columns)
        return Table(
            key, title, subject, labels, total, tuple(zip(names, map(tuple, shown), strict=True))
        )

    tables = [
        table("dossiers", "Dossiers in de periode", "", ("Wmo", "Jeugdwet"), True),
        table("instroom", "Nieuw en afgesloten", "", ("Nieuw", "Afgesloten"), False),
        table("welbevinden", "Welbevinden: bij de start en nu", "", CHANGE, True),
    ]
    if instrument is not None:
        for perspective in (Perspective.PROFESSIONAL, Perspective.CITIZEN):
            for key in domain_keys:
                subject = f"{instrument.domain(key).name} ({PERSPECTIVE_NAMES[perspective]})"
                tables.append(
                    table("leefgebied", "Verandering per leefgebied", subject, CHANGE, True)
                )
    tables.append(
        table("acties", "Wie doet wat", "", tuple(label for _, label, _ in ACTOR_GROUPS), True)
    )
    for _, _, subject in TERMS:
        tables.append(table("termijnen", "Termijnen gehaald", subject, TERM_STATES, True))
    wellbeing = next(t for t in tables if t.key == "welbevinden")
    averages = [_averages(wellbeing, wellbeing_sums, teams, several)]
    return Monitor(
        period,
        tuple(teams),
        day,
        instrument.name if instrument is not None else "",
        tuple(tables),
        tuple(averages),
    )


def _wellbeing(
    case_file: CaseFile,
    period: Period,
    team: str,
    counts: _Counts,
    sums: dict[str, list[int]],
) -> None:
    """The wellbeing (0-10) of the first conversation that asked it against the latest
    one by the end of the period (two different conversations)."""
    asked = sorted(
        (c for c in case_file.conversations if c.wellbeing is not None and c.date <= period.end),
        key=lambda c: (c.date, c.id or 0),
    )
    if len(asked) < 2 or asked[0].date == asked[-1].date:
        return
    first, last = asked[0].wellbeing, asked[-1].wellbeing
    assert first is not None and last is not None
    counts.add("welbevinden", "", team, _change(first, last), 4)
    counts.add("welbevinden", "", team, 3, 4)
    sums[team][0] += first
    sums[team][1] += last
    sums[team][2] += 1


def _domains(
    case_file: CaseFile, instrument: Instrument, period: Period, team: str, counts: _Counts
) -> None:
    """Per domain and perspective: the first level against the latest one by the end of
    the period, when they are of different days (higher is better: the scale's high end
    is the most self-sufficient)."""
    first = first_scores(case_file, instrument.id)
    last = latest_scores(case_file, instrument.id, until=period.end)
    for perspective in (Perspective.PROFESSIONAL, Perspective.CITIZEN):
        for key in instrument.domain_keys():
            then = first.get(key, {}).get(perspective)
            now = last.get(key, {}).get(perspective)
            if then is None or now is None or then.level is None or now.level is None:
                continue
            if then.date is None or now.date is None or now.date <= then.date:
                continue
            subject = f"{instrument.domain(key).name} ({PERSPECTIVE_NAMES[perspective]})"
            counts.add("leefgebied", subject, team, _change(then.level, now.level), 4)
            counts.add("leefgebied", subject, team, 3, 4)


def _terms(case_file: CaseFile, period: Period, team: str, today: dt.date, counts: _Counts) -> None:
    """The statutory terms (core.process.deadlines) that end in the period: done by the
    last day, done later (or not done and passed), still running, or stopped because the
    case was closed first."""
    case = case_file.case
    done_on = {
        DeadlineKind.VERSLAG: case.verslag_sent,
        DeadlineKind.BESCHIKKING: case.beschikking_date,
    }
    for term in deadlines(case, today):
        if term.kind not in done_on or not period.start <= term.due <= period.end:
            continue
        subject = next(s for kind, law, s in TERMS if kind is term.kind and law is case.case_kind)
        done = done_on[term.kind]
        if done is not None:
            state = 0 if done <= term.due else 1
        elif case.closed_on is not None and case.closed_on <= term.due:
            state = 3
        elif term.due < today:
            state = 1
        else:
            state = 2
        counts.add("termijnen", subject, team, state, 5)
        counts.add("termijnen", subject, team, 4, 5)


def _averages(
    wellbeing: Table, sums: dict[str, list[int]], teams: Sequence[str], several: bool
) -> Average:
    """The average wellbeing at the start and now per team: only over MIN_CELL cases or
    more, and only where the sum it is made of cannot be derived (the sums across teams
    suppressed as counts are). `sums`: team -> [sum at the start, sum now, cases]."""
    names = (*teams, TOTAL) if several else tuple(teams)
    cases = [sums[t][2] for t in teams] + ([sum(sums[t][2] for t in teams)] if several else [])
    columns: list[list[float | None]] = []
    for column in (0, 1):
        values = [[sums[t][column]] for t in teams]
        if several:
            values.append([sum(v[0] for v in values)])
        relations = []
        if several:
            relations.append([(len(teams), 0), *((r, 0) for r in range(len(teams)))])
        # no cases: the sum is 0 and known (the count 0 is shown); no average either
        primary = {(r, 0) for r, n in enumerate(cases) if 0 < n < MIN_CELL}
        hidden = suppressed(values, relations, primary)
        columns.append(
            [
                None if (r, 0) in hidden or cases[r] == 0 else values[r][0] / cases[r]
                for r in range(len(names))
            ]
        )
    rows = tuple(
        (name, wellbeing.row(name)[-1], (columns[0][r], columns[1][r]))
        for r, name in enumerate(names)
    )
    return Average(
        "welbevinden-gemiddeld",
        "Welbevinden gemiddeld (0 tot 10)",
        ("Bij de start", "Nu"),
        rows,
    )


# -- the CSV ---------------------------------------------------------------------------

CSV_COLUMNS: Final = (
    "van",
    "tot",
    "team",
    "tabel",
    "onderwerp",
    "categorie",
    "aantal",
    "procent",
    "gemiddelde",
)


def _number(value: Cell) -> str:
    return HIDDEN if value is None else str(value)


def _decimal(value: float | None, hidden: bool) -> str:
    if value is None:
        return HIDDEN if hidden else ""
    return f"{value:.1f}"


def to_csv(figures: Monitor) -> str:
    """One row per number: period, team, table, subject, category, the count, its share
    of the row's total and (for averages) the average; "x" where it is not shown."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    start, end = figures.period.start.isoformat(), figures.period.end.isoformat()
    for table in figures.tables:
        for team, cells in table.rows:
            for column, label in enumerate(table.columns):
                share = ""
                if table.total:
                    whole = cells[-1]
                    hidden = cells[column] is None or whole is None
                    share = _decimal(table.percent(team, column), hidden and whole != 0)
                writer.writerow(
                    [
                        start,
                        end,
                        team,
                        table.key,
                        table.subject,
                        label,
                        _number(cells[column]),
                        share,
                        "",
                    ]
                )
    for average in figures.averages:
        for team, cases, values in average.rows:
            for label, value in zip(average.columns, values, strict=True):
                writer.writerow(
                    [
                        start,
                        end,
                        team,
                        average.key,
                        "",
                        label,
                        _number(cases),
                        "",
                        _decimal(value, True),
                    ]
                )
    return buffer.getvalue()


__all__ = [
    "ACTOR_GROUPS",
    "CSV_COLUMNS",
    "HIDDEN",
    "MIN_CELL",
    "TOTAL",
    "Average",
    "Monitor",
    "Period",
    "Table",
    "active",
    "life_domains",
    "monitor",
    "protect",
    "suppressed",
    "to_csv",
]
