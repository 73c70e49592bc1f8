"""The printed plan builds on the citizen's own plan (issue 14): it starts with the own
plan in the citizen's words (a persoonlijk plan, or a familiegroepsplan with who took
part), then what was agreed at the table; goals and actions say who wrote them; who took
something on signs. A snapshot from before there were own plans prints as before.
Everything from a real encrypted database, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Author,
    Case,
    CaseKind,
    Conversation,
    ConversationKind,
    Goal,
    Member,
    NetworkPerson,
    OwnPlanRecord,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import build_snapshot, signers_needed
from eigenkracht.report.plan_pdf import render_snapshot, render_version
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from pdf_support import unembedded_fonts
from support import PASSPHRASE, cheap_kdf

TODAY = dt.date(2026, 11, 9)
PERSONAL: dict[str, Any] = {
    "kind": "persoonlijk-plan",
    "goals": [
        {"text": "Ik wil in mijn eigen huis blijven wonen.", "domain": "dagelijkse-activiteiten"},
        {"text": "Elke dinsdag naar het koor.", "domain": ""},
    ],
    "actions": [
        {
            "what": "Ik kook in het weekend voor drie dagen.",
            "who": "",
            "when": "elk weekend",
            "ongoing": False,
            "goal": 0,
        },
        {
            "what": "Doet de grote boodschappen.",
            "who": "Marco Wouters",
            "when": "op zaterdag",
            "ongoing": False,
            "goal": 0,
        },
        {
            "what": "Neemt mij mee naar het koor.",
            "who": "Fenna Kok",
            "when": "",
            "ongoing": True,
            "goal": 1,
        },
    ],
    "asks": [{"what": "Iemand die twee uur per week schoonmaakt.", "from_whom": ""}],
    "written_with": [
        {"name": "Marco Wouters", "who": "mijn zoon", "takes_on": "De boodschappen."},
    ],
}
FAMILY: dict[str, Any] = {
    "kind": "familiegroepsplan",
    "goals": [{"text": "Jayden hoeft niet meer op Naomi te passen.", "domain": ""}],
    "actions": [
        {
            "what": "Haalt Naomi uit school.",
            "who": "Lucia Pinas",
            "when": "dinsdag",
            "ongoing": False,
            "goal": 0,
        },
    ],
    "asks": [{"what": "Hulp voor Jayden bij zijn boosheid.", "from_whom": "het jeugdteam"}],
    "written_with": [
        {"name": "Lucia Pinas", "who": "oma", "takes_on": "Haalt Naomi uit school."},
        {"name": "Glenn Wijngaarde", "who": "oom van de buren", "takes_on": "Kookt op vrijdag."},
        {"name": "Tante Ans", "who": "tante", "takes_on": ""},
    ],
}


@pytest.fixture
def repo(tmp_path: Path) -> Any:
    store = create_database(tmp_path / "plan.db", PASSPHRASE, kdf_params=cheap_kdf())
    yield Repository(store, origin="test")
    store.close()


@pytest.fixture
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def household(
    repo: Repository,
    name: str,
    kind: CaseKind,
    members: list[Member],
    network: list[tuple[str, str]],
) -> tuple[int, dict[str, int]]:
    made = repo.create_case(
        Case(
            reference=repo.next_reference(),
            household_name=name,
            coordinator="Sanne Visser",
            melding_date=TODAY - dt.timedelta(weeks=4),
            case_kind=kind,
        ),
        members,
    )
    case_id = made.case.id
    assert case_id is not None
    repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=TODAY - dt.timedelta(weeks=1),
            kind=ConversationKind.INTAKE,
            question="Thuis blijven wonen.",
        )
    )
    people = {}
    for person, role in network:
        stored = repo.add_person(NetworkPerson(case_id=case_id, name=person, role=role))
        assert stored.id is not None
        people[person] = stored.id
    return case_id, people


def take_in(repo: Repository, case_id: int, content: dict[str, Any], day: dt.date) -> None:
    """The own plan taken in as an import does (the store's import path)."""
    record = OwnPlanRecord(case_id=case_id, kind=content["kind"], received_on=day, content=content)
    conversation = repo.load_case(case_id).conversations[0]
    repo.import_at_home(case_id, conversation, {}, None, own_plan=record)


@pytest.fixture
def wouters(repo: Repository) -> int:
    case_id, people = household(
        repo,
        "Mevr. Wouters",
        CaseKind.WMO,
        [Member(case_id=0, name="Ria Wouters", role="aanvrager")],
        [("Marco Wouters", "zoon"), ("Fenna Kok", "buurvrouw")],
    )
    take_in(repo, case_id, PERSONAL, TODAY - dt.timedelta(weeks=3))
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="dagelijkse-activiteiten",
            text="Het huishouden is weer te doen.",
            measure="Mevrouw zegt het.",
            due_date=TODAY + dt.timedelta(weeks=12),
            author=Author.CITIZEN,
            actions=[
                Action(
                    goal_id=0, what="Kookt voor drie dagen.", ongoing=True, author=Author.CITIZEN
                ),
                Action(
                    goal_id=0,
                    what="Doet op zaterdag de boodschappen.",
                    ongoing=True,
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=people["Marco Wouters"],
                    author=Author.NETWORK,
                ),
                Action(
                    goal_id=0,
                    what="Hulp bij het schoonmaken.",
                    ongoing=True,
                    actor_kind=ActorKind.PROFESSIONAL,
                    actor_name="Thuiszorg",
                    author=Author.PROFESSIONAL,
                ),
                Action(goal_id=0, what="Kijkt na vier weken of het gaat.", ongoing=True),
            ],
        )
    )
    return case_id


def snapshot(repo: Repository, case_id: int, instrument: Instrument) -> dict[str, Any]:
    case_file = repo.load_case(case_id)
    plan = PlanVersion(case_id=case_id, number=1)
    return build_snapshot(case_file, instrument, plan, today=TODAY)


def test_the_plan_starts_with_the_citizens_own_plan_in_their_words(
    repo: Repository, wouters: int, instrument: Instrument
) -> None:
    snap = snapshot(repo, wouters, instrument)
    assert snap["own_plan"]["kind"] == "persoonlijk-plan"
    assert snap["own_plan"]["content"] == PERSONAL
    pdf = render_snapshot(snap)
    assert unembedded_fonts(pdf) == []
    whole = " ".join(pages(pdf))
    own = whole.find("Uw eigen plan Dit plan heeft u zelf gemaakt (een persoonlijk plan).")
    agreed = whole.find("Wat we samen aan tafel hebben afgesproken")
    question = whole.find("Uw vraag en wat belangrijk is voor u")
    goals = whole.find("Uw doelen en wie wat doet")
    assert 0 < own < agreed < question < goals
    mine = whole[own:agreed]
    # The citizen's own words, each part: goals (with the life domain), who does what
    # and when, what they ask, who wrote it with them.
    for text in (
        "Ik wil in mijn eigen huis blijven wonen.",
        "Onderwerp: Dagelijkse dingen",
        "Elke dinsdag naar het koor.",
        "U zelf Ik kook in het weekend voor drie dagen. Bij doel 1 elk weekend",
        "Marco Wouters Doet de grote boodschappen. Bij doel 1 op zaterdag",
        "Fenna Kok Neemt mij mee naar het koor. Bij doel 2 steeds (doorlopend)",
        "Iemand die twee uur per week schoonmaakt. de gemeente",
        "Wie heeft meegeschreven",
        "Marco Wouters mijn zoon De boodschappen.",
        "We hebben het gekregen op 19 oktober 2026.",
    ):
        assert text in mine, text
    assert "Uw eigen plan persoonlijk plan ontvangen op 19 oktober 2026" in whole[:own]
    # Then the plan at the table, each goal and action with who wrote it.
    table = whole[goals:]
    assert "bedacht door: u zelf" in table  # the goal
    assert "Kookt voor drie dagen. bedacht door: u zelf" in table
    assert "Doet op zaterdag de boodschappen. bedacht door: mensen om u heen" in table
    assert "Hulp bij het schoonmaken. bedacht door: uw contactpersoon" in table
    # Made together (the default): said once for all, not at every action.
    assert "Staat er niets bij? Dan hebben we de afspraak samen bedacht." in table
    assert "Kijkt na vier weken of het gaat. doorlopend" in table
    assert "bedacht door: u en uw contactpersoon samen" not in table


def test_a_familiegroepsplan_names_who_took_part_first_and_they_sign(
    repo: Repository, instrument: Instrument
) -> None:
    case_id, people = household(
        repo,
        "Fam. Pinas",
        CaseKind.JEUGD,
        [Member(case_id=0, name="Shirley Pinas", role="aanvrager")],
        [("Lucia Pinas", "oma")],
    )
    take_in(repo, case_id, FAMILY, TODAY - dt.timedelta(weeks=2))
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="huiselijke-relaties",
            text="Rust in huis.",
            measure="Shirley zegt het.",
            author=Author.CITIZEN,
            actions=[
                Action(
                    goal_id=0,
                    what="Haalt Naomi uit school.",
                    ongoing=True,
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=people["Lucia Pinas"],
                    author=Author.NETWORK,
                ),
            ],
        )
    )
    case_file = repo.load_case(case_id)
    # Who signs: the citizen, the professional, the grandmother (an action) once, and the
    # participant who took something on but is not on the map; not the aunt (nothing).
    signers = signers_needed(case_file, TODAY)
    assert [(s.role, s.name) for s in signers] == [
        (SignerRole.CITIZEN, "Shirley Pinas"),
        (SignerRole.PROFESSIONAL, "Sanne Visser"),
        (SignerRole.NETWORK, "Lucia Pinas"),
        (SignerRole.NETWORK, "Glenn Wijngaarde"),
    ]
    whole = " ".join(pages(render_snapshot(snapshot(repo, case_id, instrument))))
    start = whole.find("Het plan van Fam. Pinas Dit plan heeft u gemaakt met uw familie")
    took_part = whole.find("Wie hebben meegedaan")
    own_goals = whole.find("Wat u wilt bereiken")
    agreed = whole.find("Wat we samen aan tafel hebben afgesproken")
    assert 0 < start < took_part < own_goals < agreed
    assert "Glenn Wijngaarde oom van de buren Kookt op vrijdag." in whole[took_part:own_goals]
    assert "Hulp voor Jayden bij zijn boosheid. het jeugdteam" in whole[own_goals:agreed]
    assert "familiegroepsplan ontvangen op 26 oktober 2026" in whole[:start]
    # Signature lines for each of them.
    signing = whole[whole.find("Handtekeningen") :]
    blocks = signing.split("Iemand uit het netwerk die meehelpt")[1:]
    assert len(blocks) == 2
    for block, name in zip(blocks, ("Lucia Pinas", "Glenn Wijngaarde"), strict=True):
        assert block.startswith(f" Naam {name} Datum ____")
        assert "Plaats ____" in block and "Handtekening" in block


def test_network_signers_sign_and_the_signed_plan_shows_them(
    repo: Repository, wouters: int, instrument: Instrument
) -> None:
    draft = repo.new_plan_version(wouters)
    day = TODAY
    signatures = [
        Signature(SignerRole.CITIZEN, "Ria Wouters", day, "Oosterveld"),
        Signature(SignerRole.PROFESSIONAL, "Sanne Visser", day, "Oosterveld"),
        Signature(SignerRole.NETWORK, "Marco Wouters", day, "Oosterveld"),
    ]
    snap = build_snapshot(
        repo.load_case(wouters), instrument, draft, today=day, signatures=signatures
    )
    assert draft.id is not None
    signed = repo.sign_plan(draft.id, snap, signatures)
    stored = json.loads(signed.snapshot)
    assert stored["own_plan"]["content"] == PERSONAL
    whole = " ".join(pages(render_version(signed, instrument)))
    assert whole.find("Uw eigen plan") < whole.find("Wat we samen aan tafel")
    signing = whole[whole.find("Handtekeningen") :]
    assert "Iemand uit het netwerk die meehelpt Naam Marco Wouters Datum 9 november 2026" in (
        signing
    )


def test_pseudonymised_the_own_plan_names_people_by_their_role(
    repo: Repository, instrument: Instrument
) -> None:
    case_id, _ = household(
        repo,
        "Fam. Pinas",
        CaseKind.JEUGD,
        [Member(case_id=0, name="Shirley Pinas", role="aanvrager")],
        [("Lucia Pinas", "oma")],
    )
    take_in(repo, case_id, FAMILY, TODAY - dt.timedelta(weeks=2))
    whole = " ".join(pages(render_snapshot(snapshot(repo, case_id, instrument), pseudonymise=True)))
    for name in ("Lucia", "Glenn", "Wijngaarde", "Ans"):
        assert name not in whole, name
    assert "oom van de buren oom van de buren Kookt op vrijdag." in whole
    assert "oma Haalt Naomi uit school." in whole


def test_a_snapshot_from_before_own_plans_prints_as_before(
    repo: Repository, wouters: int, instrument: Instrument
) -> None:
    snap = snapshot(repo, wouters, instrument)
    old = {k: v for k, v in snap.items() if k != "own_plan"}
    for goal in old["goals"]:
        for action in goal["actions"]:
            del action["author"]
    whole = " ".join(pages(render_snapshot(old)))
    for text in ("Uw eigen plan Dit plan", "Wat we samen aan tafel", "Eerst staat hier uw eigen"):
        assert text not in whole
    assert "Kookt voor drie dagen." in whole
    assert "Kookt voor drie dagen. bedacht door" not in whole
    assert "Staat er niets bij?" not in whole
    assert "bedacht door: u zelf" in whole  # the goal's author, printed as always
    # The persoonlijk plan's day on the case still prints where it always did.
    old["case"]["persoonlijk_plan_received"] = "2026-10-19"
    whole = " ".join(pages(render_snapshot(old)))
    assert "Uw eigen plan persoonlijk plan ontvangen op 19 oktober 2026" in whole


def test_the_preview_shows_the_own_plan_first_in_the_same_words(
    repo: Repository, wouters: int, instrument: Instrument
) -> None:
    from eigenkracht.ui.plan.preview import preview_html
    from eigenkracht.ui.plan.printing import Built

    snap = snapshot(repo, wouters, instrument)
    plan = PlanVersion(case_id=wouters, number=1)
    page = preview_html(Built(b"", snap, plan, False))
    own = page.find("<h3>Uw eigen plan</h3>")
    agreed = page.find("Wat we samen aan tafel hebben afgesproken")
    assert 0 < own < agreed < page.find("Uw vraag en wat belangrijk is voor u")
    for text in (
        "<b>Marco Wouters</b>: Doet de grote boodschappen. · op zaterdag",
        "<b>Fenna Kok</b>: Neemt mij mee naar het koor. · steeds (doorlopend)",
        "Iemand die twee uur per week schoonmaakt. · aan de gemeente",
        "<b>Marco Wouters</b> (mijn zoon): De boodschappen.",
    ):
        assert text in page[own:agreed], text
    assert "Doet op zaterdag de boodschappen. · doorlopend · Gepland · bedacht door: mensen" in page
    old = {k: v for k, v in snap.items() if k != "own_plan"}
    before = preview_html(Built(b"", old, plan, False))
    assert "<h3>Uw eigen plan</h3>" not in before and "aan tafel" not in before
    assert "<p>Uw eigen plan: persoonlijk plan ontvangen op 19 oktober 2026</p>" in before
