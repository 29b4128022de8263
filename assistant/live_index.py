"""The retriever over the index's current build, following the build pointer while the server runs.

`funnel ingest` writes a new build beside the old ones and switches `CURRENT` atomically. A server
that loaded its retriever once would serve the old build for its whole life — and never heal from a
damaged one. So every use checks (at most once a second, one small file read) whether `CURRENT`
names another build; if it does, the new build is loaded in a background thread while requests go on
being answered from the old one, then swapped in with one assignment (a request that already holds
the old retriever finishes on it). The process marks the build it serves as read
(`builds/<id>/.readers/<pid>`), and ingest prunes only builds no live process reads.

`probe()` asks the loaded build one question: a build whose store was damaged on disk answers it
with an error, which /ready reports (503, with the command that heals it) instead of failing every
user's question.
"""
from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from pathlib import Path

from assistant.answer import piece_texts
from ingest.pipeline import READERS_DIR, build_dir, current_build
from rag import remote
from rag.index import IndexMissing
from rag.loader import load_retriever

log = logging.getLogger(__name__)
PROBE_QUERY = "how do I complete the application"
CHECK_EVERY_S = 1.0


class NotReady(RuntimeError):
    """The index or model is not available yet; the message says what to run."""


class LiveIndex:
    def __init__(self, settings, catalog, retriever=None):
        self.settings, self.catalog = settings, catalog
        self.index_dir = Path(settings.path(settings.index_dir) or settings.index_dir)
        self._ret = retriever
        self._fixed = retriever is not None  # handed in (tests, benchmarks): nothing to follow
        self._build: str | None = None
        self._lock = threading.Lock()
        self._checked = 0.0
        self._loading = False
        self.swap_error: str | None = None  # why the newest build could not be loaded (the old one still serves)

    def get(self):
        """The retriever; loads the current build on first use (NotReady without one)."""
        if self._ret is None:
            with self._lock:
                if self._ret is None:
                    self._ret = self._load()
                    self._build = self._ret.index.manifest.get("build") if self.settings.store_url else _name(current_build(self.index_dir))
                    self._mark(self._build)
            return self._ret
        if not self._fixed and time.monotonic() - self._checked >= CHECK_EVERY_S:
            self._follow()
        return self._ret

    @property
    def build(self) -> str | None:
        return self._build

    def probe(self) -> str | None:
        """None when the loaded build answers a question, else what is wrong and how to heal it."""
        try:
            self.get().search(PROBE_QUERY, k=1)
        except NotReady as e:
            return str(e)
        except Exception as e:  # noqa: BLE001 — any failure here is a damaged build; say so and how to mend it
            return (f"the loaded index build {self._build} cannot answer ({type(e).__name__}: {str(e)[:200]}); rebuild it: "
                    f"funnel ingest PATH --index {self.index_dir} --force (the server picks the new build up by itself)")
        return None

    # ------------------------------------------------------------------ internals
    def _load(self, embedder=None):
        try:
            ret = load_retriever(self.index_dir, self.settings.retriever, embedder=embedder, catalog=self.catalog,
                                 store_url=self.settings.store_url)
        except IndexMissing as e:
            raise NotReady(str(e)) from None
        if self.settings.warm_pieces and hasattr(ret, "warm"):
            threading.Thread(target=warm, args=(ret,), name="pieces-warm", daemon=True).start()
        return ret

    def _follow(self) -> None:
        self._checked = time.monotonic()
        latest = self._latest()
        if latest is None or latest == self._build or self._loading:
            return
        self._loading = True
        threading.Thread(target=self._swap, args=(latest,), name="index-swap", daemon=True).start()

    def _swap(self, latest: str) -> None:
        try:
            old = self._ret
            new = self._load(embedder=getattr(old, "embedder", None))
            new.search(PROBE_QUERY, k=1)  # a build that cannot answer is not swapped in
            self._mark(latest)
            self._ret, previous, self._build = new, self._build, latest
            self.swap_error = None
            self._unmark(previous)
            log.info("now serving index build %s (was %s)", latest, previous)
        except Exception as e:  # noqa: BLE001 — keep serving the old build; /ready and /info say why
            self.swap_error = f"build {latest} could not be loaded ({type(e).__name__}: {str(e)[:200]}); still serving {self._build}"
            log.warning(self.swap_error)
        finally:
            self._loading = False

    def _latest(self) -> str | None:
        """The build readers should use: the server's pointer (rag/remote.py), or `CURRENT` on disk."""
        if self.settings.store_url:
            try:
                found = remote.current(self.settings.store_url)
            except Exception:  # noqa: BLE001 — server unreachable for a moment: keep serving what is loaded
                return None
            return found[0] if found else None
        return _name(current_build(self.index_dir))

    def _mark(self, build: str | None) -> None:
        # a server keeps the build before the current one for readers still on it (rag/remote.py)
        if not build or self._fixed or self.settings.store_url:
            return
        d = build_dir(self.index_dir, build) / READERS_DIR
        try:
            d.mkdir(exist_ok=True)
            (d / str(os.getpid())).touch()
            atexit.register(self._unmark, build)
        except OSError:  # a read-only index: nobody prunes it either
            pass

    def _unmark(self, build: str | None) -> None:
        if build and not self.settings.store_url:
            (build_dir(self.index_dir, build) / READERS_DIR / str(os.getpid())).unlink(missing_ok=True)


def warm(ret) -> int:
    """Embed every piece of the build's passages (assistant/answer.py: `piece_texts`) into the retriever's
    cache: the first question that composes from a passage would otherwise embed its pieces itself
    (~60 % of a cold answer's time on a long document). Not at a lower priority: the embedder's worker
    thread is made by its first call and keeps that thread's priority, so a niced warm-up that came
    first would slow every later answer on a busy machine (measured: 3 s a query instead of 13 ms)."""
    t = time.perf_counter()
    try:
        n = ret.warm(piece_texts(ret.index))
    except Exception as e:  # noqa: BLE001 — an optimisation: answers embed what they need themselves
        log.warning("pre-embedding passage pieces stopped (%s: %s)", type(e).__name__, e)
        return 0
    log.info("embedded %d passage pieces in %.1f s", n, time.perf_counter() - t)
    return n


def _name(build: Path | None) -> str | None:
    return build.name if build is not None else None
