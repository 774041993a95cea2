"""The five-year review (Báo cáo sơ kết) in Word: the figures, the chart, the shortfalls.

The sections the standing office writes itself (causes, lessons, direction) are
yellow placeholders ("CR Placeholder") between the sections coordreg fills in.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from coordreg.documents.context import ReviewContext
from coordreg.documents.docx.blocks import Sayer, closing, end_mark, grid, para, styled
from coordreg.documents.docx.page import clean
from coordreg.render import chart

# Column widths (mm) of the figures by year and by party or article; portrait: 165 mm.
YEARS_MM = (12, 25, 24, 17, 16, 18, 18, 18, 17)  # whole dates and header words
GROUPS_MM = (47, 19, 19, 20, 20, 22, 18)
SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def write(doc: Document, c: ReviewContext) -> None:
    """Everything under the heading: the five sections and the closing."""
    _body(doc, c)
    para(doc, c.closing_sentence)
    end_mark(doc)
    closing(doc, c)


def _body(doc: Document, c: ReviewContext) -> None:
    t, review, regulation, say = c.t, c.review, c.regulation, Sayer(doc, c.t)

    def prose(what: str) -> None:
        say("review.prose", "CR Placeholder", what=t(f"review.prose_{what}"))

    say("review.situation_h", "Heading 1")
    dates = {"signed": c.date(regulation.signed), "effective": c.date(regulation.effective)}
    sizes = {"articles": review.articles_total, "duties": review.duties_total}
    facts = {"title": regulation.title, "number": c.reg_number, "parties": c.party_names}
    say("review.situation", chapters=review.chapters_total, **facts, **dates, **sizes)
    if review.amendments is not None:
        say("review.amendments_h", "Heading 2")
        for a in review.amendments:
            para(doc, c.amendment(a), "CR List")
        if not review.amendments:
            say("review.amendments_none")
    prose("situation")
    say("review.s1", "Heading 1")
    _results(doc, c)
    prose("results")
    say("review.s2", "Heading 1")
    _shortcomings(doc, c)
    prose("causes")
    say("review.s3", "Heading 1")
    prose("lessons")
    say("review.s4", "Heading 1")
    say("review.direction", count=len(review.outstanding))
    prose("direction")
    say("review.s5", "Heading 1")
    if review.repeatedly_not_done:
        say("review.proposal")
    prose("proposals")


def _results(doc: Document, c: ReviewContext) -> None:
    """Section I: the period's total, the figures by year (table and chart), party, article."""
    t, review, percent, say = c.t, c.review, c.percent, Sayer(doc, c.t)
    total, none = review.total, t("none")
    tally = {
        "done": total.done,
        "in_progress": total.in_progress,
        "not_done": total.not_done,
        "not_applicable": total.not_applicable,
    }
    period = {"start": review.start, "end": review.end, "rate": percent(total.rate)}
    say("review.total", applicable=total.counted - total.not_applicable, **period, **tally)
    if review.missing_years:
        say("review.missing", "CR Note", years=", ".join(map(str, review.missing_years)))
    say("review.by_year_h", "Heading 2")
    keys = ("year", "host", "held", "due", "done", "in_progress", "not_done", "not_applicable")
    rows: list[Sequence[object]] = []
    for y in review.years:
        held = c.date(y.held) if y.held else (none if y.record else t("missing_record"))
        n = y.tally
        figures = (n.done, n.in_progress, n.not_done, n.not_applicable) if y.record else (none,) * 4
        rows.append((y.year, y.host.name, held, n.counted, *figures, percent(y.rate)))
    head = [t(f"col.{key}") for key in (*keys, "rate")]
    grid(doc, head, rows, YEARS_MM, "rllrrrrrr")
    say("review.chart_title", "CR Caption")
    _chart(doc, c)
    group_keys = ("duty_years", "done", "in_progress", "not_done", "not_applicable", "rate")
    columns = [t(f"col.{key}") for key in group_keys]
    for first, groups in (("party", review.parties), ("article", review.articles)):
        say(f"review.by_{first}_h", "Heading 2")
        rows = []
        for g in groups:
            name, n = (g.name if first == "party" else f"{g.key}. {g.name}"), g.tally
            counts = (n.counted, n.done, n.in_progress, n.not_done, n.not_applicable)
            rows.append((name, *counts, percent(n.rate)))
        grid(doc, [t(f"col.{first}"), *columns], rows, GROUPS_MM, "lrrrrrr")
    say("review.highlights_h", "Heading 2")
    article = t("col.article")
    highlights = [
        f"{n.year}: {n.result.note or ''}{c.evidence(n.result)} ({article} {n.article.number})"
        for n in review.achievements
    ]
    for line in highlights or [t("review.none")]:
        para(doc, line, "CR List")


def _shortcomings(doc: Document, c: ReviewContext) -> None:
    """Section II: duties not done twice or more, never evaluated, and still outstanding."""
    t, review, say = c.t, c.review, Sayer(doc, c.t)
    article = t("col.article")
    say("review.repeated_h", "Heading 2")
    for s in review.repeatedly_not_done:
        years = ", ".join(map(str, s.years))
        para(doc, f"{s.duty.text} ({article} {s.article.number}; {years})", "CR List")
        for note in s.notes:
            para(doc, f"{note.year}: {note.result.note}", "CR List 2")
    if not review.repeatedly_not_done:
        say("review.none")
    never = [f"{duty.text} ({article} {art.number})" for art, duty in review.never_evaluated]
    shortfalls = [
        t(
            "review.outstanding_item",
            text=n.duty.text,
            article=f"{article} {n.article.number}",
            year=n.year,
            status=t(f"status.{n.result.status}"),
        )
        + (f" {n.result.note}" if n.result.note else "")
        for n in review.outstanding
    ]
    for heading, lines in (("review.never_h", never), ("review.shortfalls_h", shortfalls)):
        say(heading, "Heading 2")
        for line in lines:
            para(doc, line, "CR List")
        if not lines:
            say("review.none")


# --- The chart: the context's SVG, behind a PNG for readers that cannot draw SVG ------


def _chart(doc: Document, c: ReviewContext) -> None:
    """A PNG picture carrying the SVG as its `asvg:svgBlip` (Word 2016+ draws the SVG)."""
    run = styled(doc.add_paragraph(), "CR Figure").add_run()
    png = chart.completion_png(c.chart_bars)
    inline = run.add_picture(BytesIO(png), width=Mm(150))._inline
    inline.docPr.set("descr", clean(c.t("review.chart_title")))
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
