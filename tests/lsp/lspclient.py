"""A language client for tests: a real `coordreg lsp` process, spoken to over its pipes.

The framing is the protocol's own (`Content-Length: N`, a blank line, N bytes of
JSON-RPC), written here by hand so that the tests check the server's bytes, not
a library's idea of them. A thread reads every message the server sends into a
queue; requests wait for their response, and notifications (diagnostics) are
kept until a test asks for them. Server-to-client requests get a null result.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

Message = dict[str, Any]
TIMEOUT = 30.0


def _read_message(stream: IO[bytes]) -> Message | None:
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length is None:
        raise ValueError("a message without Content-Length")
    message: Message = json.loads(stream.read(length).decode("utf-8"))
    return message


class LspClient:
    """One server process and the conversation with it."""

    def __init__(self, cwd: Path, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "coordreg", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=cwd,
            env=env if env is not None else dict(os.environ),
        )
        self._incoming: queue.Queue[Message | None] = queue.Queue()
        self._kept: list[Message] = []
        self._next_id = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        while (message := _read_message(self.process.stdout)) is not None:
            self._incoming.put(message)
        self._incoming.put(None)

    def _send(self, message: Message) -> None:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        with self._lock:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def _next(self, deadline: float) -> Message:
        """The next message from the server; server requests are answered on the way."""
        while True:
            message = self._incoming.get(timeout=max(deadline - time.monotonic(), 0.001))
            if message is None:
                raise EOFError("the server closed its output")
            if "method" in message and "id" in message:
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            return message

    def request(self, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
        self._next_id += 1
        ident = self._next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline)
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")
            self._kept.append(message)

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def notification(
        self, method: str, accept: Callable[[Any], bool], timeout: float = TIMEOUT
    ) -> Any:
        """The params of the first notification `method` that `accept` takes (it is consumed)."""
        deadline = time.monotonic() + timeout
        for index, message in enumerate(self._kept):
            if message.get("method") == method and accept(message["params"]):
                del self._kept[index]
                return message["params"]
        while True:
            message = self._next(deadline)
            if message.get("method") == method and accept(message["params"]):
                return message["params"]
            self._kept.append(message)

    # --- The conversation a test has -------------------------------------------

    def initialize(self, options: Any = None, encodings: list[str] | None = None) -> Any:
        capabilities: dict[str, Any] = {"textDocument": {"hover": {"contentFormat": ["markdown"]}}}
        if encodings is not None:
            capabilities["general"] = {"positionEncodings": encodings}
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": None,
                "capabilities": capabilities,
                "initializationOptions": options,
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str | None = None, version: int = 1) -> list[Any]:
        """Open `path` (with `text`, else its text on disk); the diagnostics published for it."""
        content = path.read_text(encoding="utf-8") if text is None else text
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": path.as_uri(),
                    "languageId": "yaml",
                    "version": version,
                    "text": content,
                }
            },
        )
        return self.diagnostics(path, version)

    def change(self, path: Path, text: str, version: int) -> list[Any]:
        """Send the whole new `text` of `path`; the diagnostics published for that version."""
        self.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": path.as_uri(), "version": version},
                "contentChanges": [{"text": text}],
            },
        )
        return self.diagnostics(path, version)

    def close_document(self, path: Path) -> None:
        self.notify("textDocument/didClose", {"textDocument": {"uri": path.as_uri()}})

    def diagnostics(self, path: Path, version: int | None = None) -> list[Any]:
        uri = path.as_uri()
        params = self.notification(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
        )
        found: list[Any] = params["diagnostics"]
        return found

    def at(self, method: str, path: Path, line: int, character: int, **extra: Any) -> Any:
        """A request about a place: hover, definition, completion."""
        return self.request(
            method,
            {
                "textDocument": {"uri": path.as_uri()},
                "position": {"line": line, "character": character},
                **extra,
            },
        )

    def close(self) -> int:
        with contextlib.suppress(OSError, EOFError, RuntimeError, queue.Empty):
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@contextlib.contextmanager
def running(
    cwd: Path, options: Any = None, env: dict[str, str] | None = None
) -> Iterator[LspClient]:
    """A started, initialised server, shut down at the end."""
    client = LspClient(cwd, env)
    try:
        client.initialize(options)
        yield client
    finally:
        client.close()


# --- Places in a test's text ---------------------------------------------------


def position(text: str, needle: str, occurrence: int = 1) -> dict[str, int]:
    """The protocol's position of the start of the `occurrence`-th `needle` in `text`
    (characters: the tests' texts hold no character outside the BMP unless they say so)."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index)
    return {"line": line, "character": index - (text.rfind("\n", 0, index) + 1)}


def span(text: str, needle: str, occurrence: int = 1) -> dict[str, dict[str, int]]:
    """The range `needle` covers (on one line)."""
    start = position(text, needle, occurrence)
    return {"start": start, "end": {**start, "character": start["character"] + len(needle)}}


def apply_edits(text: str, edits: list[Any]) -> str:
    """`text` with the protocol's text edits applied (ranges in characters)."""
    lines = text.split("\n")

    def offset(place: dict[str, int]) -> int:
        return sum(len(line) + 1 for line in lines[: place["line"]]) + place["character"]

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text
