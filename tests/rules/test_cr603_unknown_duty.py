"""CR603 unknown-duty: every result names a duty of the regulation."""

from __future__ import annotations

from builders import Check, CheckFindings, evaluation, messages, triples


def test_results_for_unknown_duties(check_findings: CheckFindings) -> None:
    record = evaluation(
        """
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: done}
          tong-ket-nam: {status: done}
          trao-doi-thongtin: {status: done}
          TONG-KET-NAM: {status: done}
          dien-tap: {status: not_done}
        """
    )
    found = check_findings(evaluations={"2023.yaml": record})
    assert triples(found) == [(5, 3, "CR603"), (6, 3, "CR603"), (7, 3, "CR603")]
    assert messages(found) == [
        "result for unknown duty 'trao-doi-thongtin' (did you mean 'trao-doi-thong-tin'?)",
        "result for unknown duty 'TONG-KET-NAM' (did you mean 'tong-ket-nam'?)",
        "result for unknown duty 'dien-tap'",
    ]
    assert messages(found, "vi")[0] == (
        "kết quả cho nhiệm vụ không tồn tại 'trao-doi-thongtin' (có phải là 'trao-doi-thong-tin'?)"
    )


def test_result_for_a_one_off_duty_of_another_year(check: Check) -> None:
    record = evaluation(
        """
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: done}
          tong-ket-nam: {status: done}
          ke-hoach-trien-khai: {status: done, note: Hoàn thành muộn từ năm 2022.}
        """
    )
    assert check(evaluations={"2023.yaml": record}) == []
