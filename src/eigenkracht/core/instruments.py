"""Assessment instruments as data: load and check instrument definitions (TOML).

An instrument (life domains 1-5, the participation ladder, a 0-10 wellbeing radar, or a
licensed instrument an organisation loads itself) is a TOML file; the format is described
in docs/instruments.md. This module reads such a file, checks every key and returns frozen
dataclasses. Whatever the input, the only exception that leaves this module is
`InstrumentError`, whose message (in Dutch, the interface language) names the file, the
key and the problem.

Standard library only: no Qt, no database.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, NoReturn

from eigenkracht.core.errors import (
    N_,
    InLanguage,
    OsProblem,
    Said,
    UserFacingError,
    os_problem_kind,
    says,
)
from eigenkracht.core.paths import DATA_DIR_ENV as DATA_DIR_ENV
from eigenkracht.core.paths import data_root, user_data_dir

if TYPE_CHECKING:
    from eigenkracht.core.model import Assessment

__all__ = [
    "FORMAT_VERSION",
    "LANGUAGES",
    "MARKER",
    "STORED_SOURCE",
    "Catalogue",
    "Domain",
    "Instrument",
    "InstrumentError",
    "InstrumentKind",
    "Level",
    "LevelText",
    "Scale",
    "Scope",
    "bundled_instruments",
    "default_instrument",
    "load_all",
    "load_instrument",
    "parse_instrument",
    "parse_stored",
    "user_data_dir",
    "user_instrument_dir",
]

#: Highest value of the top-level `format` key this version reads.
FORMAT_VERSION: Final = 1
#: Limits against absurd or hostile files.
MAX_FILE_BYTES: Final = 1024 * 1024
MAX_DOMAINS: Final = 100
MAX_LEVELS: Final = 20
MAX_SCORE_RANGE: Final = 100
MAX_TEXT: Final = 2000
MAX_LINE: Final = 200
MAX_ID: Final = 64
MAX_VERSION: Final = 32
MIN_VALUE: Final = 0
MAX_VALUE: Final = 100

BUNDLED_SOURCE: Final = "bundled"
#: `Instrument.source` of a definition read back from the database (kept with the data).
STORED_SOURCE: Final = "stored"
#: Languages a file may give besides Dutch: a text key `name` has the sibling `name_en`.
LANGUAGES: Final = ("en",)
#: Appended to a Dutch text shown where the file has no text in the interface language.
MARKER: Final = " [nl]"

_ID_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_VERSION_RE: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]*")
_INT_KEY_RE: Final = re.compile(r"-?[0-9]{1,6}")
_BARE_KEY_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,40}")
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE_RE: Final = re.compile(r"[\r\n\u2028\u2029]")
_TOML_POS_RE: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END_RE: Final = re.compile(r"\s*\(at end of document\)\s*$")


# --------------------------------------------------------------------------- errors


def _os_reason(exc: OSError) -> Said:
    """Why a file or folder could not be read, in Dutch by errno (never the system's
    English text)."""
    kind = os_problem_kind(exc)
    if kind is OsProblem.NO_ACCESS or kind is OsProblem.READ_ONLY:
        return says("instrument.os.no-access", N_("geen toegang"))
    if kind is OsProblem.MISSING:
        return says("instrument.os.missing", N_("bestaat niet"))
    if kind is OsProblem.IS_DIRECTORY:
        return says("instrument.os.is-directory", N_("dat is een map"))
    if kind is OsProblem.NAME_TOO_LONG:
        return says("instrument.os.name-too-long", N_("de naam is te lang"))
    return says("instrument.os.other", N_("een fout van de schijf of het systeem"))


def _unreadable(reason: Said) -> Said:
    return says(
        "instrument.file-unreadable", N_("kan het bestand niet lezen ({reason})"), reason=reason
    )


def _bundled_source(name: str) -> Said:
    """How a bundled file (or the bundled folder) is named in a message."""
    return says("instrument.bundled-source", N_("{name} (meegeleverd)"), name=name)


def _expected_int(value: object) -> Said:
    return says(
        "instrument.expected-int",
        N_("verwacht een geheel getal, gevonden: {found}"),
        found=_type_name(value),
    )


def _expected_text(value: object) -> Said:
    return says(
        "instrument.expected-text", N_("verwacht tekst, gevonden: {found}"), found=_type_name(value)
    )


_LEVELS_WORD: Final = Said("instrument.word.levels", N_("niveaus"))
_DOMAINS_WORD: Final = Said("instrument.word.domains", N_("domeinen"))


class InstrumentError(UserFacingError):
    """A definition that cannot be used. `str()` gives a Dutch message for the user.

    `source` is the file (path, or a name for bundled and in-memory text), `key` the
    dotted path of the offending key (`domains[3].levels.2.citizen`; domains are counted
    from 1) or None for whole-file problems, `problem` the Dutch description. For syntax
    and encoding problems `line` and `column` give the position (1-based) when known.
    `source` and `problem` may be given as a Said (core.errors): `said` then carries the
    whole sentence for the window to translate; the attributes are their Dutch text.
    """

    def __init__(
        self,
        source: str | Said,
        key: str | None,
        problem: str | Said,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(str(source), key, str(problem))
        self.source = str(source)
        self.key = key
        self.problem = str(problem)
        self.line = line
        self.column = column
        place: object = source
        if line is not None and column is not None:
            place = says(
                "instrument.at-line-column",
                N_("{place}: regel {line}, kolom {column}"),
                place=place,
                line=line,
                column=column,
            )
        elif line is not None:
            place = says("instrument.at-line", N_("{place}: regel {line}"), place=place, line=line)
        if key is not None:
            place = says("instrument.at-key", N_("{place}: sleutel '{key}'"), place=place, key=key)
        self.said = says("instrument.error", N_("{place}: {problem}"), place=place, problem=problem)

    def __str__(self) -> str:
        return str(self.said)


# --------------------------------------------------------------------------- model


class InstrumentKind(StrEnum):
    LEVELS = "levels"  # one ordinal level per domain (e.g. 1-5 per life domain)
    LADDER = "ladder"  # one rung for the whole person; exactly one domain
    SCORE = "score"  # a number (e.g. 0-10) per dimension, no per-level texts


class Scope(StrEnum):
    """Whom one assessment with the instrument is about (file key `scope`)."""

    HOUSEHOLD = "huishouden"  # the household as a whole (Assessment.member_id None)
    MEMBER = "persoon"  # one member: the conversation asks who
    CHILD = "kind"  # each child (by role or birth date): the conversation asks which


# Per language, field name -> text in that language (only the texts the file gives).
Translations = Mapping[str, Mapping[str, str]]


def _no_translations() -> Translations:
    return MappingProxyType({})


def _translated(
    obj: Level | LevelText | Domain | Instrument, names: Iterable[str], language: str
) -> dict[str, Any]:
    """The texts `names` of `obj` in `language`: the file's text in that language, or the
    Dutch one with MARKER where it has none (an empty Dutch text stays empty)."""
    given: Mapping[str, str] = obj.translations.get(language, {})
    found: dict[str, Any] = {}
    for name in names:
        dutch = getattr(obj, name)
        found[name] = given.get(name, dutch + MARKER if dutch else dutch)
    return found


def _language(language: str) -> str:
    """`en_GB`, `en-US`, `EN` -> `en`; `""` -> `nl`."""
    return re.split(r"[_\-.@]", language.strip().lower() or "nl", maxsplit=1)[0] or "nl"


@dataclass(frozen=True)
class Level:
    """A point on the scale with its short label (professional and citizen wording)."""

    value: int
    label: str
    citizen_label: str
    translations: Translations = field(default_factory=_no_translations, hash=False)

    def localised(self, language: str) -> Level:
        return dataclasses.replace(
            self, **_translated(self, ("label", "citizen_label"), _language(language))
        )


@dataclass(frozen=True)
class LevelText:
    """What one level means for one domain, for the professional and for the citizen."""

    professional: str
    citizen: str
    translations: Translations = field(default_factory=_no_translations, hash=False)

    def localised(self, language: str) -> LevelText:
        return dataclasses.replace(
            self, **_translated(self, ("professional", "citizen"), _language(language))
        )


@dataclass(frozen=True)
class Scale:
    """The values a score can take.

    For `levels` and `ladder` every value has a `Level` in `levels` and `low`/`high` are
    the first and last of them. For `score`, `levels` is empty and only the two ends carry
    a label.
    """

    minimum: int
    maximum: int
    low: Level
    high: Level
    levels: tuple[Level, ...] = ()

    def values(self) -> tuple[int, ...]:
        return tuple(range(self.minimum, self.maximum + 1))

    def __contains__(self, value: object) -> bool:
        return type(value) is int and self.minimum <= value <= self.maximum

    def level(self, value: int) -> Level:
        """The labelled level for `value`; KeyError if it has none (always for `score`)."""
        for lvl in self.levels:
            if lvl.value == value:
                return lvl
        raise KeyError(value)

    def localised(self, language: str) -> Scale:
        return dataclasses.replace(
            self,
            low=self.low.localised(language),
            high=self.high.localised(language),
            levels=tuple(lvl.localised(language) for lvl in self.levels),
        )


@dataclass(frozen=True)
class Domain:
    """A life domain, a ladder's single pseudo-domain, or a radar dimension."""

    key: str
    name: str
    citizen_name: str
    description: str
    citizen_question: str
    # value -> texts; every scale value for levels/ladder, empty for score. Read-only.
    levels: Mapping[int, LevelText] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )
    translations: Translations = field(default_factory=_no_translations, hash=False)

    def level_text(self, value: int) -> LevelText:
        """The texts for `value`; KeyError if there are none."""
        return self.levels[value]

    def localised(self, language: str) -> Domain:
        texts = _translated(
            self, ("name", "citizen_name", "description", "citizen_question"), _language(language)
        )
        levels = {n: t.localised(language) for n, t in self.levels.items()}
        return dataclasses.replace(self, levels=MappingProxyType(levels), **texts)


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    name: str
    citizen_name: str
    kind: InstrumentKind
    licence: str
    description: str
    scale: Scale
    domains: tuple[Domain, ...]
    source: str  # file path, or "bundled"
    citizen_intro: str = ""
    format_version: int = FORMAT_VERSION
    is_default: bool = False  # `default = true`: one of the organisation's default set
    scope: Scope = Scope.HOUSEHOLD
    translations: Translations = field(default_factory=_no_translations, hash=False)
    # The exact TOML text this was parsed from: kept with the data (the store's
    # instrument_definitions), so an assessment stays readable when the file is gone.
    source_text: str = field(default="", compare=False, repr=False)
    # Dotted keys of the texts that have no English (`name_en` ...), for --validate.
    missing_en: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # The language of the texts ("nl" as parsed; see localised()).
    language: str = "nl"
    _dutch: Instrument | None = field(default=None, compare=False, repr=False, hash=False)

    @property
    def ref(self) -> str:
        """`id@version`, unique among loaded instruments."""
        return f"{self.id}@{self.version}"

    @property
    def is_bundled(self) -> bool:
        return self.source == BUNDLED_SOURCE

    @property
    def is_stored(self) -> bool:
        """Read back from the definitions kept in the database (the file is not installed)."""
        return self.source == STORED_SOURCE

    def localised(self, language: str) -> Instrument:
        """This instrument with its texts in `language` ("nl", "en", "en_GB", ...).

        Where the file gives no text in that language the Dutch one is used, marked with
        MARKER (" [nl]") so that the reader sees it is not translated. `localised("nl")`
        gives the instrument as parsed (in Dutch)."""
        dutch = self._dutch or self
        lang = _language(language)
        if lang == "nl":
            return dutch
        if lang == self.language:
            return self
        texts = _translated(
            dutch, ("name", "citizen_name", "description", "citizen_intro", "licence"), lang
        )
        return dataclasses.replace(
            dutch,
            scale=dutch.scale.localised(lang),
            domains=tuple(d.localised(lang) for d in dutch.domains),
            language=lang,
            _dutch=dutch,
            **texts,
        )

    def allows(self, value: object) -> bool:
        """Whether `value` is a point of this instrument's scale."""
        return value in self.scale

    def level_said(self, value: object, *, what: str = "score") -> Said | None:
        """None when `value` may be stored as a level (or goal target) of this
        instrument (None, meaning no score, may always); otherwise a sentence with its
        code (core.errors.Said) that names the instrument and its scale. `what`: "score"
        or "doel" (a goal target)."""
        if value is None or self.allows(value):
            return None
        dutch = self._dutch or self
        name = InLanguage(
            dutch.name,
            {lang: texts["name"] for lang, texts in dutch.translations.items() if "name" in texts},
        )
        values = {
            "name": name,
            "minimum": self.scale.minimum,
            "maximum": self.scale.maximum,
            "value": _show_key(str(value)),
        }
        if what == "doel":
            return Said(
                "instrument.target-out-of-scale",
                N_(
                    "Een doel bij '{name}' ligt tussen {minimum} en {maximum}; {value} past "
                    "daar niet."
                ),
                values,
            )
        return Said(
            "instrument.level-out-of-scale",
            N_(
                "Een score bij '{name}' ligt tussen {minimum} en {maximum}; {value} past daar niet."
            ),
            values,
        )

    def check_level(self, value: object, *, what: str = "score") -> str | None:
        """`level_said` as a Dutch sentence (None when `value` fits)."""
        said = self.level_said(value, what=what)
        return None if said is None else str(said)

    @property
    def has_level_texts(self) -> bool:
        return self.kind is not InstrumentKind.SCORE

    def domain(self, key: str) -> Domain:
        """The domain with this key; KeyError if there is none."""
        for dom in self.domains:
            if dom.key == key:
                return dom
        raise KeyError(key)

    def domain_keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.domains)

    def level_values(self) -> tuple[int, ...]:
        return self.scale.values()


# --------------------------------------------------------------------------- checking

_TOP_REQUIRED: Final = (
    "format",
    "id",
    "version",
    "name",
    "citizen_name",
    "kind",
    "licence",
    "description",
    "scale",
    "domains",
)
_TOP_TEXTS: Final = ("name", "citizen_name", "licence", "description", "citizen_intro")
_LEVEL_TEXTS: Final = ("label", "citizen_label")
_DOMAIN_TEXTS: Final = ("name", "citizen_name", "description", "citizen_question")
_TEXT_TEXTS: Final = ("professional", "citizen")


def _siblings(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The keys in other languages of these text keys: `name` -> `name_en`."""
    return tuple(f"{name}_{lang}" for name in texts for lang in LANGUAGES)


_TOP_OPTIONAL: Final = ("citizen_intro", "default", "scope", *_siblings(_TOP_TEXTS))
_LEVEL_KEYS: Final = ("value", "label", "citizen_label")
_END_KEYS: Final = ("label", "citizen_label")
_DOMAIN_KEYS: Final = ("key", "name", "citizen_name", "description", "citizen_question")
_TEXT_KEYS: Final = ("professional", "citizen")


def _type_name(value: object) -> Said:
    if isinstance(value, bool):
        return says("instrument.type.bool", N_("waar/onwaar (true/false)"))
    if isinstance(value, int):
        return says("instrument.type.int", N_("geheel getal"))
    if isinstance(value, float):
        return says("instrument.type.float", N_("kommagetal"))
    if isinstance(value, str):
        return says("instrument.type.text", N_("tekst"))
    if isinstance(value, dict):
        return says("instrument.type.table", N_("tabel"))
    if isinstance(value, list):
        return says("instrument.type.list", N_("lijst"))
    return says("instrument.type.datetime", N_("datum of tijd"))


def _show_key(name: str) -> str:
    if _BARE_KEY_RE.fullmatch(name):
        return name
    shown = name if len(name) <= 40 else name[:40] + "…"
    shown = shown.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL_RE.sub("?", _NEWLINE_RE.sub("?", shown)) + '"'


def _plain(text: str) -> str:
    """An id or version for a message: one line, at most 40 characters, no controls."""
    shown = text if len(text) <= 40 else text[:40] + "…"
    return _CONTROL_RE.sub("?", _NEWLINE_RE.sub("?", shown))


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{_show_key(name)}" if prefix else _show_key(name)


class _Checker:
    def __init__(self, source: str | Said) -> None:
        self.source = source
        # Per language, the dotted keys of texts the file gives only in Dutch.
        self.missing: dict[str, list[str]] = {}

    def fail(self, key: str | None, problem: str | Said) -> NoReturn:
        raise InstrumentError(self.source, key, problem)

    def keys(
        self,
        table: dict[str, object],
        prefix: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> None:
        allowed = required + optional
        for name in table:
            if name not in allowed:
                hint = difflib.get_close_matches(name, allowed, n=1)
                if hint:
                    self.fail(
                        _join(prefix, name),
                        says(
                            "instrument.unknown-key-hint",
                            N_("onbekende sleutel; bedoelt u '{hint}'? (toegestaan: {allowed})"),
                            hint=hint[0],
                            allowed=", ".join(allowed),
                        ),
                    )
                self.fail(
                    _join(prefix, name),
                    says(
                        "instrument.unknown-key",
                        N_("onbekende sleutel (toegestaan: {allowed})"),
                        allowed=", ".join(allowed),
                    ),
                )
        for name in required:
            if name not in table:
                self.fail(_join(prefix, name), says("instrument.missing", N_("ontbreekt")))

    def table(self, value: object, key: str) -> dict[str, object]:
        if not isinstance(value, dict):
            self.fail(
                key,
                says(
                    "instrument.expected-table",
                    N_("verwacht een tabel, gevonden: {found}"),
                    found=_type_name(value),
                ),
            )
        return value

    def array(self, value: object, key: str, what: Said, low: int, high: int) -> list[object]:
        if not isinstance(value, list):
            self.fail(
                key,
                says(
                    "instrument.expected-list",
                    N_("verwacht een lijst van {what}, gevonden: {found}"),
                    what=what,
                    found=_type_name(value),
                ),
            )
        if len(value) < low:
            self.fail(
                key,
                says(
                    "instrument.too-few",
                    N_("te weinig {what} ({count}; minimaal {low})"),
                    what=what,
                    count=len(value),
                    low=low,
                ),
            )
        if len(value) > high:
            self.fail(
                key,
                says(
                    "instrument.too-many",
                    N_("te veel {what} ({count}; maximaal {high})"),
                    what=what,
                    count=len(value),
                    high=high,
                ),
            )
        return value

    def integer(self, table: dict[str, object], name: str, prefix: str) -> int:
        key = _join(prefix, name)
        value = table[name]
        if type(value) is not int:
            self.fail(key, _expected_int(value))
        if not MIN_VALUE <= value <= MAX_VALUE:
            self.fail(
                key,
                says(
                    "instrument.value-out-of-range",
                    N_("{value} ligt buiten {low} t/m {high}"),
                    value=value,
                    low=MIN_VALUE,
                    high=MAX_VALUE,
                ),
            )
        return value

    def text(
        self, table: dict[str, object], name: str, prefix: str, *, single_line: bool = False
    ) -> str:
        key = _join(prefix, name)
        value = table[name]
        if not isinstance(value, str):
            self.fail(key, _expected_text(value))
        limit = MAX_LINE if single_line else MAX_TEXT
        if len(value) > limit:
            self.fail(
                key,
                says(
                    "instrument.text-too-long",
                    N_("tekst is te lang ({count} tekens; maximaal {limit})"),
                    count=len(value),
                    limit=limit,
                ),
            )
        if not value.strip():
            self.fail(key, says("instrument.empty", N_("mag niet leeg zijn")))
        if _CONTROL_RE.search(value):
            self.fail(
                key,
                says("instrument.control", N_("bevat een onzichtbaar stuurteken; haal het weg")),
            )
        if single_line and _NEWLINE_RE.search(value):
            self.fail(
                key,
                says("instrument.one-line", N_("moet op één regel passen (geen regeleinde)")),
            )
        return value.strip()

    def translations(
        self,
        table: dict[str, object],
        names: tuple[str, ...],
        prefix: str,
        single_line: tuple[str, ...] = (),
    ) -> Translations:
        """The texts in other languages (`name_en` ...) of the text keys `names` of
        `table`, checked like the Dutch ones. A missing one is noted in `missing`
        (the Dutch text is shown with a marker); one without its Dutch key is an error."""
        found: dict[str, Mapping[str, str]] = {}
        for lang in LANGUAGES:
            texts: dict[str, str] = {}
            for name in names:
                sibling = f"{name}_{lang}"
                if sibling not in table:
                    if name in table:
                        self.missing.setdefault(lang, []).append(_join(prefix, sibling))
                    continue
                if name not in table:
                    self.fail(
                        _join(prefix, sibling),
                        says(
                            "instrument.translation-without-dutch",
                            N_(
                                "staat er zonder de Nederlandse tekst '{name}'; zet '{name}' "
                                "erbij of haal '{sibling}' weg"
                            ),
                            name=name,
                            sibling=sibling,
                        ),
                    )
                texts[name] = self.text(table, sibling, prefix, single_line=name in single_line)
            if texts:
                found[lang] = MappingProxyType(texts)
        return MappingProxyType(found)

    def level(self, value: object, key: str) -> Level:
        tbl = self.table(value, key)
        self.keys(tbl, key, _LEVEL_KEYS, _siblings(_LEVEL_TEXTS))
        return Level(
            value=self.integer(tbl, "value", key),
            label=self.text(tbl, "label", key, single_line=True),
            citizen_label=self.text(tbl, "citizen_label", key, single_line=True),
            translations=self.translations(tbl, _LEVEL_TEXTS, key, _LEVEL_TEXTS),
        )

    def end(self, table: dict[str, object], name: str, prefix: str, value: int) -> Level:
        key = _join(prefix, name)
        tbl = self.table(table[name], key)
        self.keys(tbl, key, _END_KEYS, _siblings(_LEVEL_TEXTS))
        return Level(
            value=value,
            label=self.text(tbl, "label", key, single_line=True),
            citizen_label=self.text(tbl, "citizen_label", key, single_line=True),
            translations=self.translations(tbl, _LEVEL_TEXTS, key, _LEVEL_TEXTS),
        )

    def scale(self, value: object, kind: InstrumentKind) -> Scale:
        tbl = self.table(value, "scale")
        if kind is InstrumentKind.SCORE:
            self.keys(tbl, "scale", ("min", "max", "low", "high"))
            low = self.integer(tbl, "min", "scale")
            high = self.integer(tbl, "max", "scale")
            if high <= low:
                self.fail(
                    "scale.max",
                    says(
                        "instrument.max-not-above-min",
                        N_("moet groter zijn dan scale.min ({low})"),
                        low=low,
                    ),
                )
            if high - low > MAX_SCORE_RANGE:
                self.fail(
                    "scale.max",
                    says(
                        "instrument.scale-too-large",
                        N_("schaal is te groot (maximaal {count} stappen)"),
                        count=MAX_SCORE_RANGE,
                    ),
                )
            return Scale(
                minimum=low,
                maximum=high,
                low=self.end(tbl, "low", "scale", low),
                high=self.end(tbl, "high", "scale", high),
            )
        self.keys(tbl, "scale", ("levels",))
        items = self.array(tbl["levels"], "scale.levels", _LEVELS_WORD, 2, MAX_LEVELS)
        levels: list[Level] = []
        for i, item in enumerate(items, start=1):
            key = f"scale.levels[{i}]"
            lvl = self.level(item, key)
            if levels and lvl.value != levels[-1].value + 1:
                self.fail(
                    f"{key}.value",
                    says(
                        "instrument.levels-step",
                        N_(
                            "waarden moeten oplopen in stappen van 1; na {previous} hoort "
                            "{expected}, gevonden: {found}"
                        ),
                        previous=levels[-1].value,
                        expected=levels[-1].value + 1,
                        found=lvl.value,
                    ),
                )
            levels.append(lvl)
        return Scale(
            minimum=levels[0].value,
            maximum=levels[-1].value,
            low=levels[0],
            high=levels[-1],
            levels=tuple(levels),
        )

    def level_texts(self, value: object, key: str, scale: Scale) -> dict[int, LevelText]:
        tbl = self.table(value, key)
        texts: dict[int, LevelText] = {}
        for name, item in tbl.items():
            item_key = _join(key, name)
            if not _INT_KEY_RE.fullmatch(name) or str(int(name)) != name:
                self.fail(
                    item_key,
                    says(
                        "instrument.expected-scale-value",
                        N_("verwacht een waarde van de schaal (een geheel getal)"),
                    ),
                )
            number = int(name)
            if number not in scale:
                self.fail(
                    item_key,
                    says(
                        "instrument.value-not-in-scale",
                        N_("waarde {value} hoort niet bij de schaal ({minimum} t/m {maximum})"),
                        value=number,
                        minimum=scale.minimum,
                        maximum=scale.maximum,
                    ),
                )
            sub = self.table(item, item_key)
            self.keys(sub, item_key, _TEXT_KEYS, _siblings(_TEXT_TEXTS))
            texts[number] = LevelText(
                professional=self.text(sub, "professional", item_key),
                citizen=self.text(sub, "citizen", item_key),
                translations=self.translations(sub, _TEXT_TEXTS, item_key),
            )
        for number in scale.values():
            if number not in texts:
                self.fail(
                    f"{key}.{number}",
                    says(
                        "instrument.level-text-missing",
                        N_(
                            "ontbreekt: elke waarde van de schaal ({minimum} t/m {maximum}) "
                            "heeft een beschrijving nodig"
                        ),
                        minimum=scale.minimum,
                        maximum=scale.maximum,
                    ),
                )
        return {n: texts[n] for n in scale.values()}

    def domain(self, value: object, key: str, kind: InstrumentKind, scale: Scale) -> Domain:
        tbl = self.table(value, key)
        if kind is InstrumentKind.SCORE:
            if "levels" in tbl:
                self.fail(
                    f"{key}.levels",
                    says(
                        "instrument.levels-not-allowed",
                        N_(
                            "niet toegestaan bij kind = \"score\" (alleen bij 'levels' en 'ladder')"
                        ),
                    ),
                )
            self.keys(tbl, key, _DOMAIN_KEYS, _siblings(_DOMAIN_TEXTS))
        else:
            self.keys(tbl, key, (*_DOMAIN_KEYS, "levels"), _siblings(_DOMAIN_TEXTS))
        dom_key = self.text(tbl, "key", key, single_line=True)
        self.identifier(
            dom_key, f"{key}.key", says("instrument.word.domain-key", N_("domeinsleutel"))
        )
        name = self.text(tbl, "name", key, single_line=True)
        citizen_name = self.text(tbl, "citizen_name", key, single_line=True)
        description = self.text(tbl, "description", key)
        citizen_question = self.text(tbl, "citizen_question", key)
        translations = self.translations(tbl, _DOMAIN_TEXTS, key, ("name", "citizen_name"))
        texts: dict[int, LevelText] = {}
        if kind is not InstrumentKind.SCORE:
            texts = self.level_texts(tbl["levels"], f"{key}.levels", scale)
        return Domain(
            key=dom_key,
            name=name,
            citizen_name=citizen_name,
            description=description,
            citizen_question=citizen_question,
            levels=MappingProxyType(texts),
            translations=translations,
        )

    def identifier(self, value: str, key: str, what: str | Said) -> None:
        if len(value) > MAX_ID or not _ID_RE.fullmatch(value):
            self.fail(
                key,
                says(
                    "instrument.invalid-identifier",
                    N_(
                        "ongeldige {what} '{value}': gebruik alleen kleine letters a-z, cijfers "
                        "en losse koppeltekens (niet aan begin of eind), maximaal {limit} tekens"
                    ),
                    what=what,
                    value=_show_key(value),
                    limit=MAX_ID,
                ),
            )

    def instrument(
        self, data: dict[str, object], instrument_source: str, source_text: str = ""
    ) -> Instrument:
        # The format version first: a newer file may use keys this version does not know.
        if "format" not in data:
            self.fail(
                "format",
                says(
                    "instrument.format-missing",
                    N_("ontbreekt (zet bovenaan: format = {version})"),
                    version=FORMAT_VERSION,
                ),
            )
        fmt = data["format"]
        if type(fmt) is not int:
            self.fail("format", _expected_int(fmt))
        if fmt > FORMAT_VERSION:
            self.fail(
                "format",
                says(
                    "instrument.format-too-new",
                    N_(
                        "formaatversie {found} is nieuwer dan deze versie van eigenkracht kan "
                        "lezen (tot en met {version}); werk eigenkracht bij"
                    ),
                    found=fmt,
                    version=FORMAT_VERSION,
                ),
            )
        if fmt < 1:
            self.fail(
                "format",
                says(
                    "instrument.format-invalid",
                    N_("ongeldige formaatversie {found} (verwacht {version})"),
                    found=fmt,
                    version=FORMAT_VERSION,
                ),
            )
        self.keys(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)

        ident = self.text(data, "id", "", single_line=True)
        self.identifier(ident, "id", "id")
        version = self.text(data, "version", "", single_line=True)
        if len(version) > MAX_VERSION or not _VERSION_RE.fullmatch(version):
            self.fail(
                "version",
                says(
                    "instrument.invalid-version",
                    N_(
                        "ongeldige versie '{value}': gebruik cijfers, letters, punten, '+' of "
                        "'-', maximaal {limit} tekens (bijvoorbeeld \"1.0\")"
                    ),
                    value=_show_key(version),
                    limit=MAX_VERSION,
                ),
            )
        name = self.text(data, "name", "", single_line=True)
        citizen_name = self.text(data, "citizen_name", "", single_line=True)
        kind_raw = data["kind"]
        if not isinstance(kind_raw, str):
            self.fail("kind", _expected_text(kind_raw))
        kinds = [k.value for k in InstrumentKind]
        if kind_raw not in kinds:
            self.fail(
                "kind",
                says(
                    "instrument.unknown-kind",
                    N_("onbekende soort '{value}' (toegestaan: {allowed})"),
                    value=_show_key(kind_raw),
                    allowed=", ".join(kinds),
                ),
            )
        kind = InstrumentKind(kind_raw)
        licence = self.text(data, "licence", "")
        description = self.text(data, "description", "")
        intro = self.text(data, "citizen_intro", "") if "citizen_intro" in data else ""
        is_default = data.get("default", False)
        if type(is_default) is not bool:
            self.fail(
                "default",
                says(
                    "instrument.expected-bool",
                    N_("verwacht true of false, gevonden: {found}"),
                    found=_type_name(is_default),
                ),
            )
        scope = self.scope(data)
        translations = self.translations(data, _TOP_TEXTS, "", ("name", "citizen_name"))

        scale = self.scale(data["scale"], kind)
        if kind is InstrumentKind.LADDER:
            items = self.array(data["domains"], "domains", _DOMAINS_WORD, 1, 1)
        else:
            items = self.array(data["domains"], "domains", _DOMAINS_WORD, 1, MAX_DOMAINS)
        domains: list[Domain] = []
        first_seen: dict[str, int] = {}
        for i, item in enumerate(items, start=1):
            key = f"domains[{i}]"
            dom = self.domain(item, key, kind, scale)
            if dom.key in first_seen:
                self.fail(
                    f"{key}.key",
                    says(
                        "instrument.duplicate-domain",
                        N_("domeinsleutel '{key}' komt vaker voor (ook bij domains[{first}])"),
                        key=dom.key,
                        first=first_seen[dom.key],
                    ),
                )
            first_seen[dom.key] = i
            domains.append(dom)

        return Instrument(
            id=ident,
            version=version,
            name=name,
            citizen_name=citizen_name,
            kind=kind,
            licence=licence,
            description=description,
            scale=scale,
            domains=tuple(domains),
            source=instrument_source,
            citizen_intro=intro,
            format_version=fmt,
            is_default=is_default,
            scope=scope,
            translations=translations,
            source_text=source_text,
            missing_en=tuple(self.missing.get("en", ())),
        )

    def scope(self, data: dict[str, object]) -> Scope:
        if "scope" not in data:
            return Scope.HOUSEHOLD
        raw = data["scope"]
        allowed = [s.value for s in Scope]
        if not isinstance(raw, str):
            self.fail(
                "scope",
                says(
                    "instrument.scope-expected-text",
                    N_("verwacht tekst, gevonden: {found} (toegestaan: {allowed})"),
                    found=_type_name(raw),
                    allowed=", ".join(allowed),
                ),
            )
        if raw not in allowed:
            hint = difflib.get_close_matches(raw.strip().lower(), allowed, n=1)
            if hint:
                self.fail(
                    "scope",
                    says(
                        "instrument.unknown-scope-hint",
                        N_(
                            "onbekende waarde '{value}'; bedoelt u '{hint}'? (toegestaan: "
                            "huishouden = het hele huishouden, persoon = één lid, kind = per kind)"
                        ),
                        value=_show_key(raw),
                        hint=hint[0],
                    ),
                )
            self.fail(
                "scope",
                says(
                    "instrument.unknown-scope",
                    N_(
                        "onbekende waarde '{value}' (toegestaan: huishouden = het hele "
                        "huishouden, persoon = één lid, kind = per kind)"
                    ),
                    value=_show_key(raw),
                ),
            )
        return Scope(raw)


# --------------------------------------------------------------------------- loading


def _decode(raw: bytes, source: str | Said) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise InstrumentError(
            source,
            None,
            says(
                "instrument.file-too-large",
                N_("bestand is te groot (meer dan {size} MB)"),
                size=MAX_FILE_BYTES // (1024 * 1024),
            ),
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InstrumentError(
            source,
            None,
            says(
                "instrument.not-utf8",
                N_(
                    "geen geldige UTF-8-tekst (ongeldige byte op positie {position}); sla het "
                    "bestand op als UTF-8"
                ),
                position=exc.start + 1,
            ),
            line=line,
        ) from None


def _parse(content: object, source: str | Said, instrument_source: str) -> Instrument:
    if isinstance(content, str):
        if len(content) > MAX_FILE_BYTES:
            raw = b"x" * (MAX_FILE_BYTES + 1)  # too large either way
        else:
            try:
                raw = content.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InstrumentError(
                    source,
                    None,
                    says(
                        "instrument.invalid-character",
                        N_("bevat een ongeldig teken op positie {position}"),
                        position=exc.start + 1,
                    ),
                ) from None
    elif isinstance(content, bytes | bytearray | memoryview):
        raw = bytes(content)
    else:
        raise InstrumentError(
            source,
            None,
            says(
                "instrument.not-text", N_("geen tekst maar {found}"), found=type(content).__name__
            ),
        )
    text = _decode(raw, source)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise InstrumentError(
            source, None, says("instrument.toml-too-deep", N_("geen geldige TOML (te diep genest)"))
        ) from None
    except ValueError as exc:  # includes tomllib.TOMLDecodeError
        message = str(exc)
        line = column = None
        pos = _TOML_POS_RE.search(message)
        if pos:
            line, column = int(pos.group(1)), int(pos.group(2))
            message = message[: pos.start()]
        else:
            end = _TOML_END_RE.search(message)
            if end:
                # tomllib's own (English) words are the technical detail: kept as a value
                raise InstrumentError(
                    source,
                    None,
                    says(
                        "instrument.toml-at-end",
                        N_("geen geldige TOML ({detail} aan het eind van het bestand)"),
                        detail=message[: end.start()],
                    ),
                ) from None
        raise InstrumentError(
            source,
            None,
            says("instrument.toml", N_("geen geldige TOML ({detail})"), detail=message),
            line=line,
            column=column,
        ) from None
    return _Checker(source).instrument(data, instrument_source, text)


def parse_instrument(text: str | bytes, source: str = "<tekst>") -> Instrument:
    """Check and build an instrument from TOML text (or UTF-8 bytes).

    `source` names the origin in error messages and becomes `Instrument.source`.
    Raises only InstrumentError.
    """
    return _parse(text, str(source), str(source))


def load_instrument(path: Path | str) -> Instrument:
    """Read and check one instrument file. Raises only InstrumentError."""
    if not isinstance(path, str | os.PathLike):
        raise InstrumentError(
            repr(path), None, says("instrument.no-file-name", N_("geen bestandsnaam"))
        )
    source = os.fspath(path)
    if not isinstance(source, str):
        source = os.fsdecode(source)
    try:
        with Path(source).open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        reason = (
            _os_reason(exc)
            if isinstance(exc, OSError)
            else says("instrument.invalid-file-name", N_("ongeldige bestandsnaam"))
        )
        raise InstrumentError(source, None, _unreadable(reason)) from None
    return _parse(raw, source, source)


def _bundled_dir() -> Traversable:
    return resources.files("eigenkracht.resources").joinpath("instruments")


@functools.cache
def _bundled() -> tuple[tuple[Instrument, ...], tuple[InstrumentError, ...]]:
    found: list[Instrument] = []
    errors: list[InstrumentError] = []
    try:
        entries = sorted(
            (e for e in _bundled_dir().iterdir() if e.name.endswith(".toml") and e.is_file()),
            key=lambda e: e.name,
        )
    except (OSError, ModuleNotFoundError) as exc:
        reason = (
            _os_reason(exc)
            if isinstance(exc, OSError)
            else says("instrument.folder-missing", N_("de map ontbreekt"))
        )
        return (), (
            InstrumentError(
                _bundled_source("instruments"),
                None,
                says("instrument.not-found", N_("niet gevonden: {reason}"), reason=reason),
            ),
        )
    for entry in entries:
        source = _bundled_source(entry.name)
        try:
            found.append(_parse(entry.read_bytes(), source, BUNDLED_SOURCE))
        except OSError as exc:
            errors.append(InstrumentError(source, None, _unreadable(_os_reason(exc))))
        except InstrumentError as exc:
            errors.append(exc)
    return tuple(found), tuple(errors)


def bundled_instruments() -> list[Instrument]:
    """The instruments shipped with eigenkracht, sorted by file name.

    Raises InstrumentError if one of them is broken (a packaging bug).
    """
    found, errors = _bundled()
    if errors:
        raise errors[0]
    return list(found)


def default_instrument() -> Instrument:
    """The instrument of a conversation, the case overview, the plan and the citizen's
    self-assessment: the one bundled instrument whose file says `default = true`.

    Chosen from data, never from an id in the code (design.md: nothing in the code names
    an instrument). Only the bundled files count: a file in the user instrument folder
    may carry the key (a copy of a bundled file does) but does not change the default.
    It must be of kind `levels`, because the plan and the overview show
    a level per life domain. Raises InstrumentError when the bundled files do not have
    exactly one such instrument (a packaging bug)."""
    found = [i for i in bundled_instruments() if i.is_default]
    if len(found) != 1:
        names: object = ", ".join(i.id for i in found) or says("instrument.word.none", N_("geen"))
        raise InstrumentError(
            _bundled_source("instruments"),
            "default",
            says(
                "instrument.default-not-one",
                N_("precies één meegeleverd instrument moet de standaard zijn (nu: {names})"),
                names=names,
            ),
        )
    if found[0].kind is not InstrumentKind.LEVELS:
        raise InstrumentError(
            found[0].id,
            "default",
            says(
                "instrument.default-not-levels",
                N_("het standaardinstrument moet van de soort 'levels' zijn, niet '{kind}'"),
                kind=found[0].kind,
            ),
        )
    return found[0]


def load_all(user_dir: Path | None = None) -> tuple[list[Instrument], list[InstrumentError]]:
    """Bundled instruments plus every `*.toml` in `user_dir` (sorted by name).

    A broken file is reported in the error list and skipped; so is a file whose id and
    version are already taken (by a bundled instrument or an earlier file). A missing
    `user_dir` is not an error.
    """
    bundled, bundled_errors = _bundled()
    errors = list(bundled_errors)
    instruments: list[Instrument] = []
    taken: dict[tuple[str, str], str | Said] = {}

    def add(inst: Instrument, source: str) -> None:
        ref = (inst.id, inst.version)
        if ref in taken:
            errors.append(
                InstrumentError(
                    source,
                    "id",
                    says(
                        "instrument.already-taken",
                        N_(
                            "instrument '{id}' versie '{version}' bestaat al ({where}); geef dit "
                            "bestand een andere id of een hoger versienummer"
                        ),
                        id=inst.id,
                        version=inst.version,
                        where=taken[ref],
                    ),
                )
            )
            return
        taken[ref] = (
            says("instrument.word.bundled", N_("meegeleverd")) if inst.is_bundled else source
        )
        instruments.append(inst)

    for inst in bundled:
        add(inst, inst.source)
    if user_dir is None:
        return instruments, errors
    try:
        files = sorted(
            p
            for p in Path(user_dir).iterdir()
            if p.suffix.lower() == ".toml" and not p.name.startswith(".") and not p.is_dir()
        )
    except FileNotFoundError:
        files = []
    except (OSError, ValueError) as exc:
        reason = (
            _os_reason(exc)
            if isinstance(exc, OSError)
            else says("instrument.invalid-folder-name", N_("ongeldige mapnaam"))
        )
        errors.append(
            InstrumentError(
                str(user_dir),
                None,
                says(
                    "instrument.folder-unreadable",
                    N_("kan de map niet lezen ({reason})"),
                    reason=reason,
                ),
            )
        )
        files = []
    for path in files:
        try:
            inst = load_instrument(path)
        except InstrumentError as exc:
            errors.append(exc)
            continue
        add(inst, str(path))
    return instruments, errors


def parse_stored(text: str | bytes, name: str = "bewaard instrument") -> Instrument:
    """An instrument definition kept with the data (`Instrument.source_text` as the store
    saved it): parsed and checked like a file, with `source` STORED_SOURCE. `name` is
    how error messages call it. Raises only InstrumentError."""
    return _parse(text, name, STORED_SOURCE)


# --------------------------------------------------------------------------- catalogue

_KIND_ORDER: Final = {InstrumentKind.LEVELS: 0, InstrumentKind.LADDER: 1, InstrumentKind.SCORE: 2}


def _version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Order versions as people do: "1.10" after "1.9", "2" after "1.0"."""
    parts = re.split(r"[.+-]", version)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


class Catalogue:
    """Where the program finds instruments: the installed ones (bundled plus the user
    folder, `load_all`) and the definitions kept with the data (the store's
    `stored_instruments()`), so that an assessment made with an instrument that is no
    longer installed stays readable. Nothing here names an instrument."""

    def __init__(self, installed: Sequence[Instrument], stored: Sequence[Instrument] = ()) -> None:
        self.installed: tuple[Instrument, ...] = tuple(installed)
        refs = {i.ref for i in self.installed}
        self.stored: tuple[Instrument, ...] = tuple(i for i in stored if i.ref not in refs)
        self._by_ref = {i.ref: i for i in self.stored} | {i.ref: i for i in self.installed}

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.installed)

    def __len__(self) -> int:
        return len(self.installed)

    def get(self, instrument_id: str, version: str) -> Instrument:
        """The installed instrument with this id and version, else the one kept with the
        data; InstrumentError (Dutch, naming what is missing) when neither has it."""
        found = self._by_ref.get(f"{instrument_id}@{version}")
        if found is not None:
            return found
        other = self.find(instrument_id)
        source = says(
            "instrument.named",
            N_("instrument '{id}' versie '{version}'"),
            id=_plain(instrument_id),
            version=_plain(version),
        )
        if other is not None:
            problem = says(
                "instrument.not-installed-other",
                N_(
                    "is niet geïnstalleerd en niet bij de gegevens bewaard; geïnstalleerd is "
                    "versie {installed}; zet het instrumentbestand terug in de map {folder}"
                ),
                installed=other.version,
                folder=user_instrument_dir(),
            )
        else:
            problem = says(
                "instrument.not-installed",
                N_(
                    "is niet geïnstalleerd en niet bij de gegevens bewaard; zet het "
                    "instrumentbestand terug in de map {folder}"
                ),
                folder=user_instrument_dir(),
            )
        raise InstrumentError(source, None, problem)

    def resolve(self, ref: str) -> Instrument:
        """`get` by an `id@version` reference (Conversation.instruments)."""
        ident, _, version = ref.partition("@")
        return self.get(ident, version)

    def for_assessment(self, assessment: Assessment) -> Instrument:
        """The instrument an assessment was made with (its id and version)."""
        return self.get(assessment.instrument_id, assessment.instrument_version)

    def has(self, instrument_id: str, version: str) -> bool:
        return f"{instrument_id}@{version}" in self._by_ref

    def find(self, instrument_id: str) -> Instrument | None:
        """The newest installed version of this instrument, or None."""
        versions = [i for i in self.installed if i.id == instrument_id]
        return max(versions, key=lambda i: _version_key(i.version)) if versions else None

    def defaults(self) -> list[Instrument]:
        """The organisation's default set, preselected for a new conversation and used by
        the citizen's self-assessment: the installed files in the user folder that say
        `default = true`, or, when none does, the bundled ones that say so. One version
        per id (the newest); instruments scoring levels per domain first. Never empty: without
        any marked file, the first installed `levels` instrument (InstrumentError when
        nothing is installed)."""
        marked = [i for i in self.installed if i.is_default and not i.is_bundled]
        if not marked:
            marked = [i for i in self.installed if i.is_default]
        if not marked:
            marked = [i for i in self.installed if i.kind is InstrumentKind.LEVELS][:1]
        if not marked:
            marked = list(self.installed[:1])
        if not marked:
            raise InstrumentError(
                says("instrument.word.instruments", N_("instrumenten")),
                None,
                says("instrument.none-installed", N_("er is geen enkel instrument geïnstalleerd")),
            )
        newest: dict[str, Instrument] = {}
        for inst in marked:
            have = newest.get(inst.id)
            if have is None or _version_key(inst.version) > _version_key(have.version):
                newest[inst.id] = inst
        order = {i.ref: n for n, i in enumerate(self.installed)}
        return sorted(newest.values(), key=lambda i: (_KIND_ORDER[i.kind], order[i.ref]))

    def for_refs(self, refs: Sequence[str]) -> list[Instrument]:
        """The instruments of a conversation (`Conversation.instruments`, `id@version`
        each); an empty list means the organisation's default set. InstrumentError when one
        is neither installed nor kept with the data."""
        if not refs:
            return self.defaults()
        return [self.resolve(ref) for ref in refs]

    def ordered(self, assessments: Iterable[Assessment]) -> list[Instrument]:
        """The instruments these assessments were made with, each once, in a stable order:
        `levels` before `ladder` before `score`, then as installed (stored ones last).
        Instruments that cannot be found are left out (see `missing`)."""
        seen: dict[str, Instrument] = {}
        for assessment in assessments:
            ref = f"{assessment.instrument_id}@{assessment.instrument_version}"
            if ref not in seen and ref in self._by_ref:
                seen[ref] = self._by_ref[ref]
        order = {i.ref: n for n, i in enumerate((*self.installed, *self.stored))}
        return sorted(seen.values(), key=lambda i: (_KIND_ORDER[i.kind], order[i.ref]))

    def missing(self, assessments: Iterable[Assessment]) -> list[str]:
        """`id@version` of each instrument of these assessments that cannot be found."""
        refs: list[str] = []
        for assessment in assessments:
            ref = f"{assessment.instrument_id}@{assessment.instrument_version}"
            if ref not in self._by_ref and ref not in refs:
                refs.append(ref)
        return refs

    def localised(self, language: str) -> Catalogue:
        """The same catalogue with every instrument's texts in `language`."""
        return Catalogue(
            [i.localised(language) for i in self.installed],
            [i.localised(language) for i in self.stored],
        )


# --------------------------------------------------------------------------- locations


# The data folder is defined in core/paths.py (importable without this module).
_data_root = data_root


def user_instrument_dir() -> Path:
    """Folder where an organisation puts its own instrument files (not created here)."""
    return user_data_dir() / "instruments"
