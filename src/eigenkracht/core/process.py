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
days (art. 2). The public holidays are those of Atw art. 3: New Year's Day,
Easter Monday, Ascension Day, Whit Monday, Christmas Day and Boxing Day,
King's Day and 5 May; Good Friday is listed too, as municipalities treat it as
a holiday (check against the municipality's own rules).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

PERSOONLIJK_PLAN_DAYS = 7
VERSLAG_WEEKS = 6
BESCHIKKING_WEEKS = 2
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


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def statutory_end(start: dt.date, length: dt.timedelta) -> dt.date:
    """The last day of a statutory period that starts on `start` (Atw art. 1 and 2)."""
    end = start + length
    while not is_working_day(end):
        end += dt.timedelta(days=1)
    if length.days >= 3:
        while _working_days_after(start, end) < 2:
            end += dt.timedelta(days=1)
            while not is_working_day(end):
                end += dt.timedelta(days=1)
    return end


def _working_days_after(start: dt.date, end: dt.date) -> int:
    days = (end - start).days
    return sum(1 for n in range(1, days + 1) if is_working_day(start + dt.timedelta(days=n)))


def _state(due: dt.date, today: dt.date, done: bool, window: bool = False) -> DeadlineState:
    if done:
        return DeadlineState.DONE
    if today > due:
        return DeadlineState.CLOSED if window else DeadlineState.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return DeadlineState.SOON
    return DeadlineState.OPEN


def deadlines(case: WmoDates, today: dt.date) -> list[Deadline]:
    """The Wmo deadlines of one case, as far as its dates allow."""
    found: list[Deadline] = []
    if case.melding_date is not None:
        melding = case.melding_date
        plan_due = statutory_end(melding, dt.timedelta(days=PERSOONLIJK_PLAN_DAYS))
        found.append(
            Deadline(
                DeadlineKind.PERSOONLIJK_PLAN,
                melding,
                plan_due,
                _state(plan_due, today, case.persoonlijk_plan_received is not None, window=True),
            )
        )
        verslag_due = statutory_end(melding, dt.timedelta(weeks=VERSLAG_WEEKS))
        found.append(
            Deadline(
                DeadlineKind.VERSLAG,
                melding,
                verslag_due,
                _state(verslag_due, today, case.verslag_sent is not None),
            )
        )
    if case.aanvraag_date is not None:
        due = statutory_end(case.aanvraag_date, dt.timedelta(weeks=BESCHIKKING_WEEKS))
        found.append(
            Deadline(
                DeadlineKind.BESCHIKKING,
                case.aanvraag_date,
                due,
                _state(due, today, case.beschikking_date is not None),
            )
        )
    return found


def nearest(case_deadlines: list[Deadline]) -> Deadline | None:
    """The deadline that matters most now: the earliest one still running or overdue."""
    running = [
        d for d in case_deadlines if d.state not in (DeadlineState.DONE, DeadlineState.CLOSED)
    ]
    return min(running, key=lambda d: d.due, default=None)
