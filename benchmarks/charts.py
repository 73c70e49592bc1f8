"""Time the chart builders: the network map with 40 and 200 persons, and the radar.

    .venv/bin/python benchmarks/charts.py

Each figure is built and drawn with the Agg canvas (what the screen and the PDF do),
after one warm-up draw; median of five runs. Budget: 200 persons within a second.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from matplotlib.backends.backend_agg import FigureCanvasAgg

from eigenkracht.charts.network_map import network_map_figure
from eigenkracht.charts.radar import Series, radar_figure
from eigenkracht.core.model import NetworkPerson, Quality, Ring, Sector


def people(count: int) -> list[NetworkPerson]:
    rng = random.Random(7)
    return [
        NetworkPerson(
            case_id=1,
            name=f"Persoon {n} {rng.choice(['Bakker', 'de Vries', 'El Idrissi', 'Jansen'])}",
            id=n + 1,
            role=rng.choice(["buurvrouw", "dochter", "huisarts", "vriend", "collega"]),
            sector=rng.choice(list(Sector)),
            ring=rng.choice(list(Ring)),
            quality=rng.choice(list(Quality)),
            is_mantelzorger=rng.random() < 0.1,
        )
        for n in range(count)
    ]


def timed(build) -> float:  # type: ignore[no-untyped-def]
    FigureCanvasAgg(build()).draw()  # warm-up: fonts and caches
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        FigureCanvasAgg(build()).draw()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    rows = [
        ("network map, 40 persons", timed(lambda: network_map_figure(people(40), "Fam. Groot"))),
        ("network map, 200 persons", timed(lambda: network_map_figure(people(200), "Fam. Groot"))),
        (
            "radar, 13 domains, 2 perspectives",
            timed(
                lambda: radar_figure(
                    [f"Leefgebied {n}" for n in range(13)],
                    [Series("Inwoner", [3] * 13), Series("Professional", [2] * 13)],
                )
            ),
        ),
    ]
    for what, value in rows:
        print(f"{what:<36} {value:8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
