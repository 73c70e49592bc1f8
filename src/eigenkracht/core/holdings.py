"""What is held about one case beside its case file, as plain data: the store reads it
(store/repo/holdings.py), the inzage carries it (exchange/inzage.py). No SQL here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eigenkracht.core.model import CaseFile, NetworkPerson


@dataclass
class StoredNetwork:
    """One row of network_versions: the network kept at one conversation."""

    id: int
    conversation_id: int
    taken_at: str
    snapshot: str  # the exact text kept (canonical JSON, core.network.snapshot_text)
    persons: list[NetworkPerson] | None  # read from it; None when it cannot be read


@dataclass
class CaseHoldings:
    """Everything held about one case (store.repo.holdings.case_holdings)."""

    case_file: CaseFile
    network_versions: list[StoredNetwork] = field(default_factory=list)
    # (instrument id, version) -> the exact definition kept, for those the case used
    kept_definitions: dict[tuple[str, str], str] = field(default_factory=dict)
    # table -> its rows of this case (column -> value), for every table of the case
    # that the case file and the network versions do not carry
    other_tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
