"""The monitor on one page: the figures of exchange/monitor.py as tables and charts.

    pdf: bytes = render_monitor(figures)

Only what the monitor shows is printed: a suppressed number is "x" in a table and is not
drawn in a chart (charts/monitor.py). No user text reaches this page except the team
names of the organisation's export.toml, printed through `Document.text`. Importing this
module imports reportlab.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from eigenkracht.core.text import dutch_date as long_date  # the monitor is Dutch only
from eigenkracht.exchange.monitor import HIDDEN, TOTAL, Cell, Monitor
from eigenkracht.exchange.monitor import Table as Figures
from eigenkracht.report.base import Document
from eigenkracht.report.flowables import figure_image

LEGEND = (
    "Alleen aantallen en gemiddelden: geen namen, geen andere persoonsgegevens. "
    "x: niet getoond, omdat het om minder dan 5 dossiers gaat of omdat het uit een "
    "ander getal af te leiden is. 0 betekent echt geen."
)


def _number(value: Cell) -> str:
    return HIDDEN if value is None else str(value)


def _shares(table: Figures, row: str) -> list[float] | None:
    """The row's parts as percentages of its total; None when any is not shown."""
    cells = table.row(row)
    if any(c is None for c in cells):
        return None
    whole = cells[-1]
    assert whole is not None
    if whole == 0:
        return []
    return [100.0 * (c or 0) / whole for c in cells[:-1]]


class MonitorRenderer(Document):
    def __init__(self, figures: Monitor) -> None:
        super().__init__(date=figures.made_on)
        self.figures = figures

    def header_text(self) -> str:
        return "Monitor eigen kracht"

    def footer_lines(self) -> list[str]:
        return [f"Monitor eigen kracht · gemaakt op {long_date(self.date)}"]

    def period_text(self) -> str:
        period = self.figures.period
        return f"{long_date(period.start)} t/m {long_date(period.end)}"

    def teams_text(self) -> str:
        return ", ".join(self.text(t) for t in self.figures.teams)

    def render(self) -> bytes:
        story: list[Flowable] = [
            self.fixed("Monitor eigen kracht", "title"),
            self.fixed(f"{self.period_text()} · {self.teams_text()}", "subtitle"),
            self.fixed(LEGEND, "small"),
        ]
        story += self.cases()
        story += self.actions()
        story += self.wellbeing()
        story += self.domains()
        story += self.terms()
        return self.build(story, title=f"Monitor eigen kracht {self.period_text()}", one_page=True)

    def rows(self) -> tuple[str, ...]:
        return self.figures.row_names

    def grid(self, rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[self.head(c) for c in rows[0]]]
        cells += [
            [self.fixed(row[0], "cell_bold"), *(self.fixed(c, "cell") for c in row[1:])]
            for row in rows[1:]
        ]
        return self.table(cells, widths)

    def cases(self) -> list[Flowable]:
        dossiers = self.figures.table("dossiers")
        flow = self.figures.table("instroom")
        rows = [["Team", "Dossiers", "Wmo", "Jeugdwet", "Nieuw", "Afgesloten"]]
        for team in self.rows():
            d, f = dossiers.row(team), flow.row(team)
            rows.append(
                [
                    self.text(team),
                    _number(d[2]),
                    _number(d[0]),
                    _number(d[1]),
                    _number(f[0]),
                    _number(f[1]),
                ]
            )
        first = 52 * mm
        rest = (self.width - first) / 5
        return [
            self.fixed("Dossiers in de periode", "h2"),
            self.grid(rows, [first] + [rest] * 5),
        ]

    def actions(self) -> list[Flowable]:
        from eigenkracht.charts.monitor import shares_figure

        table = self.figures.table("acties")
        rows = [(self.label(team), _shares(table, team)) for team in self.rows()]
        figure = shares_figure(rows, table.columns[:-1], size=(7.2, 0.55 + 0.34 * len(rows) + 0.45))
        image = figure_image(figure, self.width, self.dpi)
        self.images["acties"] = image.image
        total = table.row(self.rows()[-1])[-1]
        return [
            self.fixed(f"Wie doet wat: de acties in de plannen ({_number(total)} acties)", "h2"),
            image,
        ]

    def wellbeing(self) -> list[Flowable]:
        from eigenkracht.charts.monitor import averages_figure

        average = self.figures.averages[0]
        change = self.figures.table("welbevinden")
        rows = [(self.label(team), values[0], values[1]) for team, _, values in average.rows]
        figure = averages_figure(
            rows, (average.columns[0], average.columns[1]), size=(2.8, 0.6 + 0.36 * len(rows) + 0.4)
        )
        image = figure_image(figure, self.width * 0.39, self.dpi)
        self.images["welbevinden"] = image.image
        grid = [["Team", *change.columns]]
        for team in self.rows():
            grid.append([self.text(team), *(_number(c) for c in change.row(team))])
        first = 30 * mm
        rest = (self.width * 0.6 - first) / len(change.columns)
        table = self.grid(grid, [first] + [rest] * len(change.columns))
        return [
            self.fixed("Welbevinden (0 tot 10): het eerste gesprek en het laatste", "h2"),
            Table(
                [[image, table]],
                colWidths=[self.width * 0.4, self.width * 0.6],
                hAlign="LEFT",
                style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
            ),
        ]

    def domains(self) -> list[Flowable]:
        from eigenkracht.charts.monitor import shares_figure

        tables = [
            t for t in self.figures.tables_of("leefgebied") if t.subject.endswith("(professional)")
        ]
        if not tables:
            return [
                self.fixed("Verandering per leefgebied: geen instrument met leefgebieden.", "h2")
            ]
        row = self.rows()[-1]
        rows = []
        for table in tables:
            name = table.subject.removesuffix(" (professional)")
            cases = table.row(row)[-1]
            rows.append((self.label(f"{name} ({_number(cases)})"), _shares(table, row)))
        figure = shares_figure(
            rows, tables[0].columns[:-1], size=(7.2, 0.5 + 0.26 * len(rows) + 0.45)
        )
        image = figure_image(figure, self.width, self.dpi)
        self.images["domeinen"] = image.image
        who = "alle teams" if row == TOTAL else self.text(row)
        return [
            self.fixed(
                f"Verandering per leefgebied, volgens de professional ({who}; tussen haakjes: "
                "het aantal dossiers met een eerste en een later cijfer)",
                "h2",
            ),
            image,
        ]

    def terms(self) -> list[Flowable]:
        row = self.rows()[-1]
        tables = self.figures.tables_of("termijnen")
        grid = [["Termijn (afgelopen in de periode)", *tables[0].columns]]
        for table in tables:
            grid.append([table.subject, *(_number(c) for c in table.row(row))])
        first = 70 * mm
        rest = (self.width - first) / len(tables[0].columns)
        who = "alle teams" if row == TOTAL else self.text(row)
        return [
            self.fixed(f"Wettelijke termijnen ({who})", "h2"),
            self.grid(grid, [first] + [rest] * len(tables[0].columns)),
        ]


def render_monitor(figures: Monitor) -> bytes:
    return MonitorRenderer(figures).render()


__all__ = ["MonitorRenderer", "render_monitor"]
