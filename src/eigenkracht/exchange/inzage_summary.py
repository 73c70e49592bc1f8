"""The inzage for the citizen: one HTML page in plain Dutch (B1) beside the JSON.

`render_summary(inzage)` says in words what the export holds: the case and its steps,
the household, each conversation with the citizen's question and the scores (domain
names and level labels from the instrument, in the citizen's wording), the network now
and at earlier conversations (who left it, and who removed whom when, from the access
log), the goals and actions, every plan version with its signatures, any other data of
the case, and who looked at or changed the file. `write_summary(inzage, path)` writes it
as a private file (eigenkracht.privatefiles); `summary_path(json_path)` is where it goes
beside the JSON.

Why HTML and not a PDF (docs/export-format.md): every computer and phone opens it, the
reader's own font size, zoom, contrast settings and read-aloud work on it, it can be
printed, and it needs no fonts or page layout of ours. It is one file with nothing
outside it: no script, no image, no link that loads anything (a Content-Security-Policy
forbids it), so it can be opened safely anywhere.

Every text from the file is escaped (html.escape after core.text.display_safe): a name
or note that holds markup shows as the characters typed, never as markup. The summary is
made from the export document itself, so a pseudonymised export gives a pseudonymised
summary. No Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eigenkracht.core.errors import UserFacingError, write_said
from eigenkracht.core.instruments import Instrument, InstrumentError, parse_stored
from eigenkracht.core.model import (
    Assessment,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    NetworkPerson,
    PlanStatus,
    PlanVersion,
)
from eigenkracht.core.text import display_safe
from eigenkracht.core.text import dutch_date as long_date  # a Dutch page: Dutch months
from eigenkracht.exchange.inzage import Inzage

__all__ = ["SummaryError", "render_summary", "summary_path", "write_summary"]

KIND = {"wmo": "Hulp via de Wmo (zorg en ondersteuning)", "jeugd": "Hulp voor jeugd (Jeugdwet)"}
STATUS = {
    "melding": "U heeft zich gemeld. Het eerste gesprek is nog niet geweest.",
    "onderzoek": "Wij zoeken samen met u uit wat u nodig heeft.",
    "plan": "Er is een plan. Dat plan wordt nu uitgevoerd.",
    "evaluatie": "Wij kijken samen met u terug: hoe gaat het?",
    "afgesloten": "Het dossier is afgesloten.",
}
ID_DOCUMENT = {
    "paspoort": "uw paspoort",
    "identiteitskaart": "uw identiteitskaart",
    "rijbewijs": "uw rijbewijs",
    "verblijfsdocument": "uw verblijfsdocument",
}
CONVERSATION = {
    "intake": "Eerste gesprek",
    "voortgang": "Gesprek over hoe het gaat",
    "evaluatie": "Gesprek om terug te kijken",
    "afsluiting": "Laatste gesprek",
}
PERSPECTIVE = {"burger": "Hoe u het zelf ziet", "professional": "Hoe de professional het ziet"}
RING = {
    "intiem": "heel dichtbij",
    "vriend": "dichtbij",
    "kennis": "iets verder weg",
    "dienst": "iemand van een dienst of organisatie",
}
SECTOR = {
    "familie": "familie",
    "vrienden-buren": "vrienden of buren",
    "werk-school-club": "werk, school of club",
    "professioneel": "hulpverlener",
}
QUALITY = {
    "sterk": "het contact is goed",
    "zwak": "er is weinig contact",
    "belastend": "het contact kost u veel energie",
}
DIRECTION = {
    "geeft": "helpt u",
    "ontvangt": "u helpt deze persoon",
    "wederzijds": "u helpt elkaar",
    "geen": "geen hulp over en weer",
}
HELP_KIND = {"nu": "helpt nu bij", "kan": "kan helpen bij"}
AUTHOR = {
    "burger": "u zelf",
    "netwerk": "iemand uit uw netwerk",
    "professional": "de professional",
    "samen": "u en de professional",
}
GOAL_STATUS = {
    "open": "nog bezig",
    "behaald": "gelukt",
    "deels": "deels gelukt",
    "gestopt": "gestopt",
}
ACTION_STATUS = {
    "gepland": "gepland",
    "bezig": "bezig",
    "klaar": "klaar",
    "vervallen": "gaat niet door",
}
ACTOR = {
    "zelf": "U zelf",
    "netwerk": "Iemand uit uw netwerk",
    "vrijwilliger": "Een vrijwilliger",
    "algemene-voorziening": "Een voorziening in de buurt",
    "professional": "Een professional",
    "maatwerk": "Hulp van de gemeente",
}
SIGNER = {
    "burger": "u zelf",
    "vertegenwoordiger": "uw wettelijk vertegenwoordiger",
    "professional": "de professional",
    "netwerk": "iemand uit uw netwerk",
}
AGREEMENT = {
    "akkoord": "is het eens met het plan",
    "akkoord-met-opmerkingen": "is het eens met het plan, met opmerkingen",
    "niet-akkoord": "is het niet eens met het plan",
}
# The access log in words: what each table of the file is, and what was done with it.
THING = {
    "cases": "uw dossier",
    "members": "de gegevens van iemand in uw huishouden",
    "conversations": "een gesprek",
    "assessments": "scores",
    "domain_scores": "een score",
    "network_persons": "iemand in uw netwerk",
    "network_help": "wat iemand in uw netwerk doet",
    "network_versions": "uw netwerk bij een gesprek",
    "goals": "een doel",
    "actions": "een actie bij een doel",
    "plan_versions": "uw plan",
    "signatures": "een handtekening",
}
DONE = {"C": "heeft {} toegevoegd", "R": "heeft {} bekeken", "U": "heeft {} veranderd"}
EVENT = {
    "cases.create": "heeft uw dossier gemaakt",
    "cases.read": "heeft uw dossier bekeken",
    "cases.route": "heeft een stap in uw dossier vastgelegd (bijvoorbeeld een datum)",
    "cases.export": "heeft een kopie van al uw gegevens gemaakt",
    "cases.print": "heeft uw plan afgedrukt of als bestand bewaard",
    "network_persons.delete": "heeft iemand uit uw netwerk gehaald",
    "network_persons.read": "heeft uw netwerk bekeken",
    "network_versions.read": "heeft uw netwerk bij eerdere gesprekken bekeken",
    "network_versions.update": "heeft uw netwerk bij een gesprek bewaard",
    "plan_versions.sign": "heeft de handtekeningen onder uw plan vastgelegd",
    "assessments.import": "heeft de vragenlijst ingelezen die u thuis invulde",
}
OWN_PLAN = {"persoonlijk-plan": "Uw eigen plan", "familiegroepsplan": "Uw familiegroepsplan"}
OWN_PLAN_SOURCE = {"thuis": "via de vragenlijst van thuis", "papier": "op papier"}
# Tables of other_tables that this page shows elsewhere (the case file has their rows).
SHOWN_ELSEWHERE = {"own_plans"}

CSS = """
body { font-family: Verdana, "DejaVu Sans", Arial, sans-serif; font-size: 1.1rem;
  line-height: 1.5; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; color: #111;
  background: #fff; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2.2rem;
  border-bottom: 2px solid #555; } h3 { font-size: 1.15rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.note { background: #f4f4f4; border-left: 4px solid #555; padding: .5rem .8rem; }
.text { white-space: pre-wrap; }
dl { margin: .3rem 0; } dt { font-weight: bold; margin-top: .4rem; } dd { margin-left: 1rem; }
@media print { body { max-width: none; font-size: 11pt; } h2 { break-after: avoid; } }
"""


class SummaryError(UserFacingError):
    """The summary could not be written; str() is one Dutch sentence."""


def summary_path(json_path: Path) -> Path:
    """Where the summary goes beside the JSON: the same name with .html."""
    path = json_path.with_suffix(".html")
    return path if path != json_path else json_path.with_name(json_path.stem + "-leesversie.html")


def write_summary(inzage: Inzage, path: Path) -> None:
    """Write the summary of `inzage` to `path`: whole or not at all, readable by the user
    only (privatefiles.write_private). SummaryError (Dutch) when it cannot be written."""
    from eigenkracht.privatefiles import write_private

    try:
        write_private(path, render_summary(inzage).encode("utf-8"))
    except OSError as exc:
        raise SummaryError.of(write_said(path, exc)) from exc


# --------------------------------------------------------------------------- words


def t(value: object) -> str:
    """Text from the file, safe in HTML: shown as typed, never as markup."""
    return html.escape(display_safe(str(value)), quote=True)


def moment(value: str) -> tuple[str, str]:
    """An ISO moment (UTC) as the day and the time on this computer's clock."""
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value, ""
    if when.tzinfo is not None:
        when = when.astimezone()
    return long_date(when.date()), when.strftime("%H:%M")


def joined(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _yes(flag: bool) -> str:
    return "ja" if flag else "nee"


# --------------------------------------------------------------------------- instruments


@dataclass
class _Words:
    """An instrument's names and labels for the citizen, from the export's
    `instruments`: the definition itself when it can be read, else the names and labels
    carried beside it, else the keys."""

    name: str
    minimum: int | None
    maximum: int | None
    domains: dict[str, str]
    labels: dict[int, str]
    missing: bool

    def domain(self, key: str) -> str:
        return self.domains.get(key) or key

    def level(self, value: int | None) -> str:
        if value is None:
            return ""
        of = f" van {self.minimum} tot {self.maximum}" if self.maximum is not None else ""
        label = self.labels.get(value, "")
        return f"{value}{of}" + (f": {label}" if label else "")


def _words(section: dict[str, Any]) -> _Words:
    definition = section.get("definition")
    parsed: Instrument | None = None
    if isinstance(definition, str):
        try:
            parsed = parse_stored(definition, "instrument in de export")
        except InstrumentError:
            parsed = None
    if parsed is not None:
        scale = parsed.scale
        ends = (scale.low, scale.high)
        return _Words(
            parsed.name,
            scale.minimum,
            scale.maximum,
            {d.key: d.citizen_name or d.name for d in parsed.domains},
            {lvl.value: lvl.citizen_label or lvl.label for lvl in (scale.levels or ends)},
            False,
        )
    ends_of = section.get("scale") or {}
    return _Words(
        str(section.get("name") or section.get("id") or ""),
        ends_of.get("min") if isinstance(ends_of, dict) else None,
        ends_of.get("max") if isinstance(ends_of, dict) else None,
        {
            str(d.get("key")): str(d.get("citizen_name") or d.get("name") or d.get("key"))
            for d in section.get("domains", [])
            if isinstance(d, dict)
        },
        {
            int(lvl["value"]): str(lvl.get("citizen_label") or lvl.get("label") or "")
            for lvl in section.get("levels", [])
            if isinstance(lvl, dict) and isinstance(lvl.get("value"), int)
        },
        bool(section.get("missing")),
    )


class _Page:
    """The HTML being written, one part after another."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def h(self, level: int, text: str) -> None:
        self.add(f"<h{level}>{t(text)}</h{level}>")

    def p(self, text: str, cls: str = "") -> None:
        self.add(f'<p class="{cls}">{t(text)}</p>' if cls else f"<p>{t(text)}</p>")

    def facts(self, rows: Iterable[tuple[str, object]]) -> None:
        """A list of label and text; empty texts are left out."""
        shown = [(k, v) for k, v in rows if v not in ("", None)]
        if not shown:
            return
        body = "".join(f'<dt>{t(k)}</dt><dd class="text">{t(v)}</dd>' for k, v in shown)
        self.add(f"<dl>{body}</dl>")

    def table(self, head: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        cells = "".join(f'<th scope="col">{t(h)}</th>' for h in head)
        body = "".join(
            "<tr>" + "".join(f'<td class="text">{t(c)}</td>' for c in row) + "</tr>" for row in rows
        )
        self.add(f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")

    def bullets(self, items: Iterable[str]) -> None:
        shown = [i for i in items if i]
        if shown:
            self.add("<ul>" + "".join(f'<li class="text">{t(i)}</li>' for i in shown) + "</ul>")


# --------------------------------------------------------------------------- the page


def render_summary(inzage: Inzage) -> str:
    """The whole page (see the module doc)."""
    return _Summary(inzage).render()


class _Summary:
    def __init__(self, inzage: Inzage) -> None:
        self.inzage = inzage
        self.file: CaseFile = inzage.case_file
        self.instruments = {
            (str(s.get("id")), str(s.get("version"))): _words(s) for s in inzage.instruments
        }
        self.members = {m.id: m.name for m in self.file.members}
        self.people: dict[int, NetworkPerson] = {}
        for version in inzage.network_versions:
            for person in version.persons or []:
                if person.id is not None:
                    self.people[person.id] = person
        for person in self.file.network:
            if person.id is not None:
                self.people[person.id] = person
        self.dates = {c.id: c.date for c in self.file.conversations}
        self.page = _Page()

    # -- helpers

    def instrument(self, ref: tuple[str, str]) -> _Words:
        return self.instruments.get(ref) or _Words(ref[0], None, None, {}, {}, True)

    def words_of(self, key: str, ref: str = "") -> _Words | None:
        """The instrument `ref` ("id@version"), else the first used that has domain `key`
        (a goal made before goals named their instrument)."""
        ident, _, version = ref.partition("@")
        if ident and (ident, version) in self.instruments:
            return self.instruments[(ident, version)]
        return next((w for w in self.instruments.values() if key in w.domains), None)

    def domain_name(self, key: str, ref: str = "") -> str:
        words = self.words_of(key, ref)
        return words.domain(key) if words else key

    def person_name(self, person: NetworkPerson) -> str:
        role = f" ({person.role})" if person.role and person.role != person.name else ""
        return person.name + role

    # -- the page

    def render(self) -> str:
        case = self.file.case
        self.page.add(
            '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{t('Wat wij over u bewaren – ' + case.reference)}</title>"
            f"<style>{CSS}</style></head><body>"
        )
        self.intro()
        self.case()
        self.household()
        self.conversations()
        self.network()
        self.goals()
        self.own_plans()
        self.plans()
        self.others()
        self.log()
        self.closing()
        self.page.add("</body></html>\n")
        return "".join(self.page.parts)

    def intro(self) -> None:
        page, case = self.page, self.file.case
        page.h(1, "Wat wij over u bewaren")
        day, _ = moment(self.inzage.exported_at)
        page.p(
            "U heeft gevraagd welke gegevens wij over u bewaren. Dat is uw recht. "
            "Het staat in de privacywet (AVG, artikel 15)."
        )
        page.p(
            f"Hieronder staat alles wat in uw dossier staat, in gewone woorden. "
            f"Uw dossier heeft het kenmerk {case.reference}. Deze pagina is gemaakt op {day}."
        )
        page.p(
            "Naast deze pagina krijgt u een bestand dat eindigt op .json. Daarin staan "
            "dezelfde gegevens, maar dan voor een computer. Dat bestand hoeft u niet te lezen."
        )
        if self.inzage.pseudonymised or case.pseudonymise:
            page.p(
                "Let op: namen van andere mensen, zoals familie of buren, staan hier niet. "
                "In plaats van hun naam staat wat zij voor u zijn, bijvoorbeeld 'buurvrouw'. "
                "Zo beschermen wij ook hun gegevens.",
                "note",
            )

    def case(self) -> None:
        page, case = self.page, self.file.case
        page.h(2, "Uw dossier")
        identity = ""
        if case.identity_checked:
            document = ID_DOCUMENT.get(case.identity_document or "", "een identiteitsbewijs")
            identity = f"Ja, met {document}"
        status = STATUS.get(case.status.value, case.status.value)
        if case.status_override is not None and case.status_reason:
            status += f" De professional heeft dit zelf zo gekozen, omdat: {case.status_reason}"
        page.facts(
            [
                ("Kenmerk", case.reference),
                ("Naam", case.household_name),
                ("Soort hulp", KIND.get(case.case_kind.value, case.case_kind.value)),
                ("Hoe staat het ervoor?", status),
                ("Uw contactpersoon", case.coordinator),
                ("U heeft zich gemeld op", long_date(case.melding_date)),
                ("Wij hebben uw identiteit gecontroleerd", identity),
                (
                    "Wij hebben u verteld over gratis hulp van een cliëntondersteuner",
                    long_date(case.clientondersteuning_date)
                    or ("ja" if case.clientondersteuning_offered else ""),
                ),
                (
                    "Wij hebben u gevraagd of u zelf een plan wilt maken",
                    "ja" if case.persoonlijk_plan_offered else "",
                ),
                ("Uw eigen plan kwam binnen op", long_date(case.persoonlijk_plan_received)),
                (
                    "Uw familiegroepsplan kwam binnen op",
                    long_date(case.familiegroepsplan_received),
                ),
                (
                    "Wij hebben u een familiegroepsplan aangeboden op",
                    long_date(case.familiegroepsplan_offered),
                ),
                ("Het gesprek om uit te zoeken wat u nodig heeft", long_date(case.onderzoek_date)),
                ("Wij hebben u het verslag gestuurd op", long_date(case.verslag_sent)),
                ("U heeft de hulp aangevraagd op", long_date(case.aanvraag_date)),
                ("Wij hebben u het besluit gestuurd op", long_date(case.beschikking_date)),
                ("Wij hebben samen teruggekeken op", long_date(case.evaluated_on)),
                ("Het dossier is afgesloten op", long_date(case.closed_on)),
                ("Waarom het is afgesloten", case.closed_reason),
                ("Wij bewaren uw dossier tot", long_date(case.retention_until)),
                ("Namen van anderen verbergen op papier", _yes(case.pseudonymise)),
                ("Het dossier is gemaakt op", moment(case.created_at)[0]),
                ("Voor het laatst veranderd op", moment(case.updated_at)[0]),
            ]
        )

    def household(self) -> None:
        page = self.page
        page.h(2, "De mensen in uw huishouden")
        if not self.file.members:
            page.p("Er staat niemand in.")
        for member in self.file.members:
            page.h(3, member.name)
            page.facts(
                [
                    ("Rol", member.role),
                    ("Geboren op", long_date(member.birth_date)),
                    ("Telefoon", member.phone),
                    ("E-mail", member.email),
                    ("Adres", member.address),
                ]
            )

    def conversations(self) -> None:
        page = self.page
        page.h(2, "Uw gesprekken en scores")
        if not self.file.conversations:
            page.p("Er is nog geen gesprek geweest.")
        by_conversation: dict[int | None, list[Assessment]] = {}
        for assessment in self.file.assessments:
            by_conversation.setdefault(assessment.conversation_id, []).append(assessment)
        for conversation in self.file.conversations:
            self.conversation(conversation, by_conversation.get(conversation.id, []))

    def conversation(self, c: Conversation, assessments: list[Assessment]) -> None:
        page = self.page
        kind = CONVERSATION.get(c.kind.value, c.kind.value)
        page.h(3, f"{kind} op {long_date(c.date)}")
        wellbeing = "" if c.wellbeing is None else f"{c.wellbeing} (van 0 tot 10)"
        page.facts(
            [
                ("Waar", c.place),
                ("Wie waren erbij", joined(c.present)),
                ("Uw vraag", c.question),
                ("Wat voor u belangrijk is", c.what_matters),
                ("Hoe het met u gaat, als cijfer", wellbeing),
                ("Aantekeningen", c.notes),
            ]
        )
        for assessment in assessments:
            self.assessment(assessment)

    def assessment(self, a: Assessment) -> None:
        page = self.page
        words = self.instrument((a.instrument_id, a.instrument_version))
        whom = self.members.get(a.member_id, "") if a.member_id else ""
        title = f"{words.name}: {PERSPECTIVE.get(a.perspective.value, a.perspective.value)}"
        if whom:
            title += f", over {whom}"
        if a.source.value == "thuis":
            title += " (thuis ingevuld)"
        page.add(f"<h4>{t(title)}</h4>")
        if words.missing:
            page.p(
                "De uitleg bij deze vragenlijst is niet bewaard. Daarom staan hier alleen "
                "de cijfers en de korte namen.",
                "note",
            )
        if not a.scores:
            page.p("Er zijn geen scores ingevuld.")
            return
        page.table(
            ["Onderwerp", "Score", "Wat er is gezegd"],
            [(words.domain(s.domain), self.score(s, words), self.said(s)) for s in a.scores],
        )

    def score(self, s: DomainScore, words: _Words) -> str:
        if s.not_discussed:
            return "Niet besproken"
        return words.level(s.level) or "Geen score"

    def said(self, s: DomainScore) -> str:
        lines = []
        if s.not_discussed and s.reason:
            lines.append(f"Waarom niet: {s.reason}")
        for label, text in (
            ("Hoe het gaat", s.situation),
            ("Wat goed gaat", s.strengths),
            ("Zorgen", s.concerns),
        ):
            if text:
                lines.append(f"{label}: {text}")
        shares = [
            (f"u zelf {s.share_self}%" if s.share_self is not None else ""),
            (f"uw netwerk {s.share_network}%" if s.share_network is not None else ""),
            (f"professionals {s.share_professional}%" if s.share_professional is not None else ""),
        ]
        if any(shares):
            lines.append(f"Wie doet wat: {joined(shares)}")
        if s.wants_to_discuss:
            lines.append("U wilt hierover praten.")
        return "\n".join(lines)

    def network(self) -> None:
        page = self.page
        page.h(2, "De mensen om u heen (uw netwerk)")
        now = self.file.network
        if not now:
            page.p("Er staat nu niemand in uw netwerk.")
        for person in now:
            self.person(person)
        self.earlier()

    def person(self, p: NetworkPerson) -> None:
        page = self.page
        page.h(3, self.person_name(p))
        helps = [
            f"{HELP_KIND.get(h.kind.value, h.kind.value)} {self.domain_name(h.domain)}"
            + (f": {h.what}" if h.what else "")
            for h in p.helps
        ]
        signs = [
            "is mantelzorger" if p.is_mantelzorger else "",
            "heeft het zwaar" if p.overburdened else "",
            "heeft zelf steun nodig" if p.needs_support else "",
        ]
        page.facts(
            [
                (
                    "Wie",
                    f"{SECTOR.get(p.sector.value, p.sector.value)}, "
                    f"{RING.get(p.ring.value, p.ring.value)}",
                ),
                (
                    "Het contact",
                    f"{QUALITY.get(p.quality.value, p.quality.value)}; "
                    f"{DIRECTION.get(p.direction.value, p.direction.value)}",
                ),
                ("Hoe vaak u elkaar ziet of spreekt", p.contact_frequency),
                ("Wat deze persoon doet", "\n".join(helps)),
                ("Verder", joined([s for s in signs if s])),
                ("Wij mogen contact opnemen met deze persoon", _yes(p.may_contact)),
                ("Aantekeningen", p.notes),
                ("In uw netwerk sinds", long_date(p.since)),
                ("Niet meer in uw netwerk sinds", long_date(p.until)),
            ]
        )

    def removals(self) -> dict[int, list[dict[str, str]]]:
        """The access log's rows that removed a network person, by the person's id."""
        found: dict[int, list[dict[str, str]]] = {}
        for row in self.inzage.access_log:
            if row.get("event") != "network_persons.delete":
                continue
            table, _, rest = row.get("object", "").partition(":")
            ident = rest.split(":")[0]
            if table == "network_persons" and ident.isdigit():
                found.setdefault(int(ident), []).append(row)
        return found

    def earlier(self) -> None:
        page = self.page
        versions = self.inzage.network_versions
        page.h(3, "Uw netwerk bij eerdere gesprekken")
        if not versions:
            page.p("Er is geen netwerk van een eerder gesprek bewaard.")
            return
        page.p(
            "Bij een gesprek bewaren wij hoe uw netwerk er toen uitzag. "
            "Dit is wat er bij elk gesprek is bewaard:"
        )
        rows = []
        for version in versions:
            day = long_date(self.dates.get(version.conversation_id))
            if version.persons is None:
                who = (
                    "Dit deel is beschadigd en kan niet worden gelezen. "
                    "De tekst staat wel in het .json-bestand."
                )
            else:
                who = joined([self.person_name(p) for p in version.persons]) or "niemand"
            rows.append((day or "onbekend gesprek", who))
        page.table(["Gesprek van", "Wie er in uw netwerk stonden"], rows)
        current = {p.id for p in self.file.network}
        removed = self.removals()
        gone: dict[int, tuple[NetworkPerson, list[str]]] = {}
        for version in versions:
            day = long_date(self.dates.get(version.conversation_id))
            for person in version.persons or []:
                if person.id is not None and person.id not in current:
                    gone.setdefault(person.id, (person, []))[1].append(day)
        if not gone:
            return
        page.p("Deze mensen stonden eerder in uw netwerk, maar nu niet meer:")
        items = []
        for pid, (person, days) in gone.items():
            many = "de gesprekken" if len(days) > 1 else "het gesprek"
            text = f"{self.person_name(person)}: stond erin bij {many} van {joined(days)}."
            for row in removed.get(pid, []):
                when, clock = moment(row.get("ts", ""))
                who = row.get("worker", "")
                text += f" Op {when} om {clock} heeft {who} deze persoon uit uw dossier gehaald."
            items.append(text)
        page.bullets(items)

    def goals(self) -> None:
        page = self.page
        page.h(2, "Uw doelen en wie wat doet")
        if not self.file.goals:
            page.p("Er staan nog geen doelen in uw dossier.")
        for goal in self.file.goals:
            self.goal(goal)

    def goal(self, g: Goal) -> None:
        page = self.page
        page.h(3, g.text)
        target = ""
        if g.target_level is not None:
            words = self.words_of(g.domain, g.instrument)
            target = words.level(g.target_level) if words else str(g.target_level)
        page.facts(
            [
                ("Onderwerp", self.domain_name(g.domain, g.instrument)),
                ("Voor wie", self.members.get(g.member_id, "") if g.member_id else ""),
                ("Hoe weten we dat het gelukt is", g.measure),
                ("Klaar op", long_date(g.due_date)),
                ("Waar u naartoe wilt (score)", target),
                ("Wie heeft dit doel bedacht", AUTHOR.get(g.author.value, g.author.value)),
                ("Hoe staat het ervoor", GOAL_STATUS.get(g.status.value, g.status.value)),
            ]
        )
        if not g.actions:
            return
        rows = []
        for a in g.actions:
            who = ACTOR.get(a.actor_kind.value, a.actor_kind.value)
            person = self.people.get(a.network_person_id or -1)
            if person is not None:
                who = self.person_name(person)
            elif a.actor_name:
                who += f": {a.actor_name}"
            if a.maatwerk_kind:
                who += f" ({a.maatwerk_kind})"
            when = "doorlopend" if a.ongoing else long_date(a.due_date)
            status = ACTION_STATUS.get(a.status.value, a.status.value)
            rows.append((a.what, who, when, status, AUTHOR.get(a.author.value, a.author.value)))
        page.table(["Wat", "Wie doet het", "Wanneer", "Hoe staat het ervoor", "Bedacht door"], rows)

    def own_plans(self) -> None:
        """The citizen's own plans as they brought them, in their own words."""
        for record in self.file.own_plans:
            content = record.content if isinstance(record.content, dict) else {}
            name = OWN_PLAN.get(record.kind, "Uw eigen plan")
            how = OWN_PLAN_SOURCE.get(record.source, "")
            self.page.h(2, f"{name}, binnengekomen op {long_date(record.received_on)}")
            if how:
                self.page.p(f"U gaf het ons {how}. Het staat hier in uw eigen woorden.")
            goals = _items(content, "goals")
            if goals:
                self.page.p("Wat u wilt bereiken:")
            self.page.bullets(
                str(g.get("text", ""))
                + (f" ({self.domain_name(str(g['domain']))})" if g.get("domain") else "")
                for g in goals
            )
            actions = _items(content, "actions")
            if actions:
                self.page.table(
                    ["Wat", "Wie", "Wanneer"],
                    [
                        (
                            a.get("what", ""),
                            a.get("who") or "u zelf",
                            "doorlopend" if a.get("ongoing") else a.get("when", ""),
                        )
                        for a in actions
                    ],
                )
            asks = _items(content, "asks")
            if asks:
                self.page.p("Wat u vraagt:")
            self.page.bullets(
                f"{a.get('what', '')} (aan {a.get('from_whom') or 'de gemeente'})" for a in asks
            )
            helpers = _items(content, "written_with")
            if helpers:
                self.page.p("Wie hielpen mee:")
            self.page.bullets(
                str(h.get("name", ""))
                + (f" ({h['who']})" if h.get("who") else "")
                + (f": {h['takes_on']}" if h.get("takes_on") else "")
                for h in helpers
            )

    def plans(self) -> None:
        page = self.page
        page.h(2, "Uw plan")
        if not self.file.plans:
            page.p("Er is nog geen plan.")
        for plan in self.file.plans:
            self.plan(plan)

    def plan(self, plan: PlanVersion) -> None:
        page = self.page
        signed = plan.status is PlanStatus.SIGNED
        day = long_date(min(s.date for s in plan.signatures)) if plan.signatures else ""
        day = day or moment(plan.signed_at)[0]
        if signed:
            state = f"ondertekend op {day}" if day else "ondertekend"
        else:
            state = "nog niet ondertekend"
        page.h(3, f"Versie {plan.number}: {state}")
        page.facts(
            [
                ("Gemaakt op", moment(plan.created_at)[0]),
                ("Wanneer we samen terugkijken", long_date(plan.evaluation_date)),
                ("Afspraken", plan.agreements),
                ("Opmerkingen", plan.remarks),
                (
                    "U bent verteld over gratis hulp van een cliëntondersteuner",
                    _yes(plan.informed_clientondersteuning),
                ),
                (
                    "U bent verteld dat u zelf een plan mag maken",
                    _yes(plan.informed_persoonlijk_plan),
                ),
                ("U heeft een kopie van het plan gekregen", _yes(plan.copy_received)),
            ]
        )
        if plan.signatures:
            items = []
            for s in plan.signatures:
                who = SIGNER.get(s.role.value, s.role.value)
                place = f" in {s.place}" if s.place else ""
                text = (
                    f"{s.name} ({who}) heeft getekend op {long_date(s.date)}{place} en "
                    f"{AGREEMENT.get(s.agreement.value, s.agreement.value)}."
                )
                if s.remarks:
                    text += f" Opmerkingen: {s.remarks}"
                items.append(text)
            page.p("Handtekeningen:")
            page.bullets(items)
        if plan.snapshot:
            goals = _snapshot_goals(plan.snapshot)
            page.p(
                "Van deze versie is een vaste kopie bewaard: precies wat er op papier stond. "
                f"Die kopie verandert niet meer. Controlegetal: {plan.fingerprint[:16]}."
            )
            if goals:
                page.p("In deze versie stonden deze doelen:")
                page.bullets(goals)

    def others(self) -> None:
        tables = {
            table: rows
            for table, rows in self.inzage.other_tables.items()
            if not (table in SHOWN_ELSEWHERE and self.file.own_plans)
        }
        if not tables:
            return
        page = self.page
        page.h(2, "Andere gegevens over u")
        for table, rows in tables.items():
            if table == "imports":
                page.h(3, "Vragenlijsten van thuis die zijn ingelezen")
                page.bullets(
                    f"Op {moment(str(row.get('imported_at', '')))[0]} is een vragenlijst "
                    "ingelezen die u thuis invulde"
                    + (
                        f" (u bewaarde hem op {moment(str(row['saved_at']))[0]})"
                        if row.get("saved_at")
                        else ""
                    )
                    + ". Wat u invulde, staat bij uw gesprekken. Het hele bestand staat "
                    "in het .json-bestand."
                    for row in rows
                )
                continue
            page.h(3, f"Gegevens uit de lijst '{table}'")
            columns = list(dict.fromkeys(c for row in rows for c in row))
            page.table(columns, [[_cell_text(row.get(c)) for c in columns] for row in rows])

    def log(self) -> None:
        page = self.page
        page.h(2, "Wie uw dossier heeft bekeken of veranderd")
        rows = self.inzage.access_log
        if not rows:
            page.p("Er staat niets in het logboek.")
            return
        page.p(
            "Elke keer dat iemand uw dossier opent of verandert, schrijft het programma dat "
            "op in een logboek. Dit staat er over uw dossier in. Bij 'Wie' staat de naam "
            "waarmee die persoon werkt in het programma. Gebeurde iets vaker achter elkaar? "
            "Dan staat erbij hoe vaak. De tijd is dan die van de eerste keer."
        )
        page.table(["Datum", "Tijd", "Wie", "Wat"], _grouped_log(rows))
        head = self.inzage.access_log_head
        if head is not None:
            page.p(
                f"Controlegetal van het logboek: {head.short}. Daarmee kan later worden "
                "nagegaan dat het logboek niet is veranderd."
            )

    def closing(self) -> None:
        case = self.file.case
        page = self.page
        page.h(2, "Klopt er iets niet?")
        contact = f" Dat is {case.coordinator}." if case.coordinator else ""
        page.p(
            "Staat er iets in dat niet klopt? Of wilt u dat wij iets weghalen? "
            "Dat mag u vragen. Vraag het aan uw contactpersoon." + contact
        )


def _items(content: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The objects in content[key] (an own plan's goals, actions ...), others left out."""
    value = content.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _snapshot_goals(snapshot: str) -> list[str]:
    try:
        data = json.loads(snapshot)
    except (ValueError, RecursionError):
        return []
    goals = data.get("goals") if isinstance(data, dict) else None
    if not isinstance(goals, list):
        return []
    return [str(g["text"]) for g in goals if isinstance(g, dict) and isinstance(g.get("text"), str)]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "base64" in value:
        return "(een bestand; het staat in het .json-bestand)"
    return str(value)


def _phrase(row: dict[str, str]) -> str:
    event = row.get("event", "")
    table = event.split(".")[0]
    action = row.get("action", "")
    if event in EVENT:
        text = EVENT[event]
    elif action == "D":
        text = f"heeft {THING.get(table, 'iets')} weggehaald"
    elif action == "E":
        text = "heeft gegevens uit uw dossier meegenomen of afgedrukt"
    else:
        text = DONE.get(action, "heeft iets gedaan met {}").format(THING.get(table, "uw dossier"))
    if row.get("result", "ok") != "ok":
        text += " (dat lukte niet)"
    return text


def _grouped_log(rows: Sequence[dict[str, str]]) -> list[tuple[str, str, str, str]]:
    """The access log in words, one line per day, person and deed: repeats in a row are
    counted ("3 keer"), the time is the first one's."""
    grouped: list[tuple[str, str, str, str]] = []
    counts: list[int] = []
    previous: tuple[str, str, str] | None = None
    for number, row in enumerate(rows, start=1):
        day, clock = moment(row.get("ts", ""))
        who = row.get("worker", "")
        if row.get("on_behalf_of"):
            who += f" (namens {row['on_behalf_of']})"
        if number == len(rows) and row.get("event") == "cases.export":
            what = "heeft deze kopie van uw gegevens gemaakt"  # the export's own row
        else:
            what = _phrase(row)
        key = (day, who, what)
        if key == previous:
            counts[-1] += 1
            continue
        previous = key
        grouped.append((day, clock, who, what))
        counts.append(1)
    return [
        (day, clock, who, what + (f" ({n} keer)" if n > 1 else ""))
        for (day, clock, who, what), n in zip(grouped, counts, strict=True)
    ]
