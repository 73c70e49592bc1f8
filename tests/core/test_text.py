"""core.text: hostile characters are neutralised for display, lone surrogates found."""

from __future__ import annotations

import json

import pytest

from eigenkracht.core.text import display_line, display_safe, is_display_safe, lone_surrogate

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_ordinary_text_is_returned_unchanged() -> None:
    text = "Fam. Öztürk-de Jong <b>&amp;</b>\tregel\nשלום مرحبا 😀 \u200f\u200e"
    assert display_safe(text) is text
    assert is_display_safe(text)


@pytest.mark.parametrize("code", [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F])
def test_c0_controls_and_del_are_dropped(code: int) -> None:
    assert display_safe(f"a{chr(code)}b") == "ab"


@pytest.mark.parametrize("code", [c for c in range(0x80, 0xA0) if c != 0x85])
def test_c1_controls_are_dropped(code: int) -> None:
    assert display_safe(f"a{chr(code)}b") == "ab"


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"])
def test_other_line_breaks_become_a_line_feed(brk: str) -> None:
    assert display_safe(f"een{brk}twee") == "een\ntwee"
    assert display_safe("een\u2028twee\u2029drie") == "een\ntwee\ndrie"


def test_bidi_overrides_embeddings_and_isolates_are_dropped() -> None:
    # "invoice\u202eexe.pdf" would show as "invoicefdp.exe".
    assert display_safe("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert display_safe(f"x{BIDI}y") == "xy"
    assert not is_display_safe("\u2067name\u2069")


def test_escape_sequences_lose_their_escape() -> None:
    assert display_safe("\x1b[2J\x1b]0;titel\x07Kerkhof") == "[2J]0;titelKerkhof"


def test_lone_surrogates_are_found_and_shown_as_replacement() -> None:
    broken = json.loads('"a\\ud800b\\udc00c"')
    assert lone_surrogate(broken)
    assert not lone_surrogate("a😀b")
    assert display_safe(broken) == "a\ufffdb\ufffdc"
    display_safe(broken).encode("utf-8")  # printable without a UnicodeEncodeError


def test_display_line_is_one_line() -> None:
    assert display_line("een\ntwee\r\ndrie\tvier\u2028vijf") == "een twee drie vier vijf"


def test_long_text_stays_whole_and_fast() -> None:
    text = "x" * 1_000_000 + "\u202e"
    assert len(display_safe(text)) == 1_000_000
