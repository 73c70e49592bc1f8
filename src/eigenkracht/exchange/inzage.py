"""The inzage export: everything held about one case, as JSON.

This is what a citizen receives when they ask to see their data (AVG art. 15):
the whole case file and the access log of that case. The format is documented
in docs/export-format.md and versioned; a reader refuses a newer version.

Every assessment names its instrument (id and version); `instruments` carries, per
instrument used, its domain names and level labels beside the keys and the definition
it was made with (the TOML text kept in the database, or the installed file), or says
in Dutch that the definition is missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from eigenkracht import __version__
from eigenkracht.core.errors import UserFacingError
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError
from eigenkracht.core.model import CaseFile
from eigenkracht.core.privacy import display_name, pseudonyms
from eigenkracht.core.serial import SerialError, from_plain, to_plain
from eigenkracht.store.audit import AuditEntry, Head

FORMAT = "eigenkracht-inzage"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
# Audit fields a citizen sees; hashes are internal.
LOG_FIELDS = ("ts", "event", "action", "worker", "on_behalf_of", "result")


class InzageError(UserFacingError, ValueError):
    """The file is not a readable inzage export; str() is Dutch."""


@dataclass
class Inzage:
    case_file: CaseFile
    exported_at: str
    program_version: str
    access_log: list[dict[str, str]]
    access_log_head: Head | None = None
    instruments: list[dict[str, Any]] = field(default_factory=list)


MISSING_DEFINITION = (
    "De definitie van dit instrument is niet meegegeven: het is hier niet geïnstalleerd "
    "en niet bij de gegevens bewaard. De scores staan er wel in, met hun sleutels en "
    "getallen, maar zonder de namen en omschrijvingen."
)


def _described(instrument: Instrument, definition: str) -> dict[str, Any]:
    scale = instrument.scale
    if scale.levels:
        levels = [{"value": lvl.value, "label": lvl.label} for lvl in scale.levels]
    else:  # a score: only the two ends carry a label
        levels = [
            {"value": scale.minimum, "label": scale.low.label},
            {"value": scale.maximum, "label": scale.high.label},
        ]
    return {
        "id": instrument.id,
        "version": instrument.version,
        "name": instrument.name,
        "kind": instrument.kind.value,
        "scale": {"min": scale.minimum, "max": scale.maximum},
        "levels": levels,
        "domains": [{"key": d.key, "name": d.name} for d in instrument.domains],
        "definition": definition,
        "missing": None,
    }


def instrument_definitions(
    case_file: CaseFile, installed: list[Instrument], stored: list[Instrument]
) -> list[dict[str, Any]]:
    """Per instrument the case's assessments were made with (id@version, first use
    first): its names and labels beside the keys and its definition, the TOML text kept
    in the database when there is one (what the scores were made with), else the
    installed file's. An instrument found nowhere gets `missing`, a Dutch sentence."""
    catalogue = Catalogue(installed, stored)
    kept = {i.ref: i for i in stored}
    section: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for assessment in case_file.assessments:
        ref = (assessment.instrument_id, assessment.instrument_version)
        if ref in seen:
            continue
        seen.add(ref)
        try:
            instrument = catalogue.get(*ref)
        except InstrumentError:
            section.append(
                {
                    "id": ref[0],
                    "version": ref[1],
                    "name": None,
                    "kind": None,
                    "scale": None,
                    "levels": [],
                    "domains": [],
                    "definition": None,
                    "missing": MISSING_DEFINITION,
                }
            )
            continue
        source = kept.get(instrument.ref, instrument)
        section.append(_described(instrument, source.source_text or instrument.source_text))
    return section


def missing_definitions(section: list[dict[str, Any]]) -> list[str]:
    """`id versie version` of each instrument whose definition the export lacks."""
    return [f"{i['id']} versie {i['version']}" for i in section if i.get("missing")]


def build(
    case_file: CaseFile,
    log: list[AuditEntry],
    exported_at: str,
    log_head: Head | None = None,
    instruments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The export document. log_head: the newest row of the whole access log (the row of
    this export), so the head of the log's hash chain also leaves the database.
    instruments: instrument_definitions() of the case (None: the key is left out)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "program_version": __version__,
        "case_file": to_plain(case_file),
        "access_log": [{f: getattr(entry, f) for f in LOG_FIELDS} for entry in log],
    }
    if log_head is not None:
        document["access_log_head"] = {"id": log_head.id, "hash": log_head.hash}
    if instruments is not None:
        document["instruments"] = instruments
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def loads(text: str | bytes) -> Inzage:
    if len(text) > MAX_BYTES:
        raise InzageError("Het bestand is te groot voor een inzage-export.")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InzageError("Het bestand is geen geldige JSON.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InzageError("Het bestand is geen inzage-export van eigenkracht.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InzageError("De versie van het bestand ontbreekt.")
    if version > VERSION:
        raise InzageError("Het bestand is gemaakt met een nieuwere versie van eigenkracht.")
    try:
        case_file = from_plain(CaseFile, data.get("case_file"), "case_file")
    except (SerialError, RecursionError) as exc:
        raise InzageError(f"Het bestand is beschadigd: {exc}") from exc
    log = data.get("access_log", [])
    if not isinstance(log, list) or not all(isinstance(row, dict) for row in log):
        raise InzageError("Het logboek in het bestand is beschadigd.")
    return Inzage(
        case_file=case_file,
        exported_at=str(data.get("exported_at", "")),
        program_version=str(data.get("program_version", "")),
        access_log=[{k: str(v) for k, v in row.items()} for row in log],
        access_log_head=_head(data.get("access_log_head")),
        instruments=_instruments(data.get("instruments", [])),
    )


_INSTRUMENT_KEYS = frozenset(
    {"id", "version", "name", "kind", "scale", "levels", "domains", "definition", "missing"}
)


def _instruments(value: Any) -> list[dict[str, Any]]:
    """The `instruments` section: a list of objects with the documented keys, each with
    a text id and version and either a definition (text) or a `missing` sentence."""
    where = "instruments"
    if not isinstance(value, list):
        raise InzageError(f"{where}: verwacht een lijst.")
    for number, item in enumerate(value):
        here = f"{where}[{number}]"
        if not isinstance(item, dict) or set(item) != _INSTRUMENT_KEYS:
            raise InzageError(
                f"{here}: verwacht de sleutels {', '.join(sorted(_INSTRUMENT_KEYS))}."
            )
        if not isinstance(item["id"], str) or not isinstance(item["version"], str):
            raise InzageError(f"{here}: id en version moeten tekst zijn.")
        definition, missing = item["definition"], item["missing"]
        if not (
            (isinstance(definition, str) and missing is None)
            or (definition is None and isinstance(missing, str))
        ):
            raise InzageError(f"{here}: verwacht een definition (tekst) of missing (tekst).")
        if not isinstance(item["levels"], list) or not isinstance(item["domains"], list):
            raise InzageError(f"{here}: levels en domains moeten lijsten zijn.")
    return value


def _head(value: Any) -> Head | None:
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or set(value) != {"id", "hash"}
        or not isinstance(value["id"], int)
        or isinstance(value["id"], bool)
        or value["id"] < 0
        or not isinstance(value["hash"], str)
        or not re.fullmatch(r"[0-9a-f]{64}", value["hash"])
    ):
        raise InzageError("access_log_head: geen geldige laatste rij van het logboek (id en hash).")
    return Head(value["id"], value["hash"])


def pseudonymise(case_file: CaseFile) -> CaseFile:
    """A copy of the case file in which third parties are named by their role
    (core.privacy): every network person, an action's actor or a signature that
    names one of them, and their full name wherever it occurs in other text (notes,
    who was present, frozen plan snapshots). The household's own members keep their
    names. A first name alone in free text is not recognised."""
    table = pseudonyms(case_file.network)
    plain = to_plain(case_file)
    swaps: dict[str, str] = {}
    for person, data in zip(case_file.network, plain["network"], strict=True):
        alias = display_name(person, True, table)
        real = " ".join(person.name.split())
        if len(real) >= 3:
            swaps[real] = alias
        data["name"] = alias
    if swaps:
        by_length = sorted(swaps, key=len, reverse=True)
        pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in by_length), re.IGNORECASE
        )
        lowered = {name.lower(): alias for name, alias in swaps.items()}

        def swap(text: str) -> str:
            return pattern.sub(
                lambda m: lowered.get(" ".join(m.group(0).split()).lower(), m.group(0)), text
            )

        members = {id(m) for m in plain["members"]}
        plain = _map_strings(plain, swap, skip=members)
    result: CaseFile = from_plain(CaseFile, plain, "case_file")
    return result


def _map_strings(value: Any, fn: Any, skip: set[int]) -> Any:
    """Apply fn to every string value (not keys) in plain data, except inside `skip`."""
    if id(value) in skip:
        return value
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn, skip) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn, skip) for k, v in value.items()}
    return value
