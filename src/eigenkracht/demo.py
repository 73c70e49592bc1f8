"""Fictional demo households, for trying the program and for benchmarks.

Everything here is made up: names, addresses and stories. The households are
built through the Repository only (no SQL), so the demo also exercises the
audit log. The data are deterministic: a fixed random generator and dates
relative to `today`, so the Wmo deadlines always show a realistic spread of
far, near and overdue.

Two households are benchmarks: the Bakker family (all 13 life domains scored,
28 people on the network map, 20 goals: the largest plan PDF) and Mr Hoekstra
(20 conversations over two years: the longest history).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eigenkracht.core import serial
from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    ActorKind,
    Agreement,
    Assessment,
    AssessmentSource,
    Author,
    Case,
    CaseStatus,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    GoalStatus,
    HelpDirection,
    HelpKind,
    IdDocument,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanVersion,
    Quality,
    Ring,
    Sector,
    Signature,
    SignerRole,
)
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository

if TYPE_CHECKING:
    from eigenkracht.store.crypto import KdfParams

SEED = 2026
LEEFGEBIEDEN = "leefgebieden"
LEEFGEBIEDEN_VERSION = "1.0"
LADDER = "participatieladder"
LADDER_VERSION = "1.0"
LADDER_DOMAIN = "meedoen"
# The domain keys of the bundled life-domain instrument, in its order.
DOMAINS = tuple(
    domain.key
    for instrument in bundled_instruments()
    if instrument.id == LEEFGEBIEDEN
    for domain in instrument.domains
)
NOT_NEEDED = "Niet nodig: hier gaat het goed"
NOT_NOW = "Inwoner wil hier nu niet over praten"
SANNE = "Sanne Visser"
AHMED = "Ahmed El Amrani"
JOKE = "Joke Mulder"
PLACE = "Oosterveld"  # the fictional town of the demo

# Short names for the enumerations, to keep the tables below readable.
FAM, VRI, WRK, PRO = Sector.FAMILY, Sector.FRIENDS, Sector.WORK, Sector.PROFESSIONAL
INT, FRI, ACQ, SRV = Ring.INTIMATE, Ring.FRIEND, Ring.ACQUAINTANCE, Ring.SERVICE
STRONG, WEAK, STRESS = Quality.STRONG, Quality.WEAK, Quality.STRESSFUL
GIVES, RECEIVES, BOTH, NONE = (
    HelpDirection.GIVES,
    HelpDirection.RECEIVES,
    HelpDirection.BOTH,
    HelpDirection.NONE,
)
NOW, COULD = HelpKind.NOW, HelpKind.COULD

_PROGRESS = {
    1: "Sinds het vorige gesprek gaat het hier beter.",
    0: "Sinds het vorige gesprek is hier weinig veranderd.",
    -1: "Sinds het vorige gesprek gaat het hier minder goed.",
}


@dataclass(frozen=True)
class Domain:
    """One relevant life domain of a household, with its level per conversation.

    `citizen` and `professional` hold one level per conversation; a short tuple
    keeps its last level for later conversations. `own` is the situation in the
    citizen's own words (their perspective); `first` is the first conversation in
    which the domain was discussed (before it, the citizen did not want to)."""

    key: str
    situation: str
    strengths: str
    concerns: str
    citizen: tuple[int, ...]
    professional: tuple[int, ...]
    own: str = ""
    first: int = 0


@dataclass(frozen=True)
class Visit:
    """One conversation of a household."""

    date: dt.date
    kind: ConversationKind
    place: str
    present: tuple[str, ...]
    question: str
    what_matters: str
    wellbeing: int
    notes: str


@dataclass
class Person:
    """One person on a network map (the table form of NetworkPerson)."""

    name: str
    role: str
    sector: Sector
    ring: Ring
    quality: Quality = STRONG
    direction: HelpDirection = GIVES
    frequency: str = ""
    helps: Sequence[tuple[str, HelpKind, str]] = ()
    notes: str = ""
    mantelzorger: bool = False
    overburdened: bool = False
    needs_support: bool = False
    may_contact: bool = True
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass
class Do:
    """One action: who does what (the table form of Action)."""

    kind: ActorKind
    what: str
    who: str = ""  # network: the person's name; others: the actor's name
    maatwerk: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED


@dataclass
class Aim:
    """One goal with its actions (the table form of Goal)."""

    domain: str
    text: str
    measure: str
    due: dt.date
    target: int | None
    author: Author = Author.TOGETHER
    status: GoalStatus = GoalStatus.OPEN
    actions: Sequence[Do] = ()
    member: str = ""  # name of the member the goal is about, if one


def _level(levels: tuple[int, ...], index: int) -> int:
    return levels[min(index, len(levels) - 1)]


def weekday(day: dt.date) -> dt.date:
    """The day itself, or the Friday before when it falls in a weekend."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class Builder:
    """Builds households through the Repository, with one random generator."""

    repo: Repository
    today: dt.date
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    references: list[str] = field(default_factory=list)
    member_ids: dict[str, int] = field(default_factory=dict)

    # -- dates -----------------------------------------------------------------

    def days_ago(self, days: int) -> dt.date:
        return weekday(self.today - dt.timedelta(days=days))

    def weeks_ago(self, weeks: float) -> dt.date:
        return self.days_ago(round(weeks * 7))

    def in_weeks(self, weeks: float) -> dt.date:
        day = self.today + dt.timedelta(days=round(weeks * 7))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return day

    def born(self, age: int, month: int, day: int) -> dt.date:
        """A birth date that makes the person `age` years old today."""
        birthday = dt.date(self.today.year, month, day)
        year = self.today.year - age - (1 if birthday > self.today else 0)
        return dt.date(year, month, day)

    # -- building blocks -------------------------------------------------------

    def case(
        self, household: str, members: Sequence[tuple[str, str, dt.date]], **fields: Any
    ) -> int:
        reference = self.repo.next_reference()
        case = Case(reference=reference, household_name=household, **fields)
        people = [Member(case_id=0, name=n, role=r, birth_date=b) for n, r, b in members]
        created = self.repo.create_case(case, people)
        assert created.case.id is not None
        self.references.append(reference)
        self.member_ids = {m.name: m.id for m in created.members if m.id is not None}
        return created.case.id

    def network(self, case_id: int, people: Sequence[Person]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for p in people:
            stored = self.repo.add_person(
                NetworkPerson(
                    case_id=case_id,
                    name=p.name,
                    role=p.role,
                    sector=p.sector,
                    ring=p.ring,
                    quality=p.quality,
                    direction=p.direction,
                    contact_frequency=p.frequency,
                    is_mantelzorger=p.mantelzorger,
                    overburdened=p.overburdened,
                    needs_support=p.needs_support,
                    may_contact=p.may_contact,
                    notes=p.notes,
                    since=p.since,
                    until=p.until,
                    helps=[NetworkHelp(d, k, w) for d, k, w in p.helps],
                )
            )
            assert stored.id is not None
            ids[p.name] = stored.id
        return ids

    def shares(self, level: int) -> tuple[int | None, int | None, int | None]:
        """Who carries the situation: the lower the level, the more others carry."""
        if self.rng.random() < 0.15:
            return None, None, None
        professional = (5 - level) * 10 + self.rng.choice((0, 5, 10))
        network = self.rng.choice((10, 15, 20, 25, 30, 35))
        return 100 - professional - network, network, professional

    def score(self, spec: Domain, index: int, perspective: Perspective) -> DomainScore:
        if index < spec.first:
            return DomainScore(spec.key, not_discussed=True, reason=NOT_NOW)
        levels = spec.citizen if perspective is Perspective.CITIZEN else spec.professional
        level = _level(levels, index)
        situation = spec.own if perspective is Perspective.CITIZEN and spec.own else spec.situation
        if index > spec.first:
            change = level - _level(levels, index - 1)
            situation += " " + _PROGRESS[(change > 0) - (change < 0)]
        own, network, professional = self.shares(level)
        return DomainScore(
            spec.key,
            level=level,
            situation=situation,
            strengths=spec.strengths,
            concerns=spec.concerns,
            share_self=own,
            share_network=network,
            share_professional=professional,
            wants_to_discuss=perspective is Perspective.CITIZEN and level <= 2,
        )

    def assess(
        self,
        conversation_id: int,
        specs: Sequence[Domain],
        index: int,
        perspective: Perspective,
        source: AssessmentSource = AssessmentSource.AT_TABLE,
        declined: Sequence[str] = (),
    ) -> None:
        by_key = {s.key: s for s in specs}
        scores = []
        for key in DOMAINS:
            if key in by_key:
                scores.append(self.score(by_key[key], index, perspective))
            else:
                reason = NOT_NOW if key in declined else NOT_NEEDED
                scores.append(DomainScore(key, not_discussed=True, reason=reason))
        self.repo.add_assessment(
            Assessment(
                conversation_id=conversation_id,
                instrument_id=LEEFGEBIEDEN,
                instrument_version=LEEFGEBIEDEN_VERSION,
                perspective=perspective,
                source=source,
                scores=scores,
            )
        )

    def conversations(
        self,
        case_id: int,
        visits: Sequence[Visit],
        specs: Sequence[Domain],
        declined: Sequence[str] = (),
    ) -> list[int]:
        """Each visit with both perspectives on the life domains; returns the ids."""
        ids = []
        for index, visit in enumerate(visits):
            stored = self.repo.add_conversation(
                Conversation(
                    case_id=case_id,
                    date=visit.date,
                    kind=visit.kind,
                    place=visit.place,
                    present=list(visit.present),
                    question=visit.question,
                    what_matters=visit.what_matters,
                    wellbeing=visit.wellbeing,
                    notes=visit.notes,
                )
            )
            assert stored.id is not None
            for perspective in (Perspective.CITIZEN, Perspective.PROFESSIONAL):
                self.assess(stored.id, specs, index, perspective, declined=declined)
            ids.append(stored.id)
        return ids

    def goals(self, case_id: int, aims: Sequence[Aim], people: dict[str, int]) -> None:
        for aim in aims:
            actions = []
            for do in aim.actions:
                action = Action(
                    goal_id=0,
                    what=do.what,
                    actor_kind=do.kind,
                    maatwerk_kind=do.maatwerk,
                    due_date=do.due,
                    status=do.status,
                )
                if do.kind is ActorKind.NETWORK:
                    action.network_person_id = people[do.who]
                elif do.kind is not ActorKind.SELF:
                    action.actor_name = do.who
                actions.append(action)
            self.repo.add_goal(
                Goal(
                    case_id=case_id,
                    domain=aim.domain,
                    text=aim.text,
                    member_id=self.member_ids[aim.member] if aim.member else None,
                    measure=aim.measure,
                    due_date=aim.due,
                    target_level=aim.target,
                    author=aim.author,
                    status=aim.status,
                    actions=actions,
                )
            )

    def sign(self, case_id: int, signatures: Sequence[Signature], **fields: Any) -> PlanVersion:
        """A new plan version, signed over a snapshot of the case as it is now."""
        plan = self.repo.new_plan_version(case_id, **fields)
        assert plan.id is not None
        snapshot = serial.to_plain(self.repo.load_case(case_id))
        snapshot.pop("plans", None)
        return self.repo.sign_plan(plan.id, snapshot, signatures)

    def ladder(
        self, conversation_id: int, member: str, citizen: int, professional: int, situation: str
    ) -> None:
        """The participation ladder (one rung for the whole person), both perspectives."""
        for perspective, rung in (
            (Perspective.CITIZEN, citizen),
            (Perspective.PROFESSIONAL, professional),
        ):
            self.repo.add_assessment(
                Assessment(
                    conversation_id=conversation_id,
                    instrument_id=LADDER,
                    instrument_version=LADDER_VERSION,
                    perspective=perspective,
                    member_id=self.member_ids[member],
                    scores=[DomainScore(LADDER_DOMAIN, level=rung, situation=situation)],
                )
            )

    def draft(self, case_id: int, **fields: Any) -> PlanVersion:
        return self.repo.new_plan_version(case_id, **fields)


# -- 1. Mevr. De Vries: alone after a hip operation, daughter overburdened ----------


def de_vries(b: Builder) -> None:
    greet, marian = "Greet de Vries", "Marian de Vries"
    case_id = b.case(
        "Mevr. De Vries",
        [(greet, "aanvrager", b.born(86, 3, 14))],
        status=CaseStatus.ONDERZOEK,
        coordinator=SANNE,
        melding_date=b.days_ago(38),  # the verslag falls due within days
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.ID_CARD,
    )
    specs = [
        Domain(
            "lichamelijke-gezondheid",
            "Nieuwe heup sinds vier maanden. Loopt binnen met een rollator, buiten nauwelijks."
            " Bang om te vallen.",
            "Doet trouw de oefeningen van de fysiotherapeut.",
            "Valrisico op de trap naar de slaapkamer.",
            citizen=(3, 3),
            professional=(2, 3),
            own="Mijn heup doet nog pijn als ik lang sta. Buiten durf ik niet alleen.",
        ),
        Domain(
            "dagelijkse-activiteiten",
            "Stofzuigen, de was en boodschappen lukken niet meer. Dochter Marian doet bijna alles.",
            "Kan zelf koken als de boodschappen in huis zijn.",
            "Marian kan dit niet lang meer volhouden.",
            citizen=(3, 2),
            professional=(2, 2),
            own="Ik kan het huishouden niet meer aan. Marian doet het nu, maar dat is niet goed.",
        ),
        Domain(
            "zelfzorg",
            "Wast zich zelf aan de wastafel. Douchen durft ze alleen als er iemand thuis is.",
            "Kleedt zich zelf aan en let goed op haar medicijnen.",
            "Douchen zonder hulp is onveilig.",
            citizen=(4, 4),
            professional=(3, 3),
        ),
        Domain(
            "sociaal-netwerk",
            "Weduwe sinds drie jaar. Dochter komt dagelijks, zoon woont in Canada."
            " Buurvrouw Els helpt soms.",
            "Goed contact met dochter en buurvrouw; kleinzoon wil graag helpen.",
            "Leunt zwaar op één persoon. Ziet weinig leeftijdgenoten sinds de operatie.",
            citizen=(4, 4),
            professional=(3, 3),
            own="Ik mis de koffieochtend in het buurthuis. Ik kom er niet meer.",
        ),
        Domain(
            "huisvesting",
            "Eengezinswoning met slaapkamer en badkamer boven. Steile trap.",
            "Woont er al 52 jaar en kent iedereen in de straat.",
            "De trap is na de operatie een risico.",
            citizen=(4, 4),
            professional=(3, 3),
            own="Ik wil hier blijven wonen. Verhuizen wil ik niet.",
        ),
    ]
    present = (greet, f"{marian} (dochter)", f"{SANNE} (wijkteam)")
    visits = [
        Visit(
            b.weeks_ago(4),
            ConversationKind.INTAKE,
            "Thuis, aan de keukentafel",
            present,
            "Ik kan het huishouden niet meer aan sinds mijn heup. En ik wil niet dat Marian"
            " alles moet doen.",
            "Thuis blijven wonen. Zelf kunnen blijven koken. Dat Marian weer gewoon mijn"
            " dochter kan zijn.",
            5,
            "Mevrouw vertelt open. Marian is moe en emotioneel; zij werkt 32 uur en heeft"
            " zelf een gezin. Over het overlijden van haar man wil mevrouw nu niet praten.",
        ),
        Visit(
            b.weeks_ago(1),
            ConversationKind.PROGRESS,
            "Thuis, aan de keukentafel",
            (*present, "cliëntondersteuner (MEE)"),
            "Hoe krijg ik hulp in huis, zonder dat het te duur wordt?",
            "Dat het huis schoon is. Weer eens naar de koffieochtend.",
            6,
            "Informatie over de eigen bijdrage gegeven. Mantelzorgconsulent heeft Marian"
            " gebeld. Mevrouw wil huishoudelijke hulp aanvragen.",
        ),
    ]
    b.conversations(case_id, visits, specs, declined=("geestelijke-gezondheid",))
    since = b.weeks_ago(4)
    people = b.network(
        case_id,
        [
            Person(
                marian,
                "dochter",
                FAM,
                INT,
                direction=BOTH,
                frequency="dagelijks",
                helps=[
                    ("dagelijkse-activiteiten", NOW, "boodschappen, was, schoonmaken"),
                    ("zelfzorg", NOW, "is thuis als moeder doucht"),
                ],
                notes="Werkt 32 uur, twee kinderen. Slaapt slecht, zegt dat ze op is.",
                mantelzorger=True,
                overburdened=True,
                needs_support=True,
                since=since,
            ),
            Person(
                "Peter de Vries",
                "zoon",
                FAM,
                FRI,
                WEAK,
                NONE,
                "eens per maand videobellen",
                notes="Woont in Canada.",
                may_contact=False,
                since=since,
            ),
            Person(
                "Tim de Vries",
                "kleinzoon",
                FAM,
                FRI,
                frequency="eens per twee weken",
                helps=[
                    ("sociaal-netwerk", COULD, "leert oma videobellen met Peter"),
                    ("dagelijkse-activiteiten", COULD, "boodschappen op zaterdag"),
                ],
                since=since,
            ),
            Person(
                "Els Kramer",
                "buurvrouw",
                VRI,
                FRI,
                direction=BOTH,
                frequency="paar keer per week",
                helps=[
                    ("dagelijkse-activiteiten", NOW, "neemt brood en melk mee"),
                    ("sociaal-netwerk", COULD, "samen naar de koffieochtend"),
                ],
                since=since,
            ),
            Person(
                "Truus Hendriks",
                "oud-buurvrouw",
                VRI,
                ACQ,
                WEAK,
                BOTH,
                notes="Verhuisd naar een verzorgingshuis in een andere stad.",
                may_contact=False,
                since=since,
                until=b.weeks_ago(2),
            ),
            Person(
                "Dr. Meijer",
                "huisarts",
                PRO,
                SRV,
                frequency="bij klachten",
                helps=[("lichamelijke-gezondheid", NOW, "controle heup en bloeddruk")],
                since=since,
            ),
            Person(
                "Karin (wijkverpleging)",
                "wijkverpleegkundige",
                PRO,
                SRV,
                frequency="twee keer per week",
                helps=[("zelfzorg", NOW, "steunkousen aan en uit")],
                since=since,
            ),
            Person(
                "Bert (fysiotherapie)",
                "fysiotherapeut",
                PRO,
                SRV,
                frequency="wekelijks",
                helps=[("lichamelijke-gezondheid", NOW, "oefeningen en looptraining")],
                since=since,
            ),
            Person(
                "Mevr. Dekker",
                "vrijwilliger bezoekdienst kerk",
                WRK,
                ACQ,
                frequency="eens per maand",
                helps=[("sociaal-netwerk", NOW, "komt op bezoek")],
                since=b.weeks_ago(1),  # came after the intake
            ),
        ],
    )
    b.goals(
        case_id,
        [
            Aim(
                "dagelijkse-activiteiten",
                "Het huis is schoon zonder dat Marian het doet.",
                "Marian maakt niet meer schoon; mevrouw is tevreden over het huis.",
                b.in_weeks(8),
                3,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Houdt zelf de keuken bij en doet de afwas.",
                        due=b.in_weeks(1),
                    ),
                    Do(
                        ActorKind.MAATWERK,
                        "Twee uur per week schoonmaken en de was.",
                        "Thuiszorg De Linde",
                        maatwerk="huishoudelijke hulp",
                        due=b.in_weeks(4),
                    ),
                ],
            ),
            Aim(
                "sociaal-netwerk",
                "Marian krijgt steun als mantelzorger en neemt elke week een vrije dag.",
                "Marian zegt in het volgende gesprek dat ze beter slaapt.",
                b.in_weeks(10),
                4,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Gesprek met mantelzorgconsulent over respijt.",
                        "Steunpunt Mantelzorg",
                        due=b.in_weeks(2),
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Doet op zaterdag de boodschappen, zodat Marian vrij is.",
                        "Tim de Vries",
                        due=b.in_weeks(2),
                    ),
                ],
            ),
            Aim(
                "sociaal-netwerk",
                "Weer elke week naar de koffieochtend.",
                "Mevrouw is vier keer geweest.",
                b.in_weeks(8),
                4,
                author=Author.CITIZEN,
                actions=[
                    Do(ActorKind.NETWORK, "Loopt op dinsdag mee naar het buurthuis.", "Els Kramer"),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Koffieochtend op dinsdag.",
                        "Buurthuis De Kroon",
                    ),
                    Do(
                        ActorKind.VOLUNTEER,
                        "Rijdt mevrouw bij regen met de auto.",
                        "Automaatje (vrijwillige chauffeur)",
                    ),
                ],
            ),
            Aim(
                "huisvesting",
                "Veilig de trap op en af.",
                "Geen val in drie maanden.",
                b.in_weeks(12),
                4,
                author=Author.PROFESSIONAL,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Kijkt thuis of een tweede trapleuning genoeg is.",
                        "Ergotherapeut Praktijk Oosterveld",
                        due=b.in_weeks(3),
                    ),
                ],
            ),
            Aim(
                "zelfzorg",
                "Veilig douchen, ook als Marian er niet is.",
                "Mevrouw doucht twee keer per week zonder Marian.",
                b.in_weeks(6),
                4,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Helpt bij het douchen op maandag en donderdag.",
                        "Karin (wijkverpleging)",
                    ),
                ],
            ),
        ],
        people,
    )
    b.draft(
        case_id,
        evaluation_date=b.in_weeks(12),
        agreements="Huishoudelijke hulp wordt aangevraagd. Marian krijgt steun van het"
        " Steunpunt Mantelzorg.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
    )


# -- 2. Fam. Bakker: three children and money worries (the largest household) ------


def bakker(b: Builder) -> None:
    mark, linda = "Mark Bakker", "Linda Bakker-de Groot"
    sem, noa, finn = "Sem Bakker", "Noa Bakker", "Finn Bakker"
    case_id = b.case(
        "Fam. Bakker",
        [
            (mark, "aanvrager", b.born(41, 6, 2)),
            (linda, "partner", b.born(38, 11, 23)),
            (sem, "kind", b.born(12, 1, 9)),
            (noa, "kind", b.born(9, 8, 30)),
            (finn, "kind", b.born(5, 4, 17)),
        ],
        status=CaseStatus.PLAN,
        coordinator=JOKE,
        melding_date=b.weeks_ago(9),
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.DRIVING_LICENCE,
        verslag_sent=b.weeks_ago(3),
        aanvraag_date=b.days_ago(11),  # the beschikking falls due within days
    )
    specs = [
        Domain(
            "financien",
            "Twee maanden huurachterstand, achterstand bij de zorgverzekeraar en een hoge"
            " energierekening. De WW van Mark stopt over drie maanden.",
            "Linda heeft een vast inkomen. Ze willen het zelf oplossen en zijn open over"
            " de schulden.",
            "De schulden groeien. Brieven blijven ongeopend liggen.",
            citizen=(2, 3, 3),
            professional=(2, 2, 3),
            own="We komen elke maand tekort. Ik durf de post niet meer open te maken.",
        ),
        Domain(
            "werk-opleiding",
            "Mark is orderpicker geweest; het magazijn is acht maanden geleden gesloten."
            " Linda werkt 16 uur als pedagogisch medewerker.",
            "Mark heeft een heftruckcertificaat en wil graag werken.",
            "Mark solliciteert weinig sinds een reeks afwijzingen.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
        Domain(
            "tijdsbesteding",
            "Mark heeft geen dagritme meer; hij slaapt lang en zit veel achter de telefoon.",
            "Brengt de kinderen naar school en laat de hond uit.",
            "Verveling en somberheid versterken elkaar.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
        Domain(
            "huisvesting",
            "Huurwoning van de woningcorporatie, drie slaapkamers. Schimmel in de badkamer.",
            "Ruime woning in een buurt waar ze graag wonen.",
            "Huurachterstand kan tot ontruiming leiden als er niets gebeurt.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
        Domain(
            "huiselijke-relaties",
            "Veel ruzie over geld. Sem trekt zich terug op zijn kamer.",
            "Mark en Linda willen het samen oplossen en praten open met de kinderen.",
            "Spanning thuis; Sem wordt gepest op school.",
            citizen=(3, 3, 3),
            professional=(2, 3, 3),
            own="We maken veel ruzie, vooral over geld. Dat willen we niet voor de kinderen.",
        ),
        Domain(
            "geestelijke-gezondheid",
            "Linda slaapt slecht en piekert. Mark is somber sinds het ontslag.",
            "Beiden willen hulp en praten erover.",
            "Somberheid van Mark houdt al maanden aan.",
            citizen=(3, 3, 4),
            professional=(3, 3, 3),
        ),
        Domain(
            "lichamelijke-gezondheid",
            "Mark heeft rugklachten. Finn heeft een taalachterstand en gaat naar de logopedist.",
            "De kinderen zijn verder gezond.",
            "Rugklachten beperken Mark bij zwaar werk.",
            citizen=(4, 4, 4),
            professional=(3, 4, 4),
        ),
        Domain(
            "middelengebruik",
            "Mark rookt en drinkt in het weekend soms te veel.",
            "Geen drugs. Mark ziet zelf dat het minder moet.",
            "Drank kost geld en geeft ruzie.",
            citizen=(4, 4, 4),
            professional=(3, 3, 4),
            own="Ik drink weleens een biertje te veel in het weekend. Dat weet ik.",
        ),
        Domain(
            "zelfzorg",
            "Het gezin zorgt goed voor zichzelf. De kinderen zijn verzorgd.",
            "Vaste routines rond eten en naar bed gaan.",
            "Geen.",
            citizen=(5,),
            professional=(5,),
        ),
        Domain(
            "dagelijkse-activiteiten",
            "De administratie is een grote stapel. Huishouden en boodschappen gaan goed.",
            "Linda doet de boodschappen met een lijstje en een vast budget.",
            "Niemand houdt de post en de betalingen bij.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
        Domain(
            "sociaal-netwerk",
            "Grote familie dichtbij. Mark heeft minder contact met vrienden sinds het ontslag."
            " De broer van Mark heeft geld geleend en niet terugbetaald.",
            "Ouders van Linda en Mark helpen graag. Goede buren.",
            "Schaamte over de schulden; ze vragen de familie niet om hulp.",
            citizen=(4, 4, 4),
            professional=(3, 4, 4),
        ),
        Domain(
            "maatschappelijke-participatie",
            "Linda is overblijfmoeder op school. Mark is gestopt bij de voetbalclub omdat de"
            " contributie te duur werd. Sem is ook gestopt met voetbal.",
            "Linda kent veel ouders op school.",
            "De kinderen missen sport en clubs.",
            citizen=(3, 4, 4),
            professional=(3, 3, 4),
        ),
        Domain(
            "justitie",
            "Mark heeft een boete van het CJIB voor rijden zonder verzekering. De boete is"
            " door aanmaningen hoger geworden.",
            "Verder geen contact met politie of justitie.",
            "Bij niet betalen dreigt gijzeling.",
            citizen=(4, 4, 5),
            professional=(3, 4, 4),
        ),
    ]
    present = (mark, linda, f"{JOKE} (wijkteam)")
    b.conversations(
        case_id,
        [
            Visit(
                b.weeks_ago(8),
                ConversationKind.INTAKE,
                "Thuis, aan de keukentafel",
                present,
                "We komen niet meer rond sinds ik mijn baan kwijt ben. We willen niet dat de"
                " kinderen daar last van hebben.",
                "Dat de kinderen gewoon kunnen sporten en dat we in dit huis blijven wonen.",
                4,
                "Gezin zat op tijd klaar met een map vol ongeopende post. Samen een eerste"
                " overzicht gemaakt. Finn was thuis en speelde in de kamer.",
            ),
            Visit(
                b.weeks_ago(5),
                ConversationKind.PROGRESS,
                "Thuis, aan de keukentafel",
                (*present, "Ans Bakker (oma)"),
                "Hoe krijgen we de schulden op een rij, en wie helpt ons daarbij?",
                "Rust in huis. Weer weten waar we staan.",
                5,
                "Aanmelding schuldhulpverlening gedaan. Oma Ans helpt op woensdag met de post."
                " Toeslagen samen aangevraagd via de Formulierenbrigade.",
            ),
            Visit(
                b.weeks_ago(1),
                ConversationKind.EVALUATION,
                "Buurthuis De Kroon",
                present,
                "Het gaat beter, maar het werk blijft een zorg.",
                "Dat Mark weer werk heeft. Dat Sem weer lacht.",
                6,
                "Betalingsregeling huur loopt. Sem is weer op voetbal via het Jeugdfonds."
                " Mark heeft een eerste gesprek met de werkcoach gehad.",
            ),
        ],
        specs,
    )
    since = b.weeks_ago(8)
    table = [
        Person(
            "Ans Bakker",
            "moeder van Mark (oma)",
            FAM,
            INT,
            direction=BOTH,
            frequency="wekelijks",
            helps=[
                ("dagelijkse-activiteiten", NOW, "helpt op woensdag met de post"),
                ("huiselijke-relaties", NOW, "past op de kinderen"),
            ],
            notes="Heeft de plannen mee ondertekend.",
        ),
        Person(
            "Kees Bakker",
            "vader van Mark (opa)",
            FAM,
            INT,
            frequency="wekelijks",
            helps=[("tijdsbesteding", COULD, "samen klussen in de schuur")],
        ),
        Person(
            "Wim de Groot",
            "vader van Linda (opa)",
            FAM,
            INT,
            frequency="wekelijks",
            helps=[("huisvesting", NOW, "helpt met de schimmel in de badkamer")],
        ),
        Person(
            "Tineke de Groot",
            "moeder van Linda (oma)",
            FAM,
            INT,
            frequency="wekelijks",
            helps=[("huiselijke-relaties", NOW, "haalt Finn op woensdag uit school")],
        ),
        Person(
            "Rob de Groot",
            "broer van Linda",
            FAM,
            FRI,
            frequency="maandelijks",
            helps=[("werk-opleiding", COULD, "vraagt bij zijn werkgever naar een vacature")],
        ),
        Person("Ellen de Groot", "schoonzus", FAM, FRI, frequency="maandelijks"),
        Person(
            "Jeroen Bakker",
            "broer van Mark",
            FAM,
            FRI,
            STRESS,
            RECEIVES,
            "soms",
            notes="Heeft € 1.500 geleend en betaalt niet terug. Ruzie daarover.",
            may_contact=False,
        ),
        Person("Lotte Bakker", "nicht", FAM, ACQ, WEAK, NONE, "verjaardagen"),
        Person(
            "Fatima Amrani",
            "buurvrouw",
            VRI,
            FRI,
            direction=BOTH,
            frequency="dagelijks",
            helps=[("huiselijke-relaties", NOW, "vangt de kinderen op na school")],
        ),
        Person(
            "Henk Postma",
            "buurman",
            VRI,
            ACQ,
            frequency="wekelijks",
            helps=[("huisvesting", COULD, "leent gereedschap uit")],
        ),
        Person(
            "Dennis Smit",
            "vriend van Mark",
            VRI,
            FRI,
            direction=BOTH,
            frequency="wekelijks",
            helps=[
                ("middelengebruik", NOW, "gaat mee hardlopen in plaats van de kroeg"),
                ("werk-opleiding", COULD, "kent iemand bij een transportbedrijf"),
            ],
        ),
        Person(
            "Esther Vos",
            "vriendin van Linda",
            VRI,
            FRI,
            direction=BOTH,
            frequency="wekelijks",
            helps=[("geestelijke-gezondheid", NOW, "luisterend oor")],
        ),
        Person(
            "Maaike Jansen",
            "vriendin van Linda",
            VRI,
            ACQ,
            WEAK,
            BOTH,
            notes="Verhuisd naar Groningen; weinig contact meer.",
            until=b.weeks_ago(6),
        ),
        Person(
            "Yvonne Kok",
            "moeder van Sems vriend",
            VRI,
            ACQ,
            frequency="wekelijks",
            helps=[("maatschappelijke-participatie", NOW, "rijdt Sem naar voetbal")],
        ),
        Person(
            "Bas Mulder",
            "teamgenoot voetbal",
            WRK,
            ACQ,
            WEAK,
            BOTH,
            "soms",
            helps=[("sociaal-netwerk", COULD, "neemt Mark mee naar de veteranen")],
        ),
        Person(
            "Ilse Brink",
            "collega van Linda",
            WRK,
            ACQ,
            frequency="op het werk",
            helps=[("werk-opleiding", COULD, "ruilt diensten als het nodig is")],
        ),
        Person(
            "Ruud Hoek",
            "oud-collega van Mark",
            WRK,
            ACQ,
            WEAK,
            NONE,
            "zelden",
            helps=[("werk-opleiding", COULD, "tipt vacatures in de logistiek")],
        ),
        Person(
            "Dhr. Brouwer",
            "mentor van Sem",
            WRK,
            SRV,
            frequency="bij oudergesprekken",
            helps=[("huiselijke-relaties", NOW, "let op pesten in de klas")],
        ),
        Person("Juf Kim", "juf van Noa", WRK, SRV, frequency="bij oudergesprekken"),
        Person(
            "Marga Veenstra",
            "Home-Start vrijwilliger",
            WRK,
            ACQ,
            frequency="wekelijks",
            helps=[("huiselijke-relaties", NOW, "een ochtend per week steun bij opvoeding")],
        ),
        Person(
            "Peter Smeets",
            "vrijwilliger thuisadministratie",
            WRK,
            ACQ,
            frequency="eens per twee weken",
            helps=[("financien", NOW, "ordent de post en maakt een budgetplan")],
        ),
        Person(
            "Dr. Meijer",
            "huisarts",
            PRO,
            SRV,
            frequency="bij klachten",
            helps=[("lichamelijke-gezondheid", NOW, "verwijst naar fysiotherapie")],
        ),
        Person(
            "Anouk de Wit",
            "praktijkondersteuner GGZ",
            PRO,
            SRV,
            frequency="eens per twee weken",
            helps=[("geestelijke-gezondheid", NOW, "gesprekken met Linda over slapen")],
        ),
        Person(
            "Fysiotherapie Oosterveld",
            "fysiotherapeut",
            PRO,
            SRV,
            frequency="wekelijks",
            helps=[("lichamelijke-gezondheid", NOW, "oefeningen voor de rug van Mark")],
        ),
        Person(
            "Logopedie Het Woord",
            "logopedist van Finn",
            PRO,
            SRV,
            frequency="wekelijks",
            helps=[("lichamelijke-gezondheid", NOW, "taaltraining Finn")],
        ),
        Person(
            "Schuldhulpverlening gemeente",
            "schuldhulpverlener",
            PRO,
            SRV,
            frequency="eens per maand",
            helps=[("financien", NOW, "regelt betalingsregelingen met schuldeisers")],
        ),
        Person(
            "Werkcoach gemeente",
            "werkcoach",
            PRO,
            SRV,
            frequency="eens per twee weken",
            helps=[("werk-opleiding", NOW, "sollicitatietraining en vacatures")],
        ),
        Person(
            "Woonconsulent Woonstede",
            "woonconsulent",
            PRO,
            SRV,
            WEAK,
            frequency="bij problemen",
            helps=[("huisvesting", NOW, "betalingsregeling huur en schimmel")],
        ),
    ]
    for person in table:
        person.since = person.since or since
    people = b.network(case_id, table)
    due = b.in_weeks
    b.goals(
        case_id,
        [
            Aim(
                "financien",
                "We hebben overzicht over wat er binnenkomt en uitgaat.",
                "Er is een budgetplan en alle post is geopend.",
                due(4),
                3,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Maakt elke zondag samen de post open.",
                        due=due(1),
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.VOLUNTEER,
                        "Maakt samen met het gezin een budgetplan.",
                        "Peter Smeets (Humanitas Thuisadministratie)",
                        due=due(2),
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "financien",
                "De huurachterstand is in een regeling.",
                "Er is een getekende betalingsregeling met de woningcorporatie.",
                due(2),
                3,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Belt de woningcorporatie.",
                        due=b.weeks_ago(6),
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Stelt de betalingsregeling op.",
                        "Woonconsulent Woonstede",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "financien",
                "Alle schulden zijn in beeld en in een traject.",
                "Aanmelding schuldhulp is rond; er is een schuldenoverzicht.",
                due(8),
                3,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Maakt een schuldenoverzicht en belt schuldeisers.",
                        "Schuldhulpverlening gemeente",
                        due=due(6),
                    ),
                    Do(ActorKind.SELF, "Verzamelt alle aanmaningen in één map.", due=due(1)),
                ],
            ),
            Aim(
                "financien",
                "We krijgen de toeslagen waar we recht op hebben.",
                "Huur- en zorgtoeslag komen binnen.",
                b.weeks_ago(1),
                3,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Helpt met het aanvragen van de toeslagen.",
                        "Formulierenbrigade",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "financien",
                "Er is genoeg eten in huis tot de regeling loopt.",
                "Elke week een pakket.",
                due(6),
                None,
                author=Author.PROFESSIONAL,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Wekelijks voedselpakket.",
                        "Voedselbank",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "financien",
                "De energierekening gaat omlaag.",
                "Het voorschot is met € 30 per maand verlaagd.",
                due(10),
                None,
                author=Author.CITIZEN,
                actions=[
                    Do(
                        ActorKind.VOLUNTEER,
                        "Komt langs met tips en tochtstrips.",
                        "Energiecoach Oosterveld",
                    ),
                    Do(ActorKind.SELF, "Zet de verwarming 's nachts lager."),
                ],
            ),
            Aim(
                "werk-opleiding",
                "Mark heeft binnen een half jaar weer betaald werk.",
                "Mark heeft een contract.",
                due(26),
                4,
                member=mark,
                actions=[
                    Do(ActorKind.SELF, "Stuurt elke week twee sollicitaties.", due=due(2)),
                    Do(
                        ActorKind.NETWORK,
                        "Vraagt bij zijn werkgever naar een vacature.",
                        "Rob de Groot",
                        due=due(3),
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Sollicitatietraining en bemiddeling.",
                        "Werkcoach gemeente",
                        due=due(12),
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "werk-opleiding",
                "Linda onderzoekt of ze meer uren kan werken.",
                "Linda heeft het gesprek met haar leidinggevende gehad.",
                due(8),
                4,
                author=Author.CITIZEN,
                member=linda,
                actions=[
                    Do(ActorKind.SELF, "Plant een gesprek met haar leidinggevende.", due=due(3)),
                    Do(
                        ActorKind.NETWORK,
                        "Vangt Finn op als Linda een extra dienst draait.",
                        "Tineke de Groot",
                    ),
                ],
            ),
            Aim(
                "tijdsbesteding",
                "Mark heeft weer een vast dagritme.",
                "Mark staat op werkdagen om 7 uur op en sport twee keer per week.",
                due(6),
                4,
                member=mark,
                actions=[
                    Do(ActorKind.SELF, "Staat om 7 uur op en loopt een ronde met de hond."),
                    Do(ActorKind.NETWORK, "Klust op dinsdag samen met Mark.", "Kees Bakker"),
                ],
            ),
            Aim(
                "huisvesting",
                "De badkamer is schimmelvrij.",
                "De woningcorporatie heeft de afzuiging gerepareerd.",
                due(6),
                4,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Meldt de schimmel via de website van de corporatie.",
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Maakt de voegen schoon en zet ze opnieuw.",
                        "Wim de Groot",
                        due=due(3),
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Repareert de mechanische afzuiging.",
                        "Woonconsulent Woonstede",
                        due=due(5),
                    ),
                ],
            ),
            Aim(
                "huiselijke-relaties",
                "Minder ruzie over geld in huis.",
                "Linda en Mark geven de sfeer thuis een 7 of hoger.",
                due(12),
                4,
                actions=[
                    Do(ActorKind.SELF, "Bespreken geld alleen op zondagavond, zonder de kinderen."),
                    Do(
                        ActorKind.VOLUNTEER,
                        "Een ochtend per week steun bij de opvoeding.",
                        "Marga Veenstra (Home-Start)",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.MAATWERK,
                        "Acht gesprekken met het gezin over spanning thuis.",
                        "Jeugdteam Oosterveld",
                        maatwerk="ambulante gezinsbegeleiding",
                        due=due(12),
                    ),
                ],
            ),
            Aim(
                "huiselijke-relaties",
                "Sem wordt niet meer gepest en voelt zich veilig op school.",
                "Sem zegt dat het pesten gestopt is.",
                due(8),
                None,
                member=sem,
                actions=[
                    Do(
                        ActorKind.NETWORK,
                        "Houdt het pesten in de klas in de gaten.",
                        "Dhr. Brouwer",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Gesprekken met Sem.",
                        "Schoolmaatschappelijk werk",
                        due=due(4),
                    ),
                ],
            ),
            Aim(
                "geestelijke-gezondheid",
                "Linda slaapt weer minstens zes uur per nacht.",
                "Slaapdagboek over twee weken.",
                due(8),
                4,
                member=linda,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Vijf gesprekken over slapen en piekeren.",
                        "Anouk de Wit (POH-GGZ)",
                        status=ActionStatus.BUSY,
                    ),
                    Do(ActorKind.NETWORK, "Wandelt op vrijdag met Linda.", "Esther Vos"),
                ],
            ),
            Aim(
                "geestelijke-gezondheid",
                "Mark voelt zich minder somber.",
                "Mark geeft zichzelf een 6 of hoger.",
                due(12),
                4,
                member=mark,
                author=Author.PROFESSIONAL,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Wandelgroep op donderdag.",
                        "Buurthuis De Kroon",
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Bespreekt de somberheid met Mark.",
                        "Dr. Meijer",
                        due=due(2),
                    ),
                ],
            ),
            Aim(
                "lichamelijke-gezondheid",
                "Mark kan weer zonder pijn tillen.",
                "Mark tilt een krat zonder pijn.",
                due(10),
                4,
                member=mark,
                actions=[
                    Do(ActorKind.SELF, "Doet elke dag de oefeningen."),
                    Do(ActorKind.PROFESSIONAL, "Behandeling rug.", "Fysiotherapie Oosterveld"),
                ],
            ),
            Aim(
                "lichamelijke-gezondheid",
                "Finn praat zo goed dat de juf hem verstaat.",
                "Advies van de logopedist na twaalf weken.",
                due(12),
                None,
                member=finn,
                actions=[
                    Do(ActorKind.SELF, "Oefent elke avond tien minuten met Finn."),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Taaltraining.",
                        "Logopedie Het Woord",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "middelengebruik",
                "Mark drinkt in het weekend niet meer dan twee biertjes.",
                "Mark houdt het vier weken bij in een app.",
                due(6),
                5,
                author=Author.CITIZEN,
                member=mark,
                actions=[
                    Do(ActorKind.SELF, "Houdt bij wat hij drinkt."),
                    Do(ActorKind.NETWORK, "Gaat op zaterdag mee hardlopen.", "Dennis Smit"),
                ],
            ),
            Aim(
                "dagelijkse-activiteiten",
                "De post wordt elke week bijgehouden.",
                "Er ligt geen ongeopende post meer.",
                due(4),
                4,
                actions=[
                    Do(
                        ActorKind.NETWORK,
                        "Helpt op woensdag met de post.",
                        "Ans Bakker",
                        status=ActionStatus.BUSY,
                    ),
                    Do(ActorKind.SELF, "Legt alle post in één bak."),
                ],
            ),
            Aim(
                "maatschappelijke-participatie",
                "Sem en Noa sporten weer.",
                "Beide kinderen staan ingeschreven bij een club.",
                due(4),
                4,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Betaalt de contributie van voetbal en dans.",
                        "Jeugdfonds Sport & Cultuur",
                        status=ActionStatus.DONE,
                    ),
                    Do(ActorKind.NETWORK, "Rijdt Sem naar de training.", "Yvonne Kok"),
                ],
            ),
            Aim(
                "justitie",
                "De CJIB-boete is afbetaald.",
                "Betalingsregeling met het CJIB loopt en wordt nagekomen.",
                due(20),
                5,
                member=mark,
                actions=[
                    Do(
                        ActorKind.SELF, "Vraagt een betalingsregeling aan bij het CJIB.", due=due(1)
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Neemt de boete op in het schuldenoverzicht.",
                        "Schuldhulpverlening gemeente",
                    ),
                ],
            ),
        ],
        people,
    )
    signed_on = b.weeks_ago(3)
    b.sign(
        case_id,
        [
            Signature(SignerRole.CITIZEN, linda, signed_on, PLACE),
            Signature(
                SignerRole.CITIZEN,
                mark,
                signed_on,
                PLACE,
                Agreement.WITH_REMARKS,
                "Ik wil eerst zelf de schuldeisers bellen voordat de schuldhulp dat doet.",
            ),
            Signature(SignerRole.PROFESSIONAL, JOKE, signed_on, PLACE),
            Signature(SignerRole.NETWORK, "Ans Bakker", signed_on, PLACE),
        ],
        evaluation_date=b.in_weeks(8),
        agreements="Het gezin werkt met de schuldhulp aan een overzicht van alle schulden."
        " Oma Ans helpt op woensdag met de post. Over acht weken kijken we samen hoe het gaat.",
        remarks="Mark wil eerst zelf de schuldeisers bellen.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
        copy_received=True,
    )


# -- 3. Dhr. Kerkhof: a young man with debts and no work ---------------------------


def kerkhof(b: Builder) -> None:
    dylan = "Dylan Kerkhof"
    case_id = b.case(
        "Dhr. Kerkhof",
        [(dylan, "aanvrager", b.born(23, 9, 12))],
        status=CaseStatus.ONDERZOEK,
        coordinator=AHMED,
        melding_date=b.weeks_ago(10),
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.PASSPORT,
    )
    specs = [
        Domain(
            "financien",
            "Ongeveer € 14.000 schuld: telefoonabonnementen, zorgverzekering, webwinkels en"
            " studieschuld. Bijstand sinds drie maanden; beslag op een deel ervan.",
            "Wil ervan af en komt op afspraken.",
            "Nieuwe schulden door kopen op afbetaling. Geen overzicht.",
            citizen=(3, 3, 3),
            professional=(1, 2, 2),
            own="Ik heb schulden, maar ik weet niet eens hoeveel. Ik durf niet te kijken.",
        ),
        Domain(
            "werk-opleiding",
            "Mbo-opleiding logistiek afgebroken. Twee uitzendbanen kort gehad. Nu geen werk.",
            "Handig met computers; werkt graag met zijn handen.",
            "Geen startkwalificatie; raakt snel ontmoedigd.",
            citizen=(2, 2, 3),
            professional=(2, 2, 2),
            own="Ik wil wel werken, maar niemand neemt me aan zonder diploma.",
        ),
        Domain(
            "tijdsbesteding",
            "Gamet tot diep in de nacht en slaapt tot de middag.",
            "Gaat twee keer per week naar de sportschool met een vriend.",
            "Geen dagritme; mist daardoor afspraken.",
            citizen=(3, 3, 3),
            professional=(2, 2, 3),
        ),
        Domain(
            "huisvesting",
            "Huurt een kamer via een particuliere verhuurder. Huur is op tijd betaald.",
            "Heeft een eigen plek.",
            "Hoge huur voor een kleine kamer zonder huurcontract op papier.",
            citizen=(4, 4, 4),
            professional=(3, 3, 3),
        ),
        Domain(
            "middelengebruik",
            "Blowt elke avond om te kunnen slapen.",
            "Drinkt geen alcohol. Wil minderen.",
            "Blowen kost geld en maakt het dagritme slechter.",
            citizen=(3, 3),
            professional=(2, 2),
            own="Ik blow om te slapen. Het is niet zo erg als mijn moeder denkt.",
            first=1,
        ),
        Domain(
            "sociaal-netwerk",
            "Weinig vrienden over sinds hij stopte met school. Ruzie met zijn moeder over geld.",
            "Goede band met zijn opa. Eén vriend van de sportschool.",
            "Trekt zich terug als het slecht gaat.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
        Domain(
            "justitie",
            "Heeft nog 40 uur taakstraf open voor een winkeldiefstal van vorig jaar.",
            "Heeft al 20 uur gedaan.",
            "Als hij de taakstraf niet afmaakt, volgt hechtenis.",
            citizen=(3, 3, 4),
            professional=(2, 3, 3),
        ),
    ]
    present = (dylan, f"{AHMED} (wijkteam)")
    ondersteuner = "Femke (cliëntondersteuner MEE)"
    ids = b.conversations(
        case_id,
        [
            Visit(
                b.weeks_ago(9),
                ConversationKind.INTAKE,
                "Wijkteamkantoor, Buurthuis De Kroon",
                (*present, ondersteuner),
                "Ik wil van mijn schulden af en een baan. Ik weet niet waar ik moet beginnen.",
                "Zelf geld verdienen. Niet meer afhankelijk zijn van mijn moeder.",
                3,
                "Dylan kwam samen met de cliëntondersteuner. Over blowen wil hij nu niet"
                " praten. Brieven van het CJIB en deurwaarders zitten in een plastic tas.",
            ),
            Visit(
                b.weeks_ago(6),
                ConversationKind.PROGRESS,
                "Wijkteamkantoor, Buurthuis De Kroon",
                (*present, ondersteuner),
                "Kan ik iets doen terwijl ik op de schuldhulp wacht?",
                "Iets doen overdag. Laten zien dat ik het kan.",
                4,
                "Dylan vertelt nu zelf over het blowen. Hij wil minderen maar niet stoppen."
                " Proefdag in de fietsenwerkplaats van het buurthuis afgesproken.",
            ),
            Visit(
                b.weeks_ago(2),
                ConversationKind.PROGRESS,
                "Thuis, op zijn kamer",
                (*present, "Jan Kerkhof (opa)"),
                "Ik wil dat dit goed gaat met de werkplaats.",
                "Zijn opa trots maken. Een vaste plek.",
                5,
                "Dylan werkt drie ochtenden in de fietsenwerkplaats. Taakstraf loopt weer."
                " Verslag moet nog uit: de schuldhulp had tijd nodig voor het overzicht.",
            ),
        ],
        specs,
    )
    b.ladder(ids[0], dylan, 2, 1, "Is bijna altijd thuis; ziet alleen zijn opa en één vriend.")
    b.ladder(ids[2], dylan, 4, 3, "Werkt drie ochtenden per week in de fietsenwerkplaats.")
    since = b.weeks_ago(9)
    people = b.network(
        case_id,
        [
            Person(
                "Jan Kerkhof",
                "opa",
                FAM,
                INT,
                frequency="wekelijks",
                since=since,
                helps=[
                    ("sociaal-netwerk", NOW, "zondag samen eten"),
                    ("financien", COULD, "gaat mee naar de schuldhulp"),
                ],
            ),
            Person(
                "Ingrid Kerkhof",
                "moeder",
                FAM,
                INT,
                STRESS,
                BOTH,
                "paar keer per week",
                notes="Heeft hem geld geleend; veel ruzie daarover.",
                may_contact=False,
                since=since,
            ),
            Person(
                "Kevin",
                "vriend (sportschool)",
                VRI,
                FRI,
                frequency="twee keer per week",
                since=since,
                helps=[("tijdsbesteding", NOW, "samen naar de sportschool")],
            ),
            Person(
                "Jordy",
                "gamevriend",
                VRI,
                ACQ,
                WEAK,
                NONE,
                "online, elke nacht",
                may_contact=False,
                since=since,
            ),
            Person(
                "Romy",
                "ex-vriendin",
                VRI,
                ACQ,
                WEAK,
                NONE,
                may_contact=False,
                notes="Relatie uit sinds een maand.",
                since=since,
                until=b.weeks_ago(4),
            ),
            Person(
                "Reclassering Oosterveld",
                "werkmeester taakstraf",
                PRO,
                SRV,
                frequency="wekelijks",
                since=since,
                helps=[("justitie", NOW, "plant de resterende uren taakstraf")],
            ),
            Person(
                "Femke (MEE)",
                "cliëntondersteuner",
                PRO,
                SRV,
                frequency="bij gesprekken",
                since=since,
                helps=[("financien", NOW, "gaat mee naar afspraken")],
            ),
        ],
    )
    due = b.in_weeks
    b.goals(
        case_id,
        [
            Aim(
                "financien",
                "Dylan heeft een overzicht van al zijn schulden.",
                "Er is een schuldenlijst met alle schuldeisers.",
                due(3),
                2,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Brengt alle brieven mee naar de schuldhulp.",
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.VOLUNTEER,
                        "Helpt elke week met de post en de brieven.",
                        "SchuldHulpMaatje",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Start een schuldregeling.",
                        "Schuldhulpverlening gemeente",
                        due=due(6),
                    ),
                ],
            ),
            Aim(
                "financien",
                "Geen nieuwe schulden.",
                "Drie maanden geen nieuwe aankopen op afbetaling.",
                due(12),
                3,
                author=Author.CITIZEN,
                actions=[
                    Do(ActorKind.SELF, "Zegt het tweede telefoonabonnement op.", due=due(1)),
                    Do(
                        ActorKind.NETWORK,
                        "Gaat mee naar het eerste gesprek met de schuldhulp.",
                        "Jan Kerkhof",
                    ),
                    Do(
                        ActorKind.MAATWERK,
                        "Wekelijkse begeleiding bij geld en post.",
                        "Zorgbureau Anker",
                        maatwerk="individuele begeleiding",
                        due=due(4),
                    ),
                ],
            ),
            Aim(
                "werk-opleiding",
                "Dylan werkt vier ochtenden per week in de werkplaats.",
                "Aanwezigheidslijst van de werkplaats.",
                due(8),
                3,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Werkplek in de fietsenwerkplaats.",
                        "Buurthuis De Kroon",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Zoekt samen met Dylan een leerwerkplek.",
                        "Jongerencoach gemeente",
                        due=due(10),
                    ),
                ],
            ),
            Aim(
                "tijdsbesteding",
                "Dylan staat op werkdagen voor 9 uur op.",
                "Dylan komt vier weken op tijd in de werkplaats.",
                due(6),
                3,
                author=Author.CITIZEN,
                actions=[
                    Do(ActorKind.SELF, "Zet de computer om 1 uur 's nachts uit."),
                    Do(ActorKind.NETWORK, "Sport op maandag en donderdag om 9 uur.", "Kevin"),
                ],
            ),
            Aim(
                "middelengebruik",
                "Dylan blowt alleen nog in het weekend.",
                "Dylan houdt het bij en bespreekt het in het volgende gesprek.",
                due(10),
                3,
                author=Author.TOGETHER,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Vier gesprekken over minderen.",
                        "Verslavingszorg (Tactiek)",
                        due=due(8),
                    ),
                ],
            ),
            Aim(
                "justitie",
                "De taakstraf is af.",
                "Bevestiging van de reclassering.",
                due(8),
                5,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Gaat elke zaterdag naar de taakstraf.",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Plant de resterende 20 uur.",
                        "Reclassering Oosterveld",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
        ],
        people,
    )
    b.draft(
        case_id,
        evaluation_date=b.in_weeks(6),
        agreements="Dylan werkt in de fietsenwerkplaats en maakt zijn taakstraf af."
        " De schuldhulp maakt een overzicht van alle schulden.",
    )


# -- 4. Dhr. Hoekstra: after a psychiatric admission, two years of conversations ---


def _seq(levels: str) -> tuple[int, ...]:
    return tuple(int(c) for c in levels if c.isdigit())


# (kind, place, extra present, question, what matters, wellbeing, notes), one per conversation.
_HOEKSTRA = [
    (
        "intake",
        "Thuis",
        ("Marieke Hoekstra (zus)",),
        "Ik ben net uit de kliniek. Ik wil weer gewoon thuis kunnen wonen zonder dat het misgaat.",
        "Zelfstandig wonen. Mijn zoon weer zien.",
        3,
        "Erik is drie maanden opgenomen geweest na een psychose. Huis is rommelig, post ligt"
        " op de mat. Zijn zus is erbij en helpt veel. Over drank wil hij nu niet praten.",
    ),
    (
        "voortgang",
        "Thuis",
        ("FACT-verpleegkundige",),
        "Hoe kom ik de dagen door?",
        "Structuur. Niet de hele dag op de bank.",
        3,
        "Afspraken met het FACT-team lopen. Aanvraag dagbesteding besproken.",
    ),
    (
        "voortgang",
        "Wijkteamkantoor",
        (),
        "Ik wil mijn geldzaken weer zelf doen.",
        "Rust over geld.",
        4,
        "Beschermingsbewind is aangevraagd; Erik vindt dat moeilijk maar ziet het nut.",
    ),
    (
        "voortgang",
        "Thuis",
        (),
        "Kan ik eerder naar de dagbesteding?",
        "Iets om handen hebben.",
        4,
        "Start dagbesteding in houtwerkplaats Het Ambacht, twee dagen per week.",
    ),
    (
        "voortgang",
        "Wandeling in het park",
        (),
        "De buren klagen over lawaai. Wat moet ik doen?",
        "Vrede met de buren.",
        5,
        "Wandelgesprek. Buurtbemiddeling voorgesteld; Erik wil het proberen.",
    ),
    (
        "voortgang",
        "Thuis",
        ("Wouter (maatje)",),
        "Ik wil niet alleen maar hulpverleners om me heen.",
        "Gewone mensen om me heen.",
        5,
        "Kennismaking met maatje Wouter. Ze gaan samen vissen.",
    ),
    (
        "evaluatie",
        "Thuis",
        ("Marieke Hoekstra (zus)", "FACT-verpleegkundige"),
        "Wat is er bereikt in een half jaar?",
        "Dat ik thuis kan blijven wonen.",
        5,
        "Halfjaarevaluatie. Dagbesteding gaat goed, huis is op orde. Signaleringsplan"
        " samen met Marieke doorgenomen.",
    ),
    (
        "voortgang",
        "Buurthuis De Kroon",
        (),
        "Ik wil iets met mijn tijd doen waar ik trots op ben.",
        "Nuttig zijn.",
        6,
        "Erik noemt vrijwilligerswerk in de kringloopwinkel. Gesprek met vrijwilligerscentrale.",
    ),
    (
        "voortgang",
        "Thuis",
        (),
        "Lars wil misschien langskomen. Hoe pak ik dat aan?",
        "Mijn zoon.",
        6,
        "Eerste afspraak met zoon Lars voorbereid. Marieke is erbij als het nodig is.",
    ),
    (
        "voortgang",
        "Wandeling in het park",
        (),
        "Het gaat goed. Kan de begeleiding minder?",
        "Zelf doen.",
        6,
        "Begeleiding afgebouwd van twee naar één keer per week.",
    ),
    (
        "voortgang",
        "Thuis",
        ("Marieke Hoekstra (zus)", "FACT-verpleegkundige"),
        "Ik slaap slecht en hoor weer dingen.",
        "Niet terug naar de kliniek.",
        4,
        "Terugval: Erik was gestopt met zijn medicijnen en dronk weer. Signaleringsplan"
        " gevolgd; FACT-team komt vaker. Begeleiding tijdelijk weer twee keer per week.",
    ),
    (
        "voortgang",
        "Thuis",
        ("FACT-verpleegkundige",),
        "Ik wil dit nooit meer. Wat kan ik anders doen?",
        "Gezond blijven.",
        5,
        "Erik neemt zijn medicijnen weer. Afspraak: bij slecht slapen belt hij Marieke.",
    ),
    (
        "evaluatie",
        "Wijkteamkantoor",
        ("Marieke Hoekstra (zus)",),
        "Wat ging er mis, en wat ging er goed?",
        "Dat ik er zelf bij ben als er iets gebeurt.",
        5,
        "Jaarevaluatie. Terugval was kort dankzij het signaleringsplan. Afspraken bijgesteld.",
    ),
    (
        "voortgang",
        "Thuis",
        (),
        "De kringloop wil dat ik een vaste dag kom.",
        "Een vaste plek.",
        6,
        "Vrijwilligerswerk in de kringloopwinkel op maandag en donderdag.",
    ),
    (
        "voortgang",
        "Buurthuis De Kroon",
        (),
        "Ik wil weer zingen, dat deed ik vroeger.",
        "Plezier.",
        6,
        "Erik is bij het buurtkoor gegaan. Drinkt geen alcohol meer sinds vier maanden.",
    ),
    (
        "voortgang",
        "Wandeling in het park",
        (),
        "Lars komt nu elke maand. Ik wil dat zo houden.",
        "Mijn zoon.",
        7,
        "Contact met Lars is goed. Zij eten eens per maand samen.",
    ),
    (
        "voortgang",
        "Thuis",
        (),
        "Kan het bewind eraf?",
        "Zelf mijn geld regelen.",
        7,
        "Afspraak: zes maanden met weekgeld oefenen, daarna kijkt de bewindvoerder mee.",
    ),
    (
        "voortgang",
        "Thuis",
        ("Wouter (maatje)",),
        "Hoe blijf ik dit volhouden als de hulp stopt?",
        "Dat het zo blijft.",
        7,
        "Wouter blijft maatje. Dagbesteding naar één dag, kringloop naar drie dagen.",
    ),
    (
        "evaluatie",
        "Thuis",
        ("Marieke Hoekstra (zus)", "FACT-verpleegkundige"),
        "Wat is er nog nodig?",
        "Zelf de regie houden.",
        7,
        "Evaluatie na anderhalf jaar. Begeleiding kan verder omlaag. Signaleringsplan bijgewerkt.",
    ),
    (
        "voortgang",
        "Wijkteamkantoor",
        (),
        "Ik wil kijken of ik betaald werk aankan.",
        "Een baan met een contract.",
        8,
        "Erik wil onderzoeken of betaald werk met begeleiding kan. Gesprek met werkcoach"
        " gepland. Nieuwe plan-versie in concept.",
    ),
]


def hoekstra(b: Builder) -> None:
    erik = "Erik Hoekstra"
    melding = b.days_ago(735)
    case_id = b.case(
        "Dhr. Hoekstra",
        [(erik, "aanvrager", b.born(47, 12, 4))],
        status=CaseStatus.EVALUATIE,
        coordinator=SANNE,
        melding_date=melding,
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.PASSPORT,
        verslag_sent=weekday(melding + dt.timedelta(days=35)),
        aanvraag_date=weekday(melding + dt.timedelta(days=38)),
        beschikking_date=weekday(melding + dt.timedelta(days=49)),
    )
    specs = [
        Domain(
            "geestelijke-gezondheid",
            "Psychose twee jaar geleden; drie maanden opname. Gebruikt medicijnen en heeft"
            " een FACT-team.",
            "Herkent zijn eigen signalen steeds beter. Houdt zich aan zijn signaleringsplan.",
            "Terugval bij stress, slecht slapen of stoppen met medicijnen.",
            citizen=_seq("33333 44444 33344 44444"),
            professional=_seq("22233 33333 22333 34444"),
            own="Ik voel me beter dan in de kliniek. Soms ben ik bang dat het terugkomt.",
        ),
        Domain(
            "tijdsbesteding",
            "Zat na de opname de hele dag thuis. Nu dagbesteding en vrijwilligerswerk.",
            "Werkt graag met hout en met zijn handen.",
            "Lange lege weekenden.",
            citizen=_seq("22333 33344 33344 44444"),
            professional=_seq("22223 33333 23333 34444"),
        ),
        Domain(
            "sociaal-netwerk",
            "Verloor vrienden tijdens de psychose. Zus Marieke is zijn steun. Contact met"
            " zoon Lars groeit.",
            "Trouwe zus; maatje Wouter; buurtkoor.",
            "Weinig mensen om op terug te vallen als Marieke er niet is.",
            citizen=_seq("22333 33333 33333 44444"),
            professional=_seq("22222 33333 33333 33444"),
        ),
        Domain(
            "dagelijkse-activiteiten",
            "Huishouden en boodschappen gingen na de opname niet. Nu met begeleiding"
            " grotendeels zelf.",
            "Kookt elke dag zelf.",
            "Post en afspraken blijven lastig.",
            citizen=_seq("33334 44444 44444 44444"),
            professional=_seq("22333 33344 33444 44444"),
        ),
        Domain(
            "financien",
            "Schulden uit de periode voor de opname. Beschermingsbewind sinds twee jaar.",
            "Komt rond van weekgeld en houdt zich aan het budget.",
            "Wil het bewind eraf; nog niet duidelijk of dat te snel is.",
            citizen=_seq("33333 33333 33334 44444"),
            professional=_seq("22223 33333 33333 34444"),
        ),
        Domain(
            "huisvesting",
            "Huurflat. Na klachten over lawaai dreigde de corporatie met een gedragsaanwijzing.",
            "De klachten zijn gestopt; het huis is op orde.",
            "Dunne muren; spanning met de onderburen kan terugkomen.",
            citizen=_seq("34444 44444 44444 44444"),
            professional=_seq("23334 44444 44444 44444"),
        ),
        Domain(
            "werk-opleiding",
            "Was vrachtwagenchauffeur tot de psychose. Nu vrijwilligerswerk in de kringloopwinkel.",
            "Betrouwbaar, komt op tijd, heeft rijbewijs C.",
            "Terug naar chauffeurswerk is niet verstandig; wat wel?",
            citizen=_seq("22222 22222 22233 33444"),
            professional=_seq("11111 22222 22223 33344"),
        ),
        Domain(
            "middelengebruik",
            "Dronk veel voor de opname. Nu geen alcohol; één terugval na een jaar.",
            "Gaat naar de AA-groep en heeft een maatje.",
            "Drank en psychose versterken elkaar.",
            citizen=_seq("33444 44444 34444 44444"),
            professional=_seq("22333 34444 23344 44444"),
            own="Ik drink niet meer. Eén keer ging het mis, dat weet iedereen.",
            first=1,
        ),
        Domain(
            "huiselijke-relaties",
            "Gescheiden. Zoon Lars (19) wilde na de psychose geen contact; nu eens per maand.",
            "Erik wil het contact met Lars graag en gaat het rustig aan doen.",
            "De moeder van Lars staat niet achter het contact.",
            citizen=_seq("22222 33333 33334 44444"),
            professional=_seq("22222 23333 33333 34444"),
        ),
    ]
    n = len(_HOEKSTRA)
    visits = []
    for i, (kind, place, extra, question, matters, wellbeing, notes) in enumerate(_HOEKSTRA):
        visits.append(
            Visit(
                b.days_ago(728 - round(i * 700 / (n - 1))),
                ConversationKind(kind),
                place,
                (erik, f"{SANNE} (wijkteam)", *extra),
                question,
                matters,
                wellbeing,
                notes,
            )
        )
    b.conversations(case_id, visits, specs)
    start = b.days_ago(728)
    people = b.network(
        case_id,
        [
            Person(
                "Marieke Hoekstra",
                "zus",
                FAM,
                INT,
                direction=BOTH,
                frequency="wekelijks",
                helps=[
                    (
                        "geestelijke-gezondheid",
                        NOW,
                        "kent het signaleringsplan en belt het FACT-team bij signalen",
                    ),
                    ("huiselijke-relaties", NOW, "is erbij bij afspraken met Lars"),
                ],
                notes="Was in het eerste jaar erg belast; nu in balans.",
                mantelzorger=True,
                since=start,
            ),
            Person(
                "Arjen Veldman",
                "zwager",
                FAM,
                FRI,
                frequency="maandelijks",
                since=start,
                helps=[("tijdsbesteding", COULD, "neemt Erik mee naar het voetbal")],
            ),
            Person(
                "Lars Hoekstra",
                "zoon",
                FAM,
                INT,
                WEAK,
                BOTH,
                "eens per maand",
                notes="Contact wordt langzaam beter.",
                since=b.days_ago(450),
            ),
            Person(
                "Monique de Boer",
                "ex-vrouw",
                FAM,
                ACQ,
                STRESS,
                NONE,
                may_contact=False,
                since=start,
            ),
            Person(
                "Mevr. Hoekstra",
                "moeder (in verpleeghuis)",
                FAM,
                FRI,
                direction=RECEIVES,
                frequency="wekelijks bezoek",
                may_contact=False,
                since=start,
            ),
            Person(
                "Dhr. Bos",
                "onderbuurman",
                VRI,
                ACQ,
                STRESS,
                NONE,
                notes="Klaagde over lawaai; via buurtbemiddeling uitgepraat.",
                may_contact=False,
                since=start,
            ),
            Person(
                "Jannie Kuipers",
                "buurvrouw",
                VRI,
                FRI,
                direction=BOTH,
                frequency="wekelijks",
                since=start,
                helps=[("sociaal-netwerk", NOW, "koffie op zondag")],
            ),
            Person(
                "Gerard Lammers",
                "oude vriend",
                VRI,
                ACQ,
                WEAK,
                NONE,
                notes="Drinkmaat van vroeger; Erik heeft het contact verbroken.",
                may_contact=False,
                since=start,
                until=b.days_ago(500),
            ),
            Person(
                "Wouter Brink",
                "maatje (vrijwilliger)",
                WRK,
                FRI,
                frequency="wekelijks",
                since=b.days_ago(560),
                helps=[
                    ("sociaal-netwerk", NOW, "samen vissen"),
                    ("middelengebruik", NOW, "gaat mee naar de AA-groep"),
                ],
            ),
            Person(
                "Tonny (buurtkoor)",
                "koorlid",
                WRK,
                ACQ,
                frequency="wekelijks",
                since=b.days_ago(260),
                helps=[("maatschappelijke-participatie", NOW, "haalt Erik op voor het koor")],
            ),
            Person(
                "Kringloop De Tweede Kans",
                "vrijwilligerswerk",
                WRK,
                ACQ,
                frequency="drie dagen per week",
                since=b.days_ago(300),
                helps=[("werk-opleiding", NOW, "vaste werkplek als vrijwilliger")],
            ),
            Person(
                "FACT-team Oosterveld",
                "psychiater en verpleegkundige",
                PRO,
                SRV,
                frequency="eens per twee weken",
                since=start,
                helps=[("geestelijke-gezondheid", NOW, "medicatie en signaleringsplan")],
            ),
            Person(
                "Bewindvoering Noord",
                "bewindvoerder",
                PRO,
                SRV,
                frequency="eens per maand",
                since=b.days_ago(680),
                helps=[("financien", NOW, "beheert inkomen en betaalt vaste lasten")],
            ),
            Person(
                "Het Ambacht",
                "dagbesteding houtwerkplaats",
                PRO,
                SRV,
                frequency="wekelijks",
                since=b.days_ago(640),
                helps=[("tijdsbesteding", NOW, "dagbesteding")],
            ),
            Person(
                "Zorgbureau Anker",
                "begeleider",
                PRO,
                SRV,
                frequency="wekelijks",
                since=b.days_ago(680),
                helps=[("dagelijkse-activiteiten", NOW, "begeleiding bij post en huishouden")],
            ),
        ],
    )
    due = b.in_weeks
    b.goals(
        case_id,
        [
            Aim(
                "geestelijke-gezondheid",
                "Erik herkent een terugval op tijd.",
                "Er is een signaleringsplan dat Erik, Marieke en het FACT-team kennen.",
                due(8),
                4,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(ActorKind.SELF, "Neemt elke dag zijn medicijnen.", status=ActionStatus.BUSY),
                    Do(
                        ActorKind.NETWORK,
                        "Belt het FACT-team bij signalen.",
                        "Marieke Hoekstra",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Werkt het signaleringsplan elk half jaar bij.",
                        "FACT-team Oosterveld",
                        due=due(8),
                    ),
                ],
            ),
            Aim(
                "tijdsbesteding",
                "Erik heeft elke werkdag iets te doen buiten huis.",
                "Weekrooster met dagbesteding en vrijwilligerswerk.",
                due(12),
                4,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(
                        ActorKind.MAATWERK,
                        "Houtwerkplaats, één dag per week.",
                        "Het Ambacht",
                        maatwerk="dagbesteding",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Bemiddeling naar vrijwilligerswerk.",
                        "Vrijwilligerscentrale Oosterveld",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "werk-opleiding",
                "Erik weet of betaald werk met begeleiding haalbaar is.",
                "Advies van de werkcoach.",
                due(16),
                4,
                author=Author.CITIZEN,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Onderzoekt werk met jobcoaching.",
                        "Werkcoach gemeente",
                        due=due(8),
                    ),
                ],
            ),
            Aim(
                "financien",
                "Erik regelt zijn geld weer zelf.",
                "Zes maanden zonder achterstand met eigen weekgeld.",
                due(26),
                4,
                author=Author.CITIZEN,
                actions=[
                    Do(ActorKind.SELF, "Doet zijn boodschappen van het weekgeld."),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Bouwt het bewind stap voor stap af.",
                        "Bewindvoering Noord",
                        due=due(26),
                    ),
                ],
            ),
            Aim(
                "dagelijkse-activiteiten",
                "Erik houdt zelf zijn huis en post bij.",
                "Begeleider komt nog maar eens per twee weken.",
                due(12),
                4,
                actions=[
                    Do(
                        ActorKind.MAATWERK,
                        "Begeleiding bij post en huishouden.",
                        "Zorgbureau Anker",
                        maatwerk="individuele begeleiding",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "sociaal-netwerk",
                "Erik heeft mensen om zich heen die geen hulpverlener zijn.",
                "Erik noemt drie mensen die hij kan bellen.",
                due(12),
                4,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.VOLUNTEER,
                        "Gaat wekelijks samen vissen.",
                        "Wouter Brink (Maatje)",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Buurtkoor op woensdagavond.",
                        "Buurthuis De Kroon",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "huiselijke-relaties",
                "Erik en Lars zien elkaar elke maand.",
                "Zes afspraken in een half jaar.",
                due(26),
                4,
                author=Author.CITIZEN,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(ActorKind.SELF, "Stuurt Lars elke maand een berichtje voor een afspraak."),
                    Do(ActorKind.NETWORK, "Is erbij als Erik dat vraagt.", "Marieke Hoekstra"),
                ],
            ),
            Aim(
                "middelengebruik",
                "Erik blijft zonder alcohol.",
                "Erik zegt het zelf en het FACT-team ziet geen signalen.",
                due(26),
                5,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Gaat elke week naar de AA-groep.",
                        "AA-groep Oosterveld",
                        status=ActionStatus.BUSY,
                    ),
                    Do(ActorKind.NETWORK, "Gaat mee naar de AA-groep.", "Wouter Brink"),
                ],
            ),
            Aim(
                "huisvesting",
                "Geen klachten meer van de buren.",
                "Een jaar geen klacht bij de corporatie.",
                b.days_ago(300),
                4,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.VOLUNTEER,
                        "Gesprek met Erik en dhr. Bos.",
                        "Buurtbemiddeling",
                        status=ActionStatus.DONE,
                    ),
                    Do(ActorKind.SELF, "Zet na 22 uur de muziek zacht.", status=ActionStatus.DONE),
                ],
            ),
        ],
        people,
    )
    signed_on = weekday(melding + dt.timedelta(days=35))
    b.sign(
        case_id,
        [
            Signature(SignerRole.CITIZEN, erik, signed_on, PLACE),
            Signature(SignerRole.PROFESSIONAL, SANNE, signed_on, PLACE),
            Signature(SignerRole.NETWORK, "Marieke Hoekstra", signed_on, PLACE),
        ],
        evaluation_date=weekday(melding + dt.timedelta(days=220)),
        agreements="Erik krijgt dagbesteding en individuele begeleiding. Marieke en het"
        " FACT-team kennen het signaleringsplan.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
        copy_received=True,
    )
    b.draft(
        case_id,
        evaluation_date=b.in_weeks(12),
        agreements="Begeleiding verder afbouwen. Erik onderzoekt betaald werk met begeleiding.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
    )


# -- 5. Dhr. en mevr. Van Dijk: he has dementia, she cares for him ----------------


def van_dijk(b: Builder) -> None:
    henk, ria = "Henk van Dijk", "Ria van Dijk"
    melding = b.weeks_ago(3)
    case_id = b.case(
        "Dhr. en mevr. Van Dijk",
        [(henk, "aanvrager", b.born(80, 2, 21)), (ria, "partner", b.born(77, 7, 7))],
        status=CaseStatus.ONDERZOEK,
        coordinator=AHMED,
        melding_date=melding,
        persoonlijk_plan_offered=True,
        persoonlijk_plan_received=weekday(melding + dt.timedelta(days=5)),
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.DRIVING_LICENCE,
    )
    specs = [
        Domain(
            "geestelijke-gezondheid",
            "Henk heeft sinds een jaar de diagnose alzheimer. Hij vergeet afspraken en raakte"
            " vorige maand de weg kwijt in de stad.",
            "Henk is vriendelijk en herkent iedereen. Ria kent hem door en door.",
            "Henk wordt onrustig aan het eind van de middag.",
            citizen=(3, 3),
            professional=(2, 2),
            own="Henk vergeet steeds meer. Hij zegt zelf dat het wel meevalt.",
        ),
        Domain(
            "zelfzorg",
            "Henk wast en kleedt zich met aanwijzingen van Ria.",
            "Henk doet veel zelf als hij de tijd krijgt.",
            "Ria moet steeds aanwezig zijn.",
            citizen=(4, 3),
            professional=(3, 3),
        ),
        Domain(
            "dagelijkse-activiteiten",
            "Ria doet alles in huis. Henk deed vroeger de administratie en de tuin.",
            "Henk helpt mee met afwassen en de tuin als Ria erbij is.",
            "Alles komt op Ria neer.",
            citizen=(3, 3),
            professional=(2, 2),
        ),
        Domain(
            "tijdsbesteding",
            "Henk zit veel voor de televisie. Hij mist het vissen en de biljartclub.",
            "Henk geniet van muziek en buiten zijn.",
            "Lange dagen zonder iets te doen maken hem onrustig.",
            citizen=(2, 2),
            professional=(2, 2),
            own="Hij verveelt zich. Dan gaat hij dwalen door het huis.",
        ),
        Domain(
            "huiselijke-relaties",
            "53 jaar getrouwd. Henk wordt soms boos op Ria als zij hem verbetert.",
            "Veel liefde en humor tussen hen.",
            "Ria is moe en slaapt slecht omdat Henk 's nachts opstaat.",
            citizen=(3, 3),
            professional=(3, 2),
        ),
        Domain(
            "sociaal-netwerk",
            "Dochter Ingrid komt elke week, zoon Jan woont ver weg. Goede buren.",
            "Betrokken kinderen en buren.",
            "Vrienden blijven weg sinds de diagnose.",
            citizen=(4, 4),
            professional=(3, 3),
        ),
        Domain(
            "financien",
            "Ria heeft de geldzaken overgenomen. Pensioen en AOW zijn voldoende.",
            "Geen schulden. Dochter Ingrid helpt met internetbankieren.",
            "Er is nog geen volmacht of levenstestament geregeld.",
            citizen=(5, 5),
            professional=(4, 4),
        ),
    ]
    present = (henk, ria, "Ingrid van Dijk (dochter)", f"{AHMED} (wijkteam)")
    ids = b.conversations(
        case_id,
        [
            Visit(
                b.weeks_ago(2),
                ConversationKind.INTAKE,
                "Thuis, in de woonkamer",
                present,
                "Ik wil voor Henk blijven zorgen, maar ik kan het niet meer alleen.",
                "Samen thuis blijven. Dat Henk zich goed voelt.",
                5,
                "Ingrid schreef met haar ouders een persoonlijk plan; dat is het uitgangspunt."
                " Ria vulde vooraf thuis de vragenlijst in. Henk was vrolijk maar vergat"
                " waarom ik kwam.",
            ),
            Visit(
                b.days_ago(3),
                ConversationKind.PROGRESS,
                "Thuis, in de woonkamer",
                (henk, ria, f"{AHMED} (wijkteam)", "casemanager dementie"),
                "Welke dagbesteding past bij Henk?",
                "Dat Henk iets heeft waar hij blij van wordt. Dat ik een dag voor mezelf heb.",
                6,
                "Casemanager dementie is aangesloten. Twee dagbestedingen besproken; Henk wil"
                " wel naar de zorgboerderij kijken.",
            ),
        ],
        specs,
    )
    home = {
        "geestelijke-gezondheid": 2,
        "zelfzorg": 3,
        "dagelijkse-activiteiten": 2,
        "tijdsbesteding": 2,
        "huiselijke-relaties": 2,
        "sociaal-netwerk": 4,
        "financien": 4,
    }
    home_specs = [
        Domain(s.key, s.situation, s.strengths, s.concerns, (home[s.key],), s.professional, s.own)
        for s in specs
    ]
    b.assess(ids[0], home_specs, 0, Perspective.CITIZEN, source=AssessmentSource.AT_HOME)
    since = b.weeks_ago(2)
    people = b.network(
        case_id,
        [
            Person(
                ria,
                "partner",
                FAM,
                INT,
                direction=BOTH,
                frequency="dagelijks",
                helps=[
                    ("zelfzorg", NOW, "aanwijzingen bij wassen en aankleden"),
                    ("dagelijkse-activiteiten", NOW, "het hele huishouden"),
                ],
                notes="Woont met Henk samen en draagt de zorg. Wil niet dat hij weg moet.",
                mantelzorger=True,
                needs_support=True,
                since=since,
            ),
            Person(
                "Ingrid van Dijk",
                "dochter",
                FAM,
                INT,
                frequency="wekelijks",
                helps=[
                    ("financien", NOW, "internetbankieren"),
                    ("tijdsbesteding", COULD, "op zaterdag met Henk wandelen"),
                ],
                notes="Schreef met haar ouders het persoonlijk plan.",
                mantelzorger=True,
                since=since,
            ),
            Person(
                "Jan van Dijk",
                "zoon",
                FAM,
                FRI,
                WEAK,
                GIVES,
                "eens per maand",
                helps=[("tijdsbesteding", COULD, "neemt Henk mee vissen")],
                notes="Woont in Zeeland.",
                since=since,
            ),
            Person(
                "Sophie van Dijk",
                "kleindochter",
                FAM,
                FRI,
                frequency="eens per twee weken",
                helps=[("sociaal-netwerk", NOW, "speelt piano voor opa")],
                since=since,
            ),
            Person(
                "Wim en Anneke Vos",
                "buren",
                VRI,
                FRI,
                direction=BOTH,
                frequency="dagelijks",
                helps=[
                    ("geestelijke-gezondheid", NOW, "letten op als Henk alleen naar buiten gaat")
                ],
                since=since,
            ),
            Person(
                "Cor Visser",
                "vismaat",
                VRI,
                ACQ,
                WEAK,
                NONE,
                notes="Stopte met samen vissen nadat Henk de weg kwijtraakte.",
                may_contact=False,
                since=since,
                until=b.weeks_ago(1),
            ),
            Person(
                "Biljartclub De Keu",
                "club",
                WRK,
                ACQ,
                WEAK,
                NONE,
                helps=[("tijdsbesteding", COULD, "Henk mag op dinsdag komen kijken")],
                since=since,
            ),
            Person(
                "Dr. Postma",
                "huisarts",
                PRO,
                SRV,
                frequency="bij klachten",
                since=since,
                helps=[("geestelijke-gezondheid", NOW, "medicatie en verwijzing")],
            ),
            Person(
                "Hanneke Smit",
                "casemanager dementie",
                PRO,
                SRV,
                frequency="maandelijks",
                since=b.days_ago(3),
                helps=[("geestelijke-gezondheid", NOW, "advies aan Ria over omgaan met onrust")],
            ),
            Person(
                "Alzheimer Café Oosterveld",
                "inloop",
                PRO,
                SRV,
                WEAK,
                GIVES,
                "eens per maand",
                helps=[("sociaal-netwerk", COULD, "lotgenoten voor Ria")],
                since=since,
            ),
        ],
    )
    due = b.in_weeks
    b.goals(
        case_id,
        [
            Aim(
                "tijdsbesteding",
                "Henk gaat twee dagen per week naar dagbesteding.",
                "Henk gaat er graag heen; Ria heeft twee vrije dagen.",
                due(8),
                3,
                actions=[
                    Do(
                        ActorKind.MAATWERK,
                        "Dagbesteding op de zorgboerderij.",
                        "Zorgboerderij De Hoeve",
                        maatwerk="dagbesteding",
                        due=due(6),
                    ),
                    Do(ActorKind.NETWORK, "Neemt Henk eens per maand mee vissen.", "Jan van Dijk"),
                ],
            ),
            Aim(
                "huiselijke-relaties",
                "Ria houdt het vol en slaapt beter.",
                "Ria geeft haar eigen belasting een 6 of lager (van 10).",
                due(12),
                3,
                author=Author.CITIZEN,
                member=ria,
                actions=[
                    Do(ActorKind.SELF, "Neemt elke week een ochtend voor zichzelf."),
                    Do(
                        ActorKind.VOLUNTEER,
                        "Zit op dinsdagmiddag bij Henk.",
                        "Vrijwilliger Handjehelpen",
                    ),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Gesprek met de mantelzorgconsulent.",
                        "Steunpunt Mantelzorg",
                        due=due(2),
                    ),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Samen naar het Alzheimer Café.",
                        "Alzheimer Café Oosterveld",
                    ),
                ],
            ),
            Aim(
                "geestelijke-gezondheid",
                "Ria weet wat ze kan doen als Henk onrustig wordt.",
                "Ria noemt drie dingen die helpen.",
                due(6),
                3,
                member=ria,
                actions=[
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Adviezen over onrust aan het eind van de dag.",
                        "Hanneke Smit (casemanager dementie)",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Letten op als Henk alleen naar buiten gaat.",
                        "Wim en Anneke Vos",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "financien",
                "De geldzaken zijn voor later geregeld.",
                "Er is een levenstestament.",
                due(16),
                5,
                author=Author.PROFESSIONAL,
                actions=[
                    Do(ActorKind.NETWORK, "Maakt een afspraak bij de notaris.", "Ingrid van Dijk"),
                ],
            ),
        ],
        people,
    )


# -- 6. Mevr. Tesfay: a single mother, her son in youth care ----------------------


def tesfay(b: Builder) -> None:
    hiwet, daniel, selam = "Hiwet Tesfay", "Daniel Tesfay", "Selam Tesfay"
    case_id = b.case(
        "Mevr. Tesfay",
        [
            (hiwet, "aanvrager", b.born(34, 5, 1)),
            (daniel, "kind", b.born(15, 10, 19)),
            (selam, "kind", b.born(7, 2, 3)),
        ],
        status=CaseStatus.PLAN,
        coordinator=JOKE,
        melding_date=b.weeks_ago(7),
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.RESIDENCE_PERMIT,
        verslag_sent=b.weeks_ago(2),
        aanvraag_date=b.weeks_ago(1),
    )
    specs = [
        Domain(
            "huiselijke-relaties",
            "Daniel is thuis vaak boos en gooit met spullen. Selam is daar bang van."
            " Daniel krijgt sinds een half jaar jeugdhulp.",
            "Hiwet is een liefdevolle moeder. Daniel zorgt goed voor zijn zus als het goed gaat.",
            "Spanning loopt op; jeugdhulp stopt over een maand.",
            citizen=(2, 3),
            professional=(2, 2),
            own="Daniel luistert niet meer naar mij. Ik ben soms bang voor zijn boosheid.",
        ),
        Domain(
            "werk-opleiding",
            "Hiwet volgt de inburgeringscursus. Daniel spijbelt vaak van het vmbo.",
            "Hiwet haalt goede cijfers op de taalcursus. Daniel is goed in techniek.",
            "Leerplicht heeft een melding gedaan over Daniel.",
            citizen=(3, 3),
            professional=(2, 3),
        ),
        Domain(
            "financien",
            "Toeslagen zijn stopgezet na een gemiste brief. Achterstand bij energie en huur.",
            "Hiwet houdt een schriftje bij van alles wat ze uitgeeft.",
            "Zonder toeslagen komt het gezin niet rond.",
            citizen=(2, 3),
            professional=(2, 2),
        ),
        Domain(
            "dagelijkse-activiteiten",
            "Brieven van instanties zijn in moeilijk Nederlands. Huishouden gaat goed.",
            "Huishouden, koken en boodschappen gaan prima.",
            "Belangrijke post wordt niet begrepen.",
            citizen=(4, 4),
            professional=(3, 3),
        ),
        Domain(
            "sociaal-netwerk",
            "Vriendinnen uit de kerk. Een tante woont in Rotterdam.",
            "Hecht netwerk in de Eritrese kerk.",
            "Hiwet schaamt zich om over Daniel te praten.",
            citizen=(4, 4),
            professional=(3, 3),
        ),
        Domain(
            "maatschappelijke-participatie",
            "Hiwet gaat naar de kerk en de taalcursus. Selam zit op zwemles.",
            "Ze wil graag meedoen in de buurt.",
            "Daniel doet niets buiten school.",
            citizen=(3, 4),
            professional=(3, 3),
        ),
        Domain(
            "huisvesting",
            "Driekamerflat op vier hoog zonder lift. Daniel en Selam delen een kamer.",
            "Schone en betaalbare woning.",
            "Geen eigen plek voor Daniel; veel ruzie daardoor.",
            citizen=(3, 3),
            professional=(3, 3),
        ),
    ]
    tolk = "tolk Tigrinya (telefonisch)"
    present = (hiwet, f"{JOKE} (wijkteam)")
    b.conversations(
        case_id,
        [
            Visit(
                b.weeks_ago(6),
                ConversationKind.INTAKE,
                "Thuis, aan de keukentafel",
                (*present, tolk),
                "Mijn zoon is altijd boos. Ik weet niet meer hoe ik hem kan helpen.",
                "Dat Daniel naar school gaat en dat het thuis rustig is.",
                4,
                "Gesprek met telefonische tolk. Hiwet vertelt over Daniel; over haar eigen"
                " zorgen en de vlucht wil ze nu niet praten. Stapel onbegrepen brieven,"
                " waaronder de stopzetting van de toeslagen.",
            ),
            Visit(
                b.weeks_ago(3),
                ConversationKind.PROGRESS,
                "Thuis, aan de keukentafel",
                (*present, daniel, tolk, "jeugdhulpverlener"),
                "Kan de hulp voor Daniel doorgaan?",
                "Daniel: dat mijn moeder niet meer boos is over school.",
                5,
                "Daniel was erbij en praatte mee. Afspraak: verlenging jeugdhulp aanvragen."
                " Formulierenbrigade heeft de toeslagen opnieuw aangevraagd.",
            ),
            Visit(
                b.weeks_ago(1),
                ConversationKind.EVALUATION,
                "Wijkteamkantoor, Buurthuis De Kroon",
                (*present, "Saba Haile (vriendin)"),
                "Het gaat iets beter. Ik wil zelf mijn brieven kunnen lezen.",
                "Zelf kunnen regelen. Rust in huis.",
                6,
                "Hiwet sprak zonder tolk; haar vriendin Saba vertaalde waar nodig. Daniel gaat"
                " weer naar school. Taalmaatje via Vluchtelingenwerk geregeld.",
            ),
        ],
        specs,
        declined=("geestelijke-gezondheid",),
    )
    since = b.weeks_ago(6)
    people = b.network(
        case_id,
        [
            Person(
                "Saba Haile",
                "vriendin uit de kerk",
                VRI,
                INT,
                direction=BOTH,
                frequency="paar keer per week",
                since=since,
                helps=[
                    ("dagelijkse-activiteiten", NOW, "vertaalt brieven"),
                    ("huiselijke-relaties", COULD, "brengt Selam naar school"),
                ],
            ),
            Person(
                "Tante Mebrat",
                "tante",
                FAM,
                FRI,
                WEAK,
                GIVES,
                "eens per maand bellen",
                notes="Woont in Rotterdam.",
                since=since,
            ),
            Person(
                "Yonas Tesfay",
                "vader van de kinderen",
                FAM,
                ACQ,
                STRESS,
                NONE,
                notes="Woont in Duitsland; af en toe telefonisch contact met Daniel dat"
                " onrust geeft.",
                may_contact=False,
                since=since,
            ),
            Person(
                "Buurvrouw Nadia",
                "buurvrouw",
                VRI,
                FRI,
                direction=BOTH,
                frequency="wekelijks",
                since=since,
                helps=[("huiselijke-relaties", NOW, "past op Selam")],
            ),
            Person(
                "Mentor Daniel",
                "mentor vmbo",
                WRK,
                SRV,
                frequency="eens per twee weken",
                since=since,
                helps=[("werk-opleiding", NOW, "belt bij verzuim")],
            ),
            Person(
                "Trainer Techniekclub",
                "trainer",
                WRK,
                ACQ,
                frequency="wekelijks",
                since=b.weeks_ago(1),
                helps=[
                    (
                        "maatschappelijke-participatie",
                        NOW,
                        "Daniel sleutelt op woensdag aan brommers",
                    )
                ],
            ),
            Person(
                "Jeugdteam Oosterveld",
                "jeugdhulpverlener",
                PRO,
                SRV,
                frequency="wekelijks",
                since=since,
                helps=[("huiselijke-relaties", NOW, "gesprekken met Daniel")],
            ),
            Person(
                "Leerplicht gemeente",
                "leerplichtambtenaar",
                PRO,
                SRV,
                WEAK,
                GIVES,
                "bij verzuim",
                since=since,
            ),
            Person(
                "Oud-taalmaatje Ellen",
                "taalmaatje",
                VRI,
                ACQ,
                WEAK,
                GIVES,
                notes="Gestopt wegens verhuizing.",
                since=since,
                until=b.weeks_ago(5),
            ),
        ],
    )
    due = b.in_weeks
    b.goals(
        case_id,
        [
            Aim(
                "huiselijke-relaties",
                "Het is rustig in huis; Daniel gooit niet meer met spullen.",
                "Hiwet en Daniel geven de rust thuis een 7.",
                due(12),
                3,
                member=daniel,
                actions=[
                    Do(
                        ActorKind.SELF,
                        "Spreekt met Daniel een vast moment per week af om te praten.",
                    ),
                    Do(
                        ActorKind.MAATWERK,
                        "Verlenging jeugdhulp, wekelijks gesprek met Daniel.",
                        "Jeugdteam Oosterveld",
                        maatwerk="ambulante jeugdhulp",
                        due=due(2),
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Past op Selam als het thuis te druk is.",
                        "Buurvrouw Nadia",
                    ),
                ],
            ),
            Aim(
                "werk-opleiding",
                "Daniel gaat elke dag naar school.",
                "Geen ongeoorloofd verzuim in acht weken.",
                due(8),
                3,
                member=daniel,
                status=GoalStatus.PARTLY,
                actions=[
                    Do(
                        ActorKind.NETWORK,
                        "Belt Hiwet als Daniel er niet is.",
                        "Mentor Daniel",
                        status=ActionStatus.BUSY,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Gesprek met Daniel en Hiwet over verzuim.",
                        "Leerplicht gemeente",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "financien",
                "De toeslagen lopen weer.",
                "Huur- en zorgtoeslag staan weer op de rekening.",
                due(4),
                3,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Vraagt de toeslagen opnieuw aan.",
                        "Formulierenbrigade",
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.PROFESSIONAL,
                        "Betalingsregeling voor huur en energie.",
                        "Schuldhulpverlening gemeente",
                        due=due(3),
                    ),
                ],
            ),
            Aim(
                "dagelijkse-activiteiten",
                "Hiwet begrijpt zelf haar brieven.",
                "Hiwet legt in het volgende gesprek een brief uit.",
                due(12),
                4,
                author=Author.CITIZEN,
                actions=[
                    Do(
                        ActorKind.VOLUNTEER,
                        "Oefent elke week met brieven en formulieren.",
                        "Taalmaatje Vluchtelingenwerk",
                    ),
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Taalcafé op donderdag.",
                        "Bibliotheek Oosterveld",
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Vertaalt brieven zolang het nog nodig is.",
                        "Saba Haile",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
            Aim(
                "maatschappelijke-participatie",
                "Daniel heeft een club waar hij graag heen gaat.",
                "Daniel gaat vier weken achter elkaar.",
                due(6),
                4,
                author=Author.TOGETHER,
                member=daniel,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Techniekclub op woensdagmiddag.",
                        "Buurthuis De Kroon",
                        status=ActionStatus.BUSY,
                    ),
                ],
            ),
        ],
        people,
    )
    b.draft(
        case_id,
        evaluation_date=b.in_weeks(10),
        agreements="De jeugdhulp voor Daniel loopt door. Hiwet oefent met een taalmaatje.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
    )


# -- 7. Dhr. Jansen: help in the house after his wife died (closed) ---------------


def jansen(b: Builder) -> None:
    gerrit = "Gerrit Jansen"
    closed = b.weeks_ago(8)
    case_id = b.case(
        "Dhr. Jansen",
        [(gerrit, "aanvrager", b.born(82, 10, 30))],
        status=CaseStatus.AFGESLOTEN,
        coordinator=SANNE,
        melding_date=b.weeks_ago(26),
        persoonlijk_plan_offered=True,
        clientondersteuning_offered=True,
        identity_checked=True,
        identity_document=IdDocument.PASSPORT,
        verslag_sent=b.weeks_ago(22),
        aanvraag_date=b.weeks_ago(21),
        beschikking_date=b.weeks_ago(20),
        retention_until=years_later(closed, 15),
    )
    specs = [
        Domain(
            "dagelijkse-activiteiten",
            "Zijn vrouw deed het huishouden en kookte. Sinds haar overlijden eet hij brood"
            " en is het huis vuil.",
            "Doet zelf de boodschappen op de fiets.",
            "Eet niet gezond; huis raakt vervuild.",
            citizen=(3, 4, 4),
            professional=(2, 3, 4),
            own="Dini deed alles in huis. Ik weet niet eens hoe de wasmachine werkt.",
        ),
        Domain(
            "sociaal-netwerk",
            "Weduwnaar sinds acht maanden. Dochter Anja belt elke dag.",
            "Goede buurman; dochter betrokken.",
            "Eenzaam, vooral op zondag.",
            citizen=(3, 3, 4),
            professional=(3, 3, 4),
        ),
        Domain(
            "zelfzorg",
            "Verzorgt zichzelf goed; scheert zich elke dag.",
            "Vaste routine in de ochtend.",
            "Geen.",
            citizen=(5,),
            professional=(4, 5),
        ),
    ]
    present = (gerrit, "Anja Jansen (dochter)", f"{SANNE} (wijkteam)")
    b.conversations(
        case_id,
        [
            Visit(
                b.weeks_ago(25),
                ConversationKind.INTAKE,
                "Thuis",
                present,
                "Sinds Dini er niet meer is, lukt het huishouden niet.",
                "Netjes wonen, zoals Dini het wilde. Een warme maaltijd.",
                4,
                "Meneer is verdrietig maar helder. Dochter woont in de buurt en werkt.",
            ),
            Visit(
                b.weeks_ago(10),
                ConversationKind.EVALUATION,
                "Thuis",
                present,
                "Het gaat goed met de hulp. Moet er nog iets?",
                "Zo houden.",
                7,
                "Huishoudelijke hulp loopt goed. Meneer eet drie keer per week in het buurthuis.",
            ),
            Visit(
                closed,
                ConversationKind.CLOSING,
                "Thuis",
                (gerrit, f"{SANNE} (wijkteam)"),
                "Ik red me. Ik heb jullie niet meer nodig.",
                "Dat ik mijn eigen gang kan gaan.",
                7,
                "Afsluitend gesprek. Alle doelen behaald. Dossier gesloten; meneer weet dat"
                " hij het wijkteam altijd kan bellen.",
            ),
        ],
        specs,
    )
    since = b.weeks_ago(25)
    people = b.network(
        case_id,
        [
            Person(
                "Anja Jansen",
                "dochter",
                FAM,
                INT,
                frequency="dagelijks bellen",
                since=since,
                helps=[("sociaal-netwerk", NOW, "belt elke dag, komt op zondag eten")],
                mantelzorger=True,
            ),
            Person(
                "Dini Jansen",
                "echtgenote (overleden)",
                FAM,
                INT,
                direction=BOTH,
                may_contact=False,
                notes="Overleden, acht maanden voor de melding.",
                since=since,
                until=since,
            ),
            Person(
                "Sjaak de Boer",
                "buurman",
                VRI,
                FRI,
                direction=BOTH,
                frequency="dagelijks",
                since=since,
                helps=[("sociaal-netwerk", NOW, "samen koffie in de ochtend")],
            ),
            Person("Dr. Meijer", "huisarts", PRO, SRV, frequency="bij klachten", since=since),
            Person(
                "Thuiszorg De Linde",
                "huishoudelijke hulp",
                PRO,
                SRV,
                frequency="wekelijks",
                since=b.weeks_ago(20),
                helps=[("dagelijkse-activiteiten", NOW, "schoonmaken")],
            ),
        ],
    )
    b.goals(
        case_id,
        [
            Aim(
                "dagelijkse-activiteiten",
                "Het huis is schoon.",
                "Meneer en dochter vinden het huis schoon.",
                b.weeks_ago(12),
                4,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.MAATWERK,
                        "Drie uur per week schoonmaken.",
                        "Thuiszorg De Linde",
                        maatwerk="huishoudelijke hulp",
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.NETWORK,
                        "Leert vader de wasmachine gebruiken.",
                        "Anja Jansen",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "dagelijkse-activiteiten",
                "Meneer eet elke dag een warme maaltijd.",
                "Meneer zegt dat hij elke dag warm eet.",
                b.weeks_ago(12),
                4,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.GENERAL_FACILITY,
                        "Drie keer per week samen eten.",
                        "Buurthuis De Kroon",
                        status=ActionStatus.DONE,
                    ),
                    Do(
                        ActorKind.SELF,
                        "Warmt de andere dagen een maaltijd op.",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Aim(
                "sociaal-netwerk",
                "De zondag is niet meer leeg.",
                "Meneer heeft op zondag een vaste afspraak.",
                b.weeks_ago(10),
                4,
                author=Author.CITIZEN,
                status=GoalStatus.ACHIEVED,
                actions=[
                    Do(
                        ActorKind.NETWORK,
                        "Komt op zondag eten.",
                        "Anja Jansen",
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
        ],
        people,
    )
    signed_on = b.weeks_ago(22)
    b.sign(
        case_id,
        [
            Signature(SignerRole.CITIZEN, gerrit, signed_on, PLACE),
            Signature(SignerRole.PROFESSIONAL, SANNE, signed_on, PLACE),
        ],
        evaluation_date=b.weeks_ago(10),
        agreements="Meneer krijgt huishoudelijke hulp en eet drie keer per week in het buurthuis.",
        informed_clientondersteuning=True,
        informed_persoonlijk_plan=True,
        copy_received=True,
    )


HOUSEHOLDS = (de_vries, bakker, kerkhof, hoekstra, van_dijk, tesfay, jansen)


def build_demo(repo: Repository, today: dt.date | None = None) -> list[str]:
    """Create the fictional households through `repo`; returns their case references."""
    builder = Builder(repo, today or dt.date.today())
    for household in HOUSEHOLDS:
        household(builder)
    return builder.references


def create_demo_database(
    path: Path, passphrase: str, kdf_params: KdfParams | None = None
) -> list[str]:
    """A new encrypted database at `path`, filled with the demo households."""
    store = create_database(path, passphrase, kdf_params=kdf_params)
    try:
        return build_demo(Repository(store, origin="demo"))
    finally:
        store.close()
