"""Then and now, on one page: the first against the latest scores (radar of both
perspectives), wellbeing over time, the network then and now, and the open goals.

    pdf: bytes = ThenNowRenderer(core.plan.then_and_now(case_file, instrument, today=...)).render()

The page furniture, fonts and text path of every printed document (report.base: every
user string escaped, and pseudonymised when asked); the charts are the screen's
(charts.then_now). Importing this module imports reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from eigenkracht.core import serial
from eigenkracht.core.assessments import RADAR_MINIMUM
from eigenkracht.core.model import NetworkPerson, Ring
from eigenkracht.core.network import RING_NAMES, RINGS, SECTOR_NAMES, compare
from eigenkracht.core.privacy import display_name
from eigenkracht.report.base import Document, day, long_date
from eigenkracht.report.flowables import figure_image

MAX_GOALS = 8
# The most characters of one user text on this page (the plan prints them whole).
NAME_CHARACTERS = 80
TITLE_CHARACTERS = 120
GOAL_CHARACTERS = 300
TITLES = {"burger": "Uw eigen cijfers", "professional": "Cijfers van uw contactpersoon"}


class ThenNowRenderer(Document):
    """Renders the data of core.plan.then_and_now as a one-page PDF."""

    def __init__(self, data: dict[str, Any], *, pseudonymise: bool = False) -> None:
        super().__init__(date=day(data.get("date")))
        self.data = data
        network = data.get("network", {})
        persons = {p["id"]: p for p in network.get("then", []) + network.get("now", [])}
        self.set_people(
            serial.from_plain(list[NetworkPerson], list(persons.values())),
            [str(m.get("name", "")) for m in data.get("members", [])],
            pseudonymise,
            data.get("others", []),
        )

    def header_text(self) -> str:
        case = self.data.get("case", {})
        return f"{case.get('reference', '')} · {case.get('household_name', '')}"

    def footer_lines(self) -> list[str]:
        return [f"Toen en nu · gemaakt op {long_date(self.date)}"]

    def who(self, person: NetworkPerson) -> str:
        return self.brief(display_name(person, self.pseudonymise, self.aliases), NAME_CHARACTERS)

    def render(self) -> bytes:
        data = self.data
        story: list[Flowable] = [
            self.fixed("Toen en nu", "title"),
            self.user(
                self.brief(
                    data.get("case", {}).get("household_name", ""), TITLE_CHARACTERS, own=True
                ),
                "subtitle",
                own=True,
            ),
        ]
        story += self.radars()
        story += self.trend()
        story += self.network_change()
        story += self.open_goals()
        # One page: what does not fit is made smaller, never moved to a second page.
        reference = data.get("case", {}).get("reference", "")
        return self.build(story, title=f"Toen en nu {reference}", one_page=True)

    def parts(self) -> list[dict[str, Any]]:
        """Per instrument its then and now (data from before there were parts: one)."""
        found = self.data.get("instruments")
        return list(found) if isinstance(found, list) and found else [self.data]

    def radars(self) -> list[Flowable]:
        story: list[Flowable] = [self.fixed("Uw cijfers: toen en nu", "h1")]
        parts = self.parts()
        if not any(part.get("domains") for part in parts):
            return [*story, self.fixed("Er zijn nog geen cijfers gegeven.")]
        titled = len(parts) > 1 or any(part.get("member") for part in parts)
        for index, part in enumerate(parts):
            if not part.get("domains"):
                continue
            if titled:
                story.append(self.user(self.part_title(part), "h2", own=True))
            story += self.part(part, index)
        return story

    @staticmethod
    def part_title(part: dict[str, Any]) -> str:
        instrument = part.get("instrument", {})
        title = str(instrument.get("citizen_name") or instrument.get("name") or "")
        member = part.get("member") or {}
        if member.get("name"):
            title += f" · voor {member['name']}"
        return title

    def part(self, part: dict[str, Any], index: int) -> list[Flowable]:
        """One instrument: a radar of each perspective from RADAR_MINIMUM domains, else
        (a ladder, one or two domains) the levels in words."""
        from eigenkracht.charts.then_now import PERSPECTIVES, perspective_dates, then_now_radar

        instrument = part.get("instrument", {})
        names = part.get("domains", [])
        if instrument.get("kind") == "ladder" or len(names) < RADAR_MINIMUM:
            return self.in_words(part)
        axes = [self.label(name) for name in names]
        cells = []
        for key in PERSPECTIVES:
            then, now = perspective_dates(part, key)
            figure = then_now_radar(
                part,
                key,
                title=TITLES[key],
                labels=(f"Toen ({long_date(then)})", f"Nu ({long_date(now)})"),
                axes=axes,
            )
            image = figure_image(figure, 84 * mm, self.dpi)
            self.images[f"radar-{key}" if index == 0 else f"radar-{index}-{key}"] = image.image
            cells.append(image)
        return [Table([cells], colWidths=[self.width / 2] * 2, hAlign="LEFT")]

    def in_words(self, part: dict[str, Any]) -> list[Flowable]:
        """ "Uw eigen cijfers: trede 2 · Sociale contacten (12 oktober 2026), nu trede 4 ·
        … (9 november 2026)", per domain and perspective."""
        from eigenkracht.charts.then_now import PERSPECTIVES, perspective_dates

        instrument = part.get("instrument", {})
        levels = {int(lv["value"]): lv for lv in instrument.get("levels", [])}
        ladder = instrument.get("kind") == "ladder"

        def level(value: Any) -> str:
            if value is None:
                return "–"
            found = levels.get(int(value))
            text = f"{value} · {found['citizen_label']}" if found else str(value)
            return f"trede {text}" if ladder else text

        story: list[Flowable] = []
        names = part.get("domains", [])
        for key in PERSPECTIVES:
            found = part.get("perspectives", {}).get(key, {})
            then_day, now_day = perspective_dates(part, key)
            for position, name in enumerate(names):
                then = (found.get("then") or [None] * len(names))[position]
                now = (found.get("now") or [None] * len(names))[position]
                if then is None and now is None:
                    continue
                what = "" if ladder and len(names) == 1 else f"{name}: "
                story.append(
                    self.fixed(
                        f"{TITLES[key]}: {what}toen {level(then)} ({long_date(then_day)}), "
                        f"nu {level(now)} ({long_date(now_day)}).",
                        "body",
                    )
                )
        return story

    def trend(self) -> list[Flowable]:
        from eigenkracht.charts.then_now import wellbeing_trend

        story: list[Flowable] = [self.fixed("Hoe tevreden bent u met uw leven? (0 tot 10)", "h2")]
        image = figure_image(
            wellbeing_trend(self.data, size=(7.0, 2.2)), self.width * 0.9, self.dpi
        )
        self.images["trend"] = image.image
        return [*story, image]

    def network_change(self) -> list[Flowable]:
        network = self.data.get("network", {})
        then: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("then", []))
        now: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("now", []))
        people = {p.id: p for p in then + now}
        joined = [self.who(people[i]) for i in network.get("joined", []) if i in people]
        left = [self.who(people[i]) for i in network.get("left", []) if i in people]
        story: list[Flowable] = [self.fixed("Mensen om u heen: toen en nu", "h2")]
        story.append(
            self.fixed(
                f"Bij het eerste gesprek ({long_date(network.get('then_date'))}) stonden er "
                f"{len(then)} mensen op uw netwerkkaart. Nu zijn het er {len(now)}."
            )
        )
        if joined:
            story.append(self.user("Erbij gekomen: " + ", ".join(joined) + ".", "body"))
        if left:
            story.append(self.user("Niet meer op de kaart: " + ", ".join(left) + ".", "body"))
        for line in self.moves(then, now):
            story.append(self.user(line, "body"))
        return story

    def moves(self, then: list[NetworkPerson], now: list[NetworkPerson]) -> list[str]:
        """Per person who moved on the map: from which ring and sector to which, in words
        (core.network.compare: the same matching as the screen)."""

        def ring(value: Ring) -> str:
            return f"kring {RINGS.index(value) + 1} ({RING_NAMES[value]})"

        lines = []
        for m in compare(then, now).moved:
            parts = []
            if m.before.ring is not m.after.ring:
                closer = RINGS.index(m.after.ring) < RINGS.index(m.before.ring)
                way = "dichterbij gekomen" if closer else "verder weg"
                parts.append(f"{way}, van {ring(m.before.ring)} naar {ring(m.after.ring)}")
            if m.before.sector is not m.after.sector:
                parts.append(
                    f"van sector {SECTOR_NAMES[m.before.sector]} naar sector "
                    f"{SECTOR_NAMES[m.after.sector]}"
                )
            lines.append(f"{self.who(m.after)}: {', en '.join(parts)}.")
        return lines

    def open_goals(self) -> list[Flowable]:
        goals = self.data.get("open_goals", [])
        story: list[Flowable] = [self.fixed("Doelen waar we nog aan werken", "h2")]
        if not goals:
            return [*story, self.fixed("Er zijn geen open doelen.")]
        rows = [[self.head("Onderwerp"), self.head("Doel"), self.head("Wanneer")]]
        for goal in goals[:MAX_GOALS]:
            rows.append(
                [
                    self.user(
                        self.brief(goal.get("domain_name", ""), NAME_CHARACTERS), "cell_bold"
                    ),
                    self.user(
                        self.brief(goal.get("text", ""), GOAL_CHARACTERS, " … (zie het plan)"),
                        "cell",
                    ),
                    self.fixed(long_date(goal.get("due_date")) or "–", "cell"),
                ]
            )
        widths = [38 * mm, 0.0, 32 * mm]
        widths[1] = self.width - sum(widths)
        story.append(self.table(rows, widths))
        if len(goals) > MAX_GOALS:
            story.append(
                self.fixed(
                    f"En nog {len(goals) - MAX_GOALS} andere doelen (zie het plan).", "intro"
                )
            )
        return [*story, Spacer(1, 1)]


def render_then_now(data: dict[str, Any], *, pseudonymise: bool = False) -> bytes:
    return ThenNowRenderer(data, pseudonymise=pseudonymise).render()


__all__ = ["ThenNowRenderer", "render_then_now"]
