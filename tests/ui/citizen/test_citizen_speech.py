"""Reading aloud: engines are found (or not) in the background, text goes on stdin."""

from __future__ import annotations

import shutil
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess

from eigenkracht.ui.citizen import speech
from eigenkracht.ui.citizen.speech import CommandSpeaker, Engine, SpeechFinder

# A stand-in engine: writes what it gets on stdin to the file named in its argument.
ECHO = "import sys, pathlib; pathlib.Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())"


def finished(qtbot, finder: SpeechFinder):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(finder.finished, timeout=10_000) as blocker:
        finder.start()
    return blocker.args[0]


def test_command_speaker_gets_the_text_on_stdin(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "gezegd.txt"
    speaker = CommandSpeaker("test", sys.executable, ["-c", ECHO, str(out)])
    text = "Hoe gaat het met uw geld? Zoë; rm -rf / $(echo nee) €"
    speaker.say(text)
    assert speaker.process is not None
    with qtbot.waitSignal(speaker.process.finished, timeout=10_000):
        pass
    assert out.read_text(encoding="utf-8") == text
    speaker.stop()


def test_stop_ends_a_running_engine(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = CommandSpeaker("slaap", sys.executable, ["-c", "import time; time.sleep(30)"])
    speaker.say("lang verhaal")
    process = speaker.process
    assert process is not None
    qtbot.waitUntil(lambda: process.state() == QProcess.ProcessState.Running)
    speaker.stop()
    assert speaker.process is None


def test_a_broken_engine_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    speaker = CommandSpeaker("weg", str(tmp_path / "bestaat-niet"), [])
    with qtbot.waitSignal(speaker.failed, timeout=5000):
        speaker.say("hallo")
    speaker.stop()


def voices(output: str) -> Engine:
    program = ["-c", f"print({output!r})"]
    return Engine("nep", sys.executable, tuple(program), speech._espeak_arguments)


def test_finder_finds_an_engine_with_a_dutch_voice(qtbot) -> None:  # type: ignore[no-untyped-def]
    listing = "Pty Language Age/Gender VoiceName\n 5  nl  --/M  Dutch  gmw/nl"
    finder = SpeechFinder(
        "nl", [voices("Pty Language\n 5  en  --/M English"), voices(listing)], try_qt=False
    )
    found = finished(qtbot, finder)
    assert isinstance(found, CommandSpeaker)
    assert found.arguments == ["-v", "nl", "-s", "145", "--stdin"]


def test_finder_reports_none(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = Engine("weg", str(tmp_path / "geen-programma"), (), speech._espeak_arguments)
    failing = Engine(
        "faalt", sys.executable, ("-c", "raise SystemExit(3)"), speech._espeak_arguments
    )
    finder = SpeechFinder("nl", [missing, failing], try_qt=False)
    assert finished(qtbot, finder) is None
    assert finished(qtbot, SpeechFinder("nl", [], try_qt=False)) is None


def test_window_shows_buttons_when_an_engine_is_found(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eigenkracht.ui.citizen import CitizenWindow

    window = CitizenWindow(draft_path=tmp_path / "d.json", find_speech=False)
    qtbot.addWidget(window)
    listing = "Pty Language\n 5  nl  --/M  Dutch"
    window.finder = SpeechFinder("nl", [voices(listing)], try_qt=False, parent=window)
    window.finder.finished.connect(window._speech_found)
    with qtbot.waitSignal(window.finder.finished, timeout=10_000):
        window.show()
    assert window.can_read_aloud
    assert not window.read_page_button.isHidden()
    window.close()


def test_voice_listings_of_other_platforms() -> None:
    say = "Alex                en_US    # Most people recognize me.\nXander  nl_NL    # Hallo."
    assert speech._say_arguments(say, "nl") == ["-v", "Xander", "-r", "165", "-f", "-"]
    assert speech._say_arguments("Alex  en_US  # Hi", "nl") is None
    arguments = speech._powershell_arguments("Microsoft Frank\r\n", "nl")
    assert arguments is not None and "SelectVoice('Microsoft Frank')" in arguments[-1]
    assert speech._powershell_arguments("'); Remove-Item x; ('\n", "nl") is None
    assert speech._powershell_arguments("", "nl") is None
    assert [e.name for e in speech.command_engines("nl", "win32")] == ["Windows"]
    assert [e.name for e in speech.command_engines("nl", "darwin")] == ["say"]
    assert [e.name for e in speech.command_engines("nl", "linux")] == ["espeak-ng", "espeak"]


def test_qt_text_to_speech_is_optional() -> None:
    try:
        import PySide6.QtTextToSpeech  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        assert speech.qt_speaker("nl") is None
    else:
        pytest.skip("pyside6-addons is installed here")


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_real_espeak_ng_speaks_dutch(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finder = SpeechFinder("nl", speech.command_engines("nl", "linux"), try_qt=False)
    found = finished(qtbot, finder)
    assert isinstance(found, CommandSpeaker)
    wav = tmp_path / "vraag.wav"
    engine = CommandSpeaker("espeak-ng", found.program, [*found.arguments, "-w", str(wav)])
    engine.say("Hoe gaat het met uw geld?")
    assert engine.process is not None
    with qtbot.waitSignal(engine.process.finished, timeout=10_000):
        pass
    with wave.open(str(wav)) as audio:
        assert audio.getnframes() / audio.getframerate() > 0.5  # half a second of speech
    engine.stop()
