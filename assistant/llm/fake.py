"""`fake` provider: returns queued replies (or an echo), for tests. Ships with the product."""
from __future__ import annotations

from collections import deque
from typing import Iterator

from assistant.llm.base import LLM, Generation, approx_tokens, register


@register("fake")
class FakeLLM(LLM):
    name = "fake"
    model_id = "fake-llm"

    def __init__(self, settings=None, replies: list[str] | None = None):
        self.replies: deque[str] = deque(replies or [])
        self.prompts: list[str] = []

    def queue(self, *replies: str) -> "FakeLLM":
        self.replies.extend(replies)
        return self

    def _generate(self, prompt, max_new_tokens, stop, json_mode) -> Generation:
        self.prompts.append(prompt)
        text = self.replies.popleft() if self.replies else ""
        return Generation(text, approx_tokens(prompt), approx_tokens(text))

    def _stream(self, prompt, max_new_tokens, stop) -> Iterator[str]:
        text = self._generate(prompt, max_new_tokens, stop, False).text
        for i in range(0, len(text), 8):
            yield text[i:i + 8]
