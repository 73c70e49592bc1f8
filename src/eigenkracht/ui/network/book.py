"""The network of one case as the editor holds it, and the one path that changes it.

`NetworkBook` keeps the persons in memory, turns every user action into a
`QUndoCommand` on the conversation's undo stack, and tells observers what changed.
The map, the list and the form observe it and never write (style.md: Orange canvas,
scenes observe the model). Each command calls Repository operations (add_person,
update, set_helps, remove_person, restore_person) and stores the network of the
conversation again as its version (Repository.save_network_version) in the same
transaction (Repository.unit): a crash or a refusal never leaves half of it.

The book also speaks the protocol of `ui.editing.binding.Binding` (valueChanged,
add_binding, edit), so the form's fields get the same typing delay, merging of
keystrokes into one undo step and flushing as every other field of the conversation.
Keys are ("person", "<id>", "<field>").
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from eigenkracht.core.model import Case, HelpKind, NetworkHelp, NetworkPerson, Ring, Sector
from eigenkracht.core.network import helper_ids, on_map
from eigenkracht.core.privacy import display_name, pseudonyms
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

Key = tuple[str, ...]
MERGE_ID = 0x4E57  # network field edits merge with each other only

# Fields of NetworkPerson that the form edits (helps are edited as a whole).
FIELDS = (
    "name",
    "role",
    "sector",
    "ring",
    "quality",
    "direction",
    "contact_frequency",
    "is_mantelzorger",
    "overburdened",
    "needs_support",
    "may_contact",
    "notes",
    "until",
)


def person_key(person_id: int, field: str) -> Key:
    return ("person", str(person_id), field)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkBook", text)


class NetworkBook(QObject):
    """The persons of one case's network, seen from one conversation (`day`)."""

    personsChanged = Signal()  # a person was added or removed
    personChanged = Signal(int)  # the fields or helps of one person changed
    valueChanged = Signal(object)  # Binding protocol: the Key whose value changed
    currentChanged = Signal(object)  # the selected person id, or None
    domainChanged = Signal(object)  # the life domain whose helpers are highlighted
    pseudonymiseChanged = Signal(bool)
    failed = Signal(str)  # a Dutch message: a change was not stored
    stored = Signal(object)  # the list of Changes of one stored change (the version's too)

    def __init__(
        self,
        repo: Repository,
        case: Case,
        conversation_id: int | None,
        day: dt.date | None,
        undo_stack: QUndoStack,
        *,
        persons: Iterable[NetworkPerson] | None = None,
        navigate: Callable[[Hashable], None] | None = None,
        add_binding: Callable[[Any], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.repo = repo
        self.case_id: int = case.id
        self.household = case.household_name
        self.conversation_id = conversation_id
        self.day = day
        self.undo_stack = undo_stack
        self.pseudonymise = case.pseudonymise
        self._navigate = navigate
        self._add_binding = add_binding
        loaded = list(persons) if persons is not None else repo.network(self.case_id)
        self.persons: dict[int, NetworkPerson] = {p.id: p for p in loaded if p.id is not None}
        self.current: int | None = None
        self.domain: str | None = None
        self._bindings: list[Any] = []
        self.version_saved = False

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

    def value(self, key: Key) -> Any:
        person = self.persons.get(int(key[1]))
        return None if person is None else getattr(person, key[2])

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
        command = AddPersonCommand(self, person)
        self.undo_stack.push(command)
        return command.person.id if command.ok else None

    def remove(self, person_id: int) -> bool:
        person = self.persons.get(person_id)
        if person is None:
            return False
        command = RemovePersonCommand(self, person)
        self.undo_stack.push(command)
        return command.ok

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
        person = self.persons.get(person_id)
        if person is None:
            return False
        changed = {k: v for k, v in fields.items() if getattr(person, k) != v}
        if not changed:
            return False
        old = {k: getattr(person, k) for k in changed}
        command = UpdatePersonCommand(self, person_id, old, changed, text, merge_key, session)
        self.undo_stack.push(command)
        return command.ok

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
        command = HelpsCommand(self, person_id, list(person.helps), new)
        self.undo_stack.push(command)
        return command.ok

    def set_pseudonymise(self, on: bool) -> bool:
        if on == self.pseudonymise:
            return False
        command = PseudonymiseCommand(self, on)
        self.undo_stack.push(command)
        return command.ok

    # -- the Binding protocol ---------------------------------------------------------------

    def add_binding(self, binding: Any) -> None:
        """Bindings of the form: flushed with the conversation's own fields."""
        self._bindings.append(binding)
        if self._add_binding is not None:
            self._add_binding(binding)

    def flush(self) -> None:
        for binding in list(self._bindings):
            binding.flush()

    def edit(
        self,
        new: dict[Key, Any],
        text: str,
        *,
        where: Hashable = None,
        merge_key: Hashable = None,
        session: int = 0,
    ) -> bool:
        """Store a Binding's edit: keys of one person."""
        fields: dict[str, Any] = {}
        person_id: int | None = None
        for key, value in new.items():
            person_id = int(key[1])
            fields[key[2]] = value
        if person_id is None:
            return False
        return self.update(person_id, text, merge_key=merge_key, session=session, **fields)

    # -- applying (called by the commands) ------------------------------------------------

    def run(self, work: Callable[[], None], where: Hashable = None) -> bool:
        """Run one change and store the conversation's version with it, in one
        transaction (Repository.unit): both are stored, or neither is and the book shows
        again what is stored."""
        if where is not None and self._navigate is not None:
            self._navigate(where)
        worked = False
        try:
            with self.repo.unit() as unit:
                work()
                worked = True
                if self.conversation_id is not None:
                    self.repo.save_network_version(self.conversation_id)
        except StoreError as exc:
            log.warning("a network edit was not stored: %s", type(exc).__name__)
            self.failed.emit(problem_text(exc))
            if worked:  # the book already shows what was rolled back
                self._reload()
            return False
        self.version_saved = self.version_saved or self.conversation_id is not None
        self.stored.emit(unit.changes)
        return True

    def _reload(self) -> None:
        """Show the network and the names setting as stored (after a rollback)."""
        try:
            persons = self.repo.network(self.case_id)
            pseudonymise = self.repo.get_case(self.case_id).pseudonymise
        except StoreError as exc:
            log.warning("the network was not read again: %s", type(exc).__name__)
            return
        self.persons = {p.id: p for p in persons if p.id is not None}
        if self.current not in self.persons:
            self.set_current(None)
        self.personsChanged.emit()
        for person_id in self.persons:
            for name in (*FIELDS, "helps"):
                self.valueChanged.emit(person_key(person_id, name))
            self.personChanged.emit(person_id)
        if pseudonymise != self.pseudonymise:
            self.pseudonymise = pseudonymise
            self.pseudonymiseChanged.emit(pseudonymise)

    def save_version(self) -> None:
        """Store the network as this conversation's version (when the network step is
        first opened; every change stores it with itself, in run)."""
        if self.conversation_id is None:
            return
        try:
            self.repo.save_network_version(self.conversation_id)
            self.version_saved = True
        except StoreError as exc:
            self.failed.emit(problem_text(exc))

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

    def _write_fields(self, person_id: int, fields: dict[str, Any]) -> None:
        self.repo.update(NetworkPerson, person_id, **fields)
        self.persons[person_id] = replace(self.persons[person_id], **fields)
        for name in fields:
            self.valueChanged.emit(person_key(person_id, name))
        self.personChanged.emit(person_id)

    def _write_helps(self, person_id: int, helps: list[NetworkHelp]) -> None:
        self.repo.set_helps(person_id, helps)
        self.persons[person_id] = replace(self.persons[person_id], helps=list(helps))
        self.valueChanged.emit(person_key(person_id, "helps"))
        self.personChanged.emit(person_id)

    def _write_pseudonymise(self, on: bool) -> None:
        self.repo.update(Case, self.case_id, pseudonymise=on)
        self.pseudonymise = on
        self.pseudonymiseChanged.emit(on)

    def where(self, person_id: int | None) -> Hashable:
        from eigenkracht.ui.steps.protocol import Page

        return (Page.NETWORK, person_id)


def _normal_helps(helps: Iterable[NetworkHelp]) -> list[NetworkHelp]:
    """One entry per (domain, kind), in a stable order; empty 'what' allowed."""
    seen: dict[tuple[str, HelpKind], NetworkHelp] = {}
    for help_ in helps:
        seen[(help_.domain, help_.kind)] = NetworkHelp(help_.domain, help_.kind, help_.what)
    return list(seen.values())


# -- commands ---------------------------------------------------------------------------


class _BookCommand(QUndoCommand):
    """Redo does the work (the first time too); a first run that fails is dropped."""

    def __init__(self, book: NetworkBook, text: str) -> None:
        super().__init__(text)
        self.book = book
        self.ok = True
        self._first = True

    def person_id(self) -> int | None:
        return None

    def redo(self) -> None:
        first, self._first = self._first, False
        where = None if first else self.book.where(self.person_id())
        self.ok = self.book.run(self.do, where)
        if first and not self.ok:
            self.setObsolete(True)

    def undo(self) -> None:
        self.ok = self.book.run(self.undo_work, self.book.where(self.person_id()))

    def do(self) -> None:
        raise NotImplementedError

    def undo_work(self) -> None:
        raise NotImplementedError


class AddPersonCommand(_BookCommand):
    def __init__(self, book: NetworkBook, person: NetworkPerson) -> None:
        super().__init__(book, _tr("Persoon toevoegen"))
        self.person = person
        self.action_ids: list[int] = []

    def person_id(self) -> int | None:
        return self.person.id

    def do(self) -> None:
        if self.person.id is None:
            stored = self.book.repo.add_person(self.person)
        else:
            stored = self.book.repo.restore_person(self.person, self.action_ids)
        self.person = stored
        self.book._added(stored)

    def undo_work(self) -> None:
        person_id = self.person.id
        assert person_id is not None
        removed, self.action_ids = self.book.repo.remove_person(person_id)
        self.person = removed
        self.book._removed(person_id)


class RemovePersonCommand(_BookCommand):
    def __init__(self, book: NetworkBook, person: NetworkPerson) -> None:
        super().__init__(book, _tr("Persoon verwijderen"))
        self.person = person
        self.action_ids: list[int] = []

    def person_id(self) -> int | None:
        return self.person.id

    def do(self) -> None:
        person_id = self.person.id
        assert person_id is not None
        removed, self.action_ids = self.book.repo.remove_person(person_id)
        self.person = removed
        self.book._removed(person_id)

    def undo_work(self) -> None:
        stored = self.book.repo.restore_person(self.person, self.action_ids)
        self.person = stored
        self.book._added(stored)


class UpdatePersonCommand(_BookCommand):
    def __init__(
        self,
        book: NetworkBook,
        person_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        merge_key: Hashable,
        session: int,
    ) -> None:
        super().__init__(book, text)
        self.pid = person_id
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.session = session

    def person_id(self) -> int | None:
        return self.pid

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def do(self) -> None:
        self.book._write_fields(self.pid, self.new)

    def undo_work(self) -> None:
        self.book._write_fields(self.pid, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdatePersonCommand) or not other.ok:
            return False
        if (other.pid, other.merge_key, other.session) != (
            self.pid,
            self.merge_key,
            self.session,
        ):
            return False
        if set(other.new) != set(self.new):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class HelpsCommand(_BookCommand):
    def __init__(
        self, book: NetworkBook, person_id: int, old: list[NetworkHelp], new: list[NetworkHelp]
    ) -> None:
        super().__init__(book, _tr("Hulp per leefgebied wijzigen"))
        self.pid = person_id
        self.old = old
        self.new = new

    def person_id(self) -> int | None:
        return self.pid

    def do(self) -> None:
        self.book._write_helps(self.pid, self.new)

    def undo_work(self) -> None:
        self.book._write_helps(self.pid, self.old)


class PseudonymiseCommand(_BookCommand):
    def __init__(self, book: NetworkBook, on: bool) -> None:
        text = _tr("Namen verbergen") if on else _tr("Namen weer tonen")
        super().__init__(book, text)
        self.on = on

    def person_id(self) -> int | None:
        return self.book.current

    def do(self) -> None:
        self.book._write_pseudonymise(self.on)

    def undo_work(self) -> None:
        self.book._write_pseudonymise(not self.on)


__all__ = [
    "FIELDS",
    "AddPersonCommand",
    "HelpsCommand",
    "NetworkBook",
    "PseudonymiseCommand",
    "RemovePersonCommand",
    "UpdatePersonCommand",
    "person_key",
]
