"""Store operations: retention (joined into Repository in store/repository.py)."""

from __future__ import annotations

from eigenkracht.store.repo.base import RepositoryBase


class RetentionPart(RepositoryBase):
    pass
