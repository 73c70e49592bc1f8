"""Numbered schema migrations (sqlite-utils `Migrations`).

Rules: never edit a migration that has shipped; add the next number. Each runs in
one transaction. The database is backed up before any pending migration runs
(see database.py), and a database that has migrations this program does not know
is refused (it was made by a newer version).
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "eigenkracht"
migrations = Migrations(MIGRATION_SET)

# Tables whose text is searchable, and the columns that hold it.
_FTS_SOURCES: dict[str, list[str]] = {
    "cases": ["reference", "household_name"],
    "members": ["name", "role"],
    "conversations": ["question", "what_matters", "notes", "place"],
    "domain_scores": ["situation", "strengths", "concerns", "reason"],
    "network_persons": ["name", "role", "notes"],
    "goals": ["text", "measure"],
    "actions": ["what", "actor_name", "maatwerk_kind"],
}


# Each searchable row has a fixed rowid in the index that also says its case:
#   case id << 32 | table code << 28 | row id
# so updating or deleting a row touches one index entry, a search reads only the
# index (no content lookups), and a whole case is one rowid range.
CASE_SHIFT = 1 << 32
CODE_SHIFT = 1 << 28
# Searchable tables that later migrations add (each makes its own triggers; 0001 makes
# those of _FTS_SOURCES). Append only: the position is the table's code in the rowid.
_FTS_ADDED: dict[str, list[str]] = {
    "own_plans": ["words"],  # 0006: the citizen's own plan, its texts in one column
}
_FTS_CODES = {table: code for code, table in enumerate([*_FTS_SOURCES, *_FTS_ADDED], start=1)}


def _fts_rowid(table: str, row: str) -> str:
    case_col = "id" if table == "cases" else "case_id"
    return f"{row}.{case_col} * {CASE_SHIFT} + {_FTS_CODES[table]} * {CODE_SHIFT} + {row}.id"


def _fts_triggers(table: str, cols: list[str]) -> str:
    text_new = " || ' ' || ".join(f"coalesce(NEW.{c}, '')" for c in cols)
    insert = (
        f"INSERT INTO search_index (rowid, body) VALUES ({_fts_rowid(table, 'NEW')}, {text_new});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {_fts_rowid(table, 'OLD')};"
    watched = ", ".join(cols)
    return f"""
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {watched} ON {table}
BEGIN {delete} {insert} END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END;
"""


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    household_name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'melding',
    coordinator TEXT NOT NULL DEFAULT '',
    melding_date TEXT,
    persoonlijk_plan_offered INTEGER NOT NULL DEFAULT 0,
    persoonlijk_plan_received TEXT,
    clientondersteuning_offered INTEGER NOT NULL DEFAULT 0,
    identity_checked INTEGER NOT NULL DEFAULT 0,
    identity_document TEXT,
    verslag_sent TEXT,
    aanvraag_date TEXT,
    beschikking_date TEXT,
    retention_until TEXT,
    pseudonymise INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    birth_date TEXT,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX members_case ON members(case_id);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    present TEXT NOT NULL DEFAULT '[]',
    question TEXT NOT NULL DEFAULT '',
    what_matters TEXT NOT NULL DEFAULT '',
    wellbeing INTEGER CHECK (wellbeing IS NULL OR wellbeing BETWEEN 0 AND 10),
    notes TEXT NOT NULL DEFAULT '',
    current_page TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conversations_case ON conversations(case_id, date);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    perspective TEXT NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessments_conversation ON assessments(conversation_id);

CREATE TABLE domain_scores (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    level INTEGER,
    not_discussed INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    situation TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    concerns TEXT NOT NULL DEFAULT '',
    share_self INTEGER CHECK (share_self IS NULL OR share_self BETWEEN 0 AND 100),
    share_network INTEGER CHECK (share_network IS NULL OR share_network BETWEEN 0 AND 100),
    share_professional INTEGER
        CHECK (share_professional IS NULL OR share_professional BETWEEN 0 AND 100),
    wants_to_discuss INTEGER NOT NULL DEFAULT 0,
    UNIQUE (assessment_id, domain)
);

CREATE TABLE network_persons (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL,
    ring TEXT NOT NULL,
    quality TEXT NOT NULL,
    direction TEXT NOT NULL,
    contact_frequency TEXT NOT NULL DEFAULT '',
    is_mantelzorger INTEGER NOT NULL DEFAULT 0,
    overburdened INTEGER NOT NULL DEFAULT 0,
    needs_support INTEGER NOT NULL DEFAULT 0,
    may_contact INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    since TEXT,
    until TEXT
);
CREATE INDEX network_persons_case ON network_persons(case_id);

CREATE TABLE network_help (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES network_persons(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    kind TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    UNIQUE (person_id, domain, kind)
);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    domain TEXT NOT NULL,
    text TEXT NOT NULL,
    measure TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    target_level INTEGER,
    author TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX goals_case ON goals(case_id);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    actor_kind TEXT NOT NULL,
    network_person_id INTEGER REFERENCES network_persons(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    maatwerk_kind TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL,
    due_date TEXT,
    status TEXT NOT NULL
);
CREATE INDEX actions_goal ON actions(goal_id);

CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    status TEXT NOT NULL,
    snapshot TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    evaluation_date TEXT,
    agreements TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    informed_clientondersteuning INTEGER NOT NULL DEFAULT 0,
    informed_persoonlijk_plan INTEGER NOT NULL DEFAULT 0,
    copy_received INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, number)
);

-- A signed plan version is frozen: the database itself refuses to change it.
CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions
WHEN OLD.status = 'ondertekend'
BEGIN SELECT RAISE(ABORT, 'signed plan version is frozen'); END;

CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    agreement TEXT NOT NULL,
    remarks TEXT NOT NULL DEFAULT ''
);

-- NEN 7513-style access log. No free text of the client: only codes,
-- the case reference, the worker and the outcome. Rows are chained by hash.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    event TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
    case_ref TEXT NOT NULL DEFAULT '',
    worker TEXT NOT NULL,
    on_behalf_of TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Contentless: the index keeps no second copy of the text.
CREATE VIRTUAL TABLE search_index USING fts5(
    body, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
"""
    )
    for table, cols in _FTS_SOURCES.items():
        db.executescript(_fts_triggers(table, cols))


@migrations(name="0002_network_versions")
def m0002_network_versions(db: Database) -> None:
    """The network as it was at each conversation (docs/architecture.md, "Network
    versions"): one canonical JSON snapshot per conversation, replaced while that
    conversation's network step is edited. Not searchable: the live network is.

    Network persons keep their id for good (AUTOINCREMENT): a snapshot, an audit row
    or an undo step that names person 7 never means someone added later. SQLite
    cannot add AUTOINCREMENT to a table, so the table is rebuilt with the same rows,
    index and search triggers (foreign keys are off while migrating).
    Plain statements (no executescript, which would commit half-way)."""
    db.execute(
        """
CREATE TABLE network_versions (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL UNIQUE REFERENCES conversations(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    snapshot TEXT NOT NULL
)"""
    )
    db.execute("CREATE INDEX network_versions_case ON network_versions(case_id)")
    db.execute(
        """
CREATE TABLE network_persons_0002 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL,
    ring TEXT NOT NULL,
    quality TEXT NOT NULL,
    direction TEXT NOT NULL,
    contact_frequency TEXT NOT NULL DEFAULT '',
    is_mantelzorger INTEGER NOT NULL DEFAULT 0,
    overburdened INTEGER NOT NULL DEFAULT 0,
    needs_support INTEGER NOT NULL DEFAULT 0,
    may_contact INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    since TEXT,
    until TEXT
)"""
    )
    columns = (
        "id, case_id, name, role, sector, ring, quality, direction, contact_frequency,"
        " is_mantelzorger, overburdened, needs_support, may_contact, notes, since, until"
    )
    db.execute(
        f"INSERT INTO network_persons_0002 ({columns}) SELECT {columns} FROM network_persons"
    )
    db.execute("DROP TABLE network_persons")  # its index and triggers go with it
    db.execute("ALTER TABLE network_persons_0002 RENAME TO network_persons")
    db.execute("CREATE INDEX network_persons_case ON network_persons(case_id)")
    triggers = _fts_triggers("network_persons", ["name", "role", "notes"])
    for statement in triggers.split("END;"):
        if statement.strip():
            db.execute(statement.strip() + " END;")


_ROUTE_COLUMNS = (
    "case_kind TEXT NOT NULL DEFAULT 'wmo'",
    "clientondersteuning_date TEXT",
    "familiegroepsplan_offered TEXT",
    "onderzoek_date TEXT",
    "evaluated_on TEXT",
    "closed_on TEXT",
    "closed_reason TEXT NOT NULL DEFAULT ''",
    "status_override TEXT",
    "status_reason TEXT NOT NULL DEFAULT ''",
)


@migrations(name="0003_wmo_route")
def m0003_wmo_route(db: Database) -> None:
    """The whole route from melding to closing (core.process.route): the case's kind
    (Wmo or Jeugdwet), the days of the steps that had no column, and the worker's own
    choice of status with its reason. The status follows from the dates from now on
    (core.process.case_status); an old case keeps the status it had: a closed case
    gets the day it was last changed as its closing day, any other status that the
    dates do not give becomes the worker's choice, with that reason."""
    for column in _ROUTE_COLUMNS:
        db.execute(f"ALTER TABLE cases ADD COLUMN {column}")
    rows = db.execute(
        "SELECT id, status, updated_at, verslag_sent, aanvraag_date, beschikking_date,"
        " (SELECT min(date) FROM conversations WHERE case_id = cases.id) FROM cases"
    ).fetchall()
    for case_id, status, updated_at, verslag, aanvraag, beschikking, first in rows:
        if status == "afgesloten":
            closed = (updated_at or "")[:10] or None
            db.execute("UPDATE cases SET closed_on = ? WHERE id = ?", [closed, case_id])
            continue
        if verslag or aanvraag or beschikking:
            derived = "plan"
        elif first:
            derived = "onderzoek"
        else:
            derived = "melding"
        if status != derived:
            db.execute(
                "UPDATE cases SET status_override = ?, status_reason = ? WHERE id = ?",
                [status, "Overgenomen uit de vorige versie van het programma.", case_id],
            )


@migrations(name="0004_action_ongoing")
def m0004_action_ongoing(db: Database) -> None:
    """An action runs until a date (`due_date`) or is "doorlopend" (`ongoing`): it goes
    on without an end date. Existing actions are not ongoing; one without a date is
    flagged until the worker chooses (core.problems.when_problems)."""
    db.execute("ALTER TABLE actions ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0")


@migrations(name="0005_instruments")
def m0005_instruments(db: Database) -> None:
    """Instruments chosen per conversation and kept with the data (docs/instruments.md).

    `instrument_definitions` holds the exact TOML text of every instrument an
    assessment was saved with, so the assessment stays readable when the file is no
    longer installed (written by the repository whenever an assessment is saved).
    `conversations.instruments`: the instruments chosen for that conversation, a JSON
    list of "id@version" (empty: the organisation's default set). `goals.instrument`:
    the instrument of the goal's domain, "id@version" ("" for older goals).
    The definitions of the bundled instruments already used are kept now; those of a
    user's own instrument when its assessment is next saved."""
    db.execute(
        """
CREATE TABLE instrument_definitions (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    source_text TEXT NOT NULL,
    kept_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (instrument_id, version)
)"""
    )
    db.execute("ALTER TABLE conversations ADD COLUMN instruments TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE goals ADD COLUMN instrument TEXT NOT NULL DEFAULT ''")
    from eigenkracht.core.instruments import InstrumentError, bundled_instruments

    try:
        bundled = {(i.id, i.version): i.source_text for i in bundled_instruments()}
    except InstrumentError:  # a packaging bug; the repository keeps them on saving
        bundled = {}
    used = db.execute("SELECT DISTINCT instrument_id, instrument_version FROM assessments")
    for ident, version in used.fetchall():
        text = bundled.get((ident, version))
        if text:
            db.execute(
                "INSERT OR IGNORE INTO instrument_definitions"
                " (instrument_id, version, source_text) VALUES (?, ?, ?)",
                [ident, version, text],
            )


@migrations(name="0006_own_plan")
def m0006_own_plan(db: Database) -> None:
    """The citizen's own plan (issue 14; docs/selfassessment-format.md, version 2).

    `own_plans`: one row per own plan taken in (a persoonlijk plan or a
    familiegroepsplan), in the citizen's words as plain JSON (`content`), with its texts
    in `words` for the search index; a newer plan does not replace an older one.
    `imports`: one row per self-assessment file taken in, with the SHA-256 of its
    content and the content itself, so the same file again is recognised.
    `actions.author`: who wrote an action (existing ones: 'samen', as goals had it).
    `cases.familiegroepsplan_received`: the Jeugdwet's plan came in on this day.
    Plain statements (no executescript, which would commit half-way)."""
    db.execute(
        "ALTER TABLE actions ADD COLUMN author TEXT NOT NULL DEFAULT 'samen'"
        " CHECK (author IN ('burger', 'netwerk', 'professional', 'samen'))"
    )
    db.execute("ALTER TABLE cases ADD COLUMN familiegroepsplan_received TEXT")
    db.execute(
        """
CREATE TABLE own_plans (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('persoonlijk-plan', 'familiegroepsplan')),
    received_on TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'thuis' CHECK (source IN ('thuis', 'papier')),
    content TEXT NOT NULL DEFAULT '{}',
    words TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
)"""
    )
    db.execute("CREATE INDEX own_plans_case ON own_plans(case_id, received_on)")
    db.execute(
        """
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    digest TEXT NOT NULL,
    saved_at TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '{}'
)"""
    )
    db.execute("CREATE INDEX imports_case ON imports(case_id, digest)")
    triggers = _fts_triggers("own_plans", _FTS_ADDED["own_plans"])
    for statement in triggers.split("END;"):
        if statement.strip():
            db.execute(statement.strip() + " END;")


# Tables whose rows carry a stable id (`uid`, uuid4 hex) from migration 0007 on: the
# same record has the same uid in every database it travels to (exchange/bundle.py).
UID_TABLES = (
    "cases",
    "members",
    "conversations",
    "assessments",
    "network_persons",
    "goals",
    "actions",
    "plan_versions",
    "own_plans",
)
_FROZEN_PLAN_TRIGGER = """
CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions
WHEN OLD.status = 'ondertekend'
BEGIN SELECT RAISE(ABORT, 'signed plan version is frozen'); END"""


@migrations(name="0007_handover")
def m0007_handover(db: Database) -> None:
    """Hand-over of a case to a colleague (issue 15; docs/bundle-format.md).

    `meta.database_uid`: this database's own id (uuid4 hex), so a bundle can say which
    database it came from and is refused in the one it was made in.
    `uid` on the case and on every record a bundle carries (UID_TABLES): a stable id,
    the same in every database (an imported record keeps it), filled in now for the
    rows there are; the repository gives every new row one. A signed plan version is
    frozen by a trigger: it is lifted for the fill-in only and made again as it was.
    `cases.handed_over_on` / `cases.handed_over_to`: the day the case was handed over
    and the colleague it went to (core.retention offers such a case for removal).
    `handovers`: one row per bundle made or taken in for a case ('uit' or 'in'): when,
    the colleague, the other database, the bundle's digest and, for one taken in, the
    sender's access-log rows of the case as they travelled (each verifiable by its hash).
    Plain statements (no executescript, which would commit half-way)."""
    db.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('database_uid', ?)", [uuid.uuid4().hex]
    )
    db.execute("ALTER TABLE cases ADD COLUMN handed_over_on TEXT")
    db.execute("ALTER TABLE cases ADD COLUMN handed_over_to TEXT NOT NULL DEFAULT ''")
    db.execute("DROP TRIGGER plan_versions_frozen")
    for table in UID_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        ids = [row[0] for row in db.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()]
        db.conn.executemany(
            f"UPDATE {table} SET uid = ? WHERE id = ?", [(uuid.uuid4().hex, i) for i in ids]
        )
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)")
    db.execute(_FROZEN_PLAN_TRIGGER.strip())
    db.execute(
        """
CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('uit', 'in')),
    at TEXT NOT NULL,
    colleague TEXT NOT NULL DEFAULT '',
    other_database TEXT NOT NULL DEFAULT '',
    digest TEXT NOT NULL DEFAULT '',
    audit TEXT NOT NULL DEFAULT '[]'
)"""
    )
    db.execute("CREATE INDEX handovers_case ON handovers(case_id)")


@migrations(name="0008_removed_case_rows")
def m0008_removed_case_rows(db: Database) -> None:
    """Erase what removed cases left behind. Until foreign keys were switched on for every
    connection (store/database.py `_configure`), a case removed after the database had been
    opened again left its conversations, scores, network, goals and plans in the file, no
    longer reachable from any case. Every row whose parent no longer exists is deleted,
    children first (foreign_key_check again until nothing is left). Deleting is allowed on
    a signed plan version (only changing it is not); secure_delete overwrites the pages."""
    for _ in range(20):  # the depth of the tables' references, with room to spare
        orphans = db.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            return
        by_table: dict[str, set[int]] = {}
        for table, rowid, _parent, _fk in orphans:
            if rowid is not None:
                by_table.setdefault(str(table), set()).add(int(rowid))
        for table, rowids in by_table.items():
            quoted = '"' + table.replace('"', '""') + '"'
            db.conn.executemany(
                f"DELETE FROM {quoted} WHERE rowid = ?", [(rowid,) for rowid in sorted(rowids)]
            )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
