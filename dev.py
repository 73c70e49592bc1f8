#!/usr/bin/env python3
"""One-command set-up for eigenkracht: start the program or run the tests.

    python3 dev.py start [ARGS...]   create/reuse .venv, install, start eigenkracht
    python3 dev.py test [PYTEST ARGS...]
                                     create/reuse .venv, install with test extras,
                                     run ruff, mypy and pytest

Only the standard library is used here, so this works on a bare Python 3.11+.
On Linux it checks that Qt's system libraries are present; as root it installs
the missing Debian/Ubuntu packages, otherwise it prints the exact command.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("EIGENKRACHT_VENV", ROOT / ".venv"))
IS_WINDOWS = os.name == "nt"

# Debian/Ubuntu packages that PySide6 needs on a bare machine (offscreen and xcb).
QT_SYSTEM_PACKAGES = [
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-util1",
    "libxcb-xkb1",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libx11-xcb1",
]
# Tools the test suite uses where present (PDF rendering, read-aloud); optional.
TEST_SYSTEM_PACKAGES = ["poppler-utils", "espeak-ng"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        say(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    return python


def ensure_installed(python: Path, extras: str) -> None:
    """pip install the project when pyproject.toml changed since the last install."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".eigenkracht-installed-{extras or 'base'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    say(f"installing eigenkracht{f'[{extras}]' if extras else ''} into {VENV}")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
        check=True,
    )
    stamp.write_text(digest)


def missing_debian_packages(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(packages: list[str], required: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = missing_debian_packages(packages)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing system packages: " + " ".join(missing))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=False, env=env, stdout=subprocess.DEVNULL)
        result = subprocess.run(command, check=False, env=env, stdout=subprocess.DEVNULL)
        if result.returncode == 0 or not required:
            return
    if required:
        sys.exit(
            "Qt needs system libraries that are missing. Install them with:\n"
            "  sudo " + " ".join(command)
        )
    say("optional tools missing (some tests will be skipped): " + " ".join(missing))


def run(python: Path, *args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT, env=env, check=False).returncode


def cmd_start(args: list[str]) -> int:
    ensure_system_packages(QT_SYSTEM_PACKAGES, required=True)
    python = ensure_venv()
    ensure_installed(python, "")
    return run(python, "-m", "eigenkracht", *args)


def cmd_test(args: list[str]) -> int:
    ensure_system_packages(QT_SYSTEM_PACKAGES, required=True)
    ensure_system_packages(TEST_SYSTEM_PACKAGES, required=False)
    python = ensure_venv()
    ensure_installed(python, "test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps: list[tuple[str, list[str]]] = [
        ("ruff lint", ["-m", "ruff", "check", "src", "tests", "benchmarks", "tools", "dev.py"]),
        (
            "ruff format",
            ["-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "tools", "dev.py"],
        ),
        ("mypy", ["-m", "mypy"]),
        ("pytest", ["-m", "pytest", *args]),
    ]
    for name, step in steps:
        say(f"running {name}")
        code = run(python, *step, env=env)
        if code != 0:
            say(f"{name} failed (exit {code})")
            return code
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an old Python
        sys.exit("eigenkracht needs Python 3.11 or newer.")
    if not argv or argv[0] not in {"start", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    return cmd_start(rest) if command == "start" else cmd_test(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
