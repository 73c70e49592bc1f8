"""Subcommands: hand-over bundles (see commands/__init__.py, exchange/bundle.py).

    eigenkracht handover export --db DB --case REF [--case REF ...] --to NAAM --out BESTAND
        [--handed-over] [--for-database KENMERK] [--code-file BESTAND]
    eigenkracht handover import BESTAND --db DB [--take mine|theirs] [--code-file BESTAND]
    eigenkracht handover id --db DB

The code comes from --code-file, else EIGENKRACHT_OVERDRACHT_CODE, else it is asked
(twice when a bundle is made). An import of a case that exists here and differs prints
the differences and changes nothing, unless --take says which version stays.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CODE_ENV = "EIGENKRACHT_OVERDRACHT_CODE"


def _with_db(sub: Any, name: str, help_text: str, func: Callable[..., int]) -> Any:
    from eigenkracht.cli import PASSPHRASE_ENV

    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", required=True, metavar="PAD", help="de database")
    p.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        help=f"lees de wachtwoordzin uit dit bestand (of zet {PASSPHRASE_ENV})",
    )
    p.add_argument(
        "--code-file",
        metavar="BESTAND",
        help=f"lees de afgesproken code uit dit bestand (of zet {CODE_ENV})",
    )
    p.set_defaults(func=func)
    return p


def register(sub: Any, with_db: Callable[..., argparse.ArgumentParser]) -> None:
    del with_db  # the hand-over has subcommands of its own, each with --db
    help_text = "draag dossiers over aan een collega, of lees een overdracht in"
    handover = sub.add_parser("handover", help=help_text, description=help_text)
    handover.set_defaults(func=cmd_handover)
    inner = handover.add_subparsers(
        title="opdrachten", metavar="OPDRACHT", parser_class=type(handover)
    )
    export = _with_db(
        inner,
        "export",
        "maak een versleuteld overdrachtsbestand van een of meer dossiers voor een collega",
        cmd_export,
    )
    export.add_argument(
        "--case", action="append", required=True, metavar="KENMERK", help="het dossier"
    )
    export.add_argument("--to", required=True, metavar="NAAM", help="de naam van de collega")
    export.add_argument("--out", required=True, metavar="BESTAND", help="het overdrachtsbestand")
    export.add_argument(
        "--handed-over",
        action="store_true",
        help="zet bij de dossiers dat ze vandaag zijn overgedragen",
    )
    export.add_argument(
        "--for-database",
        metavar="KENMERK",
        default="",
        help="alleen in te lezen in de database met dit kenmerk (eigenkracht handover id)",
    )
    imp = _with_db(inner, "import", "lees een overdrachtsbestand van een collega in", cmd_import)
    imp.add_argument("file", metavar="BESTAND", help="het overdrachtsbestand")
    imp.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="bij een dossier dat hier al is en verschilt: mine houdt het mijne, "
        "theirs neemt het ontvangen dossier over",
    )
    _with_db(inner, "id", "toon het kenmerk van deze database", cmd_id)


def cmd_handover(args: argparse.Namespace) -> int:
    from eigenkracht.cli import UserError

    raise UserError("Kies export, import of id (eigenkracht handover --help).")


def _code(args: argparse.Namespace, confirm: bool) -> str:
    import getpass

    from eigenkracht.cli import UserError

    if args.code_file:
        try:
            value = Path(args.code_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Kan het codebestand niet lezen: {args.code_file}") from exc
    elif os.environ.get(CODE_ENV):
        value = os.environ[CODE_ENV]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass("Afgesproken code: ")
        if confirm and getpass.getpass("Nog een keer: ") != value:
            raise UserError("De twee codes zijn niet gelijk.")
    else:
        raise UserError(f"Geef de afgesproken code met --code-file of {CODE_ENV}.")
    if not value:
        raise UserError("De code is leeg.")
    return value


def cmd_export(args: argparse.Namespace) -> int:
    from eigenkracht.cli import UserError, _find, _line, _open
    from eigenkracht.exchange.bundle import code_problem

    out = Path(args.out)
    if out.exists():
        raise UserError(f"Het bestand {out.name} bestaat al; kies een andere naam.")
    code = _code(args, confirm=True)
    problem = code_problem(code)
    if problem is not None:
        raise UserError(str(problem))
    repo = _open(args)
    try:
        ids = [_find(repo, ref).id for ref in args.case]
        repo.export_bundle(
            ids,
            args.to,
            code,
            out,
            mark_handed_over=args.handed_over,
            recipient_database=args.for_database.strip().lower(),
        )
    finally:
        repo.store.close()
    count = "1 dossier" if len(ids) == 1 else f"{len(ids)} dossiers"
    print(
        f"Overdracht gemaakt: {_line(str(out))} ({count} voor {_line(args.to.strip())}). "
        "Geef de code apart door, niet samen met het bestand."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from eigenkracht.cli import UserError, _line, _open
    from eigenkracht.exchange.bundle import read_bytes, read_header
    from eigenkracht.store.repo.handover import SECTIONS

    data = read_bytes(args.file)
    header = read_header(data)  # no bundle: refused before the passphrase and the code
    repo = _open(args)
    try:
        opened = repo.read_bundle(data, _code(args, confirm=False))
        reviews = repo.review_bundle(opened)
        waiting = [r for r in reviews if not r.is_new and not r.same]
        if waiting and args.take is None:
            for review in waiting:
                print(
                    f"Dossier {_line(review.reference)} ({_line(review.household_name)}) "
                    "is hier al en verschilt:"
                )
                for diff in review.differences:
                    where = f"  {SECTIONS[diff.section]}: {_line(diff.label)}"
                    if diff.kind == "nieuw":
                        print(f"{where}: alleen in de overdracht")
                    elif diff.kind == "ontbreekt":
                        print(f"{where}: alleen hier")
                    else:
                        for f in diff.fields:
                            print(
                                f"{where}: {f.field}: hier {_line(f.mine)}; "
                                f"overdracht {_line(f.theirs)}"
                            )
            raise UserError(
                "Er is niets ingelezen; kies met --take mine (het mijne houden) of "
                "--take theirs (het ontvangen dossier overnemen)."
            )
        choices = {r.uid: args.take for r in waiting}
        repo.import_bundle(opened, choices)
    finally:
        repo.store.close()
    for review in reviews:
        if review.is_new:
            what = "ingelezen"
        elif review.same:
            what = "was hier al, gelijk"
        elif args.take == "theirs":
            what = "overgenomen uit de overdracht"
        else:
            what = "het eigen dossier is gehouden"
        print(f"Dossier {_line(review.reference)}: {what}.")
    print(f"Overdracht van {_line(header.sender)} voor {_line(header.recipient)} verwerkt.")
    return 0


def cmd_id(args: argparse.Namespace) -> int:
    from eigenkracht.cli import _open

    repo = _open(args)
    try:
        print(repo.database_uid())
    finally:
        repo.store.close()
    return 0
