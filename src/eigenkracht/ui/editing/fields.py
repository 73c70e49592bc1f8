"""One call binds a common widget to a stored value (binding.py): a text box, a line
edit, a check box or an optional date. Typing is stored after the typing delay, a
click at once; what is shown always follows what is stored."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from eigenkracht.ui.editing.binding import TYPING_DELAY_MS, Binding, value_binding
from eigenkracht.ui.editing.commands import Editor, FieldKey
from eigenkracht.ui.widgets.dates import OptionalDate
from eigenkracht.ui.widgets.plain import unlimited


def bind_plain_text(
    editor: Editor, box: QPlainTextEdit, key: FieldKey, text: str, where: Hashable
) -> Binding:
    binding = value_binding(
        editor,
        box,
        key,
        text=text,
        read=box.toPlainText,
        show=box.setPlainText,
        where=where,
        delay_ms=TYPING_DELAY_MS,
        default="",
    )
    box.textChanged.connect(binding.changed)
    return binding


def bind_line(
    editor: Editor, line: QLineEdit, key: FieldKey, text: str, where: Hashable
) -> Binding:
    unlimited(line)  # a longer stored text must not be cut on its first edit
    binding = value_binding(
        editor,
        line,
        key,
        text=text,
        read=line.text,
        show=line.setText,
        where=where,
        delay_ms=TYPING_DELAY_MS,
        default="",
    )
    line.textChanged.connect(binding.changed)
    return binding


def bind_check(
    editor: Editor, box: QAbstractButton, key: FieldKey, text: str, where: Hashable
) -> Binding:
    binding = value_binding(
        editor,
        box,
        key,
        text=text,
        read=box.isChecked,
        show=box.setChecked,
        where=where,
        default=False,
    )
    box.toggled.connect(binding.changed)
    return binding


def bind_optional_date(
    editor: Editor, widget: OptionalDate, key: FieldKey, text: str, where: Hashable
) -> Binding:
    binding = value_binding(
        editor,
        widget.edit,  # typing in the date ends when it loses focus
        key,
        text=text,
        read=widget.value,
        show=widget.set_value,
        where=where,
        delay_ms=TYPING_DELAY_MS,
    )
    widget.toggled.connect(binding.changed_now)
    widget.dateEdited.connect(binding.changed)
    return binding


__all__ = ["bind_check", "bind_line", "bind_optional_date", "bind_plain_text"]
