"""Words for the conversation's own enums, shared by its steps (start, summary)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.model import ConversationKind


def kind_text(kind: ConversationKind) -> str:
    """The kind of conversation, with its mnemonic (remove '&' for plain text)."""
    translate = QCoreApplication.translate
    return {
        ConversationKind.INTAKE: translate("ConversationKind", "&Intake (eerste gesprek)"),
        ConversationKind.PROGRESS: translate("ConversationKind", "Voortgan&g"),
        ConversationKind.EVALUATION: translate("ConversationKind", "&Evaluatie"),
        ConversationKind.CLOSING: translate("ConversationKind", "&Afsluiting"),
    }[kind]


__all__ = ["kind_text"]
