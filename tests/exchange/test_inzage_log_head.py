"""The inzage export carries the head of the whole access log (`access_log_head`)."""

from __future__ import annotations

import json

import pytest

from eigenkracht.core.model import Case
from eigenkracht.exchange import inzage
from eigenkracht.store import audit
from eigenkracht.store.database import now_iso
from eigenkracht.store.repository import Repository


def test_the_head_is_written_and_read_back(repo: Repository) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. A")).case
    assert case.id is not None
    head = repo.log_export(case.id, "export")
    assert head == audit.head(repo.db) and head.id == len(audit.entries(repo.db))
    document = inzage.build(repo.load_case(case.id), [], now_iso(), log_head=head)
    assert document["access_log_head"] == {"id": head.id, "hash": head.hash}
    assert inzage.loads(inzage.dumps(document)).access_log_head == head
    del document["access_log_head"]  # an export made before the head was added
    assert inzage.loads(inzage.dumps(document)).access_log_head is None


@pytest.mark.parametrize(
    "bad", [{"id": 1}, {"id": "1", "hash": "0" * 64}, {"id": 1, "hash": "xyz"}, [], 5]
)
def test_a_damaged_head_is_refused_with_a_message(repo: Repository, bad: object) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. A")).case
    assert case.id is not None
    document = inzage.build(repo.load_case(case.id), [], now_iso())
    document["access_log_head"] = bad
    with pytest.raises(inzage.InzageError, match="access_log_head"):
        inzage.loads(json.dumps(document))
