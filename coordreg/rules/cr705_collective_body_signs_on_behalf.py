"""A collective body's signatory signs on its behalf: `authority: TM.`.

An Ủy ban nhân dân or a Hội đồng decides as a body; Nghị định 30 has its
chairman sign "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH". Without the authority, the
signature block of the documents coordreg writes reads as if the chairman
signed in their own name. A signatory without `authority` under a party whose
name starts with "Ủy ban nhân dân" or "Hội đồng" is reported.

Failing example::

    parties:
      - id: ubnd
        name: Ủy ban nhân dân tỉnh Hà Tĩnh
        signatory: {name: Nguyễn Văn A, title: Chủ tịch}   # CR705: signs without TM.
      - id: cat
        name: Công an tỉnh Hà Tĩnh

Passing example::

    parties:
      - id: ubnd
        name: Ủy ban nhân dân tỉnh Hà Tĩnh
        signatory:
          name: Nguyễn Văn A
          title: Chủ tịch
          authority: TM.
          on_behalf_of: Ủy ban nhân dân
      - id: cat
        name: Công an tỉnh Hà Tĩnh
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR705"
NAME = "collective-body-signs-on-behalf"
SEVERITY = Severity.WARNING
SCOPE = "regulation"

COLLECTIVE = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng")


def check(context: RegulationContext) -> Iterator[Finding]:
    for pi, party in enumerate(context.regulation.parties):
        signatory = party.signatory
        if signatory is None or signatory.authority is not None:
            continue
        if party.name.casefold().startswith(COLLECTIVE):
            path = ("parties", pi, "signatory", "title")
            yield context.at(path, CODE, SEVERITY, party=party.id)
