"""Typed settings over QSettings, declared once.

Every setting is a class attribute of `Settings` with its type and default; no
string keys anywhere else. Preferences (what the user chooses) live in the
``preferences`` group, remembered UI state in ``state``. Nothing here may hold
client data: settings files are plain text.

    settings = Settings()                    # the user's settings
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))   # in tests
    settings.idle_lock_minutes = 5
    Settings.idle_lock_minutes.key           # "preferences/idle_lock_minutes"
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


class Setting(Generic[T]):
    """One setting: a typed descriptor with a default and a group."""

    def __init__(self, default: T, *, group: str = "preferences") -> None:
        self.default: T = default
        self.group = group
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def key(self) -> str:
        return f"{self.group}/{self.name}"

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        return self.convert(obj.qsettings.value(self.key))

    def __set__(self, obj: Settings, value: T) -> None:
        if not isinstance(value, type(self.default)):
            raise TypeError(f"{self.name} takes {type(self.default).__name__}")
        obj.qsettings.setValue(self.key, value)

    def convert(self, raw: Any) -> T:
        """The stored value as T; the default when missing or unreadable."""
        if raw is None:
            return self.default
        kind = type(self.default)
        try:
            if isinstance(self.default, bool):
                if isinstance(raw, str):
                    return raw.strip().lower() in ("true", "1", "yes")
                return bool(raw)
            return kind(raw)
        except (TypeError, ValueError):
            return self.default


class Settings:
    """The program's settings. Construct one over a QSettings (default: the user's)."""

    # preferences
    idle_lock_minutes = Setting(10)  # 0 turns the idle lock off
    language = Setting("nl")  # "nl" or "en"
    # The worker's own name: shown as the worker and the default coordinator of a new
    # case (the OS login when empty, `worker_name_or`). Per OS user, not per database:
    # it names the person at the keyboard, who is also the OS account the access log
    # records; a database is handed over, restored or opened by a colleague, and must
    # not then call them by someone else's name. The worker's name is not client data,
    # and the settings file is the user's only (app.keep_private). The access log keeps
    # the OS account as its "who": a name typed here is a label, not an identity.
    worker_name = Setting("")
    # Remind in the status bar when the last backup is older than this (0: never).
    backup_reminder_days = Setting(7)
    # remembered state
    last_database = Setting("", group="state")
    backup_folder = Setting("", group="state")  # where the last backup was written
    worker_name_asked = Setting(False, group="state")  # the new-case dialog asked it once
    # Where the windows were and how large (QWidget.saveGeometry as base64), put back on
    # the screen they open on (ui/widgets/screen.py).
    main_window_geometry = Setting("", group="state")
    citizen_window_geometry = Setting("", group="state")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    @classmethod
    def declared(cls) -> dict[str, Setting[Any]]:
        return {name: s for name, s in vars(cls).items() if isinstance(s, Setting)}

    def worker_name_or(self, fallback: str) -> str:
        """The worker's own name, or `fallback` (the OS login) when none is set."""
        return " ".join(self.worker_name.split()) or fallback

    def reset(self, name: str) -> None:
        self.qsettings.remove(self.declared()[name].key)

    def sync(self) -> None:
        self.qsettings.sync()


__all__ = ["Setting", "Settings"]
