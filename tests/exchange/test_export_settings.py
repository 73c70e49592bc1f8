"""export.toml, the organisation's settings for what leaves for the municipality: the
defaults without a file, teams by coordinator, and a file that is not right refused in
Dutch, naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht.exchange import organisation
from eigenkracht.exchange.organisation import ClientCode, ExportSettingsError


def test_without_a_file_no_identifier_and_one_team(tmp_path: Path) -> None:
    settings = organisation.load(tmp_path / "export.toml")
    assert settings.client_code is ClientCode.NONE
    assert settings.team_names() == [organisation.DEFAULT_TEAM]
    assert settings.team_of("Wie dan ook") == organisation.DEFAULT_TEAM


def test_teams_by_coordinator() -> None:
    settings = organisation.parse(
        b'format = 1\n[ggm]\nclient_code = "kenmerk"\n'
        b'[monitor.teams]\n"Team Noord" = ["Sanne Visser", "Ahmed  El Amrani"]\n'
        b'"Team Zuid" = ["Joke Mulder"]\n'
    )
    assert settings.client_code is ClientCode.REFERENCE
    assert settings.team_of("ahmed el amrani") == "Team Noord"  # spaces and case as typed
    assert settings.team_of(" Joke Mulder ") == "Team Zuid"
    assert settings.team_of("Iris Kok") == organisation.OTHER_TEAM
    assert settings.team_names() == ["Team Noord", "Team Zuid", organisation.OTHER_TEAM]
    named = organisation.parse(b'format = 1\n[monitor]\nteam = "Wijkteam West"\n')
    assert named.team_names() == ["Wijkteam West"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"format = [", "geen geldig TOML-bestand"),
        (b"format = 2\n", "format = 1"),
        (b"format = 1\nbsn = true\n", "onbekende sleutel 'bsn'"),
        (b'format = 1\n[ggm]\nclient_code = "bsn"\n', 'ggm.client_code is "geen", "kenmerk"'),
        (b"format = 1\n[ggm]\nbsn = 1\n", "onbekende sleutel 'ggm.bsn'"),
        (b"format = 1\n[monitor]\nteam = 3\n", "monitor.team is de naam"),
        (b'format = 1\n[monitor.teams]\n"A" = "Sanne"\n', "team 'A': geef een lijst"),
        (
            b'format = 1\n[monitor.teams]\n"A" = ["Sanne Visser"]\n"B" = ["sanne visser"]\n',
            "staat bij twee teams (A en B)",
        ),
    ],
)
def test_a_file_that_is_not_right_is_refused(tmp_path: Path, text: bytes, expected: str) -> None:
    path = tmp_path / "export.toml"
    path.write_bytes(text)
    with pytest.raises(ExportSettingsError) as caught:
        organisation.load(path)
    assert expected in str(caught.value)
    assert str(caught.value).startswith(str(path))
