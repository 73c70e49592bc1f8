"""The inzage export: everything held about one case, as JSON.

This is what a citizen receives when they ask to see their data (AVG art. 15): the whole
case file, the network kept at each conversation (also of persons removed since), the
rows of every other table of the case, the definitions of the instruments used and the
access log of that case. The format is documented in docs/export-format.md and
versioned; a reader reads every older version and refuses a newer one.

`export_case` makes the export of one case from a repository (what `eigenkracht export`
calls); `inzage_summary.write_summary` writes the summary a citizen can read beside it.

Every assessment names its instrument (id and version); `instruments` carries, per
instrument used, its domain names and level labels beside the keys and the definition
it was made with (the TOML text kept in the database, or the installed file), or says
in Dutch that the definition is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from eigenkracht import __version__
from eigenkracht.core.errors import N_, UserFacingError
from eigenkracht.core.holdings import CaseHoldings, StoredNetwork
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError
from eigenkracht.core.model import CaseFile, NetworkPerson
from eigenkracht.core.network import snapshot_text
from eigenkracht.core.privacy import UNKNOWN_ROLE, display_name, print_pseudonymised, pseudonyms
from eigenkracht.core.serial import SerialError, from_plain, to_plain
from eigenkracht.store.audit import AuditEntry, Head

FORMAT = "eigenkracht-inzage"
VERSION = 2
MAX_BYTES = 50 * 1024 * 1024
# Audit fields a citizen sees (version 2); the hashes are internal, the head of the
# chain is carried as access_log_head. Version 1 had only LOG_FIELDS_V1.
LOG_FIELDS = ("id", "ts", "event", "action", "worker", "on_behalf_of", "result", "object", "origin")
LOG_FIELDS_V1 = ("ts", "event", "action", "worker", "on_behalf_of", "result")


class InzageError(UserFacingError, ValueError):
    """The file is not a readable inzage export; str() is Dutch."""


@dataclass
class Inzage:
    """An export read back (`loads`). A version 1 file has no network versions and no
    other tables, and its access log rows only LOG_FIELDS_V1."""

    case_file: CaseFile
    exported_at: str
    program_version: str
    access_log: list[dict[str, str]]
    access_log_head: Head | None = None
    instruments: list[dict[str, Any]] = field(default_factory=list)
    network_versions: list[StoredNetwork] = field(default_factory=list)
    other_tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    version: int = VERSION
    pseudonymised: bool = False  # third parties are named by their role


MISSING_DEFINITION = (
    "De definitie van dit instrument is niet meegegeven: het is hier niet geïnstalleerd "
    "en niet bij de gegevens bewaard. De scores staan er wel in, met hun sleutels en "
    "getallen, maar zonder de namen en omschrijvingen."
)


def _described(instrument: Instrument, definition: str) -> dict[str, Any]:
    scale = instrument.scale
    ends = (scale.low, scale.high)
    levels = [
        {"value": lvl.value, "label": lvl.label, "citizen_label": lvl.citizen_label}
        # a score: only the two ends carry a label
        for lvl in (scale.levels or ends)
    ]
    return {
        "id": instrument.id,
        "version": instrument.version,
        "name": instrument.name,
        "kind": instrument.kind.value,
        "scale": {"min": scale.minimum, "max": scale.maximum},
        "levels": levels,
        "domains": [
            {"key": d.key, "name": d.name, "citizen_name": d.citizen_name}
            for d in instrument.domains
        ],
        "definition": definition,
        "missing": None,
    }


def instrument_definitions(
    case_file: CaseFile,
    installed: list[Instrument],
    stored: list[Instrument],
    kept: dict[tuple[str, str], str] | None = None,
) -> list[dict[str, Any]]:
    """Per instrument the case's assessments were made with (id@version, first use
    first), then those its goals name: its names and labels beside the keys and its
    definition, the TOML text kept in the database when there is one (what the scores
    were made with; `kept`: the exact texts kept, CaseHoldings.kept_definitions), else
    the installed file's. An instrument found nowhere gets `missing`, a Dutch sentence."""
    catalogue = Catalogue(installed, stored)
    parsed = {i.ref: i for i in stored}
    kept = kept or {}
    section: list[dict[str, Any]] = []
    refs = [(a.instrument_id, a.instrument_version) for a in case_file.assessments]
    for goal in case_file.goals:
        ident, _, version = goal.instrument.partition("@")
        if ident and version:
            refs.append((ident, version))
    for ref in dict.fromkeys(refs):
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
                    "definition": kept.get(ref),
                    "missing": None if ref in kept else MISSING_DEFINITION,
                }
            )
            continue
        source = parsed.get(instrument.ref, instrument)
        text = kept.get(ref) or source.source_text or instrument.source_text
        section.append(_described(instrument, text))
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
    network_versions: list[StoredNetwork] | None = None,
    other_tables: dict[str, list[dict[str, Any]]] | None = None,
    pseudonymised: bool = False,
) -> dict[str, Any]:
    """The export document. log_head: the newest row of the whole access log (the row of
    this export), so the head of the log's hash chain also leaves the database.
    instruments: instrument_definitions() of the case (None: the key is left out).
    network_versions and other_tables: CaseHoldings' (`build_holdings` passes them).
    pseudonymised: third parties are named by their role in it (pseudonymise_holdings)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "program_version": __version__,
        "pseudonymised": pseudonymised,
        "case_file": to_plain(case_file),
        "network_versions": to_plain(network_versions or []),
        "other_tables": other_tables or {},
        "access_log": [{f: getattr(entry, f) for f in LOG_FIELDS} for entry in log],
    }
    if log_head is not None:
        document["access_log_head"] = {"id": log_head.id, "hash": log_head.hash}
    if instruments is not None:
        document["instruments"] = instruments
    return document


def build_holdings(
    holdings: CaseHoldings,
    log: list[AuditEntry],
    exported_at: str,
    log_head: Head | None = None,
    instruments: list[dict[str, Any]] | None = None,
    pseudonymised: bool = False,
) -> dict[str, Any]:
    """`build` of everything held about the case (store: Repository.case_holdings)."""
    return build(
        holdings.case_file,
        log,
        exported_at,
        log_head=log_head,
        instruments=instruments,
        network_versions=holdings.network_versions,
        other_tables=holdings.other_tables,
        pseudonymised=pseudonymised,
    )


def _now() -> str:
    """The current moment in UTC, as the store writes it (store.database.now_iso)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Repository(Protocol):
    """What export_case needs of store.repository.Repository."""

    def case_holdings(self, case_id: int) -> CaseHoldings: ...
    def log_export(self, case_id: int, what: str) -> Head: ...
    def case_log(self, case_id: int) -> list[AuditEntry]: ...
    def stored_instruments(self) -> list[Instrument]: ...
    @property
    def installed(self) -> tuple[Instrument, ...]: ...


@dataclass
class Export:
    """One export made by export_case: the document (dumps() gives the file), whether
    third parties are named by their role in it, and the instruments whose definition
    it lacks (missing_definitions)."""

    document: dict[str, Any]
    pseudonymised: bool
    missing: list[str]


def export_case(
    repo: _Repository,
    case_id: int,
    *,
    pseudonymise: bool | None = None,
    installed: list[Instrument] | None = None,
    exported_at: str | None = None,
) -> Export:
    """Everything held about one case as an export document, and the export logged
    (action E) with the head of the access log in it. pseudonymise: as
    core.privacy.print_pseudonymised (None: the case decides; the case's own setting
    always wins). installed: the installed instruments (default: the repository's).
    Store errors (NotFound ...) pass on; they are Dutch UserFacingErrors."""
    holdings = repo.case_holdings(case_id)
    hide = print_pseudonymised(holdings.case_file.case, pseudonymise)
    if hide:
        holdings = pseudonymise_holdings(holdings)
    used = instrument_definitions(
        holdings.case_file,
        list(repo.installed if installed is None else installed),
        repo.stored_instruments(),
        holdings.kept_definitions,
    )
    head = repo.log_export(case_id, "export")
    log = repo.case_log(case_id)
    document = build_holdings(holdings, log, exported_at or _now(), head, used, pseudonymised=hide)
    return Export(document, hide, missing_definitions(used))


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def loads(text: str | bytes) -> Inzage:
    """Read an export of any version up to VERSION, strictly (InzageError, Dutch)."""
    if len(text) > MAX_BYTES:
        raise InzageError.say(
            "inzage.bestand-groot-voor-inzage",
            N_("Het bestand is te groot voor een inzage-export."),
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InzageError.say(
            "inzage.bestand-geen-geldige-json", N_("Het bestand is geen geldige JSON.")
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InzageError.say(
            "inzage.bestand-geen-inzage-export",
            N_("Het bestand is geen inzage-export van eigenkracht."),
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InzageError.say(
            "selfassessment.versie-bestand-ontbreekt", N_("De versie van het bestand ontbreekt.")
        )
    if version > VERSION:
        raise InzageError.say(
            "inzage.bestand-gemaakt-met-nieuwere",
            N_("Het bestand is gemaakt met een nieuwere versie van eigenkracht."),
        )
    try:
        case_file = from_plain(CaseFile, data.get("case_file"), "case_file")
        if version >= 2:
            versions = from_plain(
                list[StoredNetwork], data.get("network_versions"), "network_versions"
            )
        else:
            versions = []
    except SerialError as exc:  # the key path kept, the rest in the window's language
        raise InzageError.say(
            "inzage.bestand-beschadigd", N_("Het bestand is beschadigd: {exc}"), exc=exc.said
        ) from exc
    except RecursionError as exc:  # never Python's English words
        raise InzageError.say(
            "inzage.bestand-beschadigd-diep", N_("Het bestand is beschadigd.")
        ) from exc
    log = data.get("access_log", [])
    if not isinstance(log, list) or not all(isinstance(row, dict) for row in log):
        raise InzageError.say(
            "inzage.logboek-bestand-beschadigd", N_("Het logboek in het bestand is beschadigd.")
        )
    return Inzage(
        case_file=case_file,
        exported_at=str(data.get("exported_at", "")),
        program_version=str(data.get("program_version", "")),
        access_log=[{k: str(v) for k, v in row.items()} for row in log],
        access_log_head=_head(data.get("access_log_head")),
        instruments=_instruments(data.get("instruments", [])),
        network_versions=versions,
        other_tables=_other_tables(data.get("other_tables")) if version >= 2 else {},
        version=version,
        pseudonymised=_flag(data.get("pseudonymised", False)),
    )


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InzageError.say(
            "inzage.pseudonymised-verwacht-true-of", N_("pseudonymised: verwacht true of false.")
        )
    return value


def _other_tables(value: Any) -> dict[str, list[dict[str, Any]]]:
    """`other_tables`: table name -> list of rows, each column name -> a value SQLite
    holds (null, number, text, or {"base64": text} for bytes)."""
    if not isinstance(value, dict):
        raise InzageError.say(
            "inzage.other-tables-verwacht-object",
            N_("other_tables: verwacht een object met per tabel een lijst."),
        )
    for table, rows in value.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InzageError.say(
                "inzage.other-tables-verwacht-lijst",
                N_("other_tables.{table}: verwacht een lijst met rijen."),
                table=table,
            )
        for number, row in enumerate(rows):
            for column, cell in row.items():
                if not _cell(cell):
                    raise InzageError.say(
                        "inzage.other-tables-geen-waarde",
                        N_("other_tables.{table}[{number}].{column}: geen waarde uit een tabel."),
                        table=table,
                        number=number,
                        column=column,
                    )
    return value


def _cell(value: Any) -> bool:
    if value is None or isinstance(value, str):
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str)


_INSTRUMENT_KEYS = frozenset(
    {"id", "version", "name", "kind", "scale", "levels", "domains", "definition", "missing"}
)


def _instruments(value: Any) -> list[dict[str, Any]]:
    """The `instruments` section: a list of objects with the documented keys, each with
    a text id and version and either a definition (text) or a `missing` sentence."""
    where = "instruments"
    if not isinstance(value, list):
        raise InzageError.say(
            "inzage.verwacht-lijst", N_("{where}: verwacht een lijst."), where=where
        )
    for number, item in enumerate(value):
        here = f"{where}[{number}]"
        if not isinstance(item, dict) or set(item) != _INSTRUMENT_KEYS:
            raise InzageError.say(
                "inzage.verwacht-sleutels",
                N_("{here}: verwacht de sleutels {INSTRUMENT_KEYS}."),
                here=here,
                INSTRUMENT_KEYS=", ".join(sorted(_INSTRUMENT_KEYS)),
            )
        if not isinstance(item["id"], str) or not isinstance(item["version"], str):
            raise InzageError.say(
                "inzage.id-version-moeten-tekst",
                N_("{here}: id en version moeten tekst zijn."),
                here=here,
            )
        definition, missing = item["definition"], item["missing"]
        if not (
            (isinstance(definition, str) and missing is None)
            or (definition is None and isinstance(missing, str))
        ):
            raise InzageError.say(
                "inzage.verwacht-definition-tekst-of",
                N_("{here}: verwacht een definition (tekst) of missing (tekst)."),
                here=here,
            )
        if not isinstance(item["levels"], list) or not isinstance(item["domains"], list):
            raise InzageError.say(
                "inzage.levels-domains-moeten-lijsten",
                N_("{here}: levels en domains moeten lijsten zijn."),
                here=here,
            )
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
        raise InzageError.say(
            "inzage.access-log-head-geen",
            N_("access_log_head: geen geldige laatste rij van het logboek (id en hash)."),
        )
    return Head(value["id"], value["hash"])


def pseudonymise(case_file: CaseFile, others: Sequence[NetworkPerson] = ()) -> CaseFile:
    """A copy of the case file in which third parties are named by their role
    (core.privacy): every network person, an action's actor or a signature that
    names one of them, and their full name wherever it occurs in other text (notes,
    who was present, frozen plan snapshots). The household's own members keep their
    names. A first name alone in free text is not recognised.

    others: persons no longer on the network (kept in a network version or a plan
    snapshot); their full names are replaced too, by their role ("vismaat"), with
    " (eerder)" when a person on the network now has that pseudonym."""
    table = _aliases(case_file.network, others)
    plain = to_plain(case_file)
    for person, data in zip(case_file.network, plain["network"], strict=True):
        data["name"] = display_name(person, True, table)
    swap = _swapper([*case_file.network, *others], table)
    if swap is not None:
        members = {id(m) for m in plain["members"]}
        plain = _map_strings(plain, swap, skip=members)
    result: CaseFile = from_plain(CaseFile, plain, "case_file")
    return result


def pseudonymise_holdings(holdings: CaseHoldings) -> CaseHoldings:
    """`pseudonymise` of everything held: the case file, the network kept at each
    conversation (persons removed since included) and the rows of the other tables."""
    others: list[NetworkPerson] = []
    for version in holdings.network_versions:
        others.extend(version.persons or [])
    for plan in holdings.case_file.plans:
        others.extend(_snapshot_persons(plan.snapshot))
    current = holdings.case_file.network
    table = _aliases(current, others)
    swap = _swapper([*current, *others], table)

    def hidden(person: NetworkPerson) -> NetworkPerson:
        named = replace(person, name=display_name(person, True, table))
        if swap is None:
            return named
        plain = _map_strings(to_plain(named), swap, skip=set())
        result: NetworkPerson = from_plain(NetworkPerson, plain, "persons")
        return result

    versions = []
    for version in holdings.network_versions:
        if version.persons is not None:
            persons = [hidden(p) for p in version.persons]
            versions.append(replace(version, persons=persons, snapshot=snapshot_text(persons)))
        else:  # unreadable: its text with the full names replaced
            text = swap(version.snapshot) if swap else version.snapshot
            versions.append(replace(version, snapshot=text))
    rows = holdings.other_tables
    return replace(
        holdings,
        case_file=pseudonymise(holdings.case_file, others),
        network_versions=versions,
        other_tables=_map_strings(rows, swap, skip=set()) if swap else rows,
    )


def _aliases(current: Sequence[NetworkPerson], others: Sequence[NetworkPerson]) -> dict[int, str]:
    """Pseudonyms by person id: those of the network now (core.privacy.pseudonyms, as on
    screen and on paper), then those of persons no longer on it."""
    table = pseudonyms(current)
    taken = set(table.values())
    gone = {p.id: p for p in others if p.id is not None and p.id not in table}
    for pid, alias in pseudonyms(gone.values()).items():
        table[pid] = f"{alias} (eerder)" if alias in taken else alias
    return table


def _swapper(
    persons: Sequence[NetworkPerson], table: dict[int, str]
) -> Callable[[str], str] | None:
    """A function that replaces every full name of `persons` (three characters or more,
    case and spacing aside) by its pseudonym; None when there is none to replace."""
    swaps: dict[str, str] = {}
    for person in persons:
        real = " ".join(person.name.split())
        if len(real) >= 3:
            swaps.setdefault(real.lower(), display_name(person, True, table))
    if not swaps:
        return None
    by_length = sorted(swaps, key=len, reverse=True)
    pattern = re.compile(
        "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in by_length), re.IGNORECASE
    )

    def swap(text: str) -> str:
        return pattern.sub(
            lambda m: swaps.get(" ".join(m.group(0).split()).lower(), m.group(0)), text
        )

    return swap


def _snapshot_persons(snapshot: str) -> list[NetworkPerson]:
    """The network persons a plan snapshot names (its `network` and `others`), as far
    as they can be read: id, name and role."""
    try:
        data = json.loads(snapshot) if snapshot else {}
    except (ValueError, RecursionError):
        return []
    found = []
    for key in ("network", "others"):
        entries = data.get(key) if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            ident = entry.get("id")
            role = entry.get("role")
            found.append(
                NetworkPerson(
                    case_id=0,
                    name=entry["name"],
                    id=ident if isinstance(ident, int) and not isinstance(ident, bool) else None,
                    role=role if isinstance(role, str) else UNKNOWN_ROLE,
                )
            )
    return found


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
