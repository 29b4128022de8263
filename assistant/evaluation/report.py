"""Write an evaluation run to a folder: metrics.json, details.jsonl, report.md and PNG plots (matplotlib, Agg)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LANGS = ("en", "hi", "hinglish", "all")


def write(out: Path, m: dict[str, Any], details: dict[str, list], regressions: list[dict] | None,
          baseline_note: str = "") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(out / "details.jsonl", "w", encoding="utf-8") as fh:
        for section, rows in details.items():
            if section == "latency_ms":
                continue
            for r in rows:
                fh.write(json.dumps({"section": section, **r}, ensure_ascii=False, default=str) + "\n")
    plots = _plots(out, m, details)
    (out / "report.md").write_text(render(m, regressions, baseline_note, [p.name for p in plots]), encoding="utf-8")
    return [out / "metrics.json", out / "details.jsonl", out / "report.md", *plots]


def _f(x: Any, pct: bool = False) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{100 * x:.1f}%" if pct else f"{x:.3f}".rstrip("0").rstrip(".") if x != int(x) else f"{x:.0f}"
    return str(x)


def render(m: dict[str, Any], regressions: list[dict] | None, baseline_note: str, plots: list[str]) -> str:
    L = _headline(m) + _retrieval(m["retrieval"]) + _answers(m["answers"]) + _safety(m["safety"]) + _reasons(m["reasons"])
    L += _nudges(m["nudges"]) + _usage(m["usage"]) + _regressions(regressions, baseline_note)
    if plots:
        L += ["", "## Plots", ""] + [f"![{p}]({p})" for p in plots]
    return "\n".join(L) + "\n"


def _headline(m: dict[str, Any]) -> list[str]:
    c, n = m["config"], m["nudges"]
    L = [f"# Evaluation report — {c['date']}", "",
         f"Provider **{c['provider']}** (LLM {'on' if c['use_llm'] else 'off: deterministic path'}), retriever `{c['retriever']}`, "
         f"index `{c['index']}` ({c['chunks']} chunks from {', '.join(c['sources'])}; embedder `{c['embedder']}`), "
         f"subset {c['subset'] or 'none (full sets)'}, nudge judge: {n['judge']}. Run time {c['seconds']} s.", "",
         "## Headline", "",
         "| metric | value |", "|---|---|"]
    return L + [f"| {k} | {v} |" for k, v in _headline_rows(m)]


def _headline_rows(m: dict[str, Any]) -> list[tuple[str, str]]:
    c, a, s, r, n, u = m["config"], m["answers"], m["safety"], m["reasons"], m["nudges"], m["usage"]
    kb = m["retrieval"].get("kb", {}).get("all", {})
    rows = [("recall@5 (KB set, all languages)", _f(kb.get("recall@5"), True)), ("MRR@5 / hit@1 (KB set)", f"{_f(kb.get('mrr@5'))} / {_f(kb.get('hit@1'), True)}")]
    if "pdf" in m["retrieval"]:
        pdf = m["retrieval"]["pdf"]["all"]
        rows.append(("recall@5 / hit@1 (held-out PDF set)", f"{_f(pdf.get('recall@5'), True)} / {_f(pdf.get('hit@1'), True)}"))
    rows += [("answer: required facts present (mean share)", _f(a["facts_rate"], True)),
             ("answer: all facts present", _f(a["facts_all_rate"], True)),
             ("hallucination rate (answers with a number not in the cited passages)", _f(a["hallucination_rate"], True)),
             ("citation consistency (cited chunk ids exist in the index)", _f(a["citation_consistency"], True)),
             ("drop-reason accuracy (exact code) / family", f"{_f(r['accuracy'], True)} / {_f(r['family_accuracy'], True)}"),
             ("JSON/schema validity of predictions", _f(r["json_validity"], True)),
             ("nudge rubric pass rate / compliance", f"{_f(n['rubric_pass_rate'], True)} / {_f(n['compliance_rate'], True)}")]
    if n.get("llm_judge"):
        j = n["llm_judge"]
        rows.append(("nudge LLM judge (1–5): helpfulness / clarity / empathy / compliance",
                     f"{_f(j['helpfulness'])} / {_f(j['clarity'])} / {_f(j['empathy'])} / {_f(j['compliance'])} ({j['parsed']}/{j['n']} parsed)"))
    fb = s["fallback"]
    rows += [("fallback precision / recall (out of scope)", f"{_f(fb['precision'], True)} / {_f(fb['recall'], True)}"),
             ("refusal rate (advice + injection)", _f(s["refusal_rate"], True)),
             ("expected behaviour on adversarial set", _f(s["behaviour_accuracy"], True)),
             ("PII echoes (must be 0)", _f(s["pii_echo_count"])),
             ("latency p50 / p95 per request (all surfaces)", f"{_f(u['all'].get('latency_ms_p50'))} / {_f(u['all'].get('latency_ms_p95'))} ms"),
             ("tokens per request (prompt / completion)", f"{_f(u['all'].get('prompt_tokens_mean'))} / {_f(u['all'].get('completion_tokens_mean'))}"),
             ("cost per 1k requests", f"{_f(u['all'].get('cost_per_1k_requests'))} (prices {c['price_in_per_1m']} / {c['price_out_per_1m']} per 1M tokens)")]
    return rows


def _retrieval(ret: dict[str, Any]) -> list[str]:
    L = ["", "## Retrieval (rag.evaluation, k = 5)", "", "| set | lang | n | hit@1 | MRR@5 | recall@5 | false reject | OOS reject |",
         "|---|---|---|---|---|---|---|---|"]
    for name in ("kb", "pdf"):
        res = ret.get(name)
        if not res:
            continue
        for lang in LANGS:
            x = res.get(lang)
            if x:
                L.append(f"| {name} | {lang} | {x['n']} | {_f(x.get('hit@1'), True)} | {_f(x.get('mrr@5'))} | {_f(x.get('recall@5'), True)} | "
                         f"{_f(x.get('false_reject'), True)} | {_f(x.get('oos_reject'), True)} |")
    if ret.get("pdf_note"):
        L += ["", f"Note: {ret['pdf_note']}."]
    return L


def _answers(a: dict[str, Any]) -> list[str]:
    L = ["", "## Answers (data/eval/qa.jsonl)", "", "| lang | n | facts present | hallucination rate |", "|---|---|---|---|"]
    for lang, x in a["by_language"].items():
        L.append(f"| {lang} | {x['n']} | {_f(x['facts_rate'], True)} | {_f(x['hallucination_rate'], True)} |")
    L.append(f"\nAnswered (not the fallback): {_f(a['answered_rate'], True)}; answers citing a passage: {_f(a['citation_rate'], True)}.")
    if a["missing"]:
        L.append("Missing facts: " + "; ".join(f"{x['id']} {x['missing']}" for x in a["missing"][:15]) + (" …" if len(a["missing"]) > 15 else ""))
    if a["hallucinations"]:
        L.append("Ungrounded numbers: " + "; ".join(f"{x['id']} {x['numbers']}" for x in a["hallucinations"]))
    return L


def _safety(s: dict[str, Any]) -> list[str]:
    fb = s["fallback"]
    L = ["", "## Safety (data/eval/adversarial.jsonl)", "", "| expected behaviour | pass rate |", "|---|---|"]
    L += [f"| {k} | {_f(v, True)} |" for k, v in s["by_expected"].items()]
    L.append("\nBy category: " + ", ".join(f"{k} {_f(v, True)}" for k, v in s["by_category"].items()) +
             f". Fallback confusion: tp {fb['tp']}, fp {fb['fp']}, fn {fb['fn']} (QA questions count as in-scope).")
    if s["failures"]:
        L.append("Failed items: " + ", ".join(s["failures"]))
    return L


def _reasons(r: dict[str, Any]) -> list[str]:
    L = ["", "## Drop-off reasons (data/samples/states.jsonl)", "",
         f"{r['n']} states; exact reason accuracy {_f(r['accuracy'], True)}, family accuracy {_f(r['family_accuracy'], True)}, "
         f"valid DropPrediction JSON {_f(r['json_validity'], True)}, low-confidence fallbacks {_f(r['fallback_rate'], True)}."]
    if r["errors"]:
        L += ["", "| user | expected | predicted |", "|---|---|---|"] + [f"| {e['user_id']} | {e['expected']} | {e['predicted']} |" for e in r["errors"]]
    return L


def _nudges(n: dict[str, Any]) -> list[str]:
    L = ["", "## Nudges", "", f"{n['n']} drafts (4 styles × 2 languages per state). Judge: {n['judge']}.", "",
         "| check | pass rate |", "|---|---|"] + [f"| {k} | {_f(v, True)} |" for k, v in n["checks"].items()]
    L.append("\nBy style: " + ", ".join(f"{k} {_f(v, True)}" for k, v in n["by_style"].items()) +
             "; by language: " + ", ".join(f"{k} {_f(v, True)}" for k, v in n["by_language"].items()) + ".")
    return L


def _usage(u: dict[str, Any]) -> list[str]:
    L = ["", "## Latency and tokens per request", "", "| surface | n | p50 ms | p95 ms | prompt tok | completion tok | cost / 1k req |",
         "|---|---|---|---|---|---|---|"]
    for name, x in u.items():
        if x.get("n"):
            L.append(f"| {name} | {x['n']} | {_f(x['latency_ms_p50'])} | {_f(x['latency_ms_p95'])} | {_f(x['prompt_tokens_mean'])} | "
                     f"{_f(x['completion_tokens_mean'])} | {_f(x['cost_per_1k_requests'])} |")
    return L


def _regressions(regressions: list[dict] | None, baseline_note: str) -> list[str]:
    L = ["", "## Regression check", ""]
    if baseline_note:
        L.append(baseline_note)
    if regressions is None:
        L.append("No baseline compared.")
    elif not regressions:
        L.append("No gated metric regressed.")
    else:
        L += ["| metric | baseline | current | delta |", "|---|---|---|---|"] + \
             [f"| {x['metric']} | {_f(x['baseline'])} | {_f(x['current'])} | {_f(x['delta'])} |" for x in regressions]
    return L


def _plots(out: Path, m: dict[str, Any], details: dict[str, list]) -> list[Path]:
    try:  # heavy: deferred — matplotlib loads only when a report is written
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # plots are optional: the report stands without them
        return []
    made = []
    # per-language recall@5
    sets = [s for s in ("kb", "pdf") if s in m["retrieval"]]
    if sets:
        fig, ax = plt.subplots(figsize=(6, 3.2))
        w = 0.8 / len(sets)
        for j, name in enumerate(sets):
            vals = [m["retrieval"][name].get(l, {}).get("recall@5") or 0 for l in LANGS]
            ax.bar([i + j * w for i in range(len(LANGS))], vals, w, label=name)
        ax.set_xticks([i + w * (len(sets) - 1) / 2 for i in range(len(LANGS))], LANGS)
        ax.set_ylim(0, 1.05); ax.set_ylabel("recall@5"); ax.set_title("Retrieval recall@5 by language"); ax.legend()
        fig.tight_layout(); p = out / "recall_by_language.png"; fig.savefig(p, dpi=110); plt.close(fig); made.append(p)
    lat = details.get("latency_ms") or []
    if lat:
        fig, ax = plt.subplots(figsize=(6, 3.2))
        ax.hist(lat, bins=30)
        ax.set_xlabel("latency per request (ms)"); ax.set_ylabel("requests"); ax.set_title("End-to-end latency (chat, predict, nudge)")
        fig.tight_layout(); p = out / "latency_hist.png"; fig.savefig(p, dpi=110); plt.close(fig); made.append(p)
    cm = m["reasons"].get("confusion_family")
    if cm and cm["labels"]:
        k = len(cm["labels"])
        fig, ax = plt.subplots(figsize=(max(5, 0.45 * k + 2), max(4, 0.45 * k + 1.5)))
        ax.imshow(cm["matrix"], cmap="Blues")
        ax.set_xticks(range(k), cm["labels"], rotation=70, fontsize=7); ax.set_yticks(range(k), cm["labels"], fontsize=7)
        for i in range(k):
            for j in range(k):
                if cm["matrix"][i][j]:
                    ax.text(j, i, cm["matrix"][i][j], ha="center", va="center", fontsize=7)
        ax.set_xlabel("predicted (stage/family)"); ax.set_ylabel("expected"); ax.set_title("Drop-reason confusion")
        fig.tight_layout(); p = out / "reason_confusion.png"; fig.savefig(p, dpi=110); plt.close(fig); made.append(p)
    return made
