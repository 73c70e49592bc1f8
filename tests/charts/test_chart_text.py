"""Text in the charts is text: a "$" pair is not matplotlib math (a bad one made the
drawing fail), and control characters or bidi overrides do not reach the figure."""

from __future__ import annotations

import io

from eigenkracht.charts.network_map import network_map_figure
from eigenkracht.charts.radar import Series, radar_figure
from eigenkracht.core.model import NetworkPerson
from eigenkracht.core.text import is_display_safe

MATH = r"Geld $\foo{$ en $x^2$"


def texts(figure) -> list[str]:  # type: ignore[no-untyped-def]
    found = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [" ".join(t.split()) for t in found if t]


def test_a_dollar_in_a_domain_name_draws_as_typed() -> None:
    for axes in ([MATH, "Wonen", "Werk"], [MATH, "Wonen"]):  # a radar, and words for < 3
        figure = radar_figure(axes, [Series("Toen", [1, 2, 3])], 1, 5)
        figure.savefig(io.BytesIO(), format="png")
        assert any(MATH in t for t in texts(figure))


def test_network_names_draw_without_invisible_characters() -> None:
    persons = [
        NetworkPerson(case_id=1, id=1, name=f"Jan {MATH}", role="buur"),
        NetworkPerson(case_id=1, id=2, name="Els \u202eKramer\x1b[31m", role="zus"),
    ]
    figure = network_map_figure(persons, "Fam. \u2066Kerkhof\u2069 $5")
    figure.savefig(io.BytesIO(), format="png")
    shown = texts(figure)
    assert all(is_display_safe(t) for t in shown)
    assert "Fam. Kerkhof $5" in shown
    assert any("Kramer[31m" in t for t in shown)
