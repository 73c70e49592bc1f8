"""The anonymous monitor (issue 16, item 3): what it counts, that small cells and cells
that a total would give back are suppressed, and that nothing personal leaves, on the
demo and on a generated caseload (CSV and the one-page PDF)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from eigenkracht import cli
from eigenkracht.core.instruments import Catalogue, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    ActorKind,
    Assessment,
    AssessmentSource,
    Case,
    CaseFile,
    CaseKind,
    Conversation,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanStatus,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.exchange import monitor as M
from eigenkracht.exchange.organisation import ExportSettings
from eigenkracht.report.monitor_pdf import LEGEND, render_monitor
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from pdf_support import pdf_text, unembedded_fonts
from privacy_scan import found_in, free_text, identifying
from support import PASSPHRASE, cheap_kdf

YEAR = M.Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
TODAY = dt.date(2026, 11, 9)
TEAMS = ExportSettings(
    team="Overige dossiers",
    teams={
        "Team Noord": ("Sanne Visser", "Ahmed El Amrani"),
        "Team Zuid": ("Joke Mulder",),
        "Team Oost": ("Pieter de Graaf",),
    },
)


def catalogue() -> Catalogue:
    return Catalogue(bundled_instruments())


DOMAINS = catalogue().get("leefgebieden", "1.0").domain_keys()

# -- a generated caseload -------------------------------------------------------------

FIRST = ["Anneke", "Bouchra", "Cornelis", "Dewi", "Eelco", "Fatma", "Gijsbert", "Hiba", "Ilona"]
FIRST += ["Jurre", "Kadir", "Lieke", "Marouane", "Noor", "Okke", "Priya", "Quinten", "Rukiye"]
LAST = ["Terpstra", "Oukili", "Brinkhuis", "Soewarno", "Veldkamp", "Yildirim", "Haverkort"]
LAST += ["Nijenhuis", "Zwartjes", "Boukhari", "Wijnalda", "Tjoa", "Kuiper", "Elzinga"]
WORDS = ["schulden", "buurthuis", "boodschappen", "dochter", "huur", "formulieren", "eenzaam"]
WORDS += ["medicijnen", "taalles", "fietsen", "werkplaats", "huiswerk", "afspraken", "post"]
COORDINATORS = ["Sanne Visser", "Ahmed El Amrani", "Joke Mulder", "Pieter de Graaf", "Iris Kok"]
WEIGHTS = [30, 30, 25, 3, 12]  # a small team: its figures are mostly small cells


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _text(rng: random.Random, names: list[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 12))]
    if names and rng.random() < 0.6:
        words.insert(rng.randrange(len(words)), rng.choice(names))
    return " ".join(words).capitalize() + f" ({rng.randint(100, 999)})."


def generated(count: int = 400, seed: int = 16) -> list[CaseFile]:
    """A caseload with everything personal filled in: names, dates of birth, contact
    details and free text naming people, over five coordinators and two laws."""
    rng = random.Random(seed)
    files = []
    for number in range(1, count + 1):
        melding = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randint(0, 540))
        jeugd = rng.random() < 0.25
        members = [
            Member(
                case_id=number,
                id=number * 10 + m,
                name=_name(rng),
                role="aanvrager" if m == 0 else rng.choice(["partner", "kind", "moeder"]),
                birth_date=dt.date(rng.randint(1935, 2012), rng.randint(1, 12), rng.randint(1, 28)),
                phone=f"06-{rng.randint(10000000, 99999999)}",
                email=f"inwoner{number}x{m}@voorbeeld.nl",
                address=f"{rng.choice(LAST)}straat {rng.randint(1, 200)}, Wijkdorp",
            )
            for m in range(rng.randint(1, 4))
        ]
        network = [
            NetworkPerson(
                case_id=number,
                id=number * 10 + p,
                name=_name(rng),
                role=rng.choice(["buurvrouw", "zus", "vriend", "huisarts"]),
                notes=_text(rng, []),
                helps=[NetworkHelp(rng.choice(DOMAINS), what=_text(rng, []))],
            )
            for p in range(rng.randint(0, 5))
        ]
        names = [m.name for m in members] + [p.name for p in network]
        conversations, assessments = [], []
        day = melding + dt.timedelta(days=rng.randint(1, 20))
        for c in range(rng.randint(1, 4)):
            cid = number * 10 + c
            conversations.append(
                Conversation(
                    case_id=number,
                    id=cid,
                    date=day,
                    wellbeing=rng.choice([None, *range(2, 10)]),
                    question=_text(rng, names),
                    what_matters=_text(rng, names),
                    notes=_text(rng, names),
                    present=names[:2],
                    place=f"Thuis bij {names[0]}",
                )
            )
            for p, perspective in enumerate(Perspective):
                assessments.append(
                    Assessment(
                        cid,
                        "leefgebieden",
                        "1.0",
                        perspective,
                        id=cid * 10 + p,
                        source=AssessmentSource.AT_HOME
                        if perspective is Perspective.CITIZEN and rng.random() < 0.3
                        else AssessmentSource.AT_TABLE,
                        scores=[
                            DomainScore(key, rng.randint(1, 5), situation=_text(rng, names))
                            if rng.random() < 0.8
                            else DomainScore(key, not_discussed=True, reason=_text(rng, names))
                            for key in rng.sample(DOMAINS, rng.randint(3, 13))
                        ],
                    )
                )
            day += dt.timedelta(days=rng.randint(14, 90))
        goals = [
            Goal(
                case_id=number,
                id=number * 10 + g,
                domain=rng.choice(DOMAINS),
                text=_text(rng, names),
                measure=_text(rng, names),
                actions=[
                    Action(
                        goal_id=number * 10 + g,
                        id=number * 100 + g * 10 + a,
                        what=_text(rng, names),
                        actor_kind=rng.choice(list(ActorKind)),
                        actor_name=rng.choice(["", _name(rng), "Stichting Welzijn Wijkdorp"]),
                        status=rng.choice(list(ActionStatus)),
                    )
                    for a in range(rng.randint(1, 4))
                ],
            )
            for g in range(rng.randint(0, 3))
        ]
        plans = []
        if rng.random() < 0.5:
            signer = members[0].name
            plans.append(
                PlanVersion(
                    case_id=number,
                    number=1,
                    status=PlanStatus.SIGNED,
                    remarks=_text(rng, names),
                    signatures=[Signature(SignerRole.CITIZEN, signer, day, place="Wijkdorp")],
                )
            )
        verslag = melding + dt.timedelta(days=rng.randint(10, 60)) if rng.random() < 0.7 else None
        aanvraag = verslag + dt.timedelta(days=1) if verslag and rng.random() < 0.6 else None
        beschikking = (
            aanvraag + dt.timedelta(days=rng.randint(3, 70))
            if aanvraag and rng.random() < 0.8
            else None
        )
        closed = melding + dt.timedelta(days=rng.randint(30, 400)) if rng.random() < 0.3 else None
        case = Case(
            reference=f"GEN-{number:05d}",
            household_name=f"Fam. {members[0].name.split()[-1]}",
            id=number,
            coordinator=rng.choices(COORDINATORS, WEIGHTS)[0],
            melding_date=melding,
            verslag_sent=verslag,
            aanvraag_date=aanvraag,
            beschikking_date=beschikking,
            closed_on=closed,
            closed_reason=_text(rng, names) if closed else "",
            case_kind=CaseKind.JEUGD if jeugd else CaseKind.WMO,
        )
        files.append(CaseFile(case, members, conversations, assessments, network, goals, plans))
    return files


# -- what may leave ---------------------------------------------------------------------


def rows_of(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == M.CSV_COLUMNS
    return list(reader)


Cell = tuple[str, str]


def determined(hidden: list[Cell], sums: list[dict[Cell, float]]) -> list[Cell]:
    """The hidden cells that the published sums fix. Each sum is a linear equation over
    hidden cells (cell -> coefficient; the shown cells are constants); a cell is fixed
    when its unit vector lies in the row space of the equations."""
    if not hidden:
        return []
    rows = [[equation.get(cell, 0.0) for cell in hidden] for equation in sums if equation]
    matrix = np.array(rows or [[0.0] * len(hidden)])
    rank = np.linalg.matrix_rank(matrix)
    fixed = []
    for n, cell in enumerate(hidden):
        unit = np.zeros(len(hidden))
        unit[n] = 1.0
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            fixed.append(cell)
    return fixed


def assert_no_small_or_derivable_cells(text: str) -> None:
    """Every count shown is 0 or at least 5; every average is over 5 cases or more; no
    row or column of a table has exactly one hidden count, and no hidden count follows
    from the published totals (rank of the sums over the hidden counts)."""
    rows = rows_of(text)
    tables: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
    for row in rows:
        if row["gemiddelde"] not in ("", M.HIDDEN):
            assert row["aantal"] != M.HIDDEN and int(row["aantal"]) >= M.MIN_CELL, row
        if row["tabel"] == "welbevinden-gemiddeld":
            continue
        if row["aantal"] != M.HIDDEN:
            assert int(row["aantal"]) == 0 or int(row["aantal"]) >= M.MIN_CELL, row
        if row["aantal"] == M.HIDDEN:
            assert row["procent"] in ("", M.HIDDEN), row
        tables[(row["tabel"], row["onderwerp"])][(row["team"], row["categorie"])] = row["aantal"]
    assert tables
    for key, cells in tables.items():
        teams = list(dict.fromkeys(t for t, _ in cells))
        columns = list(dict.fromkeys(c for _, c in cells))
        sums: list[dict[Cell, float]] = []
        relations = []
        if columns[-1] == M.TOTAL:
            relations += [[(t, columns[-1]), *((t, c) for c in columns[:-1])] for t in teams]
        if teams[-1] == M.TOTAL:
            relations += [[(teams[-1], c), *((t, c) for t in teams[:-1])] for c in columns]
        for total, *parts in relations:
            hidden_here = [p for p in (total, *parts) if cells[p] == M.HIDDEN]
            assert len(hidden_here) != 1, (key, total, hidden_here)
            # total - parts = 0: the equation over the hidden ones
            equation = {p: -1.0 for p in parts if cells[p] == M.HIDDEN}
            if cells[total] == M.HIDDEN:
                equation[total] = 1.0
            sums.append(equation)
        hidden = [cell for cell, value in cells.items() if value == M.HIDDEN]
        assert determined(hidden, sums) == [], key


def allowed_words(figures: M.Monitor) -> str:
    """The program's own words on the page and in the CSV (labels, teams, domains)."""
    parts = [*figures.teams, M.TOTAL, figures.instrument, LEGEND]
    for table in figures.tables:
        parts += [table.title, table.subject, *table.columns]
    return " ".join(parts).casefold()


def personal(case_files: list[CaseFile], figures: M.Monitor) -> set[str]:
    """Everything personal in the input that is not also one of the program's words."""
    allowed = allowed_words(figures)
    needles: set[str] = set()
    for case_file in case_files:
        needles |= identifying(case_file) | free_text(case_file)
    return {n for n in needles if n.casefold() not in allowed}


def assert_nothing_personal(text: str, case_files: list[CaseFile], figures: M.Monitor) -> None:
    needles = personal(case_files, figures)
    assert len(needles) > 50
    assert found_in(text, needles) == []


# -- suppression ------------------------------------------------------------------------


def test_small_counts_are_hidden_and_zero_is_shown() -> None:
    assert M.protect([[0, 12, 12]], True, False) == [[0, 12, 12]]
    # 3 is small; then 10 would follow from the total 13, so it is hidden as well
    assert M.protect([[3, 10, 13]], True, False) == [[None, None, 13]]
    # a group under 5: none of its counts, not even its zeros
    assert M.protect([[3, 0, 3]], True, False) == [[None, None, None]]


def test_a_total_over_teams_does_not_give_a_hidden_team_back() -> None:
    # without a total per row (new, closed): the column's total over the teams
    assert M.protect([[6], [3], [8]], False, True) == [[None], [None], [8], [17]]
    # with both: the small cell's row and column each get a second hidden cell
    shown = M.protect([[2, 7, 9], [6, 6, 12]], True, True)
    assert shown[0][0] is None
    for row in shown:
        assert sum(c is None for c in row) != 1
    for column in zip(*shown, strict=True):
        assert sum(c is None for c in column) != 1


def test_suppressed_picks_the_smallest_non_zero_part() -> None:
    values = [[10, 4, 0, 6]]
    hidden = M.suppressed(values, [[(0, 0), (0, 1), (0, 2), (0, 3)]], {(0, 1)})
    assert hidden == {(0, 1), (0, 3)}


# -- what the figures count ------------------------------------------------------------


def small_case(number: int, coordinator: str = "Sanne Visser", **fields: object) -> CaseFile:
    dates: dict[str, object] = {
        "melding_date": dt.date(2026, 3, 2),
        "verslag_sent": dt.date(2026, 4, 1),
        **fields,
    }
    case = Case(
        reference=f"K-{number}",
        household_name="x",
        id=number,
        coordinator=coordinator,
        **dates,  # type: ignore[arg-type]
    )
    conversations = [
        Conversation(case_id=number, id=1, date=dt.date(2026, 3, 10), wellbeing=4),
        Conversation(case_id=number, id=2, date=dt.date(2026, 6, 1), wellbeing=7),
    ]
    assessments = [
        Assessment(1, "leefgebieden", "1.0", Perspective.PROFESSIONAL, id=1,
                   scores=[DomainScore("financien", 2), DomainScore("huisvesting", 4)]),
        Assessment(2, "leefgebieden", "1.0", Perspective.PROFESSIONAL, id=2,
                   scores=[DomainScore("financien", 4), DomainScore("huisvesting", 4)]),
    ]  # fmt: skip
    goals = [
        Goal(case_id=number, id=1, domain="financien", text="t",
             actions=[Action(goal_id=1, what="a", actor_kind=kind) for kind in ActorKind]
             + [Action(goal_id=1, what="b", status=ActionStatus.CANCELLED)]),
    ]  # fmt: skip
    return CaseFile(case, conversations=conversations, assessments=assessments, goals=goals)


def test_the_figures_of_a_known_caseload() -> None:
    files = [small_case(n) for n in range(6)]
    files.append(small_case(99, closed_on=dt.date(2025, 12, 1)))  # closed before the period
    figures = M.monitor(files, catalogue(), YEAR, today=TODAY)
    (team,) = figures.teams
    assert figures.table("dossiers").row(team) == (6, 0, 6)
    assert figures.table("instroom").row(team) == (6, 0)
    assert figures.table("welbevinden").row(team) == (6, 0, 0, 6)
    assert figures.averages[0].rows == ((team, 6, (4.0, 7.0)),)
    assert figures.table("leefgebied", "Financiën (professional)").row(team) == (6, 0, 0, 6)
    assert figures.table("leefgebied", "Huisvesting (professional)").row(team) == (0, 6, 0, 6)
    # a volunteer and a general facility are both the neighbourhood; cancelled: not counted
    assert figures.table("acties").row(team) == (6, 6, 12, 6, 6, 36)
    verslag = figures.table("termijnen", "Verslag binnen 6 weken (Wmo)")
    assert verslag.row(team) == (6, 0, 0, 0, 6)
    assert figures.table("acties").percent(team, 2) == pytest.approx(100 / 3)


def test_terms_late_running_and_stopped() -> None:
    late = [small_case(n, verslag_sent=dt.date(2026, 5, 1)) for n in range(5)]
    running = [
        small_case(10 + n, melding_date=dt.date(2026, 10, 20), verslag_sent=None) for n in range(5)
    ]
    stopped = [
        small_case(20 + n, verslag_sent=None, closed_on=dt.date(2026, 3, 20)) for n in range(5)
    ]
    overdue = [small_case(30 + n, verslag_sent=None) for n in range(5)]
    figures = M.monitor(late + running + stopped + overdue, catalogue(), YEAR, today=TODAY)
    (team,) = figures.teams
    assert figures.table("termijnen", "Verslag binnen 6 weken (Wmo)").row(team) == (
        0, 10, 5, 5, 20,
    )  # fmt: skip


def test_teams_by_coordinator_and_one_team_only() -> None:
    files = [small_case(n, "Sanne Visser") for n in range(5)]
    files += [small_case(10 + n, "Joke Mulder") for n in range(7)]
    files += [small_case(20 + n, "Iris Kok") for n in range(2)]
    figures = M.monitor(files, catalogue(), YEAR, TEAMS, today=TODAY)
    assert figures.teams == ("Team Noord", "Team Zuid", "Team Oost", "Overige dossiers")
    dossiers = figures.table("dossiers")
    assert dossiers.row("Overige dossiers") == (None, None, None)  # 2 cases
    # the total 14 and Zuid's 7 would give those 2 back: Noord's 5 is hidden as well
    assert dossiers.row("Team Noord")[-1] is None and dossiers.row("Team Zuid")[-1] == 7
    assert dossiers.row("Team Oost") == (0, 0, 0)
    assert dossiers.row(M.TOTAL)[-1] == 14
    only = M.monitor(files, catalogue(), YEAR, TEAMS, team="Team Zuid", today=TODAY)
    assert only.teams == ("Team Zuid",) and only.row_names == ("Team Zuid",)
    assert only.table("dossiers").row("Team Zuid") == (7, 0, 7)


def test_an_average_over_few_cases_is_not_shown_nor_given_back() -> None:
    files = [small_case(n, "Sanne Visser") for n in range(8)]
    files += [small_case(10 + n, "Joke Mulder") for n in range(3)]
    figures = M.monitor(files, catalogue(), YEAR, TEAMS, today=TODAY)
    rows = {team: values for team, _, values in figures.averages[0].rows}
    assert rows["Team Zuid"] == (None, None)
    # Noord's average and the total's would give Zuid's back: one of them is hidden too
    assert None in (rows["Team Noord"][0], rows[M.TOTAL][0])


# -- the demo and a generated caseload -----------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eigenkracht.demo import create_demo_database

    path = tmp_path_factory.mktemp("monitor") / "demo.db"
    create_demo_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    return path


def check_outputs(files: list[CaseFile], figures: M.Monitor) -> None:
    text = M.to_csv(figures)
    assert_no_small_or_derivable_cells(text)
    assert_nothing_personal(text, files, figures)
    pdf = render_monitor(figures)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert unembedded_fonts(pdf) == []
    page = pdf_text(pdf)
    assert "Monitor eigen kracht" in page
    assert_nothing_personal(page, files, figures)


def test_generated_caseload_leaves_no_personal_data_and_no_small_cells() -> None:
    files = generated()
    for settings in (TEAMS, ExportSettings()):
        figures = M.monitor(files, catalogue(), YEAR, settings, today=TODAY)
        assert (figures.table("dossiers").row(figures.row_names[-1])[-1] or 0) > 100
        hidden = sum(c is None for t in figures.tables for _, row in t.rows for c in row)
        shown = sum(c not in (None, 0) for t in figures.tables for _, row in t.rows for c in row)
        assert shown > 100
        if settings is TEAMS:  # the small team's figures
            assert hidden > 20
        check_outputs(files, figures)


def test_demo_through_the_command_line(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))
    repo = Repository(open_database(demo_db, PASSPHRASE))
    files = [repo.load_case(c.id) for c in repo.list_cases()]
    repo.store.close()
    base = ["export", "--db", str(demo_db), "--format", "monitor"]
    period = ["--from", "2026-01-01", "--to", "2026-12-31"]
    assert cli.main([*base, *period, "--out", str(tmp_path / "m.csv")]) == 0
    assert cli.main([*base, *period, "--pdf", "--out", str(tmp_path / "monitor.pdf")]) == 0
    out = capsys.readouterr().out
    assert "Monitor geschreven (CSV)" in out and "Monitor geschreven (PDF)" in out
    figures = M.monitor(files, catalogue(), YEAR, today=dt.date.today())
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert_no_small_or_derivable_cells(text)
    assert_nothing_personal(text, files, figures)
    pdf = (tmp_path / "monitor.pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert unembedded_fonts(pdf) == []
    assert_nothing_personal(pdf_text(pdf), files, figures)
    # logged once each, naming how many cases were read and no case
    store = open_database(demo_db, PASSPHRASE)
    try:
        rows = [e for e in audit.entries(store.db) if e.event == "cases.monitor"]
    finally:
        store.close()
    assert len(rows) == 2
    assert {(r.action, r.case_ref, r.object) for r in rows} == {("E", "", f"dossiers:{len(files)}")}


def _benchmark_builder():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
    spec = importlib.util.spec_from_file_location("eigenkracht_benchmark_run", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_generator_database_through_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _benchmark_builder()
    db = tmp_path / "bench.db"
    bench.build(db, 60, 120)
    capsys.readouterr()
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", bench.PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "bench.csv"
    argv = ["export", "--db", str(db), "--format", "monitor", "--from", "2024-01-01"]
    assert cli.main([*argv, "--to", "2026-12-31", "--out", str(out)]) == 0
    repo = Repository(open_database(db, bench.PASSPHRASE))
    files = [repo.load_case(c.id) for c in repo.list_cases()]
    repo.store.close()
    text = out.read_text(encoding="utf-8")
    assert_no_small_or_derivable_cells(text)
    period = M.Period(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert_nothing_personal(text, files, M.monitor(files, catalogue(), period))
    dossiers = [r for r in rows_of(text) if r["tabel"] == "dossiers" and r["categorie"] == "Totaal"]
    assert dossiers[0]["aantal"] == "60"
