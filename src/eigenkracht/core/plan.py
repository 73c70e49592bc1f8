"""The support plan as rules and data: no Qt, no SQL, no PDF (domain.md §2, §6).

- `sorted_actions` / `sorted_goals`: who does what in the eigen-kracht order (self,
  network, volunteers and general facilities, professionals, maatwerk; Wmo 2015
  art. 2.3.2 lid 4), goals in the order of the instrument's life domains.
- `maatwerk_warnings`: maatwerk planned for a domain while the citizen's own part,
  the network or a general facility was not considered there. A warning, never a
  block: the screen points it out and the plan prints it, the professional decides.
- `signers_needed`: who signs the plan: the citizen (or a legal representative),
  the professional, and every network member who took on an action.
- `build_snapshot`: everything the printed plan shows, as plain JSON-able data.
  A signed plan version stores this snapshot (with its SHA-256 fingerprint) and is
  printed only from it, so a re-print gives the same bytes.
- `snapshot_of`: the snapshot a stored plan version is printed from.
- `working_version`: the version the plan is on now. Any change to the case after
  signing (question, domains, network, goals, plan fields...) makes it the next draft,
  so preview, PDF and print show what would be signed now; a signed version is
  printed only when asked for by number.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eigenkracht.core import serial
from eigenkracht.core.assessments import (
    DomainStatus,
    Scored,
    domain_states,
    first_scores,
    latest_scores,
    newest_date,
    of_perspective,
    oldest_date,
    scored_members,
)
from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError, Scope
from eigenkracht.core.model import (
    Action,
    ActionStatus,
    ActorKind,
    Case,
    CaseFile,
    Conversation,
    DomainScore,
    Goal,
    GoalStatus,
    Member,
    NetworkPerson,
    OwnPlanRecord,
    Perspective,
    PlanStatus,
    PlanVersion,
    Signature,
    SignerRole,
)
from eigenkracht.core.network import compare, network_on
from eigenkracht.core.privacy import calling_name, pseudonyms

#: What the plan and then and now read instruments from: the catalogue (every part of
#: the program; the instrument of each assessment by its id and version), or a single
#: instrument (its section only, as before instruments were chosen per conversation).
Instruments = Instrument | Catalogue

SNAPSHOT_FORMAT = "eigenkracht-plan/1"
ADULT_AGE = 18
CITIZEN_ROLES = ("aanvrager", "partner")

# The kinds that must have been considered before maatwerk (Wmo 2.3.2 lid 4 b-e).
# A volunteer counts as a general facility: free help in the neighbourhood.
BEFORE_MAATWERK = (ActorKind.SELF, ActorKind.NETWORK, ActorKind.GENERAL_FACILITY)
_COUNTS_AS = {ActorKind.VOLUNTEER: ActorKind.GENERAL_FACILITY}


def plan_instrument() -> Instrument:
    """The bundled default instrument (core.instruments.default_instrument, chosen by
    its file, never by an id here). Only for callers without a catalogue: the plan
    reads each assessment's instrument from the catalogue (`plan_catalogue`)."""
    from eigenkracht.core.instruments import default_instrument

    return default_instrument()


def plan_catalogue(stored: Sequence[Instrument] = ()) -> Catalogue:
    """The catalogue of the installed instruments (bundled and the user folder) with
    the definitions kept with the data (`Repository.stored_instruments()`)."""
    from eigenkracht.core.instruments import load_all, user_instrument_dir

    installed, _errors = load_all(user_instrument_dir())
    return Catalogue(installed, stored)


@dataclass(frozen=True)
class Section:
    """One instrument's part of the plan (or of then and now): the instrument, in the
    language printed, and for whom when it scores one member or each child."""

    instrument: Instrument
    member_id: int | None = None
    member_name: str = ""


def _used(case_file: CaseFile, instruments: Instruments) -> list[Instrument]:
    """The instruments of the case's assessments, in the catalogue's stable order, each
    id once (the version of its latest assessment); a single instrument: that one."""
    if isinstance(instruments, Instrument):
        return [instruments]
    dates = {c.id: (c.date, c.id or 0) for c in case_file.conversations}
    newest_first = sorted(
        case_file.assessments,
        key=lambda a: (dates.get(a.conversation_id, (dt.date.min, 0)), a.id or 0),
        reverse=True,
    )
    newest: dict[str, Instrument] = {}
    for a in newest_first:
        if a.instrument_id not in newest and instruments.has(a.instrument_id, a.instrument_version):
            newest[a.instrument_id] = instruments.for_assessment(a)
    order = {inst.ref: n for n, inst in enumerate(instruments.ordered(case_file.assessments))}
    return sorted(newest.values(), key=lambda i: order.get(i.ref, len(order)))


def _fallback(instruments: Instruments, conversation: Conversation | None) -> Instrument:
    """The instrument of an empty plan: the first chosen for the conversation, else the
    organisation's first default."""
    if isinstance(instruments, Instrument):
        return instruments
    refs = list(getattr(conversation, "instruments", []) or []) if conversation else []
    try:
        return instruments.for_refs(refs)[0]
    except (InstrumentError, IndexError):
        return instruments.defaults()[0]


def sections_of(
    case_file: CaseFile,
    instruments: Instruments,
    *,
    language: str = "nl",
    conversation: Conversation | None = None,
) -> list[Section]:
    """The sections the plan and then and now show: one per instrument used in the case
    (each assessment's instrument, found by id and version in the catalogue; one per
    member scored when the instrument scores a member or each child), in the catalogue's
    order. Without any assessment: one empty section of the conversation's first
    instrument (or the organisation's first default)."""
    used = _used(case_file, instruments) or [_fallback(instruments, conversation)]
    names = {m.id: m.name for m in case_file.members}
    found: list[Section] = []
    for inst in used:
        shown = inst.localised(language)
        members = scored_members(case_file, inst.id) if inst.scope is not Scope.HOUSEHOLD else []
        if not members:
            found.append(Section(shown))
        for member in members:
            found.append(Section(shown, member, names.get(member, "")))
    return found


def missing_instruments(case_file: CaseFile, instruments: Instruments) -> list[str]:
    """`id@version` of every instrument of the case's assessments the catalogue cannot
    find (neither installed nor kept with the data): the plan says they are missing."""
    if isinstance(instruments, Instrument):
        return []
    return instruments.missing(case_file.assessments)


def _all_names(
    sections: Sequence[Section], instruments: Instruments, language: str
) -> dict[str, tuple[Instrument, Any]]:
    """domain key -> (instrument, domain): the sections' instruments first, then the
    organisation's defaults and the other installed ones (a goal or a helper on the
    network map may name a domain that was not scored)."""
    more: list[Instrument] = []
    if isinstance(instruments, Catalogue):
        try:
            more = [i.localised(language) for i in instruments.defaults()]
        except InstrumentError:
            more = []
        more += [i.localised(language) for i in instruments.installed]
    found: dict[str, tuple[Instrument, Any]] = {}
    for inst in [s.instrument for s in sections] + more:
        for dom in inst.domains:
            found.setdefault(dom.key, (inst, dom))
    return found


# -- ordering -------------------------------------------------------------------------


def action_key(action: Action) -> tuple[int, dt.date, int]:
    """Sort key: eigen-kracht order, then the earliest date, then as entered."""
    return (action.actor_kind.order, action.due_date or dt.date.max, action.id or 0)


def sorted_actions(actions: Iterable[Action]) -> list[Action]:
    return sorted(actions, key=action_key)


def sorted_goals(goals: Iterable[Goal], domain_order: Sequence[str] = ()) -> list[Goal]:
    """Goals in the order of the life domains, then per household member, then as
    entered; each goal's actions in the eigen-kracht order."""
    rank = {key: index for index, key in enumerate(domain_order)}
    ordered = sorted(
        goals,
        key=lambda g: (rank.get(g.domain, len(rank)), g.domain, g.member_id or 0, g.id or 0),
    )
    return [replace(goal, actions=sorted_actions(goal.actions)) for goal in ordered]


# -- maatwerk without the steps before it ---------------------------------------------


@dataclass(frozen=True)
class MaatwerkWarning:
    """Maatwerk is planned in `domain`, but the `missing` kinds were not considered."""

    domain: str
    missing: tuple[ActorKind, ...]


def maatwerk_warnings(
    goals: Iterable[Goal], network: Iterable[NetworkPerson] = ()
) -> list[MaatwerkWarning]:
    """Per domain with maatwerk planned (not cancelled): the kinds of help before it
    that were not considered. Considered means: an action of that kind in the domain
    (a cancelled one too: it was tried), or, for the network, someone on the network
    map who helps or could help with that domain."""
    by_domain: dict[str, list[Goal]] = {}
    for goal in goals:
        by_domain.setdefault(goal.domain, []).append(goal)
    helped = {h.domain for p in network_on(network, None) for h in p.helps}
    warnings = []
    for domain, domain_goals in by_domain.items():
        actions = [a for g in domain_goals for a in g.actions]
        if not any(
            a.actor_kind is ActorKind.MAATWERK and a.status is not ActionStatus.CANCELLED
            for a in actions
        ):
            continue
        considered = {_COUNTS_AS.get(a.actor_kind, a.actor_kind) for a in actions}
        if domain in helped:
            considered.add(ActorKind.NETWORK)
        missing = tuple(k for k in BEFORE_MAATWERK if k not in considered)
        if missing:
            warnings.append(MaatwerkWarning(domain, missing))
    return warnings


# -- who signs ------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """One signature block the plan needs."""

    role: SignerRole
    name: str  # may be "" (to be written by hand)
    network_person_id: int | None = None


def _age(member: Member, today: dt.date) -> int | None:
    born = member.birth_date
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def signers_needed(case_file: CaseFile, today: dt.date) -> list[Signer]:
    """The citizen(s) (a minor's plan is signed by a parent or guardian), the
    professional, and every network member who took on an action that still runs."""
    signers: list[Signer] = []
    members = case_file.members
    citizens = [m for m in members if m.role.strip().lower() in CITIZEN_ROLES]
    if not citizens and members:
        citizens = [members[0]]
    for member in citizens:
        age = _age(member, today)
        if age is not None and age < ADULT_AGE:
            signers.append(Signer(SignerRole.REPRESENTATIVE, ""))
        else:
            signers.append(Signer(SignerRole.CITIZEN, member.name))
    if not citizens:
        signers.append(Signer(SignerRole.CITIZEN, case_file.case.household_name))
    signers.append(Signer(SignerRole.PROFESSIONAL, case_file.case.coordinator))
    people = {p.id: p for p in case_file.network}
    seen: set[int] = set()
    for goal in sorted_goals(case_file.goals):
        if goal.status in (GoalStatus.ACHIEVED, GoalStatus.STOPPED):
            continue
        for action in goal.actions:
            pid = action.network_person_id
            if (
                action.actor_kind is ActorKind.NETWORK
                and action.status is not ActionStatus.CANCELLED
                and pid is not None
                and pid in people
                and pid not in seen
            ):
                seen.add(pid)
                signers.append(Signer(SignerRole.NETWORK, people[pid].name, pid))
    # Who took part in the citizen's own plan and took something on signs too (a
    # familiegroepsplan: the family and friends who take on a task), once each.
    by_name = {_name_key(p.name): p for p in network_on(case_file.network, None)}
    named = {_name_key(s.name) for s in signers if s.role is SignerRole.NETWORK}
    for person in own_plan_items(own_plan_plain(case_file, today), "written_with"):
        name = str(person.get("name") or "").strip()
        if not name or not str(person.get("takes_on") or "").strip():
            continue
        found = by_name.get(_name_key(name))
        if _name_key(name) in named or (found is not None and found.id in seen):
            continue
        named.add(_name_key(name))
        if found is not None and found.id is not None:
            seen.add(found.id)
            signers.append(Signer(SignerRole.NETWORK, found.name, found.id))
        else:
            signers.append(Signer(SignerRole.NETWORK, name))
    return signers


# -- the citizen's own plan ---------------------------------------------------------------


def latest_own_plan(case_file: CaseFile, day: dt.date | None = None) -> OwnPlanRecord | None:
    """The newest own plan (persoonlijk plan, familiegroepsplan) taken in on or before
    `day` (None: any day): the one the plan at the table builds on."""
    taken = [r for r in case_file.own_plans if day is None or r.received_on <= day]
    return max(taken, key=lambda r: (r.received_on, r.id or 0), default=None)


def own_plan_plain(case_file: CaseFile, day: dt.date | None = None) -> dict[str, Any] | None:
    """The snapshot's `own_plan`: the latest own plan's kind, day, source and content
    (the citizen's words, as exchange.selfassessment.OwnPlan in plain JSON), or None."""
    record = latest_own_plan(case_file, day)
    if record is None:
        return None
    return {
        "kind": record.kind,
        "received_on": record.received_on,
        "source": record.source,
        "content": record.content,
    }


def own_plan_items(own: Mapping[str, Any] | None, key: str) -> list[dict[str, Any]]:
    """The entries of one list of an own plan's content ("goals", "actions", "asks",
    "written_with"): what is a dict, in order."""
    content = own.get("content") if own is not None else None
    items = content.get(key) if isinstance(content, dict) else None
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _own_plan_people(own: Mapping[str, Any] | None, case_file: CaseFile) -> list[Any]:
    """Who the own plan names and the network does not (a participant, a helper who
    was not taken onto the map), as `others` with an id of their own below zero: a
    pseudonymised print replaces their names in free text by their role too."""
    known = {_name_key(p.name) for p in case_file.network}
    found: dict[str, dict[str, Any]] = {}
    roles = {
        _name_key(str(p.get("name") or "")): str(p.get("who") or "")
        for p in own_plan_items(own, "written_with")
    }
    names = [str(p.get("name") or "") for p in own_plan_items(own, "written_with")]
    names += [str(a.get("who") or "") for a in own_plan_items(own, "actions")]
    for name in names:
        key = _name_key(name)
        if not key or key in known or key in found:
            continue
        found[key] = {"id": -(len(found) + 1), "name": name.strip(), "role": roles.get(key, "")}
    return list(found.values())


# -- points of attention ----------------------------------------------------------------


def _simple_attention(
    persons: Sequence[NetworkPerson], names: Mapping[int, str] | None = None
) -> list[str]:
    """Used while core.network.points_of_attention does not exist."""
    points = []
    for p in persons:
        name = names.get(p.id, p.name) if names is not None and p.id is not None else p.name
        who = f"{name} ({p.role})" if p.role and names is None else name
        if p.is_mantelzorger and (p.overburdened or p.needs_support):
            points.append(f"{who} is mantelzorger en heeft zelf steun nodig.")
    return points


Attention = Callable[[Sequence[NetworkPerson], Mapping[int, str] | None], list[str]]


def attention_function() -> Attention:
    """The network's points_of_attention (core.network) in the citizen's words (the plan
    is theirs), or a simple stand-in."""
    try:
        from eigenkracht.core.network import points_of_attention
    except ImportError:
        return _simple_attention
    return functools.partial(points_of_attention, for_citizen=True)


# -- names of third parties in free text ---------------------------------------------------


def name_replacements(
    persons: Iterable[NetworkPerson], names: dict[int, str], members: Iterable[str] = ()
) -> list[tuple[re.Pattern[str], str]]:
    """Patterns that replace third parties' names in free text by their pseudonym:
    the full name, and the name they are called by (core.privacy.calling_name: the
    first name, or the surname after a title as in "Mevr. Dekker") when only one
    network person carries it and no household member does (no member's first name;
    no word of a member's name for a surname). A title alone ("Mevr.", "Dr.") is never
    replaced. Longest names first. Best effort: a nickname is not recognised."""
    people = [p for p in persons if p.id is not None and p.name.strip()]
    member_names = [m.split() for m in members if m.split()]
    member_firsts = {words[0].lower() for words in member_names}
    member_words = {word.lower() for words in member_names for word in words}
    firsts: dict[str, list[NetworkPerson]] = {}
    for p in people:
        first, _ = calling_name(p.name)
        firsts.setdefault(first.lower(), []).append(p)
    pairs: list[tuple[str, str]] = []
    for p in people:
        assert p.id is not None
        alias = names.get(p.id, "")
        pairs.append((p.name.strip(), alias))
        first, surname = calling_name(p.name)
        if (
            len(first) >= 3
            and len(firsts[first.lower()]) == 1
            and first.lower() not in (member_words if surname else member_firsts)
            and first != p.name.strip()
        ):
            pairs.append((first, alias))
    pairs.sort(key=lambda pair: len(pair[0]), reverse=True)
    return [
        (re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE), alias)
        for name, alias in pairs
    ]


def scrub(text: str, replacements: Sequence[tuple[re.Pattern[str], str]]) -> str:
    for pattern, alias in replacements:
        text = pattern.sub(alias.replace("\\", "\\\\"), text)
    return text


# -- the snapshot ---------------------------------------------------------------------------


def _score_plain(score: DomainScore | None) -> dict[str, Any] | None:
    if score is None or score.not_discussed:
        return None
    return {
        "level": score.level,
        "situation": score.situation,
        "strengths": score.strengths,
        "concerns": score.concerns,
    }


def _latest_conversation(conversations: Sequence[Conversation]) -> Conversation | None:
    return max(conversations, key=lambda c: (c.date, c.id or 0), default=None)


def _latest_text(conversations: Sequence[Conversation], name: str) -> str:
    for conversation in sorted(conversations, key=lambda c: (c.date, c.id or 0), reverse=True):
        value = str(getattr(conversation, name) or "").strip()
        if value:
            return value
    return ""


def current_version(plans: Iterable[PlanVersion]) -> PlanVersion | None:
    """The newest stored version of the plan: the one with the highest number, a draft
    being worked on or the last signed one (None: no version yet). Its evaluation date
    is the next evaluation; a plan-field, goal or action edit after a signed one stores
    the next number (the store's draft_plan follows the same rule in SQL). What the plan
    is now, with changes elsewhere in the case counted, is `working_version`."""
    return max(plans, key=lambda p: (p.number, p.id or 0), default=None)


def informed(case: Case, plan: PlanVersion) -> tuple[bool, bool]:
    """The statements "informed about cliëntondersteuning" and "informed about the
    persoonlijk plan": ticked on the plan, or carried from the case, where the worker
    recorded at the start that the citizen was told (Case.*_offered)."""
    return (
        plan.informed_clientondersteuning or case.clientondersteuning_offered,
        plan.informed_persoonlijk_plan or case.persoonlijk_plan_offered,
    )


def next_version(case_id: int, last: PlanVersion | None) -> PlanVersion:
    """The draft that follows `last` (not stored): the next number, with the agreements,
    the evaluation date and what the citizen was told carried over. Not carried: the
    copy (the new version has not been handed over) and the remarks (they belong to
    the signatures of `last`)."""
    if last is None:
        return PlanVersion(case_id=case_id, number=1)
    return PlanVersion(
        case_id=case_id,
        number=last.number + 1,
        evaluation_date=last.evaluation_date,
        agreements=last.agreements,
        informed_clientondersteuning=last.informed_clientondersteuning,
        informed_persoonlijk_plan=last.informed_persoonlijk_plan,
    )


# What differs between a signed snapshot and the same plan built again without saying
# that the case changed: the day it is built for and the signatures recorded.
_NOT_COMPARED = ("date", "signatures")


def _same(signed: Any, live: Any) -> bool:
    """Equal, where a key only one side has is left out (a snapshot signed before the
    plan printed a new thing does not count as changed for lacking it)."""
    if isinstance(signed, dict) and isinstance(live, dict):
        return all(_same(signed[k], live[k]) for k in signed.keys() & live.keys())
    if isinstance(signed, list) and isinstance(live, list):
        return len(signed) == len(live) and all(map(_same, signed, live))
    return bool(signed == live)


def changed_since_signed(
    signed: PlanVersion, case_file: CaseFile, instrument: Instruments, *, today: dt.date
) -> bool:
    """Whether the plan built now from the case (question, what matters, domains,
    network, members, goals, actions, plan fields, the case's dates) differs from what
    version `signed` froze. A stored snapshot that cannot be read counts as changed."""
    try:
        stored = snapshot_of(signed, instrument)
    except (ValueError, TypeError, KeyError):
        return True
    live = build_snapshot(case_file, instrument, signed, today=today)
    for key in _NOT_COMPARED:
        stored.pop(key, None)
        live.pop(key, None)
    return not _same(stored, live)


def working_version(case_file: CaseFile, instrument: Instruments, *, today: dt.date) -> PlanVersion:
    """The version the plan is on now, which preview, PDF and print show by default
    and the next signing signs:

    - the newest stored version when it is a draft;
    - the newest signed version when nothing changed since it was signed;
    - otherwise the next draft (`next_version`, not stored: id None), built from the
      case as it is; the store makes it when a plan field, goal or action is edited or
      the plan is signed (Repository.draft_plan gives the same number and fields).

    Without any version: version 1, not stored. A signed version is printed by number
    only (`snapshot_of`)."""
    case_id = case_file.case.id or 0
    newest = current_version(case_file.plans)
    if newest is None:
        return next_version(case_id, None)
    if newest.status is not PlanStatus.SIGNED:
        return newest
    if not changed_since_signed(newest, case_file, instrument, today=today):
        return newest
    return next_version(case_id, newest)


def plan_date(plan: PlanVersion, today: dt.date) -> dt.date:
    """The date printed on a plan: the signing day of a signed version, else today."""
    if plan.signed_at:
        return dt.date.fromisoformat(plan.signed_at[:10])
    return today


def _others(network: Iterable[NetworkPerson], shown: Collection[int | None]) -> list[Any]:
    """The network persons not in `shown`, by id, name and role: a pseudonymised print
    names none of them either (core.privacy)."""
    return [
        {"id": p.id, "name": p.name, "role": p.role}
        for p in sorted(network, key=lambda p: p.id or 0)
        if p.id not in shown
    ]


def _level_plain(level: Any) -> dict[str, Any]:
    return {"value": level.value, "label": level.label, "citizen_label": level.citizen_label}


def instrument_plain(inst: Instrument) -> dict[str, Any]:
    """What the plan and then and now print of an instrument: its id, version and names,
    its kind and scope, its scale (each labelled level, and the two ends' labels, which a
    `score` scale has only) and its domains' citizen names."""
    scale = inst.scale
    return {
        "id": inst.id,
        "version": inst.version,
        "name": inst.name,
        "citizen_name": inst.citizen_name,
        "kind": inst.kind.value,
        "scope": inst.scope.value,
        "minimum": scale.minimum,
        "maximum": scale.maximum,
        "levels": [_level_plain(lv) for lv in scale.levels],
        "low": _level_plain(scale.low),
        "high": _level_plain(scale.high),
        "domain_names": {d.key: d.citizen_name for d in inst.domains},
    }


def _section_plain(
    case_file: CaseFile, section: Section, latest: Conversation | None
) -> dict[str, Any]:
    """One instrument's domains as they stand in the plan's conversation: scored now,
    carried from an earlier date, or not discussed (core.assessments.domain_states)."""
    instrument = section.instrument
    names = {d.key: d for d in instrument.domains}

    def domain_name(key: str) -> str:
        return names[key].citizen_name if key in names else key

    states = domain_states(
        case_file, instrument.id, latest, instrument.domain_keys(), member=section.member_id
    )
    shown: dict[Perspective, list[Scored]] = {p: [] for p in Perspective}
    domains: list[dict[str, Any]] = []
    not_discussed: list[dict[str, Any]] = []
    for key, state in states.items():
        if state.status is DomainStatus.NOT_DISCUSSED:
            not_discussed.append({"key": key, "name": domain_name(key), "reason": state.reason})
            continue
        c_found = state.scores.get(Perspective.CITIZEN)
        p_found = state.scores.get(Perspective.PROFESSIONAL)
        for perspective, found in state.scores.items():
            shown[perspective].append(found)
        domains.append(
            {
                "key": key,
                "name": domain_name(key),
                "professional_name": names[key].name if key in names else key,
                "status": state.status.value,
                "since": state.date,  # the date of the scores shown
                "reason": state.reason,  # carried: why not discussed this time
                "citizen": _score_plain(c_found.score if c_found else None),
                "citizen_date": c_found.date if c_found else None,
                "professional": _score_plain(p_found.score if p_found else None),
                "professional_date": p_found.date if p_found else None,
            }
        )
    member = (
        {"id": section.member_id, "name": section.member_name}
        if section.member_id is not None
        else None
    )
    return {
        "instrument": instrument_plain(instrument),
        "member": member,
        "assessed": {
            "citizen": newest_date(shown[Perspective.CITIZEN]),
            "professional": newest_date(shown[Perspective.PROFESSIONAL]),
        },
        "domains": domains,
        "not_discussed": not_discussed,
    }


def build_snapshot(
    case_file: CaseFile,
    instrument: Instruments,
    plan: PlanVersion,
    *,
    today: dt.date,
    signatures: Sequence[Signature] = (),
    language: str = "nl",
) -> dict[str, Any]:
    """Everything the printed plan shows, as plain data (see the module docstring).

    `instrument`: the catalogue (each assessment's instrument by id and version: one
    section per instrument used, `sections_of`), or one instrument (its section only).
    `language`: of the instrument texts, the language the plan is printed in.
    `signatures` are the ones being recorded now (signing a version); their day is
    the plan's day. The result is JSON-able and deterministic for the same input.

    `sections` holds each instrument's part; the top-level `instrument`, `domains`,
    `not_discussed` and `assessed` repeat the first section, as snapshots had them
    before there were sections (readers of those and the comparison after signing)."""
    day = signatures[0].date if signatures else plan_date(plan, today)
    conversations = case_file.conversations
    latest = _latest_conversation(conversations)
    chosen = sections_of(case_file, instrument, language=language, conversation=latest)
    sections = [_section_plain(case_file, section, latest) for section in chosen]
    kept = [s for s in sections if s["domains"] or s["not_discussed"]] or sections[:1]
    known = _all_names(chosen, instrument, language)
    domain_order = [k for section in chosen for k in section.instrument.domain_keys()]
    domain_order += [k for k in known if k not in domain_order]

    def domain_name(key: str) -> str:
        return known[key][1].citizen_name if key in known else key

    def goal_instrument(goal: Goal) -> Instrument | None:
        """The instrument of a goal's domain (`Goal.instrument`, else by its key)."""
        if goal.instrument and isinstance(instrument, Catalogue):
            try:
                return instrument.resolve(goal.instrument).localised(language)
            except InstrumentError:
                pass
        return known[goal.domain][0] if goal.domain in known else None

    def target_label(inst: Instrument | None, level: int | None) -> str:
        if inst is None or level is None:
            return ""
        try:
            return inst.scale.level(level).citizen_label
        except KeyError:
            return ""

    network = sorted(network_on(case_file.network, day), key=lambda p: p.id or 0)
    network_ids = {p.id for p in network}
    people = {p.id: p for p in case_file.network}
    member_names = {m.id: m.name for m in case_file.members}
    goals = []
    for goal in sorted_goals(case_file.goals, domain_order):
        actions = []
        for action in goal.actions:
            pid = action.network_person_id
            if pid is not None and pid not in network_ids and pid in people:
                network.append(people[pid])  # left the map since, still named in the plan
                network_ids.add(pid)
            actions.append(
                {
                    "id": action.id,
                    "actor_kind": action.actor_kind.value,
                    "network_person_id": pid if pid in people else None,
                    "actor_name": action.actor_name,
                    "maatwerk_kind": action.maatwerk_kind,
                    "what": action.what,
                    "due_date": action.due_date,
                    "ongoing": action.ongoing,
                    "status": action.status.value,
                    "author": action.author.value,
                }
            )
        of_goal = goal_instrument(goal)
        goal_names = {d.key: d.citizen_name for d in of_goal.domains} if of_goal else {}
        goals.append(
            {
                "id": goal.id,
                "domain": goal.domain,
                "domain_name": goal_names.get(goal.domain) or domain_name(goal.domain),
                "member": member_names.get(goal.member_id, "") if goal.member_id else "",
                "text": goal.text,
                "measure": goal.measure,
                "due_date": goal.due_date,
                "target_level": goal.target_level,
                "instrument": of_goal.id if of_goal else "",
                "target_label": target_label(of_goal, goal.target_level),
                "author": goal.author.value,
                "status": goal.status.value,
                "actions": actions,
            }
        )

    own = own_plan_plain(case_file, day)
    own_domains = [
        str(g.get("domain") or "") for g in own_plan_items(own, "goals") if g.get("domain")
    ]
    attention = attention_function()
    aliases = pseudonyms(network)
    told_support, told_plan = informed(case_file.case, plan)
    first = kept[0]
    snapshot: dict[str, Any] = {
        "format": SNAPSHOT_FORMAT,
        "date": day,
        "case": {
            "reference": case_file.case.reference,
            "household_name": case_file.case.household_name,
            "coordinator": case_file.case.coordinator,
            "kind": case_file.case.case_kind.value,  # the law it follows (the file's part)
            "melding_date": case_file.case.melding_date,
            "persoonlijk_plan_received": case_file.case.persoonlijk_plan_received,
        },
        "members": [
            {"id": m.id, "name": m.name, "role": m.role, "birth_date": m.birth_date}
            for m in case_file.members
        ],
        "plan": {
            "number": plan.number,
            "evaluation_date": plan.evaluation_date,
            "agreements": plan.agreements,
            # The citizen's remarks are those of their signature (one place); a remark
            # stored on the plan version before that is offered when signing.
            "informed_clientondersteuning": told_support,
            "informed_persoonlijk_plan": told_plan,
            "copy_received": plan.copy_received,
        },
        "conversation": {
            "date": latest.date if latest else None,
            "place": latest.place if latest else "",
            "present": list(latest.present) if latest else [],
            "question": _latest_text(conversations, "question"),
            "what_matters": _latest_text(conversations, "what_matters"),
        },
        "wellbeing": [
            {"date": c.date, "value": c.wellbeing}
            for c in sorted(conversations, key=lambda c: (c.date, c.id or 0))
            if c.wellbeing is not None
        ],
        "instrument": first["instrument"],
        "assessed": first["assessed"],
        "domains": first["domains"],
        "not_discussed": first["not_discussed"],
        "sections": kept,
        "domain_names": {
            key: domain_name(key)
            for key in dict.fromkeys(
                [
                    *(d.key for section in chosen for d in section.instrument.domains),
                    *(g.domain for g in case_file.goals),
                    *(h.domain for p in network for h in p.helps),
                    *own_domains,
                ]
            )
        },
        # The citizen's own plan in their words (None: none taken in by the plan's day);
        # printed before what was agreed at the table. Older snapshots lack the key.
        "own_plan": own,
        # Assessments whose instrument is neither installed nor kept with the data.
        "missing": missing_instruments(case_file, instrument),
        "network": [serial.to_plain(p) for p in network],
        # Everyone else the case's network holds (left the map, or not yet on it): not
        # printed, but a pseudonymised print replaces their names in free text too.
        "others": _others(case_file.network, network_ids) + _own_plan_people(own, case_file),
        "goals": goals,
        "warnings": [
            {
                "domain": w.domain,
                "domain_name": domain_name(w.domain),
                "missing": [k.value for k in w.missing],
            }
            for w in maatwerk_warnings(case_file.goals, case_file.network)
        ],
        "attention": {
            "named": attention(network, None),
            "pseudonymised": attention(network, aliases),
        },
        "signers": [
            {"role": s.role.value, "name": s.name, "network_person_id": s.network_person_id}
            for s in signers_needed(case_file, day)
        ],
        "signatures": [
            {
                "role": s.role.value,
                "name": s.name,
                "date": s.date,
                "place": s.place,
                "agreement": s.agreement.value,
                "remarks": s.remarks,
            }
            for s in signatures
        ],
    }
    result: dict[str, Any] = json.loads(serial.canonical_json(snapshot))
    return result


def snapshot_of(
    plan: PlanVersion,
    instrument: Instruments,
    *,
    case_file: CaseFile | None = None,
    today: dt.date | None = None,
    language: str = "nl",
) -> dict[str, Any]:
    """The snapshot a plan version is printed from.

    A signed version: its stored snapshot, nothing else (older snapshots that hold a
    whole case file are turned into a plan snapshot, the same way every time). A draft:
    built now from `case_file`, its instrument texts in `language`."""
    if plan.status is PlanStatus.SIGNED:
        data = json.loads(plan.snapshot) if plan.snapshot else {}
        if isinstance(data, dict) and data.get("format") == SNAPSHOT_FORMAT:
            return data
        data = {k: v for k, v in data.items() if k != "plans"} if isinstance(data, dict) else {}
        stored = serial.from_plain(CaseFile, data)
        return build_snapshot(
            stored,
            instrument,
            plan,
            today=plan_date(plan, dt.date.min),
            signatures=plan.signatures,
            language=language,
        )
    if case_file is None:
        raise ValueError("a draft plan is built from the case file")
    return build_snapshot(
        case_file, instrument, plan, today=today or dt.date.today(), language=language
    )


def _then_now_part(case_file: CaseFile, section: Section) -> dict[str, Any]:
    """One instrument's first against latest levels, per perspective."""
    instrument = section.instrument
    names = {d.key: d for d in instrument.domains}
    first = first_scores(case_file, instrument.id, member=section.member_id)
    latest = latest_scores(case_file, instrument.id, member=section.member_id)
    keys = list(first)  # every domain that ever had a level: "now" has none without it
    order = {key: index for index, key in enumerate(instrument.domain_keys())}
    keys.sort(key=lambda k: order.get(k, len(order)))
    perspectives = {}
    for perspective in Perspective:
        then = of_perspective(first, perspective)
        now = of_perspective(latest, perspective)
        perspectives[perspective.value] = {
            "then_date": oldest_date(then.values()),
            "now_date": newest_date(now.values()),
            "then": [then[k].level if k in then else None for k in keys],
            "now": [now[k].level if k in now else None for k in keys],
        }
    member = (
        {"id": section.member_id, "name": section.member_name}
        if section.member_id is not None
        else None
    )
    return {
        "instrument": instrument_plain(instrument),
        "member": member,
        "domains": [names[k].citizen_name if k in names else k for k in keys],
        "minimum": instrument.scale.minimum,
        "maximum": instrument.scale.maximum,
        "perspectives": perspectives,
    }


def then_and_now(
    case_file: CaseFile,
    instrument: Instruments,
    *,
    today: dt.date,
    then_network: Sequence[NetworkPerson] | None = None,
    language: str = "nl",
) -> dict[str, Any]:
    """The first against the latest scores of both perspectives, per instrument used
    (`instruments`: each with its domains, scale and perspectives; the top-level
    `domains`, `minimum`, `maximum` and `perspectives` repeat the first), wellbeing over
    time, the network at the first conversation and now, and the open goals: plain data
    for the then-and-now page (screen and PDF), the instrument texts in `language`.
    `then_network`: the network stored with the first conversation (its version, which
    shows who was in which ring and sector then); without one it is rebuilt from the
    dates on the map."""
    latest_talk = _latest_conversation(case_file.conversations)
    chosen = sections_of(case_file, instrument, language=language, conversation=latest_talk)
    parts = [_then_now_part(case_file, section) for section in chosen]
    kept = [p for p in parts if p["domains"]] or parts[:1]
    known = _all_names(chosen, instrument, language)
    domain_order = [k for section in chosen for k in section.instrument.domain_keys()]
    dated = sorted(case_file.conversations, key=lambda c: (c.date, c.id or 0))
    start = dated[0].date if dated else today
    then_people = (
        list(then_network) if then_network is not None else network_on(case_file.network, start)
    )
    now_people = network_on(case_file.network, None)
    change = compare(then_people, now_people)
    open_goals = [
        {
            "domain_name": known[g.domain][1].citizen_name if g.domain in known else g.domain,
            "text": g.text,
            "due_date": g.due_date,
            "status": g.status.value,
        }
        for g in sorted_goals(case_file.goals, domain_order)
        if g.status in (GoalStatus.OPEN, GoalStatus.PARTLY)
    ]
    result = {
        "date": today,
        "case": {
            "reference": case_file.case.reference,
            "household_name": case_file.case.household_name,
        },
        "members": [{"id": m.id, "name": m.name} for m in case_file.members],
        "domains": kept[0]["domains"],
        "minimum": kept[0]["minimum"],
        "maximum": kept[0]["maximum"],
        "perspectives": kept[0]["perspectives"],
        "instruments": kept,
        "wellbeing": [
            {"date": c.date, "value": c.wellbeing} for c in dated if c.wellbeing is not None
        ],
        "network": {
            "then_date": start,
            "then": [serial.to_plain(p) for p in then_people],
            "now": [serial.to_plain(p) for p in now_people],
            "joined": [p.id for p in change.joined],
            "left": [p.id for p in change.left],
        },
        "others": _others(case_file.network, {p.id for p in [*then_people, *now_people]}),
        "open_goals": open_goals,
    }
    plain: dict[str, Any] = json.loads(serial.canonical_json(result))
    return plain


__all__ = [
    "BEFORE_MAATWERK",
    "SNAPSHOT_FORMAT",
    "Instruments",
    "MaatwerkWarning",
    "Section",
    "Signer",
    "action_key",
    "attention_function",
    "build_snapshot",
    "changed_since_signed",
    "current_version",
    "informed",
    "instrument_plain",
    "latest_own_plan",
    "maatwerk_warnings",
    "missing_instruments",
    "name_replacements",
    "next_version",
    "own_plan_items",
    "own_plan_plain",
    "plan_catalogue",
    "plan_date",
    "plan_instrument",
    "scrub",
    "sections_of",
    "signers_needed",
    "snapshot_of",
    "sorted_actions",
    "sorted_goals",
    "then_and_now",
    "working_version",
]
