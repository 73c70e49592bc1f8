"""The look of printed documents: the shipped font, named paragraph styles, colours,
the page and its margins. Importing this module imports reportlab: do so only when
printing, never at program start.

The font is DejaVu Sans from the package's resources (Helvetica cannot print ĳ and
many other characters); it is registered once, with its bold and oblique faces as
one family so `<b>` and `<i>` work.
"""

from __future__ import annotations

import functools
from importlib import resources

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
# reportlab's standard fonts are never embedded in a PDF (a viewer or printer without
# them substitutes another); reportlab itself falls back on Helvetica (a Table sets
# its cell style's font for every cell, a text object starts in the canvas's font).
# A document's canvas draws in the shipped face of the same kind instead (report.base).
SUBSTITUTES = {
    f"{family}{face}": shipped
    for family in ("Helvetica", "Times", "Courier")
    for face, shipped in (
        ("", FONT),
        ("-Roman", FONT),
        ("-Bold", FONT_BOLD),
        ("-Oblique", FONT_ITALIC),
        ("-Italic", FONT_ITALIC),
        ("-BoldOblique", FONT_BOLD),
        ("-BoldItalic", FONT_BOLD),
    )
}
SUBSTITUTES.update({"Symbol": FONT, "ZapfDingbats": FONT})


def embedded(font: str) -> str:
    """The shipped (embedded) font to draw for `font`: itself, or the one of its kind
    for a standard PDF font."""
    return SUBSTITUTES.get(font, font)


PAGE = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT  # the frame has no padding (report.base)

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1F5F99")
RULE = colors.HexColor("#9AA5B1")
HEADER_FILL = colors.HexColor("#E8F1FB")
ZEBRA = colors.HexColor("#F5F7FA")
ATTENTION_FILL = colors.HexColor("#FFF4CE")
ATTENTION_RULE = colors.HexColor("#8A6100")


@functools.cache
def register_fonts() -> frozenset[int]:
    """Register the shipped fonts (once); returns the character codes they can draw."""
    package = resources.files("eigenkracht") / "resources" / "fonts"
    codes: frozenset[int] = frozenset()
    for name, filename in _FILES.items():
        with resources.as_file(package / filename) as path:
            font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        if name == FONT:
            # Outside the Basic Multilingual Plane reportlab writes a broken ToUnicode
            # map (the text cannot be copied or read aloud): treat those as missing.
            codes = frozenset(c for c in font.face.charToGlyph if c < 0x10000)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return codes


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles, by name."""
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=True,
    )

    def make(name: str, **kwargs: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kwargs)

    named = [
        base,
        make("title", fontName=FONT_BOLD, fontSize=22, leading=27, spaceAfter=2),
        make("subtitle", fontName=FONT, fontSize=14, leading=18, textColor=ACCENT, spaceAfter=10),
        make(
            "h1",
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=True,
        ),
        # The start of a part of a document (the plan at the table, after the own plan).
        make("part", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=6),
        make("h2", fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3),
        make("intro", fontSize=10, leading=14, textColor=MUTED, spaceAfter=6),
        make("quote", fontName=FONT_ITALIC, fontSize=10.5, leading=15, leftIndent=10),
        make("label", fontName=FONT_BOLD, fontSize=9, leading=12, spaceAfter=0),
        make("cell", fontSize=9, leading=12, spaceAfter=0),
        make("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=12, spaceAfter=0),
        make("cell_head", fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        make("small", fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
        make("caption", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER),
        make("check", fontSize=10, leading=15, leftIndent=16, firstLineIndent=-16),
        make("right", alignment=TA_RIGHT),
        # The citizen's paper: one page, a little larger than the plan's cells.
        make("paper_title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=0),
        make("paper_heading", fontName=FONT_BOLD, fontSize=12, leading=16, spaceAfter=0),
        make("paper_body", fontSize=10, leading=13, spaceAfter=0),
        make("paper_small", fontSize=9, leading=11.5, spaceAfter=0),
        make("paper_bold", fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0),
    ]
    return {style.name: style for style in named}


__all__ = [
    "ACCENT",
    "ATTENTION_FILL",
    "ATTENTION_RULE",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "HEADER_FILL",
    "INK",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "MUTED",
    "PAGE",
    "RULE",
    "SUBSTITUTES",
    "TEXT_WIDTH",
    "ZEBRA",
    "embedded",
    "register_fonts",
    "styles",
]
