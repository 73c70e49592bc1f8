"""Key derivation for the encrypted database.

The passphrase never reaches SQLCipher. Argon2id with a random per-database
salt turns it into a 256-bit raw key, which SQLCipher uses directly (no second
KDF inside SQLCipher, so opening a connection costs no extra time).

Salt and parameters are kept beside the database in ``<database>.kdf``, a small
JSON file (see docs/security.md)::

    {"format": "eigenkracht-kdf", "version": 1, "algorithm": "argon2id",
     "salt": "<base64, 16 bytes>", "time_cost": 3, "memory_cost_kib": 65536,
     "parallelism": 1, "key_check": "<base64 HMAC-SHA256(key, 'eigenkracht-key-check')>"}

The key check tells a wrong passphrase apart from a damaged database without
trying to decrypt anything. It reveals nothing that helps guess the passphrase
faster than running Argon2id itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

KDF_FORMAT = "eigenkracht-kdf"
KDF_VERSION = 1
KEY_CHECK_LABEL = b"eigenkracht-key-check"

# RFC 9106 second recommended option (64 MiB, t=3); about 0.1-0.2 s on a laptop.
DEFAULT_TIME_COST = 3
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_PARALLELISM = 1


class KdfFileError(Exception):
    """The key file beside the database is missing or unreadable."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    time_cost: int = DEFAULT_TIME_COST
    memory_cost_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM
    key_check: bytes = b""

    @classmethod
    def new(
        cls,
        time_cost: int = DEFAULT_TIME_COST,
        memory_cost_kib: int = DEFAULT_MEMORY_KIB,
        parallelism: int = DEFAULT_PARALLELISM,
    ) -> KdfParams:
        return cls(secrets.token_bytes(16), time_cost, memory_cost_kib, parallelism)

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            secret=passphrase.encode("utf-8"),
            salt=self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def with_check(self, key: bytes) -> KdfParams:
        return KdfParams(
            self.salt, self.time_cost, self.memory_cost_kib, self.parallelism, key_check(key)
        )

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(self.key_check, key_check(key))

    def to_json(self) -> str:
        data = {
            "format": KDF_FORMAT,
            "version": KDF_VERSION,
            "algorithm": "argon2id",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "time_cost": self.time_cost,
            "memory_cost_kib": self.memory_cost_kib,
            "parallelism": self.parallelism,
            "key_check": base64.b64encode(self.key_check).decode("ascii"),
        }
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        try:
            data: Any = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != KDF_FORMAT:
                raise KdfFileError("not an eigenkracht key file")
            if data.get("version") != KDF_VERSION or data.get("algorithm") != "argon2id":
                raise KdfFileError("unsupported key file version")
            salt = base64.b64decode(data["salt"], validate=True)
            check = base64.b64decode(data["key_check"], validate=True)
            time_cost = int(data["time_cost"])
            memory = int(data["memory_cost_kib"])
            parallelism = int(data["parallelism"])
        except (ValueError, KeyError, TypeError) as exc:
            raise KdfFileError("damaged key file") from exc
        if not (len(salt) >= 8 and len(check) == 32):
            raise KdfFileError("damaged key file")
        if not (
            1 <= time_cost <= 100 and 8 <= memory <= 4 * 1024 * 1024 and 1 <= parallelism <= 64
        ):
            raise KdfFileError("implausible key file parameters")
        return cls(salt, time_cost, memory, parallelism, check)


def key_check(key: bytes) -> bytes:
    return hmac.new(key, KEY_CHECK_LABEL, hashlib.sha256).digest()


def kdf_path(database: Path) -> Path:
    return database.with_name(database.name + ".kdf")


def read_kdf(path: Path) -> KdfParams:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KdfFileError(str(exc)) from exc
    return KdfParams.from_json(text)


def write_kdf(path: Path, params: KdfParams) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(params.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def raw_key_pragma(key: bytes) -> str:
    """The SQLCipher pragma value for a raw 256-bit key."""
    return f"\"x'{key.hex()}'\""
