"""The network of one case as the editor holds it, and the one path that changes it.

`NetworkBook` is the network's editor (ui/editing/commands.py): it keeps the persons
in memory and turns every user action into a command on the conversation's undo
stack; the map, the list and the card observe it and never write (style.md: Orange
canvas, scenes observe the model). A command stores its change (add_person, update,
set_helps, remove_person, restore_person) and the network of the conversation again
as its version (Repository.save_network_version, `finish`) in one transaction: a
crash or a refusal never leaves half of it.

Keys are person_key(person id, field) for a field of NetworkPerson ("helps", what the
person helps with, is edited as a whole) and PSEUDONYMISE (the case's "hide names").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from eigenkracht.core.model import Case, HelpKind, NetworkHelp, NetworkPerson, Ring, Sector
from eigenkracht.core.network import helper_ids, on_map
from eigenkracht.core.privacy import display_name, pseudonyms
from eigenkracht.ui.editing.commands import Editor, Effect, FieldKey, RowCommand, Values

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

PERSONS = "network_persons"
PSEUDONYMISE = FieldKey("cases", None, "pseudonymise")


def person_key(person_id: int, field: str) -> FieldKey:
    return FieldKey(PERSONS, person_id, field)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkBook", text)


class NetworkBook(Editor):
    """The persons of one case's network, seen from one conversation (`day`)."""

    personsChanged = Signal()  # a person was added or removed
    personChanged = Signal(int)  # the fields or helps of one person changed
    currentChanged = Signal(object)  # the selected person id, or None
    domainChanged = Signal(object)  # the life domain whose helpers are highlighted
    pseudonymiseChanged = Signal(bool)

    def __init__(
        self,
        repo: Repository,
        case: Case,
        conversation_id: int | None,
        day: dt.date | None,
        undo_stack: QUndoStack,
        *,
        persons: Iterable[NetworkPerson] | None = None,
        main: Editor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(repo, undo_stack, main=main, parent=parent)
        assert case.id is not None
        self.case_id: int = case.id
        self.household = case.household_name
        self.conversation_id = conversation_id
        self.day = day
        self.pseudonymise = case.pseudonymise
        loaded = list(persons) if persons is not None else repo.network(self.case_id)
        self.persons: dict[int, NetworkPerson] = {p.id: p for p in loaded if p.id is not None}
        self.current: int | None = None
        self.domain: str | None = None

    # -- reading ------------------------------------------------------------------

    def person(self, person_id: int | None) -> NetworkPerson | None:
        return None if person_id is None else self.persons.get(person_id)

    def all(self) -> list[NetworkPerson]:
        return [self.persons[i] for i in sorted(self.persons)]

    def on_map(self, person: NetworkPerson) -> bool:
        """On the map of this conversation: already there on its date and not left
        (core.network.on_map, the rule of the plan, the versions and then and now)."""
        return on_map(person, self.day)

    def visible(self) -> list[NetworkPerson]:
        return [p for p in self.all() if self.on_map(p)]

    def names(self) -> dict[int, str]:
        """The name shown for each person: the role-based pseudonym when names are
        hidden (numbered over the whole network, as in the plan and the export)."""
        table = pseudonyms(self.persons.values()) if self.pseudonymise else {}
        return {pid: display_name(p, self.pseudonymise, table) for pid, p in self.persons.items()}

    def display(self, person: NetworkPerson) -> str:
        if person.id is not None:
            return self.names().get(person.id, person.name)
        return person.name

    def highlight(self) -> set[int]:
        if not self.domain:
            return set()
        return helper_ids(self.visible(), self.domain)

    def value(self, key: FieldKey) -> Any:
        if key == PSEUDONYMISE:
            return self.pseudonymise
        person = self.persons.get(key.row) if isinstance(key.row, int) else None
        return None if person is None else getattr(person, key.field)

    def where(self, person_id: int | None) -> Hashable:
        from eigenkracht.ui.steps.protocol import Page

        return (Page.NETWORK, person_id)

    # -- selection and highlight (not stored) -----------------------------------------

    def set_current(self, person_id: int | None) -> None:
        if person_id is not None and person_id not in self.persons:
            person_id = None
        if person_id != self.current:
            self.current = person_id
            self.currentChanged.emit(person_id)

    def set_domain(self, domain: str | None) -> None:
        if domain != self.domain:
            self.domain = domain
            self.domainChanged.emit(domain)

    # -- user edits (undoable) -------------------------------------------------------------

    def add(
        self,
        sector: Sector = Sector.FAMILY,
        ring: Ring = Ring.FRIEND,
        name: str | None = None,
        **fields: Any,
    ) -> int | None:
        """A new person in this sector and ring; returns its id (None: not stored)."""
        person = NetworkPerson(
            case_id=self.case_id,
            name=_tr("Nieuwe persoon") if name is None else name,
            sector=sector,
            ring=ring,
            since=self.day,
            **fields,
        )
        command = self._row_command(person, _tr("Persoon toevoegen"), add=True)
        if not self.push(command):
            return None
        stored: NetworkPerson = command.row
        return stored.id

    def remove(self, person_id: int) -> bool:
        person = self.persons.get(person_id)
        if person is None:
            return False
        return self.push(self._row_command(person, _tr("Persoon verwijderen"), add=False))

    def _row_command(self, person: NetworkPerson, text: str, *, add: bool) -> RowCommand:
        return RowCommand(self, person, text, add=add, where=lambda p: self.where(p.id))

    def update(
        self,
        person_id: int,
        text: str,
        *,
        merge_key: Hashable = None,
        session: int = 0,
        **fields: Any,
    ) -> bool:
        """Change fields of one person as one undo step."""
        if person_id not in self.persons:
            return False
        values = {person_key(person_id, name): value for name, value in fields.items()}
        where = self.where(person_id)
        return self.edit(values, text, where=where, merge_key=merge_key, session=session)

    def move(self, person_id: int, sector: Sector, ring: Ring) -> bool:
        """Put a person in another sector and/or ring (dragging on the map)."""
        return self.update(person_id, _tr("Persoon verplaatsen"), sector=sector, ring=ring)

    def set_helps(self, person_id: int, helps: Sequence[NetworkHelp]) -> bool:
        person = self.persons.get(person_id)
        if person is None:
            return False
        new = _normal_helps(helps)
        if new == _normal_helps(person.helps):
            return False
        return self.update(person_id, _tr("Hulp per leefgebied wijzigen"), helps=new)

    def set_pseudonymise(self, on: bool) -> bool:
        text = _tr("Namen verbergen") if on else _tr("Namen weer tonen")
        return self.edit({PSEUDONYMISE: on}, text, where=self.where(self.current))

    # -- storing (inside the command's transaction) ------------------------------------------

    def write(self, values: Values) -> Effect:
        """Fields and helps of persons, and the case's "hide names"."""
        persons: dict[int, dict[str, Any]] = {}
        for key, value in values.items():
            if key != PSEUDONYMISE and isinstance(key.row, int):
                persons.setdefault(key.row, {})[key.field] = value
        for person_id, fields in persons.items():
            columns = {k: v for k, v in fields.items() if k != "helps"}
            if columns:
                self.repo.update(NetworkPerson, person_id, **columns)
            if "helps" in fields:
                self.repo.set_helps(person_id, fields["helps"])
        if PSEUDONYMISE in values:
            self.repo.update(Case, self.case_id, pseudonymise=values[PSEUDONYMISE])

        def effect() -> None:
            for person_id, fields in persons.items():
                if person_id in self.persons:
                    self.persons[person_id] = replace(self.persons[person_id], **fields)
            for key in values:
                self.valueChanged.emit(key)
            for person_id in persons:
                self.personChanged.emit(person_id)
            if PSEUDONYMISE in values:
                self.pseudonymise = values[PSEUDONYMISE]
                self.pseudonymiseChanged.emit(self.pseudonymise)

        return effect

    def insert_row(self, row: NetworkPerson, memo: Any) -> tuple[NetworkPerson, Effect]:
        """A new person, or a removed one back with the actions that named it (`memo`)."""
        if row.id is None:
            stored = self.repo.add_person(row)
        else:
            stored = self.repo.restore_person(row, memo or [])
        return stored, lambda: self._added(stored)

    def remove_row(self, row: NetworkPerson) -> tuple[NetworkPerson, list[int], Effect]:
        person_id = row.id
        assert person_id is not None
        removed, action_ids = self.repo.remove_person(person_id)
        return removed, action_ids, lambda: self._removed(person_id)

    def finish(self) -> None:
        """Every change stores the network as this conversation's version too."""
        if self.conversation_id is not None:
            self.repo.save_network_version(self.conversation_id)

    def _added(self, person: NetworkPerson) -> None:
        assert person.id is not None
        self.persons[person.id] = person
        self.personsChanged.emit()
        self.set_current(person.id)

    def _removed(self, person_id: int) -> None:
        self.persons.pop(person_id, None)
        if self.current == person_id:
            self.set_current(None)
        self.personsChanged.emit()


def _normal_helps(helps: Iterable[NetworkHelp]) -> list[NetworkHelp]:
    """One entry per (domain, kind), in a stable order; empty 'what' allowed."""
    seen: dict[tuple[str, HelpKind], NetworkHelp] = {}
    for help_ in helps:
        seen[(help_.domain, help_.kind)] = NetworkHelp(help_.domain, help_.kind, help_.what)
    return list(seen.values())


__all__ = ["PSEUDONYMISE", "NetworkBook", "person_key"]
