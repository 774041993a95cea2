"""How soon after a key stroke does `coordreg lsp` publish the diagnostics of the bundled regulation?

    python benchmarks/bench_lsp.py [--edits 200] [--burst 10]

The script starts `coordreg lsp` as a real process and speaks to it through the
protocol over its standard input and output with pygls's own language client
(not the tests' client: a second, independent implementation of the framing).
It opens `regulations/bca-btttt-2021/regulation.yaml` (33 KB, 38 duties), then
sends `--edits` changes one at a time, as an editor does (the whole text, full
synchronisation), and times each from sending `didChange` to receiving the
`publishDiagnostics` of that version. Every other edit misspells a lead (one
CR301, so ranges are computed too) and the next one puts it back; the others
change a word of a duty's text.

It also sends `--burst` changes back to back (a fast typist) and times the last
one to its diagnostics: the server checks only the newest text, so this stays
near one check rather than growing with the burst.

Baseline, measured in the same run: what one check of the same text costs in
this process, without the protocol (`load_text` and `check_regulation`, which
is what `check_text` does). Target: the median and 95th percentile of the edits
under 150 ms. Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from coordreg.check.file_checks import check_regulation
from coordreg.loader.yamlload import load_text

ROOT = Path(__file__).resolve().parents[1]
REGULATION = ROOT / "regulations" / "bca-btttt-2021" / "regulation.yaml"
TARGET = 0.150  # seconds from didChange to publishDiagnostics

TYPO = ("lead: bca-a05\n", "lead: bca-a5\n")
WORD = ("an ninh mạng", "an ninh mạng (sửa)")


def edited(text: str, number: int) -> str:
    """The text of edit `number`: a typo in a lead on odd edits, a changed word on even ones."""
    if number % 2:
        return text.replace(*TYPO, 1)
    return text.replace(*WORD, 1) if number % 4 == 0 else text


def baseline(text: str, repeat: int) -> list[float]:
    """Seconds of one in-process check of `text`, `repeat` times."""
    times = []
    for number in range(repeat):
        version = edited(text, number)
        start = time.perf_counter()
        check_regulation(load_text(version, str(REGULATION)), REGULATION)
        times.append(time.perf_counter() - start)
    return times


class Timer:
    """The client's side: when each version's diagnostics arrived."""

    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.findings: dict[int, int] = {}
        self.event = asyncio.Event()

    def published(self, params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            self.arrived[params.version] = time.perf_counter()
            self.findings[params.version] = len(params.diagnostics)
            self.event.set()

    async def wait_for(self, version: int, timeout: float = 30.0) -> float:
        deadline = time.perf_counter() + timeout
        while version not in self.arrived:
            self.event.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for version {version}")
            await asyncio.wait_for(self.event.wait(), remaining)
        return self.arrived[version]


def change(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def drive(text: str, edits: int, burst: int) -> tuple[list[float], float, int]:
    """(latency of each edit, latency of a burst's last edit, findings of a typo edit)."""
    client = LanguageClient("bench-lsp", "1")
    timer = Timer()

    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        timer.published(params)

    # Registered by a call, not as a decorator: pygls's client leaves `feature` unannotated.
    client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(on_diagnostics)

    await client.start_io(sys.executable, "-m", "coordreg", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options={"lang": "vi"},
        )
    )
    client.initialized(types.InitializedParams())
    uri = REGULATION.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "yaml", 1, text))
    )
    await timer.wait_for(1)
    latencies = []
    version = 1
    for number in range(edits):
        version += 1
        sent = time.perf_counter()
        change(client, uri, edited(text, number), version)
        latencies.append(await timer.wait_for(version) - sent)
    for number in range(burst):
        version += 1
        sent = time.perf_counter()
        change(client, uri, edited(text, number), version)
    burst_latency = await timer.wait_for(version) - sent
    typo_findings = timer.findings.get(3, -1)  # version 3 is edit 1: a typo
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()  # type: ignore[no-untyped-call]  # unannotated in pygls 2.1
    return latencies, burst_latency, typo_findings


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--burst", type=int, default=10)
    options = parser.parse_args()
    text = REGULATION.read_text(encoding="utf-8")

    base = baseline(text, max(options.edits, 20))
    latencies, burst, findings = asyncio.run(drive(text, options.edits, options.burst))

    median, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    base_median = statistics.median(base)
    print(f"regulation: {REGULATION.relative_to(ROOT)} ({len(text.encode()):,} bytes)")
    # The machine is shared: the load says how much the figures owe to other work.
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"load average: {load} on {os.cpu_count()} cores")
    print(f"baseline, one check in process (median of {len(base)}): {_ms(base_median)}")
    print(f"didChange -> publishDiagnostics over {len(latencies)} edits:")
    print(f"  median {_ms(median)}  ({median / base_median:4.1f}x the baseline)")
    print(f"  p95    {_ms(p95)}  ({p95 / base_median:4.1f}x the baseline)")
    print(f"  max    {_ms(max(latencies))}")
    print(f"burst of {options.burst} changes, the last one to its diagnostics: {_ms(burst)}")
    print(f"findings published for a typo edit: {findings} (expected 1)")
    verdict = "within" if p95 <= TARGET else "OVER"
    print(f"target: median and p95 under {TARGET * 1000:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
