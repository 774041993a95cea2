"""The review's chart in Word: the context's SVG, behind a PNG for readers that cannot draw SVG."""

from __future__ import annotations

from io import BytesIO

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from coordreg.documents.context import ReviewContext
from coordreg.documents.docx.blocks import styled
from coordreg.documents.docx.page import clean
from coordreg.render import chart

SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def add_chart(doc: Document, c: ReviewContext, caption: str) -> None:
    """A PNG picture carrying the SVG as its `asvg:svgBlip` (Word 2016+ draws the SVG)."""
    run = styled(doc.add_paragraph(), "CR Figure").add_run()
    png = chart.completion_png(c.chart_bars)
    inline = run.add_picture(BytesIO(png), width=Mm(150))._inline
    inline.docPr.set("descr", clean(caption))
    package = doc.part.package
    svg_name = package.next_partname("/word/media/image%d.svg")
    svg = Part(svg_name, "image/svg+xml", c.chart_svg.encode("utf-8"), package)
    rid = doc.part.relate_to(svg, RT.IMAGE)
    blip = inline.find(f".//{qn('a:blip')}")
    assert blip is not None
    extension = f'<asvg:svgBlip xmlns:asvg="{SVG_NS}" r:embed="{rid}"/>'
    blip.append(
        parse_xml(
            f'<a:extLst {nsdecls("a", "r")}><a:ext uri="{SVG_EXTENSION}">{extension}</a:ext></a:extLst>'
        )
    )
