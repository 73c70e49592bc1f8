"""Reading aloud, offline, with the speech engine the computer already has.

eigenkracht ships `pyside6-essentials`, which has no QtTextToSpeech (that module is in
`pyside6-addons`: a 59 MB wheel, 160 MB installed, for a module of about 0.5 MB whose only
Linux engine is speech-dispatcher). So the engines are looked for in this order:

1. QtTextToSpeech, when it happens to be installed, with a voice for the language;
2. a command-line engine on the PATH, probed for a voice in the language:
   espeak-ng or espeak (Linux), `say` (macOS), Windows' own speech (System.Speech)
   through PowerShell.

Finding one runs in the background (`SpeechFinder`); until it reports an engine, and for
good when there is none, the read-aloud buttons stay hidden. The text goes to a command on
standard input, never on its command line. See docs/selfassessment-format.md.
"""

from __future__ import annotations

import importlib
import logging
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)

PROBE_TIMEOUT_MS = 8000
_VOICE_NAME = re.compile(r"[A-Za-z0-9 ()._-]{1,80}")


class Speaker(QObject):
    """Reads text aloud. `failed` says the engine stopped working (hide the buttons)."""

    failed = Signal()

    name = "?"

    def say(self, text: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class CommandSpeaker(Speaker):
    """A command-line engine that reads its text from standard input."""

    def __init__(
        self, name: str, program: str, arguments: list[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.program = program
        self.arguments = arguments
        self.process: QProcess | None = None

    def say(self, text: str) -> None:
        self.stop()
        process = QProcess(self)
        process.setProgram(self.program)
        process.setArguments(self.arguments)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.errorOccurred.connect(self._error)
        process.readyRead.connect(process.readAll)  # drop what the engine prints
        self.process = process
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.errorOccurred.disconnect(self._error)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        process.deleteLater()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.info("speech engine %s failed to start", self.name)
            self.failed.emit()


class QtSpeaker(Speaker):
    """QtTextToSpeech, when installed (pyside6-addons)."""

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.name = "QtTextToSpeech"

    def say(self, text: str) -> None:
        self.engine.stop()
        self.engine.say(text)

    def stop(self) -> None:
        self.engine.stop()


def qt_speaker(language: str, parent: QObject | None = None) -> Speaker | None:
    """QtTextToSpeech with a voice for `language`, or None (also when not installed)."""
    try:
        module = importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return None
    tts_class = module.QTextToSpeech
    for engine_name in tts_class.availableEngines():
        if engine_name == "mock":
            continue
        engine = tts_class(engine_name, parent)
        if engine.state() == tts_class.State.Ready:
            locales = [loc for loc in engine.availableLocales() if loc.name().startswith(language)]
            if locales:
                engine.setLocale(locales[0])
                return QtSpeaker(engine, parent)
        engine.deleteLater()
    return None


@dataclass(frozen=True)
class Engine:
    """A command-line speech engine: how to ask it for a voice, and how to speak.

    `arguments(probe_output, language)` gives the arguments for speaking (the text comes
    on standard input), or None when the probe found no voice for the language."""

    name: str
    program: str
    probe: tuple[str, ...]
    arguments: Callable[[str, str], list[str] | None]


def _espeak_arguments(output: str, language: str) -> list[str] | None:
    for line in output.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2 and parts[1].split("-")[0] == language:
            return ["-v", language, "-s", "145", "--stdin"]
    return None


def _say_arguments(output: str, language: str) -> list[str] | None:
    # "Xander              nl_NL    # Hallo, mijn naam is Xander."
    for line in output.splitlines():
        match = re.match(r"(.+?)\s+([a-z]{2})[_-][A-Z]{2}\s+#", line)
        if match and match.group(2) == language and _VOICE_NAME.fullmatch(match.group(1)):
            return ["-v", match.group(1), "-r", "165", "-f", "-"]
    return None


_PS_PROBE = (
    "Add-Type -AssemblyName System.Speech;"
    " $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    " $s.GetInstalledVoices() | Where-Object {{ $_.Enabled -and"
    " $_.VoiceInfo.Culture.Name.StartsWith('{language}') }} | Select-Object -First 1 |"
    " ForEach-Object {{ $_.VoiceInfo.Name }}"
)
_PS_SPEAK = (
    "[Console]::InputEncoding = [System.Text.Encoding]::UTF8;"
    " Add-Type -AssemblyName System.Speech;"
    " $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    " $s.SelectVoice('{voice}'); $s.Rate = -1; $s.Speak([Console]::In.ReadToEnd())"
)
_PS_OPTIONS = ("-NoProfile", "-NonInteractive", "-Command")


def _powershell_arguments(output: str, language: str) -> list[str] | None:
    voice = output.strip().splitlines()[0].strip() if output.strip() else ""
    if not voice or not _VOICE_NAME.fullmatch(voice):
        return None
    return [*_PS_OPTIONS, _PS_SPEAK.format(voice=voice)]


def command_engines(language: str, platform: str = sys.platform) -> list[Engine]:
    """The command-line engines worth trying on this platform, best first."""
    if platform == "win32":
        probe = (*_PS_OPTIONS, _PS_PROBE.format(language=language))
        return [Engine("Windows", "powershell", probe, _powershell_arguments)]
    if platform == "darwin":
        return [Engine("say", "say", ("-v", "?"), _say_arguments)]
    return [
        Engine("espeak-ng", "espeak-ng", (f"--voices={language}",), _espeak_arguments),
        Engine("espeak", "espeak", (f"--voices={language}",), _espeak_arguments),
    ]


class SpeechFinder(QObject):
    """Looks for a speech engine in the background; `finished` carries a Speaker or None.

    engines: the command-line engines to probe (default: those of this platform).
    try_qt: try QtTextToSpeech first (tests switch it off)."""

    finished = Signal(object)

    def __init__(
        self,
        language: str,
        engines: list[Engine] | None = None,
        *,
        try_qt: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.engines = list(command_engines(language) if engines is None else engines)
        self.try_qt = try_qt
        self.process: QProcess | None = None
        self.engine: Engine | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PROBE_TIMEOUT_MS)
        self.timer.timeout.connect(self._give_up_on_probe)
        self.done = False

    def start(self) -> None:
        if self.try_qt:
            speaker = qt_speaker(self.language, self.parent())
            if speaker is not None:
                self._finish(speaker)
                return
        self._next()

    def _next(self) -> None:
        while self.engines:
            engine = self.engines.pop(0)
            program = shutil.which(engine.program)
            if program is None:
                continue
            self.engine = engine
            process = QProcess(self)
            process.setProgram(program)
            process.setArguments(list(engine.probe))
            process.finished.connect(self._probed)
            process.errorOccurred.connect(self._probe_failed)
            self.process = process
            self.timer.start()
            process.start()
            return
        self._finish(None)

    def _probed(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        process, engine = self.process, self.engine
        if process is None or engine is None:
            return
        self.timer.stop()
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        self._drop_process()
        arguments = engine.arguments(output, self.language) if exit_code == 0 else None
        if arguments is None:
            self._next()
            return
        program = shutil.which(engine.program) or engine.program
        self._finish(CommandSpeaker(engine.name, program, arguments, self.parent()))

    def _probe_failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.timer.stop()
            self._drop_process()
            self._next()

    def _give_up_on_probe(self) -> None:
        self._drop_process()
        self._next()

    def _drop_process(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.finished.disconnect(self._probed)
        process.errorOccurred.disconnect(self._probe_failed)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        process.deleteLater()

    def _finish(self, speaker: Speaker | None) -> None:
        self.done = True
        log.info("read-aloud engine: %s", speaker.name if speaker else "none")
        self.finished.emit(speaker)

    def cancel(self) -> None:
        self.timer.stop()
        self.engines = []
        self._drop_process()


__all__ = [
    "CommandSpeaker",
    "Engine",
    "QtSpeaker",
    "Speaker",
    "SpeechFinder",
    "command_engines",
    "qt_speaker",
]
