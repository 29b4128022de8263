"""A loaded index: chunks, their view vectors, the Chroma store and the BM25 index.

Load once per process (the service owns it); never per request.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.pipeline import current_build
from rag.keyword import BM25Index
from rag.store import ChromaStore
from rag.translit import Transliterator
from rag.types import Chunk


class IndexMissing(Exception):
    pass


@dataclass
class Index:
    path: Path
    manifest: dict
    chunks: list[Chunk]
    view_ids: list[str]
    view_vectors: np.ndarray
    store: ChromaStore
    bm25: BM25Index

    @classmethod
    def load(cls, index_dir: str | Path, store_url: str | None = None) -> "Index":
        build = current_build(index_dir)
        if build is None:
            raise IndexMissing(f"no index at {index_dir}: run `funnel ingest PATH --index {index_dir}` first")
        try:
            manifest = json.loads((build / "manifest.json").read_text())
            chunks = [Chunk(**json.loads(line)) for line in (build / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if line]
            vectors = np.load(build / "vectors.npy")
            if len(vectors) != sum(2 if c.question else 1 for c in chunks):
                raise ValueError(f"{len(vectors)} vectors for {len(chunks)} chunks")
        except (OSError, ValueError, TypeError) as e:  # JSONDecodeError is a ValueError
            raise IndexMissing(f"the index at {index_dir} (build {build.name}) is damaged ({type(e).__name__}: {e}); "
                               f"re-run `funnel ingest PATH --index {index_dir} --force`") from None
        view_ids = []
        for c in chunks:  # same order as ingest.pipeline.views()
            view_ids.append(c.chunk_id)
            if c.question:
                view_ids.append(c.chunk_id + "#q")
        store = ChromaStore(url=store_url) if store_url else ChromaStore(build / "chroma")
        return cls(Path(index_dir), manifest, chunks, view_ids, vectors, store, BM25Index(chunks))

    def __post_init__(self):
        self.by_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        # Row of each chunk's full view and (FAQ only) question view in view_vectors.
        self.full_row = np.zeros(len(self.chunks), dtype=np.int64)
        self.q_row = np.full(len(self.chunks), -1, dtype=np.int64)
        for r, vid in enumerate(self.view_ids):
            i = self.by_id[vid.split("#")[0]]
            if vid.endswith("#q"):
                self.q_row[i] = r
            else:
                self.full_row[i] = r

    @functools.cached_property
    def translit(self) -> Transliterator:
        """The documents' English words by sound, for Devanagari spellings of them (rag/translit.py);
        built on the first Devanagari query, once per loaded index."""
        return Transliterator(" ".join(x for x in (c.section, c.question or "", c.text) if x) for c in self.chunks)

    def dense_scores(self, qvec: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosine of the query with every chunk's full view and question view (0 where none)."""
        sims = self.view_vectors @ qvec
        full = sims[self.full_row]
        q = np.where(self.q_row >= 0, sims[np.maximum(self.q_row, 0)], 0.0)
        return full, q
