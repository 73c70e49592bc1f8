"""Dutch words for the core's enums that screens of more than one package show."""

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


__all__ = ["conversation_kind_text"]
