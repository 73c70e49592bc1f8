"""Where eigenkracht keeps its per-user files.

A module of its own, importing nothing but the standard library, so that the start
of the process (eigenkracht.startup) can find the data folder without importing the
instrument loader.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Final

DATA_DIR_ENV: Final = "EIGENKRACHT_DATA_DIR"


def data_root(platform: str, env: Mapping[str, str], home: Path) -> Path:
    """The data folder for a platform, environment and home folder."""
    override = env.get(DATA_DIR_ENV, "")
    if override:
        return Path(override).expanduser()
    if platform == "win32":
        appdata = env.get("APPDATA", "")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / "eigenkracht"


def user_data_dir() -> Path:
    """Per-user data folder for eigenkracht (not created here).

    `$EIGENKRACHT_DATA_DIR` if set; else Linux `$XDG_DATA_HOME/eigenkracht` (default
    `~/.local/share/eigenkracht`), macOS `~/Library/Application Support/eigenkracht`,
    Windows `%APPDATA%\\eigenkracht`.
    """
    return data_root(sys.platform, os.environ, Path.home())


__all__ = ["DATA_DIR_ENV", "data_root", "user_data_dir"]
