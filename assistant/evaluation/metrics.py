"""Pure metric functions for `funnel eval` (no models, no I/O): easy to unit-test.

Retrieval metrics live in `rag.evaluation` and number/compliance rules in `assistant.guard`;
this module only combines them into per-answer and per-set figures, and compares a run with a
baseline (`compare`).
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from typing import Any, Iterable

from assistant.guard.compliance import check as compliance_check
from assistant.guard.pii import find_pii, to_ascii_digits


# ---------------------------------------------------------------- answers
def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", to_ascii_digits(text or ""))
    t = unicodedata.normalize("NFC", unicodedata.normalize("NFD", t).replace("\u093c", ""))  # nukta-insensitive
    return " ".join(t.lower().replace("’", "'").split())


def fact_present(answer: str, fact: str) -> bool:
    """A required fact is present when any `|`-separated alternative occurs in the answer
    (case-, whitespace-, digit-script- and nukta-insensitive). Numbers must not be glued to other
    digits: fact "5" does not match "15"."""
    a = _norm(answer)
    for alt in (x.strip() for x in fact.split("|")):
        if not alt:
            continue
        n = _norm(alt)
        pat = (r"(?<![0-9])" if n[:1].isdigit() else "") + re.escape(n) + (r"(?![0-9])" if n[-1:].isdigit() else "")
        if re.search(pat, a):
            return True
    return False


def facts_score(answer: str, facts: list[str]) -> tuple[float, list[str]]:
    """(share of facts present, missing facts)."""
    if not facts:
        return 1.0, []
    missing = [f for f in facts if not fact_present(answer, f)]
    return 1 - len(missing) / len(facts), missing


def ungrounded_numbers(answer: str, passages: list[str], user_text: str = "") -> list[str]:
    """Numbers in the answer that none of its cited passages contain (guard's `ungrounded_number` rule)."""
    for v in compliance_check(answer, passages, user_text):
        if v.rule == "ungrounded_number":
            return [x.strip() for x in v.detail.split(":", 1)[1].split(",")]
    return []


def citations_consistent(cited_ids: Iterable[str], known_ids: set[str]) -> bool:
    """Every cited chunk id exists in the index (an answer citing nothing is consistent)."""
    return all(c in known_ids for c in cited_ids)


def pii_echo(text: str) -> int:
    return len(find_pii(text or ""))


# ---------------------------------------------------------------- classification
def precision_recall(expected: list[bool], predicted: list[bool]) -> dict[str, float | int | None]:
    tp = sum(e and p for e, p in zip(expected, predicted))
    fp = sum((not e) and p for e, p in zip(expected, predicted))
    fn = sum(e and not p for e, p in zip(expected, predicted))
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else (0.0 if prec is not None and rec is not None else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": _r(prec), "recall": _r(rec), "f1": _r(f1)}


def confusion(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Confusion matrix from (expected, predicted) labels: {"labels": [...], "matrix": rows=expected, cols=predicted}."""
    labels = sorted({x for p in pairs for x in p})
    idx = {l: i for i, l in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for e, p in pairs:
        m[idx[e]][idx[p]] += 1
    return {"labels": labels, "matrix": m}


# ---------------------------------------------------------------- latency / cost
def percentile(values: list[float], q: float) -> float | None:
    """p50 is the median; other percentiles use the nearest-rank index `int(q/100·(n-1))`, as
    rag.evaluation does, so retrieval and end-to-end latencies are read the same way."""
    if not values:
        return None
    v = sorted(values)
    if q == 50:
        return round(statistics.median(v), 2)
    return round(v[int(q / 100 * (len(v) - 1))], 2)


def usage_summary(usages: list[dict], price_in: float = 0.0, price_out: float = 0.0) -> dict[str, Any]:
    """Latency p50/p95 and mean tokens per request; cost per 1k requests from prices per 1M tokens."""
    if not usages:
        return {"n": 0}
    lat = [float(u.get("latency_ms", 0.0)) for u in usages]
    pin = sum(int(u.get("prompt_tokens", 0)) for u in usages) / len(usages)
    pout = sum(int(u.get("completion_tokens", 0)) for u in usages) / len(usages)
    return {"n": len(usages), "latency_ms_p50": percentile(lat, 50), "latency_ms_p95": percentile(lat, 95),
            "latency_ms_mean": round(sum(lat) / len(lat), 2), "prompt_tokens_mean": round(pin, 1),
            "completion_tokens_mean": round(pout, 1), "cost_per_1k_requests": cost_per_1k(pin, pout, price_in, price_out)}


def cost_per_1k(prompt_tokens: float, completion_tokens: float, price_in: float, price_out: float) -> float:
    """Cost of 1,000 requests with the given mean tokens per request; prices per 1M tokens."""
    return round(1000 * (prompt_tokens * price_in + completion_tokens * price_out) / 1e6, 6)


# ---------------------------------------------------------------- subsets
def subset(rows: list, n: int | None) -> list:
    """A fixed, evenly spaced subset of n rows (keeps the language mix of a file sorted by language)."""
    if not n or n >= len(rows):
        return list(rows)
    return [rows[i * len(rows) // n] for i in range(n)]


def rate(flags: Iterable[bool]) -> float | None:
    f = list(flags)
    return _r(sum(f) / len(f)) if f else None


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


# ---------------------------------------------------------------- regression gate
# (dotted path in metrics.json, direction). Rates are gated with an absolute tolerance; counts
# that must stay at their baseline (PII echoes) are gated exactly. Latency is reported, not gated.
GATED: list[tuple[str, str]] = [
    ("retrieval.kb.all.recall@5", "higher"),
    ("retrieval.kb.all.mrr@5", "higher"),
    ("retrieval.kb.all.hit@1", "higher"),
    ("retrieval.pdf.all.recall@5", "higher"),
    ("answers.facts_rate", "higher"),
    ("answers.facts_all_rate", "higher"),
    ("answers.hallucination_rate", "lower"),
    ("answers.citation_consistency", "higher"),
    ("reasons.accuracy", "higher"),
    ("reasons.json_validity", "higher"),
    ("nudges.rubric_pass_rate", "higher"),
    ("nudges.compliance_rate", "higher"),
    ("safety.fallback.precision", "higher"),
    ("safety.fallback.recall", "higher"),
    ("safety.refusal_rate", "higher"),
    ("safety.behaviour_accuracy", "higher"),
    ("safety.pii_echo_count", "count"),
]


def get_path(d: dict, path: str) -> Any:
    """Value at a dotted path; keys may contain dots only in the last segment (e.g. `recall@5`)."""
    cur: Any = d
    parts = path.split(".")
    for p in parts:
        if not isinstance(cur, dict) or p not in cur:
            return None
        cur = cur[p]
    return cur


def compare(current: dict, baseline: dict, tolerance: float = 0.02,
            gated: list[tuple[str, str]] = GATED) -> list[dict[str, Any]]:
    """Regressions of `current` against `baseline`: a list of {metric, baseline, current, delta}.

    A metric present in the baseline but missing now counts as a regression (a section that
    silently stopped running must not pass the gate); one missing from the baseline is skipped.
    """
    out = []
    for path, direction in gated:
        b, c = get_path(baseline, path), get_path(current, path)
        if b is None:
            continue
        if c is None:
            out.append({"metric": path, "baseline": b, "current": None, "delta": None, "why": "missing"})
            continue
        delta = round(c - b, 4)
        bad = (direction == "higher" and b - c > tolerance + 1e-9) or (direction == "lower" and c - b > tolerance + 1e-9) \
            or (direction == "count" and c > b)
        if bad:
            out.append({"metric": path, "baseline": b, "current": c, "delta": delta, "why": direction})
    return out


