"""The Markdown a document's template renders, read into blocks: what the writers receive."""

from __future__ import annotations

from coordreg.documents.markup.blocks import (
    Break,
    Cell,
    Code,
    Container,
    Heading,
    List,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    Table,
)
from coordreg.documents.markup.parse import markdown_text, parse

SOURCE = """\
::: heading
# KẾ HOẠCH

**Thực hiện *Quy chế***
:::

Căn cứ <script>alert(1)</script> &amp; \\<b>;

- Một
  *ghi chú*
- Hai

1. Bước<br>tiếp<br>

> Chưa có biên bản năm 2024.

::: appendix
---

| STT | Nội dung |
|---:|:---:|
| 1 | a<br>**b** |
:::

```text
2022  ████  91,2%
```
"""


def test_the_markdown_output_is_the_source_without_its_fence_lines() -> None:
    text = markdown_text(SOURCE)
    assert ":::" not in text
    assert text.startswith("# KẾ HOẠCH\n\n**Thực hiện *Quy chế***\n\nCăn cứ")
    assert "1. Bước<br>tiếp<br>\n\n> Chưa" in text
    assert "> Chưa có biên bản năm 2024.\n\n---\n\n| STT |" in text
    assert text.endswith("| 1 | a<br>**b** |\n\n```text\n2022  ████  91,2%\n```\n")


def test_blocks() -> None:
    assert parse(SOURCE) == (
        Container(
            "heading",
            (
                Heading(1, (Run("KẾ HOẠCH"),)),
                Paragraph((Run("Thực hiện ", bold=True), Run("Quy chế", bold=True, italic=True))),
            ),
        ),
        # Inline HTML is text, never markup; an escaped "<" too.
        Paragraph((Run("Căn cứ <script>alert(1)</script> & <b>;"),)),
        List(
            False,
            (
                ListItem((Paragraph((Run("Một"), Break(), Run("ghi chú", italic=True))),)),
                ListItem((Paragraph((Run("Hai"),)),)),
            ),
        ),
        List(True, (ListItem((Paragraph((Run("Bước"), Break(), Run("tiếp"))),)),)),
        Quote((Paragraph((Run("Chưa có biên bản năm 2024."),)),)),
        Container(
            "appendix",
            (
                Rule(),
                Table(
                    (Cell((Run("STT"),), "right"), Cell((Run("Nội dung"),), "center")),
                    (
                        (
                            Cell((Run("1"),), "right"),
                            Cell((Run("a"), Break(), Run("b", bold=True)), "center"),
                        ),
                    ),
                ),
            ),
        ),
        Code("2022  ████  91,2%\n"),
    )
