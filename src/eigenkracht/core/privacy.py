"""Pseudonyms for third parties (domain.md §5, §7).

People in the household's network are personal data too. With the pseudonym
option on, screens, the printed plan and exports name them by their role:
"buurvrouw", "dochter 1", "dochter 2". The household's own members are not third
parties and keep their names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eigenkracht.core.model import NetworkPerson

UNKNOWN_ROLE = "netwerklid"


def _role(person: NetworkPerson) -> str:
    role = " ".join(person.role.split()).strip().lower()
    return role or UNKNOWN_ROLE


def pseudonyms(persons: Iterable[NetworkPerson]) -> dict[int, str]:
    """A role-based name for every person with an id, numbered where a role repeats.

    Numbering follows the order of the ids, so the same network gives the same
    pseudonyms on screen, on paper and in an export."""
    ordered = sorted((p for p in persons if p.id is not None), key=lambda p: p.id or 0)
    totals = Counter(_role(p) for p in ordered)
    seen: Counter[str] = Counter()
    names: dict[int, str] = {}
    for person in ordered:
        role = _role(person)
        seen[role] += 1
        assert person.id is not None
        names[person.id] = f"{role} {seen[role]}" if totals[role] > 1 else role
    return names


def display_name(person: NetworkPerson, pseudonymise: bool, names: dict[int, str]) -> str:
    """The name to show or print for a network person."""
    if not pseudonymise:
        return person.name
    if person.id is not None and person.id in names:
        return names[person.id]
    return _role(person)
