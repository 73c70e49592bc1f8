"""Invisible characters print harmlessly: control characters, terminal escapes and bidi
overrides are neutralised (core.text.display_safe), a lone surrogate that reached a
snapshot prints as a box instead of a UnicodeEncodeError, and a name that looks like
matplotlib math draws as typed in the network map."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from eigenkracht.charts.network_map import network_map_figure
from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    CaseFile,
    Conversation,
    Goal,
    Member,
    NetworkPerson,
    PlanVersion,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.report.plan_pdf import PlanRenderer, render_snapshot
from eigenkracht.report.text import clean, markup

TODAY = dt.date(2026, 11, 9)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def invisible_case() -> CaseFile:
    case = Case(
        reference="EK-2026-0777",
        household_name="Fam. \u202eSREDNA\u202c Kerkhof\x1b[31m",
        id=1,
        coordinator="Joke\x07 Mulder",
    )
    person = NetworkPerson(
        case_id=1, id=7, name=r"Jan $\foo{$ de Vries", role="buur\u2066man\u2069"
    )
    goal = Goal(
        case_id=1,
        id=3,
        domain="financien",
        text="Eerste regel\x0bTweede regel\x00 na NUL",
        measure="\u2067omgekeerd\u2069 meten\x85volgende",
        actions=[
            Action(goal_id=3, id=1, what="Bellen\ud800 met de bank", actor_kind=ActorKind.SELF)
        ],
    )
    conversation = Conversation(case_id=1, id=1, date=TODAY, question=f"Vraag{BIDI} met alles")
    return CaseFile(
        case=case,
        members=[Member(case_id=1, id=1, name="Noor\u202d Kerkhof", role="aanvrager")],
        conversations=[conversation],
        network=[person],
        goals=[goal],
    )


@pytest.fixture(scope="module")
def pdf_text(instrument: Instrument) -> str:
    plan = PlanVersion(case_id=1, number=1, agreements="Afspraak\x1b]0;titel\x07 klaar")
    snapshot = build_snapshot(invisible_case(), instrument, plan, today=TODAY)
    pdf = render_snapshot(snapshot)
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_no_control_or_bidi_character_reaches_the_page(pdf_text: str) -> None:
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", pdf_text)


def test_overridden_text_prints_in_the_order_it_was_typed(pdf_text: str) -> None:
    flat = re.sub(r"\s+", " ", pdf_text)
    assert "Fam. SREDNA Kerkhof[31m" in flat
    assert "omgekeerd meten" in flat
    assert "Joke Mulder" in flat
    assert "Vraag met alles" in flat


def test_line_breaks_from_word_processors_break_the_line(pdf_text: str) -> None:
    assert re.search(r"Eerste regel\s*\n\s*Tweede regel na NUL", pdf_text)


def test_a_lone_surrogate_prints_as_a_box(pdf_text: str) -> None:
    flat = re.sub(r"\s+", " ", pdf_text)
    assert re.search("Bellen[\ufffd\u25a1] met de bank", flat)


def test_math_in_a_name_still_draws_the_network_map(instrument: Instrument) -> None:
    """matplotlib would parse "$\\foo{$" as math and fail; the map was then left out."""
    plan = PlanVersion(case_id=1, number=1)
    renderer = PlanRenderer(build_snapshot(invisible_case(), instrument, plan, today=TODAY))
    renderer.render()
    assert "network" in renderer.images
    figure = network_map_figure(invisible_case().network, "Fam. $x^2$")
    labels = [" ".join(t.get_text().split()) for ax in figure.axes for t in ax.texts]
    assert "Fam. $x^2$" in labels
    assert any("$\\foo{$" in label for label in labels)
    figure.savefig(io.BytesIO(), format="png")


def test_markup_and_clean_are_safe_on_their_own() -> None:
    assert markup("a\u202eb<i>\x1b") == "ab&lt;i&gt;"
    assert clean("a\x0bb\u2028c\u2067d") == "a\nb\ncd"
