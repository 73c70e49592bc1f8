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
from enum import StrEnum

from eigenkracht.core.text import display_safe


class UserFacingError(Exception):
    """A problem the user can understand and act on; str() is a Dutch sentence."""


class OsProblem(StrEnum):
    """What kind of problem an OSError is, by its errno (never by its English text)."""

    DISK_FULL = "vol"
    NO_ACCESS = "geen-toegang"
    MISSING = "bestaat-niet"
    IS_DIRECTORY = "is-een-map"
    OTHER = "anders"


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_ACCESS = {errno.EACCES, errno.EPERM, errno.EROFS}


def os_problem_kind(exc: OSError) -> OsProblem:
    if exc.errno in _FULL:
        return OsProblem.DISK_FULL
    if exc.errno in _NO_ACCESS:
        return OsProblem.NO_ACCESS
    if exc.errno == errno.ENOENT:
        return OsProblem.MISSING
    if exc.errno == errno.EISDIR:
        return OsProblem.IS_DIRECTORY
    return OsProblem.OTHER


def os_problem(exc: OSError) -> str:
    """A Dutch sentence for an OSError, chosen by errno; the system's English text is
    never shown. Names the file when the error does (display-safe)."""
    name = f"het bestand {display_safe(str(exc.filename))}" if exc.filename else "een bestand"
    kind = os_problem_kind(exc)
    if kind is OsProblem.DISK_FULL:
        return "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw."
    if kind is OsProblem.NO_ACCESS:
        return f"Geen toegang tot {name}: het is alleen-lezen of van iemand anders."
    if kind is OsProblem.MISSING:
        return f"{name[:1].upper()}{name[1:]} bestaat niet."
    return f"Lezen of schrijven van {name} is mislukt (een fout van de schijf of het systeem)."


def write_problem(path: object, exc: OSError) -> str:
    """Why the file at path could not be written, in Dutch, chosen by errno."""
    kind = os_problem_kind(exc)
    if kind is OsProblem.DISK_FULL:
        return f"Kan niet schrijven naar {path}: de schijf is vol. Er is niets opgeslagen."
    if kind is OsProblem.NO_ACCESS:
        return f"Kan niet schrijven naar {path}: daar mag niet worden geschreven."
    if kind is OsProblem.MISSING:
        return f"Kan niet schrijven naar {path}: de map bestaat niet."
    if kind is OsProblem.IS_DIRECTORY:
        return f"Kan niet schrijven naar {path}: dat is een map."
    return f"Kan niet schrijven naar {path}. Er is niets opgeslagen."


def describe(exc: BaseException) -> str:
    """`ValueError at report/plan_pdf.py:120 in draw < ...` without the message."""
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    where = " < ".join(
        f"{'/'.join(frame.filename.replace(chr(92), '/').split('/')[-2:])}:{frame.lineno} "
        f"in {frame.name}"
        for frame in reversed(frames)
    )
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__
