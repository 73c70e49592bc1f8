"""The demo households as data: one TOML file per household in resources/demo/.

The format is described in docs/demo-data.md. This module reads a file strictly:
`core.serial.from_plain` against the dataclasses below (an unknown key or a value of
the wrong type is an error), then checks what a type cannot say (dates, domain keys,
levels, the names a goal or a ladder refers to). Whatever is wrong, the only exception
that leaves this module is `DemoDataError`, whose message (Dutch, like every message
of the program) names the file, the key and the problem.

Dates are written relative to the day the demo is built ("-3w", "+8w", "melding+35d"),
so the Wmo deadlines always show a realistic spread; `Day.on` turns one into a date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
import typing
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, NoReturn

from eigenkracht.core import serial
from eigenkracht.core.instruments import Instrument, InstrumentError, bundled_instruments
from eigenkracht.core.model import (
    OWN_PLAN_KINDS,
    OWN_PLAN_SOURCES,
    ActionStatus,
    ActorKind,
    Agreement,
    Author,
    CaseKind,
    CaseStatus,
    ConversationKind,
    GoalStatus,
    HelpDirection,
    HelpKind,
    IdDocument,
    Quality,
    Ring,
    Sector,
    SignerRole,
)

FORMAT: Final = 1
_DAY_RE: Final = re.compile(r"(melding)?([+-])([0-9]{1,4})([dw])(?:\+([0-9]{1,3})y)?")
_BIRTHDAY_RE: Final = re.compile(r"([0-9]{2})-([0-9]{2})")
_TOML_POS_RE: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
DAY_HELP: Final = "schrijf bijvoorbeeld '-40d', '-3w', '+8w', 'melding+35d' of '-8w+15y'"


class DemoDataError(ValueError):
    """A demo file that cannot be used; `str()` names the file, the key and the problem."""

    def __init__(self, source: str, key: str | None, problem: str) -> None:
        super().__init__(source, key, problem)
        self.source = source
        self.key = key
        self.problem = problem

    def __str__(self) -> str:
        where = self.source if self.key is None else f"{self.source}: sleutel '{self.key}'"
        return f"{where}: {self.problem}"


# -- dates relative to the day the demo is built ---------------------------------------------


def weekday(day: dt.date) -> dt.date:
    """The day itself, or the Friday before when it falls in a weekend."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Day:
    """A date written as an offset: from today, or (`melding+…`) from the melding date.

    A day in a weekend moves to the Friday before; only a future day counted from today
    moves to the Monday after (so the past stays past and the future stays future).
    `+Ny` then adds whole years (29 February becomes 28 February)."""

    text: str
    from_melding: bool
    days: int
    years: int

    @classmethod
    def parse(cls, text: str) -> Day:
        match = _DAY_RE.fullmatch(text)
        if not match:
            raise ValueError(f"not a day offset: {text[:40]!r}")
        anchor, sign, number, unit, years = match.groups()
        days = int(number) * (7 if unit == "w" else 1) * (-1 if sign == "-" else 1)
        return cls(text, anchor is not None, days, int(years or 0))

    def on(self, today: dt.date, melding: dt.date | None = None) -> dt.date:
        if self.from_melding:
            if melding is None:
                raise ValueError("no melding date")
            day = weekday(melding + dt.timedelta(days=self.days))
        elif self.days > 0:
            day = today + dt.timedelta(days=self.days)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
        else:
            day = weekday(today + dt.timedelta(days=self.days))
        return years_later(day, self.years) if self.years else day


#: The metadata of a dataclass field that holds a `Day` text (checked by the reader).
DAY: Final = {"day": True}


# -- the format: one dataclass per table ----------------------------------------------------


@dataclass(frozen=True)
class MemberSpec:
    name: str
    role: str
    age: int  # years old on the day the demo is built
    birthday: str  # "MM-DD"


@dataclass(frozen=True)
class DomainSpec:
    """A life domain discussed with the household, with its level per conversation.

    `citizen` and `professional` hold one level per conversation; a short list keeps its
    last level. `own` is the situation in the citizen's own words; `from_conversation` the
    first conversation (counted from 1) in which it was discussed; `home` the citizen's
    level in the self-assessment filled in at home (see ConversationSpec.at_home)."""

    key: str
    situation: str
    strengths: str
    concerns: str
    citizen: list[int]
    professional: list[int]
    own: str = ""
    from_conversation: int = 1
    home: int | None = None


@dataclass(frozen=True)
class LadderSpec:
    """The participation ladder (Settings.ladder) for one member: one rung, both perspectives."""

    member: str
    citizen: int
    professional: int
    situation: str


@dataclass(frozen=True)
class ConversationSpec:
    date: str = field(metadata=DAY)
    kind: ConversationKind
    place: str
    present: list[str]
    question: str
    what_matters: str
    wellbeing: int
    notes: str
    ladder: list[LadderSpec] = field(default_factory=list)
    at_home: bool = False  # the citizen filled in the life domains at home beforehand


@dataclass(frozen=True)
class HelpSpec:
    domain: str
    kind: HelpKind
    what: str


@dataclass(frozen=True)
class PersonSpec:
    name: str
    role: str
    sector: Sector
    ring: Ring
    quality: Quality = Quality.STRONG
    direction: HelpDirection = HelpDirection.GIVES
    frequency: str = ""
    helps: list[HelpSpec] = field(default_factory=list)
    notes: str = ""
    mantelzorger: bool = False
    overburdened: bool = False
    needs_support: bool = False
    may_contact: bool = True
    since: str | None = field(default=None, metadata=DAY)
    until: str | None = field(default=None, metadata=DAY)


@dataclass(frozen=True)
class ActionSpec:
    kind: ActorKind
    what: str
    who: str = ""  # network: the person's name; others: the actor's name
    maatwerk: str = ""
    due: str | None = field(default=None, metadata=DAY)
    ongoing: bool = False  # "doorlopend": no end date (then no `due`)
    status: ActionStatus = ActionStatus.PLANNED
    author: Author = Author.TOGETHER  # who wrote it (burger, netwerk, professional, samen)


@dataclass(frozen=True)
class GoalSpec:
    domain: str
    text: str
    measure: str
    due: str = field(metadata=DAY)
    target: int | None = None
    author: Author = Author.TOGETHER
    status: GoalStatus = GoalStatus.OPEN
    member: str = ""  # the member the goal is about, if one
    actions: list[ActionSpec] = field(default_factory=list)


@dataclass(frozen=True)
class SignatureSpec:
    role: SignerRole
    name: str
    date: str = field(metadata=DAY)
    place: str = ""
    agreement: Agreement = Agreement.AGREES
    remarks: str = ""


@dataclass(frozen=True)
class PlanSpec:
    """A plan version: signed when it has signatures (all on one day), else a draft."""

    evaluation_date: str | None = field(default=None, metadata=DAY)
    agreements: str = ""
    remarks: str = ""
    informed_clientondersteuning: bool = False
    informed_persoonlijk_plan: bool = False
    copy_received: bool = False
    signatures: list[SignatureSpec] = field(default_factory=list)


@dataclass(frozen=True)
class OwnGoalSpec:
    text: str
    domain: str = ""  # a life domain, "" = not tied to one


@dataclass(frozen=True)
class OwnActionSpec:
    what: str
    who: str = ""  # "" = the citizen; else someone in `written_with` or `network`
    when: str = ""  # in their own words
    ongoing: bool = False
    goal: int | None = None  # counted from 1 in `goals`


@dataclass(frozen=True)
class OwnAskSpec:
    what: str
    from_whom: str = ""  # "" = the municipality


@dataclass(frozen=True)
class ParticipantSpec:
    name: str
    who: str = ""  # "mijn zus", "buurman"
    takes_on: str = ""


@dataclass(frozen=True)
class OwnPlanSpec:
    """The citizen's own plan, brought from home and taken in like an import
    (persoonlijk plan, or for the Jeugdwet a familiegroepsplan)."""

    kind: str  # "persoonlijk-plan" or "familiegroepsplan"
    received: str = field(metadata=DAY)
    source: str = "thuis"  # "thuis" (the file) or "papier"
    goals: list[OwnGoalSpec] = field(default_factory=list)
    actions: list[OwnActionSpec] = field(default_factory=list)
    asks: list[OwnAskSpec] = field(default_factory=list)
    written_with: list[ParticipantSpec] = field(default_factory=list)


@dataclass(frozen=True)
class Household:
    format: int
    household_name: str
    status: CaseStatus
    coordinator: str
    melding_date: str = field(metadata=DAY)
    persoonlijk_plan_offered: bool = False
    persoonlijk_plan_received: str | None = field(default=None, metadata=DAY)
    clientondersteuning_offered: bool = False
    identity_checked: bool = False
    identity_document: IdDocument | None = None
    verslag_sent: str | None = field(default=None, metadata=DAY)
    aanvraag_date: str | None = field(default=None, metadata=DAY)
    beschikking_date: str | None = field(default=None, metadata=DAY)
    retention_until: str | None = field(default=None, metadata=DAY)
    # The route (core.process.route); `status` must be what these days give.
    case_kind: CaseKind = CaseKind.WMO
    clientondersteuning_date: str | None = field(default=None, metadata=DAY)
    familiegroepsplan_offered: str | None = field(default=None, metadata=DAY)
    familiegroepsplan_received: str | None = field(default=None, metadata=DAY)
    onderzoek_date: str | None = field(default=None, metadata=DAY)
    evaluated_on: str | None = field(default=None, metadata=DAY)
    closed_on: str | None = field(default=None, metadata=DAY)
    closed_reason: str = ""
    declined: list[str] = field(default_factory=list)  # not discussed at the citizen's wish
    members: list[MemberSpec] = field(default_factory=list)
    domains: list[DomainSpec] = field(default_factory=list)
    conversations: list[ConversationSpec] = field(default_factory=list)
    network: list[PersonSpec] = field(default_factory=list)
    goals: list[GoalSpec] = field(default_factory=list)
    plans: list[PlanSpec] = field(default_factory=list)
    own_plan: OwnPlanSpec | None = None  # the citizen's own plan, taken in before the plan


@dataclass(frozen=True)
class Settings:
    """What all households share (resources/demo/demo.toml)."""

    format: int
    seed: int  # of the random generator that spreads who carries what
    instrument: str  # the life domains of every assessment
    ladder: str  # the participation ladder (one rung for a whole person)
    ladder_domain: str
    not_needed: str  # reason of a domain that is not discussed because it goes well
    not_now: str  # reason of a domain in `declined`, or before its first conversation
    better: str  # added to a situation whose level rose since the previous conversation
    same: str
    worse: str


# -- reading ---------------------------------------------------------------------------------


def _toml(raw: bytes, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DemoDataError(source, None, "geen geldige UTF-8-tekst") from None
    except tomllib.TOMLDecodeError as exc:
        pos = _TOML_POS_RE.search(str(exc))
        where = f" (regel {pos.group(1)}, kolom {pos.group(2)})" if pos else ""
        raise DemoDataError(source, None, f"geen geldige TOML{where}") from None


def _typed(cls: type[Any], data: dict[str, Any], source: str) -> Any:
    try:
        value = serial.from_plain(cls, data)
    except serial.SerialError as exc:
        raise DemoDataError(source, exc.path or None, exc.problem) from None
    if value.format != FORMAT:
        raise DemoDataError(source, "format", f"onbekend formaat (deze versie leest {FORMAT})")
    return value


@functools.cache
def _day_fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, holds a Day) of the fields of `cls` that hold a Day or more dataclasses."""
    hints = typing.get_type_hints(cls)
    found = []
    for f in dataclasses.fields(cls):
        types_ = (hints[f.name], *typing.get_args(hints[f.name]))
        is_day = bool(f.metadata.get("day"))
        if is_day or any(dataclasses.is_dataclass(t) for t in types_):
            found.append((f.name, is_day))
    return tuple(found)


def _walk_days(value: Any, path: str, source: str) -> None:
    """Check every `Day` text in a tree of the dataclasses above."""
    for name, is_day in _day_fields(value.__class__):
        item = getattr(value, name)
        key = f"{path}.{name}" if path else name
        if is_day:
            try:
                if item is not None:
                    Day.parse(item)
            except ValueError:
                raise DemoDataError(source, key, f"geen geldige datum ({DAY_HELP})") from None
        elif isinstance(item, list):
            for i, child in enumerate(item):
                _walk_days(child, f"{key}[{i}]", source)
        elif item is not None:
            _walk_days(item, key, source)


def _birthday_ok(text: str) -> bool:
    """MM-DD of a day every year has (so not 29 February)."""
    match = _BIRTHDAY_RE.fullmatch(text)
    try:
        return match is not None and bool(dt.date(2001, int(match[1]), int(match[2])))
    except ValueError:
        return False


class _Check:
    """What the types cannot say: known domains and levels, names that exist, once each."""

    def __init__(self, source: str, household: Household, settings: Settings) -> None:
        self.source = source
        self.household = household
        self.life, self.ladder = instruments(settings)

    def fail(self, key: str, problem: str) -> NoReturn:
        raise DemoDataError(self.source, key, problem)

    def domain(self, key: str, value: str, instrument: Instrument) -> None:
        if value not in instrument.domain_keys():
            self.fail(key, f"onbekend leefgebied {value[:40]!r}")

    def level(self, key: str, value: int, instrument: Instrument) -> None:
        if value not in instrument.level_values():
            self.fail(key, f"geen niveau van {instrument.name} ({value})")

    def name(self, key: str, value: str, names: set[str], what: str) -> None:
        if value not in names:
            self.fail(key, f"{value[:40]!r} is geen {what} van dit huishouden")

    def once(self, key: str, values: list[str]) -> set[str]:
        for i, value in enumerate(values):
            if value in values[:i]:
                self.fail(f"{key}[{i}]", f"{value[:40]!r} staat er al eerder in")
        return set(values)

    def run(self) -> None:
        h = self.household
        life, ladder = self.life, self.ladder
        if not h.members:
            self.fail("members", "ontbreekt")
        members = self.once("members", [m.name for m in h.members])
        people = self.once("network", [p.name for p in h.network])
        self.once("domains", [d.key for d in h.domains])
        for i, m in enumerate(h.members):
            if not _birthday_ok(m.birthday):
                self.fail(f"members[{i}].birthday", "geen geldige verjaardag (MM-DD)")
        for i, key in enumerate(h.declined):
            self.domain(f"declined[{i}]", key, life)
        n = len(h.conversations)
        homes = any(c.at_home for c in h.conversations)
        for i, d in enumerate(h.domains):
            at = f"domains[{i}]"
            self.domain(f"{at}.key", d.key, life)
            for side in ("citizen", "professional"):
                levels = getattr(d, side)
                if not levels:
                    self.fail(f"{at}.{side}", "ontbreekt")
                for j, level in enumerate(levels):
                    self.level(f"{at}.{side}[{j}]", level, life)
            if not 1 <= d.from_conversation <= max(n, 1):
                self.fail(f"{at}.from_conversation", f"geen gesprek van dit huishouden (1-{n})")
            if d.home is not None:
                self.level(f"{at}.home", d.home, life)
            elif homes:
                self.fail(f"{at}.home", "ontbreekt (er is een vragenlijst van thuis)")
        for i, c in enumerate(h.conversations):
            if not 0 <= c.wellbeing <= 10:
                self.fail(f"conversations[{i}].wellbeing", "hoort tussen 0 en 10")
            for j, rung in enumerate(c.ladder):
                at = f"conversations[{i}].ladder[{j}]"
                self.name(f"{at}.member", rung.member, members, "lid")
                self.level(f"{at}.citizen", rung.citizen, ladder)
                self.level(f"{at}.professional", rung.professional, ladder)
        for i, p in enumerate(h.network):
            for j, help_ in enumerate(p.helps):
                self.domain(f"network[{i}].helps[{j}].domain", help_.domain, life)
        for i, g in enumerate(h.goals):
            self.domain(f"goals[{i}].domain", g.domain, life)
            if g.member:
                self.name(f"goals[{i}].member", g.member, members, "lid")
            for j, a in enumerate(g.actions):
                if a.kind is ActorKind.NETWORK:
                    self.name(
                        f"goals[{i}].actions[{j}].who", a.who, people, "persoon in het netwerk"
                    )
                if a.ongoing and a.due is not None:
                    self.fail(
                        f"goals[{i}].actions[{j}].ongoing",
                        "een doorlopende afspraak heeft geen datum (due)",
                    )
        for i, plan in enumerate(h.plans):
            if len({s.date for s in plan.signatures}) > 1:
                self.fail(f"plans[{i}].signatures", "alle handtekeningen horen bij één dag")
        if h.own_plan is not None:
            self.own_plan(h.own_plan, people)

    def own_plan(self, own: OwnPlanSpec, people: set[str]) -> None:
        if own.kind not in OWN_PLAN_KINDS:
            self.fail("own_plan.kind", f"kies uit {', '.join(OWN_PLAN_KINDS)}")
        if own.source not in OWN_PLAN_SOURCES:
            self.fail("own_plan.source", f"kies uit {', '.join(OWN_PLAN_SOURCES)}")
        for i, g in enumerate(own.goals):
            if g.domain:
                self.domain(f"own_plan.goals[{i}].domain", g.domain, self.life)
        writers = self.once("own_plan.written_with", [p.name for p in own.written_with])
        for i, a in enumerate(own.actions):
            at = f"own_plan.actions[{i}]"
            if a.who:
                self.name(f"{at}.who", a.who, writers | people, "meeschrijver of netwerklid")
            if a.goal is not None and not 1 <= a.goal <= len(own.goals):
                self.fail(f"{at}.goal", f"geen doel van het eigen plan (1-{len(own.goals)})")
            if a.ongoing and a.when:
                self.fail(f"{at}.ongoing", "een doorlopende afspraak heeft geen 'when'")


def instruments(settings: Settings) -> tuple[Instrument, Instrument]:
    """The life-domain instrument and the participation ladder the settings name."""
    found = {i.id: i for i in bundled_instruments()}
    return found[settings.instrument], found[settings.ladder]


def parse_household(raw: bytes, source: str, settings: Settings | None = None) -> Household:
    """One household file, checked. Raises only DemoDataError."""
    household: Household = _typed(Household, _toml(raw, source), source)
    _walk_days(household, "", source)
    try:
        check = _Check(source, household, settings or bundled_settings())
    except InstrumentError as exc:
        raise DemoDataError(source, None, str(exc)) from None
    check.run()
    return household


def parse_settings(raw: bytes, source: str) -> Settings:
    """The shared settings, checked. Raises only DemoDataError."""
    settings: Settings = _typed(Settings, _toml(raw, source), source)
    try:
        found = {i.id: i for i in bundled_instruments()}
    except InstrumentError as exc:
        raise DemoDataError(source, None, str(exc)) from None
    for key in ("instrument", "ladder"):
        if getattr(settings, key) not in found:
            raise DemoDataError(source, key, f"onbekend instrument {getattr(settings, key)[:40]!r}")
    if settings.ladder_domain not in found[settings.ladder].domain_keys():
        raise DemoDataError(source, "ladder_domain", "geen onderdeel van de ladder")
    return settings


def _folder() -> Any:
    return resources.files("eigenkracht.resources").joinpath("demo")


SETTINGS_FILE: Final = "demo.toml"


@functools.cache
def bundled_settings() -> Settings:
    return parse_settings(_folder().joinpath(SETTINGS_FILE).read_bytes(), SETTINGS_FILE)


def bundled_households() -> list[tuple[str, Household]]:
    """The bundled households in the order they are built (by file name): name, data."""
    entries = sorted(
        (e for e in _folder().iterdir() if e.name.endswith(".toml") and e.name != SETTINGS_FILE),
        key=lambda e: e.name,
    )
    return [(e.name, parse_household(e.read_bytes(), e.name)) for e in entries]


__all__ = [
    "ActionSpec",
    "ConversationSpec",
    "Day",
    "DemoDataError",
    "DomainSpec",
    "GoalSpec",
    "HelpSpec",
    "Household",
    "LadderSpec",
    "MemberSpec",
    "OwnActionSpec",
    "OwnAskSpec",
    "OwnGoalSpec",
    "OwnPlanSpec",
    "ParticipantSpec",
    "PersonSpec",
    "PlanSpec",
    "Settings",
    "SignatureSpec",
    "bundled_households",
    "bundled_settings",
    "instruments",
    "parse_household",
    "parse_settings",
]
