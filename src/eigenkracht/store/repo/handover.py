"""Store operations: handover (joined into Repository in store/repository.py)."""

from __future__ import annotations

from eigenkracht.store.repo.base import RepositoryBase


class HandoverPart(RepositoryBase):
    pass
