"""`funnel ingest` / `funnel retrieve` through the real entry point, in a subprocess: exit codes,
stderr without tracebacks, JSON output shape, batch mode. Uses the fake `hash` embedder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def funnel(*args: str, cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "FUNNEL_EMBEDDER": "hash", "PYTHONPATH": str(ROOT)}
    env.pop("FUNNEL_CONFIG", None)
    # Exactly what the `funnel` console script runs (`surfaces.cli:main`).
    entry = "import sys; from surfaces.cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", entry, *map(str, args)], cwd=cwd or ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory, tiny_docs) -> Path:
    d = tmp_path_factory.mktemp("cli-index")
    r = funnel("ingest", tiny_docs, "--index", d, "--json", "--quiet")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "built" and out["chunks"] > 0 and out["embedded"] > 0
    return d


def test_ingest_twice_reports_unchanged(cli_index, tiny_docs):
    r = funnel("ingest", tiny_docs, "--index", cli_index, "--json", "--quiet")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "unchanged" and out["embedded"] == 0


def test_ingest_bad_pdf_exits_2_without_traceback_and_keeps_the_index(cli_index, tmp_path):
    before = (cli_index / "CURRENT").read_text()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf\x00\xff" * 50)
    r = funnel("ingest", bad, "--index", cli_index)
    assert r.returncode == 2
    assert "bad.pdf" in r.stderr and r.stderr.startswith("error:")
    assert "not changed" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert (cli_index / "CURRENT").read_text() == before
    s = funnel("retrieve", "Why is the Aadhaar OTP not coming?", "--index", cli_index, "--json")
    assert s.returncode == 0, s.stderr
    assert "old mobile number" in json.loads(s.stdout)["hits"][0]["text"]


@pytest.mark.parametrize("args", [["missing.pdf"], ["notes.docx"]])
def test_ingest_other_bad_inputs_exit_2(tmp_path, args):
    if args[0].endswith(".docx"):
        (tmp_path / args[0]).write_bytes(b"PK\x03\x04")
    r = funnel("ingest", *args, "--index", tmp_path / "idx", cwd=tmp_path)
    assert r.returncode == 2 and args[0] in r.stderr and "Traceback" not in r.stderr


def test_retrieve_json_shape(cli_index):
    r = funnel("retrieve", "what do I need for the video call", "--index", cli_index, "--json", "--k", "3")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert 0.0 <= out["confidence"] <= 1.0
    assert 1 <= len(out["hits"]) <= 3
    for h in out["hits"]:
        assert isinstance(h["text"], str) and h["text"]
        assert isinstance(h["score"], (int, float))
        c = h["citation"]
        assert set(c) == {"source", "page", "page_end", "section", "chunk_id", "quote"}
        assert c["source"] == "tiny.md" and c["page"] == 1 and c["chunk_id"] == h["chunk_id"] and c["quote"]
    scores = [h["score"] for h in out["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_retrieve_filters_and_input_errors(cli_index, tmp_path):
    r = funnel("retrieve", "card", "--index", cli_index, "--json", "--kind", "faq")
    assert r.returncode == 0 and all(h["kind"] == "faq" for h in json.loads(r.stdout)["hits"])
    r = funnel("retrieve", "   ", "--index", cli_index)
    assert r.returncode == 2 and "empty" in r.stderr and "Traceback" not in r.stderr
    r = funnel("retrieve", "video call", "--index", tmp_path / "no-index-here")
    assert r.returncode == 3 and "funnel ingest" in r.stderr and "Traceback" not in r.stderr


def test_retrieve_batch_answers_good_lines_and_flags_bad_ones(cli_index, tmp_path):
    batch = tmp_path / "queries.jsonl"
    batch.write_text("\n".join([
        json.dumps({"query": "What are the fees for the card?"}),
        "{not json",
        json.dumps({"question": "no query field"}),
        "",
        json.dumps({"query": "   "}),
        "plain text line about the Aadhaar OTP",
    ]) + "\n", encoding="utf-8")
    r = funnel("retrieve", "--batch", batch, "--index", cli_index, "--k", "2")
    assert r.returncode == 4, r.stderr
    assert "Traceback" not in r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 5  # the blank line is skipped
    good = [row for row in rows if "error" not in row]
    bad = [row for row in rows if "error" in row]
    assert [row["line"] for row in bad] == [2, 3, 5]
    assert "query" in bad[1]["error"]
    assert [g["query"] for g in good] == ["What are the fees for the card?", "plain text line about the Aadhaar OTP"]
    assert all(g["hits"] and 0 <= g["confidence"] <= 1 for g in good)
    assert "3 line(s)" in r.stderr

    out = tmp_path / "out.jsonl"
    r = funnel("retrieve", "--batch", batch, "--index", cli_index, "-o", out)
    assert r.returncode == 4 and r.stdout == "" and len(out.read_text().splitlines()) == 5


def test_ask_stream_shows_the_checked_answer_when_the_llm_answer_is_rejected(cli_index):
    # The fake provider answers "" by default: the check rejects it and a `replace` event follows.
    r = funnel("ask", "What do I need for the video call?", "--stream", "--provider", "fake", "--index", cli_index)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "checked answer is" in r.stdout and "[1]" in r.stdout


def test_ask_batch_missing_file_and_missing_index_exit_codes(cli_index, tmp_path):
    r = funnel("ask", "--batch", tmp_path / "nope.jsonl", "--index", cli_index, "--provider", "none")
    assert r.returncode == 2 and "cannot read" in r.stderr and "Traceback" not in r.stderr
    q = tmp_path / "q.jsonl"
    q.write_text('{"query": "video call timings?"}\n')
    r = funnel("ask", "--batch", q, "--index", tmp_path / "empty", "--provider", "none")
    assert r.returncode == 3 and "Traceback" not in r.stderr


def test_retrieve_unknown_stage_is_an_error_and_aliases_work(cli_index):
    r = funnel("retrieve", "video call", "--stage", "nosuch", "--index", cli_index)
    assert r.returncode == 2 and "known stages" in r.stderr
    ok = funnel("retrieve", "video call", "--stage", "Video KYC", "--index", cli_index, "--json")
    assert ok.returncode == 0, ok.stderr


def test_a_damaged_index_is_not_ready_not_a_traceback(cli_index, tmp_path):
    import shutil

    idx = tmp_path / "idx"
    shutil.copytree(cli_index, idx)
    build = idx / "builds" / (idx / "CURRENT").read_text().strip()
    (build / "chunks.jsonl").write_text("{bad\n")
    r = funnel("retrieve", "video call", "--index", idx)
    assert r.returncode == 3 and "damaged" in r.stderr and "Traceback" not in r.stderr
