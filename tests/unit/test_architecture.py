"""The shape of the package: Qt where it may be, every module in a contract, none too big.

ARCHITECTURE.md rules 2 to 5: import-linter (pyproject.toml) checks the contracts; these tests
check what it cannot (QtWidgets, a submodule of an external package) and that the contracts
keep covering the package as it grows.
"""

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "checkin"
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]["contracts"]
# The modules that may import Qt: the window, the PDF and print writers, the self-test (it
# checks the install's Qt), and the entry points, inside the handlers that need the window.
MAY_IMPORT_QT = {"ui", "badges", "tickets", "selftest", "cli", "commands", "__main__", "reports"}
MODULE_LINES = 400


def contract(name_start):
    (found,) = [c for c in CONTRACTS if c["name"].startswith(name_start)]
    return found


QT_FREE = {name.removeprefix("checkin.") for name in contract("The core never")["source_modules"]}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def top_level_modules() -> set[str]:
    names = {path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    return names | {path.parent.name for path in PACKAGE.glob("*/__init__.py")}


def files_of(name: str) -> list[Path]:
    folder = PACKAGE / name
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{name}.py"]


def test_qtwidgets_only_in_ui():
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for name in imported_modules(path):
            assert not name.startswith("PySide6.QtWidgets"), f"{path}: imports {name}"


def test_every_module_is_either_qt_free_or_allowed_qt():
    modules = top_level_modules()
    assert modules == QT_FREE | MAY_IMPORT_QT, (
        "put each new module in the Qt-free contract (pyproject.toml) or, if it must draw "
        f"with Qt, in MAY_IMPORT_QT: {sorted(modules ^ (QT_FREE | MAY_IMPORT_QT))}"
    )
    assert not QT_FREE & MAY_IMPORT_QT


@pytest.mark.parametrize("name", sorted(QT_FREE))
def test_the_qt_free_modules_import_no_qt_at_all(name):
    for path in files_of(name):
        for imported in imported_modules(path):
            assert not imported.startswith("PySide6"), f"{path}: imports {imported}"


def test_a_qt_free_module_is_caught_importing_qt(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtGui import QImage\n", encoding="utf-8")
    assert "PySide6.QtGui" in imported_modules(bad)


def test_every_top_level_module_is_in_the_layers():
    layers = contract("Layers")["layers"]
    named = {part.strip().removeprefix("checkin.") for layer in layers for part in
             layer.replace(":", "|").split("|")}  # fmt: skip
    assert named == top_level_modules(), sorted(named ^ top_level_modules())


def test_every_module_says_what_it_owns():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path} has no module docstring"


def test_no_module_is_over_the_line_budget():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert not long, f"split these modules (at most {MODULE_LINES} lines): {long}"


FUNCTION_LINES = 40


def test_no_function_is_over_the_line_budget():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                if node.end_lineno - start + 1 > FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert not long, f"split these functions (at most {FUNCTION_LINES} lines): {long}"
