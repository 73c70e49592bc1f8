"""The command line: a thin front over the store operations (design.md).

Exit codes: 0 success; 1 a user error or a problem found, with one Dutch line
on stderr, never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from eigenkracht import __version__
from eigenkracht.core.errors import UserFacingError, os_problem, write_problem

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
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "optie %(argument_name)s: %(message)s",
}


def _nl(text: str) -> str:
    return _ARGPARSE_NL.get(text, text)


class UserError(UserFacingError):
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
    print(f"Demodatabase gemaakt: {_line(args.db)} ({len(refs)} huishoudens)")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    repo = _open(args)
    try:
        cases = repo.list_cases()
        if args.search is not None:
            hits = set(repo.search(args.search))
            cases = [c for c in cases if c.id in hits]
        for case in cases:
            print(f"{_line(case.reference)}\t{_line(case.household_name)}\t{case.status}")
    finally:
        repo.store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity of the file, the hash chain of the access log, and the log against its
    anchor file (store/anchor.py). Writes nothing to the database or the anchor file;
    with --log-out it also writes the whole access log to a file."""
    from eigenkracht.store import anchor, audit
    from eigenkracht.store.database import now_iso

    log_out = Path(args.log_out) if args.log_out else None
    if log_out is not None and not log_out.parent.is_dir():
        raise UserError(f"De map {log_out.parent} bestaat niet.")
    repo = _open(args, migrate=False)
    repo.store.anchor_on_close = False  # a check only reads: it anchors nothing
    found: anchor.AnchorFile | None = None
    try:
        problems = repo.store.integrity_problems()
        report = audit.verify(repo.db)
        try:
            found = anchor.read(repo.store.path)
        except OSError:
            found = None
        anchored = anchor.compare(repo.db, found) if found is not None else None
        fmt = "json" if log_out is not None and log_out.suffix.lower() == ".json" else "csv"
        log_text = audit.log_document(repo.db, now_iso(), fmt) if log_out else None
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
    name = anchor.anchor_path(Path(args.db)).name
    if anchored is None:
        print(f"Anker: het ankerbestand {name} kan niet worden gelezen.")
    else:
        for warning in anchored.warnings:
            print(f"Anker: {warning}.")
        highest = anchored.file.highest
        if not anchored.ok:
            print(f"Anker: {anchored.problem}.")
        elif highest is not None:
            print(
                f"Anker: {len(anchored.file.anchors)} vastlegging(en) in {name}, de laatste "
                f"t/m rij {highest.id}; het logboek klopt daarmee."
            )
    if log_out is not None and log_text is not None:
        text, count = log_text
        _write_bytes_atomically(log_out, text.encode("utf-8"))
        print(f"Logboek geschreven: {count} rijen naar {_line(str(log_out))}")
    anchors_ok = anchored is not None and anchored.ok
    return 0 if report.ok and not problems and anchors_ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    """The formats of `eigenkracht export`: the inzage (default), the GGM export of one
    case or a selection, the anonymous monitor of all cases (docs/export-format.md).
    Options that do not belong to the format are refused before anything is opened."""
    out = Path(args.out)
    fmt = _export_options(args, out)
    if not out.parent.is_dir():
        raise UserError(f"De map {out.parent} bestaat niet.")
    if args.format == "ggm":
        return _export_ggm(args, out)
    if args.format == "monitor":
        return _export_monitor(args, out, fmt)
    return _export_inzage(args, out, args.case[0])


# Options of `export` that belong to one format only.
_MONITOR_OPTIONS = {"date_from": "--from", "date_to": "--to", "team": "--team"}
_MONITOR_OPTIONS |= {"csv": "--csv", "pdf": "--pdf"}


def _export_options(args: argparse.Namespace, out: Path) -> str:
    """Refuse options that do not fit the format, with one Dutch line; for the monitor,
    its output ("csv" or "pdf", from --csv/--pdf or the file's suffix)."""
    cases = args.case or []
    given = [flag for name, flag in _MONITOR_OPTIONS.items() if getattr(args, name)]
    if args.format != "monitor" and given:
        raise UserError(f"{given[0]} hoort bij --format monitor.")
    if args.all_cases and args.format != "ggm":
        raise UserError("--all-cases hoort bij --format ggm.")
    if args.format == "inzage":
        if not cases:
            raise UserError("Geef met --case het kenmerk van het dossier.")
        if len(cases) > 1:
            raise UserError("Een inzage gaat over één dossier: geef --case één keer.")
        return "json"
    if args.format == "ggm":
        if not cases and not args.all_cases:
            raise UserError("Geef met --case het dossier (of meer), of kies --all-cases.")
        if cases and args.all_cases:
            raise UserError("Kies --case of --all-cases, niet allebei.")
        return "json"
    if cases:
        raise UserError("De monitor telt alle dossiers: laat --case weg (een team: --team).")
    if args.pseudonymise:
        raise UserError("--pseudonymise hoort niet bij de monitor: die noemt niemand.")
    if args.csv and args.pdf:
        raise UserError("Kies --csv of --pdf, niet allebei.")
    suffix = out.suffix.lower().lstrip(".")
    chosen = "csv" if args.csv else "pdf" if args.pdf else suffix
    if chosen not in ("csv", "pdf"):
        raise UserError("Kies --csv of --pdf, of geef een bestand dat op .csv of .pdf eindigt.")
    if suffix in ("csv", "pdf") and suffix != chosen:
        raise UserError(f"Het bestand eindigt op .{suffix}, maar u vraagt --{chosen}.")
    return chosen


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _export_date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):  # fromisoformat also takes 20261203 and 2026-W49
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag}: geen geldige datum; schrijf die als JJJJ-MM-DD.") from None


def _export_ggm(args: argparse.Namespace, out: Path) -> int:
    """The GGM export (exchange/ggm.py) of the cases asked for; each case's export is
    logged (action E)."""
    from eigenkracht.exchange import ggm, organisation
    from eigenkracht.store.database import now_iso

    settings = organisation.load()
    repo = _open(args)
    try:
        if args.all_cases:
            ids = [c.id for c in repo.list_cases()]
        else:
            ids = [_find(repo, reference).id for reference in dict.fromkeys(args.case)]
        files = [repo.load_case(case_id) for case_id in ids]
        document = ggm.build(files, repo.catalogue(), now_iso(), settings=settings)
        for case_file in files:
            assert case_file.case.id is not None
            repo.log_export(case_file.case.id, "export")
    finally:
        repo.store.close()
    _write_atomically(out, ggm.dumps(document))
    which = _line(files[0].case.reference) if len(files) == 1 else f"{len(files)} dossiers"
    print(f"GGM-export geschreven: {which} naar {_line(str(out))}")
    return 0


def _export_monitor(args: argparse.Namespace, out: Path, fmt: str) -> int:
    """The anonymous monitor of all cases (exchange/monitor.py) as CSV or a one-page
    PDF; one audit row names how many cases it counted, no case."""
    from eigenkracht.exchange import monitor, organisation

    today = dt.date.today()
    start = _export_date(args.date_from, "--from") or dt.date(today.year, 1, 1)
    end = _export_date(args.date_to, "--to") or today
    if start > end:
        raise UserError("De periode klopt niet: --from ligt na --to.")
    settings = organisation.load()
    if args.team is not None and args.team not in settings.team_names():
        names = ", ".join(settings.team_names())
        raise UserError(f"Er is geen team '{args.team}'. De teams zijn: {names}.")
    repo = _open(args)
    try:
        files = [repo.load_case(c.id) for c in repo.list_cases()]
        figures = monitor.monitor(
            files,
            repo.catalogue(),
            monitor.Period(start, end),
            settings,
            team=args.team,
            today=today,
        )
        repo.log_aggregate_export("monitor", len(files))
    finally:
        repo.store.close()
    if fmt == "pdf":
        from eigenkracht.report.monitor_pdf import render_monitor

        _write_bytes_atomically(out, render_monitor(figures))
    else:
        _write_atomically(out, monitor.to_csv(figures))
    print(
        f"Monitor geschreven ({fmt.upper()}): {figures.period.label()}, "
        f"{'1 team' if len(figures.teams) == 1 else f'{len(figures.teams)} teams'}, "
        f"naar {_line(str(out))}"
    )
    return 0


def _export_inzage(args: argparse.Namespace, out: Path, reference: str) -> int:
    from eigenkracht.exchange import inzage
    from eigenkracht.exchange.inzage_summary import summary_path, write_summary

    repo = _open(args)
    try:
        case = _find(repo, reference)
        made = inzage.export_case(repo, case.id, pseudonymise=args.pseudonymise)
    finally:
        repo.store.close()
    text = inzage.dumps(made.document)
    _write_atomically(out, text)
    # the citizen's summary beside it, made from the file itself (exchange/inzage_summary.py)
    summary = summary_path(out)
    write_summary(inzage.loads(text), summary)
    print(f"Geëxporteerd: {_line(case.reference)} naar {_line(str(out))}")
    print(f"Leesversie voor de inwoner: {_line(str(summary))}")
    for missing in made.missing:
        print(
            f"Let op: de definitie van instrument {_line(missing)} ontbreekt (niet "
            "geïnstalleerd en niet bewaard); de export zegt dat bij dat instrument."
        )
    return 0


def _write_atomically(path: Path, text: str) -> None:
    _write_bytes_atomically(path, text.encode("utf-8"))


def cmd_report(args: argparse.Namespace) -> int:
    import datetime as dt

    from eigenkracht.core.plan import working_version
    from eigenkracht.core.privacy import print_pseudonymised
    from eigenkracht.report.plan_pdf import render_version

    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"De map {out.parent} bestaat niet.")
    repo = _open(args)
    try:
        case = _find(repo, args.case)
        case_file = repo.load_case(case.id)
        # every assessment's instrument by its id and version: installed (bundled and
        # the user folder) or, when its file is gone, the definition kept with the data
        catalogue = repo.catalogue()
        plans = case_file.plans
        if args.version is not None:
            plan = next((p for p in plans if p.number == args.version), None)
            if plan is None:
                raise UserError(f"Dossier {case.reference} heeft geen planversie {args.version}.")
        else:
            # the plan as it would be signed now (core.plan.working_version): after a
            # change since signing, the next version as a draft; never stored here
            plan = working_version(case_file, catalogue, today=dt.date.today())
        pdf = render_version(
            plan,
            catalogue,
            case_file=case_file,
            pseudonymise=print_pseudonymised(case, args.pseudonymise),
            log_head=repo.log_head(),
        )
        repo.log_export(case.id, "print")
    finally:
        repo.store.close()
    _write_bytes_atomically(out, pdf)
    print(
        f"Plan geschreven: {_line(case.reference)}, versie {plan.number} ({plan.status}) "
        f"naar {_line(str(out))}"
    )
    return 0


def _write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing, readable by the user only; a temporary file
    is never left behind, not even by a killed run (eigenkracht.privatefiles)."""
    from eigenkracht.privatefiles import write_private

    try:
        write_private(path, data)
    except OSError as exc:
        raise UserError(write_problem(path, exc)) from exc


def cmd_instruments(args: argparse.Namespace) -> int:
    from eigenkracht.core import instruments

    if args.validate:
        instrument = instruments.load_instrument(Path(args.validate))
        print(
            f"Geldig: {instrument.id} versie {instrument.version}, "
            f"{len(instrument.domains)} onderdelen, licentie: {instrument.licence}"
        )
        scale = instrument.scale
        print(
            f"Voor wie: {instrument.scope.value}; schaal {scale.minimum} t/m {scale.maximum}; "
            f"in de standaardset: {'ja' if instrument.is_default else 'nee'}"
        )
        missing = instrument.missing_en
        if missing:
            print(
                f"Engels: {len(missing)} tekst(en) ontbreken, bijvoorbeeld sleutel "
                f"'{missing[0]}'; daar toont het programma de Nederlandse tekst met "
                f"'{instruments.MARKER.strip()}'"
            )
        else:
            print("Engels: alle teksten zijn er")
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


def cmd_import_selfassessment(args: argparse.Namespace) -> int:
    """Read a citizen's self-assessment into a case, asking per field (or --accept-all)."""
    import datetime as dt

    from eigenkracht.core import instruments
    from eigenkracht.exchange import selfassessment as sa

    interactive = not args.accept_all
    if interactive and not _has_terminal():
        raise UserError("Er is geen terminal om per antwoord te vragen; gebruik --accept-all.")
    try:
        raw = sa.read_bytes(Path(args.file))
        code = _selfassessment_code(args) if sa.is_protected(raw) else None
        opened = sa.open_bytes(raw, code)
        content = opened.content
    except sa.SelfAssessmentError as exc:
        raise UserError(str(exc)) from exc
    repo = _open(args)
    try:
        # the file's instrument: installed, or its definition kept in this database
        found, _ = instruments.load_all(instruments.user_instrument_dir())
        catalogue = instruments.Catalogue(found, repo.stored_instruments())
        try:
            instrument = sa.find_instrument(content, catalogue)
            sa.check_instrument(content, instrument)
        except sa.SelfAssessmentError as exc:
            raise UserError(str(exc)) from exc
        case = _find(repo, args.case)
        review = sa.review(
            content,
            repo.load_case(case.id),
            instrument,
            dt.date.today(),
            previous=repo.imports_of(case.id),
            saved_at=opened.saved_at,
        )
        if review.imported_before:
            print(_safe(sa.imported_before_text(review)))
        print(_safe(sa.target_text(review)))
        items = [item for item in review.items if item.selectable]
        accepted: list[str] = []
        for number, item in enumerate(items, start=1):
            print(f"\n[{number}/{len(items)}] {_safe(item.label)}")
            print(f"  Thuis ingevuld: {_safe(item.citizen)}")
            print(f"  Nu vastgelegd:  {_safe(item.recorded or '(niets)')}")
            if item.goal.startswith("own-goal:") and item.goal not in accepted:
                print("  Overgeslagen: het doel waar dit bij hoort, is niet overgenomen.")
                continue
            print(f"  Bij overnemen:  {_safe(sa.effect_text(item, review))}")
            # --accept-all takes all that is offered, not what was offered before unchanged
            if _ask_yes(item.default) if interactive else not item.before:
                accepted.append(item.key)
        plan = review.plan(accepted)
        if plan.is_empty:
            print("Er is niets overgenomen.")
            return 0
        repo.import_at_home(
            case.id,
            plan.conversation,
            plan.conversation_changes,
            plan.assessment,
            **plan.import_kwargs(),
        )
    finally:
        repo.store.close()
    print(f"Overgenomen: {plan.accepted} van {len(items)} antwoorden in dossier {case.reference}.")
    return 0


def _has_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _selfassessment_code(args: argparse.Namespace) -> str:
    if args.code_file:
        try:
            return Path(args.code_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Kan het codebestand niet lezen: {args.code_file}") from exc
    if _has_terminal():
        return getpass.getpass("Code van het bestand: ")
    raise UserError("Dit bestand is beveiligd met een code; geef de code met --code-file.")


def _ask_yes(default: bool) -> bool:
    prompt = "  Overnemen? [J/n] " if default else "  Overnemen? [j/N] "
    while True:
        try:
            answer = input(prompt).strip().casefold()
        except EOFError:
            raise UserError("Afgebroken; er is niets overgenomen.") from None
        if not answer:
            return default
        if answer in ("j", "ja", "y", "yes"):
            return True
        if answer in ("n", "nee", "no"):
            return False
        print("  Typ j (ja) of n (nee).")


def cmd_start(args: argparse.Namespace) -> int:
    from eigenkracht.startup import missing_display

    problem = missing_display()
    if problem is not None:  # Qt would abort with an English message
        raise UserError(problem)
    from eigenkracht.ui.app import run

    return run(db=Path(args.db) if args.db else None, demo=args.demo, citizen=args.citizen)


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
    parser.add_argument(
        "--citizen",
        action="store_true",
        help="start het zelf invullen voor inwoners (zonder database)",
    )
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
    check = with_db("check", "controleer de database en de keten van het logboek", cmd_check)
    check.add_argument(
        "--log-out",
        metavar="BESTAND",
        help="schrijf ook het hele logboek naar dit bestand "
        "(CSV; JSON als de naam op .json eindigt)",
    )
    export = with_db(
        "export",
        "exporteer een dossier (inzage, JSON), dossiers voor de gemeente (GGM, JSON) of "
        "de anonieme monitor van alle dossiers (CSV of PDF)",
        cmd_export,
    )
    export.add_argument(
        "--format",
        choices=("inzage", "ggm", "monitor"),
        default="inzage",
        help="inzage (standaard): alles over één dossier, voor de inwoner; ggm: voor de "
        "systemen van de gemeente (Gemeentelijk Gegevensmodel); monitor: anonieme cijfers "
        "per team",
    )
    export.add_argument(
        "--case",
        action="append",
        metavar="KENMERK",
        help="het dossier (bij ggm mag --case vaker)",
    )
    export.add_argument("--out", required=True, metavar="BESTAND", help="het doelbestand")
    export.add_argument(
        "--pseudonymise",
        action="store_true",
        help="noem mensen uit het netwerk bij hun rol, niet bij hun naam "
        "(staat het dossier daarop, dan altijd; ggm doet het altijd)",
    )
    export.add_argument(
        "--all-cases", action="store_true", help="ggm: alle dossiers in één bestand"
    )
    export.add_argument(
        "--from",
        dest="date_from",
        metavar="JJJJ-MM-DD",
        help="monitor: begin van de periode (standaard 1 januari van dit jaar)",
    )
    export.add_argument(
        "--to",
        dest="date_to",
        metavar="JJJJ-MM-DD",
        help="monitor: einde van de periode (standaard vandaag)",
    )
    export.add_argument("--team", metavar="NAAM", help="monitor: alleen de dossiers van dit team")
    export.add_argument(
        "--csv", action="store_true", help="monitor als CSV (of: een bestand op .csv)"
    )
    export.add_argument(
        "--pdf", action="store_true", help="monitor als PDF (of: een bestand op .pdf)"
    )
    report = with_db("report", "maak het ondersteuningsplan als PDF (om te printen)", cmd_report)
    report.add_argument("--case", required=True, metavar="KENMERK", help="het dossier")
    report.add_argument("--out", required=True, metavar="BESTAND.pdf", help="het doelbestand")
    report.add_argument(
        "--pseudonymise",
        action="store_true",
        help="noem andere mensen (het netwerk) bij hun rol, niet bij hun naam "
        "(staat het dossier daarop, dan altijd)",
    )
    report.add_argument(
        "--version",
        type=int,
        metavar="N",
        help="deze versie van het plan (standaard het plan zoals het nu is: na een "
        "wijziging sinds het tekenen de volgende versie, als concept); een ondertekende "
        "versie wordt precies zo geprint als bij het tekenen",
    )
    selfassessment = with_db(
        "import-selfassessment",
        "lees een zelfbeoordeling van een inwoner in bij een dossier",
        cmd_import_selfassessment,
    )
    selfassessment.add_argument("--case", required=True, metavar="KENMERK", help="het dossier")
    selfassessment.add_argument("file", metavar="BESTAND", help="het bestand van de inwoner")
    selfassessment.add_argument(
        "--accept-all", action="store_true", help="neem alle antwoorden over zonder te vragen"
    )
    selfassessment.add_argument(
        "--code-file", metavar="BESTAND", help="lees de code van een beveiligd bestand hieruit"
    )
    from eigenkracht.commands import backup, handover, retention

    for part in (backup, handover, retention):
        part.register(sub, with_db)
    inst = sub.add_parser(
        "instruments", help="toon de instrumenten of controleer een instrumentbestand"
    )
    inst.add_argument("--validate", metavar="BESTAND", help="controleer dit TOML-bestand")
    inst.set_defaults(func=cmd_instruments)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The program. Without argv it is the process itself (the `eigenkracht` command,
    `python -m eigenkracht`): it first hardens the process (no core dumps, files for
    the user only) and cleans up after killed runs, before anything else
    (eigenkracht.startup). Tests call main([...]) and keep their own process as it is:
    a lowered hard limit could not be raised again for the tests that follow."""
    if argv is None:
        from eigenkracht.startup import prepare_process

        prepare_process()
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
    from eigenkracht.store.database import DatabaseError, store_error

    if isinstance(exc, UserFacingError):  # store, instrument, self-assessment, inzage
        return str(exc)
    if isinstance(exc, DatabaseError):  # by its SQLite code, in Dutch
        return str(store_error(exc))
    if isinstance(exc, OSError):  # by errno: the system's English text is not shown
        return os_problem(exc)
    if isinstance(exc, UnicodeError):  # a lone surrogate, e.g. from a broken argument
        from eigenkracht.core.text import TEXT_INVALID

        return TEXT_INVALID
    raise exc


def _safe(text: str) -> str:
    """User text for the terminal: no control characters (escape sequences) or bidi
    overrides (core.text.display_safe)."""
    from eigenkracht.core.text import display_safe

    return display_safe(text)


def _line(text: str) -> str:
    from eigenkracht.core.text import display_line

    return display_line(text)


def _fail(message: str) -> int:
    print(f"eigenkracht: {_line(message)}", file=sys.stderr)
    return 1
