"""The flowables every printed document is made of, beyond reportlab's own: user text
of any length and direction (UserText), a table whose rows split wherever they must
(PlanTable), and a matplotlib Figure as a picture drawn in memory (figure_image).
Importing this module imports reportlab.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from eigenkracht.report.text import (
    CHUNK_LINES,
    break_long_words,
    chunks,
    has_rtl,
    markup,
    wrap_visual,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_DPI = 200
_FUZZ = 1e-6


class RasterImage(Flowable):  # type: ignore[misc]
    """A picture given as a PIL image, drawn `width` x `height` points."""

    def __init__(self, image: Any, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(ImageReader(self.image), 0, 0, self.width, self.height)


def figure_image(figure: Figure, width: float, dpi: int = CHART_DPI) -> RasterImage:
    """A matplotlib Figure drawn at `dpi` as a picture `width` points wide.

    Drawn with Agg straight into memory and handed to reportlab as pixels: the same
    picture as a PNG at this resolution, without encoding and decoding a PNG first
    (that costs about 0.1 s per chart)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image as PILImage

    figure.set_dpi(dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    size = canvas.get_width_height()
    rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    pixels = PILImage.frombuffer("RGBA", size, rgba, "raw", "RGBA", 0, 1)
    white = PILImage.new("RGB", size, "white")
    white.paste(pixels, mask=pixels.getchannel("A"))
    w_px, h_px = size
    return RasterImage(white, width, width * h_px / w_px)


class _Widths(dict[str, float]):
    """The width of each character in one font and size, measured once."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font = font
        self.size = size

    def __missing__(self, c: str) -> float:
        width = self[c] = float(stringWidth(c, self.font, self.size))
        return width


@functools.cache
def _char_widths(font: str, size: float) -> Callable[[str], float]:
    """The width of one character in `font` at `size` (a dict look-up once known)."""
    return _Widths(font, size).__getitem__


class UserText(Flowable):  # type: ignore[misc]
    """User text of any length and direction, laid out at the width it is given.

    Right-to-left text is broken into lines first and each line put in visual order
    (report.text), right-aligned when it reads right-to-left. Other text has its words
    that are wider than a line cut into pieces that fit (fast; reportlab's own cutting
    measures the rest of the word again for every line). The text is then a column of
    paragraphs of at most a few thousand characters (text.chunks), one under the other,
    so a page break lays out one of them again instead of all the rest: the layout
    takes linear time, and the column splits across pages and inside table cells.
    `prefix`: markup (already escaped) before the first line, for a label."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        prefix: str = "",
        parts: Sequence[Paragraph] = (),
        width: float | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.prefix = prefix
        self._parts: list[Paragraph] = list(parts)
        self._built: float | None = width if parts else None
        self._heights: list[float | None] = [None] * len(self._parts)

    def _build(self, width: float) -> None:
        style = self.style
        usable = max(
            width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0), 20
        )
        flat = ParagraphStyle(f"{style.name}-part", parent=style, spaceBefore=0, spaceAfter=0)
        if has_rtl(self.text):

            def measure(s: str) -> float:
                return float(stringWidth(s, style.fontName, style.fontSize))

            lines, rtl = wrap_visual(self.text, usable, measure)
            if rtl:
                flat = ParagraphStyle(f"{flat.name}-rtl", parent=flat, alignment=TA_RIGHT)
            texts = [
                "<br/>".join(markup(line) or "&nbsp;" for line in lines[i : i + CHUNK_LINES])
                for i in range(0, len(lines), CHUNK_LINES)
            ]
        else:
            broken = break_long_words(
                self.text, usable, _char_widths(style.fontName, style.fontSize)
            )
            pieces = chunks(broken)
            texts = []
            for number, piece in enumerate(pieces):
                text = markup(piece)
                if number < len(pieces) - 1 and (not piece or piece.endswith("\n")):
                    text += "&nbsp;"  # a line the next paragraph does not start itself
                texts.append(text)
            while len(texts) > 1 and not texts[-1]:
                texts.pop()
        if self.prefix:
            texts[0] = f"{self.prefix} {texts[0]}"
        self._parts = [Paragraph(text, flat) for text in texts]
        self._heights = [None] * len(self._parts)
        self._built = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._built != availWidth:
            if self.text or self._built is None:
                self._build(availWidth)
            else:  # a part of a split text: the same paragraphs, at another width
                self._heights = [None] * len(self._parts)
                self._built = availWidth
        for i, part in enumerate(self._parts):
            if self._heights[i] is None:
                self._heights[i] = float(part.wrap(availWidth, availHeight)[1])
        self.width = availWidth
        self.height = sum(h or 0.0 for h in self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table splits a cell at the column's width, but lays it out at that width
        # less the padding: keep the layout of the last wrap (the pieces of a long
        # word are cut for it).
        if self._built is not None:
            availWidth = self._built
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + _FUZZ:
            # All of it fits; a table cell needs two parts all the same.
            return [self, self._part([], [])]
        used = 0.0
        for i, height in enumerate(self._heights):
            assert height is not None
            if used + height <= availHeight + _FUZZ:
                used += height
                continue
            pieces = self._parts[i].split(availWidth, availHeight - used)
            self._heights[i] = None  # a failed split forgets the paragraph's layout
            if len(pieces) > 1:
                first = self._part([*self._parts[:i], pieces[0]], [*self._heights[:i], None])
                rest = self._part(
                    [*pieces[1:], *self._parts[i + 1 :]],
                    [*([None] * (len(pieces) - 1)), *self._heights[i + 1 :]],
                )
            elif i:
                first = self._part(self._parts[:i], self._heights[:i])
                rest = self._part(self._parts[i:], self._heights[i:])
            else:
                return []
            return [first, rest]
        return [self]

    def _part(self, parts: list[Paragraph], heights: list[float | None]) -> UserText:
        """A part of this text after a split: its paragraphs as they are laid out."""
        part = UserText("", self.style, parts=parts, width=self._built)
        part._heights = heights
        return part

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self._parts, self._heights, strict=True):
            assert height is not None
            y -= height
            part.drawOn(self.canv, 0, y)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore) if self._parts or self.text else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter) if self._parts or self.text else 0.0


class PlanTable(Table):  # type: ignore[misc]
    """A table whose rows split across pages wherever they must.

    reportlab splits inside a row only when at least `splitInRow` points of the table
    stay on either side of the cut; a row that ends a little below a full page can then
    go nowhere (LayoutError). When that is why a split failed, this table cuts the row
    higher up, so that the minimum goes to the next page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or not self.splitInRow:
            return parts
        lower = self._height - self.splitInRow
        if self.splitInRow <= lower < availHeight:
            parts = super().split(availWidth, lower)
        return parts


__all__ = ["CHART_DPI", "PlanTable", "RasterImage", "UserText", "figure_image"]
