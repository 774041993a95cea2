"""The language of messages and documents: one setting, from four places.

The users are Vietnamese offices, so Vietnamese is the default everywhere. An
office that prefers English says so once:

1. `--lang en` on the command line, for one command;
2. `COORDREG_LANG=en` in the environment, for one person (their shell profile);
3. `lang = "en"` in the repository's `coordreg.toml`, for everyone who works in it;
4. else `vi`.

The first one given wins. A value that is neither `vi` nor `en`, or a
`coordreg.toml` that is not TOML, is an error (exit 2): a setting silently
ignored would leave the user wondering why it has no effect.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from coordreg.errors import UsageError
from coordreg.files.root import CONFIG_FILE, coordreg_root

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LANG_VARIABLE = "COORDREG_LANG"


def _checked(value: object, where: str) -> str:
    if isinstance(value, str) and value.strip().lower() in LANGUAGES:
        return value.strip().lower()
    raise UsageError("bad_lang_setting", value=str(value), where=where)


def repository_settings(start: Path | None = None) -> dict[str, object]:
    """The repository's `coordreg.toml` (found from `start`, default the working folder); {}
    when there is none."""
    root = coordreg_root(start)
    file = root / CONFIG_FILE if root is not None else None
    if file is None or not file.is_file():
        return {}
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise UsageError("bad_settings", path=str(file), reason=str(error)) from None


def default_language(start: Path | None = None) -> str:
    """The language when `--lang` is not given: COORDREG_LANG, else coordreg.toml, else vi."""
    from_environment = os.environ.get(LANG_VARIABLE)
    if from_environment:
        return _checked(from_environment, LANG_VARIABLE)
    settings = repository_settings(start)
    if "lang" in settings:
        return _checked(settings["lang"], CONFIG_FILE)
    return DEFAULT_LANGUAGE
