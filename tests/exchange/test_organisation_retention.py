"""The [retention] section of the organisation file: the years a closed case is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht.core.retention import DEFAULT_POLICY, RetentionPolicy
from eigenkracht.exchange import organisation
from eigenkracht.exchange.organisation import ExportSettingsError


def test_without_a_section_or_file_the_defaults(tmp_path: Path) -> None:
    assert organisation.load(tmp_path / "export.toml").retention == DEFAULT_POLICY
    assert organisation.parse(b"format = 1\n").retention == RetentionPolicy(20, 15, 5)


def test_configured_years_and_the_rest_default() -> None:
    settings = organisation.parse(
        b"format = 1\n[retention]\nwmo_support_years = 10\njeugdwet_years = 25\n"
    )
    assert settings.retention == RetentionPolicy(25, 10, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"[retention]\nwmo_years = 3\n", "onbekende sleutel 'retention.wmo_years'"),
        (b"retention = 5\n", "[retention] moet een tabel zijn"),
        (b'[retention]\nwmo_support_years = "15"\n', "wmo_support_years is een heel aantal"),
        (b"[retention]\nwmo_support_years = 1.5\n", "wmo_support_years is een heel aantal"),
        (b"[retention]\nwmo_no_support_years = 0\n", "tussen 1 en 115 jaar"),
        (b"[retention]\njeugdwet_years = 10\n", "ten minste 20 (de Jeugdwet)"),
    ],
)
def test_bad_values_one_dutch_line(text: bytes, expected: str) -> None:
    with pytest.raises(ExportSettingsError) as caught:
        organisation.parse(b"format = 1\n" + text, "export.toml")
    message = str(caught.value)
    assert expected in message
    assert message.startswith("export.toml: retention.") or "retention" in message
    assert "\n" not in message
