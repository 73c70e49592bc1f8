"""Right after signing: the signed plan can be the verslag (domain.md §4: many
municipalities use the signed report). The program says so and, when the worker
agrees, records that the verslag was given on the day of signing
(`Repository.record_route`). The case overview's Verloop offers the same later."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from eigenkracht.core.process import signed_as_verslag
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets import format_date, plain_message
from eigenkracht.ui.widgets.problems import show_problem

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanAsVerslag", text)


def offer_plan_as_verslag(
    parent: QWidget, repo: Repository, case_id: int, today: dt.date | None = None
) -> QMessageBox | None:
    """Ask (without blocking) whether the plan just signed is the verslag; None when
    there is nothing to ask (a verslag is recorded already, or no version is signed)."""
    case_file = repo.load_case(case_id)
    signed = signed_as_verslag(case_file.plans)
    if signed is None or case_file.case.verslag_sent is not None:
        return None
    plan, day = signed
    box = QMessageBox(parent)
    box.setObjectName("planAsVerslag")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Het plan als verslag"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        plain_message(
            _tr(
                "Het ondertekende plan geldt als verslag. Vastleggen dat het verslag op "
                "{date} is gegeven (versie {n})? De termijn van het verslag stopt dan."
            ).format(date=format_date(day), n=plan.number)
        )
    )
    yes = box.addButton(_tr("Ja, het plan is het verslag"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_tr("Nee, niet nu"), QMessageBox.ButtonRole.NoRole)
    yes.setAccessibleName(_tr("Ja, het plan is het verslag"))
    no.setAccessibleName(_tr("Nee, niet nu"))
    box.setDefaultButton(yes)
    box.setEscapeButton(no)

    def answered() -> None:
        if box.clickedButton() is not yes:
            return
        try:
            repo.record_route(case_id, today=today, verslag_sent=day)
        except StoreError as exc:
            show_problem(parent, exc)

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


__all__ = ["offer_plan_as_verslag"]
