"""`anthropic` provider: the Anthropic Messages API over plain httpx — no SDK.

POST {base}/v1/messages with `x-api-key` (env `ANTHROPIC_API_KEY`, required) and `anthropic-version: 2023-06-01`;
the base URL is `https://api.anthropic.com`, or env `ANTHROPIC_BASE_URL` (a proxy, or a local stub in tests).
Model: `settings.anthropic_model`. The system text goes in `system`, the messages as they are. Client,
retries and SSE are shared with the `openai` provider (`assistant/llm/http.py`). The API has no JSON mode, so `json_mode` adds
a one-line "reply with one JSON object only" to the system prompt; the service validates the JSON anyway.
Streaming reads the SSE `content_block_delta` events. Failures raise `ProviderError`, and so does a stream
that ends without `message_stop` (a cut connection is not a complete answer).
"""
from __future__ import annotations

import json
import os
from typing import Iterator

from assistant.llm.base import Generation, ProviderError, ProviderUnavailable, approx_tokens, prompt_text, register
from assistant.llm.http import HttpLLM, cut_at_stop

DEFAULT_BASE = "https://api.anthropic.com"
VERSION = "2023-06-01"
JSON_NOTE = "\nReply with one JSON object only, no text before or after it."


@register("anthropic")
class AnthropicLLM(HttpLLM):
    name = "anthropic"
    terminator = "message_stop"

    def __init__(self, settings=None):
        from assistant.settings import Settings

        s = settings or Settings(provider="anthropic")
        self.api_key = os.environ.get("ANTHROPIC_API_KEY") or None
        if not self.api_key:
            raise ProviderUnavailable("set ANTHROPIC_API_KEY to use the anthropic provider")
        self.base_url = (os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE).rstrip("/")
        self.url = f"{self.base_url}/v1/messages"
        self.model_id = s.anthropic_model
        self.timeout = float(s.llm_timeout_s)
        self.what = f"anthropic {self.url}"
        self._connect(self.timeout, s.llm_retries)

    def _headers(self) -> dict[str, str]:
        return {"x-api-key": self.api_key, "anthropic-version": VERSION, "content-type": "application/json"}

    def _request(self, system: str, messages: list, max_new_tokens: int, stop: list[str], json_mode: bool, stream: bool) -> dict:
        body = {"model": self.model_id, "max_tokens": int(max_new_tokens), "temperature": 0,
                "system": system + (JSON_NOTE if json_mode else ""), "messages": messages}
        stops = [s for s in stop if s.strip()]  # the API rejects whitespace-only stop sequences
        if stops:
            body["stop_sequences"] = stops
        if stream:
            body["stream"] = True
        return body

    def _generate(self, system, messages, max_new_tokens, stop, json_mode) -> Generation:
        body = self._request(system, messages, max_new_tokens, stop, json_mode, stream=False)
        data = self._post_json(body)
        if not isinstance(data, dict) or "content" not in data:
            raise ProviderError(f"anthropic {self.url}: unexpected response: {str(data)[:200]}")
        text = "".join(b.get("text", "") for b in data["content"] if isinstance(b, dict) and b.get("type") == "text")
        text, _ = cut_at_stop(text, stop)
        usage = data.get("usage") or {}
        return Generation(text, int(usage.get("input_tokens") or approx_tokens(prompt_text(body["system"], messages))),
                          int(usage.get("output_tokens") or approx_tokens(text)), model=data.get("model") or self.model_id,
                          meta={"stop_reason": data.get("stop_reason")})

    def _stream(self, system, messages, max_new_tokens, stop) -> Iterator[str]:
        body = self._request(system, messages, max_new_tokens, stop, False, stream=True)
        yield from self._stream_text(body, stop)

    def _piece(self, event: str, data: str) -> str | None:
        obj = json.loads(data)
        kind = obj.get("type", event)
        if kind == "error":
            raise ProviderError(f"{self.what}: {obj.get('error')}")
        if kind == "message_stop":
            return None
        delta = obj.get("delta") or {}
        return delta.get("text", "") if kind == "content_block_delta" and delta.get("type") == "text_delta" else ""

    def info(self) -> dict:
        return {"provider": self.name, "model": self.model_id, "base_url": self.base_url, "timeout_s": self.timeout, "retries": self.retries}
