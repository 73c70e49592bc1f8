"""The citizen's answers on one page of paper (PDF), to bring to the conversation.

    pdf: bytes = render_paper(content, instrument, words, today=...)

On the base renderer of every printed document (report.base): the shipped DejaVu font
draws every Dutch letter (ĳ, ë, €); every text the citizen typed takes the same safe
path as in the plan (escaped, controls and bidi overrides neutralised, Hebrew and
Arabic in visual order and joined); the whole page shrinks to fit one A4. Longer texts
are cut on paper (the file keeps them whole), so the page stays readable.

The words are the screen's (ui/citizen/paper.py translates them): this module knows
their meaning, not their language. Importing it imports reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from eigenkracht.core.instruments import Instrument
from eigenkracht.exchange.selfassessment import DomainAnswer, SelfAssessment
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
        who = self.brief(content.name.strip(), MAX_PAPER_TEXT) or words.no_name
        # One line, the citizen's name inside: all of it takes the user-text path.
        line = words.name_line.format(name=who, date=f"{self.date:%d-%m-%Y}")
        story += [self.user(line, "paper_body"), Spacer(1, 3 * mm)]
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
        return self.build(story, title=words.document_title, one_page=True)

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
