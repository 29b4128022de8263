"""Batch scoring: every input line lands in the output or the rejects file, resume after a kill, workers, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import batch
from assistant.batch import score_file
from assistant.service import FunnelService
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture()
def svc(tiny_index, tiny_retrievers):
    return FunnelService(Settings(provider="none", embedder="hash", index_dir=str(tiny_index), audit_log=""),
                         retriever=tiny_retrievers["hybrid+rerank"])


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture()
def mixed_jsonl(tmp_path) -> tuple[Path, int, int]:
    """Good samples interleaved with the malformed ones: (path, lines, bad lines)."""
    good = (SAMPLES / "states.jsonl").read_text(encoding="utf-8").splitlines()
    bad = (SAMPLES / "states_bad.jsonl").read_text(encoding="utf-8").splitlines()
    lines = []
    for i in range(max(len(good), len(bad))):
        lines += good[i:i + 1] + bad[i:i + 1]
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p, len(lines), len(bad)


def _check_partition(out: Path, rej: Path, n_lines: int) -> tuple[list[dict], list[dict]]:
    rows, rejects = _jsonl(out), _jsonl(rej)
    lines = [r["line"] for r in rows] + [r["line"] for r in rejects]
    assert sorted(lines) == list(range(1, n_lines + 1)), "every line exactly once"
    for r in rejects:
        assert set(r) >= {"line", "field", "error", "raw"} and r["error"]
    return rows, rejects


def test_jsonl_with_broken_lines(svc, mixed_jsonl, tmp_path):
    src, n, n_bad = mixed_jsonl
    out = tmp_path / "out.jsonl"
    s = score_file(svc, src, out, progress=False)
    rows, rejects = _check_partition(out, tmp_path / "out.rejects.jsonl", n)
    assert s.total == n and s.rejected == len(rejects) == n_bad and s.scored == len(rows) == n - n_bad
    by_field = {r["field"] for r in rejects}
    assert {"body", "stage_dropped", "timestamp", "language", "error_code_history", "user_id"} <= by_field
    assert all(r["reason_code"] and r["citations"] is not None for r in rows)
    first = next(r for r in rows if r["user_id"] == "A937272")
    assert first["reason_code"] == "PAN_NAME_MISMATCH"
    assert all(len(r["raw"]) <= 301 for r in rejects)  # the 1 KB user_id line is previewed, not copied


def test_csv_with_broken_rows(svc, tmp_path):
    text = (SAMPLES / "states.csv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    text += ["C9001,MOON_LANDING,2025-03-14T10:22:00Z,,Android,en",
             "C9002,vkyc,yesterday,,Android,en",
             "C9003,,2025-03-14T10:22:00Z,,Android,en",
             "C9004,vkyc,2025-03-14T10:22:00Z,OCR_FAIL,Android,fr",
             'C9005,"video kyc",2025-03-14T18:10:00Z,"VKYC_AGENT_UNAVAILABLE;UNKNOWN_X",iOS,hi']
    src = tmp_path / "s.csv"
    src.write_text("\n".join(text) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    s = score_file(svc, src, out, progress=False)
    n_rows = len(text) - 1
    rows, rejects = _jsonl(out), _jsonl(tmp_path / "o.rejects.jsonl")
    assert s.total == n_rows == len(rows) + len(rejects) and s.rejected == len(rejects)
    assert sorted(r["line"] for r in rows + rejects) == list(range(2, n_rows + 2))  # CSV line numbers (header is 1)
    ours = {r["line"]: r["field"] for r in rejects if r["line"] >= n_rows - 3}  # the four broken rows added above
    assert ours == {n_rows - 3: "stage_dropped", n_rows - 2: "timestamp", n_rows - 1: "stage_dropped", n_rows: "language"}
    last = next(r for r in rows if r["user_id"] == "C9005")
    assert last["stage"] == "vkyc" and last["unknown_error_codes"] == ["UNKNOWN_X"]


def test_csv_without_stage_column_is_an_error(svc, tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text("user_id,device\nA,Android\n")
    with pytest.raises(ValueError, match="stage_dropped"):
        score_file(svc, src, tmp_path / "o.jsonl", progress=False)


def test_resume_after_a_half_written_line(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    full = tmp_path / "full.jsonl"
    score_file(svc, src, full, progress=False)
    out = tmp_path / "out.jsonl"
    score_file(svc, src, out, progress=False)
    # a killed run: 7 complete records and half of the 8th; the rejects file also ends mid-line
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:7]) + lines[7][: len(lines[7]) // 2], encoding="utf-8")
    rej = tmp_path / "out.rejects.jsonl"
    rl = rej.read_text(encoding="utf-8").splitlines(keepends=True)
    rej.write_text("".join(rl[:2]) + rl[2][:10], encoding="utf-8")
    s = score_file(svc, src, out, resume=True, progress=False)
    assert s.resumed == 9 and s.total == n
    _check_partition(out, rej, n)
    key = lambda r: r["line"]  # noqa: E731
    assert sorted(_jsonl(out), key=key) == sorted(_jsonl(full), key=key)


def test_resume_after_a_crash_midway(svc, mixed_jsonl, tmp_path, monkeypatch):
    src, n, _ = mixed_jsonl
    real = batch.read_rows

    def dying(path):
        for i, item in enumerate(real(path)):
            if i == 10:
                raise KeyboardInterrupt("killed")
            yield item

    monkeypatch.setattr(batch, "read_rows", dying)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        score_file(svc, src, out, progress=False)
    done = len(_jsonl(out)) + len(_jsonl(tmp_path / "out.rejects.jsonl"))
    assert done == 10
    monkeypatch.setattr(batch, "read_rows", real)
    s = score_file(svc, src, out, resume=True, progress=False)
    assert s.resumed == 10 and s.scored + s.rejected == n - 10
    _check_partition(out, tmp_path / "out.rejects.jsonl", n)
    again = score_file(svc, src, out, resume=True, progress=False)  # nothing left to do
    assert again.scored == again.rejected == 0 and again.total == n


def test_without_resume_output_is_replaced(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    out = tmp_path / "out.jsonl"
    score_file(svc, src, out, progress=False)
    score_file(svc, src, out, progress=False)
    _check_partition(out, tmp_path / "out.rejects.jsonl", n)


def test_two_workers_match_one(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = score_file(svc, src, one, progress=False, workers=1)
    s2 = score_file(svc, src, two, progress=False, workers=2)
    key = lambda r: r["line"]  # noqa: E731
    assert sorted(_jsonl(one), key=key) == sorted(_jsonl(two), key=key)
    assert sorted(_jsonl(tmp_path / "one.rejects.jsonl"), key=key) == sorted(_jsonl(tmp_path / "two.rejects.jsonl"), key=key)
    assert (s1.scored, s1.rejected) == (s2.scored, s2.rejected)


def test_cli_score_exit_codes_and_summary(tiny_index, mixed_jsonl, tmp_path, capsys):
    from assistant.cli import main

    src, n, n_bad = mixed_jsonl
    out = tmp_path / "cli.jsonl"
    rc = main(["score", str(src), "-o", str(out), "--index", str(tiny_index), "--provider", "none", "--quiet", "--json"])
    assert rc == 4
    summary = json.loads((tmp_path / "cli.summary.json").read_text())
    assert summary["total"] == n and summary["rejected"] == n_bad and summary["scored"] == n - n_bad
    printed = json.loads(capsys.readouterr().out)
    assert printed["rejected"] == n_bad
    good = tmp_path / "good.jsonl"
    good.write_text((SAMPLES / "states.jsonl").read_text(encoding="utf-8"))
    assert main(["score", str(good), "-o", str(tmp_path / "g.jsonl"), "--index", str(tiny_index), "--provider", "none", "--quiet"]) == 0
    assert main(["score", str(tmp_path / "missing.jsonl"), "-o", str(out), "--index", str(tiny_index), "--quiet"]) == 2
    assert main(["score", str(good), "-o", str(out), "--index", str(tmp_path / "no-index"), "--provider", "none", "--quiet"]) == 3
