"""A full working day without a crash: 2,000+ step changes in the real conversation view.

The driver (soak_driver.py) runs the real main window in its own process on the demo data and
clicks through the conversation of Dhr. Kerkhof: every step, edits on each, the plan step
hundreds of times, kitchen-table mode off and on, lock and unlock, then Afsluiten. On PySide6
6.12.0 this process aborted within the first hundred Doelen/Plan alternations.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eigenkracht.demo import build_demo
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

DRIVER = Path(__file__).with_name("soak_driver.py")
CHANGES = 2100


def run_soak(db: Path, changes: int) -> tuple[int, list[dict[str, Any]], dict[str, Any], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(db), PASSPHRASE, "--changes", str(changes)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
        check=False,
    )
    samples: list[dict[str, Any]] = []
    done: dict[str, Any] = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            data = json.loads(line)
            samples += [data["sample"]] if "sample" in data else []
            done = data.get("done", done)
    return result.returncode, samples, done, result.stderr


@pytest.mark.slow
def test_a_working_day_at_the_table_ends_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "soak.db"
    store = create_database(db, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(store, origin="demo"), today=dt.date(2026, 11, 9))
    store.close()

    code, samples, done, stderr = run_soak(db, CHANGES)

    assert code == 0, f"the program ended with {code}: {stderr[-3000:]}"
    assert done["changes"] >= 2000
    assert all(count >= 100 for count in done["visits"].values()), done["visits"]
    assert done["visits"]["PLAN"] >= 300
    assert done["edits"] >= 1500
    assert done["locks"] >= 4
    assert done["kitchen_toggles"] >= 20

    # Memory is flat once every step has been drawn: the last sample is within 40 MB of the
    # one at a quarter of the day (in practice within a few MB).
    quarter = samples[len(samples) // 4]
    last = samples[-1]
    assert last["rss_mb"] - quarter["rss_mb"] < 40, (quarter, last)

    # True is not losing references: 6.12.0 dropped one on every signal emission, tens of
    # thousands in this run. What holds True and False comes and goes with the views and the
    # undo history (runs saw both fall by ~1,300 together, and both grow by ~2,000), so the
    # check is one-sided and wide: True falls neither alone nor by thousands.
    def drift(key: str) -> int:
        return int(last[key]) - int(quarter[key])

    assert drift("refs_true") > -3000, (quarter, last)
    assert drift("refs_true") - drift("refs_false") > -3000, (quarter, last)
    # The number of live widgets does not grow with the day.
    assert last["widgets"] - quarter["widgets"] < 200, (quarter, last)

    # What was clicked last is in the database.
    reopened = open_database(db, PASSPHRASE)
    try:
        case_file = Repository(reopened).load_case(done["case_id"])
    finally:
        reopened.close()
    latest = next(c for c in case_file.conversations if c.id == done["conversation_id"])
    assert latest.wellbeing == done["wellbeing"]
