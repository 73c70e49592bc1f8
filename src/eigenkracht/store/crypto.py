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

# What a key file may ask for. The key file is not secret and not authenticated, so a
# planted one could ask for hours of work and gigabytes of memory before the key check
# can say anything; anything outside these bounds is refused before deriving. They let
# through the defaults, the cheap settings of the tests (t=1, 8 KiB) and stronger
# settings up to about 2 GiB of Argon2 work (a few seconds on a laptop).
MAX_TIME_COST = 10
MIN_MEMORY_KIB = 8  # Argon2's minimum is 8 KiB per lane
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_PARALLELISM = 16
MAX_WORK_KIB = 2 * 1024 * 1024  # time_cost x memory_cost_kib
MAX_KDF_FILE_BYTES = 64 * 1024
PRIVATE_MODE = 0o600


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
        params = cls(salt, time_cost, memory, parallelism, check)
        if not params.plausible():
            raise KdfFileError("implausible key file parameters")
        return params

    def plausible(self) -> bool:
        """Whether deriving with these parameters takes bounded time and memory."""
        return (
            1 <= self.time_cost <= MAX_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
            and max(MIN_MEMORY_KIB, 8 * self.parallelism) <= self.memory_cost_kib <= MAX_MEMORY_KIB
            and self.time_cost * self.memory_cost_kib <= MAX_WORK_KIB
        )


def key_check(key: bytes) -> bytes:
    return hmac.new(key, KEY_CHECK_LABEL, hashlib.sha256).digest()


def kdf_path(database: Path) -> Path:
    return database.with_name(database.name + ".kdf")


def read_kdf(path: Path) -> KdfParams:
    """Read and check a key file. Raises KdfFileError (missing, unreadable, damaged or
    asking for implausible work); the OSError, if any, is the cause."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KDF_FILE_BYTES + 1)
        if len(raw) > MAX_KDF_FILE_BYTES:
            raise KdfFileError("key file too large")
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KdfFileError(type(exc).__name__) from exc
    return KdfParams.from_json(text)


def write_kdf(path: Path, params: KdfParams) -> None:
    """Write atomically and durably, readable by the user only (0600): a crash or a
    power loss leaves the old file or the new one, never half, and once this returns
    the new file is on disk under its name (file and folder synced)."""
    if not params.plausible():
        raise ValueError("implausible key derivation parameters")
    tmp = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # a leftover temporary file keeps its old mode
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            handle.write(params.to_json().encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make renames and new names in a folder durable (POSIX; Windows has no need)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def raw_key_pragma(key: bytes) -> str:
    """The SQLCipher pragma value for a raw 256-bit key."""
    return f"\"x'{key.hex()}'\""
