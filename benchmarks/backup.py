"""Backup and restore of the 10,000-case benchmark database (issue 15: backup < 10 s).

    .venv/bin/python benchmarks/backup.py [--cases 10000] [--notes 100000]

Uses the database of benchmarks/run.py (benchmarks/out/, built when missing). Measures,
each a few times: the backup while the database is open (the snapshot, the comparison of
the copy, writing the file), reading the header, and the restore into a new place with
all its checks (the Argon2id of the default key file included).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run

from eigenkracht.store.backup import read_info, restore_backup
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    run.OUT.mkdir(exist_ok=True)
    path = run.OUT / f"bench-{args.cases}-{args.notes}.db"
    if not path.exists():
        run.build(path, args.cases, args.notes)

    backups: list[float] = []
    restores: list[float] = []
    with tempfile.TemporaryDirectory(dir=run.OUT) as folder:
        store = open_database(path, run.PASSPHRASE, worker="bench")
        repo = Repository(store, origin="benchmark")
        try:
            for n in range(args.runs):
                out = Path(folder) / f"kopie-{n}.ekbackup"
                started = time.perf_counter()
                info = repo.make_backup(out)
                backups.append(time.perf_counter() - started)
        finally:
            store.close()
        started = time.perf_counter()
        read_info(out)
        header_ms = (time.perf_counter() - started) * 1000
        for n in range(args.runs):
            started = time.perf_counter()
            restore_backup(out, Path(folder) / f"terug-{n}.db", run.PASSPHRASE)
            restores.append(time.perf_counter() - started)
    size_mb = info.database_bytes / 1024 / 1024
    print(f"database: {info.cases} cases, {size_mb:.1f} MB")
    print(
        f"backup while open (median / max of {args.runs}): "
        f"{statistics.median(backups):.2f} / {max(backups):.2f} s  (budget < 10 s)"
    )
    print(f"read the header: {header_ms:.1f} ms")
    print(
        f"restore with all checks (median / max): "
        f"{statistics.median(restores):.2f} / {max(restores):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
