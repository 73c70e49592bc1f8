"""A key file asks for the work of deriving the key; it is not secret and not signed, so
a planted one could ask for minutes and gigabytes. Implausible settings are refused as a
damaged key file before any derivation starts."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from eigenkracht.store import crypto, database
from eigenkracht.store.database import KeyFileDamaged, create_database, open_database
from support import PASSPHRASE, cheap_kdf


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    create_database(path, PASSPHRASE, kdf_params=cheap_kdf()).close()
    return path


def plant(db: Path, **settings: int) -> None:
    kdf = crypto.kdf_path(db)
    data = json.loads(kdf.read_text())
    data.update(settings)
    kdf.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "settings",
    [
        {"time_cost": 11},
        {"time_cost": 0},
        {"memory_cost_kib": 4 * 1024 * 1024},  # the 4 GiB of the planted file
        {"memory_cost_kib": 1024 * 1024 + 1},
        {"memory_cost_kib": 4},
        {"parallelism": 64},
        {"parallelism": 4, "memory_cost_kib": 16},  # less than 8 KiB a lane
        {"time_cost": 3, "memory_cost_kib": 1024 * 1024},  # 3 GiB of work in all
    ],
    ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()),
)
def test_implausible_settings_are_refused_before_deriving(
    db: Path, monkeypatch: pytest.MonkeyPatch, settings: dict[str, int]
) -> None:
    plant(db, **settings)
    derived: list[int] = []
    real = crypto.hash_secret_raw

    def counting(**kwargs: object) -> bytes:
        derived.append(1)
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(crypto, "hash_secret_raw", counting)
    started = time.monotonic()
    with pytest.raises(KeyFileDamaged) as refused:
        open_database(db, PASSPHRASE)
    assert time.monotonic() - started < 1.0
    assert derived == []
    assert (
        str(refused.value) == "Het sleutelbestand wijk.db.kdf is beschadigd. Er is niets veranderd."
    )
    with pytest.raises(KeyFileDamaged):
        database.verify_passphrase(db, PASSPHRASE)
    assert derived == []


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams.new(),  # the program's own defaults
        crypto.KdfParams.new(time_cost=1, memory_cost_kib=8),  # the tests' cheap ones
        crypto.KdfParams.new(time_cost=10, memory_cost_kib=128 * 1024, parallelism=16),
        crypto.KdfParams.new(time_cost=2, memory_cost_kib=1024 * 1024),
    ],
    ids=["defaults", "cheap", "strong", "1-gib"],
)
def test_plausible_settings_pass(params: crypto.KdfParams) -> None:
    assert params.plausible()
    text = params.with_check(b"\0" * 32).to_json()
    assert crypto.KdfParams.from_json(text).memory_cost_kib == params.memory_cost_kib


def test_a_huge_key_file_is_not_read_whole(db: Path) -> None:
    kdf = crypto.kdf_path(db)
    kdf.write_bytes(b" " * (crypto.MAX_KDF_FILE_BYTES + 10) + kdf.read_bytes())
    with pytest.raises(KeyFileDamaged):
        open_database(db, PASSPHRASE)


def test_implausible_settings_are_never_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="implausible"):
        crypto.write_kdf(tmp_path / "x.kdf", crypto.KdfParams.new(time_cost=50))
    assert list(tmp_path.iterdir()) == []
