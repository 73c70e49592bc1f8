"""A pseudonymised export names third parties by their role, nowhere by name."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    Conversation,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Signature,
    SignerRole,
)
from eigenkracht.exchange import inzage
from eigenkracht.store import audit
from eigenkracht.store.database import create_database, now_iso
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

THIRD_PARTIES = ("Marian de Vries", "Karin Ĳzerman", "Els Kramer")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "netwerk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    created = repo.create_case(
        Case(reference="EK-2026-0042", household_name="Mevr. De Vries"),
        [Member(case_id=0, name="Greet de Vries", role="aanvrager")],
    )
    case_id = created.case.id
    assert case_id is not None
    repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=dt.date(2026, 10, 1),
            present=["Greet de Vries", "Marian de Vries (dochter)"],
            notes="Marian de Vries doet de boodschappen. Els kramer helpt soms.",
        )
    )
    marian = repo.add_person(
        NetworkPerson(
            case_id=case_id,
            name="Marian de Vries",
            role="dochter",
            is_mantelzorger=True,
            overburdened=True,
            helps=[NetworkHelp("financien", HelpKind.NOW, "leest de post")],
        )
    )
    repo.add_person(NetworkPerson(case_id=case_id, name="Karin Ĳzerman", role="dochter"))
    repo.add_person(NetworkPerson(case_id=case_id, name="Els Kramer", role="buurvrouw"))
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="De post is op orde.",
            actions=[
                Action(
                    goal_id=0,
                    what="Leest de post voor",
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=marian.id,
                ),
                Action(
                    goal_id=0,
                    what="Gaat mee naar de bank",
                    actor_kind=ActorKind.VOLUNTEER,
                    actor_name="Els Kramer",
                ),
            ],
        )
    )
    plan = repo.new_plan_version(case_id)
    assert plan.id is not None
    snapshot = {"network": [{"name": n} for n in THIRD_PARTIES]}
    repo.sign_plan(
        plan.id,
        snapshot,
        [
            Signature(SignerRole.CITIZEN, "Greet de Vries", dt.date(2026, 10, 1)),
            Signature(SignerRole.NETWORK, "Marian de Vries", dt.date(2026, 10, 1)),
        ],
    )
    store.close()
    return path


def test_pseudonymised_case_file_has_roles_not_names(db: Path) -> None:
    from eigenkracht.store.database import open_database

    store = open_database(db, PASSPHRASE)
    try:
        repo = Repository(store)
        case = repo.find_case("EK-2026-0042")
        assert case is not None and case.id is not None
        case_file = repo.load_case(case.id)
        hidden = inzage.pseudonymise(case_file)
        document = inzage.build(hidden, audit.entries(repo.db, case.reference), now_iso())
    finally:
        store.close()
    text = inzage.dumps(document)
    for name in THIRD_PARTIES:
        assert name not in text
        assert name.lower() not in text.lower()
    assert [p.name for p in hidden.network] == ["dochter 1", "dochter 2", "buurvrouw"]
    assert hidden.goals[0].actions[1].actor_name == "buurvrouw"
    assert hidden.goals[0].actions[0].network_person_id == hidden.network[0].id
    assert "dochter 1 doet de boodschappen" in hidden.conversations[0].notes
    assert hidden.members[0].name == "Greet de Vries"  # the household keeps its names
    assert [s.name for s in hidden.plans[0].signatures] == ["Greet de Vries", "dochter 1"]
    # still a valid export that reads back
    assert inzage.loads(text).case_file.network[2].name == "buurvrouw"
    # the original is untouched
    assert case_file.network[0].name == "Marian de Vries"


def test_export_pseudonymise_option(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    plain, hidden = tmp_path / "gewoon.json", tmp_path / "verborgen.json"
    args = ["export", "--db", str(db), "--case", "EK-2026-0042"]
    assert cli.main([*args, "--out", str(plain)]) == 0
    assert cli.main([*args, "--out", str(hidden), "--pseudonymise"]) == 0
    capsys.readouterr()
    assert "Marian de Vries" in plain.read_text(encoding="utf-8")
    text = hidden.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == "eigenkracht-inzage"
    for name in THIRD_PARTIES:
        assert name not in text
