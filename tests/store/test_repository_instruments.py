"""Instruments kept with the data (migration 0005_instruments): older databases are
upgraded, every assessment keeps the definition it was saved with, levels and goal
targets outside the instrument's scale are refused in Dutch with nothing stored, and
an assessment whose instrument file is gone is still read with the kept definition."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eigenkracht.core.instruments import STORED_SOURCE, Instrument, bundled_instruments, load_all
from eigenkracht.core.model import (
    Assessment,
    Case,
    ConversationKind,
    DomainScore,
    Goal,
    Perspective,
)
from eigenkracht.store import migrations
from eigenkracht.store.database import Store, open_database
from eigenkracht.store.errors import InvalidValue
from eigenkracht.store.repository import Repository

DATA = Path(__file__).with_name("data")
SAMPLE_PASSPHRASE = "voorbeeld van een oude database"
DAY = dt.date(2026, 3, 9)

USER_INSTRUMENT = """\
format = 1
id = "tevredenheid-eigen"
version = "2.1"
name = "Tevredenheid (eigen)"
name_en = "Satisfaction (own)"
citizen_name = "Hoe tevreden bent u?"
kind = "score"
scope = "persoon"
licence = "CC-BY-4.0, Gemeente Voorbeeld"
description = "Tevredenheid per onderwerp, 0 tot 10."

[scale]
min = 0
max = 10
low = { label = "Zeer ontevreden", citizen_label = "Heel ontevreden" }
high = { label = "Zeer tevreden", citizen_label = "Heel tevreden" }

[[domains]]
key = "geld"
name = "Financiën"
citizen_name = "Geldzaken"
description = "Tevredenheid over inkomen en uitgaven."
citizen_question = "Hoe tevreden bent u over uw geld?"

[[domains]]
key = "wonen"
name = "Huisvesting"
citizen_name = "Uw woning"
description = "Tevredenheid over de woning."
citizen_question = "Hoe tevreden bent u over uw woning?"

[[domains]]
key = "werk"
name = "Werk"
citizen_name = "Uw werk"
description = "Tevredenheid over werk of dagbesteding."
citizen_question = "Hoe tevreden bent u over wat u overdag doet?"
"""


def _copy(sample: str, folder: Path) -> Path:
    db = folder / sample
    shutil.copy2(DATA / sample, db)
    shutil.copy2(DATA / (sample + ".kdf"), folder / (sample + ".kdf"))
    return db


def _definitions(store: Store) -> dict[tuple[str, str], str]:
    rows = store.db.execute(
        "SELECT instrument_id, version, source_text FROM instrument_definitions"
    ).fetchall()
    return {(i, v): t for i, v, t in rows}


def test_there_is_a_sample_of_schema_0004() -> None:
    assert (DATA / "schema_0004.db").is_file()
    assert (DATA / "schema_0004.db.kdf").is_file()


@pytest.mark.parametrize("sample", ["schema_0001.db", "schema_0002.db", "schema_0004.db"])
def test_an_old_database_keeps_the_definitions_of_its_instruments(
    sample: str, tmp_path: Path
) -> None:
    db = _copy(sample, tmp_path)
    old = open_database(db, SAMPLE_PASSPHRASE, migrate=False)
    try:
        assert "0005_instruments" not in old.schema_names()
        used = set(
            old.db.execute(
                "SELECT DISTINCT instrument_id, instrument_version FROM assessments"
            ).fetchall()
        )
        goals_before = old.db.execute(
            "SELECT id, domain, target_level FROM goals ORDER BY id"
        ).fetchall()
    finally:
        old.close()
    assert used and goals_before

    store = open_database(db, SAMPLE_PASSPHRASE)
    try:
        assert store.schema_names() == migrations.known_names()
        bundled = {(i.id, i.version): i for i in bundled_instruments()}
        kept = _definitions(store)
        assert set(kept) == {ref for ref in used if ref in bundled}
        for ref, text in kept.items():
            assert text == bundled[ref].source_text
        assert (
            store.db.execute("SELECT id, domain, target_level FROM goals ORDER BY id").fetchall()
            == goals_before
        )
        repo = Repository(store)
        stored = {(i.id, i.version): i for i in repo.stored_instruments()}
        assert set(stored) == set(kept)
        assert all(i.source == STORED_SOURCE for i in stored.values())
        case_file = repo.load_case(repo.list_cases()[0].id)
        assert all(c.instruments == [] for c in case_file.conversations)
        assert all(g.instrument == "" for g in case_file.goals)
        catalogue = repo.catalogue()
        for assessment in case_file.assessments:
            assert catalogue.for_assessment(assessment).id == assessment.instrument_id
    finally:
        store.close()


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "tevredenheid.toml").write_text(USER_INSTRUMENT, encoding="utf-8")
    return folder


def _installed(folder: Path) -> list[Instrument]:
    found: list[Instrument]
    found, errors = load_all(folder)
    assert errors == []
    return found


def _case_with_conversation(repo: Repository) -> tuple[int, int]:
    case = repo.create_case(Case(reference="2026-0001", household_name="Fam. Test")).case
    assert case.id is not None
    conversation, _c, _p = repo.start_conversation(
        case.id, ConversationKind.INTAKE, DAY, "leefgebieden", "1.0"
    )
    assert conversation.id is not None
    return case.id, conversation.id


def test_a_definition_is_kept_when_an_assessment_is_saved(store: Store, user_dir: Path) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    _case_id, conversation_id = _case_with_conversation(repo)
    assert set(_definitions(store)) == {("leefgebieden", "1.0")}
    repo.add_assessment(
        Assessment(
            conversation_id,
            "tevredenheid-eigen",
            "2.1",
            Perspective.CITIZEN,
            scores=[DomainScore("geld", 0), DomainScore("wonen", 10)],
        )
    )
    kept = _definitions(store)
    assert kept[("tevredenheid-eigen", "2.1")] == USER_INSTRUMENT
    # Saved again: kept once, unchanged.
    repo.add_assessment(
        Assessment(conversation_id, "tevredenheid-eigen", "2.1", Perspective.PROFESSIONAL)
    )
    assert _definitions(store) == kept


def test_the_kept_definition_is_used_when_the_file_is_gone(
    db_path: Path, store: Store, user_dir: Path
) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    case_id, conversation_id = _case_with_conversation(repo)
    saved = repo.add_assessment(
        Assessment(
            conversation_id,
            "tevredenheid-eigen",
            "2.1",
            Perspective.CITIZEN,
            scores=[DomainScore("geld", 3)],
        )
    )
    assert saved.id is not None
    (user_dir / "tevredenheid.toml").unlink()

    # A new session without the file: the assessment is still read and edited with it.
    later = Repository(store, installed=_installed(user_dir))
    catalogue = later.catalogue()
    assert catalogue.find("tevredenheid-eigen") is None
    case_file = later.load_case(case_id)
    assessment = next(a for a in case_file.assessments if a.id == saved.id)
    instrument = catalogue.for_assessment(assessment)
    assert instrument.is_stored
    assert instrument.name == "Tevredenheid (eigen)"
    assert instrument.localised("en").name == "Satisfaction (own)"
    assert instrument.scale.maximum == 10 and [d.key for d in instrument.domains] == [
        "geld",
        "wonen",
        "werk",
    ]
    later.set_score(saved.id, DomainScore("wonen", 8))
    with pytest.raises(InvalidValue, match=r"tussen 0 en 10; 11 past daar niet"):
        later.set_score(saved.id, DomainScore("wonen", 11))
    # And another assessment with it may still be made.
    later.add_assessment(
        Assessment(conversation_id, "tevredenheid-eigen", "2.1", Perspective.PROFESSIONAL)
    )


def _scores(store: Store, assessment_id: int) -> list[tuple[str, int | None]]:
    return [
        (str(d), lv)
        for d, lv in store.db.execute(
            "SELECT domain, level FROM domain_scores WHERE assessment_id = ? ORDER BY domain",
            [assessment_id],
        ).fetchall()
    ]


def test_a_level_outside_the_scale_is_refused_and_nothing_is_stored(
    store: Store, user_dir: Path
) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    _case_id, conversation_id = _case_with_conversation(repo)
    _, _, citizen, professional = repo.open_conversation(conversation_id, "leefgebieden", "1.0")
    assert citizen.id is not None and professional.id is not None
    repo.set_score(citizen.id, DomainScore("financien", 5))
    before = _scores(store, citizen.id)
    audit_rows = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    message = r"^Een score bij 'Leefgebieden' ligt tussen 1 en 5; 10 past daar niet\. Er is niets"
    with pytest.raises(InvalidValue, match=message):
        repo.set_score(citizen.id, DomainScore("financien", 10))
    with pytest.raises(InvalidValue, match=r"tussen 1 en 5; 0 past daar niet"):
        repo.replace_scores(
            [
                (professional.id, "financien", DomainScore("financien", 3)),
                (citizen.id, "huisvesting", DomainScore("huisvesting", 0)),
            ]
        )
    with pytest.raises(InvalidValue, match=r"'vakantie' is geen onderdeel van 'Leefgebieden'"):
        repo.set_score(citizen.id, DomainScore("vakantie", 3))
    with pytest.raises(InvalidValue, match=r"tussen 1 en 5; 6 past daar niet"):
        repo.add_assessment(
            Assessment(
                conversation_id,
                "leefgebieden",
                "1.0",
                Perspective.CITIZEN,
                scores=[DomainScore("financien", 6)],
            )
        )
    score_id = store.db.execute(
        "SELECT id FROM domain_scores WHERE assessment_id = ?", [citizen.id]
    ).fetchone()[0]
    with pytest.raises(InvalidValue, match=r"tussen 1 en 5; 7 past daar niet"):
        repo.update(DomainScore, score_id, level=7)

    assert _scores(store, citizen.id) == before
    assert _scores(store, professional.id) == []
    assert store.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 2
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows

    # The same 10 on a 0-10 instrument is fine.
    radar = repo.add_assessment(
        Assessment(
            conversation_id,
            "tevredenheid-eigen",
            "2.1",
            Perspective.CITIZEN,
            scores=[DomainScore("geld", 10)],
        )
    )
    assert radar.id is not None and _scores(store, radar.id) == [("geld", 10)]


def test_an_instrument_that_is_nowhere_is_refused(store: Store, user_dir: Path) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    case = repo.create_case(Case(reference="2026-0002", household_name="Fam. Elders")).case
    assert case.id is not None
    with pytest.raises(
        InvalidValue,
        match=r"instrument 'zrm' versie '1\.0': is niet geïnstalleerd en niet bij de "
        r"gegevens bewaard; zet het instrumentbestand terug in de map .*Er is niets opgeslagen",
    ):
        repo.start_conversation(case.id, ConversationKind.INTAKE, DAY, "zrm", "1.0")
    assert store.db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
    with pytest.raises(InvalidValue, match=r"geïnstalleerd is versie 2\.1"):
        repo.start_conversation(case.id, ConversationKind.INTAKE, DAY, "tevredenheid-eigen", "9.9")


def test_a_goal_target_outside_the_scale_is_refused(store: Store, user_dir: Path) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    case_id, _conversation_id = _case_with_conversation(repo)
    goals_before = store.db.execute("SELECT count(*) FROM goals").fetchone()[0]
    message = r"^Een doel bij 'Leefgebieden' ligt tussen 1 en 5; 6 past daar niet\. Er is niets"
    with pytest.raises(InvalidValue, match=message):
        repo.add_goal(Goal(case_id, "financien", "Rondkomen", target_level=6))
    with pytest.raises(InvalidValue, match=r"'Tevredenheid \(eigen\)' ligt tussen 0 en 10"):
        repo.add_goal(
            Goal(case_id, "geld", "Tevreden", target_level=11, instrument="tevredenheid-eigen@2.1")
        )
    assert store.db.execute("SELECT count(*) FROM goals").fetchone()[0] == goals_before

    goal = repo.add_goal(Goal(case_id, "financien", "Rondkomen", target_level=4))
    own = repo.add_goal(
        Goal(case_id, "geld", "Tevreden", target_level=9, instrument="tevredenheid-eigen@2.1")
    )
    assert goal.id is not None and own.id is not None
    with pytest.raises(InvalidValue, match=r"tussen 1 en 5; 9 past daar niet"):
        repo.update(Goal, goal.id, target_level=9)
    with pytest.raises(InvalidValue, match=r"tussen 1 en 5; 8 past daar niet"):
        repo.edit_plan(case_id, goals={goal.id: {"target_level": 8}})
    repo.update(Goal, own.id, target_level=10)
    rows = store.db.execute("SELECT id, target_level, instrument FROM goals ORDER BY id").fetchall()
    assert rows == [(goal.id, 4, ""), (own.id, 10, "tevredenheid-eigen@2.1")]
    assert store.db.execute("SELECT count(*) FROM plan_versions").fetchone()[0] == 0


def test_a_conversation_keeps_its_chosen_instruments(store: Store, user_dir: Path) -> None:
    repo = Repository(store, installed=_installed(user_dir))
    case_id, conversation_id = _case_with_conversation(repo)
    from eigenkracht.core.model import Conversation

    repo.update(
        Conversation,
        conversation_id,
        instruments=["leefgebieden@1.0", "tevredenheid-eigen@2.1"],
    )
    conversation = next(c for c in repo.load_case(case_id).conversations if c.id == conversation_id)
    assert conversation.instruments == ["leefgebieden@1.0", "tevredenheid-eigen@2.1"]
    chosen = repo.catalogue().for_refs(conversation.instruments)
    assert [i.ref for i in chosen] == conversation.instruments
