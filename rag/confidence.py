"""Calibrated retrieval confidence: P(the top hit answers the query).

A logistic model over three signals of the top hit, fitted on labelled in-scope and out-of-scope
queries over our own knowledge files (`python -m bench.calibrate`, bench/retrieval.py reports it on the
product PDF it never saw):
- `dense`: best cosine of the query with the hit's passage or FAQ question view (e5 similarities
  of unrelated text sit around 0.75–0.80, answers above ~0.85);
- `coverage`: share of the query's content words (glossary-expanded) found in the hit;
- `known`: share of the query's content words that the corpus knows or the glossary translates —
  out-of-scope questions are mostly made of words the product document never uses;
- `deva`: 1 for a Devanagari query — cross-lingual cosines run lower, so the bias differs.
The assistant falls back to "I'm not fully sure…" below `Settings.confidence_threshold` (0.5).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from rag.text import script

PARAMS_FILE = Path(__file__).with_name("calibration.json")
DEFAULT = {"bias": -42.0, "dense": 45.0, "coverage": 2.0, "known": 3.0, "deva": 1.5}
FEATURES = ("dense", "coverage", "known", "deva")


def load_params() -> dict[str, float]:
    try:
        return {**DEFAULT, **json.loads(PARAMS_FILE.read_text())["params"]}
    except (OSError, KeyError, ValueError):
        return dict(DEFAULT)


_PARAMS = load_params()


def signals(hit, ctx, index) -> dict[str, float]:
    i = index.by_id[hit.chunk.chunk_id]
    full, q = index.dense_for(ctx.vector, [i])
    return {"dense": float(max(full[0], q[0])), "coverage": index.bm25.coverage(ctx.kw_tokens, i),
            "known": index.bm25.known_share(ctx.tokens, ctx.glossed),
            "deva": 1.0 if script(ctx.query) == "deva" else 0.0}


def probability(sig: dict[str, float], params: dict[str, float] | None = None) -> float:
    p = params or _PARAMS
    z = p["bias"] + sum(p[k] * sig[k] for k in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def confidence(hits, ctx, index) -> float:
    return probability(signals(hits[0], ctx, index))
