"""Store operations: backups (joined into Repository in store/repository.py)."""

from __future__ import annotations

from eigenkracht.store.repo.base import RepositoryBase


class BackupsPart(RepositoryBase):
    pass
