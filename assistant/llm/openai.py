"""`openai` provider: any OpenAI-compatible `/chat/completions` endpoint (OpenAI, vLLM, Ollama, llama.cpp server…)
over plain httpx — no SDK.

Prompt format (decision): callers hand every provider the same string, `prompts.render(user)`, which wraps the
system prompt and the task in our Gemma turn markers. A chat API has roles of its own, so `split_prompt()`
takes that string apart again: `prompts.SYSTEM` becomes the system message and the task text the one user
message (no turn markers reach the server). A prompt that was not rendered is sent as the user message with
`prompts.SYSTEM` as the system message, so the grounding rules always ride along.

Settings: `openai_base_url` (e.g. http://127.0.0.1:8000/v1), `openai_model`, `llm_timeout_s`; the API key comes
from the environment (`OPENAI_API_KEY`, optional: local servers need none). Greedy (`temperature 0`);
`json_mode` asks for `response_format={"type": "json_object"}` (constrained decoding where the server has it).
Stop sequences are sent (at most 4, the API's limit) and also applied here, since not every server honours them.
HTTP errors, timeouts and unreachable servers raise `ProviderError` (the service then answers deterministically);
so does a stream that ends without its terminator (`data: [DONE]`): a cut connection is not a complete answer.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
import os
from typing import Iterator

from domain import prompts
from assistant.llm.base import LLM, Generation, ProviderError, ProviderUnavailable, approx_tokens, register

MAX_STOPS = 4


def split_prompt(prompt: str) -> tuple[str, str]:
    """(system, user) from a `prompts.render()` string; a plain prompt → (prompts.SYSTEM, prompt).

    Turn markers are removed; an assistant turn already in the string (a prefill) is dropped.
    """
    text = prompt
    if text.startswith(prompts.TURN_USER):
        text = text[len(prompts.TURN_USER):]
        end = text.find(prompts.TURN_END)
        if end >= 0:
            text = text[:end]
    else:
        text = text.replace(prompts.TURN_USER, "").replace(prompts.TURN_MODEL, "").replace(prompts.TURN_END, "\n")
    if text.startswith(prompts.SYSTEM):
        text = text[len(prompts.SYSTEM):]
    return prompts.SYSTEM, text.strip("\n")


def cut_at_stop(text: str, stop: list[str]) -> tuple[str, bool]:
    """Text up to the first stop sequence (exclusive), and whether one was found."""
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


class StopFilter:
    """Applies stop sequences to a stream of pieces: holds back just enough text to see a stop that spans pieces."""

    def __init__(self, stop: list[str]):
        self.stop = [s for s in stop if s]
        self.keep = max((len(s) for s in self.stop), default=1) - 1
        self.buf = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        if self.stopped:
            return ""
        self.buf += piece
        text, hit = cut_at_stop(self.buf, self.stop)
        if hit:
            self.stopped, self.buf = True, ""
            return text
        n = len(self.buf) - self.keep
        if n <= 0:
            return ""
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def flush(self) -> str:
        out, self.buf = ("" if self.stopped else self.buf), ""
        return out


def sse_data(lines: Iterator[str]) -> Iterator[tuple[str, str]]:
    """(event, data) pairs from server-sent-event lines; multi-line data joined with newlines."""
    event, data = "", []
    for line in lines:
        if line == "":
            if data:
                yield event or "message", "\n".join(data)
            event, data = "", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[6:] if line[5:6] == " " else line[5:])
    if data:
        yield event or "message", "\n".join(data)


def http_client(timeout: float):
    try:
        import httpx
    except ImportError as e:  # pragma: no cover - httpx is a core dependency
        raise ProviderUnavailable(f"the HTTP providers need httpx ({e})") from None
    return httpx, httpx.Client(timeout=httpx.Timeout(timeout))


def http_call(httpx, fn, what: str):
    """Run an httpx call, mapping its failures to ProviderError with a readable message."""
    with http_errors(httpx, what):
        return fn()


@contextmanager
def http_errors(httpx, what: str, stream: bool = False):
    """Map httpx failures (and bad response data) inside the block to ProviderError."""
    try:
        yield
    except httpx.TimeoutException as e:
        raise ProviderError(f"{what}: timed out ({type(e).__name__})") from None
    except httpx.HTTPStatusError as e:
        raise ProviderError(f"{what}: HTTP {e.response.status_code}: {_body(e.response)}") from None
    except httpx.HTTPError as e:
        raise ProviderError(f"{what}: {type(e).__name__}: {e}") from None
    except (ValueError, KeyError, IndexError, TypeError) as e:
        kind = "bad stream data" if stream else "unexpected response"
        raise ProviderError(f"{what}: {kind} ({type(e).__name__}: {e})") from None


def _body(resp) -> str:
    try:
        resp.read()
        return resp.text[:300]
    except Exception:  # a streamed body that cannot be read any more
        return ""


class HttpLLM(LLM):
    """Shared by the HTTP providers: one JSON POST with errors mapped to ProviderError."""

    url: str
    _client = None
    _httpx = None

    def _headers(self) -> dict[str, str]:
        raise NotImplementedError

    def _post_json(self, body: dict, what: str):
        def call():
            r = self._client.post(self.url, json=body, headers=self._headers())
            r.raise_for_status()
            return r.json()

        return http_call(self._httpx, call, what)


@register("openai")
class OpenAICompatLLM(HttpLLM):
    name = "openai"

    def __init__(self, settings=None):
        from assistant.settings import Settings

        s = settings or Settings(provider="openai")
        self.base_url = s.openai_base_url.rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ProviderUnavailable(f"openai_base_url must be an http(s) URL, not {s.openai_base_url!r}")
        self.model_id = s.openai_model
        self.timeout = float(s.llm_timeout_s)
        self.api_key = os.environ.get("OPENAI_API_KEY") or None
        self._httpx, self._client = http_client(self.timeout)
        self.url = f"{self.base_url}/chat/completions"

    def _headers(self) -> dict[str, str]:
        h = {"Content-Type": "application/json"}
        if self.api_key:
            h["Authorization"] = f"Bearer {self.api_key}"
        return h

    def _body(self, prompt: str, max_new_tokens: int, stop: list[str], json_mode: bool, stream: bool) -> dict:
        system, user = split_prompt(prompt)
        body = {"model": self.model_id, "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
                "max_tokens": int(max_new_tokens), "temperature": 0, "stream": stream}
        if stop:
            body["stop"] = stop[:MAX_STOPS]
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def _generate(self, prompt, max_new_tokens, stop, json_mode) -> Generation:
        body = self._body(prompt, max_new_tokens, stop, json_mode, stream=False)
        data = self._post_json(body, f"openai {self.url}")
        try:
            choice = data["choices"][0]
            text = (choice.get("message") or {}).get("content") or choice.get("text") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ProviderError(f"openai {self.url}: no choices in the response: {str(data)[:200]}") from None
        text, _ = cut_at_stop(text, stop)
        usage = data.get("usage") or {}
        return Generation(text, int(usage.get("prompt_tokens") or approx_tokens(body["messages"][0]["content"] + body["messages"][1]["content"])),
                          int(usage.get("completion_tokens") or approx_tokens(text)), model=data.get("model") or self.model_id,
                          meta={"finish_reason": choice.get("finish_reason")})

    def _stream(self, prompt, max_new_tokens, stop) -> Iterator[str]:
        body = self._body(prompt, max_new_tokens, stop, False, stream=True)
        httpx = self._httpx
        filt = StopFilter(stop)
        what = f"openai {self.url}"
        done = False
        with http_errors(httpx, what, stream=True):
            with self._client.stream("POST", self.url, json=body, headers=self._headers()) as r:
                if r.status_code >= 400:
                    raise ProviderError(f"{what}: HTTP {r.status_code}: {_body(r)}")
                for _, data in sse_data(r.iter_lines()):
                    if data.strip() == "[DONE]":
                        done = True
                        break
                    obj = json.loads(data)
                    if "error" in obj:
                        raise ProviderError(f"{what}: {obj['error']}")
                    for ch in obj.get("choices") or []:
                        piece = (ch.get("delta") or {}).get("content") or ch.get("text") or ""
                        out = filt.feed(piece)
                        if out:
                            yield out
                    if filt.stopped:
                        break
        if not (done or filt.stopped):  # a cut connection is not a complete answer
            raise ProviderError(f"{what}: the stream ended without its terminator (data: [DONE])")
        rest = filt.flush()
        if rest:
            yield rest

    def info(self) -> dict:
        return {"provider": self.name, "model": self.model_id, "base_url": self.base_url, "api_key": bool(self.api_key),
                "timeout_s": self.timeout}
