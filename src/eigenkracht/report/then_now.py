"""Then and now, on one page: the first against the latest scores (radar of both
perspectives), wellbeing over time, the network then and now, and the open goals.

    pdf: bytes = ThenNowRenderer(core.plan.then_and_now(case_file, instrument, today=...)).render()

The same page furniture as the plan (PlanRenderer: shipped font, header and footer,
every user string escaped and pseudonymised when asked); the same chart functions as
the screen (radar_figure, trend_figure). Importing this module imports reportlab.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate, Spacer, Table

from eigenkracht.core import serial
from eigenkracht.core.model import NetworkPerson
from eigenkracht.core.privacy import display_name, pseudonyms
from eigenkracht.report import styles as S
from eigenkracht.report.plan_pdf import PlanRenderer, figure_image, long_date

MAX_GOALS = 8
# The most characters of one user text on this page (the plan prints them whole).
NAME_CHARACTERS = 80
TITLE_CHARACTERS = 120
GOAL_CHARACTERS = 300


class ThenNowRenderer(PlanRenderer):
    """Renders the data of core.plan.then_and_now as a one-page PDF."""

    def __init__(self, data: dict[str, Any], *, pseudonymise: bool = False) -> None:
        network = data.get("network", {})
        persons = {p["id"]: p for p in network.get("then", []) + network.get("now", [])}
        snapshot = {
            "date": data.get("date"),
            "case": data.get("case", {}),
            "members": data.get("members", []),
            "network": list(persons.values()),
        }
        super().__init__(snapshot, pseudonymise=pseudonymise)
        self.data = data

    def footer_text(self) -> str:
        return f"Toen en nu · gemaakt op {long_date(self.date)}"

    def who(self, person: NetworkPerson) -> str:
        return self.brief(display_name(person, self.pseudonymise, self.aliases), NAME_CHARACTERS)

    def brief(self, value: Any, limit: int, more: str = "…") -> str:
        """A user string for this one page, ready to print (as `text`); when it is
        longer than `limit` characters, its start (to a space) and `more`. The page is
        a summary: the plan prints every text whole. Without this, one long text would
        shrink the whole page until nothing on it could be read."""
        text = self.text(value)
        if len(text) <= limit:
            return text
        cut = text.rfind(" ", limit // 2, limit)
        return text[: cut if cut > 0 else limit].rstrip() + more

    def render(self) -> bytes:
        data = self.data
        story: list[Any] = [
            self.fixed("Toen en nu", "title"),
            self.user(
                self.brief(data.get("case", {}).get("household_name", ""), TITLE_CHARACTERS),
                "subtitle",
            ),
        ]
        story += self.radars()
        story += self.trend()
        story += self.network_change()
        story += self.open_goals()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=S.PAGE,
            leftMargin=S.MARGIN_LEFT,
            rightMargin=S.MARGIN_RIGHT,
            topMargin=S.MARGIN_TOP,
            bottomMargin=S.MARGIN_BOTTOM,
            title=f"Toen en nu {data.get('case', {}).get('reference', '')}",
            author="",
            creator="eigenkracht",
            invariant=1,
            lang="nl-NL",
            initialFontName=S.FONT,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        # One page: what does not fit is made smaller, never moved to a second page.
        page = KeepInFrame(doc.width, doc.height, story, mode="shrink")
        doc.build([page], canvasmaker=self._canvas_class())
        return buffer.getvalue()

    def radars(self) -> list[Any]:
        from eigenkracht.charts.radar import Series, radar_figure

        data = self.data
        axes = [self.text(name) for name in data.get("domains", [])]
        story: list[Any] = [self.fixed("Uw cijfers: toen en nu", "h1")]
        if not axes:
            return [*story, self.fixed("Er zijn nog geen cijfers gegeven.")]
        cells = []
        for key, title in (
            ("burger", "Uw eigen cijfers"),
            ("professional", "Cijfers professional"),
        ):
            found = data.get("perspectives", {}).get(key, {})
            then = f"Toen ({long_date(found.get('then_date'))})"
            now = f"Nu ({long_date(found.get('now_date'))})"
            figure = radar_figure(
                axes,
                [Series(then, found.get("then", [])), Series(now, found.get("now", []))],
                data.get("minimum", 1),
                data.get("maximum", 5),
                size=(4.6, 4.4),
                font_size=8,
                title=title,
            )
            image = figure_image(figure, 84 * mm, self.dpi)
            self.images[f"radar-{key}"] = image.image
            cells.append(image)
        story.append(Table([cells], colWidths=[S.TEXT_WIDTH / 2] * 2, hAlign="LEFT"))
        return story

    def trend(self) -> list[Any]:
        import datetime as dt

        from eigenkracht.charts.trend import trend_figure

        points = [
            (dt.date.fromisoformat(p["date"]), p["value"]) for p in self.data.get("wellbeing", [])
        ]
        story: list[Any] = [self.fixed("Hoe tevreden bent u met uw leven? (0 tot 10)", "h2")]
        figure = trend_figure(points, size=(7.0, 2.2), font_size=8)
        image = figure_image(figure, S.TEXT_WIDTH * 0.9, self.dpi)
        self.images["trend"] = image.image
        return [*story, image]

    def network_change(self) -> list[Any]:
        network = self.data.get("network", {})
        then: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("then", []))
        now: list[NetworkPerson] = serial.from_plain(list[NetworkPerson], network.get("now", []))
        self.aliases = pseudonyms({p.id: p for p in then + now}.values())
        people = {p.id: p for p in then + now}
        joined = [self.who(people[i]) for i in network.get("joined", []) if i in people]
        left = [self.who(people[i]) for i in network.get("left", []) if i in people]
        story: list[Any] = [self.fixed("Mensen om u heen: toen en nu", "h2")]
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
        return story

    def open_goals(self) -> list[Any]:
        goals = self.data.get("open_goals", [])
        story: list[Any] = [self.fixed("Doelen waar we nog aan werken", "h2")]
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
        widths[1] = S.TEXT_WIDTH - sum(widths)
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
