"""`openai` provider: any OpenAI-compatible `/chat/completions` endpoint (OpenAI, vLLM, Ollama, llama.cpp server…).

The system text becomes the `system` message, the messages follow as they are (no turn markers reach the
server). Client, retries and SSE are shared with the `anthropic` provider (`assistant/llm/http.py`, which
also records why there is no SDK).

Settings: `openai_base_url` (e.g. http://127.0.0.1:8000/v1), `openai_model`, `llm_timeout_s`, `llm_retries`;
the API key comes from the environment (`OPENAI_API_KEY`, optional: local servers need none). Greedy
(`temperature 0`); `json_mode` asks for `response_format={"type": "json_object"}` (constrained decoding where the
server has it). Stop sequences are sent (at most 4, the API's limit) and also applied here, since not every
server honours them. HTTP errors, timeouts and unreachable servers raise `ProviderError` (the service then
answers deterministically); so does a stream that ends without its terminator (`data: [DONE]`): a cut
connection is not a complete answer.
"""
from __future__ import annotations

import json
import os
from typing import Iterator

from assistant.llm.base import Generation, ProviderError, ProviderUnavailable, approx_tokens, prompt_text, register
from assistant.llm.http import HttpLLM, cut_at_stop

MAX_STOPS = 4


@register("openai")
class OpenAICompatLLM(HttpLLM):
    name = "openai"
    terminator = "data: [DONE]"

    def __init__(self, settings=None):
        from assistant.settings import Settings

        s = settings or Settings(provider="openai")
        self.base_url = s.openai_base_url.rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ProviderUnavailable(f"openai_base_url must be an http(s) URL, not {s.openai_base_url!r}")
        self.model_id = s.openai_model
        self.timeout = float(s.llm_timeout_s)
        self.api_key = os.environ.get("OPENAI_API_KEY") or None
        self.url = f"{self.base_url}/chat/completions"
        self.what = f"openai {self.url}"
        self._connect(self.timeout, s.llm_retries)

    def _headers(self) -> dict[str, str]:
        h = {"Content-Type": "application/json"}
        if self.api_key:
            h["Authorization"] = f"Bearer {self.api_key}"
        return h

    def _body(self, system: str, messages: list, max_new_tokens: int, stop: list[str], json_mode: bool, stream: bool) -> dict:
        body = {"model": self.model_id, "messages": [{"role": "system", "content": system}, *messages],
                "max_tokens": int(max_new_tokens), "temperature": 0, "stream": stream}
        if stop:
            body["stop"] = stop[:MAX_STOPS]
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def _generate(self, system, messages, max_new_tokens, stop, json_mode) -> Generation:
        body = self._body(system, messages, max_new_tokens, stop, json_mode, stream=False)
        data = self._post_json(body)
        try:
            choice = data["choices"][0]
            text = (choice.get("message") or {}).get("content") or choice.get("text") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ProviderError(f"openai {self.url}: no choices in the response: {str(data)[:200]}") from None
        text, _ = cut_at_stop(text, stop)
        usage = data.get("usage") or {}
        return Generation(text, int(usage.get("prompt_tokens") or approx_tokens(prompt_text(system, messages))),
                          int(usage.get("completion_tokens") or approx_tokens(text)), model=data.get("model") or self.model_id,
                          meta={"finish_reason": choice.get("finish_reason")})

    def _stream(self, system, messages, max_new_tokens, stop) -> Iterator[str]:
        body = self._body(system, messages, max_new_tokens, stop, False, stream=True)
        yield from self._stream_text(body, stop)

    def _piece(self, event: str, data: str) -> str | None:
        if data.strip() == "[DONE]":
            return None
        obj = json.loads(data)
        if "error" in obj:
            raise ProviderError(f"{self.what}: {obj['error']}")
        return "".join((ch.get("delta") or {}).get("content") or ch.get("text") or "" for ch in obj.get("choices") or [])

    def info(self) -> dict:
        return {"provider": self.name, "model": self.model_id, "base_url": self.base_url, "api_key": bool(self.api_key),
                "timeout_s": self.timeout, "retries": self.retries}
