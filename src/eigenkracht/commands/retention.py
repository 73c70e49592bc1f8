"""Subcommands: retention (see commands/__init__.py).

    eigenkracht retention --db DB [--today JJJJ-MM-DD]
        the cases past their retention or handed over, one line each; nothing is removed
    eigenkracht retention --db DB --remove KENMERK [--yes]
        remove that case (Repository.remove_case); without --yes one line saying what
        would be removed, and nothing is

The years come from the organisation file's [retention] section (exchange/organisation.py,
docs/retention.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from eigenkracht.core.model import CaseKind
from eigenkracht.core.retention import CaseRetention, reason_text

KIND = {CaseKind.WMO: "Wmo", CaseKind.JEUGD: "Jeugdwet"}


def register(sub: Any, with_db: Callable[..., argparse.ArgumentParser]) -> None:
    p = with_db(
        "retention",
        "toon de dossiers waarvan de bewaartermijn voorbij is of die zijn overgedragen; "
        "verwijder er een met --remove en --yes",
        cmd_retention,
    )
    p.add_argument(
        "--today",
        metavar="JJJJ-MM-DD",
        help="reken met deze dag als vandaag (standaard: vandaag)",
    )
    p.add_argument(
        "--remove",
        metavar="KENMERK",
        help="verwijder dit dossier van deze computer (alleen met --yes; alleen een dossier "
        "uit de lijst)",
    )
    p.add_argument(
        "--yes", action="store_true", help="ja, verwijder het dossier echt (kan niet terug)"
    )


def state_text(line: CaseRetention) -> str:
    """Why the case is on the list, in Dutch."""
    parts = []
    if line.past and line.end is not None:
        parts.append(f"bewaartermijn voorbij (bewaren tot {line.end.isoformat()})")
    elif line.end is not None:
        parts.append(f"bewaren tot {line.end.isoformat()}")
    else:
        parts.append("dossier loopt nog")
    if line.handed_over_on is not None:
        to = f" aan {line.handed_over_to}" if line.handed_over_to else ""
        parts.append(f"overgedragen op {line.handed_over_on.isoformat()}{to}")
    return "; ".join(parts)


def cmd_retention(args: argparse.Namespace) -> int:
    from eigenkracht.cli import UserError, _export_date, _line, _open
    from eigenkracht.exchange import organisation

    today = _export_date(args.today, "--today") or dt.date.today()
    if args.yes and not args.remove:
        raise UserError("--yes hoort bij --remove KENMERK.")
    policy = organisation.load().retention
    repo = _open(args)
    try:
        if args.remove is not None:
            return _remove(repo, args.remove, args.yes, today, policy)
        lines = repo.removable_cases(today, policy)
        if not lines:
            print("Geen dossiers voorbij de bewaartermijn en geen overgedragen dossiers.")
            return 0
        for line in lines:
            print(
                "\t".join(
                    (
                        _line(line.reference),
                        _line(line.household_name),
                        KIND[line.case_kind],
                        _line(state_text(line)),
                        reason_text(line.retention),
                    )
                )
            )
        which = "1 dossier kan" if len(lines) == 1 else f"{len(lines)} dossiers kunnen"
        print(f"{which} worden verwijderd; er is niets verwijderd.")
    finally:
        repo.store.close()
    return 0


def _remove(repo: Any, reference: str, yes: bool, today: dt.date, policy: Any) -> int:
    from eigenkracht.cli import UserError, _find, _line

    case = _find(repo, reference)
    line = repo.case_retention(case.id, today, policy)
    what = f"{_line(case.reference)} ({_line(case.household_name)})"
    if line is None or not line.removable:
        end = line.end.isoformat() if line is not None and line.end is not None else None
        until = f"bewaren tot {end}" if end else "het dossier loopt nog"
        raise UserError(
            f"{what} is niet voorbij de bewaartermijn en niet overgedragen ({until}); "
            "er is niets verwijderd."
        )
    if not yes:
        raise UserError(
            f"Niets verwijderd. Met --yes wordt {what} definitief van deze computer "
            f"verwijderd ({_line(state_text(line))})."
        )
    repo.remove_case(case.id)
    print(f"Verwijderd: {what}. In het logboek staat alleen het kenmerk.")
    return 0
