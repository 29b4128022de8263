"""The index on a Chroma server: what `funnel ingest --store-url` publishes and replicas read.

Records are content-addressed: one shared collection per embedder, `fda-views-<embedder>`, holds every view (vector, text,
metadata; a passage view also carries its chunk as JSON, so a replica needs nothing from the
ingesting machine) under an id hashed from all of that. A build is the list of its record ids
(`fda-build-<build>`). Publishing a build sends only the records the server lacks — a re-ingest after
one document changed sends that document's views, not the corpus — then writes the list, then moves
the pointer (`fda-current`: `build`, `previous`, `manifest`) that readers follow. Readers keep the old
build until the pointer moves, as `CURRENT` does on disk; the build before the current one is kept for
readers still on it, and records no kept build lists are deleted.

Replicas build the keyword index from the chunks at load (BM25 over thousands of passages takes
about a second; storing it beside the collection would be one more thing to keep in step) and never
hold all vectors: dense candidates come from the server's query (kept to their build's records), and
the few vectors that reranking and confidence need are fetched by id and cached (`RemoteBuild`).
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections import OrderedDict
from typing import Any

import numpy as np

from rag.types import Chunk

PREFIX = "fda-"
VIEWS = PREFIX + "views-"  # + a short hash of the embedder's id: vectors of one size per collection
POINTER = PREFIX + "current"
PAGE = 1000  # records per request (Chroma caps a batch)
IDS_PER_ROW = 5000  # record ids per row of a build's list
CACHE_VECTORS = 4096  # vectors kept by a reader: the candidates of recent queries, not the corpus


@functools.lru_cache(maxsize=16)
def client(url: str):
    """One client per server and process: making one costs ~50 ms (it asks the server), and a serving
    replica asks for the build pointer every second."""
    import chromadb
    from chromadb.config import Settings
    from urllib.parse import urlparse

    u = urlparse(url)
    if not u.hostname:
        raise ValueError(f"store_url {url!r} is not a URL like http://127.0.0.1:8100")
    return chromadb.HttpClient(host=u.hostname, port=u.port or 8000, ssl=u.scheme == "https",
                               settings=Settings(anonymized_telemetry=False))


def record_id(metadata: dict, text: str, embedder: str) -> str:
    """A view's id on the server: any change to its text, chunk or embedder makes a new record."""
    blob = json.dumps(metadata, sort_keys=True, ensure_ascii=False) + "\x00" + text + "\x00" + embedder
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:24]


def views_name(embedder: str) -> str:
    return VIEWS + hashlib.sha1(embedder.encode()).hexdigest()[:10]


def _views(c, name: str):
    return c.get_or_create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})


def _list_name(build: str) -> str:
    return f"{PREFIX}build-{build}"


def publish(url: str, build: str, view_ids: list[str], vectors: np.ndarray, metadatas: list[dict], documents: list[str],
            chunks: list[Chunk], manifest: dict) -> dict[str, int]:
    """Send the records the server lacks, write the build's list, move the pointer; returns counts."""
    c = client(url)
    views = views_name(manifest.get("embedder", ""))
    col = _views(c, views)
    by_id = {ch.chunk_id: ch for ch in chunks}
    metas = [{**m, "chunk": json.dumps(by_id[m["chunk_id"]].to_dict(), ensure_ascii=False)} if m.get("view") == "full" else m
             for m in metadatas]
    rids = [record_id(m, t, manifest.get("embedder", "")) for m, t in zip(metas, documents)]
    have: set[str] = set()
    for i in range(0, len(rids), PAGE):
        have |= set(col.get(ids=rids[i:i + PAGE], include=[])["ids"])
    todo = [i for i, r in enumerate(rids) if r not in have]
    for i in range(0, len(todo), PAGE):
        part = todo[i:i + PAGE]
        col.add(ids=[rids[j] for j in part], embeddings=np.asarray(vectors[part], dtype=np.float32),
                metadatas=[metas[j] for j in part], documents=[documents[j] for j in part])
    present = sum(len(col.get(ids=rids[i:i + PAGE], include=[])["ids"]) for i in range(0, len(rids), PAGE))
    if present != len(rids):
        raise RuntimeError(f"the server holds {present} of {len(rids)} records of build {build}; the pointer was not moved")
    name = _list_name(build)
    try:
        c.delete_collection(name)  # a half-written list from a killed ingest of the same build
    except Exception:  # noqa: BLE001 — none there: the usual case
        pass
    lst = c.create_collection(name, embedding_function=None, metadata={"views": views})
    rows = [rids[i:i + IDS_PER_ROW] for i in range(0, len(rids), IDS_PER_ROW)] or [[]]
    lst.add(ids=[f"{i:06d}" for i in range(len(rows))], embeddings=[[0.0]] * len(rows), documents=[json.dumps(r) for r in rows])
    ptr = c.get_or_create_collection(POINTER, embedding_function=None)
    previous = (ptr.metadata or {}).get("build") or ""
    ptr.modify(metadata={"build": build, "previous": previous if previous != build else "",
                         "manifest": json.dumps(manifest, ensure_ascii=False)})
    _prune(c, {build, previous} - {""})
    return {"records": len(rids), "sent": len(todo)}


def _prune(c, keep: set[str]) -> None:
    """Drop the lists of builds no reader should still hold, the records no kept list names, and the
    views collections of embedders no kept build uses."""
    cols = c.list_collections()
    for other in cols:
        if other.name.startswith(PREFIX + "build-") and other.name[len(PREFIX + "build-"):] not in keep:
            c.delete_collection(other.name)
    kept: dict[str, set[str]] = {}
    for b in keep:
        kept.setdefault(_views_of(c, b), set()).update(_members(c, b))
    for other in cols:
        if not other.name.startswith(VIEWS):
            continue
        if other.name not in kept:
            c.delete_collection(other.name)
            continue
        col = c.get_collection(other.name, embedding_function=None)
        stale: list[str] = []
        offset = 0
        while True:
            ids = col.get(include=[], limit=PAGE, offset=offset)["ids"]
            stale += [i for i in ids if i not in kept[other.name]]
            if len(ids) < PAGE:
                break
            offset += PAGE
        for i in range(0, len(stale), PAGE):
            col.delete(ids=stale[i:i + PAGE])


def _views_of(c, build: str) -> str:
    return (c.get_collection(_list_name(build), embedding_function=None).metadata or {})["views"]


def _members(c, build: str) -> list[str]:
    rows = c.get_collection(_list_name(build), embedding_function=None).get(include=["documents"])
    return [r for _, doc in sorted(zip(rows["ids"], rows["documents"])) for r in json.loads(doc)]


def current(url: str) -> tuple[str, dict] | None:
    """(build, manifest) the pointer names, or None when nothing was published. An unreachable
    server raises: that is not the same as an empty one."""
    c = client(url)
    try:
        ptr = c.get_collection(POINTER, embedding_function=None)
    except Exception as e:  # noqa: BLE001 — chroma's NotFoundError moved between versions
        if type(e).__name__ == "NotFoundError" or ("not" in str(e).lower() and "exist" in str(e).lower()):
            return None
        raise
    meta = ptr.metadata or {}
    return (meta["build"], json.loads(meta.get("manifest") or "{}")) if meta.get("build") else None


class RemoteBuild:
    """One build on the server, as a reader sees it: its chunks, a vector store kept to its records,
    and its views' vectors fetched by id when a query needs them (a bounded cache)."""

    def __init__(self, url: str, build: str, cache: int = CACHE_VECTORS):
        c = client(url)
        self._col, self._max = c.get_collection(_views_of(c, build), embedding_function=None), cache
        self.members = _members(c, build)
        self._ids = set(self.members)
        self.record_of: dict[str, str] = {}  # view id ("<chunk>" or "<chunk>#q") → record id
        chunks: list[Chunk] = []
        for i in range(0, len(self.members), PAGE):
            page = self._col.get(ids=self.members[i:i + PAGE], include=["metadatas"])
            for rid, m in zip(page["ids"], page["metadatas"]):
                self.record_of[m["chunk_id"] + ("#q" if m.get("view") == "q" else "")] = rid
                if m.get("view") == "full":
                    chunks.append(Chunk(**json.loads(m["chunk"])))
        self.chunks = sorted(chunks, key=lambda ch: (ch.source, ch.position))
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    # the VectorStore verbs the retrievers use
    def query(self, vector, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float, dict[str, Any]]]:
        """Nearest views of this build: a little more is asked for, since the kept earlier build's
        records share the collection, and those are dropped."""
        want = max(1, min(n, len(self._ids)))
        r = self._col.query(query_embeddings=[np.asarray(vector, dtype=np.float32)], n_results=2 * want + 10,
                            where=where or None, include=["distances", "metadatas"])
        out = [(i, 1.0 - float(d), m) for i, d, m in zip(r["ids"][0], r["distances"][0], r["metadatas"][0]) if i in self._ids]
        return out[:want]

    def count(self) -> int:
        return len(self._ids)

    def close(self) -> None:
        pass

    def vectors(self, view_ids: list[str]) -> dict[str, np.ndarray]:
        """Vectors of this build's views by view id (those it has), from the cache or the server."""
        wanted = [v for v in dict.fromkeys(view_ids) if v in self.record_of]
        missing = [v for v in wanted if v not in self._cache]
        if missing:
            rid_to_view = {self.record_of[v]: v for v in missing}
            r = self._col.get(ids=list(rid_to_view), include=["embeddings"])
            for rid, vec in zip(r["ids"], r["embeddings"]):
                self._cache[rid_to_view[rid]] = np.asarray(vec, dtype=np.float32)
        out = {}
        for v in wanted:
            if v in self._cache:
                self._cache.move_to_end(v)
                out[v] = self._cache[v]
        while len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return out
