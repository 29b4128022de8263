"""BM25 keyword index (bm25s) over chunk text + question + section + stored aliases."""
from __future__ import annotations

import math

import numpy as np

from rag.text import tokenize
from rag.types import Chunk


def doc_tokens(c: Chunk) -> list[str]:
    # The question is repeated: its words say what the passage is about more than the answer's.
    q = tokenize(c.question) if c.question else []
    return q + tokenize(c.text) + tokenize(c.section.split(" › ")[-1]) + tokenize(c.aliases)


class BM25Index:
    def __init__(self, chunks: list[Chunk], k1: float = 1.2, b: float = 0.75):
        import bm25s

        self.chunks = chunks
        self._docs = [doc_tokens(c) or ["∅"] for c in chunks]
        self._vocab = {t for d in self._docs for t in d}
        self._df: dict[str, int] = {}
        self._postings: dict[str, list[int]] = {}  # token → the passages that use it
        for i, d in enumerate(self._docs):
            for tok in set(d):
                self._df[tok] = self._df.get(tok, 0) + 1
                self._postings.setdefault(tok, []).append(i)
        self._bm25 = bm25s.BM25(k1=k1, b=b)
        self._bm25.index(self._docs, show_progress=False)

    @property
    def vocab(self) -> set[str]:
        return self._vocab

    def idf(self, token: str) -> float:
        """How specific a word is to few passages (unknown words weigh most)."""
        return math.log((len(self._docs) + 1) / (self._df.get(token, 0) + 0.5))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        toks = [t for t in query_tokens if t in self._vocab]  # bm25s rejects unseen tokens
        if not toks:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(toks), dtype=np.float32)

    def known_share(self, query_tokens: list[str], glossed: set[str] = frozenset()) -> float:
        """Share of the query's content words the corpus knows (or the glossary translates).
        Out-of-scope questions ("demat account", "चुटकुला") are mostly made of unknown words."""
        q = set(query_tokens)
        return len({t for t in q if t in self._vocab or t in glossed}) / len(q) if q else 0.0

    def coverage(self, query_tokens: list[str], i: int) -> float:
        """Share of distinct query tokens that occur in chunk i."""
        q = set(query_tokens)
        return len(q & set(self._docs[i])) / len(q) if q else 0.0

    def weighted_coverage(self, query_tokens: list[str], i: int) -> float:
        """Like `coverage`, each token weighted by its idf: the passage that holds the one rare word
        asked about ("Gaana", "forex") covers more of the question than one holding "card" and "free"."""
        q = set(query_tokens)
        # fsum: exact whatever the order a set is walked in (it changes with the hash seed), so that
        # equal coverages compare equal in every process
        total = math.fsum(self.idf(t) for t in q)
        return math.fsum(self.idf(t) for t in q & set(self._docs[i])) / total if total > 0 else 0.0

    def best_weighted_coverage(self, query_tokens: list[str]) -> float:
        """The highest `weighted_coverage` any passage reaches: how much of the question the documents
        say in one place at all. An on-topic question they do not answer ("the age limit", "the add-on's
        annual fee") has a word no passage holds beside the rest."""
        q = set(query_tokens)
        total = math.fsum(self.idf(t) for t in q)
        if total <= 0:
            return 0.0
        held: dict[int, list[float]] = {}
        for t in q:
            w = self.idf(t)
            for i in self._postings.get(t, ()):
                held.setdefault(i, []).append(w)
        return max((math.fsum(w) for w in held.values()), default=0.0) / total
