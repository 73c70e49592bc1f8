"""The one place in ui/ that puts a problem the user can act on into words and shows it.

A `UserFacingError` (a StoreError of the database, an instrument or self-assessment
file that cannot be used) made with a code (`said`, core.errors.Said) is shown in the
program's language: its Dutch template is translated (context Meldingen, filled in
resources/i18n like every text) and its values filled in; one without a code is shown
as its own Dutch sentence. An OSError is told by its
errno (core.errors.os_problem_kind), in words translated here: never the system's
English text, never a traceback. Where it shows: an inline message (MessageLabel), a
message bar (MessageBar) or, for any other widget, a message box over it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from eigenkracht.core.errors import (
    MESSAGES,
    InLanguage,
    OsProblem,
    Said,
    UserFacingError,
    os_problem_kind,
)
from eigenkracht.ui.widgets.plain import plain_line, plain_message
from eigenkracht.ui.widgets.views import MessageBar, MessageLabel

Problem = UserFacingError | OSError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def os_reason(exc: OSError) -> str:
    """Why reading or writing a file failed, as the end of a sentence ("de schijf is vol")."""
    kind = os_problem_kind(exc)
    if kind is OsProblem.DISK_FULL:
        return _tr("de schijf is vol")
    if kind is OsProblem.NO_ACCESS:
        return _tr("er is geen toegang (alleen-lezen of van iemand anders)")
    if kind is OsProblem.READ_ONLY:
        return _tr("de schijf of stick is alleen-lezen")
    if kind is OsProblem.MISSING:
        return _tr("de map of het bestand bestaat niet (meer)")
    if kind is OsProblem.IS_DIRECTORY:
        return _tr("dat is een map")
    if kind is OsProblem.NAME_TOO_LONG:
        return _tr("de naam of het pad is te lang")
    return _tr("een fout van de schijf of het systeem")


def _language() -> str:
    """The interface language (ui/app.py sets it on the application), "nl" without."""
    app = QCoreApplication.instance()
    language = app.property("eigenkrachtLanguage") if app is not None else None
    return language if isinstance(language, str) and language else "nl"


def _value_text(value: object) -> str:
    if isinstance(value, InLanguage):
        return value.text(_language())
    if isinstance(value, Said):
        return said_text(value)
    if isinstance(value, UserFacingError) and value.said is not None:
        return said_text(value.said)
    return str(value)


def said_text(said: Said) -> str:
    """A lower layer's sentence in the program's language (the Dutch when untranslated)."""
    template = QCoreApplication.translate(MESSAGES, said.template) or said.template
    values = {name: _value_text(value) for name, value in said.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that names other values
        return str(said)


def problem_text(problem: Problem) -> str:
    """The sentence for a problem, in the program's language."""
    if isinstance(problem, UserFacingError):
        return said_text(problem.said) if problem.said is not None else str(problem)
    name = plain_line(Path(str(problem.filename)).name) if problem.filename else ""
    if name:
        return _tr("Het bestand {name} kon niet worden gelezen of geschreven: {reason}.").format(
            name=name, reason=os_reason(problem)
        )
    return _tr("Lezen of schrijven is mislukt: {reason}.").format(reason=os_reason(problem))


def write_problem_text(path: Path | str, exc: OSError) -> str:
    """Why the file at path was not saved (nothing of it is left behind)."""
    return _tr("Opslaan in {path} is niet gelukt: {reason}. Er is niets opgeslagen.").format(
        path=plain_line(str(path)), reason=os_reason(exc)
    )


def show_problem(where: QWidget, problem: Problem | str, title: str = "") -> str:
    """Show a problem (or a sentence already made) at `where`; returns the sentence."""
    text = problem if isinstance(problem, str) else problem_text(problem)
    if isinstance(where, MessageLabel):
        where.show_message(text)
    elif isinstance(where, MessageBar):
        where.set_text(text)
    else:
        QMessageBox.warning(where, title or _tr("Niet gelukt"), plain_message(text))
    return text


__all__ = [
    "Problem",
    "os_reason",
    "problem_text",
    "said_text",
    "show_problem",
    "write_problem_text",
]
