"""The index on a Chroma server: what `funnel ingest --store-url` publishes and replicas read.

A build is one collection, `fda-<build>`: every view's vector, its text, and its metadata; the full
view of each chunk also carries the chunk itself (`chunk`, JSON), so a replica needs nothing from the
ingesting machine. The build that readers use is named by a pointer collection (`fda-current`, its
metadata `build` and `manifest`), switched only after the build collection is complete — readers keep
the old build until then, as `CURRENT` does on disk. The two builds a reader may hold (the current
one and the one before it) are kept; older ones are deleted.

Replicas build the keyword index from the chunks at load (BM25 over a few thousand passages takes
well under a second; storing it beside the collection would be one more thing to keep in step) and
never hold all vectors: dense candidates come from the server's query, and the few vectors that
reranking and confidence need are fetched by id (`RemoteVectors`).
"""
from __future__ import annotations

import json
from collections import OrderedDict
import numpy as np

from rag.types import Chunk

PREFIX = "fda-"
POINTER = PREFIX + "current"
PAGE = 1000  # records per request (Chroma caps a batch)
CACHE_VECTORS = 4096  # vectors kept by a reader: the candidates of recent queries, not the corpus


def client(url: str):
    import chromadb
    from chromadb.config import Settings
    from urllib.parse import urlparse

    u = urlparse(url)
    if not u.hostname:
        raise ValueError(f"store_url {url!r} is not a URL like http://127.0.0.1:8100")
    return chromadb.HttpClient(host=u.hostname, port=u.port or 8000, ssl=u.scheme == "https",
                               settings=Settings(anonymized_telemetry=False))


def publish(url: str, build: str, ids: list[str], vectors: np.ndarray, metadatas: list[dict], documents: list[str],
            chunks: list[Chunk], manifest: dict) -> str:
    """Write a build's collection, then point readers at it; returns the collection's name."""
    c = client(url)
    name = PREFIX + build
    try:
        c.delete_collection(name)  # a half-written collection from a killed ingest of the same build
    except Exception:  # noqa: BLE001 — none there: the usual case
        pass
    col = c.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    by_id = {ch.chunk_id: ch for ch in chunks}
    metas = [{**m, "chunk": json.dumps(by_id[m["chunk_id"]].to_dict(), ensure_ascii=False)} if m.get("view") == "full" else m
             for m in metadatas]
    for i in range(0, len(ids), PAGE):
        col.add(ids=ids[i:i + PAGE], embeddings=np.asarray(vectors[i:i + PAGE], dtype=np.float32),
                metadatas=metas[i:i + PAGE], documents=documents[i:i + PAGE])
    if col.count() != len(ids):
        raise RuntimeError(f"the server holds {col.count()} of {len(ids)} vectors of build {build}; the pointer was not moved")
    ptr = c.get_or_create_collection(POINTER, embedding_function=None)
    previous = (ptr.metadata or {}).get("build")
    ptr.modify(metadata={"build": build, "previous": previous or "", "manifest": json.dumps(manifest, ensure_ascii=False)})
    keep = {name, PREFIX + previous if previous else name, POINTER}
    for other in c.list_collections():
        if other.name.startswith(PREFIX) and other.name not in keep:
            c.delete_collection(other.name)
    return name


def current(url: str) -> tuple[str, dict] | None:
    """(build, manifest) the pointer names, or None when nothing was published."""
    c = client(url)  # an unreachable server raises here: not the same as an empty one
    try:
        ptr = c.get_collection(POINTER, embedding_function=None)
    except Exception as e:  # noqa: BLE001 — chroma's NotFoundError moved between versions
        if "not" in str(e).lower() and "exist" in str(e).lower() or type(e).__name__ == "NotFoundError":
            return None
        raise
    meta = ptr.metadata or {}
    return (meta["build"], json.loads(meta.get("manifest") or "{}")) if meta.get("build") else None


def load_chunks(col) -> list[Chunk]:
    """The chunks of a build collection, in their document order."""
    out: list[Chunk] = []
    offset = 0
    while True:
        page = col.get(where={"view": "full"}, include=["metadatas"], limit=PAGE, offset=offset)
        out += [Chunk(**json.loads(m["chunk"])) for m in page["metadatas"]]
        if len(page["ids"]) < PAGE:
            break
        offset += PAGE
    return sorted(out, key=lambda c: (c.source, c.position))


class RemoteVectors:
    """View vectors fetched by id when a query needs them, kept in a bounded cache."""

    def __init__(self, col, cache: int = CACHE_VECTORS):
        self._col, self._max = col, cache
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, view_ids: list[str]) -> dict[str, np.ndarray]:
        missing = [v for v in dict.fromkeys(view_ids) if v not in self._cache]
        if missing:
            r = self._col.get(ids=missing, include=["embeddings"])
            for vid, vec in zip(r["ids"], r["embeddings"]):
                self._cache[vid] = np.asarray(vec, dtype=np.float32)
        out = {}
        for v in view_ids:
            if v in self._cache:
                self._cache.move_to_end(v)
                out[v] = self._cache[v]
        while len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return out

