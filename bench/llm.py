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
`transformers_tokens_per_s`, `first_token_s`, …, and `<runtime>_tokens_per_s` etc. for any other
runtime measured); bench/out/llm.json keeps everything.

CTranslate2, a candidate runtime measured here only (no provider serves it):
```bash
.venv/bin/pip install -e '.[runtimes]'        # ctranslate2 (a wheel, ~40 MB)
.venv/bin/python bench/llm.py --runtimes transformers,llamacpp,ctranslate2,ctranslate2_float32
```
It has no runtime LoRA, so the adapter is merged into the base with peft and the merged model
converted (int8 or float32 weights) into `<model_cache>/ct2/`, once per adapter version; the row's
`convert_s` is that per-adapter cost, measured when the conversion ran (kept beside the model). Its
`load_s` includes the transformers tokenizer it shares with the reference (most of it: the CT2 model
itself loads in ~0.4 s).
Known gap (ctranslate2 4.8.5): a prompt longer than Gemma-3's sliding window (512 tokens) is prefilled
differently from transformers (shorter prompts give the same logits to ~1e-4, and decoding past 512
stays identical), so such prompts can diverge from the first word even in float32.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

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


# ---------------------------------------------------------------------------- CTranslate2
# Compute type per runtime name. On CPU CTranslate2 runs "int8" as int8_float32 (int8 weights and
# matmuls, float32 elsewhere), so the two are one measurement; float32 shows what the int8 costs.
CT2_VARIANTS = {"ctranslate2": "int8", "ctranslate2_float32": "float32"}
HF_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja")


def text_deltas(decode, ids: Iterable[int]) -> Iterator[str]:
    """The text each new token adds, decoding the whole sequence so far (a token can be half of a
    multi-byte character — byte-fallback pieces of Devanagari — which decodes to U+FFFD until its
    other half arrives; that tail is held back, as transformers' TextStreamer does)."""
    seq: list[int] = []
    sent = ""
    for i in ids:
        seq.append(i)
        text = decode(seq)
        if text.endswith("\ufffd") or len(text) <= len(sent):
            continue
        yield text[len(sent):]
        sent = text
    text = decode(seq) if seq else ""
    if len(text) > len(sent):
        yield text[len(sent):]


def merge_adapter(base_dir: Path, adapter_dir: Path, out_dir: Path) -> None:
    """The base with the PEFT adapter merged in (float32, as the `local` provider merges it), saved as a
    Hugging Face folder with the base's tokenizer files (the converter reads both)."""
    from peft import PeftModel

    from finetune.base_model import load_model

    model = PeftModel.from_pretrained(load_model(base_dir, dtype="float32", device="cpu"), str(adapter_dir)).merge_and_unload()
    model.save_pretrained(str(out_dir))
    for name in HF_TOKENIZER_FILES:
        if (base_dir / name).exists():
            shutil.copy2(base_dir / name, out_dir / name)


def ct2_model(cache: Path, base_dir: Path, adapter_dir: Path | None, quant: str) -> tuple[Path, dict]:
    """The CTranslate2 model for base (+ adapter) with `quant` weights under `<cache>/ct2/`, converted when
    missing; and its conversion record (seconds to merge and to convert, measured when they ran)."""
    import tempfile

    from ctranslate2.converters import TransformersConverter

    from finetune.llamacpp_runtime import adapter_version  # one converted model per adapter version, as for llama.cpp

    out = cache / "ct2" / f"{adapter_version(adapter_dir) if adapter_dir else base_dir.name}-{quant}"
    record = out / "convert.json"
    if not record.exists():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        info: dict[str, Any] = {"quantization": quant, "base": str(base_dir), "adapter": str(adapter_dir) if adapter_dir else None}
        with tempfile.TemporaryDirectory(prefix="ct2-merge-") as merged:
            src = base_dir
            if adapter_dir:
                t0 = time.perf_counter()
                merge_adapter(base_dir, adapter_dir, Path(merged))
                info["merge_s"], src = round(time.perf_counter() - t0, 1), Path(merged)
            t0 = time.perf_counter()
            TransformersConverter(str(src), low_cpu_mem_usage=True).convert(str(tmp), quantization=quant, force=True)
            info["convert_s"] = round(time.perf_counter() - t0, 1)
        info["size_mb"] = round(sum(f.stat().st_size for f in tmp.iterdir()) / 2**20, 1)
        (tmp / "convert.json").write_text(json.dumps(info, indent=2))
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)  # whole or absent: a killed conversion leaves only the .tmp folder, redone next time
    return out, json.loads(record.read_text())


class CT2Bundle:
    """What `load()` returns: the generator, and the tokenizer `_count` reads as `.tok`."""

    def __init__(self, generator: Any, tok: Any, stop_ids: list[int]):
        self.generator, self.tok, self.stop_ids = generator, tok, stop_ids


class CT2LLM:
    """Gemma-3-270M (+ the merged adapter) on CTranslate2, shaped like the providers as far as `measure`
    uses them (name, load, stream, generate). Same prompt as the other runtimes (render_gemma, the
    transformers tokenizer with <bos>), greedy, ends at <end_of_turn>/<eos> like the `local` provider."""

    name = "ctranslate2"

    def __init__(self, settings, compute_type: str = "int8"):
        from assistant.llm.local import LocalLLM
        from finetune.llamacpp_runtime import default_threads

        ref = LocalLLM(settings)  # the very base and adapter the transformers runtime loads (nothing loads yet)
        self.base_dir = ref.base_path or ref.cache_dir
        self.adapter_dir = ref.adapter_path
        self.cache = settings.path(settings.model_cache) or Path("data/cache")
        self.compute_type = compute_type
        self.threads = default_threads()  # what llama.cpp gets
        self.model_dir: Path | None = None
        self._b: CT2Bundle | None = None

    def prepare(self) -> dict:
        """Convert (once per base/adapter version and weight type) before `load` is timed: the row then
        shows load and conversion apart, as llama.cpp's row shows loading its already converted GGUFs."""
        self.model_dir, rec = ct2_model(self.cache, self.base_dir, self.adapter_dir, self.compute_type)
        return {"compute_type": self.compute_type, "threads": self.threads, "model_mb": rec.get("size_mb"),
                "convert_s": rec.get("convert_s"), "merge_s": rec.get("merge_s"), "adapter": "merged at conversion" if self.adapter_dir else None}

    def load(self) -> CT2Bundle:
        if self._b is None:
            import ctranslate2

            from domain.prompts import END_OF_TURN
            from finetune.base_model import load_tokenizer

            tok = load_tokenizer(self.base_dir)
            gen = ctranslate2.Generator(str(self.model_dir), device="cpu", compute_type=self.compute_type, intra_threads=self.threads)
            vocab = tok.get_vocab()
            self._b = CT2Bundle(gen, tok, sorted({i for i in (vocab.get(END_OF_TURN), tok.eos_token_id) if i is not None}))
        return self._b

    def _prompt(self, system: str, messages: list) -> list[str]:
        tok = self.load().tok
        return tok.convert_ids_to_tokens(tok(render_gemma(system, messages), add_special_tokens=True)["input_ids"])

    def stream(self, system: str, messages: list, max_new_tokens: int = 256, stop: list[str] | None = None) -> Iterator[str]:
        if stop:
            raise NotImplementedError("stop strings: the bench passes none; <end_of_turn> ends the answer")
        b = self.load()
        steps = b.generator.generate_tokens(self._prompt(system, messages), max_length=max_new_tokens, sampling_topk=1,
                                            end_token=b.stop_ids)
        try:
            yield from text_deltas(lambda ids: b.tok.decode(ids, skip_special_tokens=True),
                                   (s.token_id for s in steps if s.token_id not in b.stop_ids))
        finally:
            steps.close()  # a consumer that stops early (first_token_s) cancels the decoding

    def generate(self, system: str, messages: list, max_new_tokens: int = 256, stop: list[str] | None = None):
        from assistant.llm.base import Generation

        if stop:
            raise NotImplementedError("stop strings: the bench passes none; <end_of_turn> ends the answer")
        b = self.load()
        prompt = self._prompt(system, messages)
        res = b.generator.generate_batch([prompt], max_length=max_new_tokens, sampling_topk=1, beam_size=1,
                                         end_token=b.stop_ids, include_prompt_in_result=False)[0]
        ids = res.sequences_ids[0]
        return Generation(b.tok.decode(ids, skip_special_tokens=True), len(prompt), len(ids), model=f"gemma-3-270m-ct2-{self.compute_type}")


def open_runtime(rt: str, settings, get_llm) -> Any:
    """A runtime by its bench name: the serving providers through the registry, CTranslate2 from here."""
    if rt in CT2_VARIANTS:
        import importlib.util

        if importlib.util.find_spec("ctranslate2") is None:  # the row says so; the other runtimes still run
            raise ImportError("ctranslate2 is not installed: .venv/bin/pip install -e '.[runtimes]'")
        return CT2LLM(settings, CT2_VARIANTS[rt])
    providers = {"transformers": "local", "llamacpp": "llamacpp"}
    if rt not in providers:
        raise SystemExit(f"unknown runtime {rt!r}: one of {', '.join([*providers, *CT2_VARIANTS])}")
    return get_llm(providers[rt], settings)


def other_runtimes_summary(rows: dict[str, dict]) -> dict:
    """`<runtime>_tokens_per_s` etc. for each runtime beside the two the summary always names."""
    keys = {"tokens_per_s": "tokens_per_s_p50", "first_token_s": "first_token_s_p50", "first_token_short_s": "first_token_short_s",
            "load_s": "load_s", "load_rss_mb": "load_rss_mb", "answer_120_s": "answer_120_s",
            "first_32_words_identical": "first_32_words_identical", "convert_s": "convert_s", "merge_s": "merge_s"}
    return {f"{rt}_{k}": r.get(src) for rt, r in rows.items() if rt not in ("transformers", "llamacpp") for k, src in keys.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", default="data/index")
    ap.add_argument("--adapter", default=None, help="adapter folder ('' for the base model; default: settings)")
    ap.add_argument("--new-tokens", type=int, default=96)
    ap.add_argument("--runtimes", default="transformers,llamacpp",
                    help=f"comma-separated of transformers (the reference for agreement), llamacpp, {', '.join(CT2_VARIANTS)}")
    ap.add_argument("--out", default=str(ROOT / "bench/out/llm.json"))
    a = ap.parse_args(argv)
    from assistant.llm.base import ProviderUnavailable, get_llm
    from assistant.settings import load_settings

    base = load_settings()
    settings = base.model_copy(update={"adapter": a.adapter}) if a.adapter is not None else base
    cases, short = prompts(a.index), short_prompt(a.index)
    rows: dict[str, dict] = {}
    for rt in a.runtimes.split(","):
        try:
            llm = open_runtime(rt, settings, get_llm)
            prep = llm.prepare() if hasattr(llm, "prepare") else {}
            rows[rt] = measure(llm, cases, a.new_tokens)
            rows[rt].update(first_token_s(llm, short), **prep)
        except (ProviderUnavailable, ImportError) as e:
            rows[rt] = {"error": str(e)}
        print(rt, json.dumps({k: v for k, v in rows[rt].items() if k != "texts"}), flush=True)
    tf, lc = rows.get("transformers", {}), rows.get("llamacpp", {})
    for rt, r in rows.items():
        if rt != "transformers" and "texts" in r and "texts" in tf:
            r["first_32_words_identical"], r["diverge_at_word"] = agreement(tf["texts"], r["texts"]), diverge_at(tf["texts"], r["texts"])
    result = {"runtime": "llamacpp", "runtime_tokens_per_s": lc.get("tokens_per_s_p50"),
              "transformers_tokens_per_s": tf.get("tokens_per_s_p50"), "first_token_s": lc.get("first_token_s_p50"),
              "first_token_short_s": lc.get("first_token_short_s"), "short_prompt_tokens": lc.get("short_prompt_tokens"),
              "speedup": round(lc["tokens_per_s_p50"] / tf["tokens_per_s_p50"], 2) if "tokens_per_s_p50" in lc and tf.get("tokens_per_s_p50") else None,
              "first_32_words_identical": lc.get("first_32_words_identical"), "diverge_at_word": lc.get("diverge_at_word"),
              "adapter": settings.adapter or None, "cpus": os.cpu_count(), "new_tokens": a.new_tokens, "prompts": len(cases)}
    result.update(other_runtimes_summary(rows))
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"summary": result, "runtimes": rows}, ensure_ascii=False, indent=2))
    print("\n| runtime | load s | load RSS MB | first token s (p50) | first token s, short prompt (tokens) | tokens/s (p50) |"
          " 120-token answer s | first 32 words = transformers |\n|---|---|---|---|---|---|---|---|")
    for rt, r in rows.items():
        print(f"| {rt} | " + (" | ".join(str(r.get(k)) for k in ("load_s", "load_rss_mb", "first_token_s_p50")) +
                              f" | {r.get('first_token_short_s')} ({r.get('short_prompt_tokens')}) | " +
                              " | ".join(str(r.get(k)) for k in ("tokens_per_s_p50", "answer_120_s", "first_32_words_identical"))
                              if "error" not in r else f"not run: {r['error']} | | | | | |") + " |")
    for rt, r in rows.items():
        if r.get("convert_s") is not None:
            print(f"{rt}: {r['model_mb']} MB model; conversion {r['convert_s']} s" +
                  (f" after merging the adapter {r['merge_s']} s (per adapter version)" if r.get("merge_s") is not None else ""))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
