"""The detailed form of one life domain: both levels with their meaning, what is
written at the table, who carries the situation, and the reason a domain is not
discussed. Every field is bound to the `DomainBook`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import AssessmentSource, Perspective
from eigenkracht.ui.conversation.domains.book import (
    CITIZEN,
    PERSPECTIVES,
    PROFESSIONAL,
    DomainBook,
    DomainState,
    common_reasons,
    level_name,
)
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding
from eigenkracht.ui.editing.conversation import score_binding, score_key
from eigenkracht.ui.steps.protocol import Context, Page
from eigenkracht.ui.widgets.dates import format_date
from eigenkracht.ui.widgets.plain import plain_tooltip, unlimited
from eigenkracht.ui.widgets.text import heading, scaled_font, text_box, wrapped_label
from eigenkracht.ui.widgets.views import MessageBar, text_label

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Domain, Instrument


class LevelChooser(QGroupBox):
    """Radio buttons for the levels of one perspective, with the meaning of the level
    under them: the chosen one, or the one under the mouse or keyboard focus."""

    chosen = Signal(int)  # by the user

    def __init__(
        self, title: str, perspective: Perspective, instrument: Instrument, parent: QWidget
    ) -> None:
        super().__init__(title, parent)
        self.perspective = perspective
        self.instrument = instrument
        self.domain: Domain | None = None
        self.setAccessibleName(title.replace("&", ""))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        who = self.tr("Inwoner") if perspective is CITIZEN else self.tr("Professional")
        scale = instrument.scale
        citizen = perspective is CITIZEN
        # A scale with a label for every value (1-5, a ladder's rungs): one under the
        # other with its label. A number scale (0-10) labels only its ends: the
        # numbers side by side, the two ends' meaning under them.
        numbers = len(scale.levels) < len(scale.values())
        row = QGridLayout()
        row.setHorizontalSpacing(6)
        per_row = (len(scale.values()) + 1) // 2  # 0-10: 0-5 over 6-10, so two fit side by side
        for index, value in enumerate(scale.values()):
            label = level_name(instrument, value, citizen)
            radio = QRadioButton(str(value) if numbers else f"{value}   {label}", self)
            radio.setAccessibleName(
                self.tr("{who}: niveau {value}, {label}").format(who=who, value=value, label=label)
                if label
                else self.tr("{who}: cijfer {value} van {maximum}").format(
                    who=who, value=value, maximum=scale.maximum
                )
            )
            radio.installEventFilter(self)
            self.group.addButton(radio, value)
            self.radios[value] = radio
            if numbers:
                row.addWidget(radio, index // per_row, index % per_row)
            else:
                layout.addWidget(radio)
        if numbers:
            layout.addLayout(row)
            ends = wrapped_label(
                self.tr("{low} = {low_label}. {high} = {high_label}.").format(
                    low=scale.minimum,
                    low_label=level_name(instrument, scale.minimum, citizen),
                    high=scale.maximum,
                    high_label=level_name(instrument, scale.maximum, citizen),
                ),
                self,
            )
            layout.addWidget(ends)
        self.description = QLabel(self)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setFrameShape(QFrame.Shape.StyledPanel)
        self.description.setMargin(6)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._measure: QLabel | None = None
        self.description.installEventFilter(self)  # its width: _reserve_description
        layout.addWidget(self.description)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def set_domain(self, domain: Domain) -> None:
        self.domain = domain
        for value, radio in self.radios.items():
            radio.setToolTip(plain_tooltip(self._text(value)))
        self._describe(self.level())
        self._reserve_description()

    def _reserve_description(self) -> None:
        """Room for the longest meaning of this domain's levels at the width there is:
        the mouse over a level, or a level chosen, then moves nothing under them (the
        text boxes the worker types in next)."""
        label = self.description
        if label.width() <= 0:
            return
        measure = self._measure
        if measure is None:  # a copy that is never shown, to measure the texts with
            measure = self._measure = QLabel()
            measure.setTextFormat(Qt.TextFormat.PlainText)
            measure.setWordWrap(True)
            measure.setFrameShape(label.frameShape())
            measure.setMargin(label.margin())
        measure.setFont(label.font())
        tallest = self.fontMetrics().lineSpacing() * 4 + 12
        for value in (None, *self.radios):
            measure.setText(self._description(value))
            tallest = max(tallest, measure.heightForWidth(label.width()))
        if label.minimumHeight() != tallest:
            label.setMinimumHeight(tallest)

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_level(self, level: int | None) -> None:
        if level == self.level():
            self._describe(level)
            return
        if level is None or level not in self.radios:
            self.group.setExclusive(False)
            for radio in self.radios.values():
                radio.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.radios[level].setChecked(True)
        self._describe(level)

    def _clicked(self, value: int) -> None:
        self._describe(value)
        self.chosen.emit(value)

    def _text(self, value: int) -> str:
        if self.domain is None or value not in self.domain.levels:
            if value in self.instrument.scale:  # a number scale: where it lies
                scale = self.instrument.scale
                return self.tr("{value} op een schaal van {low} tot {high}.").format(
                    value=value, low=scale.minimum, high=scale.maximum
                )
            return ""
        texts = self.domain.level_text(value)
        return texts.citizen if self.perspective is CITIZEN else texts.professional

    def _description(self, value: int | None) -> str:
        if value is None:
            return self.tr("Kies het niveau dat het best past. Hier staat dan wat het betekent.")
        label = level_name(self.instrument, value, self.perspective is CITIZEN)
        title = f"{value} – {label}" if label else str(value)
        return f"{title}\n{self._text(value)}"

    def _describe(self, value: int | None) -> None:
        self.description.setText(self._description(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.description:
            if kind == QEvent.Type.Resize:
                self._reserve_description()
            return False
        if watched in self.radios.values():
            value = next(v for v, r in self.radios.items() if r is watched)
            if kind in (QEvent.Type.Enter, QEvent.Type.FocusIn):
                self._describe(value)
            elif kind in (QEvent.Type.Leave, QEvent.Type.FocusOut):
                self._describe(self.level())
            elif kind == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                text = event.text()
                plain = not event.modifiers() & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                )
                if plain and text.isdigit() and int(text) in self.radios:
                    radio = self.radios[int(text)]
                    radio.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not radio.isChecked():
                        radio.click()
                    return True
        return super().eventFilter(watched, event)


class SharesEditor(QWidget):
    """Who carries the situation now: self and network are chosen, professionals is
    what remains, so the three always total 100 %."""

    edited = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.own = self._spin(self.tr("Aandeel zelf, in procenten"))
        self.network = self._spin(self.tr("Aandeel netwerk, in procenten"))
        own_label = QLabel(self.tr("Zel&f"), self)
        own_label.setBuddy(self.own)
        network_label = QLabel(self.tr("&Netwerk"), self)
        network_label.setBuddy(self.network)
        self.professional = QLabel(self)
        self.professional.setTextFormat(Qt.TextFormat.PlainText)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setFont(scaled_font(self.total, 1.0, bold=True))
        self.clear_button = QPushButton(self.tr("Leeg&maken"), self)
        self.clear_button.setAccessibleName(self.tr("Verdeling leegmaken"))
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(own_label, 0, 0)
        layout.addWidget(self.own, 0, 1)
        layout.addWidget(QLabel("+", self), 0, 2)
        layout.addWidget(network_label, 0, 3)
        layout.addWidget(self.network, 0, 4)
        layout.addWidget(self.professional, 1, 0, 1, 3)
        layout.addWidget(self.total, 1, 3, 1, 2)
        layout.addWidget(self.clear_button, 1, 5)
        layout.setColumnStretch(6, 1)
        self._updating = False
        self._show_totals()

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(-1, 100)
        spin.setSingleStep(10)
        spin.setSuffix(" %")
        spin.setSpecialValueText("–")
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._changed)
        return spin

    def value(self) -> tuple[int | None, int | None, int | None]:
        own, network = self.own.value(), self.network.value()
        if own < 0 and network < 0:
            return (None, None, None)
        own = max(own, 0)
        network = min(max(network, 0), 100 - own)
        return (own, network, 100 - own - network)

    def set_value(self, shares: tuple[int | None, int | None, int | None]) -> None:
        self._updating = True
        try:
            own, network, _ = shares
            self.own.setValue(-1 if own is None else own)
            self.network.setValue(-1 if network is None else network)
        finally:
            self._updating = False
        self._show_totals()

    def _changed(self) -> None:
        self._show_totals()
        if not self._updating:
            self.edited.emit()

    def _clear(self) -> None:
        self.set_value((None, None, None))
        self.edited.emit()

    def _show_totals(self) -> None:
        own, network, professional = self.value()
        if professional is None:
            self.professional.setText(self.tr("Professionals: –"))
            self.total.setText(self.tr("nog niet verdeeld"))
        else:
            self.professional.setText(
                self.tr("Professionals: {value} %").format(value=professional)
            )
            self.total.setText(
                self.tr("= samen {total} %").format(total=own + network + professional)  # type: ignore[operator]
            )


class DomainForm(QWidget):
    """Everything about one domain: chosen or not, both levels, the texts, the shares."""

    def __init__(self, book: DomainBook, context: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.book = book
        self.context = context
        self.autosave = context.autosave
        self.domain_key = book.domains[0].key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)

        self.position = wrapped_label("", self)
        self.name = heading("", self, 1.3)
        self.about = wrapped_label("", self)
        self.question = wrapped_label("", self)
        question_font = scaled_font(self.question, 1.1)
        question_font.setItalic(True)
        self.question.setFont(question_font)
        for widget in (self.position, self.name, self.about, self.question):
            layout.addWidget(widget)

        # What earlier conversations said: read-only, never copied into this one.
        self.previous_box = QFrame(self)
        self.previous_box.setObjectName("previousScores")
        self.previous_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous_box.setStyleSheet(
            "QFrame#previousScores { background: #F2F2F2; border: 1px dashed #777777;"
            " border-radius: 4px; } QFrame#previousScores QLabel { color: #1A1A1A; }"
        )
        previous_layout = QVBoxLayout(self.previous_box)
        previous_layout.setContentsMargins(8, 6, 8, 6)
        self.previous_title = heading("", self.previous_box, 1.0)
        self.previous_text = text_label("", self.previous_box)
        previous_layout.addWidget(self.previous_title)
        previous_layout.addWidget(self.previous_text)
        layout.addWidget(self.previous_box)

        self.discuss = QCheckBox(self.tr("Dit leefgebied &bespreken"), self)
        self.discuss.setAccessibleName(self.tr("Dit leefgebied bespreken"))
        self.discuss.clicked.connect(self.set_discussed)
        layout.addWidget(self.discuss)
        self.cleared = MessageBar("info", self)
        self.undo_clear_button = self.cleared.add_button(
            self.tr("Ongedaan ma&ken"), self.tr("Wissen ongedaan maken")
        )
        self.undo_clear_button.clicked.connect(self._undo_clear)
        self.cleared.hide()
        layout.addWidget(self.cleared)

        # Two panels, one shown: chosen (levels, texts, shares) or not (the reason).
        # Hidden widgets take no room, so the form scrolls only when it must.

        # Chosen: both levels, the texts and the shares.
        chosen = QWidget(self)
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        levels = QHBoxLayout()
        self.choosers = {
            CITIZEN: LevelChooser(
                self.tr("Zo ziet de &inwoner het"), CITIZEN, book.instrument, chosen
            ),
            PROFESSIONAL: LevelChooser(
                self.tr("Zo ziet de p&rofessional het"), PROFESSIONAL, book.instrument, chosen
            ),
        }
        for perspective, chooser in self.choosers.items():
            levels.addWidget(chooser, 1)
            chooser.chosen.connect(
                lambda value, p=perspective: self.book.set_level(p, self.domain_key, value)
            )
        chosen_layout.addLayout(levels)
        self.difference = MessageBar("difference", chosen)
        self.difference.label.setFont(scaled_font(self.difference.label, 1.05, bold=True))
        # Its room is kept while the levels agree: choosing a level then moves none of
        # the texts under it (where the worker types next).
        self.difference.reserve(2)
        chosen_layout.addWidget(self.difference)

        texts = QGridLayout()
        self.text_boxes: dict[str, QPlainTextEdit] = {}
        self.text_bindings: list[Binding] = []
        for row, (field, label_text, name, undo) in enumerate(
            (
                (
                    "situation",
                    self.tr("&Situatie (de afgelopen maand)"),
                    self.tr("Situatie"),
                    self.tr("Situatie wijzigen"),
                ),
                (
                    "strengths",
                    self.tr("Wat gaat &goed"),
                    self.tr("Wat gaat goed"),
                    self.tr("Wat goed gaat wijzigen"),
                ),
                ("concerns", self.tr("&Zorg"), self.tr("Zorg"), self.tr("Zorg wijzigen")),
            )
        ):
            label = QLabel(label_text, chosen)
            box = text_box(chosen, name, lines=2)
            label.setBuddy(box)
            texts.addWidget(label, 2 * row, 0)
            texts.addWidget(box, 2 * row + 1, 0)
            self.text_boxes[field] = box
            binding = score_binding(
                self.autosave,
                box,
                lambda: (PROFESSIONAL, self.domain_key, self.book.sheet),
                field,
                text=undo,
                read=box.toPlainText,
                show=box.setPlainText,
                where=lambda: (Page.DOMAINS, self.domain_key, self.book.sheet),
                delay_ms=TYPING_DELAY_MS,
                default="",
            )
            box.textChanged.connect(binding.changed)
            self.text_bindings.append(binding)
        # These three texts print on the citizen's pages of the plan (issue 13): say so
        # where they are typed, so that they are written to the citizen.
        for_the_plan = QLabel(
            self.tr(
                "Deze drie teksten komen in het plan dat de inwoner meekrijgt. Schrijf ze "
                "voor de inwoner: met u en in gewone woorden."
            ),
            chosen,
        )
        for_the_plan.setObjectName("for_the_plan")
        for_the_plan.setWordWrap(True)
        texts.addWidget(for_the_plan, 6, 0)
        chosen_layout.addLayout(texts)

        shares_box = QGroupBox(self.tr("Wie draagt de situatie nu? (samen 100 %)"), chosen)
        shares_layout = QVBoxLayout(shares_box)
        self.shares = SharesEditor(shares_box)
        shares_layout.addWidget(self.shares)
        chosen_layout.addWidget(shares_box)
        self.shares_binding = Binding(
            self.autosave,
            self.shares.own,
            text=self.tr("Verdeling wijzigen"),
            read=self.shares.value,
            show=self.shares.set_value,
            stored=lambda: self.book.shares(self.domain_key),
            values=lambda shares: self.book.shares_values(self.domain_key, shares),
            keys=lambda: (score_key(PROFESSIONAL, self.domain_key, self.book.sheet),),
            where=lambda: (Page.DOMAINS, self.domain_key, self.book.sheet),
            delay_ms=TYPING_DELAY_MS,
        )
        self.shares.network.installEventFilter(self.shares_binding)
        self.shares.edited.connect(self.shares_binding.changed)
        layout.addWidget(chosen)

        # Not chosen: why not.
        other = QWidget(self)
        other_layout = QVBoxLayout(other)
        other_layout.setContentsMargins(0, 0, 0, 0)
        other_layout.addWidget(
            wrapped_label(
                self.tr(
                    "Dit leefgebied wordt niet besproken of is niet nodig. Er wordt dan niets "
                    "over vastgelegd, alleen de reden. Kies of schrijf kort waarom."
                ),
                other,
            )
        )
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("&Reden"), other)
        self.reason = QComboBox(other)
        self.reason.setEditable(True)
        unlimited(self.reason)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("Reden waarom dit leefgebied niet besproken wordt"))
        self.reason.addItems(common_reasons())
        self.reason.setCurrentIndex(-1)
        reason_edit = self.reason.lineEdit()
        assert reason_edit is not None
        reason_edit.setPlaceholderText(self.tr("kies of schrijf een reden"))
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        other_layout.addLayout(reason_row)
        self.reason_binding = Binding(
            self.autosave,
            self.reason,
            text=self.tr("Reden niet besproken"),
            read=lambda: self.reason.currentText().strip(),
            show=self._show_reason,
            stored=lambda: self.book.reason(self.domain_key),
            values=lambda reason: self.book.reason_values([self.domain_key], reason),
            keys=lambda: tuple(
                score_key(p, self.domain_key, self.book.sheet) for p in PERSPECTIVES
            ),
            where=lambda: (Page.DOMAINS, self.domain_key, self.book.sheet),
            delay_ms=TYPING_DELAY_MS,
        )
        self.reason.currentTextChanged.connect(self.reason_binding.changed)
        self.reason.activated.connect(self.reason_binding.changed_now)
        self.all_button = QPushButton(
            self.tr("Geef deze reden ook aan alle leefgebieden zo&nder reden"), other
        )
        self.all_button.setAccessibleName(
            self.tr("Geef deze reden ook aan alle leefgebieden die nog geen reden hebben")
        )
        self.all_button.clicked.connect(self._reason_for_all)
        other_layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        other_layout.addStretch(1)
        layout.addWidget(other)
        layout.addStretch(1)
        self.chosen_panel, self.other_panel = chosen, other

        book.changed.connect(self._domain_changed)
        self.set_domain(self.domain_key)

    @property
    def bindings(self) -> list[Binding]:
        return [*self.text_bindings, self.shares_binding, self.reason_binding]

    def set_domain(self, key: str) -> None:
        for binding in self.bindings:
            binding.end_session()  # what was typed belongs to the old domain
        self.domain_key = key
        domain = self.book.domain(key)
        index = [d.key for d in self.book.domains].index(key)
        self.position.setText(
            self.tr("Leefgebied {n} van {total}").format(n=index + 1, total=len(self.book.domains))
        )
        self.name.setText(domain.citizen_name)
        self.about.setText(f"{domain.name}: {domain.description}")
        self.question.setText(domain.citizen_question)
        for chooser in self.choosers.values():
            chooser.set_domain(domain)
        self.cleared.hide()
        for binding in self.bindings:
            binding.refresh(force=True)
        self.refresh()

    def _show_reason(self, reason: str) -> None:
        index = self.reason.findText(reason)
        if index >= 0:
            self.reason.setCurrentIndex(index)
        else:
            self.reason.setCurrentIndex(-1)
            self.reason.setEditText(reason)

    def _domain_changed(self, key: str) -> None:
        if key == self.domain_key:
            self.refresh()

    def refresh(self) -> None:
        key = self.domain_key
        self._show_previous()
        state = self.book.state(key)
        relevant = state is DomainState.RELEVANT
        self.discuss.setChecked(relevant)
        self.chosen_panel.setVisible(relevant)
        if relevant:
            self.cleared.hide()
        self.other_panel.setVisible(not relevant)
        for perspective, chooser in self.choosers.items():
            chooser.set_level(self.book.level(perspective, key))
        if self.book.differs(key):
            citizen, professional = (self.book.level(p, key) for p in PERSPECTIVES)
            assert citizen is not None and professional is not None
            labels = (
                self.book.level_label(CITIZEN, citizen),
                self.book.level_label(PROFESSIONAL, professional),
            )
            if all(labels):
                text = self.tr(
                    "≠  Bespreekpunt: u ziet dit anders. Inwoner: {c} ({cl}). "
                    "Professional: {p} ({pl})."
                ).format(c=citizen, cl=labels[0], p=professional, pl=labels[1])
            else:  # a number scale: the numbers (with a label where an end has one)
                text = self.tr(
                    "≠  Bespreekpunt: u ziet dit anders. Inwoner: {c}. Professional: {p}."
                ).format(
                    c=self.book.level_text(CITIZEN, citizen),
                    p=self.book.level_text(PROFESSIONAL, professional),
                )
            self.difference.set_text(text)
        else:
            self.difference.set_text("")

    def _show_previous(self) -> None:
        """The scores and texts of the last conversation(s) before this one."""
        key = self.domain_key
        found = self.book.previous(key)
        self.previous_box.setVisible(bool(found))
        if not found:
            self.previous_title.setText("")
            self.previous_text.setText("")
            return
        newest = self.book.previous_date(key)
        self.previous_title.setText(
            self.tr("Vorige keer ({date}) · alleen om te lezen").format(
                date=format_date(newest, weekday=False)
            )
        )
        lines = []
        for perspective in PERSPECTIVES:
            given = found.get(perspective)
            if given is None:
                continue
            who = self.tr("Inwoner") if perspective is CITIZEN else self.tr("Professional")
            level = given.level
            text = (
                self.tr("geen cijfer")
                if level is None
                else self.book.level_text(perspective, level)
            )
            notes = []
            if given.date != newest:
                notes.append(format_date(given.date, weekday=False))
            if given.source is AssessmentSource.AT_HOME:
                notes.append(self.tr("thuis ingevuld"))
            if notes:
                text += f" ({', '.join(notes)})"
            lines.append(self.tr("{who}: {level}").format(who=who, level=text))
        texts = found.get(PROFESSIONAL) or found.get(CITIZEN)
        assert texts is not None
        for field, label in (
            ("situation", self.tr("Situatie")),
            ("strengths", self.tr("Wat ging goed")),
            ("concerns", self.tr("Zorg")),
        ):
            value = str(getattr(texts.score, field) or "").strip()
            if value:
                lines.append(f"{label}: {value}")
        self.previous_text.setText("\n".join(lines))

    def set_discussed(self, checked: bool) -> None:
        key = self.domain_key
        had_content = any(
            s is not None
            and (
                s.level is not None
                or s.situation
                or s.strengths
                or s.concerns
                or s.share_self is not None
            )
            for s in (self.book.score(p, key) for p in PERSPECTIVES)
        )
        for binding in self.bindings:
            binding.end_session()
        if not self.book.set_relevant(key, checked):
            self.refresh()
            return
        if not checked and had_content:
            self.cleared.set_text(
                self.tr(
                    "De niveaus en teksten van {domain} zijn gewist: er wordt niets over "
                    "vastgelegd. Was dat niet de bedoeling? Maak het ongedaan."
                ).format(domain=self.book.domain(key).citizen_name)
            )
        else:
            self.cleared.hide()

    def _undo_clear(self) -> None:
        self.autosave.flush()
        self.autosave.undo_stack.undo()
        self.cleared.hide()
        self.discuss.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_for_all(self) -> None:
        self.reason_binding.flush()
        reason = self.reason.currentText().strip() or self.book.reason(self.domain_key)
        if not reason:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        targets = [self.domain_key] + [
            d.key for d in self.book.missing_reason() if d.key != self.domain_key
        ]
        self.book.set_reason(targets, reason)

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()


# -- the compact table --------------------------------------------------------------


__all__ = ["DomainForm", "LevelChooser", "SharesEditor"]
