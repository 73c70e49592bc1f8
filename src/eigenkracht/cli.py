"""The command line: a thin front over the store operations (design.md).

Exit codes: 0 success; 1 a user error or a problem found, with one Dutch line
on stderr, never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from eigenkracht import __version__

PASSPHRASE_ENV = "EIGENKRACHT_PASSPHRASE"

# argparse's own words, in Dutch.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "expected one argument": "hier hoort één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "show program's version number and exit": "toon het versienummer en stop",
}


def _nl(text: str) -> str:
    return _ARGPARSE_NL.get(text, text)


class UserError(Exception):
    """Bad input: reported as one line, exit code 1."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(1, f"eigenkracht: {message}\n")


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                f"Kan het wachtwoordbestand niet lezen: {args.passphrase_file}"
            ) from exc
        value = text.rstrip("\r\n")
    elif os.environ.get(PASSPHRASE_ENV):
        value = os.environ[PASSPHRASE_ENV]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass("Wachtwoordzin: ")
        if confirm and getpass.getpass("Nog een keer: ") != value:
            raise UserError("De twee wachtwoordzinnen zijn niet gelijk.")
    else:
        raise UserError(f"Geef de wachtwoordzin via {PASSPHRASE_ENV} of --passphrase-file.")
    if not value:
        raise UserError("De wachtwoordzin is leeg.")
    return value


def _open(args: argparse.Namespace, origin: str = "opdrachtregel", migrate: bool = True):  # type: ignore[no-untyped-def]
    from eigenkracht.store.database import open_database
    from eigenkracht.store.repository import Repository

    store = open_database(args.db, _passphrase(args), migrate=migrate)
    return Repository(store, origin=origin)


def _find(repo, reference: str):  # type: ignore[no-untyped-def]
    case = repo.find_case(reference)
    if case is None:
        raise UserError(f"Er is geen dossier met kenmerk {reference}.")
    return case


def cmd_demo(args: argparse.Namespace) -> int:
    from eigenkracht.demo import create_demo_database

    refs = create_demo_database(Path(args.db), _passphrase(args, confirm=True))
    print(f"Demodatabase gemaakt: {args.db} ({len(refs)} huishoudens)")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    repo = _open(args)
    try:
        cases = repo.list_cases()
        if args.search is not None:
            hits = set(repo.search(args.search))
            cases = [c for c in cases if c.id in hits]
        for case in cases:
            print(f"{case.reference}\t{case.household_name}\t{case.status}")
    finally:
        repo.store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from eigenkracht.store import audit

    repo = _open(args, migrate=False)
    try:
        problems = repo.store.integrity_problems()
        report = audit.verify(repo.db)
    finally:
        repo.store.close()
    if problems:
        print(f"Database: {len(problems)} probleem/problemen gevonden:")
        for problem in problems[:20]:
            print(f"  {problem}")
    else:
        print("Database: in orde.")
    if report.ok:
        print(f"Logboek: {report.rows} rijen, de keten is in orde.")
    else:
        print(f"Logboek: de keten is verbroken bij rij {report.broken_at}: {report.problem}.")
    return 0 if report.ok and not problems else 1


def cmd_export(args: argparse.Namespace) -> int:
    from eigenkracht.exchange import inzage
    from eigenkracht.store import audit
    from eigenkracht.store.database import now_iso

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"De map {out.parent} bestaat niet.")
    repo = _open(args)
    try:
        case = _find(repo, args.case)
        case_file = repo.load_case(case.id)
        repo.log_export(case.id, "export")
        document = inzage.build(case_file, audit.entries(repo.db, case.reference), now_iso())
    finally:
        repo.store.close()
    _write_atomically(out, inzage.dumps(document))
    print(f"Geëxporteerd: {case.reference} naar {out}")
    return 0


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Kan niet schrijven naar {path}: {exc.strerror}") from exc


def cmd_instruments(args: argparse.Namespace) -> int:
    from eigenkracht.core import instruments

    if args.validate:
        instrument = instruments.load_instrument(Path(args.validate))
        print(
            f"Geldig: {instrument.id} versie {instrument.version}, "
            f"{len(instrument.domains)} onderdelen, licentie: {instrument.licence}"
        )
        return 0
    found, errors = instruments.load_all(instruments.user_instrument_dir())
    for instrument in found:
        print(
            f"{instrument.id}\t{instrument.version}\t{instrument.name}\t"
            f"{instrument.licence}\t{instrument.source}"
        )
    for error in errors:
        print(f"Overgeslagen: {error}", file=sys.stderr)
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    from eigenkracht.ui.app import run

    return run(db=Path(args.db) if args.db else None, demo=args.demo)


def build_parser() -> Parser:
    argparse._ = _nl  # type: ignore[attr-defined]
    parser = Parser(
        prog="eigenkracht",
        description="Het keukentafelgesprek en het ondersteuningsplan. "
        "Zonder opdracht start het programma.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"eigenkracht {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument("--demo", action="store_true", help="start op een nieuwe demodatabase")
    parser.add_argument("--db", metavar="PAD", help="open deze database bij het starten")
    parser.set_defaults(func=cmd_start)
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT", parser_class=Parser)

    def with_db(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Parser:
        p: Parser = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", required=True, metavar="PAD", help="de database")
        p.add_argument(
            "--passphrase-file",
            metavar="BESTAND",
            help=f"lees de wachtwoordzin uit dit bestand (of zet {PASSPHRASE_ENV})",
        )
        p.set_defaults(func=func)
        return p

    with_db("demo", "maak een demodatabase met verzonnen huishoudens", cmd_demo)
    cases = with_db("cases", "toon de kenmerken en namen van de huishoudens", cmd_cases)
    cases.add_argument("--search", metavar="TEKST", help="alleen dossiers met deze tekst")
    with_db("check", "controleer de database en de keten van het logboek", cmd_check)
    export = with_db("export", "exporteer een heel dossier als JSON (inzage)", cmd_export)
    export.add_argument("--case", required=True, metavar="KENMERK", help="het dossier")
    export.add_argument("--out", required=True, metavar="BESTAND.json", help="het doelbestand")
    inst = sub.add_parser(
        "instruments", help="toon de instrumenten of controleer een instrumentbestand"
    )
    inst.add_argument("--validate", metavar="BESTAND", help="controleer dit TOML-bestand")
    inst.set_defaults(func=cmd_instruments)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
        return result
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("Afgebroken.")
    except Exception as exc:  # noqa: BLE001 - classify by whose fault it is
        return _fail(_user_message(exc))


def _user_message(exc: Exception) -> str:
    from eigenkracht.core.instruments import InstrumentError
    from eigenkracht.store.database import StoreError

    if isinstance(exc, StoreError | InstrumentError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"Bestandsfout: {exc.strerror or exc}"
    raise exc


def _fail(message: str) -> int:
    print(f"eigenkracht: {message}", file=sys.stderr)
    return 1
