"""Hand-over bundle of the largest demo case (issue 15: export and import < 1 s).

    .venv/bin/python benchmarks/bundle.py [--runs 5]

Builds the demo database (the sender) and an empty one (the receiver) in a temporary
folder, picks the demo case with the most records, and measures, each a few times:
the export (reading the case, its uids, network versions and audit rows, Argon2id with
the default cost, packing, sealing, writing the file and the audit rows), and the import
into the receiver (reading and checking the bundle with Argon2id, the review, taking
the case in whole), then the import of the same case again over the one that is there
(review with every difference, replacing it: "theirs").
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from eigenkracht.demo import build_demo
from eigenkracht.store.crypto import KdfParams
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository

PASSPHRASE = "benchmark van de overdracht"
CODE = "zonnebloem 42"


def _records(repo: Repository, case_id: int) -> int:
    cf = repo.load_case(case_id)
    return (
        len(cf.members)
        + len(cf.conversations)
        + sum(1 + len(a.scores) for a in cf.assessments)
        + sum(1 + len(p.helps) for p in cf.network)
        + sum(1 + len(g.actions) for g in cf.goals)
        + sum(1 + len(p.signatures) for p in cf.plans)
        + len(cf.own_plans)
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cheap_db = KdfParams.new(time_cost=1, memory_cost_kib=8)  # the databases' own key files
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sender_store = create_database(
            root / "zender.db", PASSPHRASE, worker="bench", kdf_params=cheap_db
        )
        receiver_store = create_database(
            root / "ontvanger.db", PASSPHRASE, worker="bench", kdf_params=cheap_db
        )
        try:
            sender = Repository(sender_store, origin="benchmark")
            receiver = Repository(receiver_store, origin="benchmark")
            build_demo(sender)
            sizes = {s.id: _records(sender, s.id) for s in sender.list_cases()}
            case_id = max(sizes, key=lambda k: sizes[k])
            reference = sender.get_case(case_id).reference
            exports: list[float] = []
            for n in range(args.runs):
                out = root / f"overdracht-{n}.ekb"
                started = time.perf_counter()
                sender.export_bundle([case_id], "Collega", CODE, out)
                exports.append(time.perf_counter() - started)
            data = out.read_bytes()
            imports: list[float] = []
            replaces: list[float] = []
            for _ in range(args.runs):
                started = time.perf_counter()
                opened = receiver.read_bundle(data, CODE)
                (review,) = receiver.review_bundle(opened)
                if review.is_new:
                    receiver.import_bundle(opened)
                    imports.append(time.perf_counter() - started)
                else:
                    receiver.import_bundle(opened, {review.uid: "theirs"})
                    replaces.append(time.perf_counter() - started)
        finally:
            sender_store.close()
            receiver_store.close()
    print(
        f"largest demo case: {reference}, {sizes[case_id]} records, "
        f"bundle {len(data) / 1024:.0f} kB"
    )
    print(
        f"export (median / max of {args.runs}): "
        f"{statistics.median(exports):.2f} / {max(exports):.2f} s  (budget < 1 s)"
    )
    print(f"import as a new case: {imports[0]:.2f} s  (budget < 1 s)")
    if replaces:
        print(
            f"import over the existing case, theirs (median / max of {len(replaces)}): "
            f"{statistics.median(replaces):.2f} / {max(replaces):.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
