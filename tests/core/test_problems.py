"""core.problems: when a step of the conversation may be left, and when signatures may
be recorded, as data (the screen words them; tests/ui check the words)."""

from __future__ import annotations

import datetime as dt

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
    IdDocument,
    Signature,
    SignerRole,
)
from eigenkracht.core.problems import (
    Code,
    Problem,
    actions_without_when,
    domain_problems,
    goal_problems,
    question_problems,
    signing_problems,
    start_problems,
    when_problems,
)

DAY = dt.date(2026, 11, 9)


def talk(kind: ConversationKind = ConversationKind.INTAKE, **fields: object) -> Conversation:
    return Conversation(case_id=1, date=DAY, kind=kind, **fields)  # type: ignore[arg-type]


def test_the_start_needs_who_is_there_and_an_intakes_melding_and_document() -> None:
    case = Case(reference="EK-2026-0001", household_name="Fam. A", identity_checked=True)
    assert start_problems(case, talk()) == [
        Problem("conversation.present", Code.PRESENT_MISSING),
        Problem("case.melding_date", Code.MELDING_DATE_MISSING),
        Problem("case.identity_document", Code.IDENTITY_DOCUMENT_MISSING),
    ]
    # a progress conversation only asks who is there
    assert [p.code for p in start_problems(case, talk(ConversationKind.PROGRESS))] == [
        Code.PRESENT_MISSING
    ]
    case.melding_date = DAY
    case.identity_document = IdDocument.PASSPORT
    assert start_problems(case, talk(present=["Anna"])) == []
    case.identity_checked, case.identity_document = False, None
    assert start_problems(case, talk(present=["Anna"])) == []


def test_an_intake_writes_down_the_question() -> None:
    assert question_problems(talk(question="  ")) == [
        Problem("conversation.question", Code.QUESTION_MISSING)
    ]
    assert question_problems(talk(question="Ik wil weer koken.")) == []
    assert question_problems(talk(ConversationKind.EVALUATION)) == []


def test_every_domain_is_discussed_or_has_a_reason() -> None:
    keys = ("financien", "huisvesting", "justitie", "werk")
    scores = [
        DomainScore("financien", level=2),  # discussed
        DomainScore("huisvesting", not_discussed=True, reason="Geen vraag"),  # explained
        DomainScore("justitie", not_discussed=True, reason="  "),  # no reason
        DomainScore("justitie", not_discussed=True),  # the other perspective: none either
    ]
    assert domain_problems(keys, scores) == [
        Problem("score.reason", Code.DOMAIN_UNDECIDED, "justitie"),
        Problem("score.reason", Code.DOMAIN_UNDECIDED, "werk"),
    ]
    # a reason on either perspective's row explains it
    scores.append(DomainScore("justitie", not_discussed=True, reason="Speelt niet"))
    assert [p.item for p in domain_problems(keys, scores)] == ["werk"]


def test_goals_need_their_text_and_actions_what_happens() -> None:
    first = [Action(goal_id=1, id=11, what="Post openen"), Action(goal_id=1, id=12, what=" ")]
    goals = [
        Goal(case_id=1, id=1, domain="financien", text="Rekeningen betaald.", actions=first),
        Goal(case_id=1, id=2, domain="huisvesting", text="", actions=[Action(2, "", 21)]),
    ]
    assert goal_problems(goals) == [
        Problem("action.what", Code.ACTION_WHAT_MISSING, 12),
        Problem("goal.text", Code.GOAL_TEXT_MISSING, 2),
        Problem("action.what", Code.ACTION_WHAT_MISSING, 21),
    ]
    assert goal_problems([]) == []


def test_actions_still_to_do_need_a_date_or_doorlopend() -> None:
    dated = Action(1, "Belt de huisarts", 11, due_date=DAY)
    ongoing = Action(1, "Komt elke week langs", 12, ongoing=True)
    missing = Action(1, "Zoekt een cursus", 13)
    busy = Action(1, "Ruimt de post op", 14, status=ActionStatus.BUSY)
    done = Action(1, "Opende de post", 15, status=ActionStatus.DONE)
    cancelled = Action(1, "Zou verhuizen", 16, status=ActionStatus.CANCELLED)
    reached = Action(2, "Was klaar", 21)
    goals = [
        Goal(1, "financien", "Rust", 1, actions=[dated, ongoing, missing, busy, done, cancelled]),
        Goal(1, "huisvesting", "Een huis", 2, status=GoalStatus.ACHIEVED, actions=[reached]),
        Goal(1, "werk", "Werk", 3, status=GoalStatus.PARTLY, actions=[Action(3, "Belt", 31)]),
    ]
    assert [a.id for a in actions_without_when(goals)] == [13, 14, 31]
    assert when_problems(goals) == [
        Problem("action.due_date", Code.ACTION_WHEN_MISSING, 13),
        Problem("action.due_date", Code.ACTION_WHEN_MISSING, 14),
        Problem("action.due_date", Code.ACTION_WHEN_MISSING, 31),
    ]
    assert goal_problems(goals) == []  # a flag on the step, not a block of the step
    assert when_problems([]) == []


def sign(role: SignerRole, name: str = "Anna", **fields: object) -> Signature:
    return Signature(role=role, name=name, date=DAY, **fields)  # type: ignore[arg-type]


def test_the_citizen_signs_with_names_and_remarks_where_needed() -> None:
    roles = [SignerRole.CITIZEN, SignerRole.PROFESSIONAL, SignerRole.NETWORK]
    assert signing_problems(roles, [None, sign(SignerRole.PROFESSIONAL), None]) == [
        Problem("signature.signs", Code.CITIZEN_MUST_SIGN, 0)
    ]
    signatures = [
        sign(SignerRole.CITIZEN, agreement=Agreement.WITH_REMARKS),
        sign(SignerRole.PROFESSIONAL, name=" "),
        None,
    ]
    assert signing_problems(roles, signatures) == [
        Problem("signature.remarks", Code.REMARKS_MISSING, 0),
        Problem("signature.name", Code.SIGNER_NAME_MISSING, 1),
    ]
    signatures[0] = sign(SignerRole.CITIZEN, agreement=Agreement.WITH_REMARKS, remarks="Ok")
    signatures[1] = sign(SignerRole.PROFESSIONAL)
    assert signing_problems(roles, signatures) == []
    # a minor's plan: the representative counts as the citizen
    representative = [SignerRole.REPRESENTATIVE, SignerRole.PROFESSIONAL]
    assert signing_problems(representative, [sign(SignerRole.REPRESENTATIVE), None]) == []
    # no citizen block at all: still a problem, with no row to point at
    assert signing_problems([SignerRole.PROFESSIONAL], [sign(SignerRole.PROFESSIONAL)]) == [
        Problem("signature.signs", Code.CITIZEN_MUST_SIGN, None)
    ]
