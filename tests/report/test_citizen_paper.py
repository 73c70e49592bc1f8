"""The citizen's paper (report/citizen_paper.py, on the base renderer of every printed
document), read back with pypdf: what a citizen types prints as typed, Hebrew and
Arabic included; it stays one page; the same answers give the same bytes. The words
are the citizen window's (ui/citizen/paper.py translates them)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.exchange.selfassessment import DomainAnswer, Helper, SelfAssessment
from eigenkracht.report.citizen_paper import render_paper
from eigenkracht.report.text import shape_arabic
from eigenkracht.ui.citizen.paper import paper_words

TODAY = dt.date(2026, 11, 20)
HEBREW = "שלום עולם"
HEBREW_NAME = "שרה כהן"
ARABIC = "مرحبا بالعالم"
ARABIC_NAME = "مريم العلي"


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def assessment(instrument: Instrument, **fields: object) -> SelfAssessment:
    content = SelfAssessment(
        instrument_id=instrument.id, instrument_version=instrument.version, **fields
    )
    content.filled_in_on = dt.date(2026, 11, 18)
    return content


def paper(content: SelfAssessment, instrument: Instrument) -> bytes:
    return render_paper(content, instrument, paper_words(), today=TODAY, invariant=True)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_hebrew_and_arabic_answers_print_in_reading_order(instrument: Instrument) -> None:
    """The glyphs stand right to left, Arabic letters joined (the old paper put them
    left to right, unjoined: a reader got the words backwards); pypdf reads them back
    as typed, in every place a citizen types: name, question, remarks, helpers."""
    content = assessment(
        instrument,
        name=ARABIC_NAME,
        question=f"{ARABIC} (٢٠٢٦)",
        what_matters=f"{HEBREW}, 2026.",
        wellbeing=4,
    )
    first, second = instrument.domains[:2]
    content.set_answer(DomainAnswer(first.key, 2, wants_to_discuss=True, remark=HEBREW))
    content.set_answer(DomainAnswer(second.key, 3, remark=ARABIC))
    content.helpers = [Helper(HEBREW_NAME, "אחות", ARABIC)]
    pages, text = text_of(paper(content, instrument))
    assert pages == 1
    for typed in (HEBREW, HEBREW_NAME, "אחות"):
        assert typed in text
    for typed in (ARABIC, ARABIC_NAME):
        assert shape_arabic(typed) in text
    assert "Naam:" in text and "18-11-2026" in text
    assert first.citizen_name in text and second.citizen_name in text


def test_markup_and_controls_print_as_typed(instrument: Instrument) -> None:
    content = assessment(
        instrument,
        name="Zoë <b>Ĳssel</b> & Zn.",
        question="Wat moet ik doen & waar?\x07\nTweede <i>regel</i>",
        what_matters="Mijn \u202ekinderen\u202c en mijn huis.",
    )
    content.helpers = [Helper("Buur <script>", "buur & vriend", "boodschappen")]
    pages, text = text_of(paper(content, instrument))
    assert pages == 1
    assert "Zoë <b>Ĳssel</b> & Zn." in text or "Zoë <b>IJssel</b> & Zn." in text
    assert "Wat moet ik doen & waar?" in text and "Tweede <i>regel</i>" in text
    assert "Buur <script>" in text and "buur & vriend" in text
    # A bidi override cannot turn the words after it around.
    assert "Mijn kinderen en mijn huis." in text
    assert "\u202e" not in text and "\x07" not in text


def test_empty_answers_say_so(instrument: Instrument) -> None:
    _, text = text_of(paper(assessment(instrument), instrument))
    words = paper_words()
    assert words.no_name in text
    assert words.not_filled_in in text
    assert words.no_answer in text


def test_long_texts_are_cut_and_it_stays_one_page(instrument: Instrument) -> None:
    content = assessment(instrument, name="Piet", question="Einde-vraag " + "lang " * 2000)
    for domain in instrument.domains:
        content.set_answer(DomainAnswer(domain.key, 2, remark="opmerking " * 500))
    content.helpers = [Helper(f"Helper {n}", "buur", "van alles " * 100) for n in range(15)]
    pages, text = text_of(paper(content, instrument))
    assert pages == 1
    assert "Einde-vraag" in text and "…" in text
    assert "Helper 14" in text


def test_the_same_answers_give_the_same_bytes(instrument: Instrument) -> None:
    content = assessment(instrument, name=HEBREW_NAME, question=ARABIC, wellbeing=7)
    first = paper(content, instrument)
    assert paper(content, instrument) == first
    assert b"D:20261118000000" in first  # made on the day it was filled in, not now
