"""LLM providers behind one small contract, chosen by name in settings.

Every provider takes what the chat APIs take: a system text and a list of messages
(`{"role": "user" | "assistant", "content": ...}`, oldest first). Only the `local` provider turns
them into Gemma's turn format (`domain.prompts.render_gemma`); the HTTP providers send them as they
are (`assistant/llm/http.py` holds their shared client, retries and SSE).

Public verbs `generate()` / `stream()` do the shared work (timing, model id); each provider
implements `_generate()` and optionally `_stream()`. Heavy packages are imported inside the
provider, only when it is selected; a missing one raises `ProviderUnavailable` naming the extra.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

Message = dict[str, str]  # {"role": "user" | "assistant", "content": "..."}


class ProviderUnavailable(RuntimeError):
    """The provider cannot run here (missing package, model files, server); the message says why."""


class ProviderError(RuntimeError):
    """The provider ran but failed (timeout, HTTP error); callers fall back to the deterministic path."""


@dataclass
class Generation:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    model: str = ""
    meta: dict = field(default_factory=dict)


class LLM:
    name = "base"
    model_id = ""

    def generate(self, system: str, messages: Sequence[Message], max_new_tokens: int = 256, stop: list[str] | None = None,
                 json_mode: bool = False) -> Generation:
        t = time.perf_counter()
        g = self._generate(system, list(messages), max_new_tokens, stop or [], json_mode)
        g.latency_ms = (time.perf_counter() - t) * 1000
        g.model = g.model or self.model_id
        return g

    def stream(self, system: str, messages: Sequence[Message], max_new_tokens: int = 256, stop: list[str] | None = None) -> Iterator[str]:
        """Text pieces as they are produced. Default: one piece, the whole generation."""
        yield from self._stream(system, list(messages), max_new_tokens, stop or [])

    def _generate(self, system: str, messages: list[Message], max_new_tokens: int, stop: list[str], json_mode: bool) -> Generation:
        raise NotImplementedError

    def _stream(self, system: str, messages: list[Message], max_new_tokens: int, stop: list[str]) -> Iterator[str]:
        yield self._generate(system, messages, max_new_tokens, stop, False).text

    def info(self) -> dict:
        return {"provider": self.name, "model": self.model_id}


_REGISTRY: dict[str, Callable[..., LLM]] = {}


def register(name: str):
    def deco(factory):
        _REGISTRY[name] = factory
        return factory
    return deco


def get_llm(name: str, settings=None) -> LLM | None:
    """The provider named in settings; `none` → None (deterministic answers only)."""
    if name == "none":
        return None
    import importlib

    importlib.import_module(f"assistant.llm.{name}")  # registers itself; heavy imports stay inside
    if name not in _REGISTRY:
        raise ProviderUnavailable(f"unknown LLM provider {name!r}")
    return _REGISTRY[name](settings)


def approx_tokens(text: str) -> int:
    """Token estimate for providers that do not report usage (~4 chars per token, Devanagari ~2)."""
    deva = sum(1 for c in text if "\u0900" <= c <= "\u097f")
    return max(1, (len(text) - deva) // 4 + deva // 2)


def prompt_text(system: str, messages: Sequence[Message]) -> str:
    """All the text a prompt carries (for token estimates and tests), system first."""
    return "\n\n".join([system] + [m["content"] for m in messages])


def add_usage(usage, g: Generation, llm: LLM) -> None:
    """Accumulate one generation's token counts into a response's `Usage` (schemas.Usage)."""
    usage.prompt_tokens += g.prompt_tokens
    usage.completion_tokens += g.completion_tokens
    usage.provider, usage.model = llm.name, llm.model_id
