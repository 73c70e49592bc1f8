"""What the process does first, before any client data can be in memory or on disk.

`prepare_process()` is called by `eigenkracht.cli.main` when it runs as the program
(the `eigenkracht` command, `python -m eigenkracht`, the frozen executable), so the
window and every command get it:

- the umask becomes 0o077: every file and folder the program (or SQLite, or Qt's
  settings) creates is readable by the user only;
- no core dumps. A crash must not write the process's memory (client names, the
  database key) to disk:
  - Linux: `RLIMIT_CORE` soft and hard 0, and `prctl(PR_SET_DUMPABLE, 0)`. The second
    also stops a core handler that ignores the limit (a `core_pattern` pipe such as
    systemd-coredump or apport), and stops other processes of the same user from
    attaching a debugger or reading the process's memory and environment through
    /proc (only root can). The program itself reads nothing there that this
    forbids: its own /proc/self/status, maps, fd and exe stay readable;
  - macOS: `RLIMIT_CORE` soft and hard 0 (ReportCrash writes a crash log with
    stack traces, not the memory);
  - Windows: `SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)`, so a crash
    shows no Windows Error Reporting dialog (whose "debug" option would attach a
    debugger); and for the installed program (eigenkracht.exe) the program is excluded
    from Windows Error Reporting for this user (`WerAddExcludedApplication`), so no
    report with a memory dump is queued. A plain `python.exe` is not excluded: that
    would exclude every Python program of the user;
- what a run that was killed left behind is removed: temporary files of half-written
  PDFs and exports, and the folders of crashed demos (`eigenkracht.privatefiles`).

Every step is guarded: a call the system does not have is skipped, and starting never
fails because of this module. `missing_display()` says, before Qt is started, why no
window can be shown.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import Final

log = logging.getLogger(__name__)

PRIVATE_UMASK: Final = 0o077
PR_SET_DUMPABLE: Final = 4
PR_GET_DUMPABLE: Final = 3
SEM_FAILCRITICALERRORS: Final = 0x0001
SEM_NOGPFAULTERRORBOX: Final = 0x0002

_prepared = False


def prepare_process() -> list[str]:
    """Harden this process and clean up after earlier runs (once per process).
    Returns the measures that took effect, for the log and for tests."""
    global _prepared
    if _prepared:
        return []
    _prepared = True
    os.umask(PRIVATE_UMASK)
    done = ["umask", *disable_core_dumps()]
    try:
        from eigenkracht.privatefiles import clean_leftovers

        clean_leftovers()
    except Exception:  # noqa: BLE001 - never stop a start
        log.warning("cleaning up after an earlier run failed")
    log.debug("process prepared: %s", ", ".join(done))
    return done


def disable_core_dumps() -> list[str]:
    """Keep a crash from writing this process's memory to disk; see the module text."""
    done: list[str] = []
    if sys.platform != "win32":
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("RLIMIT_CORE")
        except (ImportError, OSError, ValueError):
            log.warning("could not switch off core dumps (RLIMIT_CORE)")
    if sys.platform.startswith("linux"):
        if _prctl(PR_SET_DUMPABLE, 0) == 0:
            done.append("PR_SET_DUMPABLE")
        else:
            log.warning("could not switch off core dumps (PR_SET_DUMPABLE)")
    if sys.platform == "win32":
        done += _windows_error_reporting()
    return done


def dumpable() -> int | None:
    """prctl(PR_GET_DUMPABLE) of this process on Linux (1 normally, 0 when hardened);
    None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result < 0 else result


def _prctl(option: int, value: int) -> int:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
        prctl.restype = ctypes.c_int
        result: int = prctl(
            ctypes.c_int(option),
            ctypes.c_ulong(value),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
        )
    except (ImportError, OSError, AttributeError):
        return -1
    return result


def _windows_error_reporting() -> list[str]:  # pragma: no cover - Windows only
    done: list[str] = []
    try:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        mode = kernel32.GetErrorMode()
        kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        done.append("SetErrorMode")
    except (ImportError, OSError, AttributeError):
        log.warning("could not switch off the crash dialog (SetErrorMode)")
    if getattr(sys, "frozen", False):
        try:
            import ctypes

            wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined]
            name = os.path.basename(sys.executable)
            if wer.WerAddExcludedApplication(ctypes.c_wchar_p(name), False) == 0:
                done.append("WerAddExcludedApplication")
        except (ImportError, OSError, AttributeError):
            log.warning("could not exclude the program from Windows Error Reporting")
    return done


# -- no display ---------------------------------------------------------------------------

NO_DISPLAY: Final = (
    "er is geen beeldscherm (geen DISPLAY of WAYLAND_DISPLAY). Start het programma op "
    "een bureaublad, of gebruik de opdrachten op de opdrachtregel (eigenkracht --help)."
)


def missing_display(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """A Dutch sentence when no window can be shown (on Linux and other X11/Wayland
    systems: no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM chosen); else None.
    Checked before Qt starts, because Qt then aborts with an English message."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if system in ("win32", "darwin", "cygwin"):
        return None
    if any(env.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return None
    if env.get("WAYLAND_SOCKET"):
        return None
    return NO_DISPLAY


_ON_A_DESKTOP: Final = (
    "Start het programma op een bureaublad, of gebruik de opdrachten op de "
    "opdrachtregel (eigenkracht --help)."
)


def display_failure(qt_messages: list[str], environ: Mapping[str, str] | None = None) -> str:
    """A Dutch sentence for Qt's failure to start its platform plugin (it would abort
    with an English message), from the messages Qt gave before its fatal one."""
    import re

    env = os.environ if environ is None else environ
    text = "\n".join(qt_messages)
    if "could not connect to display" in text:
        display = env.get("DISPLAY", "")
        where = f"{display} (DISPLAY)" if display else "(geen DISPLAY)"
        return f"er is geen verbinding met het beeldscherm {where}. {_ON_A_DESKTOP}"
    unknown = re.search(r'Could not find the Qt platform plugin "([^"]*)"', text)
    if unknown:
        return (
            f"het beeldschermplatform {unknown.group(1)!r} (QT_QPA_PLATFORM) bestaat niet. "
            "Laat QT_QPA_PLATFORM weg, of kies bijvoorbeeld xcb of wayland."
        )
    if "xcb-cursor" in text:
        return (
            "om vensters op het beeldscherm te tonen, ontbreekt een onderdeel van het "
            "systeem (libxcb-cursor0). Vraag uw beheerder het te installeren, of gebruik "
            "de opdrachten op de opdrachtregel (eigenkracht --help)."
        )
    failed = re.search(r'Could not load the Qt platform plugin "([^"]*)"', text)
    if failed and failed.group(1).startswith("wayland"):
        display = env.get("WAYLAND_DISPLAY", "")
        where = f"{display} (WAYLAND_DISPLAY)" if display else "(Wayland)"
        return f"er is geen verbinding met het beeldscherm {where}. {_ON_A_DESKTOP}"
    platform = env.get("QT_QPA_PLATFORM", "")
    named = f" (QT_QPA_PLATFORM={platform})" if platform else ""
    return f"het programma kan geen vensters op het beeldscherm tonen{named}. {_ON_A_DESKTOP}"


__all__ = [
    "NO_DISPLAY",
    "disable_core_dumps",
    "display_failure",
    "dumpable",
    "missing_display",
    "prepare_process",
]
