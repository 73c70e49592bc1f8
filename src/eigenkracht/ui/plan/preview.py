"""A preview of the printed plan on screen: the same snapshot, the same sections and
words as the PDF, the same charts (drawn once, for the PDF), as an escaped HTML page.
From here the plan is saved or opened to print."""

from __future__ import annotations

import html
import io
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.ui.plan.printing import Built
from eigenkracht.ui.widgets import plain
from eigenkracht.ui.widgets.screen import fit_to_screen
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.views import MessageBar


def _pdf(text: str) -> str:
    """A word of the printed plan, translated as the PDF translates it (core.i18n)."""
    return QCoreApplication.translate("PlanPdf", text)


def _tr(text: str) -> str:
    """A word of the preview only."""
    return QCoreApplication.translate("PlanPreview", text)


def _e(text: object) -> str:
    return html.escape(plain(text or ""), quote=True).replace("\n", "<br>")


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def preview_html(built: Built) -> str:
    """The plan as HTML: every user string escaped, third parties pseudonymised as on
    paper. Uses the renderer's own words so the preview says what the paper says."""
    from eigenkracht.report.base import day
    from eigenkracht.report.plan_pdf import (
        ACTION_STATUS,
        AGREEMENT,
        AUTHOR,
        CARRIED,
        GOAL_STATUS,
        ROLE,
        SHORT_AGREEMENT,
        WRITTEN_BY,
        PlanRenderer,
        action_when,
        long_date,
        maatwerk_points,
    )

    snap = built.snapshot
    r = PlanRenderer(snap, pseudonymise=built.pseudonymise)
    t = r.text
    case = snap.get("case", {})
    plan = snap.get("plan", {})
    conversation = snap.get("conversation", {})
    signatures = snap.get("signatures", [])
    if signatures:
        version = _tr("{reference} · versie {number} (ondertekend) · {date}")
    else:
        version = _tr("{reference} · versie {number} (concept) · {date}")
    version = version.format(
        reference=case.get("reference"), number=plan.get("number"), date=long_date(snap.get("date"))
    )
    out: list[str] = [
        f"<h1>{_e(_pdf('Ondersteuningsplan'))}</h1>",
        f"<h2>{_e(t(case.get('household_name')))}</h2>",
        f"<p>{_e(version)}</p>",
    ]
    if case.get("melding_date"):
        melding = _pdf("op {date}").format(date=long_date(case["melding_date"]))
        out.append(f"<p>{_e(_pdf('Uw melding'))}: {_e(melding)}</p>")
    own = r.own()
    if own is None and case.get("persoonlijk_plan_received"):
        received = long_date(case["persoonlijk_plan_received"])
        got = _pdf("persoonlijk plan ontvangen op {date}").format(date=received)
        out.append(f"<p>{_e(_pdf('Uw eigen plan'))}: {_e(got)}</p>")
    if own is not None:
        out += own_plan_html(r, own)
    out += [
        f"<h3>{_e(_pdf('Uw vraag en wat belangrijk is voor u'))}</h3>",
        f"<p><i>{_e(t(conversation.get('question')) or '–')}</i></p>",
        f"<p><i>{_e(t(conversation.get('what_matters')) or '–')}</i></p>",
    ]
    wellbeing = snap.get("wellbeing", [])
    if wellbeing:
        last = wellbeing[-1]
        out.append(f"<h3>{_e(_pdf('Hoe tevreden bent u met uw leven?'))}</h3>")
        given = _tr("{value} van de 10 ({date})").format(
            value=last["value"], date=long_date(last["date"])
        )
        out.append(f"<p>{_e(given)}</p>")
    out.append(f"<h3>{_e(_pdf('Hoe gaat het met u, per onderwerp?'))}</h3>")
    today = day(conversation.get("date"))
    for index, section in enumerate(r.sections):
        instrument = section.get("instrument", {})
        levels = r.section_levels.get(str(instrument.get("id", "")), r.levels)
        ladder = instrument.get("kind") == "ladder"
        if not r.legacy:  # the same words as on paper
            out.append(f"<h4>{_e(r.text(r.section_title(section), own=True))}</h4>")
            out.append(f"<p><i>{_e(r.scale_words(instrument, levels))}</i></p>")
        domains = section.get("domains", [])
        if domains:
            mine, theirs = (
                (_pdf("Uw trede"), _pdf("Trede wijkteam"))
                if ladder
                else (_pdf("Uw cijfer"), _pdf("Cijfer wijkteam"))
            )
            out.append(
                "<table border='1' cellspacing='0' cellpadding='4'>"
                f"<tr><th>{_e(_pdf('Onderwerp'))}</th><th>{_e(mine)}</th><th>{_e(theirs)}</th></tr>"
            )
            for domain in domains:
                carried = domain.get("status") == CARRIED
                row_day = day(domain.get("since")) if carried else today
                name = _e(domain.get("name"))
                if carried:  # the same words as on paper
                    earlier = _pdf("Vorige keer besproken ({date})").format(date=long_date(row_day))
                    name += f"<br><i>{_e(earlier)}</i>"
                    if domain.get("reason"):
                        reason = _pdf("Nu niet besproken: {reason}").format(
                            reason=t(domain["reason"])
                        )
                        name += "<br>" + _e(reason)
                cells = []
                for side in ("citizen", "professional"):
                    level = (domain.get(side) or {}).get("level")
                    found = levels.get(int(level)) if level is not None else None
                    shown = f"{level} · {found['citizen_label']}" if found else r.level_text(level)
                    cell = _e(shown if level is None or found else str(level))
                    given_on = day(domain.get(f"{side}_date"))
                    if level is not None and given_on is not None and given_on != row_day:
                        of = _pdf("van {date}").format(date=long_date(given_on))
                        cell += f"<br><small>{_e(of)}</small>"
                    cells.append(cell)
                out.append(f"<tr><td>{name}</td><td>{cells[0]}</td><td>{cells[1]}</td></tr>")
            out.append("</table>")
            radar = PlanRenderer.radar_name(index)
            if radar in built.images:
                out.append(f"<p><img src='chart://{radar}' width='420'></p>")
        skipped = section.get("not_discussed", [])
        if skipped:
            out.append(f"<p><b>{_e(_pdf('Niet besproken of niet nodig:'))}</b></p><ul>")
            for item in skipped:
                reason = t(item.get("reason")) or _pdf("geen reden genoemd")
                out.append(f"<li>{_e(t(item.get('name')))}: {_e(reason)}</li>")
            out.append("</ul>")
    if not any(section.get("domains") for section in r.sections):
        out.append(f"<p>{_e(_pdf('Er zijn nog geen onderwerpen besproken.'))}</p>")
    out.append(f"<h3>{_e(_pdf('Mensen om u heen'))}</h3>")
    if "network" in built.images:
        out.append("<p><img src='chart://network' width='480'></p>")
    out.append(f"<h3>{_e(_pdf('Uw doelen en wie wat doet'))}</h3>")
    for number, goal in enumerate(snap.get("goals", []), start=1):
        title = _pdf("Doel {number}").format(number=number) + f" · {t(goal.get('domain_name'))}"
        if goal.get("member"):
            title += " · " + _pdf("voor {name}").format(name=t(goal["member"]))
        out.append(f"<h4>{_e(title)}</h4><p><b>{_e(t(goal.get('text')))}</b><br>")
        details = [t(goal.get("measure"))]
        if goal.get("due_date"):
            details.append(_pdf("vóór {date}").format(date=long_date(goal["due_date"])))
        details.append(AUTHOR.get(goal.get("author", ""), ""))
        details.append(GOAL_STATUS.get(goal.get("status", ""), ""))
        out.append(_e(" · ".join(d for d in details if d)) + "</p><ul>")
        for action in goal.get("actions", []):
            when = action_when(action)
            status = ACTION_STATUS.get(action.get("status", ""), "")
            written = ""
            if action.get("author") in WRITTEN_BY:  # the same words as on paper
                by = _pdf("bedacht door: {author}").format(author=AUTHOR[action["author"]].lower())
                written = f" · {by}"
            out.append(
                f"<li><b>{_e(r.actor(action))}</b>: {_e(t(action.get('what')))}"
                f" · {_e(when)} · {_e(status)}{_e(written)}</li>"
            )
        out.append("</ul>")
    attention = snap.get("attention", {}).get(
        "pseudonymised" if built.pseudonymise else "named", []
    )
    attention = [*attention, *maatwerk_points(snap)]
    if attention:
        out.append(f"<h3>{_e(_pdf('Waar we op letten'))}</h3><ul>")
        out += [f"<li>{_e(t(point))}</li>" for point in attention]
        out.append("</ul>")
    out.append(f"<h3>{_e(_pdf('Afspraken en de volgende keer'))}</h3>")
    if plan.get("agreements"):
        out.append(f"<p>{_e(t(plan['agreements']))}</p>")
    evaluation = long_date(plan.get("evaluation_date"))
    review = _tr("Evaluatie: {date}").format(date=evaluation or _tr("nog niet afgesproken"))
    out.append(f"<p>{_e(review)}</p>")
    chosen = {value: _pdf(text) for value, text in AGREEMENT}
    if signatures:
        out.append(f"<h3>{_e(_tr('Eens met het plan?'))}</h3><ul>")
        for entry in signatures:
            name = r.text(r.signer_name(entry)) or "…"
            choice = chosen.get(entry.get("agreement", ""), "")
            out.append(f"<li>{_e(name)}: {_e(choice)}</li>")
        out.append("</ul>")
    out.append(f"<h3>{_e(_pdf('Uw opmerkingen'))}</h3>")
    remarks = [t(plan.get("remarks"))] if str(plan.get("remarks") or "").strip() else []
    remarks += [
        f"{t(r.signer_name(entry)) or '…'}: {t(entry['remarks'])}"
        for entry in signatures
        if str(entry.get("remarks") or "").strip()
    ]
    if remarks:
        out += [f"<p>{_e(remark)}</p>" for remark in remarks]
    else:
        none = _pdf("Niemand heeft opmerkingen gegeven.") if signatures else "…"
        out.append(f"<p>{_e(none)}</p>")
    out.append(f"<h3>{_e(_pdf('Handtekeningen'))}</h3><ul>")
    for entry in signatures or snap.get("signers", []):
        name = r.text(r.signer_name(entry))
        line = f"{ROLE.get(entry.get('role', ''), '')}: {name or '…'}"
        if signatures:
            agreement = SHORT_AGREEMENT.get(entry.get("agreement", ""), "")
            line += f" · {long_date(entry.get('date'))} · {agreement}"
        out.append(f"<li>{_e(line)}</li>")
    out.append("</ul>")
    return "\n".join(out)


def own_plan_html(r: Any, own: dict[str, Any]) -> list[str]:
    """The citizen's own plan as the PDF prints it first (PlanRenderer.own_plan): the
    same headings and words, every user string escaped and pseudonymised as on paper."""
    from eigenkracht.report.plan_pdf import FAMILY_PLAN, long_date

    t = r.text
    content = own.get("content") if isinstance(own.get("content"), dict) else {}
    items = r.own_items
    family = own.get("kind") == FAMILY_PLAN
    household = t(r.snap.get("case", {}).get("household_name"), own=True)
    title = (
        _pdf("Het plan van {household}").format(household=household)
        if family
        else _pdf("Uw eigen plan")
    )
    out = [f"<h3>{_e(title)}</h3>"]
    received = long_date(own.get("received_on"))
    if family and received:
        line = _tr("In uw eigen woorden (familiegroepsplan, gekregen op {date}).")
    elif family:
        line = _tr("In uw eigen woorden (familiegroepsplan).")
    elif received:
        line = _tr("In uw eigen woorden (persoonlijk plan, gekregen op {date}).")
    else:
        line = _tr("In uw eigen woorden (persoonlijk plan).")
    line = line.format(date=received)
    out.append(f"<p><i>{_e(line)}</i></p>")

    def writers() -> list[str]:
        people = items(content, "written_with")
        if not people:
            return []
        title = _pdf("Wie hebben meegedaan") if family else _pdf("Wie heeft meegeschreven")
        found = [f"<h4>{_e(title)}</h4><ul>"]
        for p in people:
            who = f" ({t(p.get('who'))})" if p.get("who") else ""
            task = f": {t(p.get('takes_on'))}" if p.get("takes_on") else ""
            found.append(f"<li><b>{_e(t(p.get('name')) or '–')}</b>{_e(who + task)}</li>")
        return [*found, "</ul>"]

    found: list[str] = writers() if family else []
    goals = items(content, "goals")
    if goals:
        names = r.snap.get("domain_names") or {}
        found.append(f"<h4>{_e(_pdf('Wat u wilt bereiken'))}</h4><ol>")
        for goal in goals:
            domain = str(goal.get("domain") or "")
            extra = f" ({t(names.get(domain, domain))})" if domain else ""
            found.append(f"<li>{_e(t(goal.get('text')) or '–')}<i>{_e(extra)}</i></li>")
        found.append("</ol>")
    actions = items(content, "actions")
    if actions:
        found.append(f"<h4>{_e(_pdf('Wat u en de mensen om u heen gaan doen'))}</h4><ul>")
        for action in actions:
            when = _pdf("steeds (doorlopend)") if action.get("ongoing") else t(action.get("when"))
            line = f"{t(action.get('what')) or '–'}" + (f" · {when}" if when else "")
            found.append(f"<li><b>{_e(r.own_who(action.get('who')))}</b>: {_e(line)}</li>")
        found.append("</ul>")
    asks = items(content, "asks")
    if asks:
        found.append(f"<h4>{_e(_pdf('Wat u vraagt aan de gemeente of aan anderen'))}</h4><ul>")
        for ask in asks:
            whom = _tr("aan {whom}").format(whom=t(ask.get("from_whom")) or _pdf("de gemeente"))
            found.append(f"<li>{_e(t(ask.get('what')) or '–')} · {_e(whom)}</li>")
        found.append("</ul>")
    if not family:
        found += writers()
    out += found or [f"<p>{_e(_pdf('In dit plan staat nog niets.'))}</p>"]
    out.append(f"<h2>{_e(_pdf('Wat we samen aan tafel hebben afgesproken'))}</h2>")
    return out


def _qimage(image: Any) -> QImage:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    result = QImage()
    result.loadFromData(buffer.getvalue(), "PNG")
    return result


class PreviewDialog(QDialog):
    """Shows a built plan; Save and Print ask the printer to finish the job."""

    saveRequested = Signal(object)  # Built
    printRequested = Signal(object)

    def __init__(self, built: Built, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.built = built
        self.setWindowTitle(self.tr("Voorbeeld van het plan"))
        fit_to_screen(self, 900, 760)
        layout = QVBoxLayout(self)
        pages = page_count(built.pdf)
        signed = bool(built.snapshot.get("signatures"))
        status = (
            self.tr("Ondertekende versie: op papier precies zo als bij het tekenen.")
            if signed
            else self.tr("Concept: nog niet ondertekend.")
        )
        self.summary = MessageBar(
            "info",
            self,
            self.tr("{status} De PDF heeft {pages} bladzijden.").format(status=status, pages=pages),
        )
        layout.addWidget(self.summary)
        if built.pseudonymise:
            layout.addWidget(
                wrapped_label(self.tr("Namen van anderen zijn vervangen door hun rol."), self)
            )
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Voorbeeld van het plan"))
        self.browser.setOpenLinks(False)
        document = self.browser.document()
        for name, image in built.images.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), _qimage(image)
            )
        self.browser.setHtml(preview_html(built))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Opslaan als PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Plan opslaan als PDF"))
        self.print_button = QPushButton(self.tr("&Printen…"), self)
        self.print_button.setAccessibleName(self.tr("Plan opslaan en openen om te printen"))
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Voorbeeld sluiten"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self._request(self.saveRequested))
        self.print_button.clicked.connect(lambda: self._request(self.printRequested))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _request(self, signal: Any) -> None:
        signal.emit(self.built)
        self.accept()


__all__ = ["PreviewDialog", "page_count", "preview_html"]
