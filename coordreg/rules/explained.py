"""A finding code explained in the user's language, for `coordreg rules` and `explain`.

A rule's documentation is written in English (its docstring is also docs/rules.md).
In Vietnamese, `explain` gives the one-sentence summary from the catalogue and the
rule's failing and passing examples, which are YAML and read the same in any
language; the English prose is left out rather than mixed in.
"""

from __future__ import annotations

from coordreg.catalogue.rule_summaries import EXAMPLE_HEADINGS, SEVERITY_WORDS, SUMMARIES_VI
from coordreg.rules import CodeDoc


def summary(doc: CodeDoc, lang: str) -> str:
    """What the code checks, in one sentence of `lang`."""
    if lang == "vi":
        return SUMMARIES_VI.get(doc.code, "")
    return doc.summary


def _examples(doc: CodeDoc, lang: str) -> list[str]:
    """The doc's example blocks (the indented lines after "Failing example::"), headed in `lang`."""
    headings = EXAMPLE_HEADINGS[lang]
    blocks: list[list[str]] = []
    inside = False
    for line in doc.doc.splitlines():
        if line.strip() in headings:
            blocks.append([headings[line.strip()]])
            inside = True
        elif inside and line and not line.startswith(" "):
            inside = False  # the prose after an example is not part of it
        elif inside and (line or len(blocks[-1]) > 1):
            blocks[-1].append(line)
    return ["\n".join(block).rstrip() for block in blocks]


def explanation(doc: CodeDoc, lang: str) -> str:
    """`coordreg explain CODE` in `lang`: heading, summary (and in English the prose), examples."""
    severity = SEVERITY_WORDS[lang][doc.severity.value]
    heading = f"{doc.code} {doc.name} ({severity})"
    if lang != "vi":
        return f"{heading}\n\n{doc.doc}"
    return "\n\n".join([heading, summary(doc, lang), *_examples(doc, lang)])
