"""Dossier overdragen… (ExportDialog) and Overdracht inlezen… (ImportDialog).

The export dialog makes a bundle of one case for a named colleague, protected with a
code the two agree (typed twice); it may mark the case as handed over, so the
retention list offers it for removal. The import dialog opens a bundle with its code
and lists each case: a new case is taken in whole; a case that exists here shows every
difference (section, record, field: here and in the bundle) and the worker chooses per
case which version stays. Nothing is taken in before every differing case has a choice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.errors import UserFacingError
from eigenkracht.exchange import bundle as bundles
from eigenkracht.ui.widgets import MessageBar, MessageLabel, plain_line, text_label, unlimited
from eigenkracht.ui.widgets.problems import problem_text, said_text

if TYPE_CHECKING:
    from eigenkracht.store.repo.handover import CaseReview
    from eigenkracht.store.repository import Repository

SUFFIX = ".ekoverdracht"


def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def _code_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _fit(dialog: QDialog, width: int) -> None:
    available = dialog.screen().availableGeometry()
    dialog.setMinimumWidth(min(width, available.width() - 40))
    dialog.resize(
        dialog.sizeHint().expandedTo(dialog.minimumSizeHint()).boundedTo(available.size())
    )


class ExportDialog(QDialog):
    """One case, the colleague's name, the agreed code twice, where the file goes."""

    def __init__(
        self, repo: Repository, case_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.made: Path | None = None
        self.setWindowTitle(self.tr("Dossier overdragen"))
        self.setObjectName("HandoverExportDialog")
        intro = text_label(
            self.tr(
                "Het dossier gaat in één versleuteld bestand naar een collega, met alle "
                "gesprekken, scores, het netwerk, de doelen, de acties en de ondertekende "
                "plannen. Spreek samen een code af van minstens {n} tekens en geef die apart "
                "door: niet in dezelfde mail of op dezelfde stick als het bestand."
            ).format(n=bundles.MIN_CODE),
            self,
        )
        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(self.tr("Dossier"))
        for summary in repo.list_cases():
            self.case_combo.addItem(
                plain_line(f"{summary.reference} · {summary.household_name}"), summary.id
            )
        if case_id is not None and (index := self.case_combo.findData(case_id)) >= 0:
            self.case_combo.setCurrentIndex(index)
        self.colleague_edit = QLineEdit(self)
        self.colleague_edit.setMaxLength(bundles.MAX_NAME)
        self.colleague_edit.setAccessibleName(self.tr("Naam van de collega"))
        self.code_edit = _code_edit(self, self.tr("Afgesproken code"))
        self.again_edit = _code_edit(self, self.tr("Afgesproken code, nog een keer"))
        self.file_edit = QLineEdit(self)
        unlimited(self.file_edit)
        self.file_edit.setAccessibleName(self.tr("Het overdrachtsbestand"))
        self.file_button = QPushButton(self.tr("&Kies…"), self)
        self.file_button.setAccessibleName(self.tr("Kies waar het overdrachtsbestand komt"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        self.mark_box = QCheckBox(
            self.tr("Het dossier is hiermee &overgedragen (daarna kunt u het hier verwijderen)"),
            self,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Dossier:"), self.case_combo, self), self.case_combo)
        form.addRow(_buddy(self.tr("&Collega:"), self.colleague_edit, self), self.colleague_edit)
        form.addRow(_buddy(self.tr("C&ode:"), self.code_edit, self), self.code_edit)
        form.addRow(_buddy(self.tr("Code &nog een keer:"), self.again_edit, self), self.again_edit)
        form.addRow(_buddy(self.tr("&Bestand:"), self.file_edit, self), file_row)
        form.addRow("", self.mark_box)
        self.outcome = MessageBar("info", self)
        self.outcome.hide()
        self.error = MessageLabel(self)
        self.make_button = QPushButton(self.tr("Overdracht &maken"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _fit(self, 620)

    def _choose_file(self) -> None:
        name = self.tr("overdracht-{day}").format(day=dt.date.today().isoformat()) + SUFFIX
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Overdrachtsbestand"),
            name,
            self.tr("Overdrachtsbestanden (*{suffix})").format(suffix=SUFFIX),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _problem(self) -> str:
        if self.case_combo.currentData() is None:
            return self.tr("Er is geen dossier om over te dragen.")
        if not self.colleague_edit.text().strip():
            return self.tr("Vul de naam in van de collega die het dossier krijgt.")
        problem = bundles.code_problem(self.code_edit.text())
        if problem is not None:
            return said_text(problem)
        if self.code_edit.text() != self.again_edit.text():
            return self.tr("De twee codes zijn niet gelijk.")
        if not self.file_edit.text().strip():
            return self.tr("Kies waar het overdrachtsbestand komt.")
        if Path(self.file_edit.text().strip()).exists():
            return self.tr("Dat bestand bestaat al; kies een andere naam.")
        return ""

    def make(self) -> None:
        self.error.show_message("")
        self.outcome.hide()
        problem = self._problem()
        if problem:
            self.error.show_message(problem)
            return
        out = Path(self.file_edit.text().strip())
        colleague = self.colleague_edit.text().strip()
        try:
            self.repo.export_bundle(
                [int(self.case_combo.currentData())],
                colleague,
                self.code_edit.text(),
                out,
                mark_handed_over=self.mark_box.isChecked(),
            )
        except (UserFacingError, OSError) as exc:
            self.error.show_message(problem_text(exc))
            return
        self.made = out
        self.code_edit.clear()
        self.again_edit.clear()
        self.outcome.set_text(
            self.tr(
                "Overdracht gemaakt: {name}, voor {colleague}. Geef de code apart door."
            ).format(name=plain_line(out.name), colleague=plain_line(colleague))
        )
        self.close_button.setFocus()


class ImportDialog(QDialog):
    """Open a bundle with its code; review each case; take in what was chosen."""

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.opened: bundles.Bundle | None = None
        self.reviews: list[CaseReview] = []
        self.choices: dict[str, QButtonGroup] = {}
        self.imported = False
        self.setWindowTitle(self.tr("Overdracht inlezen"))
        self.setObjectName("HandoverImportDialog")
        intro = text_label(
            self.tr(
                "Lees een dossier in dat een collega aan u overdraagt. U hebt het bestand en "
                "de code nodig die u samen hebt afgesproken. Een dossier dat hier al is, "
                "wordt pas veranderd als u kiest welke versie blijft."
            ),
            self,
        )
        self.file_edit = QLineEdit(self)
        unlimited(self.file_edit)
        self.file_edit.setAccessibleName(self.tr("Het overdrachtsbestand"))
        self.file_button = QPushButton(self.tr("&Kies…"), self)
        self.file_button.setAccessibleName(self.tr("Kies het overdrachtsbestand"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        self.code_edit = _code_edit(self, self.tr("Afgesproken code"))
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_bundle)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.open_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Bestand:"), self.file_edit, self), file_row)
        form.addRow(_buddy(self.tr("C&ode:"), self.code_edit, self), code_row)
        self.about = text_label("", self)
        self.about.hide()
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Onderdeel"), self.tr("Hier"), self.tr("In de overdracht")]
        )
        self.tree.setAccessibleName(self.tr("Verschillen per dossier"))
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 220)
        self.tree.hide()
        self.choice_box = QWidget(self)
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome = MessageBar("info", self)
        self.outcome.hide()
        self.error = MessageLabel(self)
        self.import_button = QPushButton(self.tr("&Inlezen"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.take_in)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        _fit(self, 760)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Overdrachtsbestand"),
            "",
            self.tr("Overdrachtsbestanden (*{suffix});;Alle bestanden (*)").format(suffix=SUFFIX),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def open_bundle(self) -> None:
        from eigenkracht.store.repo.handover import FIELD_NAMES, SECTIONS

        self.error.show_message("")
        self.outcome.hide()
        self.opened = None
        self.import_button.setEnabled(False)
        try:
            data = bundles.read_bytes(self.file_edit.text().strip())
            opened = self.repo.read_bundle(data, self.code_edit.text())
            reviews = self.repo.review_bundle(opened)
        except UserFacingError as exc:
            self.error.show_message(problem_text(exc))
            return
        self.opened, self.reviews = opened, reviews
        about = (
            self.tr("Overdracht van {sender} voor {recipient}, 1 dossier.")
            if len(reviews) == 1
            else self.tr("Overdracht van {sender} voor {recipient}, {count} dossiers.")
        )
        self.about.setText(
            about.format(
                sender=plain_line(opened.header.sender),
                recipient=plain_line(opened.header.recipient),
                count=len(reviews),
            )
        )
        self.about.show()
        self.tree.clear()
        for group in self.choices.values():
            for button in group.buttons():
                button.deleteLater()
        while (item := self.choice_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.choices = {}
        for review in reviews:
            title = plain_line(f"{review.reference} · {review.household_name}")
            top = QTreeWidgetItem(self.tree, [title])
            if review.is_new:
                top.setText(1, self.tr("nieuw hier: wordt ingelezen"))
            elif review.same:
                top.setText(1, self.tr("al hier, gelijk"))
            else:
                top.setText(1, self.tr("al hier, verschilt"))
                self._add_choice(review)
            for diff in review.differences:
                where = f"{SECTIONS[diff.section]}: {plain_line(diff.label)}"
                if diff.kind == "nieuw":
                    QTreeWidgetItem(top, [where, "—", self.tr("nieuw")])
                elif diff.kind == "ontbreekt":
                    QTreeWidgetItem(top, [where, self.tr("alleen hier"), "—"])
                else:
                    record = QTreeWidgetItem(top, [where])
                    for f in diff.fields:
                        name = FIELD_NAMES.get(f.field, f.field)
                        QTreeWidgetItem(record, [name, plain_line(f.mine), plain_line(f.theirs)])
                    record.setExpanded(True)
            top.setExpanded(True)
        self.tree.show()
        self._update_button()

    def _add_choice(self, review: CaseReview) -> None:
        box = QGroupBox(
            self.tr("{ref}: welke versie blijft?").format(ref=plain_line(review.reference)),
            self.choice_box,
        )
        row = QHBoxLayout(box)
        mine = QRadioButton(self.tr("&Mijn dossier houden"), box)
        theirs = QRadioButton(self.tr("Het &ontvangen dossier overnemen"), box)
        group = QButtonGroup(box)
        group.addButton(mine)
        group.addButton(theirs)
        mine.setObjectName("mine")
        theirs.setObjectName("theirs")
        group.buttonToggled.connect(lambda *_: self._update_button())
        row.addWidget(mine)
        row.addWidget(theirs)
        row.addStretch(1)
        self.choice_layout.addWidget(box)
        box.show()  # added after the dialog was shown
        self.choices[review.uid] = group

    def _update_button(self) -> None:
        ready = self.opened is not None and all(
            g.checkedButton() is not None for g in self.choices.values()
        )
        self.import_button.setEnabled(ready and not self.imported)

    def take_in(self) -> None:
        if self.opened is None:
            return
        chosen = {}
        for uid, group in self.choices.items():
            button = group.checkedButton()
            if button is None:
                self.error.show_message(self.tr("Kies bij elk dossier welke versie blijft."))
                return
            chosen[uid] = "theirs" if button.objectName() == "theirs" else "mine"
        try:
            self.repo.import_bundle(self.opened, chosen)  # type: ignore[arg-type]
        except UserFacingError as exc:
            self.error.show_message(problem_text(exc))
            return
        self.imported = True
        self.import_button.setEnabled(False)
        self.outcome.set_text(self.tr("De overdracht is verwerkt."))
        self.close_button.setFocus()
