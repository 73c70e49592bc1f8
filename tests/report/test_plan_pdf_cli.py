"""`eigenkracht report`: the plan from the command line; then and now on one page."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from eigenkracht import cli
from eigenkracht.core.plan import plan_instrument, then_and_now
from eigenkracht.report.plan_pdf import render_version
from eigenkracht.report.then_now import render_then_now
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eigenkracht.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    return path


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


def text(path: Path) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_prints_the_newest_version(demo_db, tmp_path, env, capsys) -> None:
    out = tmp_path / "plan.pdf"
    assert (
        cli.main(["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(out)]) == 0
    )
    assert "EK-2026-0002" in capsys.readouterr().out
    assert "Ondersteuningsplan" in text(out) and "Ans Bakker" in text(out)
    store = open_database(demo_db, PASSPHRASE)
    try:
        events = [e.event for e in audit.entries(store.db, "EK-2026-0002")]
    finally:
        store.close()
    assert "cases.print" in events


def test_a_signed_version_prints_the_same_again(demo_db, tmp_path, env) -> None:
    """The same document every time; only the footer's head of the access log moves on
    (each print is a row of the log), and with the same head the bytes are the same."""
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        args = ["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--version", "1"]
        assert cli.main([*args, "--out", str(out)]) == 0
    printed = [
        re.findall(r"Logboek t/m rij (\d+) · ([0-9a-f]{16})…", text(out)) for out in (first, second)
    ]
    store = open_database(demo_db, PASSPHRASE)
    try:
        heads = []
        for found in printed:
            assert len(set(found)) == 1 and len(found) == len(PdfReader(first).pages)
            row_id, prefix = found[0]
            row = audit.entries(store.db)[int(row_id) - 1]
            assert row.id == int(row_id) and row.hash.startswith(prefix)  # the log's own row
            heads.append(audit.Head(row.id, row.hash))
        repo = Repository(store)
        case = repo.find_case("EK-2026-0002")
        assert case is not None and case.id is not None
        plan = next(p for p in repo.load_case(case.id).plans if p.number == 1)
    finally:
        store.close()
    assert heads[1].id > heads[0].id

    def grouped(value: str) -> str:
        return " ".join(value[i : i + 8] for i in range(0, len(value), 8))

    def words(path: Path) -> str:
        return " ".join(text(path).split())

    def moved(head: audit.Head) -> str:  # the footer's head, and the file page's whole one
        return (
            words(first)
            .replace(heads[0].short, head.short)
            .replace(
                f"rij {heads[0].id} · {grouped(heads[0].hash)}",
                f"rij {head.id} · {grouped(head.hash)}",
            )
        )

    assert moved(heads[1]) == words(second)
    assert "Vingerafdruk" in text(first)
    again = render_version(plan, plan_instrument(), log_head=heads[1])
    assert again == second.read_bytes()


def test_report_prints_the_plan_as_it_is_now_and_a_signed_version_by_number(
    demo_db, tmp_path, env, capsys
) -> None:
    """Fam. Bakker signed version 1 three weeks ago and had a conversation since: the
    plan as it is now is version 2, a concept (not stored); --version 1 is the frozen
    one, with every signer's own choice (Mark: eens, met opmerkingen) and remarks."""
    now, signed = tmp_path / "nu.pdf", tmp_path / "v1.pdf"
    base = ["report", "--db", str(demo_db), "--case", "EK-2026-0002"]
    assert cli.main([*base, "--out", str(now)]) == 0
    assert "versie 2 (concept)" in capsys.readouterr().out
    assert "2, concept (nog niet ondertekend)" in text(now)
    assert cli.main([*base, "--version", "1", "--out", str(signed)]) == 0
    assert "versie 1 (ondertekend)" in capsys.readouterr().out
    flat = " ".join(text(signed).split())
    mark = flat[flat.find("Wat u verklaart") :]
    mark = mark[mark.find("Mark Bakker") :][:200]
    assert "☐ Ik ben het eens met dit plan. ☑ Ik ben het eens met dit plan, maar" in mark
    assert "Mark Bakker: Ik wil eerst zelf de schuldeisers bellen" in flat
    store = open_database(demo_db, PASSPHRASE)
    try:
        repo = Repository(store)
        case = repo.find_case("EK-2026-0002")
        assert case is not None and case.id is not None
        assert [p.number for p in repo.load_case(case.id).plans] == [1]  # nothing stored
    finally:
        store.close()


def test_pseudonymise_hides_the_network(demo_db, tmp_path, env) -> None:
    out = tmp_path / "p.pdf"
    args = ["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(out)]
    assert cli.main([*args, "--pseudonymise"]) == 0
    assert "Ans Bakker" not in text(out) and "Mark Bakker" in text(out)


def test_a_case_that_hides_names_prints_and_exports_without_them(demo_db, tmp_path, env) -> None:
    """The same rule as the plan dialog (core.privacy.print_pseudonymised): the case's
    setting cannot be switched off for one print; without it, only when asked."""
    from eigenkracht.core.model import Case

    out, export = tmp_path / "p.pdf", tmp_path / "p.json"
    args = ["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(out)]
    dump = ["export", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(export)]
    assert cli.main(args) == 0 and cli.main(dump) == 0
    assert "Ans Bakker" in text(out) and "Ans Bakker" in export.read_text(encoding="utf-8")

    def hide(on: bool) -> None:
        store = open_database(demo_db, PASSPHRASE)
        try:
            repo = Repository(store)
            case = repo.find_case("EK-2026-0002")
            assert case is not None and case.id is not None
            repo.update(Case, case.id, pseudonymise=on)
        finally:
            store.close()

    hide(True)
    try:
        assert cli.main(args) == 0 and cli.main(dump) == 0
    finally:
        hide(False)
    assert "Ans Bakker" not in text(out) and "Mark Bakker" in text(out)
    assert "Ans Bakker" not in export.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--case", "EK-1999-0001"], "Er is geen dossier met kenmerk EK-1999-0001."),
        (["--case", "EK-2026-0002", "--version", "9"], "heeft geen planversie 9"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(demo_db, tmp_path, env, capsys, extra, message) -> None:
    out = tmp_path / "x.pdf"
    assert cli.main(["report", "--db", str(demo_db), "--out", str(out), *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_a_version_that_is_no_number_is_refused(demo_db, tmp_path, env, capsys) -> None:
    args = ["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--version", "x"]
    with pytest.raises(SystemExit) as stop:
        cli.main([*args, "--out", str(tmp_path / "x.pdf")])
    assert stop.value.code == 1
    assert "ongeldige waarde: 'x'" in capsys.readouterr().err


def test_a_missing_folder_is_refused(demo_db, tmp_path, env, capsys) -> None:
    out = tmp_path / "nergens" / "x.pdf"
    assert (
        cli.main(["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(out)]) == 1
    )
    assert "bestaat niet" in capsys.readouterr().err


def test_then_and_now_is_one_page(demo_db) -> None:
    store = open_database(demo_db, PASSPHRASE)
    try:
        repo = Repository(store)
        case = repo.find_case("EK-2026-0004")  # twenty conversations over two years
        assert case is not None and case.id is not None
        case_file = repo.load_case(case.id)
    finally:
        store.close()
    data = then_and_now(case_file, plan_instrument(), today=dt.date(2026, 11, 9))
    assert len(data["wellbeing"]) >= 10
    assert data["perspectives"]["burger"]["then"] != data["perspectives"]["burger"]["now"]
    pdf = render_then_now(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0].extract_text()
    for part in (
        "Toen en nu",
        "Uw cijfers: toen en nu",
        "Hoe tevreden",
        "Mensen om u heen",
        "Doelen waar we nog aan werken",
        "pagina 1 van 1",
        "Vertrouwelijk",
    ):
        assert part in page
    assert render_then_now(data) == pdf


def test_report_prints_dutch_whatever_the_window_language(
    demo_db, tmp_path, env, monkeypatch
) -> None:
    """The command line installs no translation (core.i18n): Dutch, also with
    EIGENKRACHT_LANG=en, which only the window reads (issue 13 point 4)."""
    monkeypatch.setenv("EIGENKRACHT_LANG", "en")
    out = tmp_path / "plan.pdf"
    argv = ["report", "--db", str(demo_db), "--case", "EK-2026-0002", "--out", str(out)]
    assert cli.main(argv) == 0
    printed = text(out)
    assert "Ondersteuningsplan" in printed and "Handtekening" in printed
    assert "Support plan" not in printed and "Signature" not in printed
