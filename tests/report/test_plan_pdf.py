"""The printed plan, read back with pypdf: sections, names, dates, page furniture,
the fingerprint of a signed version, byte-identical re-prints, pseudonyms."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from eigenkracht.core import serial
from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Agreement,
    CaseFile,
    Goal,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import build_snapshot, snapshot_of
from eigenkracht.demo import build_demo
from eigenkracht.report.plan_pdf import long_date, render_snapshot, render_version
from eigenkracht.store.database import Store, create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

TODAY = dt.date(2026, 11, 9)
SECTIONS = [
    "Ondersteuningsplan",
    "Uw vraag en wat belangrijk is voor u",
    "Hoe tevreden bent u met uw leven?",
    "Hoe gaat het met u, per onderwerp?",
    "Mensen om u heen: wie helpt met wat",
    "Uw doelen en wie wat doet",
    "Waar we op letten",
    "Afspraken en de volgende keer",
    "Wat u verklaart",
    "Uw opmerkingen",
    "Handtekeningen",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("plan") / "demo.db"
    s = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(s, origin="demo"), today=TODAY)
    yield s
    s.close()


@pytest.fixture(scope="module")
def repo(store: Store) -> Repository:
    return Repository(store, origin="test")


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def load(repo: Repository, reference: str) -> CaseFile:
    case = repo.find_case(reference)
    assert case is not None and case.id is not None
    return repo.load_case(case.id)


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Extracted text with line breaks and repeated spaces as single spaces."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def bakker_draft(repo: Repository, instrument: Instrument) -> tuple[CaseFile, bytes]:
    case_file = load(repo, "EK-2026-0002")
    draft = PlanVersion(case_id=case_file.case.id or 0, number=2, evaluation_date=TODAY)
    draft.agreements = "Joke belt over twee weken."
    return case_file, render_version(draft, instrument, case_file=case_file, today=TODAY)


def test_every_section_of_the_draft_is_printed(bakker_draft: tuple[CaseFile, bytes]) -> None:
    _, pdf = bakker_draft
    texts = pages(pdf)
    assert 5 <= len(texts) <= 30
    whole = flat(" ".join(texts))
    positions = [whole.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), dict(zip(SECTIONS, positions, strict=True))
    assert positions == sorted(positions)  # in this order
    # Every page: reference, date, "Vertrouwelijk", "pagina x van y", the draft mark.
    for number, text in enumerate(texts, start=1):
        assert "EK-2026-0002" in text
        assert "Vertrouwelijk" in text
        assert "9 november 2026" in text
        assert f"pagina {number} van {len(texts)}" in text
        assert "concept, nog niet ondertekend" in text
        assert "Vingerafdruk" not in text
    assert "Joke belt over twee weken." in whole


def test_the_plan_names_people_dates_and_the_eigen_kracht_order(
    bakker_draft: tuple[CaseFile, bytes],
) -> None:
    case_file, pdf = bakker_draft
    whole = flat(" ".join(pages(pdf)))
    for member in case_file.members:
        assert member.name in whole
    assert case_file.case.coordinator in whole
    # Every network member who took on an action is named, in the table and to sign.
    helpers = {
        a.network_person_id for g in case_file.goals for a in g.actions if a.network_person_id
    }
    names = {p.id: p.name for p in case_file.network}
    for pid in helpers:
        assert whole.count(names[pid]) >= 2, names[pid]
    # Goal due dates are printed in words.
    for goal in case_file.goals:
        assert goal.due_date is not None
        assert long_date(goal.due_date) in whole
    assert "Op 9 november 2026 kijken we samen hoe het gaat" in whole
    # The actions of a goal: what the household does itself comes first.
    debts = whole[whole.find("Doel 1 ") :]
    assert debts.find("U zelf") < debts.find("Vrijwilliger")
    # Each of the relevant domains, with both levels.
    for domain in ("Geldzaken", "Werk en school", "Politie en justitie"):
        assert domain in whole
    assert "Uw cijfer" in whole and "Cijfer wijkteam" in whole


@pytest.fixture(scope="module")
def signed(repo: Repository, instrument: Instrument) -> PlanVersion:
    """A household's own plan, signed through the program (De Vries: a mantelzorger
    who carries too much)."""
    case_file = load(repo, "EK-2026-0001")
    assert case_file.case.id is not None
    draft = repo.draft_plan(case_file.case.id)
    assert draft.id is not None
    repo.update(
        PlanVersion,
        draft.id,
        evaluation_date=dt.date(2027, 1, 11),
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
        copy_received=True,
    )
    case_file = load(repo, "EK-2026-0001")
    draft = next(p for p in case_file.plans if p.id == draft.id)
    signatures = [
        Signature(
            SignerRole.CITIZEN,
            "Mevr. De Vries",
            dt.date(2026, 11, 9),
            "Oosterveld",
            Agreement.WITH_REMARKS,
            "Ik wil graag op dinsdag hulp.",
        ),
        Signature(SignerRole.PROFESSIONAL, case_file.case.coordinator, dt.date(2026, 11, 9)),
    ]
    snapshot = build_snapshot(case_file, instrument, draft, today=TODAY, signatures=signatures)
    return repo.sign_plan(draft.id, snapshot, signatures)


def test_a_signed_version_prints_its_check_code_on_every_page_and_its_fingerprint_for_the_file(
    signed: PlanVersion, instrument: Instrument
) -> None:
    """The citizen's pages carry a short check code (the fingerprint's start) and no long
    hexadecimal value; the last page, for the file, the whole fingerprint."""
    pdf = render_version(signed, instrument)
    texts = pages(pdf)
    code = signed.fingerprint[:8].upper()
    for number, text in enumerate(texts, start=1):
        assert f"Controlecode: {code[:4]}-{code[4:]}" in text
        assert f"pagina {number} van {len(texts)}" in text
        assert "ondertekend" in text
    *citizen, for_the_file = texts
    for text in citizen:
        assert re.search(r"[0-9a-f]{20}", text) is None and "SHA-256" not in text
    assert "Voor het dossier" in for_the_file
    assert not any("Voor het dossier" in text for text in citizen)
    assert signed.fingerprint in re.sub(r"\s", "", for_the_file)
    assert "Vingerafdruk (SHA-256)" in for_the_file
    whole = flat(" ".join(texts))
    assert "Mevr. De Vries" in whole and "Oosterveld" in whole
    assert "11 januari 2027" in whole
    # Each signer's own choice and remarks (one place: the signature).
    assert "Mevr. De Vries: Ik wil graag op dinsdag hulp." in whole
    assert "☑ Ik ben het eens met dit plan, maar ik heb opmerkingen." in whole
    assert "☑ Ik ben het eens met dit plan." in whole  # the professional's
    # The overburdened mantelzorger is a point of attention, in plain words.
    attention = whole[whole.find("Waar we op letten") :]
    assert "zorgt veel voor het gezin" in attention[:600]
    assert "We kijken samen welke hulp er voor" in attention[:600]
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    stamp = signed.signed_at.replace("-", "").replace(":", "").replace("T", "")[:14]
    assert str(info["/CreationDate"]).startswith(f"D:{stamp}")


def test_a_signed_version_reprints_byte_identically(
    signed: PlanVersion, repo: Repository, instrument: Instrument
) -> None:
    first = render_version(signed, instrument)
    # The case changes after signing: a new goal, a new draft.
    case_id = signed.case_id
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="financien",
            text="Een nieuw doel na het tekenen.",
            actions=[Action(goal_id=0, what="Iets nieuws", actor_kind=ActorKind.SELF)],
        )
    )
    repo.draft_plan(case_id)
    stored = next(p for p in repo.load_case(case_id).plans if p.id == signed.id)
    assert stored.snapshot == signed.snapshot and stored.fingerprint == signed.fingerprint
    again = render_version(stored, instrument)
    assert again == first
    assert "Een nieuw doel na het tekenen." not in flat(" ".join(pages(again)))
    # The fingerprint is the SHA-256 of the stored snapshot.
    assert serial.fingerprint(json.loads(stored.snapshot)) == stored.fingerprint


def test_the_demo_signed_plan_prints_from_its_stored_snapshot(
    repo: Repository, instrument: Instrument
) -> None:
    case_file = load(repo, "EK-2026-0002")
    plan = next(p for p in case_file.plans if p.signatures)
    first = render_version(plan, instrument)
    assert render_version(plan, instrument) == first
    text = flat(" ".join(pages(first)))
    assert "Ans Bakker" in text
    assert "ondertekend" in text and plan.fingerprint in text.replace(" ", "")


def test_pseudonymised_plans_hold_no_third_party_name(
    bakker_draft: tuple[CaseFile, bytes], instrument: Instrument
) -> None:
    case_file, _ = bakker_draft
    draft = PlanVersion(case_id=case_file.case.id or 0, number=2)
    pdf = render_version(draft, instrument, case_file=case_file, today=TODAY, pseudonymise=True)
    whole = flat(" ".join(pages(pdf)))
    for person in case_file.network:
        assert person.name not in whole, person.name
    assert "Ans" not in re.findall(r"\w+", whole)  # "Oma Ans" in the free text too
    for member in case_file.members:
        assert member.name in whole  # the household itself keeps its names
    assert "vervangen door hun rol" in whole
    assert "moeder van mark (oma)" in whole.lower()


def test_a_plan_without_anything_still_prints(instrument: Instrument) -> None:
    snapshot: dict[str, Any] = {"date": "2026-11-09", "case": {"reference": "EK-1"}}
    text = flat(" ".join(pages(render_snapshot(snapshot))))
    for section in SECTIONS:
        assert section in text
    assert "Hier kunt u zelf iets opschrijven." in text  # blank lines for remarks


def test_the_plan_is_written_to_memory_only(
    bakker_draft: tuple[CaseFile, bytes],
    instrument: Instrument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No temporary files: the charts and the PDF never touch the disk."""
    case_file, _ = bakker_draft
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # for whatever reads it from here on
    # Python's tempfile read TMPDIR once, at its first use, long before this test.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert tempfile.gettempdir() == str(tmp_path)
    monkeypatch.chdir(tmp_path)
    plan = PlanVersion(case_id=1, number=1)
    snapshot = snapshot_of(plan, instrument, case_file=case_file, today=TODAY)
    render_snapshot(snapshot)
    assert list(tmp_path.iterdir()) == []
