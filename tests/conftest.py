"""Shared fixtures: a real encrypted database in tmp_path (cheap Argon2id), its
repository, and the Qt helpers. Keep this small; feature fixtures belong beside their
tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store
    from eigenkracht.store.repository import Repository

DEMO_PASSPHRASE = "demo-demo-demo"


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Cheap Argon2id parameters (with a fresh salt) so tests do not wait for the KDF."""
    from support import cheap_kdf

    return cheap_kdf()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where `store` makes its database."""
    return tmp_path / "wijkteam.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A new, empty encrypted database at db_path, open; closed after the test."""
    from eigenkracht.store.database import create_database
    from support import PASSPHRASE, cheap_kdf

    s = create_database(db_path, PASSPHRASE, worker="s.bakker", kdf_params=cheap_kdf())
    yield s
    s.close()


@pytest.fixture
def repo(store: Store) -> Repository:
    from eigenkracht.store.repository import Repository

    return Repository(store, origin="test")


@pytest.fixture
def demo_passphrase() -> str:
    return DEMO_PASSPHRASE


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type text into a widget with one key event per character.

    qtbot.keyClicks with characters such as é, ë, ĳ or € can kill the process;
    sending each character as its own key event with explicit text does not."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    qtbot.wait(0)


@pytest.fixture(name="type_text")
def type_text_fixture() -> Any:
    """The type_text helper as a fixture: type_text(qtbot, widget, "café €")."""
    return type_text


@pytest.fixture
def qsettings(tmp_path: Any) -> Any:
    """A QSettings in a temporary ini file, never the user's own settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
