from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenkracht.store.database import Store, create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = create_database(db_path, PASSPHRASE, worker="tester", kdf_params=cheap_kdf())
    yield s
    s.close()


@pytest.fixture
def repo(store: Store) -> Repository:
    return Repository(store, origin="test")
