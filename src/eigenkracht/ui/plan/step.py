"""The goals and plan steps of the guided conversation: the goals with who does what
(goals_page.py, Page.GOALS) and then the plan itself with its statements, printing
and signing (plan_page.py, Page.PLAN). Both share one PlanAutosave and the
conversation's undo stack; an undo shows the step its edit was made on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from eigenkracht.ui.conversation.pages import Context, ConversationPage, Page


def plan_steps(context: Context, parent: QWidget | None = None) -> dict[Page, ConversationPage]:
    """The goals step and the plan step, by their Page."""
    # Imported here: the conversation view imports this module, and these import
    # the conversation package (so either may be imported first).
    from eigenkracht.ui.plan.goals_page import GoalsPage
    from eigenkracht.ui.plan.plan_page import PlanPage

    return {Page.GOALS: GoalsPage(context, parent), Page.PLAN: PlanPage(context, parent)}


__all__ = ["plan_steps"]
