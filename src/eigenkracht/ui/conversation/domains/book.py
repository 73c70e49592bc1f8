"""What is stored for the life domains, and every edit of it as one stored change.

What is stored where is told in the package's docstring (domains/__init__.py).
`DomainBook` turns each user action into one stored edit (both perspectives in one
transaction); the detailed form, the compact table and the radar observe it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from eigenkracht.core.assessments import Scored, earlier_scores
from eigenkracht.core.model import CaseFile, Conversation, DomainScore, Perspective
from eigenkracht.core.problems import domain_problems
from eigenkracht.ui.editing.commands import FieldKey, Values
from eigenkracht.ui.editing.conversation import SCORES, Autosave, conversation_key, score_key
from eigenkracht.ui.steps.protocol import Page

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Domain, Instrument


CITIZEN = Perspective.CITIZEN
PROFESSIONAL = Perspective.PROFESSIONAL
PERSPECTIVES = (CITIZEN, PROFESSIONAL)


def common_reasons() -> list[str]:
    """Usual reasons why a domain is not discussed (free text is allowed too)."""
    translate = QCoreApplication.translate
    return [
        translate("DomainsPage", "Geen vraag of zorg op dit gebied"),
        translate("DomainsPage", "De inwoner wil dit nu niet bespreken"),
        translate("DomainsPage", "Niet van toepassing (bijvoorbeeld pensioen)"),
        translate("DomainsPage", "Komt in een volgend gesprek aan bod"),
        translate("DomainsPage", "Al in beeld bij een andere hulpverlener"),
    ]


def level_name(instrument: Instrument, value: int, citizen: bool) -> str:
    """The label of `value` on the instrument's scale (a 0-10 score labels only its two
    ends: "" for the values between)."""
    scale = instrument.scale
    try:
        found = scale.level(value)
    except KeyError:
        if value == scale.minimum:
            found = scale.low
        elif value == scale.maximum:
            found = scale.high
        else:
            return ""
    return found.citizen_label if citizen else found.label


class DomainState(Enum):
    UNDECIDED = "nog kiezen"
    RELEVANT = "besproken"
    NOT_DISCUSSED = "niet besproken"


class DomainBook(QObject):
    """The domain scores of both perspectives, read from and edited through Autosave."""

    changed = Signal(str)  # a domain key

    def __init__(self, autosave: Autosave, instrument: Instrument, parent: QObject | None = None):
        super().__init__(parent)
        self.autosave = autosave
        self.instrument = instrument
        self.domains = instrument.domains
        # Where the autosave keeps this instrument's scores ("": the first instrument).
        self.sheet = autosave.sheet(instrument.id)
        # What earlier conversations said (read-only): the case as the conversation was
        # opened with (the other conversations do not change while this one is open).
        self.history: CaseFile = autosave.case_file or autosave.repo.load_case(autosave.case_id)
        self.earlier: dict[str, dict[Perspective, Scored]] = {}
        self._read_earlier()
        autosave.valueChanged.connect(self._value_changed)

    def _read_earlier(self) -> None:
        day = self.autosave.value(conversation_key("date"))
        if not isinstance(day, dt.date):
            self.earlier = {}
            return
        this = Conversation(
            case_id=self.autosave.case_id, date=day, id=self.autosave.conversation_id
        )
        self.earlier = earlier_scores(self.history, self.instrument.id, this)

    def _value_changed(self, key: FieldKey) -> None:
        if key.table == SCORES:
            if key == score_key(Perspective(str(key.row).split("@")[0]), key.field, self.sheet):
                self.changed.emit(key.field)
        elif key == conversation_key("date"):  # another date: other conversations before it
            self._read_earlier()
            for domain in self.domains:
                self.changed.emit(domain.key)

    # -- reading --------------------------------------------------------------

    def score(self, perspective: Perspective, domain: str) -> DomainScore | None:
        return self.autosave.score(perspective, domain, self.sheet)

    def state(self, domain: str) -> DomainState:
        scores = [self.score(p, domain) for p in PERSPECTIVES]
        if any(s is not None and not s.not_discussed for s in scores):
            return DomainState.RELEVANT
        if any(s is not None for s in scores):
            return DomainState.NOT_DISCUSSED
        return DomainState.UNDECIDED

    def level(self, perspective: Perspective, domain: str) -> int | None:
        score = self.score(perspective, domain)
        return score.level if score is not None else None

    def reason(self, domain: str) -> str:
        for perspective in (PROFESSIONAL, CITIZEN):
            score = self.score(perspective, domain)
            if score is not None and score.reason:
                return score.reason
        return ""

    def previous(self, domain: str) -> dict[Perspective, Scored]:
        """What the conversations before this one last said about `domain`, per
        perspective, each with its date and source (core.assessments.earlier_scores)."""
        return self.earlier.get(domain, {})

    def previous_date(self, domain: str) -> dt.date | None:
        return max((s.date for s in self.previous(domain).values() if s.date), default=None)

    def differs(self, domain: str) -> bool:
        citizen, professional = (self.level(p, domain) for p in PERSPECTIVES)
        return citizen is not None and professional is not None and citizen != professional

    def relevant(self) -> list[Domain]:
        return [d for d in self.domains if self.state(d.key) is DomainState.RELEVANT]

    def missing_reason(self) -> list[Domain]:
        """Domains neither chosen nor explained: the step is not finished
        (core.problems.domain_problems)."""
        scores = [
            score
            for d in self.domains
            for p in PERSPECTIVES
            if (score := self.score(p, d.key)) is not None
        ]
        undecided = {found.item for found in domain_problems(self.instrument.domain_keys(), scores)}
        return [d for d in self.domains if d.key in undecided]

    def level_label(self, perspective: Perspective, level: int | None) -> str:
        if level is None:
            return ""
        return level_name(self.instrument, level, perspective is CITIZEN)

    def level_text(self, perspective: Perspective, level: int) -> str:
        """ "4 – Het gaat redelijk goed", or "7" where the scale has no label for it."""
        label = self.level_label(perspective, level)
        return f"{level} – {label}" if label else str(level)

    def domain(self, key: str) -> Domain:
        return self.instrument.domain(key)

    # -- editing --------------------------------------------------------------

    def _rows(self, domain: str) -> dict[Perspective, DomainScore]:
        return {p: self.score(p, domain) or DomainScore(domain=domain) for p in PERSPECTIVES}

    def _discussed_rows(self, domain: str) -> dict[Perspective, DomainScore]:
        return {
            p: replace(row, not_discussed=False, reason="") for p, row in self._rows(domain).items()
        }

    def _values(self, rows: dict[tuple[Perspective, str], DomainScore | None]) -> Values:
        return {score_key(p, d, self.sheet): row for (p, d), row in rows.items()}

    def _edit(self, values: Values, text: str, domain: str | None) -> bool:
        return self.autosave.edit(values, text, where=(Page.DOMAINS, domain, self.sheet))

    def relevant_values(self, domain: str, relevant: bool) -> Values:
        if relevant:
            rows = self._discussed_rows(domain)
        else:  # not discussed: keep nothing but the reason (privacy)
            reason = self.reason(domain)
            rows = {
                p: DomainScore(domain=domain, not_discussed=True, reason=reason)
                for p in PERSPECTIVES
            }
        return self._values({(p, domain): row for p, row in rows.items()})

    def set_relevant(self, domain: str, relevant: bool) -> bool:
        name = self.domain(domain).citizen_name
        text = (
            self.tr("{domain} bespreken") if relevant else self.tr("{domain} niet bespreken")
        ).format(domain=name)
        return self._edit(self.relevant_values(domain, relevant), text, domain)

    def set_level(self, perspective: Perspective, domain: str, level: int | None) -> bool:
        if self.state(domain) is DomainState.RELEVANT:
            rows = self._rows(domain)
        else:
            rows = self._discussed_rows(domain)
        rows[perspective] = replace(rows[perspective], level=level, not_discussed=False)
        who = self.tr("inwoner") if perspective is CITIZEN else self.tr("professional")
        text = self.tr("Niveau {domain} ({who})").format(
            domain=self.domain(domain).citizen_name, who=who
        )
        return self._edit(self._values({(p, domain): r for p, r in rows.items()}), text, domain)

    def reason_values(self, domains: list[str], reason: str) -> Values:
        rows: dict[tuple[Perspective, str], DomainScore | None] = {}
        for domain in domains:
            if self.state(domain) is DomainState.RELEVANT:
                continue
            for p in PERSPECTIVES:
                rows[(p, domain)] = DomainScore(domain=domain, not_discussed=True, reason=reason)
        return self._values(rows)

    def set_reason(self, domains: list[str], reason: str) -> bool:
        where = domains[0] if len(domains) == 1 else None
        return self._edit(
            self.reason_values(domains, reason), self.tr("Reden niet besproken"), where
        )

    def shares(self, domain: str) -> tuple[int | None, int | None, int | None]:
        row = self.score(PROFESSIONAL, domain)
        if row is None:
            return (None, None, None)
        return (row.share_self, row.share_network, row.share_professional)

    def shares_values(
        self, domain: str, shares: tuple[int | None, int | None, int | None]
    ) -> Values:
        relevant = self.state(domain) is DomainState.RELEVANT
        rows = self._rows(domain) if relevant else self._discussed_rows(domain)
        own, network, professional = shares
        rows[PROFESSIONAL] = replace(
            rows[PROFESSIONAL],
            share_self=own,
            share_network=network,
            share_professional=professional,
        )
        if relevant:
            rows = {PROFESSIONAL: rows[PROFESSIONAL]}
        return self._values({(p, domain): r for p, r in rows.items()})


# -- the detailed form ------------------------------------------------------------


__all__ = [
    "CITIZEN",
    "PERSPECTIVES",
    "PROFESSIONAL",
    "DomainBook",
    "DomainState",
    "common_reasons",
    "level_name",
]
