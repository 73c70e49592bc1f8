"""Store operations. Each runs in one transaction, writes its audit row in that
same transaction, and records what changed (`core.model.Change`). The UI and the
command line call only these; neither writes SQL.

`Repository` joins the parts in store/repo/: cases, conversations, network, plan, the
import of a self-assessment and everything held about a case (holdings.py, the
inzage), backups, hand-over bundles and retention, on one base (transaction, audit, anchor, errors).
Several writes become one transaction with `Repository.unit()`, which also collects
what all of them changed: one user action, one unit.
"""

from __future__ import annotations

from eigenkracht.store.errors import FrozenPlan, InvalidValue, NotFound, StoreError
from eigenkracht.store.repo.backups import BackupsPart
from eigenkracht.store.repo.base import CASE_OF, PROTECTED, TABLES, Unit, check_score, friendly
from eigenkracht.store.repo.cases import DATE_FIELDS, CasesPart
from eigenkracht.store.repo.conversations import ConversationsPart
from eigenkracht.store.repo.handover import HandoverPart
from eigenkracht.store.repo.holdings import HoldingsPart
from eigenkracht.store.repo.imports import ImportsPart
from eigenkracht.store.repo.network import NetworkPart
from eigenkracht.store.repo.plan import PlanPart
from eigenkracht.store.repo.retention import RetentionPart


class Repository(
    CasesPart,
    ConversationsPart,
    NetworkPart,
    PlanPart,
    ImportsPart,
    HoldingsPart,
    BackupsPart,
    HandoverPart,
    RetentionPart,
):
    """All store operations of one open database (see the parts in store/repo/)."""


__all__ = [
    "CASE_OF",
    "DATE_FIELDS",
    "PROTECTED",
    "TABLES",
    "FrozenPlan",
    "InvalidValue",
    "NotFound",
    "Repository",
    "StoreError",
    "Unit",
    "check_score",
    "friendly",
]
