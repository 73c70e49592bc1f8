"""Nothing on the network map is cut off (issue 17): every drawn text lies inside the
figure, for the largest demo network and for long names, the legend included; the
household in the centre is wrapped at spaces, never inside a word."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from eigenkracht.charts.network_map import network_map_figure
from eigenkracht.core.model import NetworkPerson, Ring, Sector
from eigenkracht.core.network import RINGS, SECTORS
from eigenkracht.demo import build_demo
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

TODAY = dt.date(2026, 11, 9)
PLAN_SIZE = (7.0, 6.2)  # as the plan draws it
LONG = "Wilhelmina-Theodora van Oldenbarneveldt-Schimmelpenninck van der Oye"


@pytest.fixture(scope="module")
def largest_demo_network(tmp_path_factory: pytest.TempPathFactory) -> list[NetworkPerson]:
    store = create_database(
        tmp_path_factory.mktemp("fit") / "demo.db", PASSPHRASE, kdf_params=cheap_kdf()
    )
    try:
        repo = Repository(store, origin="demo")
        build_demo(repo, today=TODAY)
        networks = [repo.load_case(c.id).network for c in repo.list_cases()]
    finally:
        store.close()
    largest = max(networks, key=len)
    assert len(largest) >= 28
    return largest


def long_names(count: int) -> list[NetworkPerson]:
    return [
        NetworkPerson(
            case_id=1,
            id=i + 1,
            name=f"{LONG} {i}" if i % 2 else "Schuldhulpverleningsorganisatiemedewerkster Zuid",
            role="vrijwilliger bezoekdienst van de kerk",
            sector=SECTORS[i % 4],
            ring=RINGS[(i // 4) % 4],
            is_mantelzorger=i % 5 == 0,
            overburdened=True,
        )
        for i in range(count)
    ]


def cut_off(figure: Figure) -> list[tuple[str, tuple[float, ...]]]:
    """Texts whose drawn extent (Agg, as printed) reaches outside the figure."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    edge = figure.bbox
    bad = []
    for text in figure.findobj(Text):
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        if box.x0 < edge.x0 or box.y0 < edge.y0 or box.x1 > edge.x1 or box.y1 > edge.y1:
            bad.append((text.get_text(), tuple(box.bounds)))
    return bad


def centre(figure: Figure) -> str:
    (text,) = [t for t in figure.findobj(Text) if t.get_gid() == "household"]
    return str(text.get_text())


def whole_words(drawn: str, label: str) -> bool:
    """Every word drawn is a word of the label, or its start shortened with "…"."""
    words = label.split()
    for word in drawn.split():
        if word in words:
            continue
        if word.endswith("…") and any(w.startswith(word[:-1]) for w in words):
            continue
        if word == "…":
            continue
        return False
    return True


@pytest.mark.parametrize("size", [PLAN_SIZE, (7.0, 7.0), (5.0, 5.0)])
def test_nothing_of_the_largest_demo_network_is_cut_off(
    largest_demo_network: list[NetworkPerson], size: tuple[float, float]
) -> None:
    figure = network_map_figure(largest_demo_network, "Fam. Bakker", size=size)
    assert cut_off(figure) == []
    legend = [t.get_text() for t in figure.findobj(Text)]
    assert "mantelzorger: overbelast of steun nodig" in legend  # whole, and inside


@pytest.mark.parametrize("count", [4, 30])
def test_long_names_and_a_long_household_are_not_cut_off(count: int) -> None:
    household = "Familie Van Oldenbarneveldt-Schimmelpenninck van der Oye en Hoogstraten"
    figure = network_map_figure(long_names(count), household, size=PLAN_SIZE)
    assert cut_off(figure) == []
    assert whole_words(centre(figure), household)


@pytest.mark.parametrize(
    "household",
    [
        "vrijwilliger bezoekdienst kerk",
        "Mevr. De Vries",
        "Dhr. en mevr. Van Dijk",
        "Fam. Bakker",
        "Oldenbarneveldt-Schimmelpenninck",
        "Ĳsselmuiden-Groenewoudt en de kinderen van de buren",
    ],
)
def test_the_centre_is_wrapped_at_spaces_never_inside_a_word(household: str) -> None:
    figure = network_map_figure(long_names(3), household, size=PLAN_SIZE)
    drawn = centre(figure)
    assert whole_words(drawn, household), drawn
    lines = drawn.split("\n")
    assert len(lines) <= 3
    if len(household) <= 30 and max(map(len, household.split())) <= 14:
        assert " ".join(lines) == household  # short enough: all of it, whole
    assert cut_off(figure) == []


def test_the_legend_fits_a_narrow_figure() -> None:
    person = NetworkPerson(
        case_id=1,
        id=1,
        name="Els",
        sector=Sector.FRIENDS,
        ring=Ring.FRIEND,
        is_mantelzorger=True,
        needs_support=True,
    )
    for width in (4.0, 5.5):
        figure = network_map_figure([person], "Fam. Bakker", size=(width, width))
        assert cut_off(figure) == [], width
