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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from eigenkracht import __version__
from eigenkracht.core.assessments import goal_domain, latest_scores
from eigenkracht.core.errors import N_, Said, UserFacingError, os_said, says
from eigenkracht.core.i18n import translate
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    AssessmentSource,
    Author,
    CaseFile,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    GoalStatus,
    HelpDirection,
    ImportRecord,
    NetworkPerson,
    OwnPlanRecord,
    Perspective,
)
from eigenkracht.core.serial import SerialError, from_plain, to_plain
from eigenkracht.exchange.code_key import (
    KdfSettings,
    derive_key,
    normalise_code,
    settings_from,
)
from eigenkracht.exchange.code_key import code_problem as check_code

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

# Key derivation, and the settings a reader accepts from a header: exchange/code_key.py.
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

    said = Said(
        "selfassessment.code-required",
        N_("Dit bestand is beveiligd met een code. Vul de code in."),
    )

    def __init__(self) -> None:
        super().__init__(str(self.said))


class WrongCode(SelfAssessmentError):
    """The code does not open the file (or the protected part is damaged)."""

    said = Said(
        "selfassessment.wrong-code",
        N_(
            "De code klopt niet, of het bestand is beschadigd. Controleer de code en "
            "probeer het opnieuw."
        ),
    )

    def __init__(self) -> None:
        super().__init__(str(self.said))


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


def _t(text: str) -> str:
    """A text of the review (what the import dialog shows) in the program's language;
    Dutch where no translator is installed (the command line)."""
    return translate("SelfAssessmentReview", text)


def _fail(message: Said) -> SelfAssessmentError:
    return SelfAssessmentError.of(message)


def _text(value: str, where: Said, limit: int, *, single_line: bool = False) -> None:
    if len(value) > limit:
        raise _fail(
            says(
                "selfassessment.tekst-lang-tekens-hooguit",
                N_("{where}: de tekst is te lang ({value} tekens; hooguit {limit})."),
                where=where,
                value=len(value),
                limit=limit,
            )
        )
    if _CONTROL_RE.search(value):
        raise _fail(
            says(
                "selfassessment.tekst-bevat-onzichtbare-stuurtekens",
                N_("{where}: de tekst bevat onzichtbare stuurtekens."),
                where=where,
            )
        )
    if single_line and _NEWLINE_RE.search(value):
        raise _fail(
            says(
                "selfassessment.hoort-regel-staan",
                N_("{where}: hoort op één regel te staan."),
                where=where,
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(
            says(
                "selfassessment.tekst-bevat-ongeldig-teken",
                N_("{where}: de tekst bevat een ongeldig teken."),
                where=where,
            )
        ) from None


def _same_name(name: str) -> str:
    """A name as the file's parts match it: spaces collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def _check_day(day: dt.date | None, today: dt.date | None) -> None:
    if day is None:
        return
    if day < EARLIEST_DAY:
        raise _fail(
            says(
                "selfassessment.datum-invullen-ligt-ver",
                N_("De datum van invullen ({day}) ligt te ver terug."),
                day=format(day, "%d-%m-%Y"),
            )
        )
    if day > (today or dt.date.today()):
        raise _fail(
            says(
                "selfassessment.datum-invullen-ligt-toekomst",
                N_("De datum van invullen ({day}) ligt in de toekomst. Dat kan niet."),
                day=format(day, "%d-%m-%Y"),
            )
        )


def _check_plan(plan: OwnPlan) -> None:
    """The own plan's limits (version 2)."""
    for items, limit, what in (
        (plan.goals, MAX_GOALS, says("selfassessment.goals", N_("doelen"))),
        (
            plan.actions,
            MAX_ACTIONS,
            says("selfassessment.actions", N_("afspraken over wie wat doet")),
        ),
        (plan.asks, MAX_ASKS, says("selfassessment.asks", N_("vragen"))),
        (
            plan.written_with,
            MAX_PARTICIPANTS,
            says("selfassessment.participants", N_("mensen die meeschreven")),
        ),
    ):
        if len(items) > limit:
            raise _fail(
                says(
                    "selfassessment.eigen-plan-noemt-veel",
                    N_("Het eigen plan noemt te veel {what} (hooguit {limit})."),
                    what=what,
                    limit=limit,
                )
            )
    for number, goal in enumerate(plan.goals, start=1):
        where = says("selfassessment.where-goal", N_("Eigen plan, doel {number}"), number=number)
        _text(goal.text, where, MAX_HELPS)
        if not goal.text.strip():
            raise _fail(
                says(
                    "selfassessment.tekst-ontbreekt",
                    N_("{where}: de tekst ontbreekt."),
                    where=where,
                )
            )
        if goal.domain and (len(goal.domain) > 64 or not _ID_RE.fullmatch(goal.domain)):
            raise _fail(
                says(
                    "selfassessment.onbekend-onderwerp",
                    N_("{where}: onbekend onderwerp."),
                    where=where,
                )
            )
    for number, action in enumerate(plan.actions, start=1):
        where = says(
            "selfassessment.where-action", N_("Eigen plan, afspraak {number}"), number=number
        )
        _text(action.what, where, MAX_HELPS)
        if not action.what.strip():
            raise _fail(
                says(
                    "selfassessment.wat-gebeurt-ontbreekt",
                    N_("{where}: wat er gebeurt ontbreekt."),
                    where=where,
                )
            )
        _text(action.who, where, MAX_LINE, single_line=True)
        _text(action.when, where, MAX_LINE, single_line=True)
        if action.goal is not None and not 0 <= action.goal < len(plan.goals):
            raise _fail(
                says(
                    "selfassessment.hoort-bij-doel-dat",
                    N_("{where}: hoort bij een doel dat niet in het plan staat."),
                    where=where,
                )
            )
    for number, ask in enumerate(plan.asks, start=1):
        where = says("selfassessment.where-ask", N_("Eigen plan, vraag {number}"), number=number)
        _text(ask.what, where, MAX_HELPS)
        if not ask.what.strip():
            raise _fail(
                says(
                    "selfassessment.vraag-ontbreekt",
                    N_("{where}: de vraag ontbreekt."),
                    where=where,
                )
            )
        _text(ask.from_whom, where, MAX_LINE, single_line=True)
    seen: set[str] = set()
    for number, person in enumerate(plan.written_with, start=1):
        where = says(
            "selfassessment.where-participant",
            N_("Eigen plan, meegeschreven {number}"),
            number=number,
        )
        _text(person.name, where, MAX_LINE, single_line=True)
        if not person.name.strip():
            raise _fail(
                says(
                    "selfassessment.naam-ontbreekt", N_("{where}: de naam ontbreekt."), where=where
                )
            )
        if _same_name(person.name) in seen:
            raise _fail(
                says(
                    "selfassessment.deze-naam-komt-twee",
                    N_("{where}: deze naam komt twee keer voor."),
                    where=where,
                )
            )
        seen.add(_same_name(person.name))
        _text(person.who, where, MAX_LINE, single_line=True)
        _text(person.takes_on, where, MAX_HELPS)


def check(content: SelfAssessment, today: dt.date | None = None) -> None:
    """Check values and limits that types alone do not express (the day it was filled
    in: not before EARLIEST_DAY, not after `today`, default the real date). Raises
    SelfAssessmentError."""
    _check_day(content.filled_in_on, today)
    if len(content.instrument_id) > 64 or not _ID_RE.fullmatch(content.instrument_id):
        raise _fail(
            says(
                "selfassessment.bestand-noemt-geen-geldige",
                N_("Het bestand noemt geen geldige vragenlijst."),
            )
        )
    if not _VERSION_RE.fullmatch(content.instrument_version):
        raise _fail(
            says(
                "selfassessment.bestand-noemt-geen-geldige-2",
                N_("Het bestand noemt geen geldige versie van de vragenlijst."),
            )
        )
    _text(content.name, says("selfassessment.where-name", N_("Naam")), MAX_LINE, single_line=True)
    _text(content.question, says("selfassessment.where-question", N_("Vraag")), MAX_TEXT)
    _text(
        content.what_matters,
        says("selfassessment.where-what-matters", N_("Wat belangrijk is")),
        MAX_TEXT,
    )
    if content.wellbeing is not None and not 0 <= content.wellbeing <= 10:
        raise _fail(
            says(
                "selfassessment.cijfer-voor-tevredenheid-ligt",
                N_("Het cijfer voor tevredenheid ligt niet tussen 0 en 10."),
            )
        )
    if len(content.answers) > MAX_ANSWERS:
        raise _fail(
            says(
                "selfassessment.bestand-heeft-veel-antwoorden",
                N_("Het bestand heeft te veel antwoorden (hooguit {MAX_ANSWERS})."),
                MAX_ANSWERS=MAX_ANSWERS,
            )
        )
    seen: set[str] = set()
    for number, answer in enumerate(content.answers, start=1):
        where = says("selfassessment.where-answer", N_("Antwoord {number}"), number=number)
        if len(answer.domain) > 64 or not _ID_RE.fullmatch(answer.domain):
            raise _fail(
                says(
                    "selfassessment.onbekend-onderwerp",
                    N_("{where}: onbekend onderwerp."),
                    where=where,
                )
            )
        if answer.domain in seen:
            raise _fail(
                says(
                    "selfassessment.onderwerp-komt-twee-keer",
                    N_("{where}: het onderwerp '{domain}' komt twee keer voor."),
                    where=where,
                    domain=answer.domain,
                )
            )
        seen.add(answer.domain)
        if answer.level is not None and not 0 <= answer.level <= MAX_LEVEL:
            raise _fail(
                says(
                    "selfassessment.gekozen-antwoord-bestaat",
                    N_("{where}: het gekozen antwoord bestaat niet."),
                    where=where,
                )
            )
        if answer.level is not None and answer.skipped:
            raise _fail(
                says(
                    "selfassessment.antwoord-gekozen-overgeslagen",
                    N_("{where}: een antwoord is gekozen én overgeslagen."),
                    where=where,
                )
            )
        _text(answer.remark, where, MAX_TEXT)
    if len(content.helpers) > MAX_HELPERS:
        raise _fail(
            says(
                "selfassessment.bestand-noemt-veel-helpers",
                N_("Het bestand noemt te veel helpers (hooguit {MAX_HELPERS})."),
                MAX_HELPERS=MAX_HELPERS,
            )
        )
    for number, helper in enumerate(content.helpers, start=1):
        where = says("selfassessment.where-helper", N_("Helper {number}"), number=number)
        _text(helper.name, where, MAX_LINE, single_line=True)
        if not helper.name.strip():
            raise _fail(
                says(
                    "selfassessment.naam-ontbreekt", N_("{where}: de naam ontbreekt."), where=where
                )
            )
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
        raise _fail(
            says(
                "selfassessment.bestand-beschadigd-eigen-plan",
                N_("Het bestand is beschadigd (een eigen plan hoort niet in versie 1)."),
            )
        )
    try:
        content: SelfAssessment = from_plain(SelfAssessment, data, "inhoud")
    except SerialError as exc:
        raise _fail(
            says(
                "selfassessment.bestand-beschadigd-2",
                N_("Het bestand is beschadigd ({exc})."),
                exc=exc.said,
            )
        ) from None
    except (RecursionError, ValueError, TypeError, OverflowError):
        raise _fail(
            says("selfassessment.bestand-beschadigd", N_("Het bestand is beschadigd."))
        ) from None
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
        raise _fail(
            says(
                "selfassessment.eigen-plan-beschadigd",
                N_("Het eigen plan is beschadigd ({exc})."),
                exc=exc.said,
            )
        ) from None
    except (RecursionError, ValueError, TypeError, OverflowError):
        raise _fail(
            says("selfassessment.eigen-plan-beschadigd-2", N_("Het eigen plan is beschadigd."))
        ) from None
    _check_plan(plan)
    return plan


def content_digest(content: SelfAssessment) -> str:
    """SHA-256 hex of the content's canonical JSON: the same answers give the same digest,
    whichever version or protection the file had (`ImportRecord.digest`)."""
    return hashlib.sha256(_canonical(content_to_plain(content))).hexdigest()


# --------------------------------------------------------------------------- the code


def code_problem(code: str) -> Said | None:
    """Why the code cannot be used to protect a file (a Dutch sentence), else None."""
    return check_code(code, MIN_CODE, MAX_CODE)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _fail(
            says(
                "selfassessment.beveiliging-bestand-beschadigd",
                N_("De beveiliging van het bestand is beschadigd."),
            )
        )
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(
            says(
                "selfassessment.beveiliging-bestand-beschadigd",
                N_("De beveiliging van het bestand is beschadigd."),
            )
        ) from None
    if len(data) != size:
        raise _fail(
            says(
                "selfassessment.beveiliging-bestand-beschadigd",
                N_("De beveiliging van het bestand is beschadigd."),
            )
        )
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
        key = derive_key(code, salt, settings)
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
        raise SelfAssessmentError.say(
            "selfassessment.not-found", N_("Het bestand is niet gevonden.")
        ) from None
    except IsADirectoryError:
        raise SelfAssessmentError.say(
            "selfassessment.is-directory", N_("Dit is een map, geen bestand.")
        ) from None
    except OSError as exc:  # by errno, never the system's English text
        raise SelfAssessmentError.say(
            "selfassessment.unreadable",
            N_("Het bestand kan niet worden gelezen. {reason}"),
            reason=os_said(exc),
        ) from None
    if len(data) > MAX_BYTES:
        raise SelfAssessmentError.say(
            "selfassessment.too-large", N_("Het bestand is te groot voor een zelfbeoordeling.")
        )
    return data


def _document(data: bytes | str) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise _fail(
            says(
                "selfassessment.too-large", N_("Het bestand is te groot voor een zelfbeoordeling.")
            )
        )
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(
                says(
                    "selfassessment.dit-geen-zelfbeoordeling-eigenkracht-2",
                    N_("Dit is geen zelfbeoordeling van eigenkracht (geen tekstbestand)."),
                )
            ) from None
    else:
        text = data
    try:
        document = json.loads(text)
    except RecursionError:
        raise _fail(
            says(
                "selfassessment.bestand-beschadigd-diep-genest",
                N_("Het bestand is beschadigd (te diep genest)."),
            )
        ) from None
    except ValueError:
        # Also a truncated file: JSON that stops halfway.
        raise _fail(
            says(
                "selfassessment.bestand-beschadigd-of-onvolledig",
                N_("Het bestand is beschadigd of onvolledig, of het is geen zelfbeoordeling."),
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail(
            says(
                "selfassessment.dit-geen-zelfbeoordeling-eigenkracht",
                N_("Dit is geen zelfbeoordeling van eigenkracht."),
            )
        )
    version = document.get("version")
    if type(version) is not int:
        raise _fail(
            says(
                "selfassessment.versie-bestand-ontbreekt",
                N_("De versie van het bestand ontbreekt."),
            )
        )
    if version > VERSION:
        raise _fail(
            says(
                "selfassessment.bestand-gemaakt-met-nieuwere",
                N_(
                    "Het bestand is gemaakt met een nieuwere versie van eigenkracht. Werk "
                    "eigenkracht bij om het te lezen."
                ),
            )
        )
    if version < 1:
        raise _fail(
            says(
                "selfassessment.versie-bestand-ongeldig",
                N_("De versie van het bestand is ongeldig."),
            )
        )
    unknown = set(document) - _TOP_KEYS
    if unknown:
        raise _fail(
            says(
                "selfassessment.bestand-bevat-onbekende-onderdelen",
                N_("Het bestand bevat onbekende onderdelen."),
            )
        )
    return document


def is_protected(data: bytes | str) -> bool:
    """True when the file needs a code. Raises SelfAssessmentError for a bad file."""
    return _document(data).get("protection") is not None


def _settings(protection: Mapping[str, Any]) -> KdfSettings:
    settings = settings_from(protection)
    if settings is None:
        raise _fail(
            says(
                "selfassessment.beveiliging-bestand-beschadigd-of",
                N_("De beveiliging van het bestand is beschadigd of onbekend."),
            )
        )
    return settings


def _decrypt(document: dict[str, Any], code: str) -> Any:
    protection = document["protection"]
    if not isinstance(protection, dict) or set(protection) != _PROTECTION_KEYS:
        raise _fail(
            says(
                "selfassessment.beveiliging-bestand-beschadigd-of",
                N_("De beveiliging van het bestand is beschadigd of onbekend."),
            )
        )
    if protection.get("cipher") != CIPHER:
        raise _fail(
            says(
                "selfassessment.bestand-beveiligd-manier-die",
                N_("Het bestand is beveiligd op een manier die eigenkracht niet kent."),
            )
        )
    if "content" in document:
        raise _fail(says("selfassessment.bestand-beschadigd", N_("Het bestand is beschadigd.")))
    settings = _settings(protection)
    salt = _unb64(protection.get("salt"), SALT_BYTES)
    nonce = _unb64(protection.get("nonce"), NONCE_BYTES)
    sealed_text = document.get("ciphertext")
    if not isinstance(sealed_text, str):
        raise _fail(
            says(
                "selfassessment.beveiligde-deel-bestand-ontbreekt",
                N_("Het beveiligde deel van het bestand ontbreekt."),
            )
        )
    try:
        sealed = base64.b64decode(sealed_text, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(
            says(
                "selfassessment.beveiligde-deel-bestand-beschadigd",
                N_("Het beveiligde deel van het bestand is beschadigd."),
            )
        ) from None
    if len(sealed) < 16:
        raise _fail(
            says(
                "selfassessment.beveiligde-deel-bestand-beschadigd",
                N_("Het beveiligde deel van het bestand is beschadigd."),
            )
        )
    if len(normalise_code(code)) > MAX_CODE:
        raise WrongCode()
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    try:
        associated = _canonical(header)
    except (ValueError, TypeError):
        raise _fail(
            says("selfassessment.bestand-beschadigd", N_("Het bestand is beschadigd."))
        ) from None
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = derive_key(code, salt, settings)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, associated)
    except InvalidTag:
        raise WrongCode() from None
    try:
        return json.loads(plain.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _fail(
            says(
                "selfassessment.beveiligde-deel-bestand-beschadigd",
                N_("Het beveiligde deel van het bestand is beschadigd."),
            )
        ) from None


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
        raise _fail(says("selfassessment.bestand-beschadigd", N_("Het bestand is beschadigd.")))
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(
            says(
                "selfassessment.bestand-beschadigd-moment-opslaan",
                N_("Het bestand is beschadigd (het moment van opslaan klopt niet)."),
            )
        ) from None
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
            raise _fail(says("selfassessment.bestand-beschadigd", N_("Het bestand is beschadigd.")))
        if "content" not in document:
            raise _fail(
                says(
                    "selfassessment.antwoorden-ontbreken-bestand",
                    N_("De antwoorden ontbreken in het bestand."),
                )
            )
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
        says(
            "selfassessment.bestand-hoort-bij-vragenlijst",
            N_(
                "Het bestand hoort bij de vragenlijst '{instrument_id}' (versie "
                "{instrument_version}), die hier niet is geïnstalleerd en ook niet in de "
                "database staat. Vraag de beheerder om het instrumentbestand."
            ),
            instrument_id=content.instrument_id,
            instrument_version=content.instrument_version,
        )
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
                says(
                    "selfassessment.bestand-bevat-onderwerp-dat",
                    N_(
                        "Het bestand bevat het onderwerp '{domain}', dat de vragenlijst '{name}' "
                        "niet kent."
                    ),
                    domain=answer.domain,
                    name=instrument.name,
                )
            )
        if answer.level is not None and answer.level not in instrument.scale:
            raise _fail(
                says(
                    "selfassessment.bestand-bevat-bij-antwoord",
                    N_("Het bestand bevat bij '{domain}' een antwoord dat niet bestaat."),
                    domain=answer.domain,
                )
            )
    for goal in content.plan.goals if content.plan is not None else ():
        if goal.domain and goal.domain not in keys:
            raise _fail(
                says(
                    "selfassessment.eigen-plan-heeft-doel",
                    N_(
                        "Het eigen plan heeft een doel bij het onderwerp '{domain}', dat de "
                        "vragenlijst '{name}' niet kent."
                    ),
                    domain=goal.domain,
                    name=instrument.name,
                )
            )


# --------------------------------------------------------------------------- review


class ItemKind(StrEnum):
    QUESTION = "question"
    WHAT_MATTERS = "what_matters"
    WELLBEING = "wellbeing"
    DOMAIN = "domain"
    HELPER = "helper"
    # Version 2: the citizen's own plan. The plan as a whole ("own-plan") keeps their
    # words (OwnPlanRecord); its parts become goals, actions, a question and people.
    OWN_PLAN = "own-plan"
    OWN_GOAL = "own-goal"
    OWN_ACTION = "own-action"
    OWN_ASK = "own-ask"
    PARTICIPANT = "participant"


#: The kinds that belong to the own plan (the import dialog groups them).
PLAN_ITEM_KINDS: Final = frozenset(
    {
        ItemKind.OWN_PLAN,
        ItemKind.OWN_GOAL,
        ItemKind.OWN_ACTION,
        ItemKind.OWN_ASK,
        ItemKind.PARTICIPANT,
    }
)


class Effect(StrEnum):
    """What accepting a field does to what is recorded."""

    ADD = "add"  # nothing is recorded there yet, or a new score beside the old ones
    APPEND = "append"  # the text is added below the recorded text
    REPLACE = "replace"  # the recorded value is replaced (shown to the worker first)
    SAME = "same"  # already recorded exactly so: nothing to do
    KEPT = "kept"  # an action without any goal to join: kept in the own plan's words only


@dataclass(frozen=True)
class ReviewItem:
    """One field of the file beside what is recorded. Texts are plain Dutch."""

    key: str  # "question", "wellbeing", "domain:financien", "helper:2", "own-goal:0"
    kind: ItemKind
    label: str  # the field in the worker's words
    citizen: str  # the citizen's answer, as text
    recorded: str  # what is recorded now, as text ("" for nothing)
    effect: Effect
    default: bool = True  # ticked when the review starts
    domain: str = ""
    helper_index: int = -1
    index: int = -1  # own plan parts: the index in goals, actions, asks or written_with
    # An own action: the goal it joins unless the worker chooses another
    # (Review.goal_choices): "own-goal:i" (a goal of this plan), "goal:<id>" (in the case).
    goal: str = ""
    # The same as in the previous import of this case (Review.previous): unchanged since.
    before: bool = False

    @property
    def selectable(self) -> bool:
        return self.effect not in (Effect.SAME, Effect.KEPT)

    @property
    def in_own_plan(self) -> bool:
        return self.kind in PLAN_ITEM_KINDS


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
    own_plan: OwnPlanRecord | None = None  # the plan in the citizen's words
    # New goals (author: the citizen) with their new actions; an action's
    # network_person_id below 0 names new_persons[-id - 1] (stored in the same go).
    goals: list[Goal] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)  # new actions on goals in the case
    digest: str = ""  # content_digest of the file (the imports row)
    saved_at: str = ""
    content: dict[str, Any] | None = None  # the whole file content (the imports row)

    @property
    def is_empty(self) -> bool:
        return not (
            self.conversation_changes
            or self.assessment
            or self.new_persons
            or self.person_notes
            or self.own_plan
            or self.goals
            or self.actions
        )

    def import_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of Repository.import_at_home beside the positional ones."""
        return {
            "new_persons": self.new_persons,
            "person_notes": self.person_notes,
            "own_plan": self.own_plan,
            "goals": self.goals,
            "actions": self.actions,
            "digest": self.digest,
            "saved_at": self.saved_at,
            "content": self.content,
        }


SKIPPED_REASON: Final = "Thuis ingevuld: past niet, of de inwoner zegt het liever niet."
APPEND_MARK: Final = "Thuis ingevuld door de inwoner:"
FROM_HOME: Final = "Thuis ingevuld door de inwoner."
WROTE_ALONG: Final = "Schreef mee aan het eigen plan."
MUNICIPALITY: Final = "de gemeente"


def _appended(recorded: str, added: str) -> str:
    return f"{recorded.rstrip()}\n\n{APPEND_MARK} {added.strip()}"


def _level_text(instrument: Instrument, level: int | None) -> str:
    if level is None:
        return ""
    scale = instrument.scale
    try:
        label = scale.level(level).citizen_label
    except KeyError:  # a score (0-10): only the ends carry a label
        return _t("{level} (van {minimum} tot {maximum})").format(
            level=level, minimum=scale.minimum, maximum=scale.maximum
        )
    return f"{level} · {label}"


def fit_to(content: SelfAssessment, instrument: Instrument) -> SelfAssessment:
    """The content for `instrument`: its id and version, and only the answers that fit its
    domains and scale (a draft kept while the organisation changed its instrument); the
    own plan's goals keep a domain only when the instrument has it."""
    keys = set(instrument.domain_keys())
    answers = [
        a
        for a in content.answers
        if a.domain in keys and (a.level is None or a.level in instrument.scale)
    ]
    plan = content.plan
    if plan is not None:
        plan = replace(
            plan,
            goals=[
                g if not g.domain or g.domain in keys else replace(g, domain="") for g in plan.goals
            ],
        )
    return replace(
        content,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=answers,
        plan=plan,
    )


def answer_text(instrument: Instrument, answer: DomainAnswer) -> str:
    """The citizen's answer for one domain as one line (in the program's language)."""
    parts: list[str] = []
    if answer.skipped:
        parts.append(_t("past niet / zegt het liever niet"))
    elif answer.level is not None:
        parts.append(_level_text(instrument, answer.level))
    else:
        parts.append(_t("geen antwoord gekozen"))
    if answer.wants_to_discuss:
        parts.append(_t("wil hierover praten"))
    if answer.remark.strip():
        parts.append(_t("opmerking: {remark}").format(remark=answer.remark.strip()))
    return " · ".join(parts)


def _score_text(instrument: Instrument, score: DomainScore | None) -> str:
    if score is None:
        return ""
    if score.not_discussed:
        return _t("niet besproken")
    return _level_text(instrument, score.level)


def _score_of(answer: DomainAnswer) -> DomainScore:
    """The score an answer becomes (an at-home assessment of the citizen)."""
    return DomainScore(
        domain=answer.domain,
        level=None if answer.skipped else answer.level,
        not_discussed=answer.skipped,
        reason=SKIPPED_REASON if answer.skipped else "",
        situation=answer.remark.strip(),
        wants_to_discuss=answer.wants_to_discuss,
    )


def plan_kind_text(kind: PlanKind) -> str:
    return {
        PlanKind.PERSOONLIJK: _t("persoonlijk plan"),
        PlanKind.FAMILIEGROEPSPLAN: _t("familiegroepsplan"),
    }[kind]


def action_what(action: OwnAction) -> str:
    """The action's text in the worker's plan: what, and when in the citizen's words."""
    when = action.when.strip()
    return f"{action.what.strip()} ({when})" if when else action.what.strip()


def ask_line(ask: OwnAsk) -> str:
    """How an ask joins the conversation's question."""
    return f"Vraagt aan {ask.from_whom.strip() or MUNICIPALITY}: {ask.what.strip()}"


def _helper_line(helper: Helper) -> tuple[str, str]:
    """(what the helper does, as in the notes; the line added to a known person)."""
    what = helper.helps_with.strip()
    helps = f"Helpt met: {what}" if what else ""
    return helps, " · ".join(p for p in (helper.who.strip(), helps) if p) or "helpt"


def _participant_line(person: Participant) -> tuple[str, str]:
    """(what the participant takes on, as in the notes; the line added to a known person)."""
    what = person.takes_on.strip()
    takes = f"Neemt op zich: {what}" if what else ""
    line = " · ".join(p for p in (WROTE_ALONG.rstrip("."), takes) if p)
    return takes or WROTE_ALONG, line


def _notes_with(existing: str, line: str) -> str:
    return _appended(existing, line) if existing.strip() else f"{APPEND_MARK} {line}"


@dataclass
class Review:
    """The file beside the case, field by field, and where accepted fields go."""

    content: SelfAssessment
    instrument: Instrument
    case_file: CaseFile
    today: dt.date
    target: Conversation | None  # the conversation the answers join; None: a new one
    items: list[ReviewItem]
    # The earlier imports of this case (Repository.imports_of), oldest first.
    previous: list[ImportRecord] = field(default_factory=list)
    # When this very content was imported before (ImportRecord.imported_at), oldest first.
    imported_before: list[str] = field(default_factory=list)
    digest: str = ""
    saved_at: str = ""
    free_domain: str = ""  # the domain a goal without one gets (the worker may change it)

    @property
    def new_conversation_kind(self) -> ConversationKind:
        return (
            ConversationKind.PROGRESS if self.case_file.conversations else ConversationKind.INTAKE
        )

    @property
    def has_own_plan(self) -> bool:
        return any(i.in_own_plan for i in self.items)

    @property
    def offers_anything(self) -> bool:
        return any(i.selectable for i in self.items)

    def item(self, key: str) -> ReviewItem:
        return next(i for i in self.items if i.key == key)

    # -- goals an own action may join ---------------------------------------------

    def _stored_goal(self, index: int) -> Goal | None:
        """The case's goal made from own goal `index` before (same text, the citizen's)."""
        assert self.content.plan is not None
        return _citizen_goal(self.case_file, self.content.plan.goals[index].text)

    def _resolved(self, goal_key: str) -> str:
        """An own goal already in the case is that goal ("goal:<id>")."""
        if goal_key.startswith("own-goal:"):
            stored = self._stored_goal(int(goal_key.split(":", 1)[1]))
            if stored is not None and stored.id is not None:
                return f"goal:{stored.id}"
        return goal_key

    def goal_choices(self) -> list[tuple[str, str]]:
        """The goals an own action may join, (goal key, Dutch label): the own plan's
        goals (those already in the case as that goal), then the case's other open
        goals."""
        choices: list[tuple[str, str]] = []
        seen: set[str] = set()
        plan = self.content.plan
        for index, goal in enumerate(plan.goals if plan is not None else []):
            key = self._resolved(f"own-goal:{index}")
            if key not in seen:
                seen.add(key)
                choices.append((key, f"Doel {index + 1} van de inwoner: {goal.text.strip()}"))
        for stored in self.case_file.goals:
            key = f"goal:{stored.id}"
            if stored.status in (GoalStatus.OPEN, GoalStatus.PARTLY) and key not in seen:
                seen.add(key)
                choices.append((key, f"Doel in het plan: {stored.text.strip()}"))
        return choices

    def goal_label(self, goal_key: str) -> str:
        return dict(self.goal_choices()).get(goal_key, "")

    # -- what the accepted keys become ----------------------------------------------

    def plan(self, accepted: Iterable[str], attach: Mapping[str, str] | None = None) -> ImportPlan:
        """The store changes for the accepted keys (unknown or unselectable keys are
        ignored). `attach`: per own action key the goal it joins instead of its default
        (a key of goal_choices). Raises SelfAssessmentError (Dutch) when an accepted
        action would join an own goal that is neither accepted nor in the case."""
        chosen = set(accepted)
        attach = attach or {}
        items = [i for i in self.items if i.key in chosen and i.selectable]
        case = self.case_file.case
        assert case.id is not None
        case_id: int = case.id
        if self.target is not None:
            conversation = self.target
        else:
            conversation = Conversation(
                case_id=case_id, date=self.today, kind=self.new_conversation_kind
            )
        changes: dict[str, tuple[Any, Any]] = {}
        scores: list[DomainScore] = []
        new_persons: list[NetworkPerson] = []
        notes: dict[int, tuple[str, str]] = {}  # person id -> (seen, new)
        content = self.content
        own = content.plan
        goals: dict[int, Goal] = {}  # own goal index -> new goal
        actions: list[Action] = []

        def person_for(name: str, role: str, line: str, note: str) -> None:
            existing = _same_person(self.case_file, name)
            if existing is not None:
                assert existing.id is not None
                seen, current = notes.get(existing.id, (existing.notes, existing.notes))
                notes[existing.id] = (seen, _notes_with(current, line))
                return
            for person in new_persons:
                if _same_name(person.name) == _same_name(name):
                    person.notes = f"{person.notes} {note}".strip()
                    person.role = person.role or role
                    return
            new_persons.append(
                NetworkPerson(
                    case_id=case_id,
                    name=" ".join(name.split()),
                    role=role,
                    direction=HelpDirection.GIVES,
                    notes=f"{FROM_HOME} {note}".strip(),
                    since=content.filled_in_on,
                )
            )

        question: tuple[str, str] | None = None
        for item in items:
            if item.kind in (ItemKind.QUESTION, ItemKind.WHAT_MATTERS):
                name = item.kind.value
                recorded = getattr(conversation, name) if self.target is not None else ""
                added = getattr(content, name)
                new = added.strip() if not recorded.strip() else _appended(recorded, added)
                changes[name] = (recorded, new)
                if name == "question":
                    question = (recorded, new)
            elif item.kind is ItemKind.WELLBEING:
                recorded_wb = conversation.wellbeing if self.target is not None else None
                changes["wellbeing"] = (recorded_wb, content.wellbeing)
            elif item.kind is ItemKind.DOMAIN:
                answer = content.answer(item.domain)
                assert answer is not None
                scores.append(_score_of(answer))
            elif item.kind is ItemKind.HELPER:
                helper = content.helpers[item.helper_index]
                helps, line = _helper_line(helper)
                person_for(helper.name, helper.who.strip(), line, helps)
            elif item.kind is ItemKind.PARTICIPANT:
                assert own is not None
                participant = own.written_with[item.index]
                takes, line = _participant_line(participant)
                note = takes if takes == WROTE_ALONG else f"{WROTE_ALONG} {takes}"
                person_for(participant.name, participant.who.strip(), line, note)
            elif item.kind is ItemKind.OWN_GOAL:
                assert own is not None
                goals[item.index] = self._goal_of(own.goals[item.index])
        # Asks join the question, after what the question item wrote.
        for item in items:
            if item.kind is ItemKind.OWN_ASK:
                assert own is not None
                if question is None:
                    recorded = conversation.question if self.target is not None else ""
                    question = (recorded, recorded)
                seen_q, current = question
                line = ask_line(own.asks[item.index])
                question = (seen_q, _notes_with(current, line))
                changes["question"] = question
        # Actions, once the persons and goals they name are known.
        allowed = {key for key, _label in self.goal_choices()}
        for item in items:
            if item.kind is not ItemKind.OWN_ACTION:
                continue
            assert own is not None
            own_action = own.actions[item.index]
            chosen_goal = attach.get(item.key, "")
            goal_key = self._resolved(chosen_goal if chosen_goal in allowed else item.goal)
            action = self._action_of(own_action, new_persons)
            if goal_key.startswith("goal:"):
                action.goal_id = int(goal_key.split(":", 1)[1])
                actions.append(action)
                continue
            index = int(goal_key.split(":", 1)[1]) if goal_key.startswith("own-goal:") else -1
            if index not in goals:
                goal_text = own.goals[index].text.strip() if 0 <= index < len(own.goals) else ""
                raise _fail(
                    says(
                        "selfassessment.afspraak-hoort-bij-doel",
                        N_(
                            "De afspraak '{what}' hoort bij het doel '{goal_text}'. Vink dat doel "
                            "ook aan, of kies een ander doel."
                        ),
                        what=one_line(own_action.what, 60),
                        goal_text=one_line(goal_text, 60),
                    )
                )
            goals[index].actions.append(action)
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
        own_plan = None
        if own is not None and any(i.kind is ItemKind.OWN_PLAN for i in items):
            own_plan = OwnPlanRecord(
                case_id=case.id,
                kind=own.kind.value,
                received_on=self.today,
                source="thuis",
                content=plan_to_plain(own),
            )
        return ImportPlan(
            case_id=case.id,
            conversation=conversation,
            conversation_changes=changes,
            assessment=assessment,
            new_persons=new_persons,
            person_notes=[(pid, seen, new) for pid, (seen, new) in notes.items()],
            accepted=len(items),
            own_plan=own_plan,
            goals=[goals[i] for i in sorted(goals)],
            actions=actions,
            digest=self.digest,
            saved_at=self.saved_at,
            content=content_to_plain(content),
        )

    def _goal_of(self, goal: OwnGoal) -> Goal:
        case_id = self.case_file.case.id
        assert case_id is not None
        return Goal(
            case_id=case_id,
            domain=goal.domain or self.free_domain,
            text=goal.text.strip(),
            author=Author.CITIZEN,
            instrument=f"{self.instrument.id}@{self.instrument.version}",
        )

    def _action_of(self, action: OwnAction, new_persons: Sequence[NetworkPerson]) -> Action:
        what = action_what(action)
        who = " ".join(action.who.split())
        if not who or _same_name(who) == _same_name(self.content.name):
            return Action(0, what, ongoing=action.ongoing, author=Author.CITIZEN)
        member = next(
            (m for m in self.case_file.members if _same_name(m.name) == _same_name(who)), None
        )
        if member is not None:  # someone of the household: "zelf"
            return Action(
                0, what, actor_name=member.name, ongoing=action.ongoing, author=Author.CITIZEN
            )
        network = Action(
            0, what, actor_kind=ActorKind.NETWORK, ongoing=action.ongoing, author=Author.NETWORK
        )
        existing = _same_person(self.case_file, who)
        if existing is not None:
            network.network_person_id = existing.id
            return network
        for number, person in enumerate(new_persons):
            if _same_name(person.name) == _same_name(who):
                network.network_person_id = -(number + 1)
                return network
        network.actor_name = who  # not on the map (the worker may add them)
        return network


def one_line(text: str, limit: int = 80) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _same_person(case_file: CaseFile, name: str) -> NetworkPerson | None:
    wanted = _same_name(name)
    return next((p for p in case_file.network if _same_name(p.name) == wanted), None)


def _citizen_goal(case_file: CaseFile, text: str) -> Goal | None:
    wanted = _same_name(text)
    return next(
        (g for g in case_file.goals if g.author is Author.CITIZEN and _same_name(g.text) == wanted),
        None,
    )


def _own_action_stored(case_file: CaseFile, what: str) -> bool:
    wanted = _same_name(what)
    return any(
        a.author in (Author.CITIZEN, Author.NETWORK) and _same_name(a.what) == wanted
        for g in case_file.goals
        for a in g.actions
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
    return Effect.SAME if _has_text(recorded, value) else Effect.APPEND


def _has_text(recorded: str, value: str) -> bool:
    """Whether an import wrote `value` into `recorded` already: the whole text, the
    first part (asks added below it), or a part added below the worker's text."""
    text, words = recorded.strip(), value.strip()
    return (
        text == words
        or f"{APPEND_MARK} {words}" in text
        or text.startswith(f"{words}\n\n{APPEND_MARK}")
    )


def _previous_content(records: Sequence[ImportRecord]) -> SelfAssessment | None:
    """The content of the newest earlier import (None: none, or unreadable)."""
    for record in sorted(records, key=lambda r: (r.imported_at, r.id or 0), reverse=True):
        try:
            return content_from_plain(record.content, VERSION, dt.date.max)
        except SelfAssessmentError:
            return None
    return None


def _latest_at_home(case_file: CaseFile, instrument_id: str) -> dict[str, DomainScore]:
    """Per domain the newest at-home score of the citizen (household) for this instrument."""
    dates = {c.id: c.date for c in case_file.conversations}
    found: dict[str, DomainScore] = {}
    ordered = sorted(
        (
            a
            for a in case_file.assessments
            if a.source is AssessmentSource.AT_HOME
            and a.perspective is Perspective.CITIZEN
            and a.instrument_id == instrument_id
            and a.member_id is None
        ),
        key=lambda a: (dates.get(a.conversation_id, dt.date.min), a.id or 0),
    )
    for assessment in ordered:
        for score in assessment.scores:
            found[score.domain] = score
    return found


def _free_domain(content: SelfAssessment, instrument: Instrument) -> str:
    """The domain a goal without one gets: where the answers ask for a goal
    (core.assessments.goal_domain), else the instrument's first domain."""
    keys = instrument.domain_keys()
    scores: dict[str, list[DomainScore]] = {}
    for answer in content.answers:
        if answer.domain in keys and not answer.is_empty:
            score = _score_of(answer)
            if answer.wants_to_discuss:
                score = replace(score, concerns="wil hierover praten")
            scores[answer.domain] = [score]
    chosen = goal_domain(scores, keys)
    return chosen or (keys[0] if keys else "")


class _Same:
    """How an item compares: recorded already (not offered), or unchanged since the
    previous import (offered, not ticked)."""

    def __init__(self, recorded: bool, before: bool) -> None:
        self.recorded = recorded
        self.before = before


def _effect_and_default(effect: Effect, default: bool, same: _Same) -> tuple[Effect, bool]:
    if same.recorded:
        return Effect.SAME, False
    if same.before:
        return effect, False
    return effect, default


def review(
    content: SelfAssessment,
    case_file: CaseFile,
    instrument: Instrument,
    today: dt.date,
    *,
    previous: Sequence[ImportRecord] = (),
    saved_at: str = "",
) -> Review:
    """The file's fields beside what the case records. Fields the citizen left empty
    are left out. Raises SelfAssessmentError when the file does not fit the instrument.

    previous: the case's earlier imports (Repository.imports_of). A field recorded
    already (the same text, score, person notes, goal or action) is SAME and not
    offered; one unchanged since the newest earlier import but not recorded (the worker
    did not take it then) is offered unticked, marked `before`. `imported_before` says
    when this very content was imported."""
    check(content)
    check_instrument(content, instrument)
    target = choose_target(case_file, content.filled_in_on, today)
    latest = max(case_file.conversations, key=lambda c: (c.date, c.id or 0), default=None)
    digest = content_digest(content)
    earlier = sorted(previous, key=lambda r: (r.imported_at, r.id or 0))
    last = _previous_content(earlier)
    items: list[ReviewItem] = []
    for kind, label in (
        (ItemKind.QUESTION, "Vraag van de inwoner"),
        (ItemKind.WHAT_MATTERS, "Wat de inwoner belangrijk vindt"),
    ):
        value = getattr(content, kind.value)
        if value.strip():
            effect = _text_effect(target, kind.value, value)
            before = last is not None and getattr(last, kind.value).strip() == value.strip()
            effect, default = _effect_and_default(
                effect, True, _Same(effect is Effect.SAME, before)
            )
            items.append(
                ReviewItem(
                    key=kind.value,
                    kind=kind,
                    label=label,
                    citizen=value.strip(),
                    recorded=getattr(latest, kind.value).strip() if latest else "",
                    effect=effect,
                    default=default,
                    before=before,
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
        before = last is not None and last.wellbeing == content.wellbeing
        effect, default = _effect_and_default(
            effect, effect is Effect.ADD, _Same(effect is Effect.SAME, before)
        )
        items.append(
            ReviewItem(
                key=ItemKind.WELLBEING.value,
                kind=ItemKind.WELLBEING,
                label="Tevredenheid met het leven (0-10)",
                citizen=str(content.wellbeing),
                recorded="" if shown_wb is None else str(shown_wb),
                effect=effect,
                default=default,
                before=before,
            )
        )
    scores = latest_scores(case_file, instrument.id)  # as the overview and the plan show
    at_home = _latest_at_home(case_file, instrument.id)
    for domain in instrument.domains:
        answer = content.answer(domain.key)
        if answer is None or answer.is_empty:
            continue
        recorded_parts = []
        row = scores.get(domain.key, {})
        citizen_before = row.get(Perspective.CITIZEN)
        professional = row.get(Perspective.PROFESSIONAL)
        before_text = _score_text(instrument, citizen_before.score if citizen_before else None)
        if before_text:
            recorded_parts.append(_t("inwoner {score}").format(score=before_text))
        prof = _score_text(instrument, professional.score if professional else None)
        if prof:
            recorded_parts.append(_t("professional {score}").format(score=prof))
        same = _Same(
            at_home.get(domain.key) == _score_of(answer),
            last is not None and last.answer(domain.key) == answer,
        )
        effect, default = _effect_and_default(Effect.ADD, True, same)
        items.append(
            ReviewItem(
                key=f"domain:{domain.key}",
                kind=ItemKind.DOMAIN,
                label=domain.name,
                citizen=answer_text(instrument, answer),
                recorded="; ".join(recorded_parts),
                effect=effect,
                default=default,
                domain=domain.key,
                before=same.before,
            )
        )
    for index, helper in enumerate(content.helpers):
        existing = _same_person(case_file, helper.name)
        citizen = " · ".join(
            p for p in (helper.name.strip(), helper.who.strip(), helper.helps_with.strip()) if p
        )
        helps, _line = _helper_line(helper)
        if existing is None:
            recorded, effect, default, known = "", Effect.ADD, True, False
        else:
            recorded = " · ".join(p for p in (existing.name, existing.role) if p)
            recorded = _t("staat al in het netwerk: {who}").format(who=recorded)
            # Added to the notes of the person already known; not ticked by default.
            effect, default = Effect.APPEND, False
            known = (helps in existing.notes) if helps else True
        same = _Same(known, last is not None and helper in last.helpers)
        effect, default = _effect_and_default(effect, default, same)
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
                before=same.before,
            )
        )
    result = Review(
        content,
        instrument,
        case_file,
        today,
        target,
        items,
        previous=earlier,
        imported_before=[r.imported_at for r in earlier if r.digest == digest],
        digest=digest,
        saved_at=saved_at,
        free_domain=_free_domain(content, instrument),
    )
    if content.plan is not None and not content.plan.is_empty:
        items.extend(_plan_items(result, last))
    return result


def _count(n: int, one: str, many: str) -> str:
    """`one` or `many` ("{n} doel", "{n} doelen") for n."""
    return (one if n == 1 else many).format(n=n)


def _plan_items(review: Review, last: SelfAssessment | None) -> list[ReviewItem]:
    """The own plan's items: the plan as a whole, its goals, actions, asks, and who
    wrote it along (a familiegroepsplan: those first after the plan, as it is made)."""
    plan = review.content.plan
    assert plan is not None
    case_file = review.case_file
    instrument = review.instrument
    last_plan = last.plan if last is not None else None
    items: list[ReviewItem] = []
    kind_text = plan_kind_text(plan.kind)
    stored_plan = any(
        r.kind == plan.kind.value and r.content == plan_to_plain(plan) for r in case_file.own_plans
    )
    counts = [
        _count(len(plan.goals), _t("{n} doel"), _t("{n} doelen")),
        _count(len(plan.actions), _t("{n} afspraak"), _t("{n} afspraken")),
        _count(len(plan.asks), _t("{n} vraag"), _t("{n} vragen")),
    ]
    if plan.written_with:
        counts.append(
            _count(
                len(plan.written_with), _t("{n} persoon schreef mee"), _t("{n} mensen schreven mee")
            )
        )
    summary = _t("{kind}: {counts}").format(kind=kind_text, counts=", ".join(counts))
    recorded = ""
    if case_file.own_plans:
        newest = case_file.own_plans[-1]
        recorded = _t("eigen plan ontvangen op {date}").format(
            date=f"{newest.received_on:%d-%m-%Y}"
        )
    effect, default = _effect_and_default(
        Effect.ADD, True, _Same(stored_plan, last_plan is not None and last_plan == plan)
    )
    items.append(
        ReviewItem(
            key=ItemKind.OWN_PLAN.value,
            kind=ItemKind.OWN_PLAN,
            label=f"Eigen plan van de inwoner ({kind_text})",
            citizen=summary,
            recorded=recorded,
            effect=effect,
            default=default,
            before=last_plan is not None and last_plan == plan,
        )
    )
    people: list[ReviewItem] = []
    for index, person in enumerate(plan.written_with):
        existing = _same_person(case_file, person.name)
        takes, _line = _participant_line(person)
        citizen = " · ".join(
            p
            for p in (
                person.name.strip(),
                person.who.strip(),
                _t("neemt op zich: {what}").format(what=person.takes_on.strip())
                if person.takes_on.strip()
                else "",
            )
            if p
        )
        if existing is None:
            shown, effect, default, known = "", Effect.ADD, True, False
        else:
            shown = " · ".join(p for p in (existing.name, existing.role) if p)
            shown = _t("staat al in het netwerk: {who}").format(who=shown)
            effect, default = Effect.APPEND, bool(person.takes_on.strip())
            known = takes.rstrip(".") in existing.notes
        before = last_plan is not None and person in last_plan.written_with
        effect, default = _effect_and_default(effect, default, _Same(known, before))
        people.append(
            ReviewItem(
                key=f"{ItemKind.PARTICIPANT.value}:{index}",
                kind=ItemKind.PARTICIPANT,
                label=f"Schreef mee: {person.name.strip()}",
                citizen=citizen,
                recorded=shown,
                effect=effect,
                default=default,
                index=index,
                before=before,
            )
        )
    if plan.kind is PlanKind.FAMILIEGROEPSPLAN:
        items.extend(people)
    for index, goal in enumerate(plan.goals):
        domain = goal.domain or review.free_domain
        try:
            topic = instrument.domain(domain).name
        except KeyError:
            topic = domain
        citizen = goal.text.strip() + (
            _t(" · onderwerp: {topic}").format(topic=topic)
            if goal.domain
            else _t(" · geen onderwerp gekozen (komt bij: {topic}; te wijzigen)").format(
                topic=topic
            )
        )
        stored = _citizen_goal(case_file, goal.text)
        before = last_plan is not None and any(
            g.text.strip() == goal.text.strip() and g.domain == goal.domain for g in last_plan.goals
        )
        effect, default = _effect_and_default(Effect.ADD, True, _Same(stored is not None, before))
        items.append(
            ReviewItem(
                key=f"{ItemKind.OWN_GOAL.value}:{index}",
                kind=ItemKind.OWN_GOAL,
                label=f"Doel {index + 1} van de inwoner",
                citizen=citizen,
                recorded=_t("staat al in het plan") if stored is not None else "",
                effect=effect,
                default=default,
                domain=domain,
                index=index,
                before=before,
            )
        )
    choices = [key for key, _label in review.goal_choices()]
    for index, action in enumerate(plan.actions):
        if action.goal is not None:
            goal_key = review._resolved(f"own-goal:{action.goal}")
        else:
            goal_key = choices[0] if choices else ""
        who = " ".join(action.who.split()) or _t("de inwoner zelf")
        when = _t("steeds") if action.ongoing and not action.when.strip() else action.when.strip()
        parts = [action.what.strip(), _t("wie: {who}").format(who=who)]
        if when:
            parts.append(_t("wanneer: {when}").format(when=when))
        if action.ongoing and action.when.strip():
            parts.append(_t("steeds"))
        if action.goal is not None:
            parts.append(_t("bij doel {n}").format(n=action.goal + 1))
        stored_action = _own_action_stored(case_file, action_what(action))
        before = last_plan is not None and any(
            (a.what, a.who, a.when, a.ongoing)
            == (action.what, action.who, action.when, action.ongoing)
            for a in last_plan.actions
        )
        effect = Effect.ADD if goal_key else Effect.KEPT
        effect, default = _effect_and_default(effect, True, _Same(stored_action, before))
        items.append(
            ReviewItem(
                key=f"{ItemKind.OWN_ACTION.value}:{index}",
                kind=ItemKind.OWN_ACTION,
                label=f"Afspraak {index + 1}: wie doet wat",
                citizen=" · ".join(parts),
                recorded=_t("staat al in het plan") if stored_action else "",
                effect=effect,
                default=default,
                index=index,
                goal=goal_key,
                before=before,
            )
        )
    for index, ask in enumerate(plan.asks):
        line = ask_line(ask)
        stored_ask = any(line in c.question for c in case_file.conversations)
        before = last_plan is not None and ask in last_plan.asks
        effect = (
            Effect.APPEND
            if review.target is not None and review.target.question.strip()
            else Effect.ADD
        )
        effect, default = _effect_and_default(effect, True, _Same(stored_ask, before))
        whom = ask.from_whom.strip() or MUNICIPALITY
        items.append(
            ReviewItem(
                key=f"{ItemKind.OWN_ASK.value}:{index}",
                kind=ItemKind.OWN_ASK,
                label=f"Vraag {index + 1} aan {whom}",
                citizen=ask.what.strip(),
                recorded=_t("staat al bij de vraag") if stored_ask else "",
                effect=effect,
                default=default,
                index=index,
                before=before,
            )
        )
    if plan.kind is not PlanKind.FAMILIEGROEPSPLAN:
        items.extend(people)
    return items


def effect_text(item: ReviewItem, review: Review | None = None) -> str:
    """What accepting this field does, in Dutch (the command line; the window has its own)."""
    if item.effect is Effect.SAME:
        return "is al zo vastgelegd"
    if item.effect is Effect.KEPT:
        return "staat alleen in het eigen plan (er is geen doel om het bij te zetten)"
    before = " (al eerder ingelezen, toen niet overgenomen)" if item.before else ""
    if item.kind is ItemKind.DOMAIN:
        return "een nieuwe score van de inwoner (thuis), naast de oude" + before
    if item.kind in (ItemKind.HELPER, ItemKind.PARTICIPANT):
        if item.effect is Effect.ADD:
            return "een nieuwe persoon in het netwerk" + before
        return "komt bij de notities van deze persoon" + before
    if item.kind is ItemKind.OWN_PLAN:
        return "wordt bewaard in de woorden van de inwoner" + before
    if item.kind is ItemKind.OWN_GOAL:
        return "een nieuw doel in het plan, geschreven door de inwoner" + before
    if item.kind is ItemKind.OWN_ACTION:
        goal = review.goal_label(item.goal) if review is not None else ""
        where = f" bij: {goal}" if goal else ""
        return "een nieuwe afspraak in het plan" + where + before
    if item.kind is ItemKind.OWN_ASK:
        return "komt bij de vraag van het gesprek" + before
    return {
        Effect.ADD: "wordt ingevuld",
        Effect.APPEND: "komt onder de vastgelegde tekst",
        Effect.REPLACE: "vervangt het vastgelegde cijfer",
    }[item.effect] + before


def imported_before_text(review: Review) -> str:
    """The line about earlier imports of this content, in Dutch ("" when none)."""
    if not review.imported_before:
        return ""
    days = ", ".join(moment_text(m) for m in review.imported_before)
    return (
        f"Dit bestand is al eerder ingelezen op {days}. Alleen wat veranderd is, wordt aangeboden."
    )


def moment_text(moment: str) -> str:
    """An ISO moment (UTC, as the store writes it) as local 'dd-mm-jjjj uu:mm'."""
    try:
        when = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return moment[:16]
    if when.tzinfo is not None:
        when = when.astimezone()
    return f"{when:%d-%m-%Y %H:%M}"


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
