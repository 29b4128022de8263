"""`fake` provider: returns queued replies (or an empty one), for tests. Ships with the product.

`calls` keeps each (system, messages) it was given; `prompts` the text each carried (system first).
"""
from __future__ import annotations

from collections import deque
from typing import Iterator

from assistant.llm.base import LLM, Generation, approx_tokens, prompt_text, register


@register("fake")
class FakeLLM(LLM):
    name = "fake"
    model_id = "fake-llm"

    def __init__(self, settings=None, replies: list[str] | None = None):
        self.replies: deque[str] = deque(replies or [])
        self.calls: list[tuple[str, list[dict[str, str]]]] = []
        self.prompts: list[str] = []

    def queue(self, *replies: str) -> "FakeLLM":
        self.replies.extend(replies)
        return self

    def _generate(self, system, messages, max_new_tokens, stop, json_mode) -> Generation:
        self.calls.append((system, messages))
        self.prompts.append(prompt_text(system, messages))
        text = self.replies.popleft() if self.replies else ""
        return Generation(text, approx_tokens(self.prompts[-1]), approx_tokens(text))

    def _stream(self, system, messages, max_new_tokens, stop) -> Iterator[str]:
        text = self._generate(system, messages, max_new_tokens, stop, False).text
        for i in range(0, len(text), 8):
            yield text[i:i + 8]
