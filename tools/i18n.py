"""Refresh the translation sources and build the compiled translations.

    python tools/i18n.py              # lupdate (refresh .ts) and lrelease (build .qm)
    python tools/i18n.py --release    # only lrelease

lupdate reads every self.tr(...) and QCoreApplication.translate(...) in
src/eigenkracht/ui/**/*.py and updates resources/i18n/eigenkracht_<lang>.ts,
keeping the translations already made. lrelease compiles each .ts into
src/eigenkracht/resources/i18n/eigenkracht_<lang>.qm, which the program loads.
The source texts are Dutch; see docs/translating.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "eigenkracht" / "ui"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "eigenkracht" / "resources" / "i18n"
SOURCE_LANGUAGE = "nl_NL"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def find_tool(name: str) -> str:
    """pyside6-<name> next to this Python, on PATH, or the binary in the PySide6 package."""
    suffix = ".exe" if sys.platform == "win32" else ""
    scripts = Path(sys.executable).parent
    candidates = [scripts / f"pyside6-{name}{suffix}", scripts / "Scripts" / f"pyside6-{name}.exe"]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / f"{name}{suffix}", package / "Qt" / "libexec" / f"{name}{suffix}"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install pyside6-essentials")


def run(command: list[str]) -> None:
    print("$", " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)))
    subprocess.run(command, check=True)


def update() -> None:
    lupdate = find_tool("lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        ts = TS_DIR / f"eigenkracht_{language}.ts"
        command = [lupdate, *sources, "-no-obsolete", "-locations", "none"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", locale]
        command += ["-ts", str(ts.relative_to(ROOT))]
        run(command)


def release() -> None:
    lrelease = find_tool("lrelease")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TS_DIR / f"eigenkracht_{language}.ts"
        qm = QM_DIR / f"eigenkracht_{language}.qm"
        run([lrelease, str(ts.relative_to(ROOT)), "-qm", str(qm.relative_to(ROOT))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    sys.exit(main())
