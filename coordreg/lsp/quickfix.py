"""Quick fixes for findings: edits that cannot change what the regulation means.

The edits themselves are `coordreg.edit.fixes` (shared with `check --fix`):
"did you mean" replacements and numbering put back in order, each a plain
character-offset edit that keeps comments and layout. This module finds where
in the editor's text a finding points and asks for them.
"""

from __future__ import annotations

from coordreg.edit.fixes import Edit, Fix, quick_fixes
from coordreg.findings import Finding
from coordreg.lsp.analysis import Source

__all__ = ["Edit", "Fix", "fixes"]


def fixes(item: Finding, source: Source, lang: str) -> list[Fix]:
    """The quick fixes for one finding of the document `source`."""
    offset = source.index.finding_offset(item.line, item.column)
    return quick_fixes(item, source.outline, offset, lang)
