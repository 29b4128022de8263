"""The resumable job: check the paths and flags, write the output, the rejects and the sidecar,
resume a killed run, and count it all in a summary.

Guarantee: every non-blank input line ends up either in the output or in the rejects file (with the
line number, the field at fault and the reason); blank lines are counted in the summary, so
`total == scored + rejected + blank_lines`. Each output row carries its input `line`, so `--resume`
skips what is already done; a half-written last line from a killed run is dropped and redone. A
sidecar `OUT.meta.json` records the input's size and SHA-256, so resuming against a changed input is
refused instead of mixing the results of two files. The summary always describes the whole job
(earlier runs included). Scoring uses the deterministic path (no LLM) unless asked: thousands of
states/s.

Nothing is created or truncated before the paths, the CSV header and the resume/overwrite rules
have been checked (`BatchInputError`, a ValueError: CLI exit 2).
"""
from __future__ import annotations

import hashlib
import itertools
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from surfaces.batch.reading import BatchInputError, check_header, is_csv, preview, read_rows
from surfaces.batch import ray_engine
from surfaces.batch.scoring import score_rows

# Called with (0, total) when the lines start (after the warm-up), then after each input line is
# accounted for (scored, rejected, blank or done by an earlier run): lines so far, and lines in the
# input (CSV: after the header). The CLI draws a bar, the browser app its progress overlay.
OnProgress = Callable[[int, int | None], None]


@dataclass
class Summary:
    """Counts for the whole job: rows written by earlier runs are read back on --resume."""

    total: int = 0  # input lines (CSV: after the header)
    scored: int = 0
    rejected: int = 0
    blank_lines: int = 0
    resumed: int = 0  # lines already done by an earlier run
    seconds: float = 0.0
    by_basis: Counter = field(default_factory=Counter)  # (reason group — one catalog id per cause, basis)
    stages: Counter = field(default_factory=Counter)
    reject_fields: Counter = field(default_factory=Counter)
    fallbacks: int = 0
    warmup_s: float = 0.0  # supporting-passage searches done once per run, before the first state
    _ids: set = field(default_factory=set, repr=False)
    _dup_ids: set = field(default_factory=set, repr=False)

    def add_scored(self, row: dict[str, Any]) -> None:
        self.scored += 1
        self.by_basis[(row.get("reason_group") or row.get("reason_code"), row.get("basis") or "stage_default")] += 1
        self.stages[row.get("stage")] += 1
        self.fallbacks += bool(row.get("fallback"))
        uid = row.get("user_id")
        if uid is not None:  # rows are events, so a repeat is scored; it is only reported
            (self._dup_ids if uid in self._ids else self._ids).add(uid)

    def add_rejected(self, row: dict[str, Any]) -> None:
        self.rejected += 1
        self.reject_fields[row.get("field")] += 1

    @property
    def duplicate_user_ids(self) -> int:
        """User ids found on more than one scored row."""
        return len(self._dup_ids)

    @property
    def processed(self) -> int:
        """Rows scored or rejected by this run."""
        return self.scored + self.rejected - self.resumed

    @property
    def reasons(self) -> Counter:
        """Scored rows per reason group."""
        return self._sum(0)

    def _sum(self, part: int) -> Counter:
        out: Counter = Counter()
        for key, n in self.by_basis.items():
            out[key[part]] += n
        return out

    def to_dict(self) -> dict[str, Any]:
        scoring = self.seconds - self.warmup_s
        rate = self.processed / scoring if scoring > 0 else 0.0
        return {"total": self.total, "scored": self.scored, "rejected": self.rejected, "blank_lines": self.blank_lines,
                "resumed": self.resumed, "processed": self.processed, "duplicate_user_ids": self.duplicate_user_ids,
                "seconds": round(self.seconds, 3), "warmup_s": round(self.warmup_s, 3), "states_per_s": round(rate, 1),
                "fallbacks": self.fallbacks, "top_reasons": dict(self.reasons.most_common(15)),
                "basis": dict(self._sum(1)), "stages": dict(self.stages),
                "reject_fields": dict(self.reject_fields.most_common())}


# ---------------------------------------------------------------- paths, fingerprint, resume

@dataclass(frozen=True)
class JobPaths:
    src: Path
    out: Path
    rejects: Path
    meta: Path  # the input's fingerprint, written when the job starts
    summary: Path | None

    @classmethod
    def of(cls, src, out, rejects=None, summary=None) -> JobPaths:
        out = Path(out)
        return cls(Path(src), out, Path(rejects) if rejects else out.with_name(out.stem + ".rejects.jsonl"),
                   out.with_name(out.stem + ".meta.json"), Path(summary) if summary else None)

    def outputs(self) -> list[tuple[str, Path]]:
        named = [("output", self.out), ("rejects", self.rejects), ("summary", self.summary), ("meta sidecar", self.meta)]
        return [(label, p) for label, p in named if p is not None]


def check_paths(paths: JobPaths) -> None:
    """Refuse, before anything is created, an input that is not a readable file, an output that is
    a folder or has no folder to go in, and two roles on one file (an output over the input would
    truncate it)."""
    src = paths.src
    if not src.exists():
        raise BatchInputError(f"{src}: no such file")
    if not src.is_file():
        raise BatchInputError(f"{src}: is a directory, not a file" if src.is_dir() else f"{src}: not a regular file")
    try:
        check_header(src)
    except OSError as e:
        raise BatchInputError(f"{src}: cannot read ({e.strerror})") from None
    for label, p in paths.outputs():
        if p.is_dir():
            raise BatchInputError(f"{label} {p}: is a directory; give a file name")
        if not p.parent.is_dir():
            raise BatchInputError(f"{label} {p}: folder {p.parent} does not exist")
    for (la, a), (lb, b) in itertools.combinations([("input", src), *paths.outputs()], 2):
        if _same_file(a, b):
            raise BatchInputError(f"{lb} {b} is the same file as the {la}; nothing was written (choose another name)")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)  # hard links and symlinks too
        return a.resolve() == b.resolve()
    except OSError:
        return False


@dataclass(frozen=True)
class Fingerprint:
    size: int
    sha256: str
    lines: int  # for the progress total; not part of the identity


def fingerprint(path: Path) -> Fingerprint:
    """Size and SHA-256 of the whole file, lines counted in the same pass. Whole, not the first and
    last MBs: hashing runs at ~1 GB/s while scoring reads ~1 MB/s (a few hundred bytes a state at
    thousands of states/s), so the full hash costs about a thousandth of the job and also sees an
    edit in the middle."""
    h, size, lines, last = hashlib.sha256(), 0, 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return Fingerprint(size, h.hexdigest(), lines + (last != b"\n"))


def _read_meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # none (a job started before sidecars existed) or unreadable: nothing to compare
    return meta if isinstance(meta, dict) else None


def _write_meta(paths: JobPaths, fp: Fingerprint) -> None:
    meta = {"input": str(paths.src), "size": fp.size, "sha256": fp.sha256, "rejects": str(paths.rejects),
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    tmp = paths.meta.with_name(paths.meta.name + ".tmp")
    tmp.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    tmp.replace(paths.meta)  # never a half-written sidecar


def count_lines(path: Path) -> int:
    """Lines in a file, a last one without its newline (a killed run's) included; streaming."""
    lines, last = 0, b"\n"
    if path.is_file():
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                lines, last = lines + chunk.count(b"\n"), chunk[-1:]
    return lines + (last != b"\n")


def check_job(paths: JobPaths, resume: bool = False, overwrite: bool = False) -> None:
    """Everything that can be refused without reading the whole input: the paths, the CSV header,
    the flags, and a non-empty output that would be lost without --resume or --overwrite."""
    check_paths(paths)
    if resume and overwrite:
        raise BatchInputError("--resume and --overwrite cannot be used together")
    if not resume and not overwrite:
        for p in (paths.out, paths.rejects):
            if rows := count_lines(p):
                raise BatchInputError(f"{p} exists ({rows} rows); pass --resume to continue it or --overwrite to start again")


def _check_resume(paths: JobPaths, fp: Fingerprint) -> bool:
    """Refuse to resume against another input than the job started from; True when the sidecar
    must be (re)written (none yet, or nothing was done under the old one)."""
    old = _read_meta(paths.meta)
    if old is None:
        return True
    if (old.get("size"), old.get("sha256")) == (fp.size, fp.sha256):
        return False
    if any(p.is_file() and p.stat().st_size for p in (paths.out, paths.rejects)):
        raise BatchInputError(
            f"{paths.src} is not the input {paths.out} was started from ({old.get('input')}: {old.get('size')} bytes, "
            f"sha256 {str(old.get('sha256'))[:12]}…; now {fp.size} bytes, sha256 {fp.sha256[:12]}…): resuming would mix "
            "two files; pass --overwrite to start again, or -o a new output")
    return True


def _scan_done(path: Path, add: Callable[[dict[str, Any]], None], done: set[int]) -> None:
    """Add the line numbers already written to `done` and feed each record to `add`, in one streaming
    pass; a half-written last line left by a killed run is cut off, to be redone."""
    if not path.exists():
        return
    with open(path, "rb+") as fh:
        kept = 0
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            kept += len(raw)
            try:
                rec = json.loads(raw)
                n = int(rec["line"])
            except (ValueError, KeyError, TypeError, RecursionError):
                continue
            if n not in done:
                done.add(n)
                add(rec)
        if kept < fh.seek(0, 2):
            fh.truncate(kept)


# ---------------------------------------------------------------- the job

def score_file(service, src: str | Path, out: str | Path, rejects: str | Path | None = None, resume: bool = False,
               use_llm: bool = False, workers: int = 1, overwrite: bool = False,
               summary_path: str | Path | None = None, on_progress: OnProgress | None = None,
               engine: str = "local", ray_address: str | None = None) -> Summary:
    """Score `src` into `out` and the rejects file; refuses (BatchInputError) to replace a non-empty
    output unless `overwrite`, and to resume against a changed input. The summary (also written to
    `summary_path` when given) covers the whole job. `on_progress(done, total)` follows every line.
    `engine`: "local" (this process, or `workers` processes) or "ray" (a Ray Data pipeline with
    `workers` actors, surfaces/batch/ray_engine.py): the same rows either way."""
    paths = JobPaths.of(src, out, rejects, summary_path)
    check_job(paths, resume, overwrite)
    fp = fingerprint(paths.src)
    new_meta = _check_resume(paths, fp) if resume else True
    t = time.perf_counter()
    if engine == "ray":
        ray_engine.check_available()
        service.retriever  # noqa: B018 — a missing index (NotReady) is found before anything is written
    elif workers <= 1:
        # a fixed cost of a few seconds, then every state is a cache hit; before any write, so that
        # a missing index (NotReady) leaves nothing behind
        service.warm_support()
    warmup_s = time.perf_counter() - t

    # from here on, files are written
    if not resume:
        for p in (paths.out, paths.rejects):
            p.unlink(missing_ok=True)
    if paths.summary:
        paths.summary.unlink(missing_ok=True)  # it describes a finished job; this one is not, yet
    if new_meta:
        _write_meta(paths, fp)
    summary, done = Summary(warmup_s=warmup_s), set()
    if resume:  # the earlier runs' rows, read back: the summary covers the whole job
        _scan_done(paths.out, summary.add_scored, done)
        _scan_done(paths.rejects, summary.add_rejected, done)
    summary.resumed = len(done)
    tick = _Ticker(max(fp.lines - int(is_csv(paths.src)), 0), on_progress)
    tick.report()  # (0, total): the lines start now
    with open(paths.out, "a", encoding="utf-8") as fo, open(paths.rejects, "a", encoding="utf-8") as fr:
        if engine == "ray":
            lines = ray_engine.score_lines(service.settings, paths.src, done, use_llm, workers, ray_address)
            results = _pending_results(lines, done, summary, tick)
        else:
            results = score_rows(service, _pending(read_rows(paths.src), done, summary, tick), use_llm, workers)
        for n, raw, result in results:
            if "error" in result:
                summary.add_rejected(result)
                fr.write(json.dumps({"line": n, **result, "raw": preview(raw)}, ensure_ascii=False) + "\n")
            else:
                summary.add_scored(result)
                fo.write(json.dumps({"line": n, **result}, ensure_ascii=False) + "\n")
            tick()
    summary.seconds = time.perf_counter() - t
    if paths.summary:
        paths.summary.write_text(json.dumps(summary.to_dict(), indent=2), encoding="utf-8")
    return summary


def _pending(rows, done: set[int], summary: Summary, tick: _Ticker):
    """The rows still to score. Every line read is counted, so totals cover the whole file; blank
    lines are re-read (and re-counted) on every run, as nothing records them."""
    for n, raw in rows:
        summary.total += 1
        if raw is not None and n not in done:
            yield n, raw  # progress moves when its result is written
            continue
        summary.blank_lines += raw is None
        tick()


def _pending_results(lines, done: set[int], summary: Summary, tick: _Ticker):
    """As `_pending`, over lines already scored elsewhere (the Ray engine): (line, raw, result), the
    result None for a blank line."""
    for n, raw, result in lines:
        summary.total += 1
        if result is not None and n not in done:
            yield n, raw, result
            continue
        summary.blank_lines += result is None
        tick()


class _Ticker:
    """Counts the lines accounted for and tells `on_progress` after each."""

    def __init__(self, total: int, on_progress: OnProgress | None):
        self.done, self.total, self.on_progress = 0, total, on_progress

    def __call__(self) -> None:
        self.done += 1
        self.report()

    def report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)
