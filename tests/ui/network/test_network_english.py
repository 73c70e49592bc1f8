"""EIGENKRACHT_LANG=en: the network step's point of attention about an overburdened
mantelzorger (core.network.points_of_attention) is English."""

from __future__ import annotations

from typing import Any


def test_carer_banner_in_english(english: None, page: Any) -> None:
    text = page.attention.text()
    assert "Marian de Vries" in text
    assert "overburdened" in text and "2.3.2" in text
    for dutch in ("mantelzorger", "overbelast", "Bespreek", "ondersteuning", "Alle hulp"):
        assert dutch not in text, (dutch, text)
