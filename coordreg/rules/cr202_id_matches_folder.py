"""A regulation's `id` is the name of its folder.

`regulations/<id>/regulation.yaml`: the folder name is how commands find a
regulation (`coordreg plan bca-btttt-2021`), so the two must agree. A
regulation.yaml that is a symbolic link is named by the folder the link is in.

Failing example, in ``regulations/bca-btttt-2021/regulation.yaml``::

    id: bca-btttt                # CR202: does not match folder 'bca-btttt-2021'

Passing example::

    id: bca-btttt-2021
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from coordreg.catalogue.printable import shown
from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR202"
NAME = "id-matches-folder"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    if context.file.name != "regulation.yaml":
        return
    # The folder the file is found in, `..` taken away but links not followed: a
    # regulation.yaml that links elsewhere is still found by this folder's name.
    plain = Path(os.path.abspath(context.file))  # noqa: PTH100 - resolve() follows links
    folder = unicodedata.normalize("NFC", plain.parent.name)
    if context.regulation.id != folder:
        # The folder as it can be printed: a name that is not UTF-8 as \xNN.
        yield context.at(("id",), CODE, SEVERITY, id=context.regulation.id, folder=shown(folder))
