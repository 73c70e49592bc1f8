"""The base renderer of every printed document: the plan, then and now, the citizen's
paper. Importing this module imports reportlab: do so only when printing.

    class Paper(Document):
        def render(self) -> bytes:
            return self.build([self.fixed("Titel", "title"), self.user(typed)], title="...")

A Document owns what all of them share, so no document does it its own way:

- the shipped DejaVu fonts and the named paragraph styles (report.styles);
- the safe path for user text: `text()` neutralises controls and bidi overrides
  (core.text.display_safe), boxes what the font cannot draw and replaces third
  parties' names when the print is pseudonymised; `user()` escapes it for a Paragraph,
  or lays it out as a UserText when it is long or right-to-left (visual order, Arabic
  joined); `fixed()` is the program's own words, escaped too;
- the page: A4 with its margins and one frame without padding, so a table as wide as
  `width` fits between the margins; a header and footer on every page ("pagina x van
  y", drawn once the number of pages is known), or none (`furniture = False`);
- building to bytes in memory, with `invariant=1` and a fixed creation date (the
  moment of signing, else the document's day) so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from eigenkracht.core.i18n import translate
from eigenkracht.core.model import NetworkPerson
from eigenkracht.core.plan import name_replacements, scrub
from eigenkracht.core.privacy import pseudonyms
from eigenkracht.core.text import MONTHS, long_date
from eigenkracht.report import styles as S
from eigenkracht.report.flowables import CHART_DPI, PlanTable, UserText
from eigenkracht.report.text import clean, has_rtl, markup, one_line, wrap_visual

if TYPE_CHECKING:
    import re

    from eigenkracht.store.audit import Head

# Binary (deflated) streams: ASCII85 doubles the time of every image in pure Python.
rl_config.useA85 = 0

# User text longer than this is laid out by UserText; shorter text (nearly all of it)
# is one Paragraph, and reportlab's own breaking of long words is fast enough for it.
LONG_TEXT = 1000
# More characters than a chart label can show (the charts shorten it with "…").
CHART_LABEL = 400


def day(value: Any) -> dt.date | None:
    """A date from a date or an ISO text (its first ten characters); None for none."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def timestamp(moment: str, fallback: dt.date) -> TimeStamp:
    """A fixed creation date for the PDF (UTC): `moment` (ISO), else `fallback`'s day."""
    stamp = TimeStamp(invariant=1)
    try:
        when = dt.datetime.fromisoformat(moment.replace("Z", "+00:00")) if moment else None
    except ValueError:
        when = None
    if when is None:
        when = dt.datetime.combine(fallback, dt.time(), dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    when = when.astimezone(dt.UTC)
    stamp.t = when.timestamp()
    stamp.lt = when.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def confidential() -> str:
    """The word at the top of every page."""
    return translate("Document", "Vertrouwelijk")


class Document:
    """The base of a printed document; a subclass builds its story and calls `build`.

    date: the document's day (header; the creation date when there is no `moment`).
    moment: an ISO moment for the creation date (a signed plan: its signing).
    invariant: the same bytes for the same input (reportlab's `invariant=1` and a
    fixed creation date); else the creation date is now.
    dpi: of the charts drawn in the document."""

    page_size: tuple[float, float] = S.PAGE
    margin_left = S.MARGIN_LEFT
    margin_right = S.MARGIN_RIGHT
    margin_top = S.MARGIN_TOP
    margin_bottom = S.MARGIN_BOTTOM
    furniture = True  # a header and a footer on every page

    def __init__(
        self,
        *,
        date: dt.date | None = None,
        moment: str = "",
        invariant: bool = True,
        dpi: int = CHART_DPI,
        log_head: Head | None = None,
    ) -> None:
        self.drawable = S.register_fonts()
        self.styles = S.styles()
        self.date = date or dt.date.today()
        self.moment = moment
        self.invariant = invariant
        self.dpi = dpi
        self.log_head = log_head
        self.pseudonymise = False
        self.persons: list[NetworkPerson] = []
        self.by_id: dict[int | None, NetworkPerson] = {}
        self.aliases: dict[int, str] = {}
        self.replacements: list[tuple[re.Pattern[str], str]] = []
        self.images: dict[str, Any] = {}  # the charts drawn (PIL images), for a preview
        self._header: str | None = None

    @property
    def width(self) -> float:
        """The width of the frame: what a table or picture may fill."""
        return float(self.page_size[0] - self.margin_left - self.margin_right)

    @property
    def height(self) -> float:
        return float(self.page_size[1] - self.margin_top - self.margin_bottom)

    def set_people(
        self,
        persons: Iterable[NetworkPerson],
        members: Iterable[str],
        pseudonymise: bool,
        others: Iterable[dict[str, Any]] = (),
    ) -> None:
        """The network persons the document names; with `pseudonymise`, each is printed
        by their role, also where free text names them (members keep their names).
        `others`: the rest of the case's network ({"id", "name", "role"}: left the map,
        not on it yet), never printed but replaced in free text as well."""
        self.persons = list(persons)
        self.by_id = {p.id: p for p in self.persons}
        self.aliases = pseudonyms(self.persons)
        self.pseudonymise = pseudonymise
        rest = [
            NetworkPerson(case_id=0, id=o.get("id"), name=o["name"], role=o.get("role", ""))
            for o in others
            if isinstance(o, dict)
            and isinstance(o.get("name"), str)
            and o.get("id") not in self.by_id
        ]
        everyone = self.persons + rest
        aliases = {**pseudonyms(everyone), **self.aliases}
        self.replacements = name_replacements(everyone, aliases, members) if pseudonymise else []

    # -- text ------------------------------------------------------------------------

    def text(self, value: Any, *, own: bool = False) -> str:
        """A user string ready to print: scrubbed of third-party names when asked,
        cleaned of what the font cannot draw. `own`: the household's own name (no third
        party: never scrubbed, so a name on the network can never take its place)."""
        text = str(value or "")
        if self.replacements and not own:
            text = scrub(text, self.replacements)
        return clean(text, self.drawable)

    def label(self, value: Any, *, own: bool = False) -> str:
        """A user string for a label in a chart, which shows a few dozen characters at
        most (and an ellipsis when there are more): its start, ready to print."""
        text = str(value or "")
        if self.replacements and not own:
            text = scrub(text, self.replacements)
        return clean(text[:CHART_LABEL], self.drawable)

    def brief(self, value: Any, limit: int, more: str = "…", *, own: bool = False) -> str:
        """A user string ready to print (as `text`); when it is longer than `limit`
        characters, its start (to a space) and `more`. For a page that must stay one
        readable page; the plan prints every text whole."""
        text = self.text(value, own=own)
        if len(text) <= limit:
            return text
        cut = text.rfind(" ", limit // 2, limit)
        return text[: cut if cut > 0 else limit].rstrip() + more

    def user(self, value: Any, style: str = "body", *, own: bool = False) -> Flowable:
        """A paragraph of user text (escaped; right-to-left handled; `own` as in `text`)."""
        text = self.text(value, own=own)
        if len(text) > LONG_TEXT or has_rtl(text):
            return UserText(text, self.styles[style])
        return Paragraph(markup(text), self.styles[style])

    def labelled(self, label: str, value: Any, style: str = "cell") -> list[Flowable]:
        """ "**Label:** user text" in one paragraph (two when the text is right-to-left)."""
        text = self.text(value)
        if has_rtl(text):
            return [self.fixed(f"{label}:", "label"), UserText(text, self.styles[style])]
        if len(text) > LONG_TEXT:
            return [UserText(text, self.styles[style], prefix=f"<b>{markup(label)}:</b>")]
        return [Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", self.styles[style])]

    def fixed(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of the program's own words (escaped too: names may be inside)."""
        return Paragraph(markup(clean(text, self.drawable)), self.styles[style])

    def head(self, text: str) -> Paragraph:
        return self.fixed(text, "cell_head")

    def heading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(40 * mm), self.fixed(text, "h1")]

    # -- tables ----------------------------------------------------------------------

    def word_room(
        self, texts: Iterable[str], style: str, least: float, most: float, padding: float = 8
    ) -> float:
        """A column width between `least` and `most` in which the longest word of
        `texts` fits whole in `style` (a column narrower than a word breaks it inside,
        "wijkverpleegkundi ge"); `padding` is the cell's left and right padding."""
        font = self.styles[style]
        words = (w for t in texts for w in str(t).split())
        longest = max((stringWidth(w, font.fontName, font.fontSize) for w in words), default=0.0)
        return max(least, min(most, longest + padding + 1))

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        zebra: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> PlanTable:
        """A table of the house style; `widths` add up to at most `self.width`."""
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, S.RULE),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), S.HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, S.ACCENT),
            ]
        if zebra:
            start = 1 if header else 0
            for row in range(start + 1, len(rows), 2):
                commands.append(("BACKGROUND", (0, row), (-1, row), S.ZEBRA))
        commands += list(extra)
        return PlanTable(
            rows,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            splitInRow=50,  # never leave a sliver of a row behind
            style=TableStyle(commands),
            hAlign="LEFT",
        )

    # -- the document ----------------------------------------------------------------

    def build(
        self, story: list[Flowable], *, title: str, subject: str = "", one_page: bool = False
    ) -> bytes:
        """The PDF of `story`, in memory. `one_page`: what does not fit on one page is
        made smaller, never moved to a second page."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=clean(title, self.drawable),
            author="",
            subject=subject,
            creator="eigenkracht",
            invariant=1 if self.invariant else 0,
            lang=translate("Document", "nl-NL"),  # the language tag of the text
            initialFontName=S.FONT,
        )
        # No padding: the frame is the space between the margins, `width` wide.
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        if one_page:
            story = [KeepInFrame(doc.width, doc.height, story, mode="shrink", hAlign="LEFT")]
        doc.build(story, canvasmaker=self._canvas_class())
        return buffer.getvalue()

    def _canvas_class(self) -> type[Canvas]:
        document = self
        stamp = timestamp(self.moment, self.date) if self.invariant else None

        class PagedCanvas(Canvas):  # type: ignore[misc]
            """Draws header and footer once the number of pages is known, and only in
            the shipped fonts: a standard PDF font asked for (reportlab's own default,
            Helvetica) is drawn in the shipped face of its kind, so every font in the
            file is embedded (styles.SUBSTITUTES)."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                if stamp is not None:
                    self._doc._timeStamp = stamp
                self._pages: list[dict[str, Any]] = []

            def setFont(self, psfontname: str, size: float, leading: Any = None) -> None:
                super().setFont(S.embedded(psfontname), size, leading)

            def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
                return _EmbeddedText(self, x, y, direction=direction)

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    if document.furniture:
                        document.decorate(self, number, total)
                    Canvas.showPage(self)
                Canvas.save(self)

        return PagedCanvas

    # -- header and footer -----------------------------------------------------------

    def header_text(self) -> str:
        """The left of the header: the case's reference and household ("" for none)."""
        return ""

    def footer_lines(self) -> Sequence[str]:
        """The footer's text at the left: the first line, then smaller ones below it."""
        return []

    def decorate(self, canvas: Canvas, page: int, total: int) -> None:
        """Header and footer of one page."""
        width, height = self.page_size
        left, right = self.margin_left, width - self.margin_right
        canvas.saveState()
        canvas.setFillColor(S.MUTED)
        canvas.setFont(S.FONT, 8.5)
        top = height - 13 * mm
        canvas.drawString(left, top, self.header_reference())
        canvas.drawRightString(right, top, long_date(self.date))
        canvas.setFont(S.FONT_BOLD, 9)
        canvas.setFillColor(S.INK)
        canvas.drawCentredString(width / 2, top, confidential())
        canvas.setStrokeColor(S.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, top - 3 * mm, right, top - 3 * mm)
        bottom = 14 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFillColor(S.MUTED)
        for number, line in enumerate(self.footer_lines()):
            canvas.setFont(S.FONT, 8 if number == 0 else 7)
            canvas.drawString(left, bottom - 3.6 * mm * number, line)
        page_text = translate("Document", "pagina {page} van {total}").format(
            page=page, total=total
        )
        if self.log_head is not None:
            canvas.setFont(S.FONT, 7)
            x = right - stringWidth(page_text, S.FONT, 8.5) - 5 * mm
            log_text = translate("Document", "Logboek t/m rij {row}…")
            canvas.drawRightString(x, bottom, log_text.format(row=self.log_head.short))
        canvas.setFont(S.FONT, 8.5)
        canvas.setFillColor(S.INK)
        canvas.drawRightString(right, bottom, page_text)
        canvas.restoreState()

    def header_reference(self) -> str:
        """`header_text` on one line of the header, shortened to fit its half of the
        page (the same on every page: worked out once)."""
        if self._header is None:
            room = (
                self.page_size[0] / 2
                - self.margin_left
                - stringWidth(confidential(), S.FONT_BOLD, 9) / 2
                - 4 * mm
            )
            reference = one_line(
                clean(self.header_text(), self.drawable),
                room,
                lambda s: stringWidth(s, S.FONT, 8.5),
            )
            if has_rtl(reference):
                reference = wrap_visual(reference, 10_000, lambda s: 0.0)[0][0]
            self._header = reference
        return self._header


class _EmbeddedText(PDFTextObject):  # type: ignore[misc]
    """A text object of a document's canvas: a standard PDF font asked for is drawn in
    the shipped face of its kind (as PagedCanvas.setFont)."""

    def setFont(self, psfontname: str, size: float, leading: Any = None) -> None:
        super().setFont(S.embedded(psfontname), size, leading)

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(S.embedded(psfontname), size)


__all__ = [
    "CHART_LABEL",
    "LONG_TEXT",
    "MONTHS",
    "Document",
    "day",
    "long_date",
    "timestamp",
]
