"""One widget shown from, and edited into, the stored values of an editor.

There is no Save button: every edit is stored as it is made (commands.py). Widgets
never keep their own idea of what is stored; a `Binding` shows what its editor holds
and follows `Editor.valueChanged`, so undo and redo update whatever widget shows the
field. Choices (check boxes, radio buttons, combo boxes) are stored at once, typing
~300 ms after the last key, at least every 0.7 s while typing goes on, and when the
field loses focus. Consecutive typing in one field is one undo step, until the field
loses focus (a field session).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from eigenkracht.ui.editing.commands import Editor, FieldKey, Values

TYPING_DELAY_MS = 300


class Binding(QObject):
    """One widget shown from, and edited into, stored values.

    read(): the widget's value; show(value): put a value in the widget;
    stored(): the value the widget should show, from the editor;
    values(widget_value): the stored values an edit writes;
    keys(): the keys whose changes the widget shows.
    delay_ms 0 stores at once; otherwise after the typing delay, merged per field.
    Someone who types without pausing is still saved at least every MAX_WAIT_MS.
    """

    MAX_WAIT_MS = 700

    def __init__(
        self,
        editor: Editor,
        widget: QWidget,
        *,
        text: str,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        stored: Callable[[], Any],
        values: Callable[[Any], Values],
        keys: Callable[[], Iterable[FieldKey]],
        where: Callable[[], Hashable] | Hashable = None,
        delay_ms: int = 0,
    ) -> None:
        super().__init__(widget)
        self.editor = editor
        self.widget = widget
        self.text = text
        self._read = read
        self._show = show
        self._stored = stored
        self._values = values
        self._keys = keys
        self._where = where
        self.delay_ms = delay_ms
        self.session = 0
        self.updating = False
        self._last: Any = object()  # the stored value last shown
        self.timer: QTimer | None = None
        self.max_timer: QTimer | None = None
        if delay_ms:
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setInterval(delay_ms)
            self.timer.timeout.connect(self._typing_paused)
            self.max_timer = QTimer(self)
            self.max_timer.setSingleShot(True)
            self.max_timer.setInterval(max(delay_ms, self.MAX_WAIT_MS))
            self.max_timer.timeout.connect(self._typing_paused)
            widget.installEventFilter(self)
        editor.valueChanged.connect(self._on_value_changed)
        editor.add_binding(self)
        self.refresh(force=True)

    @property
    def pending(self) -> bool:
        return any(t is not None and t.isActive() for t in (self.timer, self.max_timer))

    def where(self) -> Hashable:
        return self._where() if callable(self._where) else self._where

    def changed(self, *_args: Any) -> None:
        """Connect the widget's change signal here."""
        if self.updating:
            return
        if self.timer is not None and self.max_timer is not None:
            self.timer.start()
            if not self.max_timer.isActive():
                self.max_timer.start()
        else:
            self.commit()

    def changed_now(self, *_args: Any) -> None:
        """A choice: store it at once, without waiting for a typing delay."""
        if self.updating:
            return
        self._stop_timers()
        self.commit()

    def _stop_timers(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.max_timer is not None:
            self.max_timer.stop()

    def commit(self, merge: bool = False) -> bool:
        value = self._read()
        if value == self._stored():
            self._last = value
            return False
        return self.editor.edit(
            self._values(value),
            self.text,
            where=self.where(),
            merge_key=(id(self), *self._keys()) if merge else None,
            session=self.session,
        )

    def _typing_paused(self) -> None:
        self._stop_timers()
        self.commit(merge=True)

    def flush(self) -> None:
        """Store what was typed without waiting for the typing delay."""
        if self.pending:
            self._stop_timers()
            self.commit(merge=True)

    def end_session(self) -> None:
        """Typing after this starts a new undo step."""
        self.flush()
        self.session += 1

    def refresh(self, force: bool = False) -> None:
        """Show the stored value. Unless forced (the widget now shows another row), only
        when the stored value itself changed, or when a choice shows one that is not
        stored (its edit was refused): typing not yet stored is kept."""
        value = self._stored()
        if not force and value == self._last and (self.delay_ms or self._read() == value):
            return
        self._last = value
        if self.timer is not None:
            self.timer.stop()
        if not force and self._read() == value:
            return
        self.updating = True
        try:
            self._show(value)
        finally:
            self.updating = False

    def _on_value_changed(self, key: FieldKey) -> None:
        if key in set(self._keys()):
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:  # the widget or one it watches for us
            self.end_session()
        return False


def field_binding(
    editor: Editor,
    widget: QWidget,
    target: Callable[[], FieldKey | None],
    *,
    text: str,
    read: Callable[[], Any],
    show: Callable[[Any], None],
    where: Callable[[], Hashable] | Hashable = None,
    delay_ms: int = 0,
    default: Any = None,
    extra: Callable[[Any], Values] | None = None,
) -> Binding:
    """A widget bound to the field `target()` names (None: nothing chosen, for example
    no goal or person selected). `extra(value)` adds values the same edit stores (for
    example: no network person once the actor is no longer the network)."""

    def stored() -> Any:
        key = target()
        value = editor.value(key) if key is not None else None
        return default if value is None else value

    def values(value: Any) -> Values:
        key = target()
        if key is None:
            return {}
        result: Values = {key: value}
        if extra is not None:
            result.update(extra(value))
        return result

    def keys() -> tuple[FieldKey, ...]:
        key = target()
        return () if key is None else (key,)

    return Binding(
        editor,
        widget,
        text=text,
        read=read,
        show=show,
        stored=stored,
        values=values,
        keys=keys,
        where=where,
        delay_ms=delay_ms,
    )


def value_binding(
    editor: Editor,
    widget: QWidget,
    key: FieldKey,
    *,
    text: str,
    read: Callable[[], Any],
    show: Callable[[Any], None],
    where: Hashable = None,
    delay_ms: int = 0,
    default: Any = None,
) -> Binding:
    """A widget bound to one stored value (a conversation or case column)."""
    return field_binding(
        editor,
        widget,
        lambda: key,
        text=text,
        read=read,
        show=show,
        where=where,
        delay_ms=delay_ms,
        default=default,
    )


__all__ = ["TYPING_DELAY_MS", "Binding", "field_binding", "value_binding"]
