"""The own network of a case: persons and what they help with, an undoable removal, and
the stored network of each conversation (its version)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from eigenkracht.core.model import Change, NetworkHelp, NetworkPerson
from eigenkracht.core.network import (
    NetworkVersion,
    network_on,
    persons_from_snapshot,
    snapshot_text,
)
from eigenkracht.core.serial import SerialError
from eigenkracht.store.database import now_iso
from eigenkracht.store.repo.base import RepositoryBase


class NetworkPart(RepositoryBase):
    def add_person(self, person: NetworkPerson) -> NetworkPerson:
        def op() -> NetworkPerson:
            ref = self._case_ref(person.case_id)
            stored = replace(person, id=None, helps=[])
            stored.id = self._insert(stored)
            for help_ in person.helps:
                self._insert_help(stored.id, help_)
                stored.helps.append(help_)
            self._touch(person.case_id)
            self._audit("network_persons.create", "C", ref, f"network_persons:{stored.id}")
            self._changed(Change("network_persons", "C", stored.id, person.case_id))
            return stored

        return self._run(op)

    def set_helps(self, person_id: int, helps: Iterable[NetworkHelp]) -> Change:
        """Replace what one network person helps with."""

        def op() -> Change:
            case_id = self._case_of("network_persons", person_id)
            self.db.execute("DELETE FROM network_help WHERE person_id = ?", [person_id])
            for help_ in helps:
                self._insert_help(person_id, help_)
            self._touch(case_id)
            self._audit(
                "network_help.update", "U", self._case_ref(case_id), f"network_persons:{person_id}"
            )
            change = Change("network_persons", "U", person_id, case_id, ("helps",))
            self._changed(change)
            return change

        return self._run(op)

    def network(self, case_id: int) -> list[NetworkPerson]:
        """The network persons of one case, with what they help with (audited as a read)."""

        def op() -> list[NetworkPerson]:
            ref = self._case_ref(case_id)
            persons = self._network(case_id)
            self._audit("network_persons.read", "R", ref, f"cases:{case_id}")
            return persons

        return self._run(op)

    def remove_person(self, person_id: int) -> tuple[NetworkPerson, list[int]]:
        """Delete one network person. Returns the person as it was (with what it helped
        with) and the ids of the actions that named it, so that undo can put both
        back with `restore_person`. Those actions name nobody now (a Change each)."""

        def op() -> tuple[NetworkPerson, list[int]]:
            case_id = self._case_of("network_persons", person_id)
            ref = self._case_ref(case_id)
            person = next(p for p in self._network(case_id) if p.id == person_id)
            rows = self.db.execute(
                "SELECT id FROM actions WHERE network_person_id = ? ORDER BY id", [person_id]
            ).fetchall()
            action_ids = [int(r[0]) for r in rows]
            self.db.execute("DELETE FROM network_persons WHERE id = ?", [person_id])
            self._touch(case_id)
            self._audit("network_persons.delete", "D", ref, f"network_persons:{person_id}")
            self._changed(Change("network_persons", "D", person_id, case_id))
            named = ("network_person_id",)
            self._changed(*(Change("actions", "U", i, case_id, named) for i in action_ids))
            return person, action_ids

        return self._run(op)

    def restore_person(
        self, person: NetworkPerson, action_ids: Sequence[int] = ()
    ) -> NetworkPerson:
        """Put a removed network person back, under its old id when that is free, with
        what it helped with; the actions `action_ids` name it again (when they still
        exist and name nobody else)."""

        def op() -> NetworkPerson:
            ref = self._case_ref(person.case_id)
            taken = (
                person.id is not None
                and self.db.execute(
                    "SELECT 1 FROM network_persons WHERE id = ?", [person.id]
                ).fetchone()
            )
            stored = replace(person, id=None if taken else person.id, helps=[])
            stored.id = self._insert(stored)
            self._changed(Change("network_persons", "C", stored.id, person.case_id))
            for help_ in person.helps:
                self._insert_help(stored.id, help_)
                stored.helps.append(help_)
            for action_id in action_ids:
                cursor = self.db.execute(
                    "UPDATE actions SET network_person_id = ? WHERE id = ? AND case_id = ?"
                    " AND network_person_id IS NULL",
                    [stored.id, action_id, person.case_id],
                )
                if cursor.rowcount:
                    named = ("network_person_id",)
                    self._changed(Change("actions", "U", action_id, person.case_id, named))
            self._touch(person.case_id)
            self._audit("network_persons.create", "C", ref, f"network_persons:{stored.id}")
            return stored

        return self._run(op)

    # -- the network of each conversation ------------------------------------------------

    def save_network_version(self, conversation_id: int) -> NetworkVersion:
        """Keep the network as it is now as the network of this conversation (one
        version per conversation, replaced when the network step is stored again):
        who is on the map on the conversation's date (core.network.network_on: already
        there, not yet left)."""

        def op() -> NetworkVersion:
            case_id = self._case_of("conversations", conversation_id)
            ref = self._case_ref(case_id)
            row = self.db.execute(
                "SELECT date FROM conversations WHERE id = ?", [conversation_id]
            ).fetchone()
            day = dt.date.fromisoformat(row[0])
            persons = network_on(self._network(case_id), day)
            stamp = now_iso()
            existed = self.db.execute(
                "SELECT 1 FROM network_versions WHERE conversation_id = ?", [conversation_id]
            ).fetchone()
            cursor = self.db.execute(
                "INSERT INTO network_versions (conversation_id, case_id, taken_at, snapshot)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET"
                " taken_at = excluded.taken_at, snapshot = excluded.snapshot RETURNING id",
                [conversation_id, case_id, stamp, snapshot_text(persons)],
            )
            version_id = int(cursor.fetchone()[0])
            self._audit("network_versions.update", "U", ref, f"network_versions:{version_id}")
            if existed:
                change = Change("network_versions", "U", version_id, case_id, ("snapshot",))
            else:
                change = Change("network_versions", "C", version_id, case_id)
            self._changed(change)
            return NetworkVersion(case_id, conversation_id, persons, version_id, stamp)

        return self._run(op)

    def network_versions(self, case_id: int) -> list[NetworkVersion]:
        """The stored network of each conversation of a case that has one, oldest
        conversation first (audited as a read)."""

        def op() -> list[NetworkVersion]:
            ref = self._case_ref(case_id)
            rows = self.db.execute(
                "SELECT v.id, v.conversation_id, v.taken_at, v.snapshot FROM network_versions v"
                " JOIN conversations c ON c.id = v.conversation_id WHERE v.case_id = ?"
                " ORDER BY c.date, c.id",
                [case_id],
            ).fetchall()
            versions = []
            for version_id, conversation_id, taken_at, snapshot in rows:
                try:
                    persons = persons_from_snapshot(snapshot)
                except SerialError:
                    continue  # a damaged snapshot: that moment is reconstructed instead
                versions.append(
                    NetworkVersion(case_id, int(conversation_id), persons, version_id, taken_at)
                )
            self._audit("network_versions.read", "R", ref, f"cases:{case_id}")
            return versions

        return self._run(op)
