"""Retrieval metrics over labelled queries (data/eval/retrieval_*.jsonl).

A hit is relevant when its text contains one of the query's `answers` substrings (case- and
whitespace-insensitive), so labels survive chunker changes. Metrics per language:
hit@1, MRR@5, recall@5, and for out-of-scope queries the rejection rate (confidence below the
threshold); in-scope queries wrongly rejected are reported too.
"""
from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path


def load_queries(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("**", "").split())


def relevant(text: str, answers: list[str], kind: str = "") -> bool:
    t = _norm(text)
    if kind == "table_row":
        # a row passage spells the item and its value with the column name between them
        # ("Spotify Premium — Duration: 4 months" answers "Spotify Premium 4 months")
        words = set(re.findall(r"\w+", t))
        return any(_norm(a) in t or set(re.findall(r"\w+", _norm(a))) <= words for a in answers)
    return any(_norm(a) in t for a in answers)


def evaluate(retriever, queries: list[dict], k: int = 5, threshold: float = 0.5) -> dict:
    rows = []
    for q in queries:
        t = time.perf_counter()
        res = retriever.search(q["query"], k=k)
        ms = (time.perf_counter() - t) * 1000
        rank = next((i + 1 for i, h in enumerate(res.hits) if relevant(h.chunk.text, q.get("answers", []), h.chunk.kind)), None)
        rows.append({"id": q.get("id"), "lang": q.get("lang", "en"), "in_scope": q.get("in_scope", True), "rank": rank,
                     "confidence": res.confidence, "ms": ms})
    return summarize(rows, k, threshold) | {"rows": rows}


def summarize(rows: list[dict], k: int, threshold: float) -> dict:
    out: dict = {}
    for lang in ["all", *sorted({r["lang"] for r in rows})]:
        ins = [r for r in rows if r["in_scope"] and (lang == "all" or r["lang"] == lang)]
        oos = [r for r in rows if not r["in_scope"] and (lang == "all" or r["lang"] == lang)]
        m = {"n": len(ins), "n_oos": len(oos)}
        if ins:
            m["hit@1"] = sum(r["rank"] == 1 for r in ins) / len(ins)
            m[f"mrr@{k}"] = sum(1 / r["rank"] for r in ins if r["rank"]) / len(ins)
            m[f"recall@{k}"] = sum(r["rank"] is not None for r in ins) / len(ins)
            m["false_reject"] = sum(r["confidence"] < threshold for r in ins) / len(ins)
        if oos:
            m["oos_reject"] = sum(r["confidence"] < threshold for r in oos) / len(oos)
        out[lang] = {key: round(v, 4) if isinstance(v, float) else v for key, v in m.items()}
    ms = sorted(r["ms"] for r in rows)
    if ms:
        out["latency_ms"] = {"p50": round(statistics.median(ms), 2), "p95": round(ms[int(0.95 * (len(ms) - 1))], 2)}
    return out
