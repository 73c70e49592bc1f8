"""The printed and drawn words (core.i18n, issue 13 point 4) reach the translation file:
tools/i18n.py hands lupdate a `_tr` wrapper around a bare translate as a context call,
and every literal of report/, charts/ and core/ (translate, a _tr wrapper of it,
QT_TRANSLATE_NOOP) is in the English .ts with a finished translation."""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "eigenkracht"


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def printed_texts(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every literal translate/QT_TRANSLATE_NOOP call, and of every
    call of a one-line wrapper `def _tr(text): return translate("Context", text)`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            body = [n for n in node.body if not isinstance(n, ast.Expr)]
            if len(body) == 1 and isinstance(body[0], ast.Return):
                call = body[0].value
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "translate"
                    and isinstance(call.args[0], ast.Constant)
                ):
                    wrappers[node.name] = call.args[0].value
    found: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        name = node.func.id
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2:
            if isinstance(args[0], str) and isinstance(args[1], str):
                found.add((args[0], args[1]))
        elif name in wrappers and len(args) == 1 and isinstance(args[0], str):
            found.add((wrappers[name], args[0]))
    return found


def test_a_wrapper_around_a_bare_translate_is_read_as_its_context() -> None:
    source = (
        b"from eigenkracht.core.i18n import translate\n"
        b"def _tr(text: str) -> str:\n"
        b'    return translate("PlanPdf", text)\n'
        b'x = _tr("Handtekening")\n'
    )
    rewritten = tool().lupdate_source(source)
    assert rewritten is not None
    assert b'QCoreApplication.translate("PlanPdf", "Handtekening")' in rewritten


def test_the_tool_reads_the_printed_layers() -> None:
    folders = {folder.name for folder in tool().SOURCE_FOLDERS}
    assert {"ui", "core", "report", "charts"} <= folders


def test_every_printed_text_is_translated() -> None:
    wanted: set[tuple[str, str]] = set()
    for layer in ("core", "report", "charts"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            wanted |= printed_texts(path)
    assert ("PlanPdf", "Handtekening") in wanted and ("Dates", "oktober") in wanted
    done = set()
    ts = ROOT / "resources" / "i18n" / "eigenkracht_en.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                done.add((name, message.findtext("source") or ""))
    assert sorted(wanted - done) == []
