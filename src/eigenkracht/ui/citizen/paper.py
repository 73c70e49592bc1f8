"""The citizen's answers on one page of paper (PDF), to bring to the conversation.

reportlab is imported here only, and this module only when the citizen asks for paper.
The shipped DejaVu font draws every Dutch letter (ĳ, ë, €). Every text the citizen typed
is escaped before it reaches a Paragraph, and the whole page shrinks to fit one A4.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.text import display_safe
from eigenkracht.exchange.selfassessment import DomainAnswer, SelfAssessment

FONT = "EigenkrachtDejaVu"
# Longer texts are cut on paper (the file keeps them whole), so the page stays readable.
MAX_PAPER_TEXT = 600
MAX_PAPER_REMARK = 160
FONT_BOLD = "EigenkrachtDejaVu-Bold"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CitizenPaper", text)


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("eigenkracht") / "resources" / "fonts"
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def _text(value: str, limit: int = MAX_PAPER_TEXT) -> str:
    """User text for a Paragraph: control characters and bidi overrides neutralised,
    shortened to `limit`, escaped, line breaks kept."""
    value = display_safe(value).strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return escape(value).replace("\n", "<br/>")


def _answer_text(instrument: Instrument, answer: DomainAnswer | None) -> str:
    if answer is None or (answer.level is None and not answer.skipped):
        return _tr("(geen antwoord)")
    if answer.skipped:
        return _tr("Past niet bij mij, of zeg ik liever niet")
    assert answer.level is not None
    try:
        return instrument.scale.level(answer.level).citizen_label
    except KeyError:
        return str(answer.level)


def write_pdf(
    path: Path | str,
    content: SelfAssessment,
    instrument: Instrument,
    *,
    today: dt.date,
    invariant: bool = False,
) -> None:
    """Write one A4 page with everything the citizen filled in."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11.5)
    bold = ParagraphStyle("bold", parent=small, fontName=FONT_BOLD)
    heading = ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21)

    date = content.filled_in_on or today
    story: list[object] = [Paragraph(escape(_tr("Zelf ingevuld: hoe gaat het met u?")), title)]
    who = content.name.strip() or _tr("(geen naam ingevuld)")
    story.append(
        Paragraph(
            escape(_tr("Naam: {name}  ·  Ingevuld op: {date}")).format(
                name=_text(who), date=f"{date:%d-%m-%Y}"
            ),
            body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    empty = _tr("(niet ingevuld)")
    for question, words in (
        (_tr("Waar wilt u hulp bij?"), content.question),
        (_tr("Wat is voor u belangrijk in uw leven?"), content.what_matters),
    ):
        story.append(Paragraph(escape(question), heading))
        story.append(Paragraph(_text(words) if words.strip() else escape(empty), body))
    story.append(Paragraph(escape(_tr("Hoe tevreden bent u met uw leven?")), heading))
    wellbeing = (
        _tr("{n} (op een schaal van 0 tot 10)").format(n=content.wellbeing)
        if content.wellbeing is not None
        else empty
    )
    story.append(Paragraph(escape(wellbeing), body))
    story.append(Spacer(1, 2 * mm))

    story.append(Paragraph(escape(_tr("Uw antwoorden")), heading))
    rows = [
        [
            Paragraph(escape(_tr("Onderwerp")), bold),
            Paragraph(escape(_tr("Uw antwoord")), bold),
            Paragraph(escape(_tr("Praten?")), bold),
            Paragraph(escape(_tr("Wat u erover zei")), bold),
        ]
    ]
    for domain in instrument.domains:
        answer = content.answer(domain.key)
        talk = _tr("Ja, graag") if answer is not None and answer.wants_to_discuss else ""
        remark = answer.remark if answer is not None else ""
        rows.append(
            [
                Paragraph(escape(domain.citizen_name), small),
                Paragraph(escape(_answer_text(instrument, answer)), small),
                Paragraph(escape(talk), bold),
                Paragraph(_text(remark, MAX_PAPER_REMARK), small),
            ]
        )
    width = A4[0] - 30 * mm
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    table = Table(
        rows, colWidths=[0.2 * width, 0.27 * width, 0.11 * width, 0.42 * width], hAlign="LEFT"
    )
    table.setStyle(grid)
    story.append(table)

    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(_tr("Wie helpt u?")), heading))
    if content.helpers:
        helper_rows = [
            [
                Paragraph(escape(_tr("Naam")), bold),
                Paragraph(escape(_tr("Wie is dit voor u?")), bold),
                Paragraph(escape(_tr("Waarmee helpt deze persoon?")), bold),
            ]
        ]
        for helper in content.helpers:
            helper_rows.append(
                [
                    Paragraph(_text(helper.name), small),
                    Paragraph(_text(helper.who), small),
                    Paragraph(_text(helper.helps_with, MAX_PAPER_REMARK), small),
                ]
            )
        helpers = Table(
            helper_rows, colWidths=[0.25 * width, 0.3 * width, 0.45 * width], hAlign="LEFT"
        )
        helpers.setStyle(grid)
        story.append(helpers)
    else:
        story.append(Paragraph(escape(empty), body))

    margin = 15 * mm
    import io

    from eigenkracht.privatefiles import write_private

    buffer = io.BytesIO()  # written whole at the end, for the user only (0600)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=_tr("Zelf ingevuld"),
        author="eigenkracht",
        invariant=1 if invariant else 0,
    )
    frame_height = A4[1] - 2 * margin - 1 * mm
    doc.build([KeepInFrame(width, frame_height, story, mode="shrink", hAlign="LEFT")])
    write_private(Path(path), buffer.getvalue())


__all__ = ["write_pdf"]
