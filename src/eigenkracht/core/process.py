"""The Wmo 2015 process dates (domain.md §4) and when they fall due.

Three statutory periods run from the melding and the aanvraag:

- the citizen may hand in a *persoonlijk plan* within 7 days of the melding
  (Wmo 2015 art. 2.3.2 lid 2);
- the onderzoek ends with a written *verslag* within 6 weeks of the melding
  (art. 2.3.2 lid 1 and 8);
- the *beschikking* follows within 2 weeks of the aanvraag (art. 2.3.5 lid 1).

Statutory periods follow the Algemene termijnenwet: a period that ends on a
Saturday, Sunday or public holiday runs on to the next day that is none of these
(art. 1), and a period of three days or more holds at least two such working
days (art. 2). The public holidays are those of Atw art. 3 lid 1: New Year's Day,
Easter Monday, Ascension Day, Whit Monday, Christmas Day and Boxing Day,
King's Day and 5 May; Good Friday is equal to them by lid 2, and the days a Royal
Decree declares equal by lid 3 are data (resources/termijnen.toml, read by
core.termijnen), passed in as `extra` or read from there.

The whole route (domain.md §4) is `route()`: the steps of a case in order, each with
the day it happened and its statutory term, if any. A Wmo case runs melding,
persoonlijk plan (7 days), cliëntondersteuning, onderzoek, verslag (6 weeks),
aanvraag, beschikking (2 weeks), evaluation and closing. A Jeugdwet case
(`CaseKind.JEUGD`) has its own route: the familiegroepsplan is offered first
(Jeugdwet art. 2.3 lid 7), there is no persoonlijk plan window and no 6-week verslag
term (the plan is free in form), and the beschikking follows within 8 weeks of the
aanvraag (Awb art. 4:13 lid 2, as the Jeugdwet sets no term of its own (check)).
Every term stops when its step is done, and when the case is closed before it.

The status follows from the days (`case_status`); the worker may choose another one
with a reason (`Case.status_override`), except "closed", which is the closing day.
`route_problems` refuses days that cannot be: a step in the future, before the
melding, a beschikking before its aanvraag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol

from eigenkracht.core.errors import N_, Said
from eigenkracht.core.model import CaseKind, CaseStatus, PlanStatus, PlanVersion
from eigenkracht.core.problems import Code, Problem
from eigenkracht.core.termijnen import extra_days

PERSOONLIJK_PLAN_DAYS = 7
VERSLAG_WEEKS = 6
BESCHIKKING_WEEKS = 2
JEUGD_BESCHIKKING_WEEKS = 8  # Awb 4:13 lid 2: no statutory term in the Jeugdwet (check)
SOON_DAYS = 5  # a deadline within this many calendar days is "soon"


class WmoDates(Protocol):
    """Anything with the case's process dates: a Case or a CaseSummary."""

    @property
    def melding_date(self) -> dt.date | None: ...
    @property
    def persoonlijk_plan_received(self) -> dt.date | None: ...
    @property
    def verslag_sent(self) -> dt.date | None: ...
    @property
    def aanvraag_date(self) -> dt.date | None: ...
    @property
    def beschikking_date(self) -> dt.date | None: ...
    @property
    def case_kind(self) -> CaseKind: ...
    @property
    def closed_on(self) -> dt.date | None: ...


class DeadlineKind(StrEnum):
    PERSOONLIJK_PLAN = "persoonlijk-plan"
    VERSLAG = "verslag"
    BESCHIKKING = "beschikking"


class DeadlineState(StrEnum):
    DONE = "klaar"  # the step happened
    OPEN = "open"
    SOON = "binnenkort"
    OVERDUE = "verlopen"
    CLOSED = "gesloten"  # a window that simply ended (the persoonlijk plan)
    STOPPED = "gestopt"  # the case was closed before the step was done


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    start: dt.date
    due: dt.date
    state: DeadlineState

    @property
    def needs_attention(self) -> bool:
        return self.state in (DeadlineState.SOON, DeadlineState.OVERDUE)

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def kings_day(year: int) -> dt.date:
    day = dt.date(year, 4, 27)
    return day - dt.timedelta(days=1) if day.weekday() == 6 else day


def public_holidays(year: int) -> frozenset[dt.date]:
    easter = easter_sunday(year)
    return frozenset(
        {
            dt.date(year, 1, 1),
            easter - dt.timedelta(days=2),  # Good Friday
            easter + dt.timedelta(days=1),  # Easter Monday
            easter + dt.timedelta(days=39),  # Ascension Day
            easter + dt.timedelta(days=50),  # Whit Monday
            kings_day(year),
            dt.date(year, 5, 5),
            dt.date(year, 12, 25),
            dt.date(year, 12, 26),
        }
    )


def is_working_day(day: dt.date, extra: Collection[dt.date] | None = None) -> bool:
    """Not a Saturday, Sunday, public holiday (Atw art. 3 lid 1-2) or a day a decree
    made equal to one (lid 3: `extra`, by default core.termijnen.extra_days())."""
    if extra is None:
        extra = extra_days()
    return day.weekday() < 5 and day not in public_holidays(day.year) and day not in extra


def statutory_end(
    start: dt.date, length: dt.timedelta, extra: Collection[dt.date] | None = None
) -> dt.date:
    """The last day of a statutory period that starts on `start` (Atw art. 1 and 2)."""
    if extra is None:
        extra = extra_days()
    end = start + length
    while not is_working_day(end, extra):
        end += dt.timedelta(days=1)
    if length.days >= 3:
        while _working_days_after(start, end, extra) < 2:
            end += dt.timedelta(days=1)
            while not is_working_day(end, extra):
                end += dt.timedelta(days=1)
    return end


def _working_days_after(start: dt.date, end: dt.date, extra: Collection[dt.date]) -> int:
    days = (end - start).days
    return sum(1 for n in range(1, days + 1) if is_working_day(start + dt.timedelta(days=n), extra))


def _state(
    due: dt.date,
    today: dt.date,
    done: bool,
    window: bool = False,
    stopped: dt.date | None = None,
) -> DeadlineState:
    if done:
        return DeadlineState.DONE
    if stopped is not None:
        return DeadlineState.STOPPED
    if today > due:
        return DeadlineState.CLOSED if window else DeadlineState.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return DeadlineState.SOON
    return DeadlineState.OPEN


def _kind(case: Any) -> CaseKind:
    return getattr(case, "case_kind", None) or CaseKind.WMO


def deadlines(
    case: WmoDates, today: dt.date, extra: Collection[dt.date] | None = None
) -> list[Deadline]:
    """The statutory deadlines of one case, as far as its dates allow. A Jeugdwet case
    has only the beschikking's (8 weeks); every term is done when its step is, and
    stopped when the case was closed before."""
    found: list[Deadline] = []
    jeugd = _kind(case) is CaseKind.JEUGD
    closed = getattr(case, "closed_on", None)
    if case.melding_date is not None and not jeugd:
        melding = case.melding_date
        plan_due = statutory_end(melding, dt.timedelta(days=PERSOONLIJK_PLAN_DAYS), extra)
        found.append(
            Deadline(
                DeadlineKind.PERSOONLIJK_PLAN,
                melding,
                plan_due,
                _state(plan_due, today, case.persoonlijk_plan_received is not None, window=True),
            )
        )
        verslag_due = statutory_end(melding, dt.timedelta(weeks=VERSLAG_WEEKS), extra)
        found.append(
            Deadline(
                DeadlineKind.VERSLAG,
                melding,
                verslag_due,
                _state(verslag_due, today, case.verslag_sent is not None, stopped=closed),
            )
        )
    if case.aanvraag_date is not None:
        weeks = JEUGD_BESCHIKKING_WEEKS if jeugd else BESCHIKKING_WEEKS
        due = statutory_end(case.aanvraag_date, dt.timedelta(weeks=weeks), extra)
        found.append(
            Deadline(
                DeadlineKind.BESCHIKKING,
                case.aanvraag_date,
                due,
                _state(due, today, case.beschikking_date is not None, stopped=closed),
            )
        )
    return found


def nearest(case_deadlines: list[Deadline]) -> Deadline | None:
    """The deadline that matters most now: the earliest one still running or overdue."""
    running = [
        d
        for d in case_deadlines
        if d.state not in (DeadlineState.DONE, DeadlineState.CLOSED, DeadlineState.STOPPED)
    ]
    return min(running, key=lambda d: d.due, default=None)


# -- the whole route -------------------------------------------------------------------


class StepKind(StrEnum):
    MELDING = "melding"
    PERSOONLIJK_PLAN = "persoonlijk-plan"
    FAMILIEGROEPSPLAN = "familiegroepsplan"
    CLIENTONDERSTEUNING = "clientondersteuning"
    ONDERZOEK = "onderzoek"
    VERSLAG = "verslag"
    AANVRAAG = "aanvraag"
    BESCHIKKING = "beschikking"
    EVALUATIE = "evaluatie"
    AFSLUITING = "afsluiting"


#: The Case field that holds the day of each step.
STEP_FIELDS: dict[StepKind, str] = {
    StepKind.MELDING: "melding_date",
    StepKind.PERSOONLIJK_PLAN: "persoonlijk_plan_received",
    StepKind.FAMILIEGROEPSPLAN: "familiegroepsplan_offered",
    StepKind.CLIENTONDERSTEUNING: "clientondersteuning_date",
    StepKind.ONDERZOEK: "onderzoek_date",
    StepKind.VERSLAG: "verslag_sent",
    StepKind.AANVRAAG: "aanvraag_date",
    StepKind.BESCHIKKING: "beschikking_date",
    StepKind.EVALUATIE: "evaluated_on",
    StepKind.AFSLUITING: "closed_on",
}
#: The fields a route write may change (Repository.record_route).
ROUTE_FIELDS: tuple[str, ...] = (
    *STEP_FIELDS.values(),
    "familiegroepsplan_received",  # Jeugdwet: the family's own plan came in (no step)
    "case_kind",
    "closed_reason",
    "status_override",
    "status_reason",
)

_WMO_STEPS = (
    StepKind.MELDING,
    StepKind.PERSOONLIJK_PLAN,
    StepKind.CLIENTONDERSTEUNING,
    StepKind.ONDERZOEK,
    StepKind.VERSLAG,
    StepKind.AANVRAAG,
    StepKind.BESCHIKKING,
    StepKind.EVALUATIE,
    StepKind.AFSLUITING,
)
_JEUGD_STEPS = (
    StepKind.MELDING,
    StepKind.FAMILIEGROEPSPLAN,
    StepKind.CLIENTONDERSTEUNING,
    StepKind.ONDERZOEK,
    StepKind.VERSLAG,  # the plan: free in form, no statutory term
    StepKind.AANVRAAG,
    StepKind.BESCHIKKING,
    StepKind.EVALUATIE,
    StepKind.AFSLUITING,
)
_STEP_DEADLINE = {
    StepKind.PERSOONLIJK_PLAN: DeadlineKind.PERSOONLIJK_PLAN,
    StepKind.VERSLAG: DeadlineKind.VERSLAG,
    StepKind.BESCHIKKING: DeadlineKind.BESCHIKKING,
}


@dataclass(frozen=True)
class Step:
    """One step of the route: the day it happened (None: not yet) and its term.

    from_conversation: done_on is the first conversation's day (the onderzoek was not
    given a day of its own). planned: the evaluation day agreed in the plan."""

    kind: StepKind
    field: str
    done_on: dt.date | None
    deadline: Deadline | None = None
    from_conversation: bool = False
    planned: dt.date | None = None

    @property
    def done(self) -> bool:
        return self.done_on is not None


def steps_of(kind: CaseKind) -> tuple[StepKind, ...]:
    return _JEUGD_STEPS if kind is CaseKind.JEUGD else _WMO_STEPS


def route(
    case: Any,
    today: dt.date,
    *,
    first_conversation: dt.date | None = None,
    evaluation_planned: dt.date | None = None,
    extra: Collection[dt.date] | None = None,
) -> list[Step]:
    """The steps of a case (a Case) in the order of its law, with their days and terms."""
    found = {d.kind: d for d in deadlines(case, today, extra)}
    steps = []
    for kind in steps_of(_kind(case)):
        field = STEP_FIELDS[kind]
        done_on = getattr(case, field)
        from_conversation = False
        if kind is StepKind.ONDERZOEK and done_on is None and first_conversation is not None:
            done_on, from_conversation = first_conversation, True
        deadline_kind = _STEP_DEADLINE.get(kind)
        steps.append(
            Step(
                kind,
                field,
                done_on,
                found.get(deadline_kind) if deadline_kind is not None else None,
                from_conversation,
                evaluation_planned if kind is StepKind.EVALUATIE else None,
            )
        )
    return steps


def derived_status(case: Any, first_conversation: dt.date | None = None) -> CaseStatus:
    """The status the days give: closed, evaluated, plan (the verslag is out, or the
    aanvraag or beschikking is there), onderzoek (a conversation was held), melding."""
    if case.closed_on is not None:
        return CaseStatus.AFGESLOTEN
    if case.evaluated_on is not None:
        return CaseStatus.EVALUATIE
    if any(
        getattr(case, f) is not None for f in ("verslag_sent", "aanvraag_date", "beschikking_date")
    ):
        return CaseStatus.PLAN
    if case.onderzoek_date is not None or first_conversation is not None:
        return CaseStatus.ONDERZOEK
    return CaseStatus.MELDING


def case_status(case: Any, first_conversation: dt.date | None = None) -> CaseStatus:
    """The status of a case: closed when it has a closing day, else the worker's own
    choice when there is one, else what the days give (`derived_status`)."""
    if case.closed_on is not None:
        return CaseStatus.AFGESLOTEN
    if case.status_override is not None:
        return CaseStatus(case.status_override)
    return derived_status(case, first_conversation)


# -- days that cannot be ----------------------------------------------------------------

# The steps that happened (none may lie in the future or before the melding).
_HAPPENED = (
    *(f for k, f in STEP_FIELDS.items() if k is not StepKind.MELDING),
    "familiegroepsplan_received",
)

#: What each day is, in Dutch, for the sentences below (N_: the window translates them,
#: context Meldingen).
FIELD_WORDS: dict[str, str] = {
    "melding_date": N_("de melding"),
    "persoonlijk_plan_received": N_("het ontvangen persoonlijk plan"),
    "familiegroepsplan_offered": N_("het aanbod van een familiegroepsplan"),
    "familiegroepsplan_received": N_("het ontvangen familiegroepsplan"),
    "clientondersteuning_date": N_("het wijzen op cliëntondersteuning"),
    "onderzoek_date": N_("het onderzoek"),
    "verslag_sent": N_("het verslag"),
    "aanvraag_date": N_("de aanvraag"),
    "beschikking_date": N_("de beschikking"),
    "evaluated_on": N_("de evaluatie"),
    "closed_on": N_("het afsluiten"),
}
_THIS_STEP = N_("deze stap")

_TEXTS: dict[Code, str] = {
    Code.DATE_IN_FUTURE: N_("De datum van {what} ligt in de toekomst. Kies vandaag of eerder."),
    Code.DATE_BEFORE_MELDING: N_("De datum van {what} ligt vóór de melding. Dat kan niet."),
    Code.MELDING_FIRST: N_("Leg eerst de datum van de melding vast."),
    Code.AANVRAAG_FIRST: N_("Leg eerst de datum van de aanvraag vast."),
    Code.BESCHIKKING_BEFORE_AANVRAAG: N_("De beschikking kan niet vóór de aanvraag liggen."),
    Code.STATUS_REASON_MISSING: N_("Schrijf op waarom u de status zelf kiest."),
    Code.STATUS_CLOSED_BY_DATE: N_("Een dossier sluit u af met de datum van afsluiten."),
}


def problem_said(problem: Problem) -> Said:
    """One route problem as a sentence with its code (core.errors.Said): the store's
    refusal, translated by the window; str() is the Dutch."""
    name = problem.field.removeprefix("case.")
    what = Said(f"route.step.{name}", FIELD_WORDS.get(name, _THIS_STEP))
    return Said(f"route.{problem.code.value}", _TEXTS[problem.code], {"what": what})


def problem_text(problem: Problem) -> str:
    """One route problem as a Dutch sentence (the command line)."""
    return str(problem_said(problem))


def route_problems(
    case: Any, today: dt.date, changed: Iterable[str] | None = None
) -> list[Problem]:
    """The days of a case that cannot be, in the order of the route. With `changed`
    (field names) only the problems those fields take part in: an old inconsistency
    does not block an unrelated edit."""
    found: list[Problem] = []
    melding = case.melding_date
    if melding is not None and melding > today:
        found.append(Problem("case.melding_date", Code.DATE_IN_FUTURE))
    for name in _HAPPENED:
        day = getattr(case, name)
        if day is None:
            continue
        if day > today:
            found.append(Problem(f"case.{name}", Code.DATE_IN_FUTURE))
        elif melding is None:
            found.append(Problem(f"case.{name}", Code.MELDING_FIRST, "melding_date"))
        elif day < melding:
            found.append(Problem(f"case.{name}", Code.DATE_BEFORE_MELDING, "melding_date"))
    if case.beschikking_date is not None:
        if case.aanvraag_date is None:
            found.append(Problem("case.beschikking_date", Code.AANVRAAG_FIRST, "aanvraag_date"))
        elif case.beschikking_date < case.aanvraag_date:
            found.append(
                Problem("case.beschikking_date", Code.BESCHIKKING_BEFORE_AANVRAAG, "aanvraag_date")
            )
    if case.status_override is not None:
        if case.status_override == CaseStatus.AFGESLOTEN:
            found.append(Problem("case.status_override", Code.STATUS_CLOSED_BY_DATE))
        elif not case.status_reason.strip():
            found.append(Problem("case.status_reason", Code.STATUS_REASON_MISSING))
    if changed is None:
        return found
    names = {f"case.{name}" for name in changed}
    plain = set(changed)
    if "status_override" in plain:
        names.add("case.status_reason")
    return [p for p in found if p.field in names or p.item in plain]


def with_changes(case: Any, fields: dict[str, Any]) -> Any:
    """A copy of a Case with some fields changed (for checking before storing)."""
    return replace(case, **fields)


__all__ = [
    "FIELD_WORDS",
    "ROUTE_FIELDS",
    "STEP_FIELDS",
    "Deadline",
    "DeadlineKind",
    "DeadlineState",
    "Step",
    "StepKind",
    "case_status",
    "deadlines",
    "derived_status",
    "is_working_day",
    "nearest",
    "problem_said",
    "problem_text",
    "route",
    "route_problems",
    "signed_as_verslag",
    "statutory_end",
    "steps_of",
]


def signed_as_verslag(plans: Iterable[PlanVersion]) -> tuple[PlanVersion, dt.date] | None:
    """The newest signed plan version and the day it was signed (its signatures' date,
    else when it was recorded): the signed plan that can be the verslag (domain.md §4:
    many municipalities use the signed report). None without a signed version."""
    signed = [p for p in plans if p.status is PlanStatus.SIGNED]
    if not signed:
        return None
    plan = max(signed, key=lambda p: p.number)
    if plan.signatures:
        return plan, plan.signatures[0].date
    if plan.signed_at:
        return plan, dt.date.fromisoformat(plan.signed_at[:10])
    return None
