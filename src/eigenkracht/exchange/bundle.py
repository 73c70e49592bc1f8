"""Hand-over bundles: one or more whole cases in one encrypted file for a named colleague
(format `eigenkracht-overdracht`, version 1; docs/bundle-format.md).

The file is UTF-8 JSON. Its header (format, version, when, which program, the database
it came from, who made it, for whom, how many cases) is readable without the code and
authenticated; the payload (the cases) is compressed with zlib and encrypted with
AES-256-GCM under a key derived with Argon2id from the code the two colleagues agreed.

Every record in the payload carries its stable id (`uid`, migration 0007) and a version
(the SHA-256 of its fields other than the local ids), so that a later team server can
tell the same record in two databases and whether it changed. Signed plan versions keep
their snapshot and fingerprint; the sender's access-log rows of the case travel along,
each with its hash, so the receiver can check every one of them.

The reader is strict and bounded: whatever the input, the only exception that leaves it
is `BundleError` (a `UserFacingError`) whose str() is one Dutch sentence. No Qt, no
database: the repository (store/repo/handover.py) builds and takes in the cases.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import secrets
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from eigenkracht import __version__
from eigenkracht.core.errors import N_, Said, UserFacingError, says
from eigenkracht.core.model import CaseFile, PlanStatus
from eigenkracht.core.serial import SerialError, from_plain, to_plain
from eigenkracht.exchange.code_key import KdfSettings, derive_key, normalise_code, settings_from
from eigenkracht.exchange.code_key import code_problem as check_code
from eigenkracht.store.audit import HASHED_FIELDS

__all__ = [
    "FORMAT",
    "VERSION",
    "Bundle",
    "BundleError",
    "BundledCase",
    "Header",
    "KdfSettings",
    "WrongCode",
    "check_target",
    "code_problem",
    "dumps",
    "loads",
    "read_bytes",
    "read_header",
    "record_version",
    "write_file",
]

FORMAT: Final = "eigenkracht-overdracht"
VERSION: Final = 1
CIPHER: Final = "argon2id-aes-256-gcm-zlib"

MAX_BYTES: Final = 64 * 1024 * 1024  # the file
MAX_PLAIN: Final = 256 * 1024 * 1024  # the payload once unpacked
MAX_CASES: Final = 500
MAX_NAME: Final = 200
MIN_CODE: Final = 8
MAX_CODE: Final = 256

SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12

# The tables whose records carry a uid in the payload (store.migrations.UID_TABLES less
# the case itself, whose uid is in the case), in the order they are read.
RECORD_TABLES: Final = (
    "members",
    "conversations",
    "assessments",
    "network_persons",
    "goals",
    "actions",
    "plan_versions",
    "own_plans",
)
AUDIT_FIELDS: Final = (*HASHED_FIELDS, "hash")  # an access-log row as the bundle carries it

_UID_RE: Final = re.compile(r"[0-9a-f]{32}")
_HEX64_RE: Final = re.compile(r"[0-9a-f]{64}")
_CONTROL_RE: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_TOP_KEYS: Final = frozenset(
    {
        "format",
        "version",
        "created_at",
        "program_version",
        "source_database",
        "sender",
        "recipient",
        "recipient_database",
        "cases",
        "protection",
        "ciphertext",
    }
)
_PROTECTION_KEYS: Final = frozenset(
    {"cipher", "salt", "time_cost", "memory_cost_kib", "parallelism", "nonce"}
)
_CASE_KEYS: Final = frozenset(
    {"uid", "version", "case_file", "records", "network_versions", "instruments", "audit"}
)


class BundleError(UserFacingError, ValueError):
    """The bundle cannot be used. str() is one Dutch sentence for the user."""


class WrongCode(BundleError):
    def __init__(self) -> None:
        super().__init__("De code klopt niet, of het overdrachtsbestand is beschadigd.")


def _fail(message: Said) -> BundleError:
    return BundleError.of(message)


def _damaged() -> BundleError:
    return _fail(
        says("bundle.overdrachtsbestand-beschadigd", N_("Het overdrachtsbestand is beschadigd."))
    )


# --------------------------------------------------------------------------- content


@dataclass(frozen=True)
class NetworkVersion:
    """The network as it was at one conversation (table network_versions)."""

    conversation_id: int  # the sender's local id of the conversation
    taken_at: str
    snapshot: str


@dataclass(frozen=True)
class InstrumentText:
    """The exact text of an instrument the case's assessments were saved with."""

    instrument_id: str
    version: str
    source_text: str


@dataclass
class BundledCase:
    """One case as it travels: the whole case file (with the sender's local ids, which
    tie its records together), the uid of every record by table and local id, the
    network versions, the instrument texts and the sender's access-log rows of the case
    with the head of the sender's log when it was made."""

    case_file: CaseFile
    uids: dict[str, dict[int, str]] = field(default_factory=dict)
    network_versions: list[NetworkVersion] = field(default_factory=list)
    instruments: list[InstrumentText] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    audit_head: tuple[int, str] = (0, "0" * 64)

    @property
    def uid(self) -> str:
        return self.case_file.case.uid


@dataclass(frozen=True)
class Header:
    """What the file says about itself, readable without the code."""

    version: int
    created_at: str
    program_version: str
    source_database: str
    sender: str
    recipient: str
    recipient_database: str  # "" when the sender did not name the receiving database
    cases: int


@dataclass
class Bundle:
    header: Header
    cases: list[BundledCase]
    digest: str  # SHA-256 hex of the file as read


def record_version(plain: Mapping[str, Any]) -> str:
    """A record's version from its plain form (core.serial.to_plain): the SHA-256 of its
    fields other than the local ids (`id` and the `*_id` links) and, for a goal, its
    actions (each has a version of its own), so the same content has the same version
    in every database. The case's version is that of its whole case file."""
    record = {k: v for k, v in plain.items() if k != "actions" or "goals" in plain}
    return hashlib.sha256(_canonical(_without_ids(record))).hexdigest()


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_ids(v)
            for k, v in value.items()
            if (k != "id" and not k.endswith("_id")) or k == "instrument_id"
        }
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


# --------------------------------------------------------------------------- the code


def code_problem(code: str) -> Said | None:
    """Why the code cannot protect a bundle (a Dutch sentence), else None."""
    return check_code(code, MIN_CODE, MAX_CODE)


# --------------------------------------------------------------------------- writing


def _case_plain(case: BundledCase) -> dict[str, Any]:
    case_file = to_plain(case.case_file)
    by_table = _records_by_table(case_file)
    records: dict[str, list[dict[str, Any]]] = {}
    for table in RECORD_TABLES:
        uids = case.uids.get(table, {})
        records[table] = [
            {"id": ident, "uid": uids[ident], "version": record_version(record)}
            for ident, record in by_table[table].items()
        ]
    return {
        "uid": case.uid,
        "version": record_version(case_file),
        "case_file": case_file,
        "records": records,
        "network_versions": [to_plain(v) for v in case.network_versions],
        "instruments": [to_plain(i) for i in case.instruments],
        "audit": {
            "rows": [dict(row) for row in case.audit],
            "head": {"id": case.audit_head[0], "hash": case.audit_head[1]},
        },
    }


def _records_by_table(case_file: Mapping[str, Any]) -> dict[str, dict[Any, Any]]:
    """Every record of a plain case file that carries a uid, by table and local id."""
    sources = {
        "members": case_file["members"],
        "conversations": case_file["conversations"],
        "assessments": case_file["assessments"],
        "network_persons": case_file["network"],
        "goals": case_file["goals"],
        "actions": [a for g in case_file["goals"] for a in g["actions"]],
        "plan_versions": case_file["plans"],
        "own_plans": case_file["own_plans"],
    }
    return {table: {r["id"]: r for r in rows} for table, rows in sources.items()}


def _single_line(value: str, what: Said) -> None:
    if len(value) > MAX_NAME or _CONTROL_RE.search(value):
        raise _fail(
            says(
                "bundle.lang-of-bevat-tekens",
                N_("{what} is te lang of bevat tekens die niet kunnen."),
                what=what,
            )
        )


def dumps(
    cases: Sequence[BundledCase],
    *,
    code: str,
    source_database: str,
    sender: str,
    recipient: str,
    recipient_database: str = "",
    created_at: str | None = None,
    kdf: KdfSettings | None = None,
) -> bytes:
    """The bundle file for these cases, encrypted under the code."""
    problem = code_problem(code)
    if problem:
        raise _fail(problem)
    if not recipient.strip():
        raise _fail(
            says(
                "bundle.vul-naam-collega-voor",
                N_("Vul de naam in van de collega voor wie de overdracht is."),
            )
        )
    _single_line(recipient, says("bundle.colleague-name", N_("De naam van de collega")))
    _single_line(sender, says("bundle.sender-name", N_("De naam van de afzender")))
    if not cases:
        raise _fail(
            says(
                "repo.kies-minstens-dossier-om", N_("Kies minstens één dossier om over te dragen.")
            )
        )
    if len(cases) > MAX_CASES:
        raise _fail(
            says(
                "bundle.draag-hooguit-dossiers-tegelijk",
                N_("Draag hooguit {MAX_CASES} dossiers tegelijk over."),
                MAX_CASES=MAX_CASES,
            )
        )
    if created_at is None:
        created_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        created_at = created_at.replace("+00:00", "Z")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    settings = kdf or KdfSettings()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": created_at,
        "program_version": __version__,
        "source_database": source_database,
        "sender": sender,
        "recipient": recipient.strip(),
        "recipient_database": recipient_database,
        "cases": len(cases),
        "protection": {
            "cipher": CIPHER,
            "salt": base64.b64encode(salt).decode("ascii"),
            "time_cost": settings.time_cost,
            "memory_cost_kib": settings.memory_cost_kib,
            "parallelism": settings.parallelism,
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
    }
    payload = zlib.compress(_canonical({"cases": [_case_plain(c) for c in cases]}), 6)
    key = derive_key(code, salt, settings)
    sealed = AESGCM(key).encrypt(nonce, payload, _canonical(document))
    document["ciphertext"] = base64.b64encode(sealed).decode("ascii")
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_file(path: Path | str, data: bytes) -> None:
    """Write a bundle atomically, private to the user (eigenkracht.privatefiles)."""
    from eigenkracht.privatefiles import write_private

    write_private(Path(path), data)


# --------------------------------------------------------------------------- reading


def read_bytes(path: Path | str) -> bytes:
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _fail(
            says(
                "bundle.overdrachtsbestand-gevonden", N_("Het overdrachtsbestand is niet gevonden.")
            )
        ) from None
    except IsADirectoryError:
        raise _fail(
            says(
                "bundle.dit-map-geen-overdrachtsbestand",
                N_("Dit is een map, geen overdrachtsbestand."),
            )
        ) from None
    except OSError:
        raise _fail(
            says(
                "bundle.overdrachtsbestand-kan-worden-gelezen",
                N_("Het overdrachtsbestand kan niet worden gelezen."),
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise _fail(
            says(
                "bundle.bestand-groot-voor-overdracht",
                N_("Het bestand is te groot voor een overdracht."),
            )
        )
    return data


def _document(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise _fail(
            says(
                "bundle.bestand-groot-voor-overdracht",
                N_("Het bestand is te groot voor een overdracht."),
            )
        )
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(
            says(
                "bundle.dit-geen-overdrachtsbestand-eigenkracht",
                N_("Dit is geen overdrachtsbestand van eigenkracht."),
            )
        ) from None
    try:
        document = json.loads(text)
    except RecursionError:
        raise _damaged() from None
    except ValueError:
        raise _fail(
            says(
                "bundle.overdrachtsbestand-beschadigd-of-onvolledig",
                N_("Het overdrachtsbestand is beschadigd of onvolledig."),
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail(
            says(
                "bundle.dit-geen-overdrachtsbestand-eigenkracht",
                N_("Dit is geen overdrachtsbestand van eigenkracht."),
            )
        )
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise _fail(
            says(
                "bundle.versie-overdrachtsbestand-ontbreekt-of",
                N_("De versie van het overdrachtsbestand ontbreekt of is ongeldig."),
            )
        )
    if version > VERSION:
        raise _fail(
            says(
                "bundle.overdrachtsbestand-gemaakt-met-nieuwere",
                N_(
                    "Het overdrachtsbestand is gemaakt met een nieuwere versie van "
                    "eigenkracht; werk eigenkracht eerst bij."
                ),
            )
        )
    if set(document) != _TOP_KEYS:
        raise _damaged()
    return document


def _header(document: Mapping[str, Any]) -> Header:
    texts = {}
    for name in (
        "created_at",
        "program_version",
        "source_database",
        "sender",
        "recipient",
        "recipient_database",
    ):
        value = document.get(name)
        if not isinstance(value, str) or len(value) > MAX_NAME or _CONTROL_RE.search(value):
            raise _damaged()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _damaged() from None
        texts[name] = value
    if not _UID_RE.fullmatch(texts["source_database"]):
        raise _damaged()
    if texts["recipient_database"] and not _UID_RE.fullmatch(texts["recipient_database"]):
        raise _damaged()
    cases = document.get("cases")
    if type(cases) is not int or not 1 <= cases <= MAX_CASES:
        raise _damaged()
    return Header(version=document["version"], cases=cases, **texts)


def read_header(data: bytes) -> Header:
    """The header of a bundle, without the code. Raises BundleError."""
    return _header(_document(data))


def check_target(header: Header, database_uid: str) -> None:
    """Refuse a bundle that was made in this database, or made for another one."""
    if header.source_database == database_uid:
        raise _fail(
            says(
                "bundle.deze-overdracht-deze-database",
                N_("Deze overdracht is in deze database gemaakt; lees hem in bij de collega."),
            )
        )
    if header.recipient_database and header.recipient_database != database_uid:
        raise _fail(
            says(
                "bundle.deze-overdracht-bedoeld-voor",
                N_("Deze overdracht is bedoeld voor een andere database."),
            )
        )


def _settings(protection: Mapping[str, Any]) -> KdfSettings:
    settings = settings_from(protection)
    if settings is None:
        raise _damaged()
    return settings


def _b64(value: object, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise _damaged()
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged() from None
    if size is not None and len(data) != size:
        raise _damaged()
    return data


def _decrypt(document: dict[str, Any], code: str) -> Any:
    protection = document["protection"]
    if not isinstance(protection, dict) or set(protection) != _PROTECTION_KEYS:
        raise _damaged()
    if protection.get("cipher") != CIPHER:
        raise _fail(
            says(
                "bundle.overdrachtsbestand-beveiligd-manier-die",
                N_("Het overdrachtsbestand is beveiligd op een manier die eigenkracht niet kent."),
            )
        )
    settings = _settings(protection)
    salt = _b64(protection.get("salt"), SALT_BYTES)
    nonce = _b64(protection.get("nonce"), NONCE_BYTES)
    sealed = _b64(document.get("ciphertext"))
    if len(sealed) < 16:
        raise _damaged()
    if len(normalise_code(code)) > MAX_CODE:
        raise WrongCode()
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = derive_key(code, salt, settings)
    try:
        packed = AESGCM(key).decrypt(nonce, sealed, _canonical(header))
    except InvalidTag:
        raise WrongCode() from None
    try:
        unpacker = zlib.decompressobj()
        plain = unpacker.decompress(packed, MAX_PLAIN)
        if unpacker.unconsumed_tail or not unpacker.eof:
            raise _damaged()
        value = json.loads(plain.decode("utf-8"))
        # A lone surrogate (an escape such as \ud800) is no text the database can keep.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return value
    except (zlib.error, ValueError, RecursionError):  # UnicodeError is a ValueError
        raise _damaged() from None


def _uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID_RE.fullmatch(value):
        raise _damaged()
    return value


def _case(data: Any) -> BundledCase:
    if not isinstance(data, dict) or set(data) != _CASE_KEYS:
        raise _damaged()
    try:
        case_file = from_plain(CaseFile, data["case_file"], "case_file")
        versions = from_plain(list[NetworkVersion], data["network_versions"])
        instruments = from_plain(list[InstrumentText], data["instruments"])
    except (SerialError, TypeError, RecursionError):
        raise _damaged() from None
    uid = _uid(data["uid"])
    if case_file.case.uid != uid or data["version"] != record_version(data["case_file"]):
        raise _damaged()
    try:  # the shape was checked by from_plain; a field left to its default was not
        by_table = _records_by_table(data["case_file"])
    except (KeyError, TypeError):
        raise _damaged() from None
    records = data["records"]
    if not isinstance(records, dict) or set(records) != set(RECORD_TABLES):
        raise _damaged()
    uids: dict[str, dict[int, str]] = {}
    seen: set[str] = {uid}
    for table in RECORD_TABLES:
        rows = records[table]
        if not isinstance(rows, list) or len(rows) != len(by_table[table]):
            raise _damaged()
        table_uids: dict[int, str] = {}
        for row in rows:
            if not isinstance(row, dict) or set(row) != {"id", "uid", "version"}:
                raise _damaged()
            ident, row_uid = row["id"], _uid(row["uid"])
            if type(ident) is not int or ident not in by_table[table] or ident in table_uids:
                raise _damaged()
            if row_uid in seen or row["version"] != record_version(by_table[table][ident]):
                raise _damaged()
            seen.add(row_uid)
            table_uids[ident] = row_uid
        uids[table] = table_uids
    _check_links(case_file, versions)
    for plan in case_file.plans:
        if plan.status is PlanStatus.SIGNED and (
            hashlib.sha256(plan.snapshot.encode("utf-8")).hexdigest() != plan.fingerprint
        ):
            raise _fail(
                says(
                    "bundle.ondertekende-planversie-overdrachtsbestand-klopt",
                    N_(
                        "Een ondertekende planversie in het overdrachtsbestand klopt niet meer "
                        "met haar vingerafdruk."
                    ),
                )
            )
    rows, head = _audit(data["audit"], case_file.case.reference)
    return BundledCase(
        case_file=case_file,
        uids=uids,
        network_versions=versions,
        instruments=instruments,
        audit=rows,
        audit_head=head,
    )


def _check_links(case_file: CaseFile, versions: Sequence[NetworkVersion]) -> None:
    """Every local id a record names is one of the case's own records."""
    members = {m.id for m in case_file.members}
    conversations = {c.id for c in case_file.conversations}
    persons = {p.id for p in case_file.network}
    own = case_file.case.id
    owners = [
        *(x.case_id for x in case_file.members),
        *(x.case_id for x in case_file.conversations),
        *(x.case_id for x in case_file.network),
        *(x.case_id for x in case_file.goals),
        *(x.case_id for x in case_file.plans),
        *(x.case_id for x in case_file.own_plans),
    ]
    if any(owner != own for owner in owners):
        raise _damaged()
    for a in case_file.assessments:
        if a.conversation_id not in conversations or (
            a.member_id is not None and a.member_id not in members
        ):
            raise _damaged()
        if len({s.domain for s in a.scores}) != len(a.scores):
            raise _damaged()
    for g in case_file.goals:
        if g.member_id is not None and g.member_id not in members:
            raise _damaged()
        for action in g.actions:
            if action.goal_id != g.id or (
                action.network_person_id is not None and action.network_person_id not in persons
            ):
                raise _damaged()
    for p in case_file.network:
        if len({(h.domain, h.kind) for h in p.helps}) != len(p.helps):
            raise _damaged()
    numbers = [p.number for p in case_file.plans]
    if len(set(numbers)) != len(numbers):
        raise _damaged()
    at = [v.conversation_id for v in versions]
    if len(set(at)) != len(at) or not set(at) <= conversations:
        raise _damaged()


def _audit(data: Any, reference: str) -> tuple[list[dict[str, Any]], tuple[int, str]]:
    from eigenkracht.store.audit import row_hash  # pure: hashing only, no database

    if not isinstance(data, dict) or set(data) != {"rows", "head"}:
        raise _damaged()
    head = data["head"]
    if not isinstance(head, dict) or set(head) != {"id", "hash"}:
        raise _damaged()
    if type(head["id"]) is not int or not isinstance(head["hash"], str):
        raise _damaged()
    if not _HEX64_RE.fullmatch(head["hash"]):
        raise _damaged()
    rows = data["rows"]
    if not isinstance(rows, list):
        raise _damaged()
    checked: list[dict[str, Any]] = []
    last = 0
    for row in rows:
        if not isinstance(row, dict) or set(row) != set(AUDIT_FIELDS):
            raise _damaged()
        if type(row["id"]) is not int or not last < row["id"] <= head["id"]:
            raise _damaged()
        if not all(isinstance(row[f], str) for f in AUDIT_FIELDS if f != "id"):
            raise _damaged()
        if row["case_ref"] != reference or row_hash(row) != row["hash"]:
            raise _fail(
                says(
                    "bundle.logboek-overdrachtsbestand-klopt-overdracht",
                    N_(
                        "Het logboek in het overdrachtsbestand klopt niet; de overdracht is niet "
                        "ingelezen."
                    ),
                )
            )
        last = row["id"]
        checked.append(dict(row))
    return checked, (head["id"], head["hash"])


def loads(data: bytes, code: str) -> Bundle:
    """Read and check a whole bundle. Raises BundleError (WrongCode for a wrong code)."""
    document = _document(data)
    header = _header(document)
    payload = _decrypt(document, code)
    if not isinstance(payload, dict) or set(payload) != {"cases"}:
        raise _damaged()
    cases_data = payload["cases"]
    if not isinstance(cases_data, list) or len(cases_data) != header.cases:
        raise _damaged()
    cases = [_case(c) for c in cases_data]
    uids = [c.uid for c in cases]
    if len(set(uids)) != len(uids):
        raise _damaged()
    return Bundle(header=header, cases=cases, digest=hashlib.sha256(data).hexdigest())
