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
from rag import remote
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
    view_vectors: np.ndarray | None  # None on a Chroma server: the store fetches a query's vectors (`dense_for`)
    store: ChromaStore | remote.RemoteBuild
    bm25: BM25Index

    @classmethod
    def load(cls, index_dir: str | Path, store_url: str | None = None) -> "Index":
        if store_url:
            return cls.from_server(store_url, index_dir)
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
        store = ChromaStore(build / "chroma")
        return cls(Path(index_dir), manifest, chunks, _view_ids(chunks), vectors, store, BM25Index(chunks))

    @classmethod
    def from_server(cls, url: str, index_dir: str | Path = "") -> "Index":
        """The build the server's pointer names (rag/remote.py): chunks and keyword index in memory, vectors not."""
        try:
            found = remote.current(url)
        except Exception as e:  # noqa: BLE001 — connection refused, DNS, TLS: say which server and why
            raise IndexMissing(f"cannot reach the Chroma server at {url} ({type(e).__name__}: {str(e)[:200]}); "
                               f"start it with `chroma run --path DIR --port PORT`") from None
        if found is None:
            raise IndexMissing(f"the Chroma server at {url} holds no index: run `funnel ingest PATH --store-url {url}` first")
        build, manifest = found
        rb = remote.RemoteBuild(url, build)
        return cls(Path(index_dir or "."), {**manifest, "build": build, "store_url": url}, rb.chunks, _view_ids(rb.chunks), None, rb,
                   BM25Index(rb.chunks))

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

    def chunk(self, chunk_id: str) -> Chunk:
        """The chunk with this id (KeyError when the build has none)."""
        return self.chunks[self.by_id[chunk_id]]

    @functools.cached_property
    def translit(self) -> Transliterator:
        """The documents' English words by sound, for Devanagari spellings of them (rag/translit.py);
        built on the first Devanagari query, once per loaded index."""
        return Transliterator(" ".join(x for x in (c.section, c.question or "", c.text) if x) for c in self.chunks)

    def dense_for(self, qvec: np.ndarray, rows) -> tuple[np.ndarray, np.ndarray]:
        """Cosine of the query with the full view and question view (0 where none) of chunks `rows` —
        only those: on a server their vectors are fetched, never the corpus."""
        rows = np.asarray(rows, dtype=np.int64)
        if self.view_vectors is not None:
            full = self.view_vectors[self.full_row[rows]] @ qvec
            qr = self.q_row[rows]
            return full, np.where(qr >= 0, self.view_vectors[np.maximum(qr, 0)] @ qvec, 0.0)
        ids = [self.chunks[i].chunk_id for i in rows]
        vecs = self.store.vectors(ids + [i + "#q" for i, r in zip(ids, rows) if self.q_row[r] >= 0])
        full = np.array([float(vecs[i] @ qvec) if i in vecs else 0.0 for i in ids], dtype=np.float32)
        q = np.array([float(vecs[i + "#q"] @ qvec) if i + "#q" in vecs else 0.0 for i in ids], dtype=np.float32)
        return full, q


def _view_ids(chunks: list[Chunk]) -> list[str]:
    out = []
    for c in chunks:  # same order as ingest.pipeline.views()
        out.append(c.chunk_id)
        if c.question:
            out.append(c.chunk_id + "#q")
    return out
