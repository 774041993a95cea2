"""CR606 missing-result: every duty due in the year has a result."""

from __future__ import annotations

from builders import Check, CheckFindings, evaluation, messages, triples

from coordreg.findings import Severity


def test_no_results(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("results: {}\n")})
    # The one-off duty of 2022 is not due in 2023; each finding points at the results key.
    assert triples(found) == [(1, 1, "CR606"), (1, 1, "CR606"), (1, 1, "CR606")]
    assert messages(found) == [
        "duty 'trao-doi-thong-tin' falls due in 2023 but has no result",
        "duty 'bao-cao-quy' falls due in 2023 but has no result",
        "duty 'tong-ket-nam' falls due in 2023 but has no result",
    ]
    assert messages(found, "vi")[0] == (
        "nhiệm vụ 'trao-doi-thong-tin' đến hạn trong năm 2023 nhưng chưa có kết quả"
    )
    assert {f.severity for f in found} == {Severity.WARNING}


def test_one_off_duty_due_in_its_year(check_findings: CheckFindings) -> None:
    record = evaluation("year: 2022\nhost: bca\nheld: 2022-12-28\n")
    found = check_findings(evaluations={"2022.yaml": record})
    assert triples(found) == [(5, 1, "CR606")]  # the results key, from the defaults
    assert messages(found) == ["duty 'ke-hoach-trien-khai' falls due in 2022 but has no result"]


def test_once_duties_of_other_years_are_skipped(check: Check) -> None:
    # The default record of 2023 has no result for the one-off duty of 2022.
    record = evaluation(
        """
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: not_applicable}
          tong-ket-nam: {status: not_done, note: Lùi sang quý I năm sau.}
        """
    )
    assert check(evaluations={"2023.yaml": record}) == []
