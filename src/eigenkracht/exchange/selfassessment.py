"""Self-assessment files: what a citizen fills in at home and brings to the conversation.

A citizen answers the questions in the citizen window (ui/citizen/) and saves a file in
the format `eigenkracht-zelfbeoordeling`, version 1 (docs/selfassessment-format.md). The
file may be protected with a short code the citizen chooses: the content is then encrypted
with AES-256-GCM under a key derived from the code with Argon2id; salt and parameters are in
the header, and the whole header is authenticated as associated data.

The professional program reads such a file (`loads`), checks it against the instrument it
was made with (`check_instrument`), shows it field by field beside what is recorded
(`review`), and turns the fields the worker accepts into store operations (`Review.plan`,
then `Repository.import_at_home`).

The reader is strict and bounded: whatever the input, the only exception that leaves it is
`SelfAssessmentError` (or its subclasses `CodeRequired` and `WrongCode`), whose str() is a
Dutch sentence. No Qt, no database: the citizen window uses this module without either.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from eigenkracht import __version__
from eigenkracht.core.assessments import latest_scores
from eigenkracht.core.errors import UserFacingError
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError
from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    CaseFile,
    Conversation,
    ConversationKind,
    DomainScore,
    HelpDirection,
    NetworkPerson,
    Perspective,
)
from eigenkracht.core.serial import SerialError, from_plain, to_plain

__all__ = [
    "FORMAT",
    "VERSION",
    "CodeRequired",
    "DomainAnswer",
    "Effect",
    "Helper",
    "ImportPlan",
    "ItemKind",
    "KdfSettings",
    "Opened",
    "OwnAction",
    "OwnAsk",
    "OwnGoal",
    "OwnPlan",
    "Participant",
    "PlanKind",
    "Review",
    "ReviewItem",
    "SelfAssessment",
    "SelfAssessmentError",
    "WrongCode",
    "check",
    "check_instrument",
    "content_digest",
    "dumps",
    "effect_text",
    "find_instrument",
    "fit_to",
    "home_instrument",
    "home_instruments",
    "is_protected",
    "loads",
    "normalise_code",
    "open_bytes",
    "plan_from_plain",
    "plan_to_plain",
    "read_bytes",
    "read_file",
    "review",
    "target_text",
    "write_file",
]

FORMAT: Final = "eigenkracht-zelfbeoordeling"
VERSION: Final = 2  # 2: the own plan (`plan`); version 1 is still read
CIPHER: Final = "argon2id-aes-256-gcm"

# Limits against absurd or hostile files. A real self-assessment is a few kilobytes.
MAX_BYTES: Final = 1024 * 1024
MAX_TEXT: Final = 4000  # question, what matters, a remark
MAX_LINE: Final = 200  # a name, who someone is
MAX_HELPS: Final = 1000  # what a helper helps with
MAX_ANSWERS: Final = 100
MAX_HELPERS: Final = 50
MAX_LEVEL: Final = 100
MAX_GOALS: Final = 30  # the own plan (version 2)
MAX_ACTIONS: Final = 100
MAX_ASKS: Final = 30
MAX_PARTICIPANTS: Final = 30
# filled_in_on: a real day, not before this one and not after today.
EARLIEST_DAY: Final = dt.date(2000, 1, 1)
MIN_CODE: Final = 4
MAX_CODE: Final = 128

# Key derivation: Argon2id, RFC 9106's second recommended option (64 MiB, 3 passes).
DEFAULT_TIME_COST: Final = 3
DEFAULT_MEMORY_KIB: Final = 64 * 1024
DEFAULT_PARALLELISM: Final = 1
# What a reader accepts, so that a hostile header cannot make it work for minutes.
MAX_TIME_COST: Final = 10
MAX_MEMORY_KIB: Final = 256 * 1024
MAX_PARALLELISM: Final = 4
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12

_ID_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_VERSION_RE: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,31}")
# Control characters (tab, line feed and carriage return are allowed in free text),
# and the bidirectional overrides and isolates that can make text display misleadingly.
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINE_RE: Final = re.compile(r"[\t\r\n\u2028\u2029]")

_TOP_KEYS: Final = frozenset(
    {"format", "version", "saved_at", "program_version", "protection", "content", "ciphertext"}
)
_PROTECTION_KEYS: Final = frozenset(
    {"cipher", "salt", "time_cost", "memory_cost_kib", "parallelism", "nonce"}
)


# --------------------------------------------------------------------------- errors


class SelfAssessmentError(UserFacingError, ValueError):
    """The file cannot be used. str() is one Dutch sentence (or two) for the user."""


class CodeRequired(SelfAssessmentError):
    """The file is protected with a code, and none was given."""

    def __init__(self) -> None:
        super().__init__("Dit bestand is beveiligd met een code. Vul de code in.")


class WrongCode(SelfAssessmentError):
    """The code does not open the file (or the protected part is damaged)."""

    def __init__(self) -> None:
        super().__init__(
            "De code klopt niet, of het bestand is beschadigd. Controleer de code en "
            "probeer het opnieuw."
        )


# --------------------------------------------------------------------------- content


@dataclass
class Helper:
    """Someone who helps the citizen, in the citizen's own words."""

    name: str
    who: str = ""  # who they are to the citizen: "mijn dochter", "buurvrouw"
    helps_with: str = ""


@dataclass
class DomainAnswer:
    """The citizen's answer for one domain of the instrument."""

    domain: str
    level: int | None = None
    skipped: bool = False  # does not apply, or would rather not say
    wants_to_discuss: bool = False
    remark: str = ""

    @property
    def is_empty(self) -> bool:
        return (
            self.level is None
            and not self.skipped
            and not self.wants_to_discuss
            and not self.remark.strip()
        )


class PlanKind(StrEnum):
    """Which own plan the citizen made (domain.md §2, §4)."""

    PERSOONLIJK = "persoonlijk-plan"  # Wmo 2015 art. 2.3.2 lid 2: the citizen's own plan
    FAMILIEGROEPSPLAN = "familiegroepsplan"  # Jeugdwet: made with family and friends


@dataclass
class OwnGoal:
    """What the citizen wants to reach, in their own words."""

    text: str
    domain: str = ""  # a domain key of the instrument; "" = free, not tied to a domain


@dataclass
class OwnAction:
    """What the citizen or someone around them will do."""

    what: str
    # "" = the citizen themself; else a name: one of content.helpers or of
    # plan.written_with (matched by name, ignoring case and spaces), or someone else.
    who: str = ""
    when: str = ""  # in their own words: "volgende week", "elke dinsdag", "voor de zomer"
    ongoing: bool = False  # "steeds / doorlopend"
    goal: int | None = None  # index into plan.goals; None = not tied to one goal


@dataclass
class OwnAsk:
    """What the citizen asks of the municipality or of others."""

    what: str
    from_whom: str = ""  # "de huisarts", ...; "" = the municipality


@dataclass
class Participant:
    """Someone who helped write the plan (a familiegroepsplan: family and friends who
    took part), with what they take on."""

    name: str
    who: str = ""  # "mijn zus", "buurman"
    takes_on: str = ""  # in their own words


@dataclass
class OwnPlan:
    """The citizen's own plan: a persoonlijk plan, or a familiegroepsplan."""

    kind: PlanKind = PlanKind.PERSOONLIJK
    goals: list[OwnGoal] = field(default_factory=list)
    actions: list[OwnAction] = field(default_factory=list)
    asks: list[OwnAsk] = field(default_factory=list)
    written_with: list[Participant] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Nothing filled in (the kind alone says nothing)."""
        return not (self.goals or self.actions or self.asks or self.written_with)


@dataclass
class SelfAssessment:
    """Everything one citizen filled in at home."""

    instrument_id: str
    instrument_version: str
    filled_in_on: dt.date | None = None
    name: str = ""
    question: str = ""  # what they want help with, in their own words
    what_matters: str = ""
    wellbeing: int | None = None  # 0-10
    answers: list[DomainAnswer] = field(default_factory=list)
    helpers: list[Helper] = field(default_factory=list)
    plan: OwnPlan | None = None  # version 2: their own plan, if they made one

    def answer(self, domain: str) -> DomainAnswer | None:
        return next((a for a in self.answers if a.domain == domain), None)

    def set_answer(self, answer: DomainAnswer) -> None:
        """Replace the answer for answer.domain in its place (dropping it when empty)."""
        index = next((i for i, a in enumerate(self.answers) if a.domain == answer.domain), None)
        if index is None:
            if not answer.is_empty:
                self.answers.append(answer)
        elif answer.is_empty:
            del self.answers[index]
        else:
            self.answers[index] = answer

    @classmethod
    def blank(cls, instrument: Instrument, today: dt.date | None = None) -> SelfAssessment:
        return cls(instrument.id, instrument.version, filled_in_on=today)


def _fail(message: str) -> SelfAssessmentError:
    return SelfAssessmentError(message)


def _text(value: str, where: str, limit: int, *, single_line: bool = False) -> None:
    if len(value) > limit:
        raise _fail(f"{where}: de tekst is te lang ({len(value)} tekens; hooguit {limit}).")
    if _CONTROL_RE.search(value):
        raise _fail(f"{where}: de tekst bevat onzichtbare stuurtekens.")
    if single_line and _NEWLINE_RE.search(value):
        raise _fail(f"{where}: hoort op één regel te staan.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(f"{where}: de tekst bevat een ongeldig teken.") from None


def _same_name(name: str) -> str:
    """A name as the file's parts match it: spaces collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def _check_day(day: dt.date | None, today: dt.date | None) -> None:
    if day is None:
        return
    if day < EARLIEST_DAY:
        raise _fail(f"De datum van invullen ({day:%d-%m-%Y}) ligt te ver terug.")
    if day > (today or dt.date.today()):
        raise _fail(f"De datum van invullen ({day:%d-%m-%Y}) ligt in de toekomst. Dat kan niet.")


def _check_plan(plan: OwnPlan) -> None:
    """The own plan's limits (version 2)."""
    for items, limit, what in (
        (plan.goals, MAX_GOALS, "doelen"),
        (plan.actions, MAX_ACTIONS, "afspraken over wie wat doet"),
        (plan.asks, MAX_ASKS, "vragen"),
        (plan.written_with, MAX_PARTICIPANTS, "mensen die meeschreven"),
    ):
        if len(items) > limit:
            raise _fail(f"Het eigen plan noemt te veel {what} (hooguit {limit}).")
    for number, goal in enumerate(plan.goals, start=1):
        where = f"Eigen plan, doel {number}"
        _text(goal.text, where, MAX_HELPS)
        if not goal.text.strip():
            raise _fail(f"{where}: de tekst ontbreekt.")
        if goal.domain and (len(goal.domain) > 64 or not _ID_RE.fullmatch(goal.domain)):
            raise _fail(f"{where}: onbekend onderwerp.")
    for number, action in enumerate(plan.actions, start=1):
        where = f"Eigen plan, afspraak {number}"
        _text(action.what, where, MAX_HELPS)
        if not action.what.strip():
            raise _fail(f"{where}: wat er gebeurt ontbreekt.")
        _text(action.who, where, MAX_LINE, single_line=True)
        _text(action.when, where, MAX_LINE, single_line=True)
        if action.goal is not None and not 0 <= action.goal < len(plan.goals):
            raise _fail(f"{where}: hoort bij een doel dat niet in het plan staat.")
    for number, ask in enumerate(plan.asks, start=1):
        where = f"Eigen plan, vraag {number}"
        _text(ask.what, where, MAX_HELPS)
        if not ask.what.strip():
            raise _fail(f"{where}: de vraag ontbreekt.")
        _text(ask.from_whom, where, MAX_LINE, single_line=True)
    seen: set[str] = set()
    for number, person in enumerate(plan.written_with, start=1):
        where = f"Eigen plan, meegeschreven {number}"
        _text(person.name, where, MAX_LINE, single_line=True)
        if not person.name.strip():
            raise _fail(f"{where}: de naam ontbreekt.")
        if _same_name(person.name) in seen:
            raise _fail(f"{where}: deze naam komt twee keer voor.")
        seen.add(_same_name(person.name))
        _text(person.who, where, MAX_LINE, single_line=True)
        _text(person.takes_on, where, MAX_HELPS)


def check(content: SelfAssessment, today: dt.date | None = None) -> None:
    """Check values and limits that types alone do not express (the day it was filled
    in: not before EARLIEST_DAY, not after `today`, default the real date). Raises
    SelfAssessmentError."""
    _check_day(content.filled_in_on, today)
    if len(content.instrument_id) > 64 or not _ID_RE.fullmatch(content.instrument_id):
        raise _fail("Het bestand noemt geen geldige vragenlijst.")
    if not _VERSION_RE.fullmatch(content.instrument_version):
        raise _fail("Het bestand noemt geen geldige versie van de vragenlijst.")
    _text(content.name, "Naam", MAX_LINE, single_line=True)
    _text(content.question, "Vraag", MAX_TEXT)
    _text(content.what_matters, "Wat belangrijk is", MAX_TEXT)
    if content.wellbeing is not None and not 0 <= content.wellbeing <= 10:
        raise _fail("Het cijfer voor tevredenheid ligt niet tussen 0 en 10.")
    if len(content.answers) > MAX_ANSWERS:
        raise _fail(f"Het bestand heeft te veel antwoorden (hooguit {MAX_ANSWERS}).")
    seen: set[str] = set()
    for number, answer in enumerate(content.answers, start=1):
        where = f"Antwoord {number}"
        if len(answer.domain) > 64 or not _ID_RE.fullmatch(answer.domain):
            raise _fail(f"{where}: onbekend onderwerp.")
        if answer.domain in seen:
            raise _fail(f"{where}: het onderwerp '{answer.domain}' komt twee keer voor.")
        seen.add(answer.domain)
        if answer.level is not None and not 0 <= answer.level <= MAX_LEVEL:
            raise _fail(f"{where}: het gekozen antwoord bestaat niet.")
        if answer.level is not None and answer.skipped:
            raise _fail(f"{where}: een antwoord is gekozen én overgeslagen.")
        _text(answer.remark, where, MAX_TEXT)
    if len(content.helpers) > MAX_HELPERS:
        raise _fail(f"Het bestand noemt te veel helpers (hooguit {MAX_HELPERS}).")
    for number, helper in enumerate(content.helpers, start=1):
        where = f"Helper {number}"
        _text(helper.name, where, MAX_LINE, single_line=True)
        if not helper.name.strip():
            raise _fail(f"{where}: de naam ontbreekt.")
        _text(helper.who, where, MAX_LINE, single_line=True)
        _text(helper.helps_with, where, MAX_HELPS)
    if content.plan is not None:
        _check_plan(content.plan)


def content_from_plain(
    data: Any, version: int = VERSION, today: dt.date | None = None
) -> SelfAssessment:
    """The content part of a file (or a draft) of format `version` from parsed JSON,
    checked (`today` as in `check`). Version 1 has no own plan."""
    if version < 2 and isinstance(data, dict) and "plan" in data:
        raise _fail("Het bestand is beschadigd (een eigen plan hoort niet in versie 1).")
    try:
        content: SelfAssessment = from_plain(SelfAssessment, data, "inhoud")
    except SerialError as exc:
        raise _fail(f"Het bestand is beschadigd ({exc}).") from None
    except (RecursionError, ValueError, TypeError, OverflowError):
        raise _fail("Het bestand is beschadigd.") from None
    check(content, today)
    return content


def content_to_plain(content: SelfAssessment) -> dict[str, Any]:
    plain: dict[str, Any] = to_plain(content)
    return plain


def plan_to_plain(plan: OwnPlan) -> dict[str, Any]:
    """The own plan as plain JSON (what `OwnPlanRecord.content` keeps)."""
    plain: dict[str, Any] = to_plain(plan)
    return plain


def plan_from_plain(data: Any) -> OwnPlan:
    """An own plan from plain JSON (`OwnPlanRecord.content`), checked."""
    try:
        plan: OwnPlan = from_plain(OwnPlan, data, "plan")
    except SerialError as exc:
        raise _fail(f"Het eigen plan is beschadigd ({exc}).") from None
    except (RecursionError, ValueError, TypeError, OverflowError):
        raise _fail("Het eigen plan is beschadigd.") from None
    _check_plan(plan)
    return plan


def content_digest(content: SelfAssessment) -> str:
    """SHA-256 hex of the content's canonical JSON: the same answers give the same digest,
    whichever version or protection the file had (`ImportRecord.digest`)."""
    return hashlib.sha256(_canonical(content_to_plain(content))).hexdigest()


# --------------------------------------------------------------------------- the code


def normalise_code(code: str) -> str:
    """The code as it goes into the key derivation: Unicode NFKC, without spaces, and
    case-folded, so that "Zon 42" and "zon42" open the same file."""
    return "".join(unicodedata.normalize("NFKC", code).split()).casefold()


def code_problem(code: str) -> str:
    """A Dutch sentence when the code cannot be used to protect a file, else ""."""
    norm = normalise_code(code)
    if len(norm) < MIN_CODE:
        return f"Kies een code van minstens {MIN_CODE} tekens."
    if len(norm) > MAX_CODE:
        return f"Kies een code van hooguit {MAX_CODE} tekens."
    return ""


@dataclass(frozen=True)
class KdfSettings:
    """Argon2id cost for a new file. Tests pass cheap settings."""

    time_cost: int = DEFAULT_TIME_COST
    memory_cost_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM


def _derive(code: str, salt: bytes, settings: KdfSettings) -> bytes:
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


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _fail("De beveiliging van het bestand is beschadigd.")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _fail("De beveiliging van het bestand is beschadigd.") from None
    if len(data) != size:
        raise _fail("De beveiliging van het bestand is beschadigd.")
    return data


# --------------------------------------------------------------------------- writing


def dumps(
    content: SelfAssessment,
    *,
    code: str | None = None,
    saved_at: str | None = None,
    kdf: KdfSettings | None = None,
) -> bytes:
    """The file for this content (UTF-8 JSON), protected when a code is given."""
    check(content)
    if saved_at is None:
        saved_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": saved_at,
        "program_version": __version__,
        "protection": None,
    }
    plain = content_to_plain(content)
    if code is None:
        document["content"] = plain
    else:
        problem = code_problem(code)
        if problem:
            raise _fail(problem)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        settings = kdf or KdfSettings()
        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        document["protection"] = {
            "cipher": CIPHER,
            "salt": _b64(salt),
            "time_cost": settings.time_cost,
            "memory_cost_kib": settings.memory_cost_kib,
            "parallelism": settings.parallelism,
            "nonce": _b64(nonce),
        }
        key = _derive(code, salt, settings)
        sealed = AESGCM(key).encrypt(nonce, _canonical(plain), _canonical(document))
        document["ciphertext"] = _b64(sealed)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


def write_file(
    path: Path | str,
    content: SelfAssessment,
    *,
    code: str | None = None,
    kdf: KdfSettings | None = None,
) -> None:
    """Write the file atomically: a half-written file never replaces a good one, it is
    readable by the user only, and no temporary file is left behind
    (eigenkracht.privatefiles).

    Raises SelfAssessmentError (a bad code) or OSError (the disk)."""
    from eigenkracht.privatefiles import write_private

    write_private(Path(path), dumps(content, code=code, kdf=kdf))


# --------------------------------------------------------------------------- reading


def read_bytes(path: Path | str) -> bytes:
    """The raw file, refusing files larger than any real self-assessment."""
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _fail("Het bestand is niet gevonden.") from None
    except IsADirectoryError:
        raise _fail("Dit is een map, geen bestand.") from None
    except OSError as exc:
        raise _fail(f"Het bestand kan niet worden gelezen ({exc.strerror or 'fout'}).") from None
    if len(data) > MAX_BYTES:
        raise _fail("Het bestand is te groot voor een zelfbeoordeling.")
    return data


def _document(data: bytes | str) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise _fail("Het bestand is te groot voor een zelfbeoordeling.")
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(
                "Dit is geen zelfbeoordeling van eigenkracht (geen tekstbestand)."
            ) from None
    else:
        text = data
    try:
        document = json.loads(text)
    except RecursionError:
        raise _fail("Het bestand is beschadigd (te diep genest).") from None
    except ValueError:
        # Also a truncated file: JSON that stops halfway.
        raise _fail(
            "Het bestand is beschadigd of onvolledig, of het is geen zelfbeoordeling."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail("Dit is geen zelfbeoordeling van eigenkracht.")
    version = document.get("version")
    if type(version) is not int:
        raise _fail("De versie van het bestand ontbreekt.")
    if version > VERSION:
        raise _fail(
            "Het bestand is gemaakt met een nieuwere versie van eigenkracht. "
            "Werk eigenkracht bij om het te lezen."
        )
    if version < 1:
        raise _fail("De versie van het bestand is ongeldig.")
    unknown = set(document) - _TOP_KEYS
    if unknown:
        raise _fail("Het bestand bevat onbekende onderdelen.")
    return document


def is_protected(data: bytes | str) -> bool:
    """True when the file needs a code. Raises SelfAssessmentError for a bad file."""
    return _document(data).get("protection") is not None


def _settings(protection: Mapping[str, Any]) -> KdfSettings:
    values: dict[str, int] = {}
    for name, low, high in (
        ("time_cost", 1, MAX_TIME_COST),
        ("memory_cost_kib", 8, MAX_MEMORY_KIB),
        ("parallelism", 1, MAX_PARALLELISM),
    ):
        value = protection.get(name)
        if type(value) is not int or not low <= value <= high:
            raise _fail("De beveiliging van het bestand is beschadigd of onbekend.")
        values[name] = value
    settings = KdfSettings(**values)
    if settings.memory_cost_kib < 8 * settings.parallelism:
        raise _fail("De beveiliging van het bestand is beschadigd of onbekend.")
    return settings


def _decrypt(document: dict[str, Any], code: str) -> Any:
    protection = document["protection"]
    if not isinstance(protection, dict) or set(protection) != _PROTECTION_KEYS:
        raise _fail("De beveiliging van het bestand is beschadigd of onbekend.")
    if protection.get("cipher") != CIPHER:
        raise _fail("Het bestand is beveiligd op een manier die eigenkracht niet kent.")
    if "content" in document:
        raise _fail("Het bestand is beschadigd.")
    settings = _settings(protection)
    salt = _unb64(protection.get("salt"), SALT_BYTES)
    nonce = _unb64(protection.get("nonce"), NONCE_BYTES)
    sealed_text = document.get("ciphertext")
    if not isinstance(sealed_text, str):
        raise _fail("Het beveiligde deel van het bestand ontbreekt.")
    try:
        sealed = base64.b64decode(sealed_text, validate=True)
    except (binascii.Error, ValueError):
        raise _fail("Het beveiligde deel van het bestand is beschadigd.") from None
    if len(sealed) < 16:
        raise _fail("Het beveiligde deel van het bestand is beschadigd.")
    if len(normalise_code(code)) > MAX_CODE:
        raise WrongCode()
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    try:
        associated = _canonical(header)
    except (ValueError, TypeError):
        raise _fail("Het bestand is beschadigd.") from None
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _derive(code, salt, settings)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, associated)
    except InvalidTag:
        raise WrongCode() from None
    try:
        return json.loads(plain.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _fail("Het beveiligde deel van het bestand is beschadigd.") from None


@dataclass(frozen=True)
class Opened:
    """A file read (`open_bytes`): its content, when it was saved, its format version
    and the digest of its content (`content_digest`)."""

    content: SelfAssessment
    saved_at: str  # as the file says it ("" when it does not)
    version: int
    digest: str


def _saved_at(document: Mapping[str, Any]) -> str:
    if "saved_at" not in document:
        return ""
    value = document["saved_at"]
    if not isinstance(value, str) or len(value) > 40:
        raise _fail("Het bestand is beschadigd.")
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail("Het bestand is beschadigd (het moment van opslaan klopt niet).") from None
    return value


def open_bytes(
    data: bytes | str, code: str | None = None, *, today: dt.date | None = None
) -> Opened:
    """Read a self-assessment file of any known version, with what the import needs
    besides the content. A protected file needs its code: without one this raises
    CodeRequired, with a wrong one WrongCode. Any other problem raises
    SelfAssessmentError with a Dutch message. `today` (default the real date): the
    file may not have been filled in after it."""
    document = _document(data)
    saved_at = _saved_at(document)
    version = int(document["version"])
    if document.get("protection") is None:
        if "ciphertext" in document:
            raise _fail("Het bestand is beschadigd.")
        if "content" not in document:
            raise _fail("De antwoorden ontbreken in het bestand.")
        plain = document["content"]
    else:
        if code is None:
            raise CodeRequired()
        plain = _decrypt(document, code)
    content = content_from_plain(plain, version, today)
    return Opened(content, saved_at, version, content_digest(content))


def loads(
    data: bytes | str, code: str | None = None, *, today: dt.date | None = None
) -> SelfAssessment:
    """Read a self-assessment file: its content (see `open_bytes`)."""
    return open_bytes(data, code, today=today).content


def read_file(
    path: Path | str, code: str | None = None, *, today: dt.date | None = None
) -> SelfAssessment:
    return loads(read_bytes(path), code, today=today)


# --------------------------------------------------------------------------- instruments


def find_instrument(
    content: SelfAssessment, instruments: Catalogue | Iterable[Instrument]
) -> Instrument:
    """The instrument the file was made with, found through the catalogue: the installed
    file with that id and version, else the definition kept in the database (an
    instrument no longer installed), else the newest installed version of that id (its
    answers are then checked against it). A plain list of instruments counts as the
    installed ones. Raises SelfAssessmentError, one Dutch line naming the instrument,
    when it is neither installed nor kept."""
    catalogue = instruments if isinstance(instruments, Catalogue) else Catalogue(list(instruments))
    try:
        return catalogue.get(content.instrument_id, content.instrument_version)
    except InstrumentError:
        pass
    same_id = catalogue.find(content.instrument_id)
    if same_id is not None:
        return same_id
    raise _fail(
        f"Het bestand hoort bij de vragenlijst '{content.instrument_id}' (versie "
        f"{content.instrument_version}), die hier niet is geïnstalleerd en ook niet in de "
        "database staat. Vraag de beheerder om het instrumentbestand."
    )


def home_instruments(catalogue: Catalogue) -> list[Instrument]:
    """The instruments a citizen may fill in at home: the organisation's default set
    (Catalogue.defaults(), the main one first). Any kind: levels, a ladder, a score."""
    return list(catalogue.defaults())


def home_instrument(catalogue: Catalogue) -> Instrument:
    """The one the citizen window asks: the first (main) of the default set."""
    return home_instruments(catalogue)[0]


def check_instrument(content: SelfAssessment, instrument: Instrument) -> None:
    """Every answer belongs to a domain of the instrument and has a value of its scale
    (any kind: levels 1-5, a ladder, a score 0-10)."""
    keys = instrument.domain_keys()
    for answer in content.answers:
        if answer.domain not in keys:
            raise _fail(
                f"Het bestand bevat het onderwerp '{answer.domain}', dat de vragenlijst "
                f"'{instrument.name}' niet kent."
            )
        if answer.level is not None and answer.level not in instrument.scale:
            raise _fail(f"Het bestand bevat bij '{answer.domain}' een antwoord dat niet bestaat.")
    for goal in content.plan.goals if content.plan is not None else ():
        if goal.domain and goal.domain not in keys:
            raise _fail(
                f"Het eigen plan heeft een doel bij het onderwerp '{goal.domain}', dat de "
                f"vragenlijst '{instrument.name}' niet kent."
            )


# --------------------------------------------------------------------------- review


class ItemKind(StrEnum):
    QUESTION = "question"
    WHAT_MATTERS = "what_matters"
    WELLBEING = "wellbeing"
    DOMAIN = "domain"
    HELPER = "helper"


class Effect(StrEnum):
    """What accepting a field does to what is recorded."""

    ADD = "add"  # nothing is recorded there yet, or a new score beside the old ones
    APPEND = "append"  # the text is added below the recorded text
    REPLACE = "replace"  # the recorded value is replaced (shown to the worker first)
    SAME = "same"  # already recorded exactly so: nothing to do


@dataclass(frozen=True)
class ReviewItem:
    """One field of the file beside what is recorded. Texts are plain Dutch."""

    key: str  # "question", "wellbeing", "domain:financien", "helper:2"
    kind: ItemKind
    label: str  # the field in the worker's words
    citizen: str  # the citizen's answer, as text
    recorded: str  # what is recorded now, as text ("" for nothing)
    effect: Effect
    default: bool = True  # ticked when the review starts
    domain: str = ""
    helper_index: int = -1

    @property
    def selectable(self) -> bool:
        return self.effect is not Effect.SAME


@dataclass
class ImportPlan:
    """What the accepted fields become: the arguments of Repository.import_at_home."""

    case_id: int
    conversation: Conversation  # id None: a new conversation
    conversation_changes: dict[str, tuple[Any, Any]]  # field -> (recorded, new)
    assessment: Assessment | None
    new_persons: list[NetworkPerson]
    person_notes: list[tuple[int, str, str]]  # (person id, recorded notes, new notes)
    accepted: int = 0

    @property
    def is_empty(self) -> bool:
        return not (
            self.conversation_changes or self.assessment or self.new_persons or self.person_notes
        )


SKIPPED_REASON: Final = "Thuis ingevuld: past niet, of de inwoner zegt het liever niet."
APPEND_MARK: Final = "Thuis ingevuld door de inwoner:"
FROM_HOME: Final = "Thuis ingevuld door de inwoner."


def _appended(recorded: str, added: str) -> str:
    return f"{recorded.rstrip()}\n\n{APPEND_MARK} {added.strip()}"


def _level_text(instrument: Instrument, level: int | None) -> str:
    if level is None:
        return ""
    scale = instrument.scale
    try:
        label = scale.level(level).citizen_label
    except KeyError:  # a score (0-10): only the ends carry a label
        return f"{level} (van {scale.minimum} tot {scale.maximum})"
    return f"{level} · {label}"


def fit_to(content: SelfAssessment, instrument: Instrument) -> SelfAssessment:
    """The content for `instrument`: its id and version, and only the answers that fit its
    domains and scale (a draft kept while the organisation changed its instrument)."""
    keys = set(instrument.domain_keys())
    answers = [
        a
        for a in content.answers
        if a.domain in keys and (a.level is None or a.level in instrument.scale)
    ]
    return replace(
        content,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=answers,
    )


def answer_text(instrument: Instrument, answer: DomainAnswer) -> str:
    """The citizen's answer for one domain as one line (Dutch)."""
    parts: list[str] = []
    if answer.skipped:
        parts.append("past niet / zegt het liever niet")
    elif answer.level is not None:
        parts.append(_level_text(instrument, answer.level))
    else:
        parts.append("geen antwoord gekozen")
    if answer.wants_to_discuss:
        parts.append("wil hierover praten")
    if answer.remark.strip():
        parts.append(f"opmerking: {answer.remark.strip()}")
    return " · ".join(parts)


def _score_text(instrument: Instrument, score: DomainScore | None) -> str:
    if score is None:
        return ""
    if score.not_discussed:
        return "niet besproken"
    return _level_text(instrument, score.level)


@dataclass
class Review:
    """The file beside the case, field by field, and where accepted fields go."""

    content: SelfAssessment
    instrument: Instrument
    case_file: CaseFile
    today: dt.date
    target: Conversation | None  # the conversation the answers join; None: a new one
    items: list[ReviewItem]

    @property
    def new_conversation_kind(self) -> ConversationKind:
        return (
            ConversationKind.PROGRESS if self.case_file.conversations else ConversationKind.INTAKE
        )

    def item(self, key: str) -> ReviewItem:
        return next(i for i in self.items if i.key == key)

    def plan(self, accepted: Iterable[str]) -> ImportPlan:
        """The store changes for the accepted keys (unknown or unselectable keys are
        ignored)."""
        chosen = {key for key in accepted}
        items = [i for i in self.items if i.key in chosen and i.selectable]
        case = self.case_file.case
        assert case.id is not None
        if self.target is not None:
            conversation = self.target
        else:
            conversation = Conversation(
                case_id=case.id, date=self.today, kind=self.new_conversation_kind
            )
        changes: dict[str, tuple[Any, Any]] = {}
        scores: list[DomainScore] = []
        new_persons: list[NetworkPerson] = []
        notes: list[tuple[int, str, str]] = []
        content = self.content
        for item in items:
            if item.kind in (ItemKind.QUESTION, ItemKind.WHAT_MATTERS):
                name = item.kind.value
                recorded = getattr(conversation, name) if self.target is not None else ""
                added = getattr(content, name)
                new = added.strip() if not recorded.strip() else _appended(recorded, added)
                changes[name] = (recorded, new)
            elif item.kind is ItemKind.WELLBEING:
                recorded_wb = conversation.wellbeing if self.target is not None else None
                changes["wellbeing"] = (recorded_wb, content.wellbeing)
            elif item.kind is ItemKind.DOMAIN:
                answer = content.answer(item.domain)
                assert answer is not None
                scores.append(
                    DomainScore(
                        domain=answer.domain,
                        level=None if answer.skipped else answer.level,
                        not_discussed=answer.skipped,
                        reason=SKIPPED_REASON if answer.skipped else "",
                        situation=answer.remark.strip(),
                        wants_to_discuss=answer.wants_to_discuss,
                    )
                )
            elif item.kind is ItemKind.HELPER:
                helper = content.helpers[item.helper_index]
                existing = _same_person(self.case_file, helper.name)
                what = helper.helps_with.strip()
                helps = f"Helpt met: {what}" if what else ""
                if existing is None:
                    new_persons.append(
                        NetworkPerson(
                            case_id=case.id,
                            name=helper.name.strip(),
                            role=helper.who.strip(),
                            direction=HelpDirection.GIVES,
                            notes=f"{FROM_HOME} {helps}".strip(),
                            since=content.filled_in_on,
                        )
                    )
                else:
                    assert existing.id is not None
                    line = " · ".join(p for p in (helper.who.strip(), helps) if p) or "helpt"
                    new_notes = (
                        _appended(existing.notes, line)
                        if existing.notes.strip()
                        else f"{APPEND_MARK} {line}"
                    )
                    notes.append((existing.id, existing.notes, new_notes))
        assessment = None
        if scores:
            assessment = Assessment(
                conversation_id=conversation.id or 0,
                instrument_id=self.instrument.id,
                instrument_version=self.instrument.version,
                perspective=Perspective.CITIZEN,
                source=AssessmentSource.AT_HOME,
                scores=scores,
            )
        return ImportPlan(
            case_id=case.id,
            conversation=conversation,
            conversation_changes=changes,
            assessment=assessment,
            new_persons=new_persons,
            person_notes=notes,
            accepted=len(items),
        )


def _same_person(case_file: CaseFile, name: str) -> NetworkPerson | None:
    wanted = " ".join(name.split()).casefold()
    return next(
        (p for p in case_file.network if " ".join(p.name.split()).casefold() == wanted), None
    )


def choose_target(
    case_file: CaseFile, filled_in_on: dt.date | None, today: dt.date
) -> Conversation | None:
    """The conversation the answers join: the latest one, when it is not older than the
    day the citizen filled in the file (the conversation they brought it to); otherwise
    None, and a new conversation dated today is made."""
    latest = max(case_file.conversations, key=lambda c: (c.date, c.id or 0), default=None)
    if latest is not None and latest.date >= (filled_in_on or today):
        return latest
    return None


def _text_effect(target: Conversation | None, name: str, value: str) -> Effect:
    recorded = getattr(target, name) if target is not None else ""
    if not recorded.strip():
        return Effect.ADD
    if recorded.strip() == value.strip():
        return Effect.SAME
    return Effect.APPEND


def review(
    content: SelfAssessment, case_file: CaseFile, instrument: Instrument, today: dt.date
) -> Review:
    """The file's fields beside what the case records. Fields the citizen left empty
    are left out. Raises SelfAssessmentError when the file does not fit the instrument."""
    check(content)
    check_instrument(content, instrument)
    target = choose_target(case_file, content.filled_in_on, today)
    latest = max(case_file.conversations, key=lambda c: (c.date, c.id or 0), default=None)
    items: list[ReviewItem] = []
    for kind, label in (
        (ItemKind.QUESTION, "Vraag van de inwoner"),
        (ItemKind.WHAT_MATTERS, "Wat de inwoner belangrijk vindt"),
    ):
        value = getattr(content, kind.value)
        if value.strip():
            effect = _text_effect(target, kind.value, value)
            items.append(
                ReviewItem(
                    key=kind.value,
                    kind=kind,
                    label=label,
                    citizen=value.strip(),
                    recorded=getattr(latest, kind.value).strip() if latest else "",
                    effect=effect,
                    default=effect is not Effect.SAME,
                )
            )
    if content.wellbeing is not None:
        recorded_wb = target.wellbeing if target is not None else None
        shown_wb = latest.wellbeing if latest is not None else None
        if recorded_wb is None:
            effect = Effect.ADD
        elif recorded_wb == content.wellbeing:
            effect = Effect.SAME
        else:
            effect = Effect.REPLACE
        items.append(
            ReviewItem(
                key=ItemKind.WELLBEING.value,
                kind=ItemKind.WELLBEING,
                label="Tevredenheid met het leven (0-10)",
                citizen=str(content.wellbeing),
                recorded="" if shown_wb is None else str(shown_wb),
                effect=effect,
                default=effect is Effect.ADD,
            )
        )
    scores = latest_scores(case_file, instrument.id)  # as the overview and the plan show
    for domain in instrument.domains:
        answer = content.answer(domain.key)
        if answer is None or answer.is_empty:
            continue
        recorded_parts = []
        row = scores.get(domain.key, {})
        citizen_before = row.get(Perspective.CITIZEN)
        professional = row.get(Perspective.PROFESSIONAL)
        before = _score_text(instrument, citizen_before.score if citizen_before else None)
        if before:
            recorded_parts.append(f"inwoner {before}")
        prof = _score_text(instrument, professional.score if professional else None)
        if prof:
            recorded_parts.append(f"professional {prof}")
        items.append(
            ReviewItem(
                key=f"domain:{domain.key}",
                kind=ItemKind.DOMAIN,
                label=domain.name,
                citizen=answer_text(instrument, answer),
                recorded="; ".join(recorded_parts),
                effect=Effect.ADD,
                domain=domain.key,
            )
        )
    for index, helper in enumerate(content.helpers):
        existing = _same_person(case_file, helper.name)
        citizen = " · ".join(
            p for p in (helper.name.strip(), helper.who.strip(), helper.helps_with.strip()) if p
        )
        if existing is None:
            recorded, effect, default = "", Effect.ADD, True
        else:
            recorded = " · ".join(p for p in (existing.name, existing.role) if p)
            recorded = f"staat al in het netwerk: {recorded}"
            # Added to the notes of the person already known; not ticked by default.
            effect, default = Effect.APPEND, False
        items.append(
            ReviewItem(
                key=f"helper:{index}",
                kind=ItemKind.HELPER,
                label=f"Helpt de inwoner: {helper.name.strip()}",
                citizen=citizen,
                recorded=recorded,
                effect=effect,
                default=default,
                helper_index=index,
            )
        )
    return Review(content, instrument, case_file, today, target, items)


def effect_text(item: ReviewItem) -> str:
    """What accepting this field does, in Dutch (the command line; the window has its own)."""
    if item.kind is ItemKind.DOMAIN:
        return "een nieuwe score van de inwoner (thuis), naast de oude"
    if item.kind is ItemKind.HELPER:
        if item.effect is Effect.ADD:
            return "een nieuwe persoon in het netwerk"
        return "komt bij de notities van deze persoon"
    return {
        Effect.ADD: "wordt ingevuld",
        Effect.APPEND: "komt onder de vastgelegde tekst",
        Effect.REPLACE: "vervangt het vastgelegde cijfer",
        Effect.SAME: "is al zo vastgelegd",
    }[item.effect]


def target_text(review: Review) -> str:
    """Where accepted answers go, in Dutch."""
    if review.target is not None:
        return (
            f"De antwoorden komen bij het gesprek van {review.target.date:%d-%m-%Y} "
            f"({review.target.kind.value})."
        )
    return (
        f"De antwoorden komen in een nieuw gesprek van {review.today:%d-%m-%Y} "
        f"({review.new_conversation_kind.value})."
    )
