"""One door for every HTTP route that does work: the API's `X-API-Key`, HTTP Basic with the browser
app's user:password, or the browser app's own login — whichever credentials are configured open all
of them, and with none configured everything is open (loopback development).

Why one place: the API and the Gradio app used to check different things, so a key on the API left
the app's endpoints (chat, batch scoring of a file path) open. Comparisons are constant-time, and
failed attempts are counted per client: past the limit the client gets 429 with `Retry-After`
instead of another guess.
"""
from __future__ import annotations

import base64
import hmac
import threading
import time
from collections import deque
from dataclasses import dataclass, field


def _same(a: str, b: str) -> bool:
    # compare_digest on bytes: constant time for equal lengths, and no early exit on the first byte
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(frozen=True)
class Door:
    """The configured credentials; `open` when there are none. API keys are named ("default" for
    `api_key`, the others from `api_keys`): the load limiter gives each named key its own budget."""

    api_key: str | None = None
    ui_user: str | None = None
    ui_password: str | None = None
    named_keys: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, api_key: str | None, ui_auth: str | None, api_keys: dict[str, str] | None = None) -> "Door":
        user, password = (ui_auth.split(":", 1) if ui_auth and ":" in ui_auth else (None, None))
        return cls(api_key=api_key or None, ui_user=user, ui_password=password, named_keys=tuple(sorted((api_keys or {}).items())))

    @property
    def keys(self) -> tuple[tuple[str, str], ...]:
        return ((("default", self.api_key),) if self.api_key else ()) + self.named_keys

    @property
    def open(self) -> bool:
        return not self.keys and not self.ui_password

    def key_name(self, key: str | None) -> str | None:
        """The name of the configured key `key` is, or None. Every key is compared (constant time each):
        which one matched must not show in the time taken."""
        if not key:
            return None
        found = None
        for name, k in self.keys:
            if _same(key, k):
                found = name
        return found

    def login(self, user: str, password: str) -> bool:
        """The browser app's login form. With only API keys configured, a key is the password
        (any user name): the app is never left open behind a keyed API."""
        if self.ui_password is not None:
            return _same(user, self.ui_user or "") & _same(password, self.ui_password)
        return self.key_name(password) is not None

    def allows(self, headers) -> bool:
        """An HTTP request's headers carry a valid credential (or the door is open)."""
        if self.open:
            return True
        if self.key_name(headers.get("x-api-key")) is not None:
            return True
        basic = headers.get("authorization", "")
        if basic[:6].lower() == "basic ":
            try:
                user, _, password = base64.b64decode(basic[6:], validate=True).decode("utf-8").partition(":")
            except (ValueError, UnicodeDecodeError):
                return False
            return self.login(user, password)
        return False


@dataclass
class Throttle:
    """Failed attempts per client in a sliding window; `retry_after` > 0 while a client is locked out."""

    max_failures: int = 10
    window_s: float = 300.0
    _fails: dict[str, deque] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, client: str, now: float) -> deque:
        q = self._fails.setdefault(client, deque())
        while q and now - q[0] > self.window_s:
            q.popleft()
        return q

    def retry_after(self, client: str) -> int:
        now = time.monotonic()
        with self._lock:
            q = self._recent(client, now)
            if len(q) < self.max_failures:
                return 0
            return max(1, int(self.window_s - (now - q[0])) + 1)

    def fail(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(client, now).append(now)
            if len(self._fails) > 10_000:  # a flood of addresses must not grow memory without bound
                for k in [k for k, q in self._fails.items() if not q][:5_000]:
                    del self._fails[k]

    def succeed(self, client: str) -> None:
        with self._lock:
            self._fails.pop(client, None)
