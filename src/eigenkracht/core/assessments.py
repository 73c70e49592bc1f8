"""The latest (and the first) score per life domain and perspective, across conversations.

One rule for every place that shows "the scores now": the case overview, the printed
plan (`core.plan.build_snapshot`), the then-and-now page and the review of an imported
self-assessment. Before this module each had its own copy, and they disagreed: on one
day an at-table citizen level 1 and an imported at-home level 5 printed as 1 and showed
as 5 on the overview.

The rule, per life domain and perspective:

- **Which assessments count.** Those made with the instrument (its id, any version) for
  the household as a whole (`member_id` None). When the case has none of those, the
  scorings of single members are used instead.
- **What is a statement about a domain.** A score row with a level, marked "not
  discussed", or with anything else filled in (texts, shares, "wants to discuss"). An
  empty row (the conversation's step made it, nothing was chosen) says nothing and does
  not hide an older score.
- **Which statement is the latest.** The one of the latest conversation date. On the same
  day a score made **at the table beats one filled in at home**: the conversation is where
  the home answers are talked over, and the level agreed there is the considered one. The
  order of recording says nothing here: a self-assessment is often imported after the
  conversation's own assessment was made (it joins the conversation of that day). After
  that: the later conversation (higher id), then the later recorded assessment
  (`created_at`, id).
- **What was recorded last stands.** A newer "not discussed" hides an older level: the
  domain step asks a decision for every domain, and a level of a domain that is no longer
  discussed is not carried into a new plan (domain.md §3, the AP's finding on scoring
  every domain).

`first_scores` gives the earliest *level* per domain and perspective (the "then" of then
and now), with the same same-day preference.

**A domain's state in one conversation** (`domain_states`, the plan of a progress or
evaluation conversation): not every domain is talked over again each time, and what was
scored before still describes the case until it is scored again. Per domain:

- *now* (`DomainStatus.NOW`): the conversation itself scored it or wrote about it (at
  the table or, joined to it, at home); a perspective that said nothing now keeps its
  earlier score, with that score's date;
- *carried* (`CARRIED`): not scored in this conversation (undecided, or marked not
  discussed this time), but an earlier conversation, dated on or before this one, did:
  per perspective its latest statement stands, with its own date and source, marked so
  (`earlier_scores`, which is `latest_scores(..., until=, carry=True)` without the
  conversation itself). The reason it was not discussed this time goes with it;
- *not discussed* (`NOT_DISCUSSED`): nothing to carry, and this conversation (or the
  latest before it) marked it not discussed: the reason is shown;
- a domain nobody ever decided on is left out.

Carrying shows what is stored already; it records nothing new, so the privacy rule of
domain.md §3 (score only where relevant) holds. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from eigenkracht.core.model import (
    Assessment,
    AssessmentSource,
    CaseFile,
    Conversation,
    DomainScore,
    Perspective,
)


@dataclass(frozen=True)
class Scored:
    """One domain's score from one assessment, with where and when it was given."""

    score: DomainScore
    date: dt.date | None  # the date of the assessment's conversation
    source: AssessmentSource
    assessment: Assessment  # member, instrument version, perspective

    @property
    def perspective(self) -> Perspective:
        return self.assessment.perspective

    @property
    def level(self) -> int | None:
        """The level given; None when there is none or the domain was not discussed."""
        return None if self.score.not_discussed else self.score.level


#: A radar of fewer domains than this shows no shape worth reading: the plan and the
#: domain step then show the table (or the scores in words) only.
RADAR_MINIMUM = 3

#: domain key -> perspective -> the score chosen for it
ScoreTable = dict[str, dict[Perspective, Scored]]


def is_blank(score: DomainScore) -> bool:
    """A score row that says nothing about its domain (see the module docstring)."""
    return (
        score.level is None
        and not score.not_discussed
        and not score.wants_to_discuss
        and not any(t.strip() for t in (score.reason, score.situation, score.strengths))
        and not score.concerns.strip()
        and score.share_self is None
        and score.share_network is None
        and score.share_professional is None
    )


def _counted(
    case_file: CaseFile, instrument_id: str, member: int | None = None
) -> list[Assessment]:
    """The assessments with the instrument (any version) that count: `member` given (an
    instrument that scores one member or each child, Scope): that member's only; else
    the household's, or the members' when the case has no household assessment."""
    found = [a for a in case_file.assessments if a.instrument_id == instrument_id]
    if member is not None:
        return [a for a in found if a.member_id == member]
    return [a for a in found if a.member_id is None] or found


def scored_members(case_file: CaseFile, instrument_id: str) -> list[int]:
    """The members scored with the instrument (its assessments' member ids), in the
    order of the case's members, then any other id."""
    ids = {
        a.member_id
        for a in case_file.assessments
        if a.instrument_id == instrument_id and a.member_id is not None
    }
    order = [m.id for m in case_file.members if m.id is not None and m.id in ids]
    return order + sorted(ids - set(order))


def _ordered(
    case_file: CaseFile, instrument_id: str, member: int | None = None
) -> list[tuple[dt.date, Assessment]]:
    """The counted assessments with their dates, oldest first, so that a later entry
    beats an earlier one (the tie-break of the module docstring)."""
    dates = {c.id: c.date for c in case_file.conversations}
    counted = _counted(case_file, instrument_id, member)
    dated = [(dates.get(a.conversation_id) or dt.date.min, a) for a in counted]
    dated.sort(
        key=lambda pair: (
            pair[0],
            pair[1].source is AssessmentSource.AT_TABLE,
            pair[1].conversation_id,
            pair[1].created_at,
            pair[1].id or 0,
        )
    )
    return dated


def _entry(day: dt.date, assessment: Assessment, score: DomainScore) -> Scored:
    return Scored(score, None if day == dt.date.min else day, assessment.source, assessment)


def latest_scores(
    case_file: CaseFile,
    instrument_id: str,
    *,
    until: dt.date | None = None,
    carry: bool = False,
    without: int | None = None,
    member: int | None = None,
) -> ScoreTable:
    """Per domain and perspective the latest statement (see the module docstring).
    Domains appear in the order they were first scored; callers order them by the
    instrument.

    `until`: only conversations dated on or before it count. `carry`: a "not discussed"
    row does not hide an older statement (what was said before is carried; the domain
    states of a conversation). `without`: leave out that conversation's assessments.
    `member`: the scores of that member only (an instrument per member or child)."""
    table: ScoreTable = {}
    for day, assessment in _ordered(case_file, instrument_id, member):
        if until is not None and day > until:
            continue
        if without is not None and assessment.conversation_id == without:
            continue
        for score in assessment.scores:
            if is_blank(score) or (carry and score.not_discussed):
                continue
            table.setdefault(score.domain, {})[assessment.perspective] = _entry(
                day, assessment, score
            )
    return table


def earlier_scores(
    case_file: CaseFile,
    instrument_id: str,
    conversation: Conversation,
    *,
    member: int | None = None,
) -> ScoreTable:
    """What the conversations before `conversation` said, per domain and perspective:
    the latest statement with a level or text (a later "not discussed" does not hide
    it) of any other conversation dated on or before it. What the domain step shows
    as "Vorige keer" and the plan carries."""
    return latest_scores(
        case_file,
        instrument_id,
        until=conversation.date,
        carry=True,
        without=conversation.id,
        member=member,
    )


class DomainStatus(StrEnum):
    NOW = "nu"  # scored or written about in this conversation
    CARRIED = "eerder"  # not scored now; earlier scores stand, with their date
    NOT_DISCUSSED = "niet-besproken"  # not discussed, nothing earlier to carry


@dataclass(frozen=True)
class DomainState:
    """One domain in one conversation (see the module docstring)."""

    key: str
    status: DomainStatus
    scores: dict[Perspective, Scored] = field(default_factory=dict)  # now or carried
    reason: str = ""  # why it was not discussed (this time)

    @property
    def date(self) -> dt.date | None:
        """The newest date of the scores shown (for a carried domain: when it was
        last scored)."""
        return newest_date(self.scores.values())


def _reason(*scores: Scored | None) -> str:
    return next(
        (s.score.reason.strip() for s in scores if s is not None and s.score.reason.strip()), ""
    )


def domain_states(
    case_file: CaseFile,
    instrument_id: str,
    conversation: Conversation | None,
    domain_order: Iterable[str] = (),
    *,
    member: int | None = None,
) -> dict[str, DomainState]:
    """Every decided domain's state in `conversation` (None: a case without
    conversations: nothing to say), in `domain_order`, then any other key in the order
    first scored. Per instrument (its id, any version); `member`: the states of that
    member's scores (an instrument per member or child). See the module docstring."""
    if conversation is None:
        return {}
    # Its own statements, of the assessments the case counts (household or members).
    own = [
        a
        for a in _counted(case_file, instrument_id, member)
        if a.conversation_id == conversation.id
    ]
    now = latest_scores(
        CaseFile(case=case_file.case, conversations=[conversation], assessments=own),
        instrument_id,
        member=member,
    )
    before = earlier_scores(case_file, instrument_id, conversation, member=member)
    until = latest_scores(case_file, instrument_id, until=conversation.date, member=member)
    order = list(domain_order)
    keys = order + [k for k in (*until, *now) if k not in order]
    states: dict[str, DomainState] = {}
    for key in dict.fromkeys(keys):
        here = now.get(key, {})
        spoken = {p: s for p, s in here.items() if not s.score.not_discussed}
        if spoken:  # a perspective silent now keeps its earlier score, with its date
            carried = {p: s for p, s in before.get(key, {}).items() if p not in spoken}
            states[key] = DomainState(key, DomainStatus.NOW, {**spoken, **carried})
            continue
        reason = _reason(*(here.get(p) for p in (Perspective.PROFESSIONAL, Perspective.CITIZEN)))
        if key in before:
            states[key] = DomainState(key, DomainStatus.CARRIED, dict(before[key]), reason)
            continue
        latest = until.get(key, {})
        if here or any(s.score.not_discussed for s in latest.values()):
            reason = reason or _reason(
                *(latest.get(p) for p in (Perspective.PROFESSIONAL, Perspective.CITIZEN))
            )
            states[key] = DomainState(key, DomainStatus.NOT_DISCUSSED, {}, reason)
    return states


def first_scores(
    case_file: CaseFile, instrument_id: str, *, member: int | None = None
) -> ScoreTable:
    """Per domain and perspective the earliest level given (rows without a level, or
    not discussed, are skipped); on the earliest day, the same preference as
    `latest_scores` (at the table before at home). `member`: as `latest_scores`."""
    table: ScoreTable = {}
    for day, assessment in _ordered(case_file, instrument_id, member):
        for score in assessment.scores:
            if score.level is None or score.not_discussed:
                continue
            row = table.setdefault(score.domain, {})
            known = row.get(assessment.perspective)
            if known is None or (known.date or dt.date.min) == day:
                row[assessment.perspective] = _entry(day, assessment, score)
    return table


def of_perspective(
    table: Mapping[str, Mapping[Perspective, Scored]], perspective: Perspective
) -> dict[str, Scored]:
    """One column of a score table: domain -> score of `perspective`."""
    return {key: row[perspective] for key, row in table.items() if perspective in row}


def newest_date(scores: Iterable[Scored]) -> dt.date | None:
    return max((s.date for s in scores if s.date is not None), default=None)


def oldest_date(scores: Iterable[Scored]) -> dt.date | None:
    return min((s.date for s in scores if s.date is not None), default=None)


def discussed(scores: Iterable[DomainScore]) -> bool:
    """Whether a domain's scores of one conversation (both perspectives) say it was
    discussed there: one of them stored and not marked "not discussed"."""
    return any(not s.not_discussed and not is_blank(s) for s in scores)


def goal_domain(
    scores: Mapping[str, Sequence[DomainScore]],
    domain_order: Sequence[str],
    with_goal: Iterable[str] = (),
    *,
    low: int = 3,
) -> str | None:
    """The life domain a new goal starts in (the worker may choose another).

    A domain discussed in this conversation (`scores`: per domain, both perspectives'
    scores of it) that asks for a goal: a concern written, or a level at or below `low`
    from either side. Among those, one without a goal yet comes first, then the lowest
    level, then the instrument's order. Without such a domain: the first discussed one
    without a goal, then the first discussed one. None when nothing was discussed (the
    caller then takes the first domain and says it was not discussed)."""
    taken = set(with_goal)
    rank = {key: index for index, key in enumerate(domain_order)}
    keys = sorted(
        (k for k, found in scores.items() if discussed(found)),
        key=lambda k: rank.get(k, len(rank)),
    )

    def lowest(key: str) -> int:
        levels = [s.level for s in scores[key] if s.level is not None and not s.not_discussed]
        return min(levels, default=low + 1)

    asking = [
        k
        for k in keys
        if lowest(k) <= low or any(s.concerns.strip() for s in scores[k] if not s.not_discussed)
    ]
    asking.sort(key=lambda k: (k in taken, lowest(k), rank.get(k, len(rank))))
    if asking and asking[0] not in taken:
        return asking[0]
    free = [k for k in keys if k not in taken]
    if free:
        return free[0]
    if asking:
        return asking[0]
    return keys[0] if keys else None


__all__ = [
    "RADAR_MINIMUM",
    "DomainState",
    "DomainStatus",
    "ScoreTable",
    "Scored",
    "discussed",
    "domain_states",
    "earlier_scores",
    "first_scores",
    "goal_domain",
    "is_blank",
    "latest_scores",
    "newest_date",
    "of_perspective",
    "oldest_date",
    "scored_members",
]
