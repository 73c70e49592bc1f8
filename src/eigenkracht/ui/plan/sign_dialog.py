"""Recording the signatures of a plan version (after signing on paper).

One row per person who signs: the citizen (or legal representative), the professional
and every network member who took on an action. Per row: signs or not, the name, and
agreed / agreed with remarks / does not agree, which each signer chooses (nothing is
chosen for them), and their remarks: the one place for a signer's remarks, printed on
the signed plan for every signer. One date and place. Recording freezes the version:
its snapshot and SHA-256 fingerprint are stored and it never changes again; a later
change starts a new version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.i18n import dutch
from eigenkracht.core.model import (
    Agreement,
    CaseFile,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import (
    Instruments,
    Signer,
    build_snapshot,
    own_plan_items,
    own_plan_plain,
    signers_needed,
)
from eigenkracht.core.problems import CITIZEN_SIGNERS, Code, signing_problems
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.plan.words import agreement_text, role_text
from eigenkracht.ui.widgets import name_qt_parts, plain_line, unlimited
from eigenkracht.ui.widgets.dates import qdate
from eigenkracht.ui.widgets.problems import show_problem
from eigenkracht.ui.widgets.screen import fit_to_screen
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.views import MessageBar

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


@dataclass
class SignerRow:
    signer: Signer
    signs: QCheckBox
    name: QLineEdit
    agreement: QComboBox
    remarks: QLineEdit


class SignDialog(QDialog):
    """Records the signatures of `plan` (a draft) and signs it through `repo`.
    After exec(): `signed` is the signed PlanVersion, or None."""

    def __init__(
        self,
        repo: Repository,
        case_file: CaseFile,
        instrument: Instruments,
        plan: PlanVersion,
        *,
        today: dt.date,
        place: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_file = case_file
        self.instrument = instrument
        self.plan = plan
        self.today = today
        self.signed: PlanVersion | None = None
        self.setWindowTitle(self.tr("Ondertekening vastleggen"))
        fit_to_screen(self, 860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Leg vast wie versie {n} van het plan heeft ondertekend. Ieder die tekent, "
                    "kiest zelf of hij of zij het eens is. Daarna kan deze versie niet meer "
                    "veranderen: wat u later wijzigt, komt in een nieuwe versie."
                ).format(n=plan.number),
                self,
            )
        )
        self.problem = MessageBar("problem", self)
        self.problem.hide()
        self.hint = MessageBar("info", self)  # what is still missing before signing

        common = QFormLayout()
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(qdate(today))
        self.date.setAccessibleName(self.tr("Datum van ondertekenen"))
        date_label = QLabel(self.tr("&Datum"), self)
        date_label.setBuddy(self.date)
        common.addRow(date_label, self.date)
        self.place = QLineEdit(self)
        unlimited(self.place)  # before the text: QLineEdit would cut it at 32,767
        self.place.setText(place)
        self.place.setAccessibleName(self.tr("Plaats van ondertekenen"))
        place_label = QLabel(self.tr("&Plaats"), self)
        place_label.setBuddy(self.place)
        common.addRow(place_label, self.place)
        layout.addLayout(common)

        box = QGroupBox(self.tr("Wie tekent"), self)
        grid = QGridLayout(box)
        for column, text in enumerate(
            (self.tr("Tekent"), self.tr("Naam"), self.tr("Eens?"), self.tr("Opmerkingen"))
        ):
            header = QLabel(text, box)
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        self.rows: list[SignerRow] = []
        for index, signer in enumerate(signers_needed(case_file, today), start=1):
            self.rows.append(self._row(grid, index, signer, box))
        # A remark typed on the plan before there was one place for remarks: the first
        # citizen's, to keep or change here (it prints with their signature).
        citizen = next((r for r in self.rows if r.signer.role in CITIZEN_SIGNERS), None)
        if citizen is not None and plan.remarks.strip():
            citizen.remarks.setText(plan.remarks.strip())
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        grid.setRowStretch(len(self.rows) + 1, 1)  # rows at the top, not spread out
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox(self)
        self.sign_button = QPushButton(self.tr("Ondertekening &vastleggen"), self)
        self.sign_button.setAccessibleName(self.tr("Ondertekening vastleggen en plan vastzetten"))
        self.cancel_button = QPushButton(self.tr("&Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        # Over the buttons they concern, under the signers: a hint that changes or goes
        # while a name or remark is typed moves no row (the list keeps its top).
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for row in self.rows:
            row.signs.toggled.connect(self.update_hint)
            row.name.textChanged.connect(self.update_hint)
            row.agreement.currentIndexChanged.connect(self.update_hint)
            row.remarks.textChanged.connect(self.update_hint)
        self.update_hint()
        name_qt_parts(self)

    def relation(self, signer: Signer) -> str:
        """Who a network signer is to the household: their role on the map, else what
        the citizen's own plan calls them ("mijn broer"); "" when neither says."""
        person = next((p for p in self.case_file.network if p.id == signer.network_person_id), None)
        if person is not None and person.role.strip():
            return person.role.strip()
        own = own_plan_plain(self.case_file, self.today)
        key = " ".join(signer.name.split()).casefold()
        for taker in own_plan_items(own, "written_with"):
            if " ".join(str(taker.get("name") or "").split()).casefold() == key:
                return str(taker.get("who") or "").strip()
        return ""

    def _row(self, grid: QGridLayout, index: int, signer: Signer, parent: QWidget) -> SignerRow:
        role = role_text(signer.role)
        relation = self.relation(signer) if signer.role is SignerRole.NETWORK else ""
        if relation:  # several people of the network sign: each by who they are
            role = self.tr("{role} ({relation})").format(role=role, relation=plain_line(relation))
        signs = QCheckBox(role.replace("&", "&&"), parent)  # user text: no mnemonic
        signs.setAccessibleName(self.tr("{role} tekent").format(role=role))
        signs.setChecked(signer.role is not SignerRole.NETWORK)
        name = QLineEdit(parent)
        unlimited(name)
        name.setText(signer.name)
        name.setAccessibleName(self.tr("Naam van {role}").format(role=role.lower()))
        agreement = QComboBox(parent)
        agreement.setAccessibleName(
            self.tr("Is {role} het eens met het plan").format(role=role.lower())
        )
        agreement.addItem(self.tr("Kies…"), None)  # nothing chosen for the signer
        for value in Agreement:
            agreement.addItem(agreement_text(value), value)
        agreement.setCurrentIndex(0)
        remarks = QLineEdit(parent)
        unlimited(remarks)
        remarks.setAccessibleName(self.tr("Opmerkingen van {role}").format(role=role.lower()))
        grid.addWidget(signs, index, 0)
        grid.addWidget(name, index, 1)
        grid.addWidget(agreement, index, 2)
        grid.addWidget(remarks, index, 3)
        return SignerRow(signer, signs, name, agreement, remarks)

    def row_signatures(self) -> list[Signature | None]:
        """Per signature block what is being recorded (None: does not sign)."""
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        place = self.place.text().strip()
        return [
            Signature(
                role=row.signer.role,
                name=row.name.text().strip(),
                date=day,
                place=place,
                agreement=Agreement(row.agreement.currentData() or Agreement.AGREES),
                remarks=row.remarks.text().strip(),
            )
            if row.signs.isChecked()
            else None
            for row in self.rows
        ]

    def signatures(self) -> list[Signature]:
        return [s for s in self.row_signatures() if s is not None]

    def check(self) -> tuple[str, QWidget] | None:
        """Why the signatures cannot be recorded yet (the first of
        core.problems.signing_problems, in words, with its widget), or None."""
        roles = [row.signer.role for row in self.rows]
        chosen = [row.agreement.currentData() is not None for row in self.rows]
        found = signing_problems(roles, self.row_signatures(), chosen)
        if not found:
            return None
        first = found[0]
        row = self.rows[first.item] if isinstance(first.item, int) else None
        if first.code is Code.CITIZEN_MUST_SIGN:
            return (
                self.tr("De inwoner (of de wettelijk vertegenwoordiger) moet tekenen."),
                row.signs if row is not None else self.sign_button,
            )
        assert row is not None
        if first.code is Code.SIGNER_NAME_MISSING:
            return (self.tr("Vul de naam in van iedereen die tekent."), row.name)
        if first.code is Code.AGREEMENT_MISSING:
            who = row.name.text().strip() or role_text(row.signer.role).lower()
            return (
                self.tr("Nog niet gekozen: is {who} het eens met het plan?").format(who=who),
                row.agreement,
            )
        return (self.tr("Schrijf de opmerkingen op bij 'eens, met opmerkingen'."), row.remarks)

    def update_hint(self, *_args: object) -> None:
        """Say what is still missing; the signatures can be recorded once nothing is."""
        problem = self.check()
        self.hint.set_text(problem[0] if problem is not None else "")
        self.hint.setVisible(problem is not None)
        self.sign_button.setEnabled(problem is None)
        if problem is None:
            self.problem.hide()

    def record(self) -> None:
        problem = self.check()
        if problem is not None:
            text, widget = problem
            self.problem.set_text(text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        signatures = self.signatures()
        assert self.plan.id is not None
        with dutch():  # the signed record is Dutch in every language, as its instrument texts
            snapshot = build_snapshot(
                self.case_file, self.instrument, self.plan, today=self.today, signatures=signatures
            )
        try:
            self.signed = self.repo.sign_plan(self.plan.id, snapshot, signatures)
        except StoreError as exc:
            show_problem(self.problem, exc)
            return
        self.accept()


__all__ = ["SignDialog", "SignerRow"]
