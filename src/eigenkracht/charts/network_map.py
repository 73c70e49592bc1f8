"""The network map (netwerkkaart, domain.md §5): the household in the centre, four
rings by closeness and four labelled sectors around it.

A pure builder: `network_map_figure` returns a `matplotlib.figure.Figure` and never
touches pyplot or Qt, so the screen and the printed plan show the same drawing.
`network_layout` computes where everything goes (nodes, label boxes, rings and
sectors, in data units) without drawing; the editor uses it to hit-test clicks and
drops, the tests to check that labels do not overlap.

What the drawing says, never by colour alone:
- the line to a person: thick and solid for a strong relationship, thin and dashed
  for a weak one, a zigzag (and red) for one that is stressful;
- arrow heads: towards the household when the person helps it, towards the person
  when the household helps them, both ways when they help each other;
- a heart in the node: a mantelzorger; a "!" badge: an overburdened mantelzorger or
  one who needs support;
- a yellow ring and a bold name: helps with the chosen life domain (`highlight`);
- a legend below the map explains all of these in words.

Labels are placed one by one where they collide with nothing already placed (other
labels, nodes, the centre, the titles): beside the node first, then above or below,
then further away with a thin leader line. Up to about 40 persons none overlap.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PatchCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Polygon, Wedge

from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from eigenkracht.core.model import HelpDirection, NetworkPerson, Quality, Ring, Sector
from eigenkracht.core.network import QUALITY_NAMES, RING_NAMES, RINGS, SECTOR_NAMES, SECTORS
from eigenkracht.core.text import display_safe

FONT = "DejaVu Sans"
DPI = 100

# Geometry in data units: the outer ring ends at radius OUTER.
OUTER = 10.0
CENTRE = 2.0
MARGIN = 1.35  # room around the outer ring for labels and the sector titles
EDGE_PAD_DEGREES = 9.0  # nodes keep this far from the sector borders

# Each sector is a quarter of the circle: (start angle, end angle) in degrees.
SECTOR_ANGLES: dict[Sector, tuple[float, float]] = {
    Sector.FAMILY: (90.0, 180.0),  # top left
    Sector.FRIENDS: (0.0, 90.0),  # top right
    Sector.WORK: (270.0, 360.0),  # bottom right
    Sector.PROFESSIONAL: (180.0, 270.0),  # bottom left
}
# Colour-blind safe (Okabe-Ito); the sector is told by position and title as well.
SECTOR_COLOURS: dict[Sector, str] = {
    Sector.FAMILY: "#E69F00",
    Sector.FRIENDS: "#56B4E9",
    Sector.WORK: "#009E73",
    Sector.PROFESSIONAL: "#CC79A7",
}
SECTOR_TINTS: dict[Sector, str] = {
    Sector.FAMILY: "#FDF3E1",
    Sector.FRIENDS: "#EAF5FC",
    Sector.WORK: "#E3F4EF",
    Sector.PROFESSIONAL: "#F8EDF4",
}
LINE_STYLES: dict[Quality, dict[str, Any]] = {
    Quality.STRONG: {"color": "#2B2B2B", "linewidth": 2.6, "linestyle": "-"},
    Quality.WEAK: {"color": "#6B6B6B", "linewidth": 1.1, "linestyle": (0, (4, 3))},
    Quality.STRESSFUL: {"color": "#C0392B", "linewidth": 1.5, "linestyle": "-"},
}
HIGHLIGHT = "#F0E442"
ALERT = "#B3261E"
HEART = "\u2665"

# The legend's words (Dutch; read in the program's language, core.i18n).
LEGEND_TEXTS: Words[str] = Words(
    "NetworkMap",
    {
        "stressful": QT_TRANSLATE_NOOP("NetworkMap", "band die zwaar is (zigzag)"),
        "gives": QT_TRANSLATE_NOOP("NetworkMap", "helpt het gezin"),
        "receives": QT_TRANSLATE_NOOP("NetworkMap", "krijgt hulp van het gezin"),
        "both": QT_TRANSLATE_NOOP("NetworkMap", "helpen elkaar"),
        "carer": QT_TRANSLATE_NOOP("NetworkMap", "mantelzorger"),
        "alert": QT_TRANSLATE_NOOP("NetworkMap", "mantelzorger: overbelast of steun nodig"),
        "sector": QT_TRANSLATE_NOOP("NetworkMap", "kleur en plaats: de sector"),
        "rings": QT_TRANSLATE_NOOP(
            "NetworkMap", "kring 1 heel dichtbij, 2 dichtbij, 3 kennissen, 4 diensten"
        ),
        "highlight": QT_TRANSLATE_NOOP("NetworkMap", "helpt bij het gekozen leefgebied"),
        "empty": QT_TRANSLATE_NOOP("NetworkMap", "Nog niemand op de kaart. Voeg mensen toe."),
    },
)


# -- the layout ----------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in data units."""

    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def overlaps(self, other: Box) -> bool:
        return (
            self.x0 < other.x1
            and other.x0 < self.x1
            and self.y0 < other.y1
            and (other.y0 < self.y1)
        )


@dataclass(frozen=True)
class PlacedPerson:
    """Where one person of the sequence is drawn."""

    index: int  # position in the sequence given
    person_id: int | None
    label: str  # the text shown (possibly wrapped over two lines)
    sector: Sector
    ring: Ring
    x: float
    y: float
    radius: float
    label_x: float
    label_y: float
    ha: str
    va: str
    label_box: Box  # the text with its background, in data units
    leader: bool  # the label sits away from the node: a thin line joins them
    highlighted: bool


@dataclass(frozen=True)
class TextPlace:
    text: str
    x: float
    y: float
    ha: str
    va: str
    box: Box
    size: float


@dataclass(frozen=True)
class NetworkLayout:
    """Everything `network_map_figure` draws, in data units of the map axes."""

    size: tuple[float, float]  # figure size in inches
    axes_rect: tuple[float, float, float, float]  # map axes: left, bottom, width, height
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    edges: tuple[float, ...]  # radius of the centre, then the outer radius of each ring
    places: tuple[PlacedPerson, ...]
    centre: TextPlace
    sector_titles: dict[Sector, TextPlace]
    ring_titles: dict[Ring, TextPlace]
    label_size: float  # points
    legend_height: float  # inches at the bottom of the figure
    legend: tuple[tuple[str, str], ...]  # (kind, text) of each legend entry
    legend_columns: int
    legend_size: float  # points
    legend_x: tuple[float, ...] = ()  # inches: where each legend column starts

    # -- coordinates -------------------------------------------------------------

    def to_figure(self, x: float, y: float) -> tuple[float, float]:
        """Data units to figure fractions (0..1, origin bottom left)."""
        left, bottom, width, height = self.axes_rect
        fx = left + width * (x - self.xlim[0]) / (self.xlim[1] - self.xlim[0])
        fy = bottom + height * (y - self.ylim[0]) / (self.ylim[1] - self.ylim[0])
        return fx, fy

    def from_figure(self, fx: float, fy: float) -> tuple[float, float]:
        left, bottom, width, height = self.axes_rect
        x = self.xlim[0] + (fx - left) / width * (self.xlim[1] - self.xlim[0])
        y = self.ylim[0] + (fy - bottom) / height * (self.ylim[1] - self.ylim[0])
        return x, y

    # -- hit-testing -------------------------------------------------------------

    def person_at(self, x: float, y: float) -> PlacedPerson | None:
        """The person whose node or label is at (x, y), nearest node first."""
        best: tuple[float, PlacedPerson] | None = None
        for place in self.places:
            distance = math.hypot(x - place.x, y - place.y)
            if distance <= place.radius * 1.35 and (best is None or distance < best[0]):
                best = (distance, place)
        if best is not None:
            return best[1]
        for place in reversed(self.places):  # drawn last is on top
            if place.label_box.contains(x, y):
                return place
        return None

    def place_of(self, person_id: int) -> PlacedPerson | None:
        return next((p for p in self.places if p.person_id == person_id), None)

    def cell_at(self, x: float, y: float, *, clamp: bool = False) -> tuple[Sector, Ring] | None:
        """The sector and ring at (x, y); None in the centre or outside the rings
        (with `clamp`, outside the rings counts as the outer ring)."""
        radius = math.hypot(x, y)
        if radius < self.edges[0]:
            return None
        if radius > self.edges[-1] and not clamp:
            return None
        ring = RINGS[-1]
        for index, edge in enumerate(self.edges[1:]):
            if radius <= edge:
                ring = RINGS[index]
                break
        angle = math.degrees(math.atan2(y, x)) % 360.0
        return sector_at(angle), ring

    def cell_centre(self, sector: Sector, ring: Ring) -> tuple[float, float]:
        start, end = SECTOR_ANGLES[sector]
        index = RINGS.index(ring)
        radius = (self.edges[index] + self.edges[index + 1]) / 2
        angle = math.radians((start + end) / 2)
        return radius * math.cos(angle), radius * math.sin(angle)

    @property
    def units_per_inch(self) -> float:
        width_in = self.size[0] * self.axes_rect[2]
        return (self.xlim[1] - self.xlim[0]) / width_in


def sector_at(angle: float) -> Sector:
    angle %= 360.0
    for sector, (start, end) in SECTOR_ANGLES.items():
        if start <= angle < end:
            return sector
    return Sector.FRIENDS


def _label_size(count: int) -> float:
    if count <= 20:
        return 8.0
    if count <= 45:
        return 7.5
    if count <= 90:
        return 6.5
    return 5.5


LABEL_WORD = 26  # characters: a longer word in a label is shortened ("…")


def _wrap(text: str, width: int = 20) -> str:
    """A person's label: at most two lines of about `width` characters, broken at
    spaces and hyphens, never inside a word; the rest shortened with "…", and so is a
    word longer than LABEL_WORD (it would not fit beside the map)."""
    text = " ".join(display_safe(text).split())
    if len(text) <= width:
        return text
    words = [w if len(w) <= LABEL_WORD else w[: LABEL_WORD - 1] + "…" for w in text.split()]
    lines = textwrap.wrap(" ".join(words), width, break_long_words=False)
    if len(lines) > 2:
        rest = " ".join(lines[1:])
        room = max(width, len(lines[1])) + 2
        lines = [lines[0], textwrap.shorten(rest, room, placeholder=" …")]
    return "\n".join(lines)


def _label_text(person: NetworkPerson, names: Mapping[int, str] | None) -> str:
    if names is not None and person.id is not None and person.id in names:
        text = names[person.id]
    else:
        text = person.name or person.role
    return _wrap(text or "?")


class _Measure:
    """Text extents (inches) with the Agg renderer, as the figure will draw them."""

    def __init__(self) -> None:
        self.figure = Figure(figsize=(4, 4), dpi=DPI)
        canvas = FigureCanvasAgg(self.figure)
        self.renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
        self.text = self.figure.text(0, 0, "", family=FONT, parse_math=False)
        self.cache: dict[tuple[str, float, str], tuple[float, float]] = {}

    def size(self, text: str, points: float, weight: str = "normal") -> tuple[float, float]:
        key = (text, points, weight)
        if key not in self.cache:
            self.text.set_text(text)
            self.text.set_fontsize(points)
            self.text.set_fontweight(weight)
            extent = self.text.get_window_extent(self.renderer)
            self.cache[key] = (extent.width / DPI, extent.height / DPI)
        return self.cache[key]


def _anchored(x: float, y: float, w: float, h: float, ha: str, va: str, pad: float) -> Box:
    x0 = {"left": x, "right": x - w, "center": x - w / 2}[ha]
    y0 = {"bottom": y, "top": y - h, "center": y - h / 2}[va]
    return Box(x0 - pad, y0 - pad, x0 + w + pad, y0 + h + pad)


def network_layout(
    persons: Sequence[NetworkPerson],
    centre_label: str,
    *,
    names: Mapping[int, str] | None = None,
    highlight: Collection[int] = (),
    size: tuple[float, float] = (7.0, 7.0),
) -> NetworkLayout:
    """Where the map puts everything (same arguments as `network_map_figure`)."""
    measure = _Measure()
    width_in, height_in = size
    lit_ids = {p.id for p in persons if p.id is not None} & set(highlight)
    legend = _legend_entries(bool(lit_ids))
    legend_columns, legend_size, legend_x = _legend_columns(legend, width_in, measure)
    # The first row (what the ring numbers mean) spans the width.
    legend_height = 0.12 + (1 + math.ceil(len(legend) / legend_columns)) * LEGEND_ROW
    map_height = max(height_in - legend_height, 1.0)
    axes_rect = (0.0, legend_height / height_in, 1.0, map_height / height_in)
    units = 2 * (OUTER + MARGIN) / min(width_in, map_height)  # data units per inch
    xlim = (-width_in * units / 2, width_in * units / 2)
    ylim = (-map_height * units / 2, map_height * units / 2)
    point = units / 72.0  # one typographic point in data units

    label_size = _label_size(len(persons))
    pad = 0.2 * label_size * point  # the label's white background reaches this far
    node_radius = max(4.6, label_size * 0.72) * point

    label_height = measure.size("Ag", label_size)[1] * units
    spacing = max(2.6 * node_radius, 1.3 * label_height)
    edges = _ring_edges(persons, spacing)

    # Fixed texts: centre, sector titles (in the corners), ring names (on the top axis).
    centre = _centre_text(centre_label, measure, point)
    title_size = max(label_size + 1.0, 8.0)
    inset = 0.35 * title_size * point

    def sector_title(sector: Sector, wrap: bool, points: float) -> TextPlace:
        right = sector in (Sector.FRIENDS, Sector.WORK)
        top = sector in (Sector.FAMILY, Sector.FRIENDS)
        text = SECTOR_NAMES[sector]
        if wrap and " " in text:
            text = "\n".join(textwrap.wrap(text, max(len(text) // 2 + 2, 8)))
        w, h = measure.size(text, points, "bold")
        x = xlim[1] - inset if right else xlim[0] + inset
        y = ylim[1] - inset if top else ylim[0] + inset
        ha, va = ("right" if right else "left"), ("top" if top else "bottom")
        box = _anchored(x, y, w * units, h * units, ha, va, pad)
        chip = points * point * 0.8 * 1.3  # a colour chip beside the title
        if right:
            box = Box(box.x0 - chip, box.y0, box.x1, box.y1)
        else:
            box = Box(box.x0, box.y0, box.x1 + chip, box.y1)
        return TextPlace(text, x, y, ha, va, box, points)

    sector_titles = {s: sector_title(s, False, title_size) for s in SECTORS}
    gap = 4 * point
    for left, right in ((Sector.FAMILY, Sector.FRIENDS), (Sector.PROFESSIONAL, Sector.WORK)):
        for points in (title_size, title_size - 1, title_size - 2):
            if sector_titles[left].box.x1 + gap <= sector_titles[right].box.x0:
                break
            sector_titles[left] = sector_title(left, True, points)
            sector_titles[right] = sector_title(right, True, points)
    ring_size = max(label_size - 1.5, 5.5)
    ring_titles: dict[Ring, TextPlace] = {}
    for index, ring in enumerate(RINGS):
        text = str(index + 1)  # the legend says what each ring is
        w, h = measure.size(text, ring_size, "bold")
        x, y = 0.0, edges[index + 1] - 0.12
        box = _anchored(x, y, w * units, h * units, "center", "top", pad * 0.5)
        ring_titles[ring] = TextPlace(text, x, y, "center", "top", box, ring_size)

    # Nodes: per sector and ring, spread over the arc (in rows when they do not fit).
    nodes = _place_nodes(persons, node_radius, spacing, edges)

    # Labels: one by one, where they collide with nothing placed so far.
    fixed: list[Box] = [r.box for r in ring_titles.values()] + [
        s.box for s in sector_titles.values()
    ]
    fixed.append(Box(-CENTRE, -CENTRE, CENTRE, CENTRE))
    for index, (x, y, radius) in nodes.items():
        lit_node = persons[index].id is not None and persons[index].id in set(highlight)
        reach = radius * (1.75 if lit_node else 1.3)  # the highlight ring, the "!" badge
        fixed.append(Box(x - reach, y - reach, x + reach, y + reach))
    obstacles = np.array([[b.x0, b.y0, b.x1, b.y1] for b in fixed], dtype=float)
    bounds = Box(xlim[0] + pad, ylim[0] + pad, xlim[1] - pad, ylim[1] - pad)
    lit = set(highlight)
    places: list[PlacedPerson] = []
    order = sorted(
        nodes, key=lambda i: (RINGS.index(persons[i].ring), -abs(nodes[i][1]), nodes[i][0])
    )
    placed: dict[int, PlacedPerson] = {}
    for index in order:
        person = persons[index]
        x, y, radius = nodes[index]
        text = _label_text(person, names)
        bold = person.id is not None and person.id in lit
        w, h = measure.size(text, label_size, "bold" if bold else "normal")
        w, h = w * units, h * units
        candidate = _place_label(x, y, radius, w, h, pad, obstacles, bounds)
        label_x, label_y, ha, va, box, far = candidate
        nearest_x = min(max(x, box.x0), box.x1)
        nearest_y = min(max(y, box.y0), box.y1)
        far = far or math.hypot(x - nearest_x, y - nearest_y) > radius + 1.2 * h
        obstacles = np.vstack([obstacles, [box.x0, box.y0, box.x1, box.y1]])
        placed[index] = PlacedPerson(
            index=index,
            person_id=person.id,
            label=text,
            sector=person.sector,
            ring=person.ring,
            x=x,
            y=y,
            radius=radius,
            label_x=label_x,
            label_y=label_y,
            ha=ha,
            va=va,
            label_box=box,
            leader=far,
            highlighted=bold,
        )
    places = [placed[i] for i in sorted(placed)]
    return NetworkLayout(
        size=(width_in, height_in),
        axes_rect=axes_rect,
        xlim=xlim,
        ylim=ylim,
        edges=edges,
        places=tuple(places),
        centre=centre,
        sector_titles=sector_titles,
        ring_titles=ring_titles,
        label_size=label_size,
        legend_height=legend_height,
        legend=legend,
        legend_columns=legend_columns,
        legend_size=legend_size,
        legend_x=legend_x,
    )


def _centre_text(label: str, measure: _Measure, point: float) -> TextPlace:
    """The household's name, wrapped at spaces and sized to fit inside the centre
    circle: never broken inside a word. A word too wide even at the smallest size is
    shortened visibly ("…"), as all page furniture."""
    room = CENTRE * 1.5  # the square inside the circle, with a little air
    units = point * 72.0
    text = " ".join(display_safe(label).split()) or translate("NetworkMap", "Huishouden")
    sizes = (10.0, 9.0, 8.0, 7.0, 6.0, 5.5, 5.0)
    # The largest font, a line less worth 1.5 points of it: two lines at 10 points
    # before one at 8 or three at 10.
    best: tuple[float, int, TextPlace] | None = None
    for width in (40, 14, 11, 9, 7, 1):
        lines = _whole_words(text, width)
        if len(lines) > 3:
            continue
        wrapped = "\n".join(lines)
        for size in sizes:
            w, h = measure.size(wrapped, size, "bold")
            if w * units <= room and h * units <= room:
                score = size - 1.5 * (len(lines) - 1)
                if best is None or (score, -len(lines)) > (best[0], best[1]):
                    box = _anchored(0, 0, w * units, h * units, "center", "center", 0)
                    place = TextPlace(wrapped, 0.0, 0.0, "center", "center", box, size)
                    best = (score, -len(lines), place)
                break
    if best is not None:
        return best[2]
    # Too long for three lines: the words that fit, then "…"; a word wider than the
    # circle is cut to what fits and ends in "…".
    size = sizes[-1]
    fits: list[str] = []
    for word in text.split():
        while len(word) > 1 and measure.size(word, size, "bold")[0] * units > room:
            word = word[:-2] + "…"
        fits.append(word)
    lines = []
    for word in fits:
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and measure.size(trial, size, "bold")[0] * units <= room:
            lines[-1] = trial
        else:
            lines.append(word)
    if len(lines) > 3:
        last = lines[2]
        while last and measure.size(last + " …", size, "bold")[0] * units > room:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [*lines[:2], f"{last} …" if last else "…"]
    wrapped = "\n".join(lines)
    w, h = measure.size(wrapped, size, "bold")
    box = _anchored(0, 0, w * units, h * units, "center", "center", 0)
    return TextPlace(wrapped, 0.0, 0.0, "center", "center", box, size)


def _whole_words(text: str, width: int) -> list[str]:
    """`text` in lines of about `width` characters, broken at spaces only (a longer
    word is a line of its own, whole)."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def _ring_edges(persons: Sequence[NetworkPerson], spacing: float) -> tuple[float, ...]:
    """Ring widths that follow the network: a ring with a crowded cell gets the rows
    it needs, the others give way (never less than half their share)."""
    counts: dict[tuple[Sector, Ring], int] = {}
    for person in persons:
        key = (person.sector, person.ring)
        counts[key] = counts.get(key, 0) + 1
    crowd = [max((counts.get((s, r), 0) for s in SECTORS), default=0) for r in RINGS]
    total = OUTER - CENTRE
    widths = [total / 4] * 4
    span = math.radians(90.0 - 2.5 * EDGE_PAD_DEGREES)
    for _ in range(4):
        edges = [CENTRE]
        for width in widths:
            edges.append(edges[-1] + width)
        needed = []
        for index, count in enumerate(crowd):
            middle = edges[index] + widths[index] * 0.58
            capacity = max(int(span * middle / spacing), 1)
            rows = max(math.ceil(count / capacity), 1)
            needed.append(max(rows * spacing * 1.05 + spacing * 0.4, total / 8))
        scale = total / sum(needed)
        widths = [w * scale for w in needed]
    edges = [CENTRE]
    for width in widths:
        edges.append(edges[-1] + width)
    edges[-1] = OUTER
    return tuple(edges)


def _arc(start: float, end: float, radius: float, lowest: float) -> tuple[float, float]:
    """The angles (degrees) of a sector where nodes may sit: clear of the border lines,
    and further from the top border, where the ring numbers are."""

    def pad(border: float) -> float:
        clearance = radius * 1.9 + 0.3 if border % 360.0 == 90.0 else radius * 1.3 + 0.1
        angle = math.degrees(math.asin(min(1.0, clearance / max(lowest, 0.1))))
        return min(max(angle, EDGE_PAD_DEGREES * 0.6), 30.0)

    return start + pad(start), end - pad(end)


def _place_nodes(
    persons: Sequence[NetworkPerson], radius: float, spacing: float, edges: Sequence[float]
) -> dict[int, tuple[float, float, float]]:
    """Node centres: per sector and ring, spread evenly over the arc of the ring; a
    crowded cell uses rows at different radii, staggered."""
    cells: dict[tuple[Sector, Ring], list[int]] = {}
    for index, person in enumerate(persons):
        cells.setdefault((person.sector, person.ring), []).append(index)
    nodes: dict[int, tuple[float, float, float]] = {}
    for (sector, ring), members in cells.items():
        members.sort(key=lambda i: (persons[i].id is None, persons[i].id or 0, i))
        start, end = SECTOR_ANGLES[sector]
        inner, outer = edges[RINGS.index(ring)], edges[RINGS.index(ring) + 1]
        band = outer - inner
        middle = inner + band * 0.58  # a little outwards: room for the arrows
        # The innermost row leaves room for the arrows at the household.
        low = max(inner + band * 0.25, inner + radius * 2.4 if inner <= CENTRE else 0.0)
        low = min(low, middle)
        first, last = _arc(start, end, radius, low)
        capacity = max(int(math.radians(last - first) * middle / spacing), 1)
        rows = max(math.ceil(len(members) / capacity), 1)
        if rows == 1:
            radii = [middle]
        else:
            high = outer - band * 0.2
            radii = [low + (high - low) * r / (rows - 1) for r in range(rows)]
        count = len(members)
        for position, index in enumerate(members):
            fraction = (position + 0.5) / count
            angle = math.radians(first + (last - first) * fraction)
            r = radii[position % rows]
            nodes[index] = (r * math.cos(angle), r * math.sin(angle), radius)
    return nodes


def _place_label(
    x: float,
    y: float,
    radius: float,
    w: float,
    h: float,
    pad: float,
    obstacles: Any,
    bounds: Box,
) -> tuple[float, float, str, str, Box, bool]:
    """The first candidate position that collides with nothing (or the least bad)."""
    gap = radius + pad + 0.08
    outward = 1.0 if x >= 0 else -1.0
    candidates: list[tuple[float, float, str, str, bool]] = []

    def side(direction: float, dy: float, dx: float = 0.0, far: bool = False) -> None:
        ha = "left" if direction > 0 else "right"
        candidates.append((x + direction * (gap + dx), y + dy, ha, "center", far))

    def vertical(up: bool, dx: float = 0.0, dy: float = 0.0, far: bool = False) -> None:
        va = "bottom" if up else "top"
        candidates.append((x + dx, y + (gap + dy) * (1 if up else -1), "center", va, far))

    side(outward, 0)
    for step in (0.55, 1.1):
        side(outward, step * h)
        side(outward, -step * h)
    vertical(y >= 0)
    vertical(y < 0)
    side(-outward, 0)
    for step in (0.55, 1.1):
        side(-outward, step * h)
        side(-outward, -step * h)
    for shift in (0.35, -0.35):
        vertical(y >= 0, dx=shift * w)
        vertical(y < 0, dx=shift * w)
    # Further away along the line from the centre, joined by a leader line.
    distance = math.hypot(x, y) or 1.0
    ux, uy = x / distance, y / distance
    for step in (0.8, 1.4, 2.0, 2.7, 3.5, 4.4, 5.5, 7.0):
        px, py = x + ux * step, y + uy * step
        ha = "left" if px >= 0 else "right"
        for dy in (0.0, 0.7, -0.7, 1.4, -1.4):
            candidates.append((px, py + dy * h, ha, "center", True))
        candidates.append(
            (
                px,
                py + (h / 2 if py >= 0 else -h / 2),
                "center",
                "bottom" if py >= 0 else "top",
                True,
            )
        )
    found = _first_free(candidates, w, h, pad, obstacles, bounds, accept_overlap=False)
    if found is None:
        # Crowded: search all around the node, further and further out.
        spiral: list[tuple[float, float, str, str, bool]] = []
        for ring_step in range(1, 16):
            distance = gap + ring_step * h * 0.9
            for degrees in range(0, 360, 15):
                angle = math.radians(degrees)
                px, py = x + distance * math.cos(angle), y + distance * math.sin(angle)
                ha = (
                    "left"
                    if math.cos(angle) > 0.3
                    else "right"
                    if math.cos(angle) < -0.3
                    else ("center")
                )
                va = "center" if ha != "center" else ("bottom" if py >= y else "top")
                spiral.append((px, py, ha, va, ring_step > 1))
        found = _first_free(spiral, w, h, pad, obstacles, bounds, accept_overlap=False)
        if found is None:
            found = _first_free(
                candidates + spiral, w, h, pad, obstacles, bounds, accept_overlap=True
            )
    assert found is not None
    return found


def _first_free(
    candidates: list[tuple[float, float, str, str, bool]],
    w: float,
    h: float,
    pad: float,
    obstacles: Any,
    bounds: Box,
    *,
    accept_overlap: bool,
) -> tuple[float, float, str, str, Box, bool] | None:
    """The first candidate that overlaps nothing and lies inside `bounds` (or, with
    accept_overlap, the one with the least overlap)."""
    cx = np.array([c[0] for c in candidates])
    cy = np.array([c[1] for c in candidates])
    fx = np.array([_HA[c[2]] for c in candidates])
    fy = np.array([_VA[c[3]] for c in candidates])
    x0 = cx - w * fx - pad
    y0 = cy - h * fy - pad
    x1 = x0 + w + 2 * pad
    y1 = y0 + h + 2 * pad
    inside = (x0 >= bounds.x0) & (y0 >= bounds.y0) & (x1 <= bounds.x1) & (y1 <= bounds.y1)
    # Only obstacles near the candidates matter.
    near = obstacles[
        (obstacles[:, 0] < x1.max())
        & (obstacles[:, 2] > x0.min())
        & (obstacles[:, 1] < y1.max())
        & (obstacles[:, 3] > y0.min())
    ]
    if len(near):
        ox = np.clip(
            np.minimum(x1[:, None], near[None, :, 2]) - np.maximum(x0[:, None], near[None, :, 0]),
            0,
            None,
        )
        oy = np.clip(
            np.minimum(y1[:, None], near[None, :, 3]) - np.maximum(y0[:, None], near[None, :, 1]),
            0,
            None,
        )
        overlap = (ox * oy).sum(axis=1)
    else:
        overlap = np.zeros(len(candidates))
    free = np.flatnonzero((overlap <= 1e-9) & inside)
    if free.size:
        choice = int(free[0])
    elif accept_overlap:
        choice = int(np.argmin(overlap + np.where(inside, 0.0, 1e6)))
    else:
        return None
    ax_, ay_, ha, va, far = candidates[choice]
    box = Box(float(x0[choice]), float(y0[choice]), float(x1[choice]), float(y1[choice]))
    return ax_, ay_, ha, va, box, far


_HA = {"left": 0.0, "center": 0.5, "right": 1.0}
_VA = {"bottom": 0.0, "center": 0.5, "top": 1.0}


# -- drawing ------------------------------------------------------------------------


def network_map_figure(
    persons: Sequence[NetworkPerson],
    centre_label: str,
    *,
    names: Mapping[int, str] | None = None,
    highlight: Collection[int] = (),
    size: tuple[float, float] = (7.0, 7.0),
) -> Figure:
    """Draw the network map of `persons` around `centre_label` (the household).

    names: the name to show per person id (for example pseudonyms); default the
    person's own name. highlight: ids of persons to mark (they help with the chosen
    life domain). The figure has an Agg canvas; the screen may replace it."""
    layout = network_layout(persons, centre_label, names=names, highlight=highlight, size=size)
    return draw_layout(persons, layout)


def draw_layout(persons: Sequence[NetworkPerson], layout: NetworkLayout) -> Figure:
    """Draw a computed layout (the editor keeps the layout for hit-testing)."""
    figure = Figure(figsize=layout.size, dpi=DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_axes(layout.axes_rect)
    ax.set_gid("network-map")
    ax.set_xlim(*layout.xlim)
    ax.set_ylim(*layout.ylim)
    ax.set_axis_off()
    point = layout.units_per_inch / 72.0

    # Sectors (a light tint each), ring circles and sector borders.
    for sector, (start, end) in SECTOR_ANGLES.items():
        ax.add_artist(
            Wedge(
                (0, 0),
                OUTER,
                start,
                end,
                facecolor=SECTOR_TINTS[sector],
                edgecolor="none",
                zorder=0,
            )
        )
    for index, edge in enumerate(layout.edges[1:]):
        ax.add_artist(
            Circle(
                (0, 0),
                edge,
                fill=False,
                edgecolor="#8A8A8A" if index == 3 else "#B5B5B5",
                linewidth=1.0 if index == 3 else 0.7,
                linestyle="-" if index == 3 else (0, (2, 2)),
                zorder=0.5,
            )
        )
    for angle in (0, 90, 180, 270):
        rad = math.radians(angle)
        ax.add_artist(
            Line2D(
                [CENTRE * math.cos(rad), OUTER * math.cos(rad)],
                [CENTRE * math.sin(rad), OUTER * math.sin(rad)],
                color="#9A9A9A",
                linewidth=0.9,
                zorder=0.6,
            )
        )
    for place in layout.ring_titles.values():
        ax.text(
            place.x,
            place.y,
            place.text,
            ha=place.ha,
            va=place.va,
            fontsize=place.size,
            family=FONT,
            parse_math=False,  # a "$" in a name is a dollar, not math
            color="#4A4A4A",
            fontweight="bold",
            zorder=3,
            bbox={
                "boxstyle": "square,pad=0.1",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.8,
            },
        )
    for sector, place in layout.sector_titles.items():
        ax.text(
            place.x,
            place.y,
            place.text,
            ha=place.ha,
            va=place.va,
            fontsize=place.size,
            family=FONT,
            parse_math=False,  # a "$" in a name is a dollar, not math
            fontweight="bold",
            color="#1A1A1A",
            zorder=3,
        )
        # A colour chip before the title ties the title to the node colour.
        chip = place.size * point * 0.8
        # The title's box already holds the chip on the side towards the middle.
        cx = place.box.x1 - chip * 1.15 if place.ha == "left" else place.box.x0 + chip * 0.15
        cy = (place.box.y0 + place.box.y1) / 2 - chip / 2
        ax.add_artist(
            Polygon(
                [(cx, cy), (cx + chip, cy), (cx + chip, cy + chip), (cx, cy + chip)],
                closed=True,
                facecolor=SECTOR_COLOURS[sector],
                edgecolor="#1A1A1A",
                linewidth=0.6,
                zorder=3,
            )
        )

    # Centre: the household.
    ax.add_artist(
        Circle((0, 0), CENTRE, facecolor="#FFFFFF", edgecolor="#1A1A1A", linewidth=1.6, zorder=4)
    )
    ax.text(
        0,
        0,
        layout.centre.text,
        ha="center",
        va="center",
        fontsize=layout.centre.size,
        family=FONT,
        parse_math=False,  # a "$" in a name is a dollar, not math
        fontweight="bold",
        color="#1A1A1A",
        zorder=5,
        linespacing=1.1,
        gid="household",
    )

    # Lines, arrows, nodes and labels (collections: one artist per kind, fast to draw).
    _draw_ties(ax, layout, persons, point)
    _draw_nodes(ax, layout, persons, point)
    plain = len(layout.places) > 90  # very large maps: no label backgrounds (speed)
    for person_place in layout.places:
        _draw_label(ax, person_place, layout.label_size, background=not plain)
    if not layout.places:
        ax.text(
            0,
            -(CENTRE + layout.edges[1]) / 2 - 1.2,
            LEGEND_TEXTS["empty"],
            ha="center",
            va="center",
            fontsize=9,
            family=FONT,
            color="#4A4A4A",
            zorder=5,
        )
    _draw_legend(figure, layout)
    return figure


def _draw_ties(
    ax: Any, layout: NetworkLayout, persons: Sequence[NetworkPerson], point: float
) -> None:
    segments: dict[Quality, list[list[tuple[float, float]]]] = {q: [] for q in Quality}
    heads: list[list[tuple[float, float]]] = []
    head_colours: list[str] = []
    head = 6.0 * point
    for place in layout.places:
        person = persons[place.index]
        distance = math.hypot(place.x, place.y)
        if distance <= CENTRE + place.radius:
            continue
        ux, uy = place.x / distance, place.y / distance
        start = (ux * CENTRE, uy * CENTRE)
        end = (place.x - ux * place.radius, place.y - uy * place.radius)
        to_centre = person.direction in (HelpDirection.GIVES, HelpDirection.BOTH)
        to_person = person.direction in (HelpDirection.RECEIVES, HelpDirection.BOTH)
        # The line stops where an arrow head starts.
        line_start = (start[0] + ux * head, start[1] + uy * head) if to_centre else start
        line_end = (end[0] - ux * head, end[1] - uy * head) if to_person else end
        if person.quality is Quality.STRESSFUL:
            xs, ys = _zigzag(line_start, line_end, amplitude=2.6 * point, wavelength=9 * point)
        else:
            xs, ys = [line_start[0], line_end[0]], [line_start[1], line_end[1]]
        segments[person.quality].append(list(zip(xs, ys, strict=True)))
        colour = LINE_STYLES[person.quality]["color"]
        if to_centre:
            heads.append(_arrow_points(start, (-ux, -uy), head))
            head_colours.append(colour)
        if to_person:
            heads.append(_arrow_points(end, (ux, uy), head))
            head_colours.append(colour)
    for quality, lines in segments.items():
        if lines:
            style = LINE_STYLES[quality]
            ax.add_artist(
                LineCollection(
                    lines,
                    colors=style["color"],
                    linewidths=style["linewidth"],
                    linestyles=style["linestyle"],
                    capstyle="butt",
                    zorder=1,
                )
            )
    if heads:
        ax.add_artist(
            PolyCollection(
                heads,
                facecolors=head_colours,
                edgecolors=head_colours,
                linewidths=0.5,
                zorder=2,
            )
        )


def _draw_nodes(
    ax: Any, layout: NetworkLayout, persons: Sequence[NetworkPerson], point: float
) -> None:
    halos = [Circle((p.x, p.y), p.radius * 1.75) for p in layout.places if p.highlighted]
    if halos:
        ax.add_artist(
            PatchCollection(
                halos, facecolors=HIGHLIGHT, edgecolors="#1A1A1A", linewidths=1.2, zorder=5
            )
        )
    nodes, faces = [], []
    for place in layout.places:
        person = persons[place.index]
        nodes.append(Circle((place.x, place.y), place.radius))
        faces.append("#FFFFFF" if person.is_mantelzorger else SECTOR_COLOURS[person.sector])
    if nodes:
        ax.add_artist(
            PatchCollection(nodes, facecolors=faces, edgecolors="#1A1A1A", linewidths=1.1, zorder=6)
        )
    for place in layout.places:
        person = persons[place.index]
        if person.is_mantelzorger:
            ax.text(
                place.x,
                place.y,
                HEART,
                ha="center",
                va="center_baseline",
                fontsize=place.radius / point * 1.45,
                family=FONT,
                color=ALERT,
                zorder=7,
            )
            if person.overburdened or person.needs_support:
                _badge(
                    ax,
                    place.x + place.radius * 0.95,
                    place.y + place.radius * 0.95,
                    place.radius,
                )


def _zigzag(
    start: tuple[float, float], end: tuple[float, float], amplitude: float, wavelength: float
) -> tuple[list[float], list[float]]:
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length < wavelength:
        return [start[0], end[0]], [start[1], end[1]]
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    steps = max(int(length / (wavelength / 2)), 2)
    xs, ys = [start[0]], [start[1]]
    for i in range(1, steps):
        t = i / steps
        side = amplitude if i % 2 else -amplitude
        xs.append(start[0] + dx * t + nx * side)
        ys.append(start[1] + dy * t + ny * side)
    xs.append(end[0])
    ys.append(end[1])
    return xs, ys


def _arrow_points(
    tip: tuple[float, float], direction: tuple[float, float], length: float
) -> list[tuple[float, float]]:
    """A triangle with its point at `tip`, pointing along `direction`."""
    ux, uy = direction
    nx, ny = -uy, ux
    width = length * 0.45
    base = (tip[0] - ux * length, tip[1] - uy * length)
    return [
        tip,
        (base[0] + nx * width, base[1] + ny * width),
        (base[0] - nx * width, base[1] - ny * width),
    ]


def _arrow_head(
    ax: Any, tip: tuple[float, float], direction: tuple[float, float], length: float, colour: str
) -> None:
    ax.add_artist(
        Polygon(
            _arrow_points(tip, direction, length),
            closed=True,
            facecolor=colour,
            edgecolor=colour,
            linewidth=0.5,
            zorder=2,
        )
    )


def _badge(ax: Any, x: float, y: float, node_radius: float) -> None:
    radius = node_radius * 0.62
    ax.add_artist(
        Circle((x, y), radius, facecolor=ALERT, edgecolor="white", linewidth=0.8, zorder=8)
    )
    ax.text(
        x,
        y,
        "!",
        ha="center",
        va="center",
        fontsize=6.5,
        fontweight="bold",
        family=FONT,
        color="white",
        zorder=9,
    )


def _draw_label(ax: Any, place: PlacedPerson, size: float, *, background: bool = True) -> None:
    if place.leader:
        box = place.label_box
        tx = min(max(place.x, box.x0), box.x1)
        ty = min(max(place.y, box.y0), box.y1)
        ax.add_artist(
            Line2D([place.x, tx], [place.y, ty], color="#707070", linewidth=0.6, zorder=4)
        )
    ax.text(
        place.label_x,
        place.label_y,
        place.label,
        ha=place.ha,
        va=place.va,
        fontsize=size,
        family=FONT,
        parse_math=False,  # a "$" in a name is a dollar, not math
        fontweight="bold" if place.highlighted else "normal",
        color="#111111",
        zorder=10,
        linespacing=1.05,
        gid=f"person-{place.index}",
        bbox=(
            {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
            if background
            else None
        ),
    )


# -- the legend ---------------------------------------------------------------------


LEGEND_ROW = 0.2  # inches
LEGEND_SAMPLE = 0.5  # inches
LEGEND_SIZE = 7.0  # points


def _legend_entries(highlight: bool) -> tuple[tuple[str, str], ...]:
    entries = [
        ("strong", QUALITY_NAMES[Quality.STRONG]),
        ("weak", QUALITY_NAMES[Quality.WEAK]),
        ("stressful", LEGEND_TEXTS["stressful"]),
        ("gives", LEGEND_TEXTS["gives"]),
        ("receives", LEGEND_TEXTS["receives"]),
        ("both", LEGEND_TEXTS["both"]),
        ("carer", LEGEND_TEXTS["carer"]),
        ("alert", LEGEND_TEXTS["alert"]),
        ("sector", LEGEND_TEXTS["sector"]),
    ]
    if highlight:
        entries.append(("highlight", LEGEND_TEXTS["highlight"]))
    return tuple(entries)


def _legend_columns(
    entries: Sequence[tuple[str, str]], width_in: float, measure: _Measure
) -> tuple[int, float, tuple[float, ...]]:
    """As many columns (3 or 2) as fit the width, filled top to bottom, with the
    legend's font size and where each column starts (inches): each column as wide as
    its widest entry, the room left shared out between them. A smaller font before
    fewer columns, one column at last (smaller still when the width asks for it)."""
    room = width_in - 0.2
    tries = [(3, LEGEND_SIZE), (2, LEGEND_SIZE), (2, 6.5), (2, 6.0)]
    tries += [(1, size) for size in (6.0, 5.5, 5.0, 4.5, 4.0)]
    for columns, size in tries:
        widths = [measure.size(text, size)[0] + LEGEND_SAMPLE + 0.2 for _, text in entries]
        rings = measure.size(LEGEND_TEXTS["rings"], size)[0] + LEGEND_SAMPLE + 0.2
        rows = math.ceil(len(entries) / columns)
        column_widths = [max(widths[c * rows : (c + 1) * rows], default=0) for c in range(columns)]
        needed = sum(column_widths)
        if (needed <= room and rings <= room) or (columns, size) == tries[-1]:
            gap = max(room - needed, 0.0) / columns
            starts = [0.1]
            for width in column_widths[:-1]:
                starts.append(starts[-1] + width + gap)
            return columns, size, tuple(float(x) for x in starts)
    raise AssertionError("unreachable")


def _draw_legend(figure: Figure, layout: NetworkLayout) -> None:
    width_in = layout.size[0]
    height_in = layout.legend_height
    ax = figure.add_axes((0.0, 0.0, 1.0, height_in / layout.size[1]))
    ax.set_gid("network-legend")
    ax.set_xlim(0, width_in)
    ax.set_ylim(0, height_in)
    ax.set_axis_off()
    entries = layout.legend
    columns = layout.legend_columns
    rows = math.ceil(len(entries) / columns)
    column_width = (width_in - 0.2) / columns
    ax.add_artist(
        Line2D([0.1, width_in - 0.1], [height_in - 0.04] * 2, color="#BBBBBB", linewidth=0.6)
    )
    rings = (("rings", LEGEND_TEXTS["rings"]),)
    for number, (kind, text) in enumerate(rings + tuple(entries)):
        if number == 0:
            column, row = 0, 0
        else:
            column, row = divmod(number - 1, rows)
            row += 1
        x = layout.legend_x[column] if layout.legend_x else 0.1 + column * column_width
        y = height_in - 0.16 - row * LEGEND_ROW
        _legend_sample(ax, kind, x, y, LEGEND_SAMPLE)
        ax.text(
            x + LEGEND_SAMPLE + 0.08,
            y,
            text,
            ha="left",
            va="center",
            fontsize=layout.legend_size,
            family=FONT,
            color="#1A1A1A",
        )


def _legend_sample(ax: Any, kind: str, x: float, y: float, length: float) -> None:
    point = 1 / 72.0
    end = x + length
    if kind in ("strong", "weak"):
        quality = Quality.STRONG if kind == "strong" else Quality.WEAK
        ax.add_artist(Line2D([x, end], [y, y], **LINE_STYLES[quality]))
    elif kind == "stressful":
        xs, ys = _zigzag((x, y), (end, y), amplitude=2.4 * point, wavelength=8 * point)
        ax.add_artist(Line2D(xs, ys, **LINE_STYLES[Quality.STRESSFUL]))
    elif kind in ("gives", "receives", "both"):
        # The household at the left, a person at the right.
        ax.add_artist(
            Circle((x + 0.07, y), 0.07, facecolor="white", edgecolor="#1A1A1A", linewidth=0.9)
        )
        ax.add_artist(
            Circle((end - 0.05, y), 0.05, facecolor="#BBBBBB", edgecolor="#1A1A1A", linewidth=0.6)
        )
        head = 0.09
        start_x, stop_x = x + 0.14, end - 0.1
        if kind in ("gives", "both"):
            _arrow_head(ax, (start_x, y), (-1.0, 0.0), head, "#2B2B2B")
            start_x += head
        if kind in ("receives", "both"):
            _arrow_head(ax, (stop_x, y), (1.0, 0.0), head, "#2B2B2B")
            stop_x -= head
        ax.add_artist(Line2D([start_x, stop_x], [y, y], color="#2B2B2B", linewidth=1.6))
    elif kind in ("carer", "alert"):
        cx = x + length / 2
        ax.add_artist(Circle((cx, y), 0.065, facecolor="white", edgecolor="#1A1A1A", linewidth=0.8))
        ax.text(
            cx, y, HEART, ha="center", va="center_baseline", fontsize=6.5, family=FONT, color=ALERT
        )
        if kind == "alert":
            ax.add_artist(
                Circle(
                    (cx + 0.065, y + 0.065),
                    0.042,
                    facecolor=ALERT,
                    edgecolor="white",
                    linewidth=0.5,
                )
            )
            ax.text(
                cx + 0.065,
                y + 0.065,
                "!",
                ha="center",
                va="center",
                fontsize=4.5,
                fontweight="bold",
                family=FONT,
                color="white",
            )
    elif kind == "rings":
        ax.text(
            x + length / 2,
            y,
            "1 2 3 4",
            ha="center",
            va="center",
            fontsize=6.5,
            fontweight="bold",
            family=FONT,
            color="#4A4A4A",
        )
    elif kind == "sector":
        for i, sector in enumerate(SECTORS):
            ax.add_artist(
                Circle(
                    (x + 0.05 + i * 0.105, y),
                    0.045,
                    facecolor=SECTOR_COLOURS[sector],
                    edgecolor="#1A1A1A",
                    linewidth=0.5,
                )
            )
    elif kind == "highlight":
        cx = x + length / 2
        ax.add_artist(
            Circle((cx, y), 0.09, facecolor=HIGHLIGHT, edgecolor="#1A1A1A", linewidth=0.8)
        )
        ax.add_artist(
            Circle((cx, y), 0.05, facecolor="#BBBBBB", edgecolor="#1A1A1A", linewidth=0.6)
        )


def describe(
    persons: Sequence[NetworkPerson],
    centre_label: str,
    names: Mapping[int, str] | None = None,
) -> str:
    """The map in words (for screen readers and as the chart's text alternative)."""
    if not persons:
        return translate("NetworkMap", "{household}: nog niemand op de netwerkkaart.").format(
            household=centre_label
        )
    if len(persons) == 1:
        title = translate("NetworkMap", "Netwerkkaart van {household}, 1 persoon.")
    else:
        title = translate("NetworkMap", "Netwerkkaart van {household}, {count} personen.")
    parts = [title.format(household=centre_label, count=len(persons))]
    for sector in SECTORS:
        group = [p for p in persons if p.sector is sector]
        if not group:
            continue
        items = []
        for person in sorted(group, key=lambda p: RINGS.index(p.ring)):
            name = _label_text(person, names).replace("\n", " ")
            extra = [RING_NAMES[person.ring], QUALITY_NAMES[person.quality]]
            if person.is_mantelzorger:
                extra.append(LEGEND_TEXTS["carer"])
            items.append(f"{name} ({', '.join(extra)})")
        parts.append(f"{SECTOR_NAMES[sector]}: {'; '.join(items)}.")
    return " ".join(parts)


__all__ = [
    "Box",
    "NetworkLayout",
    "PlacedPerson",
    "TextPlace",
    "describe",
    "draw_layout",
    "network_layout",
    "network_map_figure",
    "sector_at",
]
