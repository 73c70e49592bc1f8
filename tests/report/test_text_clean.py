"""report.text.clean finds what it must change with one compiled pattern and changes it
with one str.translate; its results are those of the character-by-character version it
replaced (kept here as the reference), for any text: controls, bidi overrides and
marks, emoji with joiners and variation selectors, surrogates, combining marks, text
the font cannot draw and the line feeds and spaces around it."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Collection

from hypothesis import given, settings
from hypothesis import strategies as st

from eigenkracht.core.text import display_safe
from eigenkracht.report.styles import register_fonts
from eigenkracht.report.text import _CONTROL, MISSING, clean

FONT = register_fonts()


def reference_clean(text: str, drawable: Collection[int] | None = None) -> str:
    """clean() as it was: every character checked in Python."""
    text = display_safe(text).replace("\t", "    ")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if drawable is not None:
        text = "".join(
            c
            if c == "\n" or ord(c) in drawable or unicodedata.category(c) in ("Zs", "Mn", "Cf")
            else MISSING
            for c in text
        )
        text = re.sub("[\u200d\ufe0e\ufe0f]", "", text)
    return text


SPECIAL = (
    [chr(c) for c in range(0x00, 0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    + list("\u2028\u2029\ufeff\u200b\u200c\u200d\ufe0e\ufe0f\u00a0\u3000\u00ad")
    + list("\ud800\udc00\udfff")  # lone surrogates
    + list("\u0301\u0308\u05b7\u064b\U000e0001\U000e0041\U000e0100")  # marks, tags
    + list("😀👍🏽❤🙂\U0001f1f3\U0001f1f1")  # emoji, a skin tone, flag letters
    + list("ĳĲëé€ж中שלוםمرحبا")
    + ["e\u0301", "\r\n", "\t", " ", "\n"]
)
pieces = st.one_of(
    st.sampled_from(SPECIAL),
    st.characters(codec=None),  # any code point, surrogates included
    st.text(max_size=5),
)
texts = st.lists(pieces, max_size=60).map("".join)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_clean_gives_what_the_character_by_character_version_gave(text: str) -> None:
    assert clean(text, FONT) == reference_clean(text, FONT)
    assert clean(text) == reference_clean(text)


@settings(max_examples=300, deadline=None)
@given(texts, st.frozensets(st.integers(0, 0x2FFF), max_size=300))
def test_the_same_for_any_character_set(text: str, drawable: frozenset[int]) -> None:
    """Another font (a set without the line feed, or empty) and a plain set too."""
    assert clean(text, drawable) == reference_clean(text, drawable)
    assert clean(text, set(drawable)) == reference_clean(text, drawable)


def test_what_it_changes() -> None:
    assert clean("Keuken\x00\x07\ttafel\r\nregel", FONT) == "Keuken    tafel\nregel"
    assert clean("Blij 😀 👍🏽 ❤️ klaar", FONT) == f"Blij {MISSING} {MISSING}{MISSING} ❤ klaar"
    assert clean("a\u202eb\u200dc", FONT) == "abc"
    assert clean("gewoon", FONT) == "gewoon"


def test_long_text_takes_milliseconds() -> None:
    """100,000 characters of each kind; the character-by-character version took
    10 to 30 ms for each, the table of a font is made once."""
    clean("x", FONT)
    for text in ("abc def " * 12_500, "ж" * 100_000, "😀" * 100_000, "a😀" * 50_000):
        start = time.process_time()
        clean(text, FONT)
        assert time.process_time() - start < 0.02
