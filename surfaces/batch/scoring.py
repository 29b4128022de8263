"""Scoring rows: one state → one prediction (`FunnelService.predict`) or its reject, in this process
or in a pool of worker processes, each with a service of its own."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterable, Iterator

from assistant.service import FunnelService
from assistant.state import StateError
from surfaces.batch.reading import BadLine

POOL_BATCH = 256  # rows handed to the pool at a time: results come back, and are written, in input order


def score_row(service, raw: Any, use_llm: bool = False, audit: bool = False) -> dict[str, Any]:
    if isinstance(raw, BadLine):
        raise StateError(raw.field, raw.error)
    p = service.predict(raw, use_llm=use_llm, audit=audit)
    return p.model_dump(exclude={"usage"})


def score_rows(service, rows: Iterable[tuple[int, Any]], use_llm: bool, workers: int) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    """(line, row, prediction or {"field", "error"}) for each row, in input order."""
    if workers <= 1:
        for n, raw in rows:
            yield n, raw, score_or_reject(service, raw, use_llm)
        return
    # spawn, not fork: a forked child inherits locks held by the parent's threads (Chroma, tokenizers) and hangs
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(service.settings,)) as pool:
        batch: list[tuple[int, Any]] = []
        for item in rows:
            batch.append(item)
            if len(batch) >= POOL_BATCH:
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
    _WORKER = FunnelService(settings.model_copy(update={"audit_log": ""}))
    _WORKER.warm_support()


def _worker_score(raw, use_llm):
    return score_or_reject(_WORKER, raw, use_llm)


def score_or_reject(service, raw, use_llm) -> dict[str, Any]:
    """A prediction, or {"field", "error"} for a row that cannot be scored (one engine or another)."""
    try:
        return score_row(service, raw, use_llm)
    except StateError as e:
        return e.to_dict()
    except RecursionError:  # parse_state reports deep JSON itself; this keeps any other deep input from ending the batch
        return {"field": "body", "error": "nested too deeply (a user state is a flat object)"}
