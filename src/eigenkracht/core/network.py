"""Rules about the own network (domain.md §5): who helps with what, who is on the map
at a given moment, what changed between two moments, and what the plan must mention
about mantelzorg (Wmo 2015 art. 2.3.2 lid 4 onder d).

Pure functions over `core.model.NetworkPerson`; no Qt, no SQL, no matplotlib. The
screen, the plan PDF and the export all use these, so they always agree.

Network versions: the network of a household is kept per conversation as a canonical
JSON snapshot (`snapshot_text` / `persons_from_snapshot`); the store keeps one per
conversation (table network_versions, migration 0002). A conversation that has no
snapshot (held before network versions existed, or whose network step was never
opened) is reconstructed from the `since`/`until` dates of the persons on the map
(`network_on`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from eigenkracht.core import serial
from eigenkracht.core.errors import N_, says
from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from eigenkracht.core.model import HelpKind, NetworkPerson, Quality, Ring, Sector
from eigenkracht.core.privacy import display_name, pseudonyms

# Inner to outer, and the order of the four quarters of the map.
RINGS: tuple[Ring, ...] = (Ring.INTIMATE, Ring.FRIEND, Ring.ACQUAINTANCE, Ring.SERVICE)
SECTORS: tuple[Sector, ...] = (Sector.FAMILY, Sector.FRIENDS, Sector.WORK, Sector.PROFESSIONAL)

SNAPSHOT_FORMAT = 1

# The words of the plan, the map and the overview: Dutch, read in the program's
# language (core.i18n; the network screen has its own, ui/network/texts.py).
SECTOR_NAMES: Words[Sector] = Words(
    "Network",
    {
        Sector.FAMILY: QT_TRANSLATE_NOOP("Network", "Familie"),
        Sector.FRIENDS: QT_TRANSLATE_NOOP("Network", "Vrienden en buren"),
        Sector.WORK: QT_TRANSLATE_NOOP("Network", "Werk, school en clubs"),
        Sector.PROFESSIONAL: QT_TRANSLATE_NOOP("Network", "Professionals en organisaties"),
    },
)
RING_NAMES: Words[Ring] = Words(
    "Network",
    {
        Ring.INTIMATE: QT_TRANSLATE_NOOP("Network", "heel dichtbij"),
        Ring.FRIEND: QT_TRANSLATE_NOOP("Network", "dichtbij"),
        Ring.ACQUAINTANCE: QT_TRANSLATE_NOOP("Network", "kennissen"),
        Ring.SERVICE: QT_TRANSLATE_NOOP("Network", "diensten"),
    },
)
QUALITY_NAMES: Words[Quality] = Words(
    "Network",
    {
        Quality.STRONG: QT_TRANSLATE_NOOP("Network", "sterke band"),
        Quality.WEAK: QT_TRANSLATE_NOOP("Network", "zwakke band"),
        Quality.STRESSFUL: QT_TRANSLATE_NOOP("Network", "band die zwaar is"),
    },
)


# -- who helps with what --------------------------------------------------------------


def helps_with(person: NetworkPerson, domain: str, kind: HelpKind | None = None) -> bool:
    """Does this person help (now or could, or only `kind`) with the life domain?"""
    return any(h.domain == domain and (kind is None or h.kind is kind) for h in person.helps)


def helpers(
    persons: Iterable[NetworkPerson], domain: str, kind: HelpKind | None = None
) -> list[NetworkPerson]:
    """The persons who help with `domain` (now, could, or either when kind is None),
    in the order given."""
    return [p for p in persons if helps_with(p, domain, kind)]


def helper_ids(
    persons: Iterable[NetworkPerson], domain: str, kind: HelpKind | None = None
) -> set[int]:
    """The ids of `helpers(...)`: the `highlight` set of the network map."""
    return {p.id for p in helpers(persons, domain, kind) if p.id is not None}


def domains_helped(person: NetworkPerson, kind: HelpKind | None = None) -> list[str]:
    """The life domains this person helps with (or could), each once, in stored order."""
    found: list[str] = []
    for help_ in person.helps:
        if (kind is None or help_.kind is kind) and help_.domain not in found:
            found.append(help_.domain)
    return found


@dataclass(frozen=True)
class HelperLine:
    """One person who helps with one domain: for the domain's network share."""

    person_id: int | None
    name: str
    now: bool
    could: bool
    what: str  # what they do or could do, joined


def share_lines(
    persons: Iterable[NetworkPerson],
    domain: str,
    *,
    names: Mapping[int, str] | None = None,
) -> list[HelperLine]:
    """Who carries the network share of `domain`: helpers now first, then those who
    could help; `names` replaces names (pseudonyms)."""
    lines = []
    for person in helpers(persons, domain):
        kinds = {h.kind for h in person.helps if h.domain == domain}
        what = "; ".join(h.what for h in person.helps if h.domain == domain and h.what)
        lines.append(
            HelperLine(
                person.id,
                _name(person, names),
                HelpKind.NOW in kinds,
                HelpKind.COULD in kinds,
                what,
            )
        )
    lines.sort(key=lambda line: (not line.now, line.name.lower()))
    return lines


def _name(person: NetworkPerson, names: Mapping[int, str] | None) -> str:
    if names is not None and person.id is not None and person.id in names:
        return names[person.id]
    return person.name or person.role


# -- mantelzorg -----------------------------------------------------------------------


def mantelzorgers(persons: Iterable[NetworkPerson]) -> list[NetworkPerson]:
    return [p for p in persons if p.is_mantelzorger]


def overburdened_carers(persons: Iterable[NetworkPerson]) -> list[NetworkPerson]:
    """Mantelzorgers who are overburdened or need support themselves (the law asks)."""
    return [p for p in persons if p.is_mantelzorger and (p.overburdened or p.needs_support)]


def points_of_attention(
    persons: Sequence[NetworkPerson],
    names: Mapping[int, str] | None = None,
    *,
    for_citizen: bool = False,
) -> list[str]:
    """Sentences (in the program's language, core.i18n): mantelzorgers who carry too
    much (Wmo 2015 art. 2.3.2 lid 4 onder d asks whether the mantelzorger needs
    support), and a network that leans on one person. `names` replaces names
    (pseudonyms). For the professional's screen the sentence names the article;
    `for_citizen` (the plan the citizen keeps) says it in plain words, without it."""
    points: list[str] = []
    for person in overburdened_carers(persons):
        who = _who(person, names)
        again = _name(person, names)
        if for_citizen:
            if person.overburdened and person.needs_support:
                text = translate(
                    "NetworkAttention",
                    "{who} zorgt veel voor het gezin, heeft het te zwaar en heeft zelf steun "
                    "nodig. We kijken samen welke hulp er voor {again} kan komen.",
                )
            elif person.overburdened:
                text = translate(
                    "NetworkAttention",
                    "{who} zorgt veel voor het gezin en heeft het te zwaar. We kijken samen "
                    "welke hulp er voor {again} kan komen.",
                )
            else:
                text = translate(
                    "NetworkAttention",
                    "{who} zorgt veel voor het gezin en heeft zelf steun nodig. We kijken samen "
                    "welke hulp er voor {again} kan komen.",
                )
            points.append(text.format(who=who, again=again))
            continue
        if person.overburdened and person.needs_support:
            text = translate(
                "NetworkAttention",
                "{who} is mantelzorger, is overbelast en heeft zelf steun nodig. Bespreek "
                "ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).",
            )
        elif person.overburdened:
            text = translate(
                "NetworkAttention",
                "{who} is mantelzorger en is overbelast. Bespreek ondersteuning voor de "
                "mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).",
            )
        else:
            text = translate(
                "NetworkAttention",
                "{who} is mantelzorger en heeft zelf steun nodig. Bespreek ondersteuning voor "
                "de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).",
            )
        points.append(text.format(who=who))
    givers = [p for p in persons if any(h.kind is HelpKind.NOW for h in p.helps)]
    if len(givers) == 1 and len(domains_helped(givers[0], HelpKind.NOW)) >= 2:
        if for_citizen:
            text = translate(
                "NetworkAttention",
                "Alle hulp uit het netwerk komt nu van één persoon: {who}. We kijken samen "
                "wie nog meer kan helpen.",
            )
        else:
            text = translate(
                "NetworkAttention",
                "Alle hulp uit het netwerk komt nu van één persoon: {who}. Kijk samen wie "
                "nog meer kan helpen.",
            )
        points.append(text.format(who=_who(givers[0], names)))
    return points


def _who(person: NetworkPerson, names: Mapping[int, str] | None) -> str:
    name = _name(person, names)
    role = " ".join(person.role.split())
    if names is None and role and role.lower() != name.lower():
        name = f"{name} ({role})"
    return name[:1].upper() + name[1:]


# -- moments: who is on the map when --------------------------------------------------


def on_map(person: NetworkPerson, day: dt.date | None) -> bool:
    """Was the person on the map on `day` (None: today, i.e. not left)?"""
    if day is None:
        return person.until is None
    if person.since is not None and person.since > day:
        return False
    return person.until is None or person.until > day


def network_on(persons: Iterable[NetworkPerson], day: dt.date | None) -> list[NetworkPerson]:
    """The persons on the map on `day`, from their since/until dates (None: now)."""
    return [p for p in persons if on_map(p, day)]


@dataclass
class NetworkVersion:
    """The network as it was stored at one conversation (table network_versions)."""

    case_id: int
    conversation_id: int
    persons: list[NetworkPerson] = field(default_factory=list)
    id: int | None = None
    taken_at: str = ""


def snapshot_text(persons: Iterable[NetworkPerson]) -> str:
    """Canonical JSON of a network: sorted keys, persons in id order."""
    ordered = sorted(persons, key=lambda p: (p.id is None, p.id or 0, p.name))
    return serial.canonical_json({"format": SNAPSHOT_FORMAT, "persons": ordered})


def persons_from_snapshot(text: str) -> list[NetworkPerson]:
    """Read a snapshot strictly (serial.SerialError names what is wrong)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise serial.SerialError("", says("serial.invalid-json", N_("geen geldige JSON"))) from exc
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise serial.SerialError(
            "format", says("network.unknown-version", N_("onbekende versie van het netwerk"))
        )
    persons: list[NetworkPerson] = serial.from_plain(
        list[NetworkPerson], data.get("persons"), "persons"
    )
    return persons


# -- then and now -----------------------------------------------------------------------


@dataclass(frozen=True)
class Moved:
    before: NetworkPerson
    after: NetworkPerson


@dataclass
class NetworkComparison:
    """What changed from `then` to `now`. Persons match by id, or else by name and role."""

    joined: list[NetworkPerson] = field(default_factory=list)
    left: list[NetworkPerson] = field(default_factory=list)
    stayed: list[NetworkPerson] = field(default_factory=list)  # as they are now
    moved: list[Moved] = field(default_factory=list)  # ring or sector changed
    quality: list[Moved] = field(default_factory=list)  # relationship changed

    @property
    def unchanged(self) -> bool:
        return not (self.joined or self.left or self.moved or self.quality)


def _identity(person: NetworkPerson) -> tuple[str, str]:
    return (" ".join(person.name.lower().split()), " ".join(person.role.lower().split()))


def compare(then: Sequence[NetworkPerson], now: Sequence[NetworkPerson]) -> NetworkComparison:
    result = NetworkComparison()
    remaining = list(now)
    pairs: list[tuple[NetworkPerson, NetworkPerson]] = []
    unmatched: list[NetworkPerson] = []
    for before in then:
        match = next((p for p in remaining if p.id is not None and p.id == before.id), None)
        if match is None:
            unmatched.append(before)
        else:
            remaining.remove(match)
            pairs.append((before, match))
    for before in unmatched:
        match = next((p for p in remaining if _identity(p) == _identity(before)), None)
        if match is None:
            result.left.append(before)
        else:
            remaining.remove(match)
            pairs.append((before, match))
    result.joined = remaining
    for before, after in pairs:
        result.stayed.append(after)
        if (before.ring, before.sector) != (after.ring, after.sector):
            result.moved.append(Moved(before, after))
        if before.quality is not after.quality:
            result.quality.append(Moved(before, after))
    return result


def union_names(groups: Iterable[Iterable[NetworkPerson]], pseudonymise: bool) -> dict[int, str]:
    """Display names by id over several moments, so one person has one name (and one
    pseudonym) on every map. Later moments win for the name itself."""
    everyone: dict[int, NetworkPerson] = {}
    for group in groups:
        for person in group:
            if person.id is not None:
                everyone[person.id] = person
    table = pseudonyms(everyone.values()) if pseudonymise else {}
    return {pid: display_name(p, pseudonymise, table) for pid, p in everyone.items()}


__all__ = [
    "QUALITY_NAMES",
    "RINGS",
    "RING_NAMES",
    "SECTORS",
    "SECTOR_NAMES",
    "HelperLine",
    "Moved",
    "NetworkComparison",
    "NetworkVersion",
    "compare",
    "domains_helped",
    "helper_ids",
    "helpers",
    "helps_with",
    "mantelzorgers",
    "network_on",
    "on_map",
    "overburdened_carers",
    "persons_from_snapshot",
    "points_of_attention",
    "share_lines",
    "snapshot_text",
    "union_names",
]
