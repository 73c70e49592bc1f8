"""NEN 7513-style access log, chained by SHA-256.

Every row records what happened (event and action code C/R/U/D/E), when (ISO
8601, UTC, seconds), which case (its reference, never a name), which worker, on
whose behalf, the result, the object (table and column names, never values)
and the origin (program or command line). No free text of the client is ever
written here.

Each row's hash covers its own fields and the previous row's hash, so an altered
row breaks its own hash and a deleted row breaks the link of the next one. The
newest row's id and hash are also kept in `meta` ("audit_head"), so cutting
rows off the end is detected too. Both can be rewritten consistently by someone
who holds the passphrase; the anchor file beside the database (anchor.py) keeps
copies of the head outside the file, so such a rewrite is detected as well.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
ACTIONS = frozenset("CRUDE")
HASHED_FIELDS = (
    "id",
    "ts",
    "event",
    "action",
    "case_ref",
    "worker",
    "on_behalf_of",
    "result",
    "object",
    "origin",
    "prev_hash",
)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: str
    event: str
    action: str
    case_ref: str
    worker: str
    on_behalf_of: str
    result: str
    object: str
    origin: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    rows: int
    broken_at: int | None = None  # id of the first row that does not check out
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.problem


@dataclass(frozen=True)
class Head:
    """The newest row of the chain: its id and hash (id 0 and GENESIS for an empty log)."""

    id: int
    hash: str

    @property
    def short(self) -> str:
        """The id and the first 16 hex digits of the hash, for print: "1234 · a1b2c3d4e5f6a7b8"."""
        return f"{self.id} · {self.hash[:16]}"


def head(db: Database) -> Head:
    """The newest row of the log (one indexed lookup; no audit row of its own)."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Head(int(row[0]), str(row[1])) if row else Head(0, GENESIS)


def row_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row[f] for f in HASHED_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: Database,
    *,
    ts: str,
    event: str,
    action: str,
    worker: str,
    case_ref: str = "",
    on_behalf_of: str = "",
    result: str = "ok",
    obj: str = "",
    origin: str = "",
) -> int:
    """Add one row. Call inside the transaction of the operation it records."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    new_id = (last[0] + 1) if last else 1
    row: dict[str, Any] = {
        "id": new_id,
        "ts": ts,
        "event": event,
        "action": action,
        "case_ref": case_ref,
        "worker": worker,
        "on_behalf_of": on_behalf_of,
        "result": result,
        "object": obj,
        "origin": origin,
        "prev_hash": last[1] if last else GENESIS,
    }
    row["hash"] = row_hash(row)
    db.execute(
        f"INSERT INTO audit_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [f"{new_id}:{row['hash']}"],
    )
    return new_id


def entries(db: Database, case_ref: str | None = None) -> list[AuditEntry]:
    sql = "SELECT * FROM audit_log"
    params: list[Any] = []
    if case_ref is not None:
        sql += " WHERE case_ref = ?"
        params.append(case_ref)
    return [AuditEntry(**row) for row in db.query(sql + " ORDER BY id", params)]


def verify(db: Database) -> ChainReport:
    """Walk the whole chain; report the first row that does not check out."""
    previous_hash = GENESIS
    previous_id = 0
    count = 0
    for row in db.query("SELECT * FROM audit_log ORDER BY id"):
        count += 1
        if row["id"] != previous_id + 1:
            return ChainReport(count, row["id"], f"rij(en) vóór rij {row['id']} ontbreken")
        if row["prev_hash"] != previous_hash:
            return ChainReport(count, row["id"], "de koppeling met de vorige rij klopt niet")
        if row_hash(row) != row["hash"]:
            return ChainReport(count, row["id"], "de inhoud van de rij is veranderd")
        previous_hash = row["hash"]
        previous_id = row["id"]
    head = db.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    expected = f"{previous_id}:{previous_hash}"
    if count and (head is None or head[0] != expected):
        return ChainReport(count, previous_id + 1, "rijen aan het eind zijn verwijderd")
    if not count and head is not None:
        return ChainReport(0, 1, "alle rijen zijn verwijderd")
    return ChainReport(count)


# -- the whole log as a file (eigenkracht check --log-out) ---------------------------------

LOG_COLUMNS = (*HASHED_FIELDS, "hash")
LOG_FORMAT = "eigenkracht-logboek"
LOG_VERSION = 1
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def log_rows(db: Database) -> list[dict[str, Any]]:
    """Every row of the log, oldest first, with all its columns."""
    query = db.query("SELECT * FROM audit_log ORDER BY id")
    return [{c: row[c] for c in LOG_COLUMNS} for row in query]


def log_document(db: Database, exported_at: str, fmt: str) -> tuple[str, int]:
    """The whole log as CSV (fmt "csv") or JSON ("json"), and the number of rows.

    CSV: one header line with the column names, then one line per row. A text that a
    spreadsheet would take for a formula (it starts with = + - @) gets a leading
    apostrophe; JSON carries every value exactly, so its rows can be re-hashed."""
    rows = log_rows(db)
    if fmt == "json":
        last = rows[-1] if rows else {"id": 0, "hash": GENESIS}
        document = {
            "format": LOG_FORMAT,
            "version": LOG_VERSION,
            "exported_at": exported_at,
            "head": {"id": last["id"], "hash": last["hash"]},
            "rows": rows,
        }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n", len(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LOG_COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(row[c]) for c in LOG_COLUMNS])
    return buffer.getvalue(), len(rows)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_CSV_FORMULA):
        return "'" + value
    return value
