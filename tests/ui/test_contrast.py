"""Contrast of the rendered windows under the system themes people have (issue 13 point 7).

The program's theme (ui/widgets/theme.py) is applied to palettes measured from real
platform themes: Fusion's own light palette, GTK's Adwaita and Adwaita dark as Qt's gtk3
platform theme gives them (Button = Base = Window, Mid white: controls had no visible
edge), and a Windows-like high-contrast palette (black window, white text). Then the
main window (on the demo households, in a real encrypted database) and the citizen
window are shown, grabbed, and for every visible button, answer button, field, drop-down
list, check box and radio button the pixels are measured with the WCAG 2.1 formula:

- its edge against the background just outside it: at least 3:1 (WCAG 1.4.11) on every
  side (a filled control counts: its fill is its edge); 7:1 in high contrast, where the
  edges are the text colour or the highlight;
- its text against the control's own background: at least 4.5:1 (WCAG 1.4.3);
- the keyboard focus: the focused control differs from the unfocused one by 3:1 somewhere
  along its edge (a visible ring, WCAG 2.4.7).

Without the theme (Qt's defaults under GTK) the Adwaita palettes fail all three.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from eigenkracht.ui.widgets.theme import apply_theme, contrast, muted_text

BORDER = 3.0
TEXT = 4.5
# A high-contrast system gets edges in the text colour itself (white on black: 21:1) or
# its highlight (cyan: 14.4:1), not the 3:1 grey of other palettes.
STRONG_BORDER = {"high-contrast": 7.0}
CASE = "EK-2026-0005"
TODAY = dt.date(2026, 11, 20)

_R = QPalette.ColorRole
# Palettes as Qt's gtk3 platform theme reports them (PySide6 6.11, GTK 3.24, measured
# under Xvfb with GTK_THEME=Adwaita and Adwaita:dark); the inactive window's text is
# GTK's "backdrop" grey.
ADWAITA = {
    _R.Window: "#faf9f8", _R.WindowText: "#000000", _R.Base: "#faf9f8",
    _R.AlternateBase: "#eae9e8", _R.Text: "#000000", _R.Button: "#faf9f8",
    _R.ButtonText: "#000000", _R.Light: "#ffffff", _R.Midlight: "#ffffff",
    _R.Mid: "#ffffff", _R.Dark: "#dbdada", _R.Shadow: "#0c0c0c", _R.Highlight: "#3584e4",
    _R.HighlightedText: "#ffffff", _R.PlaceholderText: "#646464", _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#000000", _R.Link: "#0000ff",
}  # fmt: skip
ADWAITA_DARK = {
    _R.Window: "#323232", _R.WindowText: "#ffffff", _R.Base: "#323232",
    _R.AlternateBase: "#2f2f2f", _R.Text: "#ffffff", _R.Button: "#323232",
    _R.ButtonText: "#ffffff", _R.Light: "#3e3e3e", _R.Midlight: "#383838",
    _R.Mid: "#383838", _R.Dark: "#2c2c2c", _R.Shadow: "#020202", _R.Highlight: "#15539e",
    _R.HighlightedText: "#ffffff", _R.PlaceholderText: "#9b9b9b", _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#000000", _R.Link: "#308cc6",
}  # fmt: skip
HIGH_CONTRAST = {  # as Windows' "High Contrast Black"
    _R.Window: "#000000", _R.WindowText: "#ffffff", _R.Base: "#000000",
    _R.AlternateBase: "#000000", _R.Text: "#ffffff", _R.Button: "#000000",
    _R.ButtonText: "#ffffff", _R.Light: "#ffffff", _R.Midlight: "#000000",
    _R.Mid: "#808080", _R.Dark: "#808080", _R.Shadow: "#000000", _R.Highlight: "#1aebff",
    _R.HighlightedText: "#000000", _R.PlaceholderText: "#ffffff", _R.ToolTipBase: "#000000",
    _R.ToolTipText: "#ffffff", _R.Link: "#ffff00",
}  # fmt: skip


def _palette(colours: dict[QPalette.ColorRole, str], backdrop: str | None = None) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    if backdrop is not None:
        palette.setColor(QPalette.ColorGroup.Inactive, _R.WindowText, QColor(backdrop))
    return palette


def _fusion_light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


PALETTES = {
    "fusion-light": _fusion_light,
    "gtk-adwaita": lambda: _palette(ADWAITA, "#8b8e8f"),
    "gtk-adwaita-dark": lambda: _palette(ADWAITA_DARK, "#919190"),
    "high-contrast": lambda: _palette(HIGH_CONTRAST),
}


@pytest.fixture(autouse=True, params=sorted(PALETTES))
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The program's theme on one of the palettes; Qt's defaults back afterwards."""
    before_style = qapp.style().name() or "Fusion"  # a ContrastStyle has no name
    before = QPalette(qapp.palette())
    apply_theme(qapp, PALETTES[request.param]())
    yield request.param
    qapp.setStyle(QStyleFactory.create(before_style))
    qapp.setPalette(before)


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    return demo_db_path


# -- measuring -------------------------------------------------------------------------


class Shot:
    """One grab of a window, with the WCAG colour measurements on it."""

    def __init__(self, window: QWidget) -> None:
        QApplication.processEvents()
        self.window = window
        self.image: QImage = window.grab().toImage()
        self.ratio = self.image.devicePixelRatio()

    def colour(self, x: int, y: int) -> QColor:
        px = round(x * self.ratio)
        py = round(y * self.ratio)
        px = max(0, min(px, self.image.width() - 1))
        py = max(0, min(py, self.image.height() - 1))
        return QColor(self.image.pixel(px, py))

    def rect_of(self, widget: QWidget, inner: QRect | None = None) -> QRect:
        local = inner if inner is not None else widget.rect()
        return QRect(widget.mapTo(self.window, local.topLeft()), local.size())

    def edge(self, rect: QRect, depth: int = 4, gap: int = 2) -> float:
        """The weakest side. Across each side at five places (a dashed border has gaps),
        the strongest contrast between the pixel `gap` outside the rectangle and the
        first `depth` pixels inside it."""
        worst = 21.0
        for side in range(4):
            best = 1.0
            for fifth in (0.3, 0.4, 0.5, 0.6, 0.7):
                x = round(rect.left() + fifth * rect.width())
                y = round(rect.top() + fifth * rect.height())
                outside, inside = {
                    0: ((rect.left() - gap, y), [(rect.left() + i, y) for i in range(depth)]),
                    1: ((rect.right() + gap, y), [(rect.right() - i, y) for i in range(depth)]),
                    2: ((x, rect.top() - gap), [(x, rect.top() + i) for i in range(depth)]),
                    3: ((x, rect.bottom() + gap), [(x, rect.bottom() - i) for i in range(depth)]),
                }[side]
                around = self.colour(*outside)
                best = max(best, *(contrast(around, self.colour(*p)) for p in inside))
            worst = min(worst, best)
        return worst

    def text(self, rect: QRect) -> float:
        """The text in `rect` against the most common colour there (its background)."""
        colours: Counter[int] = Counter()
        for y in range(rect.top(), rect.bottom() + 1):
            for x in range(rect.left(), rect.right() + 1):
                colours[self.colour(x, y).rgb()] += 1
        if len(colours) < 2:
            return 0.0
        background = QColor(colours.most_common(1)[0][0])
        return max(contrast(background, QColor(rgb)) for rgb in colours)


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _controls(window: QWidget) -> list[QWidget]:
    """Enabled controls that are entirely on screen (not scrolled out, not hidden)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QToolButton) and widget.autoRaise():
            continue  # tool bar buttons have no frame on any platform
        if isinstance(widget, QPushButton) and widget.isFlat():
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box: the box's edge counts
        if widget.visibleRegion().boundingRect() != widget.rect():
            continue
        if widget.width() < 8 or widget.height() < 8:
            continue
        found.append(widget)
    return found


def _indicator(widget: QWidget) -> QRect | None:
    """The box of a check box or the circle of a radio button, in the widget."""
    if not isinstance(widget, QCheckBox | QRadioButton):
        return None
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget)


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    name = widget.accessibleName() or text
    return f"{type(widget).__name__} {widget.objectName()!r} {name[:40]!r}"


def problems(window: QWidget, where: str, border: float = BORDER) -> list[str]:
    """Every control in `window` whose edge or text is below the WCAG ratio."""
    shot = Shot(window)
    found: list[str] = []
    controls = _controls(window)
    assert controls, f"{where}: no controls measured"
    for widget in controls:
        indicator = _indicator(widget)
        if indicator is not None:
            edge = shot.edge(shot.rect_of(widget, indicator), depth=3, gap=1)
            label = widget.rect().adjusted(indicator.right() + 3, 0, 0, 0)
            text = shot.text(shot.rect_of(widget, label)) if widget.text() else 21.0
        else:
            rect = shot.rect_of(widget)
            # Fusion's push buttons start a pixel lower than their rectangle.
            top = 1 if isinstance(widget, QPushButton) else 0
            edge = shot.edge(rect.adjusted(0, top, 0, 0))
            has_text = bool(
                widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else True
            )
            text = shot.text(rect.adjusted(5, 5, -5, -5)) if has_text else 21.0
        if edge < border:
            found.append(f"{where}: {describe(widget)} edge {edge:.2f}:1")
        if text < TEXT:
            found.append(f"{where}: {describe(widget)} text {text:.2f}:1")
    return found


def focus_ring(qtbot: Any, window: QWidget, widget: QWidget) -> float:
    """How much the keyboard focus changes the control's edge: the strongest contrast
    between the focused and the unfocused pixel, along the middle of each side."""
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.wait(0)
    before = Shot(window)
    # Reach it with the keyboard (Tab away and Shift+Tab back): after a Tab, styles
    # draw the focus ring (Qt sets WA_KeyboardFocusChange on the window).
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(widget.hasFocus)
    after = Shot(window)
    rect = after.rect_of(widget)
    cx, cy = rect.center().x(), rect.center().y()
    points = [(rect.left() + i, cy) for i in range(-3, 5)] + [
        (cx, rect.top() + i) for i in range(-3, 5)
    ]
    return max(contrast(before.colour(*p), after.colour(*p)) for p in points)


# -- the windows -------------------------------------------------------------------------


def test_main_window(window: Any, qtbot: Any, theme: str) -> None:
    """The case list, a case's overview and the life-domain step of a conversation."""
    window.activateWindow()
    border = STRONG_BORDER.get(theme, BORDER)
    found = problems(window, "case list", border)
    # The selected case: the highlight's text (Fusion's white on #308cc6 was 3.6:1).
    table = window.workspace.cases.view
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.selectRow(0)
    shot = Shot(window)
    cell = table.visualRect(table.model().index(0, 1))
    selected = shot.text(QRect(table.viewport().mapTo(window, cell.topLeft()), cell.size()))
    if selected < TEXT:
        found.append(f"case list: selected row text {selected:.2f}:1")
    workspace = window.workspace
    case = workspace.repo.find_case(CASE)
    workspace.open_case(case.id)
    found += problems(window, "case overview", border)
    workspace.overview.resumeConversation.emit(workspace.overview.latest.id)
    view = workspace.conversation
    from eigenkracht.ui.conversation import Page

    for page in (Page.START, Page.DOMAINS):
        view.goto(page, check=False)
        found += problems(window, f"conversation {page.name.lower()}", border)
    # Which of "Per leefgebied" / "Alle leefgebieden in één tabel" is chosen must show:
    # along the bottom inside (below the text), the chosen one differs by 3:1 from the
    # other for most of its width (the median, so a letter's tail does not count).
    domains = view.pages[Page.DOMAINS]
    chosen, other = domains.detail_button, domains.table_button
    assert chosen.isChecked() and not other.isChecked()
    shot = Shot(window)
    one, two = shot.rect_of(chosen), shot.rect_of(other)
    along = sorted(
        contrast(
            shot.colour(one.left() + x, one.bottom() - 3),
            shot.colour(two.left() + x, two.bottom() - 3),
        )
        for x in range(6, min(one.width(), two.width()) - 6)
    )
    state = along[len(along) // 2]
    if state < BORDER:
        found.append(f"domains: chosen mode button differs {state:.2f}:1")
    assert not found, f"{theme}:\n" + "\n".join(found)


def test_main_window_focus(window: Any, qtbot: Any, theme: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.workspace.cases
    button = next(b for b in page.findChildren(QPushButton) if b.isVisible() and b.isEnabled())
    search = next(e for e in page.findChildren(QLineEdit) if e.isVisible())
    for widget in (button, search):
        ring = focus_ring(qtbot, window, widget)
        assert ring >= BORDER, f"{theme}: {describe(widget)} focus {ring:.2f}:1"


@pytest.fixture
def citizen(qtbot: Any, tmp_path: Path) -> Any:
    from eigenkracht.exchange.selfassessment import KdfSettings
    from eigenkracht.ui.citizen import CitizenWindow

    window = CitizenWindow(
        draft_path=tmp_path / "concept.json",
        find_speech=False,
        today=TODAY,
        kdf=KdfSettings(time_cost=1, memory_cost_kib=32),
    )
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.draft_timer.stop()
    window.started = False
    window.close()


def test_citizen_window(citizen: Any, qtbot: Any, theme: str) -> None:
    """The welcome, the name, a question with a chosen answer, the 0-10 score with a
    chosen number, and who helps."""
    from eigenkracht.ui.citizen.pages import DomainPage, HelpersPage, WellbeingPage

    border = STRONG_BORDER.get(theme, BORDER)
    found = problems(citizen, "welkom", border)
    citizen.started = True
    wanted: list[tuple[str, int]] = [("naam", 1)]
    for index, page in enumerate(citizen.pages):
        if isinstance(page, DomainPage) and not any(n == "vraag" for n, _ in wanted):
            wanted.append(("vraag", index))
        elif isinstance(page, WellbeingPage | HelpersPage):
            wanted.append((type(page).__name__, index))
    for name, index in wanted:
        citizen.goto(index)
        page = citizen.pages[index]
        choices = [b for b in page.findChildren(QPushButton) if b.isCheckable() and b.isVisible()]
        if choices:
            qtbot.mouseClick(choices[1], Qt.MouseButton.LeftButton)
            assert choices[1].isChecked()
        found += problems(citizen, name, border)
    assert not found, f"{theme}:\n" + "\n".join(found)


def test_citizen_focus(citizen: Any, qtbot: Any, theme: str) -> None:
    from eigenkracht.ui.citizen.pages import DomainPage

    citizen.started = True
    citizen.goto(1)
    edit = next(e for e in citizen.page.findChildren(QLineEdit) if e.isVisible())
    assert (ring := focus_ring(qtbot, citizen, edit)) >= BORDER, f"{theme}: name {ring:.2f}"
    index = next(i for i, p in enumerate(citizen.pages) if isinstance(p, DomainPage))
    citizen.goto(index)
    answer = next(b for b in citizen.page.findChildren(QPushButton) if b.isCheckable())
    ring = focus_ring(qtbot, citizen, answer)
    assert ring >= BORDER, f"{theme}: answer {ring:.2f}:1"


def icon_contrast(button: QPushButton) -> float:
    """The button's icon as drawn on the screen against the button's face: the pixels
    that change when the icon is swapped for a transparent one of the same size (the
    text stays where it is), against the most common colour inside the border."""
    window = button.window()
    rect = Shot(window).rect_of(button).adjusted(5, 5, -5, -5)
    shown = Shot(window)
    icon = button.icon()
    blank = QPixmap(button.iconSize())
    blank.fill(Qt.GlobalColor.transparent)
    button.setIcon(QIcon(blank))
    bare = Shot(window)
    button.setIcon(icon)
    faces: Counter[int] = Counter()
    drawn = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            faces[bare.colour(x, y).rgb()] += 1
            if shown.colour(x, y).rgb() != bare.colour(x, y).rgb():
                drawn.append(shown.colour(x, y))
    assert drawn, f"no icon drawn on {describe(button)}"
    face = QColor(faces.most_common(1)[0][0])
    return max(contrast(face, colour) for colour in drawn)


def test_citizen_read_aloud_icon(qtbot: Any, tmp_path: Path, theme: str) -> None:
    """The speaker icon of "Lees voor" (the page's and an answer's) is drawn in the
    button's text colour: 3:1 against the button (the style's own dark grey was 1.5:1 on
    Adwaita dark)."""
    from eigenkracht.exchange.selfassessment import KdfSettings
    from eigenkracht.ui.citizen import CitizenWindow
    from eigenkracht.ui.citizen.pages import DomainPage
    from eigenkracht.ui.citizen.speech import Speaker

    class Silent(Speaker):
        name = "stil"

        def say(self, text: str) -> None:
            pass

        def stop(self) -> None:
            pass

    window = CitizenWindow(
        draft_path=tmp_path / "concept.json",
        find_speech=False,
        today=TODAY,
        kdf=KdfSettings(time_cost=1, memory_cost_kib=32),
        speaker=Silent(),
    )
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    window.goto(next(i for i, p in enumerate(window.pages) if isinstance(p, DomainPage)))
    answer = next(b for b in window.ctx.read_buttons if window.page.isAncestorOf(b))
    weak = []
    for button in (window.read_page_button, answer):
        assert button.isVisible()
        ratio = icon_contrast(button)
        if ratio < BORDER:
            weak.append(f"{describe(button)} icon {ratio:.2f}:1")
    window.started = False
    assert not weak, f"{theme}: {weak}"


def test_messages(qtbot: Any, theme: str) -> None:
    """The red of an inline message ("Vul eerst een naam in.") is readable on the window."""
    from PySide6.QtWidgets import QVBoxLayout

    from eigenkracht.ui.widgets.views import MessageLabel

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    message = MessageLabel(host)
    layout.addWidget(message)
    message.show_message("Vul eerst een naam in.")
    host.show()
    qtbot.waitExposed(host)
    shot = Shot(host)
    ratio = shot.text(shot.rect_of(message))
    assert ratio >= TEXT, f"{theme}: message {ratio:.2f}:1"


def test_palette(qapp: QApplication, theme: str) -> None:
    """The colours a style sheet or a delegate takes from the palette, in an active and
    an inactive window (GTK greys an inactive window's text: #919190 on #323232, 4.0:1)."""
    palette = qapp.palette()
    pairs = [
        (_R.WindowText, _R.Window, TEXT),
        (_R.Text, _R.Base, TEXT),
        (_R.ButtonText, _R.Button, TEXT),
        (_R.PlaceholderText, _R.Base, TEXT),
        (_R.HighlightedText, _R.Highlight, TEXT),
        (_R.Mid, _R.Window, BORDER),
        (_R.Mid, _R.Base, BORDER),
        (_R.Highlight, _R.Window, BORDER),
    ]
    # The grey of a person no longer on the network map (was Qt's darkGray: 3.0:1 on
    # Adwaita dark): readable, and still lighter than the other rows.
    muted, base = muted_text(palette), palette.color(_R.Base)
    assert contrast(muted, base) >= TEXT, f"{theme}: muted text {contrast(muted, base):.2f}"
    assert contrast(muted, base) < contrast(palette.color(_R.Text), base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fore, back, ratio in pairs:
            value = contrast(palette.color(group, fore), palette.color(group, back))
            assert value >= ratio, f"{theme} {group.name}: {fore.name} on {back.name} {value:.2f}"


def test_unlock_dialog(qtbot: Any, qsettings: Any, tmp_path: Path, theme: str) -> None:
    """The first window anyone sees: its fields, buttons and both tabs (their top, and
    the outer sides; the bottom joins the page)."""
    from eigenkracht.ui.unlock import UnlockDialog

    dialog = UnlockDialog(qsettings, path=tmp_path / "wijkteam.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    border = STRONG_BORDER.get(theme, BORDER)
    found = problems(dialog, "unlock", border)
    shot = Shot(dialog)
    bar = dialog.tabs.tabBar()
    for index in range(bar.count()):
        rect = shot.rect_of(bar, bar.tabRect(index))
        x, y = rect.center().x(), rect.center().y()
        inside = rect.top() + (0 if index == bar.currentIndex() else 2)
        sides = [((x, inside - 2), [(x, inside + i) for i in range(4)])]
        if index == 0:  # between two tabs the edge is shared
            sides.append(((rect.left() - 2, y), [(rect.left() + i, y) for i in range(4)]))
        if index == bar.count() - 1:
            sides.append(((rect.right() + 2, y), [(rect.right() - i, y) for i in range(4)]))
        for outside, pixels in sides:
            around = shot.colour(*outside)
            edge = max(contrast(around, shot.colour(*p)) for p in pixels)
            if edge < BORDER:
                found.append(f"unlock: tab {bar.tabText(index)!r} edge {edge:.2f}:1")
    assert not found, f"{theme}:\n" + "\n".join(found)


def test_menu(qtbot: Any, qapp: QApplication, theme: str) -> None:
    """A menu opens over the window in the same colours: its edge must show (Fusion's
    was 1.1:1 on Adwaita dark)."""
    from PySide6.QtWidgets import QMenu

    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    menu = QMenu(host)
    for text in ("Openen", "Opslaan", "Afsluiten"):
        menu.addAction(text)
    menu.adjustSize()  # drawn without opening it (a popup grabs the keyboard)
    image = menu.grab().toImage()
    window = qapp.palette().color(_R.Window)
    middle = image.height() // 2, image.width() // 2
    edges = [
        QColor(image.pixel(0, middle[0])),
        QColor(image.pixel(image.width() - 1, middle[0])),
        QColor(image.pixel(middle[1], 0)),
        QColor(image.pixel(middle[1], image.height() - 1)),
    ]
    worst = min(contrast(window, edge) for edge in edges)
    assert worst >= BORDER, f"{theme}: menu edge {worst:.2f}:1"
