"""The inzage export: complete, versioned, and read back strictly."""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    Case,
    Conversation,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
)
from eigenkracht.exchange import inzage
from eigenkracht.store import audit
from eigenkracht.store.database import now_iso
from eigenkracht.store.repository import Repository


def full_case(repo: Repository) -> int:
    cf = repo.create_case(
        Case(
            reference="EK-1",
            household_name="Fam. Ĳsselmeer & <Zoon>",
            melding_date=dt.date(2026, 10, 1),
        ),
        [Member(case_id=0, name="Zoë", birth_date=dt.date(2010, 5, 5))],
    )
    cid = cf.case.id
    assert cid is not None
    conv = repo.add_conversation(
        Conversation(
            case_id=cid,
            date=dt.date(2026, 10, 8),
            present=["Zoë", "tolk"],
            wellbeing=6,
            question="Wat moet ik doen? 😟",
        )
    )
    assert conv.id is not None
    repo.add_assessment(
        Assessment(
            conv.id,
            "leefgebieden",
            "1.0",
            Perspective.CITIZEN,
            scores=[DomainScore("financien", 2, situation="€ 3.000 schuld")],
        )
    )
    p = repo.add_person(NetworkPerson(case_id=cid, name="Oma", helps=[NetworkHelp("zelfzorg")]))
    repo.add_goal(
        Goal(
            case_id=cid,
            domain="financien",
            text="Schuld regelen",
            actions=[
                Action(
                    goal_id=0, what="bellen", actor_kind=ActorKind.NETWORK, network_person_id=p.id
                )
            ],
        )
    )
    return cid


def test_round_trip(repo: Repository) -> None:
    cid = full_case(repo)
    case_file = repo.load_case(cid)
    doc = inzage.build(case_file, audit.entries(repo.db, "EK-1"), now_iso())
    back = inzage.loads(inzage.dumps(doc))
    assert back.case_file == case_file
    assert back.access_log and back.access_log[0]["event"] == "cases.create"
    assert "hash" not in back.access_log[0]


def test_newer_version_is_refused(repo: Repository) -> None:
    doc = inzage.build(repo.load_case(full_case(repo)), [], now_iso())
    doc["version"] = inzage.VERSION + 1
    with pytest.raises(inzage.InzageError, match="nieuwere versie"):
        inzage.loads(json.dumps(doc))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["case_file"]["case"].__setitem__("reference", 5), "tekst"),
        (lambda d: d["case_file"]["members"][0].__setitem__("birth_date", "31-12-2010"), "datum"),
        (lambda d: d["case_file"]["conversations"][0].__setitem__("kind", "feest"), "onbekende"),
        (lambda d: d["case_file"]["case"].pop("reference"), "ontbreekt"),
        (lambda d: d["case_file"]["case"].__setitem__("extra", 1), "onbekende sleutel"),
        (lambda d: d.__setitem__("format", "iets anders"), "geen inzage"),
    ],
)
def test_damaged_documents_are_refused_with_the_key(repo: Repository, mutate, message) -> None:  # type: ignore[no-untyped-def]
    doc = inzage.build(repo.load_case(full_case(repo)), [], now_iso())
    mutate(doc)
    with pytest.raises(inzage.InzageError, match=message):
        inzage.loads(json.dumps(doc))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_junk_never_crashes_the_reader(junk: bytes | str) -> None:
    with contextlib.suppress(inzage.InzageError):
        inzage.loads(junk)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_junk_case_files_never_crash_the_reader(case_file: object) -> None:
    doc = {"format": inzage.FORMAT, "version": 1, "case_file": case_file}
    with contextlib.suppress(inzage.InzageError):
        inzage.loads(json.dumps(doc))


def test_deep_nesting_is_refused_cleanly() -> None:
    with pytest.raises(inzage.InzageError):
        inzage.loads("[" * 100000 + "]" * 100000)
