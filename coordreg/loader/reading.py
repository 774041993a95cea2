"""Getting a file's text: its bytes, read within limits, then decoded.

Only regular files are read, the size limit is checked before reading, and the
text must be UTF-8 (a byte-order mark is allowed). Each failure is a finding
(CR012 unreadable or changing while read, CR006 too large, CR018 behind a link
out of the repository, CR002 not UTF-8), never an exception that reaches the
user.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from coordreg.files.root import leads_outside
from coordreg.findings import Finding, finding
from coordreg.loader.limits import DEFAULT_LIMITS, Limits


class ReadError(Exception):
    """A file that cannot be read, or is over the size limit; `finding` says which."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code)
        self.finding = found


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return os.strerror(errno.EISDIR)
    kinds = {stat.S_ISFIFO: "a pipe", stat.S_ISCHR: "a device", stat.S_ISBLK: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a socket")
    return f"not a regular file ({kind})"


# A file that changes while it is read is read again, this many times in all,
# with a pause for the writer to finish; then it is unreadable (CR012).
READ_ATTEMPTS = 3
_PAUSE_SECONDS = 0.05
CHANGING = "the file changed while it was read (another program is writing it)"


def _identity(info: os.stat_result) -> tuple[int, ...]:
    """What changes when a file is written: its size and times (and which file it is)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


# O_NONBLOCK: should the path have become a pipe since, opening it does not wait.
# (Windows has neither flag, nor pipes in the file system.)
# What a read asks for when the size is not known (or was passed).
_STEP = 256 * 1024
_FLAGS = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_up_to(descriptor: int, most: int, size: int) -> bytes:
    """At most `most` bytes from `descriptor`: until its end, or once `size` (the size it
    reported, when it reported one) have come; whether more came since is for the
    caller's second look at the file to tell.

    Each read asks for what is expected (`size` and one more byte), never for `most`:
    a read allocates what it asks for, and `most` is the size limit, megabytes.
    """
    chunks: list[bytes] = []
    got = 0
    step = size + 1 if size > 0 else _STEP
    while got < most:
        chunk = os.read(descriptor, min(most - got, step))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
        if got == size:
            break
        step = _STEP
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _read_steady(path: Path, limits: Limits, fail: Callable[[str], ReadError]) -> bytes | None:
    """The bytes of `path`, or None if the file changed while they were read.

    Changed: its size or times differ after the read from before it, or fewer
    or more bytes came than its size (a writer truncating it, or appending).
    A file that reports no size (/proc) is taken as read.
    """
    descriptor = os.open(path, os.O_RDONLY | _FLAGS)
    try:
        before = os.fstat(descriptor)
        if not stat.S_ISREG(before.st_mode):
            raise fail(_not_regular(before.st_mode))
        raw = _read_up_to(descriptor, limits.max_bytes + 1, before.st_size)
        after = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    steady = _identity(before) == _identity(after)
    if len(raw) <= limits.max_bytes and before.st_size and len(raw) != before.st_size:
        steady = False
    return raw if steady else None


def read_file(path: Path, shown: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the regular file at `path`; `ReadError` (CR012, CR006, CR018) otherwise.

    Only regular files are read: a pipe or a device (a FIFO named
    regulation.yaml, a link to /dev/zero) would block or never end. The size is
    checked before reading, and no more than the limit is ever read, even from
    a file that grows meanwhile or reports no size (/proc). A file that changes
    while it is read (a copy still running, `git show REV:f > f`) is read
    again, and is unreadable if it keeps changing: what was read is not the
    file. A path that leads out of its repository through a symbolic link
    (`coordreg.files.root`) is not opened at all.
    """

    def unreadable(detail: str) -> ReadError:
        return ReadError(finding(shown, (0, 0), "CR012", detail=detail))

    def too_large(size: int) -> ReadError:
        return ReadError(finding(shown, (1, 1), "CR006", size=size, limit=limits.max_bytes))

    outside = leads_outside(path)
    if outside is not None:
        raise ReadError(finding(shown, (0, 0), "CR018", root=str(outside)))
    raw: bytes | None = None
    try:
        for attempt in range(READ_ATTEMPTS):
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise unreadable(_not_regular(info.st_mode))
            if info.st_size > limits.max_bytes:
                raise too_large(info.st_size)
            if attempt:
                time.sleep(_PAUSE_SECONDS)
            raw = _read_steady(path, limits, unreadable)
            if raw is not None:
                break
    except OSError as error:
        raise unreadable(error.strerror or str(error)) from None
    if raw is None:
        raise unreadable(CHANGING)
    if len(raw) > limits.max_bytes:
        raise too_large(max(len(raw), info.st_size))
    return raw


UTF8_BOM = b"\xef\xbb\xbf"


def without_bom(raw: bytes) -> bytes:
    """A file's bytes without a UTF-8 byte-order mark: what its text and offsets count from."""
    return raw[len(UTF8_BOM) :] if raw.startswith(UTF8_BOM) else raw


def decode(raw: bytes, path: str) -> str | Finding:
    """The text of a file's bytes, or the CR002 that says why they are not UTF-8.

    UTF-16 and UTF-32 are told by their byte-order mark or, without one, by the
    zero bytes of ASCII text; a UTF-8 byte-order mark is dropped.
    """
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            return finding(path, (1, 1), "CR002", encoding=name)
    if len(raw) >= 4 and ((raw[1] == 0 and raw[3] == 0) or (raw[0] == 0 and raw[2] == 0)):
        return finding(path, (1, 1), "CR002", encoding="UTF-16")
    raw = without_bom(raw)  # so that error offsets below count from the first character
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = raw[: error.start]
        line = prefix.count(b"\n")
        column = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace"))
        return finding(path, (line + 1, column + 1), "CR002", variant="not_utf8")
