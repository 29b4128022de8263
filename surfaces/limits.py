"""Load shedding for the routes that do work (/chat, /predict_reason, /nudge_user): answer at once
instead of queueing without end.

- **Bounded concurrency.** At most `max_inflight` of these requests run and at most `max_queue` wait
  for a slot; past that, or after waiting `queue_timeout_s`, the answer is `503` with `Retry-After`
  and a JSON `detail` at once. A request holds its slot until its response (a stream too) has gone out.
- **Per-client rate.** A token bucket per client IP (`rate_per_min` tokens a minute, `rate_burst` at
  most): an empty bucket is a `429` with `Retry-After` (seconds until the next token). Keyed by IP, not
  by `X-API-Key`: the API has one shared key, and a header the client chooses would mint fresh buckets.
- Every other path (/health, /ready, /info, /docs, the browser app) passes through untouched, so the
  probes stay fast however busy the work routes are.

A pure ASGI middleware with asyncio primitives (a semaphore and two counters); nothing blocks the loop.
"""
from __future__ import annotations

import asyncio
import json
import math
import time
from collections import OrderedDict
from typing import Any

WORK_PATHS = frozenset({"/chat", "/predict_reason", "/nudge_user"})
BUSY_RETRY_AFTER_S = 1  # deterministic answers take tens of ms: a slot is usually free within a second
MAX_CLIENTS = 10_000  # buckets kept (least recently seen dropped first): a forgotten client starts full


class Gate:
    """At most `inflight` running and `queue` waiting; `enter` returns None when admitted, else why not."""

    def __init__(self, inflight: int, queue: int, timeout_s: float):
        self.limit, self.queue, self.timeout_s = max(1, inflight), max(0, queue), timeout_s
        self.running = self.waiting = 0
        self._sem: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        # one server runs one loop; test clients may start a fresh loop per request, so rebind when idle
        if self._sem is None or (self._loop is not loop and not self.running and not self.waiting):
            self._sem, self._loop = asyncio.Semaphore(self.limit), loop
        return self._sem

    async def enter(self) -> str | None:
        sem = self._semaphore()
        if sem.locked():
            if self.waiting >= self.queue:
                return f"server busy: {self.running} requests running and {self.waiting} waiting"
            self.waiting += 1
            try:
                await asyncio.wait_for(sem.acquire(), self.timeout_s)
            except asyncio.TimeoutError:
                return f"server busy: no slot free within {self.timeout_s:g} s"
            finally:
                self.waiting -= 1
        else:
            await sem.acquire()  # a free permit: returns at once
        self.running += 1
        return None

    def leave(self) -> None:
        self.running -= 1
        assert self._sem is not None
        self._sem.release()


class Buckets:
    """Token buckets per client: `rate_per_min` a minute, `burst` at most; `take` returns the seconds to wait (0: go)."""

    def __init__(self, rate_per_min: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self.clock = rate_per_min / 60.0, max(1, burst), clock
        self._b: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str) -> float:
        if self.rate <= 0:
            return 0.0  # rate limiting off
        now = self.clock()
        tokens, seen = self._b.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - seen) * self.rate)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
        self._b[client] = (tokens - 1 if tokens >= 1 else tokens, now)
        if len(self._b) > MAX_CLIENTS:
            self._b.popitem(last=False)
        return wait


class LoadLimits:
    """ASGI middleware: the rate limit, then the gate, for POSTs to the work paths; everything else passes."""

    def __init__(self, app, gate: Gate, buckets: Buckets, door=None):
        self.app, self.gate, self.buckets, self.door = app, gate, buckets, door

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("path", "").rstrip("/") not in WORK_PATHS:
            return await self.app(scope, receive, send)
        client = self._client(scope)
        if wait := self.buckets.take(client):
            secs = max(1, math.ceil(wait))
            return await _refuse(send, 429, secs, f"too many requests from this client; retry in {secs} s")
        if why := await self.gate.enter():
            return await _refuse(send, 503, BUSY_RETRY_AFTER_S, f"{why}; retry in {BUSY_RETRY_AFTER_S} s")
        try:
            await self.app(scope, receive, send)
        finally:
            self.gate.leave()

    def _client(self, scope) -> str:
        """Whose budget a request spends: its API key's (by name) when it carries a valid one, else its
        IP's. Only configured keys count: a made-up key header cannot mint a fresh bucket."""
        if self.door is not None:
            key = next((v.decode("latin-1") for k, v in scope.get("headers") or () if k == b"x-api-key"), None)
            name = self.door.key_name(key)
            if name is not None:
                return f"key:{name}"
        return f"ip:{(scope.get('client') or ('?',))[0]}"


async def _refuse(send, status: int, retry_after: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"retry-after", str(retry_after).encode()),
                            (b"x-content-type-options", b"nosniff")]})  # outermost: api.py's nosniff never sees it
    await send({"type": "http.response.body", "body": body})


# Providers whose answers are generated elsewhere: a request mostly waits on the network, so more may run.
REMOTE_PROVIDERS = frozenset({"openai", "anthropic"})


def default_inflight(settings: Any) -> int:
    """`max_inflight` when set; else one running request per `concurrency` slot (the cores), four with a
    remote LLM. A deterministic answer is Python holding the GIL: with more threads than cores they only
    take turns, and the event loop that sheds the rest and answers /health waits its turn too (measured
    at 200 clients: 8 running gave shed p99 81 ms, /health p99 68 ms, 94 answers/s; 2 running gave
    27 ms, 28 ms and 109 answers/s — bench/load.py)."""
    per_slot = 4 if settings.provider in REMOTE_PROVIDERS else 1
    return settings.max_inflight or per_slot * max(1, settings.concurrency)


def add_load_limits(app: Any, settings: Any, door: Any = None) -> None:
    """Wire the limits from settings (`default_inflight`); with the door, each named API key has its own
    rate budget."""
    inflight = default_inflight(settings)
    app.add_middleware(LoadLimits, gate=Gate(inflight, settings.max_queue, settings.queue_timeout_s),
                       buckets=Buckets(settings.rate_per_min, settings.rate_burst), door=door)
