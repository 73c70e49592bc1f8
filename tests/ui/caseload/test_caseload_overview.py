"""The case overview: header, Wmo deadlines, members, conversations, both
perspectives side by side with the difference marked, open goals, and the
buttons that start or resume a conversation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QLabel

from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    Case,
    Conversation,
    DomainScore,
    Member,
    Perspective,
)
from eigenkracht.core.process import StepKind
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseOverview
from eigenkracht.ui.caseload.overview import difference_text
from eigenkracht.ui.widgets import SOON_BACKGROUND, plain_tooltip


@pytest.fixture
def overview(qtbot, repo: Repository, full_case: int, today: dt.date) -> CaseOverview:
    widget = CaseOverview(repo, full_case, today=today)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def score_row(overview: CaseOverview, domain: str) -> list[str]:
    return next(row for row in rows(overview.scores_view) if row[0] == domain)


def test_header(overview: CaseOverview) -> None:
    assert overview.name_label.text() == "Fam. Özdemir-Jansen"
    assert overview.info_label.text() == (
        "Kenmerk EK-2026-0001 · Status: Onderzoek · Regisseur: s.bakker"
    )
    assert overview.evaluation_label.text() == "Volgende evaluatie: ma 01-02-2027 (over 84 dagen)"


def route_text(overview: CaseOverview, kind: StepKind) -> str:
    return overview.route_box.rows[kind].state.text()


def test_wmo_dates_and_deadlines_in_words(overview: CaseOverview) -> None:
    rows = overview.route_box.rows
    assert rows[StepKind.MELDING].edit.value() == dt.date(2026, 10, 1)
    assert route_text(overview, StepKind.MELDING) == "klaar op do 01-10-2026"
    assert route_text(overview, StepKind.VERSLAG) == (
        "binnenkort: uiterlijk do 12-11-2026 · nog 3 dagen"
    )
    assert route_text(overview, StepKind.PERSOONLIJK_PLAN) == (
        "termijn voorbij op do 08-10-2026, geen plan ontvangen"
    )
    assert route_text(overview, StepKind.BESCHIKKING) == "binnen 2 weken na de aanvraag"
    assert overview.wmo_values["identity"].text() == "nog niet gecontroleerd"
    # the close deadline is coloured as well as worded
    assert "background-color" in rows[StepKind.VERSLAG].state.styleSheet()
    assert rows[StepKind.MELDING].state.styleSheet() == ""


def test_members_and_conversations_newest_first(overview: CaseOverview) -> None:
    assert rows(overview.members_view) == [
        ["Özdemir-Jansen", "aanvrager", ""],
        ["Mehmet Özdemir", "partner", "01-06-1978 (48 jaar)"],
    ]
    assert rows(overview.conversations_view) == [
        ["ma 02-11-2026", "Voortgang", "wijkcentrum <De Brug>", "6 / 10"],
        ["do 08-10-2026", "Melding/intake", "thuis, keukentafel", "4 / 10"],
    ]


def test_both_perspectives_side_by_side_with_the_difference_marked(overview) -> None:
    headers = [
        overview.scores_view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)
    ]
    assert headers == ["Leefgebied", "Inwoner", "Professional", "Verschil"]
    # the latest citizen scoring (at the table) wins over the older one from home; the
    # citizen's score is in the citizen's words of the instrument (issue 11)
    assert score_row(overview, "Financiën") == [
        "Financiën",
        "4 · Het gaat redelijk goed",
        "2 · Niet zelfredzaam",
        "⚠ inwoner +2",
    ]
    assert score_row(overview, "Huisvesting")[3] == "gelijk"
    assert score_row(overview, "Zelfzorg")[1:] == [
        "3 · Het gaat soms goed, soms niet",
        "2 · Niet zelfredzaam",
        "inwoner +1",
    ]
    assert score_row(overview, "Justitie")[1:] == ["niet besproken", "", ""]
    assert score_row(overview, "Middelengebruik")[1:] == ["", "", ""]
    # thirteen domains, in the instrument's order, by their professional names
    assert [row[0] for row in rows(overview.scores_view)][:2] == ["Financiën", "Werk en opleiding"]
    assert len(rows(overview.scores_view)) == 13
    # a big difference also has a colour and a sentence for screen readers
    model = overview.scores_view.model()
    big = model.index(0, 3)
    assert isinstance(big.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert big.data(Qt.ItemDataRole.BackgroundRole).color() == SOON_BACKGROUND
    assert big.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Groot verschil. De inwoner scoort 2 hoger dan de professional."
    )
    assert overview.scores_caption.text() == (
        "Inwoner: ma 02-11-2026, aan tafel · Professional: ma 02-11-2026, aan tafel"
    )


def test_difference_text() -> None:
    assert difference_text(None, 3) == ("", "")
    assert difference_text(3, 3)[0] == "gelijk"
    assert difference_text(1, 4)[0] == "⚠ professional +3"
    assert difference_text(4, 3)[0] == "inwoner +1"


def test_open_goals_with_who_does_what_in_eigen_kracht_order(overview: CaseOverview) -> None:
    lines = [label.text() for label in overview.goal_labels]
    assert lines == [
        "Financiën: De post is elke week geopend en de rekeningen zijn betaald. (vóór 31-01-2027)",
        "Zo weten we het: Geen nieuwe aanmaningen in december.",
        "• Zelf: Alle brieven in één map bewaren — gepland",
        "• Netwerk · Elif: Post elke zaterdag samen openen — gepland",
        "• Professional · Schuldhulp Noord: Schuldhulp aanvragen — gepland",
    ]


def test_user_text_is_never_rich_text(overview: CaseOverview) -> None:
    for label in overview.findChildren(QLabel):
        assert label.textFormat() in (Qt.TextFormat.PlainText, Qt.TextFormat.AutoText)
        if label.textFormat() == Qt.TextFormat.AutoText:
            assert "<" not in label.text(), label.text()
    # read-only text can be selected and copied
    for label in (overview.name_label, overview.info_label, *overview.goal_labels):
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_buttons_emit_their_signals(qtbot, overview: CaseOverview, full_case: int) -> None:
    latest = max(overview.case_file.conversations, key=lambda c: c.date)
    with qtbot.waitSignal(overview.startConversation) as started:
        qtbot.mouseClick(overview.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [full_case]
    with qtbot.waitSignal(overview.resumeConversation) as resumed:
        qtbot.mouseClick(overview.resume_button, Qt.MouseButton.LeftButton)
    assert resumed.args == [latest.id]
    with qtbot.waitSignal(overview.back):
        qtbot.mouseClick(overview.back_button, Qt.MouseButton.LeftButton)


def test_a_new_case_without_anything_yet(qtbot, repo: Repository, today) -> None:
    created = repo.create_case(
        Case(reference="EK-2026-0100", household_name="Fam. <b>Nieuw</b>"),
        [Member(case_id=0, name="Nina")],
    )
    widget = CaseOverview(repo, created.case.id, today=today)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.name_label.text() == "Fam. <b>Nieuw</b>"
    assert widget.name_label.textFormat() == Qt.TextFormat.PlainText
    assert not widget.resume_button.isEnabled()
    assert widget.conversations_empty.isVisible()
    assert not widget.conversations_view.isVisible()
    assert not widget.scores_view.isVisible()
    assert widget.scores_caption.text() == "Nog geen scores."
    assert [label.text() for label in widget.goal_labels] == ["Geen open doelen."]
    assert widget.evaluation_label.text() == "Volgende evaluatie: nog niet afgesproken."
    assert widget.route_box.rows[StepKind.MELDING].edit.value() is None
    assert route_text(widget, StepKind.MELDING) == "nog niet"
    assert route_text(widget, StepKind.VERSLAG) == "telt vanaf de melding"


def test_reload_shows_changes(qtbot, overview: CaseOverview, repo: Repository) -> None:
    repo.update(Case, overview.case_id, verslag_sent=dt.date(2026, 11, 6))
    overview.reload()
    assert route_text(overview, StepKind.VERSLAG) == "klaar op vr 06-11-2026"
    assert overview.route_box.rows[StepKind.VERSLAG].state.styleSheet() == ""


def test_scores_of_one_member_do_not_hide_those_of_the_household(
    qtbot, repo: Repository, full_case: int, today
) -> None:
    member = repo.load_case(full_case).members[0]
    later = repo.add_conversation(Conversation(case_id=full_case, date=dt.date(2026, 11, 6)))
    repo.add_assessment(
        Assessment(
            conversation_id=later.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.PROFESSIONAL,
            member_id=member.id,
            scores=[DomainScore("financien", level=5)],
        )
    )
    widget = CaseOverview(repo, full_case, today=today)
    qtbot.addWidget(widget)
    assert score_row(widget, "Financiën")[2] == "2 · Niet zelfredzaam"
    # the conversation of 6 November is now the one to resume
    assert widget.latest is not None and widget.latest.id == later.id


def test_keyboard_reaches_everything(qtbot, overview: CaseOverview) -> None:
    overview.back_button.setFocus()
    order = [overview.back_button]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        overview.back_button,
        overview.import_button,
        overview.resume_button,
        overview.start_button,
        overview.members_view,
        overview.conversations_view,
        overview.scores_view,
        overview.scroll_area,
    ]
    bar = overview.scroll_area.verticalScrollBar()
    qtbot.keyClick(overview.scroll_area, Qt.Key.Key_PageDown)
    assert bar.maximum() == 0 or bar.value() > 0


def test_on_one_day_the_table_beats_the_file_from_home_everywhere(
    qtbot, repo: Repository, cases: dict[str, int], today: dt.date
) -> None:
    """Issue 10: the citizen says 1 at the table, the file from home (imported after, into
    the same conversation) says 5. The overview, the plan and a second import's review
    all show 1, from the table (core.assessments.latest_scores)."""
    from eigenkracht.core.instruments import default_instrument
    from eigenkracht.core.model import PlanVersion
    from eigenkracht.core.plan import build_snapshot
    from eigenkracht.exchange import selfassessment as sa

    instrument = default_instrument()
    case_id = cases["open"]
    talk = repo.add_conversation(Conversation(case_id=case_id, date=today))
    assert talk.id is not None
    repo.add_assessment(
        Assessment(
            conversation_id=talk.id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            perspective=Perspective.CITIZEN,
            scores=[DomainScore("financien", level=1), DomainScore("huisvesting", level=3)],
        )
    )
    home = sa.SelfAssessment(
        instrument.id,
        instrument.version,
        filled_in_on=today,
        answers=[sa.DomainAnswer("financien", 5)],
    )
    review = sa.review(home, repo.load_case(case_id), instrument, today)
    assert review.target is not None and review.target.id == talk.id
    plan = review.plan(["domain:financien"])
    repo.import_at_home(
        plan.case_id,
        plan.conversation,
        plan.conversation_changes,
        plan.assessment,
        plan.new_persons,
        plan.person_notes,
    )
    case_file = repo.load_case(case_id)
    sources = sorted(a.source for a in case_file.assessments)
    assert sources == [AssessmentSource.AT_TABLE, AssessmentSource.AT_HOME]

    widget = CaseOverview(repo, case_id, today=today)
    qtbot.addWidget(widget)
    assert score_row(widget, "Financiën")[1] == "1 · Het gaat nu heel slecht"
    assert score_row(widget, "Huisvesting")[1] == "3 · Het gaat soms goed, soms niet"
    assert widget.scores_caption.text() == "Inwoner: ma 09-11-2026, aan tafel"

    snapshot = build_snapshot(
        case_file, instrument, PlanVersion(case_id=case_id, number=1), today=today
    )
    printed = {d["key"]: d["citizen"]["level"] for d in snapshot["domains"]}
    assert printed == {"financien": 1, "huisvesting": 3}

    again = sa.review(home, case_file, instrument, today)
    assert again.item("domain:financien").recorded == "inwoner 1 · Het gaat nu heel slecht"


def test_scores_from_several_conversations_say_when_each_was_given(
    qtbot, repo: Repository, full_case: int, today: dt.date
) -> None:
    """A later file from home answered one domain: the others keep the table's scores,
    and the caption and the cell's tooltip say where each one comes from."""
    later = repo.add_conversation(Conversation(case_id=full_case, date=dt.date(2026, 11, 6)))
    assert later.id is not None
    repo.add_assessment(
        Assessment(
            conversation_id=later.id,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=Perspective.CITIZEN,
            source=AssessmentSource.AT_HOME,
            scores=[DomainScore("financien", level=3)],
        )
    )
    widget = CaseOverview(repo, full_case, today=today)
    qtbot.addWidget(widget)
    assert score_row(widget, "Financiën")[1] == "3 · Het gaat soms goed, soms niet"
    assert score_row(widget, "Zelfzorg")[1] == "3 · Het gaat soms goed, soms niet"  # 2 Nov
    assert widget.scores_caption.text() == (
        "Inwoner: vr 06-11-2026, thuis ingevuld; ma 02-11-2026, aan tafel"
        " · Professional: ma 02-11-2026, aan tafel"
    )
    model = widget.scores_view.model()
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(
        "3 · Het gaat soms goed, soms niet (vr 06-11-2026, thuis ingevuld)"
    )
