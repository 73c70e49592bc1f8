"""The plan prints whatever is in the case (issue 9).

Every text field of a case is filled with hostile text: very long, without spaces,
many line breaks, markup characters, right-to-left, emoji, combining marks. The plan
renders; the text of every field it prints is in the PDF (read back with pypdf), and
whole; rows taller than a page split across pages; no text runs into the margins; the
worst case takes seconds, not minutes; `eigenkracht report` prints such a case with
exit code 0 and no traceback. test_plan_pdf_hostile.py has the hostile case this
starts from.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from test_plan_pdf_hostile import TODAY, hostile_case

from eigenkracht import cli
from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import build_snapshot, then_and_now
from eigenkracht.report.plan_pdf import render_snapshot
from eigenkracht.report.text import break_long_words, chunks, one_line
from eigenkracht.report.then_now import render_then_now
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

# Keys, codes and stamps: not text a person typed.
IDENTIFIERS = {
    "reference",
    "domain",
    "instrument_id",
    "instrument_version",
    "instrument",  # Goal.instrument: "id@version" of the goal's domain
    "created_at",
    "updated_at",
    "current_page",
    "snapshot",
    "fingerprint",
    "signed_at",
    "uid",  # the stable id a bundle carries (migration 0007), never printed
}
# Held in the case, but not part of the plan (contact details, the worker's notes).
NOT_IN_THE_PLAN = {
    ("Member", "phone"),
    ("Member", "email"),
    ("Member", "address"),
    ("Conversation", "notes"),
    ("NetworkPerson", "contact_frequency"),
    ("NetworkPerson", "notes"),
    # The citizen's remarks are their signature's (one place, issue 11); a remark left
    # on a draft from before is offered in the sign dialog, not printed on the draft.
    ("PlanVersion", "remarks"),
    # The route's reasons are the worker's record of the process (the case overview and
    # the inzage export carry them); the plan the citizen signs does not.
    ("Case", "status_reason"),
    ("Case", "closed_reason"),
    # To whom a case was handed over (issue 15): the worker's record, not the plan's.
    ("Case", "handed_over_to"),
}
SIGNED_AT = "2026-11-09T10:00:00Z"


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


@dataclasses.dataclass
class Field:
    owner: object
    name: str
    printed: bool

    @property
    def label(self) -> str:
        return f"{type(self.owner).__name__}.{self.name}"


def full_case(signed: bool) -> tuple[CaseFile, PlanVersion, list[Signature]]:
    """The hostile case with one of everything the plan shows: two members, a goal for
    one of them, actions by each kind of actor, a helper outside the plan, a domain
    not discussed, who was present; signatures when `signed`."""
    case_file = hostile_case()
    case_file.members.append(Member(case_id=1, id=2, name="Kind", role="kind"))
    goal = case_file.goals[0]
    goal.member_id = 2
    goal.actions.append(
        Action(goal_id=3, id=4, what="Meedoen", actor_kind=ActorKind.VOLUNTEER, actor_name="Bas")
    )
    case_file.network.append(
        NetworkPerson(
            case_id=1,
            id=8,
            name="Oom Piet",
            role="oom",
            helps=[NetworkHelp("huisvesting", kind=HelpKind.COULD, what="klussen")],
        )
    )
    case_file.conversations[0].present = ["Noor"]
    skipped = DomainScore("justitie", not_discussed=True, reason="Niet nodig")
    for assessment in case_file.assessments:
        assessment.scores = [*assessment.scores, skipped]
    plan = PlanVersion(case_id=1, number=1, agreements="Afspraak", remarks="Opmerking")
    signatures = (
        [
            Signature(SignerRole.CITIZEN, "Noor", TODAY, "Thuis", remarks="Goed zo"),
            Signature(SignerRole.PROFESSIONAL, "Joke", TODAY, "Kantoor"),
        ]
        if signed
        else []
    )
    return case_file, plan, signatures


def text_fields(case_file: CaseFile, plan: PlanVersion, signatures: list[Signature]) -> list[Field]:
    """Every free-text field of the case (each object once), and whether the plan
    prints it."""
    owners: list[object] = [case_file.case, *case_file.members, *case_file.conversations]
    owners += [score for a in case_file.assessments for score in a.scores]
    for person in case_file.network:
        owners += [person, *person.helps]
    for goal in case_file.goals:
        owners += [goal, *goal.actions]
    owners += [plan, *signatures]
    fields: list[Field] = []
    seen: set[int] = set()
    for owner in owners:
        if id(owner) in seen:
            continue
        seen.add(id(owner))
        for f in dataclasses.fields(owner):  # type: ignore[arg-type]
            value = getattr(owner, f.name)
            if f.name in IDENTIFIERS or not (type(value) is str or f.name == "present"):
                continue
            printed = (type(owner).__name__, f.name) not in NOT_IN_THE_PLAN
            if isinstance(owner, Action):
                if f.name == "actor_name":  # for yourself or a network person: no name
                    printed = owner.actor_kind not in (ActorKind.SELF, ActorKind.NETWORK)
                elif f.name == "maatwerk_kind":
                    printed = owner.actor_kind is ActorKind.MAATWERK
            if isinstance(owner, DomainScore):  # a reason only when not discussed
                printed = (f.name == "reason") == owner.not_discussed
            fields.append(Field(owner, f.name, printed))
    return fields


def marker(number: int) -> str:
    return f"Q{number}Q"


def fill(fields: list[Field], body: Callable[[int], str]) -> None:
    """Each field: its marker, a space, and body(its number)."""
    for number, field in enumerate(fields):
        text = f"{marker(number)} {body(number)}"
        setattr(field.owner, field.name, [text] if field.name == "present" else text)


def render(
    case_file: CaseFile,
    plan: PlanVersion,
    signatures: list[Signature],
    instrument: Instrument,
    *,
    pseudonymise: bool = False,
) -> bytes:
    snapshot = build_snapshot(case_file, instrument, plan, today=TODAY, signatures=signatures)
    if not signatures:
        return bytes(render_snapshot(snapshot, pseudonymise=pseudonymise))
    pdf = render_snapshot(
        snapshot, fingerprint="f" * 64, signed_at=SIGNED_AT, pseudonymise=pseudonymise
    )
    return bytes(pdf)


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def missing_markers(fields: list[Field], text: str) -> list[str]:
    found = set(re.findall(r"Q\d+Q", text))
    return [f.label for n, f in enumerate(fields) if f.printed and marker(n) not in found]


# -- any text -----------------------------------------------------------------------------

PIECES = [
    "x" * 2500,  # one word, far wider than any column and taller than a page in one
    "W" * 700,  # the widest letter
    "i" * 1800,  # the narrowest
    "\n" * 150,  # empty lines
    "regel\n" * 120,
    "<b>vet</b> & <i>&amp;</i> <br/> <para> ]]> <font size=90> " * 20,  # markup
    "שלום עולם " * 60,  # Hebrew
    "ש" * 900,  # Hebrew without a space
    "مرحبا بالعالم " * 40,  # Arabic, joined
    "م" * 900,
    "😀👍🏽❤️\u200d🔥" * 150,  # emoji (boxes), skin tones, joiners
    "e\u0301\u0308" * 500,  # combining marks
    "\u0301" * 400,  # combining marks with nothing to combine with
    "\u202e\u2066 omgekeerd \u202c\u2069 ",  # bidi overrides and isolates
    "\x00\x07\x1b\r\x0b\x0c\x85\u2028 ",  # control characters, other line breaks
    "\xa0" * 300,  # no-break spaces
    "\u200b" * 300,  # zero-width spaces
    " " * 400,
    "\t" * 40,
    "Zin. " * 500,
]
# A text: up to three pieces (by number, so that Hypothesis shows a short example) and
# arbitrary short text.
TEXTS = st.lists(
    st.one_of(st.integers(0, len(PIECES) - 1), st.text(max_size=30)), min_size=1, max_size=3
)


def joined(parts: list[int | str]) -> str:
    return "".join(PIECES[p] if isinstance(p, int) else p for p in parts)


@settings(
    max_examples=8,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(TEXTS, min_size=5, max_size=5), signed=st.booleans())
def test_any_text_in_any_field_prints(
    instrument: Instrument, texts: list[list[int | str]], signed: bool
) -> None:
    """Hypothesis fills every text field with a mix of hostile pieces: the plan prints
    and every field it shows is in the PDF."""
    case_file, plan, signatures = full_case(signed)
    fields = text_fields(case_file, plan, signatures)
    bodies = [joined(parts) for parts in texts]
    fill(fields, lambda n: bodies[n % len(bodies)])
    pdf = render(case_file, plan, signatures, instrument)
    assert missing_markers(fields, text_of(pdf)) == []


def test_every_field_is_in_the_test() -> None:
    """The field lists above hold every free-text field the plan prints (so a new
    field in the model is filled too), and the signed plan shows all of them."""
    case_file, plan, signatures = full_case(signed=True)
    labels = {f.label for f in text_fields(case_file, plan, signatures) if f.printed}
    for label in (
        "Case.household_name",
        "Case.coordinator",
        "Member.name",
        "Member.role",
        "Conversation.place",
        "Conversation.present",
        "Conversation.question",
        "Conversation.what_matters",
        "DomainScore.situation",
        "DomainScore.strengths",
        "DomainScore.concerns",
        "DomainScore.reason",
        "NetworkPerson.name",
        "NetworkPerson.role",
        "NetworkHelp.what",
        "Goal.text",
        "Goal.measure",
        "Action.what",
        "Action.actor_name",
        "Action.maatwerk_kind",
        "PlanVersion.agreements",
        "Signature.name",
        "Signature.place",
        "Signature.remarks",
    ):
        assert label in labels


# Distinct letters, none of them in the plan's own (Dutch) words: one per field.
LETTERS = [chr(c) for c in range(0x0430, 0x0450) if chr(c) != "ы"]
LETTERS += [chr(c) for c in range(0x03B1, 0x03CA)]


@pytest.mark.parametrize("signed", [False, True])
def test_long_text_without_spaces_prints_whole(instrument: Instrument, signed: bool) -> None:
    """10,000 characters without a space in every field: taller than a page in every
    table cell, and every character of every field the plan shows is printed."""
    case_file, plan, signatures = full_case(signed)
    fields = text_fields(case_file, plan, signatures)
    printed = [n for n, f in enumerate(fields) if f.printed]
    letter = dict(zip(printed, LETTERS, strict=False))
    assert len(letter) == len(printed)
    fill(fields, lambda n: letter.get(n, "ы") * 10_000)
    pdf = render(case_file, plan, signatures, instrument)
    text = text_of(pdf)
    assert missing_markers(fields, text) == []
    short = {fields[n].label: text.count(c) for n, c in letter.items() if text.count(c) < 10_000}
    assert short == {}
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 50


def test_many_lines_and_markup_print_whole(instrument: Instrument) -> None:
    """3,000 lines in a name and 12,000 characters of words in a goal measure (both once
    gave reportlab's LayoutError), markup in between: all of it prints."""
    case_file, plan, signatures = full_case(signed=True)
    case_file.members[0].name = "".join(f"lijn{n} &<b>\n" for n in range(3000))
    case_file.goals[0].measure = " ".join(f"woord{n}" for n in range(1700))  # 12,000
    case_file.network[0].name = "Naam " * 300  # 1,500 characters
    pdf = render(case_file, plan, signatures, instrument)
    text = text_of(pdf)
    lines = set(re.findall(r"lijn(\d+) &<b>", text))
    assert lines == {str(n) for n in range(3000)}
    words = set(re.findall(r"woord(\d+)", text))
    assert words == {str(n) for n in range(1700)}


def test_the_worst_case_takes_seconds(instrument: Instrument) -> None:
    """100,000 characters without a space in a paragraph, a narrow table cell and a
    signature block took 187 s of CPU (a minute for each); now seconds."""
    case_file, plan, signatures = full_case(signed=True)
    case_file.conversations[0].question = "ж" * 100_000
    case_file.network[0].name = "ж" * 100_000
    signatures[0].name = "ж" * 100_000
    start = time.process_time()
    pdf = render(case_file, plan, signatures, instrument)
    took = time.process_time() - start
    assert took < 15, f"{took:.1f} s"
    assert text_of(pdf).count("ж") >= 300_000


def test_pseudonymised_long_names_stay_hidden(instrument: Instrument) -> None:
    """Pseudonyms in a plan with names of 5,000 characters: no third-party name leaks
    (not even its start, in the network map or the header)."""
    case_file, plan, signatures = full_case(signed=False)
    case_file.network[0].name = "Geheim" + "ж" * 5000
    case_file.conversations[0].question = f"Met {case_file.network[0].name} praten"
    pdf = render(case_file, plan, signatures, instrument, pseudonymise=True)
    text = text_of(pdf)
    assert "Geheim" not in text and "ж" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_no_text_runs_into_the_margins(instrument: Instrument, tmp_path: Path) -> None:
    """Rendered to pixels (pdftoppm): the left and right margins hold no ink, on any
    page, when every field holds long words, right-to-left text and emoji."""
    case_file, plan, signatures = full_case(signed=True)
    fields = text_fields(case_file, plan, signatures)
    fill(fields, lambda n: PIECES[n % 3] + " " + PIECES[6 + n % 6][:500])
    source = tmp_path / "plan.pdf"
    source.write_bytes(render(case_file, plan, signatures, instrument))
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(source), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=300,
    )
    from PIL import Image

    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    for page in pages:
        with Image.open(page) as image:
            grey = image.convert("L")
            width, height = grey.size
            margin = round(width * 12 / 210)  # 12 mm of the 18 mm margins
            for box in ((0, 0, margin, height), (width - margin, 0, width, height)):
                darkest, _ = grey.crop(box).getextrema()
                assert isinstance(darkest, int)
                assert darkest > 200, f"ink in the margin of {page.name}"


def test_then_and_now_stays_one_readable_page() -> None:
    """Then and now is one page: very long texts are shortened there, visibly, and
    the page is not shrunk until nothing can be read."""
    from eigenkracht.core.plan import plan_instrument

    case_file = hostile_case()
    case_file.case.household_name = "Huis" + "ж" * 100_000
    case_file.goals[0].text = "Doel" + " ж" * 50_000
    data = then_and_now(case_file, plan_instrument(), today=TODAY)
    start = time.process_time()
    pdf = render_then_now(data)
    assert time.process_time() - start < 10
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text() or ""
    assert "Huis" in text and "(zie het plan)" in text
    assert text.count("ж") < 1000
    sizes: list[float] = []
    reader.pages[0].extract_text(
        visitor_text=lambda _t, _cm, tm, _font, size: sizes.append(size * abs(tm[0]))
    )
    assert max(sizes) >= 8  # the headings are still of a size to read


# -- the command line -----------------------------------------------------------------------


def test_the_command_line_prints_a_hostile_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`eigenkracht report` on a case with a name of 1,500 characters, a goal measure of
    12,000, 100,000 characters without a space and hostile markup: exit code 0, one
    line of output, no traceback, and the texts in the PDF."""
    path = tmp_path / "hostile.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    try:
        repo = Repository(store, origin="test")
        created = repo.create_case(
            Case(reference="EK-2026-0999", household_name="Fam. <b>" + "Lang" * 400),
            [Member(case_id=0, name="Q1Q " + "Naam " * 300, role="aanvrager &")],
        )
        case_id = created.case.id
        assert case_id is not None
        repo.add_conversation(
            Conversation(
                case_id=case_id,
                date=TODAY,
                question="Q2Q " + "x" * 100_000,
                what_matters="Q3Q " + "שלום\n" * 2000,
            )
        )
        person = repo.add_person(
            NetworkPerson(case_id=case_id, name="Q4Q " + "ж" * 5000, role="buur <i>")
        )
        repo.add_goal(
            Goal(
                case_id=case_id,
                domain="financien",
                text="Q5Q " + "😀e\u0301" * 3000,
                measure="Q6Q " + "meten " * 2000,
                actions=[
                    Action(
                        goal_id=0,
                        what="Q7Q " + "]]>&amp;<br/>" * 1000,
                        actor_kind=ActorKind.NETWORK,
                        network_person_id=person.id,
                    )
                ],
            )
        )
    finally:
        store.close()
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "plan.pdf"
    code = cli.main(["report", "--db", str(path), "--case", "EK-2026-0999", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    assert captured.out.count("\n") == 1 and "Plan geschreven" in captured.out
    text = text_of(out.read_bytes())
    for number in range(1, 8):
        assert marker(number) in text
    assert text.count("x") >= 100_000


# -- the layout helpers ---------------------------------------------------------------------


def test_long_words_are_cut_into_pieces_that_fill_a_line() -> None:
    widths = {"i": 2.0, "W": 9.0, "\u0301": 0.0}

    def width(c: str) -> float:
        return widths.get(c, 5.0)

    text = "kort " + "W" * 100 + " en " + "ie\u0301" * 50 + "\nnieuwe regel"
    result = break_long_words(text, 100.0, width)
    assert result.replace(" ", "") == text.replace(" ", "")  # only spaces added
    assert result.split("\n")[1] == "nieuwe regel"
    pieces = result.split("\n")[0].split(" ")
    assert all(sum(map(width, p)) <= 100.0 for p in pieces)
    assert all(not p.startswith("\u0301") for p in pieces)  # never before a mark
    # Each piece is the longest that fits: two never share a line.
    long = [p for p in pieces if len(p) > 4]
    for piece, after in itertools.pairwise(long):
        assert sum(map(width, piece)) + width(after[0]) > 100.0 - 0.01


def test_chunks_put_the_text_back_together() -> None:
    text = ("Een zin. " * 400) + "\n\n" + ("regel\n" * 100) + "x" * 5000
    parts = chunks(text, size=1000, lines=20)
    assert all(len(p) <= 1000 and p.count("\n") < 20 for p in parts)
    # A cut takes the place of a line break, the space after a sentence, or nothing.
    rebuilt = parts[0]
    for part in parts[1:]:
        cut = len(rebuilt)
        if text[cut : cut + 1] in ("\n", " "):
            rebuilt += text[cut]
        rebuilt += part
    assert rebuilt == text


def test_one_line_is_short_and_fast() -> None:
    calls: list[int] = []

    def measure(s: str) -> float:
        calls.append(len(s))
        return 5.0 * len(s)

    assert one_line("kort\nen goed", 1000, measure) == "kort en goed"
    shortened = one_line("lang " * 100_000, 200, measure)
    assert shortened.endswith("…") and measure(shortened) <= 200
    assert sum(calls) < 10_000  # a few measurements, not one per character


def test_a_row_just_taller_than_a_page_splits() -> None:
    """reportlab splits inside a row only when `splitInRow` points stay on both sides:
    a row a little taller than the page then fits nowhere (LayoutError). PlanTable
    cuts such a row higher up, and prints every line."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.doctemplate import LayoutError

    from eigenkracht.report import styles as S
    from eigenkracht.report.plan_pdf import PlanTable

    style = S.styles()["cell"]
    failed = []
    for count in range(50, 64):  # around one page of lines
        for kind in (Table, PlanTable):
            cell = Paragraph("<br/>".join(f"regel{n}" for n in range(count)), style)
            table = kind([["Wat", cell]], colWidths=[100, 300], splitInRow=50)
            buffer = io.BytesIO()
            try:
                SimpleDocTemplate(buffer).build([table])
            except LayoutError:
                failed.append((kind.__name__, count))
                continue
            if kind is PlanTable:
                found = set(re.findall(r"regel(\d+)", text_of(buffer.getvalue())))
                assert found == {str(n) for n in range(count)}
    assert failed and {kind for kind, _ in failed} == {"Table"}
