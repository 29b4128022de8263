"""Retrievers behind one contract: `retrieve(query, k, filters) -> list[Hit]`.

`search()` is the same with the calibrated confidence attached. Implementations:
dense (Chroma, e5 vectors, FAQ question views), keyword (BM25 + glossary expansion),
hybrid (reciprocal rank fusion) and reranked hybrid (rag.rerank).
"""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from rag.confidence import confidence
from rag.expand import Expander
from rag.index import Index
from rag.rerank import FeatureReranker
from rag.scope import VETO_CONFIDENCE, Scope
from rag.text import DEVANAGARI_RE, tokenize
from rag.types import Hit

MAX_QUERY_CHARS = 2000  # retrieval only needs the question; longer text is trimmed, not embedded whole
RRF_K = 60  # the constant from Cormack et al. (2009): damps the head so neither list dominates


class QueryError(ValueError):
    pass


@dataclass
class Retrieval:
    query: str
    hits: list[Hit]
    confidence: float
    expansion: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    veto: str | None = None  # why the documents cannot answer, though passages were found (rag/scope.py)

    def to_dict(self) -> dict[str, Any]:
        out = {"query": self.query, "confidence": round(self.confidence, 4), "expansion": self.expansion,
               "latency_ms": round(self.latency_ms, 2), "hits": [h.to_dict() for h in self.hits]}
        if self.veto:
            out["veto"] = self.veto
        return out


class QueryContext:
    """Per-query work shared by every stage: embedding, tokens, expansion (computed once)."""

    def __init__(self, query: str, embedder, expander: Expander | None, cache: "OrderedDict[str, np.ndarray]",
                 vocab: set[str] | None = None, translit=None):
        self.query = query
        self.expansion = expander.expand(query) if expander else []
        # Hindi/Hinglish words the glossary translates count as known (confidence, scope) only when the
        # documents use the English: "कार लोन" is no more answerable by a card guide than "car loan"
        self.glossed = {t for key in (expander.matched(query, vocab) if expander else []) for t in tokenize(key)}
        # the document's own English words spelt in Devanagari ("एमआरपी", "स्पॉटिफाई"): known, and searched in English
        spelt = translit().english(query) if translit is not None and DEVANAGARI_RE.search(query) else {}
        spelt = {w: en for w, en in spelt.items() if w not in self.glossed}
        self.expansion += [e for en in spelt.values() for e in en if e not in self.expansion]
        self.glossed |= set(spelt)
        self.tokens = tokenize(query)
        self.kw_tokens = self.tokens + [t for term in self.expansion for t in tokenize(term)]
        # a Latin-script query with its glossary words put in English ("statement aane ke kitne din baad" →
        # "statement arrive ke days after"): searched beside the words as written (see `vector`). Not for
        # Devanagari: the embedder reads Hindi well, and a half-English form moved its right passages down
        latin = expander is not None and not DEVANAGARI_RE.search(query)
        self.english = expander.english_form(query) if latin else None
        self._embedder, self._cache, self._vec = embedder, cache, None

    @property
    def vector(self) -> np.ndarray:
        """The query's vector; for a Latin-script query the glossary reads, the mean of its own and its
        English form's. The small multilingual embedder places a Hinglish question ("kitne din baad tak bill
        bharna hai") far from the English row that answers it; the English form sits near it, the words as
        written keep what the glossary does not know. Over every labelled set's answerable questions (the
        passage holding the fact first), for every script: Hinglish 0.744 → 0.765, English 0.717 → 0.721,
        Hindi 0.760 → 0.764 — but a Hindi query of the evaluation gate lost its passage, so Devanagari is
        searched as written."""
        if self._vec is None:
            v = self._embedded(self.query)
            if self.english and self.english != self.query:
                v = v + self._embedded(self.english)
                v = v / (np.linalg.norm(v) or 1.0)
            self._vec = v
        return self._vec

    def _embedded(self, text: str) -> np.ndarray:
        v = self._cache.get(text)
        if v is None:
            v = self._embedder.embed_query(text)
            self._cache[text] = v
            if len(self._cache) > 2048:
                self._cache.popitem(last=False)
        return v


class Retriever:
    name = "base"
    scope: Scope | None = None  # set by rag.loader from the catalog; None = no vetoes

    def __init__(self, index: Index, embedder, expander: Expander | None = None):
        self.index, self.embedder, self.expander = index, embedder, expander
        self._qcache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pcache: OrderedDict[str, np.ndarray] = OrderedDict()  # piece text → passage vector (`similarities`)

    def retrieve(self, query: str, k: int = 5, filters: dict[str, str] | None = None) -> list[Hit]:
        return self.search(query, k, filters).hits

    def prime(self, queries: list[str]) -> int:
        """Embed many known queries in batches ahead of time (batch scoring's supporting-passage
        searches); batching is ~2× faster per query than one at a time. Returns how many were new."""
        todo = list(dict.fromkeys(q for q in map(searched_text, queries) if q not in self._qcache))
        for q, v in zip(todo, self.embedder.embed_queries(todo) if todo else []):
            self._qcache[q] = v
        return len(todo)

    def similarities(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """Cosine of the query with each text (a sentence or row of a retrieved passage): which piece
        of a passage answers a question worded unlike the document. A text is embedded once per loaded
        index and kept (a passage's sentences recur across questions)."""
        qvec = self.query_vector(query)
        # read into a local map first: another request's thread may evict an entry meanwhile
        vecs = {t: self._pcache.get(t) for t in texts}
        todo = [t for t, v in vecs.items() if v is None]
        for t, v in zip(todo, self.embedder.embed_passages(todo) if todo else []):
            vecs[t] = self._pcache[t] = v
        while len(self._pcache) > 20000:
            self._pcache.popitem(last=False)
        return np.array([float(vecs[t] @ qvec) for t in texts], dtype=np.float32)

    def known_similarities(self, query: str, texts: Sequence[str]) -> list[float]:
        """Like `similarities`, for the texts already embedded only (a warmed build's passage pieces):
        nothing is embedded here, so a caller on an answer's hot path pays no model time."""
        vecs = [v for v in (self._pcache.get(t) for t in texts) if v is not None]
        if not vecs:
            return []
        qvec = self.query_vector(query)
        return [float(v @ qvec) for v in vecs]

    def warm(self, texts: Sequence[str], batch: int = 64) -> int:
        """Embed passage pieces ahead of the questions that need them (`similarities`), in batches (a
        text's vector is the same alone or in a batch). Returns how many were new."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._pcache]
        for i in range(0, len(todo), batch):
            part = todo[i:i + batch]
            for t, v in zip(part, self.embedder.embed_passages(part)):
                self._pcache.setdefault(t, v)
        return len(todo)

    def closeness(self, text: str, rows: Sequence[int]) -> np.ndarray:
        """Cosine of a text (one sentence of an answer) with indexed passages `rows`, from their stored
        vectors: is a document passage a retelling of it? Only the text is embedded (and kept)."""
        return self.index.dense_for(self.query_vector(text), rows)[0]

    def query_vector(self, text: str) -> np.ndarray:
        """A text's query vector, from the same cache as the searches' (embedded once: a question that
        was searched costs no model time here)."""
        return QueryContext(searched_text(text), self.embedder, None, self._qcache).vector

    def search(self, query: str, k: int = 5, filters: dict[str, str] | None = None, own: str | None = None) -> Retrieval:
        """The top `k` passages for `query`. `own`: the user's new words, when `query` also carries an earlier
        question as context — the scope veto reads them alone (the earlier question was vetted when asked,
        and its words must not veto the follow-up)."""
        if not isinstance(query, str) or not query.strip():
            raise QueryError("query is empty: ask a question in words")
        if k < 1:
            raise QueryError("k must be at least 1")
        t = time.perf_counter()
        ctx = QueryContext(searched_text(query), self.embedder, self.expander, self._qcache,
                           self.index.bm25.vocab, lambda: self.index.translit)
        hits = self._retrieve(ctx, k, _clean(filters))
        conf = confidence(hits, ctx, self.index) if hits else 0.0
        veto = None
        if hits and self.scope:
            said, tokens, glossed = ctx.query, ctx.tokens, ctx.glossed
            if own:  # the new turn's words alone, and the glossary keys among them
                said = searched_text(own)
                tokens = tokenize(said)
                glossed = glossed & set(tokens)
            veto = self.scope.veto(said, tokens, glossed, self.index.bm25.vocab)
        if veto:
            conf = min(conf, VETO_CONFIDENCE)
        return Retrieval(query, hits[:k], conf, ctx.expansion, (time.perf_counter() - t) * 1000, veto)

    def _retrieve(self, ctx: QueryContext, k: int, filters: dict[str, str]) -> list[Hit]:
        raise NotImplementedError

    def _allowed(self, filters: dict[str, str]) -> np.ndarray:
        mask = np.ones(len(self.index.chunks), dtype=bool)
        for key, val in filters.items():
            mask &= np.array([str(getattr(c, key, "") or "") == val for c in self.index.chunks])
        return mask


class DenseRetriever(Retriever):
    name = "dense"

    def _retrieve(self, ctx, k, filters):
        where = None
        if filters:
            conds = [{key: val} for key, val in filters.items()]
            where = conds[0] if len(conds) == 1 else {"$and": conds}
        best: dict[str, float] = {}
        for vid, sim, meta in self.index.store.query(ctx.vector, n=max(3 * k, 20), where=where):
            cid = meta.get("chunk_id") or vid.split("#")[0]
            best[cid] = max(best.get(cid, -1.0), sim)  # a chunk scores by its best view
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        return [Hit(self.index.chunk(cid), s, {"dense": s}) for cid, s in ranked if cid in self.index.by_id]


class KeywordRetriever(Retriever):
    name = "keyword"

    def _retrieve(self, ctx, k, filters):
        scores = self.index.bm25.scores(ctx.kw_tokens)
        if filters:
            scores = np.where(self._allowed(filters), scores, 0.0)
        order = np.argsort(-scores)[: max(3 * k, 20)]
        return [Hit(self.index.chunks[i], float(scores[i]), {"bm25": float(scores[i])}) for i in order if scores[i] > 0]


class HybridRetriever(Retriever):
    """Reciprocal rank fusion of dense and keyword lists: robust to their incomparable scales."""

    name = "hybrid"

    def __init__(self, index, embedder, expander=None, depth: int = 20):
        super().__init__(index, embedder, expander)
        self.dense = DenseRetriever(index, embedder, expander)
        self.keyword = KeywordRetriever(index, embedder, expander)
        self.depth = depth

    def _retrieve(self, ctx, k, filters):
        fused: dict[str, float] = {}
        parts: dict[str, dict[str, float]] = {}
        for r in (self.dense, self.keyword):
            for rank, h in enumerate(r._retrieve(ctx, self.depth, filters)[: self.depth]):
                cid = h.chunk.chunk_id
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
                parts.setdefault(cid, {}).update(h.scores)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])
        return [Hit(self.index.chunk(cid), s, {**parts[cid], "rrf": s}) for cid, s in ranked]


class RerankedRetriever(HybridRetriever):
    """Hybrid candidates re-scored by the feature reranker (rag.rerank)."""

    name = "hybrid+rerank"

    def __init__(self, index, embedder, expander=None, depth: int = 20, reranker: FeatureReranker | None = None):
        super().__init__(index, embedder, expander, depth)
        self.reranker = reranker or FeatureReranker()

    def _retrieve(self, ctx, k, filters):
        return self.reranker.rerank(ctx, self.index, super()._retrieve(ctx, k, filters))


RETRIEVERS = {r.name: r for r in (DenseRetriever, KeywordRetriever, HybridRetriever, RerankedRetriever)}


def searched_text(query: str) -> str:
    """The text a query is searched and embedded as (one form: the query-vector cache is keyed by it)."""
    return " ".join(query.split())[:MAX_QUERY_CHARS]


def _clean(filters: dict[str, str] | None) -> dict[str, str]:
    allowed = {"stage", "kind", "source", "language"}
    out = {}
    for key, val in (filters or {}).items():
        if key not in allowed:
            raise QueryError(f"unknown filter {key!r}; use one of {', '.join(sorted(allowed))}")
        if val:
            out[key] = str(val)
    return out
