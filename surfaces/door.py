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
    """The configured credentials; `open` when there are none."""

    api_key: str | None = None
    ui_user: str | None = None
    ui_password: str | None = None

    @classmethod
    def from_settings(cls, api_key: str | None, ui_auth: str | None) -> "Door":
        user, password = (ui_auth.split(":", 1) if ui_auth and ":" in ui_auth else (None, None))
        return cls(api_key=api_key or None, ui_user=user, ui_password=password)

    @property
    def open(self) -> bool:
        return not self.api_key and not self.ui_password

    def login(self, user: str, password: str) -> bool:
        """The browser app's login form. With only an API key configured, the key is the password
        (any user name): the app is never left open behind a keyed API."""
        if self.ui_password is not None:
            return _same(user, self.ui_user or "") & _same(password, self.ui_password)
        return bool(self.api_key) and _same(password, self.api_key or "")

    def allows(self, headers) -> bool:
        """An HTTP request's headers carry a valid credential (or the door is open)."""
        if self.open:
            return True
        key = headers.get("x-api-key")
        if key is not None and self.api_key and _same(key, self.api_key):
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
