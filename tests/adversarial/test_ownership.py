"""Owner, group, mode and hard links of a replaced file (issue 14, point 4).

Run as root (as CI and many servers run it), `fmt` and `transfer` turned a file
owned by another user into root:root, so that its owner could no longer edit
it, and a hard link was split without a word. A replaced file now keeps its
owner, group and mode; a file whose owner coordreg cannot keep (it runs as
another user, who cannot give a file away) or that has several hard links is
left as it is, with a message (exit 1): coordreg/files/keep.py.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import FILE, FOLDER, GOOD_BYTES, assert_outcome, run, says, write_workspace
from processes import coordreg, is_root, shared_folder, unprivileged

UNFORMATTED = GOOD_BYTES.replace(b"\nparties:", b"\n\n\nparties:", 1)
TRANSFER = ("transfer", "qc-test", "--from", "bca-a05", "--to", "bca-vp", "--write", "--lang", "en")
FMT = ("fmt", "--lang", "en", FOLDER)
OTHER_UID, OTHER_GID = 4242, 4343

root_only = pytest.mark.skipif(not is_root(), reason="only root can give a file to another user")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_workspace(tmp_path, UNFORMATTED)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _owner(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)


@root_only
@pytest.mark.parametrize("args", [FMT, TRANSFER], ids=["fmt", "transfer"])
@pytest.mark.parametrize("mode", [0o640, 0o2664, 0o600], ids=["0640", "2664", "0600"])
def test_a_file_keeps_its_owner_group_and_mode(
    workspace: Path, args: tuple[str, ...], mode: int
) -> None:
    file = workspace / FILE
    os.chown(file, OTHER_UID, OTHER_GID)
    file.chmod(mode)
    inode = file.stat().st_ino
    answer = run(args)
    assert answer.exit == 0, answer.output
    assert file.stat().st_ino != inode  # a new file, renamed over the old one
    assert file.read_bytes() != UNFORMATTED
    assert _owner(file) == (OTHER_UID, OTHER_GID, mode)


@root_only
def test_an_output_file_keeps_its_owner_too(workspace: Path) -> None:
    output = workspace / "plan.md"
    output.write_text("old\n", encoding="utf-8")
    os.chown(output, OTHER_UID, OTHER_GID)
    output.chmod(0o664)
    (workspace / FILE).write_bytes(GOOD_BYTES)
    answer = run(("plan", "qc-test", "--year", "2023", "-o", "plan.md"))
    assert answer.exit == 0, answer.output
    assert output.read_text(encoding="utf-8") != "old\n"
    assert _owner(output) == (OTHER_UID, OTHER_GID, 0o664)


@pytest.mark.parametrize("args", [FMT, TRANSFER], ids=["fmt", "transfer"])
def test_a_file_with_several_hard_links_is_left_as_it_is(
    workspace: Path, args: tuple[str, ...]
) -> None:
    file = workspace / FILE
    backup = workspace / "backup-regulation.yaml"
    os.link(file, backup)
    answer = run(args)
    message = (
        f"coordreg: {FILE} has 2 hard links; replacing it would split them, so coordreg "
        "leaves it as it is (copy it to a file of its own first)"
    )
    assert answer.exit == 1, answer.output
    assert message in answer.stderr, answer.stderr
    assert file.read_bytes() == backup.read_bytes() == UNFORMATTED
    assert file.stat().st_ino == backup.stat().st_ino
    assert file.stat().st_nlink == 2


def test_an_output_with_several_hard_links_is_left_as_it_is(workspace: Path) -> None:
    (workspace / FILE).write_bytes(GOOD_BYTES)
    output = workspace / "plan.md"
    output.write_text("published\n", encoding="utf-8")
    os.link(output, workspace / "site-plan.md")
    answer = run(("plan", "qc-test", "--year", "2023", "--lang", "en", "-o", "plan.md"))
    assert_outcome(answer, says(1, "file_hard_links", path="plan.md", count="2"))
    assert (workspace / "site-plan.md").read_text(encoding="utf-8") == "published\n"
    assert output.stat().st_nlink == 2


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder anyone may write in, holding root's regulation, writable by anyone."""
    with shared_folder() as folder:
        write_workspace(folder, UNFORMATTED)
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o666)
        yield folder


@root_only
@pytest.mark.parametrize("args", [FMT, TRANSFER], ids=["fmt", "transfer"])
def test_another_user_cannot_take_a_file_over(shared: Path, args: tuple[str, ...]) -> None:
    """As a user who is not the owner, the new file would be theirs: refused, not taken."""
    file = shared / FILE
    answer = coordreg(args, shared, as_tester=True)
    assert_outcome(answer, says(1, "file_owner", uid="0", gid="0"))
    assert file.read_bytes() == UNFORMATTED
    assert _owner(file) == (0, 0, 0o666)
    user = unprivileged()
    assert not [p for p in file.parent.iterdir() if p.stat().st_uid == user.uid]


# --- Access control lists and other extended attributes (a variant of point 4) -----------------


def _acl_granting_write(uid: int) -> bytes:
    """A POSIX access ACL (the kernel's xattr form): owner rw, user `uid` rw, group r, other r."""
    import struct

    def entry(tag: int, permissions: int, qualifier: int = 0xFFFFFFFF) -> bytes:
        return struct.pack("<HHI", tag, permissions, qualifier)

    return struct.pack("<I", 2) + b"".join(
        [entry(0x01, 6), entry(0x02, 6, uid), entry(0x04, 4), entry(0x10, 6), entry(0x20, 4)]
    )


ACL = "system.posix_acl_access"


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes here")
@pytest.mark.parametrize("args", [FMT, TRANSFER], ids=["fmt", "transfer"])
def test_a_file_keeps_its_access_list_and_extended_attributes(
    workspace: Path, args: tuple[str, ...]
) -> None:
    """A colleague given write access by an ACL (setfacl -m u:4242:rw) keeps it: the ACL, and
    the file's other extended attributes, go to the new file. Before, they were dropped."""
    file = workspace / FILE
    try:
        os.setxattr(file, ACL, _acl_granting_write(OTHER_UID))
        os.setxattr(file, "user.reviewed-by", b"vp")
    except OSError as error:  # pragma: no cover - a file system without them
        pytest.skip(f"extended attributes not supported here: {error}")
    mode = stat.S_IMODE(file.stat().st_mode)
    answer = run(args)
    assert answer.exit == 0, answer.output
    assert file.read_bytes() != UNFORMATTED
    assert os.getxattr(file, ACL) == _acl_granting_write(OTHER_UID)
    assert os.getxattr(file, "user.reviewed-by") == b"vp"
    assert stat.S_IMODE(file.stat().st_mode) == mode
