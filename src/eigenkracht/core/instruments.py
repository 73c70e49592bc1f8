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

import difflib
import functools
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Final, NoReturn

from eigenkracht.core.errors import UserFacingError
from eigenkracht.core.paths import DATA_DIR_ENV as DATA_DIR_ENV
from eigenkracht.core.paths import data_root, user_data_dir

__all__ = [
    "FORMAT_VERSION",
    "Domain",
    "Instrument",
    "InstrumentError",
    "InstrumentKind",
    "Level",
    "LevelText",
    "Scale",
    "bundled_instruments",
    "default_instrument",
    "load_all",
    "load_instrument",
    "parse_instrument",
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

_ID_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_VERSION_RE: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]*")
_INT_KEY_RE: Final = re.compile(r"-?[0-9]{1,6}")
_BARE_KEY_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,40}")
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE_RE: Final = re.compile(r"[\r\n\u2028\u2029]")
_TOML_POS_RE: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END_RE: Final = re.compile(r"\s*\(at end of document\)\s*$")


# --------------------------------------------------------------------------- errors


class InstrumentError(UserFacingError):
    """A definition that cannot be used. `str()` gives a Dutch message for the user.

    `source` is the file (path, or a name for bundled and in-memory text), `key` the
    dotted path of the offending key (`domains[3].levels.2.citizen`; domains are counted
    from 1) or None for whole-file problems, `problem` the Dutch description. For syntax
    and encoding problems `line` and `column` give the position (1-based) when known.
    """

    def __init__(
        self,
        source: str,
        key: str | None,
        problem: str,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(source, key, problem)
        self.source = source
        self.key = key
        self.problem = problem
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f": regel {self.line}"
            if self.column is not None:
                where += f", kolom {self.column}"
        if self.key is not None:
            where += f": sleutel '{self.key}'"
        return f"{where}: {self.problem}"


# --------------------------------------------------------------------------- model


class InstrumentKind(StrEnum):
    LEVELS = "levels"  # one ordinal level per domain (e.g. 1-5 per life domain)
    LADDER = "ladder"  # one rung for the whole person; exactly one domain
    SCORE = "score"  # a number (e.g. 0-10) per dimension, no per-level texts


@dataclass(frozen=True)
class Level:
    """A point on the scale with its short label (professional and citizen wording)."""

    value: int
    label: str
    citizen_label: str


@dataclass(frozen=True)
class LevelText:
    """What one level means for one domain, for the professional and for the citizen."""

    professional: str
    citizen: str


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

    def level_text(self, value: int) -> LevelText:
        """The texts for `value`; KeyError if there are none."""
        return self.levels[value]


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
    is_default: bool = False  # `default = true`: see default_instrument()

    @property
    def ref(self) -> str:
        """`id@version`, unique among loaded instruments."""
        return f"{self.id}@{self.version}"

    @property
    def is_bundled(self) -> bool:
        return self.source == BUNDLED_SOURCE

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
_TOP_OPTIONAL: Final = ("citizen_intro", "default")
_LEVEL_KEYS: Final = ("value", "label", "citizen_label")
_END_KEYS: Final = ("label", "citizen_label")
_DOMAIN_KEYS: Final = ("key", "name", "citizen_name", "description", "citizen_question")
_TEXT_KEYS: Final = ("professional", "citizen")


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "waar/onwaar (true/false)"
    if isinstance(value, int):
        return "geheel getal"
    if isinstance(value, float):
        return "kommagetal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, dict):
        return "tabel"
    if isinstance(value, list):
        return "lijst"
    return "datum of tijd"


def _show_key(name: str) -> str:
    if _BARE_KEY_RE.fullmatch(name):
        return name
    shown = name if len(name) <= 40 else name[:40] + "…"
    shown = shown.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL_RE.sub("?", _NEWLINE_RE.sub("?", shown)) + '"'


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{_show_key(name)}" if prefix else _show_key(name)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str | None, problem: str) -> NoReturn:
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
                extra = f"; bedoelt u '{hint[0]}'?" if hint else ""
                self.fail(
                    _join(prefix, name),
                    f"onbekende sleutel{extra} (toegestaan: {', '.join(allowed)})",
                )
        for name in required:
            if name not in table:
                self.fail(_join(prefix, name), "ontbreekt")

    def table(self, value: object, key: str) -> dict[str, object]:
        if not isinstance(value, dict):
            self.fail(key, f"verwacht een tabel, gevonden: {_type_name(value)}")
        return value

    def array(self, value: object, key: str, what: str, low: int, high: int) -> list[object]:
        if not isinstance(value, list):
            self.fail(key, f"verwacht een lijst van {what}, gevonden: {_type_name(value)}")
        if len(value) < low:
            self.fail(key, f"te weinig {what} ({len(value)}; minimaal {low})")
        if len(value) > high:
            self.fail(key, f"te veel {what} ({len(value)}; maximaal {high})")
        return value

    def integer(self, table: dict[str, object], name: str, prefix: str) -> int:
        key = _join(prefix, name)
        value = table[name]
        if type(value) is not int:
            self.fail(key, f"verwacht een geheel getal, gevonden: {_type_name(value)}")
        if not MIN_VALUE <= value <= MAX_VALUE:
            self.fail(key, f"{value} ligt buiten {MIN_VALUE} t/m {MAX_VALUE}")
        return value

    def text(
        self, table: dict[str, object], name: str, prefix: str, *, single_line: bool = False
    ) -> str:
        key = _join(prefix, name)
        value = table[name]
        if not isinstance(value, str):
            self.fail(key, f"verwacht tekst, gevonden: {_type_name(value)}")
        limit = MAX_LINE if single_line else MAX_TEXT
        if len(value) > limit:
            self.fail(key, f"tekst is te lang ({len(value)} tekens; maximaal {limit})")
        if not value.strip():
            self.fail(key, "mag niet leeg zijn")
        if _CONTROL_RE.search(value):
            self.fail(key, "bevat een onzichtbaar stuurteken; haal het weg")
        if single_line and _NEWLINE_RE.search(value):
            self.fail(key, "moet op één regel passen (geen regeleinde)")
        return value.strip()

    def level(self, value: object, key: str) -> Level:
        tbl = self.table(value, key)
        self.keys(tbl, key, _LEVEL_KEYS)
        return Level(
            value=self.integer(tbl, "value", key),
            label=self.text(tbl, "label", key, single_line=True),
            citizen_label=self.text(tbl, "citizen_label", key, single_line=True),
        )

    def end(self, table: dict[str, object], name: str, prefix: str, value: int) -> Level:
        key = _join(prefix, name)
        tbl = self.table(table[name], key)
        self.keys(tbl, key, _END_KEYS)
        return Level(
            value=value,
            label=self.text(tbl, "label", key, single_line=True),
            citizen_label=self.text(tbl, "citizen_label", key, single_line=True),
        )

    def scale(self, value: object, kind: InstrumentKind) -> Scale:
        tbl = self.table(value, "scale")
        if kind is InstrumentKind.SCORE:
            self.keys(tbl, "scale", ("min", "max", "low", "high"))
            low = self.integer(tbl, "min", "scale")
            high = self.integer(tbl, "max", "scale")
            if high <= low:
                self.fail("scale.max", f"moet groter zijn dan scale.min ({low})")
            if high - low > MAX_SCORE_RANGE:
                self.fail("scale.max", f"schaal is te groot (maximaal {MAX_SCORE_RANGE} stappen)")
            return Scale(
                minimum=low,
                maximum=high,
                low=self.end(tbl, "low", "scale", low),
                high=self.end(tbl, "high", "scale", high),
            )
        self.keys(tbl, "scale", ("levels",))
        items = self.array(tbl["levels"], "scale.levels", "niveaus", 2, MAX_LEVELS)
        levels: list[Level] = []
        for i, item in enumerate(items, start=1):
            key = f"scale.levels[{i}]"
            lvl = self.level(item, key)
            if levels and lvl.value != levels[-1].value + 1:
                self.fail(
                    f"{key}.value",
                    f"waarden moeten oplopen in stappen van 1; na {levels[-1].value} "
                    f"hoort {levels[-1].value + 1}, gevonden: {lvl.value}",
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
                self.fail(item_key, "verwacht een waarde van de schaal (een geheel getal)")
            number = int(name)
            if number not in scale:
                self.fail(
                    item_key,
                    f"waarde {number} hoort niet bij de schaal "
                    f"({scale.minimum} t/m {scale.maximum})",
                )
            sub = self.table(item, item_key)
            self.keys(sub, item_key, _TEXT_KEYS)
            texts[number] = LevelText(
                professional=self.text(sub, "professional", item_key),
                citizen=self.text(sub, "citizen", item_key),
            )
        for number in scale.values():
            if number not in texts:
                self.fail(
                    f"{key}.{number}",
                    "ontbreekt: elke waarde van de schaal "
                    f"({scale.minimum} t/m {scale.maximum}) heeft een beschrijving nodig",
                )
        return {n: texts[n] for n in scale.values()}

    def domain(self, value: object, key: str, kind: InstrumentKind, scale: Scale) -> Domain:
        tbl = self.table(value, key)
        if kind is InstrumentKind.SCORE:
            if "levels" in tbl:
                self.fail(
                    f"{key}.levels",
                    "niet toegestaan bij kind = \"score\" (alleen bij 'levels' en 'ladder')",
                )
            self.keys(tbl, key, _DOMAIN_KEYS)
        else:
            self.keys(tbl, key, (*_DOMAIN_KEYS, "levels"))
        dom_key = self.text(tbl, "key", key, single_line=True)
        self.identifier(dom_key, f"{key}.key", "domeinsleutel")
        texts: dict[int, LevelText] = {}
        if kind is not InstrumentKind.SCORE:
            texts = self.level_texts(tbl["levels"], f"{key}.levels", scale)
        return Domain(
            key=dom_key,
            name=self.text(tbl, "name", key, single_line=True),
            citizen_name=self.text(tbl, "citizen_name", key, single_line=True),
            description=self.text(tbl, "description", key),
            citizen_question=self.text(tbl, "citizen_question", key),
            levels=MappingProxyType(texts),
        )

    def identifier(self, value: str, key: str, what: str) -> None:
        if len(value) > MAX_ID or not _ID_RE.fullmatch(value):
            self.fail(
                key,
                f"ongeldige {what} '{_show_key(value)}': gebruik alleen kleine letters a-z, "
                f"cijfers en losse koppeltekens (niet aan begin of eind), maximaal {MAX_ID} tekens",
            )

    def instrument(self, data: dict[str, object], instrument_source: str) -> Instrument:
        # The format version first: a newer file may use keys this version does not know.
        if "format" not in data:
            self.fail("format", f"ontbreekt (zet bovenaan: format = {FORMAT_VERSION})")
        fmt = data["format"]
        if type(fmt) is not int:
            self.fail("format", f"verwacht een geheel getal, gevonden: {_type_name(fmt)}")
        if fmt > FORMAT_VERSION:
            self.fail(
                "format",
                f"formaatversie {fmt} is nieuwer dan deze versie van eigenkracht kan lezen "
                f"(tot en met {FORMAT_VERSION}); werk eigenkracht bij",
            )
        if fmt < 1:
            self.fail("format", f"ongeldige formaatversie {fmt} (verwacht {FORMAT_VERSION})")
        self.keys(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)

        ident = self.text(data, "id", "", single_line=True)
        self.identifier(ident, "id", "id")
        version = self.text(data, "version", "", single_line=True)
        if len(version) > MAX_VERSION or not _VERSION_RE.fullmatch(version):
            self.fail(
                "version",
                f"ongeldige versie '{_show_key(version)}': gebruik cijfers, letters, punten, "
                f"'+' of '-', maximaal {MAX_VERSION} tekens (bijvoorbeeld \"1.0\")",
            )
        name = self.text(data, "name", "", single_line=True)
        citizen_name = self.text(data, "citizen_name", "", single_line=True)
        kind_raw = data["kind"]
        if not isinstance(kind_raw, str):
            self.fail("kind", f"verwacht tekst, gevonden: {_type_name(kind_raw)}")
        kinds = [k.value for k in InstrumentKind]
        if kind_raw not in kinds:
            self.fail(
                "kind",
                f"onbekende soort '{_show_key(kind_raw)}' (toegestaan: {', '.join(kinds)})",
            )
        kind = InstrumentKind(kind_raw)
        licence = self.text(data, "licence", "")
        description = self.text(data, "description", "")
        intro = self.text(data, "citizen_intro", "") if "citizen_intro" in data else ""
        is_default = data.get("default", False)
        if type(is_default) is not bool:
            self.fail("default", f"verwacht true of false, gevonden: {_type_name(is_default)}")

        scale = self.scale(data["scale"], kind)
        if kind is InstrumentKind.LADDER:
            items = self.array(data["domains"], "domains", "domeinen", 1, 1)
        else:
            items = self.array(data["domains"], "domains", "domeinen", 1, MAX_DOMAINS)
        domains: list[Domain] = []
        first_seen: dict[str, int] = {}
        for i, item in enumerate(items, start=1):
            key = f"domains[{i}]"
            dom = self.domain(item, key, kind, scale)
            if dom.key in first_seen:
                self.fail(
                    f"{key}.key",
                    f"domeinsleutel '{dom.key}' komt vaker voor "
                    f"(ook bij domains[{first_seen[dom.key]}])",
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
        )


# --------------------------------------------------------------------------- loading


def _decode(raw: bytes, source: str) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise InstrumentError(
            source, None, f"bestand is te groot (meer dan {MAX_FILE_BYTES // (1024 * 1024)} MB)"
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
            f"geen geldige UTF-8-tekst (ongeldige byte op positie {exc.start + 1}); "
            "sla het bestand op als UTF-8",
            line=line,
        ) from None


def _parse(content: object, source: str, instrument_source: str) -> Instrument:
    if isinstance(content, str):
        if len(content) > MAX_FILE_BYTES:
            raw = b"x" * (MAX_FILE_BYTES + 1)  # too large either way
        else:
            try:
                raw = content.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InstrumentError(
                    source, None, f"bevat een ongeldig teken op positie {exc.start + 1}"
                ) from None
    elif isinstance(content, bytes | bytearray | memoryview):
        raw = bytes(content)
    else:
        raise InstrumentError(source, None, f"geen tekst maar {type(content).__name__}")
    text = _decode(raw, source)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise InstrumentError(source, None, "geen geldige TOML (te diep genest)") from None
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
                message = message[: end.start()] + " aan het eind van het bestand"
        raise InstrumentError(
            source, None, f"geen geldige TOML ({message})", line=line, column=column
        ) from None
    return _Checker(source).instrument(data, instrument_source)


def parse_instrument(text: str | bytes, source: str = "<tekst>") -> Instrument:
    """Check and build an instrument from TOML text (or UTF-8 bytes).

    `source` names the origin in error messages and becomes `Instrument.source`.
    Raises only InstrumentError.
    """
    return _parse(text, str(source), str(source))


def load_instrument(path: Path | str) -> Instrument:
    """Read and check one instrument file. Raises only InstrumentError."""
    if not isinstance(path, str | os.PathLike):
        raise InstrumentError(repr(path), None, "geen bestandsnaam")
    source = os.fspath(path)
    if not isinstance(source, str):
        source = os.fsdecode(source)
    try:
        with Path(source).open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InstrumentError(source, None, f"kan het bestand niet lezen ({reason})") from None
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
        return (), (InstrumentError("instruments (meegeleverd)", None, f"niet gevonden: {exc}"),)
    for entry in entries:
        source = f"{entry.name} (meegeleverd)"
        try:
            found.append(_parse(entry.read_bytes(), source, BUNDLED_SOURCE))
        except OSError as exc:
            errors.append(InstrumentError(source, None, f"kan het bestand niet lezen ({exc})"))
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
        names = ", ".join(i.id for i in found) or "geen"
        raise InstrumentError(
            "instruments (meegeleverd)",
            "default",
            f"precies één meegeleverd instrument moet de standaard zijn (nu: {names})",
        )
    if found[0].kind is not InstrumentKind.LEVELS:
        raise InstrumentError(
            found[0].id,
            "default",
            f"het standaardinstrument moet van de soort 'levels' zijn, niet '{found[0].kind}'",
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
    taken: dict[tuple[str, str], str] = {}

    def add(inst: Instrument, source: str) -> None:
        ref = (inst.id, inst.version)
        if ref in taken:
            errors.append(
                InstrumentError(
                    source,
                    "id",
                    f"instrument '{inst.id}' versie '{inst.version}' bestaat al "
                    f"({taken[ref]}); geef dit bestand een andere id of een hoger versienummer",
                )
            )
            return
        taken[ref] = "meegeleverd" if inst.is_bundled else source
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
        errors.append(InstrumentError(str(user_dir), None, f"kan de map niet lezen ({exc})"))
        files = []
    for path in files:
        try:
            inst = load_instrument(path)
        except InstrumentError as exc:
            errors.append(exc)
            continue
        add(inst, str(path))
    return instruments, errors


# --------------------------------------------------------------------------- locations


# The data folder is defined in core/paths.py (importable without this module).
_data_root = data_root


def user_instrument_dir() -> Path:
    """Folder where an organisation puts its own instrument files (not created here)."""
    return user_data_dir() / "instruments"
