"""Store operations: retention (joined into Repository in store/repository.py).

The overview reads the cases table and one count over the actions (is an action a
maatwerkvoorziening), nothing of the conversations, scores or plans. The last change of
a case is its `updated_at`: every write to any of its rows touches it (RepositoryBase._touch).
Removing goes through `remove_case` (one transaction, one audit row with the reference).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eigenkracht.core.model import ActorKind, Case, CaseKind, CaseStatus
from eigenkracht.core.retention import (
    DEFAULT_POLICY,
    CaseRetention,
    RetentionPolicy,
    retention,
)
from eigenkracht.store.repo.base import RepositoryBase

# The columns the rules read (core/retention.py), nothing more.
READ = (
    "id",
    "reference",
    "household_name",
    "status",
    "case_kind",
    "closed_on",
    "beschikking_date",
    "retention_until",
    "updated_at",
    "created_at",
)


def _day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class RetentionPart(RepositoryBase):
    def retention_overview(
        self, today: dt.date, policy: RetentionPolicy = DEFAULT_POLICY
    ) -> list[CaseRetention]:
        """Every case with the end of its retention (core/retention.py) and whether it is
        past that on `today`, or handed over; in the order of the references."""

        def op() -> list[CaseRetention]:
            maatwerk = {
                int(row[0])
                for row in self.db.execute(
                    "SELECT DISTINCT case_id FROM actions WHERE actor_kind = ?",
                    [ActorKind.MAATWERK.value],
                ).fetchall()
            }
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(cases)").fetchall()}
            handover = [c for c in ("handed_over_on", "handed_over_to") if c in columns]
            names = [*READ, *handover]
            found = []
            for values in self.db.execute(
                f"SELECT {', '.join(names)} FROM cases ORDER BY reference"
            ).fetchall():
                row = dict(zip(names, values, strict=True))
                case = Case(
                    reference=row["reference"],
                    household_name=row["household_name"],
                    id=int(row["id"]),
                    status=CaseStatus(row["status"]),
                    case_kind=CaseKind(row["case_kind"]),
                    closed_on=_day(row["closed_on"]),
                    beschikking_date=_day(row["beschikking_date"]),
                    retention_until=_day(row["retention_until"]),
                    updated_at=row["updated_at"] or "",
                    created_at=row["created_at"] or "",
                )
                assert case.id is not None
                last_change = _day(case.updated_at) or _day(case.created_at) or today
                kept = retention(case, last_change, policy, maatwerk=case.id in maatwerk)
                found.append(
                    CaseRetention(
                        case_id=case.id,
                        reference=case.reference,
                        household_name=case.household_name,
                        case_kind=case.case_kind,
                        closed_on=case.closed_on,
                        last_change=last_change,
                        retention=kept,
                        past=kept.past(today),
                        # migration 0007 (a database not yet migrated has neither)
                        handed_over_on=_day(row.get("handed_over_on")),
                        handed_over_to=str(row.get("handed_over_to") or ""),
                    )
                )
            return found

        return self._run(op)

    def removable_cases(
        self, today: dt.date, policy: RetentionPolicy = DEFAULT_POLICY
    ) -> list[CaseRetention]:
        """The cases offered for removal: past retention on `today`, or handed over."""
        return [c for c in self.retention_overview(today, policy) if c.removable]

    def case_retention(
        self, case_id: int, today: dt.date, policy: RetentionPolicy = DEFAULT_POLICY
    ) -> CaseRetention | None:
        """The overview line of one case (None: there is no such case)."""
        for line in self.retention_overview(today, policy):
            if line.case_id == case_id:
                return line
        return None
