"""The key of a file protected with a code agreed between people (the citizen's
self-assessment, a hand-over bundle): the code normalised, checked for its length, and
stretched with Argon2id into a 256-bit key. Each format keeps its own limits and header;
this is the part they share."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from eigenkracht.core.errors import N_, Said, says

# Argon2id, RFC 9106's second recommended option (64 MiB, 3 passes).
DEFAULT_TIME_COST: Final = 3
DEFAULT_MEMORY_KIB: Final = 64 * 1024
DEFAULT_PARALLELISM: Final = 1


def normalise_code(code: str) -> str:
    """The code as it goes into the key derivation: Unicode NFKC, without spaces, and
    case-folded, so that "Zon 42" and "zon42" open the same file."""
    return "".join(unicodedata.normalize("NFKC", code).split()).casefold()


def code_problem(code: str, minimum: int, maximum: int) -> Said | None:
    """Why the code cannot protect a file (str(): a Dutch sentence), else None."""
    norm = normalise_code(code)
    if len(norm) < minimum:
        return says(
            "code.too-short", N_("Kies een code van minstens {minimum} tekens."), minimum=minimum
        )
    if len(norm) > maximum:
        return says(
            "code.too-long", N_("Kies een code van hooguit {maximum} tekens."), maximum=maximum
        )
    return None


@dataclass(frozen=True)
class KdfSettings:
    """Argon2id cost for a new file. Tests pass cheap settings."""

    time_cost: int = DEFAULT_TIME_COST
    memory_cost_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM


# What a reader accepts from a file's header, so that a hostile header cannot make opening
# it take minutes or gigabytes.
MAX_TIME_COST: Final = 10
MAX_MEMORY_KIB: Final = 256 * 1024
MAX_PARALLELISM: Final = 4


def settings_from(protection: Mapping[str, Any]) -> KdfSettings | None:
    """The Argon2id settings a file's header gives, or None when they are missing, not
    whole numbers, or outside what a reader accepts (the caller says why in its words)."""
    values: dict[str, int] = {}
    for name, low, high in (
        ("time_cost", 1, MAX_TIME_COST),
        ("memory_cost_kib", 8, MAX_MEMORY_KIB),
        ("parallelism", 1, MAX_PARALLELISM),
    ):
        value = protection.get(name)
        if type(value) is not int or not low <= value <= high:
            return None
        values[name] = value
    settings = KdfSettings(**values)
    if settings.memory_cost_kib < 8 * settings.parallelism:
        return None
    return settings


def derive_key(code: str, salt: bytes, settings: KdfSettings) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=normalise_code(code).encode("utf-8"),
        salt=salt,
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost_kib,
        parallelism=settings.parallelism,
        hash_len=32,
        type=Type.ID,
    )
