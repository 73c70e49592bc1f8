"""Store operations: hand-over of cases to a colleague (exchange/bundle.py; issue 15).

`export_bundle` writes a bundle of one or more whole cases for a named colleague and
records it (audit "cases.handover_out", E; a `handovers` row), optionally marking the
cases as handed over (`handed_over_on`, `handed_over_to`). `read_bundle` opens one and
refuses a bundle made in this database or for another one. `review_bundle` says per
case whether it is new here (its uid is absent) or, when it exists, every difference
section by section and field by field. `import_bundle` takes in only what the receiver
chose: a new case whole (keeping its uids), or for an existing case either "mine" (keep
mine, change nothing) or "theirs" (the received case replaces mine whole, under my
local id). A case that exists is never changed without a choice. Every case taken in is
audited "cases.handover_in" (C for a new case, U for a replacement) with a `handovers`
row that keeps the sender's access-log rows of the case as they travelled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from eigenkracht.core.errors import N_
from eigenkracht.core.model import CaseFile, Change, PlanVersion
from eigenkracht.core.serial import to_plain
from eigenkracht.exchange import bundle as bundles
from eigenkracht.store import anchor, audit
from eigenkracht.store.database import now_iso
from eigenkracht.store.errors import InvalidValue, NotFound
from eigenkracht.store.repo.base import RepositoryBase
from eigenkracht.store.repo.imports import plan_words

Choice = Literal["mine", "theirs"]
DifferenceKind = Literal["nieuw", "ontbreekt", "gewijzigd"]

# The sections of a case as the review shows them, in order, with the Dutch name.
SECTIONS: dict[str, str] = {
    "case": "Dossier",
    "members": "Gezinsleden",
    "conversations": "Gesprekken",
    "assessments": "Scores",
    "network_persons": "Netwerk",
    "goals": "Doelen",
    "actions": "Acties",
    "plan_versions": "Planversies",
    "own_plans": "Eigen plannen",
}
# The Dutch names of the fields a difference shows most (others by their column name).
FIELD_NAMES: dict[str, str] = {
    "notes": "Aantekeningen",
    "question": "Vraag",
    "what_matters": "Wat belangrijk is",
    "date": "Datum",
    "place": "Plaats",
    "present": "Aanwezig",
    "wellbeing": "Welbevinden",
    "name": "Naam",
    "role": "Rol",
    "text": "Tekst",
    "measure": "Hoe we het merken",
    "what": "Wat",
    "status": "Status",
    "due_date": "Klaar op",
    "scores": "Scores",
    "helps": "Helpt met",
    "signatures": "Handtekeningen",
    "snapshot": "Inhoud van de versie",
    "fingerprint": "Vingerafdruk",
    "household_name": "Huishouden",
    "coordinator": "Regisseur",
}
# Fields a difference is not about: local ids and links, and what the store keeps itself.
_IGNORED = frozenset(
    {"id", "case_id", "created_at", "updated_at", "handed_over_on", "handed_over_to", "actions"}
)
_MAX_SHOWN = 120  # characters of a value in a difference


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class RecordDifference:
    """One record that differs: only in the bundle (nieuw), only here (ontbreekt), or in
    both with other content (gewijzigd, with the fields that differ)."""

    section: str  # a key of SECTIONS
    uid: str
    label: str
    kind: DifferenceKind
    fields: tuple[FieldDifference, ...] = ()


@dataclass(frozen=True)
class CaseReview:
    """One case of a bundle beside this database."""

    uid: str
    reference: str
    household_name: str
    local_id: int | None  # None: the case is new here
    differences: tuple[RecordDifference, ...] = ()

    @property
    def is_new(self) -> bool:
        return self.local_id is None

    @property
    def same(self) -> bool:
        return self.local_id is not None and not self.differences


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _label(section: str, plain: Mapping[str, Any]) -> str:
    for key in ("reference", "name", "text", "what", "date", "number", "received_on"):
        if key in plain and plain[key] not in (None, ""):
            if section == "plan_versions":
                return f"versie {plain['number']}"
            if section == "assessments":
                break
            return _short(plain[key])
    if section == "assessments":
        return f"{plain.get('instrument_id', '')} ({plain.get('perspective', '')})"
    return "—"


class HandoverPart(RepositoryBase):
    # -- the database's own id -----------------------------------------------------

    def database_uid(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'database_uid'").fetchone()
        if row is None:  # only before migration 0007, which every open store has run
            raise NotFound.say(
                "repo.deze-database-heeft-nog", N_("Deze database heeft nog geen eigen kenmerk.")
            )
        return str(row[0])

    # -- export ----------------------------------------------------------------------

    def _uids_of(self, case_id: int) -> dict[str, dict[int, str]]:
        queries = {
            "members": "SELECT id, uid FROM members WHERE case_id = ?",
            "conversations": "SELECT id, uid FROM conversations WHERE case_id = ?",
            "assessments": "SELECT a.id, a.uid FROM assessments a JOIN conversations c"
            " ON c.id = a.conversation_id WHERE c.case_id = ?",
            "network_persons": "SELECT id, uid FROM network_persons WHERE case_id = ?",
            "goals": "SELECT id, uid FROM goals WHERE case_id = ?",
            "actions": "SELECT id, uid FROM actions WHERE case_id = ?",
            "plan_versions": "SELECT id, uid FROM plan_versions WHERE case_id = ?",
            "own_plans": "SELECT id, uid FROM own_plans WHERE case_id = ?",
        }
        return {
            table: {int(r[0]): str(r[1]) for r in self.db.execute(sql, [case_id]).fetchall()}
            for table, sql in queries.items()
        }

    def _bundled(self, case_id: int) -> bundles.BundledCase:
        case_file = self._read_case(case_id)
        assert isinstance(case_file, CaseFile)
        versions = [
            bundles.NetworkVersion(int(r[0]), str(r[1]), str(r[2]))
            for r in self.db.execute(
                "SELECT conversation_id, taken_at, snapshot FROM network_versions"
                " WHERE case_id = ? ORDER BY conversation_id",
                [case_id],
            ).fetchall()
        ]
        used = sorted({(a.instrument_id, a.instrument_version) for a in case_file.assessments})
        instruments = []
        for ident, version in used:
            row = self.db.execute(
                "SELECT source_text FROM instrument_definitions"
                " WHERE instrument_id = ? AND version = ?",
                [ident, version],
            ).fetchone()
            if row:
                instruments.append(bundles.InstrumentText(ident, version, str(row[0])))
        rows = [
            dict(r)
            for r in self.db.query(
                f"SELECT {', '.join(bundles.AUDIT_FIELDS)} FROM audit_log"
                " WHERE case_ref = ? ORDER BY id",
                [case_file.case.reference],
            )
        ]
        head = audit.head(self.db)
        return bundles.BundledCase(
            case_file=case_file,
            uids=self._uids_of(case_id),
            network_versions=versions,
            instruments=instruments,
            audit=rows,
            audit_head=(head.id, head.hash),
        )

    def export_bundle(
        self,
        case_ids: Sequence[int],
        recipient: str,
        code: str,
        out: Path,
        *,
        mark_handed_over: bool = False,
        recipient_database: str = "",
        today: dt.date | None = None,
        kdf: bundles.KdfSettings | None = None,
    ) -> list[Change]:
        """Write a bundle of these cases for `recipient` to `out`, in the same
        transaction as its audit rows: when the file cannot be written, nothing is
        recorded. With `mark_handed_over` each case gets today's day and the colleague's
        name as handed over. Raises BundleError, StoreError or OSError."""
        if not case_ids:
            raise InvalidValue.say(
                "repo.kies-minstens-dossier-om", N_("Kies minstens één dossier om over te dragen.")
            )
        if len(set(case_ids)) != len(case_ids):
            raise InvalidValue.say(
                "repo.dossier-staat-twee-keer", N_("Een dossier staat twee keer in de overdracht.")
            )
        day = today or dt.date.today()

        def op() -> list[Change]:
            cases = [self._bundled(case_id) for case_id in case_ids]
            data = bundles.dumps(
                cases,
                code=code,
                source_database=self.database_uid(),
                sender=self.store.worker,
                recipient=recipient,
                recipient_database=recipient_database,
                kdf=kdf,
            )
            digest = hashlib.sha256(data).hexdigest()
            stamp = now_iso()
            for case_id, bundled in zip(case_ids, cases, strict=True):
                ref = bundled.case_file.case.reference
                self.db.execute(
                    "INSERT INTO handovers (case_id, direction, at, colleague, other_database,"
                    " digest) VALUES (?, 'uit', ?, ?, ?, ?)",
                    [case_id, stamp, recipient.strip(), recipient_database, digest],
                )
                self._audit("cases.handover_out", "E", ref, f"cases:{case_id}")
                if mark_handed_over:
                    self.db.execute(
                        "UPDATE cases SET handed_over_on = ?, handed_over_to = ? WHERE id = ?",
                        [day.isoformat(), recipient.strip(), case_id],
                    )
                    self._changed(
                        Change("cases", "U", case_id, case_id, ("handed_over_on", "handed_over_to"))
                    )
            bundles.write_file(out, data)  # last: a file that cannot be written undoes all
            return self._changes_so_far()

        changes = self._run(op)
        anchor.record_quietly(self.store.path, self.db)
        return changes

    # -- import ----------------------------------------------------------------------

    def read_bundle(self, data: bytes, code: str) -> bundles.Bundle:
        """Open a bundle for this database. Raises BundleError (one Dutch sentence)."""
        header = bundles.read_header(data)
        bundles.check_target(header, self.database_uid())
        opened = bundles.loads(data, code)
        bundles.check_target(opened.header, self.database_uid())
        return opened

    def _local_case(self, uid: str) -> int | None:
        row = self.db.execute("SELECT id FROM cases WHERE uid = ?", [uid]).fetchone()
        return int(row[0]) if row else None

    def review_bundle(self, opened: bundles.Bundle) -> list[CaseReview]:
        """Each case of the bundle beside this database (reads, audited as reads)."""
        return self._run(lambda: [self._review(bundled) for bundled in opened.cases])

    def _review(self, bundled: bundles.BundledCase) -> CaseReview:
        theirs = bundled.case_file.case
        local = self._local_case(bundled.uid)
        differences: tuple[RecordDifference, ...] = ()
        if local is not None:
            differences = tuple(_differences(self._bundled(local), bundled))
        return CaseReview(bundled.uid, theirs.reference, theirs.household_name, local, differences)

    def import_bundle(
        self, opened: bundles.Bundle, choices: Mapping[str, Choice] | None = None
    ) -> list[Change]:
        """Take in the cases of a bundle: a new case whole; an existing one only as
        `choices[uid]` says ("mine": nothing changes; "theirs": the received case
        replaces mine). Refuses (nothing changed) when an existing case that differs has
        no choice, or a new case's reference is already used here by another case."""
        choices = dict(choices or {})
        reviews = {r.uid: r for r in self.review_bundle(opened)}
        for uid, choice in choices.items():
            if uid not in reviews or choice not in ("mine", "theirs"):
                raise InvalidValue.say(
                    "repo.keuze-hoort-bij-geen",
                    N_("Een keuze hoort bij geen dossier van deze overdracht."),
                )
        for review in reviews.values():
            if not review.is_new and not review.same and review.uid not in choices:
                raise InvalidValue.say(
                    "repo.dossier-bestaat-hier-al",
                    N_(
                        "Dossier {reference} bestaat hier al en verschilt; kies per dossier "
                        "welke versie blijft."
                    ),
                    reference=review.reference,
                )

        def op() -> list[Change]:
            for bundled in opened.cases:
                review = reviews[bundled.uid]
                if review.is_new:
                    self._take_in(bundled, opened, None)
                elif choices.get(bundled.uid) == "theirs" and not review.same:
                    self._take_in(bundled, opened, review.local_id)
                else:  # kept as it is here: the hand-over is recorded, nothing changes
                    assert review.local_id is not None
                    self._record_in(bundled, opened, review.local_id, "eigen versie")
                    self._audit(
                        "cases.handover_in",
                        "R",
                        review.reference,
                        f"cases:{review.local_id}",
                        result="behouden",
                    )
            return self._changes_so_far()

        changes = self._run(op)
        anchor.record_quietly(self.store.path, self.db)
        return changes

    def _record_in(
        self, bundled: bundles.BundledCase, opened: bundles.Bundle, case_id: int, note: str
    ) -> None:
        rows = {"rows": bundled.audit, "head": list(bundled.audit_head), "keuze": note}
        self.db.execute(
            "INSERT INTO handovers (case_id, direction, at, colleague, other_database, digest,"
            " audit) VALUES (?, 'in', ?, ?, ?, ?, ?)",
            [
                case_id,
                now_iso(),
                opened.header.sender,
                opened.header.source_database,
                opened.digest,
                json.dumps(rows, ensure_ascii=False, separators=(",", ":")),
            ],
        )

    def _take_in(
        self, bundled: bundles.BundledCase, opened: bundles.Bundle, replace_id: int | None
    ) -> None:
        source = bundled.case_file
        kept: list[tuple[Any, ...]] = []
        if replace_id is not None:
            kept = self.db.execute(
                "SELECT direction, at, colleague, other_database, digest, audit FROM handovers"
                " WHERE case_id = ? ORDER BY id",
                [replace_id],
            ).fetchall()
            self.db.execute("DELETE FROM cases WHERE id = ?", [replace_id])
        elif self.db.execute(
            "SELECT 1 FROM cases WHERE reference = ?", [source.case.reference]
        ).fetchone():
            raise InvalidValue.say(
                "repo.kenmerk-hier-al-ander",
                N_(
                    "Het kenmerk {reference} is hier al van een ander dossier; de overdracht "
                    "is niet ingelezen."
                ),
                reference=source.case.reference,
            )
        uids = bundled.uids
        case = replace(source.case, id=replace_id, handed_over_on=None, handed_over_to="")
        case_id = self._insert(case)
        for row in kept:
            self.db.execute(
                "INSERT INTO handovers (case_id, direction, at, colleague, other_database,"
                " digest, audit) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [case_id, *row],
            )
        members: dict[int, int] = {}
        for m in source.members:
            assert m.id is not None
            members[m.id] = self._insert(
                replace(m, id=None, case_id=case_id), uid=uids["members"][m.id]
            )
        conversations: dict[int, int] = {}
        for c in source.conversations:
            assert c.id is not None
            conversations[c.id] = self._insert(
                replace(c, id=None, case_id=case_id), uid=uids["conversations"][c.id]
            )
        for v in bundled.network_versions:
            self.db.execute(
                "INSERT INTO network_versions (conversation_id, case_id, taken_at, snapshot)"
                " VALUES (?, ?, ?, ?)",
                [conversations[v.conversation_id], case_id, v.taken_at, v.snapshot],
            )
        for text in bundled.instruments:
            self.db.execute(
                "INSERT OR IGNORE INTO instrument_definitions"
                " (instrument_id, version, source_text, kept_at) VALUES (?, ?, ?, ?)",
                [text.instrument_id, text.version, text.source_text, now_iso()],
            )
        for a in source.assessments:
            assert a.id is not None
            stored = replace(
                a,
                id=None,
                conversation_id=conversations[a.conversation_id],
                member_id=None if a.member_id is None else members[a.member_id],
            )
            assessment_id = self._insert(stored, uid=uids["assessments"][a.id])
            for score in a.scores:
                self._insert(score, assessment_id=assessment_id, case_id=case_id)
        persons: dict[int, int] = {}
        for p in source.network:
            assert p.id is not None
            persons[p.id] = self._insert(
                replace(p, id=None, case_id=case_id), uid=uids["network_persons"][p.id]
            )
            for help_ in p.helps:
                self._insert_help(persons[p.id], help_)
        for g in source.goals:
            assert g.id is not None
            goal_id = self._insert(
                replace(
                    g,
                    id=None,
                    case_id=case_id,
                    member_id=None if g.member_id is None else members[g.member_id],
                ),
                uid=uids["goals"][g.id],
            )
            for action in g.actions:
                assert action.id is not None
                linked = action.network_person_id
                self._insert(
                    replace(
                        action,
                        id=None,
                        goal_id=goal_id,
                        network_person_id=None if linked is None else persons[linked],
                    ),
                    case_id=case_id,
                    uid=uids["actions"][action.id],
                )
        for plan in source.plans:
            assert plan.id is not None
            plan_id = self._insert(
                replace(plan, id=None, case_id=case_id), uid=uids["plan_versions"][plan.id]
            )
            for signature in plan.signatures:
                self._insert(replace(signature, id=None, plan_version_id=plan_id))
        for own in source.own_plans:
            assert own.id is not None
            self._insert(
                replace(own, id=None, case_id=case_id),
                words=plan_words(own.content),
                uid=uids["own_plans"][own.id],
            )
        self._record_in(bundled, opened, case_id, "overgenomen")
        kind: Literal["C", "U"] = "C" if replace_id is None else "U"
        self._audit("cases.handover_in", kind, case.reference, f"cases:{case_id}")
        self._changed(Change("cases", kind, case_id, case_id))

    def handovers(self, case_id: int) -> list[dict[str, Any]]:
        """The hand-overs of a case (made and taken in), oldest first (no audit row)."""
        return [
            dict(r)
            for r in self.db.query(
                "SELECT direction, at, colleague, other_database, digest FROM handovers"
                " WHERE case_id = ? ORDER BY id",
                [case_id],
            )
        ]


# --------------------------------------------------------------------------- differences


def _plain_records(bundled: bundles.BundledCase) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record of a bundled case as plain values by section and uid, with the
    links between records named by uid instead of by local id."""
    cf = bundled.case_file
    uids = bundled.uids

    def link(table: str, ident: int | None) -> str | None:
        return None if ident is None else uids[table].get(ident, "?")

    out: dict[str, dict[str, dict[str, Any]]] = {s: {} for s in SECTIONS}
    out["case"][cf.case.uid] = to_plain(cf.case)
    for m in cf.members:
        assert m.id is not None
        out["members"][uids["members"][m.id]] = to_plain(m)
    for c in cf.conversations:
        assert c.id is not None
        out["conversations"][uids["conversations"][c.id]] = to_plain(c)
    for a in cf.assessments:
        assert a.id is not None
        plain = to_plain(a)
        plain["conversation_id"] = link("conversations", a.conversation_id)
        plain["member_id"] = link("members", a.member_id)
        out["assessments"][uids["assessments"][a.id]] = plain
    for p in cf.network:
        assert p.id is not None
        out["network_persons"][uids["network_persons"][p.id]] = to_plain(p)
    for g in cf.goals:
        assert g.id is not None
        plain = to_plain(g)
        plain["member_id"] = link("members", g.member_id)
        out["goals"][uids["goals"][g.id]] = plain
        for action in g.actions:
            assert action.id is not None
            plain = to_plain(action)
            plain["goal_id"] = uids["goals"][g.id]
            plain["network_person_id"] = link("network_persons", action.network_person_id)
            out["actions"][uids["actions"][action.id]] = plain
    for v in cf.plans:
        assert v.id is not None
        out["plan_versions"][uids["plan_versions"][v.id]] = _plan_plain(v)
    for own in cf.own_plans:
        assert own.id is not None
        out["own_plans"][uids["own_plans"][own.id]] = to_plain(own)
    return out


def _plan_plain(plan: PlanVersion) -> dict[str, Any]:
    plain: dict[str, Any] = to_plain(plan)
    plain["signatures"] = [
        {k: v for k, v in s.items() if k not in ("id", "plan_version_id")}
        for s in plain["signatures"]
    ]
    return plain


def _differences(
    mine: bundles.BundledCase, theirs: bundles.BundledCase
) -> Iterable[RecordDifference]:
    left, right = _plain_records(mine), _plain_records(theirs)
    for section in SECTIONS:
        here, there = left[section], right[section]
        for uid, record in there.items():
            if uid not in here:
                yield RecordDifference(section, uid, _label(section, record), "nieuw")
                continue
            fields = tuple(
                FieldDifference(name, _short(here[uid].get(name)), _short(value))
                for name, value in record.items()
                if name not in _IGNORED and here[uid].get(name) != value
            )
            if fields:
                yield RecordDifference(section, uid, _label(section, record), "gewijzigd", fields)
        for uid, record in here.items():
            if uid not in there:
                yield RecordDifference(section, uid, _label(section, record), "ontbreekt")
