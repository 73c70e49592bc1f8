"""User text: what is refused at input, and how it is shown and printed.

Text is stored as the user typed it. Two rules keep hostile or broken text harmless:

- At input, a lone surrogate (half of a UTF-16 pair, from broken pasted text or a
  JSON "\\ud800" escape) is refused: it cannot be stored as UTF-8, and it stands
  for no character at all. `lone_surrogate` finds one; `TEXT_INVALID` says so.
- At display and print, `display_safe` neutralises what would change how other
  text looks without being seen itself: control characters (C0 except tab and line
  feed, DEL, C1) are dropped, other line breaks (CR, vertical tab, form feed, NEL,
  U+2028/U+2029) become a line feed, and the bidi embeddings, overrides and
  isolates (U+202A-U+202E, U+2066-U+2069) are dropped, so a name cannot reverse
  the text after it ("Trojan source"). The marks U+200E/U+200F/U+061C stay: they
  only nudge neutral characters. A lone surrogate that slipped through shows as
  U+FFFD. `display_line` also folds line breaks and tabs into spaces, for places
  that show one line (window titles, list cells, menu items).

Pure Python: no Qt, no reportlab. The screens (`ui/widgets/plain.py`), the plan
PDF (`report/text.py`), the citizen's paper and the command line all use it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, translate

# Shown to the user when a text holds a lone surrogate (CLI and store; the screens
# translate their own copy of this sentence).
TEXT_INVALID: Final = (
    "De tekst bevat een ongeldig teken (een half teken uit kapotte tekst). "
    "Typ of plak de tekst opnieuw; er is niets veranderd."
)

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_LINE_BREAK: Final = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE: Final = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]"
)
_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SPACES: Final = re.compile("[\t\n]")


def lone_surrogate(text: str) -> bool:
    """Does the text hold a surrogate code point (which no valid text does)?"""
    return _SURROGATE.search(text) is not None


def is_display_safe(text: str) -> bool:
    """True when `display_safe(text)` would return the text unchanged."""
    return _UNSAFE.search(text) is None


def display_safe(text: str) -> str:
    """The text as it may be shown or printed: see the module doc. Never raises."""
    if _UNSAFE.search(text) is None:  # the common case: nothing to do
        return text
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def display_line(text: str) -> str:
    """`display_safe` on one line: line breaks and tabs become spaces."""
    return _SPACES.sub(" ", display_safe(text))


__all__ = [
    "MONTHS",
    "TEXT_INVALID",
    "display_line",
    "display_safe",
    "dutch_date",
    "is_display_safe",
    "lone_surrogate",
    "long_date",
]


# Dutch; long_date reads them in the program's language (core.i18n).
MONTHS: Final = (
    QT_TRANSLATE_NOOP("Dates", "januari"),
    QT_TRANSLATE_NOOP("Dates", "februari"),
    QT_TRANSLATE_NOOP("Dates", "maart"),
    QT_TRANSLATE_NOOP("Dates", "april"),
    QT_TRANSLATE_NOOP("Dates", "mei"),
    QT_TRANSLATE_NOOP("Dates", "juni"),
    QT_TRANSLATE_NOOP("Dates", "juli"),
    QT_TRANSLATE_NOOP("Dates", "augustus"),
    QT_TRANSLATE_NOOP("Dates", "september"),
    QT_TRANSLATE_NOOP("Dates", "oktober"),
    QT_TRANSLATE_NOOP("Dates", "november"),
    QT_TRANSLATE_NOOP("Dates", "december"),
)


def long_date(value: dt.date | str | None) -> str:
    """ "19 oktober 2026" from a date or an ISO text (its first ten characters); "" for
    no date; a text that is no date comes back as it is. The month in the program's
    language ("19 October 2026": the same order in British English)."""
    return _date(value, lambda month: translate("Dates", month))


def dutch_date(value: dt.date | str | None) -> str:
    """`long_date` in Dutch whatever the program's language: for a document that is
    Dutch only (the inzage summary, the monitor), so no English month stands in a Dutch
    sentence."""
    return _date(value, lambda month: month)


def _date(value: dt.date | str | None, month_name: Callable[[str], str]) -> str:
    """ "19 oktober 2026" with `month_name` of the Dutch month (not the translator
    swapped by core.i18n.dutch: a PDF may be made in another thread)."""
    if value is None or value == "":
        return ""
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    return f"{value.day} {month_name(MONTHS[value.month - 1])} {value.year}"
