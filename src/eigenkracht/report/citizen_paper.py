"""The citizen's answers on one page of paper (PDF), to bring to the conversation.

    pdf: bytes = render_paper(content, instrument, words, today=...)

On the base renderer of every printed document (report.base): the shipped DejaVu font
draws every Dutch letter (ĳ, ë, €); every text the citizen typed takes the same safe
path as in the plan (escaped, controls and bidi overrides neutralised, Hebrew and
Arabic in visual order and joined); the whole page shrinks to fit one A4. Longer texts
are cut on paper (the file keeps them whole), so the page stays readable.

A plan of the citizen's own (persoonlijk plan or familiegroepsplan) prints on a second
page, also shrunk to fit: what they want to reach, what they and their people will do
(who, what, when), what they ask and from whom, and who made it with them.

The words are the screen's (ui/citizen/paper.py translates them): this module knows
their meaning, not their language. Importing it imports reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table, TableStyle

from eigenkracht.core.instruments import Instrument
from eigenkracht.exchange.selfassessment import DomainAnswer, OwnPlan, PlanKind, SelfAssessment
from eigenkracht.report.base import Document

MAX_PAPER_TEXT = 600
MAX_PAPER_REMARK = 160
MARGIN = 15 * mm
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


@dataclass(frozen=True)
class PaperWords:
    """Every word of the paper that is not the citizen's or the instrument's, in the
    reader's language. `name_line` holds {name} and {date}; `wellbeing_value` {n};
    `score_value` {n}, {low} and {high}."""

    document_title: str
    title: str
    name_line: str
    no_name: str
    not_filled_in: str
    question: str
    what_matters: str
    wellbeing: str
    wellbeing_value: str
    answers: str
    topic: str
    answer: str
    talk: str
    remark: str
    wants_to_talk: str
    no_answer: str
    skipped: str
    helpers: str
    helper_name: str
    helper_who: str
    helper_what: str
    # a score's number (0-10 and the like: no label per value); {n}, {low}, {high}
    score_value: str = "{n} (van {low} tot {high})"
    # the citizen's own plan (second page)
    plan_title: str = "Uw eigen plan"
    family_plan_title: str = "Uw familiegroepsplan"
    plan_goals: str = "Wat wilt u bereiken?"
    goal: str = "Doel"
    something_else: str = "Iets anders"
    plan_actions: str = "Wat gaat u doen, en wie helpt?"
    action_who: str = "Wie"
    action_what: str = "Wat"
    action_when: str = "Wanneer"
    action_goal: str = "Bij doel"
    myself: str = "Ikzelf"
    ongoing: str = "steeds"
    plan_asks: str = "Wat vraagt u aan de gemeente of aan anderen?"
    ask_what: str = "Wat u vraagt"
    ask_whom: str = "Aan wie"
    municipality: str = "de gemeente"
    plan_people: str = "Wie heeft meegeschreven?"
    family_plan_people: str = "Wie maken het plan met u?"
    takes_on: str = "Wat gaat deze persoon doen?"


class CitizenPaper(Document):
    """One A4 page with everything the citizen filled in; no header or footer."""

    margin_left = margin_right = margin_top = margin_bottom = MARGIN
    furniture = False

    def __init__(
        self,
        content: SelfAssessment,
        instrument: Instrument,
        words: PaperWords,
        *,
        today: dt.date,
        invariant: bool = False,
    ) -> None:
        super().__init__(date=content.filled_in_on or today, invariant=invariant)
        self.content = content
        self.instrument = instrument
        self.words = words

    def typed(self, value: str, style: str, limit: int = MAX_PAPER_TEXT) -> Flowable:
        """What the citizen typed, shortened to `limit` characters."""
        return self.user(self.brief(value.strip(), limit), style)

    def answer_text(self, answer: DomainAnswer | None) -> str:
        words = self.words
        if answer is None or (answer.level is None and not answer.skipped):
            return words.no_answer
        if answer.skipped:
            return words.skipped
        assert answer.level is not None
        scale = self.instrument.scale
        try:
            return scale.level(answer.level).citizen_label
        except KeyError:  # a score: only its two ends carry a label
            return words.score_value.format(n=answer.level, low=scale.minimum, high=scale.maximum)

    def render(self) -> bytes:
        words, content = self.words, self.content
        story: list[Flowable] = [self.fixed(words.title, "paper_title")]
        story += [self.name_line(), Spacer(1, 3 * mm)]
        for question, typed in (
            (words.question, content.question),
            (words.what_matters, content.what_matters),
        ):
            story.append(self.fixed(question, "paper_heading"))
            if typed.strip():
                story.append(self.typed(typed, "paper_body"))
            else:
                story.append(self.fixed(words.not_filled_in, "paper_body"))
        story.append(self.fixed(words.wellbeing, "paper_heading"))
        if content.wellbeing is not None:
            wellbeing = words.wellbeing_value.format(n=content.wellbeing)
        else:
            wellbeing = words.not_filled_in
        story += [self.fixed(wellbeing, "paper_body"), Spacer(1, 2 * mm)]
        story.append(self.fixed(words.answers, "paper_heading"))
        story.append(self.answers())
        story += [Spacer(1, 2 * mm), self.fixed(words.helpers, "paper_heading")]
        story.append(self.helpers())
        plan = content.plan
        if plan is None:
            return self.build(story, title=words.document_title, one_page=True)
        pages: list[Flowable] = [
            self.one_page(story),
            PageBreak(),
            self.one_page(self.plan(plan)),
        ]
        return self.build(pages, title=words.document_title)

    def name_line(self) -> Flowable:
        who = self.brief(self.content.name.strip(), MAX_PAPER_TEXT) or self.words.no_name
        # One line, the citizen's name inside: all of it takes the user-text path.
        line = self.words.name_line.format(name=who, date=f"{self.date:%d-%m-%Y}")
        return self.user(line, "paper_body")

    def one_page(self, story: list[Flowable]) -> Flowable:
        """What does not fit on the page is made smaller, never moved to the next."""
        return KeepInFrame(self.width, self.height, story, mode="shrink", hAlign="LEFT")

    def plan(self, plan: OwnPlan) -> list[Flowable]:
        """The second page: the citizen's own plan in their words."""
        words = self.words
        family = plan.kind is PlanKind.FAMILIEGROEPSPLAN
        story: list[Flowable] = [
            self.fixed(words.family_plan_title if family else words.plan_title, "paper_title"),
            self.name_line(),  # the same name and day as on the first page
            Spacer(1, 3 * mm),
        ]
        people = self.fixed(
            words.family_plan_people if family else words.plan_people, "paper_heading"
        )
        if family:  # made with family and friends: who they are comes first
            story += [people, self.participants(plan), Spacer(1, 2 * mm)]
        story += [self.fixed(words.plan_goals, "paper_heading"), self.goals(plan)]
        story += [Spacer(1, 2 * mm), self.fixed(words.plan_actions, "paper_heading")]
        story.append(self.actions(plan))
        story += [Spacer(1, 2 * mm), self.fixed(words.plan_asks, "paper_heading")]
        story.append(self.asks(plan))
        if not family:
            story += [Spacer(1, 2 * mm), people, self.participants(plan)]
        return story

    def header_row(self, *texts: str) -> list[Flowable]:
        return [self.fixed(text, "paper_bold") for text in texts]

    def goals(self, plan: OwnPlan) -> Flowable:
        words = self.words
        if not plan.goals:
            return self.fixed(words.not_filled_in, "paper_body")
        names = {d.key: d.citizen_name for d in self.instrument.domains}
        rows = [self.header_row("", words.goal, words.topic)]
        for number, goal in enumerate(plan.goals, start=1):
            rows.append(
                [
                    self.fixed(str(number), "paper_small"),
                    self.typed(goal.text, "paper_small", MAX_PAPER_REMARK * 2),
                    self.fixed(names.get(goal.domain, words.something_else), "paper_small"),
                ]
            )
        return self.grid(rows, [0.06, 0.64, 0.3])

    def actions(self, plan: OwnPlan) -> Flowable:
        words = self.words
        if not plan.actions:
            return self.fixed(words.not_filled_in, "paper_body")
        rows = [
            self.header_row(
                words.action_who, words.action_what, words.action_when, words.action_goal
            )
        ]
        for action in plan.actions:
            who = self.typed(action.who, "paper_small") if action.who.strip() else None
            when = action.when.strip()
            if action.ongoing:
                when = f"{when}, {words.ongoing}" if when else words.ongoing
            goal = action.goal
            rows.append(
                [
                    who or self.fixed(words.myself, "paper_small"),
                    self.typed(action.what, "paper_small", MAX_PAPER_REMARK * 2),
                    self.typed(when, "paper_small", MAX_PAPER_REMARK),
                    self.fixed(
                        str(goal + 1) if goal is not None and 0 <= goal < len(plan.goals) else "",
                        "paper_small",
                    ),
                ]
            )
        return self.grid(rows, [0.2, 0.47, 0.22, 0.11])

    def asks(self, plan: OwnPlan) -> Flowable:
        words = self.words
        if not plan.asks:
            return self.fixed(words.not_filled_in, "paper_body")
        rows = [self.header_row(words.ask_what, words.ask_whom)]
        for ask in plan.asks:
            whom = ask.from_whom.strip()
            rows.append(
                [
                    self.typed(ask.what, "paper_small", MAX_PAPER_REMARK * 2),
                    self.typed(whom, "paper_small")
                    if whom
                    else self.fixed(words.municipality, "paper_small"),
                ]
            )
        return self.grid(rows, [0.7, 0.3])

    def participants(self, plan: OwnPlan) -> Flowable:
        words = self.words
        if not plan.written_with:
            return self.fixed(words.not_filled_in, "paper_body")
        rows = [self.header_row(words.helper_name, words.helper_who, words.takes_on)]
        for person in plan.written_with:
            rows.append(
                [
                    self.typed(person.name, "paper_small"),
                    self.typed(person.who, "paper_small"),
                    self.typed(person.takes_on, "paper_small", MAX_PAPER_REMARK * 2),
                ]
            )
        return self.grid(rows, [0.25, 0.3, 0.45])

    def grid(self, rows: list[list[Flowable]], fractions: list[float]) -> Table:
        return Table(
            rows,
            colWidths=[f * self.width for f in fractions],
            style=GRID,
            hAlign="LEFT",
        )

    def answers(self) -> Table:
        words = self.words
        rows = [
            [
                self.fixed(text, "paper_bold")
                for text in (words.topic, words.answer, words.talk, words.remark)
            ]
        ]
        for domain in self.instrument.domains:
            answer = self.content.answer(domain.key)
            talk = words.wants_to_talk if answer is not None and answer.wants_to_discuss else ""
            remark = answer.remark if answer is not None else ""
            rows.append(
                [
                    self.fixed(domain.citizen_name, "paper_small"),
                    self.fixed(self.answer_text(answer), "paper_small"),
                    self.fixed(talk, "paper_bold"),
                    self.typed(remark, "paper_small", MAX_PAPER_REMARK),
                ]
            )
        return self.grid(rows, [0.2, 0.27, 0.11, 0.42])

    def helpers(self) -> Flowable:
        words = self.words
        if not self.content.helpers:
            return self.fixed(words.not_filled_in, "paper_body")
        rows = [
            [
                self.fixed(text, "paper_bold")
                for text in (words.helper_name, words.helper_who, words.helper_what)
            ]
        ]
        for helper in self.content.helpers:
            rows.append(
                [
                    self.typed(helper.name, "paper_small"),
                    self.typed(helper.who, "paper_small"),
                    self.typed(helper.helps_with, "paper_small", MAX_PAPER_REMARK),
                ]
            )
        return self.grid(rows, [0.25, 0.3, 0.45])


def render_paper(
    content: SelfAssessment,
    instrument: Instrument,
    words: PaperWords,
    *,
    today: dt.date,
    invariant: bool = False,
) -> bytes:
    """The PDF of the citizen's paper, in memory. `invariant`: the same bytes for the
    same answers (a fixed creation date: the day it was filled in)."""
    return CitizenPaper(content, instrument, words, today=today, invariant=invariant).render()


__all__ = ["CitizenPaper", "PaperWords", "render_paper"]
