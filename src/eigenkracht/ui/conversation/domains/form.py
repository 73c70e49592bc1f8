"""The life domains step: choose, score from both sides, explain what is not discussed.

Storage (one row per domain in each at-table assessment):

- a domain is *relevant* when one of its two scores is stored and not marked
  not-discussed; *not discussed* when its scores are marked so (with the reason, in
  both); *not yet chosen* when nothing is stored (the AP 2018 finding: record scores
  only where relevant, so nothing is stored for a domain until it is chosen);
- the citizen's level is kept in the citizen's assessment, the professional's level
  in the professional's, never one overwriting the other;
- what is written at the table (situation, what goes well, concern) and the share
  carried by self / network / professionals belong to the conversation and are kept
  with the professional's score.

`DomainBook` turns each user action into one stored edit (both perspectives in one
transaction); the detailed form, the compact table and the radar observe it.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import DomainScore, Perspective
from eigenkracht.ui.conversation.binding import (
    TYPING_DELAY_MS,
    Autosave,
    Binding,
    Values,
    score_binding,
    score_key,
)
from eigenkracht.ui.conversation.pages import (
    Context,
    ConversationPage,
    MessageBar,
    Page,
    heading,
    plain_label,
    scaled_font,
    text_box,
)
from eigenkracht.ui.conversation.radar_canvas import RadarCanvas
from eigenkracht.ui.widgets.plain import plain_line, plain_tooltip, unlimited

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Domain, Instrument

CITIZEN = Perspective.CITIZEN
PROFESSIONAL = Perspective.PROFESSIONAL
PERSPECTIVES = (CITIZEN, PROFESSIONAL)


def common_reasons() -> list[str]:
    """Usual reasons why a domain is not discussed (free text is allowed too)."""
    translate = QCoreApplication.translate
    return [
        translate("DomainsPage", "Geen vraag of zorg op dit gebied"),
        translate("DomainsPage", "De inwoner wil dit nu niet bespreken"),
        translate("DomainsPage", "Niet van toepassing (bijvoorbeeld pensioen)"),
        translate("DomainsPage", "Komt in een volgend gesprek aan bod"),
        translate("DomainsPage", "Al in beeld bij een andere hulpverlener"),
    ]


class DomainState(Enum):
    UNDECIDED = "nog kiezen"
    RELEVANT = "besproken"
    NOT_DISCUSSED = "niet besproken"


class DomainBook(QObject):
    """The domain scores of both perspectives, read from and edited through Autosave."""

    changed = Signal(str)  # a domain key

    def __init__(self, autosave: Autosave, instrument: Instrument, parent: QObject | None = None):
        super().__init__(parent)
        self.autosave = autosave
        self.instrument = instrument
        self.domains = instrument.domains
        autosave.valueChanged.connect(self._value_changed)

    def _value_changed(self, key: Any) -> None:
        if key[0] == "score":
            self.changed.emit(key[2])

    # -- reading --------------------------------------------------------------

    def score(self, perspective: Perspective, domain: str) -> DomainScore | None:
        return self.autosave.score(perspective, domain)

    def state(self, domain: str) -> DomainState:
        scores = [self.score(p, domain) for p in PERSPECTIVES]
        if any(s is not None and not s.not_discussed for s in scores):
            return DomainState.RELEVANT
        if any(s is not None for s in scores):
            return DomainState.NOT_DISCUSSED
        return DomainState.UNDECIDED

    def level(self, perspective: Perspective, domain: str) -> int | None:
        score = self.score(perspective, domain)
        return score.level if score is not None else None

    def reason(self, domain: str) -> str:
        for perspective in (PROFESSIONAL, CITIZEN):
            score = self.score(perspective, domain)
            if score is not None and score.reason:
                return score.reason
        return ""

    def differs(self, domain: str) -> bool:
        citizen, professional = (self.level(p, domain) for p in PERSPECTIVES)
        return citizen is not None and professional is not None and citizen != professional

    def relevant(self) -> list[Domain]:
        return [d for d in self.domains if self.state(d.key) is DomainState.RELEVANT]

    def missing_reason(self) -> list[Domain]:
        """Domains neither chosen nor explained: the step is not finished."""
        return [
            d
            for d in self.domains
            if self.state(d.key) is not DomainState.RELEVANT and not self.reason(d.key).strip()
        ]

    def level_label(self, perspective: Perspective, level: int | None) -> str:
        if level is None:
            return ""
        try:
            found = self.instrument.scale.level(level)
        except KeyError:
            return str(level)
        return found.citizen_label if perspective is CITIZEN else found.label

    def domain(self, key: str) -> Domain:
        return self.instrument.domain(key)

    # -- editing --------------------------------------------------------------

    def _rows(self, domain: str) -> dict[Perspective, DomainScore]:
        return {p: self.score(p, domain) or DomainScore(domain=domain) for p in PERSPECTIVES}

    def _discussed_rows(self, domain: str) -> dict[Perspective, DomainScore]:
        return {
            p: replace(row, not_discussed=False, reason="") for p, row in self._rows(domain).items()
        }

    def _values(self, rows: dict[tuple[Perspective, str], DomainScore | None]) -> Values:
        return {score_key(p, d): row for (p, d), row in rows.items()}

    def _edit(self, values: Values, text: str, domain: str | None) -> bool:
        return self.autosave.edit(values, text, where=(Page.DOMAINS, domain))

    def relevant_values(self, domain: str, relevant: bool) -> Values:
        if relevant:
            rows = self._discussed_rows(domain)
        else:  # not discussed: keep nothing but the reason (privacy)
            reason = self.reason(domain)
            rows = {
                p: DomainScore(domain=domain, not_discussed=True, reason=reason)
                for p in PERSPECTIVES
            }
        return self._values({(p, domain): row for p, row in rows.items()})

    def set_relevant(self, domain: str, relevant: bool) -> bool:
        name = self.domain(domain).citizen_name
        text = (
            self.tr("{domain} bespreken") if relevant else self.tr("{domain} niet bespreken")
        ).format(domain=name)
        return self._edit(self.relevant_values(domain, relevant), text, domain)

    def set_level(self, perspective: Perspective, domain: str, level: int | None) -> bool:
        if self.state(domain) is DomainState.RELEVANT:
            rows = self._rows(domain)
        else:
            rows = self._discussed_rows(domain)
        rows[perspective] = replace(rows[perspective], level=level, not_discussed=False)
        who = self.tr("inwoner") if perspective is CITIZEN else self.tr("professional")
        text = self.tr("Niveau {domain} ({who})").format(
            domain=self.domain(domain).citizen_name, who=who
        )
        return self._edit(self._values({(p, domain): r for p, r in rows.items()}), text, domain)

    def reason_values(self, domains: list[str], reason: str) -> Values:
        rows: dict[tuple[Perspective, str], DomainScore | None] = {}
        for domain in domains:
            if self.state(domain) is DomainState.RELEVANT:
                continue
            for p in PERSPECTIVES:
                rows[(p, domain)] = DomainScore(domain=domain, not_discussed=True, reason=reason)
        return self._values(rows)

    def set_reason(self, domains: list[str], reason: str) -> bool:
        where = domains[0] if len(domains) == 1 else None
        return self._edit(
            self.reason_values(domains, reason), self.tr("Reden niet besproken"), where
        )

    def shares(self, domain: str) -> tuple[int | None, int | None, int | None]:
        row = self.score(PROFESSIONAL, domain)
        if row is None:
            return (None, None, None)
        return (row.share_self, row.share_network, row.share_professional)

    def shares_values(
        self, domain: str, shares: tuple[int | None, int | None, int | None]
    ) -> Values:
        relevant = self.state(domain) is DomainState.RELEVANT
        rows = self._rows(domain) if relevant else self._discussed_rows(domain)
        own, network, professional = shares
        rows[PROFESSIONAL] = replace(
            rows[PROFESSIONAL],
            share_self=own,
            share_network=network,
            share_professional=professional,
        )
        if relevant:
            rows = {PROFESSIONAL: rows[PROFESSIONAL]}
        return self._values({(p, domain): r for p, r in rows.items()})


# -- the detailed form ------------------------------------------------------------


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
        for level in instrument.scale.levels:
            label = level.citizen_label if perspective is CITIZEN else level.label
            radio = QRadioButton(f"{level.value}   {label}", self)
            radio.setAccessibleName(
                self.tr("{who}: niveau {value}, {label}").format(
                    who=who, value=level.value, label=label
                )
            )
            radio.installEventFilter(self)
            self.group.addButton(radio, level.value)
            self.radios[level.value] = radio
            layout.addWidget(radio)
        self.description = QLabel(self)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setFrameShape(QFrame.Shape.StyledPanel)
        self.description.setMargin(6)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.description)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def set_domain(self, domain: Domain) -> None:
        self.domain = domain
        for value, radio in self.radios.items():
            radio.setToolTip(plain_tooltip(self._text(value)))
        self._describe(self.level())

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
            return ""
        texts = self.domain.level_text(value)
        return texts.citizen if self.perspective is CITIZEN else texts.professional

    def _describe(self, value: int | None) -> None:
        if value is None:
            self.description.setText(
                self.tr("Kies het niveau dat het best past. Hier staat dan wat het betekent.")
            )
            return
        radio = self.radios.get(value)
        title = radio.text().replace("   ", " – ", 1) if radio is not None else str(value)
        self.description.setText(f"{title}\n{self._text(value)}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
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

        self.position = plain_label("", self)
        self.name = heading("", self, 1.3)
        self.about = plain_label("", self)
        self.question = plain_label("", self)
        question_font = scaled_font(self.question, 1.1)
        question_font.setItalic(True)
        self.question.setFont(question_font)
        for widget in (self.position, self.name, self.about, self.question):
            layout.addWidget(widget)

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
                lambda: (PROFESSIONAL, self.domain_key),
                field,
                text=undo,
                read=box.toPlainText,
                show=box.setPlainText,
                where=lambda: (Page.DOMAINS, self.domain_key),
                delay_ms=TYPING_DELAY_MS,
                default="",
            )
            box.textChanged.connect(binding.changed)
            self.text_bindings.append(binding)
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
            keys=lambda: (score_key(PROFESSIONAL, self.domain_key),),
            where=lambda: (Page.DOMAINS, self.domain_key),
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
            plain_label(
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
            keys=lambda: tuple(score_key(p, self.domain_key) for p in PERSPECTIVES),
            where=lambda: (Page.DOMAINS, self.domain_key),
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
            self.difference.set_text(
                self.tr(
                    "≠  Bespreekpunt: u ziet dit anders. Inwoner: {c} ({cl}). "
                    "Professional: {p} ({pl})."
                ).format(
                    c=citizen,
                    cl=self.book.level_label(CITIZEN, citizen),
                    p=professional,
                    pl=self.book.level_label(PROFESSIONAL, professional),
                )
            )
        else:
            self.difference.set_text("")

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


class Column:
    DOMAIN = 0
    DISCUSSED = 1
    CITIZEN = 2
    PROFESSIONAL = 3
    DIFFERENCE = 4
    REASON = 5
    COUNT = 6


class DomainTableModel(QAbstractTableModel):
    """All domains in one table: chosen or not, both levels, differences."""

    def __init__(self, book: DomainBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.keys = [d.key for d in book.domains]
        self.difference_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxQuestion
        )
        book.changed.connect(self._domain_changed)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Leefgebied"),
            self.tr("Besproken"),
            self.tr("Inwoner"),
            self.tr("Professional"),
            self.tr("Bespreekpunt"),
            self.tr("Reden niet besproken"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.DISCUSSED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key = self.keys[index.row()]
        column = index.column()
        book = self.book
        state = book.state(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == Column.DOMAIN:
                return book.domain(key).citizen_name
            if column == Column.DISCUSSED:
                if state is DomainState.RELEVANT:
                    return self.tr("ja")
                if state is DomainState.NOT_DISCUSSED:
                    return self.tr("nee")
                return self.tr("nog kiezen")
            if column == Column.REASON:
                if state is DomainState.RELEVANT:
                    return ""
                return plain_line(book.reason(key)) or self.tr("(reden ontbreekt)")
            if column in (Column.CITIZEN, Column.PROFESSIONAL):
                perspective = CITIZEN if column == Column.CITIZEN else PROFESSIONAL
                level = book.level(perspective, key)
                if level is None:
                    return "–"
                return f"{level} – {book.level_label(perspective, level)}"
            if column == Column.DIFFERENCE:
                return self.tr("≠ u ziet dit anders") if book.differs(key) else ""
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DIFFERENCE:
            if book.differs(key):
                return self.difference_icon
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISCUSSED:
            return (
                Qt.CheckState.Checked if state is DomainState.RELEVANT else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            domain = book.domain(key)
            if column == Column.DOMAIN:
                return plain_tooltip(f"{domain.name}: {domain.description}")
            if column in (Column.CITIZEN, Column.PROFESSIONAL):
                return self.tr("Typ een cijfer om het niveau te kiezen, 0 om het te wissen.")
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        key = self.keys[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISCUSSED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.book.set_relevant(key, checked)
        if role == Qt.ItemDataRole.EditRole and column in (Column.CITIZEN, Column.PROFESSIONAL):
            perspective = CITIZEN if column == Column.CITIZEN else PROFESSIONAL
            level = None if value is None else int(value)
            if level is not None and level not in self.book.instrument.scale:
                return False
            return self.book.set_level(perspective, key, level)
        return False

    def _domain_changed(self, key: str) -> None:
        if key in self.keys:
            row = self.keys.index(key)
            self.dataChanged.emit(self.index(row, 0), self.index(row, Column.COUNT - 1))


class DomainTableView(QTableView):
    """Score quickly with the keyboard: arrows move, a digit sets the level of the
    current cell (0 or Delete clears it), Space chooses or unchooses the domain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setAccessibleName(self.tr("Kolomkoppen"))
        self.verticalHeader().setAccessibleName(self.tr("Rijkoppen"))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        corner = self.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Alles selecteren"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        if index.isValid() and model is not None and plain:
            text = event.text()
            if index.column() in (Column.CITIZEN, Column.PROFESSIONAL):
                if text.isdigit() and text != "0":
                    model.setData(index, int(text), Qt.ItemDataRole.EditRole)
                    event.accept()
                    return
                if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    model.setData(index, None, Qt.ItemDataRole.EditRole)
                    event.accept()
                    return
            if event.key() == Qt.Key.Key_Space:
                cell = index.siblingAtColumn(Column.DISCUSSED)
                checked = model.data(cell, Qt.ItemDataRole.CheckStateRole)
                new = (
                    Qt.CheckState.Unchecked
                    if checked == Qt.CheckState.Checked
                    else Qt.CheckState.Checked
                )
                model.setData(cell, new, Qt.ItemDataRole.CheckStateRole)
                event.accept()
                return
        super().keyPressEvent(event)


# -- the page -------------------------------------------------------------------------


class DomainsPage(ConversationPage):
    page = Page.DOMAINS

    def title(self) -> str:
        return self.tr("Leefgebieden")

    def step_title(self) -> str:
        return self.tr("Leefgebieden")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.book = DomainBook(context.autosave, context.instrument, self)
        self.layout_.addWidget(
            plain_label(
                self.tr(
                    "Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het "
                    "niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen "
                    "vast wat nodig is; bij de andere leefgebieden noteert u waarom niet."
                ),
                self,
            )
        )
        self.layout_.addWidget(self.problem_bar)

        modes = QHBoxLayout()
        self.detail_button = QPushButton(self.tr("&Per leefgebied"), self)
        self.detail_button.setAccessibleName(self.tr("Per leefgebied invullen"))
        self.table_button = QPushButton(self.tr("&Alle leefgebieden in één tabel"), self)
        self.table_button.setAccessibleName(self.tr("Alle leefgebieden in één tabel"))
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate((self.detail_button, self.table_button)):
            button.setCheckable(True)
            self.mode_group.addButton(button, index)
            modes.addWidget(button)
        modes.addStretch(1)
        self.detail_button.setChecked(True)
        self.layout_.addLayout(modes)

        body = QHBoxLayout()
        self.layout_.addLayout(body, 1)
        self.modes = QStackedWidget(self)
        body.addWidget(self.modes, 3)

        # Detailed: the list of domains and the form of one.
        detail = QWidget(self.modes)
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        list_column = QVBoxLayout()
        list_label = QLabel(self.tr("&Leefgebieden"), detail)
        self.domain_list = QListWidget(detail)
        self.domain_list.setAccessibleName(self.tr("Leefgebieden; spatie kiest of bespreken"))
        list_label.setBuddy(self.domain_list)
        list_column.addWidget(list_label)
        list_column.addWidget(self.domain_list, 1)
        detail_layout.addLayout(list_column, 0)
        self.form = DomainForm(self.book, context, detail)
        self.form_scroll = QScrollArea(detail)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        detail_layout.addWidget(self.form_scroll, 1)
        self.modes.addWidget(detail)

        # Compact: all domains in one table.
        self.table_model = DomainTableModel(self.book, self)
        self.table = DomainTableView(self.modes)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(
            self.tr("Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        table_page = QWidget(self.modes)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(
            plain_label(
                self.tr(
                    "Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom "
                    "Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken."
                ),
                table_page,
            )
        )
        table_layout.addWidget(self.table, 1)
        self.modes.addWidget(table_page)
        self.mode_group.idClicked.connect(self.set_mode)

        # The radar of both perspectives.
        radar_panel = QWidget(self)
        radar_panel.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        radar_panel.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 46)
        radar_column = QVBoxLayout(radar_panel)
        radar_column.setContentsMargins(0, 0, 0, 0)
        radar_title = heading(self.tr("Radar: inwoner en professional"), radar_panel, 1.05)
        radar_column.addWidget(radar_title)
        self.radar = RadarCanvas(radar_panel)
        self.radar.setAccessibleName(self.tr("Radar van de gekozen leefgebieden"))
        radar_column.addWidget(self.radar, 1)
        radar_column.addWidget(
            plain_label(
                self.tr("Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best."),
                radar_panel,
            )
        )
        body.addWidget(radar_panel, 1)
        self.radar_panel = radar_panel

        self._fill_list()
        self.domain_list.currentRowChanged.connect(self._row_changed)
        self.domain_list.itemChanged.connect(self._item_changed)
        self.domain_list.setCurrentRow(0)
        self.book.changed.connect(self._domain_changed)
        self._update_radar()

    # -- list ---------------------------------------------------------------------

    def _fill_list(self) -> None:
        self.domain_list.blockSignals(True)
        for domain in self.book.domains:
            item = QListWidgetItem(self.domain_list)
            item.setData(Qt.ItemDataRole.UserRole, domain.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            self._update_item(item)
        self.domain_list.blockSignals(False)
        width = max(
            self.domain_list.sizeHintForColumn(0) + 2 * self.domain_list.frameWidth() + 24,
            self.fontMetrics().horizontalAdvance("M") * 14,
        )
        self.domain_list.setFixedWidth(width)

    def _update_item(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        domain = self.book.domain(key)
        state = self.book.state(key)
        if state is DomainState.RELEVANT:
            levels = [self.book.level(p, key) for p in PERSPECTIVES]
            status = self.tr("inwoner {c} · prof. {p}").format(
                c="–" if levels[0] is None else levels[0],
                p="–" if levels[1] is None else levels[1],
            )
            if self.book.differs(key):
                status += " · ≠"
        elif state is DomainState.NOT_DISCUSSED and self.book.reason(key):
            status = self.tr("niet besproken")
        else:
            status = self.tr("nog kiezen")
        item.setText(f"{domain.citizen_name}\n  {status}")
        item.setToolTip(plain_tooltip(domain.name))
        item.setCheckState(
            Qt.CheckState.Checked if state is DomainState.RELEVANT else Qt.CheckState.Unchecked
        )

    def _item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.domain_list.count()):
            item = self.domain_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.form.set_domain(self.book.domains[row].key)

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked != (self.book.state(key) is DomainState.RELEVANT):
            if self.domain_list.currentItem() is not item:
                self.domain_list.setCurrentItem(item)
            self.form.set_discussed(checked)

    def _domain_changed(self, key: str) -> None:
        item = self._item_for(key)
        if item is not None:
            self.domain_list.blockSignals(True)
            self._update_item(item)
            self.domain_list.blockSignals(False)
        self._update_radar()

    # -- radar --------------------------------------------------------------------

    def _update_radar(self) -> None:
        relevant = self.book.relevant()
        axes = [d.citizen_name for d in relevant]
        series = [
            (
                self.tr("Inwoner") if p is CITIZEN else self.tr("Professional"),
                [self.book.level(p, d.key) for d in relevant],
            )
            for p in PERSPECTIVES
        ]
        scale = self.book.instrument.scale
        self.radar.set_data(axes, series, scale.minimum, scale.maximum)

    # -- protocol -----------------------------------------------------------------

    def set_mode(self, mode: int) -> None:
        self.form.flush()
        self.modes.setCurrentIndex(mode)
        # The table is the radar's alternative and needs the width.
        self.radar_panel.setVisible(mode == 0)
        (self.detail_button if mode == 0 else self.table_button).setChecked(True)
        if mode == 1:
            row = max(self.domain_list.currentRow(), 0)
            self.table.setCurrentIndex(self.table_model.index(row, Column.CITIZEN))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            current = self.table.currentIndex()
            if current.isValid():
                self.domain_list.setCurrentRow(current.row())

    def select_domain(self, key: str) -> None:
        row = [d.key for d in self.book.domains].index(key)
        if self.modes.currentIndex() == 1:
            self.table.setCurrentIndex(self.table_model.index(row, Column.CITIZEN))
        self.domain_list.setCurrentRow(row)

    def navigate_to(self, where: Any) -> None:
        if isinstance(where, tuple) and len(where) > 1 and where[1]:
            self.select_domain(where[1])

    def enter(self) -> None:
        super().enter()
        self.form.refresh()

    def first_focus(self) -> QWidget | None:
        return self.domain_list if self.modes.currentIndex() == 0 else self.table

    def problem(self) -> tuple[str, QWidget | None] | None:
        missing = self.book.missing_reason()
        if not missing:
            return None
        self.set_mode(0)
        self.select_domain(missing[0].key)
        names = ", ".join(d.citizen_name for d in missing)
        return (
            self.tr(
                "Kies bij elk leefgebied of het besproken wordt. Geef anders een reden "
                "waarom niet. Dat ontbreekt nog bij: {names}."
            ).format(names=names),
            self.form.reason,
        )


__all__ = [
    "Column",
    "DomainBook",
    "DomainForm",
    "DomainState",
    "DomainTableModel",
    "DomainTableView",
    "DomainsPage",
    "LevelChooser",
    "SharesEditor",
    "common_reasons",
]
