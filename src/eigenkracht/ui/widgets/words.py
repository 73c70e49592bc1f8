"""Dutch words for the core's enums that screens of more than one package show, and the
household roles a case's members are stored with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from eigenkracht.core.model import (
    HOUSEHOLD_ROLE_NAMES,
    HOUSEHOLD_ROLES,
    ConversationKind,
    household_role_text,
)


def interface_language() -> str:
    """The language the program speaks now: "en" or "nl"."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def conversation_kind_text(kind: ConversationKind) -> str:
    """The kind of a conversation as a list or a title shows it ("Voortgang")."""
    tr = QCoreApplication.translate
    return {
        ConversationKind.INTAKE: tr("Caseload", "Melding/intake"),
        ConversationKind.PROGRESS: tr("Caseload", "Voortgang"),
        ConversationKind.EVALUATION: tr("Caseload", "Evaluatie"),
        ConversationKind.CLOSING: tr("Caseload", "Afsluiting"),
    }[kind]


def household_role_names() -> dict[str, str]:
    """Stored role (core.model.HOUSEHOLD_ROLES) -> the role in the program's language."""
    return dict(HOUSEHOLD_ROLE_NAMES)


def household_role_value(shown: str) -> str:
    """What to store for a role as shown or typed: a known role's stored word."""
    text = " ".join(shown.split())
    for stored, name in household_role_names().items():
        if text.lower() in (stored, name.lower()):
            return stored
    return text


__all__ = [
    "HOUSEHOLD_ROLES",
    "conversation_kind_text",
    "household_role_names",
    "household_role_text",
    "household_role_value",
    "interface_language",
]
