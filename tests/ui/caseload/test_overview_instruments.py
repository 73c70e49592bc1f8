"""The case overview's latest scores per instrument used (issue 12): an assessment with
an organisation's own 0-10 instrument (a file in a temporary user folder) is shown with
its domains, and the participation ladder of one member in a table of its own that says
for whom, the citizen's wording in the Inwoner column; a big difference follows the
scale (4 points on 0-10, 2 on a ladder of 6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QStandardItemModel

from eigenkracht.core.instruments import load_all
from eigenkracht.core.model import (
    Assessment,
    Case,
    ConversationKind,
    DomainScore,
    Member,
    Perspective,
)
from eigenkracht.store.database import Store
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseOverview
from eigenkracht.ui.widgets import FittedTableView

USER_TOML = """\
format = 1
id = "eigen-schaal"
version = "1.2"
name = "Eigen schaal"
citizen_name = "Hoe gaat het thuis?"
kind = "score"
scope = "huishouden"
licence = "CC-BY-4.0, Gemeente Voorbeeld"
description = "Drie onderwerpen, 0 tot 10."

[scale]
min = 0
max = 10
low = { label = "Zeer zorgelijk", citizen_label = "Heel zwaar" }
high = { label = "Geen zorgen", citizen_label = "Heel licht" }

[[domains]]
key = "geld"
name = "Geld en schulden"
citizen_name = "Rondkomen"
description = "Inkomen en schulden."
citizen_question = "Kunt u rondkomen?"

[[domains]]
key = "huis"
name = "Woning"
citizen_name = "Uw huis"
description = "De woning."
citizen_question = "Hoe is uw huis?"

[[domains]]
key = "rust"
name = "Rust thuis"
citizen_name = "Rust"
description = "Rust en veiligheid."
citizen_question = "Is het rustig thuis?"
"""
DAY = dt.date(2026, 11, 9)


def rows(view: FittedTableView) -> list[list[str]]:
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_overview_shows_a_user_instrument_and_the_ladder_for_whom(
    qtbot, tmp_path: Path, store: Store
) -> None:
    folder = tmp_path / "instruments"
    folder.mkdir()
    (folder / "schaal.toml").write_text(USER_TOML, encoding="utf-8")
    installed, errors = load_all(folder)
    assert errors == []
    repo = Repository(store, installed=installed)
    created = repo.create_case(
        Case(reference="EK-2026-0130", household_name="Fam. Eigen"),
        [Member(case_id=0, name="Ria Eigen", role="aanvrager")],
    )
    case_id = created.case.id
    member_id = created.members[0].id
    assert case_id is not None and member_id is not None
    conversation, citizen, professional = repo.start_conversation(
        case_id, ConversationKind.INTAKE, DAY, "eigen-schaal", "1.2"
    )
    assert conversation.id is not None and citizen.id is not None and professional.id
    repo.replace_scores(
        [
            (citizen.id, "geld", DomainScore("geld", level=2)),
            (professional.id, "geld", DomainScore("geld", level=6)),
            (citizen.id, "huis", DomainScore("huis", level=7)),
            (professional.id, "huis", DomainScore("huis", level=8)),
        ]
    )
    for perspective, level in ((Perspective.CITIZEN, 4), (Perspective.PROFESSIONAL, 3)):
        repo.add_assessment(
            Assessment(
                conversation.id,
                "participatieladder",
                "1.0",
                perspective,
                member_id=member_id,
                scores=[DomainScore("meedoen", level=level)],
            )
        )

    overview = CaseOverview(repo, case_id, today=DAY)
    qtbot.addWidget(overview)
    overview.resize(1200, 900)
    overview.show()
    qtbot.waitExposed(overview)

    tables = [overview.scores_view] + [
        w for w in overview.extra_scores if isinstance(w, FittedTableView)
    ]
    by_name = {view.accessibleName(): view for view in tables[1:]}
    # The ladder (one person) comes before a 0-10 score, as in the plan.
    assert overview.scores_title.isVisible()
    assert overview.scores_title.text() == "Participatieladder, voor Ria Eigen"
    assert rows(overview.scores_view) == [
        [
            "Trede op de participatieladder",
            "4 · Werk zonder loon",
            "3 · Deelname aan georganiseerde activiteiten",
            "inwoner +1",
        ]
    ]
    assert list(by_name) == ["Laatste scores: Eigen schaal"]
    own = rows(by_name["Laatste scores: Eigen schaal"])
    assert own == [
        ["Geld en schulden", "2", "6", "⚠ professional +4"],
        ["Woning", "7", "8", "professional +1"],
        ["Rust thuis", "", "", ""],
    ]
    headings = [w.text() for w in overview.extra_scores if hasattr(w, "text")]
    assert "Eigen schaal" in headings
