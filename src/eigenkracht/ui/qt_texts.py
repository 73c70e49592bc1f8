"""Dutch for the few texts of Qt's own file dialog that qtbase_nl.qm lacks.

PySide6 ships qtbase_nl.qm, but it predates some texts of Qt 6's file dialog: the
labels "&Look in:" and "Files of &type:" gained a shortcut letter, and the file types
in the list ("Folder", "pdf File") moved to QAbstractFileIconProvider. Without these
the dialog was half English in Dutch mode. `QtFallbackTranslator` answers only those
texts; installed before qtbase_nl.qm, it is asked only when every other translator
has no answer (Qt asks the last installed first).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, source text) -> Dutch. Qt's own texts, so not in the program's .ts files.
DUTCH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
    ("QFileDialog", "Directory"): "Map",
    ("QAbstractFileIconProvider", "Folder"): "Map",
    ("QAbstractFileIconProvider", "File Folder"): "Map",
    ("QAbstractFileIconProvider", "File"): "Bestand",
    ("QAbstractFileIconProvider", "%1 File"): "%1-bestand",
    ("QAbstractFileIconProvider", "Drive"): "Station",
    ("QAbstractFileIconProvider", "Shortcut"): "Snelkoppeling",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
}

FALLBACKS = {"nl": DUTCH}


class QtFallbackTranslator(QTranslator):
    """Translates the texts in `texts` (Qt's own, missing from its .qm), nothing else."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._contexts = frozenset(context for context, _ in texts)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The Dutch text, or None: no answer (Qt takes an empty string for a
        translation, and every other text of the program would be blank)."""
        del disambiguation, n  # Qt gives e.g. "All other platforms" for "Folder"
        if context not in self._contexts:
            return None
        return self._texts.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._texts


__all__ = ["DUTCH", "FALLBACKS", "QtFallbackTranslator"]
