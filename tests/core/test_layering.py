"""design.md: core/ imports nothing of Qt, matplotlib, reportlab or SQLite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import eigenkracht

PACKAGE = Path(eigenkracht.__file__).parent
FORBIDDEN_IN_CORE = ("PySide6", "matplotlib", "reportlab", "sqlite3", "sqlcipher3", "sqlite_utils")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_sources_import_no_gui_pdf_or_database() -> None:
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN_IN_CORE:
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_core_loads_none_of_them() -> None:
    code = (
        "import sys, pkgutil, importlib, eigenkracht.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('eigenkracht.core.' + m.name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN_IN_CORE!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_store_does_not_import_qt_or_charts() -> None:
    for layer in ("store", "exchange"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_modules(path):
                assert name.split(".")[0] not in ("PySide6", "matplotlib", "reportlab"), path


def test_ui_writes_no_sql() -> None:
    """The UI calls store operations; it never touches the connection itself."""
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for name in imported_modules(path):
            assert name.split(".")[0] not in ("sqlite3", "sqlcipher3", "sqlite_utils"), path
        text = path.read_text(encoding="utf-8")
        assert ".execute(" not in text, path
        assert ".query(" not in text, path
