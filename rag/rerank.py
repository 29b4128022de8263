"""Feature reranker: re-scores hybrid candidates without a cross-encoder.

No offline cross-encoder exists on PyPI (MODELS.md), so the reranker combines signals the first
stage only uses one at a time, each standardised over the candidate set:
- dense similarity to the passage and, for FAQ chunks, to the FAQ's question alone;
- BM25 on the glossary-expanded query (cross-lingual);
- coverage: the share of the query's content words the passage contains;
- agreement with the funnel: the query names the chunk's stage or one of its error codes.
The weights were fitted on the labelled queries over our own knowledge files
(data/eval/retrieval_kb.jsonl) and are evaluated on the product PDF's set, which they never saw
(bench/retrieval.py prints both).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from rag.types import Hit


@dataclass
class RerankWeights:
    dense: float = 1.0
    question: float = 0.6
    bm25: float = 0.45
    coverage: float = 0.8
    funnel: float = 0.3


def fitted_weights() -> RerankWeights:
    """Weights from rag/calibration.json (written by `python -m bench.calibrate`), else defaults."""
    from rag.confidence import PARAMS_FILE

    try:
        return RerankWeights(**json.loads(PARAMS_FILE.read_text())["rerank"])
    except (OSError, KeyError, ValueError, TypeError):
        return RerankWeights()


class FeatureReranker:
    def __init__(self, weights: RerankWeights | None = None, stage_terms: dict[str, list[str]] | None = None):
        self.w = weights or fitted_weights()
        self.stage_terms = stage_terms or {}

    def features(self, ctx, index, hits: list[Hit]) -> dict[str, np.ndarray]:
        rows = np.array([index.by_id[h.chunk.chunk_id] for h in hits])
        full, q = index.dense_for(ctx.vector, rows)
        bm = index.bm25.scores(ctx.kw_tokens)[rows]
        cov = np.array([index.bm25.weighted_coverage(ctx.kw_tokens, i) for i in rows])
        qlow = ctx.query.lower()
        funnel = np.array([_funnel_match(h, qlow, self.stage_terms) for h in hits], dtype=np.float32)
        return {"dense": np.maximum(full, q), "question": q, "bm25": bm, "coverage": cov, "funnel": funnel}

    def rerank(self, ctx, index, hits: list[Hit]) -> list[Hit]:
        if len(hits) < 2:
            return hits
        f = self.features(ctx, index, hits)
        score = (self.w.dense * _z(f["dense"]) + self.w.question * _z(f["question"]) + self.w.bm25 * _z(f["bm25"])
                 + self.w.coverage * f["coverage"] + self.w.funnel * f["funnel"])
        out = []
        for i in np.argsort(-score):
            h = hits[i]
            extra = {name: float(v[i]) for name, v in f.items()}
            out.append(Hit(h.chunk, float(score[i]), {**h.scores, **extra, "rerank": float(score[i])}))
        return out


def _z(x: np.ndarray) -> np.ndarray:
    sd = x.std()
    return (x - x.mean()) / sd if sd > 1e-9 else np.zeros_like(x)


def _funnel_match(h: Hit, qlow: str, stage_terms: dict[str, list[str]]) -> float:
    score = 0.0
    if any(code.lower() in qlow for code in h.chunk.error_codes):
        score += 1.0
    if h.chunk.stage and any(t in qlow for t in stage_terms.get(h.chunk.stage, [])):
        score += 0.5
    return score
