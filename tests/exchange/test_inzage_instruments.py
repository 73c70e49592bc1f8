"""The inzage export of a case scored with the organisation's own instrument: every
assessment names its instrument, and the export carries the definition it was made with
(its names and labels beside the keys, and the TOML text) — also after the file was
removed from the user folder, from the definition kept in the database. A definition
found nowhere is named as missing, in the file and on the command line."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenkracht import cli
from eigenkracht.core.instruments import DATA_DIR_ENV, user_instrument_dir
from eigenkracht.core.model import (
    Assessment,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Perspective,
)
from eigenkracht.exchange import inzage
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

TOOL_FILE = """\
format = 1
id = "eigen-zrm"
version = "3.0"
name = "Eigen zelfredzaamheid"
citizen_name = "Hoe redt u zich?"
kind = "levels"
licence = "Licentie van de proeforganisatie"
description = "Drie domeinen, 1 tot 5."

[scale]
levels = [
{ value = 1, label = "Acute problematiek", citizen_label = "Het gaat niet" },
{ value = 2, label = "Niet zelfredzaam", citizen_label = "Het gaat slecht" },
{ value = 3, label = "Beperkt zelfredzaam", citizen_label = "Het gaat soms" },
{ value = 4, label = "Voldoende zelfredzaam", citizen_label = "Het gaat goed" },
{ value = 5, label = "Volledig zelfredzaam", citizen_label = "Het gaat heel goed" },
]
"""
for key, name in (("geld", "Financiën"), ("wonen", "Huisvesting"), ("werk", "Dagbesteding")):
    TOOL_FILE += f"""
[[domains]]
key = "{key}"
name = "{name}"
citizen_name = "{name}"
description = "Het domein {name}."
citizen_question = "Hoe gaat het met {name.lower()}?"

[domains.levels]
""" + "".join(
        f'{n} = {{ professional = "{name} niveau {n}.", citizen = "Niveau {n}." }}\n'
        for n in range(1, 6)
    )


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "gegevens"))
    folder = user_instrument_dir()
    folder.mkdir(parents=True)
    path = folder / "eigen-zrm.toml"
    path.write_text(TOOL_FILE, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path, tool: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    case = repo.create_case(Case(reference="EK-2026-0042", household_name="Fam. Dekker")).case
    assert case.id is not None
    conv = repo.add_conversation(Conversation(case_id=case.id, date=dt.date(2026, 11, 2)))
    assert conv.id is not None
    repo.add_assessment(
        Assessment(
            conv.id,
            "eigen-zrm",
            "3.0",
            Perspective.PROFESSIONAL,
            scores=[DomainScore("geld", 2), DomainScore("wonen", 4)],
        )
    )
    repo.add_assessment(
        Assessment(
            conv.id,
            "leefgebieden",
            "1.0",
            Perspective.PROFESSIONAL,
            scores=[DomainScore("financien", 3)],
        )
    )
    store.close()
    return path


def export(db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict, str]:  # type: ignore[type-arg]
    code = cli.main(["export", "--db", str(db), "--case", "EK-2026-0042", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    return json.loads(out.read_text(encoding="utf-8")), printed


def test_export_carries_the_user_instrument(db, tool, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    document, printed = export(db, tmp_path / "inzage.json", capsys)
    assessments = document["case_file"]["assessments"]
    assert [(a["instrument_id"], a["instrument_version"]) for a in assessments] == [
        ("eigen-zrm", "3.0"),
        ("leefgebieden", "1.0"),
    ]
    used = {(i["id"], i["version"]): i for i in document["instruments"]}
    assert set(used) == {("eigen-zrm", "3.0"), ("leefgebieden", "1.0")}
    own = used[("eigen-zrm", "3.0")]
    assert own["definition"] == TOOL_FILE and own["missing"] is None
    assert own["name"] == "Eigen zelfredzaamheid"
    assert own["domains"] == [
        {"key": "geld", "name": "Financiën", "citizen_name": "Financiën"},
        {"key": "wonen", "name": "Huisvesting", "citizen_name": "Huisvesting"},
        {"key": "werk", "name": "Dagbesteding", "citizen_name": "Dagbesteding"},
    ]
    assert own["levels"][1] == {
        "value": 2,
        "label": "Niet zelfredzaam",
        "citizen_label": "Het gaat slecht",
    }
    assert own["scale"] == {"min": 1, "max": 5}
    assert "financien" in [d["key"] for d in used[("leefgebieden", "1.0")]["domains"]]
    assert "ontbreekt" not in printed
    back = inzage.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert back.instruments == document["instruments"]

    # the file removed from the user folder: the definition comes from the database
    tool.unlink()
    document, printed = export(db, tmp_path / "later.json", capsys)
    own = next(i for i in document["instruments"] if i["id"] == "eigen-zrm")
    assert own["definition"] == TOOL_FILE and own["missing"] is None
    assert own["domains"][0] == {"key": "geld", "name": "Financiën", "citizen_name": "Financiën"}
    assert "ontbreekt" not in printed


def test_a_definition_found_nowhere_is_named(db, tool, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    tool.unlink()
    with open_database(db, PASSPHRASE) as store:  # as a database from before 0005 would be
        store.db.execute("DELETE FROM instrument_definitions WHERE instrument_id = 'eigen-zrm'")
    document, printed = export(db, tmp_path / "inzage.json", capsys)
    own = next(i for i in document["instruments"] if i["id"] == "eigen-zrm")
    assert own["definition"] is None
    assert own["missing"] == inzage.MISSING_DEFINITION
    assert own["domains"] == [] and own["name"] is None
    assert "Let op: de definitie van instrument eigen-zrm versie 3.0 ontbreekt" in printed
    # the scores themselves are all there, with their keys
    scores = document["case_file"]["assessments"][0]["scores"]
    assert [(s["domain"], s["level"]) for s in scores] == [("geld", 2), ("wonen", 4)]
    assert inzage.loads(json.dumps(document)).instruments == document["instruments"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda i: i.__setitem__("instruments", {}), "lijst"),
        (lambda i: i["instruments"][0].pop("missing"), "sleutels"),
        (lambda i: i["instruments"][0].__setitem__("id", 3), "tekst"),
        (lambda i: i["instruments"][0].__setitem__("definition", None), "definition"),
        (lambda i: i["instruments"][0].__setitem__("missing", "weg"), "definition"),
        (lambda i: i["instruments"][0].__setitem__("domains", "geld"), "lijsten"),
    ],
)
def test_a_damaged_instruments_section_is_refused(db, tmp_path, capsys, mutate, message) -> None:  # type: ignore[no-untyped-def]
    document, _ = export(db, tmp_path / "inzage.json", capsys)
    mutate(document)
    with pytest.raises(inzage.InzageError, match=message):
        inzage.loads(json.dumps(document))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_junk_instruments_never_crash_the_reader(section: object) -> None:
    doc = inzage.build(CaseFile(case=Case(reference="EK-1", household_name="x")), [], "nu")
    assert inzage.loads(json.dumps(doc)).instruments == []  # the rest of it reads
    doc["instruments"] = section
    with contextlib.suppress(inzage.InzageError):
        inzage.loads(json.dumps(doc))
