"""Refresh the translation sources and build the compiled translations.

    python tools/i18n.py              # lupdate (refresh .ts) and lrelease (build .qm)
    python tools/i18n.py --release    # only lrelease

lupdate reads every self.tr(...) and QCoreApplication.translate(...) in
src/eigenkracht/ui/**/*.py, every translate(...) of core.i18n in core/, report/, charts/
and exchange/ (the printed and drawn words, Qt-free), and every N_("...") of
core.errors in store/, exchange/ and core/ (the lower layers' sentences, context
Meldingen), and updates resources/i18n/eigenkracht_<lang>.ts, keeping the translations
already made. Spellings that lupdate misreads (an alias of tr or translate, a _tr(text)
wrapper, a call inside an f-string) are handed to it rewritten (see lupdate_source).
lrelease compiles each .ts into src/eigenkracht/resources/i18n/eigenkracht_<lang>.qm,
which the program loads.
The source texts are Dutch; see docs/translating.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "eigenkracht"
# ui/ translates with Qt; core/, report/ and charts/ with core.i18n.translate.
# store/ and exchange/ mark their sentences with core.errors.N_ (context Meldingen).
SOURCE_FOLDERS = tuple(
    PACKAGE / name for name in ("ui", "core", "report", "charts", "store", "exchange")
)
MARKERS = {"N_": "Meldingen"}  # core.errors.N_("tekst"): a lower-layer sentence
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "eigenkracht" / "resources" / "i18n"
SOURCE_LANGUAGE = "nl_NL"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
TRANSLATE = {"QCoreApplication.translate", "QApplication.translate", "QGuiApplication.translate"}


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


def _text(node: ast.expr | None) -> str | None:
    """The string of a literal string, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def lupdate_source(source: bytes) -> bytes | None:
    """The source as lupdate must read it, or None when lupdate reads it right as it is.

    lupdate knows self.tr("tekst"), QCoreApplication.translate("Context", "tekst") and a
    bare translate("Context", "tekst"), but misreads other spellings:

    - an alias, `tr = QCoreApplication.translate` ... `tr("Context", "tekst")`: lupdate
      takes it for self.tr and stores the source text "Context" without a context;
    - an alias `tr = self.tr` ... `tr("tekst")`: stored without a context;
    - a wrapper with a fixed context, `def _tr(text): return
      QCoreApplication.translate("Context", text)` ... `_tr("tekst")`: not read at all.

    Calls of these (in the same module, with a literal text) are rewritten to
    QCoreApplication.translate("Context", "tekst"). lupdate does not look inside
    f-strings either: a call there, f"<p>{self.tr('tekst')}</p>", is repeated at the
    end of the file as QCoreApplication.translate("<class>", "tekst"). Nothing else
    changes.
    """
    tree = ast.parse(source)
    aliases: set[str] = set()  # of QCoreApplication.translate
    self_aliases: set[str] = set()  # of self.tr
    wrappers: dict[str, str] = dict(MARKERS)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and ast.unparse(node.value) in TRANSLATE:
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)} - {"translate"}
        elif isinstance(node, ast.Assign) and ast.unparse(node.value) == "self.tr":
            self_aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.FunctionDef):
            body = node.body[1:] if ast.get_docstring(node) is not None else node.body
            params = [a.arg for a in node.args.posonlyargs + node.args.args]
            call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
            if (
                isinstance(call, ast.Call)
                and ast.unparse(call.func) in TRANSLATE | {"translate", "i18n.translate"}
                and len(call.args) == 2
                and not call.keywords
                and isinstance(call.args[1], ast.Name)
                and params == [call.args[1].id]
            ):
                context = _text(call.args[0])
                if context is not None:
                    wrappers[node.name] = context
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    in_fstring = {
        node
        for fstring in ast.walk(tree)
        if isinstance(fstring, ast.JoinedStr)
        for node in ast.walk(fstring)
    }

    def message(call: ast.Call) -> tuple[str, str] | None:
        """(context, text) of a call with a literal text, as lupdate should read it."""
        spelling = ast.unparse(call.func)
        args: list[ast.expr | None] = [*call.args, None, None]
        text = _text(args[0])
        if (spelling == "self.tr" or spelling in self_aliases) and text is not None:
            node: ast.AST = call
            while node in parents and not isinstance(node, ast.ClassDef):
                node = parents[node]
            return (node.name, text) if isinstance(node, ast.ClassDef) else None
        if spelling in wrappers and text is not None:
            return wrappers[spelling], text
        second = _text(args[1])
        if spelling in TRANSLATE | aliases | {"translate"} and text is not None and second:
            return text, second
        return None

    appended: set[str] = set()
    for node in in_fstring:
        found = message(node) if isinstance(node, ast.Call) else None
        if found is not None:
            literals = ", ".join(json.dumps(value, ensure_ascii=False) for value in found)
            appended.add(f"QCoreApplication.translate({literals})\n")
    markers = any(
        isinstance(n, ast.Call) and ast.unparse(n.func) in MARKERS for n in ast.walk(tree)
    )
    if not aliases and not self_aliases and wrappers == MARKERS and not markers and not appended:
        return None
    line_starts = [0]
    for line in source.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))

    def offset(line: int, column: int) -> int:  # ast columns count UTF-8 bytes
        return line_starts[line - 1] + column

    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        if node in in_fstring:  # repeated at the end instead
            continue
        func = node.func
        start = offset(func.lineno, func.col_offset)
        if func.id in aliases:
            end = offset(func.end_lineno or func.lineno, func.end_col_offset or 0)
            edits.append((start, end, b"QCoreApplication.translate"))
        elif func.id in self_aliases:
            end = offset(func.end_lineno or func.lineno, func.end_col_offset or 0)
            edits.append((start, end, b"self.tr"))
        elif func.id in wrappers and _text(node.args[0]) is not None:
            end = offset(node.args[0].lineno, node.args[0].col_offset)
            context = json.dumps(wrappers[func.id], ensure_ascii=False)
            edits.append((start, end, f"QCoreApplication.translate({context}, ".encode()))
    for start, end, new in sorted(edits, reverse=True):
        source = source[:start] + new + source[end:]
    if appended:
        ending = b"" if source.endswith(b"\n") else b"\n"
        source += ending + "".join(sorted(appended)).encode()
    return source


def update() -> None:
    lupdate = find_tool("lupdate")
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="eigenkracht-i18n-") as rewritten:
        sources = []
        for path in sorted(p for folder in SOURCE_FOLDERS for p in folder.rglob("*.py")):
            relative = path.relative_to(ROOT)
            try:
                view = lupdate_source(path.read_bytes())
            except SyntaxError as exc:
                print(f"warning: {relative}: {exc}; lupdate reads it as it is")
                view = None
            if view is None:
                sources.append(str(relative))
            else:  # lupdate -locations none: where the file lies is not recorded
                copy = Path(rewritten) / relative
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_bytes(view)
                sources.append(str(copy))
        for language, locale in LANGUAGES.items():
            ts = TS_DIR / f"eigenkracht_{language}.ts"
            command = [lupdate, *sources, "-no-obsolete", "-locations", "none"]
            command += ["-source-language", SOURCE_LANGUAGE, "-target-language", locale]
            command += ["-ts", str(ts.relative_to(ROOT))]
            run(command)


def release() -> None:
    lrelease = find_tool("lrelease")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        ts = TS_DIR / f"eigenkracht_{language}.ts"
        qm = QM_DIR / f"eigenkracht_{language}.qm"
        command = [lrelease, str(ts.relative_to(ROOT)), "-qm", str(qm.relative_to(ROOT))]
        if locale == SOURCE_LANGUAGE:  # the Dutch "translations" are the source texts:
            command.append("-removeidentical")  # keep its .qm empty (docs/translating.md)
        run(command)


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
