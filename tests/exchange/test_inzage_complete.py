"""The inzage carries everything held about the case (AVG art. 15, issue 16 item 1).

A demo database, one household filled further through the store API (the network kept
at each conversation, then "Cor Visser" removed, a signed plan, contact details), its
export, and a check written over sqlite_master: every row of every table that belongs to
the case (by case_id, or through a foreign key to conversations, assessments, goals,
plans, network persons ... to any depth) must be in the export with every column's
value. A table the check does not know how to link to a case fails it too, so a table a
later migration adds has to be decided on. The check itself is shown to fail: on the
export as it was before (no network versions), on a dropped row, on a changed value and
on a table keyed otherwise."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eigenkracht import cli
from eigenkracht.core.model import (
    Agreement,
    Case,
    Conversation,
    Member,
    NetworkPerson,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.demo import build_demo
from eigenkracht.exchange import inzage
from eigenkracht.exchange.inzage_summary import render_summary
from eigenkracht.store.database import Store, create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf

REMOVED = "Cor Visser"

# Tables that hold no row of one case, and why. Any other table must link to a case.
NOT_CASE_DATA = {
    "meta": "settings of the database file (the head of the access log)",
    "_sqlite_migrations": "which migrations ran",
    "sqlite_sequence": "SQLite's counters for AUTOINCREMENT",
    "instrument_definitions": "shared by all cases; those the case used are checked apart",
    "audit_log": "no case_id: checked apart by case reference",
}
# The tables of a case the store API fills (the test case has rows in each).
CASE_TABLES = [
    "cases",
    "members",
    "conversations",
    "assessments",
    "domain_scores",
    "network_persons",
    "network_help",
    "network_versions",
    "goals",
    "actions",
    "plan_versions",
    "signatures",
]
# Columns of the access log the export leaves out, and why.
LOG_LEFT_OUT = {
    "case_ref": "every row carried is of this case",
    "prev_hash": "the chain's link, not about the person; the head is carried",
    "hash": "the chain's link, not about the person; the head is carried",
}


# -- the check, over the schema -------------------------------------------------------


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema(db: Any) -> tuple[list[str], set[str]]:
    """The tables to look at, and the virtual (FTS) tables with their shadow tables."""
    rows = db.execute("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table'")
    rows = rows.fetchall()
    virtual = {n for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")}
    for name, sql in rows:
        if name in virtual:
            # contentless: the index holds no copy of the case's text (nothing to carry)
            assert "content = ''" in sql or "content=''" in sql, name
    shadow = {n for n, _ in rows if any(n.startswith(v + "_") for v in virtual)}
    plain = sorted(n for n, _ in rows if n not in virtual | shadow)
    return plain, virtual | shadow


def links(db: Any, table: str, tables: list[str]) -> list[tuple[str, str]]:
    """(column, parent table) of each column that points at another table: a declared
    foreign key, or a name like conversation_id / plan_version_id / case_id."""
    found = [(str(r[3]), str(r[2])) for r in db.execute(f"PRAGMA foreign_key_list({q(table)})")]
    declared = {c for c, _ in found}
    for row in db.execute(f"PRAGMA table_info({q(table)})"):
        column = str(row[1])
        if column in declared or not column.endswith("_id"):
            continue
        stem = column[:-3]
        for parent in (stem + "s", stem, "network_" + stem + "s"):
            if parent in tables and parent != table:
                found.append((column, parent))
                break
    return found


def case_rows(db: Any, case_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table that belongs to the case. Fails on a table that neither
    links to the case nor is in NOT_CASE_DATA."""
    tables, _ = schema(db)
    linked = {t: links(db, t, tables) for t in tables}
    rows: dict[str, dict[int, dict[str, Any]]] = {"cases": {}}
    for row in db.query("SELECT rowid AS __rowid, * FROM cases WHERE id = ?", [case_id]):
        rows["cases"][row["__rowid"]] = row
    ids: dict[str, set[Any]] = {"cases": {case_id}}
    grew = True
    while grew:
        grew = False
        for table in tables:
            if table == "cases" or table in NOT_CASE_DATA:
                continue
            parents = [(c, p) for c, p in linked[table] if p in ids]
            if not parents:
                continue
            found = rows.setdefault(table, {})
            for row in db.query(f"SELECT rowid AS __rowid, * FROM {q(table)}"):
                if row["__rowid"] in found:
                    continue
                if any(row.get(c) is not None and row[c] in ids[p] for c, p in parents):
                    found[row["__rowid"]] = row
                    ids.setdefault(table, set()).add(row.get("id", row["__rowid"]))
                    grew = True
    unknown = [t for t in tables if t not in rows and t not in NOT_CASE_DATA and not linked[t]]
    assert unknown == [], f"tables the check cannot link to a case: {unknown}"
    return {
        t: [{k: v for k, v in r.items() if k != "__rowid"} for r in found.values()]
        for t, found in rows.items()
    }


def dicts(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from dicts(v)


def same(stored: Any, exported: Any) -> bool:
    """A database value and its value in the export (JSON): equal as the mapping makes
    them (booleans 0/1, lists as JSON text, bytes as base64)."""
    if isinstance(exported, bool):
        return stored == int(exported)
    if isinstance(exported, list | dict) and isinstance(stored, str):
        try:
            return bool(json.loads(stored) == exported)
        except ValueError:
            return False
    if isinstance(stored, bytes):
        import base64

        return exported == {"base64": base64.b64encode(stored).decode("ascii")}
    return bool(stored == exported) and type(stored) is type(exported)


def carried(row: dict[str, Any], skip: set[str], candidates: list[dict[str, Any]]) -> int | None:
    """The index of a candidate that holds every column of the row (columns in `skip`
    may be left out: the links the export's nesting says), or None."""
    for index, candidate in enumerate(candidates):
        ok = True
        for column, value in row.items():
            if column in candidate:
                if not same(value, candidate[column]):
                    ok = False
                    break
            elif column not in skip:
                ok = False
                break
        if ok:
            return index
    return None


def missing_from_export(db: Any, case_id: int, document: dict[str, Any]) -> list[str]:
    """What the database holds about the case that the export does not carry."""
    tables, _ = schema(db)
    problems = []
    held = case_rows(db, case_id)
    everything = list(dicts(document))
    for table, rows in sorted(held.items()):
        # a link the export's nesting says may be left out, and so may `id`, a row's
        # number: where the export has none (a score, what a person helps with) a row
        # is matched by all its other columns
        skip = {c for c, _ in links(db, table, tables)} | {"id"}
        left = list(everything)
        for row in rows:
            index = carried(row, skip, left)
            if index is None:
                problems.append(f"{table}: {row.get('id', row)} is not in the export")
            else:
                left.pop(index)  # each object of the export carries one row
    reference = held["cases"][0]["reference"]
    log = document.get("access_log", [])
    for row in db.query("SELECT * FROM audit_log WHERE case_ref = ? ORDER BY id", [reference]):
        if carried(row, set(LOG_LEFT_OUT), log) is None:
            problems.append(f"audit_log: {row['id']} ({row['event']}) is not in the export")
    used = {(a["instrument_id"], a["instrument_version"]) for a in held.get("assessments", [])}
    used |= {tuple(g["instrument"].split("@", 1)) for g in held.get("goals", []) if g["instrument"]}
    for ident, version in sorted(used):
        kept = db.execute(
            "SELECT source_text FROM instrument_definitions"
            " WHERE instrument_id = ? AND version = ?",
            [ident, version],
        ).fetchone()
        sections = [
            i
            for i in document.get("instruments", [])
            if (i["id"], i["version"]) == (ident, version)
        ]
        if kept and not any(i["definition"] == kept[0] for i in sections):
            problems.append(f"instrument_definitions: {ident} {version} is not in the export")
    return problems


# -- the case -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    """The demo database; the Van Dijk household gets its network kept at each
    conversation, then Cor Visser removed (only the kept networks still hold him), a
    signed plan and contact details."""
    path = tmp_path_factory.mktemp("compleet") / "demo.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="demo")
    build_demo(repo, today=TODAY)
    summary = next(c for c in repo.list_cases() if "Van Dijk" in c.household_name)
    case_id = summary.id
    case_file = repo.load_case(case_id)
    for conversation in case_file.conversations:
        assert conversation.id is not None
        repo.save_network_version(conversation.id)
    cor = next(p for p in case_file.network if p.name == REMOVED)
    assert cor.id is not None
    repo.remove_person(cor.id)
    member = case_file.members[0]
    assert member.id is not None
    repo.update(
        Member, member.id, phone="06-12345678", email="henk@example.org", address="Dorpsstraat 1"
    )
    plan = repo.new_plan_version(case_id, agreements="Samen verder.", remarks="<b>vet</b>")
    assert plan.id is not None
    signatures = [
        Signature(SignerRole.CITIZEN, "Henk van Dijk", TODAY, "Oosterveld"),
        Signature(
            SignerRole.NETWORK,
            "Ingrid van Dijk",
            TODAY,
            agreement=Agreement.WITH_REMARKS,
            remarks="Ik kan alleen op zaterdag.",
        ),
    ]
    snapshot = build_snapshot(
        repo.load_case(case_id), repo.catalogue(), plan, today=TODAY, signatures=signatures
    )
    repo.sign_plan(plan.id, snapshot, signatures)
    store.close()
    return path, summary.reference, case_id


def export(path: Path, reference: str, tmp_path: Path, *extra: str) -> tuple[dict[str, Any], str]:
    out = tmp_path / "inzage.json"
    env_args = ["export", "--db", str(path), "--case", reference, "--out", str(out), *extra]
    assert cli.main(env_args) == 0
    return json.loads(out.read_text(encoding="utf-8")), (tmp_path / "inzage.html").read_text(
        encoding="utf-8"
    )


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


def opened(path: Path) -> Store:
    return open_database(path, PASSPHRASE)


# -- the tests ------------------------------------------------------------------------


def test_the_export_carries_every_row_of_the_case(
    demo: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, reference, case_id = demo
    document, _ = export(path, reference, tmp_path)
    capsys.readouterr()
    store = opened(path)
    try:
        held = case_rows(store.db, case_id)
        # the case really fills every table of a case that the store API has
        for table in CASE_TABLES:
            assert held.get(table), f"the test case has no row in {table}"
        assert missing_from_export(store.db, case_id, document) == []
    finally:
        store.close()
    assert document["version"] == inzage.VERSION == 2
    # the removed person: gone from the network, still in the kept networks, exported
    assert REMOVED not in [p["name"] for p in document["case_file"]["network"]]
    kept = [p["name"] for v in document["network_versions"] for p in v["persons"]]
    assert REMOVED in kept
    assert REMOVED in document["network_versions"][0]["snapshot"]
    # the export's own row is in its access log, with what was touched
    assert document["access_log"][-1]["event"] == "cases.export"
    assert any(r["object"].startswith("network_persons:") for r in document["access_log"])
    assert document["access_log_head"]["id"] == document["access_log"][-1]["id"]


def test_the_check_finds_what_an_export_leaves_out(
    demo: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, reference, case_id = demo
    document, _ = export(path, reference, tmp_path)
    capsys.readouterr()
    store = opened(path)
    try:
        # the export as it was made before: the case file and the log, no kept networks
        old = copy.deepcopy(document)
        del old["network_versions"]
        assert any(
            p.startswith("network_versions:") for p in missing_from_export(store.db, case_id, old)
        )
        dropped = copy.deepcopy(document)
        dropped["case_file"]["assessments"][0]["scores"].pop()
        assert any(
            p.startswith("domain_scores:") for p in missing_from_export(store.db, case_id, dropped)
        )
        changed = copy.deepcopy(document)
        changed["case_file"]["members"][0]["phone"] = "06-00000000"
        assert any(
            p.startswith("members:") for p in missing_from_export(store.db, case_id, changed)
        )
        no_log = copy.deepcopy(document)
        no_log["access_log"].pop(0)
        assert any(
            p.startswith("audit_log:") for p in missing_from_export(store.db, case_id, no_log)
        )
        no_definition = copy.deepcopy(document)
        no_definition["instruments"][0]["definition"] = "format = 1\n"
        assert any(
            p.startswith("instrument_definitions:")
            for p in missing_from_export(store.db, case_id, no_definition)
        )
        signed = copy.deepcopy(document)
        signed["case_file"]["plans"][-1]["signatures"].pop()
        assert any(
            p.startswith("signatures:") for p in missing_from_export(store.db, case_id, signed)
        )
    finally:
        store.close()


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[Store, Repository, int]]:
    store = create_database(tmp_path / "klein.db", PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="test")
    created = repo.create_case(
        Case(reference="EK-2026-0099", household_name="Mevr. Nieuw"),
        [Member(case_id=0, name="Nel Nieuw")],
    )
    case_id = created.case.id
    assert case_id is not None
    repo.add_conversation(Conversation(case_id=case_id, date=dt.date(2026, 11, 2)))
    repo.add_person(NetworkPerson(case_id=case_id, name="Bert Buur", role="buurman"))
    yield store, repo, case_id
    store.close()


def test_a_table_added_later_is_exported_and_checked(
    small: tuple[Store, Repository, int],
) -> None:
    """A table a later migration adds (here made by hand) is carried without a change to
    the export, rows of its own children too, and the check sees it."""
    store, repo, case_id = small
    other = repo.create_case(Case(reference="EK-2026-0100", household_name="Ander"))
    db = store.db
    with store.transaction():
        db.execute(
            "CREATE TABLE future_notes (id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, body TEXT)"
        )
        db.execute(
            "CREATE TABLE future_parts (id INTEGER PRIMARY KEY,"
            " note_id INTEGER REFERENCES future_notes(id), data BLOB, weight REAL)"
        )
        db.execute(
            "INSERT INTO future_notes (id, case_id, body) VALUES (1, ?, ?), (2, ?, 'niet van u')",
            [case_id, "Bert Buur <script>alert(1)</script>", other.case.id],
        )
        db.execute(
            "INSERT INTO future_parts (note_id, data, weight)"
            " VALUES (1, x'00ff', 1.5), (2, x'01', 2)"
        )
    made = inzage.export_case(repo, case_id)
    tables = made.document["other_tables"]
    assert tables["future_notes"] == [
        {"id": 1, "case_id": case_id, "body": "Bert Buur <script>alert(1)</script>"}
    ]
    assert tables["future_parts"] == [
        {"id": 1, "note_id": 1, "data": {"base64": "AP8="}, "weight": 1.5}
    ]
    assert missing_from_export(db, case_id, made.document) == []
    # the check is not fooled: without them, it names both
    bare = copy.deepcopy(made.document)
    bare["other_tables"] = {}
    found = missing_from_export(db, case_id, bare)
    assert any(p.startswith("future_notes:") for p in found)
    assert any(p.startswith("future_parts:") for p in found)
    # it reads back, and the summary shows the rows as text
    back = inzage.loads(inzage.dumps(made.document))
    assert back.other_tables == tables
    page = render_summary(back)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
    # pseudonymised, the network person's name leaves these rows too
    hidden = inzage.export_case(repo, case_id, pseudonymise=True)
    assert "Bert Buur" not in inzage.dumps(hidden.document)
    assert hidden.document["other_tables"]["future_notes"][0]["body"].startswith("buurman")


def test_a_table_the_check_cannot_link_fails_it(small: tuple[Store, Repository, int]) -> None:
    store, repo, case_id = small
    with store.transaction():
        store.db.execute("CREATE TABLE loose_notes (reference TEXT, body TEXT)")
        store.db.execute("INSERT INTO loose_notes VALUES ('EK-2026-0099', 'los')")
    document = inzage.export_case(repo, case_id).document
    with pytest.raises(AssertionError, match="loose_notes"):
        missing_from_export(store.db, case_id, document)


def test_pseudonymised_the_removed_person_is_named_by_role_only(
    demo: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, reference, _ = demo
    document, page = export(path, reference, tmp_path, "--pseudonymise")
    capsys.readouterr()
    text = json.dumps(document, ensure_ascii=False)
    for name in (REMOVED, "Ingrid van Dijk", "Wim en Anneke Vos"):
        assert name not in text, name
        assert name not in page, name
    assert document["pseudonymised"] is True
    kept = [p["name"] for p in document["network_versions"][0]["persons"]]
    assert "vismaat" in kept
    assert "vismaat" in document["network_versions"][0]["snapshot"]
    assert "Henk van Dijk" in text  # the household keeps its names
    assert "namen van andere mensen" in page.lower()


def test_own_plans_and_imports_are_exported(small: tuple[Store, Repository, int]) -> None:
    """The tables of migration 0006 (the citizen's own plan, the files taken in): the case
    file carries own_plans but not their search column, and no model part holds imports,
    so both go out whole in other_tables as well."""
    store, repo, case_id = small
    tables, _ = schema(store.db)
    if "own_plans" not in tables:
        pytest.skip("migration 0006 is not there yet")
    plan = {"kind": "persoonlijk-plan", "goals": [{"text": "Zelf koken", "domain": ""}]}
    with store.transaction():
        store.db.execute(
            "INSERT INTO own_plans (case_id, kind, received_on, content, words, created_at)"
            " VALUES (?, 'persoonlijk-plan', '2026-11-02', ?, 'Zelf koken',"
            " '2026-11-02T10:00:00Z')",
            [case_id, json.dumps(plan)],
        )
        store.db.execute(
            "INSERT INTO imports (case_id, digest, saved_at, imported_at, content)"
            " VALUES (?, ?, '2026-11-01T20:00:00Z', '2026-11-02T10:00:00Z', ?)",
            [case_id, "ab" * 32, json.dumps({"question": "Hulp bij koken met Bert Buur"})],
        )
    made = inzage.export_case(repo, case_id)
    assert missing_from_export(store.db, case_id, made.document) == []
    assert made.document["case_file"]["own_plans"][0]["content"] == plan
    assert made.document["other_tables"]["imports"][0]["digest"] == "ab" * 32
    page = render_summary(inzage.loads(inzage.dumps(made.document)))
    assert "Uw eigen plan, binnengekomen op 2 november 2026" in page
    assert "Wat u wilt bereiken:" in page and '<li class="text">Zelf koken</li>' in page
    assert "Op 2 november 2026 is een vragenlijst ingelezen die u thuis invulde" in page
    assert "&quot;kind&quot;" not in page and "persoonlijk-plan" not in page  # no raw JSON
    hidden = inzage.export_case(repo, case_id, pseudonymise=True)
    assert "Bert Buur" not in inzage.dumps(hidden.document)


def test_every_demo_household_is_exported_whole(demo: tuple[Path, str, int]) -> None:
    """Every household of the demo (whatever the demo files come to hold), checked the same
    way; and each export's summary is written without a problem."""
    path, _, _ = demo
    store = opened(path)
    try:
        repo = Repository(store, origin="test")
        cases = repo.list_cases()
        assert len(cases) >= 7
        for case in cases:
            made = inzage.export_case(repo, case.id)
            assert missing_from_export(store.db, case.id, made.document) == [], case.reference
            assert "Wat wij over u bewaren" in render_summary(
                inzage.loads(inzage.dumps(made.document))
            )
    finally:
        store.close()
