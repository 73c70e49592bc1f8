"""Every frozen sample of a past schema opens, migrates and keeps its data
(style.md: one parametrised test over all past versions)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eigenkracht.store import audit, migrations
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository

DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"
SAMPLES = sorted(DATA.glob("schema_*.db"))


def test_there_is_a_sample_of_the_first_schema() -> None:
    assert [p.name for p in SAMPLES][:1] == ["schema_0001.db"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_opens_migrates_and_keeps_its_data(sample: Path, tmp_path: Path) -> None:
    db = tmp_path / sample.name
    shutil.copy2(sample, db)  # never open the committed file itself
    shutil.copy2(sample.with_name(sample.name + ".kdf"), tmp_path / (sample.name + ".kdf"))
    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        assert store.schema_names() == migrations.known_names()
        assert store.integrity_problems() == []
        assert audit.verify(store.db).ok
        repo = Repository(store)
        cases = repo.list_cases()
        assert len(cases) >= 6
        for summary in cases:
            case_file = repo.load_case(summary.id)
            assert case_file.conversations
        assert repo.search("mantelzorg")
    finally:
        store.close()
    version = sample.stem.split("_")[1]
    if migrations.known_names()[-1].split("_")[0] != version:
        assert list(tmp_path.glob(f"{sample.name}.backup-{version}-*"))
