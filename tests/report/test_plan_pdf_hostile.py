"""Whatever a user types prints as typed: markup, ampersands, Dutch characters, emoji,
right-to-left text, 5,000 characters. And the pages render (pdftoppm, where present)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanVersion,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.report.plan_pdf import render_snapshot
from eigenkracht.report.text import MISSING, clean, shape_arabic, visual_line

TODAY = dt.date(2026, 11, 9)
MARKUP = "<b>vet</b> & <i>schuin</i> <para>kapot</para> &amp; <font size=80>"
DUTCH = "Café, reünie, naïef, ĳsje, IJmuiden, € 12,50 — “aanhalingstekens”"
EMOJI = "Blij 😀 en ook 🙂 👍🏽 ❤️ klaar"
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
LONG = ("Een heel lange notitie over de week. " * 140)[:4990] + " EINDE-NOTITIE"


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def hostile_case() -> CaseFile:
    case = Case(
        reference="EK-2026-0666",
        household_name="Fam. <b>Ĳzerman</b> & Zn.",
        id=1,
        coordinator="Joke <Mulder>",
    )
    person = NetworkPerson(
        case_id=1,
        id=7,
        name="Ëlla <script>",
        role="buurvrouw & vriendin",
        helps=[NetworkHelp("financien", what=MARKUP)],
    )
    goal = Goal(
        case_id=1,
        id=3,
        domain="financien",
        text=f"{MARKUP} {DUTCH}",
        measure=EMOJI,
        actions=[
            Action(goal_id=3, id=1, what=HEBREW, actor_kind=ActorKind.SELF),
            Action(goal_id=3, id=2, what=ARABIC, actor_kind=ActorKind.NETWORK, network_person_id=7),
            Action(goal_id=3, id=3, what=LONG, actor_kind=ActorKind.MAATWERK, maatwerk_kind="<x>"),
        ],
    )
    conversation = Conversation(
        case_id=1,
        id=1,
        date=TODAY,
        question=f"{HEBREW}: {DUTCH}",
        what_matters=LONG,
        wellbeing=7,
        place="Keuken\x00\x07 tafel",
    )
    scores = [
        DomainScore("financien", level=2, situation=MARKUP, strengths=ARABIC, concerns=LONG),
        DomainScore("huisvesting", level=4, situation="a" * 3000),  # one endless word
    ]
    assessments = [
        Assessment(1, "leefgebieden", "1.0", perspective, id=n, scores=scores)
        for n, perspective in enumerate(Perspective, start=1)
    ]
    return CaseFile(
        case=case,
        members=[Member(case_id=1, id=1, name="Noor Ĳzerman", role="aanvrager")],
        conversations=[conversation],
        assessments=assessments,
        network=[person],
        goals=[goal],
    )


@pytest.fixture(scope="module")
def hostile_pdf(instrument: Instrument) -> bytes:
    plan = PlanVersion(case_id=1, number=1, agreements=MARKUP, remarks=f"{EMOJI}\n{HEBREW}")
    snapshot = build_snapshot(hostile_case(), instrument, plan, today=TODAY)
    return render_snapshot(snapshot)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def test_markup_prints_as_typed(hostile_pdf: bytes) -> None:
    text = text_of(hostile_pdf)
    assert "<b>vet</b> & <i>schuin</i> <para>kapot</para> &amp; <font size=80>" in text
    assert "Fam. <b>Ĳzerman</b> & Zn." in text
    assert "Joke <Mulder>" in text
    assert "Ëlla <script>" in text


def test_dutch_characters_print(hostile_pdf: bytes) -> None:
    text = text_of(hostile_pdf)
    for word in ("Café", "reünie", "naïef", "ĳsje", "€ 12,50", "“aanhalingstekens”", "Ĳzerman"):
        assert word in text


def test_emoji_print_as_a_box(hostile_pdf: bytes) -> None:
    """The shipped font has no emoji (it has ❤): each prints as a visible box, not nothing."""
    text = text_of(hostile_pdf)
    assert f"Blij {MISSING} en ook {MISSING} {MISSING}{MISSING} ❤ klaar" in text


def test_right_to_left_text_prints_in_reading_order(hostile_pdf: bytes) -> None:
    """The glyphs are placed right to left (visual order); a reader such as pypdf turns
    them back into the words as typed, Arabic letters in their joined forms."""
    text = text_of(hostile_pdf)
    assert HEBREW in text
    assert shape_arabic(ARABIC) in text


def test_five_thousand_characters_print_whole(hostile_pdf: bytes) -> None:
    text = text_of(hostile_pdf)
    assert text.count("EINDE-NOTITIE") >= 3  # the goal's action, the question, a domain
    reader = PdfReader(io.BytesIO(hostile_pdf))
    assert len(reader.pages) >= 4


def test_control_characters_are_dropped() -> None:
    assert clean("Keuken\x00\x07 tafel\r\nregel") == "Keuken tafel\nregel"


def test_bidi_reorders_only_what_reads_right_to_left() -> None:
    assert visual_line("gewoon Nederlands (1, 2)") == ("gewoon Nederlands (1, 2)", False)
    shown, rtl = visual_line(f"{HEBREW} 123")
    assert rtl and shown == "123 םלוע םולש"
    shown, rtl = visual_line(f"Naam: {HEBREW}.")
    assert not rtl and shown == "Naam: םלוע םולש."
    assert shape_arabic("لا") == "\ufefb"  # lam-alef joins into one letter


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_pages_render(hostile_pdf: bytes, tmp_path: Path) -> None:
    source = tmp_path / "plan.pdf"
    source.write_bytes(hostile_pdf)
    result = subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(source), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(io.BytesIO(hostile_pdf)).pages)
    from PIL import Image

    with Image.open(images[0]) as first:
        assert first.size[1] > first.size[0]  # portrait A4
        extrema = first.convert("L").getextrema()
        assert extrema[0] < 100  # there is ink on the page
