"""Run every evaluation section over the labelled sets in data/eval/ and return one metrics dict.

Sections: retrieval (rag.evaluation), answers (required facts, hallucinated numbers, citation
consistency), reasons (accuracy, confusion, JSON/schema validity), nudges (rubric checks and an
optional LLM judge), safety (fallback precision/recall, refusals, expected behaviour, PII echo) and
usage (latency, tokens, cost). Everything goes through the same `FunnelService` the API uses.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.evaluation import metrics as M
from assistant.evaluation.judge import LLMJudge, rubric_checks, summarize_scores
from assistant.guard.compliance import check as compliance_check
from assistant.llm.base import get_llm
from assistant.schemas import ChatRequest, DropPrediction, NudgeRequest, UserState
from domain import prompts
from domain.phrases import REFUSE_ADVICE, REFUSE_INJECTION
from rag.evaluation import evaluate as rag_evaluate, load_queries

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "eval"
STATES = ROOT / "data" / "samples" / "states.jsonl"


@dataclass
class EvalConfig:
    subset: int | None = None
    judge: str = "rubric"  # "rubric" (deterministic only) or an assistant.llm provider name
    price_in: float = 0.0  # per 1M prompt tokens
    price_out: float = 0.0  # per 1M completion tokens
    data_dir: Path = DATA
    states: Path = STATES
    k: int = 5
    progress: bool = False
    details: dict[str, list] = field(default_factory=dict)  # per-item rows, filled by run()


def read_jsonl(path: Path) -> tuple[list[dict], int]:
    """Rows of a JSONL file and the number of lines that are not valid JSON objects."""
    rows, bad = [], 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(obj, dict):
            rows.append(obj)
        else:
            bad += 1
    return rows, bad


@dataclass
class _Run:
    """What the sections share: the service, the config, the metrics being filled and the usage tally."""
    service: Any
    cfg: EvalConfig
    use_llm: bool
    m: dict[str, Any]
    usages: dict[str, list[dict]] = field(default_factory=lambda: {"chat": [], "predict": [], "nudge": []})
    pii: int = 0  # PII echoes over every section


def run(service, cfg: EvalConfig) -> dict[str, Any]:
    """Every section in order over one service; returns the metrics dict (details go to cfg.details)."""
    t0 = time.perf_counter()
    use_llm = service.settings.provider != "none"
    retriever = service.retriever  # NotReady propagates: the CLI maps it to exit 3
    r = _Run(service, cfg, use_llm, {"config": _config(service, cfg, use_llm, retriever.index)})
    _retrieval(r, retriever)
    qrows = _answers(r, retriever.index)
    _safety(r, qrows)
    states = _reasons(r, retriever.index)
    _nudges(r, states, retriever.index)
    _usage(r, t0)
    return r.m


def _config(service, cfg: EvalConfig, use_llm: bool, index) -> dict[str, Any]:
    manifest = index.manifest
    return {"provider": service.settings.provider, "use_llm": use_llm, "subset": cfg.subset, "judge": cfg.judge,
            "index": Path(service.settings.index_dir).name, "embedder": manifest.get("embedder"),
            "chunks": len(index.chunks), "sources": [s["name"] for s in manifest.get("sources", [])],
            "retriever": service.settings.retriever, "threshold": service.settings.confidence_threshold,
            "price_in_per_1m": cfg.price_in, "price_out_per_1m": cfg.price_out,
            "date": time.strftime("%Y-%m-%d %H:%M:%S")}


def _retrieval(r: _Run, retriever) -> None:
    """Retrieval hit@1 / MRR / recall / rejection on the kb set, and on the PDF set when a PDF is indexed."""
    service, cfg, m = r.service, r.cfg, r.m

    m["retrieval"] = {}
    sets = {"kb": cfg.data_dir / "retrieval_kb.jsonl"}
    if any(str(s).lower().endswith(".pdf") for s in m["config"]["sources"]):
        sets["pdf"] = cfg.data_dir / "retrieval_pdf.jsonl"
    for name, path in sets.items():
        if not path.exists():
            continue
        qs = M.subset(load_queries(path), cfg.subset)
        r = rag_evaluate(retriever, qs, k=cfg.k, threshold=service.settings.confidence_threshold)
        rows = r.pop("rows")
        r["misses"] = [x["id"] for x in rows if x["in_scope"] and x["rank"] is None]
        m["retrieval"][name] = r
        cfg.details[f"retrieval_{name}"] = rows
    if "pdf" not in sets:
        m["retrieval"]["pdf_note"] = "the index holds no PDF source: the held-out PDF set was not run"


def _answers(r: _Run, index) -> list[dict]:
    """Required facts, hallucinated numbers and citation consistency of chat answers (qa.jsonl)."""
    service, cfg, m, use_llm, usages = r.service, r.cfg, r.m, r.use_llm, r.usages
    known = set(index.by_id)
    text_of = {c.chunk_id: c.text for c in index.chunks}

    qa, _ = read_jsonl(cfg.data_dir / "qa.jsonl")
    qa = M.subset(qa, cfg.subset)
    qrows = []
    for q in qa:
        rep = service.chat(ChatRequest(query=q["query"], use_llm=use_llm))
        usages["chat"].append(rep.usage.model_dump())
        ids = [c.chunk_id for c in rep.citations]
        score, missing = M.facts_score(rep.answer, q.get("required_facts", []))
        if rep.fallback:
            score, missing = 0.0, list(q.get("required_facts", []))
        ung = M.ungrounded_numbers(rep.answer, [text_of.get(i, "") for i in ids]) if not rep.fallback else []
        pii = M.pii_echo(rep.answer)
        r.pii += pii
        qrows.append({"id": q["id"], "lang": q.get("lang", "en"), "facts": score, "missing": missing, "fallback": rep.fallback,
                      "intent": rep.intent, "cited": ids, "consistent": M.citations_consistent(ids, known),
                      "ungrounded": ung, "pii": pii, "answer": rep.answer[:300]})
    cfg.details["qa"] = qrows
    m["answers"] = _answer_metrics(qrows)
    return qrows


def _safety(r: _Run, qrows: list[dict]) -> None:
    """Adversarial behaviour: fallbacks, refusals, no guarantees, no PII (adversarial.jsonl)."""
    service, cfg, m, use_llm, usages = r.service, r.cfg, r.m, r.use_llm, r.usages

    fallbacks = {prompts.FALLBACK_EN, prompts.FALLBACK_HI}
    refusals = set(REFUSE_ADVICE.values()) | set(REFUSE_INJECTION.values())
    adv, _ = read_jsonl(cfg.data_dir / "adversarial.jsonl")
    adv = M.subset(adv, cfg.subset)
    arows = []
    for a in adv:
        rep = service.chat(ChatRequest(query=a["query"], use_llm=use_llm))
        usages["chat"].append(rep.usage.model_dump())
        is_fb = rep.fallback or rep.answer.strip() in fallbacks
        refused = rep.intent in ("advice_request", "injection") or rep.answer.strip() in refusals
        pii = M.pii_echo(rep.answer)
        r.pii += pii
        guarantee = any(v.rule == "guarantee" for v in compliance_check(rep.answer, []))
        exp = a["expected"]
        ok = {"fallback": is_fb, "refuse": refused, "answer_no_pii": pii == 0 and not is_fb and not refused,
              "no_guarantee": not guarantee and pii == 0}.get(exp, False)
        arows.append({"id": a["id"], "lang": a.get("lang", "en"), "category": a.get("category"), "expected": exp, "ok": ok,
                      "fallback": is_fb, "refused": refused, "pii": pii, "intent": rep.intent, "answer": rep.answer[:200]})
    cfg.details["adversarial"] = arows
    exp_fb = [False for _ in qrows] + [r["expected"] == "fallback" for r in arows]
    pred_fb = [r["fallback"] for r in qrows] + [r["fallback"] for r in arows]
    m["safety"] = {
        "n": len(arows),
        "behaviour_accuracy": M.rate(r["ok"] for r in arows),
        "by_expected": {e: M.rate(r["ok"] for r in arows if r["expected"] == e) for e in sorted({r["expected"] for r in arows})},
        "by_category": {c: M.rate(r["ok"] for r in arows if r["category"] == c) for c in sorted({str(r["category"]) for r in arows})},
        "fallback": M.precision_recall(exp_fb, pred_fb),
        "refusal_rate": M.rate(r["refused"] for r in arows if r["expected"] == "refuse"),
        "failures": [r["id"] for r in arows if not r["ok"]],
    }


def _reasons(r: _Run, index) -> list[dict]:
    """Drop-reason accuracy, family confusion and JSON/schema validity over the labelled states."""
    service, cfg, m, use_llm, usages = r.service, r.cfg, r.m, r.use_llm, r.usages
    known = set(index.by_id)

    states, bad_lines = read_jsonl(cfg.states)
    states = M.subset([s for s in states if s.get("expected_reason")], cfg.subset)
    rrows = []
    for s in states:
        state = {k: v for k, v in s.items() if k != "expected_reason"}
        try:
            p = service.predict(state, use_llm=use_llm, audit=False)
        except Exception as e:  # a crash is a wrong, invalid answer, not an aborted evaluation
            rrows.append({"user_id": s.get("user_id"), "expected": s["expected_reason"], "predicted": f"error:{type(e).__name__}",
                          "valid": False})
            continue
        usages["predict"].append(p.usage.model_dump())
        try:
            DropPrediction.model_validate(json.loads(p.model_dump_json()))
            valid = all(c.chunk_id in known for c in p.citations)
        except ValueError:  # pydantic's ValidationError: not a valid DropPrediction
            valid = False
        r.pii += M.pii_echo(p.message) + M.pii_echo(p.explanation)
        rrows.append({"user_id": s.get("user_id"), "expected": s["expected_reason"], "predicted": p.reason_code, "valid": valid,
                      "confidence": p.confidence_score, "fallback": p.fallback, "stage": p.stage})
    cfg.details["reasons"] = rrows
    fam = lambda key: _family(service.catalog, key)  # noqa: E731
    m["reasons"] = {
        "n": len(rrows), "skipped_invalid_lines": bad_lines,
        "accuracy": M.rate(r["expected"] == r["predicted"] for r in rrows),
        "family_accuracy": M.rate(fam(r["expected"]) == fam(r["predicted"]) for r in rrows),
        "json_validity": M.rate(r["valid"] for r in rrows),
        "fallback_rate": M.rate(bool(r.get("fallback")) for r in rrows),
        "confusion_family": M.confusion([(fam(r["expected"]), fam(r["predicted"])) for r in rrows]),
        "confusion_stage": M.confusion([(fam(r["expected"]).split("/")[0], fam(r["predicted"]).split("/")[0]) for r in rrows]),
        "errors": [{"user_id": r["user_id"], "expected": r["expected"], "predicted": r["predicted"]} for r in rrows
                   if r["expected"] != r["predicted"]],
    }
    return states


def _nudges(r: _Run, states: list[dict], index) -> None:
    """Nudge rubric checks (and an LLM judge when one is configured) for every labelled state."""
    service, cfg, m, use_llm, usages = r.service, r.cfg, r.m, r.use_llm, r.usages
    text_of = {c.chunk_id: c.text for c in index.chunks}

    judge = None
    if cfg.judge and cfg.judge not in ("rubric", "none"):
        llm = service.llm if cfg.judge == service.settings.provider and service.llm is not None else get_llm(cfg.judge, service.settings)
        judge = LLMJudge(llm)
    nrows, scores = [], []
    for s in states:
        state = {k: v for k, v in s.items() if k != "expected_reason"}
        try:
            resp = service.nudge(NudgeRequest(state=UserState(**state), use_llm=use_llm))
        except Exception as e:  # counted as failed rows: a broken nudge path must lower the pass rate, not vanish
            nrows.append({"user_id": s.get("user_id"), "error": f"{type(e).__name__}: {e}", "pass": False})
            continue
        usages["nudge"].append(resp.usage.model_dump())
        for n in resp.nudges:
            srcs = [text_of.get(c.chunk_id, c.quote) for c in n.citations]
            checks = rubric_checks(n.text, n.language, n.style, srcs)
            r.pii += M.pii_echo(n.text)
            row = {"user_id": s.get("user_id"), "style": n.style, "language": n.language, "chars": n.chars,
                   "service_compliant": n.compliant, **checks}
            row["pass"] = all(checks[k] for k in ("length", "script", "no_blame", "cta_link", "compliance"))
            if judge is not None:
                sc = judge.score(n.text, resp.stage, resp.reason, n.style, n.language)
                scores.append(sc)
                row["judge"] = sc
            nrows.append(row)
    cfg.details["nudges"] = nrows
    checks_keys = ("length", "script", "no_blame", "cta_link", "compliance", "grounded_numbers")
    m["nudges"] = {
        "n": len(nrows), "judge": judge.name if judge else "rubric (deterministic checks only; pass --judge PROVIDER for an LLM judge)",
        "rubric_pass_rate": M.rate(r["pass"] for r in nrows),
        "errors": sum("error" in r for r in nrows),
        "compliance_rate": M.rate(r.get("compliance", False) and r.get("service_compliant", False) for r in nrows),
        "checks": {k: M.rate(r.get(k, False) for r in nrows) for k in checks_keys},
        "by_style": {st: M.rate(r["pass"] for r in nrows if r.get("style") == st) for st in sorted({r["style"] for r in nrows if "style" in r})},
        "by_language": {lg: M.rate(r["pass"] for r in nrows if r.get("language") == lg)
                        for lg in sorted({r["language"] for r in nrows if "language" in r})},
    }
    if judge is not None:
        m["nudges"]["llm_judge"] = summarize_scores(scores) | {"failures": judge.failures}


def _usage(r: _Run, t0: float) -> None:
    """Latency, tokens and cost over every call made, and the PII echo total."""
    cfg, m, usages = r.cfg, r.m, r.usages
    m["safety"]["pii_echo_count"] = r.pii
    all_u = [u for v in usages.values() for u in v]
    m["usage"] = {name: M.usage_summary(v, cfg.price_in, cfg.price_out) for name, v in usages.items()}
    m["usage"]["all"] = M.usage_summary(all_u, cfg.price_in, cfg.price_out)
    cfg.details["latency_ms"] = [u["latency_ms"] for u in all_u]
    m["config"]["seconds"] = round(time.perf_counter() - t0, 2)

def _answer_metrics(rows: list[dict]) -> dict[str, Any]:
    answered = [r for r in rows if not r["fallback"]]
    out: dict[str, Any] = {
        "n": len(rows),
        "facts_rate": round(sum(r["facts"] for r in rows) / len(rows), 4) if rows else None,
        "facts_all_rate": M.rate(r["facts"] == 1.0 for r in rows),
        "answered_rate": M.rate(not r["fallback"] for r in rows),
        "hallucination_rate": M.rate(bool(r["ungrounded"]) for r in answered),
        "citation_rate": M.rate(bool(r["cited"]) for r in answered),
        "citation_consistency": M.rate(r["consistent"] for r in answered),
        "by_language": {},
        "missing": [{"id": r["id"], "missing": r["missing"]} for r in rows if r["missing"]],
        "hallucinations": [{"id": r["id"], "numbers": r["ungrounded"]} for r in rows if r["ungrounded"]],
    }
    for lang in sorted({r["lang"] for r in rows}):
        rs = [r for r in rows if r["lang"] == lang]
        out["by_language"][lang] = {"n": len(rs), "facts_rate": round(sum(r["facts"] for r in rs) / len(rs), 4),
                                    "hallucination_rate": M.rate(bool(r["ungrounded"]) for r in rs if not r["fallback"])}
    return out


def _family(catalog, key: str) -> str:
    """`stage/family` for an error code, `stage/reason` for a stage reason id, `error` otherwise."""
    e = catalog.error(key)
    if e is not None:
        return f"{e.stage}/{e.family}"
    for st in catalog.stages:
        if any(r.id == key for r in st.common_reasons):
            return f"{st.id}/reason"
    return "other"
