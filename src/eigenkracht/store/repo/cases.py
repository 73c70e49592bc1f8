"""Cases: create, find, list, search, read whole, remove; members; the log of what left
the database (exports and prints)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from eigenkracht.core.errors import N_
from eigenkracht.core.model import (
    Case,
    CaseFile,
    CaseKind,
    CaseStatus,
    CaseSummary,
    Change,
    Member,
)
from eigenkracht.core.process import ROUTE_FIELDS, case_status
from eigenkracht.core.text import lone_surrogate
from eigenkracht.store import anchor, audit
from eigenkracht.store.database import DatabaseError, now_iso
from eigenkracht.store.errors import InvalidValue, NotFound
from eigenkracht.store.mapping import field_value
from eigenkracht.store.repo.base import TOKEN, RepositoryBase, friendly

DATE_FIELDS = (
    "melding_date",
    "persoonlijk_plan_received",
    "verslag_sent",
    "aanvraag_date",
    "beschikking_date",
    "closed_on",
)
# The status a case created with another status than "melding" keeps (core.process:
# the worker's own choice needs a reason).
CREATED_WITH_STATUS = "Gekozen bij het aanmaken van het dossier."


class CasesPart(RepositoryBase):
    def create_case(self, case: Case, members: Iterable[Member] = ()) -> CaseFile:
        if not case.reference.strip() or not case.household_name.strip():
            raise InvalidValue.say(
                "repo.dossier-heeft-kenmerk-naam",
                N_("Een dossier heeft een kenmerk en een naam van het huishouden."),
            )

        def op() -> CaseFile:
            if self.db.execute(
                "SELECT 1 FROM cases WHERE reference = ?", [case.reference]
            ).fetchone():
                raise InvalidValue.say(
                    "repo.kenmerk-bestaat-al",
                    N_("Het kenmerk {reference} bestaat al."),
                    reference=case.reference,
                )
            stamp = now_iso()
            uid = case.uid or uuid.uuid4().hex  # a stable id of its own (migration 0007)
            stored = replace(case, id=None, uid=uid, created_at=stamp, updated_at=stamp)
            if stored.status is CaseStatus.AFGESLOTEN and stored.closed_on is None:
                stored.closed_on = dt.date.today()  # closed is a day (core.process)
            if stored.status_override is None and stored.status not in (
                CaseStatus.MELDING,
                case_status(stored),
            ):
                stored.status_override = stored.status
                stored.status_reason = stored.status_reason or CREATED_WITH_STATUS
            # Order only: a case may be entered afterwards, on any day.
            self._check_route(stored, ROUTE_FIELDS, dt.date.max)
            stored.status = case_status(stored)
            stored.id = case_id = self._insert(stored)
            self._changed(Change("cases", "C", case_id, case_id))
            saved = []
            for member in members:
                m = replace(member, id=None, case_id=case_id)
                m.id = self._insert(m)
                self._changed(Change("members", "C", m.id, case_id))
                saved.append(m)
            self._audit("cases.create", "C", stored.reference, f"cases:{case_id}")
            return CaseFile(case=stored, members=saved)

        return self._run(op)

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
            values["case_kind"] = CaseKind(values["case_kind"])
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
        words = list(dict.fromkeys(t.lower() for t in TOKEN.findall(text)))[:8]
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

        return self._run(op)

    def get_case(self, case_id: int) -> Case:
        found = self._select(Case, "id = ?", [case_id])
        if not found:
            raise NotFound.say(
                "repo.dit-dossier-bestaat-meer", N_("Dit dossier bestaat niet (meer).")
            )
        return found[0]

    def load_case(self, case_id: int) -> CaseFile:
        """Everything about one case, read in one transaction (audited as a read)."""
        return self._run(lambda: self._read_case(case_id))

    def record_route(self, case_id: int, today: dt.date | None = None, **fields: Any) -> Change:
        """Record steps of the route (core.process.ROUTE_FIELDS: the day of a step, the
        case's kind, the closing reason, the worker's own status with its reason) in one
        transaction, refusing days that cannot be (core.process.route_problems; `today`
        for "in the future", default the real date). The status follows (the Change
        names it when it changed); the audit row names the fields, never their values."""
        bad = [name for name in fields if name not in ROUTE_FIELDS]
        if bad:
            raise InvalidValue.say("repo.onbekend-veld", N_("Onbekend veld: {bad}"), bad=bad[0])
        if not fields:
            raise InvalidValue.say("repo.niets-om-slaan", N_("Er is niets om op te slaan."))
        if fields.get("status_override") is None and "status_override" in fields:
            fields.setdefault("status_reason", "")

        def op() -> Change:
            found = self._select(Case, "id = ?", [case_id])
            if not found:
                raise NotFound.say(
                    "repo.dit-dossier-bestaat-meer", N_("Dit dossier bestaat niet (meer).")
                )
            self._check_route(replace(found[0], **fields), list(fields), today)
            values = [field_value(Case, name, value) for name, value in fields.items()]
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self.db.execute(f"UPDATE cases SET {assignments} WHERE id = ?", [*values, case_id])
            self._touch(case_id)
            names = tuple(fields) + self._refresh_status(case_id)
            self._audit(
                "cases.route", "U", self._case_ref(case_id), f"cases:{case_id}:{','.join(names)}"
            )
            change = Change("cases", "U", case_id, case_id, names)
            self._changed(change)
            return change

        return self._run(op)

    def add_member(self, member: Member) -> Member:
        return self._add_simple(member, member.case_id)

    def remove_case(self, case_id: int) -> Change:
        """Remove a whole case from this computer (after handover, or when its retention
        period is over): every conversation, score, network person, goal and plan goes
        with it. The audit log keeps one row with the reference, nothing else. The write-
        ahead log is emptied so no old page of the case stays beside the database."""
        change = self.delete(Case, case_id)
        with contextlib.suppress(DatabaseError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return change

    # -- logging of outside events ------------------------------------------------

    def log_export(self, case_id: int, what: str) -> audit.Head:
        """Record that a case left the database (an export or a print), and anchor the
        access log outside the database (anchor.py). Returns the head of the log: the
        row just written. Nothing of the case changes (no Change)."""
        action_event = {"print": "cases.print", "export": "cases.export"}[what]
        self._run(
            lambda: self._audit(action_event, "E", self._case_ref(case_id), f"cases:{case_id}")
        )
        return anchor.record_quietly(self.store.path, self.db) or self.log_head()

    def log_aggregate_export(self, what: str, cases: int) -> audit.Head:
        """Record that anonymous figures over the cases left the database (`what`:
        "monitor"): one row naming how many cases were read, no case (the reads of the
        cases have their own rows), and anchor the log as `log_export` does."""
        event = {"monitor": "cases.monitor"}[what]
        self._run(lambda: self._audit(event, "E", obj=f"dossiers:{cases}"))
        return anchor.record_quietly(self.store.path, self.db) or self.log_head()

    def log_head(self) -> audit.Head:
        """The newest row of the access log (id and hash), to print on a plan or an
        export so the head of the chain also leaves the file. Writes no audit row."""
        try:
            return audit.head(self.db)
        except DatabaseError as exc:
            raise friendly(exc) from exc
