"""Instruments as data: bundled content, validation of broken files, fuzzing."""

from __future__ import annotations

import copy
import math
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenkracht.core import instruments as ins
from eigenkracht.core.instruments import (
    Instrument,
    InstrumentError,
    InstrumentKind,
    bundled_instruments,
    default_instrument,
    load_all,
    load_instrument,
    parse_instrument,
    user_instrument_dir,
)

BUNDLED_DIR = Path(ins.__file__).resolve().parent.parent / "resources" / "instruments"
FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# A small valid instrument; tests break it one key at a time.
SMALL = """\
format = 1
id = "klein"
version = "1.0"
name = "Klein instrument"
citizen_name = "Hoe gaat het?"
kind = "levels"
licence = "EUPL-1.2, test"
description = "Een instrument om mee te testen."

[scale]
levels = [
    { value = 1, label = "Slecht", citizen_label = "Het gaat slecht" },
    { value = 2, label = "Matig", citizen_label = "Het gaat een beetje" },
    { value = 3, label = "Goed", citizen_label = "Het gaat goed" },
]

[[domains]]
key = "geld"
name = "Financiën"
citizen_name = "Geld"
description = "Inkomen en uitgaven."
citizen_question = "Hoe gaat het met uw geld?"
[domains.levels.1]
professional = "Schulden."
citizen = "U heeft schulden."
[domains.levels.2]
professional = "Krap."
citizen = "Het is krap."
[domains.levels.3]
professional = "Op orde."
citizen = "Het gaat goed met uw geld."

[[domains]]
key = "wonen"
name = "Huisvesting"
citizen_name = "Uw huis"
description = "De woning."
citizen_question = "Hoe woont u?"
[domains.levels.1]
professional = "Dakloos."
citizen = "U heeft geen huis."
[domains.levels.2]
professional = "Onzeker."
citizen = "U weet niet of u mag blijven."
[domains.levels.3]
professional = "Stabiel."
citizen = "U woont goed."
"""


def by_id() -> dict[str, Instrument]:
    return {i.id: i for i in bundled_instruments()}


def citizen_texts(inst: Instrument) -> list[tuple[str, str]]:
    out = [("citizen_name", inst.citizen_name), ("citizen_intro", inst.citizen_intro)]
    out += [(f"scale {lvl.value}", lvl.citizen_label) for lvl in inst.scale.levels]
    out += [("scale.low", inst.scale.low.citizen_label)]
    out += [("scale.high", inst.scale.high.citizen_label)]
    for d in inst.domains:
        out += [(d.key, d.citizen_name), (d.key, d.citizen_question)]
        out += [(f"{d.key}.{v}", t.citizen) for v, t in d.levels.items()]
    return out


# --------------------------------------------------------------------------- bundled


def test_bundled_all_load() -> None:
    found = by_id()
    assert set(found) == {"leefgebieden", "participatieladder", "welzijnsradar"}
    instruments, errors = load_all(None)
    assert errors == []
    assert [i.id for i in instruments] == ["leefgebieden", "participatieladder", "welzijnsradar"]
    for inst in instruments:
        assert inst.is_bundled
        assert inst.source == "bundled"
        assert inst.licence.strip()
        assert "EUPL-1.2" in inst.licence
        assert inst.citizen_intro


def test_leefgebieden() -> None:
    lg = by_id()["leefgebieden"]
    assert lg.kind is InstrumentKind.LEVELS
    assert lg.level_values() == (1, 2, 3, 4, 5)
    assert lg.domain_keys() == (
        "financien",
        "werk-opleiding",
        "tijdsbesteding",
        "huisvesting",
        "huiselijke-relaties",
        "geestelijke-gezondheid",
        "lichamelijke-gezondheid",
        "middelengebruik",
        "zelfzorg",
        "dagelijkse-activiteiten",
        "sociaal-netwerk",
        "maatschappelijke-participatie",
        "justitie",
    )
    assert [lvl.value for lvl in lg.scale.levels] == [1, 2, 3, 4, 5]
    for dom in lg.domains:
        assert all([dom.name, dom.citizen_name, dom.description, dom.citizen_question])
        assert sorted(dom.levels) == [1, 2, 3, 4, 5]
        for value in lg.level_values():
            text = dom.level_text(value)
            assert text.professional.strip()
            assert text.citizen.strip()
    assert lg.domain("financien").citizen_name == "Geldzaken"
    with pytest.raises(KeyError):
        lg.domain("bestaat-niet")


def test_participatieladder() -> None:
    pl = by_id()["participatieladder"]
    assert pl.kind is InstrumentKind.LADDER
    assert pl.level_values() == (1, 2, 3, 4, 5, 6)
    assert len(pl.domains) == 1
    assert sorted(pl.domains[0].levels) == [1, 2, 3, 4, 5, 6]
    assert pl.scale.level(1).label == "Geïsoleerd"
    assert pl.scale.level(6).label == "Betaald werk"


def test_welzijnsradar() -> None:
    wr = by_id()["welzijnsradar"]
    assert wr.kind is InstrumentKind.SCORE
    assert (wr.scale.minimum, wr.scale.maximum) == (0, 10)
    assert wr.level_values() == tuple(range(11))
    assert wr.scale.levels == ()
    assert (wr.scale.low.value, wr.scale.high.value) == (0, 10)
    assert 5 <= len(wr.domains) <= 8
    for dom in wr.domains:
        assert dom.citizen_question.endswith("?")
        assert dict(dom.levels) == {}
    with pytest.raises(KeyError):
        wr.scale.level(5)


JARGON = re.compile(
    r"maatwerk|indicatie|\bZRM\b|beschikking|zelfredza|participatie|\bADL\b", re.IGNORECASE
)


@pytest.mark.parametrize("ident", ["leefgebieden", "participatieladder", "welzijnsradar"])
def test_bundled_citizen_texts_plain(ident: str) -> None:
    """A rough guard; B1 must still be checked with people."""
    for where, text in citizen_texts(by_id()[ident]):
        assert not JARGON.search(text), (where, text)
        for sentence in re.split(r"[.?!]\s+", text):
            assert len(sentence.split()) <= 15, (where, sentence)


def test_bundled_files_are_utf8_and_small() -> None:
    files = sorted(BUNDLED_DIR.glob("*.toml"))
    assert len(files) == 3
    for path in files:
        assert path.stat().st_size < 100_000
        inst = load_instrument(path)
        assert inst.source == str(path)


def test_instruments_are_frozen_and_hashable() -> None:
    lg = by_id()["leefgebieden"]
    with pytest.raises(AttributeError):
        lg.id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        lg.domains[0].levels[1] = lg.domains[0].levels[2]  # type: ignore[index]
    again = parse_instrument((BUNDLED_DIR / "leefgebieden.toml").read_bytes(), "bundled")
    assert again == lg
    assert hash(again) == hash(lg)
    assert len({lg, again, *lg.domains, *again.domains}) == 1 + len(lg.domains)


def test_the_default_instrument_is_chosen_by_its_file() -> None:
    """Exactly one bundled file says `default = true`, and it scores levels per domain;
    no code names it (tests/core/test_layering.py)."""
    marked = [i for i in bundled_instruments() if i.is_default]
    assert len(marked) == 1
    chosen = default_instrument()
    assert chosen is marked[0]
    assert chosen.kind is InstrumentKind.LEVELS and len(chosen.domains) > 1
    assert not parse_instrument(SMALL, "klein.toml").is_default
    assert parse_instrument("default = true\n" + SMALL, "klein.toml").is_default
    with pytest.raises(InstrumentError, match=r"default.*verwacht true of false"):
        parse_instrument('default = "ja"\n' + SMALL, "klein.toml")


def test_no_or_two_or_a_wrong_kind_of_default_is_a_packaging_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = parse_instrument(SMALL, "klein.toml")
    marked = parse_instrument("default = true\n" + SMALL, "klein.toml")
    ladder = next(i for i in bundled_instruments() if i.kind is InstrumentKind.LADDER)
    ladder = Instrument(**{**ladder.__dict__, "is_default": True})
    for found, message in (
        ([small], r"precies één .* \(nu: geen\)"),
        ([marked, marked], r"precies één .* \(nu: klein, klein\)"),
        ([small, ladder], "soort 'levels'"),
    ):
        monkeypatch.setattr(ins, "bundled_instruments", lambda found=found: found)
        with pytest.raises(InstrumentError, match=message):
            default_instrument()


def test_small_example_is_valid() -> None:
    inst = parse_instrument(SMALL, "klein.toml")
    assert inst.ref == "klein@1.0"
    assert inst.source == "klein.toml"
    assert inst.domain("wonen").level_text(2).citizen == "U weet niet of u mag blijven."
    assert inst.citizen_intro == ""
    assert [v in inst.scale for v in (0, 1, 2, 3, 4, True, 2.0)] == [
        False,
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def test_docs_example_is_valid() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "instruments.md").read_text("utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", doc, re.DOTALL)
    assert blocks
    complete = [b for b in blocks if b.startswith("format = 1")]
    assert complete
    for block in complete:
        parse_instrument(block, "docs")


# --------------------------------------------------------------------------- broken files


def replace(old: str, new: str, count: int = 1) -> str:
    assert old in SMALL
    return SMALL.replace(old, new, count)


BROKEN: dict[str, tuple[str | bytes, str | None, str]] = {
    # name: (content, key expected in the message or None, fragment of the problem)
    "not-toml": (SMALL.replace('name = "Klein', "name = Klein"), None, "regel 4"),
    "missing-key": (replace('licence = "EUPL-1.2, test"\n', ""), "licence", "ontbreekt"),
    "unknown-key": (replace("licence =", "licnce ="), "licnce", "bedoelt u 'licence'"),
    "unknown-domain-key": (
        replace('citizen_question = "Hoe woont u?"', 'citizen_vraag = "Hoe woont u?"'),
        "domains[2].citizen_vraag",
        "onbekende sleutel",
    ),
    "missing-domain-key": (
        replace('citizen_question = "Hoe woont u?"\n', ""),
        "domains[2].citizen_question",
        "ontbreekt",
    ),
    "wrong-type": (replace('version = "1.0"', "version = 1.0"), "version", "kommagetal"),
    "wrong-type-level": (
        replace("{ value = 2,", '{ value = "2",'),
        "scale.levels[2].value",
        "geheel getal",
    ),
    "bool-is-not-int": (replace("format = 1", "format = true"), "format", "waar/onwaar"),
    "duplicate-domain": (replace('key = "wonen"', 'key = "geld"'), "domains[2].key", "vaker"),
    "missing-level-text": (
        replace('[domains.levels.3]\nprofessional = "Stabiel."\ncitizen = "U woont goed."\n', ""),
        "domains[2].levels.3",
        "ontbreekt",
    ),
    "missing-citizen-text": (
        replace('citizen = "Het is krap."\n', ""),
        "domains[1].levels.2.citizen",
        "ontbreekt",
    ),
    "extra-level-text": (
        replace(
            "[domains.levels.3]",
            '[domains.levels.4]\nprofessional = "x"\ncitizen = "y"\n[domains.levels.3]',
        ),
        "domains[1].levels.4",
        "hoort niet bij de schaal",
    ),
    "level-not-a-number": (
        replace("[domains.levels.3]", "[domains.levels.drie]"),
        "domains[1].levels.drie",
        "geheel getal",
    ),
    "levels-not-contiguous": (
        replace("{ value = 3,", "{ value = 4,"),
        "scale.levels[3].value",
        "stappen van 1",
    ),
    "empty-string": (replace('name = "Klein instrument"', 'name = "   "'), "name", "leeg"),
    "newline-in-name": (replace('name = "Klein instrument"', 'name = "a\\nb"'), "name", "regel"),
    "control-char": (replace('name = "Klein instrument"', 'name = "a\\u0007b"'), "name", "stuur"),
    "long-string": (
        replace("mee te testen.", "x" * 2001),
        "description",
        "te lang",
    ),
    "bad-id": (replace('id = "klein"', 'id = "Klein Instrument"'), "id", "kleine letters"),
    "bad-id-hyphen": (replace('id = "klein"', 'id = "-klein"'), "id", "ongeldige id"),
    "bad-domain-key": (replace('key = "wonen"', 'key = "wo nen"'), "domains[2].key", "ongeldige"),
    "bad-version": (replace('version = "1.0"', 'version = "één"'), "version", "ongeldige versie"),
    "bad-kind": (replace('kind = "levels"', 'kind = "radar"'), "kind", "onbekende soort"),
    "newer-format": (replace("format = 1", "format = 2\nnieuw = 3"), "format", "nieuwer"),
    "zero-format": (replace("format = 1", "format = 0"), "format", "ongeldige"),
    "missing-format": (replace("format = 1\n", ""), "format", "ontbreekt"),
    "no-domains": (
        SMALL.split("[[domains]]")[0].replace("[scale]", "domains = []\n[scale]"),
        "domains",
        "te weinig",
    ),
    "score-with-levels": (
        replace('kind = "levels"', 'kind = "score"'),
        "scale.levels",
        "onbekende sleutel",
    ),
    "not-utf8": (
        SMALL.encode("utf-8").replace("Financiën".encode(), b"Financi\xebn"),
        None,
        "UTF-8",
    ),
    "huge": (SMALL + "# " + "x" * (1024 * 1024) + "\n", None, "te groot"),
}


def too_many_domains() -> str:
    head, first, _ = SMALL.split("[[domains]]")
    block = "[[domains]]" + first
    return head + "".join(block.replace('"geld"', f'"d{i}"') for i in range(101))


BROKEN["too-many-domains"] = (too_many_domains(), "domains", "te veel")


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file(name: str, tmp_path: Path) -> None:
    content, key, fragment = BROKEN[name]
    path = tmp_path / f"{name}.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        load_instrument(path)
    err = info.value
    message = str(err)
    assert err.source == str(path)
    assert message.startswith(str(path) + ": ")
    assert f"{name}.toml" in message
    assert err.key == key
    if key is not None:
        assert f"sleutel '{key}'" in message
    assert fragment in message, message
    assert err.problem in message
    # The same text given directly gives the same error.
    with pytest.raises(InstrumentError) as again:
        parse_instrument(content, f"{name}.toml")
    assert again.value.key == key


def test_toml_error_has_line_number() -> None:
    with pytest.raises(InstrumentError) as info:
        parse_instrument('format = 1\nid = "x"\nname = \n', "x.toml")
    assert info.value.line == 3
    assert info.value.column is not None
    assert str(info.value).startswith("x.toml: regel 3, kolom ")
    assert "geen geldige TOML" in str(info.value)


def test_not_utf8_has_line_number() -> None:
    with pytest.raises(InstrumentError) as info:
        parse_instrument(b'format = 1\nname = "\xff"\n', "x.toml")
    assert info.value.line == 2


def test_utf8_bom_accepted() -> None:
    assert parse_instrument(b"\xef\xbb\xbf" + SMALL.encode(), "bom.toml").id == "klein"


def test_ladder_needs_exactly_one_domain() -> None:
    text = replace('kind = "levels"', 'kind = "ladder"')
    with pytest.raises(InstrumentError) as info:
        parse_instrument(text, "ladder.toml")
    assert info.value.key == "domains"
    one = text.split("[[domains]]")
    assert parse_instrument("[[domains]]".join(one[:2]), "ladder.toml").kind == "ladder"


def test_score_kind() -> None:
    head = SMALL.split("[scale]")[0].replace('kind = "levels"', 'kind = "score"')
    scale = (
        "[scale]\nmin = 0\nmax = 10\n"
        'low = { label = "Laag", citizen_label = "Slecht" }\n'
        'high = { label = "Hoog", citizen_label = "Goed" }\n'
    )
    dom = (
        '[[domains]]\nkey = "a"\nname = "A"\ncitizen_name = "A"\ndescription = "A."\n'
        'citizen_question = "A?"\n'
    )
    inst = parse_instrument(head + scale + dom, "score.toml")
    assert inst.level_values() == tuple(range(11))
    assert inst.scale.high.label == "Hoog"
    with pytest.raises(InstrumentError, match=r"scale\.max"):
        parse_instrument(head + scale.replace("max = 10", "max = 0") + dom, "score.toml")
    with pytest.raises(InstrumentError, match=r"domains\[1\]\.levels"):
        parse_instrument(head + scale + dom + "[domains.levels]\n", "score.toml")
    with pytest.raises(InstrumentError, match=r"scale\.low\.citizen_label"):
        parse_instrument(head + scale.replace(', citizen_label = "Slecht"', "") + dom, "s.toml")


@pytest.mark.parametrize("bad", [None, 12, ["a"], {"a": 1}])
def test_parse_non_text_input(bad: Any) -> None:
    with pytest.raises(InstrumentError):
        parse_instrument(bad, "x")


def test_load_unreadable(tmp_path: Path) -> None:
    # in Dutch by errno, never the system's English text (issue 13: "No such file or
    # directory" reached the user)
    with pytest.raises(InstrumentError, match=r"kan het bestand niet lezen \(bestaat niet\)"):
        load_instrument(tmp_path / "bestaat-niet.toml")
    with pytest.raises(InstrumentError, match=r"kan het bestand niet lezen \(dat is een map\)"):
        load_instrument(tmp_path)
    with pytest.raises(InstrumentError):
        load_instrument("a\0b.toml")


def test_deeply_nested_toml() -> None:
    with pytest.raises(InstrumentError, match="te diep"):
        parse_instrument("a = " + "[" * 100_000 + "]" * 100_000, "diep.toml")
    with pytest.raises(InstrumentError):
        parse_instrument("a = " + "9" * 5000, "groot.toml")


# --------------------------------------------------------------------------- load_all


def test_load_all_reports_broken_user_files(tmp_path: Path) -> None:
    (tmp_path / "a-kapot.toml").write_text("dit is = geen [toml", encoding="utf-8")
    (tmp_path / "b-goed.toml").write_text(SMALL, encoding="utf-8")
    (tmp_path / "c-dubbel.toml").write_text(SMALL, encoding="utf-8")
    bundled_copy = (BUNDLED_DIR / "welzijnsradar.toml").read_text("utf-8")
    (tmp_path / "d-radar.toml").write_text(bundled_copy, encoding="utf-8")
    newer = bundled_copy.replace('version = "1.0"', 'version = "1.1"')
    (tmp_path / "e-radar-nieuw.TOML").write_text(newer, encoding="utf-8")
    (tmp_path / "notities.txt").write_text("geen instrument", encoding="utf-8")
    (tmp_path / "map.toml").mkdir()

    instruments, errors = load_all(tmp_path)
    refs = [i.ref for i in instruments]
    assert refs[:3] == ["leefgebieden@1.0", "participatieladder@1.0", "welzijnsradar@1.0"]
    assert refs[3:] == ["klein@1.0", "welzijnsradar@1.1"]
    assert instruments[3].source == str(tmp_path / "b-goed.toml")
    names = [Path(e.source).name for e in errors]
    assert names == ["a-kapot.toml", "c-dubbel.toml", "d-radar.toml"]
    assert "bestaat al" in str(errors[1])
    assert "b-goed.toml" in str(errors[1])
    assert "meegeleverd" in str(errors[2])
    assert all(isinstance(e, InstrumentError) for e in errors)


def test_load_all_missing_dir(tmp_path: Path) -> None:
    instruments, errors = load_all(tmp_path / "bestaat-niet")
    assert (len(instruments), errors) == (3, [])
    file = tmp_path / "bestand"
    file.write_text("x", encoding="utf-8")
    instruments, errors = load_all(file)
    assert (len(instruments), len(errors)) == (3, 1)


# --------------------------------------------------------------------------- locations


def test_user_instrument_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path))
    assert user_instrument_dir() == tmp_path / "instruments"
    monkeypatch.delenv("EIGENKRACHT_DATA_DIR")
    assert user_instrument_dir().parts[-2:] == ("eigenkracht", "instruments")


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, "/h/.local/share/eigenkracht"),
        ("linux", {"XDG_DATA_HOME": "/xdg"}, "/xdg/eigenkracht"),
        ("linux", {"XDG_DATA_HOME": "relatief"}, "/h/.local/share/eigenkracht"),
        ("darwin", {}, "/h/Library/Application Support/eigenkracht"),
        ("win32", {"APPDATA": "/appdata"}, "/appdata/eigenkracht"),
        ("win32", {}, "/h/AppData/Roaming/eigenkracht"),
        ("win32", {"EIGENKRACHT_DATA_DIR": "/eigen"}, "/eigen"),
    ],
)
def test_data_root(platform: str, env: dict[str, str], expected: str) -> None:
    assert ins._data_root(platform, env, Path("/h")) == Path(expected)


# --------------------------------------------------------------------------- fuzzing


def toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    raise TypeError(type(value))


def toml_document(data: dict[str, Any]) -> str:
    return "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in data.items())


def check(content: str | bytes) -> None:
    error: InstrumentError | None = None
    try:
        inst = parse_instrument(content, "fuzz.toml")
    except InstrumentError as err:
        error = err
    if error is None:
        assert isinstance(inst, Instrument)
    else:
        assert str(error).startswith("fuzz.toml")
        assert error.problem


def test_serialiser_round_trips_bundled() -> None:
    for path in sorted(BUNDLED_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        text = toml_document(data)
        assert tomllib.loads(text) == data
        assert parse_instrument(text, path.name) == parse_instrument(
            path.read_text("utf-8"), path.name
        )


KEYS = [
    "format", "id", "version", "name", "citizen_name", "kind", "licence", "description",
    "citizen_intro", "scale", "domains", "levels", "value", "label", "citizen_label", "min",
    "max", "low", "high", "key", "citizen_question", "professional", "citizen", "1", "2", "0",
]  # fmt: skip
scalars = (
    st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.integers(min_value=-3, max_value=12)
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(["levels", "ladder", "score", "a", "x-1", ""])
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=25,
)


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.text(max_size=3000))
def test_fuzz_text(text: str) -> None:
    check(text)


@FUZZ
@given(
    st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), values, max_size=12),
    st.sampled_from([None, 1, 2, "1"]),
    st.sampled_from([None, "levels", "ladder", "score"]),
)
def test_fuzz_structures(data: dict[str, Any], fmt: Any, kind: str | None) -> None:
    if fmt is not None:
        data["format"] = fmt
    if kind is not None:
        data["kind"] = kind
    check(toml_document(data))


def bundled_data() -> list[dict[str, Any]]:
    return [tomllib.loads(p.read_text("utf-8")) for p in sorted(BUNDLED_DIR.glob("*.toml"))]


BUNDLED_DATA = [*bundled_data(), tomllib.loads(SMALL)]


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths(v, (*prefix, i))
    return out


@FUZZ
@given(st.data(), st.sampled_from(range(len(BUNDLED_DATA))))
def test_fuzz_mutations(data: st.DataObject, which: int) -> None:
    doc = copy.deepcopy(BUNDLED_DATA[which])
    for _ in range(data.draw(st.integers(1, 3))):
        all_paths = paths(doc)
        if not all_paths:
            break
        path = data.draw(st.sampled_from(all_paths))
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = data.draw(st.sampled_from(["delete", "replace", "rename", "duplicate"]))
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = data.draw(values)
        elif action == "rename" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(KEYS) | st.text(max_size=8))] = parent.pop(last)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    check(toml_document(doc))


@FUZZ
@given(
    st.sampled_from(sorted(BUNDLED_DIR.glob("*.toml"))),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=200),
    st.text(max_size=20),
)
def test_fuzz_text_edits(path: Path, position: int, cut: int, insert: str) -> None:
    text = path.read_text("utf-8")
    position %= len(text)
    check(text[:position] + insert + text[position + cut :])
