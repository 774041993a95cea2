"""What reading one file may cost: the limits that keep hostile files harmless.

Every limit is listed, with the finding it gives, in docs/reliability.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one file may cost to read; docs/reliability.md lists every limit."""

    # CR006: checked before anything is read (a file that grows meanwhile is
    # still read no further than this).
    max_bytes: int = 10 * 1024 * 1024
    # CR005: nesting of mappings and lists.
    max_depth: int = 100
    # Values, each alias counted as the values it stands for: a regulation has a
    # few thousand, an alias-expansion bomb billions (CR004, at an alias), a
    # generated dump millions (CR015, at a value written out).
    max_values: int = 1_000_000
    # CR014: findings listed for one file, per stage (reading; schema and rules).
    # A file of 2,000,000 duplicate keys would otherwise cost minutes and
    # gigabytes to report; the rest are counted, and the file still fails.
    max_findings: int = 1000


DEFAULT_LIMITS = Limits()
