"""Dutch words for the core's enums that screens of more than one package show, and the
household roles a case's members are stored with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.model import ConversationKind


def conversation_kind_text(kind: ConversationKind) -> str:
    """The kind of a conversation as a list or a title shows it ("Voortgang")."""
    tr = QCoreApplication.translate
    return {
        ConversationKind.INTAKE: tr("Caseload", "Melding/intake"),
        ConversationKind.PROGRESS: tr("Caseload", "Voortgang"),
        ConversationKind.EVALUATION: tr("Caseload", "Evaluatie"),
        ConversationKind.CLOSING: tr("Caseload", "Afsluiting"),
    }[kind]


# The roles of a household member as stored (Dutch, whatever the language: the roles
# are data, and ui/conversation/instruments.py reads them); shown translated.
HOUSEHOLD_ROLES = ("aanvrager", "partner", "kind", "ouder", "pleegkind", "huisgenoot")


def household_role_names() -> dict[str, str]:
    """Stored role -> the role in the program's language."""
    tr = QCoreApplication.translate
    return {
        "aanvrager": tr("HouseholdRole", "aanvrager"),
        "partner": tr("HouseholdRole", "partner"),
        "kind": tr("HouseholdRole", "kind"),
        "ouder": tr("HouseholdRole", "ouder"),
        "pleegkind": tr("HouseholdRole", "pleegkind"),
        "huisgenoot": tr("HouseholdRole", "huisgenoot"),
    }


def household_role_text(role: str) -> str:
    """A stored role as shown: a known one translated, one typed in as it is."""
    return household_role_names().get(role.strip().lower(), role)


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
]
