"""The inzage export carries whether an action is "doorlopend"; an export made before
that field existed reads as not ongoing."""

from __future__ import annotations

import datetime as dt
import json

from eigenkracht.core.model import Action, Case, Goal, Member
from eigenkracht.exchange import inzage
from eigenkracht.store.database import now_iso
from eigenkracht.store.repository import Repository


def test_ongoing_goes_out_and_comes_back(repo: Repository) -> None:
    cf = repo.create_case(
        Case(reference="EK-7", household_name="Fam. Doorloop"), [Member(0, "Ada")]
    )
    cid = cf.case.id or 0
    repo.add_goal(
        Goal(
            case_id=cid,
            domain="financien",
            text="Rust",
            actions=[
                Action(0, "Komt elke week langs", ongoing=True),
                Action(0, "Belt de bank", due_date=dt.date(2026, 12, 1)),
            ],
        )
    )
    document = inzage.build(repo.load_case(cid), [], now_iso())
    text = inzage.dumps(document)
    actions = json.loads(text)["case_file"]["goals"][0]["actions"]
    assert sorted((a["what"], a["ongoing"], a["due_date"]) for a in actions) == [
        ("Belt de bank", False, "2026-12-01"),
        ("Komt elke week langs", True, None),
    ]
    back = inzage.loads(text)
    assert {a.what: a.ongoing for a in back.case_file.goals[0].actions} == {
        "Komt elke week langs": True,
        "Belt de bank": False,
    }

    for action in document["case_file"]["goals"][0]["actions"]:
        del action["ongoing"]  # as written before 0004_action_ongoing
    old = inzage.loads(inzage.dumps(document))
    assert [a.ongoing for a in old.case_file.goals[0].actions] == [False, False]
