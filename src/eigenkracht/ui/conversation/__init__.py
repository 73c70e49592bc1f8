"""The guided kitchen-table conversation: the stepper (view.py) over its steps.

The conversation's own steps live here (start, question, domains/, summary); the
network step is ui/network/page.py, the goals and plan steps are in ui/plan/. The
step protocol they all follow is ui/steps/protocol.py.
"""

from eigenkracht.ui.conversation.view import ConversationView
from eigenkracht.ui.steps.protocol import Page

__all__ = ["ConversationView", "Page"]
