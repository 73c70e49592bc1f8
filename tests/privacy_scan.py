"""What of a case is personal, to look for in an export that must not carry it
(importable from every test folder: pyproject sets pythonpath = tests).

    assert not found_in(text, identifying(case_file))
"""

from __future__ import annotations

from collections.abc import Iterable

from eigenkracht.core.model import CaseFile


def _dates(value: object) -> list[str]:
    if value is None:
        return []
    iso = str(value)
    year, month, day = iso.split("-")
    return [iso, f"{day}-{month}-{year}", f"{int(day)}-{int(month)}-{year}"]


def identifying(case_file: CaseFile) -> set[str]:
    """Who the people of the case are: every name (members, network, signers, the
    household, the worker), the case's reference, dates of birth, contact details and
    addresses."""
    case = case_file.case
    found = {case.household_name, case.reference, case.coordinator}
    for member in case_file.members:
        found |= {member.name, member.phone, member.email, member.address}
        found |= set(_dates(member.birth_date))
    for person in case_file.network:
        found.add(person.name)
    for plan in case_file.plans:
        found |= {s.name for s in plan.signatures}
    return {s.strip() for s in found if s and len(s.strip()) >= 4}


def free_text(case_file: CaseFile) -> set[str]:
    """Everything typed about the case: the conversations, scores, network, goals,
    actions and plans (what an anonymous export must not carry at all)."""
    case = case_file.case
    texts = [case.closed_reason, case.status_reason]
    for c in case_file.conversations:
        texts += [c.place, c.question, c.what_matters, c.notes, *c.present]
    for a in case_file.assessments:
        for s in a.scores:
            texts += [s.reason, s.situation, s.strengths, s.concerns]
    for p in case_file.network:
        texts += [p.role, p.notes, p.contact_frequency, *(h.what for h in p.helps)]
    for g in case_file.goals:
        texts += [g.text, g.measure]
        for action in g.actions:
            texts += [action.what, action.actor_name, action.maatwerk_kind]
    for plan in case_file.plans:
        texts += [plan.agreements, plan.remarks, *(s.remarks for s in plan.signatures)]
        texts += [s.place for s in plan.signatures]
    return {t.strip() for t in texts if t and len(t.strip()) >= 4}


def found_in(text: str, needles: Iterable[str]) -> list[str]:
    """The needles that occur in the text (case-insensitive)."""
    lowered = text.casefold()
    return sorted(n for n in needles if n.casefold() in lowered)


__all__ = ["found_in", "free_text", "identifying"]
