"""The complete example files of docs/instruments.md (docs/examples/) are valid, say
what the page says they show, and serve as the organisation's own instruments: loaded
from a user folder, the household one becomes the default set."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from eigenkracht.core.instruments import (
    MARKER,
    Catalogue,
    InstrumentKind,
    Scope,
    load_all,
    load_instrument,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLES = sorted((DOCS / "examples").glob("*.toml"))


def test_every_example_the_page_names_is_there() -> None:
    page = (DOCS / "instruments.md").read_text("utf-8")
    named = set(re.findall(r"\(examples/([a-z0-9-]+\.toml)\)", page))
    assert named == {p.name for p in EXAMPLES}
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_an_example_loads(path: Path) -> None:
    inst = load_instrument(path)
    assert inst.source_text == path.read_text("utf-8")
    assert 3 <= len(inst.domains) <= 20
    en = inst.localised("en")
    assert en.name != inst.name and not en.name.endswith(MARKER)


def test_the_examples_show_what_the_page_says() -> None:
    found = {p.stem: load_instrument(p) for p in EXAMPLES}
    household = found["huishouden-13-domeinen"]
    assert (household.kind, household.scope, household.is_default) == (
        InstrumentKind.LEVELS,
        Scope.HOUSEHOLD,
        True,
    )
    assert len(household.domains) == 13 and household.scale.values() == (1, 2, 3, 4, 5)
    assert household.missing_en  # names and questions in English, the rest marked
    en = household.localised("en")
    assert en.domains[0].name == "Income"
    assert en.domains[0].level_text(1).citizen.endswith(MARKER)

    member = found["persoon-6-dimensies"]
    assert (member.kind, member.scope, member.is_default) == (
        InstrumentKind.SCORE,
        Scope.MEMBER,
        False,
    )
    assert len(member.domains) == 6 and member.scale.values() == tuple(range(11))
    assert member.missing_en == ()

    youth = found["jeugd-12-18"]
    assert (youth.kind, youth.scope) == (InstrumentKind.LEVELS, Scope.CHILD)
    assert len(youth.domains) == 5 and youth.scale.values() == (1, 2, 3, 4)
    assert youth.missing_en == ()


def test_installed_in_a_user_folder_the_household_example_is_the_default_set(
    tmp_path: Path,
) -> None:
    for path in EXAMPLES:
        shutil.copy2(path, tmp_path / path.name)
    installed, errors = load_all(tmp_path)
    assert errors == []
    catalogue = Catalogue(installed)
    assert [i.id for i in catalogue.defaults()] == ["voorbeeld-huishouden"]
    assert {"voorbeeld-persoon", "voorbeeld-jeugd", "leefgebieden"} <= {
        i.id for i in catalogue.installed
    }
