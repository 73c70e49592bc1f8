"""Every output reads the instrument from the assessment (issue 12): a plan PDF of a case
scored with an organisation's own 0-10 instrument (a file in a temporary user folder)
shows its domains, its scale in words with its real labels and its radar; the ladder
prints its rung for the member it scored; then and now shows the ladder and the
wellbeing radar; a case whose instrument file was removed prints from the definition
kept with the data (also through `eigenkracht report`). Read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from eigenkracht import cli
from eigenkracht.core.instruments import (
    DATA_DIR_ENV,
    Catalogue,
    Instrument,
    bundled_instruments,
    load_all,
    parse_stored,
)
from eigenkracht.core.model import (
    Assessment,
    Case,
    CaseFile,
    Conversation,
    ConversationKind,
    DomainScore,
    Member,
    Perspective,
    PlanVersion,
)
from eigenkracht.core.plan import build_snapshot, then_and_now
from eigenkracht.report.plan_pdf import PlanRenderer
from eigenkracht.report.then_now import ThenNowRenderer
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

DAY = dt.date(2026, 10, 12)
LATER = dt.date(2026, 11, 9)

USER_TOML = """\
format = 1
id = "eigen-balans"
version = "2.0"
name = "Eigen balans (gemeente)"
citizen_name = "Hoe staat uw gezin ervoor?"
kind = "score"
scope = "huishouden"
licence = "CC-BY-4.0, Gemeente Voorbeeld"
description = "Zes onderwerpen met een cijfer van 0 tot 10."

[scale]
min = 0
max = 10
low = { label = "Zeer zorgelijk", citizen_label = "Heel zwaar" }
high = { label = "Geen zorgen", citizen_label = "Heel licht" }

[[domains]]
key = "geld"
name = "Geld"
citizen_name = "Rondkomen"
description = "Inkomen en schulden."
citizen_question = "Kunt u rondkomen?"

[[domains]]
key = "huis"
name = "Huis"
citizen_name = "Uw huis"
description = "De woning."
citizen_question = "Hoe is uw huis?"

[[domains]]
key = "rust"
name = "Rust"
citizen_name = "Rust thuis"
description = "Rust en veiligheid thuis."
citizen_question = "Is het rustig thuis?"

[[domains]]
key = "zorg"
name = "Zorg"
citizen_name = "Zorgen voor elkaar"
description = "Zorgtaken."
citizen_question = "Lukt het zorgen?"

[[domains]]
key = "werk"
name = "Werk"
citizen_name = "Werk en school"
description = "Werk, school, dagbesteding."
citizen_question = "Hoe gaat werk of school?"

[[domains]]
key = "vrienden"
name = "Netwerk"
citizen_name = "Vrienden en familie"
description = "Mensen om het gezin heen."
citizen_question = "Wie staat om u heen?"
"""
USER_LEVELS = {"geld": 2, "huis": 7, "rust": 5, "zorg": 9, "werk": 0, "vrienden": 10}


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "balans.toml").write_text(USER_TOML, encoding="utf-8")
    return folder


def installed(folder: Path) -> list[Instrument]:
    found, errors = load_all(folder)
    assert errors == []
    return found


def bundled(ident: str) -> Instrument:
    return next(i for i in bundled_instruments() if i.id == ident)


def assessment(
    aid: int,
    conversation: int,
    inst: Instrument,
    perspective: Perspective,
    levels: dict[str, int],
    member: int | None = None,
) -> Assessment:
    return Assessment(
        conversation_id=conversation,
        instrument_id=inst.id,
        instrument_version=inst.version,
        perspective=perspective,
        id=aid,
        member_id=member,
        scores=[DomainScore(k, level=v) for k, v in levels.items()],
    )


def case_file(assessments: list[Assessment]) -> CaseFile:
    return CaseFile(
        case=Case(reference="EK-2026-0120", household_name="Fam. Schaal", id=1),
        members=[
            Member(case_id=1, id=1, name="Ria Schaal", role="aanvrager"),
            Member(case_id=1, id=2, name="Sem Schaal", role="zoon"),
        ],
        conversations=[
            Conversation(case_id=1, id=1, date=DAY),
            Conversation(case_id=1, id=2, date=LATER),
        ],
        assessments=assessments,
    )


def printed(files: CaseFile, catalogue: Catalogue) -> tuple[PlanRenderer, str, PdfReader]:
    snapshot = build_snapshot(files, catalogue, PlanVersion(case_id=1, number=1), today=LATER)
    renderer = PlanRenderer(snapshot)
    reader = PdfReader(io.BytesIO(renderer.render()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return renderer, text, reader


def images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_a_user_0_to_10_instrument_prints_its_domains_scale_words_and_radar(
    user_dir: Path,
) -> None:
    catalogue = Catalogue(installed(user_dir))
    own = catalogue.get("eigen-balans", "2.0")
    files = case_file(
        [
            assessment(1, 2, own, Perspective.CITIZEN, USER_LEVELS),
            assessment(2, 2, own, Perspective.PROFESSIONAL, {"geld": 3, "huis": 6}),
        ]
    )
    renderer, text, reader = printed(files, catalogue)
    section = renderer.snap["sections"][0]
    assert (section["instrument"]["id"], section["instrument"]["version"]) == (
        "eigen-balans",
        "2.0",
    )
    assert len(renderer.snap["sections"]) == 1  # only what the case was scored with
    assert "Hoe staat uw gezin ervoor?" in text
    assert "Eigen balans (gemeente), versie 2.0" in text.split("Voor het dossier")[1]
    for domain in own.domains:
        assert domain.citizen_name in text
    assert "Per onderwerp is er een cijfer van 0 tot 10." in text
    assert "0 betekent: heel zwaar. 10 betekent: heel licht." in text
    assert "betekent: ." not in text
    assert "Er zijn nog geen leefgebieden besproken" not in text
    # Its radar: six axes from 0 to 10 (the only picture: no network on the map).
    assert set(renderer.images) == {"radar"} and images(reader) == 1
    assert "in één plaatje" in text


def test_the_ladder_prints_the_rung_of_the_member_it_scored() -> None:
    catalogue = Catalogue(bundled_instruments())
    life, ladder = bundled("leefgebieden"), bundled("participatieladder")
    levels = {"financien": 2, "huisvesting": 4, "sociaal-netwerk": 3}
    files = case_file(
        [
            assessment(1, 2, life, Perspective.CITIZEN, levels),
            assessment(2, 2, life, Perspective.PROFESSIONAL, levels),
            assessment(3, 2, ladder, Perspective.CITIZEN, {"meedoen": 4}, member=2),
            assessment(4, 2, ladder, Perspective.PROFESSIONAL, {"meedoen": 3}, member=2),
        ]
    )
    renderer, text, reader = printed(files, catalogue)
    ids = [s["instrument"]["id"] for s in renderer.snap["sections"]]
    assert ids == ["leefgebieden", "participatieladder"]
    assert renderer.snap["sections"][1]["member"] == {"id": 2, "name": "Sem Schaal"}
    assert "Hoe doet u mee? · voor Sem Schaal" in text
    assert "De ladder heeft treden van 1 tot 6. 1 betekent: vooral alleen thuis." in text
    assert "Uw trede" in text and "Trede wijkteam" in text
    assert "4 · Werk zonder loon" in text and "3 · Meedoen in een groep" in text
    # The life domains keep their 1-5 words; the ladder is a table, never a radar.
    assert "1 betekent: het gaat nu heel slecht. 5 betekent: het gaat goed." in text
    assert set(renderer.images) == {"radar"} and images(reader) == 1


def test_then_and_now_shows_the_ladder_and_the_wellbeing_radar() -> None:
    catalogue = Catalogue(bundled_instruments())
    ladder, radar = bundled("participatieladder"), bundled("welzijnsradar")
    keys = radar.domain_keys()
    files = case_file(
        [
            assessment(1, 1, ladder, Perspective.CITIZEN, {"meedoen": 2}, member=1),
            assessment(2, 2, ladder, Perspective.CITIZEN, {"meedoen": 4}, member=1),
            assessment(3, 1, radar, Perspective.CITIZEN, dict.fromkeys(keys, 3), member=1),
            assessment(4, 2, radar, Perspective.CITIZEN, dict.fromkeys(keys, 8), member=1),
            assessment(5, 2, radar, Perspective.PROFESSIONAL, dict.fromkeys(keys, 6), member=1),
        ]
    )
    data = then_and_now(files, catalogue, today=LATER)
    parts = {p["instrument"]["id"]: p for p in data["instruments"]}
    assert set(parts) == {"participatieladder", "welzijnsradar"}
    assert parts["welzijnsradar"]["maximum"] == 10
    assert parts["welzijnsradar"]["perspectives"]["burger"]["now"] == [8] * len(keys)
    renderer = ThenNowRenderer(data)
    reader = PdfReader(io.BytesIO(renderer.render()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Hoe doet u mee? · voor Ria Schaal" in text
    assert "Hoe tevreden bent u? · voor Ria Schaal" in text
    assert (
        "Uw eigen cijfers: toen trede 2 · Contact met anderen (12 oktober 2026), "
        "nu trede 4 · Werk zonder loon (9 november 2026)." in text
    )
    # The wellbeing radar, both perspectives; the ladder is no radar.
    radars = sorted(k for k in renderer.images if k.startswith("radar"))
    assert len(radars) == 2 and all("burger" in k or "professional" in k for k in radars)


def test_a_removed_instrument_prints_from_the_definition_kept_with_the_data(
    user_dir: Path,
) -> None:
    own = installed(user_dir)[-1]
    assert own.id == "eigen-balans"
    files = case_file([assessment(1, 2, own, Perspective.CITIZEN, USER_LEVELS)])
    # The file is gone: only the kept definition (its exact text) knows the instrument.
    catalogue = Catalogue(bundled_instruments(), [parse_stored(own.source_text)])
    assert catalogue.find("eigen-balans") is None
    _renderer, text, _reader = printed(files, catalogue)
    assert "Rondkomen" in text and "0 betekent: heel zwaar." in text
    # Found nowhere: the plan says which instrument is missing.
    _renderer, text, _reader = printed(files, Catalogue(bundled_instruments()))
    assert "eigen-balans versie 2.0" in text and "Rondkomen" not in text


def test_eigenkracht_report_prints_a_case_whose_instrument_file_was_removed(
    tmp_path: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "werk.db"
    store = create_database(db, PASSPHRASE, worker="s.bakker", kdf_params=cheap_kdf())
    try:
        repo = Repository(store, installed=installed(user_dir))
        case = repo.create_case(Case(reference="EK-2026-0121", household_name="Fam. Weg")).case
        assert case.id is not None
        _conversation, citizen, _professional = repo.start_conversation(
            case.id, ConversationKind.INTAKE, DAY, "eigen-balans", "2.0"
        )
        assert citizen.id is not None
        repo.replace_scores(
            [(citizen.id, k, DomainScore(k, level=v)) for k, v in USER_LEVELS.items()]
        )
    finally:
        store.close()
    (user_dir / "balans.toml").unlink()  # and the user folder of the CLI has none
    out = tmp_path / "plan.pdf"
    assert cli.main(["report", "--db", str(db), "--case", "EK-2026-0121", "--out", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Hoe staat uw gezin ervoor?" in text
    assert "Rondkomen" in text and "Vrienden en familie" in text
    assert "0 betekent: heel zwaar. 10 betekent: heel licht." in text
    assert images(reader) == 1  # its radar
