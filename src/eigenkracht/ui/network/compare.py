"""Then and now: the network at two chosen moments side by side, with who joined,
who left, and per person who moved: from which ring and sector to which (domain.md §5:
networks change).

A moment is a conversation (its stored network version, or, for a conversation
without one, the network rebuilt from the dates on the map) or "now" (the network
as it is stored today). Read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import CaseFile, NetworkPerson
from eigenkracht.core.network import (
    RINGS,
    NetworkComparison,
    NetworkVersion,
    compare,
    network_on,
    union_names,
)
from eigenkracht.ui.network.canvas import NetworkMapView
from eigenkracht.ui.network.texts import quality_text, ring_text, sector_text
from eigenkracht.ui.widgets import format_date, name_qt_parts, plain_line, text_label
from eigenkracht.ui.widgets.screen import fit_to_screen, scrolling
from eigenkracht.ui.widgets.words import conversation_kind_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


@dataclass(frozen=True)
class Moment:
    label: str
    persons: list[NetworkPerson]
    date: dt.date | None  # None: now
    rebuilt: bool = False  # from the dates on the map, not a stored version


def moments(case_file: CaseFile, versions: Sequence[NetworkVersion]) -> list[Moment]:
    """Every conversation, oldest first, then now."""
    stored = {v.conversation_id: v for v in versions}
    found = []
    for conversation in sorted(case_file.conversations, key=lambda c: (c.date, c.id or 0)):
        date = format_date(conversation.date, weekday=False)
        label = f"{date} · {conversation_kind_text(conversation.kind)}"
        version = stored.get(conversation.id) if conversation.id is not None else None
        if version is not None:
            found.append(Moment(label, list(version.persons), conversation.date))
        else:
            persons = network_on(case_file.network, conversation.date)
            found.append(Moment(label, persons, conversation.date, rebuilt=True))
    found.append(Moment("", network_on(case_file.network, None), None))
    return found


class NetworkCompareDialog(QDialog):
    """The network of a case at two moments, side by side."""

    def __init__(self, repo: Repository, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NetworkCompareDialog")
        self.repo = repo
        self.case_id = case_id
        self.case_file = repo.load_case(case_id)
        self.moments = moments(self.case_file, repo.network_versions(case_id))
        household = self.case_file.case.household_name
        self.setWindowTitle(
            self.tr("Netwerk toen en nu: {household}").format(household=plain_line(household))
        )

        layout = QVBoxLayout(self)
        intro = text_label(
            self.tr(
                "Kies twee momenten. Links het netwerk toen, rechts het netwerk daarna. "
                "Onder de kaarten staat wie erbij kwam en wie wegging."
            ),
            self,
        )
        layout.addWidget(intro)

        choose = QHBoxLayout()
        self.then_combo = QComboBox(self)
        self.then_combo.setAccessibleName(self.tr("Moment toen"))
        self.now_combo = QComboBox(self)
        self.now_combo.setAccessibleName(self.tr("Moment nu"))
        for moment in self.moments:
            text = moment.label or self.tr("Nu (zoals het netwerk nu is)")
            if moment.rebuilt:
                text += " " + self.tr("(uit de datums op de kaart)")
            self.then_combo.addItem(text)
            self.now_combo.addItem(text)
        then_label = QLabel(self.tr("&Toen:"), self)
        then_label.setBuddy(self.then_combo)
        now_label = QLabel(self.tr("&Nu:"), self)
        now_label.setBuddy(self.now_combo)
        self.hide_names = QCheckBox(self.tr("Namen &verbergen (rol tonen)"), self)
        self.hide_names.setAccessibleName(self.tr("Namen verbergen: toon de rol"))
        self.hide_names.setChecked(self.case_file.case.pseudonymise)
        for combo in (self.then_combo, self.now_combo):
            # A long moment name must not make the dialog wider than a laptop screen; the
            # list shows it whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        choose.addWidget(then_label)
        choose.addWidget(self.then_combo, 1)
        choose.addSpacing(16)
        choose.addWidget(now_label)
        choose.addWidget(self.now_combo, 1)
        layout.addLayout(choose)
        layout.addWidget(self.hide_names)

        maps = QGridLayout()
        self.then_title = QLabel(self)
        self.now_title = QLabel(self)
        for title in (self.then_title, self.now_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setTextFormat(Qt.TextFormat.PlainText)
        self.then_map = NetworkMapView(self, editable=False)
        self.then_map.setAccessibleName(self.tr("Netwerkkaart toen"))
        self.now_map = NetworkMapView(self, editable=False)
        self.now_map.setAccessibleName(self.tr("Netwerkkaart nu"))
        maps.addWidget(self.then_title, 0, 0)
        maps.addWidget(self.now_title, 0, 1)
        maps.addWidget(self.then_map, 1, 0)
        maps.addWidget(self.now_map, 1, 1)
        maps.setRowStretch(1, 1)
        layout.addLayout(maps, 1)

        self.changes = text_label("", self)
        self.changes.setObjectName("networkChanges")
        self.changes.setAccessibleName(self.tr("Wat is er veranderd"))
        # A long list of changes scrolls; it never pushes the maps or Sluiten off a small
        # screen.
        layout.addWidget(scrolling(self.changes, self))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.then_combo.setCurrentIndex(0)
        self.now_combo.setCurrentIndex(len(self.moments) - 1)
        self.then_combo.currentIndexChanged.connect(self.refresh)
        self.now_combo.currentIndexChanged.connect(self.refresh)
        self.hide_names.toggled.connect(self.refresh)
        self.comparison: NetworkComparison | None = None
        self.refresh()
        name_qt_parts(self)
        fit_to_screen(self, 1100, 720)

    def choose(self, then: int, now: int) -> None:
        self.then_combo.setCurrentIndex(then)
        self.now_combo.setCurrentIndex(now)

    def refresh(self, *_args: object) -> None:
        then = self.moments[max(self.then_combo.currentIndex(), 0)]
        now = self.moments[max(self.now_combo.currentIndex(), 0)]
        names = union_names([then.persons, now.persons], self.hide_names.isChecked())
        household = self.case_file.case.household_name
        self.then_map.set_data(then.persons, household, names)
        self.now_map.set_data(now.persons, household, names)
        self.then_title.setText(self.then_combo.currentText())
        self.now_title.setText(self.now_combo.currentText())
        self.comparison = compare(then.persons, now.persons)
        self.changes.setText(self.describe(self.comparison, names))

    def describe(self, change: NetworkComparison, names: dict[int, str]) -> str:
        def name(person: NetworkPerson) -> str:
            return names.get(person.id, person.name) if person.id is not None else person.name

        def listing(persons: list[NetworkPerson]) -> str:
            return ", ".join(name(p) for p in persons) or self.tr("niemand")

        lines = [
            self.tr("Erbij gekomen: {names}.").format(names=listing(change.joined)),
            self.tr("Niet meer in het netwerk: {names}.").format(names=listing(change.left)),
        ]
        for m in change.moved:  # per person: which ring and which sector, then and now
            parts = []
            if m.before.ring is not m.after.ring:
                closer = RINGS.index(m.after.ring) < RINGS.index(m.before.ring)
                parts.append(
                    self.tr("{way}, van kring {before} naar kring {after}").format(
                        way=self.tr("dichterbij gekomen") if closer else self.tr("verder weg"),
                        before=ring_text(m.before.ring),
                        after=ring_text(m.after.ring),
                    )
                )
            if m.before.sector is not m.after.sector:
                parts.append(
                    self.tr("van sector {before} naar sector {after}").format(
                        before=sector_text(m.before.sector), after=sector_text(m.after.sector)
                    )
                )
            lines.append(
                self.tr("{name}: {moves}.").format(
                    name=name(m.after), moves=self.tr(", en ").join(parts)
                )
            )
        if change.quality:
            items = ", ".join(
                self.tr("{name} ({before} → {after})").format(
                    name=name(m.after),
                    before=quality_text(m.before.quality),
                    after=quality_text(m.after.quality),
                )
                for m in change.quality
            )
            lines.append(self.tr("Band veranderd: {items}.").format(items=items))
        if change.unchanged:
            lines.append(self.tr("Tussen deze twee momenten is het netwerk niet veranderd."))
        return "\n".join(lines)

    def draw_now(self) -> None:
        """Draw both maps at once (they otherwise wait for a pause)."""
        self.then_map.draw()
        self.now_map.draw()


__all__ = ["Moment", "NetworkCompareDialog", "moments"]
