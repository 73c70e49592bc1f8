"""The plan's radar (issue 11): below three scored domains there is no radar at all, the
table alone says it (it printed as an empty area); from three on it is drawn, carried
domains included. Read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from eigenkracht.core.instruments import default_instrument
from eigenkracht.core.model import (
    Assessment,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Perspective,
    PlanVersion,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.report.plan_pdf import PlanRenderer

INSTRUMENT = default_instrument()
DAY = dt.date(2026, 10, 12)
LATER = dt.date(2026, 11, 9)


def case(first: dict[str, int], now: dict[str, int]) -> CaseFile:
    """Levels given at a first conversation and at a later one (both perspectives)."""
    assessments = []
    aid = 0
    for conversation, levels in ((1, first), (2, now)):
        for perspective in Perspective:
            aid += 1
            assessments.append(
                Assessment(
                    conversation_id=conversation,
                    instrument_id=INSTRUMENT.id,
                    instrument_version=INSTRUMENT.version,
                    perspective=perspective,
                    id=aid,
                    scores=[DomainScore(k, level=v) for k, v in levels.items()],
                )
            )
    return CaseFile(
        case=Case(reference="EK-2026-0042", household_name="Fam. Radar", id=1),
        conversations=[
            Conversation(case_id=1, id=1, date=DAY),
            Conversation(case_id=1, id=2, date=LATER),
        ],
        assessments=assessments,
    )


def printed(files: CaseFile) -> tuple[PlanRenderer, PdfReader]:
    snapshot = build_snapshot(files, INSTRUMENT, PlanVersion(case_id=1, number=1), today=LATER)
    renderer = PlanRenderer(snapshot)
    return renderer, PdfReader(io.BytesIO(renderer.render()))


def images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


@pytest.mark.parametrize("scored", [{}, {"financien": 2}, {"financien": 2, "huisvesting": 4}])
def test_below_three_domains_the_plan_has_the_table_only(scored: dict[str, int]) -> None:
    renderer, reader = printed(case({}, scored))
    assert "radar" not in renderer.images
    assert images(reader) == 0  # no network either: no picture at all
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "in één plaatje" not in text
    for key in scored:
        assert INSTRUMENT.domain(key).citizen_name in text


def test_three_domains_carried_ones_included_make_a_radar() -> None:
    renderer, reader = printed(case({"justitie": 3}, {"financien": 2, "huisvesting": 4}))
    assert "radar" in renderer.images
    assert images(reader) == 1
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Vorige keer besproken (12 oktober 2026)" in text
    assert "De cijfers van vorige keer staan er ook in." in text
