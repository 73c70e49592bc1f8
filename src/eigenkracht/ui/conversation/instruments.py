"""Which instruments a conversation uses, and for whom.

A conversation stores the instruments chosen for it (`Conversation.instruments`,
`id@version` each). None stored: the organisation's default set, and what the
conversation scored already with another instrument (an older conversation, or
the demo's participation ladder). An assessment is always read with its own
instrument id and version, through the catalogue; a new one is made with the
installed version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence

from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError, Scope
from eigenkracht.core.model import Assessment, AssessmentSource, Conversation, Member
from eigenkracht.ui.widgets.words import interface_language


def localised(instrument: Instrument, language: str) -> Instrument:
    return instrument if language == "nl" else instrument.localised(language)


def offered(catalogue: Catalogue) -> list[Instrument]:
    """What the start step offers: every installed instrument, its newest version, the
    default set first."""
    defaults = catalogue.defaults()
    newest = [found for i in catalogue.installed if (found := catalogue.find(i.id)) is i]
    ids = {i.id for i in defaults}
    return [*defaults, *(i for i in newest if i.id not in ids)]


def at_table(assessments: Sequence[Assessment]) -> list[Assessment]:
    return [a for a in assessments if a.source is AssessmentSource.AT_TABLE]


def chosen(
    catalogue: Catalogue,
    defaults: Sequence[Instrument],
    conversation: Conversation,
    assessments: Sequence[Assessment],
) -> list[Instrument]:
    """The instruments of `conversation` (its `assessments`: those of the conversation),
    each in the version its assessments were made with; one that can no longer be read
    (neither installed nor kept) is left out."""
    table = at_table(assessments)
    refs = list(getattr(conversation, "instruments", None) or [])
    found: list[Instrument] = []
    if refs:
        found = resolve(catalogue, refs)
    else:
        found = list(defaults)
        for assessment in table:  # scored already with another instrument
            if assessment.scores and all(i.id != assessment.instrument_id for i in found):
                try:
                    found.append(catalogue.for_assessment(assessment))
                except InstrumentError:
                    continue
    result: list[Instrument] = []
    for instrument in found:
        if any(i.id == instrument.id for i in result):
            continue
        made = next((a for a in table if a.instrument_id == instrument.id), None)
        if made is not None and made.instrument_version != instrument.version:
            with contextlib.suppress(InstrumentError):  # read as it was made
                instrument = catalogue.get(made.instrument_id, made.instrument_version)
        result.append(instrument)
    return result


def resolve(catalogue: Catalogue, refs: Sequence[str]) -> list[Instrument]:
    """The instruments of these `id@version` references; a version no longer there
    is read as the newest installed one, an instrument not there at all left out."""
    found: list[Instrument] = []
    for ref in refs:
        try:
            found.append(catalogue.resolve(ref))
        except InstrumentError:
            newer = catalogue.find(ref.partition("@")[0])
            if newer is not None:
                found.append(newer)
    return found


def for_a_member(instrument: Instrument) -> bool:
    return instrument.scope is not Scope.HOUSEHOLD


def is_child(member: Member, day: dt.date) -> bool:
    """A child: under 18 on `day`, or without a birth date a role that says so."""
    if member.birth_date is not None:
        years = day.year - member.birth_date.year
        years -= (day.month, day.day) < (member.birth_date.month, member.birth_date.day)
        return years < 18
    role = member.role.lower()
    return any(word in role for word in ("kind", "zoon", "dochter", "child"))


def candidates(instrument: Instrument, members: Sequence[Member], day: dt.date) -> list[Member]:
    """Whom the instrument may score: each member, or for a CHILD instrument each
    child (all members when none is known to be a child)."""
    if instrument.scope is Scope.CHILD:
        children = [m for m in members if is_child(m, day)]
        return children or list(members)
    return list(members)


__all__ = [
    "at_table",
    "candidates",
    "chosen",
    "for_a_member",
    "interface_language",
    "is_child",
    "localised",
    "offered",
    "resolve",
]
