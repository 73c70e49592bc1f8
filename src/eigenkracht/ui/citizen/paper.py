"""The citizen's paper from the citizen window: its words in the reader's language,
the page made by report.citizen_paper (the base renderer of every printed document),
the bytes written for the user only. This module, and with it reportlab, is imported
only when the citizen asks for paper.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.instruments import Instrument
from eigenkracht.exchange.selfassessment import SelfAssessment
from eigenkracht.privatefiles import write_private
from eigenkracht.report.citizen_paper import PaperWords, render_paper


def _tr(text: str) -> str:
    return QCoreApplication.translate("CitizenPaper", text)


def paper_words() -> PaperWords:
    """The paper's own words, translated."""
    return PaperWords(
        document_title=_tr("Zelf ingevuld"),
        title=_tr("Zelf ingevuld: hoe gaat het met u?"),
        name_line=_tr("Naam: {name}  ·  Ingevuld op: {date}"),
        no_name=_tr("(geen naam ingevuld)"),
        not_filled_in=_tr("(niet ingevuld)"),
        question=_tr("Waar wilt u hulp bij?"),
        what_matters=_tr("Wat is voor u belangrijk in uw leven?"),
        wellbeing=_tr("Hoe tevreden bent u met uw leven?"),
        wellbeing_value=_tr("{n} (op een schaal van 0 tot 10)"),
        answers=_tr("Uw antwoorden"),
        topic=_tr("Onderwerp"),
        answer=_tr("Uw antwoord"),
        talk=_tr("Praten?"),
        remark=_tr("Wat u erover zei"),
        wants_to_talk=_tr("Ja, graag"),
        no_answer=_tr("(geen antwoord)"),
        skipped=_tr("Past niet bij mij, of zeg ik liever niet"),
        helpers=_tr("Wie helpt u?"),
        helper_name=_tr("Naam"),
        helper_who=_tr("Wie is dit voor u?"),
        helper_what=_tr("Waarmee helpt deze persoon?"),
        score_value=_tr("{n} (van {low} tot {high})"),
        plan_title=_tr("Uw eigen plan"),
        family_plan_title=_tr("Uw familiegroepsplan"),
        plan_goals=_tr("Wat wilt u bereiken?"),
        goal=_tr("Doel"),
        something_else=_tr("Iets anders"),
        plan_actions=_tr("Wat gaat u doen, en wie helpt?"),
        action_who=_tr("Wie"),
        action_what=_tr("Wat"),
        action_when=_tr("Wanneer"),
        action_goal=_tr("Bij doel"),
        myself=_tr("Ikzelf"),
        ongoing=_tr("steeds"),
        plan_asks=_tr("Wat vraagt u aan de gemeente of aan anderen?"),
        ask_what=_tr("Wat u vraagt"),
        ask_whom=_tr("Aan wie"),
        municipality=_tr("de gemeente"),
        plan_people=_tr("Wie heeft meegeschreven?"),
        family_plan_people=_tr("Wie maken het plan met u?"),
        takes_on=_tr("Wat gaat deze persoon doen?"),
    )


def write_pdf(
    path: Path | str,
    content: SelfAssessment,
    instrument: Instrument,
    *,
    today: dt.date,
    invariant: bool = False,
) -> None:
    """Write one A4 page with everything the citizen filled in (and a second with their
    own plan, when they made one): whole or not at all, for the user only (0600).
    Raises OSError when it cannot be written."""
    pdf = render_paper(content, instrument, paper_words(), today=today, invariant=invariant)
    write_private(Path(path), pdf)


__all__ = ["paper_words", "write_pdf"]
