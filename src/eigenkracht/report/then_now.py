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
from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, Words, translate
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
TITLES: Words[str] = Words(
    "ThenNowPdf",
    {
        "burger": QT_TRANSLATE_NOOP("ThenNowPdf", "Uw eigen cijfers"),
        "professional": QT_TRANSLATE_NOOP("ThenNowPdf", "Cijfers van uw contactpersoon"),
    },
)


def _tr(text: str) -> str:
    """The page's own words (Dutch) in the program's language (core.i18n)."""
    return translate("ThenNowPdf", text)


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
        return [_tr("Toen en nu · gemaakt op {date}").format(date=long_date(self.date))]

    def who(self, person: NetworkPerson) -> str:
        return self.brief(display_name(person, self.pseudonymise, self.aliases), NAME_CHARACTERS)

    def render(self) -> bytes:
        data = self.data
        story: list[Flowable] = [
            self.fixed(_tr("Toen en nu"), "title"),
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
        title = _tr("Toen en nu {reference}").format(reference=reference)
        return self.build(story, title=title, one_page=True)

    def parts(self) -> list[dict[str, Any]]:
        """Per instrument its then and now (data from before there were parts: one)."""
        found = self.data.get("instruments")
        return list(found) if isinstance(found, list) and found else [self.data]

    def radars(self) -> list[Flowable]:
        story: list[Flowable] = [self.fixed(_tr("Uw cijfers: toen en nu"), "h1")]
        parts = self.parts()
        if not any(part.get("domains") for part in parts):
            return [*story, self.fixed(_tr("Er zijn nog geen cijfers gegeven."))]
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
            title += " · " + _tr("voor {name}").format(name=member["name"])
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
                labels=(
                    _tr("Toen ({date})").format(date=long_date(then)),
                    _tr("Nu ({date})").format(date=long_date(now)),
                ),
                axes=axes,
            )
            image = figure_image(figure, 84 * mm, self.dpi)
            self.images[f"radar-{key}" if index == 0 else f"radar-{index}-{key}"] = image.image
            cells.append(image)
        table = Table([cells], colWidths=[self.width / 2] * 2, hAlign="LEFT")
        return [table, *self.radar_words(part, axes)]

    def radar_words(self, part: dict[str, Any], axes: list[str]) -> list[Flowable]:
        """The two radars in words, their text alternative: per perspective each domain's
        first and latest score ("Geldzaken 2 → 3"), "–" for none."""
        from eigenkracht.charts.then_now import PERSPECTIVES

        def score(value: Any) -> str:
            return "–" if value is None else str(value)

        story: list[Flowable] = []
        for key in PERSPECTIVES:
            found = part.get("perspectives", {}).get(key, {})
            then = list(found.get("then") or [])
            now = list(found.get("now") or [])
            scores = "; ".join(
                f"{axis} {score(then[i] if i < len(then) else None)} → "
                f"{score(now[i] if i < len(now) else None)}"
                for i, axis in enumerate(axes)
            )
            line = _tr("In woorden, {title} (toen → nu): {scores}.")
            story.append(self.user(line.format(title=TITLES[key], scores=scores), "small"))
        return story

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
            return _tr("trede {level}").format(level=text) if ladder else text

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
                line = _tr("{title}: {what}toen {then} ({then_date}), nu {now} ({now_date}).")
                story.append(
                    self.fixed(
                        line.format(
                            title=TITLES[key],
                            what=what,
                            then=level(then),
                            then_date=long_date(then_day),
                            now=level(now),
                            now_date=long_date(now_day),
                        ),
                        "body",
                    )
                )
        return story

    def trend(self) -> list[Flowable]:
        from eigenkracht.charts.then_now import wellbeing_points, wellbeing_trend

        story: list[Flowable] = [
            self.fixed(_tr("Hoe tevreden bent u met uw leven? (0 tot 10)"), "h2")
        ]
        image = figure_image(
            wellbeing_trend(self.data, size=(7.0, 2.2)), self.width * 0.9, self.dpi
        )
        self.images["trend"] = image.image
        points = wellbeing_points(self.data)
        if points:
            given = ", ".join(
                _tr("{value} op {date}").format(
                    value=int(value) if float(value).is_integer() else value, date=long_date(when)
                )
                for when, value in points
            )
            words = _tr("In woorden: {points}.").format(points=given)
        else:
            words = _tr("In woorden: er zijn nog geen cijfers gegeven.")
        return [*story, image, self.fixed(words, "small")]

    def network_change(self) -> list[Flowable]:
        network = self.data.get("network", {})
        then: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("then", []))
        now: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("now", []))
        people = {p.id: p for p in then + now}
        joined = [self.who(people[i]) for i in network.get("joined", []) if i in people]
        left = [self.who(people[i]) for i in network.get("left", []) if i in people]
        story: list[Flowable] = [self.fixed(_tr("Mensen om u heen: toen en nu"), "h2")]
        then_date = long_date(network.get("then_date"))
        if len(then) == 1:
            first = _tr("Bij het eerste gesprek ({date}) stond er 1 persoon op uw netwerkkaart.")
        else:
            first = _tr(
                "Bij het eerste gesprek ({date}) stonden er {count} mensen op uw netwerkkaart."
            )
        second = _tr("Nu is het er 1.") if len(now) == 1 else _tr("Nu zijn het er {count}.")
        story.append(
            self.fixed(
                first.format(date=then_date, count=len(then)) + " " + second.format(count=len(now))
            )
        )
        if joined:
            story.append(
                self.user(_tr("Erbij gekomen: {names}.").format(names=", ".join(joined)), "body")
            )
        if left:
            story.append(
                self.user(
                    _tr("Niet meer op de kaart: {names}.").format(names=", ".join(left)), "body"
                )
            )
        for line in self.moves(then, now):
            story.append(self.user(line, "body"))
        return story

    def moves(self, then: list[NetworkPerson], now: list[NetworkPerson]) -> list[str]:
        """Per person who moved on the map: from which ring and sector to which, in words
        (core.network.compare: the same matching as the screen)."""

        def ring(value: Ring) -> str:
            return _tr("kring {number} ({name})").format(
                number=RINGS.index(value) + 1, name=RING_NAMES[value]
            )

        lines = []
        for m in compare(then, now).moved:
            parts = []
            if m.before.ring is not m.after.ring:
                closer = RINGS.index(m.after.ring) < RINGS.index(m.before.ring)
                if closer:
                    way = _tr("dichterbij gekomen, van {before} naar {after}")
                else:
                    way = _tr("verder weg, van {before} naar {after}")
                parts.append(way.format(before=ring(m.before.ring), after=ring(m.after.ring)))
            if m.before.sector is not m.after.sector:
                parts.append(
                    _tr("van sector {before} naar sector {after}").format(
                        before=SECTOR_NAMES[m.before.sector], after=SECTOR_NAMES[m.after.sector]
                    )
                )
            joined = _tr("{first}, en {second}") if len(parts) > 1 else "{first}"
            moved = joined.format(first=parts[0], second=parts[-1])
            lines.append(f"{self.who(m.after)}: {moved}.")
        return lines

    def open_goals(self) -> list[Flowable]:
        goals = self.data.get("open_goals", [])
        story: list[Flowable] = [self.fixed(_tr("Doelen waar we nog aan werken"), "h2")]
        if not goals:
            return [*story, self.fixed(_tr("Er zijn geen open doelen."))]
        rows = [[self.head(_tr("Onderwerp")), self.head(_tr("Doel")), self.head(_tr("Wanneer"))]]
        for goal in goals[:MAX_GOALS]:
            rows.append(
                [
                    self.user(
                        self.brief(goal.get("domain_name", ""), NAME_CHARACTERS), "cell_bold"
                    ),
                    self.user(
                        self.brief(
                            goal.get("text", ""), GOAL_CHARACTERS, " … " + _tr("(zie het plan)")
                        ),
                        "cell",
                    ),
                    self.fixed(long_date(goal.get("due_date")) or "–", "cell"),
                ]
            )
        widths = [38 * mm, 0.0, 32 * mm]
        widths[1] = self.width - sum(widths)
        story.append(self.table(rows, widths))
        if len(goals) > MAX_GOALS:
            more = len(goals) - MAX_GOALS
            if more == 1:
                rest = _tr("En nog 1 ander doel (zie het plan).")
            else:
                rest = _tr("En nog {count} andere doelen (zie het plan).").format(count=more)
            story.append(self.fixed(rest, "intro"))
        return [*story, Spacer(1, 1)]


def render_then_now(data: dict[str, Any], *, pseudonymise: bool = False) -> bytes:
    return ThenNowRenderer(data, pseudonymise=pseudonymise).render()


__all__ = ["ThenNowRenderer", "render_then_now"]
