"""The network map: layout, labels that do not overlap, speed, hit-testing, privacy."""

from __future__ import annotations

import itertools
import random
import time

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from eigenkracht.charts.network_map import (
    network_layout,
    network_map_figure,
)
from eigenkracht.core.model import (
    HelpDirection,
    NetworkPerson,
    Quality,
    Ring,
    Sector,
)
from eigenkracht.core.network import RINGS, SECTORS
from eigenkracht.core.privacy import pseudonyms

FIRST = ["Marian", "Kees", "Fatima", "Zoë", "Henk", "Ans", "Jeroen", "Ilse", "Bas", "Dennis"]
LAST = ["de Vries", "Bakker", "El Amrani", "Ĳsselmuiden", "Postma", "van der Berg-Smit"]
ROLES = ["dochter", "buurvrouw", "huisarts", "collega", "vriend", "neef", "coach", "zus"]


def people(count: int, seed: int = 4, *, crowd: float = 0.0) -> list[NetworkPerson]:
    """`count` persons spread over the map; `crowd` of them in the inner family ring."""
    rng = random.Random(seed)
    result = []
    for i in range(count):
        crowded = rng.random() < crowd
        result.append(
            NetworkPerson(
                case_id=1,
                id=i + 1,
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                role=rng.choice(ROLES),
                sector=Sector.FAMILY if crowded else rng.choice(SECTORS),
                ring=Ring.INTIMATE if crowded else rng.choice(RINGS),
                quality=rng.choice(list(Quality)),
                direction=rng.choice(list(HelpDirection)),
                is_mantelzorger=rng.random() < 0.15,
                overburdened=rng.random() < 0.5,
            )
        )
    return result


def label_texts(figure: Figure) -> list[Text]:
    ax = next(a for a in figure.axes if a.get_gid() == "network-map")
    return [t for t in ax.texts if (t.get_gid() or "").startswith("person-")]


def drawn_overlaps(figure: Figure) -> list[tuple[str, str]]:
    """Pairs of person labels whose drawn text boxes overlap (in pixels)."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = label_texts(figure)
    ax = next(a for a in figure.axes if a.get_gid() == "network-map")
    others = [t for t in ax.texts if t not in texts]  # titles, ring names, the centre
    boxes = [(t.get_text(), t.get_window_extent(renderer).padded(-0.5)) for t in texts]
    bad = [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if box_a.overlaps(box_b)
    ]
    for other in others:
        if not other.get_text().strip() or len(other.get_text()) < 2:
            continue  # the heart and "!" inside nodes
        extent = other.get_window_extent(renderer).padded(-0.5)
        bad += [(a, other.get_text()) for a, box in boxes if box.overlaps(extent)]
    return bad


@pytest.mark.parametrize(("count", "crowd"), [(8, 0.0), (28, 0.3), (40, 0.0), (40, 0.35)])
def test_labels_do_not_overlap_up_to_40_persons(count: int, crowd: float) -> None:
    persons = people(count, seed=count, crowd=crowd)
    figure = network_map_figure(persons, "Fam. Öztürk-de Jong", highlight={1, 2, 3})
    assert len(label_texts(figure)) == count
    assert drawn_overlaps(figure) == []


@pytest.mark.parametrize("seed", range(5))
def test_no_overlap_for_other_networks_of_40(seed: int) -> None:
    figure = network_map_figure(people(40, seed=100 + seed, crowd=0.2), "Dhr. Hoekstra")
    assert drawn_overlaps(figure) == []


def test_the_layout_predicts_the_drawn_label_boxes() -> None:
    persons = people(25)
    layout = network_layout(persons, "Mevr. De Vries")
    figure = network_map_figure(persons, "Mevr. De Vries")
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    ax = figure.axes[0]
    to_data = ax.transData.inverted()
    for text in label_texts(figure):
        index = int(text.get_gid().split("-")[1])
        box = layout.places[index].label_box
        drawn = text.get_window_extent(canvas.get_renderer()).transformed(to_data)
        assert box.x0 - 0.01 <= drawn.x0 and drawn.x1 <= box.x1 + 0.01
        assert box.y0 - 0.01 <= drawn.y0 and drawn.y1 <= box.y1 + 0.01


def test_200_persons_draw_without_error() -> None:
    """The budget (one second) is measured by benchmarks/charts.py; here only a generous
    bound that catches a runaway layout, so a loaded test machine does not fail it."""
    persons = people(200, seed=7, crowd=0.2)
    network_map_figure(persons[:3], "opwarmen")  # fonts and caches
    start = time.perf_counter()
    figure = network_map_figure(persons, "Fam. Groot")
    FigureCanvasAgg(figure).draw()
    elapsed = time.perf_counter() - start
    assert len(label_texts(figure)) == 200
    assert elapsed < 5.0, f"{elapsed:.2f} s"


def test_persons_sit_in_their_sector_and_ring_and_hit_tests_find_them() -> None:
    persons = people(30, seed=3)
    layout = network_layout(persons, "Fam. Test")
    for place in layout.places:
        person = persons[place.index]
        assert layout.cell_at(place.x, place.y) == (person.sector, person.ring)
        assert layout.person_at(place.x, place.y) is place
        label_centre = (
            (place.label_box.x0 + place.label_box.x1) / 2,
            (place.label_box.y0 + place.label_box.y1) / 2,
        )
        assert layout.person_at(*label_centre) is place
    assert layout.person_at(0, 0) is None  # the household
    assert layout.cell_at(0, 0) is None
    assert layout.cell_at(30, 0) is None
    assert layout.cell_at(30, 0.1, clamp=True) == (Sector.FRIENDS, Ring.SERVICE)
    for sector in SECTORS:
        for ring in RINGS:
            assert layout.cell_at(*layout.cell_centre(sector, ring)) == (sector, ring)
    fx, fy = layout.to_figure(3.0, -2.0)
    assert layout.from_figure(fx, fy) == pytest.approx((3.0, -2.0))


def test_every_style_is_drawn_and_explained_in_words() -> None:
    persons = people(12, seed=1)
    persons[0].quality = Quality.STRESSFUL
    persons[1].is_mantelzorger = True
    persons[1].overburdened = True
    figure = network_map_figure(persons, "Fam. Test", highlight={3})
    FigureCanvasAgg(figure).draw()
    legend = next(a for a in figure.axes if a.get_gid() == "network-legend")
    words = " ".join(t.get_text() for t in legend.texts)
    for expected in (
        "sterke band",
        "zwakke band",
        "zwaar",
        "helpt het gezin",
        "krijgt hulp",
        "helpen elkaar",
        "mantelzorger",
        "overbelast",
        "gekozen leefgebied",
    ):
        assert expected in words
    titles = " ".join(t.get_text() for t in figure.axes[0].texts)
    for sector_title in ("Familie", "Vrienden en buren", "Werk, school en clubs"):
        assert sector_title in titles
    assert "Professionals en organisaties" in titles
    assert "Fam. Test" in titles


def test_pseudonyms_replace_every_name_on_the_map() -> None:
    persons = people(20, seed=9)
    names = pseudonyms(persons)
    figure = network_map_figure(persons, "Huishouden", names=names)
    FigureCanvasAgg(figure).draw()
    shown = " ".join(t.get_text() for a in figure.axes for t in a.texts)
    for person in persons:
        for part in person.name.split():
            if len(part) > 3 and part.lower() not in ("van", "der"):
                assert part not in shown, part


def test_an_empty_network_says_so() -> None:
    figure = network_map_figure([], "Dhr. Jansen")
    FigureCanvasAgg(figure).draw()
    assert any("Nog niemand" in t.get_text() for t in figure.axes[0].texts)


def test_small_and_wide_figures_keep_labels_apart() -> None:
    persons = people(20, seed=5)
    for size in ((4.5, 5.0), (9.0, 5.5)):
        figure = network_map_figure(persons, "Fam. Test", size=size)
        assert drawn_overlaps(figure) == [], size
