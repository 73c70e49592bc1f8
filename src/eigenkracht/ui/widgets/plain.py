"""User text on screen: shown as typed, never as markup, never cut.

Qt decides per string whether a tooltip, a QLabel (in its default AutoText format)
or a QMessageBox text is rich text (Qt::mightBeRichText: a known tag at the start
of the first line). A name "<img src=file:///etc/passwd>" would then load a local
file and "<h1>" would show a heading. And a QLineEdit keeps at most 32,767
characters: a longer stored value would be cut on its first edit.

So every place that shows user text uses one of these:

- `plain(text)` / `plain_line(text)`: for what Qt always shows as plain text (item
  DisplayRole, window titles, combo and list items, labels set to PlainText):
  control characters and bidi overrides neutralised (core.text.display_safe).
- `plain_tooltip(text)` and `plain_message(text)`: for tooltips (also ToolTipRole)
  and QMessageBox texts: the text escaped inside a paragraph, so Qt shows exactly
  the characters typed (and wraps long lines).
- `plain_label(label)`: a QLabel that shows any text as plain text.
- `unlimited(edit)`: a QLineEdit (or an editable QComboBox) without the 32,767
  limit; `LongTextDelegate` does the same for the editors of item views.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from eigenkracht.core.text import display_line, display_safe

# A tooltip is a glance, not the record: longer texts end in "…" there (only there).
TOOLTIP_LIMIT = 1000
# The largest maxLength Qt accepts (a C int): in practice no limit at all.
UNLIMITED = 2**31 - 1


def plain(text: object) -> str:
    """User text for a widget that shows plain text."""
    return display_safe("" if text is None else str(text))


def plain_line(text: object) -> str:
    """User text on one line (window titles, combo items, list cells)."""
    return display_line("" if text is None else str(text))


def plain_message(text: object) -> str:
    """Text that Qt may take for rich text (a QMessageBox text, a rich label),
    escaped so that it shows literally. Empty stays empty."""
    value = plain(text)
    if not value:
        return ""
    escaped = html.escape(value, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def plain_tooltip(text: object) -> str:
    """A tooltip that shows the text literally; at most TOOLTIP_LIMIT characters.
    Empty (or only spaces) gives no tooltip."""
    value = plain(text)
    if not value.strip():
        return ""
    if len(value) > TOOLTIP_LIMIT:
        value = value[:TOOLTIP_LIMIT].rstrip() + "…"
    return plain_message(value)


def plain_label(label: QLabel) -> QLabel:
    """Make a label show its text as plain text, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def unlimited(edit: QLineEdit | QComboBox) -> QLineEdit | QComboBox:
    """Lift QLineEdit's default limit of 32,767 characters, so a longer stored text
    is shown and kept whole. An editable combo box's line edit too."""
    line = edit.lineEdit() if isinstance(edit, QComboBox) else edit
    if line is not None:
        line.setMaxLength(UNLIMITED)
    return edit


class LongTextDelegate(QStyledItemDelegate):
    """The standard delegate, but its line edits take text of any length."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(UNLIMITED)
        return editor


__all__ = [
    "TOOLTIP_LIMIT",
    "UNLIMITED",
    "LongTextDelegate",
    "plain",
    "plain_label",
    "plain_line",
    "plain_message",
    "plain_tooltip",
    "unlimited",
]
