"""The summary step: the conversation so far, as the citizen and the worker check it
before the plan is signed (the plan step comes after it)."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from eigenkracht.core.instruments import Instrument, Scale
from eigenkracht.core.model import ConversationKind, Perspective
from eigenkracht.ui.conversation.texts import kind_text
from eigenkracht.ui.editing.conversation import conversation_key
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.plain import plain
from eigenkracht.ui.widgets.text import wrapped_label


def _e(text: object) -> str:
    return html.escape(plain(text), quote=True).replace("\n", "<br>")


class SummaryPage(ConversationPage):
    page = Page.SUMMARY

    def title(self) -> str:
        return self.tr("Samenvatting")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.layout_.addWidget(
            wrapped_label(
                self.tr(
                    "Dit is wat we hebben besproken. Klopt het zo? Kijk het samen na. "
                    "Daarna komt het plan, en dan tekent u."
                ),
                self,
            )
        )
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Samenvatting van het gesprek"))
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.layout_.addWidget(self.browser, 1)

    def enter(self) -> None:
        super().enter()
        self.browser.setHtml(self.summary_html())

    def first_focus(self) -> QWidget | None:
        return self.browser

    def summary_html(self) -> str:
        """The conversation so far as escaped HTML (every user string escaped)."""
        context = self.context
        value = context.autosave.value
        instrument = context.instrument
        locale = QLocale()
        parts: list[str] = []

        def section(title: str) -> None:
            parts.append(f"<h3>{_e(title)}</h3>")

        def line(label: str, text: object) -> None:
            parts.append(f"<p><b>{_e(label)}:</b> {_e(text)}</p>")

        kind = value(conversation_key("kind")) or ConversationKind.INTAKE
        section(self.tr("Het gesprek"))
        date = value(conversation_key("date"))
        line(self.tr("Soort"), kind_text(ConversationKind(kind)).replace("&", ""))
        if date is not None:
            line(self.tr("Datum"), locale.toString(QDate(date), "d MMMM yyyy"))
        if value(conversation_key("place")):
            line(self.tr("Plaats"), value(conversation_key("place")))
        present = value(conversation_key("present")) or []
        line(self.tr("Aanwezig"), ", ".join(present) if present else self.tr("nog niet ingevuld"))

        section(self.tr("De vraag"))
        question = str(value(conversation_key("question")) or "").strip()
        matters = str(value(conversation_key("what_matters")) or "").strip()
        line(self.tr("Vraag in eigen woorden"), question or self.tr("nog niet ingevuld"))
        line(self.tr("Wat is belangrijk"), matters or self.tr("nog niet ingevuld"))
        wellbeing = value(conversation_key("wellbeing"))
        line(
            self.tr("Tevredenheid met het leven"),
            self.tr("{value} van 10").format(value=wellbeing)
            if wellbeing is not None
            else self.tr("niet gevraagd"),
        )

        autosave = context.autosave
        relevant, not_discussed, undecided, differences = [], [], [], []
        # Every instrument the conversation uses; a domain says its scale's words.
        of: dict[int, Instrument] = {}
        pairs = [(i, d) for i in context.used() for d in i.domains]
        for used, domain in pairs:
            of[id(domain)] = used
            sheet = autosave.sheet(used.id)
            scores = [
                autosave.score(p, domain.key, sheet)
                for p in (Perspective.CITIZEN, Perspective.PROFESSIONAL)
            ]
            if any(s is not None and not s.not_discussed for s in scores):
                relevant.append((domain, scores))
            elif any(s is not None and s.not_discussed for s in scores):
                reason = next(
                    (s.reason for s in reversed(scores) if s is not None and s.reason), ""
                )
                not_discussed.append((domain, reason))
            else:
                undecided.append(domain)

        def level_text(level: int | None, citizen: bool, scale: Scale) -> str:
            if level is None:
                return self.tr("nog niet gekozen")
            try:
                lvl = scale.level(level)
            except KeyError:
                return str(level)
            return f"{level} – {lvl.citizen_label if citizen else lvl.label}"

        section(self.tr("Besproken leefgebieden"))
        if not relevant:
            parts.append(f"<p>{_e(self.tr('Nog geen leefgebied gekozen.'))}</p>")
        for domain, (citizen, professional) in relevant:
            c_level = citizen.level if citizen is not None else None
            p_level = professional.level if professional is not None else None
            parts.append(f"<h4>{_e(domain.citizen_name)} ({_e(domain.name)})</h4>")
            scale = of.get(id(domain), instrument).scale
            parts.append(
                f"<p><b>{_e(self.tr('Inwoner'))}:</b> {_e(level_text(c_level, True, scale))}"
                f" &nbsp;·&nbsp; <b>{_e(self.tr('Professional'))}:</b>"
                f" {_e(level_text(p_level, False, scale))}</p>"
            )
            if c_level is not None and p_level is not None and c_level != p_level:
                differences.append(domain)
                parts.append(f"<p><b>≠ {_e(self.tr('Bespreekpunt: u ziet dit anders.'))}</b></p>")
            if professional is not None:
                for label, text in (
                    (self.tr("Situatie"), professional.situation),
                    (self.tr("Wat gaat goed"), professional.strengths),
                    (self.tr("Zorg"), professional.concerns),
                ):
                    if text.strip():
                        line(label, text.strip())
                shares = (
                    professional.share_self,
                    professional.share_network,
                    professional.share_professional,
                )
                if all(s is not None for s in shares):
                    line(
                        self.tr("Wie draagt de situatie"),
                        self.tr("zelf {s} %, netwerk {n} %, professionals {p} %").format(
                            s=shares[0], n=shares[1], p=shares[2]
                        ),
                    )

        section(self.tr("Bespreekpunten"))
        if differences:
            items = "".join(f"<li>{_e(d.citizen_name)}</li>" for d in differences)
            intro = self.tr("Hier zien de inwoner en de professional het anders:")
            parts.append(f"<p>{_e(intro)}</p><ul>{items}</ul>")
        else:
            parts.append(
                f"<p>{_e(self.tr('Geen verschillen tussen inwoner en professional.'))}</p>"
            )

        section(self.tr("Niet besproken of niet nodig"))
        if not_discussed:
            items = "".join(
                f"<li>{_e(d.citizen_name)}: {_e(reason or self.tr('geen reden opgegeven'))}</li>"
                for d, reason in not_discussed
            )
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{_e(self.tr('Geen.'))}</p>")
        if undecided:
            section(self.tr("Nog niet gekozen"))
            parts.append(f"<p>{_e(', '.join(d.citizen_name for d in undecided))}</p>")

        from eigenkracht.ui.plan.store import plan_autosave

        section(self.tr("Doelen en wie wat doet"))
        names = {d.key: d.citizen_name for d in instrument.domains}
        goals = plan_autosave(autosave, instrument).ordered_goals(instrument.domain_keys())
        if not goals:
            parts.append(f"<p>{_e(self.tr('Nog geen doelen afgesproken.'))}</p>")
        for goal in goals:
            parts.append(f"<h4>{_e(names.get(goal.domain, goal.domain))}: {_e(goal.text)}</h4>")
            items = "".join(f"<li>{_e(action.what)}</li>" for action in goal.actions)
            if items:
                parts.append(f"<ul>{items}</ul>")
        return "\n".join(parts)


__all__ = ["SummaryPage"]
