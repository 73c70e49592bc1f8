"""A working day at the table: memory and the singletons' reference counts over 2,000+ step
changes in the real main window (design.md: "a full working day ... no crash, memory flat").

    .venv/bin/python benchmarks/soak.py [--changes 2100] [--seed 9]

Runs tests/e2e/soak_driver.py in its own process on a fresh demo database (Dhr. Kerkhof's
conversation: every step with edits, Doelen/Plan alternated hundreds of times, kitchen-table
mode off and on every 150 changes, lock and unlock every 400) and prints one row per 100
changes, then the totals and the exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "e2e" / "soak_driver.py"
PASSPHRASE = "benchmark soak passphrase"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=2100)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()

    from eigenkracht.demo import build_demo
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "soak.db"
        store = create_database(db, PASSPHRASE)
        build_demo(Repository(store, origin="demo"), today=dt.date(2026, 11, 9))
        store.close()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        start = time.monotonic()
        command = [sys.executable, str(DRIVER), str(db), PASSPHRASE]
        command += ["--changes", str(args.changes), "--seed", str(args.seed)]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        wall = time.monotonic() - start

    print(
        f"{'changes':>8} {'s':>7} {'RSS MB':>8} {'True':>7} {'False':>7} {'None':>8} "
        f"{'objects':>8} {'widgets':>8}"
    )
    done = None
    for line in result.stdout.splitlines():
        if not line.startswith("{"):
            continue
        data = json.loads(line)
        if "sample" in data:
            s = data["sample"]
            print(
                f"{s['changes']:>8} {s['seconds']:>7} {s['rss_mb']:>8} {s['refs_true']:>7} "
                f"{s['refs_false']:>7} {s['refs_none']:>8} {s['objects']:>8} {s['widgets']:>8}"
            )
        done = data.get("done", done)
    if done:
        print(
            f"\n{done['changes']} step changes ({done['refused']} refused by a page and then "
            f"forced), {done['edits']} edits, {done['locks']} lock/unlock, "
            f"{done['kitchen_toggles']} kitchen-table switches; visits {done['visits']}"
        )
    print(f"exit code {result.returncode}, {wall:.0f} s in all")
    if result.returncode != 0:
        print(result.stderr[-3000:])
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
