"""How long a case is kept on this computer: the retention rules as data (docs/retention.md).

- Jeugdwet (`CaseKind.JEUGD`): 20 years from the last change of the case (Jeugdwet art.
  7.3.8, since 2020).
- Wmo: the municipal selection list. By default 15 years from closing when the plan led to
  support (a beschikking was sent, or an action is a maatwerkvoorziening), 5 years when it
  did not.
- The organisation may set other numbers of years (`RetentionPolicy`, read from the
  `[retention]` section of the organisation file by exchange/organisation.py).
- A day set on the case itself (`Case.retention_until`) overrides the rule.
- A case that is not closed has no end: it is still being worked on.

The end is the last day the case is kept: it is past retention from the day after.
N years after 29 February is 28 February in a year without that day.

Pure: no Qt, no SQL. The reason is a key (`RetentionReason`) so the screen can say why in
its own (translated) words; `reason_text` gives the Dutch sentence for the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from eigenkracht.core.model import ActorKind, Case, CaseFile, CaseKind, CaseStatus

JEUGD_MINIMUM: Final = 20  # the Jeugdwet's own term: an organisation may keep longer, not less
MAX_YEARS: Final = 115  # a human life; a larger number is a typing error


class RetentionReason(StrEnum):
    """Why a case is kept until its end (or has none)."""

    OPEN = "open"  # not closed: no end yet
    SET_ON_CASE = "op-dossier"  # Case.retention_until
    JEUGD = "jeugd"  # Jeugdwet: years from the last change
    WMO_SUPPORT = "wmo-ondersteuning"  # Wmo, the plan led to support: years from closing
    WMO_NO_SUPPORT = "wmo-geen-ondersteuning"  # Wmo, no support: years from closing


@dataclass(frozen=True)
class RetentionPolicy:
    """The organisation's numbers of years (the defaults: the law and the usual list)."""

    jeugdwet_years: int = 20
    wmo_support_years: int = 15
    wmo_no_support_years: int = 5

    def problems(self) -> list[str]:
        """What is wrong with these numbers, as Dutch sentences (empty: nothing)."""
        found = []
        for name in ("jeugdwet_years", "wmo_support_years", "wmo_no_support_years"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                found.append(f"{name} is een heel aantal jaren.")
            elif not 1 <= value <= MAX_YEARS:
                found.append(f"{name} ligt tussen 1 en {MAX_YEARS} jaar.")
        if not found and self.jeugdwet_years < JEUGD_MINIMUM:
            found.append(f"jeugdwet_years is ten minste {JEUGD_MINIMUM} (de Jeugdwet).")
        return found


DEFAULT_POLICY: Final = RetentionPolicy()


@dataclass(frozen=True)
class Retention:
    """The end of a case's retention (None: no end) and why; `years` the rule's term."""

    end: dt.date | None
    reason: RetentionReason
    years: int | None = None
    since: dt.date | None = None  # the day the years count from (closing or last change)

    def past(self, today: dt.date) -> bool:
        """True from the day after the end."""
        return self.end is not None and today > self.end


@dataclass(frozen=True)
class CaseRetention:
    """One line of the retention overview (Repository.retention_overview)."""

    case_id: int
    reference: str
    household_name: str
    case_kind: CaseKind
    closed_on: dt.date | None
    last_change: dt.date
    retention: Retention
    past: bool  # past its end on the day the overview was made
    handed_over_on: dt.date | None = None
    handed_over_to: str = ""

    @property
    def end(self) -> dt.date | None:
        return self.retention.end

    @property
    def removable(self) -> bool:
        """Offered for removal: past retention, or handed over to a colleague."""
        return self.past or self.handed_over_on is not None


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def is_closed(case: Case) -> bool:
    return case.closed_on is not None or case.status is CaseStatus.AFGESLOTEN


def led_to_support(case: Case, maatwerk: bool = False) -> bool:
    """The Wmo plan led to support: a beschikking was sent or an action is maatwerk."""
    return maatwerk or case.beschikking_date is not None


def handed_over_on(case: Case) -> dt.date | None:
    """The day the case was handed over to a colleague (None: it was not)."""
    value = getattr(case, "handed_over_on", None)
    return value if isinstance(value, dt.date) else None


def retention(
    case: Case,
    last_change: dt.date,
    policy: RetentionPolicy = DEFAULT_POLICY,
    *,
    maatwerk: bool = False,
) -> Retention:
    """The end of the case's retention and why. `last_change`: the day of the latest
    change to any of the case's rows; `maatwerk`: an action of the plan is a
    maatwerkvoorziening (the case alone does not say so)."""
    if not is_closed(case):
        return Retention(None, RetentionReason.OPEN)
    if case.retention_until is not None:
        return Retention(case.retention_until, RetentionReason.SET_ON_CASE)
    closed = case.closed_on or last_change
    if case.case_kind is CaseKind.JEUGD:
        since = max(last_change, closed)
        years = policy.jeugdwet_years
        return Retention(add_years(since, years), RetentionReason.JEUGD, years, since)
    if led_to_support(case, maatwerk):
        years = policy.wmo_support_years
        return Retention(add_years(closed, years), RetentionReason.WMO_SUPPORT, years, closed)
    years = policy.wmo_no_support_years
    return Retention(add_years(closed, years), RetentionReason.WMO_NO_SUPPORT, years, closed)


def retention_end(
    case: Case,
    last_change: dt.date,
    policy: RetentionPolicy = DEFAULT_POLICY,
    *,
    maatwerk: bool = False,
) -> dt.date | None:
    """The last day the case is kept (None: it is open, there is no end)."""
    return retention(case, last_change, policy, maatwerk=maatwerk).end


def last_change_of(case: Case) -> dt.date | None:
    """The day of the case's last change (its `updated_at`, kept by the store)."""
    for stamp in (case.updated_at, case.created_at):
        try:
            return dt.date.fromisoformat(stamp[:10])
        except ValueError:
            continue
    return None


def of_case_file(
    case_file: CaseFile, policy: RetentionPolicy = DEFAULT_POLICY, today: dt.date | None = None
) -> Retention:
    """The retention of a case as read whole (the overview): its last change and whether
    an action of its plan is maatwerk come from the file itself."""
    maatwerk = any(
        action.actor_kind is ActorKind.MAATWERK
        for goal in case_file.goals
        for action in goal.actions
    )
    last = last_change_of(case_file.case) or today or dt.date.today()
    return retention(case_file.case, last, policy, maatwerk=maatwerk)


def reason_text(found: Retention) -> str:
    """Why, in one Dutch sentence (the command line; the screen has its own words)."""
    since = found.since.isoformat() if found.since else ""
    match found.reason:
        case RetentionReason.OPEN:
            return "Het dossier loopt nog: er is geen einde van de bewaartermijn."
        case RetentionReason.SET_ON_CASE:
            return "De bewaartermijn is op het dossier zelf gezet."
        case RetentionReason.JEUGD:
            return f"Jeugdwet: {found.years} jaar na de laatste wijziging ({since})."
        case RetentionReason.WMO_SUPPORT:
            return f"Wmo met ondersteuning: {found.years} jaar na het afsluiten ({since})."
        case RetentionReason.WMO_NO_SUPPORT:
            return f"Wmo zonder ondersteuning: {found.years} jaar na het afsluiten ({since})."


__all__ = [
    "DEFAULT_POLICY",
    "JEUGD_MINIMUM",
    "MAX_YEARS",
    "CaseRetention",
    "Retention",
    "RetentionPolicy",
    "RetentionReason",
    "add_years",
    "handed_over_on",
    "is_closed",
    "last_change_of",
    "led_to_support",
    "of_case_file",
    "reason_text",
    "retention",
    "retention_end",
]
