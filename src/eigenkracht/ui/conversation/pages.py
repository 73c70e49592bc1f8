"""The pages of the guided conversation, except the life domains (domains.py).

Every page follows one protocol (`ConversationPage`): `enter()` shows the stored
data when the page is shown, `problem()` says in Dutch why the conversation cannot
go on yet (and which widget to fix), `first_focus()` is where the keyboard starts.
Nothing is saved on leaving: every edit is stored as it is made (binding.py).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core import process
from eigenkracht.core.model import (
    Case,
    ConversationKind,
    IdDocument,
    Member,
    Perspective,
)
from eigenkracht.ui.conversation.binding import (
    TYPING_DELAY_MS,
    Autosave,
    Binding,
    case_key,
    conversation_key,
    value_binding,
)
from eigenkracht.ui.widgets.dates import qdate
from eigenkracht.ui.widgets.plain import plain, plain_line, unlimited
from eigenkracht.ui.widgets.views import PlainLabel

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument


class Page(IntEnum):
    """The steps of the conversation, in the order of the law: question, life domains,
    own network, then goals (Wmo 2015 art. 2.3.2 lid 4), and the plan they make.

    A conversation stores the NAME of the page it was left on, so a new step may go
    anywhere; the values must stay 0, 1, 2, ... (they are the rows of the step list)."""

    START = 0
    QUESTION = 1
    DOMAINS = 2
    NETWORK = 3
    GOALS = 4
    PLAN = 5
    SUMMARY = 6


@dataclass
class Context:
    """What every page needs: the stored values and what the conversation is about."""

    autosave: Autosave
    instrument: Instrument
    case: Case
    members: list[Member]


# -- shared widgets ---------------------------------------------------------------


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, scaled: sizes follow the user's settings, never pixels."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget, factor: float = 1.35) -> QLabel:
    label = PlainLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def plain_label(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A label that shows any text as plain text (user text included)."""
    label = PlainLabel(text, parent)
    label.setWordWrap(wrap)
    return label


def text_box(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (keyboard users must get out)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 12
    box.setMinimumHeight(height)
    box.setMaximumHeight(height)
    return box


def bind_plain_text(
    autosave: Autosave, box: QPlainTextEdit, key: Any, text: str, where: Any
) -> Binding:
    binding = value_binding(
        autosave,
        box,
        key,
        text=text,
        read=box.toPlainText,
        show=box.setPlainText,
        where=where,
        delay_ms=TYPING_DELAY_MS,
        default="",
    )
    box.textChanged.connect(binding.changed)
    return binding


def bind_line(autosave: Autosave, line: QLineEdit, key: Any, text: str, where: Any) -> Binding:
    unlimited(line)  # a longer stored text must not be cut on its first edit
    binding = value_binding(
        autosave,
        line,
        key,
        text=text,
        read=line.text,
        show=line.setText,
        where=where,
        delay_ms=TYPING_DELAY_MS,
        default="",
    )
    line.textChanged.connect(binding.changed)
    return binding


def bind_check(
    autosave: Autosave, box: QAbstractButton, key: Any, text: str, where: Any
) -> Binding:
    binding = value_binding(
        autosave,
        box,
        key,
        text=text,
        read=box.isChecked,
        show=box.setChecked,
        where=where,
        default=False,
    )
    box.toggled.connect(binding.changed)
    return binding


class MessageBar(QFrame):
    """A message with an icon and words, so colour is never the only carrier."""

    STYLES: ClassVar[dict[str, tuple[str, str, QStyle.StandardPixmap]]] = {
        "problem": ("#FDECEA", "#B3261E", QStyle.StandardPixmap.SP_MessageBoxWarning),
        "info": ("#E8F1FB", "#1F5F99", QStyle.StandardPixmap.SP_MessageBoxInformation),
        "difference": ("#FFF4CE", "#8A6100", QStyle.StandardPixmap.SP_MessageBoxQuestion),
    }

    def __init__(self, kind: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        background, border, pixmap = self.STYLES[kind]
        self.setObjectName(f"messageBar_{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background};"
            f" border: 2px solid {border}; border-radius: 4px; }}"
            f" QFrame#{self.objectName()} QLabel {{ color: #1A1A1A; background: transparent; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() + 6
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        self.label = plain_label(text, self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add_button(self, text: str, name: str) -> QPushButton:
        """A button beside the message (for example: undo what the message reports)."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(button)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class ConversationPage(QWidget):
    """One step. Subclasses build their widgets and override the protocol methods."""

    page: Page

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.autosave = context.autosave
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(self.title(), self)
        self.layout_.addWidget(self.heading)
        self.problem_bar = MessageBar("problem", self)
        self.problem_bar.hide()

    def title(self) -> str:
        raise NotImplementedError

    def step_title(self) -> str:
        """The short name in the list of steps."""
        return self.title()

    def where(self) -> tuple[Page, None]:
        return (self.page, None)

    def enter(self) -> None:
        """The page is shown: show what is stored, forget an old problem."""
        self.show_problem("")

    def problem(self) -> tuple[str, QWidget | None] | None:
        """Why the conversation cannot go on from here yet, or None."""
        return None

    def first_focus(self) -> QWidget | None:
        return None

    def navigate_to(self, where: Any) -> None:
        """Undo or redo changed something on this page (`where` from the command)."""

    def show_problem(self, text: str, widget: QWidget | None = None) -> None:
        self.problem_bar.set_text(text)
        if text and widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


# -- START ----------------------------------------------------------------------


def kind_text(kind: ConversationKind) -> str:
    """The kind of conversation, with its mnemonic (remove '&' for plain text)."""
    translate = QCoreApplication.translate
    return {
        ConversationKind.INTAKE: translate("ConversationKind", "&Intake (eerste gesprek)"),
        ConversationKind.PROGRESS: translate("ConversationKind", "Voortgan&g"),
        ConversationKind.EVALUATION: translate("ConversationKind", "&Evaluatie"),
        ConversationKind.CLOSING: translate("ConversationKind", "&Afsluiting"),
    }[kind]


def document_text(document: IdDocument) -> str:
    translate = QCoreApplication.translate
    return {
        IdDocument.PASSPORT: translate("IdDocument", "Paspoort"),
        IdDocument.ID_CARD: translate("IdDocument", "Identiteitskaart"),
        IdDocument.DRIVING_LICENCE: translate("IdDocument", "Rijbewijs"),
        IdDocument.RESIDENCE_PERMIT: translate("IdDocument", "Verblijfsdocument"),
    }[document]


def other_present() -> list[str]:
    """Suggestions for people at the table who are not in the household."""
    translate = QCoreApplication.translate
    return [
        translate("StartPage", "mantelzorger"),
        translate("StartPage", "tolk"),
        translate("StartPage", "cliëntondersteuner"),
        translate("StartPage", "familielid"),
        translate("StartPage", "buurvrouw of buurman"),
    ]


class OptionalDate(QWidget):
    """A check box and a date: a date that may be unknown (None)."""

    toggled = Signal()  # by the user: store at once
    dateEdited = Signal()  # by the user: store after the typing delay

    def __init__(self, text: str, name: str, default: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text, self)
        self.check.setAccessibleName(name)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setAccessibleName(self.tr("Datum: {name}").format(name=name))
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self._updating = False
        self.check.clicked.connect(self._clicked)
        self.edit.dateChanged.connect(self._date_changed)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        value: dt.date = self.edit.date().toPython()  # type: ignore[assignment]
        return value

    def set_value(self, value: dt.date | None) -> None:
        self._updating = True
        try:
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if value is not None:
                self.edit.setDate(qdate(value))
        finally:
            self._updating = False

    def _clicked(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.toggled.emit()

    def _date_changed(self) -> None:
        if not self._updating:
            self.dateEdited.emit()


def bind_optional_date(
    autosave: Autosave, widget: OptionalDate, key: Any, text: str, where: Any
) -> Binding:
    binding = value_binding(
        autosave,
        widget.edit,  # typing in the date ends when it loses focus
        key,
        text=text,
        read=widget.value,
        show=widget.set_value,
        where=where,
        delay_ms=TYPING_DELAY_MS,
    )
    widget.toggled.connect(binding.changed_now)
    widget.dateEdited.connect(binding.changed)
    return binding


class StartPage(ConversationPage):
    page = Page.START

    def title(self) -> str:
        return self.tr("Start van het gesprek")

    def step_title(self) -> str:
        return self.tr("Start")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        autosave = self.autosave
        where = self.where()
        self.intro = plain_label(
            self.tr("Wie zijn er, waar en wanneer? Alles wordt meteen bewaard."), self
        )
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.problem_bar)
        columns = QHBoxLayout()
        self.layout_.addLayout(columns, 1)

        # The conversation itself.
        talk = QGroupBox(self.tr("Het gesprek"), self)
        form = QFormLayout(talk)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = QWidget(talk)
        kinds_layout = QGridLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ConversationKind, QRadioButton] = {}
        for index, kind in enumerate(ConversationKind):
            button = QRadioButton(kind_text(kind), kinds)
            button.setAccessibleName(self.tr("Soort gesprek: {kind}").format(kind=kind.value))
            self.kind_group.addButton(button, index)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button, index // 2, index % 2)
        form.addRow(plain_label(self.tr("Soort gesprek"), talk), kinds)
        kind_list = list(ConversationKind)

        def show_kind(kind: ConversationKind) -> None:
            self.kind_buttons[ConversationKind(kind)].setChecked(True)

        self.kind_binding = value_binding(
            autosave,
            kinds,
            conversation_key("kind"),
            text=self.tr("Soort gesprek wijzigen"),
            read=lambda: kind_list[max(self.kind_group.checkedId(), 0)],
            show=show_kind,
            where=where,
            default=ConversationKind.INTAKE,
        )
        self.kind_group.idClicked.connect(self.kind_binding.changed)

        self.date_edit = QDateEdit(talk)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Datum van het gesprek"))
        date_label = QLabel(self.tr("&Datum"), talk)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        self.date_binding = value_binding(
            autosave,
            self.date_edit,
            conversation_key("date"),
            text=self.tr("Datum van het gesprek wijzigen"),
            read=lambda: self.date_edit.date().toPython(),
            show=lambda d: self.date_edit.setDate(QDate(d)),
            where=where,
            delay_ms=TYPING_DELAY_MS,
        )
        self.date_edit.dateChanged.connect(self.date_binding.changed)

        self.place_edit = QLineEdit(talk)
        self.place_edit.setAccessibleName(self.tr("Plaats van het gesprek"))
        self.place_edit.setPlaceholderText(self.tr("bijvoorbeeld: bij de inwoner thuis"))
        place_label = QLabel(self.tr("&Plaats"), talk)
        place_label.setBuddy(self.place_edit)
        form.addRow(place_label, self.place_edit)
        self.place_binding = bind_line(
            autosave,
            self.place_edit,
            conversation_key("place"),
            self.tr("Plaats wijzigen"),
            where,
        )

        self.present_list = QListWidget(talk)
        self.present_list.setAccessibleName(self.tr("Wie zijn er bij het gesprek"))
        self.present_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.present_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        present_label = QLabel(self.tr("&Wie zijn erbij?"), talk)
        present_label.setBuddy(self.present_list)
        present_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(present_label, self.present_list)
        self.present_binding = value_binding(
            autosave,
            self.present_list,
            conversation_key("present"),
            text=self.tr("Aanwezigen wijzigen"),
            read=self._present_read,
            show=self._present_show,
            where=where,
            default=[],
        )
        self.present_list.itemChanged.connect(self.present_binding.changed)

        add_row = QWidget(talk)
        add_layout = QHBoxLayout(add_row)
        add_layout.setContentsMargins(0, 0, 0, 0)
        self.other_combo = QComboBox(add_row)
        self.other_combo.setEditable(True)
        unlimited(self.other_combo)
        self.other_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.other_combo.setAccessibleName(self.tr("Ook aanwezig (bijvoorbeeld een tolk)"))
        for item in other_present():
            self.other_combo.addItem(item)
        self.other_combo.setCurrentIndex(-1)
        other_edit = self.other_combo.lineEdit()
        assert other_edit is not None
        other_edit.setPlaceholderText(self.tr("mantelzorger, tolk, …"))
        other_edit.returnPressed.connect(self._add_other)
        other_label = QLabel(self.tr("Ook aa&nwezig"), talk)
        other_label.setBuddy(self.other_combo)
        self.add_button = QPushButton(self.tr("&Toevoegen"), add_row)
        self.add_button.setAccessibleName(self.tr("Aanwezige toevoegen"))
        self.add_button.clicked.connect(self._add_other)
        add_layout.addWidget(self.other_combo, 1)
        add_layout.addWidget(self.add_button)
        form.addRow(other_label, add_row)
        left = QVBoxLayout()
        left.addWidget(talk)
        left.addStretch(1)
        columns.addLayout(left, 1)

        # The melding facts (intake only), kept on the case.
        self.melding = QGroupBox(self.tr("Melding (Wmo)"), self)
        melding_layout = QVBoxLayout(self.melding)
        today = dt.date.today()
        self.melding_date = OptionalDate(
            self.tr("Datum van de &melding:"), self.tr("Datum van de melding"), today, self.melding
        )
        melding_layout.addWidget(self.melding_date)
        self.melding_binding = bind_optional_date(
            autosave,
            self.melding_date,
            case_key("melding_date"),
            self.tr("Datum van de melding wijzigen"),
            where,
        )
        self.deadline_label = plain_label("", self.melding)
        melding_layout.addWidget(self.deadline_label)

        self.plan_offered = QCheckBox(
            self.tr("Persoonlijk plan aange&boden (de inwoner mag zelf een plan schrijven)"),
            self.melding,
        )
        self.plan_offered.setAccessibleName(self.tr("Persoonlijk plan aangeboden"))
        melding_layout.addWidget(self.plan_offered)
        self.plan_offered_binding = bind_check(
            autosave,
            self.plan_offered,
            case_key("persoonlijk_plan_offered"),
            self.tr("Persoonlijk plan aangeboden wijzigen"),
            where,
        )
        self.plan_received = OptionalDate(
            self.tr("Pe&rsoonlijk plan ontvangen op:"),
            self.tr("Persoonlijk plan ontvangen"),
            today,
            self.melding,
        )
        melding_layout.addWidget(self.plan_received)
        self.plan_received_binding = bind_optional_date(
            autosave,
            self.plan_received,
            case_key("persoonlijk_plan_received"),
            self.tr("Persoonlijk plan ontvangen wijzigen"),
            where,
        )
        self.support_offered = QCheckBox(
            self.tr("&Cliëntondersteuning aangeboden (gratis en onafhankelijk)"), self.melding
        )
        self.support_offered.setAccessibleName(self.tr("Cliëntondersteuning aangeboden"))
        melding_layout.addWidget(self.support_offered)
        self.support_binding = bind_check(
            autosave,
            self.support_offered,
            case_key("clientondersteuning_offered"),
            self.tr("Cliëntondersteuning aangeboden wijzigen"),
            where,
        )

        identity = QWidget(self.melding)
        identity_layout = QHBoxLayout(identity)
        identity_layout.setContentsMargins(0, 0, 0, 0)
        self.identity_check = QCheckBox(self.tr("Identiteit gecontro&leerd met:"), identity)
        self.identity_check.setAccessibleName(self.tr("Identiteit gecontroleerd"))
        self.document_combo = QComboBox(identity)
        self.document_combo.setAccessibleName(self.tr("Soort identiteitsbewijs"))
        self.document_combo.setPlaceholderText(self.tr("kies het document"))
        for document in IdDocument:
            self.document_combo.addItem(document_text(document), document.value)
        identity_layout.addWidget(self.identity_check)
        identity_layout.addWidget(self.document_combo, 1)
        melding_layout.addWidget(identity)
        self.identity_binding = Binding(
            autosave,
            self.identity_check,
            text=self.tr("Identiteitscontrole wijzigen"),
            read=self.identity_check.isChecked,
            show=self.identity_check.setChecked,
            stored=lambda: bool(autosave.value(case_key("identity_checked"))),
            values=lambda checked: {
                case_key("identity_checked"): checked,
                case_key("identity_document"): (
                    autosave.value(case_key("identity_document")) if checked else None
                ),
            },
            keys=lambda: (case_key("identity_checked"),),
            where=where,
        )
        self.identity_check.toggled.connect(self.identity_binding.changed)
        self.document_binding = Binding(
            autosave,
            self.document_combo,
            text=self.tr("Identiteitsbewijs wijzigen"),
            read=self._document_read,
            show=self._document_show,
            stored=lambda: autosave.value(case_key("identity_document")),
            values=lambda document: {case_key("identity_document"): document},
            keys=lambda: (case_key("identity_document"),),
            where=where,
        )
        self.document_combo.currentIndexChanged.connect(self.document_binding.changed)
        self.id_note = MessageBar(
            "info",
            self.melding,
            self.tr(
                "Maak geen kopie van het identiteitsbewijs. Noteer alleen dat het is "
                "gecontroleerd en met welk soort document."
            ),
        )
        melding_layout.addWidget(self.id_note)
        melding_layout.addStretch(1)
        self.not_intake = plain_label(
            self.tr("De gegevens van de melding horen bij het intakegesprek."), self
        )
        right = QVBoxLayout()
        right.addWidget(self.melding)
        right.addWidget(self.not_intake)
        right.addStretch(1)
        columns.addLayout(right, 1)

        autosave.valueChanged.connect(self._value_changed)
        self._update_enabled()

    # -- present ----------------------------------------------------------------

    def _present_read(self) -> list[str]:
        names = []
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def _present_show(self, present: list[str]) -> None:
        self.present_list.clear()
        member_names = [m.name for m in self.context.members]
        for member in self.context.members:
            text = f"{member.name} ({member.role})" if member.role else member.name
            self._present_item(text, member.name, member.name in present)
        for name in present:
            if name not in member_names:
                self._present_item(name, name, True)

    def _present_item(self, text: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(plain_line(text), self.present_list)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _add_other(self) -> None:
        name = " ".join(self.other_combo.currentText().split())
        if not name:
            self.other_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        present = list(self.autosave.value(conversation_key("present")) or [])
        if name not in present:
            self.autosave.edit(
                {conversation_key("present"): [*present, name]},
                self.tr("Aanwezige toevoegen"),
                where=self.where(),
            )
        self.other_combo.setCurrentIndex(-1)
        self.other_combo.clearEditText()

    # -- identity -------------------------------------------------------------

    def _document_read(self) -> IdDocument | None:
        data = self.document_combo.currentData()
        return IdDocument(data) if data else None

    def _document_show(self, document: IdDocument | None) -> None:
        if document is None:
            self.document_combo.setCurrentIndex(-1)
        else:
            self.document_combo.setCurrentIndex(self.document_combo.findData(document.value))

    # -- state ------------------------------------------------------------------

    def _value_changed(self, key: Any) -> None:
        if key in (
            conversation_key("kind"),
            case_key("identity_checked"),
            case_key("melding_date"),
            case_key("persoonlijk_plan_received"),
        ):
            self._update_enabled()

    def _update_enabled(self) -> None:
        intake = self.autosave.value(conversation_key("kind")) is ConversationKind.INTAKE
        self.melding.setVisible(intake)
        self.not_intake.setVisible(not intake)
        self.document_combo.setEnabled(bool(self.autosave.value(case_key("identity_checked"))))
        melding = self.autosave.value(case_key("melding_date"))
        if melding is None:
            self.deadline_label.setText(
                self.tr("De wettelijke termijnen tellen vanaf de datum van de melding.")
            )
            return
        locale = QLocale()
        plan = process.statutory_end(melding, dt.timedelta(days=process.PERSOONLIJK_PLAN_DAYS))
        verslag = process.statutory_end(melding, dt.timedelta(weeks=process.VERSLAG_WEEKS))
        self.deadline_label.setText(
            self.tr(
                "Persoonlijk plan inleveren kan tot en met {plan}. "
                "Het verslag moet uiterlijk {verslag} bij de inwoner zijn."
            ).format(
                plan=locale.toString(qdate(plan), "d MMMM yyyy"),
                verslag=locale.toString(qdate(verslag), "d MMMM yyyy"),
            )
        )

    def enter(self) -> None:
        super().enter()
        self._update_enabled()

    def first_focus(self) -> QWidget | None:
        checked = self.kind_group.checkedButton()
        return checked or self.kind_buttons[ConversationKind.INTAKE]

    def problem(self) -> tuple[str, QWidget | None] | None:
        value = self.autosave.value
        if not value(conversation_key("present")):
            return self.tr("Kruis aan wie er bij het gesprek zijn."), self.present_list
        if value(conversation_key("kind")) is ConversationKind.INTAKE:
            if value(case_key("melding_date")) is None:
                return (
                    self.tr(
                        "Vul de datum van de melding in. De wettelijke termijnen tellen vanaf "
                        "die dag."
                    ),
                    self.melding_date.check,
                )
            if value(case_key("identity_checked")) and value(case_key("identity_document")) is None:
                return (
                    self.tr("Kies met welk soort document de identiteit is gecontroleerd."),
                    self.document_combo,
                )
        return None


# -- QUESTION -----------------------------------------------------------------------


class WellbeingScale(QWidget):
    """Eleven big toggle buttons 0-10 with the ends labelled. Tab reaches one button
    (the chosen one); arrow keys, Home, End and the digits choose."""

    chosen = Signal(int)  # by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        size = self.fontMetrics().height() * 2 + 8
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFont(scaled_font(button, 1.3, bold=True))
            button.setMinimumSize(size, size)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Cijfer {value} van 10").format(value=value))
            button.installEventFilter(self)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button, 0, value)
        low = plain_label(self.tr("0 = heel ontevreden"), self)
        high = plain_label(self.tr("10 = heel tevreden"), self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(low, 1, 0, 1, 5)
        layout.addWidget(high, 1, 6, 1, 5)
        # The chosen number must stand out, and so must the keyboard focus.
        self.setStyleSheet(
            "QPushButton { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(button); color: palette(button-text); padding: 4px; }"
            " QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border: 2px solid palette(shadow); }"
            " QPushButton:focus { border: 3px solid palette(highlight); }"
            " QPushButton:checked:focus { border: 3px solid palette(shadow); }"
        )
        self.group.idClicked.connect(self._clicked)
        self._update_focus_policy()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._update_focus_policy()

    def focus_button(self) -> QPushButton:
        value = self.value()
        return self.buttons[5 if value is None else value]

    def _clicked(self, value: int) -> None:
        self._update_focus_policy()
        self.chosen.emit(value)

    def _update_focus_policy(self) -> None:
        target = self.focus_button()
        for button in self.buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is target else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            assert isinstance(event, QKeyEvent)
            current = self.buttons.index(watched)
            key = event.key()
            target = None
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
                target = max(current - 1, 0)
            elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
                target = min(current + 1, 10)
            elif key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = 10
            elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
            ):
                target = key - Qt.Key.Key_0
            if target is not None:
                button = self.buttons[target]
                if not button.isChecked():
                    button.click()
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class QuestionPage(ConversationPage):
    page = Page.QUESTION

    def title(self) -> str:
        return self.tr("De vraag van de inwoner")

    def step_title(self) -> str:
        return self.tr("Vraag")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        autosave = self.autosave
        where = self.where()
        self.layout_.addWidget(
            plain_label(
                self.tr("Schrijf de vraag op zoals de inwoner die zelf zegt, in eigen woorden."),
                self,
            )
        )
        self.layout_.addWidget(self.problem_bar)
        big = 1.15

        question_label = QLabel(self.tr("Wat is uw vraag? In uw &eigen woorden:"), self)
        question_label.setFont(scaled_font(question_label, big, bold=True))
        self.question = text_box(self, self.tr("De vraag in eigen woorden"), lines=4)
        self.question.setFont(scaled_font(self.question, big))
        question_label.setBuddy(self.question)
        self.layout_.addWidget(question_label)
        self.layout_.addWidget(self.question)
        self.question_binding = bind_plain_text(
            autosave, self.question, conversation_key("question"), self.tr("Vraag wijzigen"), where
        )

        matters_label = QLabel(self.tr("&Wat is belangrijk voor u?"), self)
        matters_label.setFont(scaled_font(matters_label, big, bold=True))
        self.what_matters = text_box(self, self.tr("Wat is belangrijk voor de inwoner"), lines=3)
        self.what_matters.setFont(scaled_font(self.what_matters, big))
        matters_label.setBuddy(self.what_matters)
        self.layout_.addWidget(matters_label)
        self.layout_.addWidget(self.what_matters)
        self.matters_binding = bind_plain_text(
            autosave,
            self.what_matters,
            conversation_key("what_matters"),
            self.tr("Wat belangrijk is wijzigen"),
            where,
        )

        wellbeing_box = QGroupBox(self)
        box_layout = QVBoxLayout(wellbeing_box)
        wellbeing_label = QLabel(self.tr("&Hoe tevreden bent u met uw leven?"), wellbeing_box)
        wellbeing_label.setFont(scaled_font(wellbeing_label, big, bold=True))
        box_layout.addWidget(wellbeing_label)
        box_layout.addWidget(plain_label(self.tr("Kies een cijfer van 0 tot 10."), wellbeing_box))
        self.wellbeing = WellbeingScale(wellbeing_box)
        box_layout.addWidget(self.wellbeing)
        self.wellbeing_value = QLabel(wellbeing_box)
        self.wellbeing_value.setFont(scaled_font(self.wellbeing_value, 1.5, bold=True))
        self.wellbeing_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box_layout.addWidget(self.wellbeing_value)
        wellbeing_label.setBuddy(self.wellbeing.focus_button())
        self._wellbeing_label = wellbeing_label
        self.layout_.addWidget(wellbeing_box)
        self.layout_.addStretch(1)

        self.wellbeing_binding = value_binding(
            autosave,
            self.wellbeing,
            conversation_key("wellbeing"),
            text=self.tr("Tevredenheid wijzigen"),
            read=self.wellbeing.value,
            show=self.wellbeing.set_value,
            where=where,
        )
        self.wellbeing.chosen.connect(self.wellbeing_binding.changed)
        autosave.valueChanged.connect(self._value_changed)
        self._show_value()

    def _value_changed(self, key: Any) -> None:
        if key == conversation_key("wellbeing"):
            self._show_value()

    def _show_value(self) -> None:
        value = self.autosave.value(conversation_key("wellbeing"))
        if value is None:
            self.wellbeing_value.setText(self.tr("Nog geen cijfer gekozen"))
        else:
            self.wellbeing_value.setText(self.tr("Cijfer: {value} van 10").format(value=value))
        self._wellbeing_label.setBuddy(self.wellbeing.focus_button())

    def first_focus(self) -> QWidget | None:
        return self.question

    def problem(self) -> tuple[str, QWidget | None] | None:
        intake = self.autosave.value(conversation_key("kind")) is ConversationKind.INTAKE
        if intake and not str(self.autosave.value(conversation_key("question")) or "").strip():
            return (
                self.tr("Schrijf de vraag van de inwoner op, in zijn of haar eigen woorden."),
                self.question,
            )
        return None


# -- NETWORK and GOALS ----------------------------------------------------------------


class PlaceholderPage(ConversationPage):
    """A step that a later version fills in."""

    def __init__(self, page: Page, context: Context, parent: QWidget | None = None) -> None:
        self.page = page
        super().__init__(context, parent)
        if page is Page.NETWORK:
            text = self.tr(
                "Na de leefgebieden kijken we naar de mensen om u heen: familie, vrienden, "
                "buren en anderen die u helpen of kunnen helpen. Dat is de volgende stap van "
                "het gesprek. Het netwerk komt vóór de doelen: eerst wat u zelf en de mensen "
                "om u heen kunnen doen, dan pas andere hulp."
            )
        else:
            text = self.tr(
                "Daarna maken we samen doelen: wat wilt u bereiken, wanneer, en hoe merken we "
                "dat het gelukt is? Per doel spreken we af wie wat doet: eerst uzelf, dan de "
                "mensen om u heen, dan voorzieningen in de buurt en pas daarna betaalde hulp."
            )
        self.text = plain_label(text, self)
        self.text.setFont(scaled_font(self.text, 1.1))
        self.layout_.addWidget(self.text)
        self.note = MessageBar(
            "info", self, self.tr("Deze stap wordt in een volgende versie toegevoegd.")
        )
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Het netwerk") if self.page is Page.NETWORK else self.tr("Doelen")

    def step_title(self) -> str:
        return self.tr("Netwerk") if self.page is Page.NETWORK else self.tr("Doelen")


# -- SUMMARY ----------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(plain(text), quote=True).replace("\n", "<br>")


class SummaryPage(ConversationPage):
    page = Page.SUMMARY

    def title(self) -> str:
        return self.tr("Samenvatting")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.layout_.addWidget(
            plain_label(self.tr("Dit is wat we tot nu toe hebben besproken. Klopt het zo?"), self)
        )
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Samenvatting van het gesprek"))
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.layout_.addWidget(self.browser, 1)

    def enter(self) -> None:
        super().enter()
        self.browser.setHtml(self.summary_html())

    def first_focus(self) -> QWidget | None:
        return self.browser

    def summary_html(self) -> str:
        """The conversation so far as escaped HTML (every user string escaped)."""
        context = self.context
        value = context.autosave.value
        instrument = context.instrument
        locale = QLocale()
        parts: list[str] = []

        def section(title: str) -> None:
            parts.append(f"<h3>{_e(title)}</h3>")

        def line(label: str, text: object) -> None:
            parts.append(f"<p><b>{_e(label)}:</b> {_e(text)}</p>")

        kind = value(conversation_key("kind")) or ConversationKind.INTAKE
        section(self.tr("Het gesprek"))
        date = value(conversation_key("date"))
        line(self.tr("Soort"), kind_text(ConversationKind(kind)).replace("&", ""))
        if date is not None:
            line(self.tr("Datum"), locale.toString(QDate(date), "d MMMM yyyy"))
        if value(conversation_key("place")):
            line(self.tr("Plaats"), value(conversation_key("place")))
        present = value(conversation_key("present")) or []
        line(self.tr("Aanwezig"), ", ".join(present) if present else self.tr("nog niet ingevuld"))

        section(self.tr("De vraag"))
        question = str(value(conversation_key("question")) or "").strip()
        matters = str(value(conversation_key("what_matters")) or "").strip()
        line(self.tr("Vraag in eigen woorden"), question or self.tr("nog niet ingevuld"))
        line(self.tr("Wat is belangrijk"), matters or self.tr("nog niet ingevuld"))
        wellbeing = value(conversation_key("wellbeing"))
        line(
            self.tr("Tevredenheid met het leven"),
            self.tr("{value} van 10").format(value=wellbeing)
            if wellbeing is not None
            else self.tr("niet gevraagd"),
        )

        autosave = context.autosave
        relevant, not_discussed, undecided, differences = [], [], [], []
        for domain in instrument.domains:
            scores = [
                autosave.score(p, domain.key)
                for p in (Perspective.CITIZEN, Perspective.PROFESSIONAL)
            ]
            if any(s is not None and not s.not_discussed for s in scores):
                relevant.append((domain, scores))
            elif any(s is not None and s.not_discussed for s in scores):
                reason = next(
                    (s.reason for s in reversed(scores) if s is not None and s.reason), ""
                )
                not_discussed.append((domain, reason))
            else:
                undecided.append(domain)

        def level_text(level: int | None, citizen: bool) -> str:
            if level is None:
                return self.tr("nog niet gekozen")
            try:
                lvl = instrument.scale.level(level)
            except KeyError:
                return str(level)
            return f"{level} – {lvl.citizen_label if citizen else lvl.label}"

        section(self.tr("Besproken leefgebieden"))
        if not relevant:
            parts.append(f"<p>{_e(self.tr('Nog geen leefgebied gekozen.'))}</p>")
        for domain, (citizen, professional) in relevant:
            c_level = citizen.level if citizen is not None else None
            p_level = professional.level if professional is not None else None
            parts.append(f"<h4>{_e(domain.citizen_name)} ({_e(domain.name)})</h4>")
            parts.append(
                f"<p><b>{_e(self.tr('Inwoner'))}:</b> {_e(level_text(c_level, True))}"
                f" &nbsp;·&nbsp; <b>{_e(self.tr('Professional'))}:</b>"
                f" {_e(level_text(p_level, False))}</p>"
            )
            if c_level is not None and p_level is not None and c_level != p_level:
                differences.append(domain)
                parts.append(f"<p><b>≠ {_e(self.tr('Bespreekpunt: u ziet dit anders.'))}</b></p>")
            if professional is not None:
                for label, text in (
                    (self.tr("Situatie"), professional.situation),
                    (self.tr("Wat gaat goed"), professional.strengths),
                    (self.tr("Zorg"), professional.concerns),
                ):
                    if text.strip():
                        line(label, text.strip())
                shares = (
                    professional.share_self,
                    professional.share_network,
                    professional.share_professional,
                )
                if all(s is not None for s in shares):
                    line(
                        self.tr("Wie draagt de situatie"),
                        self.tr("zelf {s} %, netwerk {n} %, professionals {p} %").format(
                            s=shares[0], n=shares[1], p=shares[2]
                        ),
                    )

        section(self.tr("Bespreekpunten"))
        if differences:
            items = "".join(f"<li>{_e(d.citizen_name)}</li>" for d in differences)
            intro = self.tr("Hier zien de inwoner en de professional het anders:")
            parts.append(f"<p>{_e(intro)}</p><ul>{items}</ul>")
        else:
            parts.append(
                f"<p>{_e(self.tr('Geen verschillen tussen inwoner en professional.'))}</p>"
            )

        section(self.tr("Niet besproken of niet nodig"))
        if not_discussed:
            items = "".join(
                f"<li>{_e(d.citizen_name)}: {_e(reason or self.tr('geen reden opgegeven'))}</li>"
                for d, reason in not_discussed
            )
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{_e(self.tr('Geen.'))}</p>")
        if undecided:
            section(self.tr("Nog niet gekozen"))
            parts.append(f"<p>{_e(', '.join(d.citizen_name for d in undecided))}</p>")
        return "\n".join(parts)


__all__ = [
    "Context",
    "ConversationPage",
    "MessageBar",
    "Page",
    "PlaceholderPage",
    "QuestionPage",
    "StartPage",
    "SummaryPage",
]
