"""The user-facing error base, the Dutch sentences for OS errors, and describing an
exception for a log without its message.

`UserFacingError` is the one base of every error the user can act on (a damaged
database, a wrong passphrase, an unusable instrument or self-assessment file, bad
command-line input): str() is a Dutch sentence, shown as it is by the command line
and by the one place in ui/ that shows problems (ui/widgets/problems.py). Anything
else is a defect and is logged with `describe`.

An exception's message may quote client data (a name in a ValueError, a note in a
reportlab error), so logs keep only the type and where it happened.
"""

from __future__ import annotations

import errno
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Self

from eigenkracht.core.text import display_safe

MESSAGES = "Meldingen"  # the translation context of every lower-layer sentence


def N_(text: str) -> str:
    """Marks a lower-layer template for translation and returns it as it is; tools/i18n.py
    has lupdate read N_("tekst") as a text of context Meldingen."""
    return text


@dataclass(frozen=True)
class Said:
    """A lower-layer sentence: a stable code, its Dutch template (N_) and the values it
    names. str() is the Dutch sentence (the command line); the window translates the
    template and fills in the values (ui/widgets/problems.py). A value may be a Said."""

    code: str
    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format_map({k: str(v) for k, v in self.values.items()})


def says(code: str, template: str, **values: object) -> Said:
    return Said(code, template, values)


@dataclass(frozen=True)
class InLanguage:
    """A value of a Said that its source gives in several languages (an instrument's
    name from its file): str() is the Dutch, the window takes `texts[language]`."""

    dutch: str
    texts: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.dutch

    def text(self, language: str) -> str:
        return self.texts.get(language, self.dutch)


class UserFacingError(Exception):
    """A problem the user can understand and act on; str() is a Dutch sentence.

    Made with `say` (or `of`), it also carries `said`: the code, template and values
    the window translates. Without (an older raise), the window shows str()."""

    said: Said | None = None

    @classmethod
    def say(cls, code: str, template: str, **values: object) -> Self:
        return cls.of(Said(code, template, values))

    @classmethod
    def of(cls, said: Said) -> Self:
        error = cls(str(said))
        error.said = said
        return error

    @property
    def code(self) -> str:
        return self.said.code if self.said is not None else ""


class OsProblem(StrEnum):
    """What kind of problem an OSError is, by its errno (never by its English text)."""

    DISK_FULL = "vol"
    NO_ACCESS = "geen-toegang"
    READ_ONLY = "alleen-lezen"
    MISSING = "bestaat-niet"
    IS_DIRECTORY = "is-een-map"
    NAME_TOO_LONG = "naam-te-lang"
    OTHER = "anders"


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_ACCESS = {errno.EACCES, errno.EPERM}


def os_problem_kind(exc: OSError) -> OsProblem:
    if exc.errno in _FULL:
        return OsProblem.DISK_FULL
    if exc.errno in _NO_ACCESS:
        return OsProblem.NO_ACCESS
    if exc.errno == errno.EROFS:
        return OsProblem.READ_ONLY
    if exc.errno == errno.ENOENT:
        return OsProblem.MISSING
    if exc.errno == errno.EISDIR:
        return OsProblem.IS_DIRECTORY
    if exc.errno == errno.ENAMETOOLONG:
        return OsProblem.NAME_TOO_LONG
    return OsProblem.OTHER


def os_said(exc: OSError) -> Said:
    """A Dutch sentence for an OSError, chosen by errno; the system's English text is
    never shown. Names the file when the error does (display-safe)."""
    kind = os_problem_kind(exc)
    name = display_safe(str(exc.filename)) if exc.filename else ""
    if kind is OsProblem.DISK_FULL:
        return says(
            "os.disk-full",
            N_(
                "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw."
            ),
        )
    if kind in (OsProblem.NO_ACCESS, OsProblem.READ_ONLY):
        if name:
            return says(
                "os.no-access",
                N_(
                    "Geen toegang tot het bestand {name}: het is alleen-lezen of van iemand anders."
                ),
                name=name,
            )
        return says(
            "os.no-access-file",
            N_("Geen toegang tot een bestand: het is alleen-lezen of van iemand anders."),
        )
    if kind is OsProblem.MISSING:
        if name:
            return says("os.missing", N_("Het bestand {name} bestaat niet."), name=name)
        return says("os.missing-file", N_("Een bestand bestaat niet."))
    if kind is OsProblem.NAME_TOO_LONG:
        return says("os.name-too-long", N_("De naam of het pad van het bestand is te lang."))
    if name:
        return says(
            "os.other",
            N_(
                "Lezen of schrijven van het bestand {name} is mislukt (een fout van de schijf "
                "of het systeem)."
            ),
            name=name,
        )
    return says(
        "os.other-file",
        N_(
            "Lezen of schrijven van een bestand is mislukt (een fout van de schijf of het systeem)."
        ),
    )


def os_problem(exc: OSError) -> str:
    """`os_said` as a Dutch sentence."""
    return str(os_said(exc))


def write_said(path: object, exc: OSError) -> Said:
    """Why the file at path could not be written, in Dutch, chosen by errno."""
    kind = os_problem_kind(exc)
    if kind is OsProblem.DISK_FULL:
        return says(
            "write.disk-full",
            N_("Kan niet schrijven naar {path}: de schijf is vol. Er is niets opgeslagen."),
            path=path,
        )
    if kind is OsProblem.NO_ACCESS:
        return says(
            "write.no-access",
            N_("Kan niet schrijven naar {path}: daar mag niet worden geschreven."),
            path=path,
        )
    if kind is OsProblem.READ_ONLY:
        return says(
            "write.read-only",
            N_("Kan niet schrijven naar {path}: de schijf is alleen-lezen."),
            path=path,
        )
    if kind is OsProblem.MISSING:
        return says(
            "write.missing", N_("Kan niet schrijven naar {path}: de map bestaat niet."), path=path
        )
    if kind is OsProblem.IS_DIRECTORY:
        return says(
            "write.is-directory", N_("Kan niet schrijven naar {path}: dat is een map."), path=path
        )
    if kind is OsProblem.NAME_TOO_LONG:
        return says(
            "write.name-too-long",
            N_("Kan niet schrijven naar {path}: de naam of het pad is te lang."),
            path=path,
        )
    return says(
        "write.other", N_("Kan niet schrijven naar {path}. Er is niets opgeslagen."), path=path
    )


def write_problem(path: object, exc: OSError) -> str:
    """`write_said` as a Dutch sentence."""
    return str(write_said(path, exc))


def describe(exc: BaseException) -> str:
    """`ValueError at report/plan_pdf.py:120 in draw < ...` without the message."""
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    where = " < ".join(
        f"{'/'.join(frame.filename.replace(chr(92), '/').split('/')[-2:])}:{frame.lineno} "
        f"in {frame.name}"
        for frame in reversed(frames)
    )
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__
