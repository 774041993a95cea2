"""CR602 evaluation-host: the host of a year's evaluation follows the rotation."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import Check, CheckFindings, check_folder, evaluation, messages, regulation, triples
from typer.testing import CliRunner

from coordreg.cli import app
from coordreg.findings import Severity


def test_host_out_of_turn(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("host: bca\n")})
    assert triples(found) == [(1, 7, "CR602")]
    assert messages(found) == ["host 'bca' does not follow the rotation: 'btttt' hosts 2023"]
    assert messages(found, "vi") == [
        "bên chủ trì 'bca' không đúng thứ tự luân phiên: năm 2023 do 'btttt' chủ trì"
    ]
    assert found[0].severity is Severity.WARNING


THREE = regulation(
    """
    parties:
      - id: bca
        name: Bộ Công an
        units:
          - {id: bca-vp, name: Văn phòng Bộ Công an}
          - {id: bca-a05, name: Cục An ninh mạng}
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
          - {id: btttt-cattt, name: Cục An toàn thông tin}
      - id: bqp
        name: Bộ Quốc phòng
    evaluation:
      rotation: [btttt, bqp, bca]
      first_year: 2022
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - {id: trao-doi-thong-tin, text: Trao đổi, lead: bca, schedule: continuous}
              - {id: bao-cao-quy, text: Báo cáo, lead: btttt, schedule: continuous}
              - {id: tong-ket-nam, text: Tổng kết, lead: bqp, schedule: continuous}
    """
)


@pytest.mark.parametrize(
    ("year", "host", "expected"),
    [(2022, "btttt", None), (2023, "bqp", None), (2024, "bca", None), (2028, "btttt", None),
     (2026, "bca", "bqp"), (2027, "btttt", "bca")],
)  # fmt: skip
def test_rotation_of_three(check: Check, year: int, host: str, expected: str | None) -> None:
    record = evaluation(f"year: {year}\nhost: {host}\nheld: {year}-12-20\n")
    found = check(THREE, {f"{year}.yaml": record})
    assert found == ([] if expected is None else [(2, 7, "CR602")])


def test_unknown_host_is_cr609_only(check: Check) -> None:
    assert check(evaluations={"2023.yaml": evaluation("host: bqp\n")}) == [(1, 7, "CR609")]


def test_warning_fails_check_only_when_strict(tmp_path: Path) -> None:
    record = evaluation("host: bca\n")
    result = check_folder(tmp_path / "lib", evaluations={"2023.yaml": record})
    assert (result.errors, result.warnings) == (0, 1)
    folder = tmp_path / "cli" / "regulations" / "qc-test"
    check_folder(tmp_path / "cli", evaluations={"2023.yaml": record})
    runner = CliRunner()
    plain = runner.invoke(app, ["check", str(folder)])
    strict = runner.invoke(app, ["check", "--strict", str(folder)])
    assert (plain.exit_code, strict.exit_code) == (0, 1)
    assert "CR602" in plain.output


def test_host_in_turn(check: Check) -> None:
    assert check(evaluations={"2023.yaml": evaluation("host: btttt\n")}) == []
