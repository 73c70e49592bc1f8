"""The key of a file protected with a code agreed between people (the citizen's
self-assessment, a hand-over bundle): the code normalised, checked for its length, and
stretched with Argon2id into a 256-bit key. Each format keeps its own limits and header;
this is the part they share."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

# Argon2id, RFC 9106's second recommended option (64 MiB, 3 passes).
DEFAULT_TIME_COST: Final = 3
DEFAULT_MEMORY_KIB: Final = 64 * 1024
DEFAULT_PARALLELISM: Final = 1


def normalise_code(code: str) -> str:
    """The code as it goes into the key derivation: Unicode NFKC, without spaces, and
    case-folded, so that "Zon 42" and "zon42" open the same file."""
    return "".join(unicodedata.normalize("NFKC", code).split()).casefold()


def code_problem(code: str, minimum: int, maximum: int) -> str:
    """A Dutch sentence when the code cannot protect a file, else ""."""
    norm = normalise_code(code)
    if len(norm) < minimum:
        return f"Kies een code van minstens {minimum} tekens."
    if len(norm) > maximum:
        return f"Kies een code van hooguit {maximum} tekens."
    return ""


@dataclass(frozen=True)
class KdfSettings:
    """Argon2id cost for a new file. Tests pass cheap settings."""

    time_cost: int = DEFAULT_TIME_COST
    memory_cost_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM


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
