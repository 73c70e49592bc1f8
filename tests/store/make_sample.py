"""Freeze a sample database of the current schema for the migration tests.

    .venv/bin/python tests/store/make_sample.py 0001

Run this once when a schema version is released (before its successor migration
is written) and commit the two files it makes. Never regenerate an old sample.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from eigenkracht.demo import build_demo
from eigenkracht.store.crypto import KdfParams
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository

SAMPLE_PASSPHRASE = "voorbeeld van een oude database"
DATA = Path(__file__).with_name("data")


def main(version: str) -> None:
    path = DATA / f"schema_{version}.db"
    store = create_database(
        path, SAMPLE_PASSPHRASE, worker="sample", kdf_params=KdfParams.new(1, 8)
    )
    build_demo(Repository(store, origin="sample"), today=dt.date(2026, 11, 9))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(path)


if __name__ == "__main__":
    main(sys.argv[1])
