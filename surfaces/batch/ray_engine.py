"""`funnel score --engine ray`: the same reader, scorer and reject rules, run as a Ray Data pipeline.

The driver cuts the input into blocks of whole lines (byte ranges, one pass over the file, nothing
parsed: `reading.blocks`); `ray.data.from_items(blocks)` → `map_batches(BlockScorer)`, a stateful
class that builds the service once per actor (index, catalog, warmed support cache) and reads and
scores its own byte range with the local engine's reader and scorer → rows come back in input order
(`preserve_order`) and are written by the job exactly as the local engine writes them: one output
file and one rejects file, line numbers and all, so the results are identical row for row. Resume
works as locally (rows carry their line; a block whose lines are all done is not scheduled).

`RAY_ADDRESS` (or `--ray-address`) joins an existing cluster; otherwise a local Ray starts with this
machine's cores. Ray is an optional dependency (`pip install -e '.[ray]'`, part of `make setup`).
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Iterator

from surfaces.batch.reading import blocks, preview, read_block
from surfaces.batch.scoring import score_or_reject

LINES_PER_BLOCK = 2000  # ~0.5 s of scoring per block on one core: big enough to hide Ray's per-task cost


def check_available() -> None:
    """Before anything is written: Ray is installed (BatchInputError, CLI exit 2, says how to get it)."""
    import importlib.util

    from surfaces.batch.reading import BatchInputError

    if importlib.util.find_spec("ray") is None:
        raise BatchInputError("--engine ray needs Ray Data: pip install -e '.[ray]' (make setup installs it)")


class BlockScorer:
    """One per Ray actor: the service is built once, then every block of lines it is given is scored."""

    def __init__(self, settings, src: str, use_llm: bool):
        from assistant.service import FunnelService  # inside the actor's process

        self.service = FunnelService(settings.model_copy(update={"audit_log": ""}))
        self.service.warm_support()
        self.src, self.use_llm = src, use_llm

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        out: dict[str, list] = {"line": [], "kind": [], "payload": []}
        for start, end, first in zip(batch["start"], batch["end"], batch["first_line"]):
            for n, raw in read_block(self.src, int(start), int(end), int(first)):
                if raw is None:
                    kind, payload = "blank", ""
                else:
                    res = score_or_reject(self.service, raw, self.use_llm)
                    kind = "reject" if "error" in res else "result"
                    payload = json.dumps({**res, "raw": preview(raw)} if kind == "reject" else res, ensure_ascii=False)
                out["line"].append(n)
                out["kind"].append(kind)
                out["payload"].append(payload)
        return out


def score_lines(settings, src: Path, done: set[int], use_llm: bool, workers: int, address: str | None = None,
                progress_bars: bool = False) -> Iterator[tuple[int, Any, dict | None]]:
    """(line, raw preview, result dict) per input line in order, None for a blank line. A block whose
    lines an earlier run wrote (all in `done`) is not scheduled: its lines come back with an empty
    result, and the job skips them as done."""
    import ray  # optional and heavy: only for --engine ray

    plan = blocks(src, LINES_PER_BLOCK)
    todo = [b for b in plan if not _all_done(b, done)]
    logging.getLogger("ray.data").setLevel(logging.INFO if progress_bars else logging.WARNING)
    if todo and not ray.is_initialized():
        address = address or os.environ.get("RAY_ADDRESS")
        ray.init(address=address, num_cpus=None if address else max(1, workers), include_dashboard=False,
                 log_to_driver=False, configure_logging=False, runtime_env={"env_vars": {"ANONYMIZED_TELEMETRY": "False"}})
    rows = iter(())
    if todo:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # output in input order, as the local engine writes it
        ctx.enable_progress_bars = progress_bars
        ds = ray.data.from_items(todo, override_num_blocks=len(todo)).map_batches(
            BlockScorer, batch_size=1, compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, len(todo)))), num_cpus=1,
            fn_constructor_kwargs={"settings": settings, "src": str(src), "use_llm": use_llm})
        rows = iter(ds.iter_rows())
    for b in plan:
        if not _all_done(b, done):
            for n in range(b["first_line"], b["first_line"] + b["lines"]):
                item = _decode(next(rows))
                if item[0] != n:  # never write a row under another line's number
                    raise RuntimeError(f"Ray returned line {item[0]} where line {n} was due; nothing after it was written")
                yield item
            continue
        for n in range(b["first_line"], b["first_line"] + b["lines"]):
            yield n, "", {}


def _decode(row: dict) -> tuple[int, Any, dict | None]:
    if row["kind"] == "blank":
        return int(row["line"]), None, None
    res = json.loads(row["payload"])
    raw = res.pop("raw", "") if row["kind"] == "reject" else ""
    return int(row["line"]), raw, res


def _all_done(block: dict[str, int], done: set[int]) -> bool:
    """Whether an earlier run wrote every line of the block (a blank line is never recorded, so a
    block with one is read again; its lines already written are skipped by the job)."""
    return bool(done) and all(n in done for n in range(block["first_line"], block["first_line"] + block["lines"]))
