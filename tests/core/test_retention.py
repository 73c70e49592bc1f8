"""The retention rules (core/retention.py): which day a case may go, and why."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import Case, CaseKind, CaseStatus
from eigenkracht.core.retention import (
    Retention,
    RetentionPolicy,
    RetentionReason,
    add_years,
    handed_over_on,
    reason_text,
    retention,
    retention_end,
)

D = dt.date
CLOSED_ON = D(2026, 3, 2)


def closed(kind: CaseKind = CaseKind.WMO, on: dt.date = CLOSED_ON, **fields: object) -> Case:
    return Case(
        "EK-1", "Fam. Test", case_kind=kind, status=CaseStatus.AFGESLOTEN, closed_on=on, **fields
    )  # type: ignore[arg-type]


def test_open_case_has_no_end_even_long_after() -> None:
    case = Case("EK-1", "Fam. Test", status=CaseStatus.PLAN)
    found = retention(case, D(2000, 1, 1))
    assert found == Retention(None, RetentionReason.OPEN)
    assert not found.past(D(2100, 1, 1))
    assert retention_end(case, D(2000, 1, 1)) is None
    # also with a day set on it: an open case is still being worked on
    case.retention_until = D(2001, 1, 1)
    assert retention_end(case, D(2000, 1, 1)) is None


def test_wmo_without_support_five_years_from_closing() -> None:
    found = retention(closed(), last_change=D(2026, 5, 1))
    assert found.reason is RetentionReason.WMO_NO_SUPPORT
    assert found.end == D(2031, 3, 2)
    assert found.since == D(2026, 3, 2)
    assert "5 jaar na het afsluiten (2026-03-02)" in reason_text(found)


def test_wmo_with_beschikking_or_maatwerk_fifteen_years() -> None:
    with_decision = closed(aanvraag_date=D(2025, 1, 1), beschikking_date=D(2025, 1, 10))
    found = retention(with_decision, D(2026, 3, 2))
    assert (found.reason, found.end) == (RetentionReason.WMO_SUPPORT, D(2041, 3, 2))
    assert retention_end(closed(), D(2026, 3, 2), maatwerk=True) == D(2041, 3, 2)


def test_jeugdwet_counts_from_the_last_change_not_the_closing() -> None:
    case = closed(CaseKind.JEUGD, beschikking_date=None)
    found = retention(case, last_change=D(2027, 6, 15))
    assert (found.reason, found.end, found.since) == (
        RetentionReason.JEUGD,
        D(2047, 6, 15),
        D(2027, 6, 15),
    )
    assert "Jeugdwet: 20 jaar na de laatste wijziging" in reason_text(found)
    # a support decision changes nothing for youth: always from the last change
    assert retention_end(closed(CaseKind.JEUGD), D(2027, 6, 15), maatwerk=True) == D(2047, 6, 15)


def test_just_before_and_just_after_the_end() -> None:
    found = retention(closed(), D(2026, 3, 2))
    assert found.end == D(2031, 3, 2)
    assert not found.past(D(2031, 3, 1))
    assert not found.past(D(2031, 3, 2))  # the end is the last day kept
    assert found.past(D(2031, 3, 3))


def test_leap_day() -> None:
    assert add_years(D(2024, 2, 29), 5) == D(2029, 2, 28)
    assert add_years(D(2024, 2, 29), 20) == D(2044, 2, 29)
    assert add_years(D(2023, 2, 28), 1) == D(2024, 2, 28)
    assert retention_end(closed(on=D(2028, 2, 29)), D(2028, 2, 29)) == D(2033, 2, 28)


def test_configured_years() -> None:
    policy = RetentionPolicy(jeugdwet_years=25, wmo_support_years=10, wmo_no_support_years=2)
    assert retention_end(closed(), D(2026, 3, 2), policy) == D(2028, 3, 2)
    assert retention_end(closed(), D(2026, 3, 2), policy, maatwerk=True) == D(2036, 3, 2)
    assert retention_end(closed(CaseKind.JEUGD), D(2026, 3, 2), policy) == D(2051, 3, 2)


def test_day_set_on_the_case_overrides() -> None:
    case = closed(CaseKind.JEUGD, retention_until=D(2030, 1, 1))
    found = retention(case, D(2026, 3, 2))
    assert (found.end, found.reason) == (D(2030, 1, 1), RetentionReason.SET_ON_CASE)


def test_closed_status_without_a_day_counts_from_the_last_change() -> None:
    case = Case("EK-1", "Fam. Test", status=CaseStatus.AFGESLOTEN)
    assert retention_end(case, D(2026, 3, 2)) == D(2031, 3, 2)


@pytest.mark.parametrize(
    ("policy", "words"),
    [
        (RetentionPolicy(jeugdwet_years=19), "ten minste 20"),
        (RetentionPolicy(wmo_support_years=0), "tussen 1 en 115"),
        (RetentionPolicy(wmo_no_support_years=200), "tussen 1 en 115"),
        (RetentionPolicy(wmo_no_support_years="5"), "heel aantal"),  # type: ignore[arg-type]
        (RetentionPolicy(wmo_no_support_years=True), "heel aantal"),
    ],
)
def test_policy_problems(policy: RetentionPolicy, words: str) -> None:
    assert words in policy.problems()[0]


def test_default_policy_has_no_problems() -> None:
    assert RetentionPolicy().problems() == []


def test_handed_over_read_defensively() -> None:
    case = closed()
    assert handed_over_on(case) is None
    case.handed_over_on = D(2026, 4, 1)  # type: ignore[attr-defined]
    assert handed_over_on(case) == D(2026, 4, 1)
