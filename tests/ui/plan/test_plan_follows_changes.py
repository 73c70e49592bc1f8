"""The goals and plan steps follow what the other steps store (their Changes): they
read the case again only when the network changed, not every time they are shown."""

from __future__ import annotations

from typing import Any

from eigenkracht.core.model import Action, ActorKind, Goal
from eigenkracht.ui.conversation import Page


def people_offered(goals: Any) -> list[str]:
    return [goals.person.itemText(i) for i in range(goals.person.count())]


def test_the_goals_step_reads_the_case_only_after_the_network_changed(
    view: Any, goals_page: Any, repo: Any, monkeypatch: Any
) -> None:
    reads: list[int] = []
    load_case = repo.load_case

    def counted(case_id: int) -> Any:
        reads.append(case_id)
        return load_case(case_id)

    monkeypatch.setattr(repo, "load_case", counted)
    store = goals_page.store
    goal = store.add_goal(
        Goal(case_id=store.case_id, domain="financien", text="De post is op orde."), lambda r: None
    )
    assert goal is not None and goal.id is not None
    book = view.page_widget(Page.NETWORK).book
    kees = next(p.id for p in book.all() if p.name == "Kees de Jong")
    action = store.add_action(
        Action(
            goal_id=goal.id,
            what="Leest de post voor",
            actor_kind=ActorKind.NETWORK,
            network_person_id=kees,
        ),
        lambda r: None,
    )
    assert action is not None and action.id is not None
    for page in (Page.PLAN, Page.SUMMARY, Page.GOALS):
        assert view.goto(page, check=False)
    assert reads == []  # its own edits and showing the steps read nothing

    assert view.goto(Page.NETWORK, check=False)
    assert book.add(name="Fatima El Amrani") is not None
    assert book.remove(kees)
    assert view.goto(Page.GOALS, check=False)
    assert len(reads) == 1
    assert "Fatima El Amrani" in people_offered(goals_page)
    assert "Kees de Jong (broer)" not in people_offered(goals_page)
    assert store.action(action.id).network_person_id is None  # as the removal stored it

    view.undo()  # Kees comes back, and the action names him again
    assert view.current_page() is Page.NETWORK
    assert view.goto(Page.GOALS, check=False)
    assert len(reads) == 2
    assert store.action(action.id).network_person_id == kees
    assert "Kees de Jong (broer)" in people_offered(goals_page)
    assert view.goto(Page.PLAN, check=False) and view.goto(Page.GOALS, check=False)
    assert len(reads) == 2
