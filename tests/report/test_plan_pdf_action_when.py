"""The printed plan says per action when: a date, "doorlopend", or "–" (not chosen),
in the "Wanneer" column; the snapshot carries `ongoing`."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import Action, ActorKind, Case, CaseFile, Goal, Member, PlanVersion
from eigenkracht.core.plan import build_snapshot
from eigenkracht.report.plan_pdf import action_when, render_snapshot

TODAY = dt.date(2026, 11, 9)


def test_the_wanneer_column_prints_the_date_or_doorlopend() -> None:
    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    actions = [
        Action(1, "Opent elke dag de post.", 11, ongoing=True),
        Action(1, "Belt de schuldhulp.", 12, ActorKind.SELF, due_date=dt.date(2026, 12, 1)),
        Action(1, "Zoekt een budgetcursus.", 13, ActorKind.GENERAL_FACILITY, "Buurthuis"),
    ]
    case_file = CaseFile(
        case=Case(reference="EK-1", household_name="Fam. Test", id=1),
        members=[Member(case_id=1, name="Anna Test", role="aanvrager", id=1)],
        goals=[Goal(1, "financien", "Rust in de financiën.", 1, actions=actions)],
    )
    plan = PlanVersion(case_id=1, number=1)
    snapshot = build_snapshot(case_file, instrument, plan, today=TODAY)
    printed = {a["what"]: a for a in snapshot["goals"][0]["actions"]}
    assert printed["Opent elke dag de post."]["ongoing"] is True
    assert printed["Belt de schuldhulp."]["ongoing"] is False
    whens = {what: action_when(a) for what, a in printed.items()}
    assert whens == {
        "Opent elke dag de post.": "doorlopend",
        "Belt de schuldhulp.": "1 december 2026",
        "Zoekt een budgetcursus.": "–",
    }

    pdf = render_snapshot(snapshot)
    reader = PdfReader(io.BytesIO(pdf))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
    table = text[text.find("Wie Wat Wanneer Stand") :]
    assert table, text
    assert re.search(r"Opent elke dag de post\. doorlopend Gepland", table)
    assert re.search(r"Belt de schuldhulp\. 1 december 2026 Gepland", table)
    assert re.search(r"Zoekt een budgetcursus\. – Gepland", table)


def test_an_old_snapshot_without_ongoing_prints_as_before() -> None:
    assert action_when({"due_date": "2026-12-01"}) == "1 december 2026"
    assert action_when({}) == "–"
