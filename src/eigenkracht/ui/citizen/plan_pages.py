"""The screens of the citizen's own plan (Wmo: persoonlijk plan; Jeugdwet:
familiegroepsplan), after "Wie helpt u?": one question per screen.

First `PlanChoicePage` asks whether they want to make a plan (alone, with family and
friends, or not now). Then, only when they make one (`PlanPage.skipped()`):

- `GoalsPage`: what they want to reach, in their own words, each with a life domain of
  the instrument or "Iets anders";
- `ActionsPage`: what they and the people around them will do: who ("Ikzelf", one of
  their helpers, one of the people who take part), what, when in their own words or
  "steeds", and optionally for which goal;
- `AsksPage`: what they ask from the municipality or others;
- `ParticipantsPage`: who helped write it, each with what they take on. For a
  familiegroepsplan it comes first (the family and friends make the plan together),
  for a persoonlijk plan last; the window holds it twice and shows the one that fits.

Each list screen shows what is written so far (each with "Weghalen") above a small form;
Return in a field adds what is typed, and Verder does too, so nothing typed is lost.
The Alt letters of a screen never clash with the window's own (L, G, S, T, V).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.exchange.selfassessment import (
    MAX_LINE,
    MAX_TEXT,
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
)
from eigenkracht.ui.citizen.base import CitizenPage, Context
from eigenkracht.ui.citizen.widgets import (
    CheckBox,
    ChoiceBox,
    ChoiceButton,
    big_button,
    check_only,
    label,
    make_answers,
    show_status,
)
from eigenkracht.ui.widgets.plain import plain_line

MAX_GOALS_SHOWN = 30
MAX_ACTIONS_SHOWN = 100
MAX_ASKS_SHOWN = 30
MAX_PARTICIPANTS_SHOWN = 30
HELPER_COLUMNS = 3  # the helpers' names as buttons, three to a row


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- make a plan or not -------------------------------------------------------------


class PlanChoicePage(CitizenPage):
    """Wilt u zelf een plan maken? Alone (persoonlijk plan), with family and friends
    (familiegroepsplan), or not now (Verder then goes to the end)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wilt u zelf een plan maken?"),
            self.tr(
                "In een plan schrijft u op wat u wilt bereiken. En wat u en de mensen om u "
                "heen gaan doen. Uw hulpverlener gaat daarmee verder."
            ),
            kicker=self.tr("Uw eigen plan"),
        )
        self.choices: dict[PlanKind | None, ChoiceButton] = {}
        options: list[tuple[PlanKind | None, str, str]] = [
            (
                PlanKind.PERSOONLIJK,
                self.tr("Ja, ik maak zelf een plan"),
                self.tr(
                    "Alleen, of met hulp van iemand die u kent. Dit heet een persoonlijk plan."
                ),
            ),
            (
                PlanKind.FAMILIEGROEPSPLAN,
                self.tr("Ja, samen met familie en vrienden"),
                self.tr(
                    "U maakt het plan samen met de mensen om u heen. Dit heet een "
                    "familiegroepsplan."
                ),
            ),
            (
                None,
                self.tr("Nee, nu niet"),
                self.tr("Klik dan op Verder. U gaat dan naar het einde."),
            ),
        ]
        group = self.question_group()
        for number, (kind, title, description) in enumerate(options, start=1):
            button = ChoiceButton(title, description, group, ctx.sizer)
            speak = ctx.read_button(
                self.tr("Keuze {n} voorlezen").format(n=number), group, button.spoken_text
            )
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            row = QHBoxLayout()
            row.addWidget(button, 1)
            row.addWidget(speak, 0, Qt.AlignmentFlag.AlignVCenter)
            group.box.addLayout(row)
            self.choices[kind] = button
        make_answers(list(self.choices.values()))
        self.chosen = label("", self)
        self.chosen.setObjectName("chosenPlan")
        ctx.sizer.register(self.chosen, 1.1, bold=True)
        self.layout_.addWidget(self.chosen)
        self.finish()

    def choose(self, kind: PlanKind | None) -> None:
        content = self.ctx.content
        if kind is None:
            plan = content.plan
            if (
                plan is not None
                and not plan.is_empty
                and not self.ctx.confirm(
                    self.tr("Weet u het zeker? Wat u in uw plan hebt geschreven, gaat dan weg."),
                    self.tr("Ja, geen plan"),
                )
            ):
                self._show()
                return
            content.plan = None
            self.ctx.plan_declined = True
        elif content.plan is None:
            content.plan = OwnPlan(kind=kind)
            self.ctx.plan_declined = False
        else:
            content.plan.kind = kind
            self.ctx.plan_declined = False
        self._show()
        self.changed.emit()

    def current(self) -> tuple[bool, PlanKind | None]:
        """(chosen at all, the kind: None for "Nee, nu niet")."""
        plan = self.ctx.content.plan
        if plan is not None:
            return True, plan.kind
        return self.ctx.plan_declined, None

    def _show(self) -> None:
        chosen, current = self.current()
        check_only(list(self.choices.values()), self.choices[current] if chosen else None)
        if not chosen:
            self.chosen.setText(self.tr("U heeft nog niets gekozen."))
        else:
            self.chosen.setText(
                self.tr("U heeft gekozen: {choice}").format(choice=self.choices[current].title_text)
            )

    def enter(self) -> None:
        self._show()

    def answered(self) -> bool:
        return self.current()[0]

    def first_focus(self) -> QWidget | None:
        chosen = next((b for b in self.choices.values() if b.isChecked()), None)
        return chosen or self.choices[PlanKind.PERSOONLIJK]

    def speech_text(self) -> str:
        return f"{super().speech_text()} {self.chosen.text()}"


# -- the screens of the plan --------------------------------------------------------


class PlanPage(CitizenPage):
    """A screen of the plan: shown only when the citizen makes one."""

    counted = False

    def skipped(self) -> bool:
        return self.ctx.content.plan is None

    @property
    def plan(self) -> OwnPlan:
        """The plan, to write in (made when there is none yet: shown without a choice)."""
        if self.ctx.content.plan is None:
            self.ctx.content.plan = OwnPlan()
            self.ctx.plan_declined = False
        return self.ctx.content.plan

    @property
    def shown_plan(self) -> OwnPlan:
        """The plan, to show (an empty one when there is none: nothing is made)."""
        return self.ctx.content.plan or OwnPlan()

    def kicker_text(self) -> str:
        plan = self.ctx.content.plan
        if plan is not None and plan.kind is PlanKind.FAMILIEGROEPSPLAN:
            return self.tr("Uw familiegroepsplan")
        return self.tr("Uw eigen plan")


class ListPage(PlanPage):
    """A list of things written so far, each with "Weghalen", above a form that adds one
    more. Subclasses build the form (`line()`, `combo()`) and say what an item is."""

    limit = 30
    list_caption = ""
    none_text = ""
    add_caption = ""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The form first, under the question (on a small screen the question and where
        # one types stay together), then what is written so far.
        group = self.question_group()
        self.add_title = label("", group)
        ctx.sizer.register(self.add_title, 1.1, bold=True)
        group.box.addWidget(self.add_title)
        # Each caption on its own line above its field, both the page's width (a form
        # layout gave a caption only its narrowest width: it wrapped word by word).
        self.form = QVBoxLayout()
        self.form.setSpacing(4)
        group.box.addLayout(self.form)
        self.fields: list[QWidget] = []
        self.captions: list[QLabel] = []
        self.problem_label = label("", self)
        self.problem_label.setObjectName("problem")
        self.problem_label.hide()
        self.after_form = QVBoxLayout()
        self.layout_.addLayout(self.after_form)
        self.layout_.addWidget(self.problem_label)
        self.add_button = big_button(self.tr("T&oevoegen"), "", self)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.added_label = label("", self)
        self.added_label.setObjectName("added")
        self.added_label.hide()
        self.layout_.addWidget(self.added_label)
        self.layout_.addSpacing(10)
        self.list_title = label("", self)
        ctx.sizer.register(self.list_title, 1.1, bold=True)
        self.layout_.addWidget(self.list_title)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(6)
        self.layout_.addLayout(self.list_box)
        self.none_label = label("", self)
        self.layout_.addWidget(self.none_label)
        self.rows: list[QWidget] = []
        self.remove_buttons: list[QPushButton] = []
        self.row_labels: list[QLabel] = []

    # -- building the form

    def line(self, caption: str, placeholder: str, limit: int = MAX_LINE) -> QLineEdit:
        edit = QLineEdit(self.question_group())
        edit.setAccessibleName(caption.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(limit)
        edit.returnPressed.connect(self.add)
        self._add_field(caption, edit)
        return edit

    def combo(self, caption: str) -> QComboBox:
        box = ChoiceBox(self.question_group())
        box.setAccessibleName(caption.replace("&", ""))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._add_field(caption, box)
        return box

    def _add_field(self, caption: str, field: QWidget) -> None:
        # A caption's Alt letter needs a QLabel that reads "&" as a mnemonic (our own
        # fixed words; never the citizen's).
        caption_label = QLabel(caption, self.question_group())
        caption_label.setTextFormat(Qt.TextFormat.PlainText)
        caption_label.setWordWrap(True)
        caption_label.setBuddy(field)
        if self.fields:
            self.form.addSpacing(8)
        self.form.addWidget(caption_label)
        self.form.addWidget(field)
        self.fields.append(field)
        self.captions.append(caption_label)

    def set_words(self, list_caption: str, none_text: str, add_caption: str, add_name: str) -> None:
        self.list_title.setText(list_caption)
        self.none_label.setText(none_text)
        self.add_title.setText(add_caption)
        self.add_button.setAccessibleName(add_name)

    # -- what a subclass says

    def items_of(self, plan: OwnPlan) -> list[Any]:
        raise NotImplementedError

    def items(self) -> list[Any]:
        """The list to change."""
        return self.items_of(self.plan)

    def shown_items(self) -> list[Any]:
        return self.items_of(self.shown_plan)

    def row_text(self, index: int, item: Any) -> str:
        raise NotImplementedError

    def remove_name(self, index: int, item: Any) -> str:
        raise NotImplementedError

    def typed(self) -> bool:
        """Something is typed in the form that is not added yet."""
        raise NotImplementedError

    def make_item(self) -> Any | None:
        """The item the form describes, or None after showing a problem."""
        raise NotImplementedError

    def clear_form(self) -> None:
        for field in self.fields:
            if isinstance(field, QLineEdit):
                field.clear()
            elif isinstance(field, QComboBox):
                field.setCurrentIndex(0)
            elif isinstance(field, QCheckBox):
                field.setChecked(False)

    def refresh_form(self) -> None:
        """Choices in the form that depend on other screens (people, goals)."""

    def removed(self, index: int) -> None:
        """Item `index` was removed (fix what points at the items after it)."""

    def too_many(self) -> str:
        return self.tr("Meer dan {n} kan niet.").format(n=self.limit)

    # -- adding and removing

    def add(self) -> None:
        if len(self.items()) >= self.limit:
            self.show_problem(self.too_many())
            return
        item = self.make_item()
        if item is None:
            return
        self.items().append(item)
        self.clear_form()
        self.show_problem("")
        self.enter()
        self.show_added(self.row_labels[-1].text().lstrip("• "))
        self.changed.emit()
        self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def add_typed(self) -> None:
        """Verder: what is typed but not yet added is added (nothing typed is lost)."""
        if self.typed():
            self.add()

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        if text and field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        show_status(self.problem_label, text, assertive=True)

    def show_added(self, text: str) -> None:
        """Said under the button: what was added (the list may be below the screen)."""
        show_status(
            self.added_label,
            self.tr("Toegevoegd: {item}. U kunt nog iets opschrijven. Of klik op Verder.").format(
                item=text.rstrip(".")
            )
            if text
            else "",
        )

    def remove(self, index: int) -> None:
        del self.items()[index]
        self.removed(index)
        self.enter()
        self.changed.emit()
        if self.remove_buttons:
            self.remove_buttons[min(index, len(self.remove_buttons) - 1)].setFocus(
                Qt.FocusReason.OtherFocusReason
            )
        else:
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the protocol

    def enter(self) -> None:
        self.kicker.setText(self.kicker_text())
        self.kicker.show()
        self.show_added("")
        for row in self.rows:
            self.list_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows, self.remove_buttons, self.row_labels = [], [], []
        for index, item in enumerate(self.shown_items()):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = label(self.row_text(index, item), row)
            line.addWidget(text, 1)
            remove = big_button(
                self.tr("Weghalen"), self.remove_name(index, item), row, kind="small"
            )
            remove.clicked.connect(lambda _c=False, i=index: self.remove(i))
            line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.list_box.addWidget(row)
            self.rows.append(row)
            self.remove_buttons.append(remove)
            self.row_labels.append(text)
            self.ctx.sizer.apply_to(row)
        self.none_label.setVisible(not self.rows)
        self.refresh_form()

    def answered(self) -> bool:
        return bool(self.shown_items())

    def first_focus(self) -> QWidget | None:
        return self.fields[0]

    def focus_order(self) -> list[QWidget]:
        return [*self.fields, self.add_button, *self.remove_buttons]

    def speech_text(self) -> str:
        """The question, what the form asks, what was just added, what is written."""
        parts = [super().speech_text(), self.add_title.text()]
        parts += [c.text().replace("&", "") for c in self.captions if not c.isHidden()]
        if not self.problem_label.isHidden():
            parts.append(self.problem_label.text())
        if not self.added_label.isHidden():
            parts.append(self.added_label.text())
        parts.append(self.list_title.text())
        if self.rows:
            parts += [text.text() for text in self.row_labels]
        else:
            parts.append(self.none_label.text())
        return " ".join(p if p.endswith((".", "?", ":", "!")) else f"{p}." for p in parts if p)


class GoalsPage(ListPage):
    """Wat wilt u bereiken? Goals in their own words, each with a life domain of the
    instrument or "Iets anders"."""

    limit = MAX_GOALS_SHOWN

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wat wilt u bereiken?"),
            self.tr(
                "Schrijf het op in uw eigen woorden. Bijvoorbeeld: weer zelf mijn post doen. "
                "U mag meer dan één doel opschrijven."
            ),
            kicker=self.tr("Uw eigen plan"),
        )
        self.set_words(
            self.tr("Uw doelen"),
            self.tr("U heeft nog geen doel opgeschreven."),
            self.tr("Een doel toevoegen"),
            self.tr("Dit doel toevoegen"),
        )
        self.text_edit = self.line(
            self.tr("&Uw doel"), self.tr("bijvoorbeeld: weer zelf mijn post doen"), MAX_TEXT
        )
        self.domain_box = self.combo(self.tr("&Welk onderwerp? Dit hoeft niet."))
        self.domain_box.addItem(self.tr("Iets anders"), "")
        for domain in ctx.instrument.domains:
            self.domain_box.addItem(domain.citizen_name, domain.key)
        self.finish()

    def items_of(self, plan: OwnPlan) -> list[OwnGoal]:
        return plan.goals

    def domain_name(self, key: str) -> str:
        domain = next((d for d in self.ctx.instrument.domains if d.key == key), None)
        return domain.citizen_name if domain is not None else ""

    def row_text(self, index: int, item: OwnGoal) -> str:
        name = self.domain_name(item.domain)
        topic = name or self.tr("Iets anders")
        return self.tr("{n}. {goal} (onderwerp: {topic})").format(
            n=index + 1, goal=one_line(item.text), topic=topic
        )

    def remove_name(self, index: int, item: OwnGoal) -> str:
        return self.tr("Doel {n} weghalen").format(n=index + 1)

    def typed(self) -> bool:
        return bool(self.text_edit.text().strip())

    def make_item(self) -> OwnGoal | None:
        text = self.text_edit.text().strip()
        if not text:
            self.show_problem(self.tr("Schrijf eerst op wat u wilt bereiken."), self.text_edit)
            return None
        return OwnGoal(text=text, domain=str(self.domain_box.currentData() or ""))

    def removed(self, index: int) -> None:
        """Actions keep pointing at the same goal; an action of this goal has none now."""
        for action in self.plan.actions:
            if action.goal == index:
                action.goal = None
            elif action.goal is not None and action.goal > index:
                action.goal -= 1


class ActionsPage(ListPage):
    """Wat gaat u doen, en wie helpt? What, who, when or "steeds", for which goal."""

    limit = MAX_ACTIONS_SHOWN

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wat gaat u doen, en wie helpt?"),
            self.tr(
                "Schrijf op wat er gaat gebeuren. En wie het doet: uzelf, of iemand om u heen."
            ),
            kicker=self.tr("Uw eigen plan"),
        )
        self.set_words(
            self.tr("Wat er gaat gebeuren"),
            self.tr("U heeft nog niets opgeschreven."),
            self.tr("Iets toevoegen"),
            self.tr("Dit toevoegen aan wat er gaat gebeuren"),
        )
        self.what_edit = self.line(
            self.tr("&Wat gaat er gebeuren?"),
            self.tr("bijvoorbeeld: samen de post openmaken"),
            MAX_TEXT,
        )
        self.who_box = self.combo(self.tr("Wie &doet het?"))
        self.who_note = label(
            self.tr("Staat iemand er niet bij? Ga dan terug naar: Wie helpt u?"),
            self.question_group(),
        )
        self.form.addWidget(self.who_note)
        self.when_edit = self.line(
            self.tr("Wanne&er?"), self.tr("bijvoorbeeld: elke dinsdag, of voor de zomer")
        )
        self.ongoing = CheckBox(self.tr("Steeds: dit &blijft doorgaan"), self.question_group())
        self.ongoing.setAccessibleName(self.tr("Steeds: dit blijft doorgaan"))
        # as wide as its words: a click beside them does not tick it
        self.ongoing.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.form.addSpacing(8)
        self.form.addWidget(self.ongoing, 0, Qt.AlignmentFlag.AlignLeft)
        self.fields.append(self.ongoing)
        self.goal_box = self.combo(self.tr("Bij welk doel &hoort het? Dit hoeft niet."))
        self.goal_caption = self.captions[-1]
        self.finish()

    def items_of(self, plan: OwnPlan) -> list[OwnAction]:
        return plan.actions

    def people(self) -> list[tuple[str, str]]:
        """(name, how it is shown) of everybody who can do something: the helpers, then
        the people who take part that are not helpers too."""
        found: list[tuple[str, str]] = []
        names: set[str] = set()
        content = self.ctx.content
        written_with = content.plan.written_with if content.plan is not None else []
        for name, who in [(h.name, h.who) for h in content.helpers] + [
            (p.name, p.who) for p in written_with
        ]:
            key = name.casefold()
            if not name.strip() or key in names:
                continue
            names.add(key)
            found.append((name, f"{name} ({who})" if who.strip() else name))
        return found

    def refresh_form(self) -> None:
        chosen = self.who_box.currentData()
        self.who_box.clear()
        self.who_box.addItem(self.tr("Ikzelf"), "")
        for name, shown in self.people():
            self.who_box.addItem(plain_line(shown), name)
        index = self.who_box.findData(chosen) if chosen else 0
        self.who_box.setCurrentIndex(max(index, 0))
        chosen_goal = self.goal_box.currentData()
        self.goal_box.clear()
        self.goal_box.addItem(self.tr("Bij geen bepaald doel"), -1)
        for number, goal in enumerate(self.shown_plan.goals, start=1):
            self.goal_box.addItem(
                plain_line(
                    self.tr("Doel {n}: {goal}").format(n=number, goal=one_line(goal.text)[:60])
                ),
                number - 1,
            )
        index = self.goal_box.findData(chosen_goal) if chosen_goal is not None else 0
        self.goal_box.setCurrentIndex(max(index, 0))
        has_goals = bool(self.shown_plan.goals)
        self.goal_box.setVisible(has_goals)
        self.goal_caption.setVisible(has_goals)

    def who_text(self, who: str) -> str:
        return who if who.strip() else self.tr("Ikzelf")

    def row_text(self, index: int, item: OwnAction) -> str:
        text = self.tr("{who}: {what}").format(
            who=self.who_text(item.who), what=one_line(item.what)
        )
        when = [one_line(item.when)] if item.when.strip() else []
        if item.ongoing:
            when.append(self.tr("steeds"))
        if when:
            text += f" ({', '.join(when)})"
        if item.goal is not None and 0 <= item.goal < len(self.shown_plan.goals):
            text += " " + self.tr("Hoort bij doel {n}.").format(n=item.goal + 1)
        return "• " + text

    def remove_name(self, index: int, item: OwnAction) -> str:
        return self.tr("Afspraak {n} weghalen").format(n=index + 1)

    def typed(self) -> bool:
        return bool(self.what_edit.text().strip())

    def make_item(self) -> OwnAction | None:
        what = self.what_edit.text().strip()
        if not what:
            self.show_problem(self.tr("Schrijf eerst op wat er gaat gebeuren."), self.what_edit)
            return None
        goal = self.goal_box.currentData() if self.plan.goals else -1
        return OwnAction(
            what=what,
            who=str(self.who_box.currentData() or ""),
            when=one_line(self.when_edit.text()),
            ongoing=self.ongoing.isChecked(),
            goal=goal if isinstance(goal, int) and goal >= 0 else None,
        )

    def speech_text(self) -> str:
        ongoing = self.ongoing.text().replace("&", "")
        return f"{super().speech_text()} {ongoing}. {self.who_note.text()}"

    def clear_form(self) -> None:
        for field in (self.what_edit, self.when_edit):
            field.clear()
        self.ongoing.setChecked(False)
        # who and which goal stay: the next thing is often for the same person or goal


class AsksPage(ListPage):
    """Wat vraagt u aan de gemeente of aan anderen?"""

    limit = MAX_ASKS_SHOWN

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(
            self.tr("Wat vraagt u aan de gemeente of aan anderen?"),
            self.tr(
                "Wat lukt u niet zelf, ook niet met de mensen om u heen? "
                "Bijvoorbeeld: hulp bij het huishouden. Dit hoeft niet."
            ),
            kicker=self.tr("Uw eigen plan"),
        )
        self.set_words(
            self.tr("Wat u vraagt"),
            self.tr("U heeft nog niets gevraagd."),
            self.tr("Iets vragen"),
            self.tr("Deze vraag toevoegen"),
        )
        self.what_edit = self.line(
            self.tr("&Wat vraagt u?"), self.tr("bijvoorbeeld: hulp bij het huishouden"), MAX_TEXT
        )
        self.whom_edit = self.line(
            self.tr("&Aan wie?"), self.tr("bijvoorbeeld: de gemeente, of de huisarts")
        )
        self.whom_note = label(
            self.tr("Vult u niet in aan wie? Dan vraagt u het aan de gemeente."), self
        )
        self.after_form.addWidget(self.whom_note)
        self.finish()

    def items_of(self, plan: OwnPlan) -> list[OwnAsk]:
        return plan.asks

    def row_text(self, index: int, item: OwnAsk) -> str:
        whom = one_line(item.from_whom) or self.tr("de gemeente")
        return "• " + self.tr("{what} (aan: {whom})").format(what=one_line(item.what), whom=whom)

    def remove_name(self, index: int, item: OwnAsk) -> str:
        return self.tr("Vraag {n} weghalen").format(n=index + 1)

    def typed(self) -> bool:
        return bool(self.what_edit.text().strip())

    def make_item(self) -> OwnAsk | None:
        what = self.what_edit.text().strip()
        if not what:
            self.show_problem(self.tr("Schrijf eerst op wat u vraagt."), self.what_edit)
            return None
        return OwnAsk(what=what, from_whom=one_line(self.whom_edit.text()))

    def speech_text(self) -> str:
        return f"{super().speech_text()} {self.whom_note.text()}"


class ParticipantsPage(ListPage):
    """Who helped write the plan, each with what they take on. `first`: the screen
    before the goals (a familiegroepsplan), else the one after the asks (a persoonlijk
    plan)."""

    limit = MAX_PARTICIPANTS_SHOWN

    def __init__(self, ctx: Context, *, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.first = first
        self.set_words(
            self.tr("Wie er meedoen"),
            self.tr("U heeft nog niemand opgeschreven."),
            self.tr("Iemand toevoegen"),
            self.tr("Deze persoon toevoegen"),
        )
        self.helpers_title = label(
            self.tr("Doet iemand mee die u al bij uw helpers schreef? Klik dan op de naam."),
            self,
        )
        self.helpers_grid = QGridLayout()
        self.helpers_grid.setSpacing(8)
        self.helpers_grid.setColumnStretch(HELPER_COLUMNS, 1)
        group = self.question_group()
        after_title = group.box.indexOf(self.add_title) + 1
        group.box.insertWidget(after_title, self.helpers_title)
        group.box.insertLayout(after_title + 1, self.helpers_grid)
        self.helper_buttons: list[QPushButton] = []
        self.name_edit = self.line(self.tr("&Naam"), self.tr("bijvoorbeeld: Els"))
        self.who_edit = self.line(
            self.tr("Wie &is dit voor u?"), self.tr("bijvoorbeeld: mijn zus, of de buurman")
        )
        self.takes_on_edit = self.line(
            self.tr("Wat gaat deze persoon &doen?"),
            self.tr("bijvoorbeeld: elke week met mij boodschappen doen"),
            MAX_TEXT,
        )
        self.finish()

    def skipped(self) -> bool:
        plan = self.ctx.content.plan
        if plan is None:
            return True
        return self.first != (plan.kind is PlanKind.FAMILIEGROEPSPLAN)

    def enter(self) -> None:
        if self.shown_plan.kind is PlanKind.FAMILIEGROEPSPLAN:
            self.set_texts(
                self.tr("Wie maken het plan met u?"),
                self.tr(
                    "Schrijf op wie er meedoen. Bijvoorbeeld familie, vrienden of buren. "
                    "En wat ieder gaat doen."
                ),
            )
        else:
            self.set_texts(
                self.tr("Heeft iemand u geholpen met dit plan?"),
                self.tr(
                    "Bijvoorbeeld iemand van uw familie, of een vriend. Schrijf ook op wat "
                    "deze persoon gaat doen. Dit hoeft niet."
                ),
            )
        super().enter()

    def items_of(self, plan: OwnPlan) -> list[Participant]:
        return plan.written_with

    def refresh_form(self) -> None:
        """A button per helper who is not yet in the list: one click adds them."""
        for button in self.helper_buttons:
            self.helpers_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.helper_buttons = []
        taken = {p.name.casefold() for p in self.shown_plan.written_with}
        for helper in self.ctx.content.helpers:
            if helper.name.casefold() in taken:
                continue
            button = big_button(
                plain_line(helper.name).replace("&", "&&"),  # a name's "&" is no Alt letter
                plain_line(self.tr("{name} toevoegen").format(name=helper.name)),
                self.question_group(),
                kind="small",
            )
            button.clicked.connect(lambda _c=False, h=helper: self.add_helper(h.name, h.who))
            count = len(self.helper_buttons)
            self.helpers_grid.addWidget(button, count // HELPER_COLUMNS, count % HELPER_COLUMNS)
            self.helper_buttons.append(button)
            self.ctx.sizer.apply_to(button)
        self.helpers_title.setVisible(bool(self.helper_buttons))

    def add_helper(self, name: str, who: str) -> None:
        """Fill in a helper's name and who they are; what they do is typed next."""
        self.name_edit.setText(name)
        self.who_edit.setText(who)
        self.takes_on_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def row_text(self, index: int, item: Participant) -> str:
        text = one_line(item.name)
        if item.who.strip():
            text += f" ({one_line(item.who)})"
        if item.takes_on.strip():
            text += ": " + one_line(item.takes_on)
        return "• " + text

    def remove_name(self, index: int, item: Participant) -> str:
        return plain_line(self.tr("{name} weghalen").format(name=item.name))

    def typed(self) -> bool:
        return bool(self.name_edit.text().strip())

    def make_item(self) -> Participant | None:
        name = one_line(self.name_edit.text())
        if not name:
            self.show_problem(self.tr("Vul eerst een naam in."), self.name_edit)
            return None
        return Participant(
            name=name,
            who=one_line(self.who_edit.text()),
            takes_on=self.takes_on_edit.text().strip(),
        )

    def focus_order(self) -> list[QWidget]:
        return [*self.helper_buttons, *self.fields, self.add_button, *self.remove_buttons]

    def speech_text(self) -> str:
        text = super().speech_text()
        if self.helper_buttons:
            names = ", ".join(h.name for h in self.ctx.content.helpers if self._offered(h.name))
            text += f" {self.helpers_title.text()} {names}."
        return text

    def _offered(self, name: str) -> bool:
        return name.casefold() not in {p.name.casefold() for p in self.shown_plan.written_with}


def plan_steps(pages: Sequence[CitizenPage]) -> list[CitizenPage]:
    """The plan's screens that are shown now, in order."""
    return [p for p in pages if isinstance(p, PlanPage) and not p.skipped()]


__all__ = [
    "ActionsPage",
    "AsksPage",
    "GoalsPage",
    "ListPage",
    "ParticipantsPage",
    "PlanChoicePage",
    "PlanPage",
    "plan_steps",
]
