"""The findings made while reading a file, before any rule runs.

Each entry is the documentation of one code; the loader (`coordreg.loader.yamlload`)
and the checker make these findings.
"""

from __future__ import annotations

from coordreg.findings import Severity

READING_CODES: dict[str, tuple[str, Severity, str]] = {
    "CR001": (
        "yaml-syntax",
        Severity.ERROR,
        """The file is not valid YAML.

The finding points at the place where the parser gave up and says why.

Failing example::

    title: Quy chế phối hợp
    parties: [bca, btttt}        # CR001: did not find expected ',' or ']'

Passing example::

    title: Quy chế phối hợp
    parties: [bca, btttt]
""",
    ),
    "CR002": (
        "encoding",
        Severity.ERROR,
        """The file is not UTF-8.

coordreg reads UTF-8, with or without a byte-order mark. A file saved as
UTF-16 (Notepad's "Unicode"), Windows-1258 or Latin-1 gets this finding at the
first byte that is not UTF-8. Re-save the file as UTF-8.
""",
    ),
    "CR003": (
        "duplicate-key",
        Severity.ERROR,
        """A key appears twice in the same mapping.

YAML forbids it, and parsers disagree about which value wins; coordreg keeps
the first and reports the second.

Failing example::

    title: Quy chế phối hợp
    title: Quy chế phối hợp công tác       # CR003

Passing example::

    title: Quy chế phối hợp công tác
""",
    ),
    "CR004": (
        "alias-limit",
        Severity.ERROR,
        """Aliases expand to more values than coordreg will read (1,000,000).

A few anchors (`&name`) and aliases (`*name`) can stand for billions of values
(a "billion laughs" file). coordreg counts values as aliases expand and stops
at the limit rather than hang.
""",
    ),
    "CR005": (
        "nesting-limit",
        Severity.ERROR,
        """Mappings and lists are nested deeper than 100 levels.

A regulation needs about a dozen levels; anything deeper is not a regulation.
""",
    ),
    "CR006": (
        "file-size-limit",
        Severity.ERROR,
        """The file is larger than 10 MiB.

The largest real regulations are a few hundred kilobytes; the limit keeps a
stray dump or binary from being read.
""",
    ),
    "CR007": (
        "tag",
        Severity.ERROR,
        """An explicit YAML tag other than the core ones.

Tags such as `!!python/object` ask a loader to build objects; coordreg never
builds anything from a tag, and reports them so the file stays plain data.
`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map` and `!!seq` are allowed.

Failing example::

    title: !!python/object:os.system echo     # CR007

Passing example::

    title: !!str 2021
""",
    ),
    "CR008": (
        "complex-key",
        Severity.ERROR,
        """A key that is a list or a mapping.

Failing example::

    ? [bca, btttt]               # CR008
    : hai Bộ

Passing example::

    hai-bo: [bca, btttt]
""",
    ),
    "CR009": ("empty-file", Severity.ERROR, "The file holds no YAML document, or only `null`.\n"),
    "CR010": (
        "top-level-mapping",
        Severity.ERROR,
        """The top level of the file is not a mapping.

Failing example::

    - id: bca-btttt-2021         # CR010: a list at the top level

Passing example::

    id: bca-btttt-2021
""",
    ),
    "CR011": (
        "multiple-documents",
        Severity.ERROR,
        """The file holds more than one YAML document (`---` separators).

One file is one regulation or one yearly record; only the first document is read.
""",
    ),
    "CR012": (
        "unreadable-file",
        Severity.ERROR,
        """The file cannot be read: missing, a directory, no permission, a symlink loop.
""",
    ),
    "CR013": (
        "undefined-alias",
        Severity.ERROR,
        """An alias (`*name`) refers to no anchor (`&name`) defined before it.

Failing example::

    support: *ho-tro             # CR013

Passing example::

    x-ho-tro: &ho-tro [btttt-vp]
    support: *ho-tro
""",
    ),
    "CR014": (
        "finding-limit",
        Severity.ERROR,
        """More findings in one file than coordreg lists (1,000 at each stage).

A file of thousands of duplicate keys, tags or misplaced values is not a
regulation being edited; listing every finding would take minutes and
gigabytes. coordreg lists the first 1,000 findings of reading the file, and
the first 1,000 of checking its content, then this one finding, placed where
the list stops, with the number left out. It is an error when any finding left
out is one (a warning when all of them are warnings, such as text not in NFC),
so the file fails exactly as it would with the full list.
""",
    ),
    "CR015": (
        "value-limit",
        Severity.ERROR,
        """The file holds more than 1,000,000 values (scalars, mappings and lists).

A regulation has a few thousand values; a file of millions (a generated list,
a data dump) would take gigabytes of memory to read. coordreg counts values as
it reads and stops at the limit, as it does for aliases (CR004): a value
reached through an alias counts as the values it stands for.
""",
    ),
    "CR016": (
        "key-not-a-name",
        Severity.ERROR,
        """A key that YAML reads as a number, a boolean or nothing, not as text.

Every key of a regulation and of an evaluation record is a name. A key such
as `2022`, `1.5`, `true` or `~` is read as a number, a boolean or null, which
no field of either file kind takes; it is reported at the key.

Failing example::

    2022: Hà Nội                 # CR016

Passing example::

    place: Hà Nội
""",
    ),
    "CR017": (
        "newer-format",
        Severity.ERROR,
        """The file is of a newer format than this coordreg reads.

The top-level `format` says which version of the file format a file is written
in: absent (format 1), or 2 for a regulation with acts and history (see
docs/format.md). A file of a later format may hold keys and values this
coordreg cannot know, so instead of reporting them as unknown keys, coordreg
reports this one finding, at `format`, and nothing else about the file: update
coordreg to read it. Evaluation records take the same key.

Failing example::

    format: 3                    # CR017: this file uses format 3; this coordreg reads up to format 2
    id: bca-btttt-2021
    timeline: {}

Passing example::

    format: 2
    id: bca-btttt-2021
""",
    ),
    "CR018": (
        "link-outside-repository",
        Severity.ERROR,
        """A symbolic link leads outside the repository.

The file, or a folder on its path, is a symbolic link whose target is outside
the repository: the git work tree that holds the file, else the folder holding
`coordreg.toml` or `regulations/`. A link committed to a shared repository could
otherwise have `check` print a file such as `/proc/self/environ` (and the
secrets in it) into a CI log, or `fmt` rewrite a file outside the repository.
git does not follow links either. coordreg does not open the target at all, so
no line of it is ever shown; every other command refuses such a path with the
message `link_outside`.

Refused::

    regulations/x/regulation.yaml -> /proc/self/environ               # CR018
    regulations/x/regulation.yaml -> ../../../elsewhere/compose.yml   # CR018

Followed::

    regulations/x/regulation.yaml -> ../../drafts/x.yaml   # inside the repository
""",
    ),
    "CR608": (
        "record-without-regulation",
        Severity.ERROR,
        """An evaluation record has no `regulation.yaml` in the folder above it.

Records live in `regulations/<id>/evaluations/<YYYY>.yaml`, beside the
regulation they evaluate.
""",
    ),
    "CR801": (
        "non-nfc-text",
        Severity.WARNING,
        """Text is not in Unicode NFC form.

Vietnamese letters can be stored precomposed ("ệ", NFC) or as a base letter
and combining marks ("e" + ̣ + ̂, NFD, common in text pasted from macOS or some
PDFs). They look the same but compare, search and sort differently. coordreg
reads the text as NFC and warns so the file can be re-saved in NFC.
""",
    ),
}
