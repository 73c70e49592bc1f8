"""The plan the citizen keeps is written to them (issue 13): the pages before "Voor het
dossier" carry no article of law, no long hexadecimal value, no "SHA-256", none of the
professional world's words; those are on the page for the file, the last one."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import Case, CaseKind, PlanVersion
from eigenkracht.demo import build_demo
from eigenkracht.report.plan_pdf import render_version
from eigenkracht.store.database import Store, create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf
from test_language import jargon_in

# What is meant for the professional or the file, never for the citizen's pages.
FOR_THE_FILE = [
    (re.compile(r"\bart(?:ikel)?\.?\s*\d"), "an article of law"),
    (re.compile(r"\blid\s+\d"), "a paragraph of law"),
    (re.compile(r"[0-9a-f]{20}", re.IGNORECASE), "a long hexadecimal value"),
    (re.compile(r"SHA-256|Vingerafdruk"), "the fingerprint's technical name"),
    (re.compile(r"\bde professional\b|\bDe inwoner\b", re.IGNORECASE), "third-person roles"),
    (re.compile(r"leefgebied", re.IGNORECASE), "leefgebied"),
    (re.compile(r"\([^()]*\([^()]*\)[^()]*\)"), "brackets inside brackets"),
    (re.compile(r"\b1 andere mensen\b|\bnog 1 andere\b"), "a wrong plural"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("b1") / "demo.db"
    s = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(s, origin="demo"), today=TODAY)
    yield s
    s.close()


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def citizen_and_file(pdf: bytes) -> tuple[list[str], str]:
    *citizen, last = pages(pdf)
    assert "Voor het dossier" in last
    assert not any("Voor het dossier" in text for text in citizen)
    return citizen, last


def problems(texts: list[str]) -> list[str]:
    whole = " ".join(" ".join(t.split()) for t in texts)
    found = []
    for pattern, what in FOR_THE_FILE:
        for hit in pattern.finditer(whole):
            found.append(f"{what}: …{whole[max(0, hit.start() - 40) : hit.end() + 20]}…")
    return found


def test_every_demo_plan_keeps_the_file_part_for_the_file(
    store: Store, instrument: Instrument
) -> None:
    repo = Repository(store, origin="test")
    seen_signed = 0
    for summary in repo.list_cases():
        case_file = repo.load_case(summary.id)
        versions = list(case_file.plans)
        draft = PlanVersion(case_id=summary.id, number=len(versions) + 1, evaluation_date=TODAY)
        for version in [*versions, draft]:
            pdf = render_version(version, instrument, case_file=case_file, today=TODAY)
            citizen, for_the_file = citizen_and_file(pdf)
            assert problems(citizen) == [], summary.reference
            if version.fingerprint:
                seen_signed += 1
                assert version.fingerprint in "".join(for_the_file.split())
    assert seen_signed >= 2


def test_the_file_part_names_the_law_and_the_citizen_pages_do_not(
    store: Store, instrument: Instrument
) -> None:
    repo = Repository(store, origin="test")
    wmo = repo.create_case(Case(reference="EK-B1-1", household_name="Fam. Leeg"))
    jeugd = repo.create_case(
        Case(reference="EK-B1-2", household_name="Fam. Jong", case_kind=CaseKind.JEUGD)
    )
    for made, law in ((wmo, "Wmo 2015, art. 2.3.2"), (jeugd, "Jeugdwet")):
        case_id = made.case.id
        assert case_id is not None
        draft = PlanVersion(case_id=case_id, number=1, evaluation_date=TODAY)
        pdf = render_version(draft, instrument, case_file=repo.load_case(case_id), today=TODAY)
        citizen, for_the_file = citizen_and_file(pdf)
        assert law in " ".join(for_the_file.split())
        assert problems(citizen) == []
        # An empty plan is only the program's own words: none of them is jargon unexplained.
        assert [hit for text in citizen for hit in jargon_in(" ".join(text.split()))] == []


def test_problems_finds_what_it_looks_for() -> None:
    """The checks above can fail."""
    bad = [
        "Eerst eigen kracht (Wmo 2015, art. 2.3.2 lid 4 onder d).",
        "Vingerafdruk (SHA-256): " + "ab" * 32,
        "De inwoner wil werk. Ans Bakker (moeder van Mark (oma)).",
        "Hoe gaat het op de leefgebieden?",
    ]
    found = problems(bad)
    assert len(found) >= 7, found
    assert problems(["Controlecode: 3F2A-9C1D. Uw contactpersoon is Joke."]) == []


def test_check_code_is_explained_where_the_citizen_signs(
    store: Store, instrument: Instrument
) -> None:
    repo = Repository(store, origin="test")
    for summary in repo.list_cases():
        case_file = repo.load_case(summary.id)
        signed = [v for v in case_file.plans if v.fingerprint]
        if signed:
            pdf = render_version(signed[0], instrument, case_file=case_file, today=TODAY)
            citizen, _ = citizen_and_file(pdf)
            whole = " ".join(" ".join(" ".join(citizen).split()).split())
            assert "controlecode onderaan elke bladzijde" in whole
            code = signed[0].fingerprint[:8].upper()
            assert whole.count(f"Controlecode: {code[:4]}-{code[4:]}") == len(citizen)
            return
    pytest.fail("the demo has no signed plan")
