"""The core never imports Qt widgets; only checkin/ui may (ARCHITECTURE.md rules 3 and 4)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "checkin"
QT_FREE = ("domain", "store", "importer", "scan")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_qtwidgets_only_in_ui():
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for name in imported_modules(path):
            assert not name.startswith("PySide6.QtWidgets"), f"{path}: imports {name}"


def test_core_imports_no_qt_at_all():
    for folder in QT_FREE:
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in imported_modules(path):
                assert not name.startswith("PySide6"), f"{path}: imports {name}"


def test_every_module_says_what_it_owns():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path} has no module docstring"
