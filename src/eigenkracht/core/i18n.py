"""The program's own words outside Qt: core, report and charts print and draw texts
(the plan, then and now, the map's legend, dates) that follow the program's language.

    from eigenkracht.core.i18n import translate
    translate("PlanPdf", "Doel {number}").format(number=n)

`translate(context, text)` returns the Dutch source text until a translator is
installed; the program's window installs QCoreApplication.translate (ui/app.py
install_translators), so what it prints and draws is in the language it runs in. The
command line installs none: its PDFs stay Dutch. The calls are literals, so lupdate
finds them (tools/i18n.py scans core/, report/ and charts/ as well as ui/). No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

Translator = Callable[[str, str], str]
K = TypeVar("K")

_translator: Translator | None = None
_here = threading.local()  # .dutch: inside dutch() on this thread


def translate(context: str, text: str) -> str:
    """`text` (Dutch) in the program's language, or as it is when none is installed."""
    if _translator is None or getattr(_here, "dutch", False):
        return text
    return _translator(context, text) or text


def install(translator: Translator | None) -> None:
    """Translate with `translator` from now on (None: Dutch again). What the texts are
    translated into is the translator's business: the window's QCoreApplication.translate
    follows the translations installed at any moment."""
    global _translator
    _translator = translator


@contextmanager
def dutch() -> Iterator[None]:
    """Dutch inside the block, whatever the program runs in: for what is stored rather
    than shown (a signed plan's snapshot is the same record in every language). Only on
    this thread: a PDF another thread prints meanwhile stays in the program's language."""
    before = getattr(_here, "dutch", False)
    _here.dutch = True
    try:
        yield
    finally:
        _here.dutch = before


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation where it is defined (a table of words);
    `translate(context, text)` translates it where it is used."""
    del context
    return text


class Words(Mapping[K, str]):
    """A table of Dutch words (marked with QT_TRANSLATE_NOOP in `context`), each read
    in the program's language: `SECTOR_NAMES[Sector.FAMILY]` is "Family" in English."""

    def __init__(self, context: str, words: Mapping[K, str]) -> None:
        self.context = context
        self.dutch: dict[K, str] = dict(words)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self.dutch[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.dutch)

    def __len__(self) -> int:
        return len(self.dutch)


__all__ = ["QT_TRANSLATE_NOOP", "Words", "dutch", "install", "translate"]
