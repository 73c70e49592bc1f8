"""What every part of the repository shares: the transaction of one operation (with its
audit rows, the anchor of the access log and the mapping of database errors to Dutch
StoreErrors), the record of what changed, and the row helpers.

Every write records one `Change` per row it names (the row it creates, updates or
deletes and, when it creates children with ids of their own, each child) and returns
either those Changes or the stored object. `Repository.unit()` makes several writes one
transaction and collects the Changes of all of them: one user action, one unit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlite_utils import Database

from eigenkracht.core.errors import N_
from eigenkracht.core.instruments import (
    Catalogue,
    Instrument,
    InstrumentError,
    load_all,
    parse_stored,
    user_instrument_dir,
)
from eigenkracht.core.model import (
    Action,
    Assessment,
    Case,
    CaseFile,
    Change,
    Conversation,
    DomainScore,
    Goal,
    ImportRecord,
    Member,
    NetworkHelp,
    NetworkPerson,
    OwnPlanRecord,
    PlanStatus,
    PlanVersion,
    Signature,
)
from eigenkracht.core.process import ROUTE_FIELDS, case_status, problem_said, route_problems
from eigenkracht.store import anchor, audit
from eigenkracht.store.database import DatabaseError, Store, now_iso, store_error
from eigenkracht.store.errors import FrozenPlan, InvalidValue, NotFound, StoreError
from eigenkracht.store.mapping import columns, field_value, from_row, row_of
from eigenkracht.store.migrations import UID_TABLES

T = TypeVar("T")
_Row = TypeVar("_Row", Member, Conversation)

TABLES: dict[type, str] = {
    Case: "cases",
    Member: "members",
    Conversation: "conversations",
    Assessment: "assessments",
    DomainScore: "domain_scores",
    NetworkPerson: "network_persons",
    NetworkHelp: "network_help",
    Goal: "goals",
    Action: "actions",
    PlanVersion: "plan_versions",
    Signature: "signatures",
    OwnPlanRecord: "own_plans",
    ImportRecord: "imports",
}
# How to find the case of a row in each table.
CASE_OF: dict[str, str] = {
    "cases": "SELECT id FROM cases WHERE id = ?",
    "members": "SELECT case_id FROM members WHERE id = ?",
    "conversations": "SELECT case_id FROM conversations WHERE id = ?",
    "assessments": "SELECT c.case_id FROM assessments a "
    "JOIN conversations c ON c.id = a.conversation_id WHERE a.id = ?",
    "domain_scores": "SELECT case_id FROM domain_scores WHERE id = ?",
    "network_persons": "SELECT case_id FROM network_persons WHERE id = ?",
    "network_help": "SELECT p.case_id FROM network_help h "
    "JOIN network_persons p ON p.id = h.person_id WHERE h.id = ?",
    "goals": "SELECT case_id FROM goals WHERE id = ?",
    "actions": "SELECT case_id FROM actions WHERE id = ?",
    "plan_versions": "SELECT case_id FROM plan_versions WHERE id = ?",
    "signatures": "SELECT p.case_id FROM signatures s "
    "JOIN plan_versions p ON p.id = s.plan_version_id WHERE s.id = ?",
    "own_plans": "SELECT case_id FROM own_plans WHERE id = ?",
    "imports": "SELECT case_id FROM imports WHERE id = ?",
}
# Columns that an update may never touch.
PROTECTED = {"id", "case_id", "created_at"}
TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Unit:
    """One transaction of several writes (`Repository.unit()`) and what they changed,
    in the order they were made. Empty when the unit did not commit (an inner unit is
    undone with the outer one that fails: only the outermost unit's list is final)."""

    changes: list[Change] = field(default_factory=list)


class RepositoryBase:
    """The shared part of the repository; the operations live in the parts beside it."""

    def __init__(
        self,
        store: Store,
        origin: str = "programma",
        *,
        installed: Sequence[Instrument] | None = None,
    ) -> None:
        self.store = store
        self.origin = origin
        # The installed instruments (bundled plus the user folder); read on first use
        # when not given. Levels and goal targets are checked against them.
        self._installed: tuple[Instrument, ...] | None = (
            tuple(installed) if installed is not None else None
        )
        self._stored: dict[tuple[str, str], Instrument] = {}  # parsed definitions
        # Audit rows written in this session, and up to which one the log was anchored.
        self._logged_to = 0
        self._anchored_to: int | None = None
        # The Changes of the operations under way, innermost last (see _transaction).
        self._frames: list[list[Change]] = []

    @property
    def db(self) -> Database:
        return self.store.db

    # -- one operation, one transaction ------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[list[Change]]:
        """One transaction (a savepoint inside another), turning database errors into
        StoreErrors; yields the list the writes inside it record their Changes in.
        When it commits those Changes join the enclosing operation's, if any."""
        frame: list[Change] = []
        self._frames.append(frame)
        try:
            try:
                with self.store.transaction():
                    yield frame
            except DatabaseError as exc:
                raise friendly(exc) from exc
            except UnicodeEncodeError:  # a lone surrogate cannot be stored as UTF-8
                raise InvalidValue.say(
                    "text.invalid",
                    N_(
                        "De tekst bevat een ongeldig teken (een half teken uit kapotte tekst). "
                        "Typ of plak de tekst opnieuw; er is niets veranderd."
                    ),
                ) from None
        except BaseException:
            frame.clear()  # rolled back: nothing of it changed
            raise
        finally:
            self._frames.pop()
        if self._frames:
            self._frames[-1].extend(frame)
        self._anchor_if_due()

    def _run(self, fn: Callable[[], T]) -> T:
        """Run fn inside one transaction, turning database errors into StoreErrors."""
        with self._transaction():
            return fn()

    @contextlib.contextmanager
    def unit(self) -> Iterator[Unit]:
        """Make the writes inside the block one transaction: all of them are stored, or
        (on any exception, which is passed on) none. `Unit.changes` holds the Changes of
        all of them once the block has committed. Units nest (as savepoints)."""
        with self._transaction() as frame:
            unit = Unit(frame)
            yield unit

    def _changed(self, *changes: Change) -> None:
        """Record what the running operation changed (call inside _run)."""
        self._frames[-1].extend(changes)

    def _changes_so_far(self) -> list[Change]:
        """What the running operation changed until now (call inside _run)."""
        return list(self._frames[-1])

    def _anchor_if_due(self) -> None:
        """Anchor the access log every anchor.EVERY rows (one synced line, not on every save)."""
        due = self._anchored_to is not None and self._logged_to - self._anchored_to >= anchor.EVERY
        if due and not self.db.conn.in_transaction:
            self._anchored_to = self._logged_to  # also after a failure: no retry on every save
            anchor.record_quietly(self.store.path, self.db)

    # -- audit and lookups ---------------------------------------------------------------

    def _audit(
        self, event: str, action: str, case_ref: str = "", obj: str = "", result: str = "ok"
    ) -> None:
        self._logged_to = audit.append(
            self.db,
            ts=now_iso(),
            event=event,
            action=action,
            worker=self.store.worker,
            on_behalf_of=self.store.on_behalf_of,
            case_ref=case_ref,
            result=result,
            obj=obj,
            origin=self.origin,
        )
        if self._anchored_to is None:
            self._anchored_to = self._logged_to - 1

    def _case_ref(self, case_id: int) -> str:
        row = self.db.execute("SELECT reference FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise NotFound.say(
                "repo.dit-dossier-bestaat-meer", N_("Dit dossier bestaat niet (meer).")
            )
        return str(row[0])

    def _case_of(self, table: str, row_id: int) -> int:
        row = self.db.execute(CASE_OF[table], [row_id]).fetchone()
        if row is None or row[0] is None:
            raise NotFound.say(
                "repo.dit-gegeven-bestaat-meer", N_("Dit gegeven bestaat niet (meer).")
            )
        return int(row[0])

    def _touch(self, case_id: int) -> None:
        self.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now_iso(), case_id])

    # -- instruments: kept with the data, levels and targets on their scale -------------

    @property
    def installed(self) -> tuple[Instrument, ...]:
        """The installed instruments: as given, else bundled plus the user folder."""
        if self._installed is None:
            found, _broken = load_all(user_instrument_dir())
            self._installed = tuple(found)
        return self._installed

    def use_installed(self, installed: Sequence[Instrument]) -> None:
        """Check against these installed instruments from now on (the workspace's)."""
        self._installed = tuple(installed)

    def stored_instruments(self) -> list[Instrument]:
        """The definitions kept with the data (one per instrument id and version that an
        assessment was saved with), parsed; one that cannot be read is left out."""
        rows = self.db.execute(
            "SELECT instrument_id, version, source_text FROM instrument_definitions"
            " ORDER BY instrument_id, version"
        ).fetchall()
        found: list[Instrument] = []
        for ident, version, text in rows:
            inst = self._parse_stored(str(ident), str(version), str(text))
            if inst is not None:
                found.append(inst)
        return found

    def _parse_stored(self, ident: str, version: str, text: str) -> Instrument | None:
        key = (ident, version)
        if key not in self._stored:
            try:
                inst = parse_stored(text, f"bewaard instrument '{ident}' versie '{version}'")
            except InstrumentError:
                return None
            if (inst.id, inst.version) != key:
                return None
            self._stored[key] = inst
        return self._stored[key]

    def catalogue(self, installed: Sequence[Instrument] | None = None) -> Catalogue:
        """The installed instruments (`installed`, else this repository's) and the
        definitions kept with the data (core.instruments.Catalogue)."""
        return Catalogue(
            self.installed if installed is None else installed, self.stored_instruments()
        )

    def _instrument(self, ident: str, version: str) -> Instrument:
        """The instrument an assessment is or will be saved with: installed, else kept
        with the data; InvalidValue (Dutch, nothing stored) when neither has it."""
        for inst in self.installed:
            if inst.id == ident and inst.version == version:
                return inst
        row = self.db.execute(
            "SELECT source_text FROM instrument_definitions WHERE instrument_id = ?"
            " AND version = ?",
            [ident, version],
        ).fetchone()
        found = self._parse_stored(ident, version, str(row[0])) if row else None
        if found is not None:
            return found
        try:
            return Catalogue(self.installed).get(ident, version)  # raises: not found
        except InstrumentError as exc:
            raise InvalidValue.say(
                "repo.niets-opgeslagen-2", N_("{exc}. Er is niets opgeslagen."), exc=exc
            ) from None

    def _keep_definition(self, inst: Instrument) -> None:
        """Keep the definition an assessment is saved with (call inside a transaction)."""
        if inst.source_text:
            self.db.execute(
                "INSERT OR IGNORE INTO instrument_definitions"
                " (instrument_id, version, source_text, kept_at) VALUES (?, ?, ?, ?)",
                [inst.id, inst.version, inst.source_text, now_iso()],
            )

    def _assessment_instrument(self, assessment_id: int) -> Instrument:
        row = self.db.execute(
            "SELECT instrument_id, instrument_version FROM assessments WHERE id = ?",
            [assessment_id],
        ).fetchone()
        if row is None:
            raise NotFound.say(
                "repo.dit-gegeven-bestaat-meer", N_("Dit gegeven bestaat niet (meer).")
            )
        return self._instrument(str(row[0]), str(row[1]))

    def _check_scores(self, inst: Instrument, scores: Sequence[DomainScore]) -> None:
        """Refuse a score for a domain the instrument does not have or a level outside
        its scale (core.problems.score_problems): a Dutch one-liner, nothing stored."""
        keys = inst.domain_keys()
        for score in scores:
            if score.domain not in keys:
                raise InvalidValue.say(
                    "repo.geen-onderdeel-niets-opgeslagen",
                    N_("'{domain}' is geen onderdeel van '{name}'. Er is niets opgeslagen."),
                    domain=score.domain[:40],
                    name=inst.name,
                )
            problem = inst.level_said(score.level)
            if problem is not None:
                raise InvalidValue.say(
                    "repo.niets-opgeslagen",
                    N_("{problem} Er is niets opgeslagen."),
                    problem=problem,
                )

    def _goal_instrument(self, goal: Goal) -> Instrument | None:
        """The instrument of a goal's domain: its own (`Goal.instrument`), else the newest
        assessment of the case that scores this domain, else the default set's
        instrument that has it; None when no known instrument has the domain."""
        if goal.instrument:
            ident, _, version = goal.instrument.partition("@")
            return self._instrument(ident, version)
        row = self.db.execute(
            "SELECT a.instrument_id, a.instrument_version FROM domain_scores s"
            " JOIN assessments a ON a.id = s.assessment_id"
            " WHERE s.case_id = ? AND s.domain = ? ORDER BY a.id DESC LIMIT 1",
            [goal.case_id, goal.domain],
        ).fetchone()
        if row is not None:
            with contextlib.suppress(InvalidValue):
                return self._instrument(str(row[0]), str(row[1]))
        with contextlib.suppress(InstrumentError):
            for inst in Catalogue(self.installed).defaults():
                if goal.domain in inst.domain_keys():
                    return inst
        return None

    def _check_goal(self, goal: Goal) -> None:
        """Refuse a goal target outside its instrument's scale (nothing stored)."""
        if goal.target_level is None and not goal.instrument:
            return
        inst = self._goal_instrument(goal)
        if inst is None:
            return
        problem = inst.level_said(goal.target_level, what="doel")
        if problem is not None:
            raise InvalidValue.say(
                "repo.niets-opgeslagen", N_("{problem} Er is niets opgeslagen."), problem=problem
            )

    # -- the route (core.process) ------------------------------------------------------

    def _first_conversation(self, case_id: int) -> dt.date | None:
        row = self.db.execute(
            "SELECT min(date) FROM conversations WHERE case_id = ?", [case_id]
        ).fetchone()
        return dt.date.fromisoformat(row[0]) if row and row[0] else None

    def _check_route(self, case: Case, changed: Sequence[str], today: dt.date | None) -> None:
        """Refuse days that cannot be (core.process.route_problems) among `changed`."""
        problems = route_problems(case, today or dt.date.today(), changed)
        if problems:
            raise InvalidValue.say(
                "repo.route-niets-veranderd",
                N_("{problem} Er is niets veranderd."),
                problem=problem_said(problems[0]),
            )

    def _refresh_status(self, case_id: int) -> tuple[str, ...]:
        """Store the status the case's days give (core.process.case_status); the name
        of the status column when it changed, for the Change."""
        found = self._select(Case, "id = ?", [case_id])
        if not found:
            return ()
        case = found[0]
        status = case_status(case, self._first_conversation(case_id))
        if status is case.status:
            return ()
        self.db.execute("UPDATE cases SET status = ? WHERE id = ?", [status.value, case_id])
        return ("status",)

    def _refuse_if_signed(self, version_id: int) -> None:
        row = self.db.execute(
            "SELECT status FROM plan_versions WHERE id = ?", [version_id]
        ).fetchone()
        if row and row[0] == PlanStatus.SIGNED.value:
            raise FrozenPlan.say(
                "repo.dit-plan-ondertekend-kan-2",
                N_("Dit plan is ondertekend en kan niet meer veranderen. Maak een nieuwe versie."),
            )

    # -- rows ------------------------------------------------------------------------------

    def _insert(self, obj: object, **extra: Any) -> int:
        """Insert a dataclass as a row; `extra` adds columns the dataclass does not
        carry (the parent id of child rows, the denormalised case id)."""
        table = TABLES[type(obj)]
        row = row_of(obj) | extra
        if table in UID_TABLES and self._needs_uid(table, row, "uid" in extra):
            row["uid"] = uuid.uuid4().hex  # a stable id of its own (migration 0007)
            if hasattr(obj, "uid"):
                obj.uid = row["uid"]  # the object returned says it too
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        try:
            cursor = self.db.execute(
                f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())
            )
        except DatabaseError as exc:
            raise friendly(exc) from exc
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def _needs_uid(self, table: str, row: dict[str, Any], given: bool) -> bool:
        """A new row gets a uid of its own, and so does a copy of a stored record (a
        restored or carried-over object whose uid is still in use); a uid given apart
        (`extra`, a record taken in from a bundle) is kept."""
        uid = row.get("uid")
        if not uid:
            return True
        if given:
            return False
        found = self.db.execute(f"SELECT 1 FROM {table} WHERE uid = ?", [uid]).fetchone()
        return found is not None

    def _select(
        self, cls: type[T], where: str, params: Sequence[Any], order: str = "id"
    ) -> list[T]:
        table = TABLES[cls]
        sql = f"SELECT * FROM {table} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self.db.query(sql, params)]

    def _children(
        self,
        cls: type[T],
        parent_col: str,
        parent_ids: Sequence[int | None],
        key: Callable[[dict[str, Any]], int | None],
    ) -> dict[int | None, list[T]]:
        grouped: dict[int | None, list[T]] = {}
        if not parent_ids:
            return grouped
        marks = ", ".join("?" * len(parent_ids))
        for row in self.db.query(
            f"SELECT * FROM {TABLES[cls]} WHERE {parent_col} IN ({marks}) ORDER BY id",
            parent_ids,
        ):
            grouped.setdefault(key(row), []).append(from_row(cls, row))
        return grouped

    def _assessments(self, conversation_ids: Sequence[int | None]) -> list[Assessment]:
        if not conversation_ids:
            return []
        marks = ", ".join("?" * len(conversation_ids))
        assessments = self._select(Assessment, f"conversation_id IN ({marks})", conversation_ids)
        scores = self._children(
            DomainScore, "assessment_id", [a.id for a in assessments], lambda r: r["assessment_id"]
        )
        for assessment in assessments:
            assessment.scores = scores.get(assessment.id, [])
        return assessments

    def _network(self, case_id: int) -> list[NetworkPerson]:
        """The network persons of a case with what they help with (no audit row)."""
        persons = self._select(NetworkPerson, "case_id = ?", [case_id])
        helps = self._children(
            NetworkHelp, "person_id", [p.id for p in persons], lambda r: r["person_id"]
        )
        for person in persons:
            person.helps = helps.get(person.id, [])
        return persons

    def _insert_help(self, person_id: int, help_: NetworkHelp) -> None:
        row = row_of(help_) | {"person_id": person_id}
        cols = ", ".join(row)
        self.db.execute(
            f"INSERT INTO network_help ({cols}) VALUES ({', '.join('?' * len(row))}) "
            "ON CONFLICT (person_id, domain, kind) DO UPDATE SET what = excluded.what",
            list(row.values()),
        )

    def _add_simple(self, obj: _Row, case_id: int) -> _Row:
        """Insert one row of a case (a member, a conversation) under a new id."""
        table = TABLES[type(obj)]

        def op() -> _Row:
            ref = self._case_ref(case_id)
            stored = replace(obj, id=None)
            stored.id = self._insert(stored)
            self._touch(case_id)
            self._audit(f"{table}.create", "C", ref, f"{table}:{stored.id}")
            self._changed(Change(table, "C", stored.id, case_id))
            if table == "conversations" and (status := self._refresh_status(case_id)):
                self._changed(Change("cases", "U", case_id, case_id, status))
            return stored

        return self._run(op)

    def _read_case(self, case_id: int) -> CaseFile:
        """Everything about one case, audited as a read (call inside a transaction)."""
        found = self._select(Case, "id = ?", [case_id])
        if not found:
            raise NotFound.say(
                "repo.dit-dossier-bestaat-meer", N_("Dit dossier bestaat niet (meer).")
            )
        case = found[0]
        conversations = self._select(Conversation, "case_id = ?", [case_id], order="date, id")
        assessments = self._assessments([c.id for c in conversations])
        network = self._network(case_id)
        goals = self._select(Goal, "case_id = ?", [case_id])
        actions = self._children(Action, "goal_id", [g.id for g in goals], lambda r: r["goal_id"])
        for goal in goals:
            goal.actions = actions.get(goal.id, [])
        plans = self._select(PlanVersion, "case_id = ?", [case_id], order="number")
        sigs = self._children(
            Signature, "plan_version_id", [p.id for p in plans], lambda r: r["plan_version_id"]
        )
        for plan in plans:
            plan.signatures = sigs.get(plan.id, [])
        self._audit("cases.read", "R", case.reference, f"cases:{case_id}")
        return CaseFile(
            case=case,
            members=self._select(Member, "case_id = ?", [case_id]),
            conversations=conversations,
            assessments=assessments,
            network=network,
            goals=goals,
            plans=plans,
            own_plans=self._select(
                OwnPlanRecord, "case_id = ?", [case_id], order="received_on, id"
            ),
        )

    # -- generic update and delete ------------------------------------------------------

    def update(self, cls: type, row_id: int, **fields: Any) -> Change:
        """Change some columns of one row. Names are checked against the dataclass."""
        table = TABLES[cls]
        bad = [name for name in fields if name in PROTECTED or name not in columns(cls)]
        if bad:
            raise InvalidValue.say("repo.onbekend-veld", N_("Onbekend veld: {bad}"), bad=bad[0])
        if not fields:
            raise InvalidValue.say("repo.niets-om-slaan", N_("Er is niets om op te slaan."))

        def op() -> Change:
            return self._update_row(cls, table, row_id, fields)

        return self._run(op)

    def _update_row(self, cls: type, table: str, row_id: int, fields: Mapping[str, Any]) -> Change:
        """The body of update() (call inside a transaction, with checked names)."""
        case_id = self._case_of(table, row_id)
        if table == "plan_versions":
            self._refuse_if_signed(row_id)
        if table == "goals" and {"target_level", "instrument", "domain"} & set(fields):
            current_goal = self._select(Goal, "id = ?", [row_id])[0]
            self._check_goal(replace(current_goal, **fields))
        if table == "domain_scores" and {"level", "domain"} & set(fields):
            score_row = self.db.execute(
                "SELECT assessment_id FROM domain_scores WHERE id = ?", [row_id]
            ).fetchone()
            current_score = self._select(DomainScore, "id = ?", [row_id])[0]
            self._check_scores(
                self._assessment_instrument(int(score_row[0])), [replace(current_score, **fields)]
            )
        route = table == "cases" and any(name in ROUTE_FIELDS for name in fields)
        if route:
            current = self._select(Case, "id = ?", [row_id])[0]
            self._check_route(replace(current, **fields), list(fields), None)
        values = [field_value(cls, name, value) for name, value in fields.items()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, row_id])
        self._touch(case_id)
        self._audit(f"{table}.update", "U", self._case_ref(case_id), f"{table}:{row_id}")
        names = tuple(fields)
        if route or (table == "conversations" and "date" in fields):
            status = self._refresh_status(case_id)
            if status and table != "cases":
                self._changed(Change("cases", "U", case_id, case_id, status))
            elif status and "status" not in names:
                names += status
        change = Change(table, "U", row_id, case_id, names)
        self._changed(change)
        return change

    def delete(self, cls: type, row_id: int) -> Change:
        table = TABLES[cls]

        def op() -> Change:
            case_id = self._case_of(table, row_id)
            ref = self._case_ref(case_id)
            if table == "plan_versions":
                self._refuse_if_signed(row_id)
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
            if table != "cases":
                self._touch(case_id)
            self._audit(f"{table}.delete", "D", ref, f"{table}:{row_id}")
            change = Change(table, "D", row_id, case_id)
            self._changed(change)
            if table == "conversations" and (status := self._refresh_status(case_id)):
                self._changed(Change("cases", "U", case_id, case_id, status))
            return change

        return self._run(op)


def check_score(score: DomainScore) -> None:
    if score.level is not None and score.not_discussed:
        raise InvalidValue.say(
            "repo.leefgebied-met-score-wel", N_("Een leefgebied met een score is wel besproken.")
        )
    shares = [score.share_self, score.share_network, score.share_professional]
    for share in shares:
        if share is not None and not 0 <= share <= 100:
            raise InvalidValue.say(
                "repo.aandeel-ligt-tussen-procent", N_("Een aandeel ligt tussen 0 en 100 procent.")
            )
    if all(s is not None for s in shares) and sum(s or 0 for s in shares) != 100:
        raise InvalidValue.say(
            "repo.aandelen-zelf-netwerk-professionals",
            N_("De aandelen zelf, netwerk en professionals tellen samen op tot 100."),
        )


def friendly(exc: Exception) -> StoreError:
    """A constraint of the schema by its name; anything else (busy, disk full, read-only,
    damaged) by its SQLite result code (database.store_error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc) if not isinstance(code, int) or code & 0xFF == 19 else ""  # CONSTRAINT
    if "CHECK constraint" in text:
        return InvalidValue.say(
            "repo.waarde-ligt-buiten-toegestane",
            N_("Een waarde ligt buiten het toegestane bereik. Er is niets veranderd."),
        )
    if "UNIQUE constraint" in text:
        return InvalidValue.say(
            "repo.dit-bestaat-al-niets", N_("Dit bestaat al. Er is niets veranderd.")
        )
    if "FOREIGN KEY" in text:
        return InvalidValue.say(
            "repo.dit-verwijst-naar-iets",
            N_("Dit verwijst naar iets dat niet bestaat. Er is niets veranderd."),
        )
    if "frozen" in text:
        return FrozenPlan.say(
            "repo.dit-plan-ondertekend-kan",
            N_("Dit plan is ondertekend en kan niet meer veranderen."),
        )
    return store_error(exc)
