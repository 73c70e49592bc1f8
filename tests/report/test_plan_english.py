"""The PDFs follow the program's language (issue 13 points 4 and 6): with the English
translation installed (as the window does, core.i18n), the plan and then-and-now of a
demo case carry no Dutch program text, only the case's own words; without it (the
command line) they stay Dutch. The charts in them carry a text alternative, counts
have a correct plural, and the map's legend fits the picture in both languages."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTranslator

from eigenkracht.core import i18n, serial
from eigenkracht.core.model import NetworkPerson, PlanVersion, Ring, Sector
from eigenkracht.core.plan import snapshot_of, then_and_now
from eigenkracht.demo import build_demo
from eigenkracht.report.plan_pdf import render_snapshot
from eigenkracht.report.then_now import render_then_now
from eigenkracht.store.database import Store, create_database
from eigenkracht.store.repository import Repository
from pdf_support import pdf_text
from support import PASSPHRASE, TODAY, cheap_kdf

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "eigenkracht_en.ts"
# The translation contexts of what report/ and charts/ print (core.i18n), and the preview.
CONTEXTS = {
    "NetworkAttention",  # the points of attention core.network writes into the snapshot
    "PlanPdf",
    "PlanPreview",
    "ThenNowPdf",
    "Network",
    "NetworkMap",
    "Dates",
    "Trend",
    "Document",
}
CASE = "EK-2026-0002"  # Fam. Bakker: two conversations, a full network, goals


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("english") / "demo.db"
    s = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(s, origin="demo"), today=TODAY)
    yield s
    s.close()


@pytest.fixture
def english() -> Iterator[None]:
    """The program's English translation, installed as the window installs it."""
    data = (resources.files("eigenkracht") / "resources/i18n/eigenkracht_en.qm").read_bytes()
    translator = QTranslator()
    assert translator.load(data)
    i18n.install(lambda context, text: translator.translate(context, text))
    try:
        yield
    finally:
        i18n.install(None)


def dutch_fragments() -> list[str]:
    """The Dutch program texts of the PDFs and charts: every piece between placeholders
    of two words or more (or one long word) whose English is different."""
    found: set[str] = set()
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = message.findtext("translation") or ""
            for piece in re.split(r"\{[a-z_]+\}", source):
                piece = " ".join(piece.strip(" .,:;()·–").split())
                words = piece.split()
                if not words or piece.lower() in english.lower():
                    continue
                if len(words) >= 2 or len(piece) >= 8:
                    found.add(piece)
    return sorted(found, key=len, reverse=True)


def strings(value: Any) -> Iterator[str]:
    """Every string in the snapshot: the case's own words and the instrument's."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def without_case_data(text: str, data: Any) -> str:
    """The PDF's text with every text of the case taken out (longest first); the points
    of attention the program wrote into the snapshot stay in."""
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "attention"}
    own = {" ".join(s.split()) for s in strings(data)}
    for value in sorted((s for s in own if len(s) >= 3), key=len, reverse=True):
        text = text.replace(value, " ¦ ")
    return text


def dutch_in(text: str) -> list[str]:
    hits = []
    for piece in dutch_fragments():
        pattern = r"(?<![\w])" + re.escape(piece) + r"(?![\w])"
        for hit in re.finditer(pattern, text, re.IGNORECASE):
            hits.append(f"{piece!r}: …{text[max(0, hit.start() - 30) : hit.end() + 30]}…")
    return hits


def plan_snapshot(store: Store, language: str) -> dict[str, Any]:
    repo = Repository(store, origin="test")
    case = next(c for c in repo.list_cases() if c.reference == CASE)
    case_file = repo.load_case(case.id)
    draft = PlanVersion(case_id=case.id, number=len(case_file.plans) + 1, evaluation_date=TODAY)
    return snapshot_of(draft, repo.catalogue(), case_file=case_file, today=TODAY, language=language)


def then_now_data(store: Store, language: str) -> dict[str, Any]:
    repo = Repository(store, origin="test")
    case = next(c for c in repo.list_cases() if c.reference == CASE)
    return then_and_now(repo.load_case(case.id), repo.catalogue(), today=TODAY, language=language)


def test_the_fragments_know_the_dutch_words() -> None:
    fragments = dutch_fragments()
    for word in ("Ondersteuningsplan", "Handtekening", "Vertrouwelijk", "Vrienden en buren"):
        assert word in fragments
    assert "december" not in fragments  # short single words are not checked alone
    assert dutch_in("Uw doelen en wie wat doet") and not dutch_in("Your goals")


def test_the_english_plan_has_no_dutch_program_text(store: Store, english: None) -> None:
    snapshot = plan_snapshot(store, "en")
    pdf = render_snapshot(snapshot)
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "en-GB"
    text = pdf_text(pdf)
    assert "Support plan" in text and "Signature" in text and "Family" in text
    assert re.search(
        r"\b\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d\b",
        text,
    )
    assert not re.search(r"\b\d{1,2} (januari|februari|maart|oktober|november|december) 20", text)
    assert dutch_in(without_case_data(text, snapshot)) == []
    # The household's roles are stored in Dutch (they are data) and print translated.
    assert "Mark Bakker (applicant)" in text and "Sem Bakker (child)" in text
    assert "(aanvrager)" not in text and "(kind)" not in text


def test_the_english_then_and_now_has_no_dutch_program_text(store: Store, english: None) -> None:
    data = then_now_data(store, "en")
    text = pdf_text(render_then_now(data))
    assert "Then and now" in text and "People around you: then and now" in text
    assert dutch_in(without_case_data(text, data)) == []


def test_every_english_demo_plan_has_no_dutch_program_text(store: Store, english: None) -> None:
    """Every demo case (own plans, a familiegroepsplan, ladders, signed versions), its
    plan versions and a new draft, and its then and now."""
    repo = Repository(store, origin="test")
    found = []
    for case in repo.list_cases():
        case_file = repo.load_case(case.id)
        draft = PlanVersion(case_id=case.id, number=len(case_file.plans) + 1)
        for version in [*case_file.plans, draft]:
            snapshot = snapshot_of(
                version, repo.catalogue(), case_file=case_file, today=TODAY, language="en"
            )
            pdf = render_snapshot(
                snapshot, fingerprint=version.fingerprint, signed_at=version.signed_at
            )
            hits = dutch_in(without_case_data(pdf_text(pdf), snapshot))
            found += [f"{case.reference} v{version.number}: {hit}" for hit in hits]
        data = then_and_now(case_file, repo.catalogue(), today=TODAY, language="en")
        hits = dutch_in(without_case_data(pdf_text(render_then_now(data)), data))
        found += [f"{case.reference} then and now: {hit}" for hit in hits]
    assert found == []


def test_without_a_translator_the_pdfs_stay_dutch(store: Store) -> None:
    """The command line installs no translator: Dutch, as always."""
    i18n.install(None)
    pdf = render_snapshot(plan_snapshot(store, "nl"))
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "nl-NL"
    text = pdf_text(pdf)
    assert "Ondersteuningsplan" in text and "Handtekening" in text and "Support plan" not in text
    assert "Toen en nu" in pdf_text(render_then_now(then_now_data(store, "nl")))


def test_the_charts_in_the_plan_are_told_in_words(store: Store) -> None:
    snapshot = plan_snapshot(store, "nl")
    text = pdf_text(render_snapshot(snapshot))
    # the radar: per domain both scores, right after the picture
    domains = snapshot["sections"][0]["domains"]
    first = domains[0]
    said = (
        f"{first['name']}: u {first['citizen']['level']}, uw contactpersoon "
        f"{first['professional']['level']}"
    )
    assert "Het plaatje in woorden: " + said in text
    for domain in domains:
        assert f"{domain['name']}: u " in text
    # the network map: how many, and that the list names each
    count = len(snapshot["network"])
    assert f"Het plaatje in woorden: op de kaart staan {count} mensen." in text
    for person in snapshot["network"]:
        assert person["name"] in text


def test_the_charts_of_then_and_now_are_told_in_words(store: Store, english: None) -> None:
    data = then_now_data(store, "en")
    text = pdf_text(render_then_now(data))
    assert "In words, Your own scores (then → now):" in text
    assert "In words, Scores of your contact person (then → now):" in text
    points = data["wellbeing"]
    assert points and "In words: " + f"{points[0]['value']} on " in text


def test_one_person_is_one_person(store: Store) -> None:
    i18n.install(None)
    person = NetworkPerson(
        case_id=0, id=1, name="Anna Test", sector=Sector.FAMILY, ring=Ring.FRIEND
    )
    data = then_now_data(store, "nl")
    one = [serial.to_plain(person)]
    data = {**data, "network": {**data["network"], "then": one, "now": one}}
    text = pdf_text(render_then_now(data))
    assert "stond er 1 persoon op uw netwerkkaart" in text and "Nu is het er 1." in text
    assert "1 mensen" not in text


@pytest.mark.parametrize("size", [(7.0, 6.2), (4.0, 4.4)])  # the plan's; a small window's
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_legend_fits_the_picture(
    store: Store, language: str, size: tuple[float, float]
) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from eigenkracht.charts.network_map import network_map_figure

    if language == "en":
        data = (resources.files("eigenkracht") / "resources/i18n/eigenkracht_en.qm").read_bytes()
        translator = QTranslator()
        assert translator.load(data)
        i18n.install(lambda context, text: translator.translate(context, text))
    try:
        snapshot = plan_snapshot(store, language)
        persons = serial.from_plain(list[NetworkPerson], snapshot["network"])
        figure = network_map_figure(persons, "Fam. Bakker", size=size)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        width, height = figure.bbox.width, figure.bbox.height
        legend = next(ax for ax in figure.axes if ax.get_gid() == "network-legend")
        texts = [t for t in legend.texts if t.get_text().strip()]
        assert len(texts) >= 9
        if language == "en":
            assert any("informal carer" in t.get_text() for t in texts)
        for text in texts:
            box = text.get_window_extent(renderer)
            assert box.x0 >= 0 and box.x1 <= width, text.get_text()
            assert box.y0 >= 0 and box.y1 <= height, text.get_text()
    finally:
        i18n.install(None)


def test_the_preview_of_the_english_plan_is_english(store: Store, qapp: Any) -> None:
    """The plan's preview on screen says what the English paper says."""
    import html

    from eigenkracht.ui.plan.preview import preview_html
    from eigenkracht.ui.plan.printing import Built
    from ui_support import program_language

    with program_language(qapp, "en"):
        snapshot = plan_snapshot(store, "en")
        plan = PlanVersion(case_id=0, number=snapshot["plan"]["number"])
        page = preview_html(Built(b"", snapshot, plan, False))
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
        assert "Support plan" in text and "Your goals and who does what" in text
        assert dutch_in(without_case_data(text, snapshot)) == []


def test_dates_follow_the_language_except_on_dutch_only_pages(english: None) -> None:
    from eigenkracht.core.text import dutch_date, long_date

    assert long_date("2026-10-19") == "19 October 2026"
    assert dutch_date("2026-10-19") == "19 oktober 2026"  # the inzage summary, the monitor
    i18n.install(None)
    assert long_date("2026-10-19") == "19 oktober 2026"
