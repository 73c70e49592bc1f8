"""Everything held about one case, for the inzage (AVG art. 15; exchange/inzage.py).

`case_holdings` reads in one transaction (audited as one read of the case):

- the case file (`CaseFile`: the tables the model maps, store.repo.base.TABLES);
- the stored network of every conversation (table network_versions) with the exact
  text kept and the persons read from it, also a damaged one;
- the exact definitions kept of the instruments the case was scored with;
- the rows of every other table that belongs to the case, column by column: a table
  the case file does not carry, or not with every column (a column its dataclass lacks,
  such as a search text), goes out whole in `other_tables`.

Which tables belong to a case is read from the schema (sqlite_master), not from a list,
so a table a later migration adds is carried too: a table belongs to the case when it has
a `case_id` column or a foreign key to a table that belongs to it (cases itself,
conversations, assessments, goals, plan versions, network persons ...), to any depth.
Not case data: the migrations, the settings (meta), the instrument definitions (shared
by all cases; the ones the case uses are carried), the search index (a contentless FTS
index of the case's own text) and the access log, which is carried by case reference
(`case_log`).
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import typing
from typing import Any

from sqlite_utils import Database

from eigenkracht.core.holdings import CaseHoldings, StoredNetwork
from eigenkracht.core.model import CaseFile, NetworkPerson
from eigenkracht.core.network import persons_from_snapshot
from eigenkracht.core.serial import SerialError
from eigenkracht.store import audit
from eigenkracht.store.audit import AuditEntry
from eigenkracht.store.mapping import columns
from eigenkracht.store.repo.base import TABLES, RepositoryBase

# The network versions: carried in their own shape (CaseHoldings.network_versions).
OWN_SHAPE = frozenset({"network_versions"})
# Tables that hold no row of one case (see the module doc). The access log is carried
# by case reference; every other table is looked at.
NOT_CASE_TABLES = frozenset({"meta", "instrument_definitions", "audit_log", "_sqlite_migrations"})


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _user_tables(db: Database) -> list[str]:
    """The ordinary tables of the schema (sqlite_master): without SQLite's own, the
    virtual tables and their shadow tables."""
    rows = db.execute(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [str(n) for n, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        str(name)
        for name, _sql in rows
        if not str(name).startswith("sqlite_")
        and str(name) not in virtual
        and not any(str(name).startswith(v + "_") for v in virtual)
    ]


def case_tables(db: Database) -> dict[str, str]:
    """Every table that holds rows of a case, with the WHERE clause that selects the
    rows of case `:case` (see the module doc); `cases` is one of them."""
    tables = [t for t in _user_tables(db) if t not in NOT_CASE_TABLES]
    columns = {
        t: [str(r[1]) for r in db.execute(f"PRAGMA table_info({_quote(t)})")] for t in tables
    }
    keys: dict[str, list[tuple[str, str, str]]] = {}  # table -> (column, parent, parent column)
    for table in tables:
        found = []
        for row in db.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall():
            parent, column, target = str(row[2]), str(row[3]), row[4]
            found.append((column, parent, str(target) if target else "rowid"))
        keys[table] = found
    linked = {"cases"}
    grew = True
    while grew:
        grew = False
        for table in tables:
            if table in linked:
                continue
            if "case_id" in columns[table] or any(p in linked for _c, p, _t in keys[table]):
                linked.add(table)
                grew = True

    def where(table: str, seen: frozenset[str]) -> str:
        if table == "cases":
            return "id = :case"
        parts = ["case_id = :case"] if "case_id" in columns[table] else []
        for column, parent, target in keys[table]:
            if parent == "cases" and target == "id":
                if column != "case_id":
                    parts.append(f"{_quote(column)} = :case")
            elif parent in linked and parent not in seen:
                inner = where(parent, seen | {table})
                parts.append(
                    f"{_quote(column)} IN (SELECT {_quote(target)} FROM {_quote(parent)}"
                    f" WHERE {inner})"
                )
        return " OR ".join(f"({p})" for p in parts) or "0"

    return {t: where(t, frozenset({t})) for t in tables if t in linked}


def _plain(value: Any) -> Any:
    """A column value as JSON can carry it: bytes as {"base64": ...}."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def table_rows(db: Database, table: str, clause: str, case_id: int) -> list[dict[str, Any]]:
    """The rows of `table` that `clause` (from case_tables) selects for one case, in the
    order of their primary key (else of their rowid), column -> value."""
    info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    keys = [str(r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5]]
    order = ", ".join(_quote(k) for k in keys) if keys else "rowid"
    cursor = db.execute(
        f"SELECT * FROM {_quote(table)} WHERE {clause} ORDER BY {order}", {"case": case_id}
    )
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


@functools.cache
def _in_case_file() -> dict[str, type]:
    """The tables the case file carries (table -> its dataclass): those whose dataclass
    is reached from CaseFile's fields, to any depth."""
    found: dict[str, type] = {}
    todo: list[Any] = [CaseFile]
    seen: set[Any] = set()
    while todo:
        hint = todo.pop()
        if hint in seen:
            continue
        seen.add(hint)
        todo.extend(typing.get_args(hint))
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            if hint in TABLES:
                found[TABLES[hint]] = hint
            todo.extend(typing.get_type_hints(hint).values())
    return found


def carried_whole(db: Database, table: str, links: set[str]) -> bool:
    """Does the case file carry every column of `table`: each one a field of its
    dataclass, a link the case file's nesting says (`links`), or the row's number (`id`,
    which a score or what a person helps with has no field for)?"""
    cls = _in_case_file().get(table)
    if cls is None:
        return False
    fields = set(columns(cls)) | {"id"}
    held = {str(r[1]) for r in db.execute(f"PRAGMA table_info({_quote(table)})")}
    return held <= fields | links


def link_columns(db: Database, table: str) -> set[str]:
    """The columns of `table` that point at another table (case_id, foreign keys)."""
    found = {str(r[3]) for r in db.execute(f"PRAGMA foreign_key_list({_quote(table)})")}
    return found | {"case_id"}


class HoldingsPart(RepositoryBase):
    def case_holdings(self, case_id: int) -> CaseHoldings:
        """Everything held about one case (see the module doc), in one transaction,
        audited as one read of the case."""

        def op() -> CaseHoldings:
            case_file = self._read_case(case_id)
            return CaseHoldings(
                case_file=case_file,
                network_versions=self._stored_networks(case_id),
                kept_definitions=self._kept_definitions(case_file),
                other_tables={
                    table: rows
                    for table, clause in case_tables(self.db).items()
                    if table not in OWN_SHAPE
                    and not carried_whole(self.db, table, link_columns(self.db, table))
                    and (rows := table_rows(self.db, table, clause, case_id))
                },
            )

        return self._run(op)

    def case_log(self, case_id: int) -> list[AuditEntry]:
        """The rows of the access log about one case, oldest first (no row of its own:
        call it after `log_export`, so the export's row is among them)."""
        return self._run(lambda: audit.entries(self.db, self._case_ref(case_id)))

    def _stored_networks(self, case_id: int) -> list[StoredNetwork]:
        rows = self.db.execute(
            "SELECT v.id, v.conversation_id, v.taken_at, v.snapshot FROM network_versions v"
            " JOIN conversations c ON c.id = v.conversation_id WHERE v.case_id = ?"
            " ORDER BY c.date, c.id, v.id",
            [case_id],
        ).fetchall()
        return [
            StoredNetwork(int(i), int(c), str(t), str(s), _persons_or_none(str(s)))
            for i, c, t, s in rows
        ]

    def _kept_definitions(self, case_file: CaseFile) -> dict[tuple[str, str], str]:
        refs = {(a.instrument_id, a.instrument_version) for a in case_file.assessments}
        for goal in case_file.goals:
            ident, _, version = goal.instrument.partition("@")
            if ident and version:
                refs.add((ident, version))
        kept: dict[tuple[str, str], str] = {}
        for ident, version in sorted(refs):
            row = self.db.execute(
                "SELECT source_text FROM instrument_definitions WHERE instrument_id = ?"
                " AND version = ?",
                [ident, version],
            ).fetchone()
            if row is not None:
                kept[(ident, version)] = str(row[0])
        return kept


def _persons_or_none(text: str) -> list[NetworkPerson] | None:
    try:
        return persons_from_snapshot(text)
    except SerialError:
        return None
