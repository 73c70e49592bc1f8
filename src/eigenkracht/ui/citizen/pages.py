"""The screens of the citizen window: one question per screen.

Every page is a `CitizenPage` (base.py, the step protocol of ui/steps/protocol.py): it
reads and writes the one `SelfAssessment` in the shared `Context` and emits `changed`
after each edit (the window keeps the draft from that). `enter()` shows what the context
holds, `speech_text()` is what "Lees voor" reads, `answered()` says whether a question is
answered, `first_focus()` is where the keyboard starts. Texts for the citizen are B1
Dutch (tests/test_language.py measures them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.instruments import Domain
from eigenkracht.exchange.selfassessment import (
    MAX_LINE,
    DomainAnswer,
    Helper,
    PlanKind,
)
from eigenkracht.ui.citizen.base import CitizenPage, Context
from eigenkracht.ui.citizen.widgets import (
    CheckBox,
    ChoiceButton,
    announce,
    arrow_keys_text,
    big_button,
    check_only,
    label,
    make_answers,
    show_status,
    text_box,
)

MAX_HELPERS_SHOWN = 20
NUMBERS_PER_ROW = 11  # 0-10 on one row; a longer score scale wraps


# -- welcome and explanation --------------------------------------------------------


class WelcomePage(CitizenPage):
    counted = False
    start = Signal()
    resume = Signal()
    restart = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Zelf invullen: hoe gaat het met u?"),
            self.tr("Hier vult u zelf vragen in over uw leven."),
        )
        lines = [
            self.tr(
                "Neem uw antwoorden mee naar het gesprek. Dan weten we wat u belangrijk vindt."
            ),
            self.tr("Het duurt ongeveer een kwartier."),
            self.tr("U kunt altijd terug. U kunt ook stoppen en later verder gaan."),
            self.tr("Wilt u een vraag niet beantwoorden? Dat mag. Klik dan op Verder."),
            self.tr("Wat u invult, blijft op deze computer. Er gaat niets via internet."),
        ]
        self.lines = [label("• " + line, self) for line in lines]
        for item in self.lines:
            self.layout_.addWidget(item)
        self.speech_note = label(self.tr("Wilt u de tekst horen? Klik dan op Lees voor."), self)
        self.speech_note.hide()
        self.layout_.addWidget(self.speech_note)
        self.no_speech_note = label(
            self.tr("Deze computer kan de tekst niet voorlezen. Er is geen programma voor."),
            self,
        )
        self.no_speech_note.hide()
        self.layout_.addWidget(self.no_speech_note)
        self.draft_note = label("", self)
        self.draft_note.setObjectName("problem")
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.draft_note)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.start_button = big_button(self.tr("&Beginnen"), self.tr("Beginnen"), self)
        self.resume_button = big_button(
            self.tr("Verder gaan waar ik was"), self.tr("Verder gaan waar ik was"), self
        )
        self.restart_button = big_button(
            self.tr("Opnieuw beginnen"), self.tr("Opnieuw beginnen, alles wissen"), self
        )
        for button in (self.start_button, self.resume_button):
            button.setObjectName("primary")
            ctx.sizer.register(button, 1.15, bold=True)
        for button in (self.start_button, self.resume_button, self.restart_button):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.start_button.clicked.connect(self.start)
        self.resume_button.clicked.connect(self.resume)
        self.restart_button.clicked.connect(self.restart)
        self.set_draft(False)
        self.finish()

    def set_draft(self, exists: bool, note: str = "") -> None:
        self.start_button.setVisible(not exists)
        self.resume_button.setVisible(exists)
        self.restart_button.setVisible(exists)
        self.draft_note.setText(note)
        self.draft_note.setVisible(bool(note))

    def speech_text(self) -> str:
        parts = [super().speech_text()] + [line.text().lstrip("• ") for line in self.lines]
        parts.append(self.speech_note.text())
        if not self.draft_note.isHidden():
            parts.append(self.draft_note.text())
        return " ".join(parts)

    def first_focus(self) -> QWidget | None:
        return self.resume_button if self.resume_button.isVisible() else self.start_button


class ExplainPage(CitizenPage):
    """The instrument's own introduction, before its questions."""

    counted = False

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        instrument = ctx.instrument
        self.set_texts(
            self.tr("Vragen over uw leven"),
            instrument.citizen_intro,
            kicker=instrument.citizen_name,
        )
        if instrument.has_level_texts:
            how = self.tr(
                "Zo werkt het: klik op de zin die het best bij u past. Wilt u erover praten? "
                "Zet dan een vinkje. U mag ook iets opschrijven."
            )
        else:
            how = self.tr(
                "Zo werkt het: klik op het cijfer dat het best bij u past. Wilt u erover "
                "praten? Zet dan een vinkje. U mag ook iets opschrijven."
            )
        self.how = label(how, self)
        self.layout_.addWidget(self.how)
        self.keys = label(arrow_keys_text(), self)  # Tab stops only at the chosen answer
        self.layout_.addWidget(self.keys)
        self.finish()

    def speech_text(self) -> str:
        return f"{super().speech_text()} {self.how.text()} {self.keys.text()}"


# -- simple questions ---------------------------------------------------------------


class NamePage(CitizenPage):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wat is uw naam?"),
            self.tr(
                "Dit hoeft niet. Vult u uw naam in? Dan staat die in het bestand en op het papier."
            ),
        )
        group = self.question_group()
        self.edit = QLineEdit(group)
        self.edit.setAccessibleName(self.tr("Uw naam"))
        self.edit.setMaxLength(MAX_LINE)
        group.box.addWidget(self.edit)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self.submitted)  # Return: on to the next question
        self.finish()

    def _edited(self, text: str) -> None:
        self.ctx.content.name = text
        self.changed.emit()

    def enter(self) -> None:
        self.edit.setText(self.ctx.content.name)

    def answered(self) -> bool:
        return bool(self.ctx.content.name.strip())

    def first_focus(self) -> QWidget | None:
        return self.edit


class TextPage(CitizenPage):
    """A question answered in the citizen's own words (the question, what matters)."""

    def __init__(
        self,
        ctx: Context,
        attribute: str,
        heading: str,
        help_text: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.attribute = attribute
        self.set_texts(heading, help_text)
        group = self.question_group()
        self.box = text_box(name, group, lines=5)
        group.box.addWidget(self.box)
        self.box.textChanged.connect(self._edited)
        self._loading = False
        self.finish()

    def _edited(self) -> None:
        if self._loading:
            return
        setattr(self.ctx.content, self.attribute, self.box.toPlainText())
        self.changed.emit()

    def enter(self) -> None:
        self._loading = True
        try:
            self.box.setPlainText(getattr(self.ctx.content, self.attribute))
        finally:
            self._loading = False

    def answered(self) -> bool:
        return bool(getattr(self.ctx.content, self.attribute).strip())

    def first_focus(self) -> QWidget | None:
        return self.box


class WellbeingPage(CitizenPage):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Hoe tevreden bent u met uw leven?"),
            self.tr(
                "Geef een cijfer van 0 tot 10. Een 0 is heel ontevreden. Een 10 is heel tevreden."
            ),
        )
        group = self.question_group()
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.numbers: list[QPushButton] = []
        for value in range(11):
            button = big_button(str(value), self.tr("Cijfer {n}").format(n=value), group)
            button.setObjectName("number")
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            grid.addWidget(button, 0, value)
            self.numbers.append(button)
        make_answers(self.numbers)
        self.low = label(self.tr("0 = heel ontevreden"), group)
        self.high = label(self.tr("10 = heel tevreden"), group)
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.low, 1, 0, 1, 5)
        grid.addWidget(self.high, 1, 6, 1, 5)
        group.box.addLayout(grid)
        self.chosen = label("", self)
        self.chosen.setObjectName("chosenNumber")
        ctx.sizer.register(self.chosen, 1.1, bold=True)
        self.layout_.addWidget(self.chosen)
        self.finish()

    def _clicked(self, value: int) -> None:
        wellbeing = None if self.ctx.content.wellbeing == value else value
        self.ctx.content.wellbeing = wellbeing
        self._show(wellbeing)
        self.changed.emit()

    def _show(self, value: int | None) -> None:
        check_only(self.numbers, None if value is None else self.numbers[value])
        if value is None:
            self.chosen.setText(self.tr("U heeft nog geen cijfer gekozen."))
        else:
            self.chosen.setText(self.tr("U heeft gekozen: {n}").format(n=value))

    def enter(self) -> None:
        self._show(self.ctx.content.wellbeing)

    def answered(self) -> bool:
        return self.ctx.content.wellbeing is not None

    def first_focus(self) -> QWidget | None:
        value = self.ctx.content.wellbeing
        return self.numbers[value if value is not None else 5]

    def speech_text(self) -> str:
        ends = f"{self.low.text()}. {self.high.text()}."
        return f"{super().speech_text()} {ends} {self.chosen.text()}"


# -- a life domain ------------------------------------------------------------------


class DomainPage(CitizenPage):
    """One life domain: the levels in citizen words, "does not apply", "I want to talk
    about this", and a remark."""

    def __init__(self, ctx: Context, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.domain = domain
        scale = ctx.instrument.scale
        self.numbers_only = not ctx.instrument.has_level_texts  # a score: 0-10 and the like
        self.chosen: QLabel | None = None
        if self.numbers_only:
            help_text = self.tr(
                "Kies een cijfer van {low} tot {high}. {low} betekent: {low_label}. "
                "{high} betekent: {high_label}."
            ).format(
                low=scale.minimum,
                high=scale.maximum,
                low_label=scale.low.citizen_label,
                high_label=scale.high.citizen_label,
            )
        else:
            help_text = self.tr("Kies de zin die het best bij u past.")
        self.set_texts(domain.citizen_question, help_text, kicker=domain.citizen_name)
        self.choices: dict[int | None, QPushButton] = {}
        self.group = self.question_group()
        if self.numbers_only:
            self._add_numbers()
        else:
            for number, level in enumerate(scale.levels, start=1):
                description = domain.level_text(level.value).citizen if domain.levels else ""
                self._add_choice(level.value, level.citizen_label, description, number)
        self._add_choice(
            None,
            self.tr("Dit past niet bij mij"),
            self.tr("Of: daar zeg ik liever niets over."),
            len(self.choices) + 1,
        )
        make_answers(list(self.choices.values()))
        self.discuss = CheckBox(self.tr("Hier wil ik over &praten"), self)
        self.discuss.setAccessibleName(self.tr("Hier wil ik over praten"))
        ctx.sizer.register(self.discuss, 1.0, bold=True)
        self.discuss.toggled.connect(self._discuss_toggled)
        self.layout_.addSpacing(6)
        self.layout_.addWidget(self.discuss, 0, Qt.AlignmentFlag.AlignLeft)
        self.remark_label = label(self.tr("Wilt u er iets over zeggen? Dit hoeft niet."), self)
        self.remark = text_box(self.tr("Wat u erover wilt zeggen"), self, lines=3)
        self.remark_label.setBuddy(self.remark)
        self.remark.textChanged.connect(self._remark_changed)
        self.layout_.addWidget(self.remark_label)
        self.layout_.addWidget(self.remark)
        self._loading = False
        self.finish()

    def _add_numbers(self) -> None:
        """A score: a row of numbers (wrapping after NUMBERS_PER_ROW), the meaning of the
        two ends under it, and in words which number is chosen (never by colour alone)."""
        scale = self.ctx.instrument.scale
        values = scale.values()
        columns = min(len(values), NUMBERS_PER_ROW)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for index, value in enumerate(values):
            if value == scale.minimum:
                name = self.tr("Cijfer {n}: {label}").format(n=value, label=scale.low.citizen_label)
            elif value == scale.maximum:
                name = self.tr("Cijfer {n}: {label}").format(
                    n=value, label=scale.high.citizen_label
                )
            else:
                name = self.tr("Cijfer {n}").format(n=value)
            button = big_button(str(value), name, self.group)
            button.setObjectName("number")
            button.clicked.connect(lambda _c=False, v=value: self._chosen(v))
            grid.addWidget(button, index // columns, index % columns)
            self.choices[value] = button
        rows = (len(values) - 1) // columns + 1
        half = max(1, columns // 2)
        self.low = label(f"{scale.minimum} = {scale.low.citizen_label}", self.group)
        self.high = label(f"{scale.maximum} = {scale.high.citizen_label}", self.group)
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.low, rows, 0, 1, half)
        grid.addWidget(self.high, rows, columns - half, 1, half)
        self.group.box.addLayout(grid)
        self.chosen = label("", self)
        self.chosen.setObjectName("chosenNumber")
        self.ctx.sizer.register(self.chosen, 1.1, bold=True)
        self.layout_.addWidget(self.chosen)

    def _add_choice(self, value: int | None, title: str, description: str, number: int) -> None:
        button = ChoiceButton(title, description, self.group, self.ctx.sizer)
        speak = self.ctx.read_button(
            self.tr("Keuze {n} voorlezen").format(n=number), self.group, button.spoken_text
        )
        button.clicked.connect(lambda _c=False, v=value: self._chosen(v))
        row = QHBoxLayout()
        row.addWidget(button, 1)
        row.addWidget(speak, 0, Qt.AlignmentFlag.AlignVCenter)
        self.group.box.addLayout(row)
        self.choices[value] = button

    def _answer(self) -> DomainAnswer:
        found = self.ctx.content.answer(self.domain.key)
        return DomainAnswer(self.domain.key) if found is None else found

    def _store(self, answer: DomainAnswer) -> None:
        if self._loading:
            return
        self.ctx.content.set_answer(answer)
        self.changed.emit()

    def _chosen(self, value: int | None) -> None:
        answer = self._answer()
        current = None if answer.skipped else answer.level
        was_chosen = (answer.skipped and value is None) or (value is not None and current == value)
        if was_chosen:  # clicking the chosen answer again takes it back
            answer.level, answer.skipped = None, False
        else:
            answer.level, answer.skipped = value, value is None
        self._show_choice(answer)
        self._store(answer)

    def _show_choice(self, answer: DomainAnswer) -> None:
        chosen: QPushButton | None = None
        if answer.skipped:
            chosen = self.choices[None]
        elif answer.level is not None:
            chosen = self.choices.get(answer.level)
        check_only(list(self.choices.values()), chosen)
        if self.chosen is not None:
            if answer.level is None:
                self.chosen.setText(self.tr("U heeft nog geen cijfer gekozen."))
            else:
                self.chosen.setText(self.tr("U heeft gekozen: {n}").format(n=answer.level))

    def _discuss_toggled(self, on: bool) -> None:
        answer = self._answer()
        answer.wants_to_discuss = on
        self._store(answer)

    def _remark_changed(self) -> None:
        answer = self._answer()
        answer.remark = self.remark.toPlainText()
        self._store(answer)

    def enter(self) -> None:
        self._loading = True
        try:
            answer = self._answer()
            self._show_choice(answer)
            self.discuss.setChecked(answer.wants_to_discuss)
            self.remark.setPlainText(answer.remark)
        finally:
            self._loading = False

    def answered(self) -> bool:
        answer = self.ctx.content.answer(self.domain.key)
        return answer is not None and not answer.is_empty

    def first_focus(self) -> QWidget | None:
        chosen = next((b for b in self.choices.values() if b.isChecked()), None)
        return chosen or next(iter(self.choices.values()))

    def speech_text(self) -> str:
        parts = [super().speech_text()]
        if self.chosen is not None:
            parts += [f"{self.low.text()}. {self.high.text()}.", self.chosen.text()]
        parts += [self.discuss.text().replace("&", "") + ".", self.remark_label.text()]
        return " ".join(parts)


# -- the people who help ------------------------------------------------------------


class HelpersPage(CitizenPage):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wie helpt u?"),
            self.tr("Bijvoorbeeld familie, buren of vrienden. Dit hoeft niet."),
        )
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(6)
        self.layout_.addLayout(self.list_box)
        self.none_label = label(self.tr("U heeft nog niemand opgeschreven."), self)
        self.layout_.addWidget(self.none_label)
        self.rows: list[QWidget] = []
        self.row_labels: list[QLabel] = []
        self.captions: list[QLabel] = []

        group = self.question_group()
        self.add_title = label(self.tr("Iemand toevoegen"), group)
        ctx.sizer.register(self.add_title, 1.1, bold=True)
        group.box.addWidget(self.add_title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_edit = self._line(form, self.tr("&Naam"), self.tr("bijvoorbeeld: Els"))
        self.who_edit = self._line(
            form, self.tr("&Wie is dit voor u?"), self.tr("bijvoorbeeld: mijn buurvrouw")
        )
        self.what_edit = self._line(
            form, self.tr("Waarmee &helpt deze persoon?"), self.tr("bijvoorbeeld: boodschappen")
        )
        group.box.addLayout(form)
        self.problem_label = label("", self)
        self.problem_label.setObjectName("problem")
        self.problem_label.hide()
        self.layout_.addWidget(self.problem_label)
        self.add_button = big_button(self.tr("T&oevoegen"), self.tr("Deze persoon toevoegen"), self)
        self.add_button.clicked.connect(self.add)
        for edit in (self.name_edit, self.who_edit, self.what_edit):
            edit.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.finish()

    def _line(self, form: QFormLayout, caption: str, placeholder: str) -> QLineEdit:
        group = self.question_group()
        edit = QLineEdit(group)
        edit.setAccessibleName(caption.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(MAX_LINE)
        caption_label = QLabel(caption, group)
        caption_label.setBuddy(edit)
        form.addRow(caption_label, edit)
        self.captions.append(caption_label)
        return edit

    def add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self._problem(self.tr("Vul eerst een naam in."))
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if len(self.ctx.content.helpers) >= MAX_HELPERS_SHOWN:
            self._problem(
                self.tr("U heeft al {n} mensen opgeschreven. Meer kan niet.").format(
                    n=MAX_HELPERS_SHOWN
                )
            )
            return
        helper = Helper(
            name=name,
            who=" ".join(self.who_edit.text().split()),
            helps_with=" ".join(self.what_edit.text().split()),
        )
        self.ctx.content.helpers.append(helper)
        for edit in (self.name_edit, self.who_edit, self.what_edit):
            edit.clear()
        self._problem("")
        self.enter()
        announce(self, self.tr("Toegevoegd: {person}").format(person=helper.name))
        self.changed.emit()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem(self, text: str) -> None:
        show_status(self.problem_label, text, assertive=True)

    def remove(self, index: int) -> None:
        del self.ctx.content.helpers[index]
        self.enter()
        self.changed.emit()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def enter(self) -> None:
        for row in self.rows:
            self.list_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows, self.row_labels = [], []
        for index, helper in enumerate(self.ctx.content.helpers):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = " — ".join(p for p in (helper.name, helper.who, helper.helps_with) if p)
            row_label = label("• " + text, row)
            line.addWidget(row_label, 1)
            self.row_labels.append(row_label)
            remove = big_button(
                self.tr("Weghalen"),
                self.tr("{name} weghalen").format(name=helper.name),
                row,
                kind="small",
            )
            remove.clicked.connect(lambda _c=False, i=index: self.remove(i))
            line.addWidget(remove)
            self.list_box.addWidget(row)
            self.rows.append(row)
            self.ctx.sizer.apply_to(row)
        self.none_label.setVisible(not self.rows)

    def answered(self) -> bool:
        return bool(self.ctx.content.helpers)

    def speech_text(self) -> str:
        parts = [super().speech_text()]
        parts += [r.text().lstrip("• ") + "." for r in self.row_labels] or [self.none_label.text()]
        parts.append(self.add_title.text() + ".")
        parts += [c.text().replace("&", "") for c in self.captions]
        if not self.problem_label.isHidden():
            parts.append(self.problem_label.text())
        return " ".join(parts)

    def first_focus(self) -> QWidget | None:
        return self.name_edit


# -- the end ------------------------------------------------------------------------


class DonePage(CitizenPage):
    counted = False
    save = Signal()
    paper = Signal()
    wipe = Signal()
    open_pdf = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("U bent klaar met de vragen"), "")
        self.summary = label("", self)
        self.layout_.addWidget(self.summary)
        self.plan_summary = label("", self)
        self.layout_.addWidget(self.plan_summary)
        self.what_now = label(self.tr("Wat wilt u nu doen?"), self)
        ctx.sizer.register(self.what_now, 1.1, bold=True)
        self.layout_.addWidget(self.what_now)
        self.action_grid = QGridLayout()
        self.action_grid.setHorizontalSpacing(16)
        self.action_grid.setVerticalSpacing(12)
        self.action_grid.setColumnStretch(1, 1)
        self.layout_.addLayout(self.action_grid)
        self.action_rows: list[tuple[QPushButton, QLabel]] = []
        self.save_button = self._action(
            self.tr("&Opslaan als bestand"),
            self.tr("Neem het bestand mee naar het gesprek. Of stuur het naar uw hulpverlener."),
        )
        self.paper_button = self._action(
            self.tr("Op &papier zetten"),
            self.tr("U krijgt een bestand om te printen. Neem het papier mee naar het gesprek."),
        )
        self.wipe_button = self._action(
            self.tr("Alles &wissen"),
            self.tr(
                "Dan haalt u uw antwoorden van deze computer. Doe dit als u klaar bent. Of "
                "als andere mensen deze computer ook gebruiken."
            ),
        )
        self.layout_.addSpacing(8)
        self.result = label("", self, selectable=True)
        self.result.setObjectName("result")
        ctx.sizer.register(self.result, 1.0, bold=True)
        self.result.hide()
        self.layout_.addWidget(self.result)
        self.open_button = big_button(
            self.tr("Het papier &bekijken"), self.tr("Het bestand om te printen openen"), self
        )
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_pdf)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.paper_button.clicked.connect(self.paper)
        self.wipe_button.clicked.connect(self.wipe)
        self.finish()

    def _action(self, text: str, explanation: str) -> QPushButton:
        button = big_button(text, text.replace("&", ""), self)
        button.setAccessibleDescription(explanation)
        row = self.action_grid.rowCount()
        self.action_grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        explained = label(explanation, self)
        self.action_grid.addWidget(explained, row, 1)
        self.action_rows.append((button, explained))
        return button

    def enter(self) -> None:
        self.summary.setText(
            self.tr("U heeft {done} van de {total} vragen ingevuld.").format(
                done=self.answered_count, total=self.total
            )
        )
        plan = self.ctx.content.plan
        if plan is None:
            self.plan_summary.setText(self.tr("U heeft geen eigen plan gemaakt."))
        else:
            if plan.kind is PlanKind.FAMILIEGROEPSPLAN:
                text = self.tr("U heeft een familiegroepsplan gemaakt.")
            else:
                text = self.tr("U heeft een eigen plan gemaakt.")
            text += " " + self.tr(
                "Doelen: {goals}. Wat er gaat gebeuren: {actions}. Wat u vraagt: {asks}. "
                "Mensen die meedoen: {people}."
            ).format(
                goals=len(plan.goals),
                actions=len(plan.actions),
                asks=len(plan.asks),
                people=len(plan.written_with),
            )
            self.plan_summary.setText(text)

    answered_count = 0
    total = 0

    def show_result(self, text: str, *, can_open: bool = False, problem: bool = False) -> None:
        """What happened (saved, where, the code to remember; or what went wrong): shown
        and announced."""
        self.open_button.setVisible(can_open)
        show_status(self.result, text, assertive=problem)

    def first_focus(self) -> QWidget | None:
        return self.save_button

    def speech_text(self) -> str:
        parts = [
            self.heading.text(),
            self.summary.text(),
            self.plan_summary.text(),
            self.what_now.text(),
        ]
        for button, explained in self.action_rows:
            parts += [button.text().replace("&", "") + ".", explained.text()]
        if not self.result.isHidden():
            parts.append(self.result.text())
        return " ".join(parts)


__all__ = [
    "MAX_HELPERS_SHOWN",
    "DomainPage",
    "DonePage",
    "ExplainPage",
    "HelpersPage",
    "NamePage",
    "TextPage",
    "WelcomePage",
    "WellbeingPage",
]
