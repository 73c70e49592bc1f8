"""The words the plan screens use for goals, actions and signatures (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eigenkracht.core.model import (
    ActionStatus,
    ActorKind,
    Agreement,
    Author,
    GoalStatus,
    SignerRole,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Plan", text)


def actor_text(kind: ActorKind) -> str:
    """Who does it, in the eigen-kracht order, in words a citizen understands."""
    return {
        ActorKind.SELF: _tr("Zelf (de inwoner)"),
        ActorKind.NETWORK: _tr("Iemand uit het netwerk"),
        ActorKind.VOLUNTEER: _tr("Vrijwilliger"),
        ActorKind.GENERAL_FACILITY: _tr("Voorziening in de buurt"),
        ActorKind.PROFESSIONAL: _tr("Professional"),
        ActorKind.MAATWERK: _tr("Maatwerkvoorziening (hulp die de gemeente regelt)"),
    }[kind]


def actor_explanation(kind: ActorKind) -> str:
    return {
        ActorKind.SELF: _tr("Wat de inwoner zelf doet, of iemand uit het eigen huishouden."),
        ActorKind.NETWORK: _tr("Familie, vrienden, buren: iemand van de netwerkkaart."),
        ActorKind.VOLUNTEER: _tr("Een vrijwilliger, bijvoorbeeld van een buurtorganisatie."),
        ActorKind.GENERAL_FACILITY: _tr(
            "Een algemene voorziening: vrij toegankelijk, zoals het buurthuis of de "
            "formulierenhulp."
        ),
        ActorKind.PROFESSIONAL: _tr("Een professional, zoals de huisarts of de wijkverpleging."),
        ActorKind.MAATWERK: _tr(
            "Een maatwerkvoorziening: hulp die de gemeente speciaal voor deze inwoner regelt. "
            "Pas als zelf, netwerk en voorzieningen in de buurt niet genoeg zijn."
        ),
    }[kind]


def name_label(kind: ActorKind) -> str:
    """The label of the name field for an actor of this kind."""
    return {
        ActorKind.SELF: _tr("Wie"),
        ActorKind.NETWORK: _tr("Wie"),
        ActorKind.VOLUNTEER: _tr("Naam of organisatie"),
        ActorKind.GENERAL_FACILITY: _tr("Welke voorziening"),
        ActorKind.PROFESSIONAL: _tr("Naam of organisatie"),
        ActorKind.MAATWERK: _tr("Wie levert het"),
    }[kind]


def author_text(author: Author) -> str:
    """Who wrote a goal or an action (the citizen's own plan comes first)."""
    return {
        Author.CITIZEN: _tr("Inwoner"),
        Author.NETWORK: _tr("Netwerk (de mensen om de inwoner heen)"),
        Author.PROFESSIONAL: _tr("Professional"),
        Author.TOGETHER: _tr("Samen"),
    }[author]


def author_short(author: Author) -> str:
    """Who wrote it, in one word (a column of the actions table)."""
    return {
        Author.CITIZEN: _tr("Inwoner"),
        Author.NETWORK: _tr("Netwerk"),
        Author.PROFESSIONAL: _tr("Professional"),
        Author.TOGETHER: _tr("Samen"),
    }[author]


def goal_status_text(status: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: _tr("Open"),
        GoalStatus.ACHIEVED: _tr("Gelukt"),
        GoalStatus.PARTLY: _tr("Deels gelukt"),
        GoalStatus.STOPPED: _tr("Gestopt"),
    }[status]


def action_status_text(status: ActionStatus) -> str:
    return {
        ActionStatus.PLANNED: _tr("Gepland"),
        ActionStatus.BUSY: _tr("Bezig"),
        ActionStatus.DONE: _tr("Klaar"),
        ActionStatus.CANCELLED: _tr("Gaat niet door"),
    }[status]


def agreement_text(agreement: Agreement) -> str:
    return {
        Agreement.AGREES: _tr("Eens met het plan"),
        Agreement.WITH_REMARKS: _tr("Eens, met opmerkingen"),
        Agreement.DISAGREES: _tr("Niet eens met het plan"),
    }[agreement]


def role_text(role: SignerRole) -> str:
    return {
        SignerRole.CITIZEN: _tr("Inwoner"),
        SignerRole.REPRESENTATIVE: _tr("Wettelijk vertegenwoordiger"),
        SignerRole.PROFESSIONAL: _tr("Professional"),
        SignerRole.NETWORK: _tr("Netwerk"),
    }[role]


def missing_text(kinds: list[ActorKind] | tuple[ActorKind, ...]) -> str:
    names = {
        ActorKind.SELF: _tr("wat de inwoner zelf kan"),
        ActorKind.NETWORK: _tr("het netwerk"),
        ActorKind.GENERAL_FACILITY: _tr("voorzieningen in de buurt"),
    }
    parts = [names.get(k, actor_text(k)) for k in kinds]
    if len(parts) <= 1:
        return "".join(parts)
    return _tr("{first} en {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


__all__ = [
    "action_status_text",
    "actor_explanation",
    "actor_text",
    "agreement_text",
    "author_short",
    "author_text",
    "goal_status_text",
    "missing_text",
    "name_label",
    "role_text",
]
