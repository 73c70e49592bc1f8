"""Measure the budgets of design.md and print a table.

    .venv/bin/python benchmarks/run.py [--cases 10000] [--notes 100000] [--fresh]

Start-up: `eigenkracht` to its first window (the unlock dialog) against a bare
PySide6 window, each started as a new process, offscreen, median of several runs.
Store: a generated encrypted database of 10,000 cases and 100,000 notes (kept in
benchmarks/out/ and reused; --fresh rebuilds it), with default Argon2id settings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    Case,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    Ring,
    Sector,
)
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository

OUT = Path(__file__).parent / "out"
PASSPHRASE = "benchmark passphrase"
DOMAINS = [
    domain.key
    for instrument in bundled_instruments()
    if instrument.id == "leefgebieden"
    for domain in instrument.domains
]
FIRST = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gerrit", "Hamid", "Ilse", "Joost"]
LAST = ["Bakker", "de Vries", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]
LAST += ["Yilmaz", "El Idrissi", "Peters", "Hendriks", "van Dijk", "Kok", "Dekker"]
WORDS = ["huur", "schuld", "post", "brieven", "werk", "school", "zorg", "buurvrouw", "dochter"]
WORDS += ["zoon", "dagbesteding", "huishouden", "boodschappen", "eenzaam", "medicijnen"]
WORDS += ["afspraak", "formulier", "toeslag", "budget", "vrijwilliger", "buurthuis", "sport"]
WORDS += ["taalles", "inkomen", "uitkering", "schoonmaken", "koken"]


def note(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))).capitalize() + "."


def build(path: Path, n_cases: int, n_notes: int) -> None:
    rng = random.Random(7)
    store = create_database(path, PASSPHRASE, worker="bench")
    repo = Repository(store, origin="benchmark")
    per_case = max(1, n_notes // n_cases)
    started = time.perf_counter()
    with store.transaction():
        big = repo.create_case(Case(reference="BENCH-00000", household_name="Fam. Groot"))
        cid = big.case.id
        assert cid is not None
        people = [
            repo.add_person(
                NetworkPerson(
                    case_id=cid,
                    name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    ring=rng.choice(list(Ring)),
                    sector=rng.choice(list(Sector)),
                    helps=[NetworkHelp(rng.choice(DOMAINS))],
                )
            )
            for _ in range(30)
        ]
        for i in range(20):
            conv = repo.add_conversation(
                Conversation(
                    case_id=cid,
                    date=dt.date(2024, 1, 1) + dt.timedelta(days=30 * i),
                    kind=ConversationKind.PROGRESS,
                    notes=note(rng),
                    wellbeing=5,
                )
            )
            assert conv.id is not None
            for perspective in Perspective:
                repo.add_assessment(
                    Assessment(
                        conv.id,
                        "leefgebieden",
                        "1.0",
                        perspective,
                        scores=[
                            DomainScore(d, rng.randint(1, 5), situation=note(rng)) for d in DOMAINS
                        ],
                    )
                )
        for i in range(20):
            repo.add_goal(
                Goal(
                    case_id=cid,
                    domain=DOMAINS[i % 13],
                    text=note(rng),
                    actions=[
                        Action(
                            goal_id=0,
                            what=note(rng),
                            actor_kind=kind,
                            network_person_id=people[i].id if kind == "netwerk" else None,
                        )
                        for kind in (ActorKind.SELF, ActorKind.NETWORK)
                    ],
                )
            )
        for n in range(1, n_cases):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            cf = repo.create_case(
                Case(
                    reference=f"BENCH-{n:05d}",
                    household_name=f"Fam. {name.split(' ', 1)[1]}",
                    melding_date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300)),
                ),
                [Member(case_id=0, name=name)],
            )
            assert cf.case.id is not None
            for j in range(per_case):
                repo.add_conversation(
                    Conversation(
                        case_id=cf.case.id,
                        date=dt.date(2025, 1, 1) + dt.timedelta(j * 20),
                        notes=note(rng),
                    )
                )
    store.close()
    print(
        f"  generated {n_cases} cases / {n_cases * per_case} notes "
        f"in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def first_window_ms(codes: list[str], runs: int) -> list[float]:
    """Median start-to-first-window time of each program, runs interleaved so that a
    busy moment of the machine hits both alike."""
    # An installed program has its bytecode compiled (pip does it); so does this measurement,
    # even where PYTHONDONTWRITEBYTECODE is set.
    import compileall

    import eigenkracht

    compileall.compile_dir(Path(eigenkracht.__file__).parent, quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples: list[list[float]] = [[] for _ in codes]
    for _ in range(runs):
        for index, code in enumerate(codes):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
            samples[index].append((time.perf_counter() - t) * 1000)
    return [statistics.median(s) for s in samples]


BARE = """
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QWidget(); w.resize(400, 300); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
# The real `eigenkracht` start (cli.main), closing the unlock dialog as soon as it shows.
EIGENKRACHT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import eigenkracht.ui.app as app_module
create = app_module.create_application
def create_and_close(*args, **kwargs):
    app = create(*args, **kwargs)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    return app
app_module.create_application = create_and_close
from eigenkracht.cli import main
sys.exit(main())  # as the program: with the start's hardening and clean-up (startup.py)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--startup-runs", type=int, default=15, help="0 skips start-up")
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []

    if args.startup_runs:
        bare, ours = first_window_ms([BARE, EIGENKRACHT], args.startup_runs)
        rows.append(("start to first window (bare PySide6)", f"{bare:.0f} ms", "", ""))
        rows.append(
            (
                "start to first window (eigenkracht)",
                f"{ours:.0f} ms",
                f"{ours / bare:.2f} x bare",
                "<= 1.5 x",
            )
        )

    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{args.cases}-{args.notes}.db"
    if args.fresh:
        for old in OUT.glob(path.name + "*"):
            old.unlink()
    if not path.exists():
        build(path, args.cases, args.notes)

    t = time.perf_counter()
    store = open_database(path, PASSPHRASE, worker="bench")
    repo = Repository(store, origin="benchmark")
    cases = repo.list_cases()
    unlock = (time.perf_counter() - t) * 1000
    rows.append((f"unlock to case list ({len(cases)} cases)", f"{unlock:.0f} ms", "", "< 500 ms"))

    queries = ["ba", "bakker", "jans", "dagbest", "schuld huur", "el idrissi", "vrijwilliger post"]
    search = [s for q in queries for s in timed(lambda q=q: repo.search(q), 5)]
    rows.append(
        (
            "search query (median / max)",
            f"{statistics.median(search):.1f} / {max(search):.1f} ms",
            "",
            "< 20 ms",
        )
    )

    conv_id = repo.load_case(cases[5].id).conversations[0].id
    assert conv_id is not None
    counter = iter(range(10_000))
    saves = timed(lambda: repo.update(Conversation, conv_id, notes=f"edit {next(counter)}"), 200)
    rows.append(
        (
            "save one field (median / p95)",
            f"{statistics.median(saves):.2f} / {sorted(saves)[189]:.2f} ms",
            "",
            "< 5 ms",
        )
    )

    big = repo.find_case("BENCH-00000")
    assert big is not None and big.id is not None
    big_id = big.id
    loads = timed(lambda: repo.load_case(big_id), 20)
    rows.append(
        (
            "open a case with 20 conversations (median)",
            f"{statistics.median(loads):.1f} ms",
            "",
            "< 100 ms",
        )
    )
    store.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'measured':>18}  {'ratio':>12}  budget")
    for what, value, ratio, budget in rows:
        print(f"{what:<{width}}  {value:>18}  {ratio:>12}  {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
