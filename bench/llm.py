"""The local model on two CPU runtimes side by side: transformers (fp32, the reference) vs llama.cpp.

```bash
make llamacpp                                  # once: builds llama-cpp-python (~6 min on 2 cores)
.venv/bin/python bench/llm.py                  # 6 chat prompts (EN/HI/Hinglish), 96 new tokens, greedy
.venv/bin/python bench/llm.py --adapter ''     # the base model alone
```
Both runtimes get the same prompts — the chat's own answer prompt (`domain.prompts.answer_prompt`)
over the top passages `data/index` retrieves, rendered by `render_gemma` — and the same adapter
(settings' default; llama.cpp applies it as a GGUF LoRA converted by `finetune/lora_gguf.py`).
Measured per runtime: load time, RSS growth of this process while loading, first-token latency and
tokens/s when streaming 96 new tokens, a 120-token answer end to end; and agreement: the share of
prompts whose first 32 generated tokens (as text, compared word by word) are identical. Transformers
runs the dequantized bf16 copy in fp32, llama.cpp the Q4_K_M weights themselves, so some divergence
is quantization, not a bug. The last line printed is JSON (`runtime`, `runtime_tokens_per_s`,
`transformers_tokens_per_s`, `first_token_s`, …); bench/out/llm.json keeps everything.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from domain.prompts import render_gemma  # noqa: E402

QUESTIONS = [("en", "What do I need for the video KYC call?"), ("en", "How long is my eKYC valid?"),
             ("hi", "वीडियो केवाईसी का समय क्या है?"), ("hi", "आधार ओटीपी नहीं आ रहा है, क्या करूँ?"),
             ("hinglish", "Card activate kaise karna hai OTP se?"), ("hinglish", "Liveliness check baar baar fail kyun ho raha hai?")]


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def short_prompt(index: str) -> tuple[str, list[dict]]:
    """The first question over its top passage alone: a prompt near the issue's 250 tokens."""
    from assistant.service import FunnelService
    from assistant.settings import Settings
    from domain import prompts as P

    svc = FunnelService(Settings(index_dir=index, provider="none", audit_log=""))
    hit = svc.retriever.retrieve(QUESTIONS[0][1], k=1)[0]
    return P.SYSTEM, P.turn(P.answer_prompt(QUESTIONS[0][1], "en", [hit.chunk]))


def first_token_s(llm, case: tuple[str, list[dict]], runs: int = 3) -> dict:
    """Median seconds to the first streamed piece for one prompt (after a warm-up run), and its length."""
    times = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        pieces = llm.stream(*case, max_new_tokens=2, stop=[])
        next(pieces)
        times.append(time.perf_counter() - t0)
        pieces.close()  # the provider's finally: lock released, generation cancelled
    return {"first_token_short_s": round(statistics.median(times[1:]), 3), "short_prompt_tokens": _count(llm, render_gemma(*case))}


def prompts(index: str) -> list[tuple[str, list[dict]]]:
    from assistant.service import FunnelService
    from assistant.settings import Settings
    from domain import prompts as P

    svc = FunnelService(Settings(index_dir=index, provider="none", audit_log=""))
    out = []
    for lang, q in QUESTIONS:
        hits = svc.retriever.retrieve(q, k=3)
        passages = [h.chunk for h in hits]
        out.append((P.SYSTEM, P.turn(P.answer_prompt(q, "hi" if lang == "hi" else "en", passages))))
    return out


def measure(llm, cases, new_tokens: int) -> dict:
    """Stream each prompt: first piece latency, pieces/s after it; then one 120-token answer end to end."""
    t, r0 = time.perf_counter(), rss_mb()
    getattr(llm, "load")()
    load_s, load_mb = time.perf_counter() - t, rss_mb() - r0
    first, tps, texts, ptoks = [], [], [], []
    for system, msgs in cases:
        ptoks.append(_count(llm, render_gemma(system, msgs)))
        t0 = time.perf_counter()
        t_first, text = None, ""
        for piece in llm.stream(system, msgs, max_new_tokens=new_tokens, stop=[]):
            t_first = t_first or time.perf_counter()
            text += piece
        end = time.perf_counter()
        g_tokens = max(1, _count(llm, text))
        first.append((t_first or end) - t0)
        tps.append((g_tokens - 1) / max(1e-6, end - (t_first or end)) if g_tokens > 1 else 0.0)
        texts.append(text)
    t0 = time.perf_counter()
    g = llm.generate(*cases[0], max_new_tokens=120, stop=[])
    e2e = time.perf_counter() - t0
    return {"load_s": round(load_s, 2), "load_rss_mb": round(load_mb, 1), "first_token_s_p50": round(statistics.median(first), 3),
            "tokens_per_s_p50": round(statistics.median(tps), 1), "answer_120_s": round(e2e, 2),
            "answer_120_tokens": g.completion_tokens, "prompt_tokens_p50": statistics.median(ptoks), "texts": texts}


def _count(llm, text: str) -> int:
    """Generated tokens, counted with the runtime's own tokenizer (pieces are not tokens)."""
    if llm.name == "llamacpp":
        return len(llm.load().tokenize(text.encode("utf-8"), add_bos=False, special=False))
    return len(llm.load().tok(text, add_special_tokens=False)["input_ids"])


def agreement(a: list[str], b: list[str], words: int = 32) -> float:
    same = [x.split()[:words] == y.split()[:words] for x, y in zip(a, b)]
    return round(sum(same) / max(1, len(same)), 3)


def diverge_at(a: list[str], b: list[str], words: int = 32) -> list[int | None]:
    """Per prompt, the first word where the two runtimes' answers differ (None: the first `words` agree)."""
    out = []
    for x, y in zip(a, b):
        xs, ys = x.split()[:words], y.split()[:words]
        out.append(next((i for i, (u, v) in enumerate(zip(xs, ys)) if u != v), None if xs == ys else min(len(xs), len(ys))))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", default="data/index")
    ap.add_argument("--adapter", default=None, help="adapter folder ('' for the base model; default: settings)")
    ap.add_argument("--new-tokens", type=int, default=96)
    ap.add_argument("--runtimes", default="transformers,llamacpp")
    ap.add_argument("--out", default=str(ROOT / "bench/out/llm.json"))
    a = ap.parse_args(argv)
    from assistant.llm.base import ProviderUnavailable, get_llm
    from assistant.settings import load_settings

    base = load_settings()
    settings = base.model_copy(update={"adapter": a.adapter}) if a.adapter is not None else base
    cases, short = prompts(a.index), short_prompt(a.index)
    rows: dict[str, dict] = {}
    for rt in a.runtimes.split(","):
        provider = {"transformers": "local", "llamacpp": "llamacpp"}[rt]
        try:
            llm = get_llm(provider, settings)
            rows[rt] = measure(llm, cases, a.new_tokens)
            rows[rt].update(first_token_s(llm, short))
        except ProviderUnavailable as e:
            rows[rt] = {"error": str(e)}
        print(rt, json.dumps({k: v for k, v in rows[rt].items() if k != "texts"}), flush=True)
    tf, lc = rows.get("transformers", {}), rows.get("llamacpp", {})
    result = {"runtime": "llamacpp", "runtime_tokens_per_s": lc.get("tokens_per_s_p50"),
              "transformers_tokens_per_s": tf.get("tokens_per_s_p50"), "first_token_s": lc.get("first_token_s_p50"),
              "first_token_short_s": lc.get("first_token_short_s"), "short_prompt_tokens": lc.get("short_prompt_tokens"),
              "speedup": round(lc["tokens_per_s_p50"] / tf["tokens_per_s_p50"], 2) if "tokens_per_s_p50" in lc and tf.get("tokens_per_s_p50") else None,
              "first_32_words_identical": agreement(tf["texts"], lc["texts"]) if "texts" in tf and "texts" in lc else None,
              "diverge_at_word": diverge_at(tf["texts"], lc["texts"]) if "texts" in tf and "texts" in lc else None,
              "adapter": settings.adapter or None, "cpus": os.cpu_count(), "new_tokens": a.new_tokens, "prompts": len(cases)}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"summary": result, "runtimes": rows}, ensure_ascii=False, indent=2))
    print("\n| runtime | load s | load RSS MB | first token s (p50) | first token s, short prompt (tokens) | tokens/s (p50) | 120-token answer s |"
          "\n|---|---|---|---|---|---|---|")
    for rt, r in rows.items():
        print(f"| {rt} | " + (" | ".join(str(r.get(k)) for k in ("load_s", "load_rss_mb", "first_token_s_p50")) +
                              f" | {r.get('first_token_short_s')} ({r.get('short_prompt_tokens')}) | " +
                              " | ".join(str(r.get(k)) for k in ("tokens_per_s_p50", "answer_120_s"))
                              if "error" not in r else f"not run: {r['error']} | | | | |") + " |")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
