"""Batch scoring: every input line lands in the output or the rejects file, resume after a kill, workers, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from surfaces.batch import BatchInputError, job, score_file
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
    """Good samples interleaved with the malformed ones: (path, lines, bad lines). One of the bad
    sample lines is blank: it is counted as a blank line, not a reject (see BLANKS)."""
    good = (SAMPLES / "states.jsonl").read_text(encoding="utf-8").splitlines()
    bad = (SAMPLES / "states_bad.jsonl").read_text(encoding="utf-8").splitlines()
    lines = []
    for i in range(max(len(good), len(bad))):
        lines += good[i:i + 1] + bad[i:i + 1]
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p, len(lines), len(bad)


def _blank_lines(src: Path) -> set[int]:
    return {n for n, line in enumerate(src.read_bytes().split(b"\n")[:-1], 1) if not line.strip()}


def _check_partition(out: Path, rej: Path, n_lines: int, blank: set[int] = frozenset()) -> tuple[list[dict], list[dict]]:
    rows, rejects = _jsonl(out), _jsonl(rej)
    lines = [r["line"] for r in rows] + [r["line"] for r in rejects]
    assert sorted(lines) == sorted(set(range(1, n_lines + 1)) - set(blank)), "every non-blank line exactly once"
    for r in rejects:
        assert set(r) >= {"line", "field", "error", "raw"} and r["error"]
    return rows, rejects


def test_jsonl_with_broken_lines(svc, mixed_jsonl, tmp_path):
    src, n, n_bad = mixed_jsonl
    out = tmp_path / "out.jsonl"
    s = score_file(svc, src, out)
    blank = _blank_lines(src)
    assert len(blank) == 1
    rows, rejects = _check_partition(out, tmp_path / "out.rejects.jsonl", n, blank)
    assert s.total == n and s.blank_lines == 1
    assert s.rejected == len(rejects) == n_bad - 1 and s.scored == len(rows) == n - n_bad
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
    s = score_file(svc, src, out)
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
        score_file(svc, src, tmp_path / "o.jsonl")


def test_resume_after_a_half_written_line(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    full = tmp_path / "full.jsonl"
    score_file(svc, src, full)
    out = tmp_path / "out.jsonl"
    score_file(svc, src, out)
    # a killed run: 7 complete records and half of the 8th; the rejects file also ends mid-line
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:7]) + lines[7][: len(lines[7]) // 2], encoding="utf-8")
    rej = tmp_path / "out.rejects.jsonl"
    rl = rej.read_text(encoding="utf-8").splitlines(keepends=True)
    rej.write_text("".join(rl[:2]) + rl[2][:10], encoding="utf-8")
    s = score_file(svc, src, out, resume=True)
    assert s.resumed == 9 and s.total == n
    _check_partition(out, rej, n, _blank_lines(src))
    key = lambda r: r["line"]  # noqa: E731
    assert sorted(_jsonl(out), key=key) == sorted(_jsonl(full), key=key)


def test_resume_after_a_crash_midway(svc, mixed_jsonl, tmp_path, monkeypatch):
    src, n, _ = mixed_jsonl
    real = job.read_rows

    def dying(path):
        for i, item in enumerate(real(path)):
            if i == 10:
                raise KeyboardInterrupt("killed")
            yield item

    monkeypatch.setattr(job, "read_rows", dying)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        score_file(svc, src, out)
    done = len(_jsonl(out)) + len(_jsonl(tmp_path / "out.rejects.jsonl"))
    assert done == 10
    monkeypatch.setattr(job, "read_rows", real)
    s = score_file(svc, src, out, resume=True)
    # the summary is the whole job's, not the last segment's
    assert s.resumed == 10 and s.processed == n - 1 - 10 and s.scored + s.rejected + s.blank_lines == s.total == n
    _check_partition(out, tmp_path / "out.rejects.jsonl", n, _blank_lines(src))
    again = score_file(svc, src, out, resume=True)  # nothing left to do
    assert again.processed == 0 and (again.scored, again.rejected, again.total) == (s.scored, s.rejected, n)


def test_without_resume_a_non_empty_output_is_refused(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    out = tmp_path / "out.jsonl"
    score_file(svc, src, out)
    before = out.read_bytes()
    with pytest.raises(BatchInputError, match=r"out.jsonl exists \(\d+ rows\); pass --resume to continue it or --overwrite"):
        score_file(svc, src, out)
    assert out.read_bytes() == before
    score_file(svc, src, out, overwrite=True)
    _check_partition(out, tmp_path / "out.rejects.jsonl", n, _blank_lines(src))


def test_two_workers_match_one(svc, mixed_jsonl, tmp_path):
    src, n, _ = mixed_jsonl
    with open(src, "ab") as fh:  # a reader reject (not UTF-8) travels through the workers too
        fh.write(b'{"user_id": "W\xff", "stage_dropped": "vkyc"}\n')
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = score_file(svc, src, one, workers=1)
    s2 = score_file(svc, src, two, workers=2)
    key = lambda r: r["line"]  # noqa: E731
    assert sorted(_jsonl(one), key=key) == sorted(_jsonl(two), key=key)
    assert sorted(_jsonl(tmp_path / "one.rejects.jsonl"), key=key) == sorted(_jsonl(tmp_path / "two.rejects.jsonl"), key=key)
    assert (s1.scored, s1.rejected) == (s2.scored, s2.rejected)


def test_cli_score_exit_codes_and_summary(tiny_index, mixed_jsonl, tmp_path, capsys):
    from surfaces.cli import main

    src, n, n_bad = mixed_jsonl
    out = tmp_path / "cli.jsonl"
    rc = main(["score", str(src), "-o", str(out), "--index", str(tiny_index), "--provider", "none", "--quiet", "--json"])
    assert rc == 4
    summary = json.loads((tmp_path / "cli.summary.json").read_text())
    assert summary["total"] == n and summary["rejected"] == n_bad - 1 and summary["scored"] == n - n_bad
    assert summary["blank_lines"] == 1
    printed = json.loads(capsys.readouterr().out)
    assert printed["rejected"] == n_bad - 1
    good = tmp_path / "good.jsonl"
    good.write_text((SAMPLES / "states.jsonl").read_text(encoding="utf-8"))
    assert main(["score", str(good), "-o", str(tmp_path / "g.jsonl"), "--index", str(tiny_index), "--provider", "none", "--quiet"]) == 0
    assert main(["score", str(tmp_path / "missing.jsonl"), "-o", str(out), "--index", str(tiny_index), "--quiet"]) == 2
    fresh = tmp_path / "fresh.jsonl"
    assert main(["score", str(good), "-o", str(fresh), "--index", str(tmp_path / "no-index"), "--provider", "none", "--quiet"]) == 3
    assert not fresh.exists() and not (tmp_path / "fresh.meta.json").exists()  # no index: nothing written


# ---------------------------------------------------------------- defects found by testing (each failed before its fix)

GOOD = '{"user_id": "A1", "stage_dropped": "vkyc", "error_code_history": ["OCR_FAIL", "PAN_NAME_MISMATCH"]}'


def _cli(tiny_index, *args: str | Path) -> int:
    from surfaces.cli import main

    return main(["score", *map(str, args), "--index", str(tiny_index), "--provider", "none", "--quiet"])


def _score(svc, tmp_path, name: str, data: bytes, **kw):
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / (src.stem + ".out.jsonl")
    s = score_file(svc, src, out, **kw)
    return s, _jsonl(out), _jsonl(out.with_name(out.stem + ".rejects.jsonl"))


def test_deeply_nested_json_is_a_reject_and_the_batch_goes_on(svc, tmp_path):
    deep = '{"stage_dropped": "vkyc", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    s, rows, rejects = _score(svc, tmp_path, "deep.jsonl", f"{GOOD}\n{deep}\n{GOOD}\n".encode())
    assert [r["line"] for r in rows] == [1, 3] and s.scored == 2
    assert [(r["line"], r["field"]) for r in rejects] == [(2, "body")] and "nested too deeply" in rejects[0]["error"]


def test_resume_with_a_changed_input_is_refused(svc, tiny_index, mixed_jsonl, tmp_path, capsys):
    src, _, _ = mixed_jsonl
    out = tmp_path / "out.jsonl"
    assert _cli(tiny_index, src, "-o", out) == 4
    before = out.read_bytes()
    src.write_text(src.read_text(encoding="utf-8").replace("A937272", "A937273"), encoding="utf-8")  # same size, one byte changed
    capsys.readouterr()
    assert _cli(tiny_index, src, "-o", out, "--resume") == 2
    assert "not the input" in capsys.readouterr().err and out.read_bytes() == before
    with pytest.raises(BatchInputError, match="resuming would mix two files"):
        score_file(svc, src, out, resume=True)
    assert _cli(tiny_index, src, "-o", out, "--overwrite") == 4  # the way out the message names
    meta = json.loads((tmp_path / "out.meta.json").read_text())
    assert meta["size"] == src.stat().st_size and len(meta["sha256"]) == 64


@pytest.mark.parametrize("role", ["-o", "--rejects", "summary"])
def test_an_output_on_the_input_is_refused_before_anything_is_written(tiny_index, tmp_path, role, capsys):
    src = tmp_path / ("run.summary.json" if role == "summary" else "in.jsonl")  # summary: -o run.jsonl → run.summary.json
    src.write_text(GOOD + "\n", encoding="utf-8")
    args = {"-o": ["-o", src], "--rejects": ["-o", tmp_path / "o.jsonl", "--rejects", src], "summary": ["-o", tmp_path / "run.jsonl"]}[role]
    assert _cli(tiny_index, src, *args) == 2
    assert src.read_text(encoding="utf-8") == GOOD + "\n"
    assert "same file as the input" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [src.name]


def test_an_existing_output_needs_resume_or_overwrite(tiny_index, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(f"{GOOD}\n{GOOD}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _cli(tiny_index, src, "-o", out) == 0
    out.write_text(out.read_text() + '{"line": 99, "kept": true}\n')  # a marker: the file must not be replaced
    capsys.readouterr()
    assert _cli(tiny_index, src, "-o", out) == 2
    assert f"{out} exists (3 rows); pass --resume to continue it or --overwrite to start again" in capsys.readouterr().err
    assert '"kept": true' in out.read_text()
    assert _cli(tiny_index, src, "-o", out, "--overwrite") == 0 and len(_jsonl(out)) == 2


def test_summary_and_exit_code_after_resume_cover_the_whole_job(tiny_index, mixed_jsonl, tmp_path, capsys):
    src, n, n_bad = mixed_jsonl
    out = tmp_path / "out.jsonl"
    assert _cli(tiny_index, src, "-o", out) == 4
    first = json.loads((tmp_path / "out.summary.json").read_text())
    assert _cli(tiny_index, src, "-o", out, "--resume") == 4  # nothing left to do, but rows were rejected
    again = json.loads((tmp_path / "out.summary.json").read_text())
    assert (again["scored"], again["rejected"], again["blank_lines"], again["total"]) == (n - n_bad, n_bad - 1, 1, n)
    assert again["resumed"] == n - 1 and again["processed"] == 0
    assert again["top_reasons"] == first["top_reasons"] and again["reject_fields"] == first["reject_fields"]


def test_csv_unclosed_quote_is_a_reject_for_its_line_only(svc, tmp_path):
    text = ('user_id,stage_dropped,error_code_history\n'
            'C1,"vkyc,OCR_FAIL\n'       # line 2: the quote never closes
            'C2,vkyc,OCR_FAIL\n'
            'C3,ekyc,"OTP_TIMEOUT"\n')
    s, rows, rejects = _score(svc, tmp_path, "q.csv", text.encode())
    assert [(r["line"], r["user_id"]) for r in rows] == [(3, "C2"), (4, "C3")]
    assert [r["line"] for r in rejects] == [2] and "unclosed quote" in rejects[0]["error"]
    assert s.total == 3


def test_csv_field_over_the_csv_module_limit_is_a_reject(svc, tmp_path):
    text = "user_id,stage_dropped,device\nC1,vkyc," + "x" * 200_000 + "\nC2,vkyc,iOS\n"
    s, rows, rejects = _score(svc, tmp_path, "big.csv", text.encode())
    assert [r["line"] for r in rows] == [3]
    assert [(r["line"], r["field"]) for r in rejects] == [(2, "line")] and "limit" in rejects[0]["error"]
    assert len(rejects[0]["raw"]) <= 301


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_line_that_is_not_utf8_is_a_reject_and_the_rest_go_on(svc, tmp_path, fmt):
    if fmt == "csv":
        data = b"user_id,stage_dropped\nC1,vkyc\nC\xff2,vkyc\nC3,vkyc\n"
    else:
        data = b'{"stage_dropped": "vkyc", "user_id": "J1"}\n{"stage_dropped": "vkyc", "user_id": "J\xff2"}\n{"stage_dropped": "vkyc"}\n'
    s, rows, rejects = _score(svc, tmp_path, f"latin.{fmt}", data)
    first = 2 if fmt == "csv" else 1
    assert [r["line"] for r in rows] == [first, first + 2]
    assert [r["line"] for r in rejects] == [first + 1]
    assert rejects[0]["field"] == "line" and "not UTF-8 at byte" in rejects[0]["error"]
    assert all("\ufffd" not in (r["user_id"] or "") for r in rows)


def test_jsonl_utf8_bom_is_ignored(svc, tmp_path):
    s, rows, rejects = _score(svc, tmp_path, "bom.jsonl", b"\xef\xbb\xbf" + f"{GOOD}\n{GOOD}\n".encode())
    assert s.scored == 2 and rejects == []


def test_csv_error_codes_as_a_json_list(svc, tmp_path):
    text = ('user_id,stage_dropped,error_code_history\n'
            'C1,ekyc,"[""OCR_FAIL"", ""PAN_NAME_MISMATCH""]"\n'
            'C2,ekyc,"[OCR_FAIL, PAN_NAME_MISMATCH]"\n'      # bracketed but not JSON
            'C3,ekyc,OCR_FAIL|PAN_NAME_MISMATCH\n')
    s, rows, rejects = _score(svc, tmp_path, "codes.csv", text.encode())
    assert rejects == [] and len(rows) == 3
    assert [r["reason_code"] for r in rows] == ["PAN_NAME_MISMATCH"] * 3
    assert all(r["unknown_error_codes"] == [] for r in rows)


@pytest.mark.parametrize("case", ["input is a folder", "-o is a folder", "--rejects folder missing"])
def test_bad_paths_exit_2_and_create_nothing(tiny_index, tmp_path, case, capsys):
    work = tmp_path / "work"
    (work / "dir").mkdir(parents=True)
    src = work / "in.jsonl"
    src.write_text(GOOD + "\n", encoding="utf-8")
    args = {"input is a folder": [work / "dir", "-o", work / "o.jsonl"],
            "-o is a folder": [src, "-o", work / "dir"],
            "--rejects folder missing": [src, "-o", work / "o.jsonl", "--rejects", work / "nodir" / "r.jsonl"]}[case]
    before = sorted(p.relative_to(work) for p in work.rglob("*"))
    assert _cli(tiny_index, *args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err
    assert sorted(p.relative_to(work) for p in work.rglob("*")) == before


def test_blank_lines_are_counted_not_rejected(svc, tmp_path):
    s, rows, rejects = _score(svc, tmp_path, "b.jsonl", f"{GOOD}\n\n   \n{GOOD}\n\n".encode())
    assert (s.total, s.scored, s.rejected, s.blank_lines) == (5, 2, 0, 3)
    csv_text = "user_id,stage_dropped\nC1,vkyc\n\n,\nC2,MOON\n"
    s, rows, rejects = _score(svc, tmp_path, "bc.csv", csv_text.encode())
    assert (s.total, s.scored, s.rejected, s.blank_lines) == (4, 1, 1, 2)
    assert s.to_dict()["blank_lines"] == 2 and s.total == s.scored + s.rejected + s.blank_lines


def test_reject_preview_masks_before_it_cuts(svc, tmp_path):
    head = '{"stage_dropped": "MOON_LANDING", "note": "'
    line = head + "x" * (296 - len(head)) + ' 9876543210 and more"}'  # the phone number straddles character 300
    assert line.index("9876543210") < 300 < line.index("9876543210") + 10
    s, rows, rejects = _score(svc, tmp_path, "pii.jsonl", (line + "\n").encode())
    raw = rejects[0]["raw"]
    assert len(raw) <= 301 and "9876" not in raw and "987" not in raw


def test_numeric_user_id_is_accepted(svc, tmp_path):
    s, rows, rejects = _score(svc, tmp_path, "num.jsonl", b'{"user_id": 12345, "stage_dropped": "vkyc"}\n')
    assert rejects == [] and rows[0]["user_id"] == "12345"


def test_duplicate_user_ids_are_scored_and_reported(svc, tmp_path):
    ids = ["A", "B", "A", "C", "C", "C"]
    data = "".join(json.dumps({"user_id": i, "stage_dropped": "vkyc"}) + "\n" for i in ids).encode()
    s, rows, rejects = _score(svc, tmp_path, "dup.jsonl", data)
    assert s.scored == 6 and s.duplicate_user_ids == 2 and s.to_dict()["duplicate_user_ids"] == 2


def test_on_progress_follows_every_line(svc, mixed_jsonl, tmp_path):
    """(0, total) first, then one call per input line (scored, rejected, blank or done earlier), up to total."""
    src, n, _ = mixed_jsonl
    seen: list[tuple[int, int | None]] = []
    score_file(svc, src, tmp_path / "o.jsonl", on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(k, n) for k in range(n + 1)]
    seen.clear()
    score_file(svc, src, tmp_path / "o.jsonl", resume=True, on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (n, n)  # a resumed job counts the lines done earlier too


def test_progress_lines_when_stderr_is_not_a_tty(svc, tmp_path, capsys):
    from surfaces.commands.core import ScoreProgress

    src = tmp_path / "p.jsonl"
    src.write_text(f"{GOOD}\n" * 40, encoding="utf-8")
    progress = ScoreProgress()
    score_file(svc, src, tmp_path / "p.out.jsonl", on_progress=progress)
    progress.close()
    lines = [x for x in capsys.readouterr().err.splitlines() if x.startswith("scoring:")]
    assert 2 <= len(lines) <= 11 and lines[-1].startswith("scoring: 40/40 lines (100%)")


def test_csv_row_with_more_fields_than_the_header_is_a_reject(tmp_path, svc):
    from surfaces.batch import score_file

    src = tmp_path / "extra.csv"
    src.write_text("user_id,stage_dropped,error_code_history\nU1,vkyc,OCR_FAIL\nU2,vkyc,OCR_FAIL,PAN_NAME_MISMATCH\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    s = score_file(svc, src, out)
    rej = [json.loads(x) for x in out.with_name("out.rejects.jsonl").read_text().splitlines()]
    assert s.scored == 1 and s.rejected == 1 and rej[0]["line"] == 3 and "header has 3" in rej[0]["error"]


def test_a_full_disk_is_its_own_exit_code_and_the_job_resumes(tiny_index, mixed_jsonl, tmp_path, monkeypatch, capsys):
    """ENOSPC mid-job: exit 6 with 'no space left' and how to go on (not exit 2 'bad input'); the
    rows written so far are kept and --resume completes the job with every line accounted for."""
    import errno

    src, n, _ = mixed_jsonl
    real = job.read_rows

    def filling(path):
        for i, item in enumerate(real(path)):
            if i == 12:
                raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out.jsonl"))
            yield item

    monkeypatch.setattr(job, "read_rows", filling)
    out = tmp_path / "out.jsonl"
    assert _cli(tiny_index, src, "-o", out) == 6
    err = capsys.readouterr().err
    assert "no space left" in err and "--resume" in err and "Traceback" not in err
    monkeypatch.setattr(job, "read_rows", real)
    assert _cli(tiny_index, src, "-o", out, "--resume") in (0, 4)
    _check_partition(out, tmp_path / "out.rejects.jsonl", n, _blank_lines(src))


@pytest.mark.parametrize("name,data,says", [
    ("renamed.jsonl", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF document"),
    ("sheet.csv", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
    ("states.jsonl", b'[\n  {"stage_dropped": "vkyc"},\n  {"stage_dropped": "ekyc"}\n]\n', "JSON array"),
    ("blob.jsonl", b'{"stage_dropped": "vkyc"}\n\x00\x01\x02binary', "binary file"),
])
def test_a_file_that_is_not_jsonl_or_csv_is_refused_up_front(svc, tmp_path, name, data, says):
    """A PDF renamed .jsonl is one clear error, not '3428 rows, 3371 rejected'; nothing is written."""
    from surfaces.batch.reading import BatchInputError

    src = tmp_path / name
    src.write_bytes(data)
    with pytest.raises(BatchInputError, match=says):
        score_file(svc, src, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()
