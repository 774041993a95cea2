"""`coordreg check`, and the commands that describe the format: schema, rules, explain."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app
from coordreg.cli.values import checked_paths
from coordreg.errors import UsageError

if TYPE_CHECKING:
    from coordreg.edit.autofix import FileFix


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class FileKind(StrEnum):
    regulation = "regulation"
    evaluation = "evaluation"


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).",
            show_default=False,
            callback=checked_paths,
        ),
    ] = None,
    output_format: Annotated[
        CheckFormat,
        typer.Option(
            "--format", "-f", help="text, json, github (annotations) or sarif (code scanning)."
        ),
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="Make the fixes that cannot change meaning, in place; print each."
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option("--diff", help="Print the fixes --fix would make as a diff; write nothing."),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            help="Processes to check with (default: the machine's cores).",
            show_default=False,
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cache of results.")
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="Where results are cached (default: $XDG_CACHE_HOME/coordreg).",
            show_default=False,
        ),
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REV",
            help="Check only the regulation folders with a file changed since this git revision.",
        ),
    ] = None,
    lang: LangOption = Lang.vi,
) -> None:
    """Check regulations and evaluation records: schema, references, numbering, dates.

    Exit status: 0 when there are no errors (warnings allowed unless --strict),
    1 when there are findings (with --diff: when a fix would be made), 2 when
    the command cannot run.
    """
    from coordreg import api
    from coordreg.check.cache import default_root
    from coordreg.check.jobs import default_jobs
    from coordreg.files.root import regulations_folder
    from coordreg.reporters import REPORTERS

    chosen = paths or [regulations_folder()]
    if jobs is not None and jobs < 1:
        raise UsageError("jobs_not_positive", jobs=jobs)
    if fix or diff:
        # Imported here: fixing needs the rules and models, a cached check does not.
        from coordreg.edit.autofix import fix_paths

        made = fix_paths(chosen, write=not diff, changed_since=changed_since)
        report_fixes(made, lang.value, diff=diff)
        if diff:
            raise typer.Exit(1 if made else 0)
    cache = None if no_cache else (cache_dir or default_root())
    result = api.check_regulations(
        chosen,
        jobs=jobs if jobs is not None else default_jobs(),
        cache_dir=cache,
        changed_since=changed_since,
    )
    REPORTERS[output_format.value](result, sys.stdout, lang.value)
    if result.errors or (strict and result.warnings):
        raise typer.Exit(1)


def report_fixes(made: list[FileFix], lang: str, *, diff: bool) -> None:
    """Each change --fix made (on stderr, so --format's output stays whole), or the diff."""
    from coordreg.catalogue.errors import render_error

    for fixed in made:
        if diff:
            typer.echo(fixed.diff(), nl=False)
            continue
        for value in fixed.changes:
            args = {
                "path": fixed.shown,
                "line": value.line,
                "column": value.column,
                "code": value.code,
                "before": value.before,
                "after": value.after,
            }
            typer.echo(render_error("fix_changed", args, lang), err=True)
    count = sum(len(fixed.changes) for fixed in made)
    if not made:
        summary = render_error("fix_nothing", {}, lang)
    else:
        key = "fix_summary_diff" if diff else "fix_summary"
        summary = render_error(key, {"count": count, "files": len(made)}, lang)
    typer.echo(f"coordreg: {summary}.", err=True)


@app.command()
def schema(
    kind: Annotated[
        FileKind | None,
        typer.Argument(
            help="regulation or evaluation (default: one schema for both, either kind)."
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            help="Write <kind>.schema.json files into this folder instead.",
            callback=checked_paths,
        ),
    ] = None,
    lang: LangOption = Lang.vi,
) -> None:
    """Print the JSON Schema of the file formats, for editors that validate YAML."""
    from coordreg.catalogue.errors import render_error
    from coordreg.check.schema import file_schemas, one_schema, write_schemas

    schemas = file_schemas()
    if out_dir is not None:
        written = write_schemas(out_dir, schemas)
        for file in written:
            typer.echo(render_error("wrote", {"path": file}, lang.value))
        return
    chosen = schemas[kind.value] if kind is not None else one_schema(schemas)
    typer.echo(json.dumps(chosen, ensure_ascii=False, indent=2))


@app.command("rules")
def list_rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the full documentation as Markdown.")
    ] = False,
    lang: LangOption = Lang.vi,
) -> None:
    """List every finding code with its severity and what it checks."""
    from coordreg.catalogue.rule_summaries import SEVERITY_WORDS
    from coordreg.rules import CODES, rules_markdown
    from coordreg.rules.explained import summary

    if markdown:
        typer.echo(rules_markdown(), nl=False)
        return
    words = SEVERITY_WORDS[lang.value]
    for doc in CODES.values():
        severity = words[doc.severity.value]
        typer.echo(f"{doc.code}  {severity:<9} {doc.name:<28} {summary(doc, lang.value)}")


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A finding code, such as CR301.")],
    lang: LangOption = Lang.vi,
) -> None:
    """Print the documentation of a finding code, with examples."""
    from coordreg.rules import CODES
    from coordreg.rules.explained import explanation

    doc = CODES.get(code.upper())
    if doc is None:
        raise UsageError("unknown_code", code=code)
    typer.echo(explanation(doc, lang.value))
