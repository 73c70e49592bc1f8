"""Pseudonyms for third parties (domain.md §5, §7).

People in the household's network are personal data too. With the pseudonym
option on, screens, the printed plan and exports name them by their role:
"buurvrouw", "dochter 1", "dochter 2". The household's own members are not third
parties and keep their names.

Whether a print or an export pseudonymises is one rule, `print_pseudonymised`, for
the plan dialog, the plan step, the then-and-now page and the command line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eigenkracht.core.model import Case, NetworkPerson

__all__ = [
    "PARTICLES",
    "TITLES",
    "UNKNOWN_ROLE",
    "calling_name",
    "display_name",
    "is_title",
    "print_pseudonymised",
    "pseudonyms",
]

UNKNOWN_ROLE = "netwerklid"

# Words in front of a name that are no name: forms of address, titles, kinship words
# ("Mevr. Dekker", "Dr. Meijer", "oom Kees"). Free text never calls someone by them,
# and replacing them would rewrite every "mevrouw" and "dr." (the household's own name too).
TITLES = frozenset(
    [
        "mevr",
        "mevrouw",
        "mw",
        "mvr",
        "dhr",
        "heer",
        "meneer",
        "mr",
        "mrs",
        "ms",
        "fam",
        "familie",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "ds",
        "dominee",
        "pastoor",
        "pater",
        "zr",
        "zuster",
        "broeder",
        "juf",
        "juffrouw",
        "meester",
        "oom",
        "tante",
        "opa",
        "oma",
        "neef",
        "nicht",
        "buurman",
        "buurvrouw",
    ]
)
# Parts of a surname that are no name on their own ("Mevr. van Dam": "Dam").
PARTICLES = frozenset(
    [
        "de",
        "der",
        "den",
        "van",
        "von",
        "het",
        "ten",
        "ter",
        "te",
        "'t",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
    ]
)


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


def is_title(word: str) -> bool:
    """A form of address or title ("Mevr.", "dhr", "Dr."), or any abbreviation (a word
    ending in a full stop): not a name someone is called by."""
    bare = word.strip().lower()
    return bare.endswith(".") or bare.rstrip(".") in TITLES


def calling_name(name: str) -> tuple[str, bool]:
    """The word free text calls a network person by, and whether it is a surname.

    The first word of the name that is neither a title nor a particle: "Els" of "Els
    Kramer", "Karin" of "Karin (wijkverpleging)"; after a title or a particle the
    surname: "Dekker" of "Mevr. Dekker", "Dam" of "de heer van Dam". ("", False) when
    there is none."""
    surname = False
    for word in name.split():
        if is_title(word) or word.lower() in PARTICLES:
            surname = True
            continue
        return word, surname
    return "", surname


def display_name(person: NetworkPerson, pseudonymise: bool, names: dict[int, str]) -> str:
    """The name to show or print for a network person."""
    if not pseudonymise:
        return person.name
    if person.id is not None and person.id in names:
        return names[person.id]
    return _role(person)


def print_pseudonymised(case: Case, requested: bool | None = None) -> bool:
    """Does a print or an export of this case name third parties by their role?

    The case's setting (`Case.pseudonymise`, "Namen verbergen" on the network step) is
    a privacy decision recorded on the case (domain.md §5: third parties are personal
    data too; §7: data minimisation). When it is on, every print and export of the case
    pseudonymises: neither the plan dialog nor `eigenkracht report` can switch it off for
    one print. It is switched off where it was recorded, as a change of the case that is
    audited, not silently on one sheet of paper. When it is off, a worker may still ask
    for one pseudonymised print (`requested=True`: the box in the dialog,
    `--pseudonymise`). None: the case decides."""
    return case.pseudonymise or bool(requested)
