"""Vector store behind one small interface: embedded Chroma, one store per build folder (a Chroma
server is read through rag/remote.py's `RemoteBuild`, which offers the same verbs).

We always hand Chroma our own vectors (`embedding_function=None`): Chroma's default embedding
function downloads an ONNX model, which must never happen here. Telemetry is off.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

import numpy as np

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

COLLECTION = "chunks"


class VectorStore:
    def add(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]], documents: Sequence[str]) -> None:
        raise NotImplementedError

    def delete(self, ids: Sequence[str]) -> None:
        raise NotImplementedError

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float, dict[str, Any]]]:
        """Nearest entries as (id, cosine similarity, metadata), best first."""
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError


class ChromaStore(VectorStore):
    def __init__(self, path: str | Path, collection: str = COLLECTION, create: bool = False):
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False, allow_reset=False)
        self._client = chromadb.PersistentClient(path=str(path), settings=settings)
        if create:
            self._col = self._client.get_or_create_collection(collection, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
        else:
            self._col = self._client.get_collection(collection, embedding_function=None)

    def add(self, ids, vectors, metadatas, documents) -> None:
        step = 1000  # stay under Chroma's max batch size
        for i in range(0, len(ids), step):
            self._col.add(ids=list(ids[i:i + step]), embeddings=np.asarray(vectors[i:i + step], dtype=np.float32),
                          metadatas=list(metadatas[i:i + step]), documents=list(documents[i:i + step]))

    def delete(self, ids: Sequence[str]) -> None:
        step = 1000
        for i in range(0, len(ids), step):
            self._col.delete(ids=list(ids[i:i + step]))

    def query(self, vector, n, where=None):
        n = max(1, min(n, self.count()))
        r = self._col.query(query_embeddings=[np.asarray(vector, dtype=np.float32)], n_results=n, where=where or None,
                            include=["distances", "metadatas"])
        return [(i, 1.0 - float(d), m) for i, d, m in zip(r["ids"][0], r["distances"][0], r["metadatas"][0])]

    def count(self) -> int:
        return self._col.count()

    def close(self) -> None:
        # Release file handles so an index folder can be swapped or removed (Windows, tests).
        # Client.close() also drops the path from chroma's per-process system cache; stopping the
        # system alone left a dead system cached, so re-creating a store at that path failed.
        close = getattr(self._client, "close", None)
        if close is not None:
            close()
            return
        try:
            self._client._system.stop()  # noqa: SLF001 — older chroma has no public close
        except AttributeError:
            pass
