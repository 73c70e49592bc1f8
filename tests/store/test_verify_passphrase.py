"""verify_passphrase: checks a passphrase against the key file, touching nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from eigenkracht.store import crypto
from eigenkracht.store.database import KeyFileDamaged, NotADatabase, Store, verify_passphrase
from support import PASSPHRASE, cheap_kdf


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_right_and_wrong_passphrase(store: Store, db_path: Path) -> None:
    kdf = crypto.kdf_path(db_path)
    before = fingerprint(kdf)
    assert verify_passphrase(db_path, PASSPHRASE) is True
    assert verify_passphrase(str(db_path), PASSPHRASE) is True
    assert verify_passphrase(db_path, PASSPHRASE + " ") is False
    assert verify_passphrase(db_path, "") is False
    assert fingerprint(kdf) == before


def test_follows_a_rekey(store: Store, db_path: Path) -> None:
    store.rekey("een heel nieuwe zin", cheap_kdf())
    assert verify_passphrase(db_path, "een heel nieuwe zin") is True
    assert verify_passphrase(db_path, PASSPHRASE) is False


def test_missing_key_file(store: Store, db_path: Path) -> None:
    crypto.kdf_path(db_path).unlink()
    with pytest.raises(NotADatabase, match="ontbreekt"):
        verify_passphrase(db_path, PASSPHRASE)


def test_damaged_key_file(store: Store, db_path: Path) -> None:
    crypto.kdf_path(db_path).write_text("{kapot", encoding="utf-8")
    with pytest.raises(KeyFileDamaged, match="beschadigd"):
        verify_passphrase(db_path, PASSPHRASE)
