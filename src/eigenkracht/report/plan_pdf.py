"""The printed support plan (ondersteuningsplan): one renderer over a plan snapshot.

    pdf: bytes = PlanRenderer(snapshot, fingerprint=..., signed_at=...).render()
    pdf = render_version(plan_version, instrument, case_file=..., pseudonymise=True)

The renderer reads nothing but the snapshot that core.plan builds (and a signed plan
version stores), so a signed version prints the same bytes every time: reportlab runs
with `invariant=1` and the creation date is the moment of signing. A4; DejaVu Sans
(shipped) so every Dutch character prints; every page has the case reference, the date,
"Vertrouwelijk", "pagina x van y", once signed the SHA-256 fingerprint, and (when the
caller passes it) the head of the access log at printing; a signed version re-prints
byte-identically apart from that one footer text. Every user string passes through
report.text (escaped, drawable, right-to-left ordered).
The charts are the screen's chart functions, drawn to pixels in memory. The page, the
fonts, the text path and the header and footer are report.base's Document.

The citizen reads this plan: the wording is plain Dutch (B1).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from eigenkracht.core import serial
from eigenkracht.core.assessments import RADAR_MINIMUM, DomainStatus
from eigenkracht.core.errors import describe
from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, Words, translate
from eigenkracht.core.model import NetworkPerson, Quality, household_role_text
from eigenkracht.core.network import QUALITY_NAMES, RING_NAMES, SECTOR_NAMES
from eigenkracht.core.privacy import display_name
from eigenkracht.report import styles as S
from eigenkracht.report.base import Document, day, long_date
from eigenkracht.report.flowables import (
    CHART_DPI,
    PlanTable,
    RasterImage,
    figure_image,
)
from eigenkracht.report.text import clean

if TYPE_CHECKING:
    from eigenkracht.core.model import CaseFile, PlanVersion
    from eigenkracht.core.plan import Instruments
    from eigenkracht.store.audit import Head

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    """The plan's own words (Dutch) in the program's language (core.i18n)."""
    return translate("PlanPdf", text)


Progress = Callable[[float, str], None]
BLANK_LINES = 6
CHECKED, UNCHECKED = "☑", "☐"
CARRIED = DomainStatus.CARRIED.value  # a domain row of the snapshot scored before

# The tables of words below are Dutch, each read in the program's language (Words).
ACTOR: Words[str] = Words(
    "PlanPdf",
    {
        "zelf": QT_TRANSLATE_NOOP("PlanPdf", "U zelf"),
        "netwerk": QT_TRANSLATE_NOOP("PlanPdf", "Iemand uit uw netwerk"),
        "vrijwilliger": QT_TRANSLATE_NOOP("PlanPdf", "Vrijwilliger"),
        "algemene-voorziening": QT_TRANSLATE_NOOP("PlanPdf", "Voorziening in de buurt"),
        "professional": QT_TRANSLATE_NOOP("PlanPdf", "Hulpverlener"),
        "maatwerk": QT_TRANSLATE_NOOP("PlanPdf", "Hulp van de gemeente"),
    },
)
ACTION_STATUS: Words[str] = Words(
    "PlanPdf",
    {
        "gepland": QT_TRANSLATE_NOOP("PlanPdf", "Gepland"),
        "bezig": QT_TRANSLATE_NOOP("PlanPdf", "Bezig"),
        "klaar": QT_TRANSLATE_NOOP("PlanPdf", "Klaar"),
        "vervallen": QT_TRANSLATE_NOOP("PlanPdf", "Gaat niet door"),
    },
)


# The law a plan follows, for the part for the file (the snapshot's case kind).
LAW: Words[str] = Words(
    "PlanPdf",
    {
        "wmo": QT_TRANSLATE_NOOP(
            "PlanPdf",
            "Wmo 2015, art. 2.3.2: het onderzoek na de melding; lid 4: eerst eigen kracht en "
            "het netwerk, dan algemene voorzieningen, dan een maatwerkvoorziening",
        ),
        "jeugd": QT_TRANSLATE_NOOP(
            "PlanPdf", "Jeugdwet: het familiegroepsplan eerst, dan de hulp van de gemeente"
        ),
    },
)


def grouped(hex_text: str) -> str:
    """A long hexadecimal value in groups of eight, so that it wraps between groups."""
    return " ".join(hex_text[i : i + 8] for i in range(0, len(hex_text), 8))


def check_code(fingerprint: str) -> str:
    """The short code the citizen's pages carry: the fingerprint's first eight characters,
    "3F2A-9C1D"."""
    head = fingerprint[:8].upper()
    return f"{head[:4]}-{head[4:]}" if len(head) == 8 else head


def action_when(action: dict[str, Any]) -> str:
    """The "wanneer" of an action in the snapshot: its date, "doorlopend" (it goes on
    without an end date), or "–" (not chosen)."""
    if action.get("ongoing"):
        return _tr("doorlopend")
    return long_date(action.get("due_date")) or "–"


GOAL_STATUS: Words[str] = Words(
    "PlanPdf",
    {
        "open": QT_TRANSLATE_NOOP("PlanPdf", "Open"),
        "behaald": QT_TRANSLATE_NOOP("PlanPdf", "Gelukt"),
        "deels": QT_TRANSLATE_NOOP("PlanPdf", "Deels gelukt"),
        "gestopt": QT_TRANSLATE_NOOP("PlanPdf", "Gestopt"),
    },
)
AUTHOR: Words[str] = Words(
    "PlanPdf",
    {
        "burger": QT_TRANSLATE_NOOP("PlanPdf", "U zelf"),
        "netwerk": QT_TRANSLATE_NOOP("PlanPdf", "Mensen om u heen"),
        "professional": QT_TRANSLATE_NOOP("PlanPdf", "Uw contactpersoon"),
        "samen": QT_TRANSLATE_NOOP("PlanPdf", "U en uw contactpersoon samen"),
    },
)
# The authors an action prints (snapshots since actions have one); an action made
# together at the table, the most, says nothing: the goals' intro says so once.
WRITTEN_BY = ("burger", "netwerk", "professional")
# The citizen's own plan (core.plan.own_plan_plain): its kind, as printed.
FAMILY_PLAN = "familiegroepsplan"
ROLE: Words[str] = Words(
    "PlanPdf",
    {
        "burger": QT_TRANSLATE_NOOP("PlanPdf", "Inwoner"),
        "vertegenwoordiger": QT_TRANSLATE_NOOP(
            "PlanPdf", "Wettelijk vertegenwoordiger (ouder of voogd)"
        ),
        "professional": QT_TRANSLATE_NOOP("PlanPdf", "Contactpersoon van het wijkteam"),
        "netwerk": QT_TRANSLATE_NOOP("PlanPdf", "Iemand uit het netwerk die meehelpt"),
    },
)
# (value, Dutch text): the text read with _tr where it is printed.
AGREEMENT = (
    ("akkoord", QT_TRANSLATE_NOOP("PlanPdf", "Ik ben het eens met dit plan.")),
    (
        "akkoord-met-opmerkingen",
        QT_TRANSLATE_NOOP("PlanPdf", "Ik ben het eens met dit plan, maar ik heb opmerkingen."),
    ),
    ("niet-akkoord", QT_TRANSLATE_NOOP("PlanPdf", "Ik ben het niet eens met dit plan.")),
)
SHORT_AGREEMENT: Words[str] = Words(
    "PlanPdf",
    {
        "akkoord": QT_TRANSLATE_NOOP("PlanPdf", "eens"),
        "akkoord-met-opmerkingen": QT_TRANSLATE_NOOP("PlanPdf", "eens, met opmerkingen"),
        "niet-akkoord": QT_TRANSLATE_NOOP("PlanPdf", "niet eens"),
    },
)


MISSING_BEFORE_MAATWERK: Words[str] = Words(
    "PlanPdf",
    {
        "zelf": QT_TRANSLATE_NOOP("PlanPdf", "wat u zelf kunt doen"),
        "netwerk": QT_TRANSLATE_NOOP("PlanPdf", "wat mensen om u heen kunnen doen"),
        "algemene-voorziening": QT_TRANSLATE_NOOP("PlanPdf", "hulp in de buurt"),
    },
)


def maatwerk_points(snapshot: dict[str, Any]) -> list[str]:
    """The maatwerk warnings of the snapshot (core.plan.maatwerk_warnings) as points of
    attention for the citizen: hulp van de gemeente is planned in a domain before the
    help before it was looked at there."""
    points = []
    for warning in snapshot.get("warnings", []):
        missing = [MISSING_BEFORE_MAATWERK.get(k, k) for k in warning.get("missing", [])]
        if not missing:
            continue
        listed = (
            _tr("{items} en {last}").format(items=", ".join(missing[:-1]), last=missing[-1])
            if len(missing) > 1
            else missing[0]
        )
        points.append(
            _tr(
                "Bij {domain} staat hulp van de gemeente in het plan. We hebben daar nog niet "
                "gekeken naar {listed}."
            ).format(domain=warning.get("domain_name") or warning.get("domain", ""), listed=listed)
        )
    return points


# A signature block taller than this prints at the full width (see signatures()).
SIGNATURE_TALL = 90 * mm


class PlanRenderer(Document):
    """Renders one plan snapshot (core.plan.build_snapshot) as PDF bytes.

    fingerprint / signed_at: of a signed version (printed on every page; the creation
    date). pseudonymise: third parties (the network) by their role, also in free text.
    progress(fraction, text): called between the steps. log_head: the newest row of the
    access log when the PDF is made, printed in the footer of every page, so the head of
    the log's hash chain also exists on paper (docs/security.md)."""

    def __init__(
        self,
        snapshot: dict[str, Any],
        *,
        fingerprint: str = "",
        signed_at: str = "",
        pseudonymise: bool = False,
        progress: Progress | None = None,
        dpi: int = CHART_DPI,
        log_head: Head | None = None,
    ) -> None:
        super().__init__(
            date=day(snapshot.get("date")),
            moment=signed_at,
            dpi=dpi,
            log_head=log_head,
        )
        self.snap = snapshot
        self.fingerprint = fingerprint
        self.signed_at = signed_at
        self.progress = progress or (lambda _f, _t: None)
        self.set_people(
            serial.from_plain(list[NetworkPerson], snapshot.get("network", [])),
            [str(m.get("name", "")) for m in snapshot.get("members", [])],
            pseudonymise,
            snapshot.get("others", []),
        )
        self.levels = {
            int(lv["value"]): lv for lv in snapshot.get("instrument", {}).get("levels", [])
        }
        # A snapshot from before there were sections has one, at the top level.
        self.legacy = not isinstance(snapshot.get("sections"), list)
        self.sections: list[dict[str, Any]] = (
            [
                {
                    "instrument": snapshot.get("instrument", {}),
                    "domains": snapshot.get("domains", []),
                    "not_discussed": snapshot.get("not_discussed", []),
                }
            ]
            if self.legacy
            else list(snapshot.get("sections", []))
        )
        self.section_levels = {
            str(section.get("instrument", {}).get("id", "")): {
                int(lv["value"]): lv for lv in section.get("instrument", {}).get("levels", [])
            }
            for section in reversed(self.sections)
        }

    # -- text ------------------------------------------------------------------------

    def person_name(self, person_id: Any, *, with_role: bool = True) -> str:
        person = self.by_id.get(person_id)
        if person is None:
            return ""
        name = display_name(person, self.pseudonymise, self.aliases)
        if with_role and not self.pseudonymise and person.role:
            # "Ans Bakker, moeder van Mark (oma)": no brackets inside brackets
            name = f"{name}, {person.role}" if "(" in person.role else f"{name} ({person.role})"
        return name

    def level_text(self, level: Any, instrument_id: Any = None) -> str:
        """A level with its citizen label, of the instrument with that id (a goal's, a
        section's; default: the first section's)."""
        if level is None:
            return "–"
        levels = self.section_levels.get(str(instrument_id), self.levels)
        found = levels.get(int(level))
        return f"{level} · {found['citizen_label']}" if found else str(level)

    # -- the document ---------------------------------------------------------------------

    def render(self) -> bytes:
        self.progress(0.05, _tr("Plan samenstellen"))
        story: list[Flowable] = []
        story += self.cover()
        story += self.own_plan()
        story += self.question()
        story += self.wellbeing()
        self.progress(0.15, _tr("Leefgebieden en radar tekenen"))
        story += self.domains()
        self.progress(0.45, _tr("Netwerkkaart tekenen"))
        story += self.network()
        self.progress(0.7, _tr("Doelen en afspraken"))
        story += self.goals()
        story += self.attention()
        story += self.agreements()
        story += self.statements()
        story += self.remarks()
        story += self.signatures()
        story += self.for_the_file()
        self.progress(0.8, _tr("PDF opmaken"))
        case = self.snap.get("case", {})
        pdf = self.build(
            story,
            title=_tr("Ondersteuningsplan {reference}").format(reference=case.get("reference", "")),
            subject=_tr("Ondersteuningsplan"),
        )
        self.progress(1.0, _tr("Klaar"))
        return pdf

    def header_text(self) -> str:
        case = self.snap.get("case", {})
        return f"{case.get('reference', '')} · {case.get('household_name', '')}"

    def footer_lines(self) -> list[str]:
        number = self.snap.get("plan", {}).get("number", "")
        if self.fingerprint:
            return [
                _tr("Versie {number} · ondertekend op {date}").format(
                    number=number, date=long_date(self.date)
                ),
                _tr("Controlecode: {code}").format(code=check_code(self.fingerprint)),
            ]
        lines = [_tr("Versie {number} · concept, nog niet ondertekend").format(number=number)]
        if self.pseudonymise:
            lines.append(_tr("Namen van anderen zijn vervangen door hun rol."))
        return lines

    # -- sections ---------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        case = self.snap.get("case", {})
        plan = self.snap.get("plan", {})
        conversation = self.snap.get("conversation", {})
        story: list[Flowable] = [
            self.fixed(_tr("Ondersteuningsplan"), "title"),
            self.user(case.get("household_name", ""), "subtitle", own=True),
        ]
        members = ", ".join(
            f"{m.get('name', '')} ({household_role_text(str(m['role']))})"
            if m.get("role")
            else m.get("name", "")
            for m in self.snap.get("members", [])
        )
        if self.fingerprint:
            version = _tr("{number}, ondertekend op {date}").format(
                number=plan.get("number", ""), date=long_date(self.date)
            )
        else:
            version = _tr("{number}, concept (nog niet ondertekend)").format(
                number=plan.get("number", "")
            )
        talk = long_date(conversation.get("date"))
        if conversation.get("place"):
            talk = f"{talk}, {self.text(conversation['place'])}" if talk else conversation["place"]
        rows = [
            (_tr("Kenmerk"), case.get("reference", "")),
            (_tr("Gezin"), members or case.get("household_name", "")),
            (_tr("Uw contactpersoon"), case.get("coordinator", "") or "–"),
            (_tr("Laatste gesprek"), talk or "–"),
            (_tr("Versie van het plan"), version),
        ]
        if case.get("melding_date"):
            melding = _tr("op {date}").format(date=long_date(case["melding_date"]))
            rows.insert(3, (_tr("Uw melding"), melding))
        own = self.own()
        if own is not None and long_date(own.get("received_on")):
            received = long_date(own["received_on"])
            if own.get("kind") == FAMILY_PLAN:
                got = _tr("familiegroepsplan ontvangen op {date}").format(date=received)
            else:
                got = _tr("persoonlijk plan ontvangen op {date}").format(date=received)
            rows.insert(-1, (_tr("Uw eigen plan"), got))
        elif case.get("persoonlijk_plan_received"):
            received = long_date(case["persoonlijk_plan_received"])
            got = _tr("persoonlijk plan ontvangen op {date}").format(date=received)
            rows.insert(-1, (_tr("Uw eigen plan"), got))
        story.append(
            self.table(
                [[self.fixed(label, "label"), self.user(value, "cell")] for label, value in rows],
                [45 * mm, self.width - 45 * mm],
                header=False,
                zebra=False,
            )
        )
        story.append(Spacer(1, 4 * mm))
        story.append(
            self.fixed(
                _tr(
                    "In dit plan staat wat u wilt bereiken en wie u daarbij helpt. We kijken "
                    "eerst naar wat u zelf kunt. Dan naar wat mensen om u heen kunnen doen. Dan "
                    "naar hulp in de buurt. Pas daarna kijken we naar hulp die de gemeente voor "
                    "u regelt."
                ),
                "intro",
            )
        )
        if own is not None:
            story.append(
                self.fixed(
                    _tr(
                        "Eerst staat hier uw eigen plan, in uw eigen woorden. Daarna staat wat "
                        "we samen aan tafel hebben afgesproken."
                    ),
                    "intro",
                )
            )
        if self.pseudonymise:
            story.append(
                self.fixed(
                    _tr(
                        "In deze versie staan de namen van andere mensen niet. Er staat wie ze "
                        "zijn, bijvoorbeeld 'buurvrouw' of 'dochter'."
                    ),
                    "intro",
                )
            )
        return story

    def own(self) -> dict[str, Any] | None:
        """The citizen's own plan in the snapshot (None: none, or a snapshot from before
        there was one)."""
        own = self.snap.get("own_plan")
        return own if isinstance(own, dict) else None

    def own_who(self, name: Any) -> str:
        """Who does an action of the citizen's own plan: "U zelf" when no one is named."""
        text = self.text(name)
        return text if text.strip() else ACTOR["zelf"]

    def own_plan(self) -> list[Flowable]:
        """The citizen's own plan (persoonlijk plan, familiegroepsplan) in their own
        words, before what was agreed at the table: what they want to reach, what they
        and the people around them do, what they ask, who wrote it with them. A
        familiegroepsplan names who took part first. Then the page turns to the plan
        made at the table."""
        own = self.own()
        if own is None:
            return []
        content = own.get("content") if isinstance(own.get("content"), dict) else {}
        assert isinstance(content, dict)
        family = own.get("kind") == FAMILY_PLAN
        household = self.snap.get("case", {}).get("household_name", "")
        title = (
            _tr("Het plan van {household}").format(household=household)
            if family
            else _tr("Uw eigen plan")
        )
        story: list[Flowable] = [CondPageBreak(60 * mm), self.user(title, "h1", own=True)]
        received = long_date(own.get("received_on"))
        if family:
            intro = _tr(
                "Dit plan heeft u gemaakt met uw familie en vrienden (een familiegroepsplan)."
            )
        else:
            intro = _tr("Dit plan heeft u zelf gemaakt (een persoonlijk plan).")
        intro += " " + _tr("Het staat hier in uw eigen woorden.")
        if received:
            intro += " " + _tr("We hebben het gekregen op {date}.").format(date=received)
        intro += " " + _tr("Het plan dat we daarna samen maakten, bouwt hierop voort.")
        story.append(self.fixed(intro, "intro"))
        parts = [self.own_goals(content), self.own_actions(content), self.own_asks(content)]
        # A familiegroepsplan names first who took part; a persoonlijk plan last.
        parts.insert(0 if family else 3, self.own_writers(content, family))
        shown = parts
        if not any(shown):
            story.append(self.fixed(_tr("In dit plan staat nog niets."), "body"))
        for part in shown:
            story += part
        # The plan made at the table starts on a page of its own, unless most of the
        # page is still free (a short own plan): no page left nearly empty.
        story += [CondPageBreak(150 * mm), Spacer(1, 6 * mm)]
        story.append(self.fixed(_tr("Wat we samen aan tafel hebben afgesproken"), "part"))
        story.append(
            self.fixed(
                _tr(
                    "Hierna staat het plan dat we samen hebben gemaakt. Het bouwt voort op uw "
                    "eigen plan. Bij elk doel staat wie het bedacht heeft."
                ),
                "intro",
            )
        )
        return story

    @staticmethod
    def own_items(content: dict[str, Any], key: str) -> list[dict[str, Any]]:
        items = content.get(key)
        return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    def own_goals(self, content: dict[str, Any]) -> list[Flowable]:
        goals = self.own_items(content, "goals")
        if not goals:
            return []
        names = self.snap.get("domain_names") or {}
        rows: list[list[Any]] = []
        for number, goal in enumerate(goals, start=1):
            cell: list[Flowable] = [self.user(goal.get("text") or "–", "cell_bold")]
            domain = str(goal.get("domain") or "")
            if domain:
                topic = _tr("Onderwerp: {topic}").format(topic=names.get(domain, domain))
                cell.append(self.user(topic, "small"))
            rows.append([self.fixed(f"{number}.", "cell_bold"), cell])
        return [
            self.fixed(_tr("Wat u wilt bereiken"), "h2"),
            self.table(rows, [10 * mm, self.width - 10 * mm], header=False),
        ]

    def own_actions(self, content: dict[str, Any]) -> list[Flowable]:
        actions = self.own_items(content, "actions")
        if not actions:
            return []
        goals = self.own_items(content, "goals")
        rows: list[list[Any]] = [
            [self.head(_tr("Wie")), self.head(_tr("Wat")), self.head(_tr("Wanneer"))]
        ]
        for action in actions:
            what: list[Flowable] = [self.user(action.get("what") or "–", "cell")]
            goal = action.get("goal")
            if isinstance(goal, int) and not isinstance(goal, bool) and 0 <= goal < len(goals):
                what.append(self.fixed(_tr("Bij doel {number}").format(number=goal + 1), "small"))
            if action.get("ongoing"):
                when = self.fixed(_tr("steeds (doorlopend)"), "cell")
            else:
                when = self.user(action.get("when") or "–", "cell")
            rows.append([self.user(self.own_who(action.get("who")), "cell_bold"), what, when])
        widths = [45 * mm, 0.0, 40 * mm]
        widths[1] = self.width - sum(widths)
        return [
            self.fixed(_tr("Wat u en de mensen om u heen gaan doen"), "h2"),
            self.table(rows, widths),
        ]

    def own_asks(self, content: dict[str, Any]) -> list[Flowable]:
        asks = self.own_items(content, "asks")
        if not asks:
            return []
        rows: list[list[Any]] = [[self.head(_tr("Wat u vraagt")), self.head(_tr("Aan wie"))]]
        for ask in asks:
            rows.append(
                [
                    self.user(ask.get("what") or "–", "cell"),
                    self.user(ask.get("from_whom") or _tr("de gemeente"), "cell"),
                ]
            )
        return [
            self.fixed(_tr("Wat u vraagt aan de gemeente of aan anderen"), "h2"),
            self.table(rows, [self.width - 55 * mm, 55 * mm]),
        ]

    def own_writers(self, content: dict[str, Any], family: bool) -> list[Flowable]:
        people = self.own_items(content, "written_with")
        if not people:
            return []
        rows: list[list[Any]] = [
            [
                self.head(_tr("Naam")),
                self.head(_tr("Wie is dit voor u")),
                self.head(_tr("Wat doet hij of zij")),
            ]
        ]
        for person in people:
            rows.append(
                [
                    self.user(person.get("name") or "–", "cell_bold"),
                    self.user(person.get("who") or "–", "cell"),
                    self.user(person.get("takes_on") or "–", "cell"),
                ]
            )
        widths = [45 * mm, 40 * mm]
        title = _tr("Wie hebben meegedaan") if family else _tr("Wie heeft meegeschreven")
        return [
            self.fixed(title, "h2"),
            self.table(rows, [*widths, self.width - sum(widths)]),
        ]

    def question(self) -> list[Flowable]:
        conversation = self.snap.get("conversation", {})
        story = self.heading(_tr("Uw vraag en wat belangrijk is voor u"))
        story.append(self.fixed(_tr("Uw vraag, in uw eigen woorden:"), "label"))
        story.append(self.user(conversation.get("question") or "–", "quote"))
        story.append(Spacer(1, 2 * mm))
        story.append(self.fixed(_tr("Wat belangrijk is voor u:"), "label"))
        story.append(self.user(conversation.get("what_matters") or "–", "quote"))
        present = conversation.get("present") or []
        if present:
            story.append(Spacer(1, 2 * mm))
            there = _tr("Bij het gesprek waren: {names}.").format(names=", ".join(present))
            story.append(self.user(there, "body"))
        return story

    def wellbeing(self) -> list[Flowable]:
        story = self.heading(_tr("Hoe tevreden bent u met uw leven?"))
        history = self.snap.get("wellbeing", [])
        if not history:
            return [*story, self.fixed(_tr("Dit hebben we nog niet gevraagd."))]
        last = history[-1]
        story.append(
            self.fixed(
                _tr(
                    "U gaf uw leven een {value} van de 10 (op {date}). 0 is heel ontevreden, "
                    "10 is heel tevreden."
                ).format(value=last["value"], date=long_date(last["date"]))
            )
        )
        if len(history) > 1:
            earlier = ", ".join(f"{h['value']} ({long_date(h['date'])})" for h in history[:-1][-6:])
            story.append(
                self.fixed(_tr("Eerder gaf u: {earlier}.").format(earlier=earlier), "intro")
            )
        return story

    def domains(self) -> list[Flowable]:
        """Per instrument used, its section: the scale in words, the table, the radar
        (from RADAR_MINIMUM scored domains; a ladder is a short table), what was not
        discussed. A snapshot from before sections prints as it always did."""
        story = self.heading(_tr("Hoe gaat het met u, per onderwerp?"))
        for index, section in enumerate(self.sections):
            story += self.section(section, index)
        missing = [str(ref) for ref in self.snap.get("missing", [])]
        if missing:
            story.append(Spacer(1, 2 * mm))
            story.append(
                self.user(
                    _tr(
                        "Sommige cijfers staan niet in dit plan. Het instrument waarmee ze zijn "
                        "gegeven, staat niet op deze computer: {instruments}."
                    ).format(
                        instruments=", ".join(ref.replace("@", _tr(" versie ")) for ref in missing)
                    ),
                    "intro",
                )
            )
        return story

    def scale_words(self, instrument: dict[str, Any], levels: dict[int, Any]) -> str:
        """ "Per onderwerp is er een cijfer van 1 tot 5. 1 betekent: … 5 betekent: …": the
        ends' citizen labels (a `score` scale has only those), for a ladder its rungs."""
        low, high = instrument.get("minimum", 1), instrument.get("maximum", 5)
        low_label = str(
            (instrument.get("low") or levels.get(low) or {}).get("citizen_label", "")
        ).strip()
        high_label = str(
            (instrument.get("high") or levels.get(high) or {}).get("citizen_label", "")
        ).strip()
        if instrument.get("kind") == "ladder":
            first = _tr("De ladder heeft treden van {low} tot {high}.")
            choose = _tr("U kiest een trede en uw contactpersoon kiest een trede.")
        else:
            first = _tr("Per onderwerp is er een cijfer van {low} tot {high}.")
            choose = _tr("U kiest een cijfer en uw contactpersoon kiest een cijfer.")
        ends = _tr("{low} betekent: {low_label}. {high} betekent: {high_label}.")
        parts = [
            first.format(low=low, high=high),
            ends.format(
                low=low, high=high, low_label=low_label.lower(), high_label=high_label.lower()
            ),
            choose,
            _tr("Zijn ze verschillend? Dan praten we daarover."),
        ]
        return " ".join(parts)

    def section_title(self, section: dict[str, Any]) -> str:
        """The instrument's citizen name, and for whom when it scores one member."""
        instrument = section.get("instrument", {})
        title = str(instrument.get("citizen_name") or instrument.get("name") or "")
        member = section.get("member") or {}
        if member.get("name"):
            title += " · " + _tr("voor {name}").format(name=member["name"])
        return title

    def section(self, section: dict[str, Any], index: int) -> list[Flowable]:
        instrument = section.get("instrument", {})
        levels = self.section_levels.get(str(instrument.get("id", "")), self.levels)
        ladder = instrument.get("kind") == "ladder"
        story: list[Flowable] = []
        if not self.legacy:  # (the instrument's name and version: on the page for the file)
            story.append(self.user(self.section_title(section), "h2", own=True))
        domains = section.get("domains", [])
        if self.legacy:
            low, high = instrument.get("minimum", 1), instrument.get("maximum", 5)
            low_label = self.levels.get(low, {}).get("citizen_label", "")
            high_label = self.levels.get(high, {}).get("citizen_label", "")
            words = self.scale_words(
                {"minimum": low, "maximum": high},
                {low: {"citizen_label": low_label}, high: {"citizen_label": high_label}},
            )
        else:
            words = self.scale_words(instrument, levels)
        story.append(self.fixed(words, "intro"))
        if not domains:
            story.append(
                self.fixed(
                    _tr("Dit is nog niet besproken.")
                    if ladder
                    else _tr("Er zijn nog geen onderwerpen besproken.")
                )
            )
            return story
        rows: list[list[Any]] = [
            [
                self.head(_tr("Onderwerp")),
                self.head(_tr("Uw trede") if ladder else _tr("Uw cijfer")),
                self.head(_tr("Trede wijkteam") if ladder else _tr("Cijfer wijkteam")),
                self.head(_tr("Hoe het nu gaat")),
            ]
        ]
        today = day(self.snap.get("conversation", {}).get("date"))
        carried_any = any(d.get("status") == CARRIED for d in domains)
        if carried_any:
            story.append(
                self.fixed(
                    _tr(
                        "Een onderwerp dat deze keer niet opnieuw besproken is, staat er met de "
                        "cijfers van de vorige keer. De datum staat erbij."
                    ),
                    "intro",
                )
            )
        for domain in domains:
            citizen = domain.get("citizen") or {}
            professional = domain.get("professional") or {}
            carried = domain.get("status") == CARRIED
            # The day the row speaks of: this conversation, or when it was last scored.
            row_day = day(domain.get("since")) if carried else today
            texts: list[Flowable] = []
            source = professional or citizen
            own = citizen.get("situation", "")
            if own and own != professional.get("situation"):
                texts += self.labelled(_tr("U zegt"), own)
            for label, key in (
                (_tr("Situatie"), "situation"),
                (_tr("Wat goed gaat"), "strengths"),
                (_tr("Zorgen"), "concerns"),
            ):
                value = str(source.get(key) or "").strip()
                if value:
                    texts += self.labelled(label, value)
            name: list[Flowable] = [
                self.user(domain.get("name", ""), "cell_bold"),
                self.user(domain.get("professional_name", ""), "small"),
            ]
            if carried:
                name.append(
                    self.fixed(
                        _tr("Vorige keer besproken ({date})").format(date=long_date(row_day)),
                        "cell_bold",
                    )
                )
                if domain.get("reason"):
                    reason = _tr("Nu niet besproken: {reason}").format(reason=domain["reason"])
                    name.append(self.user(reason, "small"))
            rows.append(
                [
                    name,
                    self.level_cell(citizen, domain.get("citizen_date"), row_day, levels),
                    self.level_cell(professional, domain.get("professional_date"), row_day, levels),
                    texts or self.fixed("–", "cell"),
                ]
            )
        widths = [34 * mm, 27 * mm, 27 * mm]
        story.append(self.table(rows, [*widths, self.width - sum(widths)]))
        radar = None if ladder else self.radar(section, index)
        if radar is not None:
            story.append(Spacer(1, 3 * mm))
            story.append(
                KeepTogether(
                    [
                        radar,
                        self.fixed(
                            _tr(
                                "Uw cijfers en die van uw contactpersoon in één plaatje. Hoe "
                                "verder naar buiten, hoe beter het gaat."
                            )
                            + (
                                " " + _tr("De cijfers van vorige keer staan er ook in.")
                                if carried_any
                                else ""
                            ),
                            "caption",
                        ),
                        self.user(self.radar_words(domains), "small"),
                    ]
                )
            )
        skipped = section.get("not_discussed", [])
        if skipped:
            story.append(Spacer(1, 2 * mm))
            story.append(self.fixed(_tr("Niet besproken of niet nodig:"), "label"))
            for item in skipped:
                reason = item.get("reason") or _tr("geen reden genoemd")
                story.append(self.user(f"• {item.get('name', '')}: {reason}", "cell"))
        return story

    def level_cell(
        self,
        score: dict[str, Any],
        given: Any,
        row_day: dt.date | None,
        levels: dict[int, Any] | None = None,
    ) -> Any:
        """A level, with the day it was given when that is not the row's day (a score
        carried from an earlier conversation beside one given now). `levels`: the
        section's labelled levels (default: the first section's)."""
        level = score.get("level")
        shown = self.level_text(level)
        if level is not None and levels is not None:
            found = levels.get(int(level))
            shown = f"{level} · {found['citizen_label']}" if found else str(level)
        text = self.fixed(shown, "cell")
        when = day(given)
        if score.get("level") is None or when is None or when == row_day:
            return text
        return [text, self.fixed(_tr("van {date}").format(date=long_date(when)), "small")]

    def radar_words(self, domains: list[dict[str, Any]]) -> str:
        """The radar in words, its text alternative: per domain both scores ("Geldzaken:
        u 3, uw contactpersoon 3"), "–" for a score not given."""

        def score(found: dict[str, Any] | None) -> str:
            level = (found or {}).get("level")
            return "–" if level is None else str(level)

        parts = [
            _tr("{domain}: u {citizen}, uw contactpersoon {professional}").format(
                domain=self.label(d.get("name", "")),
                citizen=score(d.get("citizen")),
                professional=score(d.get("professional")),
            )
            for d in domains
        ]
        return _tr("Het plaatje in woorden: {scores}.").format(scores="; ".join(parts))

    @staticmethod
    def radar_name(index: int) -> str:
        """The key of a section's radar in `images` ("radar" for the first section)."""
        return "radar" if index == 0 else f"radar-{index}"

    def radar(self, section: dict[str, Any], index: int = 0) -> RasterImage | None:
        from eigenkracht.charts.radar import Series, radar_figure

        domains = section.get("domains", [])
        scored = [
            d
            for d in domains
            if (d.get("citizen") or {}).get("level") is not None
            or (d.get("professional") or {}).get("level") is not None
        ]
        if len(scored) < RADAR_MINIMUM:
            return None  # no shape to read: the table says it all
        instrument = section.get("instrument", {})
        axes = [self.text(d.get("name", "")) for d in domains]
        series = [
            Series(_tr("U"), [(d.get("citizen") or {}).get("level") for d in domains]),
            Series(
                _tr("Contactpersoon"),
                [(d.get("professional") or {}).get("level") for d in domains],
            ),
        ]
        figure = radar_figure(
            axes,
            series,
            instrument.get("minimum", 1),
            instrument.get("maximum", 5),
            size=(6.4, 5.4),
            font_size=9,
        )
        image = figure_image(figure, 135 * mm, self.dpi)
        self.images[self.radar_name(index)] = image.image
        return image

    def network(self) -> list[Flowable]:
        story = self.heading(_tr("Mensen om u heen: wie helpt met wat"))
        persons = self.persons
        if not persons:
            story.append(self.fixed(_tr("Er staan nog geen mensen op uw netwerkkaart.")))
            return story
        image = self.network_map()
        if image is not None:
            intro = self.fixed(
                _tr(
                    "Op de kaart staat u in het midden. Hoe dichter iemand bij het midden "
                    "staat, hoe dichter die persoon bij u staat."
                ),
                "intro",
            )
            # The picture's text alternative: the table below names everyone on it.
            if len(persons) == 1:
                words = _tr(
                    "Het plaatje in woorden: op de kaart staat 1 persoon. De lijst "
                    "hieronder noemt die persoon, met de plaats op de kaart."
                )
            else:
                words = _tr(
                    "Het plaatje in woorden: op de kaart staan {count} mensen. De lijst "
                    "hieronder noemt ze allemaal, met hun plaats op de kaart."
                ).format(count=len(persons))
            story = [
                KeepTogether([*story, intro, image, self.fixed(words, "caption")]),
                Spacer(1, 2 * mm),
            ]
        names = self.snap.get("domain_names") or self.snap.get("instrument", {}).get(
            "domain_names", {}
        )
        in_plan = {
            a.get("network_person_id")
            for g in self.snap.get("goals", [])
            for a in g.get("actions", [])
            if a.get("network_person_id") is not None
        }
        rows: list[list[Any]] = [
            [
                self.head(_tr("Wie")),
                self.head(_tr("Wie is dit voor u")),
                self.head(_tr("Helpt nu met")),
                self.head(_tr("Kan helpen met")),
            ]
        ]
        others = 0
        shown: list[tuple[str, str]] = []  # name and role as printed
        # Everyone on the map, helpers first: the table is the map in words (who, what
        # they are to the household, where on the map, what they help with).
        for person in sorted(persons, key=lambda p: (p.id not in in_plan, not p.helps, p.id or 0)):
            if not person.helps and person.id not in in_plan:
                others += 1

            def helps(kind: str, p: NetworkPerson = person) -> str:
                parts = []
                for h in p.helps:
                    if h.kind.value == kind:
                        name = names.get(h.domain, h.domain)
                        parts.append(f"{name}: {h.what}" if h.what else name)
                return "; ".join(parts) or "–"

            role = person.role
            if person.is_mantelzorger:
                carer = _tr("mantelzorger")
                role = f"{role}, {carer}" if role else carer
            name = display_name(person, self.pseudonymise, self.aliases)
            shown.append((self.text(name), self.text(role)))
            rows.append(
                [
                    self.user(name, "cell_bold"),
                    [self.user(role or "–", "cell"), self.fixed(self.place(person), "small")],
                    self.user(helps("nu"), "cell"),
                    self.user(helps("kan"), "cell"),
                ]
            )
        widths = [
            self.word_room((s for s, _ in shown), "cell_bold", 36 * mm, 52 * mm),
            self.word_room((r for _, r in shown), "cell", 38 * mm, 52 * mm),
        ]
        rest = (self.width - sum(widths)) / 2
        story.append(self.table(rows, [*widths, rest, rest]))
        if others:
            story.append(
                self.fixed(
                    _tr(
                        "In de lijst staat iedereen die op de kaart staat. Een streepje (–) "
                        "betekent: helpt nu niet met iets uit dit plan."
                    ),
                    "intro",
                )
            )
        return story

    @staticmethod
    def place(person: NetworkPerson) -> str:
        """Where the person stands on the map, in words: the part and the circle, and
        a band that is weak or heavy (the picture shows it by the line)."""
        words = [SECTOR_NAMES[person.sector], RING_NAMES[person.ring]]
        if person.quality is not Quality.STRONG:
            words.append(QUALITY_NAMES[person.quality])
        return " · ".join(words)

    def network_map(self) -> RasterImage | None:
        try:
            from eigenkracht.charts.network_map import network_map_figure
        except ImportError:
            return None
        case = self.snap.get("case", {})
        names = {
            p.id: self.label(display_name(p, self.pseudonymise, self.aliases))
            for p in self.persons
            if p.id is not None
        }
        try:
            figure = network_map_figure(
                self.persons,
                self.label(case.get("household_name", ""), own=True),  # the household
                names=names,
                size=(7.0, 6.2),
            )
        except Exception as exc:  # noqa: BLE001 - a chart must never stop the plan printing
            log.error("the network map could not be drawn: %s", describe(exc))
            return None
        image = figure_image(figure, 150 * mm, self.dpi)
        self.images["network"] = image.image
        return image

    def actor(self, action: dict[str, Any]) -> str:
        kind = action.get("actor_kind", "")
        name = self.text(action.get("actor_name", ""))
        if kind == "zelf":
            return ACTOR["zelf"]
        if kind == "netwerk":
            return self.person_name(action.get("network_person_id")) or name or ACTOR["netwerk"]
        if kind == "maatwerk":
            what = self.text(action.get("maatwerk_kind", ""))
            text = f"{ACTOR['maatwerk']}: {what}" if what else ACTOR["maatwerk"]
            return f"{text} ({name})" if name else text
        label = ACTOR.get(kind, kind)
        return f"{label}: {name}" if name else label

    def goals(self) -> list[Flowable]:
        story = self.heading(_tr("Uw doelen en wie wat doet"))
        goals = self.snap.get("goals", [])
        story.append(
            self.fixed(
                _tr(
                    "Bij elk doel staat wie wat doet. Eerst staat wat u zelf doet. Dan wat "
                    "mensen om u heen doen. Dan hulp in de buurt. Als laatste hulp van de "
                    "gemeente die speciaal voor u wordt geregeld (een maatwerkvoorziening)."
                ),
                "intro",
            )
        )
        if any("author" in a for g in goals for a in g.get("actions", [])):
            story.append(
                self.fixed(
                    _tr(
                        "Bij een afspraak staat wie die bedacht heeft: u zelf, mensen om u heen "
                        "of uw contactpersoon. Staat er niets bij? Dan hebben we de afspraak "
                        "samen bedacht."
                    ),
                    "intro",
                )
            )
        if not goals:
            story.append(self.fixed(_tr("Er zijn nog geen doelen afgesproken.")))
            return story
        width = self.width
        for number, goal in enumerate(goals, start=1):
            title = _tr("Doel {number}").format(number=number)
            title += f" · {self.text(goal.get('domain_name', ''))}"
            if goal.get("member"):
                title += " · " + _tr("voor {name}").format(name=self.text(goal["member"]))
            details = []
            if goal.get("due_date"):
                details.append(_tr("vóór {date}").format(date=long_date(goal["due_date"])))
            if goal.get("target_level") is not None:
                target = self.level_text(goal["target_level"], goal.get("instrument"))
                if "target_label" in goal:  # the label of the goal's own instrument
                    label = goal["target_label"]
                    level = goal["target_level"]
                    target = f"{level} · {label}" if label else str(level)
                details.append(_tr("cijfer {target}").format(target=target))
            author = AUTHOR.get(goal.get("author", ""), "").lower()
            details.append(_tr("bedacht door: {author}").format(author=author))
            status = GOAL_STATUS.get(goal.get("status", ""), "").lower()
            details.append(_tr("stand: {status}").format(status=status))
            facts = [
                (_tr("Wat wilt u bereiken?"), self.user(goal.get("text", ""), "cell_bold")),
                (
                    _tr("Hoe weten we dat het gelukt is?"),
                    self.user(goal.get("measure") or "–", "cell"),
                ),
                (_tr("Wanneer en hoe ver?"), self.fixed(" · ".join(details), "cell")),
            ]
            block: list[Flowable] = [
                self.user(title, "h2"),
                self.table(
                    [[self.fixed(k, "label"), v] for k, v in facts],
                    [52 * mm, width - 52 * mm],
                    header=False,
                    zebra=False,
                ),
            ]
            actions = goal.get("actions", [])
            if actions:
                rows: list[list[Any]] = [
                    [
                        self.head(_tr("Wie")),
                        self.head(_tr("Wat")),
                        self.head(_tr("Wanneer")),
                        self.head(_tr("Stand")),
                    ]
                ]
                for action in actions:
                    what: Any = self.user(action.get("what", ""), "cell")
                    if action.get("author") in WRITTEN_BY:  # made together: said once, above
                        written = AUTHOR[action["author"]].lower()
                        by = _tr("bedacht door: {author}").format(author=written)
                        what = [what, self.fixed(by, "small")]
                    rows.append(
                        [
                            self.user(self.actor(action), "cell_bold"),
                            what,
                            self.fixed(action_when(action), "cell"),
                            self.fixed(ACTION_STATUS.get(action.get("status", ""), ""), "cell"),
                        ]
                    )
                widths = [52 * mm, 0.0, 30 * mm, 22 * mm]
                widths[1] = width - sum(widths)
                block.append(Spacer(1, 1.5 * mm))
                block.append(self.table(rows, widths))
            else:
                block.append(self.fixed(_tr("Nog niet afgesproken wie wat doet."), "intro"))
            block.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(block))
        return story

    def attention(self) -> list[Flowable]:
        points = self.snap.get("attention", {}).get(
            "pseudonymised" if self.pseudonymise else "named", []
        )
        points = [*points, *maatwerk_points(self.snap)]
        story = self.heading(_tr("Waar we op letten"))
        if not points:
            story.append(self.fixed(_tr("Er zijn nu geen bijzondere aandachtspunten.")))
            return story
        rows = [[self.fixed("!", "cell_bold"), self.user(point, "cell")] for point in points]
        story.append(
            self.table(
                rows,
                [8 * mm, self.width - 8 * mm],
                header=False,
                zebra=False,
                extra=[
                    ("BACKGROUND", (0, 0), (-1, -1), S.ATTENTION_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, S.ATTENTION_RULE),
                ],
            )
        )
        return story

    def agreements(self) -> list[Flowable]:
        plan = self.snap.get("plan", {})
        story = self.heading(_tr("Afspraken en de volgende keer"))
        if str(plan.get("agreements") or "").strip():
            story.append(self.fixed(_tr("Wat we verder hebben afgesproken:"), "label"))
            story.append(self.user(plan["agreements"], "body"))
        evaluation = plan.get("evaluation_date")
        if evaluation:
            story.append(
                self.fixed(
                    _tr("Op {date} kijken we samen hoe het gaat (evaluatie).").format(
                        date=long_date(evaluation)
                    ),
                    "body",
                )
            )
        else:
            story.append(
                self.fixed(
                    _tr("We kijken samen hoe het gaat op (datum): {line}").format(line="_" * 22),
                    "body",
                )
            )
        return story

    def statements(self) -> list[Flowable]:
        plan = self.snap.get("plan", {})
        story = self.heading(_tr("Wat u verklaart"))
        items = [
            (
                plan.get("informed_clientondersteuning"),
                _tr(
                    "Ik weet dat ik gratis hulp kan krijgen van een cliëntondersteuner: iemand "
                    "die niet voor de gemeente werkt en mij helpt bij de gesprekken met de "
                    "gemeente."
                ),
            ),
            (
                plan.get("informed_persoonlijk_plan"),
                _tr("Ik weet dat ik zelf eerst een plan mag schrijven (een persoonlijk plan)."),
            ),
            (plan.get("copy_received"), _tr("Ik heb een kopie van dit plan gekregen.")),
        ]
        for checked, text in items:
            story.append(self.fixed(f"{CHECKED if checked else UNCHECKED}  {text}", "check"))
        story.append(Spacer(1, 2 * mm))
        signed = self.snap.get("signatures", [])
        if not signed:
            story.append(self.fixed(_tr("Kies één:"), "label"))
            for _value, text in AGREEMENT:
                story.append(self.fixed(f"{UNCHECKED}  {_tr(text)}", "check"))
            return story
        # Signed: every signer's own choice, each under their name.
        for signature in signed:
            chosen = signature.get("agreement")
            block: list[Flowable] = [self.user(self.signer_name(signature) or "…", "label")]
            for value, text in AGREEMENT:
                block.append(
                    self.fixed(f"{CHECKED if chosen == value else UNCHECKED}  {_tr(text)}", "check")
                )
            story += [KeepTogether(block), Spacer(1, 1 * mm)]
        return story

    def signer_name(self, entry: dict[str, Any]) -> str:
        """The name of a signer as printed (a network member by role when pseudonymised)."""
        name = str(entry.get("name") or "")
        if entry.get("role") == "netwerk" and self.pseudonymise:
            person = self.by_id.get(entry.get("network_person_id"))
            if person is None:
                person = next((p for p in self.persons if p.name == name), None)
            if person is not None:
                return display_name(person, True, self.aliases)
            # Someone who took part in the citizen's own plan, not on the map: by the
            # role the plan gave them (snapshot "others"), else "netwerklid".
            scrubbed = self.text(name)
            return (
                scrubbed if name and scrubbed != clean(name, self.drawable) else _tr("netwerklid")
            )
        return name

    def remarks(self) -> list[Flowable]:
        plan = self.snap.get("plan", {})
        story = self.heading(_tr("Uw opmerkingen"))
        texts = []
        legacy = str(plan.get("remarks") or "").strip()  # plans signed before one place
        if legacy:
            texts.append(legacy)
        for signature in self.snap.get("signatures", []):
            remark = str(signature.get("remarks") or "").strip()
            if remark:
                texts.append(f"{self.signer_name(signature) or '…'}: {remark}")
        if texts:
            for text in texts:
                story.append(self.user(text, "body"))
            return story
        if self.snap.get("signatures"):
            story.append(self.fixed(_tr("Niemand heeft opmerkingen gegeven."), "body"))
            return story
        story.append(self.fixed(_tr("Hier kunt u zelf iets opschrijven."), "intro"))
        lines = [[""] for _ in range(BLANK_LINES)]
        story.append(
            Table(
                lines,
                colWidths=[self.width],
                rowHeights=[9 * mm] * BLANK_LINES,
                style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, S.RULE)]),
            )
        )
        return story

    def for_the_file(self) -> list[Flowable]:
        """The part for the organisation's file, on a page of its own after the signatures:
        the law the plan follows, the full fingerprint and the head of the access log. The
        citizen's pages carry only the short check code; this page says in one sentence
        that they need not read it."""
        case = self.snap.get("case", {})
        story: list[Flowable] = [PageBreak(), self.fixed(_tr("Voor het dossier"), "h1")]
        story.append(
            self.fixed(
                _tr(
                    "Deze bladzijde is voor het dossier van het wijkteam. Hierop staan de "
                    "gegevens waarmee iemand kan nagaan dat dit het echte plan is. U hoeft er "
                    "niets mee te doen."
                ),
                "intro",
            )
        )
        rows: list[tuple[str, str]] = [
            (_tr("Kenmerk"), str(case.get("reference", ""))),
            (_tr("Versie"), str(self.snap.get("plan", {}).get("number", ""))),
        ]
        law = LAW.get(str(case.get("kind", "")))
        if law:
            rows.append((_tr("Wettelijk kader"), law))
        used = [
            _tr("{name}, versie {version}").format(
                name=s.get("instrument", {}).get("name", ""),
                version=s.get("instrument", {}).get("version", ""),
            )
            for s in self.sections
            if s.get("instrument", {}).get("name")
        ]
        if used:
            rows.append((_tr("Vragenlijsten"), "; ".join(dict.fromkeys(used))))
        if self.fingerprint:
            rows.append((_tr("Ondertekend op"), long_date(self.date)))
            rows.append((_tr("Vingerafdruk (SHA-256)"), grouped(self.fingerprint)))
            rows.append(
                (
                    _tr("Controlecode"),
                    _tr("{code} (begin van de vingerafdruk)").format(
                        code=check_code(self.fingerprint)
                    ),
                )
            )
        else:
            rows.append((_tr("Stand"), _tr("concept, nog niet ondertekend")))
        if self.log_head is not None:
            rows.append(
                (
                    _tr("Logboek"),
                    _tr("t/m rij {row} · {hash}").format(
                        row=self.log_head.id, hash=grouped(self.log_head.hash)
                    ),
                )
            )
        story.append(
            self.table(
                [[self.fixed(label, "label"), self.fixed(value, "cell")] for label, value in rows],
                [50 * mm, self.width - 50 * mm],
                header=False,
                zebra=False,
            )
        )
        story.append(Spacer(1, 3 * mm))
        about = _tr(
            "Het logboek: de laatste rij van het toegangslogboek toen dit werd afgedrukt "
            "(verkort ook onderaan elke bladzijde)."
        )
        if self.fingerprint:
            about = (
                _tr(
                    "De vingerafdruk is de SHA-256 van de ondertekende inhoud; de inzage-export "
                    "van het dossier noemt dezelfde waarde."
                )
                + " "
                + about
            )
        story.append(self.fixed(about, "small"))
        return story

    def signatures(self) -> list[Flowable]:
        story = [CondPageBreak(70 * mm), self.fixed(_tr("Handtekeningen"), "h1")]
        signed = self.snap.get("signatures", [])
        blocks: list[Flowable] = []
        if signed:
            story.append(
                self.fixed(
                    _tr(
                        "Deze mensen hebben het plan ondertekend. Daarna is het plan niet meer "
                        "veranderd. Dat ziet u aan de controlecode onderaan elke bladzijde: die "
                        "code hoort alleen bij dit plan."
                    ),
                    "intro",
                )
            )
            for signature in signed:
                blocks.append(self.signature_block(signature, filled=True))
        else:
            story.append(
                self.fixed(
                    _tr(
                        "Met uw handtekening zegt u dat u dit plan heeft gelezen. Wie meehelpt, "
                        "tekent ook."
                    ),
                    "intro",
                )
            )
            for signer in self.snap.get("signers", []):
                blocks.append(self.signature_block(signer, filled=False))
        half = (self.width - 6 * mm) / 2
        entries = signed or self.snap.get("signers", [])
        if any(block.wrap(half, S.PAGE[1])[1] > SIGNATURE_TALL for block in blocks):
            # A block side by side with another could not split across pages: when
            # one is long (a very long name), each takes the full width, one under
            # the other, and splits like any table.
            for entry in entries:
                block = self.signature_block(entry, filled=bool(signed), width=self.width)
                story += [block, Spacer(1, 5 * mm)]
            return story
        rows = [
            blocks[i : i + 2] + [""] * (2 - len(blocks[i : i + 2]))
            for i in range(0, len(blocks), 2)
        ]
        if rows:
            grid = Table(
                [[row[0], "", row[1]] for row in rows],
                colWidths=[half, 6 * mm, half],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                    ]
                ),
                hAlign="LEFT",
            )
            story.append(grid)
        return story

    def signature_block(self, entry: dict[str, Any], *, filled: bool, width: float = 0.0) -> Table:
        role = entry.get("role", "")
        name = self.signer_name(entry)
        width = width or (self.width - 6 * mm) / 2
        line = "_" * 30
        if filled:
            agreement = SHORT_AGREEMENT.get(entry.get("agreement", ""), "")
            rows = [
                (_tr("Naam"), name or line),
                (_tr("Datum"), long_date(entry.get("date"))),
                (_tr("Plaats"), entry.get("place") or "–"),
                (_tr("Eens met het plan"), agreement),
            ]
            if str(entry.get("remarks") or "").strip():
                rows.append((_tr("Opmerkingen"), str(entry["remarks"]).strip()))
        else:
            rows = [
                (_tr("Naam"), name or line),
                (_tr("Datum"), line),
                (_tr("Plaats"), line),
                (
                    _tr("Eens met het plan"),
                    _tr("{box} ja   {box} ja, met opmerkingen   {box} nee").format(box=UNCHECKED),
                ),
            ]
        data: list[list[Any]] = [[self.fixed(ROLE.get(role, role), "cell_bold"), ""]]
        data += [[self.fixed(k, "small"), self.user(v, "cell")] for k, v in rows]
        data.append([self.fixed(_tr("Handtekening"), "small"), ""])
        return PlanTable(
            data,
            colWidths=[31 * mm, width - 31 * mm],
            splitInRow=50,
            rowHeights=[None] * (len(data) - 1) + [16 * mm],
            style=TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), S.HEADER_FILL),
                    ("BOX", (0, 0), (-1, -1), 0.6, S.RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (1, -1), (1, -1), 0.6, S.INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
        )


def render_snapshot(
    snapshot: dict[str, Any],
    *,
    fingerprint: str = "",
    signed_at: str = "",
    pseudonymise: bool = False,
    progress: Progress | None = None,
    log_head: Head | None = None,
) -> bytes:
    return PlanRenderer(
        snapshot,
        fingerprint=fingerprint,
        signed_at=signed_at,
        pseudonymise=pseudonymise,
        progress=progress,
        log_head=log_head,
    ).render()


def render_version(
    plan: PlanVersion,
    instrument: Instruments,
    *,
    case_file: CaseFile | None = None,
    today: dt.date | None = None,
    pseudonymise: bool = False,
    progress: Progress | None = None,
    log_head: Head | None = None,
    language: str = "nl",
) -> bytes:
    """The PDF of a plan version: a signed one only from its stored snapshot (the same
    bytes every time for the same `log_head`), a draft from `case_file` as it is now.
    `instrument`: the catalogue (each assessment's instrument by id and version) or one
    instrument; `language`: of the instrument texts (the plan is printed in Dutch)."""
    from eigenkracht.core.model import PlanStatus
    from eigenkracht.core.plan import snapshot_of

    snapshot = snapshot_of(plan, instrument, case_file=case_file, today=today, language=language)
    signed = plan.status is PlanStatus.SIGNED
    return render_snapshot(
        snapshot,
        fingerprint=plan.fingerprint if signed else "",
        signed_at=plan.signed_at if signed else "",
        pseudonymise=pseudonymise,
        progress=progress,
        log_head=log_head,
    )


__all__ = [
    "PlanRenderer",
    "PlanTable",
    "action_when",
    "figure_image",
    "long_date",
    "maatwerk_points",
    "render_snapshot",
    "render_version",
]
