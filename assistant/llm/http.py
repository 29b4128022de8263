"""What the HTTP providers (`openai`, `anthropic`) share: one client, retries, error mapping, SSE and
stop sequences.

Decision (measured on the 2-core dev machine, 2026-11): plain `httpx` + `httpx-sse` + `tenacity`,
not the vendors' SDKs. Importing `openai` took 0.62 s and `anthropic` 1.24 s (httpx: 0.10 s,
httpx-sse 0.01 s on top); together they add 66 MB and, in their current releases, a second HTTP
stack (`httpx2`/`httpcore2`) beside the `httpx` the API already uses. What the SDKs would bring —
timeouts, retries with backoff, typed errors — is the few lines below: one `httpx.Client` with a
timeout, `tenacity` retrying what is worth retrying (connection failures, 408/409/429/5xx, at most
`llm_retries` more tries, exponential backoff with jitter, a server's `Retry-After` honoured up to
`MAX_WAIT_S`) and every other failure mapped to `ProviderError`, which the service answers
deterministically. A stream is retried only before its first byte: text already shown is never
sent twice.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator

import httpx
from httpx_sse import EventSource
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from assistant.llm.base import LLM, ProviderError

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
MAX_WAIT_S = 8.0  # the longest pause between tries, a server's Retry-After included


class _Retryable(Exception):
    """A failure worth another try (raised inside the retry loop only)."""

    def __init__(self, what: str, retry_after: float | None = None):
        super().__init__(what)
        self.retry_after = retry_after


# Failures before the server started on the request. A read timeout is not among them: the server
# was busy for the whole llm_timeout_s, and asking again would only double the wait.
RETRY_ERRORS = (_Retryable, httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError)


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


@contextmanager
def http_errors(what: str, stream: bool = False):
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


def _body(resp: httpx.Response) -> str:
    try:
        resp.read()
        return resp.text[:300]
    except Exception:  # a streamed body that cannot be read any more
        return ""


def _retry_after(resp: httpx.Response) -> float | None:
    try:
        return min(MAX_WAIT_S, max(0.0, float(resp.headers.get("retry-after", ""))))
    except ValueError:
        return None


class HttpLLM(LLM):
    """An LLM behind an HTTP API: JSON POSTs and SSE streams with retries and errors mapped to
    ProviderError. Subclasses set `url`, `what`, `terminator` and implement `_headers()` and `_piece()`."""

    url: str
    what: str = "llm"
    terminator: str = ""  # how the API ends a complete stream (named in the error when it does not)
    retries: int = 2
    _client: httpx.Client

    def _connect(self, timeout: float, retries: int) -> None:
        self._client = httpx.Client(timeout=httpx.Timeout(timeout))
        self.retries = max(0, int(retries))

    def _headers(self) -> dict[str, str]:
        raise NotImplementedError

    def _piece(self, event: str, data: str) -> str | None:
        """One server-sent event's text ("" when it carries none), or None for the stream's terminator."""
        raise NotImplementedError

    def _retrying(self) -> Retrying:
        base = wait_exponential_jitter(initial=0.25, max=MAX_WAIT_S)

        def wait(state: RetryCallState) -> float:
            e = state.outcome.exception() if state.outcome else None
            after = getattr(e, "retry_after", None)
            return after if after is not None else base(state)

        return Retrying(stop=stop_after_attempt(self.retries + 1), wait=wait, reraise=True,
                        retry=retry_if_exception(lambda e: isinstance(e, RETRY_ERRORS)))

    def _with_retries(self, call: Callable[[], Any]) -> Any:
        try:
            return self._retrying()(call)
        except _Retryable as e:
            raise ProviderError(f"{self.what}: {e} (after {self.retries + 1} tries)") from None

    def _post_json(self, body: dict) -> Any:
        def call():
            r = self._client.post(self.url, json=body, headers=self._headers())
            if r.status_code in RETRY_STATUS:
                raise _Retryable(f"HTTP {r.status_code}: {r.text[:300]}", _retry_after(r))
            r.raise_for_status()
            return r.json()

        with http_errors(self.what):
            return self._with_retries(call)

    @contextmanager
    def _open_stream(self, body: dict) -> Iterator[Iterator[tuple[str, str]]]:
        """The server-sent events of one streamed POST as (event name, data) pairs. The request is
        retried until the response starts, never after; failures while reading (and bad data found
        by the caller inside the block) become ProviderError."""
        def call():
            cm = self._client.stream("POST", self.url, json=body, headers=self._headers())
            r = cm.__enter__()
            if r.status_code < 400:
                return cm, r
            detail = _body(r)
            cm.__exit__(None, None, None)
            if r.status_code in RETRY_STATUS:
                raise _Retryable(f"HTTP {r.status_code}: {detail}", _retry_after(r))
            raise ProviderError(f"{self.what}: HTTP {r.status_code}: {detail}")

        with http_errors(self.what, stream=True):
            cm, r = self._with_retries(call)
            try:
                yield ((sse.event, sse.data) for sse in EventSource(r).iter_sse())
            finally:
                cm.__exit__(None, None, None)

    def _stream_text(self, body: dict, stop: list[str]) -> Iterator[str]:
        """The text of one streamed answer (`_piece` of each event), stop sequences applied; a stream
        that ends before its terminator (a cut connection) is a ProviderError, not a complete answer."""
        filt = StopFilter(stop)
        done = False
        with self._open_stream(body) as events:
            for event, data in events:
                text = self._piece(event, data)
                if text is None:
                    done = True
                    break
                out = filt.feed(text)
                if out:
                    yield out
                if filt.stopped:
                    break
        if not (done or filt.stopped):
            raise ProviderError(f"{self.what}: the stream ended without its terminator ({self.terminator})")
        rest = filt.flush()
        if rest:
            yield rest
