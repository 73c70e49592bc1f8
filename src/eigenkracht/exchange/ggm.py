"""The export for the municipality's systems, mapped to the Gemeentelijk Gegevensmodel
(GGM v2.5.1: Model Sociale Teams, Model Sociaal Domein Generiek, Model Jeugd en Wmo
Generiek).

    document = build(case_files, catalogue, exported_at, settings=ExportSettings())
    text = dumps(document)

One JSON document holds one case or a selection: per GGM object type a list of objects,
named and with attributes as the GGM names them, linked by local ids ("Score/3") under
the association names of the GGM's own tables (docs/ggm-mapping.md has the table: GGM
object and attribute to eigenkracht field, and what has no counterpart). What the GGM has
no attribute for travels in each object's `eigenkracht` object: the two perspectives,
the at-home source, the self/network/professional split, the network's help, the
instrument's keys.

Privacy: no names, dates of birth, contact details or addresses of anyone; network
persons by their role ("dochter", "buurvrouw 2", core.privacy); their names and the
members' names, where free text holds them in full or by a unique first name, replaced
by that role (core.plan.name_replacements; best effort, as the pseudonymised print). A
Client carries an identifier only when the organisation set one (export.toml,
`client_code`; default none). Pure: takes CaseFile objects, no Qt, no database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from eigenkracht import __version__
from eigenkracht.core.assessments import is_blank
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError
from eigenkracht.core.model import (
    ActorKind,
    CaseFile,
    CaseKind,
    Member,
    NetworkPerson,
    PlanStatus,
    Sector,
)
from eigenkracht.core.plan import name_replacements, scrub
from eigenkracht.core.privacy import pseudonyms
from eigenkracht.core.process import deadlines
from eigenkracht.exchange.organisation import ClientCode, ExportSettings

FORMAT: Final = "eigenkracht-ggm"
VERSION: Final = 1
GGM_VERSION: Final = "2.5.1"
GGM_SOURCE: Final = "https://github.com/Gemeente-Delft/Gemeentelijk-Gegevensmodel"
GGM_MODELS: Final = (
    "Model Sociale Teams",
    "Model Sociaal Domein Generiek",
    "Model Jeugd en Wmo Generiek",
)

# Every object type of the document, in this order (empty lists included).
OBJECT_TYPES: Final = (
    "SociaalTeamDossier",
    "SociaalteamDossiersoort",
    "Caseaanmelding",
    "Client",
    "Relatie",
    "Zelfredzaamheidmatrix",
    "Leefgebied",
    "Scoresoort",
    "Score",
    "Doelstelling",
    "Behandelsoort",
    "Behandeling",
    "AOMMeldingWmoJeugd",
    "AOM_AanvraagWmoJeugd",
    "Beschikking",
)

# Relatie.relatiesoort is an integer in the GGM without a code list of its own: this
# program's codes, by the sector of the network map (docs/ggm-mapping.md).
RELATIESOORT: Final = {
    Sector.FAMILY: 1,
    Sector.FRIENDS: 2,
    Sector.WORK: 3,
    Sector.PROFESSIONAL: 4,
}
SECTOR_LABEL: Final = {
    Sector.FAMILY: "familie",
    Sector.FRIENDS: "vrienden en buren",
    Sector.WORK: "werk, school en clubs",
    Sector.PROFESSIONAL: "professionals en organisaties",
}

# Behandelsoort: who carries out an action, in the eigen-kracht order.
BEHANDELSOORT: Final = {
    ActorKind.SELF: ("Zelf", "De inwoner doet het zelf."),
    ActorKind.NETWORK: ("Netwerk", "Iemand uit het eigen netwerk doet het."),
    ActorKind.VOLUNTEER: ("Vrijwilliger", "Een vrijwilliger doet het."),
    ActorKind.GENERAL_FACILITY: (
        "Algemene voorziening",
        "Een vrij toegankelijke voorziening in de buurt, zonder beschikking.",
    ),
    ActorKind.PROFESSIONAL: ("Professional", "Een professional of organisatie doet het."),
    ActorKind.MAATWERK: (
        "Maatwerkvoorziening",
        "Ondersteuning die de gemeente speciaal voor de inwoner regelt.",
    ),
}
# The actor's name is carried only for these (organisations, facilities): a volunteer's
# name is a third party's.
NAMED_ACTORS: Final = (ActorKind.GENERAL_FACILITY, ActorKind.PROFESSIONAL, ActorKind.MAATWERK)

# The GGM enumeration "Wet".
WET: Final = {CaseKind.WMO: "Wmo", CaseKind.JEUGD: "Jeugdwet"}

HOUSEHOLD_ROLE: Final = "huishouden"
MEMBER_ROLE: Final = "lid van het huishouden"

MISSING_INSTRUMENT: Final = (
    "De definitie van dit instrument is hier niet geïnstalleerd en niet bij de gegevens "
    "bewaard: de namen van de leefgebieden en niveaus ontbreken, de sleutels en getallen "
    "staan erin."
)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(moment: str) -> str | None:
    """The date of an ISO moment ("2026-11-09T10:00:00Z" -> "2026-11-09")."""
    return moment[:10] if moment else None


@dataclass
class _Objects:
    """The document's objects by type, with local ids and shared type objects."""

    lists: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in OBJECT_TYPES}
    )
    shared: dict[tuple[Any, ...], str] = field(default_factory=dict)

    def add(self, kind: str, attributes: dict[str, Any]) -> str:
        ident = f"{kind}/{len(self.lists[kind]) + 1}"
        self.lists[kind].append({"id": ident, **attributes})
        return ident

    def once(self, key: tuple[Any, ...], kind: str, attributes: dict[str, Any]) -> str:
        """A shared object (a type, a life domain, an instrument): one per key."""
        if key not in self.shared:
            self.shared[key] = self.add(kind, attributes)
        return self.shared[key]

    def get(self, ident: str) -> dict[str, Any]:
        kind, _, number = ident.partition("/")
        return self.lists[kind][int(number) - 1]


class _Names:
    """Free text without the names of the household's members and the network's
    persons: each replaced by their role (best effort, see the module docstring)."""

    def __init__(self, case_file: CaseFile) -> None:
        self.network = pseudonyms(case_file.network)
        people: list[NetworkPerson] = [
            p for p in case_file.network if p.id is not None and p.id > 0
        ]
        aliases = dict(self.network)
        for number, member in enumerate(case_file.members, start=1):
            fake_id = -number  # never a network person's id
            people.append(NetworkPerson(case_id=0, id=fake_id, name=member.name))
            aliases[fake_id] = member_role(member)
        self.replacements: list[tuple[re.Pattern[str], str]] = name_replacements(people, aliases)

    def text(self, value: str) -> str:
        return scrub(value, self.replacements) if value else value

    def person(self, person: NetworkPerson) -> str:
        return self.network.get(person.id or 0, person.role.strip() or "netwerklid")


def member_role(member: Member) -> str:
    return " ".join(member.role.split()).lower() or MEMBER_ROLE


class _Instruments:
    """Per instrument (id, version) the Zelfredzaamheidmatrix with its Leefgebieden and
    Scoresoorten, made when first needed; the names and labels from the catalogue."""

    def __init__(self, objects: _Objects, catalogue: Catalogue) -> None:
        self.objects = objects
        self.catalogue = catalogue

    def find(self, ident: str, version: str) -> Instrument | None:
        try:
            return self.catalogue.get(ident, version)
        except InstrumentError:
            return None

    def matrix(self, ident: str, version: str) -> str:
        key = ("Zelfredzaamheidmatrix", ident, version)
        if key in self.objects.shared:
            return self.objects.shared[key]
        found = self.find(ident, version)
        attributes: dict[str, Any] = {
            "naam": found.name if found else ident,
            "omschrijving": found.description if found else None,
            "datumStartGeldigheid": None,
            "datumEindeGeldigheid": None,
            "onderkentLeefgebieden": [],
            "onderkentScores": [],
            "eigenkracht": {
                "instrument": ident,
                "versie": version,
                "soort": found.kind.value if found else None,
                "voorWie": found.scope.value if found else None,
                "licentie": found.licence if found else None,
                "schaal": (
                    {"min": found.scale.minimum, "max": found.scale.maximum} if found else None
                ),
                "ontbreekt": None if found else MISSING_INSTRUMENT,
            },
        }
        matrix = self.objects.once(key, "Zelfredzaamheidmatrix", attributes)
        if found is not None:
            for domain in found.domains:
                self.leefgebied(ident, version, domain.key)
            for value in found.scale.values():
                self.scoresoort(ident, version, value)
        return matrix

    def leefgebied(self, ident: str, version: str, key: str) -> str:
        shared = ("Leefgebied", ident, version, key)
        if shared in self.objects.shared:
            return self.objects.shared[shared]
        matrix = self.matrix(ident, version)
        if shared in self.objects.shared:  # made with the matrix
            return self.objects.shared[shared]
        found = self.find(ident, version)
        domain = None
        if found is not None and key in found.domain_keys():
            domain = found.domain(key)
        made = self.objects.once(
            shared,
            "Leefgebied",
            {
                "naam": domain.name if domain else key,
                "eigenkracht": {
                    "sleutel": key,
                    "burgernaam": domain.citizen_name if domain else None,
                    "zelfredzaamheidmatrix": matrix,
                },
            },
        )
        self.objects.get(matrix)["onderkentLeefgebieden"].append(made)
        return made

    def scoresoort(self, ident: str, version: str, value: int) -> str:
        shared = ("Scoresoort", ident, version, value)
        if shared in self.objects.shared:
            return self.objects.shared[shared]
        matrix = self.matrix(ident, version)
        if shared in self.objects.shared:
            return self.objects.shared[shared]
        found = self.find(ident, version)
        made = self.objects.once(
            shared,
            "Scoresoort",
            {
                "niveau": str(value),
                "eigenkracht": {
                    "waarde": value,
                    "label": level_label(found, value) if found else None,
                    "zelfredzaamheidmatrix": matrix,
                },
            },
        )
        self.objects.get(matrix)["onderkentScores"].append(made)
        return made

    def for_domain(
        self, key: str, preferred: str, used: Sequence[tuple[str, str]]
    ) -> tuple[str | None, Instrument | None]:
        """The Leefgebied (and its instrument) of a domain key that a goal or the
        network's help names: of `preferred` ("id@version", a goal's instrument) when it
        has the key, else of the first instrument the case used that has it, else of the
        organisation's default set. (None, None) when no instrument knows the key."""
        candidates: list[tuple[str, str]] = []
        if preferred:
            ident, _, version = preferred.partition("@")
            candidates.append((ident, version))
        candidates += used
        with contextlib.suppress(InstrumentError):  # nothing installed: no defaults
            candidates += [(i.id, i.version) for i in self.catalogue.defaults()]
        for ident, version in candidates:
            found = self.find(ident, version)
            if found is not None and key in found.domain_keys():
                return self.leefgebied(ident, version, key), found
        return None, None


def level_label(instrument: Instrument, value: int) -> str | None:
    """The professional's label of a level; a score's two ends only."""
    scale = instrument.scale
    if scale.levels:
        try:
            return scale.level(value).label
        except KeyError:
            return None
    if value == scale.minimum:
        return scale.low.label
    if value == scale.maximum:
        return scale.high.label
    return None


def _applicant(members: Sequence[Member]) -> Member | None:
    for member in members:
        if member_role(member) == "aanvrager":
            return member
    return members[0] if members else None


def _signed_day(case_file: CaseFile) -> str | None:
    """The day the newest signed plan version was signed (datumVaststelling)."""
    signed = [p for p in case_file.plans if p.status is PlanStatus.SIGNED]
    if not signed:
        return None
    newest = max(signed, key=lambda p: p.number)
    if newest.signed_at:
        return _day(newest.signed_at)
    days = [s.date for s in newest.signatures]
    return _date(max(days)) if days else None


class _Case:
    """The objects of one case."""

    def __init__(
        self,
        case_file: CaseFile,
        objects: _Objects,
        instruments: _Instruments,
        settings: ExportSettings,
        today: dt.date,
    ) -> None:
        self.cf = case_file
        self.today = today
        self.objects = objects
        self.instruments = instruments
        self.settings = settings
        self.names = _Names(case_file)
        self.clients: dict[int | None, str] = {}
        self.relaties: dict[int, str] = {}
        self.goals: dict[int, str] = {}
        self.conversations = {c.id: c for c in case_file.conversations}
        self.used: list[tuple[str, str]] = list(
            dict.fromkeys((a.instrument_id, a.instrument_version) for a in case_file.assessments)
        )

    def build(self) -> str:
        case = self.cf.case
        self.add_clients()
        main = self.clients[None]
        soort_name = WET[case.case_kind]
        soort = self.objects.once(
            ("SociaalteamDossiersoort", soort_name),
            "SociaalteamDossiersoort",
            {
                "naam": soort_name,
                "omschrijving": f"Dossier van het sociaal team onder de {soort_name}.",
            },
        )
        aanmelding = None
        if case.melding_date is not None:
            aanmelding = self.objects.add("Caseaanmelding", {"datum": _date(case.melding_date)})
        first = min((c.date for c in self.cf.conversations), default=None)
        dossier = self.objects.add(
            "SociaalTeamDossier",
            {
                "datumStart": _date(case.melding_date or first),
                "datumEinde": _date(case.closed_on),
                "datumVaststelling": _signed_day(self.cf),
                "omschrijving": self.names.text(self.latest("question")) or None,
                "status": case.status.value,
                "heeftClient": main,
                "heeftSoort": soort,
                "heeftAanmelding": aanmelding,
                "eigenkracht": self.dossier_extension(),
            },
        )
        self.add_relaties(dossier)
        self.add_scores()
        self.add_goals(dossier)
        self.add_route()
        return dossier

    def latest(self, name: str) -> str:
        for conversation in sorted(
            self.cf.conversations, key=lambda c: (c.date, c.id or 0), reverse=True
        ):
            value = str(getattr(conversation, name) or "").strip()
            if value:
                return value
        return ""

    def dossier_extension(self) -> dict[str, Any]:
        case = self.cf.case
        return {
            "kenmerk": case.reference
            if self.settings.client_code is ClientCode.REFERENCE
            else None,
            "wet": WET[case.case_kind],
            "watBelangrijkIs": self.names.text(self.latest("what_matters")) or None,
            "persoonlijkPlanAangeboden": case.persoonlijk_plan_offered,
            "persoonlijkPlanOntvangen": _date(case.persoonlijk_plan_received),
            "familiegroepsplanAangeboden": _date(case.familiegroepsplan_offered),
            "clientondersteuningAangeboden": case.clientondersteuning_offered,
            "clientondersteuningDatum": _date(case.clientondersteuning_date),
            "identiteitGecontroleerd": case.identity_checked,
            "onderzoekDatum": _date(case.onderzoek_date),
            "verslagVerstuurd": _date(case.verslag_sent),
            "geevalueerdOp": _date(case.evaluated_on),
            "gesprekken": [
                {
                    "datum": _date(c.date),
                    "soort": c.kind.value,
                    "welbevinden": c.wellbeing,
                }
                for c in sorted(self.cf.conversations, key=lambda c: (c.date, c.id or 0))
            ],
            "planversies": [
                {
                    "nummer": p.number,
                    "status": p.status.value,
                    "datumOndertekend": _day(p.signed_at),
                    "evaluatiedatum": _date(p.evaluation_date),
                    "vingerafdruk": p.fingerprint or None,
                }
                for p in sorted(self.cf.plans, key=lambda p: p.number)
            ],
            "termijnen": [
                {
                    "soort": d.kind.value,
                    "start": _date(d.start),
                    "uiterlijk": _date(d.due),
                    "stand": d.state.value,
                }
                for d in deadlines(case, self.today)
            ],
        }

    def add_clients(self) -> None:
        members = self.cf.members
        applicant = _applicant(members)
        for number, member in enumerate(members, start=1):
            ident = self.objects.add("Client", self.client(member_role(member), number, member))
            self.clients[member.id] = ident
            if member is applicant:
                self.clients[None] = ident
        if None not in self.clients:  # no members recorded: the household as one client
            self.clients[None] = self.objects.add("Client", self.client(HOUSEHOLD_ROLE, 0, None))

    def client(self, role: str, number: int, member: Member | None) -> dict[str, Any]:
        code = None
        if self.settings.client_code is ClientCode.REFERENCE:
            code = f"{self.cf.case.reference}-{number}"
        return {
            "code": code,
            "gezagsdragerGekend": None,
            "juridischeStatus": None,
            "wettelijkeVertegenwoordiging": None,
            "eigenkracht": {
                "rol": role,
                "aanvrager": member is not None and member is _applicant(self.cf.members),
            },
        }

    def add_relaties(self, dossier: str) -> None:
        for person in sorted(self.cf.network, key=lambda p: p.id or 0):
            helps = [
                {
                    "leefgebied": self.instruments.for_domain(help.domain, "", self.used)[0],
                    "leefgebiedSleutel": help.domain,
                    "soort": help.kind.value,
                    "wat": self.names.text(help.what) or None,
                }
                for help in person.helps
            ]
            ident = self.objects.add(
                "Relatie",
                {
                    "relatiesoort": RELATIESOORT[person.sector],
                    "client": [self.clients[None]],
                    "sociaalTeamDossier": [dossier],
                    "eigenkracht": {
                        "naam": self.names.person(person),
                        "rol": person.role.strip() or None,
                        "sector": person.sector.value,
                        "sectorNaam": SECTOR_LABEL[person.sector],
                        "kring": person.ring.value,
                        "kwaliteit": person.quality.value,
                        "richtingHulp": person.direction.value,
                        "contactfrequentie": person.contact_frequency.strip() or None,
                        "mantelzorger": person.is_mantelzorger,
                        "overbelast": person.overburdened,
                        "heeftOndersteuningNodig": person.needs_support,
                        "magBenaderdWorden": person.may_contact,
                        "sinds": _date(person.since),
                        "tot": _date(person.until),
                        "helptMet": helps,
                    },
                },
            )
            if person.id is not None:
                self.relaties[person.id] = ident

    def add_scores(self) -> None:
        for assessment in self.cf.assessments:
            conversation = self.conversations.get(assessment.conversation_id)
            client = self.clients.get(assessment.member_id, self.clients[None])
            ident, version = assessment.instrument_id, assessment.instrument_version
            self.instruments.matrix(ident, version)
            for score in assessment.scores:
                if is_blank(score):
                    continue
                level = None if score.not_discussed else score.level
                self.objects.add(
                    "Score",
                    {
                        "datum": _date(conversation.date) if conversation else None,
                        "heeft": client,
                        "hoogteScore": (
                            self.instruments.scoresoort(ident, version, level)
                            if level is not None
                            else None
                        ),
                        "scoreBijLeeggebied": self.instruments.leefgebied(
                            ident, version, score.domain
                        ),
                        "eigenkracht": {
                            "instrument": f"{ident}@{version}",
                            "perspectief": assessment.perspective.value,
                            "bron": assessment.source.value,
                            "voor": "lid" if assessment.member_id is not None else HOUSEHOLD_ROLE,
                            "gesprekSoort": conversation.kind.value if conversation else None,
                            "nietBesproken": score.not_discussed,
                            "reden": self.names.text(score.reason) or None,
                            "situatie": self.names.text(score.situation) or None,
                            "sterkeKanten": self.names.text(score.strengths) or None,
                            "zorgen": self.names.text(score.concerns) or None,
                            "aandeel": {
                                "zelf": score.share_self,
                                "netwerk": score.share_network,
                                "professional": score.share_professional,
                            },
                            "wilBespreken": score.wants_to_discuss,
                        },
                    },
                )

    def add_goals(self, dossier: str) -> None:
        for goal in self.cf.goals:
            leefgebied, instrument = self.instruments.for_domain(
                goal.domain, goal.instrument, self.used
            )
            target_label = None
            if instrument is not None and goal.target_level is not None:
                target_label = level_label(instrument, goal.target_level)
            doel = self.objects.add(
                "Doelstelling",
                {
                    "omschrijving": self.names.text(goal.text),
                    "heeftDoelstelling": dossier,
                    "eigenkracht": {
                        "leefgebied": leefgebied,
                        "leefgebiedSleutel": goal.domain,
                        "instrument": goal.instrument or (instrument.ref if instrument else None),
                        "voor": self.clients.get(goal.member_id) if goal.member_id else None,
                        "hoeWeWetenHet": self.names.text(goal.measure) or None,
                        "datumGereed": _date(goal.due_date),
                        "doelniveau": goal.target_level,
                        "doelniveauLabel": target_label,
                        "auteur": goal.author.value,
                        "status": goal.status.value,
                    },
                },
            )
            if goal.id is not None:
                self.goals[goal.id] = doel
            for action in sorted(goal.actions, key=lambda a: (a.actor_kind.order, a.id or 0)):
                naam, omschrijving = BEHANDELSOORT[action.actor_kind]
                soort = self.objects.once(
                    ("Behandelsoort", action.actor_kind.value),
                    "Behandelsoort",
                    {
                        "naam": naam,
                        "omschrijving": omschrijving,
                        "eigenkracht": {
                            "wie": action.actor_kind.value,
                            "volgorde": action.actor_kind.order + 1,
                        },
                    },
                )
                named = action.actor_kind in NAMED_ACTORS and action.actor_name.strip()
                self.objects.add(
                    "Behandeling",
                    {
                        "datumStart": None,
                        "datumEinde": _date(action.due_date),
                        "toelichting": self.names.text(action.what),
                        "heeftBehandeling": dossier,
                        "isVanSoort": soort,
                        "eigenkracht": {
                            "doelstelling": doel,
                            "wie": action.actor_kind.value,
                            "relatie": self.relaties.get(action.network_person_id or 0),
                            "uitvoerder": self.names.text(action.actor_name.strip())
                            if named
                            else None,
                            "maatwerkSoort": action.maatwerk_kind.strip() or None,
                            "status": action.status.value,
                            "doorlopend": action.ongoing,
                        },
                    },
                )

    def add_route(self) -> None:
        case = self.cf.case
        client = self.clients[None]
        wet = WET[case.case_kind]
        first = min((c.date for c in self.cf.conversations), default=None)
        melding = None
        if case.melding_date is not None:
            handled = case.verslag_sent or case.closed_on
            melding = self.objects.add(
                "AOMMeldingWmoJeugd",
                {
                    "soort": "Melding",
                    "datumAanmaak": _date(case.melding_date),
                    "afgehandeld": handled is not None,
                    "datumAfhandeling": _date(handled),
                    "aanmelder": None,
                    "aanmeldingDoor": None,
                    "aanmeldingDoorLandelijk": None,
                    "aanmeldwijze": None,
                    "redenAfsluiting": None,
                    "isClientOpDeHoogte": None,
                    "deskundigheid": None,
                    "vervolg": None,
                    "onderzoekswijze": None,
                    "verwezen": None,
                    "heeft": client,
                    "eigenkracht": {
                        "wet": wet,
                        "onderzoekDatum": _date(case.onderzoek_date or first),
                        "verslagVerstuurd": _date(case.verslag_sent),
                    },
                },
            )
        aanvraag = None
        if case.aanvraag_date is not None:
            term = next(
                (d for d in deadlines(case, self.today) if d.kind.value == "beschikking"),
                None,
            )
            aanvraag = self.objects.add(
                "AOM_AanvraagWmoJeugd",
                {
                    "soort": "Aanvraag",
                    "datumAanmaak": _date(case.aanvraag_date),
                    "afgehandeld": case.beschikking_date is not None,
                    "datumAfhandeling": _date(case.beschikking_date),
                    "datumStartAanvraag": _date(case.aanvraag_date),
                    "datumBeschikking": _date(case.beschikking_date),
                    "datumEersteAfspraak": _date(first),
                    "datumPlanVastgesteld": _signed_day(self.cf),
                    "datumEinde": _date(case.beschikking_date),
                    "maximaleDoorlooptijd": (
                        str((term.due - term.start).days) if term is not None else None
                    ),
                    "clientReactie": None,
                    "deskundigheid": None,
                    "doorloopmethodiek": None,
                    "redenAfsluiting": None,
                    "heeft": client,
                    "eigenkracht": {
                        "wet": wet,
                        "uiterlijkeBeschikking": _date(term.due) if term else None,
                    },
                },
            )
        if case.beschikking_date is not None:
            self.objects.add(
                "Beschikking",
                {
                    "datumAfgifte": _date(case.beschikking_date),
                    "wet": wet,
                    "code": None,
                    "grondslagen": None,
                    "commentaar": None,
                    "client": client,
                    "leidtTot": aanvraag,
                    "betreft": [melding] if melding else [],
                },
            )


def build(
    case_files: Iterable[CaseFile],
    catalogue: Catalogue,
    exported_at: str,
    *,
    settings: ExportSettings | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The GGM document of these cases (one or a selection), in their order. `today`:
    the day the state of the statutory terms is judged on (default: the real date)."""
    chosen = settings or ExportSettings()
    objects = _Objects()
    instruments = _Instruments(objects, catalogue)
    for case_file in case_files:
        _Case(case_file, objects, instruments, chosen, today or dt.date.today()).build()
    return {
        "format": FORMAT,
        "version": VERSION,
        "ggm": {"versie": GGM_VERSION, "modellen": list(GGM_MODELS), "bron": GGM_SOURCE},
        "exported_at": exported_at,
        "program_version": __version__,
        "client_code": chosen.client_code.value,
        "objects": objects.lists,
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "FORMAT",
    "GGM_VERSION",
    "OBJECT_TYPES",
    "RELATIESOORT",
    "VERSION",
    "build",
    "dumps",
    "level_label",
]
