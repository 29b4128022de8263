"""The configured LLM as the core sees it: loaded once on first use, and its health.

Chat, reasons and nudges all ask the same handle for the model and tell it how each call went, so
/ready, `funnel info` and `funnel ask` can say why answers fell back, and a reply made while the
model was failing is not cached as if it were the model's.

A circuit breaker sits in front of the model: after `llm_breaker_failures` failures in a row (each
already retried by the HTTP providers) the handle stops offering the model for
`llm_breaker_cooldown_s`, so requests get the deterministic answer at once instead of each waiting
out a timeout against a server that is down; then one request tries it again (half-open) and a
success closes the breaker.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from assistant.llm.base import LLM, ProviderUnavailable, get_llm
from assistant.llm.local import promoted


class ModelHandle:
    def __init__(self, settings, llm: LLM | None = None):
        self.settings = settings
        self._llm = llm
        self._loaded = llm is not None or settings.provider == "none"
        self._lock = threading.Lock()
        self.error: str | None = None  # why the model last failed (answers fell back); cleared on success
        self.errors = 0  # failures so far
        self.in_a_row = 0  # failures since the last success
        self.open_until = 0.0  # the breaker keeps the model out of use until this time (time.monotonic)
        self._threshold = max(1, int(settings.llm_breaker_failures))
        self._cooldown = float(settings.llm_breaker_cooldown_s)

    def get(self) -> LLM | None:
        """The model, loading it on first use; None for provider `none`, when it cannot load (the
        reason is kept in `error`) or while the breaker is open: answers stay deterministic."""
        if self.breaker() == "open":
            return None
        return self.loaded()

    def loaded(self) -> LLM | None:
        """The model whatever the breaker says (for /ready and /info), loading it on first use."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    try:
                        self._llm = get_llm(self.settings.provider, self.settings)
                    except ProviderUnavailable as e:
                        self.error = str(e)
                        self._llm = None
                    self._loaded = True
        return self._llm

    def use(self, llm: LLM | None) -> None:
        """Replace the model (tests; a future hot swap)."""
        with self._lock:
            self._llm, self._loaded = llm, True

    @property
    def current(self) -> LLM | None:
        """The model if it is already loaded, without loading it."""
        return self._llm if self._loaded else None

    def breaker(self) -> str:
        """`closed` (the model is used), `open` (it is not, until the cool-down ends) or `half-open`
        (the cool-down ended: the next call decides)."""
        if self.in_a_row < self._threshold:
            return "closed"
        return "open" if time.monotonic() < self.open_until else "half-open"

    def failed(self, e: Exception) -> None:
        with self._lock:
            self.error = str(e)
            self.errors += 1
            self.in_a_row += 1
            if self.in_a_row >= self._threshold:
                self.open_until = time.monotonic() + self._cooldown

    def ok(self) -> None:
        with self._lock:
            self.error = None
            self.in_a_row = 0

    def health(self) -> dict:
        """What /ready and /info say about the model's calls."""
        state = self.breaker()
        out = {"breaker": state, "failures_in_a_row": self.in_a_row, "failures": self.errors}
        if state == "open":
            out["retry_in_s"] = round(max(0.0, self.open_until - time.monotonic()), 1)
        return out

    def by_default(self) -> bool:
        """Whether answers use the model when a request does not say (see Settings.use_llm): a hosted
        or served model yes; the local one only with an adapter that passed the promotion gate."""
        s = self.settings
        if s.provider == "none":
            return False
        if s.use_llm is not None:
            return s.use_llm
        if s.provider not in ("local", "llamacpp"):  # the same small model on either runtime
            return True
        return bool(s.adapter) and promoted(s.path(s.adapter) or Path(s.adapter))
