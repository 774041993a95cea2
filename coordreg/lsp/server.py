"""The language server: pygls over standard input and output, and what each request does.

Documents are synchronised whole (each change sends the full text): the server
never has to apply an edit to its copy, so its copy cannot drift from the
editor's, whatever line breaks the text holds.

Checking runs on one worker thread, so the server keeps reading messages while
a check runs; changes that arrive meanwhile are not checked one by one: when the
check ends, only the newest text is checked next (a check whose text is no
longer the newest is never published). After a document's own diagnostics are
out, the other open files of its regulation folder are checked again, since
records are checked against their regulation and the year before.

Requests about places (hover, definition, completion) read the newest text,
the regulation as last checked; quick fixes only the findings of the newest
text, so that an edit never lands on a text it was not made for.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from coordreg.lsp import completion, navigation
from coordreg.lsp.analysis import Analyser, Analysis, Source
from coordreg.lsp.diagnostics import diagnostic, diagnostics, finding_span
from coordreg.lsp.quickfix import fixes
from coordreg.version import __version__

LANGUAGES = ("vi", "en")


def chosen_language(options: Any) -> str:
    """The language of messages: `initializationOptions.lang`, else COORDREG_LANG, else vi."""
    given = options.get("lang") if isinstance(options, dict) else None
    for lang in (given, os.environ.get("COORDREG_LANG")):
        if lang in LANGUAGES:
            return str(lang)
    return "vi"


class CoordregServer(LanguageServer):
    """The server's state: the language, open texts, the newest analysis of each document."""

    def __init__(self) -> None:
        super().__init__("coordreg", __version__, types.TextDocumentSyncKind.Full)
        self.lang = chosen_language(None)
        self.analyser = Analyser(self._open_text)
        self.analyses: dict[str, Analysis] = {}
        # Written on the event loop only; the worker thread reads single entries.
        self._open: dict[Path, str] = {}
        self._uris: dict[Path, str] = {}
        self._wanted: dict[str, int | None] = {}
        self._running: set[str] = set()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coordreg-check")

    def _open_text(self, path: Path) -> str | None:
        return self._open.get(path)

    def start(self, encoding: str, options: Any) -> None:
        self.lang = chosen_language(options)
        self.analyser = Analyser(self._open_text, encoding)

    def opened(self, uri: str) -> Path:
        """Take the editor's newest text of `uri` as the file's text; its path."""
        document = self.workspace.get_text_document(uri)
        path = Path(document.path)
        self._open[path] = document.source
        self._uris[path] = uri
        self._wanted[uri] = document.version
        return path

    def closed(self, uri: str) -> Path:
        path = Path(self.workspace.get_text_document(uri).path)
        self._open.pop(path, None)
        self._uris.pop(path, None)
        self._wanted.pop(uri, None)
        self.analyses.pop(uri, None)
        self.analyser.forget(path)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))
        return path

    def _diagnose(self, path: Path, text: str) -> tuple[Analysis, list[types.Diagnostic]] | None:
        """On the worker thread: check the text and word its findings (outline included)."""
        analysis = self.analyser.analyse(path, text)
        if analysis is None:
            return None
        return analysis, diagnostics(analysis.findings, analysis.source, self.lang)

    async def check(self, uri: str, path: Path, dependants: bool = True) -> None:
        """Check `uri`'s newest text and publish its diagnostics, unless a newer text came."""
        if uri in self._running:
            return  # the running check goes on to the newest text when it ends
        self._running.add(uri)
        loop = asyncio.get_running_loop()
        try:
            while path in self._open:
                version, text = self._wanted.get(uri), self._open[path]
                done = await loop.run_in_executor(self._worker, self._diagnose, path, text)
                if self._wanted.get(uri) != version or path not in self._open:
                    continue
                if done is not None:
                    self.analyses[uri], found = done
                    self.text_document_publish_diagnostics(
                        types.PublishDiagnosticsParams(uri, found, version)
                    )
                break
        except Exception as error:  # a bug must not end the server: say it, keep serving
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Error, f"coordreg: {path}: {error!r}")
            )
        finally:
            self._running.discard(uri)
        if dependants:
            await self.check_dependants(path)

    async def check_dependants(self, path: Path) -> None:
        """Check again the open records that are checked against `path`.

        A record is checked against its regulation, and against the record of
        the year before, which `check` reads from the records named before it.
        """
        record = path.parent.name == "evaluations"
        folder = path.parent.parent if record else path.parent
        for other, uri in list(self._uris.items()):
            if other.parent == folder / "evaluations" and (other > path if record else True):
                await self.check(uri, other, dependants=False)

    def current(self, uri: str) -> Analysis | None:
        """The newest analysis of `uri`, seen on the editor's newest text.

        When the text changed since it was checked, the findings are dropped
        (their places may have moved) and places are read from the new text.
        """
        analysis = self.analyses.get(uri)
        if analysis is None:
            return None
        text = self.workspace.get_text_document(uri).source
        if text == analysis.source.text:
            return analysis
        source = Source(analysis.source.path, text, analysis.source.encoding)
        regulation = source if analysis.kind == "regulation" else analysis.regulation
        return replace(analysis, source=source, findings=[], regulation=regulation)


def _location(server: CoordregServer, source: Source, span: tuple[int, int]) -> types.Location:
    uri = server._uris.get(source.path) or from_fs_path(str(source.path)) or str(source.path)
    return types.Location(uri, source.index.range(*span))


def build_server() -> CoordregServer:
    """A server with every feature registered, ready for `start_io`."""
    server = CoordregServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: CoordregServer, params: types.InitializeParams) -> None:
        encoding = ls.workspace.position_encoding or types.PositionEncodingKind.Utf16
        ls.start(str(encoding), params.initialization_options)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: CoordregServer, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        await ls.check(uri, ls.opened(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: CoordregServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        await ls.check(uri, ls.opened(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: CoordregServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        await ls.check(uri, ls.opened(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: CoordregServer, params: types.DidCloseTextDocumentParams) -> None:
        await ls.check_dependants(ls.closed(params.text_document.uri))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: CoordregServer, params: types.HoverParams) -> types.Hover | None:
        analysis = ls.current(params.text_document.uri)
        if analysis is None:
            return None
        target = navigation.target_at(analysis, analysis.source.index.offset(params.position))
        if target is None:
            return None
        content = types.MarkupContent(
            types.MarkupKind.Markdown, navigation.hover_text(target, ls.lang)
        )
        span = analysis.source.index.range(target.scalar.start, target.scalar.end)
        return types.Hover(content, span)

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: CoordregServer, params: types.DefinitionParams) -> types.Location | None:
        analysis = ls.current(params.text_document.uri)
        if analysis is None:
            return None
        target = navigation.target_at(analysis, analysis.source.index.offset(params.position))
        span = navigation.definition_span(target) if target is not None else None
        if target is None or span is None:
            return None
        return _location(ls, target.source, span)

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=[" ", "[", ","]),
    )
    def complete(ls: CoordregServer, params: types.CompletionParams) -> types.CompletionList | None:
        analysis = ls.current(params.text_document.uri)
        if analysis is None or analysis.regulation is None:
            return None
        source = analysis.source
        offset = source.index.offset(params.position)
        place = completion.place_at(source.text, offset)
        if place is None:
            return None
        present = {
            str(s.path[1])
            for s in source.outline.scalars
            if s.is_key and len(s.path) == 2 and s.path[0] == "results"
        }
        typed = source.index.range(offset - len(place.partial), offset)
        items = [
            types.CompletionItem(
                label=candidate.id,
                kind=types.CompletionItemKind.Reference,
                detail=candidate.name,
                sort_text=f"{number:04d}",
                text_edit=types.TextEdit(typed, candidate.id),
            )
            for number, candidate in enumerate(
                completion.candidates(place, analysis.regulation.outline, present - {place.partial})
            )
        ]
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: CoordregServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        analysis = ls.current(uri)
        if analysis is None:
            return None
        source = analysis.source
        first, last = source.index.offset(params.range.start), source.index.offset(params.range.end)
        actions = []
        for item in sorted(analysis.findings):
            start, end = finding_span(item, source)
            if start > last or end < first:
                continue
            for fix in fixes(item, source, ls.lang):
                edits = [
                    types.TextEdit(source.index.range(e.start, e.end), e.text) for e in fix.edits
                ]
                actions.append(
                    types.CodeAction(
                        title=fix.title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic(item, source, ls.lang)],
                        edit=types.WorkspaceEdit(changes={uri: edits}),
                        is_preferred=fix.preferred,
                    )
                )
        return actions

    return server


def serve() -> None:
    """Run the server on standard input and output until the editor ends it."""
    build_server().start_io()
