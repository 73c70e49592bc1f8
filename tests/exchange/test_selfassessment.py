"""Self-assessment files: written, read back, protected with a code, and refused when bad."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    AssessmentSource,
    Case,
    CaseFile,
    Conversation,
    ConversationKind,
    NetworkPerson,
    Perspective,
)
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    CodeRequired,
    DomainAnswer,
    Effect,
    Helper,
    KdfSettings,
    SelfAssessment,
    SelfAssessmentError,
    WrongCode,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32, parallelism=1)
CODE = "Zon 42"


def instrument():  # type: ignore[no-untyped-def]
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def sample() -> SelfAssessment:
    inst = instrument()
    return SelfAssessment(
        instrument_id=inst.id,
        instrument_version=inst.version,
        filled_in_on=dt.date(2026, 11, 20),
        name="Zoë van Ĳssel",
        question="Ik red het niet met de post.\nWie helpt mij? 😟",
        what_matters="Zelf blijven wonen",
        wellbeing=6,
        answers=[
            DomainAnswer("financien", 2, wants_to_discuss=True, remark="<b>Veel</b> post & zorgen"),
            DomainAnswer("justitie", skipped=True),
            DomainAnswer("huisvesting", remark="Trap is lastig"),
        ],
        helpers=[Helper("Els", "mijn dochter", "boodschappen")],
    )


# -- round trips --------------------------------------------------------------------


def test_plain_file_round_trip() -> None:
    data = sa.dumps(sample(), saved_at="2026-11-20T10:00:00Z")
    document = json.loads(data)
    assert document["format"] == "eigenkracht-zelfbeoordeling"
    assert document["version"] == 2
    assert document["protection"] is None
    assert not sa.is_protected(data)
    assert sa.loads(data) == sample()


def test_protected_file_round_trip_and_code_forms() -> None:
    data = sa.dumps(sample(), code=CODE, kdf=CHEAP)
    document = json.loads(data)
    assert "content" not in document
    assert "Zoë" not in data.decode("utf-8")
    assert document["protection"]["cipher"] == "argon2id-aes-256-gcm"
    assert sa.is_protected(data)
    with pytest.raises(CodeRequired):
        sa.loads(data)
    # spaces and upper/lower case do not matter
    for code in (CODE, "zon42", " ZON 42 "):
        assert sa.loads(data, code) == sample()
    with pytest.raises(WrongCode, match="code klopt niet"):
        sa.loads(data, "zon43")


def test_two_saves_differ_in_salt_and_nonce() -> None:
    first = json.loads(sa.dumps(sample(), code=CODE, kdf=CHEAP))
    second = json.loads(sa.dumps(sample(), code=CODE, kdf=CHEAP))
    assert first["protection"]["salt"] != second["protection"]["salt"]
    assert first["ciphertext"] != second["ciphertext"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("saved_at", "2030-01-01T00:00:00Z"),
        ("program_version", "9.9"),
        ("time_cost", 2),
        ("parallelism", 2),
    ],
)
def test_changed_header_is_detected(key: str, value: object) -> None:
    document = json.loads(sa.dumps(sample(), code=CODE, kdf=CHEAP))
    if key in document:
        document[key] = value
    else:
        document["protection"][key] = value
    with pytest.raises(WrongCode):
        sa.loads(json.dumps(document), CODE)


def test_short_code_is_refused_when_saving() -> None:
    with pytest.raises(SelfAssessmentError, match="minstens 4"):
        sa.dumps(sample(), code="1 2")
    assert sa.code_problem("abcd") is None


def test_write_and_read_file(tmp_path: Path) -> None:
    path = tmp_path / "zelf.json"
    sa.write_file(path, sample(), code=CODE, kdf=CHEAP)
    assert sa.read_file(path, "zon42") == sample()
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


# -- bad files ----------------------------------------------------------------------


def good_document() -> dict[str, object]:
    return json.loads(sa.dumps(sample()))


def with_content(**changes: object) -> bytes:
    document = good_document()
    content = document["content"]
    assert isinstance(content, dict)
    content.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "beschadigd of onvolledig"),
        (sa.dumps(sample())[:200], "beschadigd of onvolledig"),
        (b"\xff\xfe\x00garbage", "geen tekst"),
        (b"[1, 2, 3]", "geen zelfbeoordeling"),
        (b'{"format": "eigenkracht-inzage", "version": 1}', "geen zelfbeoordeling"),
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": 3}', "nieuwere versie"),
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": "1"}', "versie"),
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": true}', "versie"),
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": 1}', "ontbreken"),
        (b"[" * 100_000 + b"]" * 100_000, "beschadigd"),
    ],
)
def test_bad_files_are_refused_in_dutch(data: bytes, message: str) -> None:
    with pytest.raises(SelfAssessmentError, match=message):
        sa.loads(data)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "groot.json"
    path.write_bytes(b" " * (sa.MAX_BYTES + 10))
    with pytest.raises(SelfAssessmentError, match="te groot"):
        sa.read_file(path)
    with pytest.raises(SelfAssessmentError, match="te groot"):
        sa.loads(b" " * (sa.MAX_BYTES + 1))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SelfAssessmentError, match="niet gevonden"):
        sa.read_file(tmp_path / "weg.json")
    with pytest.raises(SelfAssessmentError, match="map"):
        sa.read_file(tmp_path)


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "Zoë\x1b[31m rood"},  # a terminal escape
        {"question": "bidi \u202e override"},
        {"question": "nul\x00byte"},
        {"name": "twee\nregels"},
        {"question": "x" * (sa.MAX_TEXT + 1)},
        {"question": "\ud800 losse surrogaat"},
        {"wellbeing": 11},
        {"wellbeing": -1},
        {"wellbeing": 6.5},
        {"wellbeing": True},
        {"answers": [{"domain": "financien", "level": 2, "skipped": True}]},
        {"answers": [{"domain": "financien"}, {"domain": "financien"}]},
        {"answers": [{"domain": "../../etc"}]},
        {"answers": [{"domain": "financien", "level": 10**6}]},
        {"answers": [{"domain": f"d{i}"} for i in range(sa.MAX_ANSWERS + 1)]},
        {"helpers": [{"name": " "}]},
        {"helpers": [{"name": "Els", "extra": 1}]},
        {"instrument_id": "Geen Id"},
        {"instrument_version": ""},
        {"filled_in_on": "2026-13-40"},
        {"onbekend": "veld"},
        {"answers": "geen lijst"},
    ],
)
def test_hostile_content_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(SelfAssessmentError):
        sa.loads(with_content(**changes))


def test_lone_surrogate_escape_in_json_is_refused() -> None:
    text = sa.dumps(sample()).decode("utf-8").replace("Zelf blijven wonen", "\\ud800")
    with pytest.raises(SelfAssessmentError, match="ongeldig teken"):
        sa.loads(text)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("memory_cost_kib", 4 * 1024 * 1024),  # 4 GiB: refused before any work
        ("time_cost", 1000),
        ("parallelism", 0),
        ("cipher", "rot13"),
        ("salt", "!!!"),
        ("nonce", base64.b64encode(b"short").decode()),
    ],
)
def test_hostile_protection_header_is_refused(key: str, value: object) -> None:
    document = json.loads(sa.dumps(sample(), code=CODE, kdf=CHEAP))
    document["protection"][key] = value
    with pytest.raises(SelfAssessmentError) as caught:
        sa.loads(json.dumps(document), CODE)
    assert not isinstance(caught.value, WrongCode)


def test_damaged_ciphertext_reads_as_wrong_code() -> None:
    document = json.loads(sa.dumps(sample(), code=CODE, kdf=CHEAP))
    sealed = bytearray(base64.b64decode(document["ciphertext"]))
    sealed[5] ^= 1
    document["ciphertext"] = base64.b64encode(bytes(sealed)).decode()
    with pytest.raises(WrongCode):
        sa.loads(json.dumps(document), CODE)


# -- fuzzing the reader --------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
content_keys = st.sampled_from(
    [
        "name",
        "question",
        "wellbeing",
        "answers",
        "helpers",
        "filled_in_on",
        "instrument_id",
        "plan",
        "x",
    ]
)


def _only_dutch_errors(data: bytes | str, code: str | None = None) -> None:
    """The reader either refuses with a message, or returns content that passes the checks."""
    message = None
    try:
        result = sa.loads(data, code)
    except SelfAssessmentError as exc:
        message = str(exc)
    if message is None:
        sa.check(result)
    else:
        assert message.strip()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    _only_dutch_errors(data)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(content_keys, json_values, max_size=5))
def test_fuzz_content_values(changes: dict[str, object]) -> None:
    _only_dutch_errors(with_content(**changes))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_damaged_files(data: st.DataObject) -> None:
    protected = data.draw(st.booleans())
    raw = bytearray(sa.dumps(sample(), code=CODE if protected else None, kdf=CHEAP))
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    _only_dutch_errors(bytes(raw[:cut]), CODE)


# -- fuzzing version 2: the own plan ------------------------------------------------------

PLAN_KEYS = [
    "kind", "goals", "actions", "asks", "written_with", "text", "domain", "what", "who",
    "when", "ongoing", "goal", "from_whom", "name", "takes_on", "plan", "filled_in_on", "x",
]  # fmt: skip
plan_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-3, max_value=40)
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(
        [
            "persoonlijk-plan",
            "familiegroepsplan",
            "financien",
            "Els",
            "",
            " ",
            "20261120",
            "2026-11-20",
            "2999-01-01",
            "a\u202eb",
            "x" * 1001,
        ]
    )
)
plan_values = st.recursive(
    plan_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(PLAN_KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=25,
)


def sample_v2() -> SelfAssessment:
    content = sample()
    content.plan = sa.OwnPlan(
        kind=sa.PlanKind.FAMILIEGROEPSPLAN,
        goals=[sa.OwnGoal("Rust in huis", "financien"), sa.OwnGoal("Samen eten")],
        actions=[
            sa.OwnAction("Koken", who="Els", when="op vrijdag", goal=1),
            sa.OwnAction("Post openen", ongoing=True, goal=0),
        ],
        asks=[sa.OwnAsk("Hulp bij de post")],
        written_with=[sa.Participant("Oma Ans", "mijn moeder", "Ze kookt op vrijdag.")],
    )
    return content


V2_DOCUMENT = json.loads(sa.dumps(sample_v2()))


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


def mutated(data: st.DataObject) -> dict[str, object]:
    """The version 2 sample with one to four parts deleted, replaced, renamed or doubled."""
    doc = json.loads(json.dumps(V2_DOCUMENT))
    for _ in range(data.draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p[:1] == ("content",)]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = data.draw(st.sampled_from(["delete", "replace", "rename", "duplicate"]))
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = data.draw(plan_values)
        elif action == "rename" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(PLAN_KEYS))] = parent.pop(last)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[last])))
    return doc


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(PLAN_KEYS), plan_values, max_size=6))
def test_fuzz_plan_values(plan: dict[str, object]) -> None:
    _only_dutch_errors(with_content(plan=plan))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_plan_mutations(data: st.DataObject) -> None:
    doc = mutated(data)
    _only_dutch_errors(json.dumps(doc))
    try:
        content = sa.loads(json.dumps(doc))
    except SelfAssessmentError:
        return
    # what the reader lets through, the review and its plan take without a traceback
    try:
        sa.check_instrument(content, instrument())
    except SelfAssessmentError:
        return
    review = sa.review(content, case_file(), instrument(), dt.date.today())
    for item in review.items:
        assert item.label.strip() and sa.effect_text(item, review).strip()
    message = "-"
    try:
        review.plan(i.key for i in review.items)
    except SelfAssessmentError as exc:
        message = str(exc)
    assert message.strip()


# -- the examples in docs -----------------------------------------------------------


def test_documented_examples_read() -> None:
    plain = sa.read_file(DOCS / "examples" / "selfassessment.json")
    sa.check_instrument(plain, instrument())
    protected_path = DOCS / "examples" / "selfassessment-met-code.json"
    with pytest.raises(CodeRequired):
        sa.read_file(protected_path)
    assert sa.read_file(protected_path, "zon42") == plain  # the code in the docs


# -- instruments and review -----------------------------------------------------------


def test_instrument_check() -> None:
    inst = instrument()
    content = sample()
    sa.check_instrument(content, inst)
    assert sa.find_instrument(content, bundled_instruments()) is inst
    content.answers.append(DomainAnswer("onbekend-onderwerp", 1))
    with pytest.raises(SelfAssessmentError, match="onbekend-onderwerp"):
        sa.check_instrument(content, inst)
    content.answers[-1] = DomainAnswer("werk-opleiding", 9)
    with pytest.raises(SelfAssessmentError, match="niet bestaat"):
        sa.check_instrument(content, inst)
    content.instrument_id = "zrm"
    with pytest.raises(SelfAssessmentError, match="zrm"):
        sa.find_instrument(content, bundled_instruments())


def case_file(*conversations: Conversation, network: list[NetworkPerson] | None = None) -> CaseFile:
    return CaseFile(
        case=Case(reference="EK-1", household_name="Fam. Test", id=7),
        conversations=list(conversations),
        network=network or [],
    )


def test_review_joins_a_conversation_held_after_filling_in() -> None:
    held = Conversation(case_id=7, date=dt.date(2026, 11, 23), id=3, question="Hulp bij post")
    review = sa.review(sample(), case_file(held), instrument(), dt.date(2026, 11, 23))
    assert review.target is held
    question = review.item("question")
    assert question.effect is Effect.APPEND
    assert question.recorded == "Hulp bij post"
    assert review.item("wellbeing").effect is Effect.ADD
    assert review.item("domain:financien").citizen.startswith("2 · Het gaat slecht")
    assert "wil hierover praten" in review.item("domain:financien").citizen
    assert "past niet" in review.item("domain:justitie").citizen
    plan = review.plan([i.key for i in review.items])
    assert plan.conversation is held
    old, new = plan.conversation_changes["question"]
    assert old == "Hulp bij post"
    assert new.startswith("Hulp bij post\n\nThuis ingevuld door de inwoner: Ik red")
    assert plan.assessment is not None
    assert plan.assessment.perspective is Perspective.CITIZEN
    assert plan.assessment.source is AssessmentSource.AT_HOME
    scores = {s.domain: s for s in plan.assessment.scores}
    assert scores["financien"].level == 2 and scores["financien"].wants_to_discuss
    assert scores["justitie"].not_discussed and scores["justitie"].level is None
    assert scores["huisvesting"].situation == "Trap is lastig"
    assert [p.name for p in plan.new_persons] == ["Els"]


def test_review_makes_a_new_conversation_when_the_latest_is_older() -> None:
    old = Conversation(case_id=7, date=dt.date(2026, 6, 1), id=3, wellbeing=4)
    review = sa.review(sample(), case_file(old), instrument(), dt.date(2026, 11, 23))
    assert review.target is None
    assert review.new_conversation_kind is ConversationKind.PROGRESS
    wellbeing = review.item("wellbeing")
    assert wellbeing.recorded == "4"  # shown beside it, but nothing is replaced
    assert wellbeing.effect is Effect.ADD
    plan = review.plan(["wellbeing"])
    assert plan.conversation.id is None
    assert plan.conversation.date == dt.date(2026, 11, 23)
    assert plan.conversation_changes == {"wellbeing": (None, 6)}
    first = sa.review(sample(), case_file(), instrument(), dt.date(2026, 11, 23))
    assert first.new_conversation_kind is ConversationKind.INTAKE


def test_replacing_a_recorded_number_is_not_ticked_by_default() -> None:
    held = Conversation(case_id=7, date=dt.date(2026, 11, 23), id=3, wellbeing=8)
    review = sa.review(sample(), case_file(held), instrument(), dt.date(2026, 11, 23))
    item = review.item("wellbeing")
    assert item.effect is Effect.REPLACE
    assert not item.default
    same = Conversation(case_id=7, date=dt.date(2026, 11, 23), id=3, wellbeing=6)
    review = sa.review(sample(), case_file(same), instrument(), dt.date(2026, 11, 23))
    assert not review.item("wellbeing").selectable
    assert review.plan(["wellbeing"]).is_empty


def test_known_helper_goes_into_the_notes_when_ticked() -> None:
    els = NetworkPerson(case_id=7, name="els", id=4, role="dochter", notes="Komt op zondag.")
    review = sa.review(sample(), case_file(network=[els]), instrument(), dt.date(2026, 11, 23))
    item = review.item("helper:0")
    assert item.effect is Effect.APPEND and not item.default
    assert "staat al in het netwerk" in item.recorded
    plan = review.plan(["helper:0"])
    assert plan.new_persons == []
    ((person_id, seen, new),) = plan.person_notes
    assert (person_id, seen) == (4, "Komt op zondag.")
    assert new.endswith("mijn dochter · Helpt met: boodschappen")


def test_empty_answers_are_left_out_of_the_review() -> None:
    content = SelfAssessment("leefgebieden", "1.0")
    review = sa.review(content, case_file(), instrument(), dt.date(2026, 11, 23))
    assert review.items == []
    assert review.plan([]).is_empty
