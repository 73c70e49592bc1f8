"""Fictional demo households, for trying the program and for benchmarks.

Everything in them is made up: names, addresses and stories. The households are data,
one TOML file each in resources/demo/ (the format: docs/demo-data.md; read strictly by
`eigenkracht.demo_data`); this module builds them through the Repository only (no
SQL), so the demo also exercises the audit log. The result is deterministic: a fixed
random generator and dates relative to `today`, so the Wmo deadlines always show a
realistic spread of far, near and overdue.

Two households are benchmarks: the Bakker family (all 13 life domains scored, 28
people on the network map, 20 goals: the largest plan PDF) and Mr Hoekstra (20
conversations over two years: the longest history).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eigenkracht import demo_data
from eigenkracht.core import serial
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Assessment,
    AssessmentSource,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    Member,
    NetworkHelp,
    NetworkPerson,
    OwnPlanRecord,
    Perspective,
    Signature,
)
from eigenkracht.core.plan import build_snapshot
from eigenkracht.demo_data import Day, DomainSpec, Household, PlanSpec
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository

if TYPE_CHECKING:
    from eigenkracht.store.crypto import KdfParams

# The demo team: the coordinators of the households.
SANNE = "Sanne Visser"
AHMED = "Ahmed El Amrani"
JOKE = "Joke Mulder"

SETTINGS = demo_data.bundled_settings()
SEED = SETTINGS.seed
LEEFGEBIEDEN = SETTINGS.instrument
LADDER = SETTINGS.ladder
NOT_NEEDED = SETTINGS.not_needed
NOT_NOW = SETTINGS.not_now


def as_of(case_file: CaseFile, day: dt.date) -> CaseFile:
    """The case as it stood at the end of `day`: the conversations held until then."""
    conversations = [c for c in case_file.conversations if c.date <= day]
    held = {c.id for c in conversations}
    return dataclasses.replace(
        case_file,
        conversations=conversations,
        assessments=[a for a in case_file.assessments if a.conversation_id in held],
        plans=[],
    )


@dataclass
class Builder:
    """Builds households through the Repository, with one random generator."""

    repo: Repository
    today: dt.date
    settings: demo_data.Settings = field(default_factory=demo_data.bundled_settings)
    references: list[str] = field(default_factory=list)
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.settings.seed)
        self.instrument, self.ladder_instrument = demo_data.instruments(self.settings)

    def born(self, age: int, birthday: str) -> dt.date:
        """A birth date that makes the person `age` years old today."""
        month, day = (int(part) for part in birthday.split("-"))
        this_year = dt.date(self.today.year, month, day)
        return dt.date(self.today.year - age - (this_year > self.today), month, day)

    # -- assessments -----------------------------------------------------------------------

    def shares(self, level: int) -> tuple[int | None, int | None, int | None]:
        """Who carries the situation: the lower the level, the more others carry."""
        if self.rng.random() < 0.15:
            return None, None, None
        professional = (5 - level) * 10 + self.rng.choice((0, 5, 10))
        network = self.rng.choice((10, 15, 20, 25, 30, 35))
        return 100 - professional - network, network, professional

    def score(
        self, spec: DomainSpec, index: int, perspective: Perspective, home: bool
    ) -> DomainScore:
        first = spec.from_conversation - 1
        if index < first and not home:
            return DomainScore(spec.key, not_discussed=True, reason=self.settings.not_now)
        levels = spec.citizen if perspective is Perspective.CITIZEN else spec.professional
        level = spec.home if home and spec.home is not None else levels[min(index, len(levels) - 1)]
        citizen = perspective is Perspective.CITIZEN
        situation = spec.own if citizen and spec.own else spec.situation
        if index > first and not home:
            change = level - levels[min(index - 1, len(levels) - 1)]
            s = self.settings
            situation += " " + (s.better if change > 0 else s.worse if change < 0 else s.same)
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
            wants_to_discuss=citizen and level <= 2,
        )

    def assess(
        self,
        conversation_id: int,
        household: Household,
        index: int,
        perspective: Perspective,
        home: bool = False,
    ) -> None:
        specs = {s.key: s for s in household.domains}
        scores = []
        for key in self.instrument.domain_keys():
            if key in specs:
                scores.append(self.score(specs[key], index, perspective, home))
            else:
                declined = key in household.declined
                reason = self.settings.not_now if declined else self.settings.not_needed
                scores.append(DomainScore(key, not_discussed=True, reason=reason))
        self.repo.add_assessment(
            Assessment(
                conversation_id=conversation_id,
                instrument_id=self.instrument.id,
                instrument_version=self.instrument.version,
                perspective=perspective,
                source=AssessmentSource.AT_HOME if home else AssessmentSource.AT_TABLE,
                scores=scores,
            )
        )

    def ladder(
        self, conversation_id: int, member_id: int | None, rung: demo_data.LadderSpec
    ) -> None:
        """The participation ladder (one rung for the whole person), both perspectives."""
        for perspective, level in (
            (Perspective.CITIZEN, rung.citizen),
            (Perspective.PROFESSIONAL, rung.professional),
        ):
            self.repo.add_assessment(
                Assessment(
                    conversation_id=conversation_id,
                    instrument_id=self.ladder_instrument.id,
                    instrument_version=self.ladder_instrument.version,
                    perspective=perspective,
                    member_id=member_id,
                    scores=[
                        DomainScore(
                            self.settings.ladder_domain, level=level, situation=rung.situation
                        )
                    ],
                )
            )

    # -- one household ---------------------------------------------------------------------

    def household(self, h: Household) -> None:
        """The case, its conversations with both perspectives (then the ladders and the
        self-assessments from home), the network, the goals and the plan versions, in the
        order the random generator has always been used in."""
        melding = Day.parse(h.melding_date).on(self.today)

        def day(text: str | None) -> dt.date | None:
            return None if text is None else Day.parse(text).on(self.today, melding)

        reference = self.repo.next_reference()
        case = Case(
            reference=reference,
            household_name=h.household_name,
            coordinator=h.coordinator,
            melding_date=melding,
            persoonlijk_plan_offered=h.persoonlijk_plan_offered,
            persoonlijk_plan_received=day(h.persoonlijk_plan_received),
            clientondersteuning_offered=h.clientondersteuning_offered,
            identity_checked=h.identity_checked,
            identity_document=h.identity_document,
            verslag_sent=day(h.verslag_sent),
            aanvraag_date=day(h.aanvraag_date),
            beschikking_date=day(h.beschikking_date),
            retention_until=day(h.retention_until),
            # The status follows from these days and the conversations (core.process).
            case_kind=h.case_kind,
            clientondersteuning_date=day(h.clientondersteuning_date),
            familiegroepsplan_offered=day(h.familiegroepsplan_offered),
            familiegroepsplan_received=day(h.familiegroepsplan_received),
            onderzoek_date=day(h.onderzoek_date),
            evaluated_on=day(h.evaluated_on),
            closed_on=day(h.closed_on),
            closed_reason=h.closed_reason,
        )
        members = [
            Member(case_id=0, name=m.name, role=m.role, birth_date=self.born(m.age, m.birthday))
            for m in h.members
        ]
        created = self.repo.create_case(case, members)
        case_id = created.case.id
        assert case_id is not None
        self.references.append(reference)
        member_ids = {m.name: m.id for m in created.members}

        held: list[int] = []
        for index, c in enumerate(h.conversations):
            stored = self.repo.add_conversation(
                Conversation(
                    case_id=case_id,
                    date=Day.parse(c.date).on(self.today, melding),
                    kind=c.kind,
                    place=c.place,
                    present=list(c.present),
                    question=c.question,
                    what_matters=c.what_matters,
                    wellbeing=c.wellbeing,
                    notes=c.notes,
                )
            )
            assert stored.id is not None
            held.append(stored.id)
            for perspective in (Perspective.CITIZEN, Perspective.PROFESSIONAL):
                self.assess(stored.id, h, index, perspective)
        for conversation_id, c in zip(held, h.conversations, strict=True):
            for rung in c.ladder:
                self.ladder(conversation_id, member_ids[rung.member], rung)
        for index, (conversation_id, c) in enumerate(zip(held, h.conversations, strict=True)):
            if c.at_home:
                self.assess(conversation_id, h, index, Perspective.CITIZEN, home=True)

        people = self.network(case_id, h, day)
        if h.own_plan is not None:
            self.own_plan(case_id, h.own_plan, day)
        self.goals(case_id, h, day, people, member_ids)
        for plan in h.plans:
            self.plan(case_id, plan, day)

    def network(
        self, case_id: int, h: Household, day: Callable[[str | None], dt.date | None]
    ) -> dict[str, int]:
        ids: dict[str, int] = {}
        for p in h.network:
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
                    since=day(p.since),
                    until=day(p.until),
                    helps=[NetworkHelp(x.domain, x.kind, x.what) for x in p.helps],
                )
            )
            assert stored.id is not None
            ids[p.name] = stored.id
        return ids

    def own_plan(
        self,
        case_id: int,
        spec: demo_data.OwnPlanSpec,
        day: Callable[[str | None], dt.date | None],
    ) -> None:
        """The citizen's own plan, taken in the way an import takes it in (the
        store's import path, `Repository.import_at_home`), beside the first
        conversation held on or after the day it came in."""
        from eigenkracht.exchange.selfassessment import (
            OwnAction,
            OwnAsk,
            OwnGoal,
            OwnPlan,
            Participant,
            PlanKind,
        )

        received = day(spec.received)
        assert received is not None
        plan = OwnPlan(
            kind=PlanKind(spec.kind),
            goals=[OwnGoal(g.text, g.domain) for g in spec.goals],
            actions=[
                OwnAction(a.what, a.who, a.when, a.ongoing, None if a.goal is None else a.goal - 1)
                for a in spec.actions
            ],
            asks=[OwnAsk(a.what, a.from_whom) for a in spec.asks],
            written_with=[Participant(p.name, p.who, p.takes_on) for p in spec.written_with],
        )
        record = OwnPlanRecord(
            case_id=case_id,
            kind=plan.kind.value,
            received_on=received,
            source=spec.source,
            content=serial.to_plain(plan),
        )
        held = sorted(self.repo.load_case(case_id).conversations, key=lambda c: (c.date, c.id))
        after = [c for c in held if c.date >= received] or held
        self.repo.import_at_home(case_id, after[0], {}, None, own_plan=record, today=self.today)

    def goals(
        self,
        case_id: int,
        h: Household,
        day: Callable[[str | None], dt.date | None],
        people: dict[str, int],
        member_ids: dict[str, int | None],
    ) -> None:
        for g in h.goals:
            actions = []
            for a in g.actions:
                action = Action(
                    goal_id=0,
                    what=a.what,
                    actor_kind=a.kind,
                    maatwerk_kind=a.maatwerk,
                    due_date=day(a.due),
                    status=a.status,
                    ongoing=a.ongoing,
                    author=a.author,
                )
                if a.kind is ActorKind.NETWORK:
                    action.network_person_id = people[a.who]
                elif a.kind is not ActorKind.SELF:
                    action.actor_name = a.who
                actions.append(action)
            self.repo.add_goal(
                Goal(
                    case_id=case_id,
                    domain=g.domain,
                    text=g.text,
                    member_id=member_ids[g.member] if g.member else None,
                    measure=g.measure,
                    due_date=day(g.due),
                    target_level=g.target,
                    author=g.author,
                    status=g.status,
                    actions=actions,
                )
            )

    def plan(
        self, case_id: int, spec: PlanSpec, day: Callable[[str | None], dt.date | None]
    ) -> None:
        """A plan version; with signatures, signed over the plan as it stood that day."""
        plan = self.repo.new_plan_version(
            case_id,
            evaluation_date=day(spec.evaluation_date),
            agreements=spec.agreements,
            remarks=spec.remarks,
            informed_clientondersteuning=spec.informed_clientondersteuning,
            informed_persoonlijk_plan=spec.informed_persoonlijk_plan,
            copy_received=spec.copy_received,
        )
        if not spec.signatures:
            return
        signatures = []
        for s in spec.signatures:
            signed_on = day(s.date)
            assert signed_on is not None
            signatures.append(Signature(s.role, s.name, signed_on, s.place, s.agreement, s.remarks))
        then = as_of(self.repo.load_case(case_id), signatures[0].date)
        snapshot = build_snapshot(
            then, self.instrument, plan, today=signatures[0].date, signatures=signatures
        )
        assert plan.id is not None
        self.repo.sign_plan(plan.id, snapshot, signatures)


def build_demo(repo: Repository, today: dt.date | None = None) -> list[str]:
    """Create the fictional households through `repo`; returns their case references."""
    builder = Builder(repo, today or dt.date.today())
    for _name, household in demo_data.bundled_households():
        builder.household(household)
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
