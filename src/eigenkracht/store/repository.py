"""Store operations. Each runs in one transaction, writes its audit row in that
same transaction, and returns what changed. The UI and the command line call
only these; neither writes SQL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from sqlite_utils import Database

from eigenkracht.core import serial
from eigenkracht.core.model import (
    Action,
    Assessment,
    AssessmentSource,
    Case,
    CaseFile,
    CaseStatus,
    CaseSummary,
    Change,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanStatus,
    PlanVersion,
    Signature,
)
from eigenkracht.core.text import TEXT_INVALID, lone_surrogate
from eigenkracht.store import anchor, audit
from eigenkracht.store.database import DatabaseError, Store, now_iso, store_error
from eigenkracht.store.errors import FrozenPlan, InvalidValue, NotFound, StoreError
from eigenkracht.store.mapping import columns, field_value, from_row, row_of

T = TypeVar("T")

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
}
DATE_FIELDS = (
    "melding_date",
    "persoonlijk_plan_received",
    "verslag_sent",
    "aanvraag_date",
    "beschikking_date",
)
# Columns that an update may never touch.
PROTECTED = {"id", "case_id", "created_at"}
_TOKEN = re.compile(r"\w+", re.UNICODE)


class Repository:
    def __init__(self, store: Store, origin: str = "programma") -> None:
        self.store = store
        self.origin = origin
        # Audit rows written in this session, and up to which one the log was anchored.
        self._logged_to = 0
        self._anchored_to: int | None = None

    @property
    def db(self) -> Database:
        return self.store.db

    # -- helpers ---------------------------------------------------------------

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
            raise NotFound("Dit dossier bestaat niet (meer).")
        return str(row[0])

    def _case_of(self, table: str, row_id: int) -> int:
        row = self.db.execute(CASE_OF[table], [row_id]).fetchone()
        if row is None or row[0] is None:
            raise NotFound("Dit gegeven bestaat niet (meer).")
        return int(row[0])

    def _touch(self, case_id: int) -> None:
        self.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now_iso(), case_id])

    def _insert(self, obj: Any, **extra: Any) -> int:
        """Insert a dataclass as a row; `extra` adds columns the dataclass does not
        carry (the parent id of child rows, the denormalised case id)."""
        table = TABLES[type(obj)]
        row = row_of(obj) | extra
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        try:
            cursor = self.db.execute(
                f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())
            )
        except DatabaseError as exc:
            raise _friendly(exc) from exc
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def _select(
        self, cls: type[T], where: str, params: Sequence[Any], order: str = "id"
    ) -> list[T]:
        table = TABLES[cls]
        sql = f"SELECT * FROM {table} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self.db.query(sql, params)]

    def _run(self, fn: Any) -> Any:
        """Run fn inside one transaction, turning database errors into StoreErrors."""
        try:
            with self.store.transaction():
                result = fn()
        except DatabaseError as exc:
            raise _friendly(exc) from exc
        except UnicodeEncodeError:  # a lone surrogate cannot be stored as UTF-8
            raise InvalidValue(TEXT_INVALID) from None
        self._anchor_if_due()
        return result

    def _anchor_if_due(self) -> None:
        """Anchor the access log every anchor.EVERY rows (one synced line, not on every save)."""
        due = self._anchored_to is not None and self._logged_to - self._anchored_to >= anchor.EVERY
        if due and not self.db.conn.in_transaction:
            self._anchored_to = self._logged_to  # also after a failure: no retry on every save
            anchor.record_quietly(self.store.path, self.db)

    # -- generic update and delete ------------------------------------------

    def update(self, cls: type, row_id: int, **fields: Any) -> Change:
        """Change some columns of one row. Names are checked against the dataclass."""
        table = TABLES[cls]
        bad = [name for name in fields if name in PROTECTED or name not in columns(cls)]
        if bad:
            raise InvalidValue(f"Onbekend veld: {bad[0]}")
        if not fields:
            raise InvalidValue("Er is niets om op te slaan.")

        def op() -> Change:
            case_id = self._case_of(table, row_id)
            if table == "plan_versions":
                self._refuse_if_signed(row_id)
            values = [field_value(cls, name, value) for name, value in fields.items()]
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, row_id])
            self._touch(case_id)
            names = tuple(fields)
            self._audit(f"{table}.update", "U", self._case_ref(case_id), f"{table}:{row_id}")
            return Change(table, "U", row_id, case_id, names)

        result: Change = self._run(op)
        return result

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
            return Change(table, "D", row_id, case_id)

        result: Change = self._run(op)
        return result

    # -- cases -------------------------------------------------------------------

    def create_case(self, case: Case, members: Iterable[Member] = ()) -> CaseFile:
        if not case.reference.strip() or not case.household_name.strip():
            raise InvalidValue("Een dossier heeft een kenmerk en een naam van het huishouden.")

        def op() -> CaseFile:
            if self.db.execute(
                "SELECT 1 FROM cases WHERE reference = ?", [case.reference]
            ).fetchone():
                raise InvalidValue(f"Het kenmerk {case.reference} bestaat al.")
            stamp = now_iso()
            stored = replace(case, id=None, created_at=stamp, updated_at=stamp)
            stored.id = self._insert(stored)
            saved = []
            for member in members:
                m = replace(member, id=None, case_id=stored.id)
                m.id = self._insert(m)
                saved.append(m)
            self._audit("cases.create", "C", stored.reference, f"cases:{stored.id}")
            return CaseFile(case=stored, members=saved)

        result: CaseFile = self._run(op)
        return result

    def next_reference(self, prefix: str = "EK") -> str:
        year = now_iso()[:4]
        rows = self.db.execute(
            "SELECT reference FROM cases WHERE reference LIKE ?", [f"{prefix}-{year}-%"]
        ).fetchall()
        numbers = [int(r[0].rsplit("-", 1)[1]) for r in rows if r[0].rsplit("-", 1)[1].isdigit()]
        return f"{prefix}-{year}-{max(numbers, default=0) + 1:04d}"

    def list_cases(self, include_closed: bool = True) -> list[CaseSummary]:
        names = [f.name for f in dataclasses.fields(CaseSummary)]
        sql = f"SELECT {', '.join(names)} FROM cases"
        if not include_closed:
            sql += " WHERE status != 'afgesloten'"
        day = dt.date.fromisoformat
        summaries = []
        for row in self.db.execute(sql + " ORDER BY reference").fetchall():
            values = dict(zip(names, row, strict=True))
            for name in DATE_FIELDS:
                if values[name] is not None:
                    values[name] = day(values[name])
            values["status"] = CaseStatus(values["status"])
            summaries.append(CaseSummary(**values))
        return summaries

    def find_case(self, reference: str) -> Case | None:
        if lone_surrogate(reference):  # no stored reference holds one
            return None
        found = self._select(Case, "reference = ?", [reference])
        return found[0] if found else None

    def search(self, text: str, limit: int = 200) -> list[int]:
        """Case ids where every word typed occurs (as a word prefix) somewhere in
        the case: names, references or free text.

        The audit row records that a search happened and how many cases it
        found, never the words searched for (they may be a client's name)."""
        words = list(dict.fromkeys(t.lower() for t in _TOKEN.findall(text)))[:8]
        # One letter matches too much free text to be useful: it looks at names only.
        tokens = [t for t in words if len(t) > 1]
        initial = words[0] if words and not tokens else None
        if not tokens and initial is None:
            return []

        def op() -> list[int]:
            found: set[int] | None = None
            if initial is not None:
                rows = self.db.execute(
                    "SELECT id FROM cases WHERE household_name LIKE ? OR household_name LIKE ?"
                    " OR reference LIKE ?",
                    [f"{initial}%", f"% {initial}%", f"{initial}%"],
                ).fetchall()
                found = {int(r[0]) for r in rows}
            # Longest word first: it is the most selective.
            for token in sorted(tokens, key=len, reverse=True):
                rows = self.db.execute(
                    "SELECT DISTINCT rowid >> 32 FROM search_index WHERE search_index MATCH ?",
                    [f'"{token}"*'],
                ).fetchall()
                hits = {int(r[0]) for r in rows}
                found = hits if found is None else found & hits
                if not found:
                    break
            ids = sorted(found or ())[:limit]
            self._audit("cases.search", "R", obj=f"resultaten:{len(ids)}")
            return ids

        result: list[int] = self._run(op)
        return result

    def get_case(self, case_id: int) -> Case:
        found = self._select(Case, "id = ?", [case_id])
        if not found:
            raise NotFound("Dit dossier bestaat niet (meer).")
        return found[0]

    def load_case(self, case_id: int) -> CaseFile:
        """Everything about one case, read in one transaction (audited as a read)."""

        def op() -> CaseFile:
            case = self.get_case(case_id)
            conversations = self._select(Conversation, "case_id = ?", [case_id], order="date, id")
            conv_ids = [c.id for c in conversations]
            assessments = self._assessments(conv_ids)
            network = self._select(NetworkPerson, "case_id = ?", [case_id])
            helps = self._children(
                NetworkHelp, "person_id", [p.id for p in network], lambda r: r["person_id"]
            )
            for person in network:
                person.helps = helps.get(person.id, [])
            goals = self._select(Goal, "case_id = ?", [case_id])
            actions = self._children(
                Action, "goal_id", [g.id for g in goals], lambda r: r["goal_id"]
            )
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
            )

        result: CaseFile = self._run(op)
        return result

    def _children(
        self, cls: type[T], parent_col: str, parent_ids: list[Any], key: Any
    ) -> dict[int | None, list[T]]:
        grouped: dict[int | None, list[T]] = {}
        if not parent_ids:
            return grouped
        marks = ", ".join("?" * len(parent_ids))
        for row in self.db.query(
            f"SELECT * FROM {TABLES[cls]} WHERE {parent_col} IN ({marks}) ORDER BY id",
            parent_ids,
        ):
            parent = key(row)
            grouped.setdefault(parent, []).append(from_row(cls, row))
        return grouped

    def _assessments(self, conversation_ids: list[Any]) -> list[Assessment]:
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

    # -- members, conversations ----------------------------------------------

    def add_member(self, member: Member) -> Member:
        return self._add_simple(member, member.case_id)

    def add_conversation(self, conversation: Conversation) -> Conversation:
        if conversation.wellbeing is not None and not 0 <= conversation.wellbeing <= 10:
            raise InvalidValue("Het cijfer voor tevredenheid ligt tussen 0 en 10.")
        return self._add_simple(conversation, conversation.case_id)

    def _add_simple(self, obj: T, case_id: int) -> T:
        table = TABLES[type(obj)]

        def op() -> T:
            ref = self._case_ref(case_id)
            stored = replace(obj, id=None)  # type: ignore[type-var]
            stored.id = self._insert(stored)  # type: ignore[attr-defined]
            self._touch(case_id)
            self._audit(f"{table}.create", "C", ref, f"{table}:{stored.id}")  # type: ignore[attr-defined]
            return stored

        result: T = self._run(op)
        return result

    # -- assessments ------------------------------------------------------------

    def add_assessment(self, assessment: Assessment) -> Assessment:
        def op() -> Assessment:
            case_id = self._case_of("conversations", assessment.conversation_id)
            stored = replace(assessment, id=None, created_at=now_iso(), scores=[])
            stored.id = self._insert(stored)
            for score in assessment.scores:
                _check_score(score)
                self._insert(score, assessment_id=stored.id, case_id=case_id)
                stored.scores.append(score)
            self._touch(case_id)
            self._audit(
                "assessments.create", "C", self._case_ref(case_id), f"assessments:{stored.id}"
            )
            return stored

        result: Assessment = self._run(op)
        return result

    def set_score(self, assessment_id: int, score: DomainScore) -> Change:
        """Insert or replace the score of one domain in one assessment."""

        def op() -> Change:
            _check_score(score)
            case_id = self._case_of("assessments", assessment_id)
            row = row_of(score) | {"assessment_id": assessment_id, "case_id": case_id}
            cols = ", ".join(row)
            updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "assessment_id")
            cursor = self.db.execute(
                f"INSERT INTO domain_scores ({cols}) VALUES ({', '.join('?' * len(row))}) "
                f"ON CONFLICT (assessment_id, domain) DO UPDATE SET {updates} RETURNING id",
                list(row.values()),
            )
            score_id = int(cursor.fetchone()[0])
            self._touch(case_id)
            self._audit(
                "domain_scores.update", "U", self._case_ref(case_id), f"domain_scores:{score_id}"
            )
            return Change("domain_scores", "U", score_id, case_id, (score.domain,))

        result: Change = self._run(op)
        return result

    # -- network ------------------------------------------------------------------

    def add_person(self, person: NetworkPerson) -> NetworkPerson:
        def op() -> NetworkPerson:
            ref = self._case_ref(person.case_id)
            stored = replace(person, id=None, helps=[])
            stored.id = self._insert(stored)
            for help_ in person.helps:
                self._insert_help(stored.id, help_)
                stored.helps.append(help_)
            self._touch(person.case_id)
            self._audit("network_persons.create", "C", ref, f"network_persons:{stored.id}")
            return stored

        result: NetworkPerson = self._run(op)
        return result

    def _insert_help(self, person_id: int, help_: NetworkHelp) -> None:
        row = row_of(help_) | {"person_id": person_id}
        cols = ", ".join(row)
        self.db.execute(
            f"INSERT INTO network_help ({cols}) VALUES ({', '.join('?' * len(row))}) "
            "ON CONFLICT (person_id, domain, kind) DO UPDATE SET what = excluded.what",
            list(row.values()),
        )

    def set_helps(self, person_id: int, helps: Iterable[NetworkHelp]) -> Change:
        """Replace what one network person helps with."""

        def op() -> Change:
            case_id = self._case_of("network_persons", person_id)
            self.db.execute("DELETE FROM network_help WHERE person_id = ?", [person_id])
            for help_ in helps:
                self._insert_help(person_id, help_)
            self._touch(case_id)
            self._audit(
                "network_help.update", "U", self._case_ref(case_id), f"network_persons:{person_id}"
            )
            return Change("network_persons", "U", person_id, case_id, ("helps",))

        result: Change = self._run(op)
        return result

    # -- goals and actions --------------------------------------------------------

    def add_goal(self, goal: Goal) -> Goal:
        if not goal.text.strip():
            raise InvalidValue("Een doel heeft een omschrijving.")

        def op() -> Goal:
            ref = self._case_ref(goal.case_id)
            stored = replace(goal, id=None, actions=[])
            stored.id = self._insert(stored)
            for action in goal.actions:
                a = replace(action, id=None, goal_id=stored.id)
                a.id = self._insert(a, case_id=goal.case_id)
                stored.actions.append(a)
            self._touch(goal.case_id)
            self._audit("goals.create", "C", ref, f"goals:{stored.id}")
            return stored

        result: Goal = self._run(op)
        return result

    def add_action(self, action: Action) -> Action:
        if not action.what.strip():
            raise InvalidValue("Een afspraak zegt wat er gebeurt.")

        def op() -> Action:
            case_id = self._case_of("goals", action.goal_id)
            stored = replace(action, id=None)
            stored.id = self._insert(stored, case_id=case_id)
            self._touch(case_id)
            self._audit("actions.create", "C", self._case_ref(case_id), f"actions:{stored.id}")
            return stored

        result: Action = self._run(op)
        return result

    # -- plan versions ------------------------------------------------------------

    def _refuse_if_signed(self, version_id: int) -> None:
        row = self.db.execute(
            "SELECT status FROM plan_versions WHERE id = ?", [version_id]
        ).fetchone()
        if row and row[0] == PlanStatus.SIGNED.value:
            raise FrozenPlan(
                "Dit plan is ondertekend en kan niet meer veranderen. Maak een nieuwe versie."
            )

    def new_plan_version(self, case_id: int, **fields: Any) -> PlanVersion:
        def op() -> PlanVersion:
            ref = self._case_ref(case_id)
            row = self.db.execute(
                "SELECT coalesce(max(number), 0) FROM plan_versions WHERE case_id = ?", [case_id]
            ).fetchone()
            plan = PlanVersion(case_id=case_id, number=int(row[0]) + 1, **fields)
            plan.created_at = now_iso()
            plan.id = self._insert(plan)
            self._touch(case_id)
            self._audit("plan_versions.create", "C", ref, f"plan_versions:{plan.id}")
            return plan

        result: PlanVersion = self._run(op)
        return result

    def sign_plan(
        self, version_id: int, snapshot: dict[str, Any], signatures: Sequence[Signature]
    ) -> PlanVersion:
        """Record the signatures and freeze the version with its fingerprint."""
        if not signatures:
            raise InvalidValue("Er is geen handtekening ingevuld.")

        def op() -> PlanVersion:
            case_id = self._case_of("plan_versions", version_id)
            self._refuse_if_signed(version_id)
            for signature in signatures:
                self._insert(replace(signature, id=None, plan_version_id=version_id))
            text = serial.canonical_json(snapshot)
            self.db.execute(
                "UPDATE plan_versions SET snapshot = ?, fingerprint = ?, status = ?,"
                " signed_at = ? WHERE id = ?",
                [
                    text,
                    serial.fingerprint(snapshot),
                    PlanStatus.SIGNED.value,
                    now_iso(),
                    version_id,
                ],
            )
            self._touch(case_id)
            self._audit(
                "plan_versions.sign", "U", self._case_ref(case_id), f"plan_versions:{version_id}"
            )
            plan = self._select(PlanVersion, "id = ?", [version_id])[0]
            plan.signatures = self._select(Signature, "plan_version_id = ?", [version_id])
            return plan

        result: PlanVersion = self._run(op)
        return result

    # -- logging of outside events ------------------------------------------------

    def log_export(self, case_id: int, what: str) -> audit.Head:
        """Record that a case left the database (an export or a print), and anchor the
        access log outside the database (anchor.py). Returns the head of the log: the
        row just written."""
        action_event = {"print": "cases.print", "export": "cases.export"}[what]
        self._run(
            lambda: self._audit(action_event, "E", self._case_ref(case_id), f"cases:{case_id}")
        )
        return anchor.record_quietly(self.store.path, self.db) or self.log_head()

    def log_head(self) -> audit.Head:
        """The newest row of the access log (id and hash), to print on a plan or an
        export so the head of the chain also leaves the file. Writes no audit row."""
        try:
            return audit.head(self.db)
        except DatabaseError as exc:
            raise _friendly(exc) from exc

    # -- the guided conversation ----------------------------------------------------

    def start_conversation(
        self,
        case_id: int,
        kind: ConversationKind,
        date: dt.date,
        instrument_id: str,
        instrument_version: str,
    ) -> tuple[Conversation, Assessment, Assessment]:
        """Create a conversation with its two empty assessments held at the table (the
        citizen's and the professional's, for the household as a whole), in one
        transaction. Returns (conversation, citizen assessment, professional assessment)."""

        def op() -> tuple[Conversation, Assessment, Assessment]:
            ref = self._case_ref(case_id)
            conversation = Conversation(case_id=case_id, date=date, kind=kind)
            conversation.id = self._insert(conversation)
            self._audit("conversations.create", "C", ref, f"conversations:{conversation.id}")
            citizen, professional = self._table_assessments(
                conversation.id, instrument_id, instrument_version, ref
            )
            self._touch(case_id)
            return conversation, citizen, professional

        result: tuple[Conversation, Assessment, Assessment] = self._run(op)
        return result

    def open_conversation(
        self, conversation_id: int, instrument_id: str, instrument_version: str
    ) -> tuple[CaseFile, Conversation, Assessment, Assessment]:
        """Everything the guided conversation shows, read in one transaction (audited as a
        read of the case): the case file, the conversation, and its citizen and professional
        assessments held at the table with this instrument. Missing assessments are created
        (with `instrument_version`); existing ones are used whatever their version."""

        def op() -> tuple[CaseFile, Conversation, Assessment, Assessment]:
            case_id = self._case_of("conversations", conversation_id)
            citizen, professional = self._table_assessments(
                conversation_id, instrument_id, instrument_version, self._case_ref(case_id)
            )
            case_file = self.load_case(case_id)
            conversation = next(c for c in case_file.conversations if c.id == conversation_id)
            return case_file, conversation, citizen, professional

        result: tuple[CaseFile, Conversation, Assessment, Assessment] = self._run(op)
        return result

    def _table_assessments(
        self, conversation_id: int, instrument_id: str, instrument_version: str, ref: str
    ) -> tuple[Assessment, Assessment]:
        """The at-table household assessments of both perspectives; missing ones created.
        Call inside a transaction."""
        found = self._assessments([conversation_id])
        pair: dict[Perspective, Assessment] = {}
        for assessment in found:
            if (
                assessment.instrument_id == instrument_id
                and assessment.source is AssessmentSource.AT_TABLE
                and assessment.member_id is None
            ):
                pair.setdefault(assessment.perspective, assessment)
        for perspective in (Perspective.CITIZEN, Perspective.PROFESSIONAL):
            if perspective in pair:
                continue
            created = Assessment(
                conversation_id=conversation_id,
                instrument_id=instrument_id,
                instrument_version=instrument_version,
                perspective=perspective,
                created_at=now_iso(),
            )
            created.id = self._insert(created)
            self._audit("assessments.create", "C", ref, f"assessments:{created.id}")
            pair[perspective] = created
        return pair[Perspective.CITIZEN], pair[Perspective.PROFESSIONAL]

    def replace_scores(self, items: Sequence[tuple[int, str, DomainScore | None]]) -> list[Change]:
        """Set or remove the scores of some domains, in one transaction.

        Each item is (assessment id, domain key, score); the score replaces the stored
        one for that domain (its `domain` must be the key), None removes it. Used by the
        guided conversation, where one edit may touch both perspectives of a domain."""
        for _assessment_id, domain, score in items:
            if score is not None:
                if score.domain != domain:
                    raise InvalidValue("De score hoort bij een ander leefgebied.")
                _check_score(score)

        def op() -> list[Change]:
            changes: list[Change] = []
            cases: dict[int, str] = {}
            for assessment_id, domain, score in items:
                case_id = self._case_of("assessments", assessment_id)
                ref = cases.get(case_id) or cases.setdefault(case_id, self._case_ref(case_id))
                if score is None:
                    cursor = self.db.execute(
                        "DELETE FROM domain_scores WHERE assessment_id = ? AND domain = ?"
                        " RETURNING id",
                        [assessment_id, domain],
                    )
                    gone = cursor.fetchone()
                    if gone is None:
                        continue
                    self._audit("domain_scores.delete", "D", ref, f"domain_scores:{gone[0]}")
                    changes.append(Change("domain_scores", "D", int(gone[0]), case_id, (domain,)))
                    continue
                row = row_of(score) | {"assessment_id": assessment_id, "case_id": case_id}
                cols = ", ".join(row)
                updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "assessment_id")
                cursor = self.db.execute(
                    f"INSERT INTO domain_scores ({cols}) VALUES ({', '.join('?' * len(row))}) "
                    f"ON CONFLICT (assessment_id, domain) DO UPDATE SET {updates} RETURNING id",
                    list(row.values()),
                )
                score_id = int(cursor.fetchone()[0])
                self._audit("domain_scores.update", "U", ref, f"domain_scores:{score_id}")
                changes.append(Change("domain_scores", "U", score_id, case_id, (domain,)))
            for case_id in cases:
                self._touch(case_id)
            return changes

        result: list[Change] = self._run(op)
        return result

    # -- the support plan: drafts after signing, undoing a delete (issue #5) ---------

    def draft_plan(self, case_id: int) -> PlanVersion:
        """The plan version being worked on: the newest version when it is a draft,
        otherwise a new draft. A new draft after a signed version starts from its
        agreements, evaluation date, remarks and what the citizen was told; a copy of
        the new version is not yet received."""

        def op() -> PlanVersion:
            ref = self._case_ref(case_id)
            found = self._select(PlanVersion, "case_id = ?", [case_id], order="number DESC LIMIT 1")
            if found and found[0].status is PlanStatus.DRAFT:
                return found[0]
            plan = PlanVersion(case_id=case_id, number=found[0].number + 1 if found else 1)
            if found:
                last = found[0]
                plan.evaluation_date = last.evaluation_date
                plan.agreements = last.agreements
                plan.remarks = last.remarks
                plan.informed_clientondersteuning = last.informed_clientondersteuning
                plan.informed_persoonlijk_plan = last.informed_persoonlijk_plan
            plan.created_at = now_iso()
            plan.id = self._insert(plan)
            self._touch(case_id)
            self._audit("plan_versions.create", "C", ref, f"plan_versions:{plan.id}")
            return plan

        result: PlanVersion = self._run(op)
        return result

    def restore_goal(self, goal: Goal) -> Goal:
        """Put a deleted goal back with its actions, under its old ids when they are
        free (undo of a delete keeps later undo steps pointing at the right rows)."""
        if not goal.text.strip():
            raise InvalidValue("Een doel heeft een omschrijving.")

        def op() -> Goal:
            ref = self._case_ref(goal.case_id)
            taken = (
                goal.id is not None
                and self.db.execute("SELECT 1 FROM goals WHERE id = ?", [goal.id]).fetchone()
            )
            stored = replace(goal, id=None if taken else goal.id, actions=[])
            stored.id = self._insert(stored)
            for action in goal.actions:
                free = (
                    action.id is not None
                    and not self.db.execute(
                        "SELECT 1 FROM actions WHERE id = ?", [action.id]
                    ).fetchone()
                )
                a = replace(action, id=action.id if free else None, goal_id=stored.id)
                a.id = self._insert(a, case_id=goal.case_id)
                stored.actions.append(a)
            self._touch(goal.case_id)
            self._audit("goals.create", "C", ref, f"goals:{stored.id}")
            return stored

        result: Goal = self._run(op)
        return result

    def restore_action(self, action: Action) -> Action:
        """Put a deleted action back, under its old id when that is free."""
        if not action.what.strip():
            raise InvalidValue("Een afspraak zegt wat er gebeurt.")

        def op() -> Action:
            case_id = self._case_of("goals", action.goal_id)
            taken = (
                action.id is not None
                and self.db.execute("SELECT 1 FROM actions WHERE id = ?", [action.id]).fetchone()
            )
            stored = replace(action, id=None if taken else action.id)
            stored.id = self._insert(stored, case_id=case_id)
            self._touch(case_id)
            self._audit("actions.create", "C", self._case_ref(case_id), f"actions:{stored.id}")
            return stored

        result: Action = self._run(op)
        return result

    # -- the own network: undoable removal, versions per conversation (issue #4) -----

    def _network(self, case_id: int) -> list[NetworkPerson]:
        """The network persons of a case with what they help with (no audit row)."""
        persons = self._select(NetworkPerson, "case_id = ?", [case_id])
        helps = self._children(
            NetworkHelp, "person_id", [p.id for p in persons], lambda r: r["person_id"]
        )
        for person in persons:
            person.helps = helps.get(person.id, [])
        return persons

    def network(self, case_id: int) -> list[NetworkPerson]:
        """The network persons of one case, with what they help with (audited as a read)."""

        def op() -> list[NetworkPerson]:
            ref = self._case_ref(case_id)
            persons = self._network(case_id)
            self._audit("network_persons.read", "R", ref, f"cases:{case_id}")
            return persons

        result: list[NetworkPerson] = self._run(op)
        return result

    def remove_person(self, person_id: int) -> tuple[NetworkPerson, list[int]]:
        """Delete one network person. Returns the person as it was (with what it helped
        with) and the ids of the actions that named it, so that undo can put both
        back with `restore_person`."""

        def op() -> tuple[NetworkPerson, list[int]]:
            case_id = self._case_of("network_persons", person_id)
            ref = self._case_ref(case_id)
            person = next(p for p in self._network(case_id) if p.id == person_id)
            rows = self.db.execute(
                "SELECT id FROM actions WHERE network_person_id = ? ORDER BY id", [person_id]
            ).fetchall()
            self.db.execute("DELETE FROM network_persons WHERE id = ?", [person_id])
            self._touch(case_id)
            self._audit("network_persons.delete", "D", ref, f"network_persons:{person_id}")
            return person, [int(r[0]) for r in rows]

        result: tuple[NetworkPerson, list[int]] = self._run(op)
        return result

    def restore_person(
        self, person: NetworkPerson, action_ids: Sequence[int] = ()
    ) -> NetworkPerson:
        """Put a removed network person back, under its old id when that is free, with
        what it helped with; the actions `action_ids` name it again (when they still
        exist and name nobody else)."""

        def op() -> NetworkPerson:
            ref = self._case_ref(person.case_id)
            taken = (
                person.id is not None
                and self.db.execute(
                    "SELECT 1 FROM network_persons WHERE id = ?", [person.id]
                ).fetchone()
            )
            stored = replace(person, id=None if taken else person.id, helps=[])
            stored.id = self._insert(stored)
            for help_ in person.helps:
                self._insert_help(stored.id, help_)
                stored.helps.append(help_)
            for action_id in action_ids:
                self.db.execute(
                    "UPDATE actions SET network_person_id = ? WHERE id = ? AND case_id = ?"
                    " AND network_person_id IS NULL",
                    [stored.id, action_id, person.case_id],
                )
            self._touch(person.case_id)
            self._audit("network_persons.create", "C", ref, f"network_persons:{stored.id}")
            return stored

        result: NetworkPerson = self._run(op)
        return result

    def save_network_version(self, conversation_id: int) -> Any:
        """Keep the network as it is now as the network of this conversation (one
        version per conversation, replaced when the network step is stored again).
        Persons who left before the conversation's date are not in it. Returns the
        `core.network.NetworkVersion`."""
        from eigenkracht.core.network import NetworkVersion, snapshot_text

        def op() -> NetworkVersion:
            case_id = self._case_of("conversations", conversation_id)
            ref = self._case_ref(case_id)
            row = self.db.execute(
                "SELECT date FROM conversations WHERE id = ?", [conversation_id]
            ).fetchone()
            day = dt.date.fromisoformat(row[0])
            persons = [p for p in self._network(case_id) if p.until is None or p.until > day]
            stamp = now_iso()
            cursor = self.db.execute(
                "INSERT INTO network_versions (conversation_id, case_id, taken_at, snapshot)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET"
                " taken_at = excluded.taken_at, snapshot = excluded.snapshot RETURNING id",
                [conversation_id, case_id, stamp, snapshot_text(persons)],
            )
            version_id = int(cursor.fetchone()[0])
            self._audit("network_versions.update", "U", ref, f"network_versions:{version_id}")
            return NetworkVersion(case_id, conversation_id, persons, version_id, stamp)

        result = self._run(op)
        return result

    def network_versions(self, case_id: int) -> list[Any]:
        """The stored network of each conversation of a case that has one, oldest
        conversation first (`core.network.NetworkVersion`s; audited as a read)."""
        from eigenkracht.core.network import NetworkVersion, persons_from_snapshot
        from eigenkracht.core.serial import SerialError

        def op() -> list[NetworkVersion]:
            ref = self._case_ref(case_id)
            rows = self.db.execute(
                "SELECT v.id, v.conversation_id, v.taken_at, v.snapshot FROM network_versions v"
                " JOIN conversations c ON c.id = v.conversation_id WHERE v.case_id = ?"
                " ORDER BY c.date, c.id",
                [case_id],
            ).fetchall()
            versions = []
            for version_id, conversation_id, taken_at, snapshot in rows:
                try:
                    persons = persons_from_snapshot(snapshot)
                except SerialError:
                    continue  # a damaged snapshot: that moment is reconstructed instead
                versions.append(
                    NetworkVersion(case_id, int(conversation_id), persons, version_id, taken_at)
                )
            self._audit("network_versions.read", "R", ref, f"cases:{case_id}")
            return versions

        result: list[NetworkVersion] = self._run(op)
        return result

    # -- the self-assessment brought from home ------------------------------------

    def import_at_home(
        self,
        case_id: int,
        conversation: Conversation,
        conversation_changes: dict[str, tuple[Any, Any]],
        assessment: Assessment | None,
        new_persons: Sequence[NetworkPerson] = (),
        person_notes: Sequence[tuple[int, str, str]] = (),
    ) -> tuple[Conversation | None, Assessment | None, list[Change]]:
        """Store what a worker accepted from a citizen's self-assessment, in one transaction.

        conversation: the one the answers join; with id None it is created (dated and
        kinded by the caller), but only when something goes on it.
        conversation_changes: field -> (value the worker saw, new value), for question,
        what_matters and wellbeing. assessment: the citizen's scores, stored as a new
        assessment of perspective citizen with source at home. new_persons join the
        network; person_notes (person id, notes the worker saw, new notes) replace the
        notes of persons already known.

        Nothing is overwritten silently: when a stored value is no longer what the worker
        saw, nothing at all is stored (InvalidValue). One audit row "assessments.import"
        (action C, object ids only) records the import, beside the rows of what it created
        or changed. Returns (the conversation or None, the assessment or None, changes)."""
        allowed = {"question", "what_matters", "wellbeing"}
        if set(conversation_changes) - allowed:
            raise InvalidValue("Alleen de vraag, wat belangrijk is en het cijfer kunnen mee.")
        if not (conversation_changes or assessment or new_persons or person_notes):
            raise InvalidValue("Er is niets gekozen om over te nemen.")
        wellbeing = conversation_changes.get("wellbeing", (None, None))[1]
        if wellbeing is not None and not 0 <= wellbeing <= 10:
            raise InvalidValue("Het cijfer voor tevredenheid ligt tussen 0 en 10.")
        for score in assessment.scores if assessment is not None else ():
            _check_score(score)
        changed_meanwhile = InvalidValue(
            "Het dossier is intussen veranderd. Er is niets overgenomen; lees het bestand "
            "opnieuw in."
        )

        def op() -> tuple[Conversation | None, Assessment | None, list[Change]]:
            ref = self._case_ref(case_id)
            changes: list[Change] = []
            stored_conversation: Conversation | None = None
            if conversation_changes or assessment is not None:
                if conversation.id is None:
                    fresh = replace(conversation, id=None, case_id=case_id)
                    for name, (seen, new) in conversation_changes.items():
                        if getattr(fresh, name) != seen:
                            raise changed_meanwhile
                        setattr(fresh, name, new)
                    fresh.id = self._insert(fresh)
                    self._audit("conversations.create", "C", ref, f"conversations:{fresh.id}")
                    changes.append(Change("conversations", "C", fresh.id, case_id))
                    stored_conversation = fresh
                else:
                    if self._case_of("conversations", conversation.id) != case_id:
                        raise InvalidValue("Dit gesprek hoort bij een ander dossier.")
                    current = self._select(Conversation, "id = ?", [conversation.id])[0]
                    if conversation_changes:
                        for name, (seen, new) in conversation_changes.items():
                            if getattr(current, name) != seen:
                                raise changed_meanwhile
                            setattr(current, name, new)
                        names = list(conversation_changes)
                        self.db.execute(
                            "UPDATE conversations SET "
                            + ", ".join(f"{name} = ?" for name in names)
                            + " WHERE id = ?",
                            [field_value(Conversation, n, getattr(current, n)) for n in names]
                            + [conversation.id],
                        )
                        self._audit(
                            "conversations.update", "U", ref, f"conversations:{conversation.id}"
                        )
                        changes.append(
                            Change("conversations", "U", conversation.id, case_id, tuple(names))
                        )
                    stored_conversation = current
            stored_assessment: Assessment | None = None
            if assessment is not None:
                assert stored_conversation is not None and stored_conversation.id is not None
                stored_assessment = replace(
                    assessment,
                    id=None,
                    conversation_id=stored_conversation.id,
                    perspective=Perspective.CITIZEN,
                    source=AssessmentSource.AT_HOME,
                    created_at=now_iso(),
                    scores=[],
                )
                stored_assessment.id = self._insert(stored_assessment)
                for score in assessment.scores:
                    self._insert(score, assessment_id=stored_assessment.id, case_id=case_id)
                    stored_assessment.scores.append(score)
                changes.append(Change("assessments", "C", stored_assessment.id, case_id))
            for person in new_persons:
                stored_person = replace(person, id=None, case_id=case_id, helps=[])
                stored_person.id = self._insert(stored_person)
                for help_ in person.helps:
                    self._insert_help(stored_person.id, help_)
                self._audit(
                    "network_persons.create", "C", ref, f"network_persons:{stored_person.id}"
                )
                changes.append(Change("network_persons", "C", stored_person.id, case_id))
            for person_id, seen_notes, new_notes in person_notes:
                if self._case_of("network_persons", person_id) != case_id:
                    raise InvalidValue("Deze persoon hoort bij een ander dossier.")
                row = self.db.execute(
                    "SELECT notes FROM network_persons WHERE id = ?", [person_id]
                ).fetchone()
                if (row[0] or "") != seen_notes:
                    raise changed_meanwhile
                self.db.execute(
                    "UPDATE network_persons SET notes = ? WHERE id = ?", [new_notes, person_id]
                )
                self._audit("network_persons.update", "U", ref, f"network_persons:{person_id}")
                changes.append(Change("network_persons", "U", person_id, case_id, ("notes",)))
            if stored_assessment is not None:
                obj = f"assessments:{stored_assessment.id}"
            elif stored_conversation is not None:
                obj = f"conversations:{stored_conversation.id}"
            else:
                obj = f"cases:{case_id}"
            self._audit("assessments.import", "C", ref, obj)
            self._touch(case_id)
            return stored_conversation, stored_assessment, changes

        result: tuple[Conversation | None, Assessment | None, list[Change]] = self._run(op)
        return result

    def remove_case(self, case_id: int) -> Change:
        """Remove a whole case from this computer (after handover, or when its retention
        period is over): every conversation, score, network person, goal and plan goes
        with it. The audit log keeps one row with the reference, nothing else. The write-
        ahead log is emptied so no old page of the case stays beside the database."""
        change = self.delete(Case, case_id)
        with contextlib.suppress(DatabaseError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return change


def _check_score(score: DomainScore) -> None:
    if score.level is not None and score.not_discussed:
        raise InvalidValue("Een leefgebied met een score is wel besproken.")
    shares = [score.share_self, score.share_network, score.share_professional]
    for share in shares:
        if share is not None and not 0 <= share <= 100:
            raise InvalidValue("Een aandeel ligt tussen 0 en 100 procent.")
    if all(s is not None for s in shares) and sum(s or 0 for s in shares) != 100:
        raise InvalidValue("De aandelen zelf, netwerk en professionals tellen samen op tot 100.")


def _friendly(exc: Exception) -> StoreError:
    """A constraint of the schema by its name; anything else (busy, disk full, read-only,
    damaged) by its SQLite result code (database.store_error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc) if not isinstance(code, int) or code & 0xFF == 19 else ""  # CONSTRAINT
    if "CHECK constraint" in text:
        return InvalidValue("Een waarde ligt buiten het toegestane bereik. Er is niets veranderd.")
    if "UNIQUE constraint" in text:
        return InvalidValue("Dit bestaat al. Er is niets veranderd.")
    if "FOREIGN KEY" in text:
        return InvalidValue("Dit verwijst naar iets dat niet bestaat. Er is niets veranderd.")
    if "frozen" in text:
        return FrozenPlan("Dit plan is ondertekend en kan niet meer veranderen.")
    return store_error(exc)
