"""EIGENKRACHT_LANG=en: the network step's point of attention about an overburdened
mantelzorger (core.network.points_of_attention) is English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from eigenkracht.ui.app import install_translators


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    before = qapp.property("eigenkrachtLanguage")  # install_translators sets it
    installed = install_translators(qapp, "en")
    assert installed, "no English translation installed"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    qapp.setProperty("eigenkrachtLanguage", before)


def test_carer_banner_in_english(english: None, page: Any) -> None:
    text = page.attention.text()
    assert "Marian de Vries" in text
    assert "overburdened" in text and "2.3.2" in text
    for dutch in ("mantelzorger", "overbelast", "Bespreek", "ondersteuning", "Alle hulp"):
        assert dutch not in text, (dutch, text)
