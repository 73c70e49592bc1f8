"""The running program: no core dumps, files for the user only, and a Dutch line
instead of Qt's abort when there is no display (eigenkracht.startup).

Every test here starts the real program (`python -m eigenkracht ...`) in a
subprocess and looks at that process from outside, through /proc, or at what it
printed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from eigenkracht import startup

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# `python -m eigenkracht ARGS`, plus a line at exit with what the process's own
# kernel state was then (prctl(PR_GET_DUMPABLE) can only be asked from inside).
AS_THE_PROGRAM = textwrap.dedent(
    """
    import atexit, ctypes, json, os, resource, runpy, sys

    def report():
        libc = ctypes.CDLL(None)
        umask = os.umask(0)
        state = {
            "dumpable": libc.prctl(3, 0, 0, 0, 0),
            "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
            "umask": umask,
        }
        print("STATE " + json.dumps(state), flush=True)

    atexit.register(report)
    runpy.run_module("eigenkracht", run_name="__main__", alter_sys=True)
    """
)


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "EIGENKRACHT_PASSPHRASE"):
        env.pop(name, None)
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
            "EIGENKRACHT_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "TMPDIR": str(tmp_path),
        }
    )
    env.update(extra)
    return env


def allow_core_dumps() -> None:
    """In the child before exec: core dumps allowed, so the program must switch them off."""
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def state_at_exit(stdout: str) -> dict[str, object]:
    lines = [line for line in stdout.splitlines() if line.startswith("STATE ")]
    assert lines, stdout
    state: dict[str, object] = json.loads(lines[-1].removeprefix("STATE "))
    return state


def core_limit_line(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/limits").read_text()
    line = next(line for line in text.splitlines() if line.startswith("Max core file size"))
    return line.removeprefix("Max core file size").split()


@linux_only
def test_the_running_program_writes_no_core_dump(tmp_path: Path) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("core dumps are switched off for the test runner already")
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            AS_THE_PROGRAM,
            "cases",
            "--db",
            str(tmp_path / "none.db"),
            "--passphrase-file",
            str(fifo),
        ],
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=allow_core_dumps,
    )
    try:
        # Opening the FIFO for writing waits until the program opens it to read the
        # passphrase: from then on it has done everything it does at start.
        opened: list[object] = []
        opener = threading.Thread(target=lambda: opened.append(fifo.open("w")), daemon=True)
        opener.start()
        opener.join(60)
        assert opened, "the program never asked for the passphrase"
        limits = core_limit_line(child.pid)
        status = Path(f"/proc/{child.pid}/status").read_text()
        writer = opened[0]
        writer.write("niet de goede\n")  # type: ignore[attr-defined]
        writer.close()  # type: ignore[attr-defined]
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert limits[:2] == ["0", "0"], limits  # soft and hard: "Max core file size 0 0 bytes"
    assert "Umask:\t0077" in status
    state = state_at_exit(out)
    assert state["dumpable"] == 0, err
    assert state["core"] == [0, 0]
    assert state["umask"] == 0o077


@linux_only
def test_the_window_is_hardened_before_it_looks_for_a_display(tmp_path: Path) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("core dumps are switched off for the test runner already")
    result = subprocess.run(
        [sys.executable, "-c", AS_THE_PROGRAM, "--citizen"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=allow_core_dumps,
    )
    assert result.returncode == 1
    state = state_at_exit(result.stdout)
    assert state["dumpable"] == 0
    assert state["core"] == [0, 0]


# -- no display ---------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
@pytest.mark.parametrize("arguments", [[], ["--demo"], ["--citizen"]])
def test_no_display_is_one_dutch_line(tmp_path: Path, arguments: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eigenkracht", *arguments],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "eigenkracht: er is geen beeldscherm (geen DISPLAY of WAYLAND_DISPLAY). Start het "
        "programma op een bureaublad, of gebruik de opdrachten op de opdrachtregel "
        "(eigenkracht --help).\n"
    )
    assert result.stdout == ""
    assert not list(tmp_path.glob("eigenkracht-demo-*"))  # nothing was started


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 platform plugin")
def test_an_unreachable_x_server_is_one_dutch_line(tmp_path: Path) -> None:
    if Path("/tmp/.X11-unix/X4711").exists():
        pytest.skip("there is an X server on :4711")
    result = subprocess.run(
        [sys.executable, "-m", "eigenkracht"],
        env=environment(tmp_path, DISPLAY=":4711", QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1  # Qt itself aborts: 134
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("eigenkracht: ")
    assert "beeldscherm" in lines[0]
    assert "This application failed" not in result.stderr


def test_missing_display_only_where_x11_or_wayland_is_needed() -> None:
    assert startup.missing_display({}, "linux") == startup.NO_DISPLAY
    assert startup.missing_display({"DISPLAY": ""}, "linux") == startup.NO_DISPLAY
    assert startup.missing_display({"DISPLAY": ":0"}, "linux") is None
    assert startup.missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert startup.missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert startup.missing_display({}, "freebsd14") == startup.NO_DISPLAY
    assert startup.missing_display({}, "win32") is None
    assert startup.missing_display({}, "darwin") is None


@pytest.mark.parametrize(
    ("messages", "environ", "expected"),
    [
        (
            ["could not connect to display :9", "From 6.5.0, xcb-cursor0 ... is needed"],
            {"DISPLAY": ":9"},
            "er is geen verbinding met het beeldscherm :9 (DISPLAY).",
        ),
        (
            ['Could not find the Qt platform plugin "bogus" in ""'],
            {"QT_QPA_PLATFORM": "bogus"},
            "het beeldschermplatform 'bogus' (QT_QPA_PLATFORM) bestaat niet.",
        ),
        (
            ["From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb plugin."],
            {"DISPLAY": ":0"},
            "ontbreekt een onderdeel van het systeem (libxcb-cursor0)",
        ),
        (
            ['Could not load the Qt platform plugin "wayland" in "" even though it was found.'],
            {"WAYLAND_DISPLAY": "wayland-1"},
            "er is geen verbinding met het beeldscherm wayland-1 (WAYLAND_DISPLAY).",
        ),
        (
            ["something else"],
            {"QT_QPA_PLATFORM": "eglfs"},
            "kan geen vensters op het beeldscherm tonen (QT_QPA_PLATFORM=eglfs).",
        ),
    ],
)
def test_each_platform_failure_says_what_is_missing(
    messages: list[str], environ: dict[str, str], expected: str
) -> None:
    assert expected in startup.display_failure(messages, environ)
