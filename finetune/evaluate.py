"""Evaluate base vs base+adapter on validation rows (`funnel finetune eval`).

Batched greedy generation (max_new_tokens per task from prompts.MAX_NEW_TOKENS) and deterministic
metrics: JSON / schema validity (reason), citation consistency (cited [cN] ⊆ provided ids),
hallucination rate (numbers absent from the prompt), fallback correctness, Hindi chrF, nudge rubric
(0–5), intent accuracy, tokens and latency per response. Writes metrics.json, report.md and
loss_curve.png; `should_promote(new, shipped)` gates a release.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from domain import prompts

from . import dataset as ds
from .gen_cache import DEFAULT_DIR as GEN_CACHE_DIR
from .gen_cache import GenCache, cache_record, model_identity, request_key
from .base_model import load_model, load_tokenizer

ROOT = Path(__file__).resolve().parent.parent
BLAME = ("your fault", "you failed", "you forgot", "careless", "your mistake", "you did not follow", "आपकी गलती", "आपने गलती", "लापरवाही")
GUARANTEE = ("guarantee", "guaranteed", "100%", "assured approval", "definitely approved", "will be approved", "गारंटी", "पक्का मंज़ूर", "ज़रूर मंज़ूर")
LINK = re.compile(r"https?://\S+")


# ---------------------------------------------------------------- metric primitives
def cited_ids(task: str, output: str) -> set[str]:
    ids = set(re.findall(r"\[(c\d+)\]", output))
    if task == "reason":
        obj = parse_json(output)
        if isinstance(obj, dict) and isinstance(obj.get("citations"), list):
            ids |= {str(c).strip("[]") for c in obj["citations"]}
    return ids


def parse_json(text: str) -> Any:
    try:
        return json.loads(text.strip())
    except (ValueError, RecursionError):  # a model's output that is not JSON
        return None


def reason_schema_ok(obj: Any) -> bool:
    if not isinstance(obj, dict) or set(obj) != set(prompts.REASON_KEYS):
        return False
    return (isinstance(obj["predicted_drop_reason"], str) and isinstance(obj["secondary_reasons"], list)
            and isinstance(obj["explanation"], str) and isinstance(obj["steps_to_fix"], list)
            and isinstance(obj["confidence_score"], (int, float)) and not isinstance(obj["confidence_score"], bool)
            and 0.0 <= float(obj["confidence_score"]) <= 1.0
            and isinstance(obj["citations"], list) and all(isinstance(c, str) and re.fullmatch(r"c\d+", c) for c in obj["citations"])
            and isinstance(obj["message"], str))


def citation_consistent(task: str, user: str, output: str) -> bool | None:
    """True/False when the output cites anything; None when it cites nothing."""
    ids = cited_ids(task, output)
    if not ids:
        return None
    return ids <= ds.context_ids(user)


def hallucinated_numbers(task: str, user: str, output: str) -> set[str]:
    """Numbers in the output that appear nowhere in the prompt (context, state, question)."""
    return ds.numbers(ds.target_text_for_numbers(task, output)) - ds.numbers(user)


def nudge_rubric(output: str, language: str, style: str) -> dict[str, bool]:
    low = output.lower()
    script_ok = ds.is_hindi(output) if language == "hi" else not ds.is_hindi(output)
    return {"length": 0 < len(output) <= prompts.NUDGE_MAX_CHARS.get(style, 400), "script": script_ok and bool(output.strip()),
            "no_blame": not any(w in low for w in BLAME), "cta_link": bool(LINK.search(output)),
            "no_guarantee": not any(w in low for w in GUARANTEE)}


def chrf(hyps: list[str], refs: list[str]) -> float:
    """Corpus chrF (sacrebleu's, the standard implementation: char 6-grams, beta 2)."""
    import sacrebleu  # heavy: deferred — a dependency of the `local` extra

    return round(sacrebleu.corpus_chrf(hyps, [refs]).score, 2)


def _field(user: str, key: str) -> str:
    m = re.search(rf"^{key}: (.*)$", user, flags=re.M)
    return m.group(1).strip() if m else ""


def score(rows: list[dict], outputs: list[str], stats: list[dict] | None = None) -> dict[str, Any]:
    """All metrics for one model's outputs on the given rows."""
    fb = {prompts.FALLBACK_EN, prompts.FALLBACK_HI}
    m: dict[str, Any] = {"n": len(rows)}
    reason = [(r, o) for r, o in zip(rows, outputs) if r["task"] == "reason"]
    if reason:
        objs = [parse_json(o) for _, o in reason]
        m["json_validity"] = round(sum(isinstance(x, dict) for x in objs) / len(objs), 4)
        m["schema_validity"] = round(sum(reason_schema_ok(x) for x in objs) / len(objs), 4)
    cons = [citation_consistent(r["task"], r["messages"][1]["content"], o) for r, o in zip(rows, outputs) if r["task"] in ("reason", "answer", "explain_error")]
    cited = [c for c in cons if c is not None]
    m["citation_consistency"] = round(sum(cited) / len(cited), 4) if cited else None
    m["citation_rate"] = round(len(cited) / len(cons), 4) if cons else None
    ctx_rows = [(r, o) for r, o in zip(rows, outputs) if r["task"] != "intent"]
    hall = [bool(hallucinated_numbers(r["task"], r["messages"][1]["content"], o)) for r, o in ctx_rows]
    m["hallucination_rate"] = round(sum(hall) / len(hall), 4) if hall else None
    fbr = [(r, o) for r, o in zip(rows, outputs) if r["task"] in ("answer", "refusal")]
    if fbr:
        # A row that needs a refusal — the fallback sentence or one of the app's own refusals (advice,
        # instructions) — is right only with that refusal; an answer row only without the fallback.
        # (Until 2026-11-30 a specific-refusal row counted as right with anything but the fallback, so a
        # base model repeating its system prompt scored 0.80; changed before the next run, not for one.)
        ok = [(o.strip() == r["messages"][2]["content"].strip()) if r.get("expect_fallback") or r["task"] == "refusal"
              else (o.strip() not in fb and not any(f in o for f in fb)) for r, o in fbr]
        exp = [o.strip() == r["messages"][2]["content"] for r, o in fbr if r.get("expect_fallback")]
        m["fallback_accuracy"] = round(sum(ok) / len(ok), 4)
        m["fallback_recall"] = round(sum(exp) / len(exp), 4) if exp else None
    hi = [(r, o) for r, o in zip(rows, outputs) if r["lang"] == "hi"]
    if hi:
        m["hindi_chrf"] = chrf([o for _, o in hi], [r["messages"][2]["content"] for r, _ in hi])
    m["chrf_all"] = chrf(outputs, [r["messages"][2]["content"] for r in rows]) if rows else None
    nud = [(r, o) for r, o in zip(rows, outputs) if r["task"] == "nudge"]
    if nud:
        rub = [nudge_rubric(o, r["lang"], _field(r["messages"][1]["content"], "STYLE")) for r, o in nud]
        m["nudge_score"] = round(sum(sum(x.values()) for x in rub) / len(rub), 3)
        m["nudge_checks"] = {k: round(sum(x[k] for x in rub) / len(rub), 4) for k in rub[0]}
    intents = [(r, o) for r, o in zip(rows, outputs) if r["task"] == "intent"]
    if intents:
        m["intent_accuracy"] = round(sum(o.strip() == r["messages"][2]["content"] for r, o in intents) / len(intents), 4)
    if stats:
        m["mean_new_tokens"] = round(sum(s["tokens"] for s in stats) / len(stats), 1)
        m["mean_latency_s"] = round(sum(s["latency_s"] for s in stats) / len(stats), 4)
        tot_t = sum(s["tokens"] for s in stats)
        m["gen_tokens_per_s"] = round(tot_t / max(1e-9, sum(s["latency_s"] for s in stats)), 1)
    return m


# The promotion gate: metric → (+1 higher is better / -1 lower is better, the margin that counts as
# better). An adapter is promoted over a reference (the base model, the shipped adapter) only when it
# regresses on none of these and beats the reference on at least one by its margin — an adapter that
# merely equals the base (or the shipped one) is not promoted. Margins: two points on a 0–1 rate is
# about three validation rows of 150; one chrF point is a visible change in Hindi output.
GATE = {"json_validity": (+1, 0.02), "hallucination_rate": (-1, 0.02), "citation_consistency": (+1, 0.02),
        "fallback_accuracy": (+1, 0.02), "hindi_chrf": (+1, 1.0), "nudge_score": (+1, 0.02)}
MUST_HAVE = ("json_validity", "hallucination_rate")  # an adapter that cannot report these is not promoted


def should_promote(new: dict[str, Any], ref: dict[str, Any] | None, tol: float = 0.0) -> tuple[bool, list[str]]:
    """(promote?, why) for adapter metrics `new` against a reference's (None: nothing to beat)."""
    missing = [k for k in MUST_HAVE if new.get(k) is None]
    if missing:
        return False, [f"{k} was not measured" for k in missing]
    if not ref:
        return True, ["nothing shipped yet"]
    worse, better = [], []
    for k, (sign, margin) in GATE.items():
        a, b = new.get(k), ref.get(k)
        if a is None or b is None:
            continue
        gain = sign * (a - b)
        if gain < -tol:
            worse.append(f"{k} regressed: {b} → {a}")
        elif gain >= margin:
            better.append(f"{k} improved: {b} → {a}")
    if worse:
        return False, worse
    if not better:
        return False, ["no metric beats the reference by its margin (" + ", ".join(f"{k} {m}" for k, (_, m) in GATE.items()) + ")"]
    return True, better


# ---------------------------------------------------------------- generation
def generate(model, tok, rows: list[dict], batch_size: int = 32, max_new_scale: float = 1.0) -> tuple[list[str], list[dict]]:
    """Greedy batched generation, grouped by task (one max_new_tokens per batch), prompts sorted by length."""
    import torch  # heavy: deferred

    tok.padding_side = "left"
    dev = next(model.parameters()).device
    stop = [i for i in {tok.eos_token_id, tok.convert_tokens_to_ids("<end_of_turn>")} if isinstance(i, int) and i >= 0]
    texts = [tok.apply_chat_template(r["messages"][:2], tokenize=False, add_generation_prompt=True) for r in rows]
    outs: list[str] = [""] * len(rows)
    stats: list[dict] = [{}] * len(rows)
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["task"], len(texts[i])))
    batches, cur = [], []
    for i in order:
        if cur and (rows[cur[0]]["task"] != rows[i]["task"] or len(cur) >= batch_size):
            batches.append(cur)
            cur = []
        cur.append(i)
    if cur:
        batches.append(cur)
    model.eval()
    for b in batches:
        task = rows[b[0]]["task"]
        mnt = max(1, int(prompts.MAX_NEW_TOKENS.get("answer" if task == "refusal" else task, 256) * max_new_scale))
        enc = tok([texts[i] for i in b], return_tensors="pt", padding=True, add_special_tokens=False).to(dev)
        if dev.type == "cuda":
            torch.cuda.synchronize()
        t0 = time.time()
        with torch.no_grad():
            gen = model.generate(**enc, max_new_tokens=mnt, do_sample=False, eos_token_id=stop, pad_token_id=tok.pad_token_id)
        if dev.type == "cuda":
            torch.cuda.synchronize()
        dt = time.time() - t0
        new = gen[:, enc["input_ids"].shape[1]:]
        for j, i in enumerate(b):
            ids = new[j].tolist()
            n = len(ids)
            for k, t in enumerate(ids):
                if t in stop:
                    n = k
                    break
            outs[i] = tok.decode(ids[:n], skip_special_tokens=True).strip()
            stats[i] = {"tokens": n, "latency_s": dt / len(b)}
    return outs, stats


def generate_llamacpp(llm: Any, rows: list[dict], max_new_scale: float = 1.0, cache: GenCache | None = None,
                      desc: str | None = None) -> tuple[list[str], list[dict]]:
    """As `generate`, on a llama.cpp model (finetune/llamacpp_runtime.py): one row at a time, each from a
    clear cache (`fresh`: the same prompt always gets the same output). `llm` may be a zero-argument
    function that loads the model: called at the first row `cache` (finetune/gen_cache.py) lacks, so a
    fully cached run loads nothing. A cached row keeps the token count and latency measured when it
    was generated (stats flag it `cached`). `desc`: show a progress bar under that name."""
    from tqdm import tqdm  # heavy-ish: deferred, like the model

    from . import llamacpp_runtime as rt

    outs, stats, hits = [], [], 0
    bar = tqdm(total=len(rows), desc=desc, unit="row", disable=desc is None)
    for r in rows:
        mnt = max(1, int(prompts.MAX_NEW_TOKENS.get("answer" if r["task"] == "refusal" else r["task"], 256) * max_new_scale))
        req = rt.greedy(prompts.render_gemma(r["messages"][0]["content"], r["messages"][1:2]), mnt)
        key = request_key(req) if cache is not None else ""
        got = cache.get(key) if cache is not None else None
        cached = got is not None
        if got is None:
            if callable(llm) and not hasattr(llm, "create_completion"):
                llm = llm()
            t0 = time.time()
            out = rt.fresh(llm).create_completion(**req)
            got = {"text": out["choices"][0]["text"], "tokens": (out.get("usage") or {}).get("completion_tokens", 0),
                   "latency_s": time.time() - t0}
            if cache is not None:
                cache.put(key, got)
        hits += cached
        outs.append(got["text"].strip())
        stats.append({"tokens": got["tokens"], "latency_s": got["latency_s"], "cached": cached,
                      "seed": cache is not None and cached and key in cache.seeded})
        bar.set_postfix(cached=hits, refresh=False)
        bar.update()
    bar.close()
    return outs, stats


def _loss_plot(log: Path, png: Path) -> bool:
    try:  # heavy: deferred — optional
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    pts = [json.loads(x) for x in log.read_text().splitlines() if x.strip()]
    pts = [p for p in pts if "loss" in p]
    if not pts:
        return False
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot([p["step"] for p in pts], [p["loss"] for p in pts])
    ax.set_xlabel("step"); ax.set_ylabel("train loss"); ax.set_title("LoRA SFT loss"); ax.grid(alpha=0.3)
    fig.tight_layout(); fig.savefig(png, dpi=110); plt.close(fig)
    return True


def pick_rows(rows: list[dict], n: int) -> list[dict]:
    """A deterministic, task-stratified sample of n rows."""
    by: dict[str, list[dict]] = {}
    for r in rows:
        by.setdefault(r["task"], []).append(r)
    out, i = [], 0
    while len(out) < min(n, len(rows)):
        for t in sorted(by):
            if i < len(by[t]) and len(out) < n:
                out.append(by[t][i])
        i += 1
    return out


def _run_transformers(adapter_dir: Path, base_dir: str, rows: list[dict], batch_size: int, max_new_scale: float):
    import torch  # heavy: deferred
    from peft import PeftModel  # heavy: deferred

    cuda = torch.cuda.is_available()
    tok = load_tokenizer(base_dir)
    model = load_model(base_dir, dtype="bfloat16" if cuda else "float32", device="cuda" if cuda else None)
    t0 = time.time()
    base = generate(model, tok, rows, batch_size, max_new_scale)
    t_base = time.time() - t0
    model = PeftModel.from_pretrained(model, str(adapter_dir))
    t0 = time.time()
    ad = generate(model, tok, rows, batch_size, max_new_scale)
    return base, ad, t_base, time.time() - t0, torch.cuda.get_device_name(0) if cuda else "cpu"


def _run_llamacpp(adapter_dir: Path, cache_dir: str | Path, rows: list[dict], max_new_scale: float,
                  gen_cache: str | Path | None = GEN_CACHE_DIR):
    """Base, then base + adapter; with `gen_cache` (a folder; None: off) each model's generations are
    looked up first and stored as made (finetune/gen_cache.py): the base's are reused across adapters."""
    from . import llamacpp_runtime as rt

    if not rt.available():
        raise SystemExit(rt.BUILD_HINT)
    gguf = rt.base_gguf(cache_dir)
    lora = rt.adapter_gguf(adapter_dir, cache_dir)
    threads = rt.default_threads()
    times, results = [], []
    for name, adapter in (("base", None), ("adapter", lora)):
        t0 = time.time()
        cache = (GenCache(model_identity(gguf, adapter, rt.N_CTX, rt.N_BATCH, threads), gen_cache)
                 if gen_cache is not None else None)
        try:
            results.append(generate_llamacpp(lambda a=adapter: rt.load(gguf, a, threads), rows, max_new_scale, cache, desc=name))
        finally:
            if cache is not None:
                cache.close()
        times.append(time.time() - t0)
    return results[0], results[1], times[0], times[1], "cpu (llama.cpp, Q4_K_M)"


def evaluate(adapter_dir: str | Path, data_dir: str | Path | None = None, n: int = 200, base: str | None = None,
             batch_size: int = 32, out_dir: str | Path | None = None, max_new_scale: float = 1.0, shipped: str | None = None,
             runtime: str = "transformers", model_cache: str | Path = ROOT / "data" / "cache",
             gen_cache: str | Path | None = GEN_CACHE_DIR) -> dict:
    """Base vs base+adapter on `n` validation rows. `runtime`: "transformers" (the reference; CUDA when
    present) or "llamacpp" (the CPU serving runtime: the Q4_K_M base + the adapter as a GGUF LoRA).
    `gen_cache`: the llama.cpp generation cache's folder (finetune/gen_cache.py); None: generate all."""
    adapter_dir = Path(adapter_dir)
    manifest_p = adapter_dir / "manifest.json"
    manifest = json.loads(manifest_p.read_text()) if manifest_p.exists() else {}
    base_dir = base or manifest.get("base", {}).get("dir")
    if runtime == "transformers" and not base_dir:
        raise SystemExit("no base model: pass --base or evaluate an adapter with a manifest.json")
    data_dir = Path(data_dir or ROOT / "data" / "finetune")
    rows = pick_rows(ds.read_rows(ds.split_file(data_dir, "val")), n)
    if runtime == "llamacpp":
        (base_out, base_stats), (ad_out, ad_stats), t_base, t_ad, device = _run_llamacpp(adapter_dir, model_cache, rows, max_new_scale,
                                                                                              gen_cache)
    else:
        (base_out, base_stats), (ad_out, ad_stats), t_base, t_ad, device = _run_transformers(adapter_dir, base_dir, rows, batch_size,
                                                                                                max_new_scale)
    mb, ma = score(rows, base_out, base_stats), score(rows, ad_out, ad_stats)
    shipped_m = json.loads(Path(shipped).read_text()).get("adapter") if shipped else None
    promote, why = should_promote(ma, shipped_m)
    vs_base, why_base = should_promote(ma, mb)
    result = {"n": len(rows), "device": device, "runtime": runtime, "base": mb, "adapter": ma,
              "gen_time_s": {"base": round(t_base, 1), "adapter": round(t_ad, 1)},
              # every setting that shapes the figures, so two runs can be compared
              "settings": {"runtime": runtime, "n": len(rows), "sample": "pick_rows: task-stratified, first rows per task",
                           "max_new_tokens": {k: int(v * max_new_scale) for k, v in prompts.MAX_NEW_TOKENS.items()},
                           "max_new_scale": max_new_scale, "decoding": "greedy", "judge": "deterministic rules (finetune/evaluate.py)",
                           "chrf": "sacrebleu corpus_chrf",
                           "generation_cache": cache_record(gen_cache is not None, runtime, {"base": base_stats, "adapter": ad_stats})},
              "gate": {"vs_shipped": {"promote": promote, "reasons": why}, "vs_base": {"promote": vs_base, "reasons": why_base}},
              "dataset_sha256": ds.dataset_sha256(data_dir)}
    out = Path(out_dir or adapter_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    samples = [{"task": r["task"], "lang": r["lang"], "target": r["messages"][2]["content"], "base": b, "adapter": a}
               for r, b, a in zip(rows, base_out, ad_out)]
    (out / "samples.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in samples))
    plotted = (adapter_dir / "loss_log.jsonl").exists() and _loss_plot(adapter_dir / "loss_log.jsonl", out / "loss_curve.png")
    (out / "report.md").write_text(_report(result, manifest, samples, plotted), encoding="utf-8")
    if manifest:
        # promoted only when it beats both the base and the adapter shipped now (assistant/llm/local.promoted)
        manifest["metrics"] = {"n": len(rows), "base": mb, "adapter": ma, "gate_vs_base": vs_base, "gate_vs_shipped": promote,
                               "promoted": vs_base and promote, "gate": {k: list(v) for k, v in GATE.items()},
                               "settings": result["settings"], "dataset_sha256": result["dataset_sha256"]}
        manifest_p.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({"metrics": str(out / "metrics.json"), "base": mb, "adapter": ma}, ensure_ascii=False), flush=True)
    return result


def _report(res: dict, manifest: dict, samples: list[dict], plotted: bool) -> str:
    keys = ["json_validity", "schema_validity", "citation_consistency", "citation_rate", "hallucination_rate", "fallback_accuracy",
            "fallback_recall", "hindi_chrf", "chrf_all", "nudge_score", "intent_accuracy", "mean_new_tokens", "mean_latency_s", "gen_tokens_per_s"]
    tr = manifest.get("train", {})
    lines = [f"# Adapter evaluation: {manifest.get('name', '?')}", "",
             f"{res['n']} validation rows (held-out templates), greedy decoding, device: {res['device']}.",
             f"Training: {tr.get('tokens_per_s')} tokens/s, {tr.get('train_time_s')} s, final loss {tr.get('final_loss')} "
             f"on {manifest.get('device', '?')}.", "", "| metric | base | base + adapter |", "|---|---|---|"]
    for k in keys:
        lines.append(f"| {k} | {res['base'].get(k)} | {res['adapter'].get(k)} |")
    lines += ["", f"Gate vs base: {res['gate']['vs_base']}", f"Gate vs shipped: {res['gate']['vs_shipped']}", ""]
    if plotted:
        lines += ["![loss curve](loss_curve.png)", ""]
    lines += ["## Samples", ""]
    seen = set()
    for s in samples:
        if (s["task"], s["lang"]) in seen:
            continue
        seen.add((s["task"], s["lang"]))
        lines += [f"**{s['task']} / {s['lang']}**", "", f"- target: {s['target'][:400]!r}", f"- base: {s['base'][:400]!r}",
                  f"- adapter: {s['adapter'][:400]!r}", ""]
    return "\n".join(lines)
