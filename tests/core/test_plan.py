"""core.plan: the eigen-kracht order, the maatwerk warning, who signs, the snapshot."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eigenkracht.core import serial
from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    ActorKind,
    Agreement,
    Assessment,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    GoalStatus,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Perspective,
    PlanStatus,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.plan import (
    SNAPSHOT_FORMAT,
    MaatwerkWarning,
    Signer,
    build_snapshot,
    maatwerk_warnings,
    name_replacements,
    scrub,
    signers_needed,
    snapshot_of,
    sorted_actions,
    sorted_goals,
)

TODAY = dt.date(2026, 11, 9)
K = ActorKind


@pytest.fixture
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def act(kind: ActorKind, what: str = "iets", **kw: object) -> Action:
    return Action(goal_id=1, what=what, actor_kind=kind, **kw)  # type: ignore[arg-type]


def person(pid: int, name: str, role: str, **kw: object) -> NetworkPerson:
    return NetworkPerson(case_id=1, name=name, id=pid, role=role, **kw)  # type: ignore[arg-type]


def case_file() -> CaseFile:
    """A small household: one mantelzorger who carries too much, three goals."""
    anna = person(
        1,
        "Anna de Wit",
        "dochter",
        is_mantelzorger=True,
        overburdened=True,
        helps=[NetworkHelp("dagelijkse-activiteiten", HelpKind.NOW, "boodschappen")],
    )
    els = person(2, "Els Bos", "buurvrouw")
    gone = person(3, "Piet Vos", "vriend", until=dt.date(2026, 1, 1))
    goals = [
        Goal(
            case_id=1,
            id=10,
            domain="huisvesting",
            text="De trap is veilig.",
            actions=[
                act(K.MAATWERK, "Traplift", id=103, maatwerk_kind="woonvoorziening"),
                act(K.SELF, "Vraagt offerte", id=101),
            ],
        ),
        Goal(
            case_id=1,
            id=11,
            domain="financien",
            text="Rekeningen op tijd betaald.",
            member_id=21,
            actions=[
                act(K.PROFESSIONAL, "Budgetcoach", id=113, actor_name="Schuldhulp"),
                act(K.NETWORK, "Helpt met de post", id=112, network_person_id=1),
                act(K.SELF, "Opent de post", id=111, due_date=dt.date(2026, 12, 1)),
                act(K.GENERAL_FACILITY, "Formulierenhulp", id=114, actor_name="Buurthuis"),
            ],
        ),
        Goal(
            case_id=1,
            id=12,
            domain="sociaal-netwerk",
            text="Eén keer per week koffie.",
            status=GoalStatus.ACHIEVED,
            actions=[act(K.NETWORK, "Koffie", id=121, network_person_id=2)],
        ),
    ]
    conversations = [
        Conversation(
            case_id=1,
            id=5,
            date=dt.date(2026, 9, 1),
            place="Thuis",
            question="Ik wil thuis blijven wonen.",
            what_matters="Mijn tuin.",
            wellbeing=5,
        ),
        Conversation(case_id=1, id=6, date=dt.date(2026, 11, 2), wellbeing=6),
    ]
    assessments = [
        Assessment(
            conversation_id=6,
            instrument_id="leefgebieden",
            instrument_version="1.0",
            perspective=perspective,
            id=pid,
            scores=[
                DomainScore("financien", level=level, situation=f"{perspective} ziet geld"),
                DomainScore("huisvesting", level=level + 1, strengths="Goede buren"),
                DomainScore("justitie", not_discussed=True, reason="Niet nodig"),
            ],
        )
        for pid, perspective, level in (
            (1, Perspective.CITIZEN, 2),
            (2, Perspective.PROFESSIONAL, 3),
        )
    ]
    return CaseFile(
        case=Case(reference="EK-2026-0042", household_name="Mevr. Jansen", coordinator="Joke"),
        members=[
            Member(case_id=1, id=21, name="Truus Jansen", role="aanvrager"),
            Member(
                case_id=1, id=22, name="Kim Jansen", role="kind", birth_date=dt.date(2015, 1, 1)
            ),
        ],
        conversations=conversations,
        assessments=assessments,
        network=[anna, els, gone],
        goals=goals,
    )


def test_actions_follow_the_eigen_kracht_order() -> None:
    actions = sorted_actions(case_file().goals[1].actions)
    assert [a.actor_kind for a in actions] == [
        K.SELF,
        K.NETWORK,
        K.GENERAL_FACILITY,
        K.PROFESSIONAL,
    ]
    assert [k.order for k in ActorKind] == sorted(k.order for k in ActorKind)
    assert ActorKind.MAATWERK.order == max(k.order for k in ActorKind)


def test_goals_follow_the_order_of_the_life_domains(instrument: Instrument) -> None:
    goals = sorted_goals(case_file().goals, instrument.domain_keys())
    assert [g.domain for g in goals] == ["financien", "huisvesting", "sociaal-netwerk"]
    assert [a.actor_kind for a in goals[1].actions] == [K.SELF, K.MAATWERK]


def test_maatwerk_without_the_steps_before_it_is_pointed_out() -> None:
    cf = case_file()
    warnings = maatwerk_warnings(cf.goals, cf.network)
    assert warnings == [
        MaatwerkWarning("huisvesting", (ActorKind.NETWORK, ActorKind.GENERAL_FACILITY))
    ]


def test_maatwerk_after_self_network_and_facilities_gives_no_warning() -> None:
    goal = Goal(
        case_id=1,
        domain="dagelijkse-activiteiten",
        text="Het huis is schoon.",
        actions=[
            act(K.MAATWERK, "Huishoudelijke hulp"),
            act(K.SELF, "Doet de afwas"),
            act(K.VOLUNTEER, "Klusje", status=ActionStatus.CANCELLED),  # tried counts too
        ],
    )
    # The network helps with this domain on the map: that counts as considered.
    assert maatwerk_warnings([goal], case_file().network) == []
    assert maatwerk_warnings([goal]) == [
        MaatwerkWarning("dagelijkse-activiteiten", (ActorKind.NETWORK,))
    ]


def test_cancelled_maatwerk_needs_no_warning() -> None:
    goal = Goal(
        case_id=1,
        domain="huisvesting",
        text="x",
        actions=[act(K.MAATWERK, "Traplift", status=ActionStatus.CANCELLED)],
    )
    assert maatwerk_warnings([goal]) == []


def test_signers_are_citizen_professional_and_network_members_with_an_action() -> None:
    signers = signers_needed(case_file(), TODAY)
    assert signers == [
        Signer(SignerRole.CITIZEN, "Truus Jansen"),
        Signer(SignerRole.PROFESSIONAL, "Joke"),
        Signer(SignerRole.NETWORK, "Anna de Wit", 1),  # Els's goal was achieved
    ]


def test_a_minor_applicant_signs_through_a_representative() -> None:
    cf = case_file()
    cf.members = [
        Member(case_id=1, id=30, name="Sem", role="aanvrager", birth_date=dt.date(2012, 5, 1))
    ]
    assert signers_needed(cf, TODAY)[0] == Signer(SignerRole.REPRESENTATIVE, "")


def test_the_snapshot_holds_what_the_plan_prints(instrument: Instrument) -> None:
    plan = PlanVersion(case_id=1, number=2, evaluation_date=dt.date(2027, 1, 5), remarks="Ok")
    snap = build_snapshot(case_file(), instrument, plan, today=TODAY)
    assert snap["format"] == SNAPSHOT_FORMAT
    assert snap["date"] == "2026-11-09"
    assert snap["plan"]["number"] == 2 and snap["plan"]["evaluation_date"] == "2027-01-05"
    # The question is the latest one asked; wellbeing over time.
    assert snap["conversation"]["question"] == "Ik wil thuis blijven wonen."
    assert [w["value"] for w in snap["wellbeing"]] == [5, 6]
    # Relevant domains with both levels, in the instrument's order; skipped ones apart.
    assert [d["key"] for d in snap["domains"]] == ["financien", "huisvesting"]
    assert snap["domains"][0]["citizen"]["level"] == 2
    assert snap["domains"][0]["professional"]["level"] == 3
    assert snap["not_discussed"] == [
        {"key": "justitie", "name": "Politie en justitie", "reason": "Niet nodig"}
    ]
    # Goals by domain, actions in the eigen-kracht order, the member named.
    assert [g["domain"] for g in snap["goals"]] == ["financien", "huisvesting", "sociaal-netwerk"]
    assert snap["goals"][0]["member"] == "Truus Jansen"
    assert [a["actor_kind"] for a in snap["goals"][0]["actions"]] == [
        "zelf",
        "netwerk",
        "algemene-voorziening",
        "professional",
    ]
    # The network on the plan's day (Piet left in January).
    assert [p["name"] for p in snap["network"]] == ["Anna de Wit", "Els Bos"]
    # Points of attention: the overburdened mantelzorger, named and pseudonymised.
    assert any("Anna de Wit" in point for point in snap["attention"]["named"])
    assert snap["attention"]["pseudonymised"]
    assert not any("Anna" in point for point in snap["attention"]["pseudonymised"])
    assert snap["warnings"] == [
        {
            "domain": "huisvesting",
            "domain_name": "Uw woning",
            "missing": ["netwerk", "algemene-voorziening"],
        }
    ]
    assert [s["role"] for s in snap["signers"]] == ["burger", "professional", "netwerk"]
    # Plain JSON, the same text every time.
    again = build_snapshot(case_file(), instrument, plan, today=TODAY)
    assert serial.canonical_json(snap) == serial.canonical_json(again)
    assert json.loads(json.dumps(snap)) == snap


def test_signatures_recorded_now_date_the_snapshot(instrument: Instrument) -> None:
    plan = PlanVersion(case_id=1, number=1)
    signature = Signature(SignerRole.CITIZEN, "Truus Jansen", dt.date(2026, 11, 3), "Thuis")
    snap = build_snapshot(case_file(), instrument, plan, today=TODAY, signatures=[signature])
    assert snap["date"] == "2026-11-03"
    assert snap["signatures"] == [
        {
            "role": "burger",
            "name": "Truus Jansen",
            "date": "2026-11-03",
            "place": "Thuis",
            "agreement": "akkoord",
            "remarks": "",
        }
    ]


def test_a_signed_version_is_read_from_its_snapshot_only(instrument: Instrument) -> None:
    plan = PlanVersion(case_id=1, number=1)
    snap = build_snapshot(case_file(), instrument, plan, today=TODAY)
    signed = PlanVersion(
        case_id=1,
        number=1,
        status=PlanStatus.SIGNED,
        snapshot=serial.canonical_json(snap),
        signed_at="2026-11-09T10:00:00Z",
    )
    other = case_file()
    other.goals = []
    assert snapshot_of(signed, instrument, case_file=other) == snap


def test_an_older_snapshot_of_a_whole_case_file_still_prints(instrument: Instrument) -> None:
    """Snapshots that hold the case file itself (the demo makes them) become a plan."""
    cf = case_file()
    data = serial.to_plain(cf)
    data.pop("plans")
    signature = Signature(
        SignerRole.CITIZEN, "Truus Jansen", dt.date(2026, 10, 1), agreement=Agreement.WITH_REMARKS
    )
    signed = PlanVersion(
        case_id=1,
        number=1,
        status=PlanStatus.SIGNED,
        snapshot=serial.canonical_json(data),
        signed_at="2026-10-01T09:00:00Z",
        signatures=[signature],
    )
    snap = snapshot_of(signed, instrument)
    assert snap["format"] == SNAPSHOT_FORMAT
    assert snap["date"] == "2026-10-01"
    assert snap["signatures"][0]["agreement"] == "akkoord-met-opmerkingen"
    assert snapshot_of(signed, instrument) == snap


def test_a_draft_needs_the_case_file(instrument: Instrument) -> None:
    with pytest.raises(ValueError, match="case file"):
        snapshot_of(PlanVersion(case_id=1, number=1), instrument)


def test_third_party_names_in_free_text_become_roles() -> None:
    people = case_file().network
    replacements = name_replacements(
        people, {1: "dochter", 2: "buurvrouw", 3: "vriend"}, ["Truus Jansen"]
    )
    text = "Anna de Wit belt Els. Anna komt dinsdag; Annabel niet. Truus kookt."
    assert scrub(text, replacements) == (
        "dochter belt buurvrouw. dochter komt dinsdag; Annabel niet. Truus kookt."
    )


def test_a_first_name_shared_with_the_household_is_left_alone() -> None:
    people = [person(1, "Truus Bakker", "tante")]
    replacements = name_replacements(people, {1: "tante"}, ["Truus Jansen"])
    assert scrub("Truus Bakker en Truus", replacements) == "tante en Truus"


def test_the_current_version_is_the_highest_number() -> None:
    from eigenkracht.core.plan import current_version

    signed = PlanVersion(case_id=1, number=1, id=4, status=PlanStatus.SIGNED)
    draft = PlanVersion(case_id=1, number=2, id=3)
    assert current_version([draft, signed]) is draft
    assert current_version([signed]) is signed  # nothing changed since signing
    assert current_version([]) is None


# -- the version the plan is on now (issue 11: a plan that is always current) ----------


def signed_version(cf: CaseFile, instrument: Instrument, **plan_fields: object) -> PlanVersion:
    """Version 1 of `cf`, signed over the case as it is now (as the sign dialog does)."""
    plan = PlanVersion(case_id=1, number=1, id=7, **plan_fields)  # type: ignore[arg-type]
    signatures = [Signature(SignerRole.CITIZEN, "Truus Jansen", TODAY, "Thuis")]
    snap = build_snapshot(cf, instrument, plan, today=TODAY, signatures=signatures)
    signed = PlanVersion(
        case_id=1,
        number=1,
        id=7,
        status=PlanStatus.SIGNED,
        snapshot=serial.canonical_json(snap),
        signed_at="2026-11-09T10:00:00Z",
        signatures=signatures,
        **plan_fields,  # type: ignore[arg-type]
    )
    cf.plans = [signed]
    return signed


def test_the_signed_version_stays_the_plan_while_nothing_changes(instrument: Instrument) -> None:
    from eigenkracht.core.plan import changed_since_signed, working_version

    cf = case_file()
    signed = signed_version(cf, instrument, agreements="Elke week bellen.", copy_received=True)
    assert not changed_since_signed(signed, cf, instrument, today=TODAY)
    assert working_version(cf, instrument, today=TODAY) is signed
    later = TODAY + dt.timedelta(days=20)  # only time went by
    assert working_version(cf, instrument, today=later) is signed


@pytest.mark.parametrize(
    "change",
    [
        "question",
        "what_matters",
        "domain_level",
        "domain_text",
        "network_person",
        "network_help",
        "member",
        "goal",
        "action",
        "melding",
        "told",
    ],
)
def test_any_change_after_signing_makes_the_next_draft(instrument: Instrument, change: str) -> None:
    from eigenkracht.core.plan import working_version

    cf = case_file()
    signed = signed_version(
        cf, instrument, agreements="Elke week bellen.", evaluation_date=dt.date(2027, 1, 4)
    )
    conversation = cf.conversations[-1]
    if change == "question":
        conversation.question = "Ik wil weer zelf koken."
    elif change == "what_matters":
        conversation.what_matters = "Mijn kleinkinderen zien."
    elif change == "domain_level":
        score = cf.assessments[0].scores[0]
        cf.assessments[0].scores[0] = DomainScore(score.domain, level=(score.level or 1) % 5 + 1)
    elif change == "domain_text":
        cf.assessments[-1].scores[0].concerns = "De trap wordt te zwaar."
    elif change == "network_person":
        cf.network.append(person(9, "Kees Kok", "neef"))
    elif change == "network_help":
        cf.network[1].helps = [NetworkHelp("financien", HelpKind.COULD, "post lezen")]
    elif change == "member":
        cf.members.append(Member(case_id=1, id=5, name="Jan Jansen", role="partner"))
    elif change == "goal":
        cf.goals[0].text = "Anders gezegd"
    elif change == "action":
        cf.goals[0].actions[0].what = "Iets anders"
    elif change == "melding":
        cf.case.melding_date = dt.date(2026, 10, 1)
    elif change == "told":
        cf.case.clientondersteuning_offered = not cf.case.clientondersteuning_offered
    now = working_version(cf, instrument, today=TODAY)
    assert (now.id, now.number, now.status) == (None, 2, PlanStatus.DRAFT)
    # carried as the store's draft_plan does (core.plan.next_version), the copy not
    assert now.agreements == "Elke week bellen." and now.evaluation_date == dt.date(2027, 1, 4)
    assert not now.copy_received and now.remarks == ""
    snap = snapshot_of(now, instrument, case_file=cf, today=TODAY)
    assert snap["plan"]["number"] == 2 and snap["signatures"] == []
    assert snapshot_of(signed, instrument)["plan"]["number"] == 1  # version 1 is frozen


def test_the_working_version_without_a_signed_one(instrument: Instrument) -> None:
    from eigenkracht.core.plan import working_version

    cf = case_file()
    cf.plans = []
    first = working_version(cf, instrument, today=TODAY)
    assert (first.id, first.number, first.status) == (None, 1, PlanStatus.DRAFT)
    draft = PlanVersion(case_id=1, number=2, id=3)
    cf.plans = [PlanVersion(case_id=1, number=1, id=2, status=PlanStatus.SIGNED), draft]
    assert working_version(cf, instrument, today=TODAY) is draft  # a stored draft wins


def test_a_snapshot_signed_before_the_plan_printed_more_is_not_changed(
    instrument: Instrument,
) -> None:
    """A key the stored snapshot lacks (the plan prints something new since) does not
    make every old signed version look changed; an unreadable snapshot does."""
    from eigenkracht.core.plan import changed_since_signed

    cf = case_file()
    signed = signed_version(cf, instrument)
    older = json.loads(signed.snapshot)
    del older["case"]["melding_date"]
    del older["warnings"]
    signed.snapshot = serial.canonical_json(older)
    assert not changed_since_signed(signed, cf, instrument, today=TODAY)
    signed.snapshot = "{niet te lezen"
    assert changed_since_signed(signed, cf, instrument, today=TODAY)


def test_the_statements_count_what_the_start_recorded(instrument: Instrument) -> None:
    from eigenkracht.core.plan import informed

    cf = case_file()
    plan = PlanVersion(case_id=1, number=1)
    assert informed(cf.case, plan) == (False, False)
    cf.case.clientondersteuning_offered = True
    cf.case.persoonlijk_plan_offered = True
    assert informed(cf.case, plan) == (True, True)
    snap = build_snapshot(cf, instrument, plan, today=TODAY)
    assert snap["plan"]["informed_clientondersteuning"]
    assert snap["plan"]["informed_persoonlijk_plan"]


def test_the_plan_holds_the_melding_and_a_received_persoonlijk_plan(
    instrument: Instrument,
) -> None:
    cf = case_file()
    cf.case.melding_date = dt.date(2026, 9, 1)
    cf.case.persoonlijk_plan_received = dt.date(2026, 9, 6)
    snap = build_snapshot(cf, instrument, PlanVersion(case_id=1, number=1), today=TODAY)
    assert snap["case"]["melding_date"] == "2026-09-01"
    assert snap["case"]["persoonlijk_plan_received"] == "2026-09-06"
