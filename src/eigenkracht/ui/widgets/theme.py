"""How the program looks whatever the system theme: always the Fusion style, with the
system's colours made readable.

A platform theme decides the palette, and some give controls no visible edge: GTK's
Adwaita gives Button = Base = Window and Mid white, so buttons, answer buttons and
fields had a border of 1.05:1 against the window; its dark variant 1.1:1; Fusion's own
outline (the window colour darker by 40 %) is about 2:1. WCAG 2.1 asks 3:1 for what
identifies a control (1.4.11) and 4.5:1 for text (1.4.3).

`apply_theme(app)` therefore
- sets the Fusion style (the same drawing on every platform) wrapped in ContrastStyle,
  which draws the outline of buttons, fields, drop-down lists, check boxes, radio
  buttons, frames, menus, tabs, scroll bars and progress bars in `border_colour(palette)`
  (at least 3:1 against the window and the field background) and the keyboard focus
  as a 3-pixel ring in the highlight (3:1 against window, fields and button faces); a
  pressed-in toggle button gets a bar in that colour along its bottom;
- takes the system's palette (light, dark, high contrast) and makes it readable
  (`readable_palette`): every text colour at least 4.5:1 on its background, Mid (the
  border colour the citizen window's style sheets use) at least 3:1, the highlight
  at least 3:1 against the window with its text at 4.5:1;
- follows the system when it switches between light and dark while the program runs.

In high-contrast mode (the system says so, or its palette is pure black and white) the
borders are the text colour itself.
Colours that are fixed in code are checked with `readable_on` (see `message_style`).
Nothing here changes which colours a theme chose where they were readable already.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

TEXT_CONTRAST = 4.5  # WCAG 1.4.3
BORDER_CONTRAST = 3.0  # WCAG 1.4.11
# Aimed a little higher: drawing rounds and blends, and Fusion lightens button faces.
TEXT_TARGET = 4.8
BORDER_TARGET = 3.3

ERROR_COLOUR = "#b00020"
SUCCESS_COLOUR = "#1b5e20"

_ROLE = QPalette.ColorRole
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
# (text, background): every pair a user reads.
_TEXT_PAIRS = (
    (_ROLE.WindowText, _ROLE.Window),
    (_ROLE.Text, _ROLE.Base),
    (_ROLE.Text, _ROLE.AlternateBase),
    (_ROLE.ButtonText, _ROLE.Button),
    (_ROLE.ToolTipText, _ROLE.ToolTipBase),
    (_ROLE.PlaceholderText, _ROLE.Base),
    (_ROLE.Link, _ROLE.Base),
    (_ROLE.LinkVisited, _ROLE.Base),
)


# -- colour arithmetic (WCAG 2.1) ---------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour: 0 (black) to 1 (white)."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = luminance(one), luminance(other)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """`one` moved `amount` (0 to 1) of the way to `other`, opaque."""
    return QColor(
        round(one.red() + (other.red() - one.red()) * amount),
        round(one.green() + (other.green() - one.green()) * amount),
        round(one.blue() + (other.blue() - one.blue()) * amount),
    )


def opaque(colour: QColor, background: QColor) -> QColor:
    """A colour with transparency as it looks on `background`."""
    return (
        mix(background, QColor(colour.rgb()), colour.alphaF()) if colour.alpha() < 255 else colour
    )


def _extreme(background: QColor) -> QColor:
    """Black or white, whichever stands out more on `background`."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast(black, background) >= contrast(white, background) else white


def readable_on(colour: QColor, backgrounds: QColor | list[QColor], ratio: float) -> QColor:
    """`colour` itself when it has `ratio` against every background, otherwise the
    nearest colour towards black or white that has (or black/white itself)."""
    grounds = backgrounds if isinstance(backgrounds, list) else [backgrounds]
    base = opaque(colour, grounds[0])

    def good(candidate: QColor) -> bool:
        return all(contrast(candidate, ground) >= ratio for ground in grounds)

    if good(base):
        return base
    ends = [QColor(0, 0, 0), QColor(255, 255, 255)]
    ends.sort(key=lambda end: -min(contrast(end, ground) for ground in grounds))
    for end in ends:
        for step in range(1, 51):
            candidate = mix(base, end, step / 50)
            if good(candidate):
                return candidate
    return ends[0]


def high_contrast_wanted() -> bool:
    """Whether the system asks for high contrast (Qt 6.10 and later can tell)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def looks_high_contrast(palette: QPalette) -> bool:
    """A palette of (nearly) pure black and white, as Windows' high-contrast themes and
    GTK's HighContrast give it (#fefefd, where Adwaita has #faf9f8)."""
    window = palette.color(_ROLE.Window)
    text = opaque(palette.color(_ROLE.WindowText), window)
    light = luminance(window)
    return contrast(window, text) >= 19 and (light <= 0.003 or light >= 0.985)


@lru_cache(maxsize=64)
def _border_rgb(window: int, text: int, base: int, strong: bool) -> int:
    window_colour, text_colour, base_colour = QColor(window), QColor(text), QColor(base)
    if strong:
        return text_colour.rgb()
    for step in range(1, 51):
        candidate = mix(window_colour, text_colour, step / 50)
        if (
            contrast(candidate, window_colour) >= BORDER_TARGET
            and contrast(candidate, base_colour) >= BORDER_TARGET
        ):
            return candidate.rgb()
    return readable_on(text_colour, [window_colour, base_colour], BORDER_TARGET).rgb()


def border_colour(palette: QPalette, strong: bool = False) -> QColor:
    """The edge of a control: from the window colour towards the text colour, just far
    enough for 3:1 against the window and against a field's background; the text colour
    itself when `strong` (high contrast)."""
    window = palette.color(_ROLE.Window)
    text = opaque(palette.color(_ROLE.WindowText), window)
    return QColor(_border_rgb(window.rgb(), text.rgb(), palette.color(_ROLE.Base).rgb(), strong))


@lru_cache(maxsize=64)
def _focus_rgb(highlight: int, window: int, base: int, button: int) -> int:
    # Fusion paints a button's face up to a third lighter than the Button colour.
    grounds = [QColor(window), QColor(base), QColor(button), QColor(button).lighter(135)]
    return readable_on(QColor(highlight), grounds, BORDER_TARGET).rgb()


def focus_colour(palette: QPalette) -> QColor:
    """The keyboard focus ring: the highlight, at 3:1 against the window, fields and
    button faces."""
    return QColor(
        _focus_rgb(
            palette.color(_ROLE.Highlight).rgb(),
            palette.color(_ROLE.Window).rgb(),
            palette.color(_ROLE.Base).rgb(),
            palette.color(_ROLE.Button).rgb(),
        )
    )


def _highlight_pair(
    highlight: QColor, text: QColor, window: QColor, base: QColor
) -> tuple[QColor, QColor]:
    """A highlight at 3:1 against window and base, with its text at 4.5:1 on it."""
    grounds = [window, base]

    def fine(back: QColor, fore: QColor) -> bool:
        return contrast(fore, back) >= TEXT_TARGET and all(
            contrast(back, ground) >= BORDER_TARGET for ground in grounds
        )

    if fine(highlight, text):
        return highlight, text
    for fore in (text, QColor(255, 255, 255), QColor(0, 0, 0)):
        away = QColor(0, 0, 0) if luminance(fore) > 0.5 else QColor(255, 255, 255)
        for step in range(0, 51):
            back = mix(highlight, away, step / 50)
            if fine(back, fore):
                return back, fore
    back = readable_on(highlight, grounds, BORDER_TARGET)
    return back, _extreme(back)


def readable_palette(palette: QPalette, strong: bool | None = None) -> QPalette:
    """`palette` with every text readable, borders and the highlight visible."""
    strong = high_contrast_wanted() if strong is None else strong
    result = QPalette(palette)
    # A window without the focus keeps its colours: GTK greys an inactive window's
    # text (#919190 on #323232), and what stays on screen is still read.
    active, inactive = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
    for role in QPalette.ColorRole:
        if role != _ROLE.NColorRoles:
            result.setColor(inactive, role, result.color(active, role))
    for group in _GROUPS:
        for fore, back in _TEXT_PAIRS:
            background = result.color(group, back)
            colour = result.color(group, fore)
            fixed = readable_on(colour, background, TEXT_TARGET)
            if fixed.rgb() != opaque(colour, background).rgb() or colour.alpha() < 255:
                result.setColor(group, fore, fixed)
        window, base = result.color(group, _ROLE.Window), result.color(group, _ROLE.Base)
        text = result.color(group, _ROLE.WindowText)
        edge = QColor(
            _border_rgb(window.rgb(), text.rgb(), base.rgb(), strong)
        )  # what style sheets call palette(mid)
        result.setColor(group, _ROLE.Mid, edge)
        highlight, highlighted_text = _highlight_pair(
            result.color(group, _ROLE.Highlight),
            result.color(group, _ROLE.HighlightedText),
            window,
            base,
        )
        result.setColor(group, _ROLE.Highlight, highlight)
        result.setColor(group, _ROLE.HighlightedText, highlighted_text)
        # The citizen window's chosen number has a border in palette(shadow).
        if contrast(result.color(group, _ROLE.Shadow), highlight) < BORDER_CONTRAST:
            result.setColor(group, _ROLE.Shadow, _extreme(highlight))
    return result


def muted_text(palette: QPalette) -> QColor:
    """Text that steps back (a person no longer on the map) yet stays readable: the
    text colour moved towards the field background as far as 4.5:1 allows."""
    text, base = palette.color(_ROLE.Text), palette.color(_ROLE.Base)
    colour = opaque(text, base)
    for step in range(1, 51):
        candidate = mix(text, base, step / 50)
        if contrast(candidate, base) < TEXT_TARGET:
            break
        colour = candidate
    return colour


def message_style(name: str, colour: str, palette: QPalette) -> str:
    """A style sheet for a bold QLabel#name in a signal colour (an error's red, a
    success's green), made readable on the palette's window (red on dark grey is not)."""
    readable = readable_on(QColor(colour), palette.color(_ROLE.Window), TEXT_TARGET)
    return f"QLabel#{name} {{ color: {readable.name()}; font-weight: bold; }}"


# -- the style ------------------------------------------------------------------------

_PE = QStyle.PrimitiveElement
_STATE = QStyle.StateFlag


class ContrastStyle(QProxyStyle):
    """Fusion, with outlines and the keyboard focus that stand out (see the module)."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.strong = high_contrast_wanted()

    def _pens(self, option: QStyleOption) -> tuple[QColor, QColor]:
        return border_colour(option.palette, self.strong), focus_colour(option.palette)

    @staticmethod
    def _keyboard_focus(option: QStyleOption) -> bool:
        state = option.state
        return bool(state & _STATE.State_HasFocus) and bool(
            state & _STATE.State_KeyboardFocusChange
        )

    @staticmethod
    def _ring(painter: QPainter, rect: QRectF, colour: QColor, width: float, radius: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour, width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()

    def _outline(
        self,
        painter: QPainter,
        rect: QRect,
        option: QStyleOption,
        focus: bool,
        radius: float = 2.0,
        frame: bool = False,
    ) -> None:
        """The outline over Fusion's own (which runs along the same edge). A `frame`
        (menus and views give theirs no state at all) always gets the full edge."""
        enabled = frame or bool(option.state & _STATE.State_Enabled)
        if rect.width() < 4 or rect.height() < 4 or not enabled:
            if not enabled and rect.width() >= 4:
                # A disabled control keeps a visible, quieter edge.
                edge = mix(option.palette.color(_ROLE.Window), border_colour(option.palette), 0.6)
                self._ring(painter, QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), edge, 1, radius)
            return
        edge, ring = self._pens(option)
        outer = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if focus:  # three pixels: over the edge, Fusion's inner line and the face
            self._ring(painter, outer.adjusted(1, 1, -1, -1), ring, 3, radius)
        else:
            self._ring(painter, outer, edge, 1, radius)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        rect = option.rect
        if element == _PE.PE_PanelButtonCommand:
            # Fusion draws the button one pixel lower than its rectangle's top.
            self._outline(painter, rect.adjusted(0, 1, 0, 0), option, self._keyboard_focus(option))
            if option.state & _STATE.State_On and option.state & _STATE.State_Enabled:
                self._chosen(painter, rect, option)
        elif element == _PE.PE_FrameLineEdit:
            self._outline(painter, rect, option, bool(option.state & _STATE.State_HasFocus))
        elif element in (_PE.PE_Frame, _PE.PE_FrameTabWidget, _PE.PE_FrameMenu, _PE.PE_PanelMenu):
            self._outline(painter, rect, option, False, radius=0.0, frame=True)
        elif element in (_PE.PE_IndicatorCheckBox, _PE.PE_IndicatorItemViewItemCheck):
            self._outline(painter, rect, option, self._keyboard_focus(option), radius=0.0)
        elif element == _PE.PE_IndicatorRadioButton:
            self._radio(painter, option)
        elif element == _PE.PE_FrameFocusRect and option.state & _STATE.State_KeyboardFocusChange:
            ring = focus_colour(option.palette)
            self._ring(painter, QRectF(rect).adjusted(1, 1, -1, -1), ring, 2, 2.0)

    def _chosen(self, painter: QPainter, rect: QRect, option: QStyleOption) -> None:
        """A pressed-in toggle button ("Per leefgebied"): Fusion's slightly darker face is
        1.2:1, so a bar along the bottom in the focus colour tells it is chosen."""
        bar = max(3, rect.height() // 8)
        inner = rect.adjusted(3, 0, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(
            QRect(inner.left(), inner.bottom() - bar + 1, inner.width(), bar),
            focus_colour(option.palette),
        )
        painter.restore()

    def _radio(self, painter: QPainter, option: QStyleOption) -> None:
        edge, ring = self._pens(option)
        if not option.state & _STATE.State_Enabled:
            edge = mix(option.palette.color(_ROLE.Window), edge, 0.6)
        focus = self._keyboard_focus(option)
        rect = QRectF(option.rect)
        width = 2.0 if focus else 1.2
        radius = min(rect.width(), rect.height()) / 2 - width / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(ring if focus else edge, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.center(), radius, radius)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.frame:  # type: ignore[attr-defined]
            focus = bool(option.state & _STATE.State_HasFocus)
            self._outline(painter, option.rect, option, focus)
        elif control == QStyle.ComplexControl.CC_ScrollBar and widget is not None:
            # The handle: Fusion's is the window colour darker, lost on black or dark grey.
            handle = self.subControlRect(
                control, option, QStyle.SubControl.SC_ScrollBarSlider, widget
            )
            if handle.isValid():
                self._outline(painter, handle, option, False)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove:
            self._outline(painter, option.rect, option, False)
        elif element == QStyle.ControlElement.CE_TabBarTabShape and isinstance(
            option, QStyleOptionTab
        ):
            self._tab(painter, option)

    def _tab(self, painter: QPainter, option: QStyleOptionTab) -> None:
        """A tab on top (the program has no others): its left, top and right edge; the
        bottom is the page's frame."""
        if option.shape not in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.TriangularNorth):
            return
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, 0)
        if not option.state & _STATE.State_Selected:
            rect.adjust(0, 2, 0, 0)  # Fusion draws the other tabs lower
        edge = border_colour(option.palette, self.strong)
        if not option.state & _STATE.State_Enabled:
            edge = mix(option.palette.color(_ROLE.Window), edge, 0.6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(edge, 1))
        painter.drawPolyline(
            [rect.bottomLeft(), rect.topLeft(), rect.topRight(), rect.bottomRight()]
        )
        painter.restore()


# -- the application ----------------------------------------------------------------


class _Follower(QObject):
    """Makes the palette readable again when the system switches light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.refresh)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.refresh)

    def refresh(self, *_: object) -> None:
        self.app.setPalette(QPalette())  # back to the system's palette
        apply_theme(self.app, follow=False)


def apply_theme(app: QApplication, palette: QPalette | None = None, follow: bool = True) -> None:
    """Fusion with readable colours for the whole program. `palette`: the colours to
    start from (tests); by default the system's."""
    style = ContrastStyle()
    app.setStyle(style)
    start = QPalette(palette) if palette is not None else app.palette()
    style.strong = style.strong or looks_high_contrast(start)
    app.setPalette(readable_palette(start, style.strong))
    if follow and palette is None and app.findChild(_Follower) is None:
        _Follower(app)


__all__ = [
    "BORDER_CONTRAST",
    "ERROR_COLOUR",
    "SUCCESS_COLOUR",
    "TEXT_CONTRAST",
    "ContrastStyle",
    "apply_theme",
    "border_colour",
    "contrast",
    "focus_colour",
    "high_contrast_wanted",
    "looks_high_contrast",
    "luminance",
    "message_style",
    "mix",
    "muted_text",
    "readable_on",
    "readable_palette",
]
