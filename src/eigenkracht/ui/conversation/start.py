"""The first step of the conversation: who are there, where and when; for an intake
also the melding facts (date, persoonlijk plan, cliëntondersteuning, identity)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core import process
from eigenkracht.core.instruments import Instrument, Scope
from eigenkracht.core.model import Conversation, ConversationKind, IdDocument, Perspective
from eigenkracht.core.problems import Code, start_problems
from eigenkracht.ui.conversation.instruments import candidates, for_a_member
from eigenkracht.ui.conversation.texts import kind_text
from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding, value_binding
from eigenkracht.ui.editing.conversation import case_key, conversation_key, sheet_key
from eigenkracht.ui.editing.fields import bind_check, bind_line, bind_optional_date
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.dates import OptionalDate, qdate
from eigenkracht.ui.widgets.plain import plain_line, unlimited
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.views import MessageBar
from eigenkracht.ui.widgets.words import household_role_text

# The case's facts the start step's check reads (core.problems.start_problems).
CASE_FACTS = ("melding_date", "identity_checked", "identity_document")


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


def _show_member(combo: QComboBox) -> Callable[[Any], None]:
    def show(member_id: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(member_id), 0))

    return show


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
        self.intro = wrapped_label(
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
        form.addRow(wrapped_label(self.tr("Soort gesprek"), talk), kinds)
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
        left.addWidget(self._build_instruments())
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
        self.deadline_label = wrapped_label("", self.melding)
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
        self.not_intake = wrapped_label(
            self.tr("De gegevens van de melding horen bij het intakegesprek."), self
        )
        right = QVBoxLayout()
        right.addWidget(self.melding)
        right.addWidget(self.not_intake)
        right.addStretch(1)
        columns.addLayout(right, 1)

        autosave.valueChanged.connect(self._value_changed)
        self._update_enabled()

    # -- instruments ------------------------------------------------------------

    def _build_instruments(self) -> QGroupBox:
        """Which instruments this conversation uses (the organisation's set ticked), and
        for an instrument about one person or one child: for whom."""
        box = QGroupBox(self.tr("Instrumenten in dit gesprek"), self)
        layout = QVBoxLayout(box)
        self.instrument_list = QListWidget(box)
        self.instrument_list.setAccessibleName(self.tr("Instrumenten in dit gesprek"))
        for instrument in self.context.offered:
            item = QListWidgetItem(plain_line(self._instrument_text(instrument)))
            item.setData(Qt.ItemDataRole.UserRole, instrument.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.instrument_list.addItem(item)
        rows = max(self.instrument_list.count(), 2)
        self.instrument_list.setMaximumHeight(
            self.instrument_list.sizeHintForRow(0) * rows + 2 * self.instrument_list.frameWidth()
        )
        layout.addWidget(self.instrument_list)
        self.instruments_note = MessageBar("info", box)
        self.instruments_note.hide()
        layout.addWidget(self.instruments_note)
        self.instruments_binding = Binding(
            self.autosave,
            self.instrument_list,
            text=self.tr("Instrumenten van het gesprek wijzigen"),
            read=self._instruments_read,
            show=self._instruments_show,
            stored=self._instruments_stored,
            values=lambda refs: {conversation_key("instruments"): refs},
            keys=lambda: (conversation_key("instruments"),),
            where=self.where(),
        )
        self.instrument_list.itemChanged.connect(self._instrument_ticked)
        self.whom_form = QFormLayout()
        layout.addLayout(self.whom_form)
        self.whom: dict[str, QComboBox] = {}
        self._update_whom()
        return box

    def _instrument_text(self, instrument: Instrument) -> str:
        scale = instrument.scale
        count = len(instrument.domains)
        about = (
            self.tr("1 vraag, {low} tot {high}")
            if count == 1
            else self.tr("{n} onderwerpen, {low} tot {high}")
        ).format(n=count, low=scale.minimum, high=scale.maximum)
        if for_a_member(instrument):
            about += ", " + (
                self.tr("per kind") if instrument.scope is Scope.CHILD else self.tr("per persoon")
            )
        return f"{instrument.name} ({about})"

    def _instrument_refs(self) -> dict[str, str]:
        """instrument id -> the ref the conversation uses (its own version) or offers."""
        refs = {i.id: i.ref for i in self.context.offered}
        refs.update({i.id: i.ref for i in self.context.used()})
        return refs

    def _instruments_stored(self) -> list[str]:
        stored = self.autosave.value(conversation_key("instruments"))
        return list(stored) if stored else [i.ref for i in self.context.used()]

    def _instruments_read(self) -> list[str]:
        refs = self._instrument_refs()
        ticked = []
        for row in range(self.instrument_list.count()):
            item = self.instrument_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(refs[str(item.data(Qt.ItemDataRole.UserRole))])
        return ticked

    def _instruments_show(self, refs: list[str]) -> None:
        ids = {ref.partition("@")[0] for ref in refs}
        self.instrument_list.blockSignals(True)
        for row in range(self.instrument_list.count()):
            item = self.instrument_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.instrument_list.blockSignals(False)

    def _instrument_ticked(self, item: QListWidgetItem) -> None:
        """Store the choice; not none at all, and not without one that has scores."""
        self.instruments_note.hide()
        ident = str(item.data(Qt.ItemDataRole.UserRole))
        if not self._instruments_read():
            self.instruments_note.set_text(self.tr("Kies minstens één instrument."))
        elif item.checkState() != Qt.CheckState.Checked and self._has_scores(ident):
            name = item.text().rsplit(" (", 1)[0]
            self.instruments_note.set_text(
                self.tr(
                    "{name} heeft al scores in dit gesprek. Wis die eerst bij Leefgebieden "
                    "(of maak het ongedaan)."
                ).format(name=name)
            )
        else:
            self.instruments_binding.changed()
            return
        self.instruments_binding.refresh(force=True)

    def _has_scores(self, instrument_id: str) -> bool:
        if not self.autosave.has_sheet(instrument_id):
            return False
        instrument = next((i for i in self.context.used() if i.id == instrument_id), None)
        if instrument is None:
            return False
        sheet = self.autosave.sheet(instrument_id)
        return any(
            self.autosave.score(p, d.key, sheet) is not None
            for d in instrument.domains
            for p in Perspective
        )

    def _update_whom(self) -> None:
        """A 'for whom' choice for each instrument used that scores one person."""
        day = self.autosave.value(conversation_key("date")) or dt.date.today()
        used = {i.id for i in self.context.used()}
        for instrument in self.context.used():
            if not for_a_member(instrument) or instrument.id in self.whom:
                continue
            sheet = self.autosave.sheet(instrument.id)
            combo = QComboBox(self)
            combo.setAccessibleName(
                self.tr("Voor wie is de {instrument}").format(instrument=instrument.name)
            )
            combo.addItem(self.tr("kies voor wie"), None)
            for member in candidates(instrument, self.context.members, day):
                combo.addItem(plain_line(member.name), member.id)
            label = QLabel(self.tr("{instrument} voor:").format(instrument=instrument.name), self)
            label.setBuddy(combo)
            label.setWordWrap(True)
            self.whom_form.addRow(label, combo)
            binding = value_binding(
                self.autosave,
                combo,
                sheet_key(sheet),
                text=self.tr("Voor wie wijzigen"),
                read=combo.currentData,
                show=_show_member(combo),
                where=self.where(),
            )
            combo.activated.connect(binding.changed)
            self.whom[instrument.id] = combo
        for ident, combo in self.whom.items():
            self.whom_form.setRowVisible(combo, ident in used)

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
            role = household_role_text(member.role)
            text = f"{member.name} ({role})" if member.role else member.name
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
        if key == conversation_key("instruments"):
            self.instruments_note.hide()
            self._update_whom()
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
        """The first of core.problems.start_problems, in words, with its widget."""
        value = self.autosave.value
        case = replace(
            self.context.case,
            **{name: value(case_key(name)) for name in CASE_FACTS},
        )
        conversation = Conversation(
            case_id=case.id or 0,
            date=value(conversation_key("date")) or dt.date.today(),
            kind=value(conversation_key("kind")) or ConversationKind.INTAKE,
            present=list(value(conversation_key("present")) or []),
        )
        found = start_problems(case, conversation)
        if not found:
            for instrument in self.context.used():
                combo = self.whom.get(instrument.id)
                if combo is not None and combo.currentData() is None:
                    return (
                        self.tr("Kies voor wie de {instrument} is.").format(
                            instrument=instrument.name
                        ),
                        combo,
                    )
            return None
        code = found[0].code
        if code is Code.PRESENT_MISSING:
            return self.tr("Kruis aan wie er bij het gesprek zijn."), self.present_list
        if code is Code.MELDING_DATE_MISSING:
            return (
                self.tr(
                    "Vul de datum van de melding in. De wettelijke termijnen tellen vanaf die dag."
                ),
                self.melding_date.check,
            )
        return (
            self.tr("Kies met welk soort document de identiteit is gecontroleerd."),
            self.document_combo,
        )


__all__ = ["StartPage", "document_text", "other_present"]
