"""The route in the store (migration 0003_wmo_route, Repository.record_route): an old
database keeps the status it had, each step is one transaction with its audit row and
its Change, the status follows, and days that cannot be are refused in Dutch with
nothing changed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eigenkracht.core.model import (
    Case,
    CaseKind,
    CaseStatus,
    Change,
    Conversation,
    ConversationKind,
    Member,
)
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.repository import Repository

D = dt.date
TODAY = D(2026, 11, 9)
DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"


@pytest.fixture
def case_id(repo: Repository) -> int:
    made = repo.create_case(
        Case(reference="EK-2026-0700", household_name="Fam. Route", melding_date=D(2026, 10, 1)),
        [Member(case_id=0, name="Ans")],
    )
    assert made.case.id is not None
    return made.case.id


def status(repo: Repository, case_id: int) -> CaseStatus:
    return repo.get_case(case_id).status


def test_an_old_database_keeps_the_status_it_had(tmp_path: Path) -> None:
    sample = DATA / "schema_0002.db"
    db = tmp_path / sample.name
    shutil.copy2(sample, db)
    shutil.copy2(sample.with_name(sample.name + ".kdf"), tmp_path / (sample.name + ".kdf"))
    before = {
        "Dhr. Jansen": CaseStatus.AFGESLOTEN,
        "Dhr. Hoekstra": CaseStatus.EVALUATIE,
        "Fam. Bakker": CaseStatus.PLAN,
        "Dhr. Kerkhof": CaseStatus.ONDERZOEK,
    }
    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        repo = Repository(store)
        cases = {c.household_name: c for c in repo.list_cases()}
        for name, was in before.items():
            case = repo.get_case(cases[name].id)
            assert case.status is was, name
            assert case.case_kind is CaseKind.WMO
        jansen = repo.get_case(cases["Dhr. Jansen"].id)
        assert jansen.closed_on is not None  # closed is a day now: the day it last changed
        hoekstra = repo.get_case(cases["Dhr. Hoekstra"].id)
        assert hoekstra.status_override is CaseStatus.EVALUATIE  # the days give "plan"
        assert hoekstra.status_reason == "Overgenomen uit de vorige versie van het programma."
        assert repo.get_case(cases["Fam. Bakker"].id).status_override is None
        assert repo.get_case(cases["Dhr. Kerkhof"].id).status_override is None
        # and the route goes on from there
        kerkhof = cases["Dhr. Kerkhof"].id
        repo.record_route(kerkhof, today=TODAY, verslag_sent=D(2026, 11, 6))
        assert status(repo, kerkhof) is CaseStatus.PLAN
        assert audit.verify(store.db).ok
    finally:
        store.close()


def test_each_step_is_stored_with_its_audit_row_and_the_status_follows(
    repo: Repository, case_id: int
) -> None:
    assert status(repo, case_id) is CaseStatus.MELDING
    steps: list[tuple[dict[str, object], CaseStatus]] = [
        ({"clientondersteuning_date": D(2026, 10, 1)}, CaseStatus.MELDING),
        ({"onderzoek_date": D(2026, 10, 8)}, CaseStatus.ONDERZOEK),
        ({"verslag_sent": D(2026, 11, 2)}, CaseStatus.PLAN),
        ({"aanvraag_date": D(2026, 11, 3)}, CaseStatus.PLAN),
        ({"beschikking_date": D(2026, 11, 6)}, CaseStatus.PLAN),
        ({"evaluated_on": D(2026, 11, 9)}, CaseStatus.EVALUATIE),
        ({"closed_on": D(2026, 11, 9), "closed_reason": "Doelen behaald"}, CaseStatus.AFGESLOTEN),
    ]
    for fields, expected in steps:
        logged = len(audit.entries(repo.db))
        with repo.unit() as unit:
            change = repo.record_route(case_id, today=TODAY, **fields)
        assert status(repo, case_id) is expected
        assert unit.changes == [change]
        assert change.table == "cases" and change.action == "U" and change.id == case_id
        assert set(fields) <= set(change.fields)
        rows = audit.entries(repo.db)[logged:]
        assert [(r.event, r.action) for r in rows] == [("cases.route", "U")]
        assert rows[0].object.startswith(f"cases:{case_id}:")
        for name in fields:
            assert name in rows[0].object
        assert "Doelen" not in rows[0].object  # names of fields, never their values
    stored = repo.get_case(case_id)
    assert stored.beschikking_date == D(2026, 11, 6)
    assert stored.closed_reason == "Doelen behaald"
    assert [c.status for c in repo.list_cases(include_closed=False)] == []
    assert audit.verify(repo.db).ok


def test_the_change_names_the_status_when_it_changed(repo: Repository, case_id: int) -> None:
    change = repo.record_route(case_id, today=TODAY, verslag_sent=D(2026, 11, 2))
    assert change.fields == ("verslag_sent", "status")
    change = repo.record_route(case_id, today=TODAY, aanvraag_date=D(2026, 11, 3))
    assert change.fields == ("aanvraag_date",)


def test_the_first_conversation_starts_the_onderzoek(repo: Repository, case_id: int) -> None:
    with repo.unit() as unit:
        repo.start_conversation(case_id, ConversationKind.INTAKE, TODAY, "leefgebieden", "1.0")
    assert status(repo, case_id) is CaseStatus.ONDERZOEK
    assert Change("cases", "U", case_id, case_id, ("status",)) in unit.changes


def test_the_workers_own_status_needs_a_reason_and_can_be_undone(
    repo: Repository, case_id: int
) -> None:
    with pytest.raises(InvalidValue, match="Schrijf op waarom u de status zelf kiest"):
        repo.record_route(case_id, today=TODAY, status_override=CaseStatus.EVALUATIE)
    repo.record_route(
        case_id, today=TODAY, status_override=CaseStatus.EVALUATIE, status_reason="Tussenstand"
    )
    assert status(repo, case_id) is CaseStatus.EVALUATIE
    with pytest.raises(InvalidValue, match="datum van afsluiten"):
        repo.record_route(
            case_id, today=TODAY, status_override=CaseStatus.AFGESLOTEN, status_reason="x"
        )
    repo.record_route(case_id, today=TODAY, status_override=None)
    case = repo.get_case(case_id)
    assert case.status is CaseStatus.MELDING
    assert case.status_reason == ""


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({"verslag_sent": D(2026, 11, 10)}, "De datum van het verslag ligt in de toekomst."),
        ({"verslag_sent": D(2026, 9, 30)}, "De datum van het verslag ligt vóór de melding."),
        ({"beschikking_date": D(2026, 11, 2)}, "Leg eerst de datum van de aanvraag vast."),
        (
            {"aanvraag_date": D(2026, 11, 5), "beschikking_date": D(2026, 11, 4)},
            "De beschikking kan niet vóór de aanvraag liggen.",
        ),
        ({"closed_on": D(2026, 12, 1)}, "De datum van het afsluiten ligt in de toekomst."),
        (
            {"melding_date": None, "verslag_sent": D(2026, 11, 2)},
            "Leg eerst de datum van de melding",
        ),
    ],
)
def test_days_that_cannot_be_are_refused_and_nothing_changes(
    repo: Repository, case_id: int, fields: dict[str, object], sentence: str
) -> None:
    before = repo.get_case(case_id)
    logged = len(audit.entries(repo.db))
    with pytest.raises(InvalidValue) as refused:
        repo.record_route(case_id, today=TODAY, **fields)
    assert sentence in str(refused.value)
    assert str(refused.value).endswith("Er is niets veranderd.")
    assert "\n" not in str(refused.value)
    assert repo.get_case(case_id) == before
    assert len(audit.entries(repo.db)) == logged


def test_the_generic_update_of_a_case_checks_the_route_too(repo: Repository, case_id: int) -> None:
    repo.record_route(case_id, today=TODAY, verslag_sent=D(2026, 11, 2))
    # the conversation's start step edits the melding date through Repository.update
    with pytest.raises(InvalidValue, match="vóór de melding"):
        repo.update(Case, case_id, melding_date=D(2026, 11, 5))
    change = repo.update(Case, case_id, melding_date=D(2026, 9, 28))
    assert change.fields == ("melding_date",)


def test_only_route_fields_are_recorded(repo: Repository, case_id: int) -> None:
    with pytest.raises(InvalidValue, match="Onbekend veld: household_name"):
        repo.record_route(case_id, household_name="Anders")
    with pytest.raises(InvalidValue, match="niets om op te slaan"):
        repo.record_route(case_id)


def test_a_case_created_with_a_status_keeps_it_as_a_choice_with_a_reason(
    repo: Repository,
) -> None:
    made = repo.create_case(
        Case(reference="EK-2026-0701", household_name="Fam. Oud", status=CaseStatus.PLAN)
    )
    assert made.case.status is CaseStatus.PLAN
    assert made.case.status_override is CaseStatus.PLAN
    assert made.case.status_reason == "Gekozen bij het aanmaken van het dossier."
    assert made.case.id is not None
    repo.add_conversation(Conversation(case_id=made.case.id, date=TODAY))
    assert status(repo, made.case.id) is CaseStatus.PLAN
    with pytest.raises(InvalidValue, match="vóór de aanvraag"):
        repo.create_case(
            Case(
                reference="EK-2026-0702",
                household_name="Fam. Fout",
                melding_date=D(2026, 10, 1),
                aanvraag_date=D(2026, 11, 3),
                beschikking_date=D(2026, 11, 2),
            )
        )
