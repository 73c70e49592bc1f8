"""Hand-over between two real encrypted databases: the sender exports a demo case as a
bundle, the receiver takes it in whole (same uids, signed versions still verifiable,
the audit trail along), a second bundle of the changed case shows its differences and
changes nothing until the receiver chooses; both access logs record the hand-over."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenkracht.core.model import PlanStatus
from eigenkracht.demo import build_demo
from eigenkracht.exchange import bundle as bundles
from eigenkracht.store import audit
from eigenkracht.store.database import Store, create_database
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf

CODE = "zonnebloem 42"
CHEAP = bundles.KdfSettings(time_cost=1, memory_cost_kib=8)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Repository, Repository]]:
    stores: list[Store] = []
    repos = []
    for name, worker in (("zender.db", "s.bakker"), ("ontvanger.db", "a.yilmaz")):
        store = create_database(tmp_path / name, PASSPHRASE, worker=worker, kdf_params=cheap_kdf())
        stores.append(store)
        repos.append(Repository(store, origin="test"))
    build_demo(repos[0], today=TODAY)
    yield repos[0], repos[1]
    for store in stores:
        store.close()


def _signed_case(repo: Repository) -> int:
    for summary in repo.list_cases():
        case_file = repo.load_case(summary.id)
        if any(p.status is PlanStatus.SIGNED for p in case_file.plans):
            return summary.id
    raise AssertionError("the demo has a signed plan")


def _events(repo: Repository, event: str) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(repo.db) if e.event == event]


def test_a_new_case_is_taken_in_whole(two: tuple[Repository, Repository], tmp_path: Path) -> None:
    sender, receiver = two
    case_id = _signed_case(sender)
    out = tmp_path / "overdracht.ekb"
    sender.export_bundle([case_id], "A. Yilmaz", CODE, out, mark_handed_over=True, kdf=CHEAP)
    assert out.stat().st_mode & 0o777 == 0o600
    sent = sender.load_case(case_id)
    assert sent.case.handed_over_to == "A. Yilmaz" and sent.case.handed_over_on is not None
    assert [e.action for e in _events(sender, "cases.handover_out")] == ["E"]

    opened = receiver.read_bundle(out.read_bytes(), CODE)
    (review,) = receiver.review_bundle(opened)
    assert review.is_new
    receiver.import_bundle(opened)
    (summary,) = receiver.list_cases()
    got = receiver.load_case(summary.id)
    assert got.case.uid == sent.case.uid
    assert got.case.reference == sent.case.reference
    assert got.case.handed_over_on is None
    assert len(got.conversations) == len(sent.conversations)
    assert [len(a.scores) for a in got.assessments] == [len(a.scores) for a in sent.assessments]
    assert [p.name for p in got.network] == [p.name for p in sent.network]
    assert [[a.what for a in g.actions] for g in got.goals] == [
        [a.what for a in g.actions] for g in sent.goals
    ]
    for mine, theirs in zip(got.plans, sent.plans, strict=True):
        assert (mine.status, mine.fingerprint, mine.snapshot) == (
            theirs.status,
            theirs.fingerprint,
            theirs.snapshot,
        )
        if mine.status is PlanStatus.SIGNED:
            assert hashlib.sha256(mine.snapshot.encode()).hexdigest() == mine.fingerprint
            assert len(mine.signatures) == len(theirs.signatures)
    for table in ("conversations", "goals", "plan_versions"):
        sql = f"SELECT uid FROM {table} WHERE case_id = ? ORDER BY uid"
        assert (
            receiver.db.execute(sql, [summary.id]).fetchall()
            == sender.db.execute(sql, [case_id]).fetchall()
        )
    assert [e.action for e in _events(receiver, "cases.handover_in")] == ["C"]
    assert audit.verify(receiver.db).ok and audit.verify(sender.db).ok
    (record,) = [h for h in receiver.handovers(summary.id) if h["direction"] == "in"]
    assert record["other_database"] == sender.database_uid()
    # The sender's audit rows travelled and each still checks out.
    assert opened.cases[0].audit
    assert all(audit.row_hash(r) == r["hash"] for r in opened.cases[0].audit)
    # The same bundle again: the case is there and the same; nothing changes.
    again = receiver.review_bundle(receiver.read_bundle(out.read_bytes(), CODE))
    assert again[0].same


def test_an_existing_case_shows_differences_and_waits_for_a_choice(
    two: tuple[Repository, Repository], tmp_path: Path
) -> None:
    sender, receiver = two
    case_id = _signed_case(sender)
    first = tmp_path / "een.ekb"
    sender.export_bundle([case_id], "A. Yilmaz", CODE, first, kdf=CHEAP)
    receiver.import_bundle(receiver.read_bundle(first.read_bytes(), CODE))
    (local,) = [s.id for s in receiver.list_cases()]
    conversation = sender.load_case(case_id).conversations[0]
    assert conversation.id is not None
    sender.update(type(conversation), conversation.id, notes="Nieuw van de afzender.")
    second = tmp_path / "twee.ekb"
    sender.export_bundle([case_id], "A. Yilmaz", CODE, second, kdf=CHEAP)
    opened = receiver.read_bundle(second.read_bytes(), CODE)
    (review,) = receiver.review_bundle(opened)
    assert review.local_id == local and not review.same
    (diff,) = [d for d in review.differences if d.section == "conversations"]
    assert diff.kind == "gewijzigd"
    assert [f.field for f in diff.fields] == ["notes"]
    assert diff.fields[0].theirs == "Nieuw van de afzender."
    before = receiver.load_case(local)
    with pytest.raises(InvalidValue, match="kies per dossier"):
        receiver.import_bundle(opened)
    receiver.import_bundle(opened, {review.uid: "mine"})
    assert receiver.load_case(local) == before
    receiver.import_bundle(opened, {review.uid: "theirs"})
    after = receiver.load_case(local)
    assert after.case.id == local
    assert after.conversations[0].notes == "Nieuw van de afzender."
    assert [e.result for e in _events(receiver, "cases.handover_in")] == ["ok", "behouden", "ok"]
    assert receiver.review_bundle(opened)[0].same
    assert audit.verify(receiver.db).ok


def test_refusals_change_nothing(two: tuple[Repository, Repository], tmp_path: Path) -> None:
    sender, receiver = two
    case_id = _signed_case(sender)
    out = tmp_path / "overdracht.ekb"
    sender.export_bundle([case_id], "A. Yilmaz", CODE, out, kdf=CHEAP)
    data = out.read_bytes()
    with pytest.raises(bundles.WrongCode):
        receiver.read_bundle(data, "verkeerde code")
    with pytest.raises(bundles.BundleError, match="in deze database gemaakt"):
        sender.read_bundle(data, CODE)
    for_other = tmp_path / "ander.ekb"
    sender.export_bundle(
        [case_id], "A. Yilmaz", CODE, for_other, recipient_database="f" * 32, kdf=CHEAP
    )
    with pytest.raises(bundles.BundleError, match="andere database"):
        receiver.read_bundle(for_other.read_bytes(), CODE)
    assert receiver.list_cases() == []
    # A file that cannot be written records nothing.
    rows = len(audit.entries(sender.db))
    with pytest.raises(FileNotFoundError):
        sender.export_bundle([case_id], "A. Yilmaz", CODE, tmp_path / "nee" / "x.ekb", kdf=CHEAP)
    assert len(audit.entries(sender.db)) == rows
