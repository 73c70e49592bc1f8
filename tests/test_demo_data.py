"""The demo households as data files: every bundled file passes the strict reader, a
damaged one is refused with a message that names the file, the key and the problem."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

from eigenkracht import demo_data
from eigenkracht.demo_data import Day, DemoDataError, parse_household, parse_settings

FOLDER = Path(str(resources.files("eigenkracht.resources").joinpath("demo")))
HOUSEHOLD_FILES = sorted(p for p in FOLDER.glob("*.toml") if p.name != demo_data.SETTINGS_FILE)
SAMPLE = FOLDER / "01-de-vries.toml"


def test_every_bundled_file_passes_the_strict_reader() -> None:
    assert len(HOUSEHOLD_FILES) == 9
    settings = parse_settings((FOLDER / "demo.toml").read_bytes(), "demo.toml")
    names = []
    for path in HOUSEHOLD_FILES:
        household = parse_household(path.read_bytes(), path.name, settings)
        names.append(household.household_name)
        assert household.members and household.conversations and household.network
    assert [h.household_name for _, h in demo_data.bundled_households()] == names
    assert names[0] == "Mevr. De Vries" and names[-1] == "Fam. Pinas"  # the build order


def damaged(old: str, new: str) -> bytes:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        # an unknown key, at the top and deep inside
        ("format = 1\n", "format = 1\ncolour = 'blauw'\n", None, "onbekende sleutel 'colour'"),
        ('role = "dochter"\n', 'role = "dochter"\nrol = "dochter"\n', "network[0]", "'rol'"),
        # wrong types
        ("wellbeing = 5", 'wellbeing = "vijf"', "conversations[0].wellbeing", "geheel getal"),
        ("wellbeing = 5", "wellbeing = 5.5", "conversations[0].wellbeing", "geheel getal"),
        ("mantelzorger = true", 'mantelzorger = "ja"', "network[0].mantelzorger", "waar of"),
        ("citizen = [3, 3]", 'citizen = "3, 3"', "domains[0].citizen", "lijst"),
        ('date = "-4w"', "date = 2026-01-05", "conversations[0].date", "tekst"),
        ('sector = "familie"', 'sector = "buren"', "network[0].sector", "onbekende waarde"),
        ('\nkind = "intake"', "\n", "conversations[0].kind", "ontbreekt"),
        # what a type cannot say
        ('date = "-4w"', 'date = "4 weken geleden"', "conversations[0].date", "geen geldige datum"),
        ('birthday = "03-14"', 'birthday = "02-29"', "members[0].birthday", "verjaardag"),
        ("citizen = [3, 3]", "citizen = [3, 7]", "domains[0].citizen[1]", "geen niveau"),
        ("wellbeing = 5", "wellbeing = 11", "conversations[0].wellbeing", "tussen 0 en 10"),
        ('key = "zelfzorg"', 'key = "zelfzorgen"', "domains[2].key", "onbekend leefgebied"),
        ('"Tim de Vries"\n', '"Tim van Vries"\n', "goals[1].actions[1].who", "netwerk"),
        ('key = "zelfzorg"', 'key = "huisvesting"', "domains[4]", "al eerder"),
        (
            'due = "+1w"\n',
            'due = "+1w"\nongoing = true\n',
            "goals[0].actions[0].ongoing",
            "geen datum",
        ),
    ],
)
def test_a_damaged_file_is_refused_naming_file_key_and_problem(
    old: str, new: str, key: str | None, problem: str
) -> None:
    with pytest.raises(DemoDataError) as caught:
        parse_household(damaged(old, new), "kapot.toml")
    message = str(caught.value)
    assert message.startswith("kapot.toml: ")
    assert caught.value.key is not None if key else caught.value.key is None
    if key:
        assert caught.value.key is not None and caught.value.key.startswith(key)
        assert f"sleutel '{caught.value.key}'" in message
    assert problem in message
    assert "Traceback" not in message and "Error" not in message


def test_broken_toml_and_encoding_give_one_dutch_line() -> None:
    with pytest.raises(DemoDataError, match=r"^kapot\.toml: geen geldige TOML \(regel 5, kolom"):
        parse_household(
            damaged('household_name = "Mevr. De Vries"', "household_name ="), "kapot.toml"
        )
    with pytest.raises(DemoDataError, match=r"^kapot\.toml: geen geldige UTF-8-tekst$"):
        parse_household(b"format = 1\nhousehold_name = '\xff'\n", "kapot.toml")
    with pytest.raises(DemoDataError, match=r"sleutel 'format': onbekend formaat"):
        parse_household(damaged("format = 1", "format = 2"), "kapot.toml")


def test_damaged_settings_are_refused() -> None:
    text = (FOLDER / "demo.toml").read_text(encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"demo\.toml: sleutel 'instrument': onbekend"):
        parse_settings(text.replace('"leefgebieden"', '"zrm"').encode(), "demo.toml")
    with pytest.raises(DemoDataError, match=r"demo\.toml: sleutel 'seed': hier hoort een geheel"):
        parse_settings(text.replace("seed = 2026", 'seed = "2026"').encode(), "demo.toml")


MONDAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "today", "melding", "expected"),
    [
        ("-3d", MONDAY, None, dt.date(2026, 3, 6)),  # a Friday stays
        ("-1d", MONDAY, None, dt.date(2026, 3, 6)),  # Sunday: the Friday before
        ("-2w", MONDAY, None, dt.date(2026, 2, 23)),
        ("+5d", MONDAY, None, dt.date(2026, 3, 16)),  # Saturday: the Monday after
        ("+1w", dt.date(2026, 3, 8), None, dt.date(2026, 3, 16)),
        ("melding+35d", MONDAY, dt.date(2026, 1, 2), dt.date(2026, 2, 6)),
        ("melding+36d", MONDAY, dt.date(2026, 1, 2), dt.date(2026, 2, 6)),  # Saturday
        ("-8w+15y", MONDAY, None, dt.date(2041, 1, 12)),
        ("-0d+2y", dt.date(2024, 2, 29), None, dt.date(2026, 2, 28)),
    ],
)
def test_day_offsets(text: str, today: dt.date, melding: dt.date | None, expected: dt.date) -> None:
    assert Day.parse(text).on(today, melding) == expected


@pytest.mark.parametrize("text", ["", "3d", "-3", "-3m", "+1w-2d", "melding-", "-12345d", "-1d+1w"])
def test_day_offsets_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a day offset"):
        Day.parse(text)


OWN_PLAN = (FOLDER / "08-wouters.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        ('kind = "persoonlijk-plan"', 'kind = "eigen-plan"', "own_plan.kind", "kies uit"),
        ('source = "thuis"', 'source = "mail"', "own_plan.source", "kies uit"),
        ("goal = 3\n", "goal = 4\n", "own_plan.actions[3].goal", "geen doel"),
        ('who = "Fenna Kok"\nongoing', 'who = "Fenna Bos"\nongoing', "own_plan.actions[2].who", ""),
        (
            '\nreceived = "melding+6d"',
            '\nreceived = "zes dagen later"',
            "own_plan.received",
            "datum",
        ),
        (
            'domain = "maatschappelijke-participatie"\n\n[[own_plan.goals]]',
            'domain = "koor"\n\n[[own_plan.goals]]',
            "own_plan.goals[1].domain",
            "onbekend leefgebied",
        ),
    ],
)
def test_a_damaged_own_plan_is_refused_naming_its_key(
    old: str, new: str, key: str, problem: str
) -> None:
    assert OWN_PLAN.count(old) == 1, old
    raw = OWN_PLAN.replace(old, new).encode("utf-8")
    with pytest.raises(DemoDataError) as caught:
        parse_household(raw, "08-wouters.toml")
    assert caught.value.key == key
    assert problem in caught.value.problem
