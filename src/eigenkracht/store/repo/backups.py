"""Store operations: backups (joined into Repository in store/repository.py).

The backup file itself is made and read by store/backup.py; here are the parts that
belong to the open database: the access log's rows for a backup made and a database
restored from one, and when the last backup was made (meta `last_backup_at`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eigenkracht.store import anchor
from eigenkracht.store.backup import BackupInfo, Progress, write_backup
from eigenkracht.store.database import now_iso
from eigenkracht.store.repo.base import RepositoryBase

LAST_BACKUP = "last_backup_at"


class BackupsPart(RepositoryBase):
    def make_backup(self, out: Path, progress: Progress | None = None) -> BackupInfo:
        """Write a backup of the whole database to `out` (store/backup.py), then record it:
        an access-log row (E, the database as a whole) and meta `last_backup_at`. Raises
        BackupError; then nothing is recorded."""
        self.store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        anchor.record_quietly(self.store.path, self.db)  # the copy's anchor reaches its head
        info = write_backup(
            self.store.conn,
            self.store.path,
            Path(out),
            schema=self.store.schema_names(),
            created_at=now_iso(),
            progress=progress,
        )

        def op() -> None:
            self._audit("database.backup", "E", obj=f"database:{info.cases} dossiers")
            self._set_meta(LAST_BACKUP, info.created_at)

        self._run(op)
        anchor.record_quietly(self.store.path, self.db)
        return info

    def record_restore(self, backup_created_at: str) -> None:
        """In a database just restored from a backup made at `backup_created_at`: an
        access-log row (C), and the backup counts as the last one made."""

        def op() -> None:
            self._audit("database.restore", "C", obj=f"reservekopie:{backup_created_at}")
            self._set_meta(LAST_BACKUP, backup_created_at)

        self._run(op)

    def last_backup_at(self) -> dt.datetime | None:
        """When the last backup of this database was made (UTC), None when never."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [LAST_BACKUP]).fetchone()
        if row is None:
            return None
        try:
            return dt.datetime.fromisoformat(str(row[0]).replace("Z", "+00:00"))
        except ValueError:
            return None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
