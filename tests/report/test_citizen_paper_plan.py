"""The citizen's own plan on paper (report/citizen_paper.py), read back with pypdf: a
second page after the answers, in the citizen's words; a familiegroepsplan starts with
who made it; what is typed prints as typed; a long plan stays one page; no plan, no
second page."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.exchange.selfassessment import (
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
    SelfAssessment,
)
from eigenkracht.report.citizen_paper import render_paper
from eigenkracht.ui.citizen.paper import paper_words

TODAY = dt.date(2026, 11, 20)
HEBREW = "שלום עולם"


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def with_plan(instrument: Instrument, plan: OwnPlan | None) -> SelfAssessment:
    return SelfAssessment(
        instrument.id,
        instrument.version,
        filled_in_on=dt.date(2026, 11, 18),
        name="Ria de Boer",
        plan=plan,
    )


def pages_of(content: SelfAssessment, instrument: Instrument) -> list[str]:
    pdf = render_paper(content, instrument, paper_words(), today=TODAY, invariant=True)
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


PERSONAL = OwnPlan(
    kind=PlanKind.PERSOONLIJK,
    goals=[OwnGoal("Weer zelf mijn post doen", "financien"), OwnGoal("Vaker naar buiten")],
    actions=[
        OwnAction("Samen de post openmaken", "Els", "elke dinsdag", True, 0),
        OwnAction("Een map maken", "", "volgende week"),
        OwnAction("Wandelen", "", "", True, 1),
    ],
    asks=[OwnAsk("Hulp bij het huishouden"), OwnAsk("Een controle van mijn ogen", "de huisarts")],
    written_with=[Participant("Els", "mijn dochter", "de post met mij doornemen")],
)


def test_a_persoonlijk_plan_on_the_second_page(instrument: Instrument) -> None:
    pages = pages_of(with_plan(instrument, PERSONAL), instrument)
    assert len(pages) == 2
    first, second = pages
    assert "Weer zelf mijn post doen" not in first  # the answers' page is as before
    assert second.startswith("Uw eigen plan")
    assert "Naam: Ria de Boer" in second and "18-11-2026" in second  # if the pages part
    for expected in (
        "Wat wilt u bereiken?",
        "Weer zelf mijn post doen",
        "Geldzaken",  # the domain in the citizen's words
        "Vaker naar buiten",
        "Iets anders",
        "Wat gaat u doen, en wie helpt?",
        "Samen de post openmaken",
        "elke dinsdag, steeds",
        "Ikzelf",
        "volgende week",
        "Wat vraagt u aan de gemeente of aan anderen?",
        "Hulp bij het huishouden de gemeente",  # nobody named: the municipality
        "de huisarts",
        "Wie heeft meegeschreven?",
        "de post met mij doornemen",
    ):
        assert expected in second, expected
    # a persoonlijk plan: who helped comes last
    assert second.index("Wat vraagt u") < second.index("Wie heeft meegeschreven?")


def test_a_familiegroepsplan_starts_with_who_made_it(instrument: Instrument) -> None:
    plan = OwnPlan(
        kind=PlanKind.FAMILIEGROEPSPLAN,
        goals=[OwnGoal("De kinderen gaan elke dag naar school")],
        written_with=[
            Participant("Oma Truus", "mijn moeder", "haalt de kinderen op woensdag op"),
            Participant("Karim", "buurman", "helpt met de fietsen"),
        ],
    )
    second = pages_of(with_plan(instrument, plan), instrument)[1]
    assert second.startswith("Uw familiegroepsplan")
    assert second.index("Wie maken het plan met u?") < second.index("Wat wilt u bereiken?")
    assert "haalt de kinderen op woensdag op" in second and "Karim" in second
    assert "Wie heeft meegeschreven?" not in second
    # what is not filled in says so
    assert second.count(paper_words().not_filled_in) == 2  # no actions, no asks


def test_no_plan_no_second_page_and_an_empty_plan_says_so(instrument: Instrument) -> None:
    assert len(pages_of(with_plan(instrument, None), instrument)) == 1
    pages = pages_of(with_plan(instrument, OwnPlan()), instrument)
    assert len(pages) == 2
    assert pages[1].count(paper_words().not_filled_in) == 4


def test_what_is_typed_prints_as_typed(instrument: Instrument) -> None:
    plan = OwnPlan(
        goals=[OwnGoal("<b>Vet</b> & \u202ezo\u202c verder")],
        actions=[OwnAction(HEBREW, "Jan & <i>Piet</i>", "na 5 <uur>")],
        asks=[OwnAsk("Hulp & steun", "<de> gemeente")],
        written_with=[Participant(HEBREW, "buur & vriend", "<script>")],
    )
    second = pages_of(with_plan(instrument, plan), instrument)[1]
    for typed in (
        "<b>Vet</b> & zo verder",
        HEBREW,
        "Jan & <i>Piet</i>",
        "na 5 <uur>",
        "Hulp & steun",
        "<de> gemeente",
        "buur & vriend",
        "<script>",
    ):
        assert typed in second, typed
    assert "\u202e" not in second


def test_a_long_plan_stays_on_one_page(instrument: Instrument) -> None:
    plan = OwnPlan(
        goals=[OwnGoal(f"Doel {n} " + "lang " * 200) for n in range(30)],
        actions=[OwnAction(f"Actie {n} " + "veel " * 200, when="ooit " * 50) for n in range(100)],
        asks=[OwnAsk(f"Vraag {n}", "iemand") for n in range(30)],
        written_with=[Participant(f"Persoon {n}", "buur", "van alles " * 100) for n in range(30)],
    )
    pages = pages_of(with_plan(instrument, plan), instrument)
    assert len(pages) == 2
    assert "Persoon 29" in pages[1] and "Actie 99" in pages[1] and "…" in pages[1]


def test_the_same_plan_gives_the_same_bytes(instrument: Instrument) -> None:
    content = with_plan(instrument, PERSONAL)
    words = paper_words()
    first = render_paper(content, instrument, words, today=TODAY, invariant=True)
    assert render_paper(content, instrument, words, today=TODAY, invariant=True) == first
