"""Store operations: retention (joined into Repository in store/repository.py).

The overview reads the cases table and one count over the actions (is an action a
maatwerkvoorziening), nothing of the conversations, scores or plans. The last change of
a case is its `updated_at`: every write to any of its rows touches it (RepositoryBase._touch).
Removing goes through `remove_case` (one transaction, one audit row with the reference).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eigenkracht.core.model import ActorKind, Case
from eigenkracht.core.retention import (
    DEFAULT_POLICY,
    CaseRetention,
    RetentionPolicy,
    retention,
)
from eigenkracht.store.mapping import from_row
from eigenkracht.store.repo.base import RepositoryBase


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
            found = []
            for row in self.db.query("SELECT * FROM cases ORDER BY reference"):
                case = from_row(Case, row)
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
                        # migration 0007: read from the row while the Case has no field
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
