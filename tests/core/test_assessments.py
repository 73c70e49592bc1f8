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
    snapshot = build_snapshot(files, INSTRUMENT, PlanVersion(case_id=1, number=1), today=later)
    assert [(d["key"], d["citizen"]["level"]) for d in snapshot["domains"]] == [
        ("financien", 3),
        ("huisvesting", 4),
    ]
    assert [d["key"] for d in snapshot["not_discussed"]] == ["justitie"]
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
