"""The language test for what the citizen takes home (issue 13 point 3): the plan's pages
for the citizen, the then-and-now page and the paper of the self-assessment, read back
from the generated PDFs with a real parser, measured like the window texts of
test_language.py.

A printed page mixes the program's words with what people typed (the demo's notes are
written the way a worker writes them). The measures here are about the program's words: every
text of the case file and of the plan's snapshot is cut out of the page first, and what
remains is measured. The article check also runs over the window and instrument texts:
an article of law is never for the citizen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import PlanVersion
from eigenkracht.core.plan import plan_instrument, then_and_now
from eigenkracht.demo import build_demo
from eigenkracht.exchange.selfassessment import read_file
from eigenkracht.report.citizen_paper import render_paper
from eigenkracht.report.plan_pdf import render_version
from eigenkracht.report.then_now import render_then_now
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.citizen.paper import paper_words
from support import PASSPHRASE, TODAY, cheap_kdf
from test_language import SOURCES, WHOLE_MINIMUM, douma, jargon_in

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
CUT = " ¶ "  # what a typed text becomes on the measured page: a break between sentences
KEY = re.compile(r"[a-z0-9_@.-]+")  # a stored key or value, not typed

ARTICLE = re.compile(
    r"\bart(?:ikel)?\.?\s*\d|\blid\s+\d|\b(?:wmo|jeugdwet|participatiewet)\s+\d{4}\b", re.I
)


def typed_texts(value: Any) -> Iterator[str]:
    """Every text in a case file or a snapshot: names, notes, goals, whatever was typed."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from typed_texts(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from typed_texts(item)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            yield from typed_texts(item)


def flat(text: str) -> str:
    return " ".join(text.split())


def program_words(page: str, typed: Iterable[str]) -> str:
    """The page without what was typed: the longest texts first, so that a name inside a
    note goes with the note. Wrapped lines come back joined by one space, like the text."""
    page = flat(page)
    for text in sorted({flat(t) for t in typed}, key=len, reverse=True):
        # Keys and stored values ("ondertekend", "financien") are the program's own words;
        # a stray "Ja" or initial stays too: neither is a source of jargon.
        if len(text) > 2 and not KEY.fullmatch(text):
            page = page.replace(text, CUT)
    return flat(page)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


@cache
def documents() -> dict[str, list[str]]:
    """The program's words of every demo plan (its pages for the citizen, not the page
    for the file), of every demo case's then-and-now page, and of the example papers."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ek-language-"))
    store = create_database(folder / "demo.db", PASSPHRASE, kdf_params=cheap_kdf())
    plans: list[str] = []
    then_now: list[str] = []
    try:
        repo = Repository(store, origin="demo")
        build_demo(repo, today=TODAY)
        instrument = plan_instrument()
        for summary in repo.list_cases():
            case_file = repo.load_case(summary.id)
            draft = PlanVersion(case_id=summary.id, number=len(case_file.plans) + 1)
            for version in [*case_file.plans, draft]:
                typed = [*typed_texts(case_file), *typed_texts(version.snapshot)]
                pdf = render_version(version, instrument, case_file=case_file, today=TODAY)
                *citizen, for_the_file = pages(pdf)
                assert "Voor het dossier" in for_the_file
                plans += [program_words(page, typed) for page in citizen]
            data = then_and_now(case_file, instrument, today=TODAY)
            then_now += [
                program_words(page, [*typed_texts(case_file), *typed_texts(data)])
                for page in pages(render_then_now(data))
            ]
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    papers: list[str] = []
    for name in ("selfassessment.json", "selfassessment-v2.json"):
        content = read_file(EXAMPLES / name, today=dt.date(2026, 11, 20))
        paper_instrument = instrument_of(content.instrument_id)
        pdf = render_paper(content, paper_instrument, paper_words(), today=dt.date(2026, 11, 20))
        papers += [program_words(page, typed_texts(content)) for page in pages(pdf)]
    return {"plan": plans, "then_now": then_now, "paper": papers}


def instrument_of(instrument_id: str) -> Instrument:
    return next(i for i in bundled_instruments() if i.id == instrument_id)


DOCUMENTS = ("plan", "then_now", "paper")


def test_the_documents_are_read() -> None:
    found = documents()
    assert len(found["plan"]) > 20
    assert len(found["then_now"]) >= 9
    assert len(found["paper"]) >= 2
    whole = " ".join(found["plan"])
    assert "Uw doelen en wie wat doet" in whole
    assert "Hoe tevreden bent u met uw leven?" in whole
    # What was typed is cut out: the demo's first household name is not measured.
    assert "Bakker" not in whole


@pytest.mark.parametrize("document", DOCUMENTS)
def test_document_is_easy_to_read(document: str) -> None:
    text = " ".join(documents()[document]).replace(CUT, ". ")
    score = douma(text)
    print(f"{document}: Flesch-Douma {score:.1f}")
    assert score >= WHOLE_MINIMUM


@pytest.mark.parametrize("document", DOCUMENTS)
def test_document_has_no_unexplained_jargon(document: str) -> None:
    found = sorted({hit for page in documents()[document] for hit in jargon_in(page)})
    assert found == []


@pytest.mark.parametrize("source", [*DOCUMENTS, *sorted(SOURCES)])
def test_no_article_of_law_for_the_citizen(source: str) -> None:
    texts = documents()[source] if source in DOCUMENTS else SOURCES[source]()
    found = [f"{hit.group(0)} in: {text[:120]}" for text in texts for hit in ARTICLE.finditer(text)]
    assert found == []


def test_the_document_measures_can_fail() -> None:
    assert ARTICLE.search("Eerst eigen kracht (Wmo 2015, art. 2.3.2 lid 4 onder d).")
    assert ARTICLE.search("volgens artikel 2 van de wet")
    assert not ARTICLE.search("Artikelen uit de winkel. Het lidmaatschap van de club.")
    page = "Uw vraag: Hoe krijgen we de schulden op een rij? Wat belangrijk is voor u: Rust."
    words = program_words(page, ["Hoe krijgen we de schulden op een rij?", "Rust."])
    assert words == f"Uw vraag: {CUT.strip()} Wat belangrijk is voor u: {CUT.strip()}"
    assert jargon_in(program_words("U krijgt een beschikking. Els", ["Els"]))
