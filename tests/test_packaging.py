"""The package list in pyproject.toml names every subpackage, so a wheel has them all.

An editable install (`make demo`) finds any folder of the source tree; a wheel
holds only what `[tool.setuptools] packages` lists, so a forgotten subpackage
shows only after `pip install coordreg`.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(settings["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "coordreg").rglob("__init__.py")
    }
    assert found - listed == set()
    assert listed - found == {"coordreg_templates"}
