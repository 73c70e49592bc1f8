"""Instruments in two languages, for whom, and where the program finds them: the
`_en` texts and the " [nl]" marker, `scope`, the Catalogue (installed, kept with the
data, missing), the default set and the checks of levels and goal targets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eigenkracht.core.instruments import (
    MARKER,
    STORED_SOURCE,
    Catalogue,
    Instrument,
    InstrumentError,
    InstrumentKind,
    Scope,
    bundled_instruments,
    load_all,
    parse_instrument,
    parse_stored,
)
from eigenkracht.core.model import Assessment, DomainScore, Goal, Perspective
from eigenkracht.core.problems import Code, scale_text, score_problems, target_problems

# A small instrument with English for some texts only.
HALF = """\
format = 1
id = "half"
version = "1.0"
name = "Half vertaald"
name_en = "Half translated"
citizen_name = "Hoe gaat het?"
kind = "levels"
licence = "EUPL-1.2, test"
description = "Om mee te testen."
description_en = "For testing."

[[scale.levels]]
value = 1
label = "Slecht"
label_en = "Bad"
citizen_label = "Het gaat slecht"

[[scale.levels]]
value = 2
label = "Goed"
citizen_label = "Het gaat goed"
citizen_label_en = "Things are fine"

[[domains]]
key = "geld"
name = "Financiën"
name_en = "Finances"
citizen_name = "Geld"
description = "Inkomen en uitgaven."
citizen_question = "Hoe gaat het met uw geld?"
citizen_question_en = "How are things with your money?"
levels.1 = { professional = "Schulden.", professional_en = "Debts.", citizen = "U heeft schulden." }
levels.2 = { professional = "Op orde.", citizen = "Het gaat goed.", citizen_en = "All is well." }
"""


def _with(text: str, *, version: str = "1.0", ident: str = "half", extra: str = "") -> str:
    text = text.replace('version = "1.0"', f'version = "{version}"', 1)
    text = text.replace('id = "half"', f'id = "{ident}"', 1)
    return extra + text


def _texts(inst: Instrument) -> list[str]:
    found = [inst.name, inst.citizen_name, inst.description, inst.licence, inst.citizen_intro]
    for lvl in (*inst.scale.levels, inst.scale.low, inst.scale.high):
        found += [lvl.label, lvl.citizen_label]
    for dom in inst.domains:
        found += [dom.name, dom.citizen_name, dom.description, dom.citizen_question]
        for text in dom.levels.values():
            found += [text.professional, text.citizen]
    return [t for t in found if t]


# --------------------------------------------------------------------------- languages


def test_english_where_given_and_dutch_with_a_marker_where_not() -> None:
    inst = parse_instrument(HALF, "half.toml")
    assert inst.language == "nl" and inst.localised("nl") is inst
    en = inst.localised("en")
    assert en.language == "en"
    assert (en.name, en.description) == ("Half translated", "For testing.")
    assert en.citizen_name == "Hoe gaat het?" + MARKER == "Hoe gaat het? [nl]"
    assert en.licence == "EUPL-1.2, test [nl]"
    assert en.citizen_intro == ""  # nothing in Dutch, nothing marked
    low, high = en.scale.levels
    assert (low.label, low.citizen_label) == ("Bad", "Het gaat slecht [nl]")
    assert (high.label, high.citizen_label) == ("Goed [nl]", "Things are fine")
    assert en.scale.low == low and en.scale.high == high
    dom = en.domain("geld")
    assert (dom.name, dom.citizen_name) == ("Finances", "Geld [nl]")
    assert dom.citizen_question == "How are things with your money?"
    assert dom.level_text(1).professional == "Debts."
    assert dom.level_text(1).citizen == "U heeft schulden. [nl]"
    assert dom.level_text(2).citizen == "All is well."
    # The keys, the scale and the Dutch original are unchanged; no double marker.
    assert (en.ref, en.domain_keys(), en.scale.values()) == (inst.ref, ("geld",), (1, 2))
    assert en.localised("en") is en
    assert en.localised("en_GB.UTF-8").citizen_name == "Hoe gaat het? [nl]"
    assert en.localised("nl") is inst
    assert inst.name == "Half vertaald"
    # A language no file gives: all Dutch, all marked.
    de = inst.localised("de")
    assert de.name == "Half vertaald [nl]" and all(t.endswith(MARKER) for t in _texts(de))


def test_the_missing_english_texts_are_named() -> None:
    inst = parse_instrument(HALF, "half.toml")
    assert "citizen_name_en" in inst.missing_en
    assert "scale.levels[2].label_en" in inst.missing_en
    assert "domains[1].levels.2.professional_en" in inst.missing_en
    assert "citizen_intro_en" not in inst.missing_en  # no Dutch intro either
    assert "name_en" not in inst.missing_en


@pytest.mark.parametrize("inst", bundled_instruments(), ids=lambda i: i.id)
def test_the_bundled_instruments_are_complete_in_english(inst: Instrument) -> None:
    assert inst.missing_en == ()
    en = inst.localised("en")
    texts = _texts(en)
    assert texts and not [t for t in texts if t.endswith(MARKER)]
    dutch = set(_texts(inst))
    # Translated, not copied (a few words are the same in both languages).
    assert len([t for t in texts if t in dutch]) <= 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('name_en = "Half translated"', 'name_en = "  "'),
            r"^half\.toml: sleutel 'name_en': mag niet leeg zijn$",
        ),
        (
            ('name_en = "Half translated"', 'nmae_en = "Half"'),
            r"sleutel 'nmae_en': onbekende sleutel; bedoelt u 'name_en'\?",
        ),
        (
            ('name_en = "Half translated"', 'name_eng = "Half"'),
            r"sleutel 'name_eng': onbekende sleutel; bedoelt u 'name_en'\?",
        ),
        (
            ('name_en = "Half translated"', 'citizen_intro_en = "Read this."'),
            r"sleutel 'citizen_intro_en': staat er zonder de Nederlandse tekst "
            r"'citizen_intro'; zet 'citizen_intro' erbij of haal 'citizen_intro_en' weg",
        ),
        (
            ('label_en = "Bad"', 'label_en = "Bad\\nworse"'),
            r"sleutel 'scale\.levels\[1\]\.label_en': moet op één regel passen",
        ),
        (
            ('citizen_en = "All is well."', "citizen_en = 3"),
            r"sleutel 'domains\[1\]\.levels\.2\.citizen_en': verwacht tekst, gevonden: geheel",
        ),
        (
            ('citizen_question_en = "How', 'citizen_questoin_en = "How'),
            r"sleutel 'domains\[1\]\.citizen_questoin_en': onbekende sleutel; bedoelt u "
            r"'citizen_question_en'\?",
        ),
    ],
)
def test_english_keys_get_the_same_good_messages(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in HALF
    with pytest.raises(InstrumentError, match=message):
        parse_instrument(HALF.replace(old, new, 1), "half.toml")


# --------------------------------------------------------------------------- scope


def test_scope_says_for_whom() -> None:
    assert parse_instrument(HALF, "half.toml").scope is Scope.HOUSEHOLD
    for value, scope in (("huishouden", Scope.HOUSEHOLD), ("persoon", Scope.MEMBER)):
        assert parse_instrument(f'scope = "{value}"\n' + HALF, "half.toml").scope is scope
    assert parse_instrument('scope = "kind"\n' + HALF, "half.toml").scope is Scope.CHILD
    scopes = {i.id: i.scope for i in bundled_instruments()}
    assert scopes == {
        "leefgebieden": Scope.HOUSEHOLD,
        "participatieladder": Scope.MEMBER,
        "welzijnsradar": Scope.MEMBER,
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'scope = "Persoon"',
            r"sleutel 'scope': onbekende waarde 'Persoon'; bedoelt u 'persoon'\?",
        ),
        (
            'scope = "gezin"',
            r"sleutel 'scope': onbekende waarde 'gezin' \(toegestaan: huishouden = het hele "
            r"huishouden, persoon = één lid, kind = per kind\)",
        ),
        ("scope = 2", r"sleutel 'scope': verwacht tekst, gevonden: geheel getal \(toegestaan"),
        ('scoop = "kind"', r"sleutel 'scoop': onbekende sleutel; bedoelt u 'scope'\?"),
    ],
)
def test_a_wrong_scope_is_named_with_its_fix(line: str, message: str) -> None:
    with pytest.raises(InstrumentError, match=r"^half\.toml: " + message):
        parse_instrument(line + "\n" + HALF, "half.toml")


def test_the_source_text_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "half.toml"
    path.write_text(HALF, encoding="utf-8")
    (inst,) = [i for i in load_all(tmp_path)[0] if i.id == "half"]
    assert inst.source_text == HALF
    again = parse_stored(inst.source_text)
    assert again.source == STORED_SOURCE and again.is_stored
    assert dataclasses.replace(again, source=inst.source) == inst
    for bundled in bundled_instruments():
        kept = parse_stored(bundled.source_text)
        assert dataclasses.replace(kept, source=bundled.source) == bundled


# --------------------------------------------------------------------------- catalogue


def _assessment(ident: str, version: str) -> Assessment:
    return Assessment(1, ident, version, Perspective.CITIZEN)


def test_get_finds_installed_then_stored_else_a_dutch_error() -> None:
    installed = [*bundled_instruments(), parse_instrument(HALF, "half.toml")]
    old = parse_stored(_with(HALF, version="0.9"))
    gone = parse_stored(_with(HALF, ident="weg"))
    catalogue = Catalogue(installed, [old, gone, parse_stored(HALF)])
    assert catalogue.get("half", "1.0") is installed[-1]  # installed wins over stored
    assert catalogue.get("half", "0.9") is old
    assert catalogue.for_assessment(_assessment("weg", "1.0")) is gone
    assert catalogue.resolve("half@0.9") is old
    assert catalogue.has("weg", "1.0") and not catalogue.has("weg", "2.0")
    assert [i.ref for i in catalogue.stored] == ["half@0.9", "weg@1.0"]
    with pytest.raises(InstrumentError) as caught:
        catalogue.get("zrm", "1.0")
    message = str(caught.value)
    assert message.startswith(
        "instrument 'zrm' versie '1.0': is niet geïnstalleerd en niet bij de gegevens bewaard;"
        " zet het instrumentbestand terug in de map "
    )
    with pytest.raises(InstrumentError, match=r"versie '2\.0'.*geïnstalleerd is versie 1\.0"):
        catalogue.get("half", "2.0")
    missing = [_assessment("zrm", "1.0"), _assessment("half", "1.0"), _assessment("zrm", "1.0")]
    assert catalogue.missing(missing) == ["zrm@1.0"]
    assert [i.ref for i in catalogue.ordered(missing)] == ["half@1.0"]


def test_find_gives_the_newest_installed_version() -> None:
    versions = ["1.9", "1.10", "1.2"]
    catalogue = Catalogue([parse_instrument(_with(HALF, version=v)) for v in versions])
    found = catalogue.find("half")
    assert found is not None and found.version == "1.10"
    assert catalogue.find("leefgebieden") is None


def test_ordered_is_stable_levels_before_ladder_before_score() -> None:
    catalogue = Catalogue(bundled_instruments())
    assessments = [
        _assessment("welzijnsradar", "1.0"),
        _assessment("participatieladder", "1.0"),
        _assessment("leefgebieden", "1.0"),
        _assessment("welzijnsradar", "1.0"),
    ]
    assert [i.kind for i in catalogue.ordered(assessments)] == [
        InstrumentKind.LEVELS,
        InstrumentKind.LADDER,
        InstrumentKind.SCORE,
    ]
    assert catalogue.ordered(reversed(assessments)) == catalogue.ordered(assessments)


def test_the_default_set_comes_from_the_files() -> None:
    bundled = bundled_instruments()
    assert [i.id for i in Catalogue(bundled).defaults()] == ["leefgebieden"]
    assert Catalogue(bundled).for_refs([]) == Catalogue(bundled).defaults()
    # The organisation's own files with `default = true` are its set, levels first.
    radar = parse_instrument(_with(HALF, ident="eigen-radar", extra="default = true\n"), "r.toml")
    radar = Instrument(**{**radar.__dict__, "kind": InstrumentKind.SCORE})
    own = parse_instrument(_with(HALF, ident="eigen", extra="default = true\n"), "e.toml")
    newer = parse_instrument(
        _with(HALF, ident="eigen", version="1.1", extra="default = true\n"), "e2.toml"
    )
    catalogue = Catalogue([*bundled, radar, own, newer])
    assert [i.ref for i in catalogue.defaults()] == ["eigen@1.1", "eigen-radar@1.0"]
    chosen = catalogue.for_refs(["participatieladder@1.0", "eigen@1.0"])
    assert [i.ref for i in chosen] == ["participatieladder@1.0", "eigen@1.0"]
    # Without any marked file: the first levels instrument; with nothing: a Dutch error.
    unmarked = [i for i in bundled if not i.is_default]
    assert [i.kind for i in Catalogue(unmarked).defaults()] == [InstrumentKind.LADDER]
    with pytest.raises(InstrumentError, match="er is geen enkel instrument geïnstalleerd"):
        Catalogue([]).defaults()


def test_the_catalogue_in_english() -> None:
    english = Catalogue(bundled_instruments()).localised("en")
    assert [i.name for i in english.installed] == [
        "Life domains",
        "Participation ladder",
        "Wellbeing radar",
    ]
    assert english.get("leefgebieden", "1.0").language == "en"


# --------------------------------------------------------------------------- scales


def test_levels_and_targets_outside_the_scale() -> None:
    ladder = next(i for i in bundled_instruments() if i.kind is InstrumentKind.LADDER)
    radar = next(i for i in bundled_instruments() if i.kind is InstrumentKind.SCORE)
    assert [ladder.allows(v) for v in (0, 1, 6, 7, True, 3.0)] == [
        False,
        True,
        True,
        False,
        False,
        False,
    ]
    assert ladder.check_level(None) is None and ladder.check_level(6) is None
    assert ladder.check_level(7) == (
        "Een score bij 'Participatieladder' ligt tussen 1 en 6; 7 past daar niet."
    )
    assert radar.check_level(0) is None and radar.check_level(10) is None
    assert scale_text(radar, 11, goal=True) == (
        "Een doel bij 'Welzijnsradar' ligt tussen 0 en 10; 11 past daar niet."
    )
    assert scale_text(radar, 4) == ""
    key = ladder.domains[0].key
    problems = score_problems(
        ladder, [DomainScore(key, 6), DomainScore(key, 0), DomainScore("geld", 2)]
    )
    assert [(p.code, p.item) for p in problems] == [
        (Code.LEVEL_OUT_OF_SCALE, key),
        (Code.DOMAIN_NOT_IN_INSTRUMENT, "geld"),
    ]
    assert target_problems(radar, Goal(1, "zin", "Meer rust", id=4, target_level=10)) == []
    (problem,) = target_problems(ladder, Goal(1, key, "Werk", id=4, target_level=8))
    assert (problem.field, problem.code, problem.item) == (
        "goal.target_level",
        Code.TARGET_OUT_OF_SCALE,
        4,
    )
