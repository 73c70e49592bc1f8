"""Then and now on screen: the first against the latest scores (radar of both
perspectives), wellbeing over time, the network then and now, the open goals. The
same data (core.plan.then_and_now) and chart functions as the one-page PDF; the
charts are drawn when the view is first shown (matplotlib is imported then)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core import serial
from eigenkracht.core.assessments import RADAR_MINIMUM
from eigenkracht.core.model import CaseFile, NetworkPerson
from eigenkracht.core.network import union_names
from eigenkracht.core.plan import Instruments, then_and_now
from eigenkracht.core.privacy import print_pseudonymised
from eigenkracht.ui.widgets import format_date
from eigenkracht.ui.widgets.problems import show_problem, write_problem_text
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.words import interface_language

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def first_network(repo: Repository, case_file: CaseFile) -> list[NetworkPerson] | None:
    """The network stored with the first conversation (None: it has no version)."""
    dated = sorted(case_file.conversations, key=lambda c: (c.date, c.id or 0))
    if not dated or dated[0].id is None:
        return None
    first = dated[0].id
    versions = repo.network_versions(case_file.case.id or 0)
    return next((list(v.persons) for v in versions if v.conversation_id == first), None)


class ThenNowView(QWidget):
    """Then and now of one case, with a button that saves the one-page PDF."""

    def __init__(
        self,
        repo: Repository,
        case_id: int,
        instrument: Instruments,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_id = case_id
        self.instrument = instrument
        self.today = today or dt.date.today()
        case_file = repo.load_case(case_id)
        self.data = then_and_now(
            case_file,
            instrument,
            today=self.today,
            then_network=first_network(repo, case_file),
            language=interface_language(),  # as the page's and the PDF's own words (core.i18n)
        )
        self.canvases: list[Any] = []
        self._drawn = False

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.body = QVBoxLayout(inner)

        self.charts = QGroupBox(self.tr("Cijfers: toen en nu"), inner)
        self.chart_grid = QGridLayout(self.charts)
        self.body.addWidget(self.charts)
        self.trend_box = QGroupBox(self.tr("Tevredenheid met het leven (0 tot 10)"), inner)
        self.trend_layout = QVBoxLayout(self.trend_box)
        self.body.addWidget(self.trend_box)

        network = self.data["network"]
        people = {
            p.id: p
            for p in serial.from_plain(
                list[NetworkPerson], network.get("then", []) + network.get("now", [])
            )
        }
        box = QGroupBox(self.tr("Mensen om u heen: toen en nu"), inner)
        column = QVBoxLayout(box)
        self.network_label = wrapped_label(
            self.tr("Bij het eerste gesprek ({date}): {then} mensen. Nu: {now} mensen.").format(
                date=format_date(_day(network.get("then_date")), weekday=False),
                then=len(network.get("then", [])),
                now=len(network.get("now", [])),
            ),
            box,
        )
        column.addWidget(self.network_label)
        # names as the network step shows them: roles when the case hides names
        names = union_names([people.values()], case_file.case.pseudonymise)
        joined = [names[i] for i in network.get("joined", []) if i in names]
        left = [names[i] for i in network.get("left", []) if i in names]
        if joined:
            column.addWidget(
                wrapped_label(
                    self.tr("Erbij gekomen: {names}").format(names=", ".join(joined)), box
                )
            )
        if left:
            column.addWidget(
                wrapped_label(
                    self.tr("Niet meer op de kaart: {names}").format(names=", ".join(left)), box
                )
            )
        self.body.addWidget(box)

        goals_box = QGroupBox(self.tr("Doelen waar we nog aan werken"), inner)
        column = QVBoxLayout(goals_box)
        goals = self.data.get("open_goals", [])
        if not goals:
            column.addWidget(wrapped_label(self.tr("Er zijn geen open doelen."), goals_box))
        for goal in goals:
            when = format_date(_day(goal.get("due_date")), weekday=False)
            text = f"{goal['domain_name']}: {goal['text']}"
            if when:
                text += " " + self.tr("(vóór {date})").format(date=when)
            column.addWidget(wrapped_label("• " + text, goals_box))
        self.body.addWidget(goals_box)
        self.body.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Toen en nu opslaan als &PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Toen en nu opslaan als PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._drawn:
            self.draw()

    def draw(self) -> None:
        """Draw the charts (imports matplotlib on first use)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from eigenkracht.charts.then_now import (
            PERSPECTIVES,
            perspective_dates,
            then_now_radar,
            wellbeing_points,
            wellbeing_trend,
        )

        self._drawn = True
        data = self.data
        parts = [p for p in (data.get("instruments") or [data]) if p.get("domains")]
        titles = {"burger": self.tr("Inwoner"), "professional": self.tr("Professional")}
        if not parts:
            self.chart_grid.addWidget(QLabel(self.tr("Er zijn nog geen cijfers gegeven.")), 0, 0)
        titled = len(parts) > 1 or any(p.get("member") for p in parts)
        row = 0
        for part in parts:
            if titled:
                self.chart_grid.addWidget(wrapped_label(self._part_title(part), self), row, 0, 1, 2)
                row += 1
            axes = part.get("domains", [])
            instrument = part.get("instrument", {})
            if instrument.get("kind") == "ladder" or len(axes) < RADAR_MINIMUM:
                lines = self._in_words(part, titles)
                self.chart_grid.addWidget(wrapped_label("\n".join(lines), self), row, 0, 1, 2)
                row += 1
                continue
            for column, key in enumerate(PERSPECTIVES):
                found = part["perspectives"].get(key, {})
                first, latest = perspective_dates(part, key)
                then = self.tr("Toen ({date})").format(date=format_date(first, weekday=False))
                now = self.tr("Nu ({date})").format(date=format_date(latest, weekday=False))
                figure = then_now_radar(part, key, title=titles[key], labels=(then, now))
                canvas = self._canvas(FigureCanvasQTAgg, figure, titles[key])
                described = ", ".join(
                    f"{axis} {a if a is not None else '–'} → {b if b is not None else '–'}"
                    for axis, a, b in zip(
                        axes, found.get("then", []), found.get("now", []), strict=False
                    )
                )
                canvas.setAccessibleDescription(described)
                # Two side by side in a dialog on a small screen (800 px) without
                # scrolling sideways; larger where there is room.
                canvas.setMinimumSize(320, 320)
                self.chart_grid.addWidget(canvas, row, column)
            row += 1
        figure = wellbeing_trend(data, size=(8.0, 2.4))
        canvas = self._canvas(FigureCanvasQTAgg, figure, self.tr("Tevredenheid over de tijd"))
        canvas.setAccessibleDescription(
            ", ".join(f"{format_date(d, weekday=False)}: {v}" for d, v in wellbeing_points(data))
        )
        canvas.setMinimumHeight(200)
        self.trend_layout.addWidget(canvas)

    def _part_title(self, part: dict[str, Any]) -> str:
        """The instrument's name, and for whom when it scores one member."""
        instrument = part.get("instrument", {})
        title = str(instrument.get("citizen_name") or instrument.get("name") or "")
        member = part.get("member") or {}
        if member.get("name"):
            title = self.tr("{instrument} · voor {name}").format(
                instrument=title, name=member["name"]
            )
        return title

    def _in_words(self, part: dict[str, Any], titles: dict[str, str]) -> list[str]:
        """A ladder (or one or two domains): per perspective, then and now in words."""
        from eigenkracht.charts.then_now import PERSPECTIVES, perspective_dates

        instrument = part.get("instrument", {})
        levels = {int(lv["value"]): lv for lv in instrument.get("levels", [])}

        def level(value: Any) -> str:
            if value is None:
                return "–"
            found = levels.get(int(value))
            return f"{value} · {found['citizen_label']}" if found else str(value)

        names = part.get("domains", [])
        lines = []
        for key in PERSPECTIVES:
            found = part.get("perspectives", {}).get(key, {})
            first, latest = perspective_dates(part, key)
            for position, name in enumerate(names):
                then = (found.get("then") or [None] * len(names))[position]
                now = (found.get("now") or [None] * len(names))[position]
                if then is None and now is None:
                    continue
                lines.append(
                    self.tr("{who}, {name}: toen {then} ({first}), nu {now} ({latest})").format(
                        who=titles[key],
                        name=name,
                        then=level(then),
                        first=format_date(first, weekday=False),
                        now=level(now),
                        latest=format_date(latest, weekday=False),
                    )
                )
        return lines

    def _canvas(self, cls: Any, figure: Any, name: str) -> Any:
        canvas = cls(figure)
        canvas.setParent(self)
        canvas.setAccessibleName(name)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvases.append(canvas)
        return canvas

    def suggested_path(self) -> str:
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        reference = self.data.get("case", {}).get("reference", "")
        return os.path.join(
            folder, self.tr("Toen en nu {reference}.pdf").format(reference=reference)
        )

    def save_pdf(self) -> str:
        """Ask where, write the one-page PDF, log the print. Returns the path or ""."""
        from eigenkracht.report.then_now import render_then_now

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Toen en nu opslaan"),
            self.suggested_path(),
            self.tr("PDF-bestand (*.pdf)"),
        )
        if not chosen:
            return ""
        from eigenkracht.privatefiles import write_private

        path = Path(chosen)
        hidden = print_pseudonymised(self.repo.get_case(self.case_id))  # as every print
        pdf = render_then_now(self.data, pseudonymise=hidden)
        try:
            write_private(path, pdf)  # whole or not at all, for the user only
        except OSError as exc:
            show_problem(self, write_problem_text(path, exc), self.tr("Niet opgeslagen"))
            return ""
        self.repo.log_export(self.case_id, "print")
        return str(path)


__all__ = ["ThenNowView"]
