"""Standard output and standard error as every command writes them.

Three things can go wrong with them that have nothing to do with the data, and each
is answered here, once, for every command (`run` wraps the whole command line):

- **An encoding that cannot write every character** (`PYTHONIOENCODING=cp1252`, a
  Windows console's code page, which has no ă, đ, ơ, ư, ạ ...). A character the
  encoding lacks is written as `?`, never a `UnicodeEncodeError`; at the end one
  note on standard error says how many there were and how to see them. The output
  keeps the encoding asked for, so whoever reads it decodes it as announced.
- **A write that fails**: a full disk (`> /dev/full`), a closed standard output
  (`>&-`), an I/O error. One line on standard error ("cannot write to standard
  output: No space left on device"), exit status 2, no traceback. The exception
  unwinds the command, so a temporary file is removed as on any error.
- **A pipe closed by its reader** (`| head -1`): the conventional answer, silently.
  Nothing more is written, no message, and the exit status is 141, 128 + SIGPIPE,
  as for any program a pipeline stops. SIGPIPE itself stays ignored (Python's
  default), so the command unwinds rather than dying in the middle of a write.

Everything written as text passes `controls.terminal_safe` on its way out: a
control character that reached a print without being shown as its escape (a place
in the code that forgot, as the reporters do not) is escaped here. The colour and
bold sequences of coordreg's own reports pass when the stream is a terminal.

A standard stream that is closed when coordreg starts is first opened on
/dev/null, as git does, so that no file coordreg opens takes its number: a closed
standard error would otherwise let a message land in the file written next.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

from coordreg.catalogue.controls import terminal_safe

# 128 + SIGPIPE, the status of a program the reader of its pipe stopped.
BROKEN_PIPE_STATUS = 141
# The status of a command that cannot run as asked (coordreg's UsageError).
OUTPUT_FAILED_STATUS = 2

_REPLACE = "coordreg.replace"


class OutputError(OSError):
    """A write to standard output failed (its errno is the system's)."""


@dataclass
class _State:
    """What the streams met during one run, for the closing lines."""

    out: _Guarded | None = None
    out_text: io.TextIOWrapper | None = None
    replaced: int = 0  # characters the output encoding could not write
    language: str = "en"


_STATE = _State()


class _Guarded(io.RawIOBase):
    """A standard stream's raw layer that remembers its first failure.

    `raw` is None for a stream that was closed at start: every write fails with
    EBADF, as a write to a closed descriptor does. Standard output raises
    `OutputError`; standard error (`quiet`) has nowhere to report its own failure,
    and drops what it cannot write. Once `discard` is set, writes go nowhere: the
    flush at exit cannot fail again.
    """

    def __init__(self, raw: Any, name: str, quiet: bool) -> None:
        super().__init__()
        self._raw = raw
        self.name = name
        self._quiet = quiet
        self.failure: OSError | None = None
        self.discarding = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._raw is not None and bool(self._raw.isatty())

    def fileno(self) -> int:
        if self._raw is None:
            raise io.UnsupportedOperation("standard stream closed")
        return int(self._raw.fileno())

    def write(self, data: Any) -> int:
        size = len(memoryview(data))
        if self.discarding:
            return size
        try:
            if self._raw is None:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            written = self._raw.write(data)
            return size if written is None else int(written)
        except OSError as error:
            self.failure = self.failure or error
            if self._quiet:
                self.discarding = True
                return size
            raise OutputError(error.errno, error.strerror) from None


class _Shown(io.TextIOWrapper):
    """A standard text stream that writes `controls.terminal_safe` text."""

    def __init__(
        self, buffer: io.BufferedWriter, encoding: str, line_buffering: bool, unbuffered: bool
    ) -> None:
        super().__init__(
            buffer,
            encoding=encoding,
            errors=_REPLACE,
            line_buffering=line_buffering,
            write_through=unbuffered,
        )
        # Unbuffered (`python -u`, PYTHONUNBUFFERED) as Python's own stream was.
        self._unbuffered = unbuffered
        # Styles are coordreg's own only where rich writes them: on a terminal.
        self._keep_styles = buffer.isatty() or bool(os.environ.get("FORCE_COLOR"))

    def write(self, text: str) -> int:
        super().write(terminal_safe(text, self._keep_styles))
        if self._unbuffered:
            self.buffer.flush()
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:  # type: ignore[override]
        for line in lines:
            self.write(line)


def _replace(error: UnicodeError) -> tuple[str, int]:
    """`?` for each character the output encoding lacks, counted for the closing note."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    count = error.end - error.start
    _STATE.replaced += count
    return "?" * count, error.end


def _open_closed_descriptors() -> None:
    """Standard input, output and error, when closed, opened on /dev/null."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)


def _wrapped(stream: Any, fd: int, name: str, quiet: bool) -> tuple[_Guarded, _Shown] | None:
    """A guarded text stream in place of `stream` (None when it was closed); None for
    a stream that is not a file's (a test harness's own), which is left alone."""
    raw: Any
    if stream is None:
        raw, encoding, line_buffering, unbuffered = None, "utf-8", False, False
        if quiet:  # nothing to report to: write to the /dev/null opened on its number
            raw = io.FileIO(fd, "w", closefd=False)
    else:
        buffer = getattr(stream, "buffer", None)
        # Unbuffered, Python's stream has its raw layer right under the text.
        raw = buffer if isinstance(buffer, io.RawIOBase) else getattr(buffer, "raw", None)
        if raw is None:
            return None
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
        encoding, line_buffering = stream.encoding, stream.line_buffering
        unbuffered = bool(getattr(stream, "write_through", False))
    guarded = _Guarded(raw, name, quiet)
    shown = _Shown(io.BufferedWriter(guarded), encoding, line_buffering, unbuffered)
    return guarded, shown


def prepare() -> None:
    """Put guarded standard output and error in place of Python's own."""
    codecs.register_error(_REPLACE, _replace)
    _open_closed_descriptors()
    out = _wrapped(sys.stdout, 1, "<stdout>", quiet=False)
    if out is not None:
        _STATE.out, _STATE.out_text = out
        sys.stdout = out[1]
    err = _wrapped(sys.stderr, 2, "<stderr>", quiet=True)
    if err is not None:
        sys.stderr = err[1]


def use_language(lang: str) -> None:
    """The language of the closing lines: the command's --lang."""
    _STATE.language = lang


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"coordreg: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _note_replaced(encoding: str) -> None:
    """Say once that characters were written as `?`: in the command's language if
    standard error can write it, else in English (a note made of `?` says nothing)."""
    from coordreg.catalogue.errors import render_error

    args = {"encoding": encoding, "count": _STATE.replaced}
    note = render_error("output_encoding", args, _STATE.language)
    try:
        note.encode(getattr(sys.stderr, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        note = render_error("output_encoding", args, "en")
    _say(note)


def conclude(status: int) -> int:
    """Flush standard output; the exit status once its failures are accounted for."""
    out, text = _STATE.out, _STATE.out_text
    if out is None or text is None:
        return status
    with contextlib.suppress(OSError):  # remembered by `out`
        text.flush()
    failure = out.failure
    if failure is not None:
        out.discarding = True
        if failure.errno == errno.EPIPE:
            return BROKEN_PIPE_STATUS
        from coordreg.catalogue.errors import render_error

        reason = failure.strerror or str(failure)
        _say(render_error("output_failed", {"reason": reason}, _STATE.language))
        return OUTPUT_FAILED_STATUS
    if _STATE.replaced:
        _note_replaced(text.encoding)
    return status


def _status(code: object) -> int:
    """The exit status `SystemExit(code)` stands for, as Python reads it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _say(str(code))
    return 1


def run(main: Callable[[], object]) -> NoReturn:
    """Run `main` (the command line) with guarded standard streams, then exit."""
    prepare()
    status = 0
    try:
        main()
    except SystemExit as exit_:
        status = _status(exit_.code)
    except OutputError:
        pass  # a failed write to standard output: `conclude` says so
    raise SystemExit(conclude(status))
