"""The package's rooms stay as docs/architecture.md draws them.

Every module of `coordreg/` is named in the map (the rules' own modules by their
pattern), every module named there exists, none is over 400 lines, at most ten
sit directly under `coordreg/`, every package is in the README's map, and no
module imports, through any chain, a module that imports it back. The layers
themselves are import-linter's contract, run by `make test`.
"""

from __future__ import annotations

import re
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coordreg"
MAP = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
RULE_MODULE = re.compile(r"rules/cr[0-9]{3}_[a-z0-9_]+\.py")
MAX_LINES = 400


def modules() -> list[str]:
    """Every module, as a path relative to coordreg/."""
    return sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py"))


def named_on_the_map() -> set[str]:
    """The modules the map names: `path.py` in backticks, and a package's __init__.py
    by its heading (### `package/`)."""
    paths = {p for p in re.findall(r"`([a-z_/]+\.py)`", MAP) if not p.startswith("tests/")}
    packages = re.findall(r"^### `([a-z_/]+/)`", MAP, flags=re.MULTILINE)
    return paths | {f"{package}__init__.py" for package in packages}


def test_every_module_is_on_the_map() -> None:
    named = named_on_the_map()
    missing = [m for m in modules() if m not in named and not RULE_MODULE.fullmatch(m)]
    assert missing == []


def test_every_module_on_the_map_exists() -> None:
    named = named_on_the_map() - {"rules/crNNN_name.py"}
    assert sorted(named - set(modules())) == []


def test_no_module_is_over_400_lines() -> None:
    lengths = {m: len((PACKAGE / m).read_text(encoding="utf-8").splitlines()) for m in modules()}
    assert {m: n for m, n in lengths.items() if n > MAX_LINES} == {}


def test_at_most_ten_modules_sit_directly_under_the_package() -> None:
    top = [m for m in modules() if "/" not in m]
    assert len(top) <= 10, top


def test_every_package_is_on_the_readme_map() -> None:
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    readme_map = README[README.index("## For developers") :]
    assert [p for p in packages if f"  {p}/" not in readme_map] == []


def test_no_import_cycle() -> None:
    graph = grimp.build_graph("coordreg")
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if state.get(imported) == 1:
                cycles.append([*path[path.index(imported) :], imported])
            elif imported not in state:
                visit(imported, [*path, imported])
        state[module] = 2

    for module in sorted(graph.modules):
        if module not in state:
            visit(module, [module])
    assert cycles == []
