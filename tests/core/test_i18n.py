"""core.i18n: Dutch until a translator is installed; dutch() makes one block Dutch on its
own thread only (a signed plan's snapshot), never another thread's PDF meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from eigenkracht.core import i18n


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n._translator
    i18n.install(lambda context, text: {"Doel": "Goal"}.get(text, ""))
    yield
    i18n.install(before)


def test_dutch_until_a_translator_is_installed() -> None:
    before = i18n._translator
    i18n.install(None)
    try:
        assert i18n.translate("PlanPdf", "Doel") == "Doel"
    finally:
        i18n.install(before)


def test_an_unknown_text_stays_dutch(english: None) -> None:
    assert i18n.translate("PlanPdf", "Doel") == "Goal"
    assert i18n.translate("PlanPdf", "Iets anders") == "Iets anders"


def test_dutch_is_only_for_this_thread(english: None) -> None:
    inside = threading.Event()
    done = threading.Event()
    seen: list[str] = []

    def other() -> None:
        inside.wait(5)
        seen.append(i18n.translate("PlanPdf", "Doel"))
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with i18n.dutch():
        assert i18n.translate("PlanPdf", "Doel") == "Doel"
        with i18n.dutch():  # nested: still Dutch, and after it too
            pass
        assert i18n.translate("PlanPdf", "Doel") == "Doel"
        inside.set()
        done.wait(5)
    thread.join(5)
    assert seen == ["Goal"]
    assert i18n.translate("PlanPdf", "Doel") == "Goal"
