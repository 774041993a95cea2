"""CR604 evaluation-regulation: a record names the regulation of its folder."""

from __future__ import annotations

from builders import DEFAULT_EVALUATION, Check, CheckFindings, evaluation, messages, triples


def test_record_names_another_regulation(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("regulation: bca-btttt\n")})
    assert triples(found) == [(1, 13, "CR604")]
    assert messages(found) == [
        "the record names regulation 'bca-btttt' but sits in the folder of 'qc-test'"
    ]
    assert messages(found, "vi") == [
        "bản đánh giá ghi quy chế 'bca-btttt' nhưng nằm trong thư mục của 'qc-test'"
    ]


def test_record_names_its_regulation(check: Check) -> None:
    assert check(evaluations={"2023.yaml": DEFAULT_EVALUATION}) == []
