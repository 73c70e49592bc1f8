"""The guided kitchen-table conversation (start, question, life domains, summary)."""

from eigenkracht.ui.conversation.pages import Page
from eigenkracht.ui.conversation.view import ConversationView

__all__ = ["ConversationView", "Page"]
