"""Caches: a small thread-safe LRU cache with hit/miss counters (reported by the benchmarks and /info), and
what is read from a loaded index once (`per_index`)."""
from __future__ import annotations

import functools
import threading
import weakref
from collections import OrderedDict
from typing import Any, Callable, Hashable


class LRUCache:
    def __init__(self, size: int = 1024):
        self.size = size
        self._d: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get_or_set(self, key: Hashable, make: Callable[[], Any],
                   keep: Callable[[Any], bool] = lambda v: True) -> tuple[Any, bool]:
        """The cached value or `make()`; a made value is stored only when `keep(value)` — a reply
        that fell back because a provider was down must not outlive the outage."""
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                self.hits += 1
                return self._d[key], True
            self.misses += 1
        value = make()  # outside the lock: a slow generation must not block other keys
        if not keep(value):
            return value, False
        with self._lock:
            self._d[key] = value
            if len(self._d) > self.size:
                self._d.popitem(last=False)
        return value, False

    def stats(self) -> dict[str, float]:
        total = self.hits + self.misses
        return {"size": len(self._d), "hits": self.hits, "misses": self.misses, "hit_rate": round(self.hits / total, 4) if total else 0.0}


def per_index(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`read(index)` once per loaded index: a loaded index never changes, and a new build is a new object.
    The index is held weakly (its id is reused once it is gone); a stand-in that takes no weak reference is
    read every time."""
    cache: dict[int, tuple[weakref.ref, Any]] = {}

    @functools.wraps(read)
    def get(index):
        got = cache.get(id(index))
        if got is not None and got[0]() is index:
            return got[1]
        value = read(index)
        try:
            cache[id(index)] = (weakref.ref(index), value)
        except TypeError:
            pass
        return value
    return get
