"""What the organisation decides about the data that leaves for the municipality:
`export.toml` in the data folder (`core.paths.user_data_dir()`), read by the GGM export
and the monitor (docs/export-format.md).

    format = 1

    [ggm]
    # Which identifier a Client carries in the GGM export: "geen" (the default: none)
    # or "kenmerk" (the case's reference with the member's number, "EK-2026-0001-1").
    client_code = "geen"

    [monitor]
    # The name of this caseload's team, for the cases [monitor.teams] does not place
    # (default "Alle dossiers"; "Overige dossiers" when [monitor.teams] names teams).
    team = "Wijkteam Oosterveld"

    # Optional: a team per coordinator (the name as it is on the case).
    [monitor.teams]
    "Team Noord" = ["Sanne Visser", "Ahmed El Amrani"]
    "Team Zuid" = ["Joke Mulder"]

    # Optional: how many years a closed case is kept (core/retention.py, docs/retention.md).
    [retention]
    jeugdwet_years = 20        # Jeugdwet: from the last change (not less than 20)
    wmo_support_years = 15     # Wmo, the plan led to support (beschikking, maatwerk)
    wmo_no_support_years = 5   # Wmo, no support

No file: no client identifier, one team named DEFAULT_TEAM. A file that cannot be read
is refused with one Dutch sentence (ExportSettingsError): guessing could send out an
identifier or figures under the wrong team. Pure reading: tomllib only.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from eigenkracht.core.errors import N_, Said, UserFacingError, says
from eigenkracht.core.paths import user_data_dir
from eigenkracht.core.retention import DEFAULT_POLICY, RetentionPolicy

FILE_NAME: Final = "export.toml"
FORMAT: Final = 1
DEFAULT_TEAM: Final = "Alle dossiers"
OTHER_TEAM: Final = "Overige dossiers"  # the default team's name beside named teams


class ExportSettingsError(UserFacingError, ValueError):
    """export.toml is not in the format above; str() is Dutch and names the file."""


class ClientCode(StrEnum):
    """Which identifier a GGM Client carries."""

    NONE = "geen"
    REFERENCE = "kenmerk"


@dataclass(frozen=True)
class ExportSettings:
    client_code: ClientCode = ClientCode.NONE
    team: str = DEFAULT_TEAM
    # team name -> the coordinators (as written on the case) whose cases are that team's
    teams: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # how long closed cases are kept ([retention])
    retention: RetentionPolicy = DEFAULT_POLICY

    def team_of(self, coordinator: str) -> str:
        """The team a case of this coordinator counts for (`team` when none names it)."""
        wanted = " ".join(coordinator.split()).casefold()
        for name, members in self.teams.items():
            if any(" ".join(m.split()).casefold() == wanted for m in members):
                return name
        return self.team

    def team_names(self) -> list[str]:
        """Every team a case can count for: the named ones, then the default."""
        return [*self.teams, *([] if self.team in self.teams else [self.team])]


def _fail(where: str, problem: Said) -> ExportSettingsError:
    return ExportSettingsError.say(
        "organisation.where-problem", N_("{where}: {problem}"), where=where, problem=problem
    )


def parse(raw: bytes, where: str = FILE_NAME) -> ExportSettings:
    """The settings of one export.toml. Raises ExportSettingsError."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise _fail(
            where, says("organisation.dit-geen-geldig-toml", N_("dit is geen geldig TOML-bestand."))
        ) from None
    if data.get("format") != FORMAT:
        raise _fail(
            where,
            says(
                "organisation.zet-format-bovenaan-deze",
                N_("zet format = {FORMAT} bovenaan (deze versie leest formaat {FORMAT})."),
                FORMAT=FORMAT,
            ),
        )
    unknown = sorted(set(data) - {"format", "ggm", "monitor", "retention"})
    if unknown:
        raise _fail(
            where,
            says(
                "organisation.onbekende-sleutel-bedoeld-zijn",
                N_("onbekende sleutel '{unknown}' (bedoeld zijn [ggm], [monitor] en [retention])."),
                unknown=unknown[0],
            ),
        )
    ggm = _table(data.get("ggm", {}), where, "ggm", {"client_code"})
    monitor = _table(data.get("monitor", {}), where, "monitor", {"team", "teams"})
    code_text = ggm.get("client_code", ClientCode.NONE.value)
    try:
        code = ClientCode(code_text)
    except ValueError:
        choices = ", ".join(f'"{c.value}"' for c in ClientCode)
        raise _fail(
            where,
            says(
                "organisation.ggm-client-code", N_("ggm.client_code is {choices}."), choices=choices
            ),
        ) from None
    team = monitor.get("team", OTHER_TEAM if monitor.get("teams") else DEFAULT_TEAM)
    if not isinstance(team, str) or not team.strip():
        raise _fail(
            where,
            says(
                "organisation.monitor-team-naam-team",
                N_("monitor.team is de naam van het team (tekst)."),
            ),
        )
    teams_value = monitor.get("teams", {})
    if not isinstance(teams_value, dict):
        raise _fail(
            where,
            says(
                "organisation.zet-teams-onder-monitor",
                N_('zet de teams onder [monitor.teams], zoals "Team Noord" = ["..."].'),
            ),
        )
    teams: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for name, members in teams_value.items():
        if not name.strip():
            raise _fail(
                where,
                says(
                    "organisation.team-monitor-teams-heeft",
                    N_("een team in [monitor.teams] heeft geen naam."),
                ),
            )
        if not isinstance(members, list) or not all(
            isinstance(m, str) and m.strip() for m in members
        ):
            raise _fail(
                where,
                says(
                    "organisation.team-geef-lijst-met",
                    N_("team '{name}': geef een lijst met namen van coördinatoren."),
                    name=name,
                ),
            )
        for member in members:
            key = " ".join(member.split()).casefold()
            if key in seen and seen[key] != name:
                raise _fail(
                    where,
                    says(
                        "organisation.staat-bij-twee-teams",
                        N_("'{member}' staat bij twee teams ({seen} en {name})."),
                        member=member,
                        seen=seen[key],
                        name=name,
                    ),
                )
            seen[key] = name
        teams[name.strip()] = tuple(m.strip() for m in members)
    return ExportSettings(code, team.strip(), teams, _retention(data.get("retention", {}), where))


def _retention(value: Any, where: str) -> RetentionPolicy:
    """The [retention] section: whole numbers of years, each optional."""
    keys = {"jeugdwet_years", "wmo_support_years", "wmo_no_support_years"}
    section = _table(value, where, "retention", keys)
    policy = RetentionPolicy(**{**vars(DEFAULT_POLICY), **section})
    problems = policy.problems()
    if problems:
        raise _fail(
            where, says("organisation.retention", N_("retention.{problems}"), problems=problems[0])
        )
    return policy


def _table(value: Any, where: str, name: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(
            where,
            says("organisation.moet-tabel-zijn", N_("[{name}] moet een tabel zijn."), name=name),
        )
    unknown = sorted(set(value) - keys)
    if unknown:
        raise _fail(
            where,
            says(
                "organisation.onbekende-sleutel",
                N_("onbekende sleutel '{name}.{unknown}'."),
                name=name,
                unknown=unknown[0],
            ),
        )
    return value


def settings_path() -> Path:
    return user_data_dir() / FILE_NAME


def load(path: Path | None = None) -> ExportSettings:
    """The organisation's settings (`settings_path()` by default); the defaults when
    there is no file. ExportSettingsError when it cannot be read or is not valid."""
    target = settings_path() if path is None else path
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return ExportSettings()
    except OSError:
        raise _fail(
            str(target),
            says(
                "organisation.bestand-kan-worden-gelezen",
                N_("het bestand kan niet worden gelezen."),
            ),
        ) from None
    return parse(raw, str(target))


__all__ = [
    "DEFAULT_TEAM",
    "FILE_NAME",
    "OTHER_TEAM",
    "ClientCode",
    "ExportSettings",
    "ExportSettingsError",
    "load",
    "parse",
    "settings_path",
]
