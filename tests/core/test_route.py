"""The whole route from melding to closing (core.process.route): the status that follows
from the days, every term stopping when its step is done, the Jeugdwet route, the days a
Royal Decree makes equal to holidays (core.termijnen), and the days that cannot be."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from eigenkracht.core import termijnen
from eigenkracht.core.model import (
    Case,
    CaseKind,
    CaseStatus,
    PlanStatus,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.problems import Code
from eigenkracht.core.process import (
    DeadlineKind,
    DeadlineState,
    StepKind,
    case_status,
    deadlines,
    derived_status,
    is_working_day,
    nearest,
    problem_text,
    route,
    route_problems,
    signed_as_verslag,
    statutory_end,
)

D = dt.date
TODAY = D(2026, 11, 9)
MELDING = D(2026, 10, 1)


def case(**fields: object) -> Case:
    return dataclasses.replace(Case("EK-1", "Fam. Test", melding_date=MELDING), **fields)  # type: ignore[arg-type]


def kinds(c: Case, today: dt.date = TODAY) -> dict[DeadlineKind, DeadlineState]:
    return {d.kind: d.state for d in deadlines(c, today)}


# -- the status ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "first", "status"),
    [
        ({}, None, CaseStatus.MELDING),
        ({}, D(2026, 10, 8), CaseStatus.ONDERZOEK),
        ({"onderzoek_date": D(2026, 10, 8)}, None, CaseStatus.ONDERZOEK),
        ({"verslag_sent": D(2026, 11, 2)}, D(2026, 10, 8), CaseStatus.PLAN),
        ({"aanvraag_date": D(2026, 11, 2)}, None, CaseStatus.PLAN),
        (
            {"verslag_sent": D(2026, 11, 2), "evaluated_on": D(2026, 11, 6)},
            None,
            CaseStatus.EVALUATIE,
        ),
        (
            {"evaluated_on": D(2026, 11, 6), "closed_on": D(2026, 11, 9)},
            None,
            CaseStatus.AFGESLOTEN,
        ),
    ],
)
def test_the_status_follows_from_the_days(
    fields: dict[str, object], first: dt.date | None, status: CaseStatus
) -> None:
    assert case_status(case(**fields), first) is status


def test_the_workers_own_status_stands_over_the_days_but_not_over_closing() -> None:
    chosen = case(status_override=CaseStatus.EVALUATIE, status_reason="Evaluatie gepland")
    assert derived_status(chosen) is CaseStatus.MELDING
    assert case_status(chosen) is CaseStatus.EVALUATIE
    assert case_status(dataclasses.replace(chosen, closed_on=TODAY)) is CaseStatus.AFGESLOTEN


# -- every term stops when its step is done ------------------------------------------


def test_every_term_stops_when_its_step_is_done() -> None:
    running = kinds(case(), D(2026, 11, 20))
    assert running == {
        DeadlineKind.PERSOONLIJK_PLAN: DeadlineState.CLOSED,
        DeadlineKind.VERSLAG: DeadlineState.OVERDUE,
    }
    done = case(
        persoonlijk_plan_received=D(2026, 10, 5),
        verslag_sent=D(2026, 11, 2),
        aanvraag_date=D(2026, 11, 3),
        beschikking_date=D(2026, 11, 10),
    )
    assert set(kinds(done, D(2027, 1, 1)).values()) == {DeadlineState.DONE}
    assert nearest(deadlines(done, D(2027, 1, 1))) is None


def test_the_beschikking_term_starts_at_the_aanvraag_and_runs_two_weeks() -> None:
    c = case(verslag_sent=D(2026, 11, 2), aanvraag_date=D(2026, 11, 3))
    found = {d.kind: d for d in deadlines(c, TODAY)}
    assert found[DeadlineKind.BESCHIKKING].due == D(2026, 11, 17)
    assert found[DeadlineKind.BESCHIKKING].state is DeadlineState.OPEN


def test_closing_a_case_stops_the_terms_still_running() -> None:
    closed = case(closed_on=D(2026, 10, 20), aanvraag_date=D(2026, 10, 10))
    states = kinds(closed, D(2026, 12, 1))
    assert states[DeadlineKind.VERSLAG] is DeadlineState.STOPPED
    assert states[DeadlineKind.BESCHIKKING] is DeadlineState.STOPPED
    assert nearest(deadlines(closed, D(2026, 12, 1))) is None


def test_the_route_lists_every_step_with_its_day_and_term() -> None:
    c = case(clientondersteuning_date=D(2026, 10, 1), verslag_sent=D(2026, 11, 2), closed_on=None)
    steps = route(c, TODAY, first_conversation=D(2026, 10, 8), evaluation_planned=D(2027, 1, 4))
    assert [s.kind for s in steps] == [
        StepKind.MELDING,
        StepKind.PERSOONLIJK_PLAN,
        StepKind.CLIENTONDERSTEUNING,
        StepKind.ONDERZOEK,
        StepKind.VERSLAG,
        StepKind.AANVRAAG,
        StepKind.BESCHIKKING,
        StepKind.EVALUATIE,
        StepKind.AFSLUITING,
    ]
    by_kind = {s.kind: s for s in steps}
    assert by_kind[StepKind.ONDERZOEK].done_on == D(2026, 10, 8)
    assert by_kind[StepKind.ONDERZOEK].from_conversation
    assert by_kind[StepKind.VERSLAG].deadline is not None
    assert by_kind[StepKind.VERSLAG].deadline.state is DeadlineState.DONE
    assert by_kind[StepKind.BESCHIKKING].deadline is None  # no aanvraag yet
    assert by_kind[StepKind.EVALUATIE].planned == D(2027, 1, 4)
    assert not by_kind[StepKind.AFSLUITING].done


# -- the Jeugdwet ------------------------------------------------------------------------


def test_the_jeugdwet_route_offers_the_familiegroepsplan_and_has_no_wmo_terms() -> None:
    youth = case(case_kind=CaseKind.JEUGD, familiegroepsplan_offered=D(2026, 10, 2))
    steps = [s.kind for s in route(youth, TODAY)]
    assert steps[:2] == [StepKind.MELDING, StepKind.FAMILIEGROEPSPLAN]
    assert StepKind.PERSOONLIJK_PLAN not in steps
    # no persoonlijk plan window and no 6-week verslag term, long after the melding
    assert deadlines(youth, D(2027, 3, 1)) == []


def test_the_jeugdwet_beschikking_follows_within_eight_weeks() -> None:
    youth = case(case_kind=CaseKind.JEUGD, aanvraag_date=D(2026, 11, 2))
    (beschikking,) = deadlines(youth, TODAY)
    assert beschikking.kind is DeadlineKind.BESCHIKKING
    assert beschikking.due == D(2026, 12, 28)  # Monday 2 Nov + 8 weeks


# -- days a Royal Decree makes equal to public holidays ---------------------------------------


def test_the_bundled_decree_days_are_eight_fridays_from_2024_to_2028() -> None:
    days = termijnen.bundled_days()
    assert len(days) == 8
    assert {d.weekday() for d in days} == {4}
    assert D(2026, 5, 15) in days  # the Friday after Ascension Day 2026
    assert {d.year for d in days} == {2024, 2025, 2026, 2027, 2028}


def test_a_term_ending_on_a_decree_day_runs_on() -> None:
    # Friday 8 May 2026 + 7 days = Friday 15 May, the day after Ascension Day
    assert not is_working_day(D(2026, 5, 15))
    assert is_working_day(D(2026, 5, 15), extra=frozenset())
    assert statutory_end(D(2026, 5, 8), dt.timedelta(days=7)) == D(2026, 5, 18)
    assert statutory_end(D(2026, 5, 8), dt.timedelta(days=7), extra=frozenset()) == D(2026, 5, 15)


def test_a_verslag_due_on_a_decree_day_falls_due_on_the_next_working_day() -> None:
    # melding Friday 3 April 2026 (Good Friday) + 6 weeks = Friday 15 May 2026
    c = case(melding_date=D(2026, 4, 3))
    verslag = next(d for d in deadlines(c, D(2026, 5, 1)) if d.kind is DeadlineKind.VERSLAG)
    assert verslag.due == D(2026, 5, 18)


def test_the_users_file_adds_days_and_a_broken_one_adds_none(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('format = 1\n[[days]]\ndate = 2029-05-11\nreason = "nieuw besluit"\n')
    assert termijnen.user_days(good) == {D(2029, 5, 11)}
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[[days]]\ndate = 'morgen'\n")
    assert termijnen.user_days(broken) == frozenset()
    assert termijnen.user_days(tmp_path / "missing.toml") == frozenset()
    with pytest.raises(termijnen.TermijnenError, match="datum"):
        termijnen.parse(broken.read_bytes())


def test_the_users_file_is_read_from_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path))
    (tmp_path / "termijnen.toml").write_text("format = 1\n[[days]]\ndate = 2026-11-20\n")
    termijnen.extra_days.cache_clear()
    try:
        assert D(2026, 11, 20) in termijnen.extra_days()
        assert not is_working_day(D(2026, 11, 20))
    finally:
        termijnen.extra_days.cache_clear()


# -- days that cannot be ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "code", "sentence"),
    [
        (
            {"verslag_sent": D(2026, 11, 10)},
            Code.DATE_IN_FUTURE,
            "De datum van het verslag ligt in de toekomst",
        ),
        ({"verslag_sent": D(2026, 9, 30)}, Code.DATE_BEFORE_MELDING, "ligt vóór de melding"),
        (
            {"melding_date": None, "aanvraag_date": D(2026, 11, 2)},
            Code.MELDING_FIRST,
            "eerst de datum van de melding",
        ),
        (
            {"beschikking_date": D(2026, 11, 2)},
            Code.AANVRAAG_FIRST,
            "eerst de datum van de aanvraag",
        ),
        (
            {"aanvraag_date": D(2026, 11, 3), "beschikking_date": D(2026, 11, 2)},
            Code.BESCHIKKING_BEFORE_AANVRAAG,
            "niet vóór de aanvraag",
        ),
        ({"status_override": CaseStatus.PLAN}, Code.STATUS_REASON_MISSING, "waarom"),
        (
            {"status_override": CaseStatus.AFGESLOTEN, "status_reason": "klaar"},
            Code.STATUS_CLOSED_BY_DATE,
            "datum van afsluiten",
        ),
    ],
)
def test_days_that_cannot_be_are_problems_with_a_dutch_sentence(
    fields: dict[str, object], code: Code, sentence: str
) -> None:
    problems = route_problems(case(**fields), TODAY)
    assert [p.code for p in problems] == [code]
    assert sentence in problem_text(problems[0])


def test_only_the_changed_fields_problems_block_an_edit() -> None:
    odd = case(verslag_sent=D(2026, 9, 1))  # an old inconsistency
    assert route_problems(odd, TODAY, ["evaluated_on"]) == []
    assert route_problems(odd, TODAY, ["verslag_sent"]) != []
    # moving the aanvraag after the beschikking is refused too
    later = case(aanvraag_date=D(2026, 11, 5), beschikking_date=D(2026, 11, 4))
    assert [p.code for p in route_problems(later, TODAY, ["aanvraag_date"])] == [
        Code.BESCHIKKING_BEFORE_AANVRAAG
    ]


def test_the_newest_signed_plan_is_offered_as_the_verslag_on_its_signing_day() -> None:
    assert signed_as_verslag([PlanVersion(case_id=1, number=1)]) is None
    signed = PlanVersion(
        case_id=1, number=1, status=PlanStatus.SIGNED, signed_at="2026-11-04T10:00:00Z"
    )
    signed.signatures = [Signature(SignerRole.CITIZEN, "Ans", D(2026, 11, 3))]
    draft = PlanVersion(case_id=1, number=2)
    assert signed_as_verslag([signed, draft]) == (signed, D(2026, 11, 3))
