"""How documents name a duty's leads and the place in its article it comes from.

A duty led jointly or by each party is listed once, with all its leads and how
they carry it: "Bộ Công an, Bộ Thông tin và Truyền thông (đồng chủ trì)" or
"... (mỗi Bên)". A duty that names its clause (and point) is cited by it, as
Vietnamese texts do ("điểm a khoản 2 Điều 6"; English "Article 6(2)(a)"); one
that does not is cited by its article, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from coordreg.catalogue.labels import Labels
from coordreg.model import Article, Duty
from coordreg.model.leads import Lead, leads_of, mode_of


def lead_names(duty: Duty, name: Callable[[str], str], labels: Labels) -> str:
    """The duty's leads as a plan or agenda names them; one lead is just its name."""
    return lead_words(duty.lead, name, labels)


def lead_words(lead: Lead, name: Callable[[str], str], labels: Labels) -> str:
    """A lead as documents name it: one body's name, or the names and how they lead."""
    names = ", ".join(name(body) for body in leads_of(lead))
    mode = mode_of(lead)
    return names if mode == "one" else labels(f"leads.{mode}", names=names)


def with_place(line: str, article: Article, duty: Duty, labels: Labels) -> str:
    """A plan's task line, and the clause it comes from when the duty names one
    ("Theo khoản 2 Điều 6."); a duty that does not keeps its line as it was."""
    if duty.clause is None:
        return line
    return f"{line} {labels('plan.task_place', place=duty_place(article, duty, labels))}"


def duty_place(article: Article, duty: Duty, labels: Labels) -> str:
    """ "Điều 6", "khoản 2 Điều 6" or "điểm a khoản 2 Điều 6" (English "Article 6(2)(a)")."""
    if duty.clause is None:
        return labels("cite.article", article=article.number)
    if duty.point is None:
        return labels("cite.clause", article=article.number, clause=duty.clause)
    return labels("cite.point", article=article.number, clause=duty.clause, point=duty.point)
