"""Self-assessment format version 2: the citizen's own plan, read strictly; version 1 still
read; the day it was filled in a real day, not in the future; the review of the own plan
beside the case and what accepting it becomes; the same file again recognised."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    ActorKind,
    Author,
    Case,
    CaseFile,
    Conversation,
    Goal,
    ImportRecord,
    NetworkPerson,
    OwnPlanRecord,
)
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    DomainAnswer,
    Effect,
    Helper,
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
    SelfAssessment,
    SelfAssessmentError,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"
TODAY = dt.date(2026, 11, 23)


def instrument():  # type: ignore[no-untyped-def]
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def own_plan(kind: PlanKind = PlanKind.PERSOONLIJK) -> OwnPlan:
    return OwnPlan(
        kind=kind,
        goals=[
            OwnGoal("Overzicht over mijn post.", "financien"),
            OwnGoal("Mijn kleinkinderen elke week zien."),
        ],
        actions=[
            OwnAction("Post openen", when="elke dag", ongoing=True, goal=0),
            OwnAction("Post samen doornemen", who="els", when="zondag", goal=0),
            OwnAction("Kleinkinderen ophalen", who="Tante Jo", goal=1),
            OwnAction("Wandelen", ongoing=True),
        ],
        asks=[OwnAsk("Hulp bij bijzondere bijstand"), OwnAsk("Traplift", "de ergotherapeut")],
        written_with=[Participant("Tante Jo", "mijn tante", "Ze haalt de kinderen op.")],
    )


def sample(plan: OwnPlan | None = None) -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=dt.date(2026, 11, 20),
        name="Ria",
        question="Hulp bij de post",
        wellbeing=6,
        answers=[DomainAnswer("financien", 2, wants_to_discuss=True)],
        helpers=[Helper("Els", "mijn dochter", "boodschappen")],
        plan=own_plan() if plan is None else plan,
    )


def document(content: SelfAssessment | None = None) -> dict[str, Any]:
    return json.loads(sa.dumps(content or sample(), saved_at="2026-11-20T10:00:00Z"))


def raw(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()


def case_file(**parts: Any) -> CaseFile:
    return CaseFile(case=Case(reference="EK-1", household_name="Fam. Test", id=7), **parts)


# -- the format ---------------------------------------------------------------------


def test_version_2_round_trip_with_the_own_plan() -> None:
    doc = document()
    assert doc["version"] == sa.VERSION == 2
    plan = doc["content"]["plan"]
    assert plan["kind"] == "persoonlijk-plan"
    assert plan["actions"][1] == {
        "what": "Post samen doornemen",
        "who": "els",
        "when": "zondag",
        "ongoing": False,
        "goal": 0,
    }
    opened = sa.open_bytes(raw(doc))
    assert opened.content == sample()
    assert (opened.version, opened.saved_at) == (2, "2026-11-20T10:00:00Z")
    assert opened.digest == sa.content_digest(sample())
    protected = sa.dumps(sample(), code="zon42", kdf=sa.KdfSettings(1, 32, 1))
    assert sa.open_bytes(protected, "Zon 42").digest == opened.digest  # same content


def test_version_1_files_are_still_read() -> None:
    doc = document(sample())
    del doc["content"]["plan"]
    doc["version"] = 1
    content = sa.loads(raw(doc))
    assert content.plan is None
    assert content.answers == sample().answers
    doc["content"]["plan"] = None  # a plan has no place in version 1
    with pytest.raises(SelfAssessmentError, match="versie 1"):
        sa.loads(raw(doc))
    example = sa.read_file(DOCS / "examples" / "selfassessment.json")
    assert example.plan is None


def test_documented_version_2_example_reads_and_fits_its_instrument() -> None:
    path = DOCS / "examples" / "selfassessment-v2.json"
    assert json.loads(path.read_text("utf-8"))["version"] == 2
    content = sa.read_file(path)
    sa.check_instrument(content, instrument())
    assert content.plan is not None and not content.plan.is_empty
    assert content.plan.kind is PlanKind.PERSOONLIJK
    review = sa.review(content, case_file(), instrument(), TODAY)
    assert review.item("own-plan").effect is Effect.ADD


def test_no_plan_or_an_empty_plan_offers_nothing_of_a_plan() -> None:
    for content in (sample(OwnPlan()), replace_plan(None)):
        review = sa.review(content, case_file(), instrument(), TODAY)
        assert not review.has_own_plan
        assert not any(i.in_own_plan for i in review.items)
    assert OwnPlan(kind=PlanKind.FAMILIEGROEPSPLAN).is_empty


def replace_plan(plan: OwnPlan | None) -> SelfAssessment:
    content = sample()
    content.plan = plan
    return content


# -- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("20261120", "JJJJ-MM-DD"),
        ("2026-W47-5", "JJJJ-MM-DD"),
        ("2026-11-20T10:00", "JJJJ-MM-DD"),
        ("２０２６-11-20", "JJJJ-MM-DD"),  # full-width digits
        ("2026-02-30", "geen geldige datum"),
        ("1999-12-31", "te ver terug"),
        ("2999-01-01", "toekomst"),
    ],
)
def test_filled_in_on_is_a_real_day_not_in_the_future(value: str, message: str) -> None:
    doc = document()
    doc["content"]["filled_in_on"] = value
    with pytest.raises(SelfAssessmentError, match=message):
        sa.loads(raw(doc))


def test_future_is_counted_from_the_day_given() -> None:
    doc = document()
    doc["content"]["filled_in_on"] = "2026-11-21"
    with pytest.raises(SelfAssessmentError, match=r"21-11-2026.*toekomst"):
        sa.loads(raw(doc), today=dt.date(2026, 11, 20))
    assert sa.loads(raw(doc), today=dt.date(2026, 11, 21)).filled_in_on == dt.date(2026, 11, 21)
    with pytest.raises(SelfAssessmentError, match="toekomst"):
        sa.dumps(replace_day(dt.date.today() + dt.timedelta(days=1)))


def replace_day(day: dt.date) -> SelfAssessment:
    content = sample()
    content.filled_in_on = day
    return content


@pytest.mark.parametrize("saved_at", ["gisteren", "2026-13-01T00:00:00Z", 5, "x" * 50])
def test_saved_at_must_be_a_moment(saved_at: object) -> None:
    doc = document()
    doc["saved_at"] = saved_at
    with pytest.raises(SelfAssessmentError, match="beschadigd"):
        sa.loads(raw(doc))


# -- hostile plans -------------------------------------------------------------------


def plain_plan(**changes: Any) -> dict[str, Any]:
    plan = sa.plan_to_plain(own_plan())
    plan.update(changes)
    return plan


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (plain_plan(kind="eigen-plan"), "onbekende waarde"),
        (plain_plan(goals=[{"text": " "}]), "doel 1: de tekst ontbreekt"),
        (plain_plan(goals=[{"text": "x" * (sa.MAX_HELPS + 1)}]), "te lang"),
        (plain_plan(goals=[{"text": "a", "domain": "../etc"}]), "onbekend onderwerp"),
        (plain_plan(goals=[{"text": "a\u202e"}]), "stuurtekens"),
        (plain_plan(goals=[{"text": "a"}] * (sa.MAX_GOALS + 1)), "te veel doelen"),
        (plain_plan(actions=[{"what": ""}]), "wat er gebeurt ontbreekt"),
        (plain_plan(actions=[{"what": "a", "goal": 2}]), "doel dat niet in het plan staat"),
        (plain_plan(actions=[{"what": "a", "goal": -1}]), "doel dat niet in het plan staat"),
        (plain_plan(actions=[{"what": "a", "goal": True}]), "geheel getal"),
        (plain_plan(actions=[{"what": "a", "who": "twee\nregels"}]), "één regel"),
        (plain_plan(actions=[{"what": "a", "when": "x" * 201}]), "te lang"),
        (plain_plan(actions=[{"what": "a", "ongoing": "ja"}]), "waar of onwaar"),
        (plain_plan(actions=[{"what": "a"}] * (sa.MAX_ACTIONS + 1)), "te veel afspraken"),
        (plain_plan(asks=[{"what": " "}]), "de vraag ontbreekt"),
        (plain_plan(asks=[{"what": "a", "from_whom": "a\x00"}]), "stuurtekens"),
        (plain_plan(written_with=[{"name": ""}]), "de naam ontbreekt"),
        (plain_plan(written_with=[{"name": "Jo"}, {"name": " jo "}]), "twee keer"),
        (plain_plan(written_with=[{"name": "Jo", "age": 40}]), "onbekende sleutel"),
        (plain_plan(extra=1), "onbekende sleutel"),
        ([], "object"),
    ],
)
def test_hostile_plans_are_refused_in_dutch(plan: object, message: str) -> None:
    doc = document()
    doc["content"]["plan"] = plan
    with pytest.raises(SelfAssessmentError, match=message):
        sa.loads(raw(doc))


def test_a_goal_domain_the_instrument_does_not_know_is_refused() -> None:
    content = sample(OwnPlan(goals=[OwnGoal("Iets", "werk-zzp")]))
    with pytest.raises(SelfAssessmentError, match="werk-zzp"):
        sa.check_instrument(content, instrument())
    fitted = sa.fit_to(content, instrument())
    assert fitted.plan is not None and fitted.plan.goals[0].domain == ""


# -- the review of the own plan ----------------------------------------------------------


def test_review_shows_the_plan_part_by_part() -> None:
    review = sa.review(sample(), case_file(), instrument(), TODAY)
    keys = [i.key for i in review.items if i.in_own_plan]
    assert keys == [
        "own-plan",
        "own-goal:0",
        "own-goal:1",
        "own-action:0",
        "own-action:1",
        "own-action:2",
        "own-action:3",
        "own-ask:0",
        "own-ask:1",
        "participant:0",
    ]
    assert all(review.item(k).default and review.item(k).selectable for k in keys)
    assert review.item("own-plan").citizen == (
        "persoonlijk plan: 2 doelen, 4 afspraken, 2 vragen, 1 persoon schreef mee"
    )
    assert "onderwerp: Financiën" in review.item("own-goal:0").citizen
    free = review.item("own-goal:1")
    assert "geen onderwerp gekozen" in free.citizen
    assert free.domain == review.free_domain == "financien"  # where the answers ask for one
    assert review.item("own-action:1").citizen == (
        "Post samen doornemen · wie: els · wanneer: zondag · bij doel 1"
    )
    assert review.item("own-action:3").goal == "own-goal:0"  # no goal: the first one
    assert review.item("own-ask:1").label == "Vraag 2 aan de ergotherapeut"
    family = sa.review(
        sample(own_plan(PlanKind.FAMILIEGROEPSPLAN)), case_file(), instrument(), TODAY
    )
    # a familiegroepsplan is made with them: who took part comes right after the plan
    assert [i.key for i in family.items if i.in_own_plan][:2] == ["own-plan", "participant:0"]


def test_accepting_the_plan_keeps_the_citizen_as_author() -> None:
    review = sa.review(sample(), case_file(), instrument(), TODAY, saved_at="2026-11-20T10:00Z")
    plan = review.plan(i.key for i in review.items)
    assert plan.own_plan == OwnPlanRecord(
        case_id=7,
        kind="persoonlijk-plan",
        received_on=TODAY,
        source="thuis",
        content=sa.plan_to_plain(own_plan()),
    )
    first, second = plan.goals
    assert (first.text, first.domain, first.author) == (
        "Overzicht over mijn post.",
        "financien",
        Author.CITIZEN,
    )
    assert first.instrument == "leefgebieden@1.0"
    assert second.domain == "financien"
    opened, together, walking = first.actions
    assert (opened.what, opened.ongoing, opened.author, opened.actor_kind) == (
        "Post openen (elke dag)",
        True,
        Author.CITIZEN,
        ActorKind.SELF,
    )
    # "els" is the helper Els, added in this same import: named by her place in new_persons
    names = [p.name for p in plan.new_persons]
    assert names == ["Els", "Tante Jo"]
    assert (together.author, together.actor_kind, together.network_person_id) == (
        Author.NETWORK,
        ActorKind.NETWORK,
        -1,
    )
    assert walking.what == "Wandelen"
    (pick_up,) = second.actions
    assert pick_up.network_person_id == -2
    jo = plan.new_persons[1]
    assert (jo.role, jo.notes) == (
        "mijn tante",
        "Thuis ingevuld door de inwoner. Schreef mee aan het eigen plan. "
        "Neemt op zich: Ze haalt de kinderen op.",
    )
    seen, question = plan.conversation_changes["question"]
    assert seen == ""
    assert question == (
        "Hulp bij de post\n\nThuis ingevuld door de inwoner: Vraagt aan de gemeente: Hulp bij "
        "bijzondere bijstand\n\nThuis ingevuld door de inwoner: Vraagt aan de ergotherapeut: "
        "Traplift"
    )
    assert plan.digest == sa.content_digest(sample())
    assert plan.saved_at == "2026-11-20T10:00Z"
    assert plan.content == sa.content_to_plain(sample())


def test_an_action_joins_the_goal_chosen_and_needs_it_taken_in() -> None:
    stored = Goal(case_id=7, domain="huisvesting", text="Veilig wonen", id=40)
    review = sa.review(sample(), case_file(goals=[stored]), instrument(), TODAY)
    assert [key for key, _ in review.goal_choices()] == ["own-goal:0", "own-goal:1", "goal:40"]
    plan = review.plan(["own-action:0"], attach={"own-action:0": "goal:40"})
    (action,) = plan.actions
    assert (action.goal_id, action.what) == (40, "Post openen (elke dag)")
    assert plan.goals == []
    with pytest.raises(SelfAssessmentError, match="Vink dat doel ook aan"):
        review.plan(["own-action:0"])
    with pytest.raises(SelfAssessmentError, match="Vink dat doel ook aan"):  # not a choice
        review.plan(["own-action:0"], attach={"own-action:0": "goal:abc"})
    only_actions = sample(OwnPlan(actions=[OwnAction("Wandelen")]))
    lonely = sa.review(only_actions, case_file(), instrument(), TODAY)
    assert lonely.item("own-action:0").effect is Effect.KEPT  # no goal anywhere
    assert not lonely.item("own-action:0").selectable


def test_known_people_get_notes_and_a_member_does_it_themself() -> None:
    jo = NetworkPerson(case_id=7, name="tante jo", id=5, notes="Komt vaak.")
    els = NetworkPerson(case_id=7, name="Els", id=6)
    content = sample()
    content.name = "Ria"
    assert content.plan is not None
    content.plan.actions.append(OwnAction("Koken", who="ria"))
    review = sa.review(content, case_file(network=[jo, els]), instrument(), TODAY)
    assert review.item("participant:0").effect is Effect.APPEND
    plan = review.plan(i.key for i in review.items)
    assert plan.new_persons == []
    notes = dict((pid, new) for pid, _seen, new in plan.person_notes)
    assert notes[5].endswith(
        "Schreef mee aan het eigen plan · Neemt op zich: Ze haalt de kinderen op."
    )
    actions = [a for g in plan.goals for a in g.actions]
    assert {a.what: a.network_person_id for a in actions}["Post samen doornemen (zondag)"] == 6
    cook = next(a for a in actions if a.what == "Koken")
    assert (cook.author, cook.actor_kind) == (Author.CITIZEN, ActorKind.SELF)


# -- the same file again ---------------------------------------------------------------------


def imported(content: SelfAssessment, at: str = "2026-11-21T09:00:00Z") -> ImportRecord:
    return ImportRecord(
        case_id=7,
        digest=sa.content_digest(content),
        id=1,
        saved_at="2026-11-20T10:00:00Z",
        imported_at=at,
        content=sa.content_to_plain(content),
    )


def test_the_same_file_again_is_recognised_and_offers_only_what_changed() -> None:
    first = sa.review(sample(), case_file(), instrument(), TODAY)
    again = sa.review(sample(), case_file(), instrument(), TODAY, previous=[imported(sample())])
    assert first.imported_before == []
    assert again.imported_before == ["2026-11-21T09:00:00Z"]
    assert "al eerder ingelezen op 21-11-2026" in sa.imported_before_text(again)
    # nothing recorded (the worker took nothing then): offered, but nothing ticked
    assert all(i.before and not i.default for i in again.items)
    changed = sample()
    changed.wellbeing = 7
    assert changed.plan is not None
    changed.plan.goals[1] = OwnGoal("Elke week met de kleinkinderen naar het park.")
    review = sa.review(changed, case_file(), instrument(), TODAY, previous=[imported(sample())])
    assert review.imported_before == []
    ticked = {i.key for i in review.items if i.default}
    assert ticked == {"wellbeing", "own-plan", "own-goal:1"}


def test_what_is_recorded_is_not_offered_again() -> None:
    content = sample()
    goal = Goal(case_id=7, domain="financien", text="Overzicht over  mijn post.", id=40)
    goal.author = Author.CITIZEN
    held = Conversation(case_id=7, date=TODAY, id=3, question="Hulp bij de post")
    record = OwnPlanRecord(
        case_id=7, kind="persoonlijk-plan", received_on=TODAY, content=sa.plan_to_plain(own_plan())
    )
    review = sa.review(
        content,
        case_file(goals=[goal], conversations=[held], own_plans=[record]),
        instrument(),
        TODAY,
    )
    assert review.item("question").effect is Effect.SAME
    assert review.item("own-plan").effect is Effect.SAME
    assert review.item("own-goal:0").effect is Effect.SAME
    assert review.item("own-goal:1").effect is Effect.ADD
    # an action of the goal already in the case joins that goal
    assert review.item("own-action:0").goal == "goal:40"
    plan = review.plan(["own-action:0"])
    assert [a.goal_id for a in plan.actions] == [40]
