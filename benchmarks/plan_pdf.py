"""Measure the plan PDF budget of design.md: the full plan of the largest demo household
(Fam. Bakker: 13 life domains, 28 people on the network map, 20 goals, both charts) in
under 1 s, in-process.

    .venv/bin/python benchmarks/plan_pdf.py [--runs 7] [--out plan.pdf]

Prints the first render (which also imports reportlab and matplotlib) and the median
and spread of the following renders of the draft and of the signed version, with the
time per step.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 9)
CASE = "EK-2026-0002"
BUDGET_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, help="also write the draft PDF here")
    args = parser.parse_args()

    from eigenkracht.core.instruments import bundled_instruments
    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository

    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    with tempfile.TemporaryDirectory() as folder:
        store = create_database(
            Path(folder) / "demo.db", "benchmark", kdf_params=KdfParams.new(1, 8)
        )
        repo = Repository(store, origin="benchmark")
        build_demo(repo, today=TODAY)
        case = repo.find_case(CASE)
        assert case is not None and case.id is not None
        case_file = repo.load_case(case.id)
        draft = repo.draft_plan(case.id)
        case_file = repo.load_case(case.id)
        signed = next(p for p in case_file.plans if p.signatures)
        store.close()

    steps: dict[str, float] = {}
    clock = [time.perf_counter()]
    current = [""]

    def progress(_fraction: float, text: str) -> None:
        """Each call starts a step: the time since the last call belongs to that one."""
        now = time.perf_counter()
        if current[0]:
            steps[current[0]] = steps.get(current[0], 0.0) + now - clock[0]
        clock[0] = now
        current[0] = text

    start = time.perf_counter()
    from eigenkracht.report.plan_pdf import render_version

    pdf = render_version(draft, instrument, case_file=case_file, today=TODAY)
    first = time.perf_counter() - start
    if args.out:
        args.out.write_bytes(pdf)

    def measure(plan: object) -> list[float]:
        times = []
        for _ in range(args.runs):
            clock[0] = begin = time.perf_counter()
            current[0] = ""
            render_version(
                plan,  # type: ignore[arg-type]
                instrument,
                case_file=case_file,
                today=TODAY,
                progress=progress,
            )
            times.append(time.perf_counter() - begin)
        return times

    steps.clear()
    drafts = measure(draft)
    draft_steps = {k: v / args.runs for k, v in steps.items()}
    steps.clear()
    signs = measure(signed)

    print(f"plan PDF of {CASE} ({len(pdf) // 1024} KiB, {len(case_file.network)} people,")
    print(f"  {len(case_file.goals)} goals); budget {BUDGET_S:.1f} s")
    print(f"first render (imports reportlab, matplotlib): {first:.3f} s")
    for name, times in (("draft", drafts), ("signed (from snapshot)", signs)):
        median = statistics.median(times)
        verdict = "ok" if median < BUDGET_S else "OVER BUDGET"
        print(
            f"{name:24s} median {median:.3f} s  min {min(times):.3f}  max {max(times):.3f}"
            f"  ({median / BUDGET_S:.2f} x budget, {verdict})"
        )
    print("steps of the draft (mean):")
    for text, seconds in draft_steps.items():
        print(f"  {text:32s} {seconds:.3f} s")
    return 0 if statistics.median(drafts) < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
