"""Fit the reranker weights and the confidence model on labelled queries; write rag/calibration.json.

    python -m bench.calibrate --queries data/eval/retrieval_kb.jsonl --docs data/knowledge

Fitted on our own knowledge files only, so the product PDF's query set stays a held-out test
(bench/retrieval.py). Reranker: coordinate search over a small grid maximising MRR@5.
Confidence: L2-regularised logistic regression of in-scope vs out-of-scope on the top hit's signals.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import asdict

import numpy as np

from rag.confidence import FEATURES, PARAMS_FILE, signals
from rag.evaluation import load_queries, relevant
from rag.rerank import RerankWeights

GRID = {"dense": [0.5, 1.0, 1.5], "question": [0.0, 0.3, 0.6, 1.0], "bm25": [0.0, 0.25, 0.5, 0.75],
        "coverage": [0.0, 0.4, 0.8, 1.2], "funnel": [0.0, 0.15, 0.3, 0.6]}


def fit_reranker(retriever, queries: list[dict], rounds: int = 2) -> tuple[RerankWeights, float]:
    ins = [q for q in queries if q.get("in_scope", True)]
    w = retriever.reranker.w

    def mrr() -> float:
        total = 0.0
        for q in ins:
            hits = retriever.retrieve(q["query"], k=5)
            rank = next((i + 1 for i, h in enumerate(hits) if relevant(h.chunk.text, q["answers"], h.chunk.kind)), None)
            total += 1 / rank if rank else 0.0
        return total / len(ins)

    best = mrr()
    for _ in range(rounds):
        for name, values in GRID.items():
            for v in values:
                old = getattr(w, name)
                setattr(w, name, v)
                score = mrr()
                if score > best + 1e-9:
                    best = score
                else:
                    setattr(w, name, old)
    return w, best


def fit_confidence(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 4000, lr: float = 0.5) -> dict[str, float]:
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = (X - mu) / sd
    w, b = np.zeros(Z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = p - y
        w -= lr * (Z.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    # Back to raw feature units so scoring needs no scaler.
    raw = w / sd
    return {"bias": float(b - (raw * mu).sum()), **{f: float(v) for f, v in zip(FEATURES, raw)}}


def confidence_data(retriever, queries: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    from rag.retriever import QueryContext

    X, y = [], []
    for q in queries:
        hits = retriever.retrieve(q["query"], k=5)
        ctx = QueryContext(q["query"], retriever.embedder, retriever.expander, retriever._qcache, retriever.index.bm25.vocab)
        s = signals(hits[0], ctx, retriever.index)
        X.append([s[f] for f in FEATURES])
        y.append(1.0 if q.get("in_scope", True) else 0.0)
    return np.array(X), np.array(y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--queries", default="data/eval/retrieval_kb.jsonl")
    ap.add_argument("--docs", nargs="+", default=["data/knowledge"])
    ap.add_argument("--out", default=str(PARAMS_FILE))
    args = ap.parse_args(argv)

    from domain.catalog import load_catalog
    from ingest.pipeline import ingest
    from rag.embedder import get_embedder
    from rag.loader import load_retriever

    cat, emb = load_catalog(), get_embedder("e5")
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        ingest(args.docs, tmp, emb, cat, progress=False)
        ret = load_retriever(tmp, "hybrid+rerank", embedder=emb, catalog=cat)
        weights, mrr = fit_reranker(ret, queries)
        X, y = confidence_data(ret, queries)
        params = fit_confidence(X, y)
        ret.index.store.close()
    p = 1 / (1 + np.exp(-(params["bias"] + X @ np.array([params[f] for f in FEATURES]))))
    acc = float(((p >= 0.5) == (y == 1)).mean())
    out = {"params": params, "rerank": asdict(weights), "fitted_on": args.queries, "n": len(queries),
           "train_mrr@5": round(mrr, 4), "train_accuracy": round(acc, 4), "date": time.strftime("%Y-%m-%d")}
    with open(args.out, "w") as fh:
        json.dump(out, fh, indent=2)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
