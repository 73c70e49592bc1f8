"""Pseudonyms: roles instead of names, numbered where a role repeats, stable."""

from __future__ import annotations

from eigenkracht.core.model import NetworkPerson
from eigenkracht.core.privacy import display_name, pseudonyms


def person(pid: int, name: str, role: str) -> NetworkPerson:
    return NetworkPerson(case_id=1, name=name, id=pid, role=role)


def test_roles_replace_names_and_repeat_roles_are_numbered() -> None:
    people = [
        person(3, "Marian de Vries", "Dochter"),
        person(1, "Els", "buurvrouw"),
        person(7, "Karin de Vries", "dochter"),
        person(9, "Dr. Bos", ""),
    ]
    names = pseudonyms(people)
    assert names == {1: "buurvrouw", 3: "dochter 1", 7: "dochter 2", 9: "netwerklid"}
    assert display_name(people[0], True, names) == "dochter 1"
    assert display_name(people[0], False, names) == "Marian de Vries"
    for p in people:
        assert p.name not in names.values()


def test_same_network_gives_same_pseudonyms_in_any_order() -> None:
    people = [person(i, f"Naam {i}", "vriend") for i in (5, 2, 8)]
    assert pseudonyms(people) == pseudonyms(list(reversed(people)))
    assert pseudonyms(people)[2] == "vriend 1"


def test_a_print_hides_names_when_the_case_says_so_or_the_worker_asks() -> None:
    from eigenkracht.core.model import Case
    from eigenkracht.core.privacy import print_pseudonymised

    hides = Case(reference="EK-2026-0001", household_name="Fam. A", pseudonymise=True)
    names = Case(reference="EK-2026-0002", household_name="Fam. B")
    # the case's setting cannot be switched off for one print
    assert [print_pseudonymised(hides, asked) for asked in (None, False, True)] == [True] * 3
    # without it, only when the worker asks
    assert [print_pseudonymised(names, asked) for asked in (None, False, True)] == [
        False,
        False,
        True,
    ]


def test_a_title_is_no_name_the_surname_after_it_is() -> None:
    from eigenkracht.core.privacy import calling_name

    assert calling_name("Els Kramer") == ("Els", False)
    assert calling_name("Karin (wijkverpleging)") == ("Karin", False)
    assert calling_name("Mevr. Dekker") == ("Dekker", True)
    assert calling_name("de heer van Dam") == ("Dam", True)
    assert calling_name("Dr. Meijer") == ("Meijer", True)
    assert calling_name("Mevr.") == ("", True)


def test_free_text_keeps_titles_and_the_households_name() -> None:
    """Issue 17: "Mevr. Dekker" on the network turned every "Mevr." into her role, the
    household's own "Mevr. De Vries" on the map and the title page included."""
    from eigenkracht.core.plan import name_replacements, scrub

    people = [
        person(1, "Mevr. Dekker", "vrijwilliger bezoekdienst"),
        person(2, "Dr. Meijer", "huisarts"),
        person(3, "Dhr. de Vries", "ex-man"),
    ]
    names = pseudonyms(people)
    replacements = name_replacements(people, names, ["Greet de Vries", "Mevr. De Vries"])
    text = "Mevr. De Vries belt Dr. Meijer; mevrouw Dekker komt, Meijer niet. Dhr. de Vries"
    assert scrub(text, replacements) == (
        "Mevr. De Vries belt huisarts; mevrouw vrijwilliger bezoekdienst komt, huisarts "
        "niet. ex-man"
    )
    # "Vries" (after the title) is a word of a member's name: not replaced on its own.
    assert scrub("Greet de Vries", replacements) == "Greet de Vries"
