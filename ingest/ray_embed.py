"""`funnel ingest --engine ray`: the embedding stage as a Ray Data pipeline.

Embedding is nearly all of an ingest's time (e5 on CPU: ~15 passages/s per core); reading and
chunking are not. So only the texts that need vectors (the ones the vector cache lacks) go to Ray:
`from_items` in batches → `map_batches(EmbedBatch)`, a stateful class that loads the embedder once per
actor → vectors back in input order (`preserve_order`). Everything else — the build folder, the
cache, the atomic switch — is the local ingest's. `RAY_ADDRESS` (or `--ray-address`) joins a cluster;
otherwise a local Ray starts with `workers` CPUs. Ray is the optional `ray` extra (make setup installs it).
"""
from __future__ import annotations

import logging
import os
from typing import Any

import numpy as np

from ingest.units import IngestError

BATCH = 64  # texts per Ray batch: a few seconds of e5 on one core, enough to hide Ray's per-task cost


class EmbedBatch:
    """One per Ray actor: the embedder is loaded once, then every batch of texts it is given is embedded."""

    def __init__(self, embedder_name: str):
        from rag.embedder import get_embedder  # inside the actor's process

        self.embedder = get_embedder(embedder_name)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        return {"i": batch["i"], "vector": list(self.embedder.embed_passages(list(batch["text"])))}


def embed_on_ray(embedder, texts: list[str], workers: int = 1, address: str | None = None, progress: bool = False) -> np.ndarray:
    """Passage vectors for `texts`, in order, computed by Ray actors (Ray's own progress bars with `progress`)."""
    try:
        import ray  # optional and heavy: only for --engine ray
    except ImportError:
        raise IngestError("--engine ray needs Ray Data: pip install -e '.[ray]' (make setup installs it)") from None
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    logging.getLogger("ray.data").setLevel(logging.INFO if progress else logging.WARNING)
    if not ray.is_initialized():
        address = address or os.environ.get("RAY_ADDRESS")
        ray.init(address=address, num_cpus=None if address else max(1, workers), include_dashboard=False,
                 log_to_driver=False, configure_logging=False, runtime_env={"env_vars": {"ANONYMIZED_TELEMETRY": "False"}})
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = progress
    ds = ray.data.from_items([{"i": i, "text": t} for i, t in enumerate(texts)]).map_batches(
        EmbedBatch, batch_size=BATCH, compute=ray.data.ActorPoolStrategy(size=max(1, workers)), num_cpus=1,
        fn_constructor_kwargs={"embedder_name": embedder.name})
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    seen = 0
    for row in ds.iter_rows():
        out[int(row["i"])] = np.asarray(row["vector"], dtype=np.float32)
        seen += 1
    if seen != len(texts):
        raise RuntimeError(f"Ray returned {seen} of {len(texts)} vectors; the index was not changed")
    return out
