"""The configured LLM as the core sees it: loaded once on first use, and its health.

Chat, reasons and nudges all ask the same handle for the model and tell it how each call went, so
/ready, `funnel info` and `funnel ask` can say why answers fell back, and a reply made while the
model was failing is not cached as if it were the model's.
"""
from __future__ import annotations

import threading
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

    def get(self) -> LLM | None:
        """The model, loading it on first use; None for provider `none` or when it cannot load
        (the reason is kept in `error`; answers stay deterministic)."""
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

    def failed(self, e: Exception) -> None:
        self.error = str(e)
        self.errors += 1

    def ok(self) -> None:
        self.error = None

    def by_default(self) -> bool:
        """Whether answers use the model when a request does not say (see Settings.use_llm): a hosted
        or served model yes; the local one only with an adapter that passed the promotion gate."""
        s = self.settings
        if s.provider == "none":
            return False
        if s.use_llm is not None:
            return s.use_llm
        if s.provider != "local":
            return True
        return bool(s.adapter) and promoted(s.path(s.adapter) or Path(s.adapter))
