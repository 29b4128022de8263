"""Append-only JSONL logs: the audit trail of predictions and drafted nudges, and UI feedback.

Everything written is PII-masked first. The hidden reasoning chain is kept here (for audit)
and nowhere in responses.
"""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from assistant.guard import mask_obj


class JsonlLog:
    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path else None
        self._lock = threading.Lock()

    def write(self, kind: str, record: dict[str, Any]) -> None:
        if self.path is None:
            return
        row = {"ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "kind": kind, **mask_obj(record)}
        line = json.dumps(row, ensure_ascii=False, default=str)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
