"""The fictional demo households: complete, valid, varied and deterministic."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from eigenkracht import demo
from eigenkracht.core import serial
from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    ActorKind,
    AssessmentSource,
    Author,
    CaseFile,
    CaseKind,
    CaseStatus,
    Perspective,
    PlanStatus,
    SignerRole,
)
from eigenkracht.core.process import DeadlineState, deadlines, nearest
from eigenkracht.store import audit
from eigenkracht.store.database import Store, create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

TODAY = dt.date(2026, 3, 9)
TIMESTAMPS = {"created_at", "updated_at", "signed_at"}


def build(folder: Path, today: dt.date = TODAY) -> list[CaseFile]:
    store = create_database(folder / "demo.db", PASSPHRASE, kdf_params=cheap_kdf())
    try:
        repo = Repository(store, origin="demo")
        refs = demo.build_demo(repo, today)
        files = []
        for ref in refs:
            case = repo.find_case(ref)
            assert case is not None and case.id is not None
            files.append(repo.load_case(case.id))
        return files
    finally:
        store.close()


@pytest.fixture
def files(tmp_path: Path) -> list[CaseFile]:
    return build(tmp_path)


def strip(value: Any) -> Any:
    """Plain data without the moments of storing and the stable ids (uuid4, migration
    0007), which differ from run to run."""
    if isinstance(value, dict):
        out = {k: strip(v) for k, v in value.items() if k not in TIMESTAMPS and k != "uid"}
        if out.get("snapshot"):  # a signed plan: compare its content, not its stamps
            out["snapshot"] = strip(json.loads(out["snapshot"]))
            out.pop("fingerprint")
        return out
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def test_create_demo_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    refs = demo.create_demo_database(path, PASSPHRASE, cheap_kdf())
    assert len(refs) >= 6
    assert len(set(refs)) == len(refs)
    assert all(re.fullmatch(r"EK-\d{4}-\d{4}", ref) for ref in refs)
    with open_database(path, PASSPHRASE) as store:
        assert audit.verify(store.db).ok
        assert [s.reference for s in Repository(store).list_cases()] == sorted(refs)
        entries = audit.entries(store.db)
        assert {e.origin for e in entries if e.event == "cases.create"} == {"demo"}
        assert store.integrity_problems() == []


def test_create_demo_database_closes_the_store_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[Store] = []
    real_close = Store.close

    def close(self: Store) -> None:
        closed.append(self)
        real_close(self)

    def fail(repo: Repository, today: dt.date | None = None) -> list[str]:
        raise RuntimeError("kapot")

    monkeypatch.setattr(Store, "close", close)
    monkeypatch.setattr(demo, "build_demo", fail)
    with pytest.raises(RuntimeError):
        demo.create_demo_database(tmp_path / "demo.db", PASSPHRASE, cheap_kdf())
    assert len(closed) == 1


def test_households_and_conversations(files: list[CaseFile]) -> None:
    assert len(files) >= 6
    coordinators = {demo.SANNE, demo.AHMED, demo.JOKE}
    for f in files:
        assert f.case.coordinator in coordinators
        assert f.case.identity_checked and f.case.identity_document is not None
        assert f.members and all(m.birth_date and m.role for m in f.members)
        assert len(f.conversations) >= 2, f.case.household_name
        for conversation in f.conversations:
            assert conversation.question and conversation.notes and conversation.present
            assert conversation.wellbeing is not None and 0 <= conversation.wellbeing <= 10
            perspectives = {
                a.perspective
                for a in f.assessments
                if a.conversation_id == conversation.id and a.instrument_id == demo.LEEFGEBIEDEN
            }
            assert perspectives == set(Perspective), f.case.household_name
        wellbeing = [c.wellbeing for c in f.conversations]
        assert len(set(wellbeing)) > 1  # it changes over time
    assert max(len(f.conversations) for f in files) == 20
    present = [p for f in files for c in f.conversations for p in c.present]
    assert any("tolk" in p for p in present)
    assert any("cliëntondersteuner" in p for p in present)


def test_scores_fit_the_instruments(files: list[CaseFile]) -> None:
    instruments = {i.id: i for i in bundled_instruments()}
    for f in files:
        for a in f.assessments:
            instrument = instruments[a.instrument_id]
            assert a.instrument_version == instrument.version
            assert [s.domain for s in a.scores] == list(instrument.domain_keys())
            for s in a.scores:
                if s.not_discussed:
                    assert s.level is None and s.reason
                    continue
                assert s.level in instrument.level_values()
                if a.instrument_id == demo.LEEFGEBIEDEN:
                    assert s.situation and s.strengths and s.concerns
                    shares = [s.share_self, s.share_network, s.share_professional]
                    assert shares == [None] * 3 or sum(shares) == 100  # type: ignore[arg-type]
    assessments = [a for f in files for a in f.assessments]
    assert any(a.source is AssessmentSource.AT_HOME for a in assessments)
    assert any(a.instrument_id == demo.LADDER for a in assessments)
    reasons = {s.reason for a in assessments for s in a.scores if s.not_discussed}
    assert reasons == {demo.NOT_NEEDED, demo.NOT_NOW}


def test_citizen_and_professional_differ(files: list[CaseFile]) -> None:
    for f in files:
        by_conversation: dict[tuple[int | None, str], dict[str, int | None]] = {}
        for a in f.assessments:
            if a.instrument_id == demo.LEEFGEBIEDEN and a.source is AssessmentSource.AT_TABLE:
                levels = {s.domain: s.level for s in a.scores}
                by_conversation[(a.conversation_id, a.perspective)] = levels
        differ = [
            by_conversation[(c.id, Perspective.CITIZEN)]
            != by_conversation[(c.id, Perspective.PROFESSIONAL)]
            for c in f.conversations
        ]
        assert any(differ), f.case.household_name


def test_largest_household(files: list[CaseFile]) -> None:
    largest = max(files, key=lambda f: len(f.network))
    assert 25 <= len(largest.network) <= 30
    assert 18 <= len(largest.goals) <= 22
    for a in largest.assessments:
        assert not any(s.not_discussed for s in a.scores)


def test_networks(files: list[CaseFile]) -> None:
    for f in files:
        assert 4 <= len(f.network) <= 30, f.case.household_name
    sizes = sorted(len(f.network) for f in files)
    assert sizes[-1] >= 25 and sizes[-2] <= 25
    people = [p for f in files for p in f.network]
    assert any(p.is_mantelzorger and p.overburdened and p.needs_support for p in people)
    assert any(p.until is not None for p in people)
    assert {p.quality for p in people} == {"sterk", "zwak", "belastend"}
    assert any(h.kind == "kan" for p in people for h in p.helps)


def test_goals_and_actions(files: list[CaseFile]) -> None:
    kinds = set()
    whens = set()
    for f in files:
        person_ids = {p.id for p in f.network}
        assert f.goals, f.case.household_name
        for goal in f.goals:
            assert goal.measure and goal.due_date and goal.actions
            for action in goal.actions:
                kinds.add(action.actor_kind)
                if action.actor_kind is ActorKind.NETWORK:
                    assert action.network_person_id in person_ids
                elif action.actor_kind is not ActorKind.SELF:
                    assert action.actor_name
                if action.actor_kind is ActorKind.MAATWERK:
                    assert action.maatwerk_kind
                # Every action says by when, or that it is "doorlopend"; never both.
                assert (action.due_date is None) == action.ongoing, action.what
                whens.add(action.ongoing)
    assert kinds == set(ActorKind)
    assert whens == {True, False}


def test_plans(files: list[CaseFile]) -> None:
    plans = [p for f in files for p in f.plans]
    signed = [p for p in plans if p.status is PlanStatus.SIGNED]
    assert signed and any(p.status is PlanStatus.DRAFT for p in plans)
    for plan in signed:
        assert re.fullmatch(r"[0-9a-f]{64}", plan.fingerprint)
        snapshot = json.loads(plan.snapshot)
        assert "plans" not in snapshot
        assert serial.fingerprint(snapshot) == plan.fingerprint
        assert {s.role for s in plan.signatures} >= {"burger", "professional"}
        assert plan.informed_clientondersteuning and plan.copy_received


def test_signed_plans_show_the_case_as_it_was_on_the_signing_day(files: list[CaseFile]) -> None:
    """A plan signed three weeks ago does not show last week's conversation (Fam. Bakker
    used to show a "last conversation" two weeks after its signatures)."""
    later = 0
    for f in files:
        for plan in f.plans:
            if plan.status is not PlanStatus.SIGNED:
                continue
            snapshot = json.loads(plan.snapshot)
            day = snapshot["date"]
            assert day == plan.signatures[0].date.isoformat()
            held = sorted(c.date.isoformat() for c in f.conversations if c.date.isoformat() <= day)
            assert snapshot["conversation"]["date"] == held[-1], f.case.household_name
            assert [w["date"] for w in snapshot["wellbeing"]] == held
            assert snapshot["assessed"] == {"citizen": held[-1], "professional": held[-1]}
            later += len(f.conversations) > len(held)
    assert later == 3  # Bakker, Hoekstra and Jansen talked again after signing


def test_process_dates_spread(files: list[CaseFile]) -> None:
    cases = [f.case for f in files]
    states = {n.state for c in cases if (n := nearest(deadlines(c, TODAY))) is not None}
    assert {DeadlineState.OVERDUE, DeadlineState.SOON, DeadlineState.OPEN} <= states
    assert sum(c.status is CaseStatus.AFGESLOTEN for c in cases) == 1
    assert any(c.beschikking_date for c in cases)
    assert any(c.verslag_sent for c in cases)
    assert any(c.aanvraag_date for c in cases)
    for c in cases:
        assert c.melding_date is not None and c.melding_date <= TODAY
        for day in (c.verslag_sent, c.aanvraag_date, c.beschikking_date):
            assert day is None or c.melding_date <= day <= TODAY


def test_deterministic(tmp_path: Path, files: list[CaseFile]) -> None:
    (tmp_path / "again").mkdir()
    again = build(tmp_path / "again")
    first = strip(serial.to_plain(files))
    assert first == strip(serial.to_plain(again))
    other_day = build_other(tmp_path, TODAY + dt.timedelta(days=30))
    assert first != strip(serial.to_plain(other_day))


def build_other(tmp_path: Path, today: dt.date) -> list[CaseFile]:
    (tmp_path / "other").mkdir()
    return build(tmp_path / "other", today)


def test_every_household_comes_to_its_status_from_its_route_days(
    files: list[CaseFile],
) -> None:
    from eigenkracht.demo_data import bundled_households

    expected = {h.household_name: h.status for _name, h in bundled_households()}
    for f in files:
        assert f.case.status is expected[f.case.household_name], f.case.household_name
        assert f.case.status_override is None, f.case.household_name  # from the days alone
    kinds = {f.case.household_name: f.case.case_kind for f in files}
    assert kinds["Mevr. Tesfay"] is CaseKind.JEUGD
    assert kinds["Fam. Pinas"] is CaseKind.JEUGD  # with a familiegroepsplan
    assert sum(k is CaseKind.JEUGD for k in kinds.values()) == 2
    closed = [f.case for f in files if f.case.closed_on is not None]
    assert [c.household_name for c in closed] == ["Dhr. Jansen"]
    assert closed[0].closed_reason


def test_two_households_brought_their_own_plan(tmp_path: Path) -> None:
    """Mevr. Wouters (Wmo) wrote a persoonlijk plan at home; Fam. Pinas (Jeugdwet) made a
    familiegroepsplan with family and friends. Both are taken in as an import takes them
    in, and the plan at the table builds on them: goals and actions by the citizen and
    their circle, and who took something on signs."""
    store = create_database(tmp_path / "demo.db", PASSPHRASE, kdf_params=cheap_kdf())
    try:
        repo = Repository(store, origin="demo")
        refs = demo.build_demo(repo, TODAY)
        files = {}
        for ref in refs:
            found = repo.find_case(ref)
            assert found is not None and found.id is not None
            files[found.household_name] = repo.load_case(found.id)
        imports = [e for e in audit.entries(store.db) if e.event == "assessments.import"]
    finally:
        store.close()
    with_plan = {name for name, f in files.items() if f.own_plans}
    assert with_plan == {"Mevr. Wouters", "Fam. Pinas"}
    assert len(imports) == 2  # stored through the import, audited as one

    wouters = files["Mevr. Wouters"]
    (own,) = wouters.own_plans
    assert wouters.case.case_kind is CaseKind.WMO
    assert (own.kind, own.source) == ("persoonlijk-plan", "thuis")
    assert own.received_on == wouters.case.persoonlijk_plan_received
    assert own.received_on <= min(c.date for c in wouters.conversations)
    assert own.content["goals"][0]["text"] == "Ik wil in mijn eigen huis blijven wonen."
    assert own.content["actions"][1] == {
        "what": "Doet de grote boodschappen.",
        "who": "Marco Wouters",
        "when": "op zaterdag",
        "ongoing": False,
        "goal": 0,
    }
    authors = {a.author for g in wouters.goals for a in g.actions}
    assert authors == set(Author)
    assert wouters.goals[0].text == own.content["goals"][0]["text"]  # built on it
    assert wouters.goals[0].author is Author.CITIZEN
    (draft,) = wouters.plans
    assert draft.status is PlanStatus.DRAFT

    pinas = files["Fam. Pinas"]
    (own,) = pinas.own_plans
    assert pinas.case.case_kind is CaseKind.JEUGD
    assert (own.kind, own.source) == ("familiegroepsplan", "papier")
    assert own.received_on == pinas.case.familiegroepsplan_received
    takers = [p["name"] for p in own.content["written_with"] if p["takes_on"]]
    assert takers == ["Lucia Pinas", "Ricardo Pinas", "Ingrid Vos", "Dennis Kroon"]
    assert {p.name for p in pinas.network} >= set(takers)  # they are on the map too
    for action in (a for g in pinas.goals for a in g.actions):
        if action.actor_kind is ActorKind.NETWORK:
            assert action.author is Author.NETWORK
    (signed,) = pinas.plans
    assert signed.status is PlanStatus.SIGNED
    network = [s.name for s in signed.signatures if s.role is SignerRole.NETWORK]
    assert network == ["Lucia Pinas", "Ricardo Pinas", "Ingrid Vos"]
    snapshot = json.loads(signed.snapshot)
    assert snapshot["own_plan"]["content"] == own.content
    signers = [s["name"] for s in snapshot["signers"] if s["role"] == "netwerk"]
    assert sorted(signers) == sorted(takers)  # each once
