"""Widgets of the citizen window: big choice buttons, text that grows, read-aloud buttons.

Sizes follow the user's system font (QApplication.font()), scaled by the window's text
size; nothing is set in pixels except borders. Colours come from the palette, so a dark
or high-contrast system theme stays readable, and a choice is never shown by colour
alone: a chosen button has a filled mark and the word "gekozen".
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken, getCppPointer

from eigenkracht.ui.widgets.theme import readable_on
from eigenkracht.ui.widgets.views import PlainLabel

NORMAL_TEXT = 1.25  # the citizen window is a little larger than the system font
LARGER_TEXT = 1.75
LINE_CHARACTERS = 72  # a comfortable line length for reading

MARK_OFF = "○"
MARK_ON = "●"

STYLE = """
QPushButton#choice {
    text-align: left;
    border: 2px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
    padding: 4px;
}
QPushButton#choice:hover { border-color: palette(highlight); }
QPushButton#choice:checked {
    border: 4px solid palette(highlight);
    background: palette(alternate-base);
}
QPushButton#choice:focus { border: 4px dashed palette(text); }
QPushButton#choice:checked:focus { border: 4px dashed palette(highlight); }
QPushButton#primary {
    border: 3px solid palette(highlight);
    border-radius: 8px;
    background: palette(button);
    padding: 6px 18px;
}
QPushButton#primary:focus { border: 4px dashed palette(text); }
QPushButton#big, QPushButton#number, QPushButton#small {
    border: 2px solid palette(mid);
    border-radius: 8px;
    background: palette(button);
    padding: 4px 12px;
}
QPushButton#number { padding: 4px 2px; }
QPushButton#small { padding: 2px 8px; }
QPushButton#big:hover, QPushButton#number:hover, QPushButton#small:hover {
    border-color: palette(highlight);
}
QPushButton#big:checked, QPushButton#number:checked {
    border: 4px solid palette(highlight);
    background: palette(alternate-base);
}
QPushButton#big:focus, QPushButton#number:focus, QPushButton#small:focus {
    border: 4px dashed palette(text);
}
QPushButton#number:checked:focus, QPushButton#big:checked:focus {
    border: 4px dashed palette(highlight);
}
QLineEdit, QPlainTextEdit {
    border: 2px solid palette(mid);
    border-radius: 6px;
    padding: 4px;
    background: palette(base);
}
QLineEdit:focus, QPlainTextEdit:focus { border: 4px solid palette(highlight); }
QComboBox {
    border: 2px solid palette(mid);
    border-radius: 6px;
    padding: 4px 8px;
    background: palette(base);
}
QComboBox:focus { border: 4px solid palette(highlight); }
QComboBox::drop-down { border: none; width: 2em; }
QComboBox::down-arrow { image: none; }
QCheckBox {
    border: 3px solid transparent;
    border-radius: 6px;
    padding: 4px 8px 4px 4px;
}
QCheckBox:focus { border: 3px dashed palette(text); }
QCheckBox::indicator { width: 22px; height: 22px; }
QGroupBox#question { border: none; margin: 0; padding: 0; }
QMessageBox QPushButton {
    border: 2px solid palette(mid);
    border-radius: 8px;
    background: palette(button);
    padding: 6px 14px;
}
QMessageBox QPushButton:focus { border: 4px dashed palette(text); }
QLabel#problem { font-weight: bold; }
"""


class TextSizer:
    """The window's text size: one factor over the system font.

    Qt does not pass a font on to widgets that have a style sheet (or sit below one in a
    scroll area), so `apply()` sets the font of every widget under the root explicitly:
    the base size, or the relative size a widget was registered with (headings)."""

    def __init__(self, root: QWidget, factor: float = NORMAL_TEXT) -> None:
        self.root = root
        self.base = QFont(QApplication.font())
        self.factor = factor
        self._specs: weakref.WeakKeyDictionary[QWidget, tuple[float, bool]] = (
            weakref.WeakKeyDictionary()
        )

    def font(self, relative: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.base)
        size = self.base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.factor * relative)
        else:  # a pixel-sized system font
            font.setPixelSize(max(1, round(self.base.pixelSize() * self.factor * relative)))
        font.setBold(bold)
        return font

    def register(self, widget: QWidget, relative: float = 1.0, bold: bool = False) -> None:
        self._specs[widget] = (relative, bold)
        widget.setFont(self.font(relative, bold))

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        self.apply()

    def apply(self) -> None:
        self.apply_to(self.root)

    def apply_to(self, top: QWidget) -> None:
        """Set the fonts of `top` and everything under it."""
        plain = self.font()
        for widget in [top, *top.findChildren(QWidget)]:
            spec = self._specs.get(widget)
            widget.setFont(self.font(*spec) if spec is not None else plain)


def label(text: str, parent: QWidget, *, selectable: bool = False) -> QLabel:
    """A plain-text label that wraps (never rich text: answers are shown as typed)."""
    widget = PlainLabel(text, parent)
    widget.setWordWrap(True)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class HeadingLabel(PlainLabel):
    """A page's or dialog's heading: a screen reader gets the role Heading with its level
    (a QLabel is static text; see `install_accessibility`) and the text as its name. Each
    screen and dialog has one heading, the question it asks: level 1."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, level: int = 1) -> None:
        install_accessibility()
        super().__init__(text, parent)
        self.level = level
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(self.text())


class _Attributes(QAccessibleAttributesInterface):
    """The attributes of a heading: its level (AT-SPI "level"), and the locale that
    QAccessibleWidget gives every widget."""

    def __init__(self, widget: QWidget, level: int) -> None:
        super().__init__()
        self.widget = widget
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level, QAccessible.Attribute.Locale]

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        if key == QAccessible.Attribute.Level:
            return self.level
        if key == QAccessible.Attribute.Locale:
            return self.widget.locale()
        return None


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, widget: HeadingLabel) -> None:
        super().__init__(widget, QAccessible.Role.Heading)
        self.attributes = _Attributes(widget, widget.level)

    # the stubs say int; PySide takes a VoidPtr (a pointer to the interface)
    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return Shiboken.VoidPtr(getCppPointer(self.attributes)[0])
        found = QAccessibleWidget.interface_cast(self, kind)
        # PySide gives None for "none of that kind", which it cannot hand back to C++
        return Shiboken.VoidPtr(0) if found is None else found


class _AnswerAccessible(QAccessibleWidget):
    """An answer button as one object without children: its mark, title and "gekozen"
    are labels inside it, which a screen reader would otherwise read again (or read as
    an empty label). Role, state and actions as Qt gives a check box or radio button."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self.button = button

    def role(self) -> QAccessible.Role:
        if not self.button.isCheckable():
            return QAccessible.Role.Button
        if self.button.autoExclusive():
            return QAccessible.Role.RadioButton
        return QAccessible.Role.CheckBox

    def state(self) -> QAccessible.State:
        state = QAccessibleWidget.state(self)
        state.checkable = self.button.isCheckable()
        state.checked = self.button.isChecked()
        state.pressed = self.button.isDown()
        return state

    def childCount(self) -> int:
        return 0

    # None is Qt's nullptr (the stubs leave it out)
    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def actionNames(self) -> list[str]:
        names = [QAccessibleActionInterface.pressAction()]
        if self.button.isCheckable():
            names.append(QAccessibleActionInterface.toggleAction())
        return names + [n for n in QAccessibleWidget.actionNames(self) if n not in names]

    def doAction(self, name: str) -> None:
        toggle = QAccessibleActionInterface.toggleAction()
        if name in (QAccessibleActionInterface.pressAction(), toggle):
            self.button.click()
        else:
            QAccessibleWidget.doAction(self, name)


def _accessible_interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, HeadingLabel):
        return _HeadingAccessible(obj)
    if isinstance(obj, ChoiceButton):
        return _AnswerAccessible(obj)
    return None


_factory_installed = False


def install_accessibility() -> None:
    """Give headings the role Heading and level, answer buttons no children of their
    own (once per program)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_interface)
        _factory_installed = True


class QuestionGroup(QGroupBox):
    """The answers of one question together. A screen reader hears the group's name, the
    question, before the answer that has the focus. No title or frame of its own: the
    page's heading shows the question."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.setFlat(True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.help_text = ""
        self.has_answers = False  # set by make_answers

    def set_question(self, question: str, help_text: str = "") -> None:
        self.setAccessibleName(question)
        self.help_text = help_text
        self._describe()

    def _describe(self) -> None:
        """The help line, and for a set of answers how the arrow keys move in it (Tab
        stops only at the chosen answer)."""
        parts = [self.help_text, arrow_keys_text() if self.has_answers else ""]
        self.setAccessibleDescription(" ".join(p for p in parts if p))


def arrow_keys_text() -> str:
    return QApplication.translate(
        "CitizenWidgets", "Met de pijltjes op het toetsenbord kiest u een ander antwoord."
    )


def position_name(name: str, number: int, total: int) -> str:
    return QApplication.translate("CitizenWidgets", "{answer} ({n} van {total})").format(
        answer=name, n=number, total=total
    )


def make_answers(buttons: Sequence[QAbstractButton]) -> None:
    """The answers of one question as one exclusive set: checkable and auto-exclusive
    (they share a parent, the QuestionGroup), so a screen reader hears radio buttons,
    each named with its place ("Cijfer 3 (4 van 11)")."""
    total = len(buttons)
    groups = {id(g): g for b in buttons if isinstance(g := b.parentWidget(), QuestionGroup)}
    for group in groups.values():
        group.has_answers = True
        group._describe()
    for number, button in enumerate(buttons, start=1):
        button.setCheckable(True)
        button.setAutoExclusive(True)
        base = button.property("answerName") or button.accessibleName()
        button.setProperty("answerName", base)
        button.setAccessibleName(position_name(str(base), number, total))


def check_only(buttons: Sequence[QAbstractButton], chosen: QAbstractButton | None) -> None:
    """Check `chosen` (None: none at all; an auto-exclusive button cannot simply be
    unchecked, so that one leaves the set for a moment)."""
    if chosen is not None:
        chosen.setChecked(True)
        return
    for button in buttons:
        if button.isChecked():
            exclusive = button.autoExclusive()
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(exclusive)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` now: a message that appeared on the screen
    (a result, a problem). Nothing happens when no screen reader listens."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


def show_status(widget: QLabel, text: str, *, assertive: bool = False) -> None:
    """Show a message label (hidden while empty) and announce what it says."""
    widget.setText(text)
    widget.setVisible(bool(text))
    announce(widget, widget.text(), assertive=assertive)


class CheckBox(QCheckBox):
    """A check box that Return ticks too, as Space does: every control of the citizen
    window answers to Return."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class BigButton(QPushButton):
    """A push button at least two lines of text high, with room around its text."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        line = metrics.height()
        width = metrics.horizontalAdvance(self.text().replace("&", "")) + 2 * line
        if not self.icon().isNull():
            width += self.iconSize().width() + line // 2
        return QSize(max(hint.width(), width), max(hint.height(), round(line * 2.1)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def big_button(text: str, name: str, parent: QWidget, *, kind: str = "big") -> QPushButton:
    button = BigButton(text, parent)
    button.setObjectName(kind)
    button.setAccessibleName(name)
    # Return presses the button that has the focus, as Space does (outside a dialog
    # that is all autoDefault does; in a dialog the focused button becomes its default).
    button.setAutoDefault(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ReadButton(BigButton):
    """A button with the style's speaker icon drawn in the button's text colour (the
    style's own is dark grey, unseen on a dark or high-contrast palette), at least 3:1
    against the button's face; it follows a change of palette or style."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._colour_icon()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if event.type() in kinds:
            self._colour_icon()

    def icon_colour(self) -> QColor:
        palette = self.palette()
        face = palette.color(QPalette.ColorRole.Button)
        return readable_on(palette.color(QPalette.ColorRole.ButtonText), face, 3.0)

    def _colour_icon(self) -> None:
        source = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
        colour = self.icon_colour()
        icon = QIcon()
        for ratio in (1.0, 2.0):  # sharp at 100 % and on a high-density screen
            pixmap = source.pixmap(self.iconSize(), ratio)
            if pixmap.isNull():
                continue
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), colour)
            painter.end()
            icon.addPixmap(pixmap)
        self.setIcon(icon if not icon.isNull() else source)


def read_button(name: str, parent: QWidget) -> QPushButton:
    """A "Lees voor" button with a speaker icon; hidden until an engine is found."""
    button = ReadButton(QApplication.translate("CitizenWidgets", "Lees voor"), parent)
    button.setAccessibleName(name)
    button.setAutoDefault(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setObjectName("small")
    button.setToolTip(QApplication.translate("CitizenWidgets", "De computer leest dit voor."))
    button.hide()
    return button


def text_box(name: str, parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A text field where Tab moves on, so keyboard users can always get out."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setProperty("lines", lines)
    return box


def fit_text_box(box: QPlainTextEdit) -> None:
    """Height for the box's number of lines at its current font."""
    lines = int(box.property("lines") or 4)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 16
    box.setFixedHeight(height)


class ChoiceBox(QComboBox):
    """A drop-down list with the citizen window's border and a clear arrow (a style
    sheet's own arrow needs an image file; this one is drawn in the text colour)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.fontMetrics().height() * 0.6
        x = self.width() - self.fontMetrics().height() * 1.1
        y = self.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().text())
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - size / 2, y - size / 3),
                    QPointF(x + size / 2, y - size / 3),
                    QPointF(x, y + size / 2),
                ]
            )
        )
        painter.end()


class ChoiceButton(QPushButton):
    """A big answer button: a mark (○ or ●), a title, a description that wraps, and the
    word "gekozen" when chosen. Checkable; the window keeps at most one chosen."""

    chosen = Signal(bool)

    def __init__(
        self,
        title: str,
        description: str,
        parent: QWidget,
        sizer: TextSizer,
    ) -> None:
        install_accessibility()
        super().__init__(parent)
        self.setObjectName("choice")
        self.setCheckable(True)
        self.setAutoDefault(True)  # Return chooses it, as Space does
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title_text = title
        self.description_text = description
        self.mark = QLabel(MARK_OFF, self)
        self.title = label(title, self)
        self.description = label(description, self)
        self.chosen_label = QLabel(self)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        for child in (self.mark, self.title, self.description, self.chosen_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        sizer.register(self.mark, 1.3, bold=True)
        sizer.register(self.title, 1.0, bold=True)
        sizer.register(self.chosen_label, 0.9, bold=True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        if description:
            texts.addWidget(self.description)
        else:
            self.description.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        row.addWidget(self.chosen_label, 0, Qt.AlignmentFlag.AlignTop)
        name = f"{title}. {description}" if description else title
        self.setAccessibleName(name)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _show_state(self, on: bool) -> None:
        self.mark.setText(MARK_ON if on else MARK_OFF)
        self.chosen_label.setText(self.tr("✔ gekozen") if on else "")
        self.chosen.emit(on)

    def spoken_text(self) -> str:
        return f"{self.title_text}. {self.description_text}".strip(". ")

    # A layout inside a push button: let the layout decide the size.
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalHeightForWidth(width)


__all__ = [
    "LARGER_TEXT",
    "NORMAL_TEXT",
    "STYLE",
    "BigButton",
    "CheckBox",
    "ChoiceBox",
    "ChoiceButton",
    "HeadingLabel",
    "QuestionGroup",
    "ReadButton",
    "TextSizer",
    "announce",
    "arrow_keys_text",
    "big_button",
    "check_only",
    "fit_text_box",
    "install_accessibility",
    "label",
    "make_answers",
    "position_name",
    "read_button",
    "show_status",
    "text_box",
]
