"""Wmo deadlines with the Algemene termijnenwet: weekends, holidays, year ends."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import Case
from eigenkracht.core.process import (
    DeadlineKind,
    DeadlineState,
    deadlines,
    easter_sunday,
    is_working_day,
    kings_day,
    nearest,
    statutory_end,
)

D = dt.date


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2038, D(2038, 4, 25)),
        (2000, D(2000, 4, 23)),
    ],
)
def test_easter(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_kings_day_moves_to_saturday_when_27_april_is_a_sunday() -> None:
    assert kings_day(2025) == D(2025, 4, 26)  # 27 April 2025 is a Sunday
    assert kings_day(2026) == D(2026, 4, 27)


@pytest.mark.parametrize(
    "day",
    [
        D(2026, 1, 1),
        D(2026, 4, 6),
        D(2026, 5, 14),
        D(2026, 5, 25),
        D(2026, 4, 27),
        D(2026, 5, 5),
        D(2026, 12, 25),
        D(2026, 12, 26),
        D(2026, 11, 21),
        D(2026, 11, 22),
    ],
)
def test_not_working_days(day: dt.date) -> None:
    assert not is_working_day(day)


def test_ordinary_period_ends_on_the_same_weekday() -> None:
    # Monday 2 Nov 2026 + 6 weeks = Monday 14 Dec 2026
    assert statutory_end(D(2026, 11, 2), dt.timedelta(weeks=6)) == D(2026, 12, 14)


def test_period_ending_on_saturday_runs_to_monday() -> None:
    # Saturday 14 Nov 2026 + 7 days = Saturday 21 Nov -> Monday 23 Nov
    assert statutory_end(D(2026, 11, 14), dt.timedelta(days=7)) == D(2026, 11, 23)


def test_period_ending_on_sunday_runs_to_monday() -> None:
    assert statutory_end(D(2026, 11, 15), dt.timedelta(days=7)) == D(2026, 11, 23)


def test_period_across_the_year_end_skips_christmas_and_new_year() -> None:
    # Friday 18 Dec 2026 + 7 days = Friday 25 Dec (Christmas); 26 Dec Sat (Boxing Day);
    # 27 Sun -> Monday 28 Dec 2026
    assert statutory_end(D(2026, 12, 18), dt.timedelta(days=7)) == D(2026, 12, 28)
    # Friday 25 Dec 2026 + 7 days = Friday 1 Jan 2027 (New Year) -> Monday 4 Jan 2027
    assert statutory_end(D(2026, 12, 25), dt.timedelta(days=7)) == D(2027, 1, 4)
    # 6 weeks from 20 Nov 2026 = 1 Jan 2027 -> Monday 4 Jan 2027
    assert statutory_end(D(2026, 11, 20), dt.timedelta(weeks=6)) == D(2027, 1, 4)


def test_period_ending_on_easter_monday_runs_on() -> None:
    # 2 weeks from Monday 23 March 2026 = Monday 6 April (Easter Monday) -> 7 April
    assert statutory_end(D(2026, 3, 23), dt.timedelta(weeks=2)) == D(2026, 4, 7)


def test_at_least_two_working_days_in_a_period() -> None:
    # Thursday 24 Dec 2026 + 3 days = Sunday 27 Dec -> Monday 28 Dec, which is only the
    # first working day after the start: Atw art. 2 adds Tuesday 29 Dec.
    assert statutory_end(D(2026, 12, 24), dt.timedelta(days=3)) == D(2026, 12, 29)


def make_case(**kwargs: object) -> Case:
    return Case(reference="EK-1", household_name="X", **kwargs)  # type: ignore[arg-type]


def test_deadlines_of_a_fresh_melding() -> None:
    case = make_case(melding_date=D(2026, 11, 16))
    found = {d.kind: d for d in deadlines(case, today=D(2026, 11, 17))}
    assert found[DeadlineKind.PERSOONLIJK_PLAN].due == D(2026, 11, 23)
    assert found[DeadlineKind.PERSOONLIJK_PLAN].state is DeadlineState.OPEN
    assert found[DeadlineKind.VERSLAG].due == D(2026, 12, 28)  # 28 Dec: after Christmas
    assert DeadlineKind.BESCHIKKING not in found


def test_states_change_with_time_and_with_what_happened() -> None:
    case = make_case(melding_date=D(2026, 10, 1))
    verslag = next(d for d in deadlines(case, D(2026, 11, 9)) if d.kind is DeadlineKind.VERSLAG)
    assert verslag.due == D(2026, 11, 12)
    assert verslag.state is DeadlineState.SOON
    later = next(d for d in deadlines(case, D(2026, 11, 13)) if d.kind is DeadlineKind.VERSLAG)
    assert later.state is DeadlineState.OVERDUE
    plan = next(
        d for d in deadlines(case, D(2026, 11, 13)) if d.kind is DeadlineKind.PERSOONLIJK_PLAN
    )
    assert plan.state is DeadlineState.CLOSED  # a window ends; it is not "overdue"
    case.verslag_sent = D(2026, 11, 10)
    done = next(d for d in deadlines(case, D(2026, 11, 13)) if d.kind is DeadlineKind.VERSLAG)
    assert done.state is DeadlineState.DONE


def test_beschikking_two_weeks_after_aanvraag() -> None:
    case = make_case(
        melding_date=D(2026, 9, 1), verslag_sent=D(2026, 10, 1), aanvraag_date=D(2026, 11, 11)
    )
    found = {d.kind: d for d in deadlines(case, D(2026, 11, 20))}
    assert found[DeadlineKind.BESCHIKKING].due == D(2026, 11, 25)
    assert found[DeadlineKind.BESCHIKKING].state is DeadlineState.SOON
    assert nearest(list(found.values())) == found[DeadlineKind.BESCHIKKING]
    case.beschikking_date = D(2026, 11, 19)
    assert nearest(deadlines(case, D(2026, 11, 20))) is None


def test_case_without_dates_has_no_deadlines() -> None:
    assert deadlines(make_case(), D(2026, 1, 1)) == []
    assert nearest([]) is None
