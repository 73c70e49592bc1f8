"""design.md: core/ imports nothing of Qt, matplotlib, reportlab or SQLite; the PDF and
chart libraries stay in report/ and charts/; no code names an instrument; the steps of a
guided sequence never import each other; the packages of ui/ import each other without
cycles (issue 10). Every checker below is also run on a small tree with a violation, so
it is shown to fail."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from collections.abc import Iterator
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


# -- the import graph ---------------------------------------------------------------


def module_files(package_dir: Path) -> dict[str, Path]:
    """Every module of the package in `package_dir`, by its dotted name."""
    root = package_dir.parent
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports at module level and inside functions, not those under TYPE_CHECKING."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and _type_checking(child):
            for other in child.orelse:
                yield from _import_nodes(ast.Module(body=[other], type_ignores=[]))
        elif isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        else:
            yield from _import_nodes(child)


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules `name` imports: `from a import b` is the module a.b where there is
    one, else a; relative imports are made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            package = name if path.name == "__init__.py" else name.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        for alias in node.names:
            full = f"{base}.{alias.name}"
            found.add(full if full in known else base)
    return found


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Who imports whom inside the package. Importing a.b.c also runs the __init__ of
    a and a.b (Python does), except those the importer lies in (already running)."""
    known = module_files(package_dir)
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        own = {name.rsplit(".", n)[0] for n in range(name.count(".") + 1)}
        targets: set[str] = set()
        for target in imports_of(name, path, known):
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                if prefix in known and (prefix == target or prefix not in own):
                    targets.add(prefix)
        targets.discard(name)
        graph[name] = targets
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> dict[str, str]:
    """Every module `start` loads, directly or not, with the module that imports it."""
    via: dict[str, str] = {}
    todo = [start]
    while todo:
        current = todo.pop()
        for target in sorted(graph.get(current, ())):
            if target not in via and target != start:
                via[target] = current
                todo.append(target)
    return via


# -- reportlab and matplotlib ---------------------------------------------------------

HEAVY = ("reportlab", "matplotlib")
# Where they may be imported: the renderers, and ui/'s canvas wrappers, which put a
# charts/ Figure on screen (FigureCanvasQTAgg) and import matplotlib on first draw.
HEAVY_ALLOWED = (
    "report/",
    "charts/",
    "ui/conversation/radar_canvas.py",
    "ui/network/canvas.py",
    "ui/plan/then_now.py",
)


def heavy_imports(package_dir: Path, allowed: tuple[str, ...]) -> list[str]:
    """Modules outside `allowed` (paths relative to the package) that import reportlab
    or matplotlib (at module level or inside a function)."""
    known = module_files(package_dir)
    offenders = []
    for name, path in known.items():
        relative = path.relative_to(package_dir).as_posix()
        if relative.startswith(allowed):
            continue
        for target in sorted(imports_of(name, path, known)):
            if target.split(".")[0] in HEAVY:
                offenders.append(f"{relative}: {target}")
    return offenders


def test_pdf_and_chart_libraries_only_in_report_charts_and_the_canvas_wrappers() -> None:
    assert heavy_imports(PACKAGE, HEAVY_ALLOWED) == []


def test_heavy_import_check_fails_on_a_violation(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    write(package / "report" / "pdf.py", "from reportlab.platypus import Paragraph\n")
    write(package / "ui" / "ok.py", "import os\n")
    write(package / "ui" / "paper.py", "def f():\n    from reportlab.lib import colors\n")
    write(package / "ui" / "chart.py", "import matplotlib.pyplot as plt\n")
    assert heavy_imports(package, ("report/",)) == [
        "ui/chart.py: matplotlib.pyplot",
        "ui/paper.py: reportlab.lib",
    ]


# -- instrument ids -----------------------------------------------------------------

INSTRUMENTS = PACKAGE / "resources" / "instruments"
# The default instrument is chosen from data (`default = true`, core.instruments
# default_instrument), never from a literal.


def instrument_ids(folder: Path) -> set[str]:
    return {tomllib.loads(p.read_text(encoding="utf-8"))["id"] for p in folder.glob("*.toml")}


def instrument_id_literals(package_dir: Path, ids: set[str]) -> list[str]:
    """String literals equal to an instrument id, in the package outside resources/."""
    offenders = []
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir).as_posix()
        if relative.startswith("resources/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in ids:
                offenders.append(f"{relative}:{node.lineno}: {node.value!r}")
    return offenders


def test_no_instrument_id_in_the_code() -> None:
    ids = instrument_ids(INSTRUMENTS)
    assert {"leefgebieden", "participatieladder", "welzijnsradar"} <= ids
    offenders = instrument_id_literals(PACKAGE, ids)
    assert offenders == []


def test_instrument_id_check_fails_on_a_violation(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    write(package / "resources" / "instruments" / "a.toml", 'id = "alpha"\nname = "Alpha"\n')
    write(package / "resources" / "reader.py", 'BUNDLED = "alpha"\n')
    write(package / "ui" / "page.py", '"""Not alpha."""\n\nX = 1\nDEFAULT = "alpha"\n')
    ids = instrument_ids(package / "resources" / "instruments")
    assert ids == {"alpha"}
    assert instrument_id_literals(package, ids) == ["ui/page.py:4: 'alpha'"]


# -- steps --------------------------------------------------------------------------

STEP_BASE = "eigenkracht.ui.steps.protocol.Step"


def step_modules(package_dir: Path, base: str) -> dict[str, set[str]]:
    """The modules that define a step, with its classes. A step is a subclass of `base`
    (directly or not) that no other class derives from: ConversationPage and
    CitizenPage are the bases of steps, StartPage and NamePage are steps."""
    known = module_files(package_dir)
    bases: dict[str, list[str]] = {}  # class -> its bases, all as dotted names
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    local[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        local[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        local[top] = top
            elif isinstance(node, ast.ClassDef):
                local[node.name] = f"{name}.{node.name}"
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                resolved = []
                for expression in node.bases:
                    first, _, rest = ast.unparse(expression).partition(".")
                    head = local.get(first, first)
                    resolved.append(f"{head}.{rest}" if rest else head)
                bases[f"{name}.{node.name}"] = resolved

    def is_step(cls: str, seen: frozenset[str] = frozenset()) -> bool:
        return cls not in seen and any(
            b == base or is_step(b, seen | {cls}) for b in bases.get(cls, ())
        )

    derived = {b for parents in bases.values() for b in parents}
    found: dict[str, set[str]] = {}
    for cls in bases:
        if is_step(cls) and cls not in derived:
            module, _, short = cls.rpartition(".")
            found.setdefault(module, set()).add(short)
    return found


def steps_importing_steps(package_dir: Path, base: str) -> list[str]:
    """Each step module that loads another step module (directly, inside a function, or
    through modules and package __init__s that do), with the path."""
    steps = step_modules(package_dir, base)
    graph = import_graph(package_dir)
    offenders = []
    for module in sorted(steps):
        via = reachable(graph, module)
        for other in sorted(set(via) & set(steps)):
            path = [other]
            while path[-1] != module:
                path.append(via[path[-1]])
            offenders.append(" -> ".join(reversed(path)))
    return offenders


def test_steps_do_not_import_each_other() -> None:
    steps = step_modules(PACKAGE, STEP_BASE)
    names = {cls for classes in steps.values() for cls in classes}
    assert {"StartPage", "DomainsPage", "NetworkPage", "GoalsPage", "PlanPage"} <= names
    assert {"NamePage", "DomainPage", "DonePage"} <= names  # the citizen's
    assert not names & {"Step", "ConversationPage", "CitizenPage"}  # bases, not steps
    assert steps_importing_steps(PACKAGE, STEP_BASE) == []


def test_step_check_fails_on_a_violation(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    write(package / "__init__.py", "")
    write(package / "protocol.py", "class Step:\n    pass\n")
    write(package / "base.py", "from pkg.protocol import Step\n\n\nclass Page(Step):\n    pass\n")
    write(package / "a" / "__init__.py", "")
    write(package / "a" / "one.py", "from pkg.base import Page\n\n\nclass One(Page):\n    pass\n")
    write(
        package / "a" / "two.py",
        "from pkg import protocol\n\n\nclass Two(protocol.Step):\n"
        "    def go(self):\n        from pkg.a.one import One\n",
    )
    write(package / "b" / "__init__.py", "from pkg.a import two\n")
    write(package / "b" / "helper.py", "X = 1\n")
    write(
        package / "c.py",
        "from typing import TYPE_CHECKING\n\nfrom pkg.b.helper import X\n"
        "from pkg.base import Page\n\nif TYPE_CHECKING:\n    from pkg.a.one import One\n\n\n"
        "class Three(Page):\n    pass\n",
    )
    assert step_modules(package, "pkg.protocol.Step") == {
        "pkg.a.one": {"One"},
        "pkg.a.two": {"Two"},
        "pkg.c": {"Three"},
    }
    assert steps_importing_steps(package, "pkg.protocol.Step") == [
        "pkg.a.two -> pkg.a.one",
        "pkg.c -> pkg.b -> pkg.a.two -> pkg.a.one",
        "pkg.c -> pkg.b -> pkg.a.two",
    ]


# -- cycles between the packages of ui/ --------------------------------------------------


def package_cycles(package_dir: Path, under: str) -> list[list[str]]:
    """Groups of parts of `under` (its subpackages and its modules) that import each
    other round, at module level or inside functions (Tarjan's strongly connected
    components of the import graph, folded to the parts)."""
    prefix = f"{under}."

    def part(module: str) -> str | None:
        return module[len(prefix) :].split(".")[0] if module.startswith(prefix) else None

    edges: dict[str, set[str]] = {}
    for module, targets in import_graph(package_dir).items():
        source = part(module)
        if source is None:
            continue
        edges.setdefault(source, set())
        for target in targets:
            other = part(target)
            if other is not None and other != source:
                edges[source].add(other)
                edges.setdefault(other, set())

    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_no_import_cycle_between_ui_packages() -> None:
    assert package_cycles(PACKAGE, "eigenkracht.ui") == []


def test_cycle_check_fails_on_a_violation(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    write(package / "ui" / "__init__.py", "")
    write(package / "ui" / "p" / "__init__.py", "")
    write(package / "ui" / "p" / "m.py", "def f():\n    from pkg.ui.q import n\n")
    write(package / "ui" / "q" / "__init__.py", "")
    write(package / "ui" / "q" / "n.py", "from pkg.ui.p.m import f\n")
    write(
        package / "ui" / "r.py", "import typing\n\nif typing.TYPE_CHECKING:\n    import pkg.ui.s\n"
    )
    write(package / "ui" / "s.py", "import pkg.ui.r\n")
    write(package / "ui" / "t.py", "import pkg.ui.p.m\n")
    assert package_cycles(package, "pkg.ui") == [["p", "q"]]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
