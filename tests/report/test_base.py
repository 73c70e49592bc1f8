"""The base renderer of every printed document (report/base.py): the plan, then and now
and the citizen's paper keep all their ink between the margins, tables included (they
were 12 pt wider than the frame and stuck 6 pt into the right margin); they are built
in memory with the same bytes for the same input."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_plan_pdf_hostile import MARKUP, TODAY, hostile_case

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import PlanVersion
from eigenkracht.core.plan import build_snapshot, then_and_now
from eigenkracht.exchange.selfassessment import DomainAnswer, Helper, SelfAssessment
from eigenkracht.report import styles as S
from eigenkracht.report.base import Document, long_date
from eigenkracht.report.citizen_paper import MARGIN, render_paper
from eigenkracht.report.plan_pdf import render_snapshot
from eigenkracht.report.then_now import render_then_now
from eigenkracht.ui.citizen.paper import paper_words


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def plan_pdf(instrument: Instrument) -> bytes:
    plan = PlanVersion(case_id=1, number=1, agreements=MARKUP, remarks="Opmerking")
    return render_snapshot(build_snapshot(hostile_case(), instrument, plan, today=TODAY))


def then_now_pdf(instrument: Instrument) -> bytes:
    return render_then_now(then_and_now(hostile_case(), instrument, today=TODAY))


def paper_pdf(instrument: Instrument) -> bytes:
    content = SelfAssessment(
        instrument_id=instrument.id, instrument_version=instrument.version, name="Zoë"
    )
    for domain in instrument.domains:
        content.set_answer(DomainAnswer(domain.key, 2, remark="lang " * 8))
    content.helpers = [Helper("Buur", "buurvrouw", "boodschappen " * 8)]
    return render_paper(content, instrument, paper_words(), today=TODAY, invariant=True)


DOCUMENTS = {
    "plan": (plan_pdf, S.MARGIN_LEFT, S.MARGIN_RIGHT),
    "then-and-now": (then_now_pdf, S.MARGIN_LEFT, S.MARGIN_RIGHT),
    "citizen-paper": (paper_pdf, MARGIN, MARGIN),
}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_all_ink_lies_between_the_margins(
    name: str, instrument: Instrument, tmp_path: Path
) -> None:
    """Rendered at 72 dpi (one pixel a point): no dark pixel left of the left margin or
    right of the right one, give or take a pixel of anti-aliasing, on any page; and
    the tables reach the right margin (so the check looks where they end)."""
    make, left, right = DOCUMENTS[name]
    source = tmp_path / "document.pdf"
    source.write_bytes(make(instrument))
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", str(source), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    from PIL import Image

    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    rightmost = []
    for page in pages:
        with Image.open(page) as image:
            grey = image.convert("L")
        width, height = grey.size
        inked = [x for x in range(width) if grey.crop((x, 0, x + 1, height)).getextrema()[0] < 160]
        assert inked, page.name
        assert inked[0] >= int(left) - 1, f"ink in the left margin of {page.name}"
        assert inked[-1] <= int(width - right) + 1, f"ink in the right margin of {page.name}"
        rightmost.append(inked[-1])
    assert max(rightmost) >= int(width - right) - 2


def test_a_document_is_built_in_memory_with_the_same_bytes() -> None:
    class Note(Document):
        def render(self) -> bytes:
            return self.build(
                [self.fixed("Notitie", "title"), self.user("<b>&</b>"), self.user("שלום")],
                title="Notitie",
            )

    day = dt.date(2026, 3, 4)
    first = Note(date=day).render()
    assert first.startswith(b"%PDF") and Note(date=day).render() == first
    assert b"D:20260304000000" in first
    reader = PdfReader(io.BytesIO(first))
    text = reader.pages[0].extract_text()
    assert "Notitie" in text and "<b>&</b>" in text and "שלום" in text
    assert "pagina 1 van 1" in text and long_date(day) in text  # the header and footer
