"""The own network in the store: undoable removal, versions per conversation (0002)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    Conversation,
    Goal,
    HelpKind,
    NetworkHelp,
    NetworkPerson,
    Ring,
    Sector,
)
from eigenkracht.core.network import compare, network_on, persons_from_snapshot
from eigenkracht.store import audit, migrations
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import NotFound, Repository

DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"


@pytest.fixture
def case_id(repo: Repository) -> int:
    created = repo.create_case(Case(reference="EK-2026-0400", household_name="Fam. Netwerk"))
    assert created.case.id is not None
    return created.case.id


def person(case_id: int, name: str, role: str, **fields: object) -> NetworkPerson:
    return NetworkPerson(case_id=case_id, name=name, role=role, **fields)  # type: ignore[arg-type]


def test_remove_and_restore_keep_id_helps_and_the_actions_that_named_the_person(
    repo: Repository, case_id: int
) -> None:
    marian = repo.add_person(
        person(
            case_id,
            "Marian de Vries",
            "dochter",
            ring=Ring.INTIMATE,
            helps=[NetworkHelp("financien", HelpKind.NOW, "leest de post")],
        )
    )
    assert marian.id is not None
    goal = repo.add_goal(
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
                )
            ],
        )
    )
    removed, action_ids = repo.remove_person(marian.id)
    assert removed.helps == [NetworkHelp("financien", HelpKind.NOW, "leest de post")]
    assert action_ids == [goal.actions[0].id]
    loaded = repo.load_case(case_id)
    assert loaded.network == []
    assert loaded.goals[0].actions[0].network_person_id is None

    back = repo.restore_person(removed, action_ids)
    assert back.id == marian.id
    loaded = repo.load_case(case_id)
    assert loaded.network == [back]
    assert loaded.goals[0].actions[0].network_person_id == marian.id
    assert repo.search("Marian") == [case_id]  # back in the search index too
    assert audit.verify(repo.db).ok
    with pytest.raises(NotFound):
        repo.remove_person(12345)


def test_ids_are_never_reused_and_restore_takes_a_new_id_only_when_taken(
    repo: Repository, case_id: int
) -> None:
    first = repo.add_person(person(case_id, "Els", "buurvrouw"))
    assert first.id is not None
    removed, _ = repo.remove_person(first.id)
    other = repo.add_person(person(case_id, "Kees", "buurman"))  # the newest id was freed
    assert other.id is not None and other.id > first.id
    back = repo.restore_person(removed)
    assert back.id == first.id
    again = repo.restore_person(removed)  # its id is taken now: a new one
    assert again.id not in (None, first.id, other.id)
    assert sorted(p.name for p in repo.network(case_id)) == ["Els", "Els", "Kees"]


def test_a_version_per_conversation_replaced_while_its_network_step_is_edited(
    repo: Repository, case_id: int
) -> None:
    intake = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    later = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 9, 7)))
    assert intake.id is not None and later.id is not None
    els = repo.add_person(person(case_id, "Els", "buurvrouw", sector=Sector.FRIENDS))
    truus = repo.add_person(person(case_id, "Truus", "oud-buurvrouw", sector=Sector.FRIENDS))
    repo.save_network_version(intake.id)
    assert els.id is not None and truus.id is not None

    # Between the two conversations: Truus moved away, Kees came, Els became closer.
    repo.update(NetworkPerson, truus.id, until=dt.date(2026, 6, 1))
    repo.update(NetworkPerson, els.id, ring=Ring.INTIMATE)
    repo.add_person(person(case_id, "Kees", "buurman", sector=Sector.FRIENDS))
    first = repo.save_network_version(later.id)
    second = repo.save_network_version(later.id)  # stored again: replaced, not added
    assert first.id == second.id

    versions = repo.network_versions(case_id)
    assert [v.conversation_id for v in versions] == [intake.id, later.id]
    then, now = versions[0].persons, versions[1].persons
    assert {p.name for p in then} == {"Els", "Truus"}
    assert {p.name for p in now} == {"Els", "Kees"}  # Truus left before the conversation
    change = compare(then, now)
    assert [p.name for p in change.joined] == ["Kees"]
    assert [p.name for p in change.left] == ["Truus"]
    assert [(m.before.ring, m.after.ring) for m in change.moved] == [(Ring.FRIEND, Ring.INTIMATE)]
    # The live network still has everybody, with dates: older moments can be rebuilt.
    assert {p.name for p in network_on(repo.network(case_id), dt.date(2026, 3, 2))} == {
        "Els",
        "Truus",
        "Kees",  # no since date: counted as always there
    }
    events = [e.event for e in audit.entries(repo.db, "EK-2026-0400")]
    assert "network_versions.update" in events and "network_versions.read" in events


def test_a_person_who_came_later_is_not_in_an_older_conversations_version(
    repo: Repository, case_id: int
) -> None:
    """One rule for "on the map on a day" (core.network.on_map): already there (since)
    and not yet left (until). Els came in September, after the intake."""
    intake = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    assert intake.id is not None
    repo.add_person(person(case_id, "Truus", "buurvrouw", since=dt.date(2026, 3, 2)))
    repo.add_person(person(case_id, "Els", "nicht", since=dt.date(2026, 9, 7)))
    version = repo.save_network_version(intake.id)
    assert [p.name for p in version.persons] == ["Truus"]
    assert [p.name for p in repo.network_versions(case_id)[0].persons] == ["Truus"]


def test_a_snapshot_is_canonical_json_that_reads_back(repo: Repository, case_id: int) -> None:
    conversation = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    assert conversation.id is not None
    repo.add_person(
        person(
            case_id,
            "Zoë Ĳsbrand",
            "nicht",
            since=dt.date(2025, 1, 1),
            helps=[NetworkHelp("werk-opleiding", HelpKind.COULD, "huiswerk €")],
        )
    )
    version = repo.save_network_version(conversation.id)
    text = repo.db.execute(
        "SELECT snapshot FROM network_versions WHERE id = ?", [version.id]
    ).fetchone()[0]
    assert '"format":1' in text and ": " not in text
    assert persons_from_snapshot(text) == repo.network(case_id)


def test_versions_go_with_their_conversation_and_case(repo: Repository, case_id: int) -> None:
    conversation = repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 3, 2)))
    assert conversation.id is not None
    repo.save_network_version(conversation.id)
    repo.delete(Conversation, conversation.id)
    assert repo.network_versions(case_id) == []
    assert repo.db.execute("SELECT count(*) FROM network_versions").fetchone()[0] == 0


def test_the_0001_sample_migrates_to_network_versions_and_keeps_its_network(
    tmp_path: Path,
) -> None:
    sample = DATA / "schema_0001.db"
    db = tmp_path / sample.name
    shutil.copy2(sample, db)
    shutil.copy2(sample.with_name(sample.name + ".kdf"), tmp_path / (sample.name + ".kdf"))
    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        assert "0002_network_versions" in store.schema_names()
        assert store.schema_names() == migrations.known_names()
        assert "network_versions" in store.db.table_names()
        repo = Repository(store)
        cases = repo.list_cases()
        networks = {c.id: repo.network(c.id) for c in cases}
        assert sum(len(n) for n in networks.values()) >= 5
        biggest = max(networks, key=lambda i: len(networks[i]))
        assert len(networks[biggest]) >= 20
        # No version yet: the moments are rebuilt from the dates on the map.
        assert repo.network_versions(biggest) == []
        conversation = repo.load_case(biggest).conversations[-1]
        assert conversation.id is not None
        version = repo.save_network_version(conversation.id)
        assert version.persons
        assert store.integrity_problems() == []
        assert audit.verify(store.db).ok
    finally:
        store.close()
