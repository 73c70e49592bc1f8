"""Shared test helpers (importable because pyproject sets pythonpath = tests)."""

from __future__ import annotations

from eigenkracht.store.crypto import KdfParams

PASSPHRASE = "correct paard batterij"


def cheap_kdf() -> KdfParams:
    """Real Argon2id, with tiny cost so the suite stays fast."""
    return KdfParams.new(time_cost=1, memory_cost_kib=8)
