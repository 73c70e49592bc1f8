"""Why a step of the conversation cannot be left yet, and why signatures cannot be
recorded yet: the rules as data.

Each check returns `Problem`s, in the order a worker meets them on the screen (the
first is the one to show); an empty list means: go on. A problem names the field to
fix (`field`, as "table.column") and a stable `code`; `item` says which one when there
are several (a domain key, a goal or action id, the row of a signer). The screen maps
the code to a Dutch sentence and puts the keyboard in the widget of the field; another
front end (the command line, an import) can give its own words. No Qt, no SQL.

The rules (domain.md §4, §6):

- start: who is present is ticked; for an intake the melding date is known (the
  statutory terms count from it) and, when the identity was checked, with which kind
  of document;
- question: an intake writes down the citizen's question in their own words;
- domains: every domain is either discussed (a score or anything filled in for it) or
  has a reason why not;
- goals: every goal says what the citizen wants to reach, every action what happens;
- when: every action that still has to happen says by when (a date) or that it is
  "doorlopend" (ongoing); the goals step flags one without, signing refuses it
  (`when_problems`);
- signing: the citizen (or a legal representative) signs; everyone who signs has a
  name and chose for themselves whether they agree; "agrees, with remarks" has the
  remarks. Who must sign is
  `core.plan.signers_needed`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    Agreement,
    Case,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    GoalStatus,
    Signature,
    SignerRole,
)


class Code(StrEnum):
    PRESENT_MISSING = "present-missing"
    MELDING_DATE_MISSING = "melding-date-missing"
    IDENTITY_DOCUMENT_MISSING = "identity-document-missing"
    QUESTION_MISSING = "question-missing"
    DOMAIN_UNDECIDED = "domain-undecided"
    GOAL_TEXT_MISSING = "goal-text-missing"
    ACTION_WHAT_MISSING = "action-what-missing"
    ACTION_WHEN_MISSING = "action-when-missing"
    CITIZEN_MUST_SIGN = "citizen-must-sign"
    SIGNER_NAME_MISSING = "signer-name-missing"
    REMARKS_MISSING = "remarks-missing"
    AGREEMENT_MISSING = "agreement-missing"
    # The route from melding to closing (core.process.route_problems).
    DATE_IN_FUTURE = "date-in-future"
    DATE_BEFORE_MELDING = "date-before-melding"
    MELDING_FIRST = "melding-first"
    AANVRAAG_FIRST = "aanvraag-first"
    BESCHIKKING_BEFORE_AANVRAAG = "beschikking-before-aanvraag"
    STATUS_REASON_MISSING = "status-reason-missing"
    STATUS_CLOSED_BY_DATE = "status-closed-by-date"
    # The instrument's scale (core.instruments; the store refuses these too).
    LEVEL_OUT_OF_SCALE = "level-out-of-scale"
    TARGET_OUT_OF_SCALE = "target-out-of-scale"
    DOMAIN_NOT_IN_INSTRUMENT = "domain-not-in-instrument"


@dataclass(frozen=True)
class Problem:
    """One reason why one cannot go on: the field to fix and what is wrong with it."""

    field: str  # "conversation.present", "case.melding_date", "goal.text", ...
    code: Code
    item: str | int | None = None  # which domain, goal, action or signer row


def start_problems(case: Case, conversation: Conversation) -> list[Problem]:
    """The start of a conversation: who is there, and an intake's melding and identity."""
    found = []
    if not conversation.present:
        found.append(Problem("conversation.present", Code.PRESENT_MISSING))
    if conversation.kind is ConversationKind.INTAKE:
        if case.melding_date is None:
            found.append(Problem("case.melding_date", Code.MELDING_DATE_MISSING))
        if case.identity_checked and case.identity_document is None:
            found.append(Problem("case.identity_document", Code.IDENTITY_DOCUMENT_MISSING))
    return found


def question_problems(conversation: Conversation) -> list[Problem]:
    """An intake has the citizen's question in their own words."""
    if conversation.kind is ConversationKind.INTAKE and not conversation.question.strip():
        return [Problem("conversation.question", Code.QUESTION_MISSING)]
    return []


def domain_problems(domains: Iterable[str], scores: Iterable[DomainScore]) -> list[Problem]:
    """Per domain (in the instrument's order) that is neither discussed nor explained:
    one problem with the domain key as `item`. `scores` are those of both perspectives
    in this conversation. Discussed: a score row that is not marked "not discussed".
    Explained: a reason on any of its rows."""
    discussed: set[str] = set()
    explained: set[str] = set()
    for score in scores:
        if not score.not_discussed:
            discussed.add(score.domain)
        if score.reason.strip():
            explained.add(score.domain)
    return [
        Problem("score.reason", Code.DOMAIN_UNDECIDED, key)
        for key in domains
        if key not in discussed and key not in explained
    ]


def goal_problems(goals: Iterable[Goal]) -> list[Problem]:
    """Goals without their text and actions without what happens, in the order given
    (each goal, then its actions)."""
    found = []
    for goal in goals:
        if not goal.text.strip():
            found.append(Problem("goal.text", Code.GOAL_TEXT_MISSING, goal.id))
        for action in goal.actions:
            if not action.what.strip():
                found.append(Problem("action.what", Code.ACTION_WHAT_MISSING, action.id))
    return found


# What still has to happen: an action done or cancelled, or of a goal reached or
# stopped, needs no "by when".
_ACTIONS_TO_DO = (ActionStatus.PLANNED, ActionStatus.BUSY)
_GOALS_TO_DO = (GoalStatus.OPEN, GoalStatus.PARTLY)


def actions_without_when(goals: Iterable[Goal]) -> list[Action]:
    """The actions that still have to happen and say neither by when (`due_date`) nor
    that they are ongoing ("doorlopend"), in the order given (each goal's actions)."""
    return [
        action
        for goal in goals
        if goal.status in _GOALS_TO_DO
        for action in goal.actions
        if action.status in _ACTIONS_TO_DO and action.due_date is None and not action.ongoing
    ]


def when_problems(goals: Iterable[Goal]) -> list[Problem]:
    """One problem per action without a when (`actions_without_when`), its id as `item`.
    A flag on the goals step (one may go on), a refusal when the plan is signed."""
    return [
        Problem("action.due_date", Code.ACTION_WHEN_MISSING, action.id)
        for action in actions_without_when(goals)
    ]


def score_problems(instrument: Instrument, scores: Iterable[DomainScore]) -> list[Problem]:
    """Scores that do not fit the instrument they are given with: a domain it does not
    have, or a level outside its scale (`item`: the domain key). The store refuses them."""
    keys = set(instrument.domain_keys())
    found = []
    for score in scores:
        if score.domain not in keys:
            found.append(Problem("score.domain", Code.DOMAIN_NOT_IN_INSTRUMENT, score.domain))
        elif score.level is not None and not instrument.allows(score.level):
            found.append(Problem("score.level", Code.LEVEL_OUT_OF_SCALE, score.domain))
    return found


def target_problems(instrument: Instrument, goal: Goal) -> list[Problem]:
    """A goal's target level outside the scale of the goal's instrument (`item`: the
    goal id). The store refuses it."""
    if goal.target_level is None or instrument.allows(goal.target_level):
        return []
    return [Problem("goal.target_level", Code.TARGET_OUT_OF_SCALE, goal.id)]


def scale_text(instrument: Instrument, value: object, *, goal: bool = False) -> str:
    """The Dutch one-liner for a level or goal target outside the instrument's scale
    (Instrument.check_level); "" when `value` fits."""
    return instrument.check_level(value, what="doel" if goal else "score") or ""


CITIZEN_SIGNERS = (SignerRole.CITIZEN, SignerRole.REPRESENTATIVE)


def signing_problems(
    roles: Sequence[SignerRole],
    signatures: Sequence[Signature | None],
    chosen: Sequence[bool] | None = None,
) -> list[Problem]:
    """The signatures being recorded, one per signature block (`roles`, from
    core.plan.signers_needed; None: that one does not sign). `item` is the block's row
    (0-based); for "the citizen must sign", the first citizen's row (None without one).
    `chosen`: per block whether the signer chose agree / agree with remarks / disagree
    themselves (nothing is chosen for them: each one who signs must choose)."""
    found = []
    citizens = [row for row, role in enumerate(roles) if role in CITIZEN_SIGNERS]
    if not any(signatures[row] is not None for row in citizens):
        found.append(
            Problem("signature.signs", Code.CITIZEN_MUST_SIGN, citizens[0] if citizens else None)
        )
    for row, signature in enumerate(signatures):
        if signature is None:
            continue
        if not signature.name.strip():
            found.append(Problem("signature.name", Code.SIGNER_NAME_MISSING, row))
        if chosen is not None and not chosen[row]:
            found.append(Problem("signature.agreement", Code.AGREEMENT_MISSING, row))
        elif signature.agreement is Agreement.WITH_REMARKS and not signature.remarks.strip():
            found.append(Problem("signature.remarks", Code.REMARKS_MISSING, row))
    return found


__all__ = [
    "CITIZEN_SIGNERS",
    "Code",
    "Problem",
    "actions_without_when",
    "domain_problems",
    "goal_problems",
    "question_problems",
    "scale_text",
    "score_problems",
    "signing_problems",
    "start_problems",
    "target_problems",
    "when_problems",
]
