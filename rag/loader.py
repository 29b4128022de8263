"""Assemble a retriever from an index folder: the one place that wires embedder, index, glossary
and reranker together (used by the CLI, the service, benchmarks and tests)."""
from __future__ import annotations

from pathlib import Path

from rag.embedder import get_embedder
from rag.expand import Expander
from rag.index import Index
from rag.rerank import FeatureReranker
from rag.scope import Scope
from rag.retriever import RETRIEVERS, RerankedRetriever, Retriever


def load_retriever(index_dir: str | Path, kind: str = "hybrid+rerank", embedder=None, catalog=None,
                   store_url: str | None = None, index: Index | None = None) -> Retriever:
    if kind not in RETRIEVERS:
        raise ValueError(f"unknown retriever {kind!r}; known: {', '.join(RETRIEVERS)}")
    index = index or Index.load(index_dir, store_url=store_url)
    embedder = embedder or get_embedder(_embedder_name(index.manifest.get("embedder", "")))
    if embedder.id != index.manifest.get("embedder"):
        raise ValueError(f"index was built with {index.manifest.get('embedder')} but the embedder is {embedder.id}; re-run ingest")
    expander = Expander(catalog.glossary) if catalog is not None and catalog.glossary else None
    cls = RETRIEVERS[kind]
    if cls is RerankedRetriever:
        terms = {s.id: [t.lower() for t in [s.name, *s.keywords]] for s in catalog.stages} if catalog else {}
        ret = cls(index, embedder, expander, reranker=FeatureReranker(stage_terms=terms))
    else:
        ret = cls(index, embedder, expander)
    ret.scope = Scope.from_catalog(catalog) if catalog is not None else None
    return ret


def _embedder_name(embedder_id: str) -> str:
    return "hash" if embedder_id.startswith("hash") else "e5"
