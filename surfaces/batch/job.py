"""Batch scoring: user states (JSONL or CSV) → predictions (JSONL), streaming and resumable.

Guarantee: every non-blank input line ends up either in the output or in the rejects file (with the
line number, the field at fault and the reason); blank lines are counted in the summary, so
`total == scored + rejected + blank_lines`. Each output row carries its input `line`, so `--resume`
skips what is already done; a half-written last line from a killed run is dropped and redone. A
sidecar `OUT.meta.json` records the input's size and SHA-256, so resuming against a changed input is
refused instead of mixing the results of two files. The summary always describes the whole job
(earlier runs included). Scoring uses the deterministic path (no LLM) unless asked: thousands of
states/s.

The input is read in binary, one physical line at a time, and each line is decoded and (CSV) parsed
on its own: a line that is not UTF-8, too long or badly quoted becomes a reject naming that line and
the rest go on. User-state CSVs have no legitimate multi-line fields, so one CSV record is one line;
this also keeps line numbers exact.

Nothing is created or truncated before the paths, the CSV header and the resume/overwrite rules
have been checked (`BatchInputError`, a ValueError: CLI exit 2).
"""
from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from assistant.guard import mask_pii
from assistant.state import StateError

CSV_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
MAX_LINE_BYTES = 100_000  # a user state is a few hundred bytes; longer lines are rejected unread
PREVIEW_CHARS = 300
_BOM = b"\xef\xbb\xbf"


class BatchInputError(ValueError):
    """Paths, header or flags that make the job impossible; raised before anything is written."""


@dataclass(frozen=True)
class BadLine:
    """A line the reader could not turn into a state (not UTF-8, too long, bad CSV quoting)."""

    field: str
    error: str
    text: str  # what the line says, for the (masked) preview


@dataclass
class Summary:
    """Counts for the whole job: rows written by earlier runs are read back on --resume."""

    total: int = 0  # input lines (CSV: after the header)
    scored: int = 0
    rejected: int = 0
    blank_lines: int = 0
    resumed: int = 0  # lines already done by an earlier run
    seconds: float = 0.0
    reasons: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    reject_fields: Counter = field(default_factory=Counter)
    fallbacks: int = 0
    warmup_s: float = 0.0  # supporting-passage searches done once per run, before the first state
    _ids: set = field(default_factory=set, repr=False)
    _dup_ids: set = field(default_factory=set, repr=False)

    def add_scored(self, row: dict[str, Any]) -> None:
        self.scored += 1
        self.reasons[row.get("reason_code")] += 1
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

    def to_dict(self) -> dict[str, Any]:
        scoring = self.seconds - self.warmup_s
        rate = self.processed / scoring if scoring > 0 else 0.0
        return {"total": self.total, "scored": self.scored, "rejected": self.rejected, "blank_lines": self.blank_lines,
                "resumed": self.resumed, "processed": self.processed, "duplicate_user_ids": self.duplicate_user_ids,
                "seconds": round(self.seconds, 3), "warmup_s": round(self.warmup_s, 3), "states_per_s": round(rate, 1),
                "fallbacks": self.fallbacks, "top_reasons": dict(self.reasons.most_common(15)), "stages": dict(self.stages),
                "reject_fields": dict(self.reject_fields.most_common())}


# ---------------------------------------------------------------- reading

def is_csv(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".csv"


def read_rows(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, row), one pair per physical line (CSV: after the header). A row is a dict (CSV),
    a str (a JSONL line, parsed when scored), a BadLine (rejected by the reader) or None (blank)."""
    p = Path(path)
    with open(p, "rb") as fh:
        lines = _lines(fh)
        if is_csv(p):
            yield from _csv_rows(p.name, lines)
            return
        for n, text in lines:
            yield n, None if isinstance(text, str) and not text.strip() else text


def _lines(fh: BinaryIO) -> Iterator[tuple[int, str | BadLine]]:
    """Numbered lines, each decoded on its own, so one bad line costs only itself."""
    for n, chunk in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), 1):
        if len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n"):
            size = len(chunk) + _skip_rest_of_line(fh)  # never held in memory whole
            yield n, BadLine("line", f"line is {size} bytes; the limit is {MAX_LINE_BYTES} (a user state is a few hundred)",
                             chunk[:4 * PREVIEW_CHARS].decode("utf-8", "replace"))
            continue
        if n == 1 and chunk.startswith(_BOM):  # Excel and Notepad write one
            chunk = chunk[len(_BOM):]
        body = chunk.rstrip(b"\r\n")
        try:
            yield n, body.decode("utf-8")
        except UnicodeDecodeError as e:
            yield n, BadLine("line", f"not UTF-8 at byte {e.start + 1} of the line; save the file as UTF-8",
                             body.decode("utf-8", "replace"))


def _skip_rest_of_line(fh: BinaryIO) -> int:
    skipped = 0
    while chunk := fh.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _csv_rows(name: str, lines: Iterator[tuple[int, str | BadLine]]) -> Iterator[tuple[int, Any]]:
    header = _csv_header(name, next(lines, None))
    for n, text in lines:
        if isinstance(text, BadLine):
            yield n, text
            continue
        try:
            values = next(csv.reader([text], strict=True), [])
        except csv.Error as e:
            yield n, BadLine("line", _csv_problem(e), text)
            continue
        if not any(v.strip() for v in values):  # "" or ",,,,," (spreadsheets pad with empty rows)
            yield n, None
            continue
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            # an unquoted comma shifts every later field: scoring it would silently drop values
            yield n, BadLine("line", f"{len(values)} fields but the header has {len(header)} "
                                     "(an unquoted comma inside a value? quote it, or use | between error codes)", text)
            continue
        yield n, _csv_state(dict(zip(header, values)))


def _csv_header(name: str, first: tuple[int, str | BadLine] | None) -> list[str]:
    if first is None:
        raise BatchInputError(f"{name}: empty file; a CSV needs a header line that includes stage_dropped")
    _, text = first
    if isinstance(text, BadLine):
        raise BatchInputError(f"{name}: header (line 1): {text.error}")
    try:
        header = [h.strip() for h in next(csv.reader([text], strict=True), [])]
    except csv.Error as e:
        raise BatchInputError(f"{name}: header (line 1): {_csv_problem(e)}") from None
    if "stage_dropped" not in header:
        # without a header, line 1 is a data row that may hold a phone number: masked, and cut
        has = mask_pii(", ".join(header))
        raise BatchInputError(f"{name}: CSV header must include stage_dropped (has: {has[:200]})")
    return header


def _csv_problem(e: csv.Error) -> str:
    msg = str(e)
    if "unexpected end of data" in msg:
        return 'unclosed quote: a field opened with " is not closed on this line (fields cannot span lines)'
    if "new-line character" in msg:
        return "a carriage return (\\r) inside the line"
    return f"not a valid CSV line ({msg})"


def _csv_state(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if not k or v.strip() == "":
            continue
        out[k] = _codes(v) if k == "error_code_history" else v.strip()
    return out


def _codes(value: str) -> list[Any]:
    """`A|B`, `A,B`, `A;B`, or a JSON list `["A", "B"]` as exports written with json.dumps have it."""
    value = value.strip()
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            parsed = None
        if isinstance(parsed, list):
            return parsed  # items that are not strings are reported by the state check
        value = value.strip("[]").replace('"', "").replace("'", "")  # [A, B]: a list that is not JSON
    return [c.strip() for c in re.split(r"[|,;]", value) if c.strip()]


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
        with open(src, "rb") as fh:
            if is_csv(src):
                _csv_header(src.name, next(_lines(fh), None))
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


# ---------------------------------------------------------------- scoring

def score_row(service, raw: Any, use_llm: bool = False, audit: bool = False) -> dict[str, Any]:
    if isinstance(raw, BadLine):
        raise StateError(raw.field, raw.error)
    p = service.predict(raw, use_llm=use_llm, audit=audit)
    return p.model_dump(exclude={"usage"})


def score_file(service, src: str | Path, out: str | Path, rejects: str | Path | None = None, resume: bool = False,
               use_llm: bool = False, progress: bool = True, workers: int = 1, overwrite: bool = False,
               summary_path: str | Path | None = None) -> Summary:
    """Score `src` into `out` and the rejects file; refuses (BatchInputError) to replace a non-empty
    output unless `overwrite`, and to resume against a changed input. The summary (also written to
    `summary_path` when given) covers the whole job."""
    paths = JobPaths.of(src, out, rejects, summary_path)
    check_job(paths, resume, overwrite)
    fp = fingerprint(paths.src)
    new_meta = _check_resume(paths, fp) if resume else True
    t = time.perf_counter()
    if workers <= 1:
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
    bar = _Progress(fp.lines - int(is_csv(paths.src)), progress)
    with open(paths.out, "a", encoding="utf-8") as fo, open(paths.rejects, "a", encoding="utf-8") as fr:
        rows = _pending(read_rows(paths.src), done, summary, bar)
        for n, raw, result in _map(service, rows, use_llm, workers):
            if "error" in result:
                summary.add_rejected(result)
                fr.write(json.dumps({"line": n, **result, "raw": _preview(raw)}, ensure_ascii=False) + "\n")
            else:
                summary.add_scored(result)
                fo.write(json.dumps({"line": n, **result}, ensure_ascii=False) + "\n")
            bar.update()
    bar.close()
    summary.seconds = time.perf_counter() - t
    if paths.summary:
        paths.summary.write_text(json.dumps(summary.to_dict(), indent=2), encoding="utf-8")
    return summary


def _pending(rows, done: set[int], summary: Summary, bar: _Progress):
    """The rows still to score. Every line read is counted, so totals cover the whole file; blank
    lines are re-read (and re-counted) on every run, as nothing records them."""
    for n, raw in rows:
        summary.total += 1
        if raw is not None and n not in done:
            yield n, raw  # the progress bar moves when its result is written
            continue
        summary.blank_lines += raw is None
        bar.update()


def _map(service, rows, use_llm: bool, workers: int):
    if workers <= 1:
        for n, raw in rows:
            yield n, raw, _safe(service, raw, use_llm)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: a forked child inherits locks held by the parent's threads (Chroma, tokenizers) and hangs
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(service.settings,)) as pool:
        batch: list[tuple[int, Any]] = []
        for item in rows:
            batch.append(item)
            if len(batch) >= 256:
                yield from _run_batch(pool, batch, use_llm)
                batch = []
        if batch:
            yield from _run_batch(pool, batch, use_llm)


def _run_batch(pool, batch, use_llm):
    results = pool.map(_worker_score, [raw for _, raw in batch], [use_llm] * len(batch), chunksize=32)
    for (n, raw), res in zip(batch, results):
        yield n, raw, res


_WORKER = None


def _init_worker(settings) -> None:
    global _WORKER
    from assistant.service import FunnelService

    _WORKER = FunnelService(settings.model_copy(update={"audit_log": ""}))
    _WORKER.warm_support()


def _worker_score(raw, use_llm):
    return _safe(_WORKER, raw, use_llm)


def _safe(service, raw, use_llm) -> dict[str, Any]:
    try:
        return score_row(service, raw, use_llm)
    except StateError as e:
        return e.to_dict()
    except RecursionError:  # parse_state reports deep JSON itself; this keeps any other deep input from ending the batch
        return {"field": "body", "error": "nested too deeply (a user state is a flat object)"}


def _preview(raw: Any, limit: int = PREVIEW_CHARS) -> str:
    """The start of a rejected row, masked *before* it is cut: a cut through a phone or Aadhaar number
    leaves a fragment too short to be recognised, and so echoed. Only a window is masked (cost stays
    flat for a 100 KB line); a token would need to be hundreds of characters long to cross it."""
    text = raw.text if isinstance(raw, BadLine) else raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    masked = mask_pii(text[:4 * limit])
    return masked[:limit] + ("…" if len(masked) > limit or len(text) > 4 * limit else "")


class _Progress:
    """A tqdm bar on a terminal; in a log (stderr not a TTY) a plain line at every 10% and at least
    every 30 s, so a long job shows it is alive."""

    def __init__(self, total: int, enabled: bool, every_s: float = 30.0):
        self.enabled, self.total, self.every_s = enabled, max(total, 0), every_s
        self.done, self.next_pct = 0, 10
        self.t0 = self.last = time.monotonic()
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, desc="scoring", unit="line", file=sys.stderr)

    def update(self, k: int = 1) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(k)
            return
        self.done += k
        pct = 100 * self.done // self.total if self.total else 0
        now = time.monotonic()
        if pct >= self.next_pct or now - self.last >= self.every_s:
            rate = self.done / max(now - self.t0, 1e-9)
            print(f"scoring: {self.done}/{self.total} lines ({pct}%), {rate:.0f} lines/s", file=sys.stderr, flush=True)
            self.next_pct, self.last = pct // 10 * 10 + 10, now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
