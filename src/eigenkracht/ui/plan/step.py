"""The goals step of the guided conversation: two tabs, the goals with who does what
(goals_page.py) and the plan itself with its statements, printing and signing
(plan_page.py). One step, so the conversation keeps its six steps; both tabs share
one PlanAutosave and the conversation's undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from eigenkracht.ui.conversation.pages import Context, ConversationPage, Page, plain_label
from eigenkracht.ui.plan.store import plan_autosave


class GoalsStep(ConversationPage):
    page = Page.GOALS

    def title(self) -> str:
        return self.tr("Doelen en het plan")

    def step_title(self) -> str:
        return self.tr("Doelen")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        # Imported here: the conversation view imports this module, and these import
        # the conversation package (so either may be imported first).
        from eigenkracht.ui.plan.goals_page import GoalsPage
        from eigenkracht.ui.plan.plan_page import PlanPage

        super().__init__(context, parent)
        self.store = plan_autosave(context.autosave)
        self.layout_.addWidget(self.problem_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Doelen en plan"))
        self.goals = GoalsPage(context, self.tabs)
        self.plan = PlanPage(context, self.tabs)
        for inner in (self.goals, self.plan):
            inner.heading.hide()
        self.tabs.addTab(self.goals, self.tr("1. Doelen: wie doet wat"))
        self.tabs.addTab(self.plan, self.tr("2. Plan: afspraken en ondertekenen"))
        self.layout_.addWidget(self.tabs, 1)
        self.hint = plain_label(self.tr("Tip: Ctrl+Tab gaat naar het tabblad met het plan."), self)
        self.layout_.addWidget(self.hint)

    def current(self) -> ConversationPage:
        widget = self.tabs.currentWidget()
        return self.plan if widget is self.plan else self.goals

    def enter(self) -> None:
        super().enter()
        self.goals.enter()  # reads the goals, the network and the plan versions again
        self.plan.show_problem("")
        for binding in self.plan.bindings:
            binding.refresh(force=True)

    def first_focus(self) -> QWidget | None:
        return self.current().first_focus()

    def navigate_to(self, where: Any) -> None:
        target = where[1] if isinstance(where, tuple) and len(where) > 1 else None
        if target and target[0] == "plan":
            self.tabs.setCurrentWidget(self.plan)
            return
        if target:
            self.tabs.setCurrentWidget(self.goals)
        self.goals.navigate_to(where)

    def problem(self) -> tuple[str, QWidget | None] | None:
        found = self.goals.problem()
        if found is not None:
            self.tabs.setCurrentWidget(self.goals)
        return found


__all__ = ["GoalsStep"]
