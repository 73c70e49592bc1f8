"""`eigenkracht instruments --validate FILE`: a good file is described (for whom, the
scale, the default set, the English texts), a broken `_en` key or scope is refused with
the file, the key and the fix named, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def test_a_good_file_is_described(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["instruments", "--validate", str(EXAMPLES / "jeugd-12-18.toml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Geldig: voorbeeld-jeugd versie 1.0, 5 onderdelen, licentie: ")
    assert out[1:] == [
        "Voor wie: kind; schaal 1 t/m 4; in de standaardset: nee",
        "Engels: alle teksten zijn er",
    ]
    assert (
        cli.main(["instruments", "--validate", str(EXAMPLES / "huishouden-13-domeinen.toml")]) == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "Voor wie: huishouden; schaal 1 t/m 5; in de standaardset: ja"
    assert out[2] == (
        "Engels: 143 tekst(en) ontbreken, bijvoorbeeld sleutel 'domains[1].description_en'; "
        "daar toont het programma de Nederlandse tekst met '[nl]'"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'name_en = "Youth 12-18"',
            'naam_en = "Youth"',
            "sleutel 'naam_en': onbekende sleutel; bedoelt u 'name_en'?",
        ),
        (
            '\nscope = "kind"',
            '\nscope = "kinderen"',
            "sleutel 'scope': onbekende waarde 'kinderen'; bedoelt u 'kind'?",
        ),
        (
            'citizen_intro = "Hier staan',
            'citizen_intr = "Hier staan',
            "sleutel 'citizen_intr': onbekende sleutel; bedoelt u 'citizen_intro'?",
        ),
        (
            'citizen_question_en = "How is school going?"',
            'citizen_question_en = ""',
            "sleutel 'domains[1].citizen_question_en': mag niet leeg zijn",
        ),
    ],
)
def test_a_broken_file_names_file_key_and_fix(
    old: str, new: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "jeugd-12-18.toml").read_text("utf-8")
    assert old in text
    path = tmp_path / "jeugd.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert cli.main(["instruments", "--validate", str(path)]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"eigenkracht: {path}: {message}")
    assert "Traceback" not in captured.err
