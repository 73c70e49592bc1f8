"""core.assessments: the latest (and the first) score per domain and perspective, the one
rule the overview, the plan, then and now and the import review share."""

from __future__ import annotations

import datetime as dt

from eigenkracht.core.assessments import first_scores, is_blank, latest_scores
from eigenkracht.core.instruments import default_instrument
from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Perspective,
    PlanVersion,
)
from eigenkracht.core.plan import build_snapshot, then_and_now

CITIZEN = Perspective.CITIZEN
PROFESSIONAL = Perspective.PROFESSIONAL
TABLE = AssessmentSource.AT_TABLE
HOME = AssessmentSource.AT_HOME
INSTRUMENT = default_instrument()
DAY = dt.date(2026, 11, 2)


def assessment(
    aid: int,
    conversation: int,
    perspective: Perspective,
    *scores: DomainScore,
    source: AssessmentSource = TABLE,
    member: int | None = None,
    created: str = "",
    instrument: str = INSTRUMENT.id,
) -> Assessment:
    return Assessment(
        conversation_id=conversation,
        instrument_id=instrument,
        instrument_version=INSTRUMENT.version,
        perspective=perspective,
        id=aid,
        member_id=member,
        source=source,
        scores=list(scores),
        created_at=created or f"2026-11-02T{aid:02d}:00:00Z",
    )


def case_file(*assessments: Assessment, dates: dict[int, dt.date] | None = None) -> CaseFile:
    days = dates or {1: DAY}
    return CaseFile(
        case=Case(reference="EK-2026-0001", household_name="Fam. Test", id=1),
        conversations=[Conversation(case_id=1, id=cid, date=day) for cid, day in days.items()],
        assessments=list(assessments),
    )


def level(table: dict, domain: str, perspective: Perspective) -> int | None:  # type: ignore[type-arg]
    return table[domain][perspective].level


def test_on_one_day_the_table_beats_an_import_recorded_after_it() -> None:
    """The case of issue 10: at the table the citizen says 1, the file from home (imported
    later that day, into the same conversation) says 5. Everything shows 1."""
    files = case_file(
        assessment(1, 1, CITIZEN, DomainScore("financien", level=1), created="T09"),
        assessment(2, 1, CITIZEN, DomainScore("financien", level=5), source=HOME, created="T17"),
    )
    latest = latest_scores(files, INSTRUMENT.id)
    found = latest["financien"][CITIZEN]
    assert (found.level, found.date, found.source) == (1, DAY, TABLE)
    # ...also when the import happens to have the lower id and the earlier stamp
    files.assessments.reverse()
    files.assessments[0].created_at, files.assessments[1].created_at = "T01", "T02"
    assert level(latest_scores(files, INSTRUMENT.id), "financien", CITIZEN) == 1
    # the printed plan and then-and-now agree with it
    snapshot = build_snapshot(files, INSTRUMENT, PlanVersion(case_id=1, number=1), today=DAY)
    assert snapshot["domains"][0]["key"] == "financien"
    assert snapshot["domains"][0]["citizen"]["level"] == 1
    assert snapshot["assessed"] == {"citizen": DAY.isoformat(), "professional": None}
    now = then_and_now(files, INSTRUMENT, today=DAY)["perspectives"]["burger"]["now"]
    assert now == [1]


def test_a_later_conversation_wins_whatever_its_source() -> None:
    files = case_file(
        assessment(1, 1, CITIZEN, DomainScore("financien", level=1)),
        assessment(2, 2, CITIZEN, DomainScore("financien", level=5), source=HOME),
        dates={1: DAY, 2: DAY + dt.timedelta(days=3)},
    )
    found = latest_scores(files, INSTRUMENT.id)["financien"][CITIZEN]
    assert (found.level, found.date, found.source) == (5, DAY + dt.timedelta(days=3), HOME)


def test_per_domain_an_older_score_stays_when_the_newer_assessment_is_silent() -> None:
    """The home file answered one domain; the other domains keep the table's scores
    (the whole newer assessment no longer hides them), each with its own date."""
    later = DAY + dt.timedelta(days=7)
    files = case_file(
        assessment(
            1,
            1,
            CITIZEN,
            DomainScore("financien", level=2),
            DomainScore("huisvesting", level=4),
            DomainScore("justitie", level=3),
        ),
        assessment(
            2,
            2,
            CITIZEN,
            DomainScore("financien", level=3),
            DomainScore("huisvesting"),  # opened, nothing chosen: says nothing
            DomainScore("justitie", not_discussed=True, reason="Speelt niet meer"),
            source=HOME,
        ),
        dates={1: DAY, 2: later},
    )
    latest = latest_scores(files, INSTRUMENT.id)
    assert (latest["financien"][CITIZEN].level, latest["financien"][CITIZEN].date) == (3, later)
    assert (latest["huisvesting"][CITIZEN].level, latest["huisvesting"][CITIZEN].date) == (4, DAY)
    # a newer "not discussed" is the latest word: the old level is not carried on
    assert latest["justitie"][CITIZEN].score.not_discussed
    assert latest["justitie"][CITIZEN].level is None
    # the first scores are the earliest levels, not discussed ones skipped
    first = first_scores(files, INSTRUMENT.id)
    assert {k: v[CITIZEN].level for k, v in first.items()} == {
        "financien": 2,
        "huisvesting": 4,
        "justitie": 3,
    }
    # The plan of the later conversation shows each domain's current state (issue 11):
    # scored now, or carried from its own earlier date with why it was not discussed now.
    snapshot = build_snapshot(files, INSTRUMENT, PlanVersion(case_id=1, number=1), today=later)
    assert [
        (d["key"], d["citizen"]["level"], d["status"], d["citizen_date"], d["reason"])
        for d in snapshot["domains"]
    ] == [
        ("financien", 3, "nu", later.isoformat(), ""),
        ("huisvesting", 4, "eerder", DAY.isoformat(), ""),
        ("justitie", 3, "eerder", DAY.isoformat(), "Speelt niet meer"),
    ]
    assert snapshot["not_discussed"] == []
    assert snapshot["assessed"]["citizen"] == later.isoformat()


def test_household_scores_come_before_those_of_one_member_and_other_instruments() -> None:
    files = case_file(
        assessment(1, 1, PROFESSIONAL, DomainScore("financien", level=2)),
        assessment(2, 1, PROFESSIONAL, DomainScore("financien", level=5), member=7),
        assessment(3, 1, PROFESSIONAL, DomainScore("financien", level=4), instrument="ander"),
    )
    assert level(latest_scores(files, INSTRUMENT.id), "financien", PROFESSIONAL) == 2
    only_member = case_file(files.assessments[1])
    found = latest_scores(only_member, INSTRUMENT.id)["financien"][PROFESSIONAL]
    assert (found.level, found.assessment.member_id) == (5, 7)
    assert latest_scores(case_file(), INSTRUMENT.id) == {}


def test_first_scores_prefer_the_table_on_the_first_day() -> None:
    files = case_file(
        assessment(1, 1, CITIZEN, DomainScore("financien", level=4), source=HOME, created="T20"),
        assessment(2, 1, CITIZEN, DomainScore("financien", level=2), created="T08"),
        assessment(3, 2, CITIZEN, DomainScore("financien", level=5)),
        dates={1: DAY, 2: DAY + dt.timedelta(days=1)},
    )
    assert first_scores(files, INSTRUMENT.id)["financien"][CITIZEN].level == 2


def test_a_blank_row_says_nothing_and_any_content_does() -> None:
    assert is_blank(DomainScore("financien"))
    assert is_blank(DomainScore("financien", situation="  "))
    for filled in (
        DomainScore("financien", level=0),
        DomainScore("financien", not_discussed=True),
        DomainScore("financien", concerns="Schulden"),
        DomainScore("financien", share_self=50),
        DomainScore("financien", wants_to_discuss=True),
    ):
        assert not is_blank(filled), filled


# -- a domain's state in one conversation (issue 11: progress over time) --------------


def _progress_case() -> CaseFile:
    """Intake (DAY): four domains scored from both sides (citizen's at home and at the
    table), one not discussed. Progress a week later: two domains scored, one marked
    not discussed this time, the rest left open. A third conversation later still."""
    later = DAY + dt.timedelta(days=7)
    return case_file(
        assessment(
            1,
            1,
            CITIZEN,
            DomainScore("financien", level=2),
            DomainScore("huisvesting", level=4),
            DomainScore("justitie", level=3),
            DomainScore("werk-opleiding", level=2, situation="Zoekt werk"),
        ),
        assessment(2, 1, CITIZEN, DomainScore("huisvesting", level=1), source=HOME),
        assessment(
            3,
            1,
            PROFESSIONAL,
            DomainScore("financien", level=1, concerns="Schulden"),
            DomainScore("huisvesting", level=3),
            DomainScore("justitie", level=2),
            DomainScore("middelengebruik", not_discussed=True, reason="Wil hij nu niet"),
        ),
        assessment(4, 2, CITIZEN, DomainScore("financien", level=3)),
        assessment(
            5,
            2,
            PROFESSIONAL,
            DomainScore("financien", level=2),
            DomainScore("werk-opleiding", level=3),
            DomainScore("justitie", not_discussed=True, reason="Komt volgende keer"),
            DomainScore("huisvesting"),  # opened, nothing chosen
        ),
        assessment(6, 3, CITIZEN, DomainScore("huisvesting", level=5)),
        dates={1: DAY, 2: later, 3: later + dt.timedelta(days=30)},
    )


def test_a_progress_conversation_carries_each_perspective_with_its_own_date() -> None:
    from eigenkracht.core.assessments import DomainStatus, domain_states, earlier_scores

    files = _progress_case()
    progress = files.conversations[1]
    later = progress.date
    states = domain_states(files, INSTRUMENT.id, progress, INSTRUMENT.domain_keys())
    found = {
        key: (
            s.status,
            {p: (x.level, x.date, x.source) for p, x in s.scores.items()},
            s.reason,
        )
        for key, s in states.items()
    }
    assert found == {
        # scored now, from both sides
        "financien": (
            DomainStatus.NOW,
            {CITIZEN: (3, later, TABLE), PROFESSIONAL: (2, later, TABLE)},
            "",
        ),
        # the professional scored it now, the citizen did not: the citizen's score of
        # the intake stands beside it, with its own date
        "werk-opleiding": (
            DomainStatus.NOW,
            {CITIZEN: (2, DAY, TABLE), PROFESSIONAL: (3, later, TABLE)},
            "",
        ),
        # left open now: both sides carried from the intake; on that day the table's
        # citizen level (4) beats the one filled in at home (1); the level given a month
        # later (5) is after this conversation and does not count
        "huisvesting": (
            DomainStatus.CARRIED,
            {CITIZEN: (4, DAY, TABLE), PROFESSIONAL: (3, DAY, TABLE)},
            "",
        ),
        # marked not discussed now: carried all the same, with the reason of this time
        "justitie": (
            DomainStatus.CARRIED,
            {CITIZEN: (3, DAY, TABLE), PROFESSIONAL: (2, DAY, TABLE)},
            "Komt volgende keer",
        ),
        # never scored, not discussed at the intake: not discussed, with that reason
        "middelengebruik": (DomainStatus.NOT_DISCUSSED, {}, "Wil hij nu niet"),
    }
    assert list(states) == [k for k in INSTRUMENT.domain_keys() if k in found]
    assert states["huisvesting"].date == DAY
    # the texts come with the carried score
    assert states["financien"].scores[PROFESSIONAL].score.concerns == ""
    assert (
        earlier_scores(files, INSTRUMENT.id, progress)["financien"][PROFESSIONAL].score.concerns
        == "Schulden"
    )
    # what came before the progress conversation, without itself
    before = earlier_scores(files, INSTRUMENT.id, progress)
    assert {k: {p: x.date for p, x in row.items()} for k, row in before.items()} == {
        "financien": {CITIZEN: DAY, PROFESSIONAL: DAY},
        "huisvesting": {CITIZEN: DAY, PROFESSIONAL: DAY},
        "justitie": {CITIZEN: DAY, PROFESSIONAL: DAY},
        "werk-opleiding": {CITIZEN: DAY},
    }
    # the intake has nothing before it: everything is "now" or not discussed
    intake = domain_states(files, INSTRUMENT.id, files.conversations[0])
    assert {k: s.status for k, s in intake.items()} == {
        "financien": DomainStatus.NOW,
        "huisvesting": DomainStatus.NOW,
        "justitie": DomainStatus.NOW,
        "werk-opleiding": DomainStatus.NOW,
        "middelengebruik": DomainStatus.NOT_DISCUSSED,
    }
    assert domain_states(files, INSTRUMENT.id, None) == {}


def test_the_plan_of_a_progress_conversation_marks_carried_domains_with_their_date() -> None:
    files = _progress_case()
    del files.conversations[2]  # the plan of the progress conversation
    files.assessments = [a for a in files.assessments if a.conversation_id != 3]
    later = files.conversations[1].date
    snapshot = build_snapshot(files, INSTRUMENT, PlanVersion(case_id=1, number=1), today=later)
    rows = {
        d["key"]: (
            d["status"],
            d["since"],
            (d["citizen"] or {}).get("level"),
            d["citizen_date"],
            (d["professional"] or {}).get("level"),
            d["professional_date"],
        )
        for d in snapshot["domains"]
    }
    day, now = DAY.isoformat(), later.isoformat()
    assert rows == {
        "financien": ("nu", now, 3, now, 2, now),
        "werk-opleiding": ("nu", now, 2, day, 3, now),
        "huisvesting": ("eerder", day, 4, day, 3, day),
        "justitie": ("eerder", day, 3, day, 2, day),
    }
    assert snapshot["not_discussed"] == [
        {"key": "middelengebruik", "name": "Alcohol en drugs", "reason": "Wil hij nu niet"}
    ]
    # the dates the plan says the scores are of: the newest shown per perspective
    assert snapshot["assessed"] == {"citizen": now, "professional": now}


def test_a_new_goal_starts_in_a_discussed_domain_that_asks_for_one() -> None:
    from eigenkracht.core.assessments import discussed, goal_domain

    order = INSTRUMENT.domain_keys()
    scores = {
        "financien": [DomainScore("financien", level=4), DomainScore("financien", level=4)],
        "werk-opleiding": [DomainScore("werk-opleiding", level=2)],
        "tijdsbesteding": [DomainScore("tijdsbesteding", level=5, concerns="Geen dagritme")],
        "huisvesting": [DomainScore("huisvesting", level=1)],
        # not discussed, however low it was: never the default
        "justitie": [DomainScore("justitie", not_discussed=True, reason="Nu niet")],
        "middelengebruik": [DomainScore("middelengebruik")],  # opened, nothing chosen
    }
    assert not discussed(scores["justitie"]) and not discussed(scores["middelengebruik"])
    assert discussed(scores["financien"])
    # the lowest level first, then the concern, then what is left
    assert goal_domain(scores, order) == "huisvesting"
    assert goal_domain(scores, order, ["huisvesting"]) == "werk-opleiding"
    assert goal_domain(scores, order, ["huisvesting", "werk-opleiding"]) == "tijdsbesteding"
    # every domain that asks has a goal: a discussed one without a goal
    assert goal_domain(scores, order, ["huisvesting", "werk-opleiding", "tijdsbesteding"]) == (
        "financien"
    )
    every = ["huisvesting", "werk-opleiding", "tijdsbesteding", "financien"]
    assert goal_domain(scores, order, every) == "huisvesting"
    # nothing discussed: no default (the caller takes the first domain and hints)
    assert goal_domain({"justitie": scores["justitie"]}, order) is None
    assert goal_domain({}, order) is None
