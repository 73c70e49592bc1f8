"""The days a Royal Decree declares equal to public holidays under the Algemene
termijnenwet (art. 3 lid 3), as data that can be updated.

The bundled list is resources/termijnen.toml (with its sources and the dates still to
check); a file of the same format in the user's data folder (`user_data_dir()/
termijnen.toml`) adds days to it, so a new decree needs no new program. A user file
that cannot be read adds nothing and is logged by its kind only (never its content);
the bundled file is part of the program and must be valid (a test reads it).

Pure reading: the standard library only (importlib.resources, tomllib).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import tomllib
from importlib import resources
from pathlib import Path
from typing import Final

from eigenkracht.core.paths import user_data_dir

log = logging.getLogger(__name__)

FILE_NAME: Final = "termijnen.toml"
FORMAT: Final = 1


class TermijnenError(ValueError):
    """A termijnen file that is not in the format above (str(): Dutch)."""


def parse(raw: bytes) -> frozenset[dt.date]:
    """The days of one termijnen file. Raises TermijnenError."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise TermijnenError("Dit is geen geldig bestand met termijndagen (TOML).") from None
    if data.get("format") != FORMAT:
        raise TermijnenError(f"Onbekend formaat van de termijndagen (deze versie leest {FORMAT}).")
    days = data.get("days", [])
    if not isinstance(days, list):
        raise TermijnenError("De termijndagen staan niet in een lijst [[days]].")
    found = set()
    for entry in days:
        day = entry.get("date") if isinstance(entry, dict) else None
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise TermijnenError("Elke termijndag heeft een datum (date = 2026-05-15).")
        found.add(day)
    return frozenset(found)


@functools.cache
def bundled_days() -> frozenset[dt.date]:
    """The days in the program's own resources/termijnen.toml."""
    raw = resources.files("eigenkracht.resources").joinpath(FILE_NAME).read_bytes()
    return parse(raw)


def user_file() -> Path:
    return user_data_dir() / FILE_NAME


def user_days(path: Path | None = None) -> frozenset[dt.date]:
    """The days of the user's own file; none when it is missing or unreadable."""
    path = path if path is not None else user_file()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return frozenset()
    except OSError as exc:
        log.warning("termijnen: user file not read (%s)", type(exc).__name__)
        return frozenset()
    try:
        return parse(raw)
    except TermijnenError:
        log.warning("termijnen: user file is not valid; it is ignored")
        return frozenset()


@functools.cache
def extra_days() -> frozenset[dt.date]:
    """Every day equal to a public holiday by decree: the bundled ones and the user's.
    Read once per process (`extra_days.cache_clear()` reads again)."""
    return bundled_days() | user_days()


__all__ = ["TermijnenError", "bundled_days", "extra_days", "parse", "user_days", "user_file"]
