"""Plain dataclasses for everything the database holds.

No Qt, no SQL: the store maps these to rows, the UI and the PDF read them.
Dates are `datetime.date`; moments are ISO 8601 strings in UTC produced by the store.
Enumerations are `StrEnum`s so their values are the stable strings kept in the
database and in exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, Words


class CaseStatus(StrEnum):
    MELDING = "melding"  # reported, conversation not yet held
    ONDERZOEK = "onderzoek"  # the conversation(s) are under way
    PLAN = "plan"  # a plan is being carried out
    EVALUATIE = "evaluatie"
    AFGESLOTEN = "afgesloten"


class CaseKind(StrEnum):
    """Which law the route follows (core.process.route)."""

    WMO = "wmo"  # Wmo 2015: melding, onderzoek, verslag, aanvraag, beschikking
    JEUGD = "jeugd"  # Jeugdwet: familiegroepsplan offered first, its own decision term


class ConversationKind(StrEnum):
    INTAKE = "intake"  # melding / first conversation
    PROGRESS = "voortgang"
    EVALUATION = "evaluatie"
    CLOSING = "afsluiting"


class Perspective(StrEnum):
    CITIZEN = "burger"
    PROFESSIONAL = "professional"


class AssessmentSource(StrEnum):
    AT_TABLE = "aan-tafel"
    AT_HOME = "thuis"  # imported from the citizen's self-assessment file


class IdDocument(StrEnum):
    PASSPORT = "paspoort"
    ID_CARD = "identiteitskaart"
    DRIVING_LICENCE = "rijbewijs"
    RESIDENCE_PERMIT = "verblijfsdocument"


class Ring(StrEnum):
    """Closeness on the network map, inner to outer."""

    INTIMATE = "intiem"
    FRIEND = "vriend"
    ACQUAINTANCE = "kennis"
    SERVICE = "dienst"


class Sector(StrEnum):
    FAMILY = "familie"
    FRIENDS = "vrienden-buren"
    WORK = "werk-school-club"
    PROFESSIONAL = "professioneel"


class Quality(StrEnum):
    STRONG = "sterk"
    WEAK = "zwak"
    STRESSFUL = "belastend"


class HelpDirection(StrEnum):
    GIVES = "geeft"  # helps the household
    RECEIVES = "ontvangt"  # is helped by the household
    BOTH = "wederzijds"
    NONE = "geen"


class HelpKind(StrEnum):
    NOW = "nu"
    COULD = "kan"


class Author(StrEnum):
    """Who wrote a goal or an action (issue 14: the citizen's own plan comes first)."""

    CITIZEN = "burger"
    NETWORK = "netwerk"  # the citizen's circle: family, friends, neighbours
    PROFESSIONAL = "professional"
    TOGETHER = "samen"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "behaald"
    PARTLY = "deels"
    STOPPED = "gestopt"


class ActorKind(StrEnum):
    """Who carries out an action, in the eigen-kracht order (Wmo 2.3.2 lid 4 b-e)."""

    SELF = "zelf"
    NETWORK = "netwerk"
    VOLUNTEER = "vrijwilliger"
    GENERAL_FACILITY = "algemene-voorziening"
    PROFESSIONAL = "professional"
    MAATWERK = "maatwerk"

    @property
    def order(self) -> int:
        return list(ActorKind).index(self)


class ActionStatus(StrEnum):
    PLANNED = "gepland"
    BUSY = "bezig"
    DONE = "klaar"
    CANCELLED = "vervallen"


class PlanStatus(StrEnum):
    DRAFT = "concept"
    SIGNED = "ondertekend"


class Agreement(StrEnum):
    AGREES = "akkoord"
    WITH_REMARKS = "akkoord-met-opmerkingen"
    DISAGREES = "niet-akkoord"


class SignerRole(StrEnum):
    CITIZEN = "burger"
    REPRESENTATIVE = "vertegenwoordiger"
    PROFESSIONAL = "professional"
    NETWORK = "netwerk"


@dataclass
class Case:
    """One household: one plan, one coordinating worker."""

    reference: str
    household_name: str
    id: int | None = None
    status: CaseStatus = CaseStatus.MELDING
    coordinator: str = ""
    melding_date: dt.date | None = None
    persoonlijk_plan_offered: bool = False
    persoonlijk_plan_received: dt.date | None = None
    clientondersteuning_offered: bool = False
    identity_checked: bool = False
    identity_document: IdDocument | None = None
    verslag_sent: dt.date | None = None
    aanvraag_date: dt.date | None = None
    beschikking_date: dt.date | None = None  # the decision was sent
    retention_until: dt.date | None = None
    pseudonymise: bool = False
    created_at: str = ""
    updated_at: str = ""
    # The route (migration 0003, core.process.route): what happened on which day.
    case_kind: CaseKind = CaseKind.WMO
    clientondersteuning_date: dt.date | None = None  # told about cliëntondersteuning
    familiegroepsplan_offered: dt.date | None = None  # Jeugdwet: offered on this day
    onderzoek_date: dt.date | None = None  # the onderzoek conversation (else: the first one)
    evaluated_on: dt.date | None = None  # the plan was evaluated
    closed_on: dt.date | None = None
    closed_reason: str = ""
    status_override: CaseStatus | None = None  # the worker's own choice, with a reason
    status_reason: str = ""
    # Jeugdwet: the day the family's own familiegroepsplan came in (migration 0006);
    # the Wmo's persoonlijk plan has persoonlijk_plan_received.
    familiegroepsplan_received: dt.date | None = None
    # Hand-over (migration 0007): the case's stable id in every database, and the day
    # it was handed over to a colleague, with that colleague's name.
    uid: str = ""
    handed_over_on: dt.date | None = None
    handed_over_to: str = ""


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: what the list shows and sorts on, nothing more."""

    id: int
    reference: str
    household_name: str
    status: CaseStatus
    coordinator: str
    melding_date: dt.date | None
    persoonlijk_plan_received: dt.date | None
    verslag_sent: dt.date | None
    aanvraag_date: dt.date | None
    beschikking_date: dt.date | None
    updated_at: str
    case_kind: CaseKind = CaseKind.WMO
    closed_on: dt.date | None = None


# The roles of a household member as stored: Dutch words in every language (they are
# data; the questionnaire choice reads them), shown and printed in the program's language
# through these words. A role typed in is kept and shown as typed.
HOUSEHOLD_ROLE_NAMES: Words[str] = Words(
    "HouseholdRole",
    {
        "aanvrager": QT_TRANSLATE_NOOP("HouseholdRole", "aanvrager"),
        "partner": QT_TRANSLATE_NOOP("HouseholdRole", "partner"),
        "kind": QT_TRANSLATE_NOOP("HouseholdRole", "kind"),
        "ouder": QT_TRANSLATE_NOOP("HouseholdRole", "ouder"),
        "pleegkind": QT_TRANSLATE_NOOP("HouseholdRole", "pleegkind"),
        "huisgenoot": QT_TRANSLATE_NOOP("HouseholdRole", "huisgenoot"),
    },
)
HOUSEHOLD_ROLES = tuple(HOUSEHOLD_ROLE_NAMES)


def household_role_text(role: str) -> str:
    """A stored role as shown and printed: a known one translated, one typed in as it is."""
    return HOUSEHOLD_ROLE_NAMES.get(role.strip().lower(), role)


@dataclass
class Member:
    case_id: int
    name: str
    id: int | None = None
    birth_date: dt.date | None = None
    role: str = ""  # e.g. "aanvrager", "partner", "kind"
    phone: str = ""
    email: str = ""
    address: str = ""
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class Conversation:
    case_id: int
    date: dt.date
    id: int | None = None
    kind: ConversationKind = ConversationKind.INTAKE
    place: str = ""
    present: list[str] = field(default_factory=list)
    question: str = ""  # the citizen's own words
    what_matters: str = ""
    wellbeing: int | None = None  # 0-10
    notes: str = ""
    current_page: str = ""  # where the guided conversation was left
    # The instruments chosen for this conversation, "id@version" each, in the order
    # shown (core.instruments.Catalogue.for_refs); empty: the organisation's defaults.
    instruments: list[str] = field(default_factory=list)
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class DomainScore:
    domain: str  # instrument domain key
    level: int | None = None
    not_discussed: bool = False
    reason: str = ""  # why not discussed / not needed
    situation: str = ""
    strengths: str = ""
    concerns: str = ""
    share_self: int | None = None  # percentages, summing to 100 when all given
    share_network: int | None = None
    share_professional: int | None = None
    wants_to_discuss: bool = False


@dataclass
class Assessment:
    conversation_id: int
    instrument_id: str
    instrument_version: str
    perspective: Perspective
    id: int | None = None
    member_id: int | None = None  # None: the household as a whole
    source: AssessmentSource = AssessmentSource.AT_TABLE
    scores: list[DomainScore] = field(default_factory=list)
    created_at: str = ""
    uid: str = ""  # stable id in every database (migration 0007)

    def score(self, domain: str) -> DomainScore | None:
        return next((s for s in self.scores if s.domain == domain), None)


@dataclass
class NetworkHelp:
    domain: str
    kind: HelpKind = HelpKind.NOW
    what: str = ""


@dataclass
class NetworkPerson:
    case_id: int
    name: str
    id: int | None = None
    role: str = ""  # "dochter", "buurvrouw", "huisarts" ...
    sector: Sector = Sector.FAMILY
    ring: Ring = Ring.FRIEND
    quality: Quality = Quality.STRONG
    direction: HelpDirection = HelpDirection.GIVES
    contact_frequency: str = ""
    is_mantelzorger: bool = False
    overburdened: bool = False
    needs_support: bool = False
    may_contact: bool = False
    notes: str = ""
    since: dt.date | None = None  # on the map from this date
    until: dt.date | None = None  # left the network on this date
    helps: list[NetworkHelp] = field(default_factory=list)
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class Action:
    goal_id: int
    what: str
    id: int | None = None
    actor_kind: ActorKind = ActorKind.SELF
    network_person_id: int | None = None
    actor_name: str = ""  # volunteer, facility or professional's name
    maatwerk_kind: str = ""  # kind of maatwerkvoorziening, for MAATWERK
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    ongoing: bool = False  # "doorlopend": runs on without an end date (instead of due_date)
    author: Author = Author.TOGETHER  # who wrote it (migration 0006)
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class Goal:
    case_id: int
    domain: str
    text: str
    id: int | None = None
    member_id: int | None = None
    measure: str = ""  # how we will know
    due_date: dt.date | None = None
    target_level: int | None = None  # on the scale of `instrument`
    author: Author = Author.TOGETHER
    status: GoalStatus = GoalStatus.OPEN
    actions: list[Action] = field(default_factory=list)
    # The instrument `domain` belongs to, "id@version"; "" for goals made before
    # instruments were chosen per conversation: the store then takes the newest of the
    # case's assessments that scores this domain (else the default set).
    instrument: str = ""
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class Signature:
    role: SignerRole
    name: str
    date: dt.date
    place: str = ""
    agreement: Agreement = Agreement.AGREES
    remarks: str = ""
    id: int | None = None
    plan_version_id: int | None = None


@dataclass
class PlanVersion:
    case_id: int
    number: int
    id: int | None = None
    status: PlanStatus = PlanStatus.DRAFT
    snapshot: str = ""  # canonical JSON of what the printed plan shows
    fingerprint: str = ""  # SHA-256 hex of the snapshot
    evaluation_date: dt.date | None = None
    agreements: str = ""
    remarks: str = ""
    informed_clientondersteuning: bool = False
    informed_persoonlijk_plan: bool = False
    copy_received: bool = False
    created_at: str = ""
    signed_at: str = ""
    signatures: list[Signature] = field(default_factory=list)
    uid: str = ""  # stable id in every database (migration 0007)


@dataclass
class OwnPlanRecord:
    """The citizen's own plan as they brought it (a persoonlijk plan or a
    familiegroepsplan), kept in their words: one row per plan taken in; a newer one does
    not replace an older one. `content` is the plan as plain JSON
    (exchange.selfassessment.OwnPlan through core.serial.to_plain)."""

    case_id: int
    kind: str  # "persoonlijk-plan" or "familiegroepsplan" (exchange.selfassessment.PlanKind)
    received_on: dt.date  # the day it was taken in
    id: int | None = None
    source: str = "thuis"  # OWN_PLAN_SOURCES: "thuis" (the file), "papier"
    content: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    uid: str = ""  # stable id in every database (migration 0007)


OWN_PLAN_KINDS: tuple[str, ...] = ("persoonlijk-plan", "familiegroepsplan")
OWN_PLAN_SOURCES: tuple[str, ...] = ("thuis", "papier")


@dataclass
class ImportRecord:
    """One import of a self-assessment file into a case (migration 0006): which content
    (`digest`, SHA-256 hex of its canonical JSON), saved when (the file's `saved_at`),
    taken in when, and the content itself, so that the same file again is recognised
    and only what changed is offered (exchange.selfassessment.review(previous=))."""

    case_id: int
    digest: str
    id: int | None = None
    saved_at: str = ""
    imported_at: str = ""
    content: dict[str, Any] = field(default_factory=dict)


@dataclass
class CaseFile:
    """Everything held about one case, as read in one go (overview, export, plan)."""

    case: Case
    members: list[Member] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    network: list[NetworkPerson] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    plans: list[PlanVersion] = field(default_factory=list)
    own_plans: list[OwnPlanRecord] = field(default_factory=list)  # by received_on, id


ChangeKind = Literal["C", "U", "D"]  # created, updated, deleted


@dataclass(frozen=True)
class Change:
    """What a store write changed, one row each: views refresh from this, undo stands
    on it. `table` and `id` name the row, `case_id` its case, `fields` the columns an
    update set (or the domain of a score, "helps" for what a person helps with).
    `Repository.unit()` collects the Changes of all writes of one user action."""

    table: str
    action: ChangeKind
    id: int
    case_id: int | None = None
    fields: tuple[str, ...] = ()
