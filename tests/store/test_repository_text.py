"""User text in the store: kept exactly as typed (control characters, bidi marks, 67,241
characters), and a lone surrogate refused with one Dutch sentence, nothing written."""

from __future__ import annotations

import json

import pytest

from eigenkracht.core.model import Case, Member
from eigenkracht.core.text import TEXT_INVALID
from eigenkracht.store.repository import InvalidValue, Repository

BROKEN = json.loads('"Fam. \\ud800 Kerkhof"')  # how a JSON file delivers one


def test_text_is_stored_as_typed(repo: Repository) -> None:
    typed = "Fam. \u202eSREDNA\u202c \x1b[31m<b>x</b>\x00 " + "y" * 67_241
    case = repo.create_case(Case(reference="EK-1", household_name=typed)).case
    assert repo.get_case(case.id).household_name == typed  # type: ignore[arg-type]


def test_lone_surrogate_in_an_update_is_refused(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. Kerkhof")).case
    assert case.id is not None
    audit_rows = repo.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(InvalidValue) as caught:
        repo.update(Case, case.id, household_name=BROKEN)
    assert str(caught.value) == TEXT_INVALID
    assert repo.get_case(case.id).household_name == "Fam. Kerkhof"
    assert repo.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows


def test_lone_surrogate_in_a_new_case_leaves_nothing(repo: Repository) -> None:
    with pytest.raises(InvalidValue, match="ongeldig teken"):
        repo.create_case(
            Case(reference="EK-1", household_name="Fam. Kerkhof"),
            [Member(case_id=0, name=BROKEN)],
        )
    assert repo.list_cases() == []


def test_lone_surrogate_reference_finds_nothing(repo: Repository) -> None:
    assert repo.find_case("EK-\udcff") is None
