"""Pure rules of the network: who helps with what, mantelzorg, moments, then and now."""

from __future__ import annotations

import datetime as dt

import pytest

from eigenkracht.core.model import HelpKind, NetworkHelp, NetworkPerson, Quality, Ring
from eigenkracht.core.network import (
    compare,
    domains_helped,
    helper_ids,
    helpers,
    network_on,
    persons_from_snapshot,
    points_of_attention,
    share_lines,
    snapshot_text,
    union_names,
)
from eigenkracht.core.privacy import pseudonyms
from eigenkracht.core.serial import SerialError


def person(pid: int, name: str, role: str, *helps: tuple[str, HelpKind, str], **kw: object):  # type: ignore[no-untyped-def]
    return NetworkPerson(
        case_id=1,
        id=pid,
        name=name,
        role=role,
        helps=[NetworkHelp(d, k, w) for d, k, w in helps],
        **kw,  # type: ignore[arg-type]
    )


MARIAN = person(
    1,
    "Marian de Vries",
    "dochter",
    ("dagelijkse-activiteiten", HelpKind.NOW, "boodschappen"),
    ("financien", HelpKind.NOW, "post"),
    is_mantelzorger=True,
    overburdened=True,
)
TIM = person(2, "Tim de Vries", "kleinzoon", ("dagelijkse-activiteiten", HelpKind.COULD, ""))
ELS = person(3, "Els Kramer", "buurvrouw")


def test_who_helps_with_a_domain() -> None:
    network = [MARIAN, TIM, ELS]
    assert helpers(network, "dagelijkse-activiteiten") == [MARIAN, TIM]
    assert helpers(network, "dagelijkse-activiteiten", HelpKind.NOW) == [MARIAN]
    assert helper_ids(network, "financien") == {1}
    assert helper_ids(network, "justitie") == set()
    assert domains_helped(MARIAN) == ["dagelijkse-activiteiten", "financien"]
    assert domains_helped(TIM, HelpKind.NOW) == []
    lines = share_lines(network, "dagelijkse-activiteiten")
    assert [(line.name, line.now, line.could, line.what) for line in lines] == [
        ("Marian de Vries", True, False, "boodschappen"),
        ("Tim de Vries", False, True, ""),
    ]
    hidden = share_lines(network, "dagelijkse-activiteiten", names=pseudonyms(network))
    assert [line.name for line in hidden] == ["dochter", "kleinzoon"]


def test_points_of_attention_for_the_citizen_say_it_plainly() -> None:
    points = points_of_attention([MARIAN, TIM, ELS], for_citizen=True)
    assert points[0] == (
        "Marian de Vries (dochter) zorgt veel voor het gezin en heeft het te zwaar. We kijken "
        "samen welke hulp er voor Marian de Vries kan komen."
    )
    assert points[1].endswith("We kijken samen wie nog meer kan helpen.")
    assert not any("art." in p or "mantelzorger" in p for p in points)
    hidden = points_of_attention([MARIAN, TIM], names=pseudonyms([MARIAN, TIM]), for_citizen=True)
    assert hidden[0].startswith("Dochter zorgt veel") and all("Marian" not in p for p in hidden)


def test_points_of_attention_for_the_screen() -> None:
    points = points_of_attention([MARIAN, TIM, ELS])
    assert points[0] == (
        "Marian de Vries (dochter) is mantelzorger en is overbelast. Bespreek ondersteuning "
        "voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d)."
    )
    # all help comes from one person
    assert "één persoon: Marian de Vries (dochter)" in points[1]
    hidden = points_of_attention([MARIAN, TIM], names=pseudonyms([MARIAN, TIM]))
    assert all("Marian" not in p for p in hidden)
    assert hidden[0].startswith("Dochter is mantelzorger")
    assert points_of_attention([TIM, ELS]) == []
    carer = person(4, "Joop", "partner", is_mantelzorger=True, needs_support=True)
    assert "heeft zelf steun nodig" in points_of_attention([carer])[0]


def test_moments_from_the_dates_on_the_map() -> None:
    left = person(5, "Truus", "oud-buurvrouw", until=dt.date(2026, 6, 1))
    later = person(6, "Kees", "buurman", since=dt.date(2026, 5, 1))
    network = [MARIAN, left, later]
    assert network_on(network, dt.date(2026, 3, 1)) == [MARIAN, left]
    assert network_on(network, dt.date(2026, 5, 15)) == [MARIAN, left, later]
    assert network_on(network, dt.date(2026, 7, 1)) == [MARIAN, later]
    assert network_on(network, None) == [MARIAN, later]


def test_then_and_now() -> None:
    closer = person(3, "Els Kramer", "buurvrouw", ring=Ring.INTIMATE, quality=Quality.WEAK)
    kees = person(7, "Kees", "buurman")
    renamed = person(2, "Tim van Dijk", "kleinzoon")  # same id: the same person
    change = compare([MARIAN, TIM, ELS], [renamed, closer, kees])
    assert change.joined == [kees]
    assert change.left == [MARIAN]
    assert [m.after for m in change.moved] == [closer]
    assert [m.after for m in change.quality] == [closer]
    assert not change.unchanged
    # without ids, name and role tell who is who
    plain = [person(0, "Els Kramer", "buurvrouw")]
    plain[0].id = None
    assert compare([ELS], plain).unchanged
    names = union_names([[MARIAN, TIM], [renamed, kees]], pseudonymise=True)
    assert names == {1: "dochter", 2: "kleinzoon", 7: "buurman"}


def test_snapshots_are_canonical_and_read_strictly() -> None:
    text = snapshot_text([TIM, MARIAN])
    assert text == snapshot_text([MARIAN, TIM])
    assert persons_from_snapshot(text) == [MARIAN, TIM]
    for bad in ("niet json", '{"format": 9, "persons": []}', '{"format": 1, "persons": [1]}'):
        with pytest.raises(SerialError):
            persons_from_snapshot(bad)
