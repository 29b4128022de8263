"""Batch scoring: user states (JSONL or CSV) → predictions (JSONL), streaming and resumable.

Guarantee: every input line ends up either in the output or in the rejects file (with the line
number, the field at fault and the reason). Each output row carries its input `line`, so
`--resume` skips what is already done; a half-written last line from a killed run is dropped
and redone. Scoring uses the deterministic path (no LLM) unless asked: thousands of states/s.
"""
from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from assistant.guard import mask_pii
from assistant.state import StateError

CSV_FIELDS = ("user_id", "stage_dropped", "timestamp", "error_code_history", "device", "language")
MAX_LINE_CHARS = 100_000  # a user state is a few hundred bytes; longer lines are rejected unread


@dataclass
class Summary:
    total: int = 0
    scored: int = 0
    rejected: int = 0
    resumed: int = 0  # lines already done by an earlier run
    seconds: float = 0.0
    reasons: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    fallbacks: int = 0
    warmup_s: float = 0.0  # supporting-passage searches done once per run, before the first state

    def to_dict(self) -> dict[str, Any]:
        scoring = self.seconds - self.warmup_s
        rate = (self.scored + self.rejected) / scoring if scoring > 0 else 0.0
        return {"total": self.total, "scored": self.scored, "rejected": self.rejected, "resumed": self.resumed,
                "seconds": round(self.seconds, 3), "warmup_s": round(self.warmup_s, 3), "states_per_s": round(rate, 1),
                "fallbacks": self.fallbacks,
                "top_reasons": dict(self.reasons.most_common(15)), "stages": dict(self.stages)}


def read_rows(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, raw row) pairs; a raw row is a dict (CSV) or a string (JSONL line)."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        with open(p, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = {"stage_dropped"} - set(reader.fieldnames or [])
            if missing:
                raise ValueError(f"{p.name}: CSV header must include stage_dropped (has: {', '.join(reader.fieldnames or [])})")
            for row in reader:
                yield reader.line_num, _csv_state(row)
    else:
        with open(p, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                yield n, line.rstrip("\n")


def _csv_state(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k is None or v is None or v.strip() == "":
            continue
        k = k.strip()
        if k == "error_code_history":
            out[k] = [c.strip() for c in v.replace(";", "|").replace(",", "|").split("|") if c.strip()]
        else:
            out[k] = v.strip()
    return out


def score_row(service, raw: Any, use_llm: bool = False, audit: bool = False) -> dict[str, Any]:
    if isinstance(raw, str):
        if not raw.strip():
            raise StateError("line", "empty line")
        if len(raw) > MAX_LINE_CHARS:
            raise StateError("line", f"line is {len(raw)} characters; the limit is {MAX_LINE_CHARS}")
    p = service.predict(raw, use_llm=use_llm, audit=audit)
    return p.model_dump(exclude={"usage"})


def _done_lines(path: Path) -> set[int]:
    """Line numbers already written; trims a half-written last line left by a killed run."""
    done: set[int] = set()
    if not path.exists():
        return done
    with open(path, "rb+") as fh:
        data = fh.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            fh.truncate(end)  # the partial record is redone
        for line in data[:end].splitlines():
            try:
                done.add(int(json.loads(line)["line"]))
            except (ValueError, KeyError, TypeError):
                continue
    return done


def score_file(service, src: str | Path, out: str | Path, rejects: str | Path | None = None, resume: bool = False,
               use_llm: bool = False, progress: bool = True, workers: int = 1) -> Summary:
    src, out = Path(src), Path(out)
    rejects = Path(rejects) if rejects else out.with_name(out.stem + ".rejects.jsonl")
    if not resume:
        for p in (out, rejects):
            if p.exists():
                p.unlink()
    done = _done_lines(out) | _done_lines(rejects)
    summary = Summary(resumed=len(done))
    t = time.perf_counter()
    if workers <= 1:
        service.warm_support()  # a fixed cost of a few seconds, then every state is a cache hit
    summary.warmup_s = time.perf_counter() - t
    bar = _bar(src, progress)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "a", encoding="utf-8") as fo, open(rejects, "a", encoding="utf-8") as fr:
        rows = ((n, raw) for n, raw in read_rows(src) if n not in done)
        for n, raw, result in _map(service, rows, use_llm, workers):
            summary.total += 1
            if "error" in result:
                summary.rejected += 1
                fr.write(json.dumps({"line": n, **result, "raw": _preview(raw)}, ensure_ascii=False) + "\n")
            else:
                summary.scored += 1
                summary.reasons[result["reason_code"]] += 1
                summary.stages[result["stage"]] += 1
                summary.fallbacks += bool(result["fallback"])
                fo.write(json.dumps({"line": n, **result}, ensure_ascii=False) + "\n")
            if bar:
                bar.update(1)
        fo.flush()
        fr.flush()
    if bar:
        bar.close()
    summary.total += len(done)
    summary.seconds = time.perf_counter() - t
    return summary


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


def _preview(raw: Any, limit: int = 300) -> str:
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    return mask_pii(text[:limit]) + ("…" if len(text) > limit else "")


def _bar(src: Path, progress: bool):
    if not progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    try:
        with open(src, "rb") as fh:
            total = sum(1 for _ in fh) - (1 if src.suffix.lower() == ".csv" else 0)
    except OSError:
        total = None
    return tqdm(total=total, desc="scoring", unit="state", file=sys.stderr)
