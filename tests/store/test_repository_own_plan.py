"""The citizen's own plan taken in (migration 0006): kept in their words, its goals and
actions authored by the citizen or their circle, the route's day set, every import recorded
so that the same file again is recognised; bad values refused in Dutch with nothing stored,
also for every refused or mutated file (hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from eigenkracht.core.instruments import bundled_instruments
from eigenkracht.core.model import (
    Action,
    ActorKind,
    AssessmentSource,
    Author,
    Case,
    CaseKind,
    Conversation,
    Goal,
    OwnPlanRecord,
)
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    DomainAnswer,
    Helper,
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
    SelfAssessment,
)
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.errors import StoreError
from eigenkracht.store.repository import InvalidValue, Repository

TODAY = dt.date(2026, 11, 9)
DATA = Path(__file__).with_name("data")


def instrument():  # type: ignore[no-untyped-def]
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


def content(kind: PlanKind = PlanKind.PERSOONLIJK) -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=TODAY,
        name="Ria",
        question="Hulp bij de post",
        wellbeing=5,
        answers=[DomainAnswer("financien", 2, wants_to_discuss=True)],
        helpers=[Helper("Els", "dochter", "boodschappen")],
        plan=OwnPlan(
            kind=kind,
            goals=[
                OwnGoal("Overzicht over mijn post.", "financien"),
                OwnGoal("Elke week de kleinkinderen zien."),
            ],
            actions=[
                OwnAction("Post openen", when="elke dag", ongoing=True, goal=0),
                OwnAction("Post samen doornemen", who="Els", goal=0),
                OwnAction("Kinderen ophalen", who="Tante Jo", goal=1),
            ],
            asks=[OwnAsk("Hulp bij bijzondere bijstand")],
            written_with=[Participant("Tante Jo", "tante", "Ze haalt de kinderen op.")],
        ),
    )


def new_case(repo: Repository, kind: CaseKind = CaseKind.WMO, melding: bool = True) -> int:
    case = repo.create_case(
        Case(
            reference=f"EK-{kind.value}",
            household_name="Fam. Kok",
            case_kind=kind,
            melding_date=TODAY - dt.timedelta(days=3) if melding else None,
        )
    ).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    return case.id


def take_in(
    repo: Repository, case_id: int, file: SelfAssessment, keys: list[str] | None = None
) -> sa.Review:
    review = sa.review(
        file,
        repo.load_case(case_id),
        instrument(),
        TODAY,
        previous=repo.imports_of(case_id),
        saved_at="2026-11-09T08:00:00Z",
    )
    chosen = keys if keys is not None else [i.key for i in review.items if i.default]
    plan = review.plan(chosen)
    if not plan.is_empty:
        repo.import_at_home(
            plan.case_id,
            plan.conversation,
            plan.conversation_changes,
            plan.assessment,
            **plan.import_kwargs(),
            today=TODAY,
        )
    return review


def written(repo: Repository) -> list[tuple[str, str]]:
    """Every audit row that is no read (a read is written by looking)."""
    return [(e.event, e.object) for e in audit.entries(repo.db) if e.action != "R"]


def stored(repo: Repository, case_id: int) -> Any:
    case_file = repo.load_case(case_id)
    return case_file, repo.imports_of(case_id)


def test_the_own_plan_is_taken_in_with_its_authors(repo: Repository) -> None:
    case_id = new_case(repo)
    take_in(repo, case_id, content())
    case_file = repo.load_case(case_id)
    (record,) = case_file.own_plans
    assert (record.kind, record.received_on, record.source) == ("persoonlijk-plan", TODAY, "thuis")
    plan_content = content().plan
    assert plan_content is not None
    assert record.content == sa.plan_to_plain(plan_content)
    assert sa.plan_from_plain(record.content) == plan_content
    post, grandchildren = sorted(case_file.goals, key=lambda g: g.id or 0)
    assert {g.author for g in case_file.goals} == {Author.CITIZEN}
    assert post.instrument == "leefgebieden@1.0"
    people = {p.name: p for p in case_file.network}
    assert set(people) == {"Els", "Tante Jo"}
    actions = {a.what: a for a in post.actions + grandchildren.actions}
    assert actions["Post openen (elke dag)"].author is Author.CITIZEN
    assert actions["Post openen (elke dag)"].ongoing
    together = actions["Post samen doornemen"]
    assert (together.author, together.actor_kind, together.network_person_id) == (
        Author.NETWORK,
        ActorKind.NETWORK,
        people["Els"].id,
    )
    assert actions["Kinderen ophalen"].network_person_id == people["Tante Jo"].id
    assert (
        "Vraagt aan de gemeente: Hulp bij bijzondere bijstand"
        in case_file.conversations[0].question
    )
    # the Wmo's persoonlijk plan came in today; the status is what the days give
    assert case_file.case.persoonlijk_plan_received == TODAY
    assert case_file.case.familiegroepsplan_received is None
    (record_row,) = repo.imports_of(case_id)
    assert record_row.digest == sa.content_digest(content())
    assert record_row.saved_at == "2026-11-09T08:00:00Z"
    assert sa.content_from_plain(record_row.content) == content()
    # searchable by the plan's words; the log names ids and fields, never the words
    assert case_id in repo.search("kleinkinderen")
    events = [name for name, _obj in written(repo)]
    for name in ("own_plans.create", "goals.create", "actions.create", "imports.create"):
        assert name in events
    assert ("cases.route", f"cases:{case_id}:persoonlijk_plan_received") in written(repo)
    for entry in audit.entries(repo.db):
        for value in (entry.object, entry.event, entry.result):
            assert "post" not in value.lower() and "Jo" not in value


def test_familiegroepsplan_marks_the_jeugdwet_route_and_a_set_day_stays(repo: Repository) -> None:
    youth = new_case(repo, CaseKind.JEUGD)
    take_in(repo, youth, content(PlanKind.FAMILIEGROEPSPLAN))
    case = repo.load_case(youth).case
    assert case.familiegroepsplan_received == TODAY
    assert case.persoonlijk_plan_received is None
    # without a melding the day cannot be set (core.process.route_problems): left open
    bare = repo.create_case(Case(reference="EK-3", household_name="Fam. Zon")).case
    assert bare.id is not None
    repo.add_conversation(Conversation(case_id=bare.id, date=TODAY))
    take_in(repo, bare.id, content())
    assert repo.load_case(bare.id).case.persoonlijk_plan_received is None
    assert len(repo.load_case(bare.id).own_plans) == 1
    # a day already recorded is not moved by a later plan
    wmo = new_case(repo)
    repo.record_route(wmo, today=TODAY, persoonlijk_plan_received=TODAY - dt.timedelta(days=1))
    take_in(repo, wmo, content())
    assert repo.load_case(wmo).case.persoonlijk_plan_received == TODAY - dt.timedelta(days=1)


def test_the_same_file_three_times_is_one_import(repo: Repository) -> None:
    case_id = new_case(repo)
    take_in(repo, case_id, content())
    before = written(repo)
    for _ in range(2):
        again = take_in(repo, case_id, content())
        assert len(again.imported_before) >= 1
        assert not any(i.default for i in again.items)
        assert not again.offers_anything  # everything is recorded: nothing to tick
    case_file = repo.load_case(case_id)
    at_home = [a for a in case_file.assessments if a.source is AssessmentSource.AT_HOME]
    assert len(at_home) == 1
    assert len(case_file.own_plans) == 1
    assert len(case_file.goals) == 2
    assert len(case_file.network) == 2
    assert written(repo) == before  # nothing was offered, nothing stored
    # a changed file: only what changed is ticked, and stored beside the old
    changed = content()
    changed.answers[0] = DomainAnswer("financien", 3)
    review = take_in(repo, case_id, changed)
    assert review.imported_before == []
    assert {i.key for i in review.items if i.default} == {"domain:financien"}
    at_home = [
        a for a in repo.load_case(case_id).assessments if a.source is AssessmentSource.AT_HOME
    ]
    assert [[s.level for s in a.scores] for a in at_home] == [[2], [3]]
    assert len(repo.imports_of(case_id)) == 2


def test_files_imported_by_the_earlier_program_are_recognised_by_what_is_recorded(
    repo: Repository,
) -> None:
    """Imports without an imports row (before migration 0006, or the old call): what is
    recorded is not offered again."""
    case_id = new_case(repo)
    old = content()
    old.plan = None
    review = sa.review(old, repo.load_case(case_id), instrument(), TODAY)
    plan = review.plan(i.key for i in review.items)
    repo.import_at_home(
        plan.case_id,
        plan.conversation,
        plan.conversation_changes,
        plan.assessment,
        plan.new_persons,
        plan.person_notes,
    )
    assert repo.imports_of(case_id) == []
    again = sa.review(old, repo.load_case(case_id), instrument(), TODAY)
    assert not again.offers_anything
    assert again.imported_before == []


def refusals(repo: Repository, case_id: int) -> dict[str, dict[str, Any]]:
    conversation = repo.load_case(case_id).conversations[0]
    other = new_case(repo, CaseKind.JEUGD)
    other_goal = repo.add_goal(Goal(case_id=other, domain="financien", text="Ander doel"))
    record = OwnPlanRecord(case_id=case_id, kind="persoonlijk-plan", received_on=TODAY)
    goal = Goal(case_id=case_id, domain="financien", text="Eigen doel", author=Author.CITIZEN)
    action = Action(goal_id=0, what="Iets doen", author=Author.CITIZEN)
    base = {"conversation": conversation}
    return {
        "kind": base | {"own_plan": replace(record, kind="eigen-plan")},
        "source": base | {"own_plan": replace(record, source="email")},
        "future": base | {"own_plan": replace(record, received_on=TODAY + dt.timedelta(1))},
        "content": base | {"own_plan": replace(record, content=[])},  # type: ignore[arg-type]
        "goal author": base | {"goals": [replace(goal, author=Author.PROFESSIONAL)]},
        "goal text": base | {"goals": [replace(goal, text=" ")]},
        "goal domain": base | {"goals": [replace(goal, domain="werk-zzp")]},
        "goal instrument domain": base
        | {"goals": [replace(goal, domain="werk-zzp", instrument="leefgebieden@1.0")]},
        "action author": base
        | {"goals": [replace(goal, actions=[replace(action, author=Author.TOGETHER)])]},
        "action person": base
        | {"goals": [replace(goal, actions=[replace(action, network_person_id=-3)])]},
        "other case": base | {"actions": [replace(action, goal_id=other_goal.id or 0)]},
        "digest": base | {"goals": [goal], "digest": "abc"},
        "second fails": base
        | {"own_plan": record, "goals": [goal, replace(goal, domain="bestaat-niet")]},
    }


REFUSED = [
    "kind",
    "source",
    "future",
    "content",
    "goal author",
    "goal text",
    "goal domain",
    "goal instrument domain",
    "action author",
    "action person",
    "other case",
    "digest",
    "second fails",
]


@pytest.mark.parametrize("which", REFUSED)
def test_bad_values_are_refused_in_dutch_and_nothing_is_stored(
    repo: Repository, which: str
) -> None:
    case_id = new_case(repo)
    call = refusals(repo, case_id)[which]
    conversation = call.pop("conversation")
    before, rows = stored(repo, case_id), written(repo)
    with pytest.raises(InvalidValue) as caught:
        repo.import_at_home(case_id, conversation, {}, None, today=TODAY, **call)
    message = str(caught.value)
    assert message.endswith(".") and "Traceback" not in message
    assert stored(repo, case_id) == before
    assert written(repo) == rows


def test_an_action_author_outside_the_list_is_refused_by_the_database(repo: Repository) -> None:
    case_id = new_case(repo)
    goal = repo.add_goal(
        Goal(case_id=case_id, domain="financien", text="Doel", actions=[Action(0, "Doen")])
    )
    (action,) = goal.actions
    assert action.author is Author.TOGETHER
    assert action.id is not None
    with pytest.raises(InvalidValue, match="buiten het toegestane bereik"):
        repo.update(Action, action.id, author="iemand")
    repo.update(Action, action.id, author=Author.NETWORK)
    (stored_goal,) = repo.load_case(case_id).goals
    assert stored_goal.actions[0].author is Author.NETWORK


def test_schema_0005_sample_migrates_to_the_own_plan(tmp_path: Path) -> None:
    db = tmp_path / "schema_0005.db"
    shutil.copy2(DATA / "schema_0005.db", db)
    shutil.copy2(DATA / "schema_0005.db.kdf", tmp_path / "schema_0005.db.kdf")
    with open_database(db, "voorbeeld van een oude database") as store:
        repo = Repository(store)
        for summary in repo.list_cases():
            case_file = repo.load_case(summary.id)
            assert case_file.own_plans == []
            assert case_file.case.familiegroepsplan_received is None
            assert repo.imports_of(summary.id) == []
            for goal in case_file.goals:
                assert {a.author for a in goal.actions} <= {Author.TOGETHER}
        columns = {r[1] for r in store.db.execute("PRAGMA table_info(actions)")}
        assert "author" in columns


# -- hypothesis: whatever the file, a refused one leaves the case as it was -----------------

V2 = json.loads(sa.dumps(content()))
KEYS = ["text", "domain", "what", "who", "when", "ongoing", "goal", "name", "kind", "x"]
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 5)
    | st.text(max_size=12)
    | st.sampled_from(["financien", "Els", "Tante Jo", "", "werk-zzp", "familiegroepsplan"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


TAMPER = ["none", "none", "goal domain", "action author", "person", "plan kind", "goal author"]


def tamper(plan: sa.ImportPlan, how: str, text: str) -> None:
    """What a faulty caller might hand the store after the review."""
    actions = [a for g in plan.goals for a in g.actions] + plan.actions
    if how == "goal domain" and plan.goals:
        plan.goals[0].domain = text
    elif how == "goal author" and plan.goals:
        plan.goals[0].author = Author.PROFESSIONAL
    elif how == "action author" and actions:
        actions[0].author = Author.TOGETHER
    elif how == "person" and actions:
        actions[0].network_person_id = -len(plan.new_persons) - 1
    elif how == "plan kind" and plan.own_plan is not None:
        plan.own_plan.kind = text


CASES = iter(range(10**6))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_every_refused_file_leaves_the_case_unchanged(
    repo: Repository, data: st.DataObject
) -> None:
    case = repo.create_case(Case(reference=f"EK-H{next(CASES)}", household_name="Fam. H")).case
    assert case.id is not None
    case_id = case.id
    repo.add_conversation(Conversation(case_id=case_id, date=TODAY))
    if data.draw(st.booleans()):  # sometimes the file was imported before
        take_in(repo, case_id, content())
    doc = json.loads(json.dumps(V2))
    for _ in range(data.draw(st.integers(0, 3))):
        paths = [p for p in _paths(doc) if p[:2] == ("content", "plan")]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["delete", "replace", "duplicate"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = data.draw(values)
        elif isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[path[-1]])))
    before, rows = stored(repo, case_id), written(repo)
    message = None
    try:
        opened = sa.open_bytes(json.dumps(doc), today=TODAY)
        sa.check_instrument(opened.content, instrument())
        review = sa.review(
            opened.content,
            repo.load_case(case_id),
            instrument(),
            TODAY,
            previous=repo.imports_of(case_id),
        )
        keys = [i.key for i in review.items if data.draw(st.sampled_from([True, True, False]))]
        plan = review.plan(keys)
        tamper(plan, data.draw(st.sampled_from(TAMPER)), data.draw(st.text(max_size=8)))
        if plan.is_empty:
            event("nothing chosen")
            return
        repo.import_at_home(
            plan.case_id,
            plan.conversation,
            plan.conversation_changes,
            plan.assessment,
            **plan.import_kwargs(),
            today=TODAY,
        )
    except (sa.SelfAssessmentError, StoreError) as exc:
        message = str(exc)
        event(f"refused by {'the store' if isinstance(exc, StoreError) else 'the reader'}")
    else:
        event("taken in")
    if message is not None:  # refused: one sentence, and nothing changed
        assert message.strip()
        assert stored(repo, case_id) == before
        assert written(repo) == rows
