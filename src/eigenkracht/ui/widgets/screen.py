"""Windows that fit the screen they open on (design.md: a laptop's 1366×768 at 100 % and 150 %)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame, which availableGeometry() leaves in.
FRAME_ALLOWANCE = 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, or to the free area of its screen where that is
    smaller, so that no button opens below the bottom edge of a laptop screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - FRAME_ALLOWANCE)
    window.resize(max(width, 1), max(height, 1))
