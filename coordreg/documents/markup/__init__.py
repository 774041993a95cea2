"""One source per document: its Markdown template, read into blocks and laid out per format.

`parse` reads the Markdown a document's template renders (`blocks` is the model);
the Markdown output is that text without the fence lines of its parts; `html`
and the Word writer (`coordreg.documents.docx.writer`) lay the blocks out.
"""
