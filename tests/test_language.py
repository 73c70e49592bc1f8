"""Everything a citizen reads is plain Dutch (language level B1, domain.md §8).

Measured over two sources: the citizen wording of the bundled instruments (names,
questions, introductions, level labels and level texts), and every string the citizen
window can show (all tr()/translate() texts in ui/citizen/). The measures and their
thresholds are documented in docs/selfassessment-format.md ("Taal"):

- Flesch-Douma, the Dutch Flesch formula (textstat in Dutch mode, which counts syllables
  with the pyphen hyphenation dictionary, offline):
  206.835 - 0.93 * words per sentence - 77 * syllables per word.
  All texts of a source together score at least 80 ("makkelijk"); every single text of
  8 words or more at least 60 (shorter texts are too short for the formula).
- Sentences: at most 15 words each, at most 10 on average.
- No jargon from the list below, unless the same sentence explains it (a colon, brackets,
  "betekent", "wil zeggen", "dat is" or "oftewel" after the word).

A score is no substitute for testing texts with people; it keeps them from drifting.
"""

from __future__ import annotations

import ast
import re
import statistics
from pathlib import Path

import pytest

textstat = pytest.importorskip("textstat", reason="textstat is in the test extras")

import eigenkracht  # noqa: E402
from eigenkracht.core.instruments import bundled_instruments  # noqa: E402

CITIZEN_UI = Path(eigenkracht.__file__).parent / "ui" / "citizen"

WHOLE_MINIMUM = 80.0
TEXT_MINIMUM = 60.0
TEXT_MIN_WORDS = 8
MAX_SENTENCE_WORDS = 15
MAX_MEAN_SENTENCE_WORDS = 10.0

# Words of the professional world that a citizen should not meet unexplained.
# Long entries match inside compounds ("voorziening" in "maatwerkvoorziening");
# short ones (5 letters or fewer) only as whole words.
JARGON = (
    "maatwerkvoorziening",
    "voorziening",
    "maatwerk",
    "indicatie",
    "beschikking",
    "zelfredzaam",
    "zelfredzaamheid",
    "zrm",
    "participatie",
    "participeren",
    "mantelzorg",
    "wmo",
    "jeugdwet",
    "keukentafelgesprek",
    "leefgebied",
    "instrument",
    "perspectief",
    "cliëntondersteuning",
    "cliënt",
    "casus",
    "dossier",
    "interventie",
    "ambulant",
    "adl",
    "ggz",
    "regie",
    "hulpvraag",
    "zorgaanbieder",
    "zelfbeoordeling",
    "casemanager",
    "pdf",
    "json",
)
EXPLAINED = re.compile(r"[:(]|\b(betekent|wil zeggen|dat is|oftewel)\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def instrument_texts() -> list[str]:
    texts: list[str] = []
    for instrument in bundled_instruments():
        texts += [instrument.citizen_name, instrument.citizen_intro]
        levels = instrument.scale.levels or (instrument.scale.low, instrument.scale.high)
        texts += [level.citizen_label for level in levels]
        for domain in instrument.domains:
            texts += [domain.citizen_name, domain.citizen_question]
            texts += [text.citizen for text in domain.levels.values()]
    return [t for t in texts if t.strip()]


def window_texts() -> list[str]:
    """Every string literal given to tr(), translate(context, text) or _tr() in the
    citizen window's modules."""
    texts: list[str] = []
    for path in sorted(CITIZEN_UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literals = [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            if name in ("tr", "_tr") and len(literals) == 1:
                texts.append(literals[0])
            elif name == "translate" and len(literals) == 2:
                texts.append(literals[1])
    return [clean(t) for t in texts if clean(t)]


FILE_PATTERN = re.compile(r"\(\*\.[a-z]+\)")


def clean(text: str) -> str:
    """The text as a reader sees it: no mnemonic marks, placeholders as a short word, no
    file-type patterns of a file dialog ("(*.pdf)")."""
    text = FILE_PATTERN.sub("", PLACEHOLDER.sub("3", text.replace("&", "")))
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)


def as_prose(texts: list[str]) -> str:
    """Labels and questions become sentences, so the whole can be measured."""
    return " ".join(t if t.rstrip().endswith((".", "?", "!", ":")) else f"{t}." for t in texts)


def douma(text: str) -> float:
    textstat.set_lang("nl")
    return float(textstat.flesch_reading_ease(text))


def jargon_in(text: str) -> list[str]:
    found = []
    for sentence in sentences(text):
        lowered = sentence.casefold()
        for term in JARGON:
            if len(term) <= 5:
                match = re.search(rf"\b{re.escape(term)}\b", lowered)
            else:
                match = re.search(re.escape(term), lowered)
            before = lowered[: match.start()] if match else ""
            named_after = before.count("(") > before.count(")")  # "(een maatwerkvoorziening)"
            if match and not named_after and not EXPLAINED.search(lowered[match.end() :]):
                found.append(f"{term!r} in: {sentence}")
    return found


SOURCES = {"instruments": instrument_texts, "window": window_texts}


def test_sources_are_found() -> None:
    assert len(instrument_texts()) > 100
    texts = window_texts()
    assert len(texts) > 80
    assert "Hoe tevreden bent u met uw leven?" in texts
    assert "Lees voor" in texts  # translate("CitizenWidgets", ...) is found too


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_whole_source_is_easy_to_read(source: str) -> None:
    score = douma(as_prose(SOURCES[source]()))
    print(f"{source}: Flesch-Douma {score:.1f}")
    assert score >= WHOLE_MINIMUM


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_every_longer_text_reads_at_b1(source: str) -> None:
    hard = []
    for text in SOURCES[source]():
        if len(words(text)) >= TEXT_MIN_WORDS:
            score = douma(text)
            if score < TEXT_MINIMUM:
                hard.append(f"{score:.0f}: {text}")
    assert hard == []


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_sentences_are_short(source: str) -> None:
    all_sentences = [s for t in SOURCES[source]() for s in sentences(t)]
    lengths = [len(words(s)) for s in all_sentences]
    too_long = [s for s, n in zip(all_sentences, lengths, strict=True) if n > MAX_SENTENCE_WORDS]
    assert too_long == []
    assert statistics.mean(lengths) <= MAX_MEAN_SENTENCE_WORDS


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_no_unexplained_jargon(source: str) -> None:
    found = [hit for text in SOURCES[source]() for hit in jargon_in(text)]
    assert found == []


def test_the_measures_themselves() -> None:
    easy = "Hoe gaat het met uw geld? U komt niet rond. Rekeningen blijven liggen."
    hard = (
        "Indien de aanvrager onvoldoende zelfredzaam is, wordt na zorgvuldige afweging van "
        "de beschikbare algemene voorzieningen een maatwerkvoorziening toegekend."
    )
    assert douma(easy) > 90 > 40 > douma(hard)
    assert jargon_in(hard)
    assert not jargon_in("Een voorziening (iets wat de gemeente regelt) helpt u.")
    assert not jargon_in("Mantelzorg betekent: hulp van familie of vrienden.")
    assert jargon_in("U krijgt een beschikking.")
    assert not jargon_in("Hulp die de gemeente voor u regelt (een maatwerkvoorziening).")
    assert jargon_in("Hulp (iets) van een maatwerkvoorziening.")
    assert not jargon_in("Wat doet u op een gewone dag?")  # "adl" only as a word


# -- What a B1 editor strikes and the formula misses (issue 13) --------------------------
# Flesch-Douma rated each of these easy; a reading by hand did not. A text a citizen reads
# uses the active voice, says things plainly instead of in idioms, and never explains
# with a file path, a file extension or an abbreviation.
PARTICIPLE = r"(?:\w*ge\w+|be\w+|ver\w+|ont\w+|her\w+)(?:d|t|en)"
NOT_B1 = {
    "lijdende vorm": re.compile(
        rf"\b(?:wordt|worden|werd|werden)\b(?:\s+[^\s.?!]+){{0,5}}?\s+{PARTICIPLE}\b",
        re.IGNORECASE,
    ),
    "vage uitdrukking": re.compile(
        r"\b(?:gaat het net|het gaat net|lopen door elkaar|duwtje|tegenzit|in de gaten"
        r"|opzij (?:zetten|leggen)|geen uitweg|bij (?:niemand|iemand) terecht"
        r"|houd\w* (?:u |hen )?buiten|kom\w* (?:u |we )?er (?:\w+ ){0,2}uit)\b",
        re.IGNORECASE,
    ),
    "bestand of map": re.compile(
        r"\.(?:json|pdf|toml|csv|txt|docx?|xlsx?|zip)\b|~/|/home/|\\|(?<!\w)[a-z]:[\\/]",
        re.IGNORECASE,
    ),
    "afkorting": re.compile(
        r"\b(?:bijv|o\.a|e\.d|i\.p\.v|z\.s\.m|etc|m\.b\.t|t\.o\.v|d\.w\.z|evt|ca)\.",
        re.IGNORECASE,
    ),
}
# A placeholder that puts a whole path in a citizen text ("U vindt het hier: {path}").
PATH_PLACEHOLDER = re.compile(r"\{\w*path\w*\}")


def not_b1(text: str) -> list[str]:
    return [
        f"{kind} {match.group()!r} in: {text}"
        for kind, pattern in NOT_B1.items()
        if (match := pattern.search(text))
    ]


def window_literals() -> list[str]:
    """The citizen window's tr()/translate() texts as written, placeholders and all."""
    texts: list[str] = []
    for path in sorted(CITIZEN_UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("tr", "_tr", "translate"):
                    texts += [
                        a.value
                        for a in node.args
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    ]
    return texts


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_nothing_a_b1_editor_strikes(source: str) -> None:
    found = [hit for text in SOURCES[source]() for hit in not_b1(text)]
    assert found == []


def test_no_whole_path_in_the_citizen_window() -> None:
    literals = window_literals()
    assert any("{name}" in text for text in literals)  # the literals are found
    assert [text for text in literals if PATH_PLACEHOLDER.search(text)] == []


def test_the_editor_checks_themselves() -> None:
    struck = (
        "Het is thuis niet veilig. Iemand wordt geslagen, bedreigd of pijn gedaan.",
        "Wat u eerder had ingevuld, kon niet worden gelezen. U begint opnieuw.",
        "U krijgt hulp. Daardoor gaat het net.",
        "Dag en nacht lopen door elkaar.",
        "Soms heeft u een duwtje nodig.",
        "Als het tegenzit, komt u er zelf weer uit.",
        "Met hulp van anderen komt u er samen uit.",
        "Als er iets is, kunt u bij niemand terecht.",
        "Of anderen houden u buiten.",
        "Iemand houdt in de gaten of u zich daaraan houdt.",
        "U kunt ook iets opzij zetten.",
        "U ziet geen uitweg.",
        "Het bestand heet zelf-ingevuld.json.",
        "U vindt het hier: ~/Documenten",
        "U vindt het hier: C:\\Users\\Ria",
        "Het staat in /home/ria.",
        "Neem bijv. uw post mee.",
    )
    for text in struck:
        assert not_b1(text), text
    plain = (
        "Het is thuis niet veilig. Er is iemand die slaat, dreigt of pijn doet.",
        "De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw.",
        "U wordt geen lid als u dat niet wilt.",
        "Het bestand is opgeslagen. Het heet zelf-ingevuld. Het staat in de map Documenten.",
        "Doelen: 3. Wat u vraagt: 3.",
        "U komt bijna niet buiten.",
        "Met die hulp lukt het, maar het is moeilijk.",
    )
    for text in plain:
        assert not not_b1(text), text
    assert PATH_PLACEHOLDER.search("U vindt het hier: {path}")
    assert not PATH_PLACEHOLDER.search("Het staat in de map {folder}.")
