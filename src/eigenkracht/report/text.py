"""User text made safe to print: escaped markup, drawable characters, right-to-left.

Every string a user typed goes through `markup()` before it reaches a reportlab
Paragraph: `<b>`, `&` and `<` print as typed, never as markup. Characters the shipped
font cannot draw (most emoji) print as a visible box instead of vanishing; control
characters and bidi overrides are neutralised (core.text.display_safe), so a name
cannot reorder the text printed after it. Lines with Hebrew or Arabic are put in
visual order (a small version of the Unicode bidi algorithm) and Arabic letters are
joined with the font's presentation forms, because reportlab does neither without
extra libraries.

No reportlab import here: the checks run on plain strings; the font's character set
is handed in by styles.py.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection
from xml.sax.saxutils import escape

from eigenkracht.core.text import display_safe

MISSING = "\u25a1"  # WHITE SQUARE: a character the font has no drawing for
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_RTL_CLASSES = {"R", "AL"}
_JOINERS = (0x200D, 0xFE0E, 0xFE0F)  # zero-width joiner, variation selectors 15 and 16
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Mn", "Cf"})


def clean(text: str, drawable: Collection[int] | None = None) -> str:
    """Plain text with unified line ends, no control characters, and a box for every
    character outside `drawable` (the font's character codes)."""
    text = display_safe(text).replace("\t", "    ")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if drawable is not None:
        codes = drawable if isinstance(drawable, frozenset) else frozenset(drawable)
        pattern, boxes = _boxes(codes)
        # Nearly always every character can be drawn: one compiled search says so.
        # Else one str.translate: a box for each character the font has no drawing
        # for, except spaces, marks and format characters (they draw nothing
        # themselves); zero-width joiners and the variation selectors of emoji go.
        if pattern.search(text) is not None:
            text = text.translate(boxes)
    return text


class _Boxes(dict[int, str | None]):
    """A str.translate table for one font: what each character prints as, worked out
    when it is first met (at most LIMIT of them are kept)."""

    LIMIT = 20_000

    def __init__(self, drawable: frozenset[int]) -> None:
        super().__init__(dict.fromkeys(_JOINERS))
        self.drawable = drawable

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if code == 0x0A or code in self.drawable:
            shown = c
        else:
            shown = c if unicodedata.category(c) in _INVISIBLE_CATEGORIES else MISSING
        if len(self) < self.LIMIT:
            self[code] = shown
        return shown


@functools.lru_cache(maxsize=8)
def _boxes(drawable: frozenset[int]) -> tuple[re.Pattern[str], _Boxes]:
    """For one font: a pattern that finds a character `clean` changes (one outside
    `drawable`, a joiner or a variation selector; never a line feed), and the table
    that changes them."""
    keep = (drawable | {0x0A}) - set(_JOINERS)
    return re.compile(f"[^{_character_class(keep)}]"), _Boxes(drawable)


def _character_class(codes: Collection[int]) -> str:
    """The inside of a regex character class matching exactly `codes`."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in ranges
    )


# Where right-to-left letters are (bidi class R or AL): these blocks and U+200F.
_RTL_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
    (0x200F, 0x200F),
)


@functools.cache
def _rtl_pattern() -> re.Pattern[str]:
    """One character class of every right-to-left letter, from the Unicode data."""
    codes = [
        code
        for low, high in _RTL_BLOCKS
        for code in range(low, high + 1)
        if unicodedata.bidirectional(chr(code)) in _RTL_CLASSES
    ]
    return re.compile(f"[{_character_class(codes)}]")


def has_rtl(text: str) -> bool:
    if len(text) < 64:
        return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)
    return _rtl_pattern().search(text) is not None


def markup(text: str) -> str:
    """Escaped text for a Paragraph; line breaks kept. Safe for display (no control
    characters or bidi overrides) even when `clean` was not called first."""
    return escape(display_safe(text)).replace("\n", "<br/>")


# -- Arabic joining -----------------------------------------------------------------


@functools.cache
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """From the presentation forms in Unicode: letter -> {form: glyph} and the lam-alef
    ligatures (lam, alef) -> {form: glyph}."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in range(0xFE70, 0xFF00):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) < 2 or not decomposition[0].startswith("<"):
            continue
        form = decomposition[0].strip("<>")
        if form not in ("isolated", "final", "initial", "medial"):
            continue
        bases = [chr(int(part, 16)) for part in decomposition[1:]]
        if len(bases) == 1:
            letters.setdefault(bases[0], {})[form] = chr(code)
        elif len(bases) == 2 and bases[0] == "\u0644":
            ligatures.setdefault((bases[0], bases[1]), {})[form] = chr(code)
    return letters, ligatures


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept)."""
    letters, ligatures = _arabic_forms()
    if not any(c in letters for c in text):
        return text

    def joins_left(c: str | None) -> bool:  # can join the following letter
        return c is not None and ("initial" in letters.get(c, {}) or c == "\u0640")

    def joins_right(c: str | None) -> bool:  # can join the letter before it
        return c is not None and ("final" in letters.get(c, {}) or c == "\u0640")

    chars = list(text)
    result: list[str] = []
    i = 0
    previous: str | None = None  # the last letter written (marks skipped)
    while i < len(chars):
        c = chars[i]
        if unicodedata.category(c) == "Mn":
            result.append(c)
            i += 1
            continue
        j = i + 1
        while j < len(chars) and unicodedata.category(chars[j]) == "Mn":
            j += 1
        following = chars[j] if j < len(chars) else None
        after_prev = joins_left(previous) and joins_right(c)
        pair = (c, following or "")
        if following is not None and pair in ligatures:
            forms = ligatures[pair]
            form = "final" if after_prev and "final" in forms else "isolated"
            result.append(forms.get(form, c + (following or "")))
            result.extend(chars[i + 1 : j])
            previous = following
            i = j + 1
            continue
        if c not in letters:
            result.append(c)
            previous = c if c == "\u0640" else None
            i += 1
            continue
        before_next = joins_left(c) and joins_right(following)
        forms = letters[c]
        if after_prev and before_next:
            form = "medial"
        elif after_prev:
            form = "final"
        elif before_next:
            form = "initial"
        else:
            form = "isolated"
        result.append(forms.get(form) or forms.get("isolated") or c)
        previous = c
        i += 1
    return "".join(result)


# -- bidi ---------------------------------------------------------------------------------


def _strong(c: str) -> str | None:
    kind = unicodedata.bidirectional(c)
    if kind in _RTL_CLASSES:
        return "R"
    if kind == "L":
        return "L"
    return None


def visual_line(line: str) -> tuple[str, bool]:
    """One line in the order it is drawn (left to right), and whether its base
    direction is right-to-left. A small form of the Unicode bidi algorithm: strong
    letters set the direction, numbers keep their own order, neutral characters take
    the direction of the letters around them, mirrored brackets in right-to-left runs."""
    base_rtl = next((s == "R" for s in map(_strong, line) if s is not None), False)
    if not has_rtl(line):
        return line, False
    base = 1 if base_rtl else 0
    kinds = [unicodedata.bidirectional(c) for c in line]
    levels = [base] * len(line)
    # Strong and number levels.
    last_strong = "R" if base_rtl else "L"
    for i, kind in enumerate(kinds):
        if kind in _RTL_CLASSES:
            levels[i] = 1
            last_strong = "R"
        elif kind == "L":
            levels[i] = 2 if base_rtl else 0
            last_strong = "L"
        elif kind in ("EN", "AN"):
            levels[i] = 2 if (base_rtl or last_strong == "R" or kind == "AN") else 0
    # Neutrals (and separators inside numbers) between two runs of the same direction.
    i = 0
    while i < len(line):
        if kinds[i] in _RTL_CLASSES or kinds[i] in ("L", "EN", "AN"):
            i += 1
            continue
        j = i
        while j < len(line) and not (kinds[j] in _RTL_CLASSES or kinds[j] in ("L", "EN", "AN")):
            j += 1
        left = _direction(kinds[i - 1]) if i > 0 else ("R" if base_rtl else "L")
        right = _direction(kinds[j]) if j < len(line) else ("R" if base_rtl else "L")
        level = (1 if left == "R" else 2 if base_rtl else 0) if left == right else base
        for k in range(i, j):
            levels[k] = level
        i = j
    chars = [_MIRROR.get(c, c) if levels[n] % 2 else c for n, c in enumerate(line)]
    top = max(levels)
    lowest_odd = 1
    for level in range(top, lowest_odd - 1, -1):
        n = 0
        while n < len(chars):
            if levels[n] >= level:
                m = n
                while m < len(chars) and levels[m] >= level:
                    m += 1
                chars[n:m] = chars[n:m][::-1]
                levels[n:m] = levels[n:m][::-1]
                n = m
            else:
                n += 1
    return "".join(chars), base_rtl


def _direction(kind: str) -> str:
    """R for right-to-left letters and Arabic numbers, L for the rest of the strong ones."""
    return "R" if kind in _RTL_CLASSES or kind == "AN" else "L"


def wrap_visual(text: str, width: float, measure: Callable[[str], float]) -> tuple[list[str], bool]:
    """Break logical text into lines no wider than `width` (measured after shaping),
    then put every line in visual order. Returns the lines and whether the text as a
    whole reads right-to-left."""
    lines: list[str] = []
    rtl_lines = 0
    for paragraph in text.split("\n"):
        shaped = shape_arabic(paragraph)
        words = shaped.split(" ")
        current = ""
        logical: list[str] = []
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width:
                logical.append(current)
                current = word
            else:
                current = candidate
            while len(current) > 1:  # a word wider than the line: cut where it fills one
                cut = _fit(current, width, measure)
                if cut >= len(current):
                    break
                logical.append(current[:cut])
                current = current[cut:]
        logical.append(current)
        for line in logical:
            shown, rtl = visual_line(line)
            rtl_lines += rtl
            lines.append(shown)
    return lines, rtl_lines * 2 > len(lines)


def _fit(text: str, width: float, measure: Callable[[str], float]) -> int:
    """How many characters at the start of `text` fit in `width` (at least one; all of
    them when the text fits). Measures starts of at most about twice the part that
    fits, so cutting a word of 100,000 characters into lines takes linear time."""
    size = len(text)
    reach = 16
    while reach < size and measure(text[:reach]) <= width:
        reach *= 2
    if reach >= size:
        if measure(text) <= width:
            return size
        reach = size
    low, high = (reach // 2 if reach > 16 else 1), reach - 1  # text[:reach] is too wide
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return max(low, 1)


# Where reportlab may break a line (its whitespace, without the no-break space).
_BREAKS = re.compile(r"([^\S\xa0\n]+)")
# The most characters of one paragraph of printed text (see `chunks`).
CHUNK_CHARACTERS = 2000
CHUNK_LINES = 40


def _is_mark(c: str) -> bool:
    return unicodedata.category(c) in ("Mn", "Mc", "Me")


def break_long_words(text: str, width: float, char_width: Callable[[str], float]) -> str:
    """`text` with every word wider than `width` cut into pieces that each fill a line,
    a space between them (never before a combining mark). A piece is the longest start
    of the rest of the word that fits, so no two pieces ever fit on one line together:
    printed, each space falls at the end of a line, where it is not drawn, and the word
    reads as typed. Measured character by character (`char_width`, best a dict's
    `__getitem__`), in linear time; reportlab's own cutting of long words measures the
    rest of the word again for every line and every page."""
    width = max(width - 0.01, 1.0)  # a little room for rounding in reportlab's sums
    lines = text.split("\n")
    for number, line in enumerate(lines):
        tokens = _BREAKS.split(line)
        changed = False
        for i in range(0, len(tokens), 2):  # the words; the odd tokens are the spaces
            word = tokens[i]
            if len(word) < 2:
                continue
            ends = list(itertools.accumulate(map(char_width, word), initial=0.0))
            if ends[-1] <= width:
                continue
            pieces: list[str] = []
            start, size = 0, len(word)
            while start < size:
                end = max(bisect.bisect_right(ends, ends[start] + width) - 1, start + 1)
                while end < size and _is_mark(word[end]):
                    end += 1
                pieces.append(word[start:end])
                start = end
            tokens[i] = " ".join(pieces)
            changed = True
        if changed:
            lines[number] = "".join(tokens)
    return "\n".join(lines)


def chunks(text: str, size: int = CHUNK_CHARACTERS, lines: int = CHUNK_LINES) -> list[str]:
    """`text` cut into parts of at most `size` characters and `lines` lines, to print
    as paragraphs one under the other: cut at a line break (which the cut takes the
    place of), else after the end of a sentence, else at a space, else between two
    characters. Laid out as one paragraph, a long text is broken into lines again for
    every page it runs over."""
    parts: list[str] = []
    start = 0
    while len(text) - start > size or text.count("\n", start, start + size) >= lines:
        end = start + size
        cut = -1
        breaks = 0
        position = start
        while breaks < lines:  # the last line break within the window, `lines` at most
            found = text.find("\n", position, end)
            if found < 0:
                break
            cut, position, breaks = found, found + 1, breaks + 1
        if cut >= 0:
            parts.append(text[start:cut])
            start = cut + 1
            continue
        cut = max(text.rfind(mark, start + 1, end) for mark in (". ", "! ", "? "))
        if cut >= 0:
            parts.append(text[start : cut + 1])
            start = cut + 2
            continue
        cut = text.rfind(" ", start + 1, end)
        if cut >= 0:
            parts.append(text[start:cut])
            start = cut + 1
            continue
        cut = end
        while cut > start + 1 and _is_mark(text[cut]):
            cut -= 1
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


# No line of page furniture holds more characters than this (a header is about 100).
LINE_CHARACTERS = 400


def one_line(text: str, width: float, measure: Callable[[str], float]) -> str:
    """`text` as one line no wider than `width`: line breaks as spaces, cut with "…"
    when it does not fit. Measures a few times, whatever the length of `text`."""
    text = " ".join(text[: LINE_CHARACTERS * 4].split())
    if len(text) <= LINE_CHARACTERS and measure(text) <= width:
        return text
    text = text[:LINE_CHARACTERS]
    low, high = 0, len(text)
    while low < high:  # the longest start of `text` that fits with the ellipsis
        mid = (low + high + 1) // 2
        if measure(text[:mid] + "…") <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


__all__ = [
    "MISSING",
    "break_long_words",
    "chunks",
    "clean",
    "has_rtl",
    "markup",
    "one_line",
    "shape_arabic",
    "visual_line",
    "wrap_visual",
]
